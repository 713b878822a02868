import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, IMAGE_CAPTIONS, ModalityTrainer, TONE_CAPTIONS, syntheticImages, syntheticTones } from '@stagecoach/core';
import type { MediaCaption, ModalityConfig } from '@stagecoach/core';
import { DEFAULT_BACKEND, backendNames } from '../resolve-backend.js';
import { resumingNote, trainingCommand } from './run-training.js';

const usage = `Usage: stagecoach mid-modality --base <model> --modality image|audio --steps <n> [options]

Mid-training's modality step: teaches a text-only model to read images or audio. Adds <image> … </image>
and <audio> … </audio> marker tokens, trains an encoder and projector (and with --train-lm the model) on
seeded synthetic pairs generated in code: 16×16 images of digits and shapes with captions ("the digit 7",
"a circle"), or 0.5 s tones and chords at 8 kHz ("the note A4", "a C major chord"). Loss on the caption
tokens only; held-out caption accuracy (exact match) at each evaluation. Train on your own pairs with the
ModalityTrainer API. A checkpoint holds the model (Hugging Face layout) and multimodal/ (config.json,
encoder.safetensors); loadMultimodal(folder) reads it back.

  --base <dir|url>          the text-only model: a Hugging Face folder or one of our checkpoints
  --modality <image|audio>  what to learn to read
  --steps <n>               optimizer steps
  --train-examples <n>      synthetic training pairs (default 2000)
  --valid-examples <n>      held-out pairs for the caption accuracy (default 200)
  --batch-size <n>          pairs per step (default 16)
  --lr <x>                  learning rate of the encoder and projector (default 1e-3)
  --train-lm                also train every weight of the model (default: frozen)
  --lm-lr <x>               learning rate of the model with --train-lm (default lr / 10)
  --eval-every <n>          held-out loss and accuracy every n steps (default: at the end)
  --checkpoint-every <n>    checkpoint every n steps (always at the end and on Ctrl-C)
  --out <dir>               output folder for checkpoint-<step> folders
  --metrics <file>          append every event as a JSON line
  --seed <n>                seed of the data, the encoder and the batches (default 0)
  --resume <checkpoint>     continue exactly from a checkpoint folder (or the latest in an --out folder)
  --overwrite               start afresh in an --out folder that holds an earlier run's checkpoints
  --backend <name>          ${backendNames.join(' | ')} (default node)

Example:
  stagecoach mid-modality --base runs/base --modality image --steps 1000 --train-lm --out runs/mid-image`;

/** Parses `stagecoach mid-modality` arguments into a ModalityConfig (with synthetic data); ConfigError on a bad value. */
export function parseMidModalityArgs(argv: string[], cwd = process.cwd()): { config: ModalityConfig; backend: string } {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      options: {
        base: { type: 'string' }, modality: { type: 'string' }, steps: { type: 'string' }, 'train-examples': { type: 'string' },
        'valid-examples': { type: 'string' }, 'batch-size': { type: 'string' }, lr: { type: 'string' }, 'train-lm': { type: 'boolean' },
        'lm-lr': { type: 'string' }, 'eval-every': { type: 'string' }, 'checkpoint-every': { type: 'string' }, out: { type: 'string' },
        metrics: { type: 'string' }, seed: { type: 'string' }, resume: { type: 'string' }, overwrite: { type: 'boolean' }, backend: { type: 'string' },
      },
    }));
  } catch (error) {
    throw new ConfigError(`${(error as Error).message}. Run \`stagecoach mid-modality --help\` for the options.`);
  }
  const num = (flag: string, value: string | undefined): number | undefined => {
    if (value === undefined) return undefined;
    const n = Number(value);
    if (value.trim() === '' || !Number.isFinite(n)) throw new ConfigError(`--${flag} must be a number, got "${value}".`);
    return n;
  };
  const path = (value: string | undefined) => (value === undefined || /^https?:\/\//i.test(value) ? value : resolve(cwd, value));
  if (values.steps === undefined) throw new ConfigError('no step count: pass --steps <n>.');
  if (values.base === undefined && values.resume === undefined) throw new ConfigError('no base model: pass --base <dir|url>.');
  const modality = values.modality;
  if (modality !== 'image' && modality !== 'audio') throw new ConfigError(`--modality must be image or audio, got ${JSON.stringify(modality)}.`);
  const seed = num('seed', values.seed) ?? 0;
  const pairs = (count: number | undefined, flag: string, stream: number): MediaCaption[] => {
    if (count === undefined || !Number.isInteger(count) || count < 1) throw new ConfigError(`--${flag} must be a positive integer, got ${count}.`);
    return modality === 'image' ? syntheticImages(count, { seed: seed * 2 + stream }) : syntheticTones(count, { seed: seed * 2 + stream });
  };
  const optional: Record<string, unknown> = {
    batchSize: num('batch-size', values['batch-size']), lr: num('lr', values.lr), languageModelLr: num('lm-lr', values['lm-lr']),
    evalEvery: num('eval-every', values['eval-every']), checkpointEvery: num('checkpoint-every', values['checkpoint-every']),
    outDir: path(values.out), metricsFile: path(values.metrics), resumeFrom: path(values.resume), overwrite: values.overwrite,
    initFrom: path(values.base),
  };
  const config: ModalityConfig = {
    encoder: modality === 'image' ? { modality: 'image', imageSize: [16, 16] } : { modality: 'audio' },
    data: pairs(num('train-examples', values['train-examples']) ?? 2000, 'train-examples', 0),
    validData: pairs(num('valid-examples', values['valid-examples']) ?? 200, 'valid-examples', 1),
    steps: num('steps', values.steps)!,
    seed,
    trainLanguageModel: values['train-lm'] === true,
  };
  for (const [key, value] of Object.entries(optional)) if (value !== undefined) Object.assign(config, { [key]: value });
  return { config, backend: values.backend ?? DEFAULT_BACKEND };
}

export const midModalityCommand = trainingCommand({
  name: 'mid-modality',
  summary: 'mid-training: teach a text-only model to read images or audio (encoder + projector), with checkpoints and --resume',
  usage,
  parse: parseMidModalityArgs,
  trainer: (config) => new ModalityTrainer(config),
  details: (trainer, backend) => {
    const captions = trainer.encoder.config.modality === 'image' ? IMAGE_CAPTIONS : TONE_CAPTIONS;
    return [
      `backend ${backend} | ${trainer.encoder.config.modality} encoder, ${trainer.encoder.tokens} tokens per input | language model ${trainer.config.trainLanguageModel ? 'trained' : 'frozen'}`
      + ` | chance ${(100 / captions.length).toFixed(1)}%${resumingNote(trainer)}`,
    ];
  },
  evalLine: (e) => `eval @ ${e.step}: caption loss ${e.valLoss.toFixed(4)}, caption accuracy ${(100 * (e.metrics['accuracy'] ?? Number.NaN)).toFixed(1)}%`,
});
