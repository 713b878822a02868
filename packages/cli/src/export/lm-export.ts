import { basename } from 'node:path';
import {
  ConfigError, checkFingerprints, makeSchedule, readCheckpoint, resolveLrSchedule, resolveSource, tokenizerFromFiles, validationWindows,
} from '@stagecoach/core';
import type { LrScheduleConfig, SourceSpec, Tokenizer } from '@stagecoach/core';
import type { ExportedFile, ExportPlan, ExportSource } from './export-plan.js';
import { hfMoments } from './hf-moments.js';
import { readTokenizerFiles, scheduleCheck } from './export-common.js';

/** A mid-training mixture source as trainer_state.json records it. */
interface RecordedMixtureSource {
  source: string;
  weight: number;
  name: string;
  onEnd: 'wrap' | 'stop';
}

/** What a Pretrainer or MidTrainer records in trainer_state.json's `config` (the fields the export reads). */
interface RecordedLmConfig {
  data: string | string[] | RecordedMixtureSource[];
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
  /** MidTrainer only. */
  seqLenSchedule?: Array<{ untilStep: number; seqLen: number }>;
  vocabulary?: { newRowsSteps: number };
  extendContext?: { length: number; method?: string };
}

/**
 * A pre-training or mid-training run for transformers.Trainer: the corpus files copied (checked unchanged since the
 * run), packing and the validation split as Stagecoach does them, AdamW moments under Hugging Face
 * names, the schedule continued from the checkpoint's step.
 */
export async function planLmExport({ checkpoint, state, totalSteps }: ExportSource): Promise<ExportPlan> {
  const c = state.config as unknown as RecordedLmConfig;
  const mid = state.trainer === 'mid-trainer';
  const mixture = mid ? (c.data as RecordedMixtureSource[]) : undefined;
  const train = sourcesOf(mixture?.map((s) => s.source) ?? (c.data as string | string[]), 'train', c.textField);
  mixture?.forEach((s, i) => Object.assign(train[i]!.settings, { weight: s.weight, name: s.name, on_end: s.onEnd }));
  const validation = c.validationData === undefined ? undefined : sourcesOf(c.validationData, 'validation', c.textField);
  const trainSources = train.map((s) => resolveSource(s.spec));
  const fingerprints = await Promise.all(trainSources.map(async (s) => { await s.check(); return s.fingerprint!(); }));
  checkFingerprints(state.dataFingerprint, fingerprints, `${checkpoint}/trainer_state.json`);
  const tokenizer = tokenizerFromFiles(await readTokenizerFiles(checkpoint));
  const validationSources = validation?.map((s) => resolveSource(s.spec));
  const windows = await validationWindows({
    // A mixture holds out windows per source: the first source's are checked.
    sources: mid ? trainSources.slice(0, 1) : trainSources, tokenizer, seqLen: c.seqLen, seed: c.seed, validationFraction: validation === undefined ? c.validationFraction : 0,
    maxWindows: c.evalSequences, ...(validationSources === undefined ? {} : { validationSources }),
  });
  const { moments, noDecay } = hfMoments(state.model, (await readCheckpoint(checkpoint, state.trainer)).tensors);
  // Mid-training's new-rows phase (vocabulary extension) runs before the schedule, which starts after it.
  const offset = c.vocabulary?.newRowsSteps ?? 0;
  const schedule = resolveLrSchedule(c.schedule, totalSteps - offset);
  const notCarried = [
    `data order: the run stopped at step ${state.step} with its own data cursor; train.py starts a new pass over the ${mid ? 'sources, drawing rows by weight' : 'corpus'} with its own seeded shuffle (the same windows, in another order)`,
    'the run\'s random generator state (train.py seeds its own from the run\'s seed)',
    'tokensSeen and elapsed time (the Trainer counts from 0)',
    'bits per byte at evaluation (the Trainer reports eval_loss only)',
  ];
  if (c.sampleEvery > 0) notCarried.push(`samples every ${c.sampleEvery} steps (sampleEvery, samplePrompts): the Trainer does not generate`);
  const phases = c.seqLenSchedule ?? [];
  if (phases.some((phase) => phase.untilStep > state.step)) {
    notCarried.push(`seqLenSchedule: the shorter rows before step ${phases.at(-1)!.untilStep}; train.py uses seqLen ${c.seqLen} from step ${state.step} on`);
  }
  if (offset > state.step) {
    notCarried.push(`vocabulary.newRowsSteps: the new-rows phase (only the new token rows trained) until step ${offset}; train.py trains every weight on the schedule from step ${state.step}`);
  }
  if (mid) notCarried.push('the mixture-wide valLoss and bits per byte (the Trainer reports eval_<source>_loss per source)');
  if (c.metricsFile !== undefined) notCarried.push(`metricsFile ${c.metricsFile}: the Trainer's logs go to out/log_history.json instead`);
  return {
    script: 'train_lm.py',
    requirements: [],
    settings: {
      trainer: state.trainer,
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
      schedule: {
        type: schedule.type, warmup_steps: schedule.warmupSteps, decay_steps: schedule.decaySteps, min_lr_ratio: schedule.minLrRatio,
        total_steps: totalSteps, offset,
      },
      batch: { per_device: c.batchSize, accumulation: c.accumulationSteps },
      eval_every: c.evalEvery,
      save_every: c.checkpointEvery,
      keep_checkpoints: c.keepCheckpoints,
      check: {
        validation_windows: windows.length,
        ...(windows.length === 0 ? {} : { validation_window_0: windows[0] }),
        lr: scheduleCheck((step) => makeSchedule(c.schedule, c.lr, totalSteps - offset)(Math.max(0, step - offset)), state.step, totalSteps),
      },
    },
    files: [...train, ...(validation ?? [])].map((s) => s.file),
    moments,
    mapping: [
      ['model (checkpoint weights, tokenizer)', 'model/ (Hugging Face folder) → AutoModelForCausalLM, AutoTokenizer'],
      mid
        ? ['data: a mixture (weight, onEnd per source), textField', 'data/ (copies) → MixtureWindows: a seeded weighted draw of each row\'s source']
        : ['data, validationData, textField', 'data/ (copies) → PackedWindows, validation_windows (stagecoach_export.py)'],
      ...(c.extendContext === undefined ? [] : [['extendContext (done at the run\'s start)', 'in model/config.json (rope scaling / the longer position table)'] as [string, string]]),
      ['packing: BOS + doc + EOS, windows of seqLen + 1 sharing one token; no loss on BOS/PAD targets', 'Packer, WindowCollator (shift_labels)'],
      [`validationFraction (hash split${mid ? ' per source' : ''}), evalSequences, evalEvery`, `the same split; eval_dataset${mid ? ' per source' : ''}, eval_steps, eval_on_start`],
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
