import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { tf } from '../../src/tf.js';
import { TokenizerError } from '../../src/errors.js';
import { readSafetensors, toFloat32, writeSafetensors } from '../../src/io/index.js';
import { byteTokenizer } from '../../src/tokenizers/index.js';
import { Transformer, resolveTransformerConfig } from '../../src/model/index.js';
import type { TransformerConfig } from '../../src/model/index.js';
import { hfModuleName, loadPretrained, savePretrained } from '../../src/pretrained/index.js';
import { tinyModel } from '../../src/testing/index.js';
import { maxAbsDiff, peakedModel } from '../model/helpers.js';

const fixtureDir = (name: string): string => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
const root = mkdtempSync(join(tmpdir(), 'stagecoach-pretrained-'));
let counter = 0;
const freshDir = (): string => join(root, `m${counter++}`);
afterAll(() => rmSync(root, { recursive: true, force: true }));

const llama3Scaling = { type: 'llama3', factor: 8, lowFreqFactor: 1, highFreqFactor: 4, originalMaxPositionEmbeddings: 128 } as const;
const probe = [[256, 72, 101, 108, 108, 111, 44, 32, 119], [256, 1, 2, 3, 4, 5, 6, 7, 8]];

describe.each([
  { label: 'gpt2', make: () => peakedModel('gpt2-tiny') },
  { label: 'llama (GQA, tied)', make: () => peakedModel('llama-tiny') },
  { label: 'llama untied + linear RoPE scaling', make: () => peakedModel('llama-tiny', { tieEmbeddings: false, ropeScaling: { type: 'linear', factor: 2 } }) },
  { label: 'qwen2 (qkv bias) + value head', make: () => peakedModel('llama-tiny', { attentionBias: true, valueHead: true }) },
  { label: 'llama + llama3 RoPE scaling', make: () => peakedModel('llama-tiny', { ropeScaling: llama3Scaling }) },
])('savePretrained → loadPretrained: $label', ({ make }) => {
  it('reloads with identical logits and values, in Hugging Face layout', async () => {
    const model = make();
    const dir = freshDir();
    await savePretrained(model, byteTokenizer(), dir);
    expect(readdirSync(dir).sort()).toEqual(
      ['config.json', 'generation_config.json', 'model.safetensors', 'tokenizer.json', 'tokenizer_config.json'],
    );
    const hf = JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8')) as Record<string, unknown>;
    expect(hf['torch_dtype']).toBe('float32');
    expect(Array.isArray(hf['architectures'])).toBe(true);
    const loaded = await loadPretrained(dir, { valueHead: model.config.valueHead === true });
    expect(loaded.config).toEqual(model.config);
    const ids = tf.tensor2d(probe, undefined, 'int32');
    const a = model.forward(ids);
    const b = loaded.model.forward(ids);
    expect(maxAbsDiff(a.logits.dataSync(), b.logits.dataSync())).toBe(0);
    if (a.values !== undefined) expect(maxAbsDiff(a.values.dataSync(), b.values!.dataSync())).toBe(0);
    expect(loaded.tokenizer.encode('hi')).toEqual([104, 105]);
    tf.dispose([ids, a.logits, b.logits]);
    if (a.values !== undefined) tf.dispose([a.values, b.values!]);
    model.dispose();
    loaded.model.dispose();
  });
});

describe('savePretrained', () => {
  it('writes the same tensors, by Hugging Face name and layout, as the PyTorch fixture it loaded', async () => {
    for (const name of ['gpt2-tiny', 'llama-tiny']) {
      const { model, tokenizer } = await loadPretrained(fixtureDir(name));
      const dir = freshDir();
      await savePretrained(model, tokenizer, dir);
      model.dispose();
      const saved = readSafetensors(readFileSync(join(dir, 'model.safetensors'))).tensors;
      const original = new Map<string, { shape: number[]; values: Float32Array }>();
      for (const file of readdirSync(fixtureDir(name)).filter((f) => f.endsWith('.safetensors'))) {
        for (const [key, t] of readSafetensors(readFileSync(join(fixtureDir(name), file))).tensors) {
          original.set(key, { shape: t.shape, values: toFloat32(t) });
        }
      }
      expect([...saved.keys()].sort()).toEqual([...original.keys()].sort());
      for (const [key, t] of saved) {
        expect(t.dtype).toBe('F32');
        expect(t.shape).toEqual(original.get(key)!.shape);
        expect(maxAbsDiff(toFloat32(t), original.get(key)!.values)).toBe(0);
      }
    }
  });

  it('writes bfloat16 and shards with an index on request', async () => {
    const model = peakedModel('llama-tiny');
    const dir = freshDir();
    await savePretrained(model, byteTokenizer(), dir, { dtype: 'bfloat16', maxShardBytes: 20_000 });
    const index = JSON.parse(readFileSync(join(dir, 'model.safetensors.index.json'), 'utf8')) as { weight_map: Record<string, string> };
    expect(new Set(Object.values(index.weight_map)).size).toBeGreaterThan(1);
    expect(JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8')).torch_dtype).toBe('bfloat16');
    const loaded = await loadPretrained(dir);
    const a = model.logits(probe);
    const b = loaded.model.logits(probe);
    const diff = maxAbsDiff(a.dataSync(), b.dataSync());
    expect(diff).toBeGreaterThan(0); // rounded to bfloat16...
    expect(diff).toBeLessThan(0.2); // ...but close
    tf.dispose([a, b]);
    model.dispose();
    loaded.model.dispose();
  });
});

const hasTorch = spawnSync('/usr/bin/python3', ['-c', 'import torch'], { stdio: 'ignore' }).status === 0;

describe.skipIf(!hasTorch)('a saved folder read by the PyTorch reference (Debian python3-torch)', () => {
  it('gives the same logits for gpt2, llama (untied, linear / llama3 RoPE scaling, GQA 4/1) and qwen2, in F32/BF16/F16', async () => {
    const cases = [
      { model: peakedModel('gpt2-tiny'), dtype: 'float32' },
      { model: peakedModel('llama-tiny', { ropeScaling: llama3Scaling }), dtype: 'float32' },
      { model: peakedModel('llama-tiny', { tieEmbeddings: false, nKvHeads: 1, ropeScaling: { type: 'linear', factor: 2 } }), dtype: 'bfloat16' },
      { model: peakedModel('llama-tiny', { attentionBias: true }), dtype: 'float16' },
    ] as const;
    const dirs: string[] = [];
    for (const { model, dtype } of cases) {
      const dir = freshDir();
      await savePretrained(model, byteTokenizer(), dir, { dtype });
      model.dispose();
      dirs.push(dir);
    }
    const script = fileURLToPath(new URL('../fixtures/make_fixtures.py', import.meta.url));
    const reference = JSON.parse(execFileSync('/usr/bin/python3', [script, '--check', ...dirs], { encoding: 'utf8' })) as number[][][][];
    const rows = [[256, 72, 101, 108, 108, 111, 44], [256, 84, 104, 101, 32, 113, 117, 105, 99, 107, 32, 102], [3, 250, 17]];
    for (const [i, dir] of dirs.entries()) {
      const { model } = await loadPretrained(dir);
      rows.forEach((row, r) => {
        const logits = model.logits([row]);
        expect(maxAbsDiff(logits.dataSync(), reference[i]![r]!.flat())).toBeLessThan(1e-4);
        logits.dispose();
      });
      model.dispose();
    }
  });
});

/** A copy of a fixture folder whose safetensors and config can be edited. */
function editedFixture(
  name: string,
  edit: (tensors: Map<string, { dtype: 'F32'; shape: number[]; data: Float32Array }>, config: Record<string, unknown>) => void,
): string {
  const src = fixtureDir(name);
  const dir = freshDir();
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const f of ['tokenizer.json', 'tokenizer_config.json']) copyFileSync(join(src, f), join(dir, f));
  const tensors = new Map<string, { dtype: 'F32'; shape: number[]; data: Float32Array }>();
  for (const [key, t] of readSafetensors(readFileSync(join(src, 'model.safetensors'))).tensors) {
    tensors.set(key, { dtype: 'F32', shape: t.shape, data: Float32Array.from(toFloat32(t)) });
  }
  const config = JSON.parse(readFileSync(join(src, 'config.json'), 'utf8')) as Record<string, unknown>;
  edit(tensors, config);
  writeFileSync(join(dir, 'model.safetensors'), writeSafetensors(tensors));
  writeFileSync(join(dir, 'config.json'), JSON.stringify(config));
  return dir;
}

describe('loadPretrained errors name the tensor', () => {
  it('missing tensor', async () => {
    const dir = editedFixture('gpt2-tiny', (t) => t.delete('transformer.h.1.mlp.c_fc.bias'));
    await expect(loadPretrained(dir)).rejects.toThrow(/missing tensor\(s\) "transformer\.h\.1\.mlp\.c_fc\.bias"/);
  });

  it('unexpected tensor', async () => {
    const dir = editedFixture('gpt2-tiny', (t) => t.set('transformer.h.7.ln_1.weight', { dtype: 'F32', shape: [32], data: new Float32Array(32) }));
    await expect(loadPretrained(dir)).rejects.toThrow(/unexpected tensor\(s\).*"transformer\.h\.7\.ln_1\.weight" \(model\.safetensors\)/);
  });

  it('wrong shape', async () => {
    const dir = editedFixture('gpt2-tiny', (t) => t.set('transformer.ln_f.weight', { dtype: 'F32', shape: [31], data: new Float32Array(31) }));
    await expect(loadPretrained(dir)).rejects.toThrow(/"transformer\.ln_f\.weight" \(model\.safetensors\) has shape \[31\].*\[32\]/);
  });

  it('an integer (quantized) weight is refused, naming the tensor and its dtype', async () => {
    const dir = editedFixture('gpt2-tiny', () => {});
    const file = join(dir, 'model.safetensors');
    const tensors = new Map(readSafetensors(readFileSync(file)).tensors);
    tensors.set('transformer.h.0.mlp.c_fc.weight', { dtype: 'I8', shape: tensors.get('transformer.h.0.mlp.c_fc.weight')!.shape, data: new Int8Array(32 * 128).fill(3) });
    writeFileSync(file, writeSafetensors(tensors));
    await expect(loadPretrained(dir)).rejects.toThrow(/"transformer\.h\.0\.mlp\.c_fc\.weight" \(model\.safetensors\) is stored as I8; weights must be F32, F16, BF16 or F64/);
  });

  it('a corrupt safetensors file names the file', async () => {
    const dir = editedFixture('gpt2-tiny', () => {});
    writeFileSync(join(dir, 'model.safetensors'), readFileSync(join(dir, 'model.safetensors')).subarray(0, 1000));
    await expect(loadPretrained(dir)).rejects.toThrow(/model\.safetensors: /);
  });

  it('unknown model_type lists the supported ones', async () => {
    const dir = editedFixture('gpt2-tiny', (_, c) => { c['model_type'] = 'bert'; });
    await expect(loadPretrained(dir)).rejects.toThrow(/unsupported model_type "bert".*gpt2, llama, qwen2, mistral/);
  });

  it('a missing or inherited model_type is named as such', async () => {
    const none = editedFixture('gpt2-tiny', (_, c) => { delete c['model_type']; });
    await expect(loadPretrained(none)).rejects.toThrow(/config\.json: no "model_type" field.*one of gpt2, llama, qwen2, mistral/);
    const inherited = editedFixture('gpt2-tiny', (_, c) => { c['model_type'] = 'constructor'; });
    await expect(loadPretrained(inherited)).rejects.toThrow(/unsupported model_type "constructor"/);
  });

  it('a missing tokenizer.json names the folder', async () => {
    const dir = editedFixture('gpt2-tiny', () => {});
    rmSync(join(dir, 'tokenizer.json'));
    const error = await loadPretrained(dir).catch((e: unknown) => e);
    expect(TokenizerError.isInstance(error)).toBe(true);
    expect((error as Error).message).toContain(`${dir}: tokenizer.json is missing`);
  });

  it('a missing folder or weights file names what is missing', async () => {
    await expect(loadPretrained(join(root, 'nope'))).rejects.toThrow(/config\.json/);
    const dir = editedFixture('gpt2-tiny', () => {});
    rmSync(join(dir, 'model.safetensors'));
    await expect(loadPretrained(dir)).rejects.toThrow(/neither model\.safetensors nor model\.safetensors\.index\.json/);
  });

  it('accepts Hub GPT-2 names (no transformer. prefix, attn.bias mask buffers)', async () => {
    const dir = editedFixture('gpt2-tiny', (tensors) => {
      for (const [key, t] of [...tensors]) {
        tensors.delete(key);
        tensors.set(key.replace(/^transformer\./, ''), t);
      }
      for (const i of [0, 1]) tensors.set(`h.${i}.attn.bias`, { dtype: 'F32', shape: [1, 1, 64, 64], data: new Float32Array(64 * 64) });
    });
    const { model } = await loadPretrained(dir);
    const expected = JSON.parse(readFileSync(join(fixtureDir('gpt2-tiny'), 'expected.json'), 'utf8')) as { rows: Array<{ ids: number[]; logits: number[][] }> };
    const row = expected.rows[0]!;
    const logits = model.logits([row.ids]);
    expect(maxAbsDiff(logits.dataSync(), row.logits.flat())).toBeLessThan(1e-4);
    logits.dispose();
    model.dispose();
  });
});

describe('hfModuleName', () => {
  it('maps internal linear names to Hugging Face modules', () => {
    const llama = resolveTransformerConfig('llama-tiny');
    const gpt2 = resolveTransformerConfig('gpt2-tiny');
    expect(hfModuleName(llama, 'layers.1.attn.q')).toEqual({ module: 'model.layers.1.self_attn.q_proj' });
    expect(hfModuleName(llama, 'layers.0.mlp.down')).toEqual({ module: 'model.layers.0.mlp.down_proj' });
    expect(hfModuleName(gpt2, 'layers.1.attn.k')).toEqual({ module: 'transformer.h.1.attn.c_attn', outSlice: [32, 64] });
    expect(hfModuleName(gpt2, 'layers.0.mlp.up')).toEqual({ module: 'transformer.h.0.mlp.c_fc' });
  });
});

describe('tinyModel', () => {
  it('gives a seeded model and the byte tokenizer', () => {
    const a = tinyModel({ family: 'llama', seed: 4, valueHead: true });
    const b = tinyModel({ family: 'llama', seed: 4 });
    expect(a.tokenizer.vocabSize).toBe(a.config.vocabSize);
    expect(a.config.valueHead).toBe(true);
    const x = a.model.logits([[1, 2, 3]]);
    const y = b.model.logits([[1, 2, 3]]);
    expect(maxAbsDiff(x.dataSync(), y.dataSync())).toBe(0);
    tf.dispose([x, y]);
    a.model.dispose();
    b.model.dispose();
    const config: TransformerConfig = tinyModel().config;
    expect(config.family).toBe('gpt2');
    const plain = new Transformer(config);
    // wte 259·32 + wpe 64·32 + 2 × (LNs 128 + c_attn 3168 + c_proj 1056 + c_fc 4224 + mlp c_proj 4128) + ln_f 64
    expect(plain.numParams).toBe(8288 + 2048 + 2 * 12704 + 64);
    plain.dispose();
  });
});
