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
import type { MeasuredRecord } from './configs.js';
import { randomTokenBatches, timeTrainingSteps } from './step-harness.js';

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
const nextBatch = randomTokenBatches(peer);
const step = async () => {
  const { ids, targets } = nextBatch();
  const shape: [number, number] = [peer.batchSize, peer.contextLength];
  const batch = { ids: tf.tensor2d(ids, shape, 'int32'), targets: tf.tensor2d(targets, shape, 'int32'), tokens: ids.length };
  await optimizerStep({
    params: model.params, optimizer, lr: 1e-3, maxGradNorm: 1, microBatches: [batch],
    loss: (mb) => model.loss(mb.ids, mb.targets),
  });
  tf.dispose([batch.ids, batch.targets]);
};

const { tokensPerSec, peakMemMiB, tokensPerCpuSec } = await timeTrainingSteps(peer, Number(secondsArg), step);
const record: MeasuredRecord = { impl: 'stagecoach', backend: backendName, config: peer.name, tokensPerSec, peakMemMiB, tokensPerCpuSec };
model.dispose();
optimizer.dispose();
console.log(JSON.stringify(record));
