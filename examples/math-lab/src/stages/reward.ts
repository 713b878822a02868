import { resolveCheckpoint } from '@stagecoach/core';
import { RewardModel, RewardTrainer } from '@stagecoach/rlhf';
import { modelBefore, runOptions, runTrainer, writeJsonl, type LabContext, type StageOutcome } from './context.js';
import { rewardConfig, rewardPairs } from './stage-configs.js';

/**
 * Stage 5, helpfulness: a reward model (the language model with a score head, LoRA) trained with the
 * Bradley–Terry loss to prefer the tutor's answer — every column worked, ending with the answer — to a
 * curt, evasive or wrong one. It is kept apart from RL (whose reward only checks the final answer) and
 * scores every model's responses in the evaluation.
 */
export async function rewardStage(ctx: LabContext): Promise<StageOutcome> {
  const { preset, options } = ctx;
  const data = ctx.dataFile('preferences.jsonl');
  await writeJsonl(data, rewardPairs(preset, options.seed));
  const trainer = new RewardTrainer({ ...rewardConfig(preset, { initFrom: modelBefore(ctx, 'sft'), data }), ...(await runOptions(ctx, 'reward')) });
  return runTrainer(ctx, 'reward', trainer);
}

/** The trained reward model, to score responses (`dispose()` when done). */
export async function loadHelpfulnessModel(ctx: LabContext): Promise<RewardModel> {
  return RewardModel.load(await resolveCheckpoint(ctx.dir('reward')));
}

export { helpfulness } from './helpfulness.js';
