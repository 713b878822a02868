/**
 * RewardTrainer on synthetic preferences where the right answer is known (one-digit sums: a tutor's answer
 * that shows the step and ends in `#### <sum>` against a curt, evasive or wrong one; see
 * packages/rlhf/test/reward/synthetic-preferences.ts). Trains a tiny seeded GPT-2 from random weights and
 * prints one JSON object: held-out accuracy and loss at each evaluation, steps, seconds.
 *
 * `--hard`: half the rejected answers are tutor answers with a wrong sum (only arithmetic tells them apart).
 *
 *   node --conditions=source --import tsx bench/reward-learning.ts [--steps 150] [--full] [--hard] [--backend cpu|node]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { cpu, savePretrained, useBackend } from '../packages/core/src/index.js';
import { tinyModel } from '../packages/core/src/testing/index.js';
import { node } from '../packages/backend-node/src/index.js';
import { RewardTrainer } from '../packages/rlhf/src/index.js';
import { syntheticPreferences } from '../packages/rlhf/test/reward/synthetic-preferences.js';

const { values } = parseArgs({
  options: {
    steps: { type: 'string', default: '150' },
    full: { type: 'boolean', default: false },
    backend: { type: 'string', default: 'cpu' },
    lr: { type: 'string' },
    hard: { type: 'boolean', default: false },
  },
});
await useBackend(values.backend === 'node' ? node() : cpu());
const root = mkdtempSync(join(tmpdir(), 'stagecoach-reward-bench-'));
const base = join(root, 'base');
const { model, tokenizer } = tinyModel({ seed: 1, config: { contextLength: 96 } });
await savePretrained(model, tokenizer, base);
model.dispose();
const steps = Number(values.steps);
const trainer = new RewardTrainer({
  initFrom: base, steps, seed: 0, batchSize: 16, evalEvery: Math.max(1, Math.floor(steps / 5)),
  data: syntheticPreferences(512, 1, { hardNegatives: values.hard }), validData: syntheticPreferences(128, 2, { hardNegatives: values.hard }),
  lr: Number(values.lr ?? (values.full ? 1e-3 : 3e-3)), ...(values.full ? { lora: false } : { lora: { r: 8, alpha: 16 } }),
});
const evals: Array<{ step: number; accuracy: number; loss: number }> = [];
trainer.on('eval', (e) => {
  evals.push({ step: e.step, accuracy: e.metrics['accuracy']!, loss: e.valLoss });
  console.error(`step ${e.step}: held-out accuracy ${e.metrics['accuracy']!.toFixed(3)}, loss ${e.valLoss.toFixed(4)}`);
});
const before = (await trainer.init(), await trainer.evaluate(0));
const started = performance.now();
const done = await trainer.train();
const seconds = (performance.now() - started) / 1000;
trainer.dispose();
rmSync(root, { recursive: true, force: true });
console.log(JSON.stringify({
  task: values.hard ? 'reward-synthetic-sums-hard' : 'reward-synthetic-sums', model: 'gpt2-tiny (random init, ctx 96)', mode: values.full ? 'full' : 'lora r8 + score head',
  backend: values.backend, steps: done.step, pairsPerStep: 16, seconds: Number(seconds.toFixed(1)),
  accuracyBefore: before.metrics['accuracy'], evals,
}));
