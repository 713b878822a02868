export * from './conformance.js';
export * from './tiny-model.js';
