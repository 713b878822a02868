import { DataError } from '../../errors.js';
import { checkReadable, checkText, readLines } from './byte-stream.js';
import { locationFingerprint, textsFingerprint, type SourceFingerprint } from './fingerprint.js';

/** Where a source resumes: a byte offset (or array index) and the number of lines already read. */
export interface SourcePosition {
  offset: number;
  line: number;
}

/** A piece of a document. A document's first piece has `docStart`, its last `docEnd`. */
export interface TextUnit {
  text: string;
  docStart: boolean;
  docEnd: boolean;
  /** Position just past this unit. */
  next: SourcePosition;
}

/** A corpus source: a text file, a JSONL file, a URL or an in-memory array, read as a stream. */
export interface TextSource {
  /** File path, URL or label, for error messages. */
  readonly name: string;
  /** Throws DataError when the source cannot be read (missing file) or is not text (binary bytes). */
  check(): Promise<void>;
  /** Streams the units from `from` on. */
  units(from: SourcePosition): AsyncIterable<TextUnit>;
  /**
   * Identifies the data (size, content hash, ...), recorded in checkpoints so that a resume on changed
   * data is refused. Optional: a source without it is identified by its `name` alone.
   */
  fingerprint?(): Promise<SourceFingerprint>;
}

export const START: SourcePosition = { offset: 0, line: 0 };

/**
 * A plain-text file or URL read line by line, as ONE document (BOS before its first line, EOS after
 * its last). Use JSONL for a corpus of many documents.
 */
export function textSource(location: string): TextSource {
  return {
    name: location,
    check: () => checkReadable(location).then(() => checkText(location)),
    fingerprint: () => locationFingerprint(location, 'text'),
    async *units(from) {
      // Hold one line back so the last line can carry docEnd.
      let held: { text: string; start: number; next: SourcePosition } | undefined;
      for await (const line of readLines(location, from)) {
        if (held !== undefined) yield { text: held.text, docStart: held.start === 0, docEnd: false, next: held.next };
        held = { text: line.text, start: line.start, next: { offset: line.end, line: line.line } };
      }
      if (held !== undefined) yield { text: held.text, docStart: held.start === 0, docEnd: true, next: held.next };
    },
  };
}

/**
 * A JSONL file or URL: one JSON object per line, one document per object, text taken from `field`
 * (default "text"). Blank lines are skipped. A line that does not parse, or has no string `field`,
 * throws DataError naming the file and the line number.
 */
export function jsonlSource(location: string, options: { field?: string } = {}): TextSource {
  const field = options.field ?? 'text';
  return {
    name: location,
    check: () => checkReadable(location).then(() => checkText(location)),
    fingerprint: () => locationFingerprint(location, `jsonl:${field}`),
    async *units(from) {
      for await (const line of readLines(location, from)) {
        const next = { offset: line.end, line: line.line };
        if (line.text.trim() === '') continue;
        let record: unknown;
        try {
          record = JSON.parse(line.text);
        } catch (error) {
          throw new DataError(
            `${location}:${line.line}: line is not valid JSON (${(error as Error).message}). `
            + `Each line must be one JSON object, e.g. {"${field}": "..."}.`,
          );
        }
        const text = typeof record === 'object' && record !== null ? (record as Record<string, unknown>)[field] : undefined;
        if (typeof text !== 'string') {
          const keys = typeof record === 'object' && record !== null ? Object.keys(record) : [];
          throw new DataError(
            `${location}:${line.line}: no string field "${field}"${keys.length > 0 ? ` (fields: ${keys.join(', ')})` : ''}. `
            + 'Set the field name (data.field / --field) or fix the line.',
          );
        }
        if (text.length === 0) continue;
        yield { text, docStart: true, docEnd: true, next };
      }
    },
  };
}

/** In-memory documents, one per string. */
export function arraySource(texts: readonly string[], name = 'in-memory texts'): TextSource {
  return {
    name,
    check: async () => {},
    fingerprint: async () => textsFingerprint(texts, name),
    async *units(from) {
      for (let i = from.offset; i < texts.length; i += 1) {
        const text = texts[i]!;
        if (text.length === 0) continue;
        yield { text, docStart: true, docEnd: true, next: { offset: i + 1, line: i + 1 } };
      }
    },
  };
}

/** How a config names a source: a path/URL (format from its extension), or an explicit object. */
export type SourceSpec = string | TextSource | { path: string; format?: 'text' | 'jsonl'; field?: string };

/** Turns a config's source spec into a TextSource: `.jsonl`/`.ndjson` → JSONL, anything else → text. */
export function resolveSource(spec: SourceSpec, defaultField?: string): TextSource {
  if (typeof spec === 'object' && 'units' in spec) return spec;
  const path = typeof spec === 'string' ? spec : spec.path;
  const format = typeof spec === 'string' || spec.format === undefined
    ? (/\.(jsonl|ndjson)(\?.*)?$/i.test(path) ? 'jsonl' : 'text')
    : spec.format;
  const field = typeof spec === 'string' ? defaultField : spec.field ?? defaultField;
  return format === 'jsonl' ? jsonlSource(path, field === undefined ? {} : { field }) : textSource(path);
}
