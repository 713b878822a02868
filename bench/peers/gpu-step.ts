/**
 * The Stagecoach side of the GPU checks, bundled into one file for the GPU machine (which has no
 * Node toolchain): `node gpu-step.mjs <mode> [job-json]`, each mode printing one JSON line on stdout.
 * - `conformance`: core's conformance suite (values and gradients of every fused op) on `cuda`;
 * - `train-check`: three training steps of a small GPT on `cuda`: host fallbacks per kernel (must be
 *   none), tensor count after each step (must be flat) and the losses beside the CPU's; then one
 *   batched KV-cache generation and its host fallbacks;
 * - `train <job>`: tokens/s and peak GPU memory of training steps of the job's config (bench:peers'
 *   PeerJob), plus the host fallbacks during them.
 * - `jobs`: the PeerJob of each GPU row (GPU_PEER_CONFIGS), one JSON line each, for gpu-check.sh;
 * - `probe`: what cuda() found (GPU, driver and runtime CUDA, cuBLAS) without selecting it.
 * The addon path comes from STAGECOACH_CUDA_ADDON (set by scripts/gpu-check.sh).
 */
import { AdamW, Transformer, cpu, optimizerStep, resolveTransformerConfig, tf, useBackend } from '../../packages/core/src/index.js';
import { checkConformance } from '../../packages/core/src/testing/index.js';
import { cuda, loadCudaAddon } from '../../packages/backend-node/src/index.js';
import { GENERATION, SGEMM_SIZE, trainFlopsPerToken } from './configs.js';
import type { PeerConfig, PeerJob } from './configs.js';
import { GPU_PEER_CONFIGS } from './gpu-configs.js';
import { randomTokenBatches } from './step-harness.js';

const mode = process.argv[2];
const backend = cuda({ matmul: (process.env.STAGECOACH_CUDA_MATMUL as 'fp32' | 'tf32' | 'bf16' | undefined) ?? 'fp32' });

function gpt(peer: PeerConfig, seed: number): Transformer {
  return new Transformer(resolveTransformerConfig({
    family: 'gpt2', vocabSize: peer.vocabSize, contextLength: peer.contextLength, dModel: peer.dModel,
    nLayers: peer.nLayers, nHeads: peer.nHeads, nKvHeads: peer.nHeads, dFf: 4 * peer.dModel,
  }), { seed });
}

/** One training step (forward, backward, clip, AdamW) of `model` on the next batch; returns the loss. */
function trainer(model: Transformer, peer: PeerConfig): () => Promise<number> {
  const optimizer = new AdamW(model.params, { beta1: 0.9, beta2: 0.95, weightDecay: 0.1 });
  const nextBatch = randomTokenBatches(peer);
  const shape: [number, number] = [peer.batchSize, peer.contextLength];
  return async () => {
    const { ids, targets } = nextBatch();
    const batch = { ids: tf.tensor2d(ids, shape, 'int32'), targets: tf.tensor2d(targets, shape, 'int32'), tokens: ids.length };
    const result = await optimizerStep({
      params: model.params, optimizer, lr: 1e-3, maxGradNorm: 1, microBatches: [batch], loss: (mb) => model.loss(mb.ids, mb.targets),
    });
    tf.dispose([batch.ids, batch.targets]);
    return result.loss;
  };
}

/** Waits for every queued kernel (reads one element of the first parameter). */
async function settle(model: Transformer): Promise<void> {
  const first = model.params.values().next().value;
  if (first === undefined) return;
  const element = tf.tidy(() => first.reshape([-1]).slice(0, 1));
  await element.data();
  element.dispose();
}

/** Timed training steps per GPU row: enough for a steady figure in a few seconds on an H200. */
const GPU_STEPS: Record<string, number> = { [GPU_PEER_CONFIGS[0]!.name]: 20, [GPU_PEER_CONFIGS[1]!.name]: 6 };

async function main(): Promise<unknown> {
  if (mode === 'jobs') {
    return GPU_PEER_CONFIGS.map((config): PeerJob => ({ config, task: 'train', warmup: 2, steps: GPU_STEPS[config.name] ?? 5, generate: GENERATION, sgemmSize: SGEMM_SIZE }));
  }
  if (mode === 'probe') return { mode, available: await backend.isAvailable(), report: backend.report() };
  if (!(await backend.isAvailable())) throw new Error(`cuda unavailable: ${backend.unavailableReason()}`);
  await useBackend(backend);
  const report = backend.report();
  if (mode === 'conformance') {
    const result = await checkConformance();
    return { mode, gpu: report.gpu, ok: result.ok, fallbacks: backend.fallbacks(),
      failures: result.results.filter((r) => !r.ok), results: result.results.map((r) => ({ name: r.name, ok: r.ok, err: r.maxAbsError, gradErr: r.gradMaxAbsError })) };
  }
  if (mode === 'train-check') {
    const peer: PeerConfig = { name: 'check', vocabSize: 256, contextLength: 64, dModel: 64, nLayers: 2, nHeads: 4, batchSize: 4 };
    const losses: number[] = [];
    const tensors: number[] = [];
    const model = gpt(peer, 3);
    const step = trainer(model, peer);
    await step(); // first step creates the optimizer state
    backend.resetFallbacks();
    for (let i = 0; i < 3; i++) {
      losses.push(await step());
      tensors.push(tf.memory().numTensors);
    }
    const fallbacks = backend.fallbacks();
    backend.resetFallbacks();
    const generated = await model.generate([[1, 2, 3, 4], [5, 6]], { maxNewTokens: 8, temperature: 1, stopTokens: [], seed: 1 });
    const generateFallbacks = backend.fallbacks();
    model.dispose();
    // The same steps on the CPU backend (same seed, same batches) for the losses.
    await useBackend(cpu());
    const reference = gpt(peer, 3);
    const refStep = trainer(reference, peer);
    const cpuLosses: number[] = [];
    await refStep();
    for (let i = 0; i < 3; i++) cpuLosses.push(await refStep());
    reference.dispose();
    const flat = tensors.every((n) => n === tensors[0]);
    const close = losses.every((l, i) => Math.abs(l - cpuLosses[i]!) < 2e-3 * Math.max(1, Math.abs(cpuLosses[i]!)));
    return {
      mode, ok: Object.keys(fallbacks).length === 0 && flat && close, fallbacks, tensors, losses, cpuLosses,
      generateFallbacks, generatedTokens: generated.map((g) => g.tokens.length),
    };
  }
  if (mode === 'train') {
    const job = JSON.parse(process.argv[3] ?? '{}') as PeerJob;
    const peer = job.config;
    const model = gpt(peer, 1);
    const step = trainer(model, peer);
    for (let i = 0; i < job.warmup; i++) await step();
    await settle(model);
    backend.resetFallbacks();
    const addon = loadCudaAddon();
    const start = performance.now();
    let loss = 0;
    for (let i = 0; i < job.steps; i++) loss = await step();
    await settle(model);
    const seconds = (performance.now() - start) / 1000;
    const tokens = job.steps * peer.batchSize * peer.contextLength;
    const memory = addon.ok ? addon.addon.memory() : undefined;
    model.dispose();
    return {
      impl: 'stagecoach', backend: `cuda-${process.env.STAGECOACH_CUDA_MATMUL ?? 'fp32'}`, config: peer.name, task: 'train',
      tokensPerSec: Math.round(tokens / seconds), secondsPerStep: +(seconds / job.steps).toFixed(4), loss, flopsPerToken: trainFlopsPerToken(peer),
      peakGpuMiB: memory === undefined ? undefined : Math.round(memory.peakBytes / 2 ** 20), fallbacks: backend.fallbacks(), gpu: report.gpu?.name,
    };
  }
  throw new Error(`unknown mode '${mode}': conformance | train-check | train <job-json>`);
}

main().then(
  (result) => console.log(Array.isArray(result) ? result.map((r) => JSON.stringify(r)).join('\n') : JSON.stringify(result)),
  (error: unknown) => {
    console.log(JSON.stringify({ mode, ok: false, error: error instanceof Error ? `${error.message}\n${error.stack}` : String(error) }));
    process.exitCode = 1;
  },
);
