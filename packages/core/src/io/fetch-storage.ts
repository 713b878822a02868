import { CheckpointError } from '../errors.js';
import type { Storage } from './storage.js';
import { storagePath } from './storage-path.js';

/**
 * A read-only {@link Storage} over HTTP(S): file `path` is fetched from `new URL(path, baseUrl)`
 * (a trailing '/' is added to `baseUrl` when missing). `init` is passed to every `fetch` (headers
 * such as `Authorization`, a `signal`). Works in browsers and in Node 18+.
 *
 * For a Hugging Face Hub model use `https://huggingface.co/<org>/<model>/resolve/main/`.
 */
export function fetchStorage(baseUrl: string, init?: RequestInit): Storage {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  const urlOf = (path: string): string => new URL(storagePath(path, base), base).href;

  async function get(path: string): Promise<Response> {
    const url = urlOf(path);
    let response: Response;
    try {
      response = await fetch(url, init);
    } catch (cause) {
      throw new CheckpointError(`could not fetch "${path}" from ${base} (${url}): ${(cause as Error).message}. Check the URL and the network.`, { cause });
    }
    if (response.status === 404) {
      await response.body?.cancel();
      throw new CheckpointError(`file "${path}" not found at ${base} (HTTP 404 for ${url}). Check that the model folder holds it.`);
    }
    if (!response.ok) {
      await response.body?.cancel();
      const hint = response.status === 401 || response.status === 403 ? ' The server needs credentials: pass them in fetchStorage(url, { headers }).' : '';
      throw new CheckpointError(`could not fetch "${path}" from ${base}: HTTP ${response.status} ${response.statusText} for ${url}.${hint}`);
    }
    return response;
  }

  async function readBytes(path: string): Promise<Uint8Array> {
    const response = await get(path);
    try {
      return new Uint8Array(await response.arrayBuffer());
    } catch (cause) {
      throw new CheckpointError(`download of "${path}" from ${base} broke off: ${(cause as Error).message}.`, { cause });
    }
  }

  return {
    location: base,
    readBytes,
    async readText(path) {
      return new TextDecoder().decode(await readBytes(path));
    },
    async exists(path) {
      const url = urlOf(path);
      let response: Response;
      try {
        response = await fetch(url, { ...init, method: 'HEAD' });
        if (response.status === 405 || response.status === 501) {
          // No HEAD support: ask for the first byte instead.
          response = await fetch(url, { ...init, headers: { ...headersOf(init), Range: 'bytes=0-0' } });
          await response.body?.cancel();
        }
      } catch (cause) {
        throw new CheckpointError(`could not reach ${url} to check for "${path}": ${(cause as Error).message}.`, { cause });
      }
      if (response.ok) return true;
      if (response.status === 404) return false;
      throw new CheckpointError(`could not check for "${path}" at ${base}: HTTP ${response.status} ${response.statusText} for ${url}.`);
    },
  };
}

function headersOf(init: RequestInit | undefined): Record<string, string> {
  const headers: Record<string, string> = {};
  new Headers(init?.headers).forEach((value, key) => {
    headers[key] = value;
  });
  return headers;
}
