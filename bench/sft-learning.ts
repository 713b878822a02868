/**
 * The SFT learning experiment: a small model pre-trained from scratch with `Pretrainer` on worked
 * equations in a plain-text layout of its own (`Compute 7 + 8. 7 + 8 = 15`, one a line: it learns the
 * arithmetic facts and to copy the operands) does not answer the arithmetic task's
 * `Question: What is 7 + 8?\nAnswer:` prompts; SFT on worked solutions in the task's format
 * (`7 + 8 = 15\n#### 15`), with a LoRA adapter (or in full: `--modes lora,full`), teaches it to. Accuracy on held-out
 * problems (whose questions are not in the SFT data; their equations may be in the pre-training
 * corpus, as facts a base model knows) is graded by `@stagecoach/eval` before SFT and at each SFT
 * evaluation (`SFTConfig.evalTask`), with 95% Wilson intervals. Prints one JSON object on stdout;
 * progress goes to stderr.
 *
 *   node --conditions=source --import tsx bench/sft-learning.ts [--pretrain-steps 600] [--sft-steps 600] [--sft-lr 3e-3] [--modes lora,full] [--difficulty 1] [--backend node|cpu]
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Pretrainer, cpu, loadPretrained, savePretrained, useBackend } from '@stagecoach/core';
import { node } from '@stagecoach/backend-node';
import { arithmeticProblems, arithmeticTask, compareModels, formatQuestion } from '@stagecoach/eval';
import type { ArithmeticTaskOptions } from '@stagecoach/eval';
import { SFTTrainer } from '@stagecoach/lora';

const { values } = parseArgs({
  options: {
    'pretrain-steps': { type: 'string', default: '600' },
    'sft-steps': { type: 'string', default: '600' },
    'sft-lr': { type: 'string', default: '3e-3' },
    modes: { type: 'string', default: 'lora' },
    'eval-problems': { type: 'string', default: '100' },
    difficulty: { type: 'string', default: '1' },
    backend: { type: 'string', default: 'node' },
  },
});
const pretrainSteps = Number(values['pretrain-steps']);
const sftSteps = Number(values['sft-steps']);
const log = (text: string) => process.stderr.write(`sft-learning: ${text}\n`);

const backend = values.backend === 'cpu' ? cpu() : node();
await useBackend(backend);
const root = mkdtempSync(join(tmpdir(), 'stagecoach-sft-learning-'));

// Held-out problems (level 1: one-digit operands, one operation). The SFT data holds none of their questions.
const levels: ArithmeticTaskOptions = { difficulty: values.difficulty.split(',').map(Number), style: 'arithmetic' };
const evalOptions = { ...levels, seed: 1, count: Number(values['eval-problems']), name: 'arithmetic-heldout' };
const task = arithmeticTask(evalOptions);
const heldOut = new Set(task.problems.map((p) => p.question));
const fresh = (seed: number, count: number) => arithmeticProblems({ ...levels, seed, count }).filter((p) => !heldOut.has(p.question));

// Pre-training corpus: worked equations in a layout of their own, no question/answer format.
const equations = arithmeticProblems({ ...levels, seed: 3, count: 20_000 })
  .map((p) => `Compute ${p.question.replace(/^What is (.*)\?$/, '$1')}. ${p.solution!.split('\n')[0]!}`);
const corpus = join(root, 'equations.txt');
writeFileSync(corpus, `${equations.join('\n')}\n`);
// SFT records: the task's prompt format and worked solutions.
const records = fresh(2, 2_000).map((p) => ({ prompt: formatQuestion(p.question), completion: ` ${p.solution!}` }));
log(`${equations.length} equations to pre-train on, ${records.length} SFT records, ${task.problems.length} held-out problems`);

const model = { preset: 'llama-tiny', contextLength: 64, dModel: 64, nLayers: 2, nHeads: 4, nKvHeads: 2, dFf: 192 };
const started = performance.now();
const pretrainer = new Pretrainer({
  model, data: corpus, steps: pretrainSteps, seqLen: 64, batchSize: 8, lr: 3e-3, evalEvery: pretrainSteps, seed: 0,
});
pretrainer.on('step', (e) => { if (e.step % 100 === 0) log(`pretrain ${e.step}/${e.totalSteps} loss ${e.loss.toFixed(3)}, ${e.tokensPerSec.toFixed(0)} tok/s`); });
const pretrained = await pretrainer.train();
// The base in Hugging Face layout (no run folder: its lock can go stale on a machine this loaded).
const baseDir = join(root, 'base');
await savePretrained(pretrainer.model, pretrainer.tokenizer, baseDir);
pretrainer.dispose();
const pretrainSeconds = (performance.now() - started) / 1000;
log(`pre-trained in ${pretrainSeconds.toFixed(0)} s, final loss ${pretrained.finalLoss.toFixed(3)}`);

const generation = { maxNewTokens: 20, batchSize: 50 };
const base = await loadPretrained(baseDir);
const beforeResult = (await compareModels({ models: { base }, tasks: [task], ...generation })).results[0]!;
const before = beforeResult.accuracy;
const beforeSample = (await compareModels({ models: { base }, tasks: [{ ...task, problems: task.problems.slice(0, 3) }], ...generation })).samples;
base.model.dispose();
log(`before SFT: ${before.correct}/${before.total}`);

/** SFT from the pre-trained base, with a LoRA adapter or in full; accuracy at each evaluation. */
async function fineTune(mode: string) {
  const started = performance.now();
  const sft = new SFTTrainer({
    initFrom: baseDir, data: records, steps: sftSteps, batchSize: 8, lr: Number(values['sft-lr']), seed: 0, packing: true,
    lora: mode === 'full' ? false : { r: 16, alpha: 32, targetModules: 'all-linear' },
    evalEvery: Math.max(1, Math.round(sftSteps / 3)), evalTask: { task, ...generation },
  });
  const curve: { step: number; accuracyPct: number; interval95Pct: number[] }[] = [];
  sft.on('step', (e) => { if (e.step % 50 === 0) log(`sft ${mode} ${e.step}/${e.totalSteps} loss ${e.loss.toFixed(3)}`); });
  sft.on('eval', (e) => {
    const m = e.metrics;
    curve.push({ step: e.step, accuracyPct: pct(m['accuracy']!), interval95Pct: [pct(m['accuracyLower']!), pct(m['accuracyUpper']!)] });
    log(`sft ${mode} eval @ ${e.step}: ${m['correct']}/${m['problems']} correct`);
  });
  const done = await sft.train();
  const final = await compareModels({ models: { sft: { model: sft.model, tokenizer: sft.tokenizer } }, tasks: [task], ...generation, sampleCount: 3 });
  const strict = final.results[0]!.strictAccuracy!;
  const trainablePct = sft.lora === undefined ? 100 : pct(sft.lora.parameterCounts().percent / 100);
  sft.dispose();
  return {
    mode, lora: mode === 'full' ? null : 'r 16, alpha 32, all-linear', trainablePct, steps: sftSteps, lr: Number(values['sft-lr']), finalLoss: done.finalLoss,
    seconds: Math.round((performance.now() - started) / 1000), after: curve.at(-1), curve,
    strictAfter: { accuracyPct: pct(strict.value), interval95Pct: [pct(strict.lower), pct(strict.upper)] },
    samples: final.samples.map((s) => ({ question: s.question, response: s.responses[0]!.text })),
  };
}
const pct = (x: number) => Math.round(1000 * x) / 10;
const runs = [];
for (const mode of values.modes.split(',')) runs.push(await fineTune(mode));
rmSync(root, { recursive: true, force: true });

console.log(JSON.stringify({
  backend: backend.name,
  model,
  pretrain: { steps: pretrainSteps, finalLoss: pretrained.finalLoss, seconds: Math.round(pretrainSeconds), lines: equations.length, example: equations[0] },
  sftRecords: records.length,
  heldOut: { task: task.name, problems: task.problems.length, settings: task.settings, ...generation },
  before: {
    accuracyPct: pct(before.value), interval95Pct: [pct(before.lower), pct(before.upper)], correct: before.correct,
    strictAccuracyPct: pct(beforeResult.strictAccuracy!.value), samples: beforeSample.map((s) => s.responses[0]!.text),
  },
  sft: runs,
}, null, 2));
