/**
 * A learning experiment (not a test: it takes minutes): GRPO or PPO teach a tiny random-weight llama
 * (the byte tokenizer) to answer one-digit sums "a+b=" (a + b < 10) with `mathReward` (1 correct,
 * 0 wrong, -0.1 no number). Prints JSON: greedy accuracy on all prompts before and after, the mean
 * sampled reward of the first and last 10 iterations, the largest KL to the reference, steps, seconds.
 *
 *   node --conditions=source --import tsx scripts/rl-digit-sums.ts [grpo|ppo] [steps] [lr]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cpu, savePretrained, useBackend } from '../packages/core/src/index.js';
import type { Transformer, Tokenizer } from '../packages/core/src/index.js';
import { tinyModel } from '../packages/core/src/testing/index.js';
import { node } from '../packages/backend-node/src/index.js';
import { isCorrect } from '../packages/eval/src/index.js';
import { GRPOTrainer, PPOTrainer, mathReward } from '../packages/rlhf/src/index.js';
import type { RLTrainer, ResolvedRLOptions } from '../packages/rlhf/src/index.js';

const kind = process.argv[2] === 'ppo' ? 'ppo' : 'grpo';
const steps = Number(process.argv[3] ?? 150);
const lr = Number(process.argv[4] ?? 1e-2);
const prompts = Array.from({ length: 10 }, (_, a) => Array.from({ length: 10 - a }, (_, b) => ({ prompt: `${a}+${b}=`, answer: String(a + b) }))).flat();

async function greedyAccuracy(model: Transformer, tokenizer: Tokenizer): Promise<number> {
  const results = await model.generate(prompts.map((p) => tokenizer.encode(p.prompt)), { maxNewTokens: 1 });
  return results.filter((r, i) => isCorrect(tokenizer.decode(r.tokens, { skipSpecialTokens: true }), prompts[i]!.answer)).length / prompts.length;
}

try {
  await useBackend(node());
} catch {
  await useBackend(cpu());
}
const root = mkdtempSync(join(tmpdir(), 'stagecoach-digit-sums-'));
try {
  const { model, tokenizer } = tinyModel({ family: 'llama', seed: 3 });
  const before = await greedyAccuracy(model, tokenizer);
  await savePretrained(model, tokenizer, join(root, 'base'));
  model.dispose();
  const common = {
    initFrom: join(root, 'base'), prompts, reward: mathReward(), maxNewTokens: 1, steps, lora: false as const, seed: 0, klCoef: 0.01,
  };
  const trainer: RLTrainer<ResolvedRLOptions> = kind === 'grpo'
    ? new GRPOTrainer({ ...common, groupSize: 8, promptsPerStep: 8, lr })
    : new PPOTrainer({ ...common, promptsPerStep: 32, epochs: 4, lr });
  const rewards: number[] = [];
  let maxKl = 0;
  trainer.on('step', (e) => {
    rewards.push(e.metrics.rewardMean!);
    maxKl = Math.max(maxKl, e.metrics.kl!);
    if (e.step % 10 === 0) process.stderr.write(`${kind} ${e.step}: reward ${e.metrics.rewardMean!.toFixed(3)} kl ${e.metrics.kl!.toFixed(3)}\n`);
  });
  const started = performance.now();
  await trainer.train();
  const seconds = (performance.now() - started) / 1000;
  const after = await greedyAccuracy(trainer.model, trainer.tokenizer);
  trainer.dispose();
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  console.log(JSON.stringify({
    trainer: kind, steps, lr, seconds, prompts: prompts.length, greedyAccuracyBefore: before, greedyAccuracyAfter: after,
    rewardFirst10: mean(rewards.slice(0, 10)), rewardLast10: mean(rewards.slice(-10)), maxKl,
  }, null, 2));
} finally {
  rmSync(root, { recursive: true, force: true });
}
