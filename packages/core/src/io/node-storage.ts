import { CheckpointError } from '../errors.js';
import { errorCode, resolveDirectory, writeDirectoryAtomic } from './atomic-write.js';
import type { Storage, StorageFiles } from './storage.js';
import { storagePath } from './storage-path.js';

/**
 * Reads a whole file into one Uint8Array, in chunks, so files above the 2 GiB limit of
 * `fs.readFile` load too (up to the largest typed array the engine allows).
 */
async function readWhole(file: string): Promise<Uint8Array> {
  const fs = await import('node:fs/promises');
  const handle = await fs.open(file, 'r');
  try {
    const { size } = await handle.stat();
    const out = new Uint8Array(size);
    const chunk = 1 << 30;
    let position = 0;
    while (position < size) {
      const { bytesRead } = await handle.read(out, position, Math.min(chunk, size - position), position);
      if (bytesRead === 0) break;
      position += bytesRead;
    }
    return position === size ? out : out.subarray(0, position);
  } finally {
    await handle.close();
  }
}

/**
 * A {@link Storage} over a local folder (Node). `node:fs` is imported on first use, so importing
 * this module is browser-safe. Reads never change the disk: if a crash interrupted a
 * {@link writeDirectoryAtomic} between its renames, they read the complete sibling copy.
 * `writeFiles` replaces the folder's content atomically (`{ merge: true }` keeps files not named).
 */
export function nodeStorage(dir: string): Storage & { writeFiles(files: StorageFiles, options?: { merge?: boolean }): Promise<void> } {
  const location = dir;

  /** The file's path and whether it is read from a complete sibling copy (the folder is mid-swap). */
  async function fullPath(path: string): Promise<{ file: string; fallback: boolean }> {
    const nodePath = await import('node:path');
    const folder = nodePath.resolve(dir);
    const resolved = (await resolveDirectory(dir)) ?? folder;
    return { file: nodePath.join(resolved, storagePath(path, location)), fallback: resolved !== folder };
  }

  async function missing(path: string, cause: unknown): Promise<CheckpointError> {
    const fs = await import('node:fs/promises');
    const folder = await resolveDirectory(dir);
    if (folder === undefined) {
      return new CheckpointError(`folder ${location} does not exist (looking for "${path}"). Check the path, or save a checkpoint there first.`, { cause });
    }
    const present = await fs.readdir(folder).catch(() => [] as string[]);
    const listing = present.length === 0 ? 'it is empty' : `it holds: ${present.slice(0, 12).join(', ')}${present.length > 12 ? ', ...' : ''}`;
    return new CheckpointError(`file "${path}" not found in folder ${location} (${listing}).`, { cause });
  }

  async function read(path: string): Promise<Uint8Array> {
    for (let attempt = 0; ; attempt++) {
      const { file, fallback } = await fullPath(path);
      try {
        return await readWhole(file);
      } catch (error) {
        const code = errorCode(error);
        // A sibling copy read mid-swap may have just moved into place: look again once.
        if (code === 'ENOENT' && fallback && attempt === 0) continue;
        if (code === 'ENOENT' || code === 'ENOTDIR') throw await missing(path, error);
        if (code === 'EISDIR') throw new CheckpointError(`"${path}" in folder ${location} is a folder, not a file.`, { cause: error });
        throw new CheckpointError(`could not read "${path}" in folder ${location}: ${(error as Error).message}`, { cause: error });
      }
    }
  }

  return {
    location,
    readBytes: read,
    async readText(path) {
      return new TextDecoder().decode(await read(path));
    },
    async exists(path) {
      const fs = await import('node:fs/promises');
      const { file } = await fullPath(path);
      return fs.stat(file).then((s) => s.isFile(), () => false);
    },
    async writeFiles(files: StorageFiles, options?: { merge?: boolean }) {
      await writeDirectoryAtomic(dir, files, options);
    },
  };
}
