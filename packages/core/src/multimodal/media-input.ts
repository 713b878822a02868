import { ConfigError } from '../errors.js';
import type { ResolvedAudioEncoderConfig, ResolvedImageEncoderConfig, ResolvedMediaEncoderConfig } from './media-encoder-config.js';
import { logMelSpectrogram } from './log-mel.js';

/** An image: `pixels` `[height, width, channels]` row-major, values in [0, 1]. */
export interface ImageInput {
  height: number;
  width: number;
  channels: number;
  pixels: ArrayLike<number>;
}

/** A mono audio clip: float samples (nominally in [-1, 1]) at `sampleRate`. */
export interface AudioInput {
  sampleRate: number;
  samples: Float32Array;
}

/** An image or an audio clip. */
export type MediaInput = ImageInput | AudioInput;

export function isImageInput(media: MediaInput): media is ImageInput {
  return typeof media === 'object' && media !== null && 'pixels' in media;
}

/**
 * The encoder's input features of one image or clip, `[tokens, featureSize]` row-major: the image's
 * pixels checked against the config (patchified later, on the device), or the clip's log-mel frames.
 * ConfigError naming `field` (e.g. `data[3].image.height`) when the input does not fit the encoder.
 */
export function mediaFeatures(media: MediaInput, config: ResolvedMediaEncoderConfig, field: string): Float32Array {
  if (config.modality === 'image') {
    if (!isImageInput(media)) throw new ConfigError(`${field} must be an image ({ height, width, channels, pixels }): this encoder takes images.`);
    return imagePixels(media, config, `${field}`);
  }
  if (isImageInput(media) || !(media?.samples instanceof Float32Array)) {
    throw new ConfigError(`${field} must be an audio clip ({ sampleRate, samples: Float32Array }): this encoder takes audio.`);
  }
  return audioLogMel(media, config, field);
}

function imagePixels(image: ImageInput, config: ResolvedImageEncoderConfig, field: string): Float32Array {
  const [height, width] = config.imageSize;
  for (const [name, value, expected] of [['height', image.height, height], ['width', image.width, width], ['channels', image.channels, config.channels]] as const) {
    if (value !== expected) {
      throw new ConfigError(
        `${field}.${name} is ${JSON.stringify(value)}, but the encoder takes ${height}×${width} images with ${config.channels} channel(s) `
        + '(config.encoder.imageSize, channels); resize or convert the image.',
      );
    }
  }
  const size = height * width * config.channels;
  if (image.pixels?.length !== size) {
    throw new ConfigError(`${field}.pixels holds ${image.pixels?.length} values; a ${height}×${width}×${config.channels} image needs ${size} (row-major [H, W, C]).`);
  }
  const pixels = Float32Array.from(image.pixels);
  const bad = pixels.findIndex((v) => !Number.isFinite(v));
  if (bad >= 0) throw new ConfigError(`${field}.pixels[${bad}] is ${pixels[bad]}; pixel values must be finite (scaled to [0, 1]).`);
  return pixels;
}

/** Log-mel frames of the clip zero-padded to `clipSamples`, standardised (zero mean, unit variance over the clip). */
function audioLogMel(audio: AudioInput, config: ResolvedAudioEncoderConfig, field: string): Float32Array {
  if (audio.sampleRate !== config.sampleRate) {
    throw new ConfigError(
      `${field}.sampleRate is ${JSON.stringify(audio.sampleRate)} Hz, but the encoder takes ${config.sampleRate} Hz audio (config.encoder.sampleRate); resample the clip.`,
    );
  }
  if (audio.samples.length > config.clipSamples) {
    throw new ConfigError(
      `${field}.samples holds ${audio.samples.length} samples, more than the encoder's clip of ${config.clipSamples} `
      + `(${(config.clipSamples / config.sampleRate).toFixed(3)} s, config.encoder.clipSamples); cut the clip.`,
    );
  }
  const bad = audio.samples.findIndex((v) => !Number.isFinite(v));
  if (bad >= 0) throw new ConfigError(`${field}.samples[${bad}] is ${audio.samples[bad]}; samples must be finite.`);
  const clip = new Float32Array(config.clipSamples);
  clip.set(audio.samples);
  const { values } = logMelSpectrogram(clip, config);
  let mean = 0;
  for (const v of values) mean += v / values.length;
  let variance = 0;
  for (const v of values) variance += (v - mean) ** 2 / values.length;
  const scale = 1 / Math.sqrt(variance + 1e-5);
  return values.map((v) => (v - mean) * scale);
}
