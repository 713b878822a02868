import type { RewardModel } from '@stagecoach/rlhf';

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
