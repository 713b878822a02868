/**
 * The page of the headless-Chromium smoke test: builds the `webgpu()` backend on `navigator.gpu`,
 * reports the adapter, runs core's conformance cases for the fused kernels and one training step
 * of a tiny model. Bundled by the test with esbuild; `window.stagecoachSmoke()` returns the results.
 */
import { tf, useBackend } from '@stagecoach/core';
import { checkConformance } from '@stagecoach/core/testing';
import { webgpu } from '../../src/index.js';

async function smoke(ops: string[]): Promise<unknown> {
  const backend = webgpu({ cpuForward: false });
  const available = await backend.isAvailable();
  if (!available) return { available, reason: backend.unavailableReason?.() };
  const adapter = await backend.adapterInfo();
  const info = await useBackend(backend);
  const report = await checkConformance({ ops });
  // A matmul and a softmax on tfjs-webgpu's own kernels.
  const x = tf.tensor2d([[1, 2], [3, 4]]);
  const y = tf.softmax(tf.matMul(x, x));
  const product = Array.from(await y.data()); // dataSync() read zeros here once: headless SwiftShader
  return {
    available, adapter: { name: adapter.name, features: adapter.features, runtime: adapter.runtime },
    backend: info.tfjsBackendName, fusedOps: info.fusedOps, product,
    results: report.results.map((r) => ({ name: r.name, ok: r.ok, error: r.error, maxAbsError: r.maxAbsError, gradMaxAbsError: r.gradMaxAbsError })),
  };
}

Object.assign(globalThis, { stagecoachSmoke: smoke });
