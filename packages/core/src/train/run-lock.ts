/**
 * One run per output folder: a lock on a local `outDir`, held from a trainer's `init()` to its
 * `dispose()` (and released when the process exits). Built on `proper-lockfile` (an atomic `mkdir` of
 * `<outDir>/.stagecoach-run.lock`, its mtime refreshed while held). The lock folder also holds
 * `owner.json` (pid, host, start time, command line), because a tfjs step can block the event loop
 * for long enough that the mtime alone would make a live lock look stale:
 * - holder on this host and its pid gone (a crash, kill -9): stale, taken over at once;
 * - holder on this host and alive: never taken over, however old the mtime;
 * - holder on another host: stale once its mtime is older than {@link STALE_MS}.
 * The lock folder's name never matches `checkpoint-<step>`, so it is never taken for a checkpoint,
 * and it sits beside the checkpoint folders, not in them. Browser storages (opfs:, URLs): no lock.
 */
import { ConfigError } from '../errors.js';

/** Imported by a name that bundlers leave alone: the lock is Node-only, and proper-lockfile needs `fs`. */
const PROPER_LOCKFILE = 'proper-lockfile';

/** The lock folder's name inside `outDir`. */
export const RUN_LOCK_NAME = '.stagecoach-run.lock';
const OWNER_FILE = 'owner.json';
/** A lock whose holder is on another host counts as stale after this long without a refresh. */
const STALE_MS = 60_000;

/** Who holds a run lock. */
export interface RunLockOwner {
  pid: number;
  hostname: string;
  /** ISO 8601 time the lock was taken. */
  since: string;
  /** The holder's command line. */
  command: string;
  /**
   * Linux: the boot id and the process's start time in clock ticks (/proc/<pid>/stat), so a pid that
   * a new process reused after a crash or a reboot (a container restart gives out the same pids) is not taken for the holder.
   */
  process?: { bootId: string; startTicks: string };
}

/** Lock folders held by this process: a holder with our own pid that is not in here is a dead run's. */
const heldHere = new Set<string>();

/** A held run lock. */
export interface RunLock {
  readonly path: string;
  /** Set when the lock was taken away while held (its folder removed or replaced). */
  readonly lost: Error | undefined;
  /** Releases the lock (synchronously, so `dispose()` stays synchronous). Idempotent. */
  release(): void;
}

/**
 * Takes the lock on a local `outDir` (which must exist). ConfigError naming the holder when another
 * live run holds it; `purpose` says what was refused ("write checkpoints", "overwrite ..."). Undefined for non-local storages.
 */
export async function lockRunFolder(outDir: string, purpose: string): Promise<RunLock | undefined> {
  if (/^[a-z]+:/i.test(outDir) && !/^[a-z]:[\\/]/i.test(outDir)) return undefined;
  const [fs, nodeFs, path, os, lockfile] = await Promise.all([
    import('node:fs/promises'), import('node:fs'), import('node:path'), import('node:os'),
    import(/* webpackIgnore: true */ /* @vite-ignore */ PROPER_LOCKFILE) as Promise<typeof import('proper-lockfile')>,
  ]);
  const folder = path.resolve(outDir);
  const lockPath = path.join(folder, RUN_LOCK_NAME);
  // proper-lockfile removes its folder with rmdir; ours also holds owner.json.
  const lockFs = {
    ...nodeFs,
    rmdir: (p: string, callback: (error: Error | null) => void) => nodeFs.rm(p, { recursive: true, force: true }, callback),
    rmdirSync: (p: string) => nodeFs.rmSync(p, { recursive: true, force: true }),
  };
  const hostname = os.hostname();

  const current = await readOwner(fs, path.join(lockPath, OWNER_FILE));
  if (current !== undefined && current.hostname === hostname) {
    if (await holderAlive(fs, current, heldHere.has(lockPath))) throw inUse(outDir, purpose, current, lockPath);
    await fs.rm(lockPath, { recursive: true, force: true }); // its holder is gone: a crash or kill -9
  }
  let lost: Error | undefined;
  try {
    await lockfile.lock(folder, {
      lockfilePath: lockPath, realpath: false, retries: 0, stale: STALE_MS, fs: lockFs,
      onCompromised: (error) => {
        lost = error;
      },
    });
  } catch (error) {
    if ((error as { code?: string }).code !== 'ELOCKED') throw error;
    // Taken just now by a run that may not have written owner.json yet: wait for it briefly.
    let owner: RunLockOwner | undefined;
    for (let attempt = 0; attempt < 20 && owner === undefined; attempt += 1) {
      owner = await readOwner(fs, path.join(lockPath, OWNER_FILE));
      if (owner === undefined) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw inUse(outDir, purpose, owner, lockPath);
  }
  heldHere.add(lockPath);
  const identity = await processIdentity(fs, process.pid);
  const owner: RunLockOwner = {
    pid: process.pid, hostname, since: new Date().toISOString(), command: process.argv.join(' '), ...(identity === undefined ? {} : { process: identity }),
  };
  // Adding owner.json moves the lock folder's mtime, which proper-lockfile checks is still the one it set
  // at each refresh (30 s on): put it back, or every run longer than that would find its lock "compromised".
  const { atime, mtime } = await fs.stat(lockPath);
  await fs.writeFile(path.join(lockPath, OWNER_FILE), `${JSON.stringify(owner, null, 2)}\n`);
  await fs.utimes(lockPath, atime, mtime);
  let released = false;
  return {
    path: lockPath,
    get lost() {
      return lost;
    },
    release() {
      if (released) return;
      released = true;
      heldHere.delete(lockPath);
      try {
        lockfile.unlockSync(folder, { lockfilePath: lockPath, realpath: false, fs: lockFs });
      } catch {
        // Not held any more (taken away while held): nothing of ours to remove.
      }
    },
  };
}

async function readOwner(fs: typeof import('node:fs/promises'), file: string): Promise<RunLockOwner | undefined> {
  try {
    const owner = JSON.parse(await fs.readFile(file, 'utf8')) as RunLockOwner;
    return Number.isInteger(owner.pid) && typeof owner.hostname === 'string' ? owner : undefined;
  } catch {
    return undefined;
  }
}

/** Whether the lock's holder (on this host) still runs: its pid exists and, on Linux, is the same process. */
async function holderAlive(fs: typeof import('node:fs/promises'), owner: RunLockOwner, heldByUs: boolean): Promise<boolean> {
  if (owner.pid === process.pid) return heldByUs;
  try {
    process.kill(owner.pid, 0);
  } catch (error) {
    if ((error as { code?: string }).code !== 'EPERM') return false;
  }
  if (owner.process === undefined) return true;
  const now = await processIdentity(fs, owner.pid);
  return now === undefined || (now.bootId === owner.process.bootId && now.startTicks === owner.process.startTicks);
}

/** Linux: the boot id and the start time of process `pid`; undefined elsewhere. */
async function processIdentity(fs: typeof import('node:fs/promises'), pid: number): Promise<{ bootId: string; startTicks: string } | undefined> {
  try {
    const [bootId, stat] = await Promise.all([
      fs.readFile('/proc/sys/kernel/random/boot_id', 'utf8'), fs.readFile(`/proc/${pid}/stat`, 'utf8'),
    ]);
    // Fields after the command name (which may hold spaces) start at field 3; starttime is field 22.
    const startTicks = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
    return startTicks === undefined ? undefined : { bootId: bootId.trim(), startTicks };
  } catch {
    return undefined;
  }
}

function inUse(outDir: string, purpose: string, owner: RunLockOwner | undefined, lockPath: string): ConfigError {
  const who = owner === undefined
    ? 'another process (its owner file is not written yet)'
    : `process ${owner.pid} on ${owner.hostname}, since ${owner.since} (command: ${owner.command})`;
  return new ConfigError(
    `config.outDir (${outDir}) is in use by another run: ${who}, so this run cannot ${purpose}. `
    + 'Wait for that run to finish (or stop it), or choose another outDir. '
    + `If that process is gone on another host, the lock ${lockPath} expires ${STALE_MS / 1000} s after its last refresh.`,
  );
}
