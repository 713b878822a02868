import { ConfigError, addScoreHead, loadPretrained, openStorage } from '@stagecoach/core';
import type { Tokenizer, Transformer } from '@stagecoach/core';
import { checkRewardTokenizer } from '../reward-model/reward-tokenizer.js';
import { CRITIC_DIR } from '../rollout/rl-trainer.js';
import { loadStartingModel } from '../rollout/starting-model.js';

/**
 * A new separate critic for `policy`: the model of `initFrom` (a reward model, its LoRA adapter merged,
 * or a language model given a score head seeded by `seed`), else a copy of `policy` (weights shared until
 * trained) with a score head. Its score head, read at every position, gives the values.
 * ConfigError when `initFrom`'s tokenizer or context does not fit the policy.
 */
export async function startingCritic(policy: Transformer, tokenizer: Tokenizer, initFrom: string | undefined, seed: number): Promise<Transformer> {
  if (initFrom === undefined) return addScoreHead(policy, { seed });
  const loaded = await loadStartingModel(initFrom);
  try {
    try {
      checkRewardTokenizer(loaded.tokenizer, tokenizer);
    } catch (error) {
      throw new ConfigError(`config.criticInitFrom (${initFrom}): ${(error as Error).message}`, { cause: error });
    }
    if (loaded.model.config.contextLength < policy.config.contextLength) {
      throw new ConfigError(
        `config.criticInitFrom (${initFrom}): its context (${loaded.model.config.contextLength} tokens) is shorter than the policy's (${policy.config.contextLength}); `
        + 'the critic reads every prompt and response. Start the critic from a model with at least the policy\'s context.',
      );
    }
  } catch (error) {
    loaded.model.dispose();
    throw error;
  }
  if (loaded.model.config.scoreHead === true) return loaded.model;
  try {
    return addScoreHead(loaded.model, { seed });
  } finally {
    loaded.model.dispose();
  }
}

/** The critic a checkpoint saved under `critic/`; ConfigError when it has none. */
export async function loadCheckpointCritic(checkpoint: string): Promise<Transformer> {
  if (!(await (await openStorage(checkpoint)).exists(`${CRITIC_DIR}config.json`))) {
    throw new ConfigError(
      `${checkpoint} has no ${CRITIC_DIR} folder: it was saved by a run with critic 'shared' (a value head on the policy). Resume it with critic 'shared'.`,
    );
  }
  return (await loadPretrained(`${checkpoint}/${CRITIC_DIR}`)).model;
}
