import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { savePretrained } from '@stagecoach/core';
import { tinyModel } from '@stagecoach/core/testing';
import { parseSftArgs, sftCommand } from '../src/commands/sft.js';

const root = mkdtempSync(join(tmpdir(), 'stagecoach-cli-sft-'));
const data = join(root, 'train.jsonl');
beforeAll(async () => {
  const { model, tokenizer } = tinyModel({ family: 'gpt2', seed: 1 });
  await savePretrained(model, tokenizer, join(root, 'base'));
  model.dispose();
  const lines = Array.from({ length: 6 }, (_, i) => JSON.stringify({ prompt: `${i}+1=`, completion: `${i + 1}` }));
  lines.push(JSON.stringify({ messages: [{ role: 'user', content: 'hi' }, { role: 'assistant', content: 'hello' }] }));
  writeFileSync(data, `${lines.join('\n')}\n`);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

describe('stagecoach sft', () => {
  it('maps flags to an SFTConfig', () => {
    const { config } = parseSftArgs(['--base', 'b', '--data', 'd.jsonl', '--steps', '5', '--lora-r', '16', '--target-modules', 'q_proj,v_proj', '--packing'], '/x');
    expect(config).toMatchObject({ initFrom: '/x/b', data: '/x/d.jsonl', steps: 5, packing: true, lora: { r: 16, targetModules: ['q_proj', 'v_proj'] } });
    expect(parseSftArgs(['--base', 'b', '--data', 'd', '--steps', '1', '--save-merged']).config.saveMerged).toBe(true);
    expect(parseSftArgs(['--base', 'b', '--data', 'd', '--steps', '1', '--full']).config.lora).toBe(false);
    expect(() => parseSftArgs(['--data', 'd', '--steps', '1'])).toThrow(/no base model/);
  });

  it('fine-tunes with LoRA, checkpoints the adapter, resumes', async () => {
    const lines: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((line: unknown) => void lines.push(String(line)));
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const out = join(root, 'run');
    const args = ['--base', join(root, 'base'), '--data', data, '--batch-size', '2', '--seq-len', '32', '--lr', '1e-2', '--out', out, '--backend', 'cpu'];
    expect(await sftCommand.run([...args, '--steps', '3'])).toBe(0);
    expect(existsSync(join(out, 'checkpoint-3', 'adapter', 'adapter_model.safetensors'))).toBe(true);
    const errors: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((line: unknown) => void errors.push(String(line)));
    const code = await sftCommand.run([...args, '--steps', '5', '--resume', out]);
    expect(errors).toEqual([]);
    expect(code).toBe(0);
    expect(existsSync(join(out, 'checkpoint-5', 'adapter', 'adapter_config.json'))).toBe(true);
  });

  it('runs --eval-task at each eval and prints its accuracy with the 95% interval', async () => {
    const written: string[] = [];
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    vi.spyOn(process.stdout, 'write').mockImplementation((text: unknown) => (written.push(String(text)), true));
    const args = ['--base', join(root, 'base'), '--data', data, '--batch-size', '2', '--seq-len', '32', '--steps', '2', '--eval-every', '2', '--backend', 'cpu'];
    expect(await sftCommand.run([...args, '--eval-task', 'arithmetic', '--eval-problems', '3', '--eval-max-new-tokens', '4'])).toBe(0);
    expect(written.join('')).toMatch(/eval @ 2: arithmetic accuracy \d+\.\d% \[\d+\.\d%, \d+\.\d%\] \(\d\/3\)/);
    expect(() => parseSftArgs([...args, '--eval-task', 'trivia'])).toThrow(/--eval-task "trivia" is not a task; valid tasks: arithmetic, arithmetic-choice/);
  });

  it('names the bad record by file and line', async () => {
    const bad = join(root, 'bad.jsonl');
    writeFileSync(bad, '{"prompt": "a", "completion": "b"}\n{"messages": [{"role": "wizard", "content": "x"}]}\n');
    const errors: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((line: unknown) => void errors.push(String(line)));
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    expect(await sftCommand.run(['--base', join(root, 'base'), '--data', bad, '--steps', '1', '--backend', 'cpu'])).toBe(1);
    expect(errors.join('\n')).toMatch(/stagecoach sft: .*bad\.jsonl:2: messages\[0\]\.role is "wizard"/);
  });
});
