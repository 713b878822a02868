import { ConfigError, fingerprintTokenizer } from '@stagecoach/core';
import type { Tokenizer } from '@stagecoach/core';

/**
 * Refuses a reward model whose tokenizer differs from the policy's: `ConfigError` saying what differs
 * (vocabulary size, special tokens, or the vocabulary / merges themselves). A reward model is trained on
 * the texts its own tokenizer makes; pairing it with a policy of another vocabulary is almost always a
 * mix-up of checkpoints, which would otherwise show only as rewards that make no sense.
 */
export function checkRewardTokenizer(rewardTokenizer: Tokenizer, policyTokenizer: Tokenizer): void {
  const differences: string[] = [];
  if (rewardTokenizer.vocabSize !== policyTokenizer.vocabSize) {
    differences.push(`vocabulary size ${rewardTokenizer.vocabSize} (reward model) vs ${policyTokenizer.vocabSize} (policy)`);
  }
  const reward = rewardTokenizer.specialTokens;
  const policy = policyTokenizer.specialTokens;
  for (const role of ['bos', 'eos', 'pad', 'unk'] as const) {
    if (reward[role] !== policy[role]) differences.push(`${role} token id ${String(reward[role])} vs ${String(policy[role])}`);
  }
  if (differences.length === 0 && fingerprintTokenizer('', rewardTokenizer).hash !== fingerprintTokenizer('', policyTokenizer).hash) {
    differences.push('the same size and special tokens but a different vocabulary or merges (tokenizer.json differs)');
  }
  if (differences.length > 0) {
    throw new ConfigError(
      `the reward model's tokenizer differs from the policy's: ${differences.join('; ')}. ` +
        'Train the reward model from the policy\'s base checkpoint (stagecoach reward --base <policy base>), or use the reward model that was.',
    );
  }
}
