import { basename } from 'node:path';
import {
  ConfigError, checkFingerprints, makeSchedule, readCheckpoint, resolveLrSchedule, resolveSource, tokenizerFromFiles, validationWindows,
} from '@stagecoach/core';
import type { LrScheduleConfig, SourceSpec, Tokenizer } from '@stagecoach/core';
import type { ExportedFile, ExportPlan, ExportSource } from './export-plan.js';
import { hfMoments } from './hf-moments.js';
import { readTokenizerFiles, scheduleCheck } from './export-common.js';

/** What a Pretrainer records in trainer_state.json's `config` (the fields the export reads). */
interface RecordedPretrainerConfig {
  data: string | string[];
  validationData?: string | string[];
  textField: string;
  validationFraction: number;
  shuffleBuffer: number;
  seqLen: number;
  batchSize: number;
  accumulationSteps: number;
  lr: number;
  schedule: LrScheduleConfig;
  weightDecay: number;
  beta1: number;
  beta2: number;
  eps: number;
  maxGradNorm: number;
  evalEvery: number;
  evalSequences: number;
  sampleEvery: number;
  checkpointEvery: number;
  keepCheckpoints: number;
  metricsFile?: string;
  seed: number;
}

/**
 * A pre-training run for transformers.Trainer: the corpus files copied (checked unchanged since the
 * run), packing and the validation split as Stagecoach does them, AdamW moments under Hugging Face
 * names, the schedule continued from the checkpoint's step.
 */
export async function planPretrainExport({ checkpoint, state, totalSteps }: ExportSource): Promise<ExportPlan> {
  const c = state.config as unknown as RecordedPretrainerConfig;
  const train = sourcesOf(c.data, 'train', c.textField);
  const validation = c.validationData === undefined ? undefined : sourcesOf(c.validationData, 'validation', c.textField);
  const trainSources = train.map((s) => resolveSource(s.spec));
  const fingerprints = await Promise.all(trainSources.map(async (s) => { await s.check(); return s.fingerprint!(); }));
  checkFingerprints(state.dataFingerprint, fingerprints, `${checkpoint}/trainer_state.json`);
  const tokenizer = tokenizerFromFiles(await readTokenizerFiles(checkpoint));
  const validationSources = validation?.map((s) => resolveSource(s.spec));
  const windows = await validationWindows({
    sources: trainSources, tokenizer, seqLen: c.seqLen, seed: c.seed, validationFraction: validation === undefined ? c.validationFraction : 0,
    maxWindows: c.evalSequences, ...(validationSources === undefined ? {} : { validationSources }),
  });
  const { moments, noDecay } = hfMoments(state.model, (await readCheckpoint(checkpoint, state.trainer)).tensors);
  const schedule = resolveLrSchedule(c.schedule, totalSteps);
  const notCarried = [
    `data order: the run stopped ${describeCursor(state)}; train.py starts a new pass over the corpus with its own seeded shuffle (the same windows, in another order)`,
    'the run\'s random generator state (train.py seeds its own from the run\'s seed)',
    'tokensSeen and elapsed time (the Trainer counts from 0)',
    'bits per byte at evaluation (the Trainer reports eval_loss only)',
  ];
  if (c.sampleEvery > 0) notCarried.push(`samples every ${c.sampleEvery} steps (sampleEvery, samplePrompts): the Trainer does not generate`);
  if (c.metricsFile !== undefined) notCarried.push(`metricsFile ${c.metricsFile}: the Trainer's logs go to out/log_history.json instead`);
  return {
    script: 'train_pretrain.py',
    requirements: [],
    settings: {
      trainer: 'pretrainer',
      model_dir: 'model',
      optimizer_state: 'optimizer_state.safetensors',
      start_step: state.step,
      seed: c.seed,
      special_tokens: specialTokens(tokenizer),
      data: {
        train: train.map((s) => s.settings),
        validation: validation?.map((s) => s.settings) ?? null,
        validation_fraction: c.validationFraction,
        eval_windows: c.evalSequences,
        seq_len: c.seqLen,
        shuffle_buffer: c.shuffleBuffer,
      },
      optimizer: {
        lr: c.lr, betas: [c.beta1, c.beta2], eps: c.eps, weight_decay: c.weightDecay, no_decay: noDecay, max_grad_norm: c.maxGradNorm,
        step: state.optimizerStep,
      },
      schedule: { type: schedule.type, warmup_steps: schedule.warmupSteps, decay_steps: schedule.decaySteps, min_lr_ratio: schedule.minLrRatio, total_steps: totalSteps },
      batch: { per_device: c.batchSize, accumulation: c.accumulationSteps },
      eval_every: c.evalEvery,
      save_every: c.checkpointEvery,
      keep_checkpoints: c.keepCheckpoints,
      check: {
        validation_windows: windows.length,
        ...(windows.length === 0 ? {} : { validation_window_0: windows[0] }),
        lr: scheduleCheck(makeSchedule(c.schedule, c.lr, totalSteps), state.step, totalSteps),
      },
    },
    files: [...train, ...(validation ?? [])].map((s) => s.file),
    moments,
    mapping: [
      ['model (checkpoint weights, tokenizer)', 'model/ (Hugging Face folder) → AutoModelForCausalLM, AutoTokenizer'],
      ['data, validationData, textField', 'data/ (copies) → PackedWindows, validation_windows (stagecoach_export.py)'],
      ['packing: BOS + doc + EOS, windows of seqLen + 1 sharing one token; no loss on BOS/PAD targets', 'Packer, WindowCollator (shift_labels)'],
      ['validationFraction (hash split), evalSequences, evalEvery', 'the same split; eval_dataset, eval_steps, eval_on_start'],
      ['batchSize, tokensPerStep', 'per_device_train_batch_size, gradient_accumulation_steps (÷ processes)'],
      ['lr, schedule (from the checkpoint\'s step)', 'LambdaLR over lr_at(step) (stagecoach_export.py)'],
      ['beta1, beta2, eps, weightDecay (not on norms, biases, embeddings)', 'torch.optim.AdamW, two parameter groups'],
      ['AdamW moments and step t (optimizer.safetensors)', 'optimizer_state.safetensors loaded into AdamW\'s state (not under FSDP/DeepSpeed)'],
      ['maxGradNorm', 'max_grad_norm'],
      ['checkpointEvery, keepCheckpoints', 'save_steps, save_total_limit'],
      ['steps', `max_steps = ${totalSteps} − ${state.step}`],
    ],
    notCarried,
  };
}

interface ExportedSource {
  spec: SourceSpec;
  settings: { path: string; format: 'text' | 'jsonl'; field: string };
  file: ExportedFile;
}

/** The run's sources (recorded as paths) with their copies under data/<split>-<i>-<name>. */
function sourcesOf(recorded: string | string[], split: string, field: string): ExportedSource[] {
  return (Array.isArray(recorded) ? recorded : [recorded]).map((path, i) => {
    if (/^https?:\/\//i.test(path)) {
      throw new ConfigError(`the run's ${split} source ${path} is a URL: download it to a file and export from a run on that file, or copy it into the export's data/ yourself.`);
    }
    const format = /\.(jsonl|ndjson)$/i.test(path) ? 'jsonl' : 'text'; // as resolveSource decides
    const copy = `data/${split}-${i}-${basename(path)}`;
    return { spec: format === 'jsonl' ? { path, format, field } : path, settings: { path: copy, format, field }, file: { path: copy, from: path } };
  });
}

function specialTokens(tokenizer: Tokenizer): Record<string, number | null> {
  const { bos, eos, pad } = tokenizer.specialTokens;
  return { bos: bos ?? null, eos: eos ?? null, pad: pad ?? null };
}

function describeCursor(state: ExportSource['state']): string {
  const cursor = (state as unknown as { dataCursor?: { epoch: number; window: number } }).dataCursor;
  return cursor === undefined ? `at step ${state.step}` : `at step ${state.step}, epoch ${cursor.epoch}, window ${cursor.window} of the corpus`;
}
