/**
 * The lab's browser-safe parts (no `node:` imports), for `examples/browser-lab`: presets, the stages'
 * data and trainer settings, the evaluation's models and task, the answer reward and helpfulness
 * scoring, and loading a stage's model (with its LoRA adapter merged) from any storage.
 */
export { LAB_PRESETS, type LabPreset } from './presets.js';
export {
  labTokenizer, libraryDocuments, midConfig, pretrainConfig, rewardConfig, rewardPairs, rlConfig, sftConfig, sftRecords,
  textbookDocuments, type RlStageConfig,
} from './stages/stage-configs.js';
export { additionTask, LAB_MODELS } from './stages/eval-setup.js';
export { helpfulness } from './stages/helpfulness.js';
export { loadStageModel } from './stages/load-model.js';
export { answerReward } from './problems/answer-reward.js';
export { testProblems, userTurn } from './problems/splits.js';
export type { StageName } from './options.js';
