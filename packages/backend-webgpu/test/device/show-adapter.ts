/**
 * Entry of the adapter bundle `scripts/gpu-webgpu-check.sh` runs first on the GPU machine: the WebGPU
 * adapter Dawn finds (name, features, limits) as JSON, or the reason there is none (exit code 1).
 */
import { webgpu } from '../../src/index.js';

const backend = webgpu();
if (!(await backend.isAvailable())) {
  console.error(`no WebGPU adapter: ${backend.unavailableReason?.() ?? 'no reason given'}`);
  process.exit(1);
}
console.log(JSON.stringify(await backend.adapterInfo(), null, 2));
process.exit(0); // Dawn's instance can keep Node's event loop alive
