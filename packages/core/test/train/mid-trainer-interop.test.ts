import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpu, loadPretrained, tf, useBackend } from '@stagecoach/core';
import { arraySource, MidTrainer, Pretrainer, type MidTrainerConfig } from '../../src/train/index.js';
import { TRANSFORMERS_5, pythonVenv } from '../python-venv.js';
import { tinyCorpus } from './fixtures/corpus.js';

const env = pythonVenv('transformers-5.17', TRANSFORMERS_5);

/** Loads each folder in transformers and prints the logits of its row, and the tokenizer's ids of a text. */
const SCRIPT = `
import json, sys, torch
from transformers import AutoModelForCausalLM
from tokenizers import Tokenizer
out = []
for path, row, text in json.loads(sys.argv[1]):
    model = AutoModelForCausalLM.from_pretrained(path, attn_implementation='eager', dtype=torch.float32).eval()
    with torch.no_grad():
        logits = model(torch.tensor([row])).logits[0].tolist()
    ids = Tokenizer.from_file(path + '/tokenizer.json').encode(text, add_special_tokens=False).ids
    out.append({'logits': logits, 'ids': ids, 'rope': model.config.rope_parameters if hasattr(model.config, 'rope_parameters') else None})
print(json.dumps(out))
`;

let dir: string;
let base: Record<'gpt2' | 'llama', string>;

beforeAll(async () => {
  await useBackend(cpu());
  dir = await mkdtemp(join(tmpdir(), 'stagecoach-mid-hf-'));
  base = { gpt2: join(dir, 'base-gpt2'), llama: join(dir, 'base-llama') };
  for (const family of ['gpt2', 'llama'] as const) {
    const trainer = new Pretrainer({
      model: { preset: `${family}-tiny`, contextLength: 32 }, data: arraySource(tinyCorpus()), steps: 2, seqLen: 16, batchSize: 2, evalEvery: 0, outDir: base[family],
    });
    await trainer.train();
    trainer.dispose();
  }
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe.skipIf(env.python === undefined)(`mid-training checkpoints in transformers 5.17${env.reason === undefined ? '' : ` (skipped: ${env.reason})`}`, () => {
  it('an extended context (linear, NTK, YaRN, GPT-2 interpolation) and an extended vocabulary load with the same logits at positions past the old context', async () => {
    const newLanguage = Array.from({ length: 100 }, (_, i) => `zuka miro${i % 7} teshi noya kazu.`);
    const cases: [string, Partial<MidTrainerConfig>][] = [
      ['llama', { extendContext: { length: 128, method: 'linear' } }],
      ['llama', { extendContext: { length: 128, method: 'ntk' } }],
      ['llama', { extendContext: { length: 128, method: 'yarn' } }],
      ['gpt2', { extendContext: { length: 128 }, vocabulary: { data: arraySource(newLanguage, 'new'), addTokens: 16 } }],
    ];
    const row = Array.from({ length: 100 }, (_, i) => (i * 37) % 250);
    const text = newLanguage[3]!;
    const jobs: [string, number[], string][] = [];
    const ours: { logits: number[][]; ids: number[] }[] = [];
    for (const [i, [family, extra]] of cases.entries()) {
      const trainer = new MidTrainer({
        initFrom: join(base[family as 'gpt2' | 'llama'], 'checkpoint-2'), data: arraySource(tinyCorpus(), 'base'), steps: 2, seqLen: 64, batchSize: 2,
        evalEvery: 0, outDir: join(dir, `mid-${i}`), ...extra,
      });
      const done = await trainer.train();
      trainer.dispose();
      const saved = await loadPretrained(done.checkpointPath!);
      const logits = tf.tidy(() => saved.model.logits([row]).squeeze([0]));
      ours.push({ logits: (await logits.array()) as number[][], ids: saved.tokenizer.encode(text, { addSpecialTokens: false }) });
      logits.dispose();
      saved.model.dispose();
      jobs.push([done.checkpointPath!, row, text]);
    }
    const theirs = JSON.parse(execFileSync(env.python!, ['-c', SCRIPT, JSON.stringify(jobs)], { encoding: 'utf8', maxBuffer: 2 ** 28 })) as
      { logits: number[][]; ids: number[]; rope: Record<string, unknown> | null }[];
    theirs.forEach((t, i) => {
      let max = 0;
      t.logits.forEach((r, p) => r.forEach((x, v) => { max = Math.max(max, Math.abs(x - ours[i]!.logits[p]![v]!)); }));
      expect(max, `case ${i}`).toBeLessThan(2e-4);
      expect(t.ids).toEqual(ours[i]!.ids);
    });
    expect(theirs[0]!.rope).toMatchObject({ rope_type: 'linear', factor: 4 });
    expect(theirs[2]!.rope).toMatchObject({ rope_type: 'yarn', factor: 4, original_max_position_embeddings: 32 });
    expect(Math.max(...ours[3]!.ids)).toBeGreaterThanOrEqual(259); // the new tokens are used
  }, 300_000);
});
