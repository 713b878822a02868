export {
  constantSchedule, makeSchedule, warmupCosineSchedule, warmupStableDecaySchedule,
  type LrSchedule, type LrScheduleConfig,
} from './schedules.js';
export { AdamW, defaultDecayFilter, type AdamWOptions, type DecayFilter } from './optim/adamw.js';
export type { ParamGroup } from './optim/param-groups.js';
export { clipByGlobalNorm, globalNorm } from './optim/clip.js';
export {
  optimizerStep, type LossWithMetrics, type MicroBatch, type OptimizerStepOptions, type OptimizerStepResult,
} from './optim/optimizer-step.js';
export {
  TypedEmitter, type CheckpointEvent, type DoneEvent, type EvalEvent, type SampleEvent, type StepEvent, type TrainEvents,
} from './events.js';
export { jsonlMetricsFile, type MetricsSink } from './metrics-jsonl.js';
export { runTrainLoop, type StepResult, type TrainLoopOptions } from './train-loop.js';
export {
  arraySource, jsonlSource, resolveSource, textSource,
  type SourcePosition, type SourceSpec, type TextSource, type TextUnit,
} from './data/sources.js';
export { Packer, type PackerState, type TokenEncoder } from './data/packer.js';
export {
  PackedStream, checkDataCursor, isValidationWindow, validationWindows, type DataCursor, type PackedStreamOptions,
} from './data/packed-stream.js';
export { checkFingerprints, type SourceFingerprint } from './data/fingerprint.js';
export { makeBatch, type TokenBatch } from './data/batch.js';
export { evaluateLanguageModel, type LanguageModelMetrics } from './lm-eval.js';
export {
  OPTIMIZER_FILE, TRAINER_STATE_FILE, checkpointDir, listCheckpointSteps, pruneCheckpoints, readCheckpoint, resolveCheckpoint,
  writeCheckpoint, type LoadedCheckpoint, type TrainerStateBase,
} from './checkpoint.js';
export { modelFiles } from './model-files.js';
export {
  isBpe, resolvePretrainerConfig, type BpeTokenizerConfig, type PretrainerConfig, type ResolvedPretrainerConfig,
} from './pretrainer-config.js';
export { Pretrainer, type PretrainerState } from './pretrainer.js';
export { Trainer, type ActiveRun, type BuiltRun, type RunStart } from './trainer.js';
export { RUN_LOCK_NAME, type RunLockOwner } from './run-lock.js';
export { resolveInitFrom } from './run-folder.js';
export { resolveRunOptions, type RunConfig, type RunOptions } from './run-config.js';
export { checkBoolean, checkFraction, checkInteger, checkNonNegative, checkPositive, checkString } from './config-checks.js';
export { fingerprintTokenizer, type ResumeChange, type RunIdentity, type TokenizerFingerprint, type TrainerState } from './trainer-state.js';
export {
  checkSourceSpecs, LM_TRAINING_FIELDS, resolveLmTrainingOptions, type LmTrainingOptions, type ResolvedLmTrainingOptions,
} from './lm-options.js';
export {
  corpusTexts, fingerprintOf, nextTokenStep, sampleContinuations, samplePromptIds, sourceSpecName, toSources,
  type NextTokenStepOptions, type SampleOptions,
} from './lm-run.js';
export {
  MixtureStream, checkMixtureCursor, type MixtureComponent, type MixtureCursor, type MixtureRow, type SourceEnd,
} from './data/mixture-stream.js';
export {
  resolveMidTrainerConfig, type ContextExtensionConfig, type MidTrainerConfig, type MixtureSourceConfig, type ResolvedMidTrainerConfig,
  type ResolvedMixtureSource, type SeqLenPhase, type VocabularyExtensionConfig,
} from './mid-trainer-config.js';
export { MidTrainer, type MidTrainerState } from './mid-trainer.js';
