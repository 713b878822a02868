import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdamW, cpu, loadPretrained, optimizerStep, tf, useBackend } from '@stagecoach/core';
import type { Transformer } from '@stagecoach/core';
import { TRANSFORMERS_5, pythonVenv } from '../../core/test/python-venv.js';
import { applyLora, loadAdapter, saveAdapter } from '../src/index.js';
import type { LoraConfig } from '../src/index.js';

/** transformers 5 and PEFT 0.21 on PyTorch 2.13 CPU, the reference for adapter interop. */
const PEFT = [...TRANSFORMERS_5, 'peft==0.21.0'];
const env = pythonVenv('peft-0.21', PEFT);
const script = fileURLToPath(new URL('./fixtures/peft_interop.py', import.meta.url));
const tokenizerDir = fileURLToPath(new URL('../../core/test/fixtures/llama-tiny/', import.meta.url));
const ROWS = [[256, 72, 101, 108, 108, 111, 44], [256, 84, 104, 101, 32, 113, 117, 105, 99, 107, 32, 102], [3, 250, 17]];
/** The `-tokens` cases' vocabulary has 3 new (chat-marker) tokens, 259-261, and their rows use them. */
const NEW_TOKENS = [259, 260, 261];
const TOKEN_ROWS = [...ROWS, [256, 259, 72, 105, 260, 261, 33]];
const rowsOf = (model: Transformer) => (model.config.vocabSize > 259 ? TOKEN_ROWS : ROWS);
const CASES = ['llama', 'llama-untied', 'gpt2', 'llama-tokens', 'llama-untied-tokens'] as const;

type Logits = number[][][];
interface MadeCase { base: Logits; adapted: Logits; merged: Logits }
interface Checked { logits: Logits; merged_logits: Logits; lora_keys: string[] }

function runScript<T>(args: string[]): T {
  const out = execFileSync(env.python!, [script, ...args], { encoding: 'utf8', maxBuffer: 256 * 2 ** 20, stdio: ['ignore', 'pipe', 'pipe'] });
  return JSON.parse(out) as T;
}

/** Largest |ours - theirs| over every row. */
function maxDiff(model: Transformer, theirs: Logits): number {
  let max = 0;
  rowsOf(model).forEach((row, r) => {
    const ours = tf.tidy(() => model.logits([row]).squeeze([0]));
    const a = ours.dataSync();
    const b = theirs[r]!.flat();
    expect(a.length).toBe(b.length);
    for (let i = 0; i < a.length; i++) max = Math.max(max, Math.abs(a[i]! - b[i]!));
    ours.dispose();
  });
  return max;
}

async function load(dir: string): Promise<Transformer> {
  const warnings: string[] = [];
  return (await loadPretrained(dir, { onWarning: (m) => warnings.push(m) })).model;
}

describe.skipIf(env.python === undefined)(`PEFT ${env.reason === undefined ? '0.21' : `0.21 (skipped: ${env.reason})`} interop`, () => {
  let root: string;
  let made: Record<string, MadeCase>;
  beforeAll(async () => {
    await useBackend(cpu());
    root = mkdtempSync(join(tmpdir(), 'stagecoach-peft-'));
    made = runScript<{ cases: Record<string, MadeCase> }>(['make', root]).cases;
    for (const name of CASES) {
      for (const suffix of ['', '-merged']) {
        for (const file of ['tokenizer.json', 'tokenizer_config.json']) copyFileSync(join(tokenizerDir, file), join(root, name + suffix, file));
      }
    }
  }, 300_000);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it.each(CASES)('an adapter written by PEFT (random B) on a %s base loads here with PEFT\'s logits; merge() equals merge_and_unload', async (name) => {
    const model = await load(join(root, name));
    expect(maxDiff(model, made[name]!.base)).toBeLessThan(1e-4);
    const lora = await loadAdapter(model, join(root, `${name}-adapter`));
    expect(maxDiff(model, made[name]!.adapted)).toBeLessThan(1e-4);
    // Disabled, it is the base again.
    lora.withAdaptersDisabled(() => expect(maxDiff(model, made[name]!.base)).toBeLessThan(1e-4));
    // PEFT's merge_and_unload, saved by transformers, against our merge(): weight by weight and in logits.
    const merged = lora.mergeAndUnload();
    const theirs = await load(join(root, `${name}-merged`));
    let maxWeightDiff = 0;
    for (const [param, v] of merged.params) {
      const diff = tf.tidy(() => tf.max(tf.abs(tf.sub(v, theirs.params.get(param)!))).dataSync()[0]!);
      maxWeightDiff = Math.max(maxWeightDiff, diff);
    }
    expect(maxWeightDiff).toBeLessThan(1e-5);
    expect(maxDiff(merged, made[name]!.merged)).toBeLessThan(1e-4);
    theirs.dispose();
    model.dispose();
  });

  it('adapters trained here load with PeftModel.from_pretrained and give our logits; PEFT merges them to our merge()', async () => {
    const trained: Array<[typeof CASES[number], LoraConfig]> = [
      ['llama', { targetModules: 'all-linear', r: 4, alpha: 16 }],
      ['llama-untied', { targetModules: ['q_proj', 'k_proj', 'o_proj'], r: 2, alpha: 4, useRsLora: true, modulesToSave: ['lm_head'] }],
      ['gpt2', { targetModules: 'all-linear', r: 4, alpha: 8, init: 'gaussian' }],
      ['llama-tokens', { targetModules: ['q_proj'], r: 2, trainableTokenIndices: NEW_TOKENS }],
      ['llama-untied-tokens', { targetModules: ['v_proj'], r: 2, trainableTokenIndices: NEW_TOKENS, modulesToSave: ['lm_head'] }],
    ];
    const adapted: Array<{ model: Transformer; lora: ReturnType<typeof applyLora> }> = [];
    const dirs: string[] = [];
    for (const [name, config] of trained) {
      const model = await load(join(root, name));
      const lora = applyLora(model, { ...config, seed: 3 });
      const params = lora.trainableParams();
      const optimizer = new AdamW(params, { weightDecay: 0 });
      const row = model.config.vocabSize > 259 ? TOKEN_ROWS[3]! : ROWS[1]!; // the new tokens' row where there is one
      const ids = tf.tensor2d([row.slice(0, -1)], undefined, 'int32') as tf.Tensor2D;
      const targets = tf.tensor2d([row.slice(1)], undefined, 'int32') as tf.Tensor2D;
      for (let step = 0; step < 5; step++) {
        await optimizerStep({ params, optimizer, lr: 5e-2, microBatches: [{ tokens: row.length - 1 }], loss: () => model.loss(ids, targets) });
      }
      tf.dispose([ids, targets]);
      optimizer.dispose();
      expect(maxDiff(model, made[name]!.base)).toBeGreaterThan(1e-3); // training moved it
      const dir = join(root, `${name}-ours`);
      await saveAdapter(lora, dir, { baseModelNameOrPath: join(root, name) });
      dirs.push(join(root, name), dir);
      adapted.push({ model, lora });
    }
    const { checked } = runScript<{ checked: Checked[] }>(['check', ...dirs]);
    adapted.forEach(({ model, lora }, i) => {
      const theirs = checked[i]!;
      expect(theirs.lora_keys.length).toBeGreaterThan(0);
      expect(maxDiff(model, theirs.logits), trained[i]![0]).toBeLessThan(1e-4);
      lora.merge();
      expect(maxDiff(model, theirs.merged_logits), trained[i]![0]).toBeLessThan(1e-4);
      lora.dispose();
      model.dispose();
    });
  }, 120_000);
});
