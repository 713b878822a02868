import { tf } from '../tf.js';
import { ConfigError } from '../errors.js';

/**
 * Cuts images `[B, H, W, C]` into non-overlapping `patch × patch` squares, row by row (ViT order):
 * `[B, (H/patch)·(W/patch), patch·patch·C]`, each patch flattened as `[row, column, channel]`.
 * H and W must be multiples of `patch`.
 */
export function patchify(images: tf.Tensor4D, patch: number): tf.Tensor3D {
  const [batch, height, width, channels] = images.shape;
  if (!Number.isInteger(patch) || patch < 1 || height % patch !== 0 || width % patch !== 0) {
    throw new ConfigError(`patchify: patch size ${patch} must be a positive integer dividing the image size ${height}×${width}.`);
  }
  const rows = height / patch;
  const cols = width / patch;
  return tf.tidy(() => {
    const grid = tf.reshape(images, [batch, rows, patch, cols, patch, channels]); // [B, rows, p, cols, p, C]
    const patches = tf.transpose(grid, [0, 1, 3, 2, 4, 5]); // [B, rows, cols, p, p, C]
    return tf.reshape(patches, [batch, rows * cols, patch * patch * channels]) as tf.Tensor3D; // [B, N, p·p·C]
  });
}
