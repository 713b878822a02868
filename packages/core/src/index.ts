export { tf } from './tf.js';
export * from './errors.js';
export * from './seeded-random.js';
export type { Backend, KernelImpl } from './backends/backend.js';
export * from './backends/index.js';
export * from './ops/index.js';
export * from './io/index.js';
export * from './tokenizers/index.js';
export * from './model/index.js';
export * from './pretrained/index.js';
export * from './train/index.js';
// Mid-training's modality step (image and audio input): encoders, prefix embeddings, ModalityTrainer.
export * from './multimodal/index.js';
