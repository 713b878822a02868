import { CheckpointError } from '../errors.js';

/**
 * Normalises a file path inside a storage: '/' separators, no empty or '.' parts. Throws
 * `CheckpointError` for paths that would leave the folder (absolute, empty, or containing '..').
 */
export function storagePath(path: string, location: string): string {
  const slashed = path.replace(/\\/g, '/');
  const parts = slashed.split('/').filter((p) => p !== '' && p !== '.');
  if (parts.length === 0 || parts.includes('..') || slashed.startsWith('/') || /^[a-zA-Z]:$/.test(parts[0]!)) {
    throw new CheckpointError(`file path "${path}" is not a relative path inside ${location}; use a name like "model.safetensors" or "sub/file.json".`);
  }
  return parts.join('/');
}
