/**
 * Crash-safe writes of files and whole folders (Node only; `node:fs` is imported lazily so this
 * module can sit in the browser-safe main entry).
 *
 * Folder protocol for `dir = <parent>/<name>`, with sibling folders in `<parent>`:
 *   `.<name>.tmp-<pid>-<rand>`  being written; incomplete, never read
 *   `.<name>.new-<pid>-<rand>`  complete new content (all files and folders fsynced), about to move in
 *   `.<name>.old-<pid>-<rand>`  complete previous content, moved aside, about to be removed
 * Steps: write + fsync into tmp → rename tmp → new → rename dir → old → rename new → dir → remove old.
 * Every rename is atomic, so after a crash at any moment either `dir` is complete (old or new
 * content), or `dir` is missing and a complete `.new-*` (or `.old-*`) sibling holds the content.
 *
 * Recovery: readers ({@link nodeStorage}) never change anything; when `dir` is missing they read
 * from the newest complete `.new-*` sibling, else the newest `.old-*`. The next writer (this
 * module, {@link recoverDirectory}) moves that sibling back to `dir` and removes leftovers
 * whose writing process is gone. One writer per folder at a time.
 */
import { CheckpointError } from '../errors.js';
import type { StorageFiles } from './storage.js';
import { storagePath } from './storage-path.js';
import { describeWriteError, makeFolders } from './writable.js';

type Fs = typeof import('node:fs/promises');
type Path = typeof import('node:path');

async function nodeModules(): Promise<{ fs: Fs; path: Path }> {
  const [fs, path] = await Promise.all([import('node:fs/promises'), import('node:path')]);
  return { fs, path };
}

/** The Node error code (`ENOENT`, `ENOSPC`, ...) of a caught error, if it has one. */
export function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null ? (error as { code?: string }).code : undefined;
}

function randomSuffix(): string {
  return `${process.pid}-${Math.random().toString(36).slice(2, 10)}`;
}

/** Flushes a file or folder to disk. Folders cannot be opened for fsync on Windows: skipped there. */
async function fsyncPath(fs: Fs, target: string): Promise<void> {
  let handle: Awaited<ReturnType<Fs['open']>> | undefined;
  try {
    handle = await fs.open(target, 'r');
    await handle.sync();
  } catch (error) {
    const code = errorCode(error);
    if (code !== 'EISDIR' && code !== 'EPERM' && code !== 'EINVAL' && code !== 'EBADF') throw error;
  } finally {
    await handle?.close();
  }
}

async function writeDurable(fs: Fs, target: string, data: Uint8Array | string): Promise<void> {
  const handle = await fs.open(target, 'wx');
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

function writeFailure(error: unknown, what: string, target: string, kept: string): CheckpointError {
  const { reason, fix } = describeWriteError(error);
  const message = (error as Error)?.message;
  return new CheckpointError(
    `could not write ${what} ${target}: ${reason}${message === undefined || message.includes(reason) ? '' : ` [${message}]`}. `
    + `Nothing was replaced: ${kept}. ${fix}, then save again.`,
    { cause: error },
  );
}

/** The sibling folders of `dir` left by interrupted writes, newest first within each kind. */
async function leftovers(fs: Fs, path: Path, dir: string) {
  const parent = path.dirname(dir);
  const name = path.basename(dir);
  let entries: string[];
  try {
    entries = await fs.readdir(parent);
  } catch {
    return { tmp: [], new: [], old: [] };
  }
  const found: Record<'tmp' | 'new' | 'old', { path: string; pid: number; mtimeMs: number }[]> = { tmp: [], new: [], old: [] };
  const prefix = `.${name}.`;
  for (const entry of entries) {
    if (!entry.startsWith(prefix)) continue;
    const match = /^(tmp|new|old)-(\d+)-[a-z0-9]+$/.exec(entry.slice(prefix.length));
    if (!match) continue;
    const full = path.join(parent, entry);
    const stat = await fs.stat(full).catch(() => undefined);
    if (!stat) continue;
    found[match[1] as 'tmp' | 'new' | 'old'].push({ path: full, pid: Number(match[2]), mtimeMs: stat.mtimeMs });
  }
  for (const list of Object.values(found)) list.sort((a, b) => b.mtimeMs - a.mtimeMs);
  return found;
}

function processAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errorCode(error) === 'EPERM';
  }
}

/**
 * Where `dir`'s complete content is right now, without changing anything: `dir` itself, or when a
 * write was interrupted between its two renames, the complete `.new-*` (else `.old-*`) sibling.
 * Undefined when there is none.
 */
export async function resolveDirectory(dir: string): Promise<string | undefined> {
  const { fs, path } = await nodeModules();
  const target = path.resolve(dir);
  if (await fs.stat(target).then((s) => s.isDirectory(), () => false)) return target;
  const found = await leftovers(fs, path, target);
  return found.new[0]?.path ?? found.old[0]?.path;
}

/**
 * Repairs `dir` after an interrupted {@link writeDirectoryAtomic}: when `dir` is missing, moves the
 * complete `.new-*` (else `.old-*`) sibling back into place; then removes leftovers whose writing
 * process is no longer running. Called by every write; call it yourself before handing a folder to
 * tools that do not know this protocol.
 */
export async function recoverDirectory(dir: string): Promise<void> {
  const { fs, path } = await nodeModules();
  const target = path.resolve(dir);
  const found = await leftovers(fs, path, target);
  const exists = await fs.stat(target).then(() => true, () => false);
  if (!exists) {
    const source = found.new.find((f) => !processAlive(f.pid)) ?? found.old.find((f) => !processAlive(f.pid));
    if (source) {
      await fs.rename(source.path, target);
      await fsyncPath(fs, path.dirname(target));
    }
  }
  for (const entry of [...found.tmp, ...found.new, ...found.old]) {
    if (!processAlive(entry.pid)) await fs.rm(entry.path, { recursive: true, force: true });
  }
}

/**
 * Writes `files` as the complete content of folder `dir`, crash-safely: after a crash at any moment
 * the folder holds either its complete previous content or the complete new content (see the
 * protocol at the top of this file). `files` maps relative paths ('/' separators, sub-folders allowed)
 * to bytes or UTF-8 text. With `merge: true`, files of the previous folder that `files` does not name
 * are carried over; otherwise the folder afterwards holds exactly `files`.
 *
 * On a write failure (disk full included) the partial temporary folder is removed and a
 * `CheckpointError` says so; the previous folder is left intact.
 */
export async function writeDirectoryAtomic(dir: string, files: StorageFiles, options: { merge?: boolean } = {}): Promise<void> {
  const { path } = await nodeModules();
  const target = path.resolve(dir);
  // Writes to the same folder from this process run one after another.
  const previous = pendingWrites.get(target) ?? Promise.resolve();
  const current = previous.then(() => replaceDirectory(target, files, options), () => replaceDirectory(target, files, options));
  const settled = current.then(() => undefined, () => undefined);
  pendingWrites.set(target, settled);
  void settled.then(() => {
    if (pendingWrites.get(target) === settled) pendingWrites.delete(target);
  });
  return current;
}

const pendingWrites = new Map<string, Promise<void>>();

/**
 * Replacing a folder deletes whatever else it held: refuse the file-system root, the home folder,
 * and the current working folder or any folder containing it (a mistyped `.` or `..`).
 */
async function refuseDangerousTarget(path: Path, target: string): Promise<void> {
  const { homedir } = await import('node:os');
  const cwd = process.cwd();
  const reason = target === path.parse(target).root ? 'is the file-system root'
    : target === path.resolve(homedir()) ? 'is your home folder'
      : cwd === target || cwd.startsWith(target.endsWith(path.sep) ? target : target + path.sep) ? 'contains the current working folder'
        : undefined;
  if (reason !== undefined) {
    throw new CheckpointError(`refusing to write a checkpoint as the whole folder ${target}: it ${reason}, and saving replaces the folder's entire content. Save into a dedicated sub-folder such as ${path.join(target, 'checkpoint')}.`);
  }
}

async function replaceDirectory(target: string, files: StorageFiles, options: { merge?: boolean }): Promise<void> {
  const { fs, path } = await nodeModules();
  const parent = path.dirname(target);
  const name = path.basename(target);
  const entries = Object.entries(files).map(([file, data]) => [storagePath(file, target), data] as const);

  await refuseDangerousTarget(path, target);
  try {
    await makeFolders(parent);
  } catch (error) {
    throw writeFailure(error, 'checkpoint folder', target, `${target} was not created`);
  }
  await recoverDirectory(target);
  const hadPrevious = await fs.stat(target).then((s) => s.isDirectory(), () => false);
  const kept = hadPrevious ? `the previous folder ${target} is intact` : `${target} was not created`;

  const suffix = randomSuffix();
  const tmp = path.join(parent, `.${name}.tmp-${suffix}`);
  try {
    await fs.mkdir(tmp);
    const folders = new Set<string>([tmp]);
    /** Creates the file's folders; writes it durably unless `data` is undefined. */
    const writeOne = async (file: string, data: Uint8Array | string | undefined) => {
      const destination = path.join(tmp, file);
      const folder = path.dirname(destination);
      if (!folders.has(folder)) {
        await fs.mkdir(folder, { recursive: true });
        for (let f = folder; f !== tmp && !folders.has(f); f = path.dirname(f)) folders.add(f);
      }
      if (data !== undefined) await writeDurable(fs, destination, data);
    };
    for (const [file, data] of entries) await writeOne(file, data);
    const written = new Set(entries.map(([file]) => file));
    if (options.merge && hadPrevious) {
      const previous = await fs.readdir(target, { recursive: true, withFileTypes: true });
      for (const entry of previous) {
        if (!entry.isFile()) continue;
        const source = path.join(entry.parentPath ?? entry.path, entry.name);
        const file = path.relative(target, source).split(path.sep).join('/');
        if (written.has(file)) continue;
        // Files are never changed in place, so a hard link is as safe as a copy and instant.
        const destination = path.join(tmp, file);
        await writeOne(file, undefined);
        await fs.link(source, destination).catch(() => fs.copyFile(source, destination));
      }
    }
    // Deepest folders first, so each folder's entries are durable before its parent's.
    for (const folder of [...folders].sort((a, b) => b.length - a.length)) await fsyncPath(fs, folder);
  } catch (error) {
    await fs.rm(tmp, { recursive: true, force: true }).catch(() => undefined);
    throw writeFailure(error, 'checkpoint folder', target, kept);
  }

  const ready = path.join(parent, `.${name}.new-${suffix}`);
  const old = path.join(parent, `.${name}.old-${suffix}`);
  try {
    await fs.rename(tmp, ready);
    await fsyncPath(fs, parent);
    if (hadPrevious) await fs.rename(target, old);
    await fs.rename(ready, target);
    await fsyncPath(fs, parent);
  } catch (error) {
    // Put the previous folder back if it was moved aside; drop the new content.
    const exists = await fs.stat(target).then(() => true, () => false);
    if (!exists && hadPrevious) await fs.rename(old, target).catch(() => undefined);
    await fs.rm(tmp, { recursive: true, force: true }).catch(() => undefined);
    await fs.rm(ready, { recursive: true, force: true }).catch(() => undefined);
    throw writeFailure(error, 'checkpoint folder', target, kept);
  }
  if (hadPrevious) await fs.rm(old, { recursive: true, force: true });
}

/**
 * Writes one file crash-safely: a temporary sibling `.<name>.tmp-<pid>-<rand>` is written and
 * fsynced, then renamed over `file`, so readers see the old or the new content, never a part.
 * Parent folders are created. On failure (disk full included) the temporary file is removed and a
 * `CheckpointError` says the previous file is intact.
 */
export async function writeFileAtomic(file: string, data: Uint8Array | string): Promise<void> {
  const { fs, path } = await nodeModules();
  const target = path.resolve(file);
  const parent = path.dirname(target);
  const tmp = path.join(parent, `.${path.basename(target)}.tmp-${randomSuffix()}`);
  const hadPrevious = await fs.stat(target).then(() => true, () => false);
  try {
    await makeFolders(parent);
    await writeDurable(fs, tmp, data);
    await fs.rename(tmp, target);
    await fsyncPath(fs, parent);
  } catch (error) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    throw writeFailure(error, 'file', target, hadPrevious ? `the previous ${target} is intact` : `${target} was not created`);
  }
}
