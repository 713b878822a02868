import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_CHAT_TEMPLATE, DataError, cpu, loadPretrained, savePretrained, tf, useBackend } from '@stagecoach/core';
import { tinyModel } from '@stagecoach/core/testing';
import { arithmeticTask, compareModels } from '@stagecoach/eval';
import { SFTTrainer } from '../../src/index.js';
import type { SFTConfig } from '../../src/index.js';

const root = mkdtempSync(join(tmpdir(), 'stagecoach-sft-'));
const base = join(root, 'base');
const RECORDS = [
  ...Array.from({ length: 6 }, (_, i) => ({ prompt: `Q: ${i}+${i}=`, completion: `${2 * i}` })),
  { messages: [{ role: 'user', content: 'Say hi' }, { role: 'assistant', content: 'hi!' }] },
  { messages: [{ role: 'system', content: 'Be brief.' }, { role: 'user', content: '2+2?' }, { role: 'assistant', content: '4' }] },
];

beforeAll(async () => {
  await useBackend(cpu());
  const { model, tokenizer } = tinyModel({ family: 'llama', seed: 9 });
  await savePretrained(model, tokenizer, base);
  model.dispose();
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const config = (overrides: Partial<SFTConfig>): SFTConfig => ({
  initFrom: base, data: RECORDS, steps: 6, batchSize: 2, seqLen: 40, lr: 1e-2, lora: { r: 4, targetModules: 'all-linear' }, ...overrides,
});

async function adapterWeights(trainer: SFTTrainer): Promise<number[][]> {
  return Promise.all([...trainer.lora!.trainableParams().values()].map(async (v) => Array.from(await v.data())));
}

describe('SFTTrainer', () => {
  it('trains a LoRA adapter, evaluates the held-out loss, writes the adapter into its checkpoints', async () => {
    const outDir = join(root, 'run');
    const trainer = new SFTTrainer(config({ outDir, validData: RECORDS.slice(0, 2), evalEvery: 3, steps: 12, seqLen: 63 }));
    const evals: number[] = [];
    trainer.on('eval', (e) => evals.push(e.valLoss));
    const done = await trainer.train();
    expect(done.step).toBe(12);
    expect(evals.length).toBe(4); // steps 3, 6, 9, 12
    expect(evals[3]!).toBeLessThan(evals[0]!);
    expect(trainer.dataSummary).toMatchObject({ examples: 8, truncated: 0, skipped: 0, validExamples: 2 });
    expect(existsSync(join(outDir, 'checkpoint-12', 'adapter', 'adapter_config.json'))).toBe(true);
    expect(existsSync(join(outDir, 'checkpoint-12', 'adapter', 'adapter_model.safetensors'))).toBe(true);
    // The chat template the records were rendered with goes with the checkpoint.
    const { tokenizer } = await loadPretrained(join(outDir, 'checkpoint-12')).then((p) => (p.model.dispose(), p));
    expect(tokenizer.tokenizerConfig()['chat_template']).toBe(DEFAULT_CHAT_TEMPLATE);
    trainer.dispose();
  });

  it('resumes exactly: 3 steps + resume to 6 equals 6 straight, adapter bit for bit', async () => {
    const straight = new SFTTrainer(config({ seed: 3 }));
    await straight.train();
    const expected = await adapterWeights(straight);
    straight.dispose();
    const outDir = join(root, 'resume');
    const first = new SFTTrainer(config({ seed: 3, steps: 3, outDir }));
    await first.train();
    first.dispose();
    const second = new SFTTrainer(config({ seed: 3, resumeFrom: outDir }));
    await second.train();
    expect(await adapterWeights(second)).toEqual(expected);
    second.dispose();
  });

  it('resumes a run left at the default seqLen (the model context − 1)', async () => {
    const outDir = join(root, 'resume-default-seqlen');
    const first = new SFTTrainer(config({ seed: 5, steps: 2, seqLen: undefined, outDir }));
    await first.train();
    first.dispose();
    const second = new SFTTrainer(config({ seed: 5, steps: 3, seqLen: undefined, resumeFrom: outDir }));
    expect((await second.train()).step).toBe(3);
    second.dispose();
  });

  it('resumes exactly with LoRA dropout: the masks draw from the run generator the checkpoint saves', async () => {
    const dropout = { r: 4, targetModules: 'all-linear' as const, dropout: 0.3 };
    const plain = new SFTTrainer(config({ seed: 4 }));
    await plain.train();
    const withoutDropout = await adapterWeights(plain);
    plain.dispose();
    const straight = new SFTTrainer(config({ seed: 4, lora: dropout }));
    await straight.train();
    const expected = await adapterWeights(straight);
    straight.dispose();
    expect(expected).not.toEqual(withoutDropout); // dropout was on
    const outDir = join(root, 'resume-dropout');
    const first = new SFTTrainer(config({ seed: 4, lora: dropout, steps: 3, outDir }));
    await first.train();
    first.dispose();
    const second = new SFTTrainer(config({ seed: 4, lora: dropout, resumeFrom: outDir }));
    await second.train();
    expect(await adapterWeights(second)).toEqual(expected);
    second.dispose();
  });

  it('runs an @stagecoach/eval task at each evaluation: accuracy with its 95% interval in the eval event and the metrics file', async () => {
    const metricsFile = join(root, 'task-metrics.jsonl');
    const task = arithmeticTask({ count: 6, seed: 5, difficulty: 1 });
    const trainer = new SFTTrainer(config({ steps: 4, evalEvery: 2, metricsFile, evalTask: { task, limit: 5, maxNewTokens: 6, batchSize: 3 } }));
    const events: Record<string, number>[] = [];
    trainer.on('eval', (e) => events.push(e.metrics));
    await trainer.train();
    expect(events.length).toBe(2); // steps 2 and 4, without validData
    const last = events[1]!;
    expect(last['problems']).toBe(5);
    expect(last['accuracy']).toBe(last['correct']! / 5);
    expect(last['accuracyLower']!).toBeLessThanOrEqual(last['accuracy']!);
    expect(last['accuracyUpper']!).toBeGreaterThan(last['accuracy']!);
    // The same numbers as @stagecoach/eval on the trained model.
    const limited = { ...task, problems: task.problems.slice(0, 5) };
    const report = await compareModels({ models: { sft: { model: trainer.model, tokenizer: trainer.tokenizer } }, tasks: [limited], maxNewTokens: 6 });
    expect(report.results[0]!.accuracy).toMatchObject({ value: last['accuracy'], lower: last['accuracyLower'], upper: last['accuracyUpper'] });
    const written = readFileSync(metricsFile, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { event: string; metrics: Record<string, number> });
    expect(written.filter((r) => r.event === 'eval').map((r) => r.metrics)).toEqual(events);
    trainer.dispose();
    const tooLong = new SFTTrainer(config({ evalTask: { task, maxNewTokens: 500 } }));
    await expect(tooLong.init()).rejects.toThrow(/SFTConfig\.evalTask: "maxNewTokens" is 500/);
    expect(() => new SFTTrainer(config({ evalTask: { task, limit: 0 } }))).toThrow(/evalTask\.limit must be an integer >= 1/);
    expect(() => new SFTTrainer(config({ evalTask: { task: {} as never } }))).toThrow(/evalTask\.task must be an @stagecoach\/eval task/);
  });

  it('saveMerged writes the merged model in Hugging Face layout under merged/, leaving the base weights as they were', async () => {
    const outDir = join(root, 'merged-run');
    const trainer = new SFTTrainer(config({ steps: 3, outDir, saveMerged: true, lora: { r: 4, targetModules: 'all-linear', trainableTokenIndices: [256, 257] } }));
    await trainer.train();
    const rows = [[256, 72, 101, 108, 108, 111, 44, 257]];
    const adapted = tf.tidy(() => Array.from(trainer.model.logits(rows).dataSync()));
    const merged = await loadPretrained(join(outDir, 'checkpoint-3', 'merged'));
    const theirs = tf.tidy(() => Array.from(merged.model.logits(rows).dataSync()));
    expect(Math.max(...adapted.map((v, i) => Math.abs(v - theirs[i]!)))).toBeLessThan(1e-5);
    expect(merged.tokenizer.tokenizerConfig()['chat_template']).toBe(DEFAULT_CHAT_TEMPLATE);
    merged.model.dispose();
    // The checkpoint's own weights are the untouched base (the adapter lives under adapter/).
    const original = await loadPretrained(base);
    const saved = await loadPretrained(join(outDir, 'checkpoint-3'));
    for (const [name, v] of original.model.params) expect(Array.from(saved.model.params.get(name)!.dataSync()), name).toEqual(Array.from(v.dataSync()));
    original.model.dispose();
    saved.model.dispose();
    trainer.dispose();
    expect(() => new SFTTrainer(config({ lora: false, saveMerged: true }))).toThrow(/SFTConfig\.saveMerged needs a LoRA adapter/);
  });

  it('packs examples (fewer rows, attention inside each) and fine-tunes in full with lora: false', async () => {
    const packed = new SFTTrainer(config({ packing: true, steps: 3 }));
    const losses: number[] = [];
    packed.on('step', (e) => losses.push(e.loss));
    await packed.train();
    expect(losses.every(Number.isFinite)).toBe(true);
    packed.dispose();
    const full = new SFTTrainer(config({ lora: false, steps: 2, lr: 1e-3 }));
    await full.init();
    const before = Array.from(await full.model.params.get('layers.0.attn.q.weight')!.data());
    await full.train();
    expect(full.lora).toBeUndefined();
    expect(Array.from(await full.model.params.get('layers.0.attn.q.weight')!.data())).not.toEqual(before);
    full.dispose();
  });

  it('keeps numTensors flat over 50 SFT steps', async () => {
    const trainer = new SFTTrainer(config({ steps: 50 }));
    await trainer.step();
    await trainer.step();
    const count = tf.memory().numTensors;
    for (let i = 2; i < 50; i++) await trainer.step();
    expect(tf.memory().numTensors).toBe(count);
    trainer.dispose();
  }, 120_000);

  it('names bad input: a record, an empty file, a missing base', async () => {
    const bad = new SFTTrainer(config({ data: [RECORDS[0], { messages: [{ role: 'user', content: 'no answer' }] }] }));
    await expect(bad.init()).rejects.toThrow(/data\[1\]: the chat has no assistant turn/);
    const empty = join(root, 'empty.jsonl');
    writeFileSync(empty, '\n');
    const error = await new SFTTrainer(config({ data: empty })).init().catch((e: unknown) => e);
    expect(DataError.isInstance(error)).toBe(true);
    expect((error as Error).message).toMatch(/empty\.jsonl: the dataset is empty/);
    expect(() => new SFTTrainer({ data: RECORDS, steps: 1 })).toThrow(ConfigError);
    expect(() => new SFTTrainer(config({ lora: { r: 0 } }))).toThrow(/LoraConfig\.r must be a positive integer/);
    const truncating = new SFTTrainer(config({ seqLen: 8, steps: 1 }));
    await truncating.init();
    expect(truncating.dataSummary.truncated).toBeGreaterThan(0);
    truncating.dispose();
  });
});
