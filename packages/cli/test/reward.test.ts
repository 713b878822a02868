import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { savePretrained } from '@stagecoach/core';
import { tinyModel } from '@stagecoach/core/testing';
import { parseRewardArgs, rewardCommand } from '../src/commands/reward.js';

const root = mkdtempSync(join(tmpdir(), 'stagecoach-cli-reward-'));
const data = join(root, 'pairs.jsonl');
beforeAll(async () => {
  const { model, tokenizer } = tinyModel({ family: 'gpt2', seed: 1 });
  await savePretrained(model, tokenizer, join(root, 'base'));
  model.dispose();
  const lines = Array.from({ length: 6 }, (_, i) => JSON.stringify({ prompt: `${i}+1=`, chosen: `${i}+1 = ${i + 1}. #### ${i + 1}`, rejected: 'no idea' }));
  writeFileSync(data, `${lines.join('\n')}\n`);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

describe('stagecoach reward', () => {
  it('maps flags and a --config file (paths relative to it; flags win) to a RewardConfig', async () => {
    const configFile = join(root, 'reward.json');
    writeFileSync(configFile, JSON.stringify({ initFrom: 'base', data: 'pairs.jsonl', steps: 9, batchSize: 4, lora: { r: 2 }, backend: 'cpu' }));
    const { config, backend } = await parseRewardArgs(['--config', configFile, '--steps', '5', '--lora-alpha', '4'], '/x');
    expect(config).toMatchObject({ initFrom: join(root, 'base'), data: data, steps: 5, batchSize: 4, lora: { r: 2, alpha: 4 } });
    expect(backend).toBe('cpu');
    expect((await parseRewardArgs(['--base', 'b', '--data', 'd', '--steps', '1', '--full'])).config.lora).toBe(false);
    await expect(parseRewardArgs(['--data', 'd', '--steps', '1'])).rejects.toThrow(/no base model/);
    await expect(parseRewardArgs(['--config', join(root, 'missing.json')])).rejects.toThrow(/--config: cannot read/);
  });

  it('trains a reward model with LoRA, shows accuracy, checkpoints a sequence classifier, resumes', async () => {
    const lines: string[] = [];
    const written: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((line: unknown) => void lines.push(String(line)));
    vi.spyOn(process.stdout, 'write').mockImplementation((text: unknown) => (written.push(String(text)), true));
    const out = join(root, 'run');
    const args = ['--base', join(root, 'base'), '--data', data, '--valid-data', data, '--eval-every', '2', '--batch-size', '2', '--lr', '1e-2', '--out', out, '--backend', 'cpu'];
    expect(await rewardCommand.run([...args, '--steps', '2'])).toBe(0);
    expect(written.join('')).toMatch(/accuracy \d\.\d+/); // the progress line carries the step's accuracy
    expect(written.join('')).toMatch(/eval @ 2: held-out accuracy/);
    const hfConfig = JSON.parse(readFileSync(join(out, 'checkpoint-2', 'config.json'), 'utf8')) as Record<string, unknown>;
    expect(hfConfig['architectures']).toEqual(['GPT2ForSequenceClassification']);
    expect(existsSync(join(out, 'checkpoint-2', 'adapter', 'adapter_model.safetensors'))).toBe(true);
    const errors: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((line: unknown) => void errors.push(String(line)));
    expect(await rewardCommand.run([...args, '--steps', '3', '--resume', out])).toBe(0);
    expect(errors).toEqual([]);
    expect(existsSync(join(out, 'checkpoint-3', 'config.json'))).toBe(true);
  });

  it('names the bad record by file and line', async () => {
    const bad = join(root, 'bad.jsonl');
    writeFileSync(bad, `${readFileSync(data, 'utf8').split('\n')[0]}\n{"prompt": "a", "chosen": "b"}\n`);
    const errors: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((line: unknown) => void errors.push(String(line)));
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    expect(await rewardCommand.run(['--base', join(root, 'base'), '--data', bad, '--steps', '1', '--backend', 'cpu'])).toBe(1);
    expect(errors.join('\n')).toMatch(/stagecoach reward: .*bad\.jsonl:2: a preference record is .*"rejected" is missing/);
  });
});
