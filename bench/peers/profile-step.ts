/**
 * Where a training step's time goes on a backend, kernel by kernel:
 * `node --conditions=source --import tsx bench/peers/profile-step.ts [backend] [config] [steps]`.
 * Wraps every kernel registered for the backend with a timer; prints JSON (kernel, calls, ms) sorted
 * by time, plus the step time not spent inside any kernel (tfjs bookkeeping, autograd, JS glue).
 * PROFILE_TASK=generate: one batched sampling run of the generation row instead (see configs.ts).
 */
import { AdamW, Transformer, cpu, optimizerStep, resolveTransformerConfig, tf, useBackend, wasm } from '../../packages/core/src/index.js';
import type { Backend } from '../../packages/core/src/index.js';
import { nativeCpu } from '../../packages/backend-node/src/index.js';
import { GENERATION, PEER_CONFIGS } from './configs.js';

const [backendName = 'node-native', configName = PEER_CONFIGS[0]!.name, stepsArg = '3'] = process.argv.slice(2);
const peer = PEER_CONFIGS.find((c) => c.name === configName)!;
const backends: Record<string, () => Backend> = { cpu, wasm, 'node-native': nativeCpu };
const backend = backends[backendName]!();
await useBackend(backend);

const stats = new Map<string, { calls: number; ms: number }>();
/** PROFILE_BY_SHAPE=1 splits each kernel's time by input shapes. */
const byShape = process.env.PROFILE_BY_SHAPE === '1';
/** PROFILE_CPU=1 measures process CPU time (all threads) instead of wall time: steadier on a shared machine. */
const useCpu = process.env.PROFILE_CPU === '1';
const clock = () => {
  if (!useCpu) return performance.now();
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
for (const kernel of tf.getKernelsForBackend(backend.tfjsBackendName)) {
  const inner = kernel.kernelFunc;
  tf.unregisterKernel(kernel.kernelName, backend.tfjsBackendName);
  tf.registerKernel({
    ...kernel,
    kernelFunc: (params) => {
      const t0 = clock();
      const out = inner(params);
      const key = byShape ? `${kernel.kernelName} ${Object.values(params.inputs).map((t) => `[${t?.shape}]`).join(' ')}` : kernel.kernelName;
      const s = stats.get(key) ?? { calls: 0, ms: 0 };
      s.calls++;
      s.ms += clock() - t0;
      stats.set(key, s);
      return out;
    },
  });
}

/** PROFILE_TASK=generate profiles one batched sampling run of bench:peers' generation row instead of a training step. */
const generation = process.env.PROFILE_TASK === 'generate';
const config = resolveTransformerConfig({
  family: 'gpt2', vocabSize: peer.vocabSize,
  contextLength: generation ? Math.max(peer.contextLength, GENERATION.promptTokens + GENERATION.newTokens) : peer.contextLength, dModel: peer.dModel,
  nLayers: peer.nLayers, nHeads: peer.nHeads, nKvHeads: peer.nHeads, dFf: 4 * peer.dModel,
});
const model = new Transformer(config, { seed: 1 });
const optimizer = new AdamW(model.params);
const { batchSize: b, contextLength: t, vocabSize: v } = peer;
const trainStep = async () => {
  const batch = tf.tidy(() => {
    const all = tf.randomUniform([b, t + 1], 0, v, 'int32');
    return { ids: tf.slice(all, [0, 0], [b, t]) as tf.Tensor2D, targets: tf.slice(all, [0, 1], [b, t]) as tf.Tensor2D, tokens: b * t };
  });
  await optimizerStep({ params: model.params, optimizer, lr: 1e-3, maxGradNorm: 1, microBatches: [batch], loss: (mb) => model.loss(mb.ids, mb.targets) });
  tf.dispose([batch.ids, batch.targets]);
};
const generateStep = async () => {
  const prompts = Array.from({ length: GENERATION.batchSize }, (_, row) => Array.from({ length: GENERATION.promptTokens }, (_, i) => (row * 31 + i) % v));
  await model.generate(prompts, { maxNewTokens: GENERATION.newTokens, temperature: GENERATION.temperature, stopTokens: [] });
};
const step = generation ? generateStep : trainStep;
await step();
stats.clear();
const steps = Number(stepsArg);
const start = clock();
for (let i = 0; i < steps; i++) await step();
const stepMs = (clock() - start) / steps;
const kernels = [...stats.entries()].map(([kernel, s]) => ({ kernel, calls: s.calls / steps, ms: +(s.ms / steps).toFixed(2) }))
  .sort((x, y) => y.ms - x.ms);
const inKernels = kernels.reduce((sum, k) => sum + k.ms, 0);
console.log(JSON.stringify({ backend: backendName, config: peer.name, stepMs: +stepMs.toFixed(1), outsideKernelsMs: +(stepMs - inKernels).toFixed(1), kernels }, null, 1));
