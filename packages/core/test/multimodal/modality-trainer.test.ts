import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tf } from '../../src/tf.js';
import { Transformer, resolveTransformerConfig } from '../../src/model/index.js';
import { savePretrained } from '../../src/pretrained/index.js';
import { byteTokenizer } from '../../src/tokenizers/index.js';
import { ModalityTrainer, generateWithMedia, loadMultimodal, syntheticImages, syntheticTones } from '../../src/multimodal/index.js';
import type { ModalityConfig } from '../../src/multimodal/index.js';

const root = mkdtempSync(join(tmpdir(), 'stagecoach-modality-test-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const base = join(root, 'base');
const baseReady = savePretrained(new Transformer(resolveTransformerConfig({ preset: 'gpt2-tiny' }), { seed: 0 }), byteTokenizer(), base);
const images = syntheticImages(24, { seed: 1, size: 12 });
const config = (overrides: Partial<ModalityConfig> = {}): ModalityConfig => ({
  initFrom: base, encoder: { modality: 'image', imageSize: [12, 12], patchSize: 4, dEncoder: 16 }, data: images,
  steps: 4, batchSize: 4, lr: 1e-2, seed: 3, ...overrides,
});

function values(params: Map<string, tf.Variable>): Map<string, number[]> {
  return new Map([...params].map(([name, v]) => [name, Array.from(v.dataSync())]));
}

describe('ModalityTrainer', () => {
  it('trains the encoder with the language model frozen, keeps numTensors flat, and resumes exactly', async () => {
    await baseReady;
    const out = join(root, 'run');
    const full = new ModalityTrainer(config({ outDir: out, checkpointEvery: 2 }));
    await full.init();
    const lmBefore = values(full.model.params);
    const encoderBefore = values(full.encoder.params);
    const losses: number[] = [Number.NaN]; // step 1 runs through step(), which emits no event
    await full.step();
    const tensors = tf.memory().numTensors;
    full.on('step', (e) => losses.push(e.loss));
    await full.train();
    expect(tf.memory().numTensors).toBe(tensors);
    // Frozen language model (the marker rows included), trained encoder.
    expect(values(full.model.params)).toEqual(lmBefore);
    expect(values(full.encoder.params)).not.toEqual(encoderBefore);
    const finalModel = values(full.model.params);
    const finalEncoder = values(full.encoder.params);
    full.dispose();

    const resumed = new ModalityTrainer(config({ resumeFrom: join(out, 'checkpoint-2') }));
    await resumed.init();
    expect(resumed.stepCount).toBe(2);
    const resumedLosses: number[] = [];
    resumed.on('step', (e) => resumedLosses.push(e.loss));
    await resumed.train();
    expect(resumedLosses).toEqual(losses.slice(2));
    expect(values(resumed.encoder.params)).toEqual(finalEncoder);
    expect(values(resumed.model.params)).toEqual(finalModel);
    resumed.dispose();

    // The checkpoint loads back as a multimodal model and describes an image.
    const loaded = await loadMultimodal(join(out, 'checkpoint-4'));
    expect(values(loaded.encoder.params)).toEqual(finalEncoder);
    expect(loaded.tokenizer.tokenToId('</image>')).toBe(260);
    const [described] = await generateWithMedia(loaded.model, loaded.encoder, loaded.tokenizer, [images[0]!.media], { maxNewTokens: 3 });
    expect(described!.tokens.length).toBeGreaterThan(0);
    loaded.model.dispose();
    loaded.encoder.dispose();
  });

  it('trains the language model too with trainLanguageModel, on audio', async () => {
    await baseReady;
    const trainer = new ModalityTrainer(config({
      encoder: { modality: 'audio', clipSamples: 2048, nFft: 256, hopLength: 256, nMels: 16, dEncoder: 16 },
      data: syntheticTones(8, { clipSamples: 2048 }), validData: syntheticTones(4, { seed: 9, clipSamples: 2048 }),
      trainLanguageModel: true, steps: 2,
    }));
    await trainer.init();
    const lmBefore = values(trainer.model.params);
    const done = await trainer.train();
    expect(values(trainer.model.params)).not.toEqual(lmBefore);
    expect(done.lastEval?.metrics['accuracy']).toBeGreaterThanOrEqual(0);
    expect(Number.isFinite(done.lastEval?.valLoss)).toBe(true);
    trainer.dispose();
  });

  it('refuses bad configs and data, naming the field', async () => {
    await baseReady;
    expect(() => new ModalityTrainer({ ...config(), initFrom: undefined })).toThrow(/ModalityConfig.initFrom is required/);
    expect(() => new ModalityTrainer(config({ data: [] }))).toThrow(/config.data must be a non-empty list/);
    expect(() => new ModalityTrainer(config({ data: [{ media: images[0]!.media, caption: '' }] }))).toThrow(/config.data\[0\].caption must be a non-empty string/);
    const wrongSize = new ModalityTrainer(config({ data: [...images, ...syntheticImages(1, { size: 16 })] }));
    await expect(wrongSize.init()).rejects.toThrow(/config.data\[24\].media.height is 16, but the encoder takes 12×12 images/);
    const long = new ModalityTrainer(config({ data: [{ media: images[0]!.media, caption: 'x'.repeat(60) }] }));
    await expect(long.init()).rejects.toThrow(/config.data\[0\].caption takes 62 tokens; with the 10 prefix positions/);
    const mismatch = new ModalityTrainer(config({ resumeFrom: join(root, 'run', 'checkpoint-4'), steps: 6, encoder: { modality: 'image', imageSize: [12, 12], patchSize: 4, dEncoder: 32 } }));
    await expect(mismatch.init()).rejects.toThrow(/config.encoder .* differs from the checkpoint's encoder/);
    const otherData = new ModalityTrainer(config({ resumeFrom: join(root, 'run', 'checkpoint-4'), steps: 6, data: syntheticImages(24, { seed: 2, size: 12 }) }));
    await expect(otherData.init()).rejects.toThrow(/config.dataHash \([0-9a-f]{8}\) differs from the checkpoint's/);
  });
});
