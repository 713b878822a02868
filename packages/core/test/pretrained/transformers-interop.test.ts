import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tf } from '../../src/tf.js';
import type { Transformer, TransformerConfig } from '../../src/model/index.js';
import { loadPretrained, savePretrained } from '../../src/pretrained/index.js';
import { byteTokenizer } from '../../src/tokenizers/index.js';
import { peakedModel } from '../model/helpers.js';
import { TRANSFORMERS_5, pythonVenv } from '../python-venv.js';

const env = pythonVenv('transformers-5.17', TRANSFORMERS_5);
const script = fileURLToPath(new URL('./fixtures/transformers_interop.py', import.meta.url));
const tokenizerDir = fileURLToPath(new URL('../fixtures/llama-tiny/', import.meta.url));
const ROWS = [[256, 72, 101, 108, 108, 111, 44], [256, 84, 104, 101, 32, 113, 117, 105, 99, 107, 32, 102], [3, 250, 17]];

interface MadeCase { logits: number[][][]; config: Record<string, unknown> }
interface CheckedFolder { missing: string[]; unexpected: string[]; mismatched: string[]; logits: number[][][] }

function runScript<T>(args: string[]): T {
  const out = execFileSync(env.python!, [script, ...args], { encoding: 'utf8', maxBuffer: 256 * 2 ** 20, stdio: ['ignore', 'pipe', 'pipe'] });
  return JSON.parse(out) as T;
}

function maxAbsDiff(ours: tf.Tensor, theirs: number[][]): number {
  const a = ours.dataSync();
  const b = theirs.flat();
  expect(a.length).toBe(b.length);
  let max = 0;
  for (let i = 0; i < a.length; i++) max = Math.max(max, Math.abs(a[i]! - b[i]!));
  return max;
}

function logitsOf(model: Transformer): tf.Tensor[] {
  return ROWS.map((row) => tf.tidy(() => model.logits([row]).squeeze([0])));
}

describe.skipIf(env.python === undefined)(`transformers ${env.reason === undefined ? '5.17' : `5.17 (skipped: ${env.reason})`} interop`, () => {
  let root: string;
  let made: Record<string, MadeCase>;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'stagecoach-hf5-'));
    made = runScript<{ cases: Record<string, MadeCase> }>(['make', root]).cases;
    for (const name of Object.keys(made)) {
      for (const file of ['tokenizer.json', 'tokenizer_config.json']) copyFileSync(join(tokenizerDir, file), join(root, name, file));
    }
  }, 300_000);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('writes the transformers 5 layout (rope_parameters, no top-level rope_theta)', () => {
    expect(made['llama-theta']!.config['rope_parameters']).toEqual({ rope_theta: 5000, rope_type: 'default' });
    expect(made['llama-theta']!.config).not.toHaveProperty('rope_theta');
  });

  it.each(['gpt2', 'llama-theta', 'smollm-tied', 'llama-linear', 'llama-dynamic', 'llama-yarn', 'llama3', 'qwen2', 'mistral'])(
    'a %s checkpoint saved by transformers 5 loads here with its logits',
    async (name) => {
      const warnings: string[] = [];
      const { model } = await loadPretrained(join(root, name), { onWarning: (m) => warnings.push(m) });
      const ours = logitsOf(model);
      ours.forEach((logits, r) => expect(maxAbsDiff(logits, made[name]!.logits[r]!)).toBeLessThan(2e-4));
      tf.dispose(ours);
      model.dispose();
      if (name === 'gpt2') {
        // transformers' GPT-2 default bos/eos 50256 lie outside the 259-token vocabulary: dropped with a warning.
        expect(warnings.join('\n')).toMatch(/bos_token_id 50256 lies outside the vocabulary \(vocab_size 259\)/);
        expect(model.config.eosTokenId).toBeUndefined();
      } else {
        expect(warnings).toEqual([]);
      }
    },
  );

  it('would have caught the silent fallback: the same weights with θ = 10000 give other logits', async () => {
    const dir = join(root, 'llama-theta');
    const config = JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8')) as Record<string, unknown>;
    writeFileSync(join(dir, 'config.json'), JSON.stringify({ ...config, rope_parameters: { rope_type: 'default', rope_theta: 10000 } }));
    try {
      const { model } = await loadPretrained(dir);
      const ours = logitsOf(model);
      expect(maxAbsDiff(ours[1]!, made['llama-theta']!.logits[1]!)).toBeGreaterThan(1e-2);
      tf.dispose(ours);
      model.dispose();
    } finally {
      writeFileSync(join(dir, 'config.json'), JSON.stringify(config));
    }
  });

  it('folders written here load in transformers 5 with no missing or unexpected weights and the same logits', async () => {
    const configs: Array<['gpt2-tiny' | 'llama-tiny', Partial<TransformerConfig>]> = [
      ['gpt2-tiny', {}],
      ['llama-tiny', { ropeTheta: 5000 }],
      ['llama-tiny', { tieEmbeddings: false, nKvHeads: 1, ropeScaling: { type: 'linear', factor: 2 } }],
      ['llama-tiny', { ropeScaling: { type: 'yarn', factor: 4, originalMaxPositionEmbeddings: 16 } }],
      ['llama-tiny', { ropeTheta: 500000, ropeScaling: { type: 'llama3', factor: 8, lowFreqFactor: 1, highFreqFactor: 4, originalMaxPositionEmbeddings: 16 } }],
      ['llama-tiny', { attentionBias: true, ropeTheta: 1e6 }],
    ];
    const dirs: string[] = [];
    const expected: tf.Tensor[][] = [];
    for (const [i, [preset, overrides]] of configs.entries()) {
      const model = peakedModel(preset, overrides, 40 + i);
      const dir = join(root, `ours-${i}`);
      await savePretrained(model, byteTokenizer(), dir);
      dirs.push(dir);
      expected.push(logitsOf(model));
      model.dispose();
    }
    const checked = runScript<{ folders: CheckedFolder[] }>(['check', ...dirs]).folders;
    checked.forEach((folder, i) => {
      expect({ missing: folder.missing, unexpected: folder.unexpected, mismatched: folder.mismatched }).toEqual({ missing: [], unexpected: [], mismatched: [] });
      expected[i]!.forEach((logits, r) => expect(maxAbsDiff(logits, folder.logits[r]!)).toBeLessThan(2e-4));
    });
    tf.dispose(expected.flat());
  }, 120_000);
});
