import { resolveCheckpoint } from '@stagecoach/core';
import { RewardModel, RewardTrainer } from '@stagecoach/rlhf';
import { preferencePairs } from '../problems/preferences.js';
import { modelBefore, runOptions, runTrainer, writeJsonl, type LabContext, type StageOutcome } from './context.js';

/**
 * Stage 5, helpfulness: a reward model (the language model with a score head, LoRA) trained with the
 * Bradley–Terry loss to prefer the tutor's answer — every column worked, ending with the answer — to a
 * curt, evasive or wrong one. It is kept apart from RL (whose reward only checks the final answer) and
 * scores every model's responses in the evaluation.
 */
export async function rewardStage(ctx: LabContext): Promise<StageOutcome> {
  const { preset, options } = ctx;
  const data = ctx.dataFile('preferences.jsonl');
  await writeJsonl(data, preferencePairs(options.seed, preset.reward.pairs, preset.eval.problems));
  const trainer = new RewardTrainer({
    initFrom: modelBefore(ctx, 'sft'),
    data,
    steps: preset.reward.steps,
    batchSize: preset.reward.batchSize,
    seqLen: preset.reward.seqLen,
    lr: preset.reward.lr,
    lora: { r: 8, alpha: 8, targetModules: 'all-linear' },
    checkpointEvery: Math.max(10, Math.round(preset.reward.steps / 2)),
    ...(await runOptions(ctx, 'reward')),
  });
  return runTrainer(ctx, 'reward', trainer);
}

/** The trained reward model, to score responses (`dispose()` when done). */
export async function loadHelpfulnessModel(ctx: LabContext): Promise<RewardModel> {
  return RewardModel.load(await resolveCheckpoint(ctx.dir('reward')));
}

/** Room kept for the chat template's markers around the prompt and the response. */
const TEMPLATE_TOKENS = 16;

/**
 * Scores a response with the reward model; a prompt too long for its context (GSM8K questions) is
 * cut from the left, as the evaluation cuts prompts for the policy.
 */
export async function helpfulness(model: RewardModel, prompt: string, response: string): Promise<number> {
  const { tokenizer } = model;
  const room = model.model.config.contextLength - tokenizer.encode(response, { addSpecialTokens: false }).length - TEMPLATE_TOKENS;
  const ids = tokenizer.encode(prompt, { addSpecialTokens: false });
  const fitted = ids.length <= room ? prompt : tokenizer.decode(ids.slice(ids.length - Math.max(1, room)));
  return model.score(fitted, response);
}
