/**
 * One Stagecoach measurement for `pnpm bench:peers`, run in its own process so peak memory is its
 * own: `node --conditions=source --import tsx bench/peers/stagecoach-step.ts '<job-json>' <backend>`
 * (bench/peers.ts writes the job). The GPT-2-style model of the job's config on core's `Transformer`:
 * `train` = forward + backward + AdamW through `optimizerStep` on random tokens; `generate` =
 * `model.generate` (batched sampling with the KV cache). Prints one MeasuredRecord as JSON on stdout.
 * Backends: `node-native` (its default matmul), `node-native-blas` (matmul through the OpenBLAS found
 * at run time), `cpu` (tfjs-backend-cpu), `wasm`. `sgemm` times one large matmul (FLOP/s, for MFU).
 */
import { AdamW, Transformer, cpu, optimizerStep, resolveTransformerConfig, tf, useBackend, wasm } from '../../packages/core/src/index.js';
import type { Backend } from '../../packages/core/src/index.js';
import { nativeCpu } from '../../packages/backend-node/src/index.js';
import { SGEMM_SIZE } from './configs.js';
import type { MeasuredRecord, PeerJob } from './configs.js';
import { randomTokenBatches, readJob, residentMiB, timeSteps } from './step-harness.js';

const job = readJob();
const backendName = process.argv[3] ?? 'node-native';
const backends: Record<string, () => Backend> = {
  cpu, wasm, 'node-native': () => nativeCpu(), 'node-native-blas': () => nativeCpu({ blas: true }),
};
const make = backends[backendName];
if (make === undefined) throw new Error(`unknown backend ${backendName}; valid: ${Object.keys(backends).join(', ')}`);
const backend = make();
await useBackend(backend);
if ('describe' in backend) console.error(`stagecoach: ${(backend as { describe(): string }).describe()}`);

const peer = job.config;
const contextLength = job.task === 'generate' ? Math.max(peer.contextLength, job.generate.promptTokens + job.generate.newTokens) : peer.contextLength;
const model = new Transformer(resolveTransformerConfig({
  family: 'gpt2', vocabSize: peer.vocabSize, contextLength, dModel: peer.dModel,
  nLayers: peer.nLayers, nHeads: peer.nHeads, nKvHeads: peer.nHeads, dFf: 4 * peer.dModel,
}), { seed: 1 });
const builtMemMiB = residentMiB();
const run = job.task === 'train' ? trainStep(job) : job.task === 'generate' ? generateBatch(job) : sgemm();
let tensorsAfterFirst = 0;
const timing = await timeSteps(job, run, (n) => {
  if (n === 1) tensorsAfterFirst = tf.memory().numTensors;
});
if (tf.memory().numTensors > tensorsAfterFirst) console.error(`stagecoach: tensor count grew from ${tensorsAfterFirst} to ${tf.memory().numTensors} while timing`);
const record: MeasuredRecord = {
  impl: 'stagecoach', backend: backendName, config: peer.name, task: job.task, builtMemMiB,
  tokensPerSec: timing.tokensPerSec, peakMemMiB: timing.peakMemMiB, tokensPerCpuSec: timing.tokensPerCpuSec,
};
model.dispose();
console.log(JSON.stringify(record));

function trainStep({ config: c }: PeerJob): () => Promise<number> {
  const optimizer = new AdamW(model.params, { beta1: 0.9, beta2: 0.95, weightDecay: 0.1 });
  const nextBatch = randomTokenBatches(c);
  const shape: [number, number] = [c.batchSize, c.contextLength];
  return async () => {
    const { ids, targets } = nextBatch();
    const batch = { ids: tf.tensor2d(ids, shape, 'int32'), targets: tf.tensor2d(targets, shape, 'int32'), tokens: ids.length };
    await optimizerStep({
      params: model.params, optimizer, lr: 1e-3, maxGradNorm: 1, microBatches: [batch],
      loss: (mb) => model.loss(mb.ids, mb.targets),
    });
    tf.dispose([batch.ids, batch.targets]);
    return ids.length;
  };
}

/** One [n, n]·[n, n] matmul, read back; returns its FLOPs. */
function sgemm(): () => Promise<number> {
  const a = tf.randomNormal([SGEMM_SIZE, SGEMM_SIZE]);
  const b = tf.randomNormal([SGEMM_SIZE, SGEMM_SIZE]);
  return async () => {
    const c = tf.matMul(a, b);
    await c.data();
    c.dispose();
    return 2 * SGEMM_SIZE ** 3;
  };
}

function generateBatch({ config: c, generate: g }: PeerJob): () => Promise<number> {
  let seed = 0;
  return async () => {
    seed += 1;
    const prompts = Array.from({ length: g.batchSize }, (_, row) =>
      Array.from({ length: g.promptTokens }, (_, i) => (row * 7919 + i * 104729 + seed) % c.vocabSize));
    const results = await model.generate(prompts, { maxNewTokens: g.newTokens, temperature: g.temperature, stopTokens: [], seed });
    return results.reduce((n, r) => n + r.tokens.length, 0);
  };
}
