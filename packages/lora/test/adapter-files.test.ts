import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CheckpointError, Linear, cpu, readSafetensors, tf, useBackend, writeSafetensors } from '@stagecoach/core';
import type { Transformer } from '@stagecoach/core';
import { tinyModel } from '@stagecoach/core/testing';
import { applyLora, loadAdapter, saveAdapter } from '../src/index.js';
import type { LoraConfig } from '../src/index.js';

const ROWS = [[256, 72, 101, 108, 108, 111, 44, 32], [256, 84, 104, 101, 32, 113, 117, 105]];
let root: string;

beforeAll(async () => {
  await useBackend(cpu());
  root = mkdtempSync(join(tmpdir(), 'stagecoach-lora-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

function logits(model: Transformer): number[] {
  const t = model.logits(ROWS);
  const values = Array.from(t.dataSync());
  t.dispose();
  return values;
}

async function savedAdapter(dir: string, family: 'gpt2' | 'llama', config: LoraConfig, overrides = {}): Promise<number[]> {
  const { model } = tinyModel({ family, seed: 11, config: overrides });
  const lora = applyLora(model, config);
  await saveAdapter(lora, dir, { baseModelNameOrPath: `stagecoach/${family}-tiny` });
  const adapted = logits(model);
  model.dispose();
  return adapted;
}

describe('saveAdapter / loadAdapter', () => {
  it.each([
    ['gpt2', { targetModules: 'all-linear', init: 'random', r: 4, alpha: 16 }, {}],
    ['llama', { targetModules: 'all-linear', init: 'random', r: 4, alpha: 16, useRsLora: true }, {}],
    ['llama', { targetModules: ['q_proj', 'v_proj'], init: 'random', r: 2, modulesToSave: ['lm_head'] }, { tieEmbeddings: false }],
  ] as const)('round trip on %s %o: save, load on a fresh base, same logits', async (family, config, overrides) => {
    const dir = join(root, `rt-${family}-${Object.keys(config).length}`);
    const expected = await savedAdapter(dir, family, config, overrides);
    const { model } = tinyModel({ family, seed: 11, config: overrides });
    const before = tf.memory().numTensors;
    const lora = await loadAdapter(model, dir);
    expect(logits(model)).toEqual(expected);
    expect(lora.config).toMatchObject({ r: config.r, useRsLora: 'useRsLora' in config });
    lora.dispose();
    expect(tf.memory().numTensors).toBe(before);
    model.dispose();
  });

  it('round trip of trainable token rows: trainable_token_indices and the rows under token_adapter.trainable_tokens_delta', async () => {
    const dir = join(root, 'rt-tokens');
    const { model } = tinyModel({ family: 'gpt2', seed: 11 });
    const lora = applyLora(model, { trainableTokenIndices: [5, 72, 258] });
    lora.trainableTokens!.rows.assign(tf.tidy(() => tf.randomNormal([3, 32], 0, 1, 'float32', 3)));
    const expected = logits(model);
    await saveAdapter(lora, dir);
    model.dispose();
    expect(JSON.parse(readFileSync(join(dir, 'adapter_config.json'), 'utf8'))['trainable_token_indices']).toEqual([5, 72, 258]);
    expect([...readSafetensors(readFileSync(join(dir, 'adapter_model.safetensors'))).tensors.keys()])
      .toContain('base_model.model.transformer.wte.token_adapter.trainable_tokens_delta');
    const fresh = tinyModel({ family: 'gpt2', seed: 11 }).model;
    const base = logits(fresh);
    const loaded = await loadAdapter(fresh, dir);
    expect(logits(fresh)).toEqual(expected);
    expect(logits(fresh)).not.toEqual(base);
    loaded.dispose();
    fresh.dispose();
  });

  it("writes PEFT's config fields and tensor names (A [r, in], B [out, r]; GPT-2's c_attn fused)", async () => {
    const dir = join(root, 'names-gpt2');
    await savedAdapter(dir, 'gpt2', { targetModules: ['c_attn', 'mlp.c_proj'], r: 4 });
    const config = JSON.parse(readFileSync(join(dir, 'adapter_config.json'), 'utf8')) as Record<string, unknown>;
    expect(config).toMatchObject({
      peft_type: 'LORA', task_type: 'CAUSAL_LM', r: 4, lora_alpha: 8, lora_dropout: 0, use_rslora: false, bias: 'none',
      fan_in_fan_out: true, modules_to_save: null, base_model_name_or_path: 'stagecoach/gpt2-tiny', init_lora_weights: true,
      target_modules: ['transformer.h.0.attn.c_attn', 'transformer.h.0.mlp.c_proj', 'transformer.h.1.attn.c_attn', 'transformer.h.1.mlp.c_proj'],
    });
    const file = readSafetensors(readFileSync(join(dir, 'adapter_model.safetensors')));
    expect(Object.fromEntries([...file.tensors].map(([name, t]) => [name, t.shape]))).toEqual({
      'base_model.model.transformer.h.0.attn.c_attn.lora_A.weight': [4, 32],
      'base_model.model.transformer.h.0.attn.c_attn.lora_B.weight': [96, 4],
      'base_model.model.transformer.h.0.mlp.c_proj.lora_A.weight': [4, 128],
      'base_model.model.transformer.h.0.mlp.c_proj.lora_B.weight': [32, 4],
      'base_model.model.transformer.h.1.attn.c_attn.lora_A.weight': [4, 32],
      'base_model.model.transformer.h.1.attn.c_attn.lora_B.weight': [96, 4],
      'base_model.model.transformer.h.1.mlp.c_proj.lora_A.weight': [4, 128],
      'base_model.model.transformer.h.1.mlp.c_proj.lora_B.weight': [32, 4],
    });
    const llama = join(root, 'names-llama');
    await savedAdapter(llama, 'llama', {});
    const llamaConfig = JSON.parse(readFileSync(join(llama, 'adapter_config.json'), 'utf8')) as Record<string, unknown>;
    expect(llamaConfig).toMatchObject({ target_modules: ['q_proj', 'v_proj'], fan_in_fan_out: false });
    const names = [...readSafetensors(readFileSync(join(llama, 'adapter_model.safetensors'))).tensors.keys()];
    expect(names).toContain('base_model.model.model.layers.0.self_attn.q_proj.lora_A.weight');
  });

  it('refuses an adapter for another base model, naming the tensor, and leaves the model as it was', async () => {
    const dir = join(root, 'other-base');
    await savedAdapter(dir, 'llama', { targetModules: 'all-linear', r: 2 });
    const check = async (model: Transformer, message: RegExp) => {
      const error = await loadAdapter(model, dir).catch((e: unknown) => e);
      expect(CheckpointError.isInstance(error)).toBe(true);
      expect((error as Error).message).toMatch(message);
      expect([...model.linears().values()].every((l) => l instanceof Linear)).toBe(true);
      expect([...model.params.values()].every((v) => v.trainable)).toBe(true);
      model.dispose();
    };
    await check(tinyModel({ family: 'llama', config: { nKvHeads: 4 } }).model,
      /adapter_model\.safetensors: tensor base_model\.model\.model\.layers\.0\.self_attn\.k_proj\.lora_B\.weight has shape \[16, 2\] but this base model needs \[32, 2\]/);
    await check(tinyModel({ family: 'llama', config: { nLayers: 1 } }).model,
      /tensor base_model\.model\.model\.layers\.1\.mlp\.down_proj\.lora_A\.weight belongs to no module this adapter targets in this base model/);
    await check(tinyModel({ family: 'llama', config: { nLayers: 3 } }).model,
      /tensor base_model\.model\.model\.layers\.2\.self_attn\.q_proj\.lora_A\.weight is missing/);
    const gpt2Dir = join(root, 'other-family');
    await savedAdapter(gpt2Dir, 'llama', { r: 2 });
    const gpt2 = tinyModel({ family: 'gpt2' }).model;
    const error = await loadAdapter(gpt2, gpt2Dir).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/adapter_config\.json does not fit this base model: LoraConfig\.targetModules\[0\] \(q_proj\) matches no linear layer of this gpt2 model/);
    gpt2.dispose();
  });

  it('refuses what it cannot load, naming the field', async () => {
    const dir = join(root, 'dora');
    await savedAdapter(dir, 'llama', { r: 2 });
    const path = join(dir, 'adapter_config.json');
    const config = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    const { model } = tinyModel({ family: 'llama' });
    for (const [patch, message] of [
      [{ use_dora: true }, /use_dora is true, which Stagecoach does not support/],
      [{ peft_type: 'IA3' }, /peft_type is "IA3"; only "LORA"/],
      [{ rank_pattern: { q_proj: 4 } }, /rank_pattern/],
      [{ r: 'eight' }, /adapter_config\.json: r must be a number/],
    ] as const) {
      writeFileSync(path, JSON.stringify({ ...config, ...patch }));
      await expect(loadAdapter(model, dir)).rejects.toThrow(message);
    }
    // PEFT's in-memory key form (with the adapter name) loads too.
    writeFileSync(path, JSON.stringify(config));
    const weights = join(dir, 'adapter_model.safetensors');
    const file = readSafetensors(readFileSync(weights));
    writeFileSync(weights, writeSafetensors(new Map([...file.tensors].map(([k, t]) => [k.replace('.weight', '.default.weight'), t]))));
    const lora = await loadAdapter(model, dir);
    lora.dispose();
    model.dispose();
  });
});
