import { Transformer, tf, useBackend } from '@stagecoach/core';
import { node } from '@stagecoach/backend-node';
await useBackend(node());
const dModel = Number(process.argv[2] ?? 96), nLayers = Number(process.argv[3] ?? 4);
const model = new Transformer({ family: 'llama', vocabSize: 600, contextLength: 256, dModel, nLayers, nHeads: 4, nKvHeads: 2, dFf: dModel * 8 / 3 | 0, normEps: 1e-5, ropeTheta: 10000, bias: false } as never, { seed: 1 });
console.log('params', model.numParams);
const B = 16, T = 128;
const params = [...model.trainableParams().values()];
const opt = tf.train.adam(1e-3);
const ids = tf.randomUniform([B, T], 0, 600, 'int32') as tf.Tensor2D;
for (let i = 0; i < 6; i++) {
  const t0 = performance.now();
  tf.tidy(() => { opt.minimize(() => model.loss(ids, ids), false, params); });
  if (i > 0) console.log('train tok/s', Math.round(B * T / ((performance.now() - t0) / 1000)));
}
const prompts = Array.from({ length: 64 }, (_, i) => [1, 2, 3, 4 + (i % 50), 5, 6, 7, 8, 9, 10]);
let t0 = performance.now();
await model.generate(prompts, { maxNewTokens: 64, temperature: 1, seed: 1 });
console.log('gen 64x64 s', ((performance.now() - t0) / 1000).toFixed(2));
t0 = performance.now();
await model.generate(prompts.slice(0, 16), { maxNewTokens: 64, temperature: 1, seed: 1 });
console.log('gen 16x64 s', ((performance.now() - t0) / 1000).toFixed(2));
