/**
 * PPO with a trained reward model (not a test: it takes minutes): a RewardTrainer learns synthetic
 * preferences for responses with more lowercase letters, then PPOTrainer trains a tiny random llama with
 * `RewardModel.rewardFunction()` as its only reward; the lowercase share of the responses is measured
 * directly on every rollout (see packages/rlhf/test/reward-ppo/reward-ppo-experiment.ts). Prints one
 * JSON object: the reward model's held-out accuracy before and after, and the directly measured
 * lowercase share, the reward-model score and the KL over the PPO steps.
 *
 * `--critic-from-reward`: PPO's critic is a separate model started from the trained reward model (as TRL
 * did) instead of a value head on the policy.
 *
 *   node --conditions=source --import tsx bench/reward-ppo.ts [--reward-steps 60] [--ppo-steps 30] [--backend cpu|node] [--critic-from-reward]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { cpu, useBackend } from '../packages/core/src/index.js';
import { node } from '../packages/backend-node/src/index.js';
import { rewardModelPpo } from '../packages/rlhf/test/reward-ppo/reward-ppo-experiment.js';

const { values } = parseArgs({
  options: {
    'reward-steps': { type: 'string', default: '60' },
    'ppo-steps': { type: 'string', default: '30' },
    backend: { type: 'string', default: 'cpu' },
    'critic-from-reward': { type: 'boolean', default: false },
  },
});
await useBackend(values.backend === 'node' ? node() : cpu());
const root = mkdtempSync(join(tmpdir(), 'stagecoach-reward-ppo-'));
try {
  const result = await rewardModelPpo({
    root, rewardSteps: Number(values['reward-steps']), ppoSteps: Number(values['ppo-steps']),
    critic: values['critic-from-reward'] ? 'from-reward-model' : 'shared',
    onStep: (s) => console.error(`ppo ${s.step}: lowercase share ${s.letters.toFixed(3)}, reward-model score ${s.score.toFixed(3)}, kl ${s.kl.toFixed(3)}`),
  });
  const { trace } = result.ppo;
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const window = Math.min(5, Math.floor(trace.length / 2));
  console.log(JSON.stringify({
    task: 'ppo-with-reward-model (lowercase share of 6-character responses)', model: 'llama-tiny (random init, byte tokenizer)', backend: values.backend,
    critic: values['critic-from-reward'] ? 'separate, from the reward model' : 'value head on the policy',
    reward: { steps: result.reward.steps, pairsPerStep: 16, seconds: Number(result.reward.seconds.toFixed(1)), heldOutAccuracy: [result.reward.accuracyBefore, result.reward.accuracyAfter] },
    ppo: {
      steps: result.ppo.steps, promptsPerStep: 12, seconds: Number(result.ppo.seconds.toFixed(1)),
      lowercaseShare: { first: mean(trace.slice(0, window).map((s) => s.letters)), last: mean(trace.slice(-window).map((s) => s.letters)) },
      rewardModelScore: { first: mean(trace.slice(0, window).map((s) => s.score)), last: mean(trace.slice(-window).map((s) => s.score)) },
      maxKl: Math.max(...trace.map((s) => s.kl)),
    },
  }));
} finally {
  rmSync(root, { recursive: true, force: true });
}
