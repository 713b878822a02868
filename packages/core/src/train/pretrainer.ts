import { tf } from '../tf.js';
import { CheckpointError, ConfigError } from '../errors.js';
import { Transformer, type TransformerConfig } from '../model/index.js';
import { loadPretrained } from '../pretrained/index.js';
import { byteTokenizer, trainBpe, type Tokenizer } from '../tokenizers/index.js';
import {
  checkOutDir, checkpointDir, listCheckpointSteps, pruneCheckpoints, removeCheckpoints, readCheckpoint, resolveCheckpoint, TRAINER_STATE_FILE, writeCheckpoint, type TrainerStateBase,
} from './checkpoint.js';
import { makeBatch, type TokenBatch } from './data/batch.js';
import { checkFingerprints, ContentHash, type SourceFingerprint } from './data/fingerprint.js';
import { checkDataCursor, PackedStream, validationWindows, type DataCursor, type PackedStreamOptions } from './data/packed-stream.js';
import { isUrl } from './data/byte-stream.js';
import { resolveSource, type SourceSpec, type TextSource } from './data/sources.js';
import { TypedEmitter, type DoneEvent, type EvalEvent, type SampleEvent, type TrainEvents } from './events.js';
import { evaluateLanguageModel } from './lm-eval.js';
import { jsonlMetricsFile, type MetricsSink } from './metrics-jsonl.js';
import { modelFiles } from './model-files.js';
import { AdamW } from './optim/adamw.js';
import { optimizerStep } from './optim/optimizer-step.js';
import { isBpe, resolvePretrainerConfig, type PretrainerConfig, type ResolvedPretrainerConfig } from './pretrainer-config.js';
import { makeSchedule, type LrSchedule } from './schedules.js';
import { runTrainLoop, type StepResult } from './train-loop.js';

/** What a pre-training checkpoint's trainer_state.json holds. */
export interface PretrainerState extends TrainerStateBase {
  trainer: 'pretrainer';
  tokensSeen: number;
  elapsedMs: number;
  optimizerStep: number;
  dataCursor: DataCursor;
  /** Identifies each training source (same order as `config.data`): a resume on changed data is refused. */
  dataFingerprint: SourceFingerprint[];
  /** The tokenizer's kind (and, for a custom one, a hash of its tokenizer.json), checked on resume. */
  tokenizer: TokenizerFingerprint;
  /** The architecture, checked on resume. */
  model: TransformerConfig;
  /** The resolved config (JSON-able fields), for the record. */
  config: Record<string, unknown>;
}

/** How a checkpoint records its tokenizer. */
export interface TokenizerFingerprint {
  kind: 'byte' | 'bpe' | 'custom';
  /** Hash of `JSON.stringify(tokenizer.toJSON())`. */
  hash: string;
}

/** Architecture fields that must match between a checkpoint and the config that resumes it. */
const ARCHITECTURE_FIELDS = [
  'family', 'vocabSize', 'contextLength', 'dModel', 'nLayers', 'nHeads', 'nKvHeads', 'dFf', 'tieEmbeddings', 'bias', 'attentionBias', 'valueHead',
] as const;

interface Session {
  model: Transformer;
  tokenizer: Tokenizer;
  optimizer: AdamW;
  params: Map<string, tf.Variable>;
  stream: PackedStream;
  validation: number[][];
  schedule: LrSchedule;
  dataFingerprint: SourceFingerprint[];
  tokenizerFingerprint: TokenizerFingerprint;
  step: number;
  tokensSeen: number;
  elapsedMs: number;
}

/**
 * Pre-training: next-token prediction on a text corpus from random weights (or from a checkpoint
 * with `resumeFrom`). Listen with `on('step' | 'eval' | 'sample' | 'checkpoint' | 'done', ...)`,
 * run with `train({ signal })`, free the tensors with `dispose()`.
 *
 * ```ts
 * const trainer = new Pretrainer({ model: 'gpt2-tiny', data: 'corpus.txt', steps: 200, outDir: 'runs/tiny' });
 * trainer.on('step', (e) => console.log(e.step, e.loss));
 * await trainer.train();
 * ```
 */
export class Pretrainer {
  readonly config: ResolvedPretrainerConfig;
  private readonly events = new TypedEmitter<TrainEvents>();
  private session: Promise<Session> | undefined;
  private live: Session | undefined;

  constructor(config: PretrainerConfig) {
    this.config = resolvePretrainerConfig(config);
  }

  on<K extends keyof TrainEvents>(name: K, listener: (event: TrainEvents[K]) => void): () => void {
    return this.events.on(name, listener);
  }

  /**
   * Builds (or loads) the model, reads the validation windows and positions the data stream. Idempotent;
   * after a failure (a missing corpus, say) a later call tries again.
   */
  async init(): Promise<void> {
    this.session ??= this.setup().catch((error: unknown) => {
      this.session = undefined;
      throw error;
    });
    this.live = await this.session;
  }

  /** The model being trained (after `init`, `step` or `train`). */
  get model(): Transformer {
    return this.requireLive().model;
  }

  get tokenizer(): Tokenizer {
    return this.requireLive().tokenizer;
  }

  /** Optimizer steps completed. */
  get stepCount(): number {
    return this.live?.step ?? 0;
  }

  /** Loss-bearing tokens trained on so far (including runs before a resume). */
  get tokensSeen(): number {
    return this.live?.tokensSeen ?? 0;
  }

  /** One optimizer step (with gradient accumulation and clipping); emits no events. */
  async step(): Promise<StepResult> {
    await this.init();
    const s = this.requireLive();
    const { batchSize, accumulationSteps, maxGradNorm } = this.config;
    const microBatches: TokenBatch[] = [];
    for (let k = 0; k < accumulationSteps; k += 1) {
      const windows: number[][] = [];
      for (let b = 0; b < batchSize; b += 1) windows.push(await s.stream.next());
      microBatches.push(makeBatch(windows, s.tokenizer.specialTokens));
    }
    const lr = s.schedule(s.step);
    const result = optimizerStep({
      params: s.params, optimizer: s.optimizer, lr, maxGradNorm, step: s.step + 1, microBatches,
      loss: (batch) => {
        const shape: [number, number] = [batch.batchSize, batch.seqLen];
        return s.model.loss(tf.tensor2d(batch.ids, shape, 'int32'), tf.tensor2d(batch.targets, shape, 'int32'), tf.tensor2d(batch.mask, shape));
      },
    });
    s.step += 1;
    s.tokensSeen += result.tokens;
    return { ...result, lr };
  }

  /**
   * Trains to `config.steps` (or until `signal` aborts, which saves a checkpoint). Resolves with the `done` event.
   * Throws ConfigError when `config.steps` is already reached (e.g. resuming a checkpoint at or past it).
   */
  async train(options: { signal?: AbortSignal } = {}): Promise<DoneEvent> {
    await this.init();
    const s = this.requireLive();
    const c = this.config;
    if (s.step >= c.steps) {
      throw new ConfigError(
        `config.steps (${c.steps}) is already reached: the model has trained ${s.step} steps`
        + `${c.resumeFrom === undefined ? '' : ` (checkpoint ${c.resumeFrom})`}. Set steps above ${s.step} to train further.`,
      );
    }
    const metrics = c.metricsFile === undefined ? undefined : await openMetrics(c.metricsFile);
    try {
      return await runTrainLoop({
        totalSteps: c.steps,
        startStep: s.step,
        startElapsedMs: s.elapsedMs,
        runStep: () => this.step(),
        evalEvery: s.validation.length > 0 ? c.evalEvery : 0,
        evaluate: (step) => this.evaluate(step),
        sampleEvery: c.sampleEvery,
        sample: (step) => this.sample(step),
        checkpointEvery: c.checkpointEvery,
        ...(c.outDir === undefined ? {} : { checkpoint: (step: number, elapsedMs: number) => this.saveCheckpoint(step, elapsedMs) }),
        events: this.events,
        ...(options.signal === undefined ? {} : { signal: options.signal }),
        ...(metrics === undefined ? {} : { metrics }),
      });
    } finally {
      await metrics?.close();
    }
  }

  /** Validation loss, perplexity and bits per byte on the held-out windows (ConfigError when there are none). */
  async evaluate(step = this.stepCount): Promise<EvalEvent> {
    await this.init();
    const s = this.requireLive();
    if (s.validation.length === 0) {
      throw new ConfigError(
        'no validation windows to evaluate on: they are read only when config.evalEvery > 0, from validationData or a '
        + 'validationFraction > 0 of the corpus. Set those, or do not call evaluate().',
      );
    }
    const m = await evaluateLanguageModel(s.model, s.tokenizer, s.validation, this.config.batchSize);
    return { step, valLoss: m.loss, perplexity: m.perplexity, bitsPerByte: m.bitsPerByte, tokens: m.tokens };
  }

  /** Continuations of `config.samplePrompts`. */
  async sample(step = this.stepCount): Promise<SampleEvent> {
    await this.init();
    const s = this.requireLive();
    const eos = s.tokenizer.specialTokens.eos;
    const prompts = samplePromptIds(this.config.samplePrompts, s.tokenizer, s.model.config.contextLength);
    const results = await s.model.generate(prompts, {
      maxNewTokens: this.config.sampleTokens, temperature: this.config.sampleTemperature, seed: this.config.seed + step,
      ...(eos === undefined ? {} : { stopTokens: [eos] }),
    });
    return {
      step,
      samples: results.map((r, i) => ({ prompt: this.config.samplePrompts[i]!, text: s.tokenizer.decode(r.tokens, { skipSpecialTokens: true }) })),
    };
  }

  /** Writes `<outDir>/checkpoint-<step>` now and returns its path. */
  async saveCheckpoint(step = this.stepCount, elapsedMs?: number): Promise<string> {
    const s = this.requireLive();
    const outDir = this.config.outDir;
    if (outDir === undefined) throw new ConfigError('config.outDir is not set: give an output folder to write checkpoints to.');
    const dir = checkpointDir(outDir, step);
    const state: PretrainerState = {
      format: 'stagecoach-trainer-state', version: 1, trainer: 'pretrainer', step,
      tokensSeen: s.tokensSeen, elapsedMs: elapsedMs ?? s.elapsedMs, optimizerStep: s.optimizer.stepCount,
      dataCursor: s.stream.cursor, dataFingerprint: s.dataFingerprint, tokenizer: s.tokenizerFingerprint, model: s.model.config, config: serialisableConfig(this.config),
    };
    await writeCheckpoint(dir, { modelFiles: await modelFiles(s.model, s.tokenizer), state, tensors: s.optimizer.moments() });
    await pruneCheckpoints(outDir, this.config.keepCheckpoints);
    return dir;
  }

  dispose(): void {
    void this.live?.stream.close();
    this.live?.optimizer.dispose();
    this.live?.model.dispose();
    this.live = undefined;
    this.session = undefined;
  }

  private requireLive(): Session {
    if (this.live === undefined) throw new ConfigError('the Pretrainer is not initialised (or was disposed): call init(), step() or train() first.');
    return this.live;
  }

  private async setup(): Promise<Session> {
    const c = this.config;
    const sources = toSources(c.data, c.textField);
    const validationSources = c.validationData === undefined ? undefined : toSources(c.validationData, c.textField);
    for (const source of [...sources, ...(validationSources ?? [])]) await source.check();
    const dataFingerprint = await Promise.all(sources.map(fingerprintOf));
    const checkpointDirectory = c.resumeFrom === undefined ? undefined : await resolveCheckpoint(c.resumeFrom);
    // Resuming without an outDir continues saving into the resumed run's folder.
    if (c.outDir === undefined && c.resumeFrom !== undefined && checkpointDirectory !== undefined && !isUrl(c.resumeFrom)) {
      this.config.outDir = checkpointDirectory === c.resumeFrom ? parentFolder(c.resumeFrom) : c.resumeFrom;
    }
    if (c.outDir !== undefined) await checkOutDir(c.outDir);
    if (c.outDir !== undefined && c.resumeFrom === undefined) {
      if (c.overwrite) await removeCheckpoints(c.outDir);
      else await checkNoEarlierRun(c.outDir);
    }
    const pretrained = checkpointDirectory === undefined ? undefined : await loadPretrained(checkpointDirectory);
    let tokenizer: Tokenizer;
    if (c.tokenizer === 'byte') tokenizer = byteTokenizer();
    else if (!isBpe(c.tokenizer)) tokenizer = c.tokenizer;
    else if (pretrained !== undefined) tokenizer = pretrained.tokenizer; // the BPE trained by the first run
    else tokenizer = await trainBpe(corpusTexts(sources, c.tokenizer.trainingChars ?? 10_000_000), { vocabSize: c.tokenizer.vocabSize });
    try {
      if (tokenizer.vocabSize > c.model.vocabSize) {
        throw new ConfigError(
          `config.model.vocabSize (${c.model.vocabSize}) is smaller than the tokenizer's vocabulary (${tokenizer.vocabSize}); set model.vocabSize >= ${tokenizer.vocabSize}.`,
        );
      }
      if (c.sampleEvery > 0) samplePromptIds(c.samplePrompts, tokenizer, c.model.contextLength); // fail now, not at the first sample
    } catch (error) {
      pretrained?.model.dispose();
      throw error;
    }
    const tokenizerFingerprint = fingerprintTokenizer(c.tokenizer, tokenizer);
    const streamOptions: PackedStreamOptions = {
      sources, tokenizer, seqLen: c.seqLen, seed: c.seed, validationFraction: validationSources === undefined ? c.validationFraction : 0,
      shuffleBuffer: c.shuffleBuffer,
    };

    let model: Transformer;
    let resumed: ResumeState | undefined;
    if (checkpointDirectory !== undefined && pretrained !== undefined) {
      try {
        resumed = await readResumeState(checkpointDirectory, c, dataFingerprint, tokenizerFingerprint);
      } catch (error) {
        pretrained.model.dispose();
        throw error;
      }
      model = pretrained.model;
    } else {
      model = new Transformer(withSpecialTokens(c.model, tokenizer), { seed: c.seed });
    }
    const params = model.trainableParams();
    const optimizer = new AdamW(params, { beta1: c.beta1, beta2: c.beta2, eps: c.eps, weightDecay: c.weightDecay });
    try {
      if (resumed !== undefined) optimizer.loadMoments(resumed.tensors, resumed.state.optimizerStep, resumed.where);
      const validation = c.evalEvery > 0
        ? await validationWindows({ ...streamOptions, ...(validationSources === undefined ? {} : { validationSources }), maxWindows: c.evalSequences })
        : [];
      return {
        model, tokenizer, optimizer, params, validation,
        stream: new PackedStream(streamOptions, resumed?.state.dataCursor),
        schedule: makeSchedule(c.schedule, c.lr, c.steps),
        dataFingerprint, tokenizerFingerprint,
        step: resumed?.state.step ?? 0,
        tokensSeen: resumed?.state.tokensSeen ?? 0,
        elapsedMs: resumed?.state.elapsedMs ?? 0,
      };
    } catch (error) {
      optimizer.dispose();
      model.dispose();
      throw error;
    }
  }
}

interface ResumeState {
  state: PretrainerState;
  tensors: Map<string, { shape: number[]; data: Float32Array }>;
  where: string;
}

/**
 * Fields that position the data stream: a resumed run must keep them to continue exactly. (textField is
 * compared per source, in the data fingerprint: it matters only to JSONL sources without their own field.)
 */
const DATA_FIELDS = ['seqLen', 'seed', 'validationFraction', 'shuffleBuffer'] as const;

/** Reads a checkpoint's trainer state and moments and checks they fit `config`, the corpus and the tokenizer. */
async function readResumeState(
  dir: string, config: ResolvedPretrainerConfig, dataFingerprint: SourceFingerprint[], tokenizer: TokenizerFingerprint,
): Promise<ResumeState> {
  const checkpoint = await readCheckpoint<PretrainerState>(dir, 'pretrainer');
  const where = `${dir}/${TRAINER_STATE_FILE}`;
  checkStateFields(checkpoint.state, where);
  checkArchitecture(checkpoint.state.model, config.model, dir);
  for (const field of DATA_FIELDS) {
    const saved = checkpoint.state.config[field];
    if (saved !== undefined && saved !== config[field]) {
      throw new ConfigError(
        `config.${field} (${config[field]}) differs from the checkpoint's (${String(saved)}) at ${dir}; resume with the same ${field} so the data continues where it stopped.`,
      );
    }
  }
  checkTokenizer(checkpoint.state.tokenizer, tokenizer, where);
  checkFingerprints(checkpoint.state.dataFingerprint, dataFingerprint, where);
  checkDataCursor(checkpoint.state.dataCursor, where);
  return { state: checkpoint.state, tensors: checkpoint.tensors, where: `${dir}/optimizer.safetensors` };
}

/**
 * A fresh run into an `outDir` that holds another run's checkpoints would overwrite them, and a later
 * resume from the folder would pick whichever has the highest step: ConfigError instead.
 */
async function checkNoEarlierRun(outDir: string): Promise<void> {
  const steps = await listCheckpointSteps(outDir);
  if (steps.length > 0) {
    throw new ConfigError(
      `config.outDir (${outDir}) already holds checkpoints of an earlier run (${steps.map((s) => `checkpoint-${s}`).join(', ')}); `
      + 'a new run would overwrite them. Continue that run with resumeFrom (--resume), choose another outDir, or set overwrite (--overwrite) to delete them.',
    );
  }
}

async function openMetrics(path: string): Promise<MetricsSink> {
  try {
    return await jsonlMetricsFile(path);
  } catch (error) {
    throw new ConfigError(`config.metricsFile: cannot open ${path} to append to (${(error as Error).message}). Choose a writable file path.`, { cause: error });
  }
}

/** CheckpointError naming the first field of a read-back trainer state that is missing or of the wrong type. */
function checkStateFields(state: PretrainerState, where: string): void {
  const counts = ['step', 'tokensSeen', 'optimizerStep'] as const;
  const bad = counts.find((f) => !(Number.isInteger(state[f]) && state[f] >= 0))
    ?? (typeof state.elapsedMs === 'number' && state.elapsedMs >= 0 ? undefined : 'elapsedMs')
    ?? (typeof state.model === 'object' && state.model !== null ? undefined : 'model')
    ?? (typeof state.config === 'object' && state.config !== null ? undefined : 'config');
  if (bad !== undefined) {
    throw new CheckpointError(
      `${where}: "${bad}" is missing or invalid (got ${JSON.stringify(state[bad])}). `
      + 'The checkpoint is damaged or from another version of Stagecoach; resume from another checkpoint or start a new run.',
    );
  }
}

/** The sample prompts as token ids, each started with BOS (else EOS); ConfigError naming a prompt that cannot be sampled from. */
function samplePromptIds(prompts: readonly string[], tokenizer: Tokenizer, contextLength: number): number[][] {
  const { bos, eos } = tokenizer.specialTokens;
  const start = bos ?? eos;
  return prompts.map((prompt, i) => {
    const ids = tokenizer.encode(prompt, { addSpecialTokens: false });
    const withStart = start === undefined ? ids : [start, ...ids];
    if (withStart.length === 0) {
      throw new ConfigError(`config.samplePrompts[${i}] is empty and the tokenizer has no BOS or EOS token to start from; give a non-empty prompt.`);
    }
    if (withStart.length >= contextLength) {
      throw new ConfigError(
        `config.samplePrompts[${i}] is ${withStart.length} tokens, which leaves no room to generate in the model's context of ${contextLength} tokens; shorten it.`,
      );
    }
    return withStart;
  });
}

/** The corpus's texts, up to `maxChars` characters, to train a tokenizer on. */
async function* corpusTexts(sources: readonly TextSource[], maxChars: number): AsyncGenerator<string> {
  let chars = 0;
  for (const source of sources) {
    for await (const unit of source.units({ offset: 0, line: 0 })) {
      yield unit.text;
      chars += unit.text.length;
      if (chars >= maxChars) return;
    }
  }
}

/** A source's fingerprint; a TextSource without `fingerprint()` is known by its name. */
async function fingerprintOf(source: TextSource): Promise<SourceFingerprint> {
  return source.fingerprint === undefined ? { kind: 'custom', name: source.name } : source.fingerprint();
}

function fingerprintTokenizer(setting: ResolvedPretrainerConfig['tokenizer'], tokenizer: Tokenizer): TokenizerFingerprint {
  const hash = new ContentHash();
  hash.text(JSON.stringify(tokenizer.toJSON()));
  return { kind: setting === 'byte' ? 'byte' : isBpe(setting) ? 'bpe' : 'custom', hash: hash.digest() };
}

/**
 * The resumed run used the same kind of tokenizer (a custom one: the same tokenizer.json), else the
 * token ids of the saved data cursor mean other text: ConfigError.
 */
function checkTokenizer(saved: TokenizerFingerprint | undefined, now: TokenizerFingerprint, where: string): void {
  if (typeof saved !== 'object' || saved === null || typeof saved.kind !== 'string') {
    throw new CheckpointError(
      `${where}: "tokenizer" is missing or invalid (got ${JSON.stringify(saved)}). `
      + 'The checkpoint is damaged or from another version of Stagecoach; resume from another checkpoint or start a new run.',
    );
  }
  if (saved.kind !== now.kind) {
    throw new ConfigError(
      `config.tokenizer is a ${now.kind} tokenizer but the checkpoint at ${where} was trained with a ${saved.kind} tokenizer; `
      + 'resume with the same tokenizer setting, or start a new run.',
    );
  }
  if (now.kind === 'custom' && saved.hash !== now.hash) {
    throw new ConfigError(
      `config.tokenizer is another tokenizer than the one the checkpoint at ${where} was trained with (its tokenizer.json differs); `
      + 'resume with the same tokenizer (the checkpoint folder holds it: loadPretrained(...).tokenizer), or start a new run.',
    );
  }
}

/** The folder that holds `path` (string-only, so it works for any storage location). */
function parentFolder(path: string): string {
  const trimmed = path.replace(/[\\/]+$/, '');
  const cut = Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('\\'));
  return cut < 0 ? '.' : cut === 0 ? trimmed.slice(0, 1) : trimmed.slice(0, cut);
}

function toSources(spec: SourceSpec | SourceSpec[], field: string): TextSource[] {
  return (Array.isArray(spec) ? spec : [spec]).map((s) => resolveSource(s, field));
}

/** Fills the model's bos/eos/pad ids from the tokenizer when the config leaves them out. */
function withSpecialTokens(config: TransformerConfig, tokenizer: Tokenizer): TransformerConfig {
  const { bos, eos, pad } = tokenizer.specialTokens;
  return {
    ...config,
    ...(config.bosTokenId === undefined && bos !== undefined ? { bosTokenId: bos } : {}),
    ...(config.eosTokenId === undefined && eos !== undefined ? { eosTokenId: eos } : {}),
    ...(config.padTokenId === undefined && pad !== undefined ? { padTokenId: pad } : {}),
  };
}

function checkArchitecture(saved: TransformerConfig, wanted: TransformerConfig, dir: string): void {
  const diffs = ARCHITECTURE_FIELDS
    .filter((f) => (saved[f] ?? false) !== (wanted[f] ?? false))
    .map((f) => `${f}: checkpoint ${JSON.stringify(saved[f])}, config ${JSON.stringify(wanted[f])}`);
  if (diffs.length > 0) {
    throw new CheckpointError(
      `the checkpoint at ${dir} is for another architecture (${diffs.join('; ')}). Resume with the model config it was trained with, or start a new run.`,
    );
  }
}

function serialisableConfig(config: ResolvedPretrainerConfig): Record<string, unknown> {
  const name = (s: SourceSpec) => (typeof s === 'string' ? s : 'units' in s ? s.name : s.path);
  const names = (spec: SourceSpec | SourceSpec[] | undefined) => (spec === undefined ? undefined : Array.isArray(spec) ? spec.map(name) : name(spec));
  return {
    ...config,
    data: names(config.data),
    validationData: names(config.validationData),
    tokenizer: config.tokenizer === 'byte' || isBpe(config.tokenizer) ? config.tokenizer : 'custom',
  };
}
