import { ConfigError } from '../errors.js';
import { checkBoolean, checkInteger, checkNonNegative, checkPositive } from '../train/config-checks.js';
import { resolveRunOptions, type RunConfig, type RunOptions } from '../train/run-config.js';
import type { AudioEncoderConfig, EncoderCommon, ImageEncoderConfig } from './media-encoder-config.js';
import type { MediaCaption } from './synthetic-media.js';

/**
 * Mid-training's modality step: teach a text-only model (`initFrom`) to read images or audio from
 * paired examples (media, caption), with loss on the caption tokens only.
 */
export interface ModalityConfig extends RunOptions {
  /** The encoder to train: `{ modality: 'image', imageSize: [16, 16] }` or `{ modality: 'audio' }`, sizes optional. */
  encoder: (ImageEncoderConfig | AudioEncoderConfig) & EncoderCommon;
  /** Training pairs (e.g. `syntheticImages(2000)`). */
  data: readonly MediaCaption[];
  /** Held-out pairs: their caption loss and exact-match caption accuracy (greedy) at each evaluation. Default: none. */
  validData?: readonly MediaCaption[];
  /** Also train every weight of the language model (full fine-tuning, no adapter). Default false: it stays frozen and only the encoder and projector learn. */
  trainLanguageModel?: boolean;
  /** Learning rate (constant) of the encoder and projector. Default 1e-3. */
  lr?: number;
  /** Learning rate of the language model's weights, when `trainLanguageModel`. Default `lr / 10`. */
  languageModelLr?: number;
  /** Pairs per step, drawn at random (with replacement) from the run's seeded generator. Default 16. */
  batchSize?: number;
  /** AdamW weight decay. Default 0. */
  weightDecay?: number;
  /** Global-norm gradient clipping; 0 disables. Default 1. */
  maxGradNorm?: number;
  /** Evaluate every N steps (and at the end) when `validData` is given. Default 0: only at the end. */
  evalEvery?: number;
}

export interface ResolvedModalityConfig extends RunConfig {
  encoder: ModalityConfig['encoder'];
  data: readonly MediaCaption[];
  validData: readonly MediaCaption[];
  trainLanguageModel: boolean;
  lr: number;
  languageModelLr: number;
  batchSize: number;
  weightDecay: number;
  maxGradNorm: number;
  evalEvery: number;
}

/** Fills defaults and validates; ConfigError naming the field. */
export function resolveModalityConfig(config: ModalityConfig): ResolvedModalityConfig {
  if (config.initFrom === undefined && config.resumeFrom === undefined) {
    throw new ConfigError('ModalityConfig.initFrom is required: the text-only model folder (a checkpoint of an earlier stage) to teach the new modality.');
  }
  if (typeof config.encoder !== 'object' || config.encoder === null) {
    throw new ConfigError(`config.encoder must be an encoder config such as { modality: 'image', imageSize: [16, 16] }; got ${JSON.stringify(config.encoder)}.`);
  }
  const lr = checkPositive(config.lr ?? 1e-3, 'lr');
  const validData = checkPairs(config.validData ?? [], 'validData', true);
  return {
    ...resolveRunOptions(config),
    encoder: config.encoder,
    data: checkPairs(config.data, 'data', false),
    validData,
    trainLanguageModel: checkBoolean(config.trainLanguageModel ?? false, 'trainLanguageModel'),
    lr,
    languageModelLr: checkPositive(config.languageModelLr ?? lr / 10, 'languageModelLr'),
    batchSize: checkInteger(config.batchSize ?? 16, 'batchSize', 1),
    weightDecay: checkNonNegative(config.weightDecay ?? 0, 'weightDecay'),
    maxGradNorm: checkNonNegative(config.maxGradNorm ?? 1, 'maxGradNorm'),
    evalEvery: checkInteger(config.evalEvery ?? 0, 'evalEvery', 0),
  };
}

function checkPairs(value: unknown, field: string, allowEmpty: boolean): readonly MediaCaption[] {
  if (!Array.isArray(value) || (!allowEmpty && value.length === 0)) {
    throw new ConfigError(`config.${field} must be a${allowEmpty ? '' : ' non-empty'} list of { media, caption } pairs; got ${Array.isArray(value) ? 'an empty list' : JSON.stringify(value)?.slice(0, 60)}.`);
  }
  value.forEach((pair: unknown, i) => {
    const p = pair as Partial<MediaCaption>;
    if (typeof p !== 'object' || p === null || typeof p.media !== 'object' || p.media === null) {
      throw new ConfigError(`config.${field}[${i}].media is missing: each pair is { media: image or audio clip, caption: string }.`);
    }
    if (typeof p.caption !== 'string' || p.caption.trim() === '') {
      throw new ConfigError(`config.${field}[${i}].caption must be a non-empty string, got ${JSON.stringify(p.caption)}.`);
    }
  });
  return value as readonly MediaCaption[];
}
