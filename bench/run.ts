/**
 * `pnpm bench [--quick] [--only model,train,frozen,eval]`: runs every area's benchmark and prints one JSON
 * array of BenchRecord on stdout. Progress goes to stderr so stdout stays parseable.
 */
import { parseArgs } from 'node:util';
import type { BenchOptions, BenchRecord } from './record.js';

type BenchModule = { run(options: BenchOptions): Promise<BenchRecord[]> };

const areas: Record<string, () => Promise<BenchModule>> = {
  ops: () => import('./ops.js'),
  io: () => import('./io.js'),
  tokenizers: () => import('./tokenizers.js'),
  model: () => import('./model.js'),
  train: () => import('./train.js'),
  frozen: () => import('./frozen.js'),
  lora: () => import('./lora.js'),
  rl: () => import('./rl.js'),
  eval: () => import('./eval.js'),
  webgpu: () => import('./webgpu.js'),
};

const { values } = parseArgs({
  options: { quick: { type: 'boolean', default: false }, only: { type: 'string' } },
});
const selected = values.only === undefined ? Object.keys(areas) : values.only.split(',');
for (const name of selected) {
  if (!(name in areas)) {
    console.error(`bench: unknown area "${name}". Valid areas: ${Object.keys(areas).join(', ')}.`);
    process.exit(1);
  }
}

const records: BenchRecord[] = [];
for (const name of selected) {
  process.stderr.write(`bench: running ${name}${values.quick ? ' (quick)' : ''}\n`);
  const area = await areas[name]!();
  records.push(...(await area.run({ quick: values.quick })));
}
console.log(JSON.stringify(records, null, 2));
