// Reward models (RewardTrainer, RewardModel, the Bradley–Terry loss).
export { bradleyTerryLoss, preferenceAccuracy } from './math/bradley-terry.js';
export { REWARD_ADAPTER_DIR, RewardModel } from './reward-model/reward-model.js';
export type { RewardFunction, RewardModelOptions, ScoredPair } from './reward-model/reward-model.js';
export { rewardSequence } from './reward-model/reward-inputs.js';
export type { RewardPrompt, RewardResponse, RewardSequence } from './reward-model/reward-inputs.js';
export { checkRewardTokenizer } from './reward-model/reward-tokenizer.js';
export { lastTokenIndices, sequenceScores } from './reward-model/sequence-scores.js';
export { parsePreferenceArray, parsePreferenceJsonl, parsePreferenceRecord } from './reward/preference-records.js';
export type { PreferencePair } from './reward/preference-records.js';
export { resolveRewardConfig } from './reward/reward-config.js';
export type { RewardConfig, ResolvedRewardConfig } from './reward/reward-config.js';
export { RewardTrainer } from './reward/reward-trainer.js';
export type { RewardDataSummary } from './reward/reward-trainer.js';
