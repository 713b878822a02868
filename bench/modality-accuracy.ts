/**
 * Mid-training's modality step, measured: a tiny GPT-2-style model learns to caption held-out
 * synthetic images (digits and shapes, 13 captions) or tones (12 notes and 4 chords, 16 captions).
 * Prints one JSON line per run: caption accuracy (exact match, greedy) before and after training,
 * chance (1 / number of captions), steps and seconds.
 *
 *   node --conditions=source --import tsx bench/modality-accuracy.ts [image|audio] [steps] [frozen|full] [lr]
 *
 * `frozen` first pre-trains the language model on the caption texts alone (Pretrainer), then trains
 * only the encoder and projector; `full` starts from random weights and trains everything.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cpu, useBackend } from '../packages/core/src/backends/index.js';
import { node } from '../packages/backend-node/src/index.js';
import { Transformer, resolveTransformerConfig } from '../packages/core/src/model/index.js';
import { savePretrained } from '../packages/core/src/pretrained/index.js';
import { byteTokenizer } from '../packages/core/src/tokenizers/index.js';
import { Pretrainer, arraySource } from '../packages/core/src/train/index.js';
import {
  IMAGE_CAPTIONS, ModalityTrainer, TONE_CAPTIONS, captionAccuracy, syntheticImages, syntheticTones,
  type MediaCaption, type ModalityConfig,
} from '../packages/core/src/multimodal/index.js';

const modality = (process.argv[2] ?? 'image') as 'image' | 'audio';
const steps = Number(process.argv[3] ?? 300);
const lm = (process.argv[4] ?? 'full') as 'frozen' | 'full';
const lr = Number(process.argv[5] ?? 2e-3);

async function main(): Promise<void> {
  let backend = 'node';
  try {
    await useBackend(node());
  } catch {
    backend = 'cpu';
    await useBackend(cpu());
  }
  const dir = mkdtempSync(join(tmpdir(), 'stagecoach-modality-'));
  const pairs = (count: number, seed: number): MediaCaption[] =>
    modality === 'image' ? syntheticImages(count, { seed }) : syntheticTones(count, { seed });
  const captions = modality === 'image' ? IMAGE_CAPTIONS : TONE_CAPTIONS;
  const started = performance.now();
  try {
    const config = resolveTransformerConfig({ preset: 'gpt2-tiny', dModel: 64, nHeads: 4, nKvHeads: 4, dFf: 256, contextLength: 64 });
    let base = join(dir, 'base');
    await savePretrained(new Transformer(config, { seed: 0 }), byteTokenizer(), base);
    let pretrainSeconds = 0;
    if (lm === 'frozen') {
      // The language model first learns the caption texts (one a line), as a base model would know its language.
      const t0 = performance.now();
      const texts = Array.from({ length: 2000 }, (_, i) => captions[(i * 7919) % captions.length]!);
      const pretrainer = new Pretrainer({
        model: config, tokenizer: 'byte', data: arraySource(texts, 'captions'), steps: 300, batchSize: 16, seqLen: 32, lr: 3e-3, outDir: join(dir, 'pre'),
      });
      await pretrainer.train();
      pretrainer.dispose();
      base = join(dir, 'pre');
      pretrainSeconds = (performance.now() - t0) / 1000;
    }
    const encoder: ModalityConfig['encoder'] = modality === 'image' ? { modality: 'image', imageSize: [16, 16], patchSize: 4 } : { modality: 'audio' };
    const trainer = new ModalityTrainer({
      initFrom: base, encoder, data: pairs(2000, 1), steps, batchSize: 16, lr,
      trainLanguageModel: lm === 'full', languageModelLr: lr, seed: 0,
    });
    await trainer.init();
    const held = pairs(300, 99);
    const before = await captionAccuracy(trainer.model, trainer.encoder, trainer.tokenizer, held);
    const t0 = performance.now();
    let lastLoss = Number.NaN;
    trainer.on('step', (e) => {
      lastLoss = e.loss;
      if (e.step % 50 === 0) process.stderr.write(`step ${e.step} loss ${e.loss.toFixed(3)}\n`);
    });
    await trainer.train();
    const trainSeconds = (performance.now() - t0) / 1000;
    const after = await captionAccuracy(trainer.model, trainer.encoder, trainer.tokenizer, held);
    const wrong = after.answers.map((a, i) => [a, held[i]!.caption]).filter(([a, c]) => a !== c).slice(0, 5);
    console.log(JSON.stringify({
      modality, lm, backend, steps, lr, batchSize: 16, trainExamples: 2000, heldOut: held.length,
      chance: 1 / captions.length, accuracyBefore: before.accuracy, accuracyAfter: after.accuracy, finalLoss: lastLoss,
      trainSeconds: Math.round(trainSeconds), pretrainSeconds: Math.round(pretrainSeconds),
      totalSeconds: Math.round((performance.now() - started) / 1000), sampleMistakes: wrong,
    }));
    trainer.dispose();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
