/**
 * One Stagecoach measurement for `pnpm bench:peers`, run in its own process so peak memory is its
 * own: `node --conditions=source --import tsx bench/peers/stagecoach-step.ts <backend> <config> [seconds]`.
 * Trains the GPT-2-style model of the config with core's `Transformer`, `AdamW` and `optimizerStep`
 * (forward + backward + AdamW) on random tokens and prints one PeerRecord as JSON on stdout.
 */
import { AdamW, Transformer, cpu, optimizerStep, resolveTransformerConfig, tf, useBackend, wasm } from '../../packages/core/src/index.js';
import type { Backend } from '../../packages/core/src/index.js';
import { nativeCpu } from '../../packages/backend-node/src/index.js';
import { PEER_CONFIGS } from './configs.js';
import type { PeerRecord } from './configs.js';

const [backendName = 'node-native', configName = PEER_CONFIGS[0]!.name, secondsArg = '20'] = process.argv.slice(2);
const peer = PEER_CONFIGS.find((c) => c.name === configName);
if (peer === undefined) throw new Error(`unknown config ${configName}; valid: ${PEER_CONFIGS.map((c) => c.name).join(', ')}`);
const backends: Record<string, () => Backend> = { cpu, wasm, 'node-native': nativeCpu };
const make = backends[backendName];
if (make === undefined) throw new Error(`unknown backend ${backendName}; valid: ${Object.keys(backends).join(', ')}`);
await useBackend(make());

const config = resolveTransformerConfig({
  family: 'gpt2', vocabSize: peer.vocabSize, contextLength: peer.contextLength, dModel: peer.dModel,
  nLayers: peer.nLayers, nHeads: peer.nHeads, nKvHeads: peer.nHeads, dFf: 4 * peer.dModel,
});
const model = new Transformer(config, { seed: 1 });
const optimizer = new AdamW(model.params, { beta1: 0.9, beta2: 0.95, weightDecay: 0.1 });
const { batchSize: b, contextLength: t, vocabSize: v } = peer;
let seed = 12345;
const randomTokens = () => {
  const data = new Int32Array(b * (t + 1));
  for (let i = 0; i < data.length; i++) {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    data[i] = seed % v;
  }
  return data;
};
const step = () => {
  const data = randomTokens();
  const ids = new Int32Array(b * t);
  const targets = new Int32Array(b * t);
  for (let r = 0; r < b; r++) {
    ids.set(data.subarray(r * (t + 1), r * (t + 1) + t), r * t);
    targets.set(data.subarray(r * (t + 1) + 1, (r + 1) * (t + 1)), r * t);
  }
  const batch = { ids: tf.tensor2d(ids, [b, t], 'int32'), targets: tf.tensor2d(targets, [b, t], 'int32'), tokens: b * t };
  const result = optimizerStep({
    params: model.params, optimizer, lr: 1e-3, maxGradNorm: 1, microBatches: [batch],
    loss: (mb) => model.loss(mb.ids, mb.targets),
  });
  tf.dispose([batch.ids, batch.targets]);
  return result.loss;
};

const budgetMs = Number(secondsArg) * 1000;
step(); // warm-up: first-call allocations, kernel setup
let steps = 0;
const cpuStart = process.cpuUsage();
const start = performance.now();
do {
  step();
  steps++;
} while (performance.now() - start < budgetMs && steps < 50);
const seconds = (performance.now() - start) / 1000;
const cpuUsed = process.cpuUsage(cpuStart);
const cpuSeconds = (cpuUsed.user + cpuUsed.system) / 1e6;
const record: PeerRecord & { tokensPerCpuSec: number } = {
  impl: 'stagecoach',
  backend: backendName,
  config: peer.name,
  tokensPerSec: Math.round((steps * b * t) / seconds),
  peakMemMiB: Math.round(process.resourceUsage().maxRSS / 1024),
  tokensPerCpuSec: Math.round((steps * b * t) / cpuSeconds),
};
model.dispose();
optimizer.dispose();
console.log(JSON.stringify(record));
