import { DataError } from '../../errors.js';

const CHUNK_BYTES = 1 << 16;

/** True for http(s) URLs, which are read with fetch; anything else is a local path (Node only). */
export function isUrl(location: string): boolean {
  return /^https?:\/\//i.test(location);
}

/** Throws DataError when a local file does not exist or is not a file. URLs are checked when read. */
export async function checkReadable(location: string): Promise<void> {
  if (isUrl(location)) return;
  const fs = await nodeFs(location);
  let stat;
  try {
    stat = await fs.stat(location);
  } catch {
    throw new DataError(`corpus file not found: ${location}. Check the path (relative paths are resolved from ${process.cwd()}).`);
  }
  if (!stat.isFile()) throw new DataError(`corpus path is not a file: ${location}. Pass a text or JSONL file (or list the files of a folder).`);
}

/** Bytes read from the start of a corpus file to tell text from binary data. */
const TEXT_SNIFF_BYTES = 8192;

/**
 * Throws DataError when a local corpus file does not look like UTF-8 text: a NUL byte, or bytes that
 * are not valid UTF-8, in its first 8 KiB (an executable, an archive, a model file, UTF-16 text...).
 * Training on such bytes would run without an error and learn nothing useful. URLs are not checked.
 */
export async function checkText(location: string): Promise<void> {
  if (isUrl(location)) return;
  const fs = await nodeFs(location);
  const handle = await fs.open(location, 'r');
  let head: Uint8Array;
  try {
    const buffer = new Uint8Array(TEXT_SNIFF_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, TEXT_SNIFF_BYTES, 0);
    head = buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
  const nul = head.indexOf(0);
  let problem: string | undefined = nul >= 0 ? `byte ${nul} is a NUL (0x00)` : undefined;
  if (problem === undefined) {
    try {
      // stream: true accepts a character cut at the end of the sniffed bytes.
      new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    } catch {
      problem = `its first ${head.length} bytes are not valid UTF-8`;
    }
  }
  if (problem !== undefined) {
    throw new DataError(
      `corpus file ${location} is not text: ${problem}, so it looks like binary data (an executable, an archive, a model file, or UTF-16 text). `
      + 'Pass a UTF-8 .txt or .jsonl file (convert other encodings to UTF-8 first).',
    );
  }
}

/**
 * Streams the bytes of a local file or a URL starting at byte `offset`, in chunks of 64 KiB, without
 * reading the whole file into memory. URLs use an HTTP Range request and fall back to skipping bytes
 * when the server ignores it.
 */
export async function* readBytes(location: string, offset: number): AsyncGenerator<Uint8Array> {
  if (isUrl(location)) {
    yield* readUrl(location, offset);
    return;
  }
  await checkReadable(location);
  const fs = await nodeFs(location);
  const handle = await fs.open(location, 'r');
  try {
    let position = offset;
    for (;;) {
      const buffer = new Uint8Array(CHUNK_BYTES);
      const { bytesRead } = await handle.read(buffer, 0, CHUNK_BYTES, position);
      if (bytesRead === 0) return;
      position += bytesRead;
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    await handle.close();
  }
}

async function* readUrl(url: string, offset: number): AsyncGenerator<Uint8Array> {
  let response: Response;
  try {
    response = await fetch(url, offset > 0 ? { headers: { Range: `bytes=${offset}-` } } : {});
  } catch (error) {
    throw new DataError(`could not fetch corpus ${url}: ${(error as Error).message}. Check the URL and the network.`, { cause: error });
  }
  if (!response.ok || response.body === null) {
    throw new DataError(`could not fetch corpus ${url}: HTTP ${response.status} ${response.statusText}.`);
  }
  let skip = response.status === 206 ? 0 : offset;
  const reader = response.body.getReader();
  let finished = false;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) {
        finished = true;
        return;
      }
      if (skip >= value.length) {
        skip -= value.length;
        continue;
      }
      yield skip > 0 ? value.subarray(skip) : value;
      skip = 0;
    }
  } finally {
    if (!finished) await reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }
}

async function nodeFs(location: string): Promise<typeof import('node:fs/promises')> {
  try {
    return await import('node:fs/promises');
  } catch {
    throw new DataError(`cannot read local file ${location}: no file system here (browser). Pass a URL or an in-memory array of texts.`);
  }
}

export interface Line {
  /** The line's text including its trailing "\n" when it has one. */
  text: string;
  /** Byte offset of the line's first byte. */
  start: number;
  /** 1-based line number. */
  line: number;
  /** Byte offset just past this line: where reading resumes. */
  end: number;
}

/**
 * Splits a byte stream into lines, tracking byte offsets so a reader can resume at any line start.
 * Splitting at byte 0x0A never cuts a UTF-8 character in two.
 */
export async function* readLines(location: string, start: { offset: number; line: number }): AsyncGenerator<Line> {
  const decoder = new TextDecoder('utf-8');
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  let offset = start.offset;
  let line = start.line;
  for await (const chunk of readBytes(location, start.offset)) {
    let from = 0;
    for (;;) {
      const newline = chunk.indexOf(0x0a, from);
      if (newline < 0) break;
      const piece = chunk.subarray(from, newline + 1);
      const bytes = pendingBytes === 0 ? piece : concat([...pending, piece], pendingBytes + piece.length);
      const lineStart = offset;
      offset += bytes.length;
      line += 1;
      yield { text: decoder.decode(bytes), start: lineStart, line, end: offset };
      pending = [];
      pendingBytes = 0;
      from = newline + 1;
    }
    if (from < chunk.length) {
      pending.push(chunk.slice(from));
      pendingBytes += chunk.length - from;
    }
  }
  if (pendingBytes > 0) {
    const lineStart = offset;
    offset += pendingBytes;
    line += 1;
    yield { text: decoder.decode(concat(pending, pendingBytes)), start: lineStart, line, end: offset };
  }
}

function concat(parts: Uint8Array[], length: number): Uint8Array {
  const out = new Uint8Array(length);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
