/**
 * One `@genai-fi/nanogpt` measurement for `pnpm bench:peers`, in its own process so peak memory is
 * its own: `node --conditions=source --import tsx bench/peers/nanogpt-step.ts '<job-json>' [package-dir]` (bench/peers.ts writes the job)
 * (package-dir: the installed node_modules/@genai-fi/nanogpt; bench/peers.ts installs it on demand).
 *
 * What runs: nanogpt's own model and training step on batches of random token ids, as in
 * stagecoach-step.ts: `models.NanoGPTV1` (public export) with the config's vocab, context, width,
 * layers and heads, MLP 4×d, learned positions (`useRope: false`), tied embeddings; its own
 * `BasicTrainer.trainStep` (forward with `training: true`, its cross-entropy, `variableGrads`, its
 * AdamW(0.9, 0.95, wd 0.1) with its fused AdamMoments/AdamAdjust kernels). Where its API cannot
 * match our peers' model: RMSNorm instead of LayerNorm and no linear biases (not configurable), and
 * no gradient clipping (its clip-norm needs the `Norm2` kernel, which exists only for webgpu).
 * The trainer class is not in the package's exports map (`TeachableLLM`'s training jobs take text or
 * Uint16Array token streams and add a data pipeline, a dummy pass and logging around the same step),
 * so it is imported from its file in dist/ — the pinned version's layout (NANOGPT_VERSION).
 *
 * Backend: nanogpt bundles its own tfjs 4.22 (core + cpu + webgl + webgpu); `selectBackend` takes
 * only 'cpu' | 'webgl' | 'webgpu'. In Node only 'cpu' can run (webgl needs a browser, webgpu a GPU
 * adapter); tfjs-backend-wasm cannot, because its 18 custom kernels (QKV, RMSNorm, Gelu,
 * AttentionMask, FusedSoftmax, AdamMoments, ...) are registered only for cpu/webgl/webgpu (13 of them
 * also for tfjs-node's 'tensorflow' backend, whose install downloads libtensorflow from outside the
 * npm registry, which this bench does not do). So the row is its bundled pure-JS cpu backend plus its
 * cpu kernels, single-threaded.
 *
 * Node workaround (no file of the package is changed): its dist is a browser build in which tfjs's
 * `require('util')` is replaced by an empty stub, so importing it in Node throws
 * `this.util.TextEncoder is not a constructor` when tfjs sets up its Node platform. During the import
 * `process.versions.node` is hidden so tfjs skips that platform, then an equivalent Node platform is
 * installed through tfjs's `env().setPlatform`.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { types } from 'node:util';
import type { MeasuredRecord } from './configs.js';
import { NANOGPT_VERSION, nanogptPackageDir } from './nanogpt-install.js';
import { randomTokenBatches, readJob, residentMiB, timeSteps } from './step-harness.js';

/** The few parts of nanogpt 1.3.0 and of its bundled tfjs engine this script uses. */
interface NgTensor {
  dataSync(): ArrayLike<number>;
  dispose(): void;
}
interface NgEngine {
  backendName: string;
  makeTensor(values: Int32Array, shape: number[], dtype: 'int32'): NgTensor;
  state: { numTensors: number };
  ENV: { setPlatform(name: string, platform: object): void };
}
interface NgModel {
  getNumParams(): number;
  dispose(): void;
}
interface NgMain {
  TeachableLLM: { selectBackend(name: 'cpu'): Promise<void> };
  models: { NanoGPTV1: new (config: Record<string, unknown>) => NgModel };
}
interface NgTrainer {
  trainStep(state: object, batch: { xs: NgTensor; ys: NgTensor }): NgTensor;
  dispose(): void;
}
type NgTrainerClass = new (model: NgModel, tokenizer: null, optimizer: Record<string, number>) => NgTrainer;

const job = readJob();
const peer = job.config;
const dirArg = process.argv[3];
const dir = dirArg ?? nanogptPackageDir();
if (dir === undefined) throw new Error(`@genai-fi/nanogpt@${NANOGPT_VERSION} is not installed; run bench/peers.ts (it installs it) or pass its folder`);
// nanogpt prints progress ("Backend set to cpu") with console.log: keep stdout for the record alone.
console.log = (...items: unknown[]) => console.error(...items);

const versions = Object.getOwnPropertyDescriptor(process, 'versions')!;
Object.defineProperty(process, 'versions', { ...versions, value: { ...process.versions, node: undefined } });
let main: NgMain;
let BasicTrainer: NgTrainerClass;
try {
  main = (await import(pathToFileURL(join(dir, 'dist', 'main.js')).href)) as NgMain;
  BasicTrainer = ((await import(pathToFileURL(join(dir, 'dist', 'training', 'BasicTrainer.js')).href)) as { default: NgTrainerClass }).default;
} finally {
  Object.defineProperty(process, 'versions', versions);
}
const engine = (globalThis as { _tfengine?: NgEngine })._tfengine;
if (engine === undefined) throw new Error('nanogpt imported but no tfjs engine is on globalThis._tfengine; the bundled tfjs changed');
engine.ENV.setPlatform('node', {
  fetch: (url: string, init?: RequestInit) => fetch(url, init),
  now: () => performance.now(),
  encode: (text: string) => new TextEncoder().encode(text),
  decode: (bytes: Uint8Array, encoding: string) => new TextDecoder(encoding).decode(bytes),
  isTypedArray: (a: unknown) => types.isFloat32Array(a) || types.isInt32Array(a) || types.isUint8Array(a) || types.isUint8ClampedArray(a),
});
await main.TeachableLLM.selectBackend('cpu');

const model = new main.models.NanoGPTV1({
  vocabSize: peer.vocabSize, blockSize: peer.contextLength, nLayer: peer.nLayers, nHead: peer.nHeads,
  nEmbed: peer.dModel, mlpFactor: 4, useRope: false,
});
const trainer = new BasicTrainer(model, null, { learningRate: 1e-3, beta1: 0.9, beta2: 0.95, weightDecay: 0.1, warmupSteps: 0 });
console.error(`nanogpt ${NANOGPT_VERSION} NanoGPTV1 ${model.getNumParams()} params on its bundled tfjs '${engine.backendName}' backend (RMSNorm, no biases, no clip-norm: see nanogpt-step.ts)`);

const builtMemMiB = residentMiB();
const nextBatch = randomTokenBatches(peer);
const shape = [peer.batchSize, peer.contextLength];
let lastLoss = Number.NaN;
const step = () => {
  const { ids, targets } = nextBatch();
  const xs = engine.makeTensor(ids, shape, 'int32'); // [B, T]
  const ys = engine.makeTensor(targets, shape, 'int32'); // [B, T]
  const loss = trainer.trainStep({}, { xs, ys });
  lastLoss = loss.dataSync()[0]!;
  loss.dispose();
  xs.dispose();
  ys.dispose();
  if (!Number.isFinite(lastLoss)) throw new Error(`nanogpt training step gave loss ${lastLoss}`);
  return ids.length;
};

let firstLoss = Number.NaN;
let tensorsAfterFirst = 0;
const timing = await timeSteps(job, step, (n) => {
  if (n === 1) {
    firstLoss = lastLoss;
    tensorsAfterFirst = engine.state.numTensors;
  }
});
if (engine.state.numTensors > tensorsAfterFirst) console.error(`nanogpt: tensor count grew from ${tensorsAfterFirst} to ${engine.state.numTensors} while timing`);
console.error(`nanogpt: loss ${firstLoss.toFixed(3)} -> ${lastLoss.toFixed(3)} over ${job.steps} timed steps, ${timing.secondsPerStep.toFixed(1)} s/step`);
const record: MeasuredRecord = {
  impl: 'nanogpt', backend: 'cpu', config: peer.name, task: 'train', builtMemMiB,
  tokensPerSec: timing.tokensPerSec, peakMemMiB: timing.peakMemMiB, tokensPerCpuSec: timing.tokensPerCpuSec,
};
trainer.dispose();
model.dispose();
process.stdout.write(`${JSON.stringify(record)}\n`);
