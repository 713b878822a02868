import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { savePretrained } from '@stagecoach/core';
import { tinyModel } from '@stagecoach/core/testing';
import { midModalityCommand, parseMidModalityArgs } from '../src/commands/mid-modality.js';

const root = mkdtempSync(join(tmpdir(), 'stagecoach-cli-mid-modality-'));
beforeAll(async () => {
  const { model, tokenizer } = tinyModel({ family: 'gpt2', seed: 1 });
  await savePretrained(model, tokenizer, join(root, 'base'));
  model.dispose();
});
afterAll(() => rmSync(root, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

describe('stagecoach mid-modality', () => {
  it('maps flags to a ModalityConfig with synthetic pairs', () => {
    const { config } = parseMidModalityArgs(['--base', 'b', '--modality', 'audio', '--steps', '5', '--train-examples', '7', '--valid-examples', '3', '--train-lm', '--lr', '0.01'], '/x');
    expect(config).toMatchObject({ initFrom: '/x/b', steps: 5, lr: 0.01, trainLanguageModel: true, encoder: { modality: 'audio' } });
    expect(config.data).toHaveLength(7);
    expect(config.validData).toHaveLength(3);
    expect(() => parseMidModalityArgs(['--base', 'b', '--modality', 'video', '--steps', '1'])).toThrow(/--modality must be image or audio, got "video"/);
    expect(() => parseMidModalityArgs(['--modality', 'image', '--steps', '1'])).toThrow(/no base model/);
  });

  it('trains an image encoder, checkpoints it under multimodal/, resumes', async () => {
    const lines: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((line: unknown) => void lines.push(String(line)));
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const out = join(root, 'run');
    const args = ['--base', join(root, 'base'), '--modality', 'image', '--train-examples', '16', '--valid-examples', '4', '--batch-size', '4', '--out', out, '--backend', 'cpu'];
    expect(await midModalityCommand.run([...args, '--steps', '2'])).toBe(0);
    expect(existsSync(join(out, 'checkpoint-2', 'multimodal', 'encoder.safetensors'))).toBe(true);
    expect(existsSync(join(out, 'checkpoint-2', 'multimodal', 'config.json'))).toBe(true);
    expect(await midModalityCommand.run([...args, '--steps', '3', '--resume', out])).toBe(0);
    expect(existsSync(join(out, 'checkpoint-3', 'model.safetensors'))).toBe(true);
  });
});
