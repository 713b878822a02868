import { GRPOTrainer } from '@stagecoach/rlhf';
import { answerReward } from '../problems/answer-reward.js';
import { trainingProblems, userTurn } from '../problems/splits.js';
import { runOptions, runTrainer, type LabContext, type StageOutcome } from './context.js';

/**
 * Stage 4, reinforcement learning: the SFT model answers each practice question several times
 * (sampling), a checker rewards the right final answer (a small penalty for none), and GRPO moves
 * the policy toward the answers that scored above their group's mean, with a KL penalty that keeps
 * it near the SFT model. No worked solutions are shown: only the reward.
 */
export async function rlStage(ctx: LabContext): Promise<StageOutcome> {
  const { preset, options } = ctx;
  const problems = trainingProblems(options.seed, 2, preset.rl.steps * preset.rl.promptsPerStep, preset.eval.problems);
  const prompts = problems.map((p) => ({ messages: [{ role: 'user', content: userTurn(p) }], answer: p.answer, difficulty: p.difficulty }));
  const trainer = new GRPOTrainer({
    initFrom: ctx.dir('sft'),
    prompts,
    reward: (_prompt, response, record) => answerReward(String(record.answer), response),
    groupSize: preset.rl.groupSize,
    promptsPerStep: preset.rl.promptsPerStep,
    maxNewTokens: preset.rl.maxNewTokens,
    temperature: preset.rl.temperature,
    klCoef: preset.rl.klCoef,
    lr: preset.rl.lr,
    steps: preset.rl.steps,
    lora: { r: preset.sft.loraRank, alpha: preset.sft.loraRank, targetModules: 'all-linear' },
    checkpointEvery: Math.max(5, Math.round(preset.rl.steps / 4)),
    ...(await runOptions(ctx, 'rl')),
  });
  return runTrainer(ctx, 'rl', trainer);
}
