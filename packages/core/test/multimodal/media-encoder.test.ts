import { describe, expect, it } from 'vitest';
import { tf } from '../../src/tf.js';
import { Transformer, resolveTransformerConfig } from '../../src/model/index.js';
import { byteTokenizer, saveTokenizerFiles, tokenizerFromFiles, trainBpe } from '../../src/tokenizers/index.js';
import {
  MediaEncoder, addMediaMarkers, addSpecialTokens, generateWithMedia, markerIds, mediaPrefix, patchify, resolveMediaEncoderConfig,
  syntheticImages, syntheticTones,
} from '../../src/multimodal/index.js';

describe('patchify', () => {
  it('cuts grayscale images into row-major patches', () => {
    const images = tf.tensor4d(Array.from({ length: 16 }, (_, i) => i), [1, 4, 4, 1]);
    const patches = patchify(images, 2);
    expect(patches.shape).toEqual([1, 4, 4]);
    expect(patches.arraySync()).toEqual([[[0, 1, 4, 5], [2, 3, 6, 7], [8, 9, 12, 13], [10, 11, 14, 15]]]);
    tf.dispose([images, patches]);
  });

  it('flattens each patch as [row, column, channel] for RGB batches', () => {
    // value = b·100 + row·12 + col·3 + channel on a [2, 2, 4, 3] batch
    const values = Array.from({ length: 2 * 2 * 4 * 3 }, (_, i) => Math.floor(i / 24) * 100 + (i % 24));
    const images = tf.tensor4d(values, [2, 2, 4, 3]);
    const patches = patchify(images, 2).arraySync();
    const expected = (b: number, col0: number) => [0, 1].flatMap((r) => [0, 1].flatMap((c) => [0, 1, 2].map((ch) => b * 100 + r * 12 + (col0 + c) * 3 + ch)));
    expect(patches).toEqual([[expected(0, 0), expected(0, 2)], [expected(1, 0), expected(1, 2)]]);
    images.dispose();
  });

  it('refuses a patch size that does not divide the image', () => {
    const images = tf.zeros([1, 6, 6, 1]) as tf.Tensor4D;
    expect(() => patchify(images, 4)).toThrow(/patch size 4 must be a positive integer dividing the image size 6×6/);
    images.dispose();
  });
});

describe('MediaEncoder', () => {
  it('computes linear embedding + position, a Mixer block (token mix, then MLP) and the projector', () => {
    const encoder = new MediaEncoder({ modality: 'image', imageSize: [4, 4], patchSize: 2, dEncoder: 8, dModel: 6, projector: 'linear', depth: 1 });
    const [image] = syntheticImages(1, { size: 4 });
    const [ours, manual] = tf.tidy(() => {
      const p = (name: string) => encoder.params.get(name)!;
      const features = encoder.features([image!.media]); // [1, 4, 4]
      const layerNorm = (x: tf.Tensor, name: string) => {
        const mean = tf.mean(x, -1, true);
        const std = tf.sqrt(tf.add(tf.mean(tf.square(tf.sub(x, mean)), -1, true), 1e-5));
        return tf.add(tf.mul(tf.div(tf.sub(x, mean), std), p(`${name}.weight`)), p(`${name}.bias`));
      };
      const x0 = tf.add(tf.add(tf.matMul(tf.reshape(features, [4, 4]), p('encoder.embed.weight')), p('encoder.embed.bias')), p('encoder.position')); // [N, dEnc]
      // Token mixing: token i gets Σ_j mix.weight[j, i] · norm(x)[j] + mix.bias[i].
      const mixed = tf.add(tf.matMul(p('encoder.blocks.0.mix.weight'), layerNorm(x0, 'encoder.blocks.0.mixNorm'), true, false), tf.reshape(p('encoder.blocks.0.mix.bias'), [4, 1]));
      const x = tf.add(x0, mixed);
      const u = tf.add(tf.matMul(layerNorm(x, 'encoder.blocks.0.norm'), p('encoder.blocks.0.mlp.up.weight')), p('encoder.blocks.0.mlp.up.bias'));
      const g = tf.mul(tf.mul(0.5, u), tf.add(1, tf.tanh(tf.mul(Math.sqrt(2 / Math.PI), tf.add(u, tf.mul(0.044715, tf.pow(u, 3)))))));
      const h = tf.add(x, tf.add(tf.matMul(g, p('encoder.blocks.0.mlp.down.weight')), p('encoder.blocks.0.mlp.down.bias')));
      const out = tf.add(tf.matMul(h, p('projector.fc1.weight')), p('projector.fc1.bias'));
      return [encoder.encode(features).dataSync(), out.dataSync()];
    });
    expect(ours.length).toBe(4 * 6);
    for (let i = 0; i < ours.length; i++) expect(ours[i]).toBeCloseTo(manual[i]!, 5);
    encoder.dispose();
  });

  it('names the field of an image or clip that does not fit the encoder', () => {
    const image = new MediaEncoder({ modality: 'image', imageSize: [16, 16], dModel: 8 });
    const audio = new MediaEncoder({ modality: 'audio', dModel: 8 });
    const [pair] = syntheticImages(1);
    const [tone] = syntheticTones(1);
    expect(() => image.features([pair!.media, { ...pair!.media, height: 20 }])).toThrow(/media\[1\]\.height is 20, but the encoder takes 16×16 images with 1 channel/);
    expect(() => image.features([{ ...pair!.media, channels: 3 }], 'data')).toThrow(/data\[0\]\.channels is 3/);
    expect(() => image.features([{ ...pair!.media, pixels: new Float32Array(10) }])).toThrow(/media\[0\]\.pixels holds 10 values; a 16×16×1 image needs 256/);
    expect(() => image.features([tone!.media])).toThrow(/media\[0\] must be an image/);
    expect(() => audio.features([{ sampleRate: 16000, samples: tone!.media.samples }])).toThrow(/media\[0\]\.sampleRate is 16000 Hz, but the encoder takes 8000 Hz audio/);
    expect(() => audio.features([{ sampleRate: 8000, samples: new Float32Array(5000) }])).toThrow(/media\[0\]\.samples holds 5000 samples, more than the encoder's clip of 4096/);
    expect(() => audio.features([pair!.media])).toThrow(/must be an audio clip/);
    // A shorter clip is zero-padded to the clip length.
    const short = audio.features([{ sampleRate: 8000, samples: tone!.media.samples.slice(0, 1000) }]);
    expect(short.shape).toEqual([1, 15, 64]);
    tf.dispose([short]);
    image.dispose();
    audio.dispose();
  });

  it('refuses bad encoder settings, naming the field', () => {
    expect(() => resolveMediaEncoderConfig({ modality: 'image', imageSize: [16, 16], patchSize: 5 }, 8)).toThrow(/config.encoder.patchSize \(5\) must divide/);
    expect(() => resolveMediaEncoderConfig({ modality: 'image', imageSize: [16, 16], channels: 2 }, 8)).toThrow(/config.encoder.channels must be 1 \(grayscale\) or 3/);
    expect(() => resolveMediaEncoderConfig({ modality: 'audio', nFft: 500 }, 8)).toThrow(/nFft must be a power of two/);
    expect(() => resolveMediaEncoderConfig({ modality: 'video' } as never, 8)).toThrow(/config.encoder.modality must be "image" or "audio"/);
  });
});

describe('media markers', () => {
  it('adds special tokens after the old ids and keeps every old id and embedding row', () => {
    const tokenizer = byteTokenizer();
    const model = new Transformer(resolveTransformerConfig({ preset: 'gpt2-tiny' }), { seed: 1 });
    const marked = addMediaMarkers(model, tokenizer);
    expect(marked.tokenizer.vocabSize).toBe(263);
    expect(markerIds(marked.tokenizer, 'image')).toEqual({ open: 259, close: 260 });
    expect(markerIds(marked.tokenizer, 'audio')).toEqual({ open: 261, close: 262 });
    expect(marked.tokenizer.encode('hi <image>x</audio>')).toEqual([104, 105, 32, 259, 120, 262]);
    expect(marked.tokenizer.decode([104, 259, 105], { skipSpecialTokens: true })).toBe('hi');
    expect(marked.tokenizer.specialTokens).toEqual(tokenizer.specialTokens);
    const reloaded = tokenizerFromFiles(saveTokenizerFiles(marked.tokenizer));
    expect(reloaded.encode('<audio>a')).toEqual([261, 97]);
    expect(marked.model.config.vocabSize).toBe(263);
    const oldRows = model.params.get('embed.weight')!.dataSync();
    const newRows = marked.model.params.get('embed.weight')!.dataSync();
    expect(Array.from(newRows.slice(0, oldRows.length))).toEqual(Array.from(oldRows));
    expect(addSpecialTokens(marked.tokenizer, ['<image>'])).toBe(marked.tokenizer);
    marked.model.dispose();
    model.dispose();
  });

  it('adds markers to a BPE tokenizer without changing how text encodes', async () => {
    const bpe = await trainBpe(['the digit seven, the digit one, a circle and a square'.repeat(4)], { vocabSize: 300 });
    const marked = addSpecialTokens(bpe, ['<image>', '</image>']);
    expect(marked.vocabSize).toBe(bpe.vocabSize + 2);
    const text = 'the digit one';
    expect(marked.encode(text)).toEqual(bpe.encode(text));
    expect(marked.encode(`<image></image>${text}`)).toEqual([bpe.vocabSize, bpe.vocabSize + 1, ...bpe.encode(text)]);
    expect(marked.decode(marked.encode(`</image>${text}`), { skipSpecialTokens: true })).toBe(text);
  });

  it('says how to fix a tokenizer without the markers', async () => {
    const model = new Transformer(resolveTransformerConfig({ preset: 'gpt2-tiny' }), { seed: 1 });
    const encoder = new MediaEncoder({ modality: 'image', imageSize: [16, 16], dModel: 32 });
    expect(() => markerIds(byteTokenizer(), 'image')).toThrow(/the tokenizer has no "<image>" token.*addMediaMarkers/);
    await expect(generateWithMedia(model, encoder, byteTokenizer(), syntheticImages(1).map((p) => p.media))).rejects.toThrow(/no "<image>" token/);
    const narrow = new MediaEncoder({ modality: 'image', imageSize: [16, 16], dModel: 16 });
    const marked = addMediaMarkers(model, byteTokenizer());
    const features = narrow.features(syntheticImages(1).map((p) => p.media));
    expect(() => mediaPrefix(marked.model, narrow, marked.tokenizer, features)).toThrow(/projects to width 16 \(encoder.dModel\) but the model's is 32/);
    tf.dispose([features]);
    for (const d of [model, encoder, narrow, marked.model]) d.dispose();
  });
});
