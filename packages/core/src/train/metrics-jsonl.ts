import { makeFolders } from '../io/writable.js';

/**
 * Receives every training event as a record: its fields plus its name (`{ event: 'step', step, loss, ..., metrics: { reward: 0.4 } }`);
 * a trainer's own numbers stay under `metrics`, so they never collide with the fixed fields.
 */
export interface MetricsSink {
  write(record: Record<string, unknown>): Promise<void>;
  close(): Promise<void>;
}

/**
 * Appends one JSON object per line to `path` (Node only; the folder is created). Each record has an
 * `event` field ("step", "eval", "sample", "checkpoint", "done") and a wall-clock `time` (ISO 8601).
 */
export async function jsonlMetricsFile(path: string): Promise<MetricsSink> {
  const fs = await import('node:fs/promises');
  const { dirname } = await import('node:path');
  await makeFolders(dirname(path)); // not a recursive mkdir: under /proc it never returns
  const handle = await fs.open(path, 'a');
  return {
    async write(record) {
      await handle.write(`${JSON.stringify({ ...record, time: new Date().toISOString() })}\n`);
    },
    async close() {
      await handle.close();
    },
  };
}
