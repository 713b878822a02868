/**
 * Where checkpoint and model files live: a local folder (Node), a base URL (fetch), or the
 * browser's origin-private file system. Model loading and saving go through this interface only.
 */
import { fetchStorage } from './fetch-storage.js';
import { nodeStorage } from './node-storage.js';
import { opfsStorage } from './opfs-storage.js';

/** Files to write: contents as bytes or as text (written as UTF-8). Paths use '/' separators. */
export type StorageFiles = Record<string, Uint8Array | string>;

/** A folder of files, read (and for some kinds written) by relative path such as `"model.safetensors"`. */
export interface Storage {
  /** The folder path or base URL, for messages. */
  readonly location: string;
  /** The file's bytes; throws `CheckpointError` naming the file and the location when it is missing. */
  readBytes(path: string): Promise<Uint8Array>;
  /** The file as UTF-8 text; throws `CheckpointError` naming the file and the location when it is missing. */
  readText(path: string): Promise<string>;
  /** Whether the file exists. */
  exists(path: string): Promise<boolean>;
  /**
   * Writes a set of files as one unit. For a local folder the folder afterwards holds exactly
   * these files (see {@link writeDirectoryAtomic}); kinds that cannot write omit this method.
   */
  writeFiles?(files: StorageFiles): Promise<void>;
}

/** Whether `value` already is a {@link Storage}. */
export function isStorage(value: unknown): value is Storage {
  return typeof value === 'object' && value !== null
    && typeof (value as Storage).readBytes === 'function'
    && typeof (value as Storage).readText === 'function'
    && typeof (value as Storage).exists === 'function';
}

/**
 * Opens a storage from a string or passes a {@link Storage} through:
 * `http://` / `https://` → {@link fetchStorage}; `opfs:NAME` → {@link opfsStorage} (browser);
 * `file://` URL or anything else → a local folder via {@link nodeStorage} (Node; `node:fs` is loaded
 * lazily so this module stays browser-safe).
 */
export async function openStorage(source: string | Storage): Promise<Storage> {
  if (typeof source !== 'string') return source;
  if (/^https?:\/\//i.test(source)) return fetchStorage(source);
  if (/^opfs:/i.test(source)) return opfsStorage(source.replace(/^opfs:(\/\/)?/i, ''));
  if (/^file:\/\//i.test(source)) {
    const { fileURLToPath } = await import('node:url');
    return nodeStorage(fileURLToPath(source));
  }
  return nodeStorage(source);
}
