/**
 * Entry of the benchmark bundle `scripts/gpu-webgpu-check.sh` runs on the GPU machine: the same as
 * `pnpm bench --only webgpu` (`--quick` as there): the JSON records on stdout, progress and the
 * side-by-side table on stderr.
 */
import { run } from '../../../../bench/webgpu.js';

const records = await run({ quick: process.argv.includes('--quick') });
console.log(JSON.stringify(records, null, 2));
// Exit explicitly (Dawn's device can keep Node's event loop alive); no records: the area skipped (no adapter).
process.exit(records.length === 0 ? 1 : 0);
