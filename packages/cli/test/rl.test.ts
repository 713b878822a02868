import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { savePretrained } from '@stagecoach/core';
import { tinyModel } from '@stagecoach/core/testing';
import { grpoCommand } from '../src/commands/grpo.js';
import { ppoCommand } from '../src/commands/ppo.js';
import { parseRLArgs, resolveReward } from '../src/commands/rl-command.js';

const root = mkdtempSync(join(tmpdir(), 'stagecoach-cli-rl-'));
const prompts = join(root, 'prompts.jsonl');
const rewardModule = join(root, 'reward.mjs');
beforeAll(async () => {
  const { model, tokenizer } = tinyModel({ family: 'llama', seed: 2 });
  await savePretrained(model, tokenizer, join(root, 'base'));
  model.dispose();
  writeFileSync(prompts, `${Array.from({ length: 4 }, (_, i) => JSON.stringify({ prompt: `${i}+1=`, answer: String(i + 1) })).join('\n')}\n`);
  writeFileSync(rewardModule, 'export default (_prompt, response) => (response.match(/[a-z]/g) ?? []).length / 4;\n');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

describe('stagecoach grpo / ppo', () => {
  it('maps flags and a --config file (paths relative to it) to a config; flags win', async () => {
    const file = join(root, 'run.json');
    writeFileSync(file, JSON.stringify({ initFrom: 'base', prompts: 'prompts.jsonl', steps: 9, groupSize: 4, reward: 'math', lora: { r: 2 } }));
    const { config, reward } = await parseRLArgs({ name: 'grpo', flags: [{ flag: 'group-size', field: 'groupSize', kind: 'number', help: '' }] },
      ['--config', file, '--steps', '3', '--kl-coef', '0.1', '--lora-alpha', '4'], '/cwd');
    expect(config).toMatchObject({ initFrom: join(root, 'base'), prompts: prompts, steps: 3, groupSize: 4, klCoef: 0.1, lora: { r: 2, alpha: 4 } });
    expect(reward).toEqual({ builtin: 'math' });
    await expect(parseRLArgs({ name: 'ppo', flags: [] }, ['--prompts', 'p', '--steps', '1', '--base', 'b'])).rejects.toThrow(/no reward: pass --reward math/);
    await expect(resolveReward({ builtin: 'nope' })).rejects.toThrow(/unknown built-in reward; valid: math/);
    const math = await resolveReward({ builtin: 'math' });
    expect(await math('2+3=', 'It is 5', { answer: '5' })).toBe(1);
    expect(await math('2+3=', 'It is 4', { answer: '5' })).toBe(0);
    expect(await math('2+3=', 'no idea', { answer: '5' })).toBeCloseTo(-0.1);
  });

  it('on the shared runner: a bad field is a clean error; Ctrl-C ends the iteration with a checkpoint, a summary and the resume command', async () => {
    const logged: string[] = [];
    const errors: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((line: unknown) => void logged.push(String(line)));
    vi.spyOn(console, 'error').mockImplementation((line: unknown) => void errors.push(String(line)));
    const base = ['--base', join(root, 'base'), '--prompts', prompts, '--reward', 'math', '--prompts-per-step', '2', '--max-new-tokens', '4', '--backend', 'cpu'];
    expect(await grpoCommand.run([...base, '--steps', '2', '--group-size', '0'])).toBe(1); // the trainer's ConfigError, made inside the runner
    expect(errors.join('\n')).toMatch(/^stagecoach grpo: .*groupSize/);

    const written: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((text: unknown) => {
      written.push(String(text));
      if (/\] 1\/50 /.test(String(text))) process.emit('SIGINT'); // Ctrl-C once the first iteration is drawn
      return true;
    });
    const out = join(root, 'interrupted');
    const args = [...base, '--group-size', '2', '--out', out];
    expect(await grpoCommand.run([...args, '--steps', '50'])).toBe(130);
    expect(written.join('')).toContain('Interrupted: finishing the iteration, saving a checkpoint (Ctrl-C again to quit now).');
    expect(written.join('')).toMatch(/\] 1\/50 loss [-0-9.]+ lr [0-9.e+-]+ reward [-0-9.]+ kl [-0-9.e]+ \|/); // the bar carries RL's reward and KL
    const stopped = logged.join('\n');
    expect(stopped).toMatch(/Stopped at step (\d+) \(interrupted\)/);
    const step = Number(/Stopped at step (\d+)/.exec(stopped)![1]);
    expect(stopped).toContain(`checkpoint   ${join(out, `checkpoint-${step}`)}`);
    expect(stopped).toMatch(new RegExp(`resume with  stagecoach grpo .*--steps 50 --resume ${out}`));

    logged.length = 0;
    const sigintListeners = process.listenerCount('SIGINT'); // (a file-writing dependency keeps one of its own)
    expect(await grpoCommand.run([...args, '--steps', String(step + 1), '--resume', out])).toBe(0);
    expect(process.listenerCount('SIGINT')).toBe(sigintListeners); // the runner removed its handler
    expect(written.join('')).toMatch(new RegExp(`resuming at step ${step}`));
    expect(logged.join('\n')).toMatch(new RegExp(`Done: ${step + 1} steps\\.`));
    expect(errors).toHaveLength(1);
  }, 120_000);

  it('runs GRPO with --reward-module and PPO with --reward math, checkpoints, resumes', async () => {
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const written: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((t: unknown) => (written.push(String(t)), true));
    const errors: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((line: unknown) => void errors.push(String(line)));
    const out = join(root, 'grpo');
    const args = ['--base', join(root, 'base'), '--prompts', prompts, '--reward-module', rewardModule, '--group-size', '2', '--prompts-per-step', '2',
      '--max-new-tokens', '4', '--lr', '1e-2', '--out', out, '--backend', 'cpu'];
    expect(await grpoCommand.run([...args, '--steps', '2'])).toBe(0);
    expect(errors).toEqual([]);
    expect(existsSync(join(out, 'checkpoint-2', 'adapter', 'adapter_model.safetensors'))).toBe(true);
    expect(written.join('')).toMatch(/reward [-0-9.]+ kl [-0-9.e]+/);
    expect(await grpoCommand.run([...args, '--steps', '3', '--resume', out])).toBe(0);
    expect(existsSync(join(out, 'checkpoint-3'))).toBe(true);
    const ppoOut = join(root, 'ppo');
    expect(await ppoCommand.run(['--base', join(root, 'base'), '--prompts', prompts, '--reward', 'math', '--prompts-per-step', '2', '--max-new-tokens', '4',
      '--steps', '1', '--epochs', '1', '--full', '--out', ppoOut, '--backend', 'cpu'])).toBe(0);
    expect(errors).toEqual([]);
    expect(existsSync(join(ppoOut, 'checkpoint-1', 'model.safetensors'))).toBe(true);
  }, 120_000);
});
