import { tf } from '../tf.js';
import { ConfigError } from '../errors.js';
import { extendContext, resizeVocabulary, type ContextExtensionMethod } from '../model/index.js';
import type { Pretrained } from '../pretrained/index.js';
import { extendBpe } from '../tokenizers/index.js';
import { checkMixtureCursor, MixtureStream, type MixtureCursor } from './data/mixture-stream.js';
import { validationWindows, type PackedStreamOptions } from './data/packed-stream.js';
import { resolveSource } from './data/sources.js';
import type { EvalEvent, SampleEvent } from './events.js';
import { evaluateLanguageModel } from './lm-eval.js';
import { corpusTexts, fingerprintOf, nextTokenStep, sampleContinuations, samplePromptIds, sourceSpecName, toSources } from './lm-run.js';
import { resolveMidTrainerConfig, type MidTrainerConfig, type ResolvedMidTrainerConfig } from './mid-trainer-config.js';
import { makeSchedule, type LrSchedule } from './schedules.js';
import type { StepResult } from './train-loop.js';
import { Trainer, type ActiveRun, type BuiltRun, type RunStart } from './trainer.js';
import type { TrainerState } from './trainer-state.js';

/** What a mid-training checkpoint's trainer_state.json holds. */
export interface MidTrainerState extends TrainerState, MidTrainerExtras {
  trainer: 'mid-trainer';
}

/** The mid-training fields of trainer_state.json. */
interface MidTrainerExtras {
  /** Where the mixture continues: the source sampler and every source's data cursor. */
  mixtureCursor: MixtureCursor;
  /** With `vocabulary`: the first new token id (the rows below it are the old vocabulary's). */
  newRowsFrom?: number;
}

/** The old vocabulary's rows, put back after each step of the new-rows phase. */
interface FrozenRows {
  from: number;
  embed: tf.Tensor2D; // [from, d]
  lmHead?: tf.Tensor2D; // [d, from] (untied head)
}

/** The MidTrainer's own parts of a run. */
interface MidParts {
  mixture: MixtureStream;
  /** Validation windows per source (config order). */
  validation: number[][][];
  schedule: LrSchedule;
  frozenRows?: FrozenRows;
}

/**
 * Mid-training: continued pre-training of a checkpoint (`initFrom`) on a weighted mixture of sources
 * (e.g. 70% new material, 30% replay of the pre-training corpus), with optional context extension
 * (RoPE scaling for Llama, position-table interpolation for GPT-2) and vocabulary extension (a new
 * language). Each eval reports the loss of every source (`metrics['valLoss/<name>']`); each step the
 * passes over every source (`metrics['epochs/<name>']`). Resume is exact, mid-mixture included.
 *
 * ```ts
 * const mid = new MidTrainer({
 *   initFrom: 'runs/base', steps: 300, seqLen: 256, outDir: 'runs/mid',
 *   data: [{ source: 'mid.txt', weight: 0.7 }, { source: 'base.txt', weight: 0.3, name: 'replay' }],
 *   extendContext: { length: 256, method: 'linear' },
 * });
 * mid.on('eval', (e) => console.log(e.step, e.metrics));
 * await mid.train();
 * ```
 */
export class MidTrainer extends Trainer<ResolvedMidTrainerConfig, MidParts, MidTrainerExtras> {
  protected readonly kind = 'mid-trainer';
  /** Set by `adaptInitModel` when it extends the vocabulary: the first new id. */
  private newRowsFrom: number | undefined;

  constructor(config: MidTrainerConfig) {
    super(resolveMidTrainerConfig(config));
  }

  /**
   * Validation loss of each source on its held-out windows (`metrics['valLoss/<name>']`,
   * `metrics['bitsPerByte/<name>']`); `valLoss` is over every source's tokens together, `bitsPerByte`
   * the mixture-weighted mean.
   */
  override async evaluate(step = this.stepCount): Promise<EvalEvent> {
    await this.init();
    const { model, tokenizer, parts } = this.run;
    const sources = this.config.data;
    if (parts.validation.every((w) => w.length === 0)) {
      throw new ConfigError('no validation windows to evaluate on: they are held out only when config.evalEvery > 0 and validationFraction > 0.');
    }
    const metrics: Record<string, number> = {};
    let nll = 0;
    let tokens = 0;
    let bits = 0;
    let weights = 0;
    for (const [i, windows] of parts.validation.entries()) {
      if (windows.length === 0) continue;
      const m = await evaluateLanguageModel(model, tokenizer, windows, this.config.batchSize);
      const { name, weight } = sources[i]!;
      metrics[`valLoss/${name}`] = m.loss;
      metrics[`bitsPerByte/${name}`] = m.bitsPerByte;
      nll += m.loss * m.tokens;
      tokens += m.tokens;
      bits += weight * m.bitsPerByte;
      weights += weight;
    }
    const valLoss = nll / Math.max(1, tokens);
    return { step, valLoss, perplexity: Math.exp(valLoss), bitsPerByte: weights > 0 ? bits / weights : 0, tokens, metrics };
  }

  /** Continuations of `config.samplePrompts`. */
  override async sample(step = this.stepCount): Promise<SampleEvent> {
    await this.init();
    return sampleContinuations(this.run.model, this.run.tokenizer, this.config, step);
  }

  /** The learning rate of step `step` (0-based): `newRowsLr` in the new-rows phase, then the schedule. */
  learningRate(step: number): number {
    const phase = this.config.vocabulary?.newRowsSteps ?? 0;
    return step < phase ? this.config.vocabulary!.newRowsLr : this.run.parts.schedule(step - phase);
  }

  /** Rows of the step's sequence length (see `seqLenSchedule`) for step `step`. */
  rowLength(step: number): number {
    return this.config.seqLenSchedule.find((phase) => step < phase.untilStep)?.seqLen ?? this.config.seqLen;
  }

  /** One optimizer step on `batchSize × accumulationSteps` mixture windows (cut into shorter rows early in a `seqLenSchedule`). */
  protected async trainStep({ model, tokenizer, optimizer, params, parts, step }: ActiveRun<MidParts>): Promise<StepResult> {
    const { batchSize, accumulationSteps, maxGradNorm } = this.config;
    const rowLength = this.rowLength(step);
    const microBatches: number[][][] = [];
    for (let k = 0; k < accumulationSteps; k += 1) {
      const rows: number[][] = [];
      for (let b = 0; b < batchSize; b += 1) rows.push(...cutWindow((await parts.mixture.next()).window, rowLength));
      microBatches.push(rows);
    }
    const frozen = step < (this.config.vocabulary?.newRowsSteps ?? 0) ? parts.frozenRows : undefined;
    const lr = this.learningRate(step);
    const trained = frozen === undefined ? params : new Map([...params].filter(([name]) => name === 'embed.weight' || name === 'lmHead.weight'));
    const result = await nextTokenStep({ model, tokenizer, optimizer, params: trained, microBatches, lr, maxGradNorm, step });
    if (frozen !== undefined) restoreOldRows(params, frozen);
    const metrics: Record<string, number> = {};
    const epochs = parts.mixture.epochs;
    this.config.data.forEach((source, i) => {
      metrics[`epochs/${source.name}`] = epochs[i]!;
      metrics[`rows/${source.name}`] = parts.mixture.rowsDrawn[i]!;
    });
    return { ...result, lr, metrics };
  }

  protected stateExtras({ parts }: ActiveRun<MidParts>): MidTrainerExtras {
    return { mixtureCursor: parts.mixture.cursor, ...(parts.frozenRows === undefined ? {} : { newRowsFrom: parts.frozenRows.from }) };
  }

  protected override evalEvery({ parts }: ActiveRun<MidParts>): number {
    return parts.validation.some((w) => w.length > 0) ? this.config.evalEvery : 0;
  }

  protected override release(parts: MidParts): void {
    void parts.mixture.close();
    tf.dispose([parts.frozenRows?.embed, parts.frozenRows?.lmHead].filter((t): t is tf.Tensor2D => t !== undefined));
  }

  protected override recordedConfig(): Record<string, unknown> {
    const c = this.config;
    return {
      ...super.recordedConfig(),
      data: recordedSources(c),
      ...(c.vocabulary === undefined ? {} : { vocabulary: { ...c.vocabulary, data: toSources(c.vocabulary.data, c.textField).map((s) => s.name) } }),
    };
  }

  /** The vocabulary extension (new tokens learned on `vocabulary.data`, rows = mean of the old), then the context extension. */
  protected override async adaptInitModel(loaded: Pretrained): Promise<Pretrained> {
    const c = this.config;
    let { model, tokenizer } = loaded;
    if (c.vocabulary !== undefined) {
      const sources = toSources(c.vocabulary.data, c.textField);
      for (const source of sources) await source.check();
      const from = Math.max(tokenizer.vocabSize, model.config.vocabSize);
      const extended = await extendBpe(tokenizer, corpusTexts(sources, c.vocabulary.trainingChars ?? 10_000_000), { addTokens: c.vocabulary.addTokens, firstId: from });
      tokenizer = extended.tokenizer;
      model = replace(model, resizeVocabulary(model, tokenizer.vocabSize, { init: 'mean' }));
      this.newRowsFrom = from;
    }
    const extension = c.extendContext;
    if (extension !== undefined) {
      if (extension.length <= model.config.contextLength) {
        model.dispose();
        throw new ConfigError(
          `config.extendContext.length (${extension.length}) must be larger than the context of the initFrom model (${model.config.contextLength}); leave extendContext out to keep it.`,
        );
      }
      const method: ContextExtensionMethod = extension.method ?? (model.config.family === 'gpt2' ? 'interpolate' : 'yarn');
      try {
        model = replace(model, extendContext(model, extension.length, method));
      } catch (error) {
        model.dispose();
        throw error instanceof ConfigError ? new ConfigError(`config.extendContext.method: ${error.message}`, { cause: error }) : error;
      }
    }
    return { model, tokenizer, config: model.config };
  }

  /** The mixture (positioned at the checkpoint's cursor on resume), the validation windows and the old rows to hold fixed. */
  protected async build({ loaded, saved, checkpoint }: RunStart<MidTrainerExtras>): Promise<BuiltRun<MidParts>> {
    const c = this.config;
    if (loaded === undefined) throw new ConfigError('config.initFrom is required: the checkpoint folder to continue.');
    const { model, tokenizer } = loaded;
    if (c.seqLen > model.config.contextLength) {
      throw new ConfigError(
        `config.seqLen (${c.seqLen}) is longer than the model's context (${model.config.contextLength}); lower seqLen or set extendContext: { length: ${c.seqLen} }.`,
      );
    }
    if (c.sampleEvery > 0) samplePromptIds(c.samplePrompts, tokenizer, model.config.contextLength);
    const sources = c.data.map((s) => resolveSource(s.source, c.textField));
    for (const source of sources) await source.check();
    const fingerprints = await Promise.all(sources.map(fingerprintOf));
    if (saved !== undefined) checkMixtureCursor(saved.mixtureCursor, sources.length, `${checkpoint}/trainer_state.json`);
    const streams: PackedStreamOptions[] = sources.map((source) => ({
      sources: [source], tokenizer, seqLen: c.seqLen, seed: c.seed, validationFraction: c.validationFraction, shuffleBuffer: c.shuffleBuffer,
    }));
    const validation = c.evalEvery > 0 && c.validationFraction > 0
      ? await Promise.all(streams.map((options) => validationWindows({ ...options, maxWindows: c.evalSequences })))
      : streams.map(() => []);
    const from = saved === undefined ? this.newRowsFrom : saved.newRowsFrom;
    const newRowsSteps = c.vocabulary?.newRowsSteps ?? 0;
    const mixture = new MixtureStream(
      c.data.map((s, i) => ({ name: s.name, weight: s.weight, onEnd: s.onEnd, stream: streams[i]! })), c.seed, saved?.mixtureCursor,
    );
    return {
      model,
      tokenizer,
      optimizer: { beta1: c.beta1, beta2: c.beta2, eps: c.eps, weightDecay: c.weightDecay },
      identity: {
        data: fingerprints,
        fields: {
          seqLen: c.seqLen, seed: c.seed, validationFraction: c.validationFraction, shuffleBuffer: c.shuffleBuffer, textField: c.textField,
          data: recordedSources(c), seqLenSchedule: c.seqLenSchedule,
        },
        tunables: {
          lr: c.lr, batchSize: c.batchSize, tokensPerStep: c.tokensPerStep, schedule: c.schedule, weightDecay: c.weightDecay, maxGradNorm: c.maxGradNorm,
        },
      },
      parts: {
        mixture, validation, schedule: makeSchedule(c.schedule, c.lr, c.steps - newRowsSteps),
        ...(from === undefined || newRowsSteps === 0 ? {} : { frozenRows: oldRows(model.params, from) }),
      },
    };
  }
}

/** The mixture as trainer_state.json records it (a resume must match it: it positions the data). */
function recordedSources(c: ResolvedMidTrainerConfig): Record<string, unknown>[] {
  return c.data.map((s) => ({ source: sourceSpecName(s.source), weight: s.weight, name: s.name, onEnd: s.onEnd }));
}

/** `next`, after disposing `previous` (surgery returns a new model that shares the unchanged weights). */
function replace<T extends { dispose(): void }>(previous: T, next: T): T {
  previous.dispose();
  return next;
}

/** A window of seqLen + 1 tokens as rows of `length` + 1 tokens (consecutive rows share one token: the next row's first input is the last target). */
function cutWindow(window: number[], length: number): number[][] {
  const rows: number[][] = [];
  for (let start = 0; start + length < window.length; start += length) rows.push(window.slice(start, start + length + 1));
  return rows;
}

/** Copies of the rows below `from` of the embedding (and the columns of an untied output head). */
function oldRows(params: Map<string, tf.Variable>, from: number): FrozenRows {
  const embed = params.get('embed.weight')!;
  const head = params.get('lmHead.weight');
  return {
    from,
    embed: tf.slice(embed, [0, 0], [from, embed.shape[1]!]) as tf.Tensor2D,
    ...(head === undefined ? {} : { lmHead: tf.slice(head, [0, 0], [head.shape[0]!, from]) as tf.Tensor2D }),
  };
}

/** Puts the old vocabulary's rows back, so that only the new rows move in the new-rows phase. */
function restoreOldRows(params: Map<string, tf.Variable>, frozen: FrozenRows): void {
  const embed = params.get('embed.weight')!;
  tf.tidy(() => {
    const [rows, width] = embed.shape as [number, number];
    embed.assign(tf.concat([frozen.embed, tf.slice(embed, [frozen.from, 0], [rows - frozen.from, width])], 0)); // [V, d]
    const head = params.get('lmHead.weight');
    if (head !== undefined && frozen.lmHead !== undefined) {
      const [d, vocab] = head.shape as [number, number];
      head.assign(tf.concat([frozen.lmHead, tf.slice(head, [0, frozen.from], [d, vocab - frozen.from])], 1)); // [d, V]
    }
  });
}
