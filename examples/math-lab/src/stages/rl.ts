import { GRPOTrainer, PPOTrainer } from '@stagecoach/rlhf';
import { runOptions, runTrainer, type LabContext, type StageOutcome } from './context.js';
import { rlConfig } from './stage-configs.js';

/**
 * Stage 4, reinforcement learning: the SFT model answers each practice question several times
 * (sampling), a checker rewards the right final answer (a small penalty for none), and GRPO moves
 * the policy toward the answers that scored above their group's mean, with a KL penalty that keeps
 * it near the SFT model. No worked solutions are shown: only the reward. `--rl ppo` trains with PPO
 * instead (a value head on the policy, GAE, the same number of sampled answers per step, one per prompt).
 */
export async function rlStage(ctx: LabContext): Promise<StageOutcome> {
  const { preset, options } = ctx;
  const rl = rlConfig(preset, options.seed, options.rl, { initFrom: ctx.dir('sft') });
  const run = await runOptions(ctx, 'rl');
  const trainer = rl.method === 'ppo' ? new PPOTrainer({ ...rl.config, ...run }) : new GRPOTrainer({ ...rl.config, ...run });
  return runTrainer(ctx, 'rl', trainer);
}
