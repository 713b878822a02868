export { loadPretrained } from './load-pretrained.js';
export type { LoadPretrainedOptions, Pretrained } from './load-pretrained.js';
export { savePretrained } from './save-pretrained.js';
export type { SavePretrainedOptions } from './save-pretrained.js';
export { SUPPORTED_MODEL_TYPES, configFromHf, configToHf, hfModelType } from './hf-config.js';
export type { HfModelType } from './hf-config.js';
export { hfModuleName, hfTensorRules, hfToInternal, internalToHf } from './hf-weights.js';
export type { HfTensorRule } from './hf-weights.js';
