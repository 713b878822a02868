export { resolveLoraConfig } from './lora-config.js';
export type { LoraConfig, LoraInit, ResolvedLoraConfig } from './lora-config.js';
export { LoraLinear, SavedLinear } from './lora-linear.js';
export type { LoraLinearOptions } from './lora-linear.js';
export { LoraModel, applyLora } from './lora-model.js';
export type { ParameterCounts } from './lora-model.js';
export { defaultTargetModules, linearModules, matchesModule } from './target-modules.js';
export type { LinearModule } from './target-modules.js';
