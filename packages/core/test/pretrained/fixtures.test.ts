import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tf } from '../../src/tf.js';
import { loadPretrained } from '../../src/pretrained/index.js';
import { leftPad, maxAbsDiff } from '../model/helpers.js';

/** Fixtures written by test/fixtures/make_fixtures.py from reference PyTorch modules. */
const fixtureDir = (name: string): string => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

interface Expected {
  rows: Array<{ ids: number[]; logits: number[][]; logprobs: number[] }>;
}

const cases = [
  { name: 'gpt2-tiny', family: 'gpt2', note: 'F32, Conv1D c_attn, tied wte' },
  { name: 'llama-tiny', family: 'llama', note: 'F16 shards, GQA 4/2, untied lm_head' },
  { name: 'qwen2-tiny', family: 'llama', note: 'BF16, qkv bias, GQA 4/1, linear RoPE scaling' },
  { name: 'llama-yarn-tiny', family: 'llama', note: 'F32, YaRN RoPE scaling' },
  { name: 'llama3-tiny', family: 'llama', note: 'F16, llama3 RoPE scaling (kept / smoothed / divided bands)' },
] as const;

describe.each(cases)('PyTorch fixture $name ($note)', ({ name, family }) => {
  const expected = JSON.parse(readFileSync(`${fixtureDir(name)}/expected.json`, 'utf8')) as Expected;

  it('loads through loadPretrained and matches the PyTorch logits and log-probs', async () => {
    const { model, tokenizer, config } = await loadPretrained(fixtureDir(name));
    expect(config.family).toBe(family);
    expect(tokenizer.vocabSize).toBe(259);
    for (const row of expected.rows) {
      const logits = model.logits([row.ids]);
      expect(maxAbsDiff(logits.dataSync(), row.logits.flat())).toBeLessThan(1e-4);
      logits.dispose();
      const lp = tf.tidy(() => model.tokenLogProbs(
        tf.tensor2d([row.ids.slice(0, -1)], undefined, 'int32'),
        tf.tensor2d([row.ids.slice(1)], undefined, 'int32'),
      ));
      expect(maxAbsDiff(lp.dataSync(), row.logprobs)).toBeLessThan(1e-4);
      lp.dispose();
    }
    model.dispose();
  });

  it('leaves no tensors behind after load + dispose', async () => {
    const before = tf.memory().numTensors;
    const { model } = await loadPretrained(fixtureDir(name));
    expect(tf.memory().numTensors).toBe(before + model.params.size);
    model.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('gives each row of a left-padded batch the logits of the row alone', async () => {
    const { model } = await loadPretrained(fixtureDir(name));
    const { ids, mask } = leftPad(expected.rows.map((r) => r.ids), 258);
    const logits = tf.tidy(() =>
      model.forward(tf.tensor2d(ids, undefined, 'int32'), { keyMask: tf.tensor2d(mask) }).logits.arraySync());
    expected.rows.forEach((row, r) => {
      const offset = ids[0]!.length - row.ids.length;
      expect(maxAbsDiff(logits[r]!.slice(offset).flat(), row.logits.flat())).toBeLessThan(1e-4);
    });
    model.dispose();
  });
});
