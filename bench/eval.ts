/**
 * Evaluation throughput of @stagecoach/eval: problems per second for generative grading
 * (generate + extract + metrics) and multiple choice (log-likelihood scoring) on the tiny seeded
 * model, and answer extraction alone. `quick` keeps it to a few seconds.
 * Run alone: node --conditions=source --import tsx bench/eval.ts [--quick]
 */
import { pathToFileURL } from 'node:url';
import { tf } from '../packages/core/src/index.js';
import { tinyModel } from '../packages/core/src/testing/index.js';
import { arithmeticChoiceTask, arithmeticProblems, arithmeticTask, compareModels, extractAnswer } from '../packages/eval/src/index.js';
import type { BenchOptions, BenchRecord } from './record.js';

export async function run(options: BenchOptions): Promise<BenchRecord[]> {
  const problems = options.quick ? 8 : 32;
  const maxNewTokens = options.quick ? 16 : 32;
  const records: BenchRecord[] = [];
  const tiny = tinyModel({ seed: 0 });
  try {
    // Warm-up: first calls compile kernels and fill caches.
    await compareModels({ models: { tiny }, tasks: [arithmeticTask({ count: 2 })], maxNewTokens: 4 });
    const runs = [
      ...(options.quick ? [8] : [1, 8]).map((batchSize) => ({ batchSize, task: arithmeticTask({ count: problems, seed: 1 }) })),
      { batchSize: 8, task: arithmeticChoiceTask({ count: problems, seed: 1 }) },
    ];
    for (const { batchSize, task } of runs) {
      const report = await compareModels({ models: { tiny }, tasks: [task], maxNewTokens, batchSize });
      const timing = report.timing[0]!;
      const generative = task.type === 'generative';
      records.push({
        bench: `eval/${generative ? 'generative' : 'multiple-choice'}`,
        // Read after the warm-up: tfjs picks its backend lazily on first use.
        backend: tf.getBackend(),
        config: `gpt2-tiny, ${problems} problems, ${generative ? `maxNewTokens ${maxNewTokens}, batch ${batchSize}` : '4 choices'}`,
        metric: 'throughput',
        value: timing.problemsPerSecond,
        unit: 'problems/s',
      });
    }
  } finally {
    tiny.model.dispose();
  }
  const texts = arithmeticProblems({ count: 2000, seed: 2, difficulty: [1, 2, 3, 4, 5] }).map((p) => `${p.solution ?? ''}\nSo the answer is ${p.answer} dollars.`);
  const rounds = options.quick ? 2 : 10;
  const started = performance.now();
  let found = 0;
  for (let r = 0; r < rounds; r++) for (const text of texts) if (extractAnswer(text) !== null) found++;
  const seconds = (performance.now() - started) / 1000;
  records.push({ bench: 'eval/extract-answer', backend: 'js', config: `flexible, ${found} texts`, metric: 'throughput', value: found / seconds, unit: 'texts/s' });
  return records;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const records = await run({ quick: process.argv.includes('--quick') });
  console.log(JSON.stringify(records, null, 2));
}
