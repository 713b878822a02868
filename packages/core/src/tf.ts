/**
 * The one place Stagecoach imports TensorFlow.js.
 *
 * Why the union package and not `@tensorflow/tfjs-core`: in plain Node, `@tensorflow/tfjs-core`
 * resolves to a CommonJS bundle that registers no gradients and no chained methods, so `tf.grad`
 * fails outside vitest. `@tensorflow/tfjs` registers both against the same engine in Node, in
 * bundlers and under vitest. Every other file, in every package, takes `tf` from here.
 */
import * as tf from '@tensorflow/tfjs';

export { tf };
