import { checkBoolean, checkInteger, checkString } from './config-checks.js';

/** The options of a training run that every trainer's config shares; a trainer's config interface extends it. */
export interface RunOptions {
  /** Optimizer steps, counting those before a resume. */
  steps: number;
  /** Seed of the weight initialisation, the data order and the run's generator. Default 0. */
  seed?: number;
  /**
   * Output folder for checkpoints (`<outDir>/checkpoint-<step>`). Default: no checkpoints for a new
   * run; with `resumeFrom` (a local folder), the folder that holds the resumed checkpoint. A new run
   * refuses a folder that already holds another run's checkpoints, unless `overwrite` is set. A local
   * folder is checked for writability and locked from `init()` to `dispose()`: one run per folder.
   */
  outDir?: string;
  /** A new run deletes the `checkpoint-*` folders an earlier run left in `outDir`. Default false. */
  overwrite?: boolean;
  /** Checkpoint every N steps (also at the end and on abort when `outDir` is set); 0 = only those. Default 0. */
  checkpointEvery?: number;
  /** Checkpoints kept in `outDir` (older ones are removed); 0 keeps all. Default 2. */
  keepCheckpoints?: number;
  /** Also append every event as a JSON line to this file. Default: none. */
  metricsFile?: string;
  /** Checkpoint folder (or an `outDir` holding `checkpoint-*` folders: the latest is used) to continue exactly. */
  resumeFrom?: string;
  /**
   * A model folder to start from with a fresh optimizer and new data: one of our checkpoints (or a run
   * folder: its latest), or a Hugging Face folder or URL. Recorded in the trainer state as `initFrom`;
   * ignored when resuming (the checkpoint already holds the weights). Default: random weights.
   */
  initFrom?: string;
}

/** The fields of a trainer's resolved config that the run scaffolding (`Trainer`) reads. */
export interface RunConfig extends Required<Omit<RunOptions, 'outDir' | 'metricsFile' | 'resumeFrom' | 'initFrom'>> {
  outDir?: string;
  metricsFile?: string;
  resumeFrom?: string;
  initFrom?: string;
  /** Evaluate every N steps and at the end when the trainer has `evaluate`; 0 or undefined: never. */
  evalEvery?: number;
  /** Sample every N steps when the trainer has `sample`; 0 or undefined: never. */
  sampleEvery?: number;
}

/** Fills the run options' defaults and checks them; ConfigError naming the field. */
export function resolveRunOptions(options: RunOptions): RunConfig {
  const resolved: RunConfig = {
    steps: checkInteger(options.steps, 'steps', 1),
    seed: checkInteger(options.seed ?? 0, 'seed', 0, 2 ** 32 - 1),
    overwrite: checkBoolean(options.overwrite ?? false, 'overwrite'),
    checkpointEvery: checkInteger(options.checkpointEvery ?? 0, 'checkpointEvery', 0),
    keepCheckpoints: checkInteger(options.keepCheckpoints ?? 2, 'keepCheckpoints', 0),
  };
  for (const field of ['outDir', 'metricsFile', 'resumeFrom', 'initFrom'] as const) {
    if (options[field] !== undefined) resolved[field] = checkString(options[field], field);
  }
  return resolved;
}
