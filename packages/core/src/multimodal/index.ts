export { LOG_MEL_FLOOR, frameCount, hannWindow, hzToMel, logMelSpectrogram, melFilterbank, melToHz, type LogMelOptions } from './log-mel.js';
export { patchify } from './patchify.js';
export {
  mediaFeatureSize, mediaTokenCount, resolveMediaEncoderConfig,
  type AudioEncoderConfig, type EncoderCommon, type ImageEncoderConfig, type MediaEncoderConfig, type ResolvedMediaEncoderConfig,
} from './media-encoder-config.js';
export { isImageInput, mediaFeatures, type AudioInput, type ImageInput, type MediaInput } from './media-input.js';
export { MediaEncoder } from './media-encoder.js';
export { MEDIA_MARKERS, addMediaMarkers, addSpecialTokens, markerIds, type Modality } from './media-markers.js';
export { generateWithMedia, mediaPrefix, textAfterMedia, type MediaGeneration } from './media-prefix.js';
export { captionEndId, captionLoss, type CaptionExample } from './caption-batch.js';
export { captionAccuracy } from './caption-accuracy.js';
export {
  IMAGE_CAPTIONS, TONE_CAPTIONS, noteFrequency, syntheticImages, syntheticTones, type MediaCaption,
} from './synthetic-media.js';
export { MULTIMODAL_DIR, loadMediaEncoder, loadMultimodal, mediaEncoderFiles, saveMultimodal, type Multimodal } from './multimodal-files.js';
export { resolveModalityConfig, type ModalityConfig, type ResolvedModalityConfig } from './modality-config.js';
export { ModalityTrainer } from './modality-trainer.js';
