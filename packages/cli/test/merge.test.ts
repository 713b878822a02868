import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { loadPretrained, savePretrained, tf } from '@stagecoach/core';
import { tinyModel } from '@stagecoach/core/testing';
import { applyLora, saveAdapter } from '@stagecoach/lora';
import { mergeCommand } from '../src/commands/merge.js';

const root = mkdtempSync(join(tmpdir(), 'stagecoach-merge-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

describe('stagecoach merge', () => {
  it('folds an adapter into its base: the merged folder gives the adapted logits', async () => {
    const { model, tokenizer } = tinyModel({ family: 'llama', seed: 5 });
    await savePretrained(model, tokenizer, join(root, 'base'));
    const lora = applyLora(model, { targetModules: 'all-linear', r: 4, init: 'random', seed: 1 });
    await saveAdapter(lora, join(root, 'adapter'));
    const rows = [[256, 72, 101, 108, 108, 111]];
    const expected = tf.tidy(() => Array.from(model.logits(rows).dataSync()));
    model.dispose();
    const lines: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((line: unknown) => void lines.push(String(line)));
    const code = await mergeCommand.run(['--base', join(root, 'base'), '--adapter', join(root, 'adapter'), '--out', join(root, 'merged')]);
    expect(code).toBe(0);
    expect(lines.join('\n')).toMatch(/merged .*adapter \(r 4, 14 layers, \d+ adapter parameters\)/);
    const merged = await loadPretrained(join(root, 'merged'));
    const got = tf.tidy(() => Array.from(merged.model.logits(rows).dataSync()));
    expect(Math.max(...got.map((v, i) => Math.abs(v - expected[i]!)))).toBeLessThan(1e-5);
    merged.model.dispose();
  });

  it('refuses an adapter for another base, naming the tensor, and writes nothing', async () => {
    const other = tinyModel({ family: 'llama', config: { nKvHeads: 4 } });
    await savePretrained(other.model, other.tokenizer, join(root, 'other'));
    other.model.dispose();
    const errors: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((line: unknown) => void errors.push(String(line)));
    const code = await mergeCommand.run(['--base', join(root, 'other'), '--adapter', join(root, 'adapter'), '--out', join(root, 'bad')]);
    expect(code).toBe(1);
    expect(errors.join('\n')).toMatch(/stagecoach merge: .*k_proj\.lora_B\.weight has shape \[16, 4\] but this base model needs \[32, 4\]/);
    await expect(loadPretrained(join(root, 'bad'))).rejects.toThrow();
    expect(await mergeCommand.run(['--base', 'x'])).toBe(1);
  });
});
