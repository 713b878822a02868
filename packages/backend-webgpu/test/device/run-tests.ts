/**
 * Entry of the test bundle `scripts/gpu-webgpu-check.sh` runs on the GPU machine: this package's
 * WebGPU test files (core's conformance suite on the backend with and without the fused kernels, the
 * fused kernels past one tile, a tiny Llama training) on the vitest shim, through Dawn on the GPU.
 * The browser test is left out (no Chromium there).
 *
 * `node webgpu-tests.mjs [results.json]`: one line per test; exits 1 when a test fails or is skipped
 * (there every test must run: a skip means Dawn found no adapter).
 */
import { writeFileSync } from 'node:fs';
import { runRegisteredTests } from './vitest-shim.js';

// Imported for their describe() calls (dynamically: the package is marked free of side effects, so a
// bundler drops plain imports of its modules that bind nothing).
await import('../webgpu-backend.test.js');
await import('../fused-kernels.test.js');
await import('../training.test.js');

const results = await runRegisteredTests((r) => {
  process.stdout.write(`${r.status.padEnd(7)} ${(r.ms / 1000).toFixed(1).padStart(6)} s  ${r.suite} > ${r.test}\n`);
  if (r.error !== undefined) process.stdout.write(`        ${r.error.split('\n').join('\n        ')}\n`);
});
const count = (status: string): number => results.filter((r) => r.status === status).length;
process.stdout.write(`tests: ${count('passed')} passed, ${count('failed')} failed, ${count('skipped')} skipped\n`);
const outFile = process.argv[2];
if (outFile !== undefined) writeFileSync(outFile, `${JSON.stringify(results, null, 2)}\n`);
// Exit explicitly: Dawn's device can keep Node's event loop alive.
process.exit(results.length > 0 && count('passed') === results.length ? 0 : 1);
