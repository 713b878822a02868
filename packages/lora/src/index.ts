export { resolveLoraConfig } from './lora-config.js';
export type { LoraConfig, LoraInit, ResolvedLoraConfig } from './lora-config.js';
export { LoraLinear, SavedLinear } from './lora-linear.js';
export type { LoraLinearOptions } from './lora-linear.js';
export { LoraModel, applyLora } from './lora-model.js';
export { TrainableTokens } from './trainable-tokens.js';
export type { ParameterCounts } from './lora-model.js';
export { defaultTargetModules, linearModules, matchesModule } from './target-modules.js';
export type { LinearModule } from './target-modules.js';
export { ADAPTER_CONFIG_FILE, ADAPTER_WEIGHTS_FILE, adapterFiles, adapterTensors, loadAdapter, saveAdapter } from './adapter-files.js';
export type { SaveAdapterOptions } from './adapter-files.js';
export { loraConfigFromPeft, peftConfigOf } from './peft-config.js';
export type { PeftAdapterConfig } from './peft-config.js';
export {
  CHAT_ROLES, parseJsonlRecords, parsePromptArray, parsePromptJsonl, parsePromptRecord, parseSftArray, parseSftJsonl, parseSftRecord, preview,
  readDatasetText,
} from './sft/sft-records.js';
export type { Conversation, PromptCompletion, PromptRecord, SftRecord } from './sft/sft-records.js';
export { tokenizePromptRecord, tokenizeSftRecord } from './sft/sft-tokenize.js';
export type { SftExample } from './sft/sft-tokenize.js';
export { packSftExamples, sftBatch } from './sft/sft-batch.js';
export type { PackedSftBatch } from './sft/sft-batch.js';
export { epochOrder } from './sft/epoch-order.js';
export { SFTTrainer } from './sft/sft-trainer.js';
export type { SftDataSummary } from './sft/sft-trainer.js';
export { resolveSFTConfig } from './sft/sft-config.js';
export type { SftEvalTask, SftEvalTaskMetrics } from './sft/sft-eval-task.js';
export type { ResolvedSFTConfig, SFTConfig } from './sft/sft-config.js';
