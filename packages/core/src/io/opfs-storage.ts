import { CheckpointError } from '../errors.js';
import type { Storage, StorageFiles } from './storage.js';
import { storagePath } from './storage-path.js';

function domErrorName(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null ? (error as { name?: string }).name : undefined;
}

/**
 * A {@link Storage} in the browser's origin-private file system (OPFS), under the folder
 * `dirName` (sub-folders with '/'). Each file is written through `createWritable()`, which the
 * browser commits atomically when the stream closes; a set of files is written file by file, so a
 * crash can leave some files new and some old (OPFS offers no folder rename to do better).
 */
export function opfsStorage(dirName: string): Storage {
  const location = `opfs:${dirName}`;
  const folderParts = dirName.split('/').filter((p) => p !== '' && p !== '.');

  async function root(create: boolean): Promise<FileSystemDirectoryHandle> {
    const storage = (globalThis as { navigator?: { storage?: StorageManager } }).navigator?.storage;
    if (!storage?.getDirectory) {
      throw new CheckpointError(`${location}: the origin-private file system is not available here (it needs a browser with navigator.storage.getDirectory, in a secure context). In Node use a folder path instead.`);
    }
    let folder = await storage.getDirectory();
    for (const part of folderParts) folder = await folder.getDirectoryHandle(part, { create });
    return folder;
  }

  async function fileHandle(path: string, create: boolean): Promise<FileSystemFileHandle> {
    const parts = storagePath(path, location).split('/');
    let folder = await root(create);
    for (const part of parts.slice(0, -1)) folder = await folder.getDirectoryHandle(part, { create });
    return folder.getFileHandle(parts[parts.length - 1]!, { create });
  }

  async function read(path: string): Promise<Uint8Array> {
    let handle: FileSystemFileHandle;
    try {
      handle = await fileHandle(path, false);
    } catch (error) {
      if (CheckpointError.isInstance(error)) throw error;
      const name = domErrorName(error);
      if (name === 'NotFoundError' || name === 'TypeMismatchError') {
        throw new CheckpointError(`file "${path}" not found in ${location}.`, { cause: error });
      }
      throw new CheckpointError(`could not open "${path}" in ${location}: ${(error as Error).message}`, { cause: error });
    }
    const file = await handle.getFile();
    return new Uint8Array(await file.arrayBuffer());
  }

  return {
    location,
    readBytes: read,
    async readText(path) {
      return new TextDecoder().decode(await read(path));
    },
    async exists(path) {
      try {
        await fileHandle(path, false);
        return true;
      } catch (error) {
        if (CheckpointError.isInstance(error)) throw error;
        return false;
      }
    },
    async writeFiles(files: StorageFiles) {
      for (const [path, data] of Object.entries(files)) {
        try {
          const handle = await fileHandle(path, true);
          const writable = await handle.createWritable();
          await writable.write(typeof data === 'string' ? data : new Uint8Array(data));
          await writable.close();
        } catch (error) {
          if (CheckpointError.isInstance(error)) throw error;
          const full = domErrorName(error) === 'QuotaExceededError' ? ' The browser storage quota is full.' : '';
          throw new CheckpointError(`could not write "${path}" in ${location}: ${(error as Error).message}.${full}`, { cause: error });
        }
      }
    },
  };
}
