import { ConfigError } from '../errors.js';
import { checkWritableFile, checkWritableFolder, openStorage } from '../io/index.js';
import { checkpointDir, listCheckpointSteps, removeCheckpoints, resolveCheckpoint } from './checkpoint.js';
import { isUrl } from './data/byte-stream.js';
import { lockRunFolder, type RunLock } from './run-lock.js';

/** Where a run reads and writes its checkpoints. */
export interface RunFolder {
  /** The folder for new `checkpoint-<step>` folders (undefined: the run saves none). */
  outDir?: string;
  /** The checkpoint folder to resume from (`resumeFrom`, or the latest checkpoint in it). */
  resumeDir?: string;
  /** The lock on a local `outDir`, held until the run is disposed (see run-lock.ts); release it when done. */
  lock?: RunLock;
}

/**
 * Resolves and checks a run's folders before anything trains: the checkpoint to resume; the output
 * folder (by default, for a local resume, the folder that holds the resumed checkpoint), which must
 * be writable (created and probed), and the metrics file's folder; then takes the lock on the output
 * folder (one run per folder: ConfigError naming the run that holds it) and, for a new run, checks
 * that it holds no other run's checkpoints (deleted first when `overwrite` is set, under the lock).
 * ConfigError naming the field otherwise.
 */
export async function openRunFolder(
  config: { outDir?: string; resumeFrom?: string; overwrite: boolean; metricsFile?: string },
): Promise<RunFolder> {
  const { resumeFrom, overwrite } = config;
  const resumeDir = resumeFrom === undefined ? undefined : await resolveCheckpoint(resumeFrom);
  let outDir = config.outDir;
  if (outDir === undefined && resumeFrom !== undefined && resumeDir !== undefined && !isUrl(resumeFrom)) {
    outDir = resumeDir === resumeFrom ? parentFolder(resumeFrom) : resumeFrom;
  }
  if (config.metricsFile !== undefined) await checkWritableFile(config.metricsFile, 'config.metricsFile');
  if (outDir === undefined) return { ...(resumeDir === undefined ? {} : { resumeDir }) };
  await checkWritableFolder(outDir, 'config.outDir');
  const fresh = resumeFrom === undefined;
  const lock = await lockRunFolder(outDir, fresh && overwrite ? 'overwrite its checkpoints' : 'write checkpoints there');
  try {
    if (fresh) {
      if (overwrite) await removeCheckpoints(outDir);
      else await checkNoEarlierRun(outDir);
    }
  } catch (error) {
    lock?.release();
    throw error;
  }
  return { outDir, ...(resumeDir === undefined ? {} : { resumeDir }), ...(lock === undefined ? {} : { lock }) };
}

/**
 * The model folder `initFrom` names: the folder itself when it holds a model (`config.json`: a
 * Hugging Face folder or one of our checkpoints), else its latest `checkpoint-<step>` folder.
 */
export async function resolveInitFrom(initFrom: string): Promise<string> {
  const storage = await openStorage(initFrom);
  if (await storage.exists('config.json')) return initFrom;
  const last = (await listCheckpointSteps(initFrom)).at(-1);
  if (last === undefined) {
    throw new ConfigError(
      `config.initFrom: no model at ${initFrom}: it has neither config.json nor checkpoint-<step> folders. `
      + 'Give a Hugging Face model folder (or URL), a checkpoint folder, or a run folder that holds checkpoints.',
    );
  }
  return checkpointDir(initFrom, last);
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

/** The folder that holds `path` (string-only, so it works for any storage location). */
function parentFolder(path: string): string {
  const trimmed = path.replace(/[\\/]+$/, '');
  const cut = Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('\\'));
  return cut < 0 ? '.' : cut === 0 ? trimmed.slice(0, 1) : trimmed.slice(0, cut);
}
