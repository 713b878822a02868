import { CheckpointError } from '../../errors.js';
import { isUrl } from './byte-stream.js';

/**
 * What a checkpoint records about one training source, so that a resume can tell whether the data
 * cursor still points into the same data. A local file is identified by its size and a hash of all its
 * bytes (not its mtime, so a copied corpus still resumes; hashing reads a few hundred MB/s, little next to
 * training on the same bytes), an in-memory array by its length and a hash of all its texts, a URL by its ETag / Content-Length when the server
 * sends them (else only the URL), a custom TextSource by its name (or its own `fingerprint()`).
 */
export interface SourceFingerprint {
  kind: 'file' | 'url' | 'array' | 'custom';
  /** Path, URL or label (for messages; a moved local file with the same content still matches). */
  name: string;
  /** How the source is parsed: "text", or "jsonl:<field>". */
  format?: string;
  /** Bytes (file, URL when known). */
  bytes?: number;
  /** Texts (array). */
  count?: number;
  /** Content hash (file: every byte; array: every text; custom: whatever the source hashes). */
  hash?: string;
  /**
   * `"all"` where a file's hash covers every byte. Checkpoints written before it hashed only a file's
   * first and last 64 KiB; their hash is not compared (the size still is).
   */
  hashScope?: 'all';
  /** HTTP ETag (URL, when sent). */
  etag?: string;
}

const CHUNK_BYTES = 1 << 20;

/** Fingerprint of a local file or a URL read as `format`. */
export async function locationFingerprint(location: string, format: string): Promise<SourceFingerprint> {
  return isUrl(location) ? urlFingerprint(location, format) : fileFingerprint(location, format);
}

async function fileFingerprint(location: string, format: string): Promise<SourceFingerprint> {
  const fs = await import('node:fs/promises');
  const handle = await fs.open(location, 'r');
  try {
    const { size } = await handle.stat();
    const hash = new ContentHash();
    const chunk = new Uint8Array(Math.min(CHUNK_BYTES, size));
    for (let position = 0; position < size;) {
      const { bytesRead } = await handle.read(chunk, 0, Math.min(chunk.length, size - position), position);
      if (bytesRead === 0) break; // the file shrank while being read: the size recorded above then differs
      hash.bytes(chunk.subarray(0, bytesRead));
      position += bytesRead;
    }
    return { kind: 'file', name: location, format, bytes: size, hash: hash.digest(), hashScope: 'all' };
  } finally {
    await handle.close();
  }
}

async function urlFingerprint(url: string, format: string): Promise<SourceFingerprint> {
  const out: SourceFingerprint = { kind: 'url', name: url, format };
  try {
    const response = await fetch(url, { method: 'HEAD' });
    if (!response.ok) return out;
    const etag = response.headers.get('etag');
    const length = Number(response.headers.get('content-length') ?? Number.NaN);
    if (etag !== null && etag !== '') out.etag = etag;
    if (Number.isInteger(length) && length >= 0) out.bytes = length;
  } catch {
    // No HEAD (offline, CORS): the URL alone identifies it; reading it later reports the real error.
  }
  return out;
}

/** Fingerprint of in-memory texts: their count and a hash of every text (with its length, so boundaries count). */
export function textsFingerprint(texts: readonly string[], name: string): SourceFingerprint {
  const hash = new ContentHash();
  for (const text of texts) hash.text(text);
  return { kind: 'array', name, count: texts.length, hash: hash.digest() };
}

/**
 * Checks that the corpus a resume reads is the one the checkpoint's data cursor was saved in;
 * CheckpointError naming the source, what changed, and how to proceed otherwise.
 */
export function checkFingerprints(saved: unknown, current: readonly SourceFingerprint[], where: string): void {
  const fix = 'The saved data cursor points into the old data, so resuming would not continue exactly: '
    + 'restore the corpus (and its text field) the run was started with, or start a new run (another outDir, or overwrite) on the new data.';
  if (!Array.isArray(saved)) {
    throw new CheckpointError(
      `${where}: "dataFingerprint" is missing or invalid (got ${JSON.stringify(saved)}). `
      + 'The checkpoint is damaged or from another version of Stagecoach; resume from another checkpoint or start a new run.',
    );
  }
  if (saved.length !== current.length) {
    throw new CheckpointError(
      `the training data differs from what the checkpoint at ${where} was trained on: it had ${saved.length} source(s) `
      + `(${saved.map((s: SourceFingerprint) => s.name).join(', ')}), the config gives ${current.length} `
      + `(${current.map((s) => s.name).join(', ')}). ${fix}`,
    );
  }
  current.forEach((now, i) => {
    const then = saved[i] as SourceFingerprint;
    const changes = fingerprintChanges(then, now);
    if (changes.length > 0) {
      const label = then.name === now.name ? `"${now.name}"` : `"${now.name}" (was "${then.name}")`;
      throw new CheckpointError(`the training data differs from what the checkpoint at ${where} was trained on: source ${i} ${label}: ${changes.join('; ')}. ${fix}`);
    }
  });
}

/** What differs between two fingerprints of the same source slot (empty: the same data). */
function fingerprintChanges(then: SourceFingerprint, now: SourceFingerprint): string[] {
  if (then.kind !== now.kind) return [`it was a ${then.kind} source, now a ${now.kind} source`];
  const out: string[] = [];
  const differs = (field: keyof SourceFingerprint, what: string): void => {
    if (then[field] !== undefined && now[field] !== undefined && then[field] !== now[field]) {
      out.push(`${what} ${JSON.stringify(then[field])} → ${JSON.stringify(now[field])}`);
    }
  };
  if ((then.format ?? '') !== (now.format ?? '')) out.push(`read as ${JSON.stringify(then.format)} → ${JSON.stringify(now.format)} (format and JSONL text field)`);
  differs('bytes', 'size (bytes)');
  differs('count', 'number of texts');
  differs('etag', 'ETag');
  const comparableHash = then.kind !== 'file' || then.hashScope === now.hashScope;
  if (out.length === 0 && comparableHash) differs('hash', 'content hash');
  // A URL without ETag or size, or a custom source without a hash, is known only by its name.
  const byName = (now.kind === 'url' && now.etag === undefined && now.bytes === undefined) || (now.kind === 'custom' && now.hash === undefined);
  if (out.length === 0 && byName && then.name !== now.name) out.push(`name ${JSON.stringify(then.name)} → ${JSON.stringify(now.name)}`);
  return out;
}

/** A fast, deterministic 2 × 32-bit hash (cyrb53-style) over bytes and strings; not cryptographic. */
export class ContentHash {
  private h1 = 0xdeadbeef;
  private h2 = 0x41c6ce57;

  /** Mixes 4 bytes at a time (as little-endian words), then the 0–3 bytes left. */
  bytes(data: Uint8Array): void {
    this.mix(data.length);
    const aligned = data.byteOffset % 4 === 0 ? data : data.slice();
    const words = new Uint32Array(aligned.buffer, aligned.byteOffset, aligned.length >>> 2);
    for (let i = 0; i < words.length; i += 1) this.mix(words[i]!);
    for (let i = words.length * 4; i < data.length; i += 1) this.mix(aligned[i]!);
  }

  text(value: string): void {
    this.mix(value.length);
    for (let i = 0; i < value.length; i += 1) this.mix(value.charCodeAt(i));
  }

  digest(): string {
    let h1 = Math.imul(this.h1 ^ (this.h1 >>> 16), 2246822507) ^ Math.imul(this.h2 ^ (this.h2 >>> 13), 3266489909);
    let h2 = Math.imul(this.h2 ^ (this.h2 >>> 16), 2246822507) ^ Math.imul(this.h1 ^ (this.h1 >>> 13), 3266489909);
    h1 >>>= 0;
    h2 >>>= 0;
    return h2.toString(16).padStart(8, '0') + h1.toString(16).padStart(8, '0');
  }

  private mix(value: number): void {
    this.h1 = Math.imul(this.h1 ^ value, 2654435761);
    this.h2 = Math.imul(this.h2 ^ value, 1597334677);
  }
}
