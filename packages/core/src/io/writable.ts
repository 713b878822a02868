/**
 * Checks, before any work starts, that output locations can be written (Node only; `node:fs` is
 * imported lazily so this module can sit in the browser-safe main entry), and says why not in words:
 * the path and the real cause, with a fix that fits that cause.
 */
import { ConfigError } from '../errors.js';
import { errorCode } from './atomic-write.js';

/** Why a file-system write failed, and what to do about it, from the error's code. */
export function describeWriteError(error: unknown): { reason: string; fix: string } {
  const code = errorCode(error);
  const detail = code === undefined ? (error as Error)?.message ?? String(error) : code;
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return { reason: `the disk is full or over quota (${code})`, fix: 'Free space or choose another folder' };
    case 'EACCES':
    case 'EPERM':
      return {
        reason: `permission denied (${code}: the folder is not writable by this user, or is marked immutable)`,
        fix: 'Make it writable (chmod / chattr -i) or choose another folder',
      };
    case 'EROFS':
      return { reason: 'the file system is read-only (EROFS)', fix: 'Choose a folder on a writable file system' };
    case 'ENOTDIR':
      return { reason: 'a part of the path is a file, not a folder (ENOTDIR)', fix: 'Choose a path whose parents are folders' };
    case 'EISDIR':
      return { reason: 'the path is a folder, not a file (EISDIR)', fix: 'Give a file path' };
    case 'ENOENT':
      return { reason: 'the folder cannot be created there (ENOENT: e.g. under /proc or /sys)', fix: 'Choose a folder on a regular file system' };
    case 'ENOTEMPTY':
    case 'EEXIST':
      return {
        reason: `another process wrote the same folder at the same moment (${code})`,
        fix: 'Run one training run per output folder',
      };
    default:
      return { reason: detail, fix: 'Check the path or choose another folder' };
  }
}

function isLocal(location: string): boolean {
  return !(/^[a-z]+:/i.test(location) && !/^[a-z]:[\\/]/i.test(location));
}

/**
 * Checks that `dir` can hold output: creates it (and missing parents) one level at a time, then
 * creates and removes a probe file in it. `label` names the setting in the error (e.g.
 * "config.outDir"). Non-local locations (opfs:, URLs) are not checked. ConfigError naming the path
 * and the cause otherwise. Returns whether the folder was created by this call.
 */
export async function checkWritableFolder(dir: string, label: string): Promise<{ created: boolean }> {
  return probeFolder(dir, label, dir);
}

/** {@link checkWritableFolder}, with errors about `given` (the file the user named, or `dir`). */
async function probeFolder(dir: string, label: string, given: string): Promise<{ created: boolean }> {
  if (!isLocal(dir)) return { created: false };
  const fs = await import('node:fs/promises');
  const path = await import('node:path');
  const target = path.resolve(dir);
  let created: string[];
  try {
    created = await makeFolders(target);
  } catch (error) {
    if ((error as { fileInTheWay?: string }).fileInTheWay !== undefined) {
      throw new ConfigError(
        `${label}: ${(error as { fileInTheWay: string }).fileInTheWay} is a file, not a folder, so nothing can be written under it (${given}). Choose another path.`,
      );
    }
    throw unwritable(label, given, (error as { path?: string }).path ?? target, error);
  }
  const probe = path.join(target, `.stagecoach-probe-${process.pid}-${Math.random().toString(36).slice(2, 10)}`);
  try {
    const handle = await fs.open(probe, 'wx');
    try {
      await handle.writeFile('probe');
    } finally {
      await handle.close();
    }
    await fs.rm(probe, { force: true });
  } catch (error) {
    await fs.rm(probe, { force: true }).catch(() => undefined);
    throw unwritable(label, given, target, error);
  }
  return { created: created.length > 0 };
}

/**
 * Checks that `file` can be written: its folder passes {@link checkWritableFolder}, and the file, if
 * it exists, is a writable regular file. The file itself is neither created nor changed.
 */
export async function checkWritableFile(file: string, label: string): Promise<void> {
  if (!isLocal(file)) return;
  const fs = await import('node:fs/promises');
  const path = await import('node:path');
  const target = path.resolve(file);
  await probeFolder(path.dirname(target), label, file);
  const stat = await fs.stat(target).catch(() => undefined);
  if (stat === undefined) return;
  if (stat.isDirectory()) throw new ConfigError(`${label}: ${target} is a folder, not a file. Give a file path.`);
  try {
    await fs.access(target, (await import('node:fs')).constants.W_OK);
  } catch (error) {
    throw unwritable(label, file, target, error);
  }
}

/**
 * Creates folder `target` and its missing parents, one level at a time (a recursive `mkdir` under
 * /proc never returns on some Node versions); returns the folders it created. When a part of the path
 * is a file, throws an ENOTDIR error with `fileInTheWay` set to it.
 */
export async function makeFolders(target: string): Promise<string[]> {
  const fs = await import('node:fs/promises');
  const path = await import('node:path');
  const missing: string[] = [];
  for (let existing = path.resolve(target); ;) {
    const stat = await fs.stat(existing).catch((error: unknown) => error as NodeJS.ErrnoException);
    if (!(stat instanceof Error)) {
      if (!stat.isDirectory()) {
        throw Object.assign(new Error(`ENOTDIR: ${existing} is a file, not a folder`), { code: 'ENOTDIR', path: existing, fileInTheWay: existing });
      }
      break;
    }
    if (stat.code !== 'ENOENT' && stat.code !== 'ENOTDIR') throw stat;
    const parent = path.dirname(existing);
    if (parent === existing) break;
    missing.unshift(existing);
    existing = parent;
  }
  const created: string[] = [];
  for (const folder of missing) {
    try {
      await fs.mkdir(folder);
      created.push(folder);
    } catch (error) {
      if (errorCode(error) !== 'EEXIST') throw error;
    }
  }
  return created;
}

function unwritable(label: string, given: string, where: string, error: unknown): ConfigError {
  const { reason, fix } = describeWriteError(error);
  const at = where === given ? given : `${given} (at ${where})`;
  return new ConfigError(`${label}: cannot write to ${at}: ${reason}. ${fix}.`, { cause: error });
}
