import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  MidTrainer, Pretrainer, cpu, evaluateLanguageModel, jsonlSource, loadPretrained, readSafetensors, tf, toFloat32, useBackend, validationWindows,
} from '@stagecoach/core';
import type { Transformer, Tokenizer } from '@stagecoach/core';
import { SFTTrainer, adapterTensors, loadAdapter, parseSftJsonl, sftBatch, tokenizeSftRecord } from '@stagecoach/lora';
import { GRPOTrainer, RewardModel, RewardTrainer, bradleyTerryLoss, mathReward, parsePreferenceJsonl } from '@stagecoach/rlhf';
import { pythonVenv } from '../../core/test/python-venv.js';
import { parseExportArgs } from '../src/commands/export.js';
import { exportRun } from '../src/export/export-run.js';
import { PYTHON_REQUIREMENTS } from '../src/export/python-files.js';

/** The exported requirements, torch as the CPU wheel on this machine. */
const REQUIREMENTS = [...PYTHON_REQUIREMENTS.common, ...PYTHON_REQUIREMENTS.sft].map((r) => (r === 'torch==2.13.0' ? 'torch==2.13.0+cpu' : r));
const env = pythonVenv('export-trl-1.13', REQUIREMENTS);
/** How close the exported script's loss before its first step must be to ours on the same data (relative). */
const SAME_DATA_TOLERANCE = 1e-3;
/** How close its first logged training loss must be to our last validation loss (relative): other batches. */
const FIRST_LOSS_TOLERANCE = 0.1;

const root = mkdtempSync(join(tmpdir(), 'stagecoach-export-'));
const corpus = join(root, 'corpus.jsonl');
const sftData = join(root, 'sft.jsonl');
const sftValid = join(root, 'sft-valid.jsonl');
const SEQ_LEN = 32;
const SFT_SEQ_LEN = 24;

interface LogEntry { step: number; loss?: number; eval_loss?: number; [metric: string]: number | undefined }

beforeAll(async () => {
  await useBackend(cpu());
  const words = 'the quick brown fox jumps over a lazy dog while the small cat sleeps on a warm mat'.split(' ');
  let x = 7;
  const next = () => (x = (x * 1103515245 + 12345) % 2 ** 31) % words.length;
  const docs = Array.from({ length: 160 }, () => JSON.stringify({ text: Array.from({ length: 8 + (next() % 12) }, () => words[next()]).join(' ') }));
  writeFileSync(corpus, `${docs.join('\n')}\n`);
  const record = (animal: string, i: number) => JSON.stringify({ prompt: `the ${animal} ${i} sat on the`, completion: ' warm mat' });
  writeFileSync(sftData, `${[...Array.from({ length: 24 }, (_, i) => record('cat', i)),
    JSON.stringify({ messages: [{ role: 'user', content: 'where is the fox?' }, { role: 'assistant', content: 'over the dog' }] })].join('\n')}\n`);
  writeFileSync(sftValid, `${Array.from({ length: 6 }, (_, i) => record('dog', i)).join('\n')}\n`);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Runs the exported train.py with `accelerate launch` for `steps` steps; its log history. */
function launch(dir: string, steps: number): LogEntry[] {
  const result = spawnSync(env.python!, ['-m', 'accelerate.commands.launch', '--config_file', 'accelerate/single.yaml', 'train.py', '--max-steps', String(steps)], {
    cwd: dir, encoding: 'utf8', timeout: 300_000,
    env: { ...process.env, OMP_NUM_THREADS: '2', HF_HUB_OFFLINE: '1', TOKENIZERS_PARALLELISM: 'false', ACCELERATE_USE_CPU: 'true' },
  });
  if (result.status !== 0) throw new Error(`train.py failed (${result.status}):\n${(result.stderr ?? '').slice(-3000)}`);
  return JSON.parse(readFileSync(join(dir, 'out', 'log_history.json'), 'utf8')) as LogEntry[];
}

/** The first training loss, the loss before the first step and the last evaluation of a log history. */
function losses(log: LogEntry[]): { first: number; before: number; after: number } {
  const evals = log.filter((e) => e.eval_loss !== undefined);
  return { first: log.find((e) => e.loss !== undefined)!.loss!, before: evals[0]!.eval_loss!, after: evals.at(-1)!.eval_loss! };
}

function relative(a: number, b: number): number {
  return Math.abs(a - b) / Math.abs(b);
}

/** Mean loss over the completion tokens of the held-out records, as SFTTrainer.evaluate computes it. */
function sftValidLoss(model: Transformer, tokenizer: Tokenizer): number {
  let sum = 0;
  let tokens = 0;
  for (const record of parseSftJsonl(readFileSync(sftValid, 'utf8'), sftValid)) {
    const batch = sftBatch([tokenizeSftRecord(record, tokenizer, SFT_SEQ_LEN + 1)], SFT_SEQ_LEN, tokenizer.specialTokens.pad ?? 0);
    const shape: [number, number] = [1, SFT_SEQ_LEN];
    const loss = tf.tidy(() => model.loss(tf.tensor2d(batch.ids, shape, 'int32'), tf.tensor2d(batch.targets, shape, 'int32'), tf.tensor2d(batch.mask, shape)));
    sum += loss.dataSync()[0]! * batch.tokens;
    tokens += batch.tokens;
    loss.dispose();
  }
  return sum / tokens;
}

describe('stagecoach export (no Python)', () => {
  it('parses its flags and names what is missing', () => {
    expect(parseExportArgs(['--run', 'runs/a', '--to', 'x', '--steps', '9'], '/w')).toEqual({ run: '/w/runs/a', to: '/w/x', steps: 9 });
    expect(() => parseExportArgs(['--to', 'x'])).toThrow(/no run to export: pass --run/);
    expect(() => parseExportArgs(['--run', 'a', '--to', 'x', '--steps', '0'])).toThrow(/--steps must be a positive integer/);
    expect(parseExportArgs(['--run', 'a', '--to', 'x', '--reward', 'math', '--answer-field', 'solution'], '/w').reward).toEqual({ kind: 'math', answerField: 'solution' });
    expect(() => parseExportArgs(['--run', 'a', '--to', 'x', '--reward', 'bleu'])).toThrow(/--reward "bleu" is not a reward the export can write in Python; valid: math/);
  });
});

describe.skipIf(env.python === undefined)(`stagecoach export to transformers / TRL${env.reason === undefined ? '' : ` (skipped: ${env.reason})`}`, () => {
  const preRun = join(root, 'pre');
  let preEval = NaN;

  it('a pre-training run continues under transformers.Trainer from our weights, AdamW state and data, and loads back', async () => {
    const trainer = new Pretrainer({
      model: { preset: 'gpt2-tiny', contextLength: SEQ_LEN }, data: corpus, steps: 16, seqLen: SEQ_LEN, batchSize: 8, lr: 3e-3,
      evalEvery: 16, validationFraction: 0.1, outDir: preRun,
    });
    trainer.on('eval', (e) => { preEval = e.valLoss; });
    await trainer.train();
    trainer.dispose();
    expect(preEval).toBeLessThan(Math.log(259) - 1); // well below a fresh model's loss, so the tolerance below means something

    const to = join(root, 'pre-torch');
    const tensors = tf.memory().numTensors;
    const result = await exportRun({ run: preRun, to, steps: 24 });
    expect(tf.memory().numTensors).toBe(tensors); // the moments' layout mapping frees what it makes
    expect(result).toMatchObject({ trainer: 'pretrainer', step: 16, totalSteps: 24 });
    expect(result.notCarried.join('\n')).toMatch(/data order/);
    await expect(exportRun({ run: preRun, to })).rejects.toThrow(/--steps \(16\) must be an integer above the checkpoint's step 16/);

    const log = launch(to, 2);
    const { first, before, after } = losses(log);
    expect(relative(before, preEval), `eval before the first step ${before} vs ours ${preEval}`).toBeLessThan(SAME_DATA_TOLERANCE);
    expect(relative(first, preEval), `first training loss ${first} vs our last eval ${preEval}`).toBeLessThan(FIRST_LOSS_TOLERANCE);

    // Back here: the model train.py saved, on the same validation windows, gives train.py's last eval_loss.
    const { model, tokenizer } = await loadPretrained(join(to, 'out', 'final'));
    const windows = await validationWindows({ sources: [jsonlSource(corpus)], tokenizer, seqLen: SEQ_LEN, seed: 0, validationFraction: 0.1, maxWindows: 32 });
    const ours = await evaluateLanguageModel(model, tokenizer, windows, 8);
    model.dispose();
    expect(relative(ours.loss, after), `loaded back: ${ours.loss} vs train.py's ${after}`).toBeLessThan(SAME_DATA_TOLERANCE);
    expect(Math.abs(ours.loss - preEval)).toBeGreaterThan(1e-4); // the two steps moved it
    console.log(`export (pretrain): ours ${preEval.toFixed(4)}, train.py before ${before.toFixed(4)}, first loss ${first.toFixed(4)}, after ${after.toFixed(4)}, loaded back ${ours.loss.toFixed(4)}`);
  }, 600_000);

  it('an SFT (LoRA) run continues under TRL\'s SFTTrainer with the PEFT adapter, and the adapter it writes loads back', async () => {
    const sftRun = join(root, 'sft');
    let sftEval = NaN;
    const trainer = new SFTTrainer({
      initFrom: join(preRun, 'checkpoint-16'), data: sftData, validData: sftValid, evalEvery: 8, steps: 8, batchSize: 4, seqLen: SFT_SEQ_LEN,
      lr: 3e-2, lora: { r: 4, alpha: 8 }, outDir: sftRun,
    });
    trainer.on('eval', (e) => { sftEval = e.valLoss; });
    await trainer.train();
    trainer.dispose();

    const to = join(root, 'sft-torch');
    const tensors = tf.memory().numTensors;
    const result = await exportRun({ run: sftRun, to, steps: 12 });
    expect(tf.memory().numTensors).toBe(tensors); // the base and adapter loaded to map the moments are freed
    expect(result.trainer).toBe('sft');
    expect(existsSync(join(to, 'model', 'adapter', 'adapter_model.safetensors'))).toBe(true);

    const log = launch(to, 2);
    const { first, before, after } = losses(log);
    expect(relative(before, sftEval), `eval before the first step ${before} vs ours ${sftEval}`).toBeLessThan(SAME_DATA_TOLERANCE);
    expect(relative(first, sftEval), `first training loss ${first} vs our last eval ${sftEval}`).toBeLessThan(FIRST_LOSS_TOLERANCE);

    const { model, tokenizer } = await loadPretrained(join(to, 'model'));
    const lora = await loadAdapter(model, join(to, 'out', 'final'));
    const ours = sftValidLoss(lora.model, tokenizer);
    model.dispose();
    expect(relative(ours, after), `loaded back: ${ours} vs train.py's ${after}`).toBeLessThan(SAME_DATA_TOLERANCE);
    console.log(`export (sft): ours ${sftEval.toFixed(4)}, train.py before ${before.toFixed(4)}, first loss ${first.toFixed(4)}, after ${after.toFixed(4)}, loaded back ${ours.toFixed(4)}`);
  }, 600_000);

  it('a mid-training run continues with its weighted mixture, each source\'s held-out loss as ours', async () => {
    const second = join(root, 'second.jsonl');
    writeFileSync(second, `${Array.from({ length: 80 }, (_, i) => JSON.stringify({ text: `le chat ${i % 7} dort sur le tapis chaud` })).join('\n')}\n`);
    const midRun = join(root, 'mid');
    let metrics: Record<string, number> = {};
    const trainer = new MidTrainer({
      initFrom: join(preRun, 'checkpoint-16'), steps: 4, seqLen: SEQ_LEN, batchSize: 4, lr: 1e-3, evalEvery: 4, validationFraction: 0.1, outDir: midRun,
      data: [{ source: second, weight: 0.7, name: 'fr' }, { source: corpus, weight: 0.3, name: 'replay' }],
    });
    trainer.on('eval', (e) => { metrics = e.metrics; });
    await trainer.train();
    trainer.dispose();

    const to = join(root, 'mid-torch');
    await exportRun({ run: midRun, to, steps: 6 });
    const settings = JSON.parse(readFileSync(join(to, 'stagecoach_run.json'), 'utf8')) as {
      data: { train: Array<{ weight: number; on_end: string }>; eval_windows: number };
    };
    expect(settings.data.train.map((s) => [s.weight, s.on_end])).toEqual([[0.7, 'wrap'], [0.3, 'wrap']]);
    const log = launch(to, 1);
    const evals = (name: string) => log.filter((e) => e[`eval_${name}_loss`] !== undefined).map((e) => e[`eval_${name}_loss`]!);
    for (const name of ['fr', 'replay']) {
      const before = evals(name)[0]!;
      expect(relative(before, metrics[`valLoss/${name}`]!), `${name}: ${before} vs ours ${metrics[`valLoss/${name}`]}`).toBeLessThan(SAME_DATA_TOLERANCE);
    }

    // Back here: the model train.py saved gives its last held-out loss on the "fr" source's windows.
    const { model, tokenizer } = await loadPretrained(join(to, 'out', 'final'));
    const windows = await validationWindows({
      sources: [jsonlSource(second)], tokenizer, seqLen: SEQ_LEN, seed: 0, validationFraction: 0.1, maxWindows: settings.data.eval_windows,
    });
    const ours = await evaluateLanguageModel(model, tokenizer, windows, 4);
    model.dispose();
    const after = evals('fr').at(-1)!;
    expect(relative(ours.loss, after), `loaded back: ${ours.loss} vs train.py's ${after}`).toBeLessThan(SAME_DATA_TOLERANCE);
    expect(Math.abs(ours.loss - metrics['valLoss/fr']!)).toBeGreaterThan(1e-5); // the step moved it
    console.log(`export (mid, fr): ours ${metrics['valLoss/fr']!.toFixed(5)}, train.py before ${evals('fr')[0]!.toFixed(5)}, after ${after.toFixed(5)}, loaded back ${ours.loss.toFixed(5)}`);
  }, 600_000);

  it('a reward-model run continues under TRL\'s RewardTrainer from our adapter and score head, and loads back as a RewardModel', async () => {
    const pairs = join(root, 'pairs.jsonl');
    const text = (i: number) => ({ prompt: `the cat ${i} sat on the`, chosen: ' warm mat', rejected: ` dog ${i} fox`, ...(i === 0 ? { margin: 0.5 } : {}) });
    const chatPair = { prompt: [{ role: 'user', content: 'fox?' }], chosen: [{ role: 'assistant', content: 'dog' }], rejected: [{ role: 'assistant', content: 'mat' }] };
    // A short chat template (the context is 32 tokens): the run writes it into the checkpoint's tokenizer_config.json.
    const chatTemplate = "{% for m in messages %}{{ m['role'][0] }}:{{ m['content'] }}\n{% endfor %}{% if add_generation_prompt %}a:{% endif %}";
    writeFileSync(pairs, `${[...Array.from({ length: 7 }, (_, i) => JSON.stringify(text(i))), JSON.stringify(chatPair)].join('\n')}\n`);
    const rewardRun = join(root, 'reward');
    let rewardEval = NaN;
    // Every pair in one batch, held-out data = the training pairs: train.py's first training loss is then
    // the loss of our last evaluation on the same pairs, with the weights and head we ended with.
    const trainer = new RewardTrainer({
      initFrom: join(preRun, 'checkpoint-16'), data: pairs, validData: pairs, batchSize: 8, steps: 6, evalEvery: 6, lr: 1e-2,
      lora: { r: 4, alpha: 8 }, chatTemplate, outDir: rewardRun,
    });
    trainer.on('eval', (e) => { rewardEval = e.valLoss; });
    await trainer.init();
    expect(trainer.dataSummary).toMatchObject({ pairs: 8, tooLong: 0 });
    await trainer.train();
    trainer.dispose();
    expect(rewardEval).toBeLessThan(Math.log(2) - 0.05); // it learned something: the check below is not at the untrained log 2

    const to = join(root, 'reward-torch');
    const tensors = tf.memory().numTensors;
    const result = await exportRun({ run: rewardRun, to, steps: 9 });
    expect(tf.memory().numTensors).toBe(tensors);
    expect(result).toMatchObject({ trainer: 'reward', step: 6, totalSteps: 9 });
    expect(result.notCarried.join('\n')).toMatch(/data order/);
    const settings = JSON.parse(readFileSync(join(to, 'stagecoach_run.json'), 'utf8')) as { check: Record<string, unknown> };
    expect(Object.keys(settings.check)).toEqual(['pair_0', 'chat_pair', 'lr']); // the chat rendering is checked too
    expect(readFileSync(join(to, 'README.md'), 'utf8')).toMatch(/TRL `RewardTrainer`[\s\S]*RewardModel\.load\('out\/final'\)/);

    const log = launch(to, 2);
    const { first, before, after } = losses(log);
    expect(relative(before, rewardEval), `eval before the first step ${before} vs ours ${rewardEval}`).toBeLessThan(SAME_DATA_TOLERANCE);
    expect(relative(first, rewardEval), `first training loss ${first} vs our last eval ${rewardEval} (same pairs)`).toBeLessThan(SAME_DATA_TOLERANCE);

    // Back here: out/final is a reward checkpoint (base + adapter/); its Bradley-Terry loss on the pairs is train.py's last eval_loss.
    const reward = await RewardModel.load(join(to, 'out', 'final'));
    const records = parsePreferenceJsonl(readFileSync(pairs, 'utf8'), pairs);
    const chosen = await reward.scoreBatch(records.map((r) => ({ prompt: r.prompt, response: r.chosen })));
    const rejected = await reward.scoreBatch(records.map((r) => ({ prompt: r.prompt, response: r.rejected })));
    reward.dispose();
    const loss = tf.tidy(() => bradleyTerryLoss(tf.tensor1d(chosen), tf.tensor1d(rejected), tf.tensor1d(records.map((r) => r.margin ?? 0))).dataSync()[0]!);
    expect(relative(loss, after), `loaded back: ${loss} vs train.py's ${after}`).toBeLessThan(SAME_DATA_TOLERANCE);
    expect(Math.abs(loss - rewardEval)).toBeGreaterThan(1e-4); // the two steps moved it
    console.log(`export (reward): ours ${rewardEval.toFixed(5)}, train.py before ${before.toFixed(5)}, first loss ${first.toFixed(5)}, after ${after.toFixed(5)}, loaded back ${loss.toFixed(5)}`
      + ` (relative: first ${relative(first, rewardEval).toExponential(1)}, loaded back ${relative(loss, after).toExponential(1)})`);
  }, 600_000);

  it('a GRPO run needs its reward named (a function is not recorded), then exports for TRL\'s GRPOTrainer', async () => {
    const prompts = join(root, 'math.jsonl');
    writeFileSync(prompts, `${Array.from({ length: 6 }, (_, i) => JSON.stringify({ prompt: `${i}+1=`, answer: String(i + 1) })).join('\n')}\n`);
    const grpoRun = join(root, 'grpo');
    const trainer = new GRPOTrainer({
      initFrom: join(root, 'sft'), prompts, reward: mathReward(), steps: 1, promptsPerStep: 2, groupSize: 2, maxNewTokens: 4, outDir: grpoRun,
    });
    await trainer.train();
    trainer.dispose();
    await expect(exportRun({ run: grpoRun, to: join(root, 'grpo-x'), steps: 3 })).rejects.toThrow(/pass --reward math/);
    await exportRun({ run: grpoRun, to: join(root, 'grpo-torch'), steps: 3, reward: { kind: 'math' } });
    const settings = JSON.parse(readFileSync(join(root, 'grpo-torch', 'stagecoach_run.json'), 'utf8')) as { grpo: Record<string, unknown> };
    expect(settings.grpo).toMatchObject({ group_size: 2, samples_per_step: 4, max_new_tokens: 4, reward: { answer_field: 'answer' } });
    expect(readFileSync(join(root, 'grpo-torch', 'train.py'), 'utf8')).toMatch(/GRPOTrainer/);

    // One iteration under TRL (sampling, the math reward in Python, one update), then the adapter it writes loads back.
    const log = launch(join(root, 'grpo-torch'), 1);
    const step = log.find((e) => e['reward'] !== undefined)!;
    expect(step['reward']).toBeGreaterThanOrEqual(-0.1); // math_reward: -0.1 (no number), 0 or 1
    const { model } = await loadPretrained(join(root, 'grpo-torch', 'model'));
    const lora = await loadAdapter(model, join(root, 'grpo-torch', 'out', 'final'));
    const back = adapterTensors(lora);
    const written = readSafetensors(readFileSync(join(root, 'grpo-torch', 'out', 'final', 'adapter_model.safetensors'))).tensors;
    expect(back.map(([key]) => key).sort()).toEqual([...written.keys()].sort());
    for (const [key, t] of back) {
      const difference = tf.tidy(() => tf.max(tf.abs(tf.sub(t, tf.tensor(toFloat32(written.get(key)!), t.shape)))).dataSync()[0]!);
      expect(difference, key).toBeLessThan(1e-7);
    }
    tf.dispose(back.map(([, t]) => t));
    model.dispose();
  }, 600_000);
});
