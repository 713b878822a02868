import { createHash } from 'node:crypto';
import { tf } from '../../src/tf.js';
import { KVCache, Transformer, resolveTransformerConfig } from '../../src/model/index.js';

/**
 * SHA-256 of the float32 bytes of a tiny model's logits on fixed ids: full forward, masked forward,
 * and two cached steps. The values in text-only-logits.json were written by this function on the code
 * before `prefixEmbeds` existed (commit 9e3c872), so equality means the text-only path is bit-identical.
 */
export function textOnlyFingerprint(preset: 'gpt2-tiny' | 'llama-tiny'): string {
  const model = new Transformer(resolveTransformerConfig({ preset }), { seed: 3 });
  const hash = createHash('sha256');
  const add = (t: tf.Tensor) => {
    hash.update(new Uint8Array((t.dataSync() as Float32Array).slice().buffer));
    t.dispose();
  };
  const ids = [[256, 72, 101, 108, 108, 111, 32, 119], [258, 258, 256, 65, 66, 67, 68, 69]];
  const mask = [[1, 1, 1, 1, 1, 1, 1, 1], [0, 0, 1, 1, 1, 1, 1, 1]];
  tf.tidy(() => {
    add(model.forward(tf.tensor2d(ids, undefined, 'int32')).logits);
    add(model.forward(tf.tensor2d(ids, undefined, 'int32'), { keyMask: tf.tensor2d(mask) }).logits);
    const cache = new KVCache(model.config.nLayers);
    add(model.forward(tf.tensor2d(ids, undefined, 'int32'), { keyMask: tf.tensor2d(mask), cache, inference: true }).logits);
    add(model.forward(tf.tensor2d([[33], [34]], undefined, 'int32'), { cache, lastTokenOnly: true, inference: true }).logits);
    cache.dispose();
  });
  model.dispose();
  return hash.digest('hex');
}
