import { tf } from '../tf.js';
import { CheckpointError } from '../errors.js';
import { openStorage, readSafetensors, writeSafetensors, type Storage, type StorageFiles } from '../io/index.js';

/** File names a training checkpoint adds to the model folder. */
export const TRAINER_STATE_FILE = 'trainer_state.json';
export const OPTIMIZER_FILE = 'optimizer.safetensors';

/** The JSON part of a trainer's state; trainers add their own fields. */
export interface TrainerStateBase {
  format: 'stagecoach-trainer-state';
  version: 1;
  /** Which trainer wrote it ("pretrainer", ...). */
  trainer: string;
  /** Optimizer steps completed. */
  step: number;
}

/**
 * Writes a checkpoint folder atomically (everything or nothing; a previous folder of the same name
 * stays intact on a crash or a full disk): the model's files (Hugging Face layout), `trainer_state.json`
 * and `optimizer.safetensors` with the given float32 tensors (optimizer moments).
 */
export async function writeCheckpoint(
  dir: string | Storage,
  parts: { modelFiles: StorageFiles; state: TrainerStateBase; tensors: Map<string, tf.Tensor> },
): Promise<void> {
  const storage = await openStorage(dir);
  if (storage.writeFiles === undefined) {
    throw new CheckpointError(`cannot write a checkpoint to ${storage.location}: this storage is read-only. Use a local folder or OPFS.`);
  }
  const tensors: Record<string, { dtype: 'F32'; shape: number[]; data: Float32Array }> = {};
  for (const [name, t] of parts.tensors) tensors[name] = { dtype: 'F32', shape: [...t.shape], data: (await t.data()) as Float32Array };
  await storage.writeFiles({
    ...parts.modelFiles,
    [TRAINER_STATE_FILE]: `${stateJson(parts.state)}\n`,
    [OPTIMIZER_FILE]: writeSafetensors(tensors, { format: 'pt' }),
  });
}

/** A checkpoint's trainer state and optimizer tensors. */
export interface LoadedCheckpoint<S extends TrainerStateBase> {
  storage: Storage;
  state: S;
  tensors: Map<string, { shape: number[]; data: Float32Array }>;
}

/** Reads `trainer_state.json` and `optimizer.safetensors` of a checkpoint folder; CheckpointError when they are missing or not ours. */
export async function readCheckpoint<S extends TrainerStateBase>(dir: string | Storage, trainer: string): Promise<LoadedCheckpoint<S>> {
  const storage = await openStorage(dir);
  if (!(await storage.exists(TRAINER_STATE_FILE))) {
    throw new CheckpointError(
      `${storage.location} has no ${TRAINER_STATE_FILE}: it is a model folder, not a training checkpoint. `
      + 'Resume from a checkpoint-<step> folder written by a trainer, or load it as a model (loadPretrained).',
    );
  }
  let state: S;
  try {
    state = JSON.parse(await storage.readText(TRAINER_STATE_FILE)) as S;
  } catch (error) {
    throw new CheckpointError(`${storage.location}/${TRAINER_STATE_FILE} is not valid JSON: ${(error as Error).message}.`, { cause: error });
  }
  if (state.format !== 'stagecoach-trainer-state' || state.trainer !== trainer) {
    throw new CheckpointError(
      `${storage.location}/${TRAINER_STATE_FILE} was written by ${state.format === 'stagecoach-trainer-state' ? `the ${state.trainer}` : 'another program'}, not the ${trainer}.`,
    );
  }
  let file: ReturnType<typeof readSafetensors>;
  try {
    file = readSafetensors(await storage.readBytes(OPTIMIZER_FILE), { copy: true });
  } catch (error) {
    if (CheckpointError.isInstance(error)) throw error; // missing: the storage names the file
    throw new CheckpointError(
      `${storage.location}/${OPTIMIZER_FILE} is damaged (${(error as Error).message}); it may have been truncated by a full disk or an interrupted copy. `
      + 'Resume from another checkpoint-<step> folder, or start a new run.',
      { cause: error },
    );
  }
  const tensors = new Map<string, { shape: number[]; data: Float32Array }>();
  for (const [name, t] of file.tensors) {
    if (t.dtype !== 'F32') throw new CheckpointError(`${storage.location}/${OPTIMIZER_FILE}: tensor "${name}" is ${t.dtype}, expected F32.`);
    tensors.set(name, { shape: t.shape, data: t.data as Float32Array });
  }
  return { storage, state, tensors };
}

const CHECKPOINT_NAME = /^checkpoint-(\d+)$/;
/** A checkpoint folder that an interrupted atomic write left under a sibling name (see io/atomic-write). */
const INTERRUPTED_NAME = /^\.checkpoint-(\d+)\.(?:new|old)-\d+-[a-z0-9]+$/;

/** `<outDir>/checkpoint-<step>`. */
export function checkpointDir(outDir: string, step: number): string {
  return `${outDir.replace(/\/+$/, '')}/checkpoint-${step}`;
}

/**
 * The checkpoint to resume from: `path` itself when it holds a trainer state, else the
 * `checkpoint-<step>` sub-folder of `path` with the highest step. Node only for the folder scan.
 */
export async function resolveCheckpoint(path: string): Promise<string> {
  const storage = await openStorage(path);
  if (await storage.exists(TRAINER_STATE_FILE)) return path;
  const steps = await listCheckpointSteps(path);
  const last = steps.at(-1);
  if (last === undefined) {
    throw new CheckpointError(`no checkpoint at ${path}: it has neither ${TRAINER_STATE_FILE} nor checkpoint-<step> folders.`);
  }
  return checkpointDir(path, last);
}

/**
 * Steps of the `checkpoint-<step>` folders in `outDir`, ascending (empty when it does not exist or is
 * not local). A folder whose atomic rewrite was interrupted between its two renames counts too: its
 * complete content sits in a `.checkpoint-<step>.new-*` / `.old-*` sibling, which the storage reads.
 */
export async function listCheckpointSteps(outDir: string, options: { includeInterrupted?: boolean } = {}): Promise<number[]> {
  if (/^[a-z]+:/i.test(outDir) && !/^[a-z]:[\\/]/i.test(outDir)) return [];
  const fs = await import('node:fs/promises');
  const entries = await fs.readdir(outDir, { withFileTypes: true }).catch(() => []);
  const steps = new Set<number>();
  for (const e of entries) {
    if (!e.isDirectory()) continue;
    const match = CHECKPOINT_NAME.exec(e.name) ?? (options.includeInterrupted !== false ? INTERRUPTED_NAME.exec(e.name) : null);
    if (match !== null) steps.add(Number(match[1]));
  }
  return [...steps].sort((a, b) => a - b);
}

/** Removes all but the newest `keep` checkpoint folders of `outDir` (keep = 0: none removed). */
export async function pruneCheckpoints(outDir: string, keep: number): Promise<void> {
  if (keep <= 0) return;
  const steps = await listCheckpointSteps(outDir, { includeInterrupted: false });
  if (steps.length <= keep) return;
  const fs = await import('node:fs/promises');
  for (const step of steps.slice(0, steps.length - keep)) await fs.rm(checkpointDir(outDir, step), { recursive: true, force: true });
}

/** Deletes every `checkpoint-<step>` folder in `outDir`, finished or interrupted (a fresh run's `overwrite`). */
export async function removeCheckpoints(outDir: string): Promise<void> {
  const fs = await import('node:fs/promises');
  for (const step of await listCheckpointSteps(outDir)) await fs.rm(checkpointDir(outDir, step), { recursive: true, force: true });
}

/** Pretty JSON, with arrays of numbers (data cursor buffers) kept on one line. */
function stateJson(state: TrainerStateBase): string {
  return JSON.stringify(state, null, 2).replace(/\[[\d\s,.eE+-]*\]/g, (array) => array.replace(/\s+/g, ''));
}
