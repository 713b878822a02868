import { ConfigError } from '../errors.js';
import { checkInteger } from '../train/config-checks.js';
import { frameCount } from './log-mel.js';

/** An image encoder: patches of `patchSize` pixels, each a linear embedding plus a learned position. */
export interface ImageEncoderConfig {
  modality: 'image';
  /** Height and width in pixels of every input image. */
  imageSize: [number, number];
  /** 1 (grayscale) or 3 (RGB). Default 1. */
  channels?: number;
  /** Side of a square patch; divides both image sides. Default 4. */
  patchSize?: number;
}

/** An audio encoder: log-mel frames of a fixed-length mono clip, each a linear embedding plus a learned position. */
export interface AudioEncoderConfig {
  modality: 'audio';
  /** Samples per second every input must have. Default 8000. */
  sampleRate?: number;
  /** Samples per clip: shorter clips are zero-padded, longer ones refused. Default 4096. */
  clipSamples?: number;
  /** FFT size and frame length (a power of two). Default 512. */
  nFft?: number;
  /** Samples between frames. Default 256. */
  hopLength?: number;
  /** Mel bands (HTK scale). Default 64. */
  nMels?: number;
}

/** What every encoder shares: its width and the projector into the language model. */
export interface EncoderCommon {
  /** Width of the encoder's embeddings. Default 64. */
  dEncoder?: number;
  /** MLP-Mixer blocks of the encoder. Default 1. */
  depth?: number;
  /** `mlp`: two linear layers with GELU between (LLaVA-1.5); `linear`: one. Default `mlp`. */
  projector?: 'linear' | 'mlp';
  /** Seed of the initial weights. Default 0. */
  seed?: number;
}

/** The encoder and projector of one modality. `dModel` (the language model's width) is filled in by the trainer. */
export type MediaEncoderConfig = (ImageEncoderConfig | AudioEncoderConfig) & EncoderCommon & { dModel?: number };

export type ResolvedImageEncoderConfig = Required<ImageEncoderConfig> & Required<EncoderCommon> & { dModel: number };
export type ResolvedAudioEncoderConfig = Required<AudioEncoderConfig> & Required<EncoderCommon> & { dModel: number };
/** A {@link MediaEncoderConfig} with every default filled in: what `multimodal/config.json` holds. */
export type ResolvedMediaEncoderConfig = ResolvedImageEncoderConfig | ResolvedAudioEncoderConfig;

/** Fills defaults and checks each field; ConfigError naming it (`config.encoder.<field>`). */
export function resolveMediaEncoderConfig(config: MediaEncoderConfig, dModel = config.dModel): ResolvedMediaEncoderConfig {
  const field = (name: string) => `encoder.${name}`;
  if (dModel === undefined) throw new ConfigError('config.encoder.dModel is required: the width of the language model the projector feeds.');
  const common = {
    dEncoder: checkInteger(config.dEncoder ?? 64, field('dEncoder'), 1),
    depth: checkInteger(config.depth ?? 1, field('depth'), 0),
    projector: checkProjector(config.projector ?? 'mlp'),
    seed: checkInteger(config.seed ?? 0, field('seed'), 0, 2 ** 32 - 1),
    dModel: checkInteger(dModel, field('dModel'), 1),
  };
  if (config.modality === 'image') {
    const size = config.imageSize as unknown;
    if (!Array.isArray(size) || size.length !== 2) {
      throw new ConfigError(`config.encoder.imageSize must be [height, width], got ${JSON.stringify(size)}.`);
    }
    const imageSize: [number, number] = [checkInteger(size[0], field('imageSize[0]'), 1), checkInteger(size[1], field('imageSize[1]'), 1)];
    const patchSize = checkInteger(config.patchSize ?? 4, field('patchSize'), 1);
    if (imageSize[0] % patchSize !== 0 || imageSize[1] % patchSize !== 0) {
      throw new ConfigError(`config.encoder.patchSize (${patchSize}) must divide both sides of imageSize ${imageSize[0]}×${imageSize[1]}.`);
    }
    const channels = config.channels ?? 1;
    if (channels !== 1 && channels !== 3) throw new ConfigError(`config.encoder.channels must be 1 (grayscale) or 3 (RGB), got ${JSON.stringify(channels)}.`);
    return { modality: 'image', imageSize, channels, patchSize, ...common };
  }
  if (config.modality === 'audio') {
    const resolved: ResolvedAudioEncoderConfig = {
      modality: 'audio',
      sampleRate: checkInteger(config.sampleRate ?? 8000, field('sampleRate'), 1),
      clipSamples: checkInteger(config.clipSamples ?? 4096, field('clipSamples'), 1),
      nFft: checkInteger(config.nFft ?? 512, field('nFft'), 2),
      hopLength: checkInteger(config.hopLength ?? 256, field('hopLength'), 1),
      nMels: checkInteger(config.nMels ?? 64, field('nMels'), 1),
      ...common,
    };
    frameCount(resolved.clipSamples, resolved); // checks nFft is a power of two and fits the clip
    return resolved;
  }
  throw new ConfigError(`config.encoder.modality must be "image" or "audio", got ${JSON.stringify((config as { modality?: unknown }).modality)}.`);
}

/** Tokens the encoder produces per input: patches of an image, or log-mel frames of a clip. */
export function mediaTokenCount(config: ResolvedMediaEncoderConfig): number {
  if (config.modality === 'image') return (config.imageSize[0] / config.patchSize) * (config.imageSize[1] / config.patchSize);
  return frameCount(config.clipSamples, config);
}

/** Values per encoder token: pixels of a patch, or mel bands of a frame. */
export function mediaFeatureSize(config: ResolvedMediaEncoderConfig): number {
  return config.modality === 'image' ? config.patchSize * config.patchSize * config.channels : config.nMels;
}

function checkProjector(value: unknown): 'linear' | 'mlp' {
  if (value !== 'linear' && value !== 'mlp') throw new ConfigError(`config.encoder.projector must be "linear" or "mlp", got ${JSON.stringify(value)}.`);
  return value;
}
