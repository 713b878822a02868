import { tf } from '../tf.js';
import { ConfigError } from '../errors.js';
import type { Transformer } from '../model/index.js';
import { loadPretrained, type Pretrained } from '../pretrained/index.js';
import { SeededRandom } from '../seeded-random.js';
import type { StorageFiles } from '../io/index.js';
import type { Tokenizer } from '../tokenizers/index.js';
import { checkpointDir, OPTIMIZER_FILE, pruneCheckpoints, readCheckpoint, TRAINER_STATE_FILE, writeCheckpoint } from './checkpoint.js';
import { TypedEmitter, type DoneEvent, type EvalEvent, type SampleEvent, type TrainEvents } from './events.js';
import { jsonlMetricsFile, type MetricsSink } from './metrics-jsonl.js';
import { modelFiles } from './model-files.js';
import { AdamW, type AdamWOptions } from './optim/adamw.js';
import type { RunConfig } from './run-config.js';
import { openRunFolder, resolveInitFrom, type RunFolder } from './run-folder.js';
import { runTrainLoop, type StepResult } from './train-loop.js';
import type { RunLock } from './run-lock.js';
import {
  checkResume, checkTrainerState, fingerprintTokenizer, resumeChanges, type ResumeChange, type RunIdentity, type TrainerState,
} from './trainer-state.js';

/** What a trainer's `build` starts from. */
export interface RunStart<X> {
  /**
   * The model and tokenizer to continue: the resumed checkpoint's, or `config.initFrom`'s (after
   * `adaptInitModel`); undefined for a run from random weights. The run owns them once `build` returns.
   */
  loaded?: Pretrained;
  /** The resumed checkpoint's trainer state (shared fields checked; `build` checks its own extras), else undefined. */
  saved?: TrainerState & X;
  /** The folder `loaded` (and `saved`) come from, for messages. */
  checkpoint?: string;
}

/** What a trainer's `build` returns. */
export interface BuiltRun<P> {
  model: Transformer;
  tokenizer: Tokenizer;
  /** AdamW settings and parameter groups. */
  optimizer: AdamWOptions;
  /** The parameters the optimizer updates. Default: `model.trainableParams()`. */
  params?: Map<string, tf.Variable>;
  /** What a resume must match (checked by the scaffolding after `build`). */
  identity?: RunIdentity;
  /** The trainer's own parts: data stream, validation set, schedule, reference model, ... */
  parts: P;
}

/** A run in progress, as the trainer's hooks see it. */
export interface ActiveRun<P> {
  readonly model: Transformer;
  readonly tokenizer: Tokenizer;
  readonly optimizer: AdamW;
  readonly params: Map<string, tf.Variable>;
  /** The run's seeded generator: saved in each checkpoint, restored on resume. */
  readonly random: SeededRandom;
  readonly parts: P;
  /** Optimizer steps completed (the scaffolding counts them). */
  readonly step: number;
  /** Loss-bearing tokens trained on so far, over every resume. */
  readonly tokensSeen: number;
}

interface LiveRun<P> extends ActiveRun<P> {
  step: number;
  tokensSeen: number;
  elapsedMs: number;
  identity: Required<Omit<RunIdentity, 'architecture' | 'fields' | 'tunables'>>;
  initFrom?: string;
  /** The lock on `outDir`, released by `dispose`. */
  lock?: RunLock;
  resumeChanges: ResumeChange[];
}

/** Stream of the run's generator, apart from the streams the trainer seeds itself from the same seed. */
const RUN_RANDOM_STREAM = 0x7261;

/**
 * The run scaffolding every trainer stands on: the run folder, checkpoints with exact resume
 * (trainer state, optimizer moments, `run.random`, the trainer's extras such as a data cursor;
 * refused when the architecture, tokenizer, data or data order changed), starting from another
 * checkpoint (`initFrom`), the `on()` / `train({ signal })` / `step()` / `dispose()` surface, the
 * metrics file. A trainer supplies its config (extending {@link RunConfig}), `build` (model,
 * tokenizer, data), `trainStep` and `stateExtras`; optionally `evaluate`, `sample`, `release`.
 *
 * `C`: the resolved config, `P`: the trainer's own parts, `X`: its extra trainer_state.json fields.
 */
export abstract class Trainer<C extends RunConfig, P, X extends object> {
  readonly config: C;
  private readonly events = new TypedEmitter<TrainEvents>();
  private starting: Promise<LiveRun<P>> | undefined;
  private live: LiveRun<P> | undefined;

  /** Written as trainer_state.json's `trainer`; a resume reads only checkpoints of the same kind. */
  protected abstract readonly kind: string;

  /** Evaluates the model (emitted as `eval` every `config.evalEvery` steps and at the end). */
  evaluate?(step?: number): Promise<EvalEvent>;
  /** Generates samples (emitted as `sample` every `config.sampleEvery` steps). */
  sample?(step?: number): Promise<SampleEvent>;

  constructor(config: C) {
    this.config = config;
  }

  /**
   * Builds (or loads) the model and tokenizer and opens the data; on a resume, positions everything at
   * `start.saved` (checking its extras) and uses `start.loaded`. Throws ConfigError naming a bad setting;
   * frees what it allocated when it throws.
   */
  protected abstract build(start: RunStart<X>): Promise<BuiltRun<P>>;

  /** One optimizer step (typically `optimizerStep`) with its learning rate; the scaffolding counts it. */
  protected abstract trainStep(run: ActiveRun<P>): Promise<StepResult>;

  /** The trainer's own trainer_state.json fields (data cursor, ...) that `build` reads back on resume. */
  protected abstract stateExtras(run: ActiveRun<P>): X;

  /**
   * Turns the model loaded from `config.initFrom` into the one to train (resize the vocabulary, add a
   * value head, ...; dispose the input if you replace it). Not called on resume: the checkpoint holds the result. Default: as loaded.
   */
  protected async adaptInitModel(loaded: Pretrained): Promise<Pretrained> {
    return loaded;
  }

  /**
   * The config as trainer_state.json records it. Default: its JSON-able fields (a RegExp as its text;
   * functions and class instances, such as a tokenizer or a data source object, left out).
   */
  protected recordedConfig(): Record<string, unknown> {
    return jsonFields(this.config);
  }

  /** Evaluation interval for `train`. Default: `config.evalEvery` when the trainer has `evaluate`. */
  protected evalEvery(_run: ActiveRun<P>): number {
    return this.evaluate === undefined ? 0 : this.config.evalEvery ?? 0;
  }

  /**
   * Files a checkpoint holds beside the model, by path inside the checkpoint folder (e.g. a LoRA
   * adapter under `adapter/`, which `build` reads back from `start.checkpoint` on resume). Default: none.
   */
  protected async checkpointFiles(_run: ActiveRun<P>): Promise<StorageFiles> {
    return {};
  }

  /** Frees the trainer's parts (tensors, open files). Default: nothing to free. */
  protected release(_parts: P): void {}

  on<K extends keyof TrainEvents>(name: K, listener: (event: TrainEvents[K]) => void): () => void {
    return this.events.on(name, listener);
  }

  /**
   * Checks the run folder, builds (or loads) the model and positions the data. Idempotent; after a
   * failure (a missing corpus, say) a later call tries again.
   */
  async init(): Promise<void> {
    this.starting ??= this.start().catch((error: unknown) => {
      this.starting = undefined;
      throw error;
    });
    this.live = await this.starting;
  }

  /** The model being trained (after `init`, `step` or `train`). */
  get model(): Transformer {
    return this.run.model;
  }

  get tokenizer(): Tokenizer {
    return this.run.tokenizer;
  }

  /** Optimizer steps completed. */
  get stepCount(): number {
    return this.live?.step ?? 0;
  }

  /**
   * On a resume, the config fields the trainer lets change (learning rate, batch size, ...: its
   * `identity.tunables`) whose values differ from the checkpoint's; the run goes on with the new values.
   * Empty for a new run. Fields that position the data (seed, seqLen, ...) cannot change: the resume is refused.
   */
  get resumeChanges(): readonly ResumeChange[] {
    return this.live?.resumeChanges ?? [];
  }

  /** Loss-bearing tokens trained on so far (including runs before a resume). */
  get tokensSeen(): number {
    return this.live?.tokensSeen ?? 0;
  }

  /** One optimizer step; emits no events. */
  async step(): Promise<StepResult> {
    await this.init();
    const run = this.liveRun();
    const result = await this.trainStep(run);
    run.step += 1;
    run.tokensSeen += result.tokens;
    return result;
  }

  /**
   * Trains to `config.steps` (or until `signal` aborts, which saves a checkpoint). Resolves with the `done` event.
   * Throws ConfigError when `config.steps` is already reached (e.g. resuming a checkpoint at or past it).
   */
  async train(options: { signal?: AbortSignal } = {}): Promise<DoneEvent> {
    await this.init();
    const run = this.liveRun();
    const c = this.config;
    if (run.step >= c.steps) {
      throw new ConfigError(
        `config.steps (${c.steps}) is already reached: the model has trained ${run.step} steps`
        + `${c.resumeFrom === undefined ? '' : ` (checkpoint ${c.resumeFrom})`}. Set steps above ${run.step} to train further.`,
      );
    }
    const metrics = c.metricsFile === undefined ? undefined : await openMetrics(c.metricsFile);
    const { evaluate, sample } = this;
    try {
      const done = await runTrainLoop({
        totalSteps: c.steps,
        startStep: run.step,
        startElapsedMs: run.elapsedMs,
        runStep: () => this.step(),
        evalEvery: this.evalEvery(run),
        ...(evaluate === undefined ? {} : { evaluate: (step: number) => evaluate.call(this, step) }),
        sampleEvery: c.sampleEvery ?? 0,
        ...(sample === undefined ? {} : { sample: (step: number) => sample.call(this, step) }),
        checkpointEvery: c.checkpointEvery,
        ...(c.outDir === undefined ? {} : { checkpoint: (step: number, elapsedMs: number) => this.saveCheckpoint(step, elapsedMs) }),
        events: this.events,
        ...(options.signal === undefined ? {} : { signal: options.signal }),
        ...(metrics === undefined ? {} : { metrics }),
      });
      run.elapsedMs = done.elapsedMs;
      return done;
    } finally {
      await metrics?.close();
    }
  }

  /** Writes `<outDir>/checkpoint-<step>` now (atomically; older ones beyond `keepCheckpoints` are removed) and returns its path. */
  async saveCheckpoint(step = this.stepCount, elapsedMs?: number): Promise<string> {
    const run = this.liveRun();
    const outDir = this.config.outDir;
    if (outDir === undefined) throw new ConfigError('config.outDir is not set: give an output folder to write checkpoints to.');
    if (run.lock?.lost !== undefined) {
      throw new ConfigError(
        `the lock on config.outDir (${outDir}) was taken away during the run (${run.lock.lost.message}): another process may be writing there, so no checkpoint is saved. `
        + 'Keep one run per output folder; resume from the last checkpoint that was saved.',
      );
    }
    const dir = checkpointDir(outDir, step);
    const state: TrainerState & X = {
      format: 'stagecoach-trainer-state', version: 1, trainer: this.kind, step,
      tokensSeen: run.tokensSeen, elapsedMs: elapsedMs ?? run.elapsedMs, optimizerStep: run.optimizer.stepCount, rng: run.random.state,
      dataFingerprint: run.identity.data, tokenizer: run.identity.tokenizer, model: run.model.config, config: this.recordedConfig(),
      ...(run.initFrom === undefined ? {} : { initFrom: run.initFrom }),
      ...this.stateExtras(run),
    };
    const files = { ...(await modelFiles(run.model, run.tokenizer)), ...(await this.checkpointFiles(run)) };
    await writeCheckpoint(dir, { modelFiles: files, state, tensors: run.optimizer.moments() });
    await pruneCheckpoints(outDir, this.config.keepCheckpoints);
    return dir;
  }

  /** Frees the model, the optimizer and the trainer's parts. */
  dispose(): void {
    const run = this.live;
    this.live = undefined;
    this.starting = undefined;
    if (run === undefined) return;
    try {
      this.release(run.parts);
      run.optimizer.dispose();
      run.model.dispose();
    } finally {
      run.lock?.release();
    }
  }

  /** The run in progress; ConfigError before `init` or after `dispose`. */
  protected get run(): ActiveRun<P> {
    return this.liveRun();
  }

  private liveRun(): LiveRun<P> {
    if (this.live === undefined) {
      throw new ConfigError(`the ${this.constructor.name} is not initialised (or was disposed): call init(), step() or train() first.`);
    }
    return this.live;
  }

  /** `adaptInitModel`, freeing the loaded model when it throws. */
  private async adaptLoaded(loaded: Pretrained): Promise<Pretrained> {
    try {
      return await this.adaptInitModel(loaded);
    } catch (error) {
      loaded.model.dispose();
      throw error;
    }
  }

  /** Opens the run folder (checked, locked) and starts the run in it; the lock is released when starting fails. */
  private async start(): Promise<LiveRun<P>> {
    const folder = await openRunFolder(this.config);
    try {
      return await this.startIn(folder);
    } catch (error) {
      folder.lock?.release();
      throw error;
    }
  }

  private async startIn(folder: RunFolder): Promise<LiveRun<P>> {
    const c = this.config;
    if (folder.outDir !== undefined) c.outDir = folder.outDir;
    const resumeDir = folder.resumeDir;
    const resumed = resumeDir === undefined ? undefined : { dir: resumeDir, ...(await readCheckpoint<TrainerState & X>(resumeDir, this.kind)) };
    if (resumed !== undefined) checkTrainerState(resumed.state, `${resumed.dir}/${TRAINER_STATE_FILE}`);
    // A new run records the model folder it starts from; a resumed one keeps the record.
    const initFrom = resumed !== undefined ? resumed.state.initFrom : c.initFrom === undefined ? undefined : await resolveInitFrom(c.initFrom);
    const checkpoint = resumeDir ?? initFrom;
    let loaded: Pretrained | undefined;
    if (resumed !== undefined) loaded = await loadPretrained(resumed.dir, { valueHead: resumed.state.model.valueHead === true });
    else if (checkpoint !== undefined) loaded = await this.adaptLoaded(await loadPretrained(checkpoint));
    let built: BuiltRun<P>;
    try {
      built = await this.build({
        ...(loaded === undefined ? {} : { loaded, checkpoint }),
        ...(resumed === undefined ? {} : { saved: resumed.state }),
      });
    } catch (error) {
      loaded?.model.dispose();
      throw error;
    }
    if (loaded !== undefined && loaded.model !== built.model) loaded.model.dispose();
    const { model, tokenizer } = built;
    let optimizer: AdamW | undefined;
    try {
      const identity = {
        architecture: built.identity?.architecture ?? model.config,
        tokenizer: built.identity?.tokenizer ?? fingerprintTokenizer('custom', tokenizer),
        data: built.identity?.data ?? [],
        fields: built.identity?.fields ?? {},
      };
      if (resumed !== undefined) checkResume(resumed.state, identity, resumed.dir);
      const params = built.params ?? model.trainableParams();
      optimizer = new AdamW(params, built.optimizer);
      if (resumed !== undefined) optimizer.loadMoments(resumed.tensors, resumed.state.optimizerStep, `${resumed.dir}/${OPTIMIZER_FILE}`);
      const saved = resumed?.state;
      return {
        model, tokenizer, optimizer, params, parts: built.parts,
        random: saved?.rng === undefined ? new SeededRandom(c.seed, RUN_RANDOM_STREAM) : SeededRandom.fromState(saved.rng),
        step: saved?.step ?? 0,
        tokensSeen: saved?.tokensSeen ?? 0,
        elapsedMs: saved?.elapsedMs ?? 0,
        identity: { tokenizer: identity.tokenizer, data: identity.data },
        ...(initFrom === undefined ? {} : { initFrom }),
        ...(folder.lock === undefined ? {} : { lock: folder.lock }),
        resumeChanges: saved === undefined ? [] : resumeChanges(saved, built.identity?.tunables ?? {}),
      };
    } catch (error) {
      optimizer?.dispose();
      this.release(built.parts);
      model.dispose();
      throw error;
    }
  }
}

/** The plain-data fields of `object`, recursively: what JSON records faithfully. */
function jsonFields(object: object): Record<string, unknown> {
  const json = (value: unknown): unknown => {
    if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return value;
    if (value instanceof RegExp) return String(value);
    if (Array.isArray(value)) return value.map((item) => json(item) ?? null);
    if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) return jsonFields(value);
    return undefined;
  };
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(object)) {
    const recorded = json(value);
    if (recorded !== undefined) out[key] = recorded;
  }
  return out;
}

async function openMetrics(path: string): Promise<MetricsSink> {
  try {
    return await jsonlMetricsFile(path);
  } catch (error) {
    throw new ConfigError(`config.metricsFile: cannot open ${path} to append to (${(error as Error).message}). Choose a writable file path.`, { cause: error });
  }
}
