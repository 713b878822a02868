import { GRPOTrainer, PPOTrainer } from '@stagecoach/rlhf';
import { answerReward } from '../problems/answer-reward.js';
import { trainingProblems, userTurn } from '../problems/splits.js';
import { runOptions, runTrainer, type LabContext, type StageOutcome } from './context.js';

/**
 * Stage 4, reinforcement learning: the SFT model answers each practice question several times
 * (sampling), a checker rewards the right final answer (a small penalty for none), and GRPO moves
 * the policy toward the answers that scored above their group's mean, with a KL penalty that keeps
 * it near the SFT model. No worked solutions are shown: only the reward. `--rl ppo` trains with PPO
 * instead (a value head on the policy, GAE, the same number of sampled answers per step, one per prompt).
 */
export async function rlStage(ctx: LabContext): Promise<StageOutcome> {
  const { preset, options } = ctx;
  // GRPO samples groupSize answers to each prompt; PPO one answer to each of as many prompts.
  const promptsPerStep = preset.rl.promptsPerStep * (options.rl === 'ppo' ? preset.rl.groupSize : 1);
  const problems = trainingProblems(options.seed, 2, preset.rl.steps * promptsPerStep, preset.eval.problems);
  const prompts = problems.map((p) => ({ messages: [{ role: 'user', content: userTurn(p) }], answer: p.answer, difficulty: p.difficulty }));
  const shared = {
    initFrom: ctx.dir('sft'),
    prompts,
    reward: (_prompt: string, response: string, record: Record<string, unknown>) => answerReward(String(record['answer']), response),
    maxNewTokens: preset.rl.maxNewTokens,
    temperature: preset.rl.temperature,
    klCoef: preset.rl.klCoef,
    lr: preset.rl.lr,
    steps: preset.rl.steps,
    lora: { r: preset.sft.loraRank, alpha: preset.sft.loraRank, targetModules: 'all-linear' as const },
    checkpointEvery: Math.max(5, Math.round(preset.rl.steps / 4)),
    ...(await runOptions(ctx, 'rl')),
  };
  const trainer = options.rl === 'ppo'
    ? new PPOTrainer({ ...shared, promptsPerStep })
    : new GRPOTrainer({ ...shared, groupSize: preset.rl.groupSize, promptsPerStep: preset.rl.promptsPerStep });
  return runTrainer(ctx, 'rl', trainer);
}
