/**
 * Tokenizer benchmarks: BPE training time on a few MB of real text (the Markdown and TypeScript declaration
 * files under node_modules), encode/decode throughput of trained and byte tokenizers, compression.
 */
import { byteTokenizer, loadTokenizer, trainBpe } from '../packages/core/src/tokenizers/index.js';
import type { BenchOptions, BenchRecord } from './record.js';

async function readCorpus(maxBytes: number): Promise<string[]> {
  const { readdir, readFile } = await import('node:fs/promises');
  const { join } = await import('node:path');
  const texts: string[] = [];
  let total = 0;
  const walk = async (dir: string, depth: number): Promise<void> => {
    if (total >= maxBytes || depth > 8) return;
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      if (total >= maxBytes) return;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path, depth + 1);
      else if (entry.name.endsWith('.md') || entry.name.endsWith('.d.ts')) {
        const text = await readFile(path, 'utf8');
        texts.push(text);
        total += Buffer.byteLength(text);
      }
    }
  };
  await walk(new URL('../node_modules/.pnpm', import.meta.url).pathname, 0);
  return texts;
}

function record(config: string, metric: string, value: number, unit: string): BenchRecord {
  return { bench: 'tokenizers', backend: 'js', config, metric, value: Number(value.toFixed(3)), unit };
}

export async function run(options: BenchOptions): Promise<BenchRecord[]> {
  const mb = options.quick ? 0.5 : 2;
  const vocabSize = options.quick ? 1024 : 4096;
  const texts = await readCorpus(mb * 1024 * 1024);
  const corpus = texts.join('\n');
  const bytes = Buffer.byteLength(corpus);
  const config = `${(bytes / 1e6).toFixed(2)}MB node_modules md+d.ts, vocab ${vocabSize}`;
  const records: BenchRecord[] = [];

  let start = performance.now();
  const bpe = await trainBpe(texts, { vocabSize });
  const trainSeconds = (performance.now() - start) / 1000;
  records.push(record(config, 'train_bpe_time', trainSeconds, 's'));

  start = performance.now();
  const ids = bpe.encode(corpus);
  const encodeSeconds = (performance.now() - start) / 1000;
  records.push(record(config, 'bpe_encode_throughput', bytes / 1e6 / encodeSeconds, 'MB/s'));
  records.push(record(config, 'bpe_compression', bytes / ids.length, 'bytes/token'));
  start = performance.now();
  const decoded = bpe.decode(ids);
  records.push(record(config, 'bpe_decode_throughput', bytes / 1e6 / ((performance.now() - start) / 1000), 'MB/s'));
  if (decoded !== corpus) throw new Error('bench: trained BPE did not round-trip the corpus');

  const bytesTok = byteTokenizer();
  start = performance.now();
  bytesTok.encode(corpus);
  records.push(record(config, 'byte_encode_throughput', bytes / 1e6 / ((performance.now() - start) / 1000), 'MB/s'));
  const viaJson = loadTokenizer(bytesTok.toJSON(), bytesTok.tokenizerConfig());
  start = performance.now();
  viaJson.encode(corpus);
  records.push(record(config, 'byte_json_encode_throughput', bytes / 1e6 / ((performance.now() - start) / 1000), 'MB/s'));
  return records;
}
