import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError } from '@stagecoach/core';
import { parseMidArgs } from '../src/commands/mid.js';
import { resumeCommand } from '../src/commands/run-training.js';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const bin = join(root, 'packages/cli/src/bin.ts');
let dir: string;

function stagecoach(args: string[]) {
  const result = spawnSync(process.execPath, ['--conditions=source', '--import', 'tsx', bin, ...args], { cwd: root, encoding: 'utf8', timeout: 120_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'stagecoach-mid-cli-'));
  await writeFile(join(dir, 'base.txt'), Array.from({ length: 60 }, (_, i) => `Line ${i}: the quick brown fox jumps over the lazy dog.`).join('\n'));
  await writeFile(join(dir, 'mid.txt'), Array.from({ length: 60 }, (_, i) => `Fact ${i}: ${i} plus ${i} is ${2 * i}.`).join('\n'));
  const base = stagecoach(['pretrain', '--data', join(dir, 'base.txt'), '--preset', 'llama-tiny', '--seq-len', '16', '--batch-size', '2',
    '--eval-every', '0', '--steps', '2', '--out', join(dir, 'base'), '--backend', 'cpu']);
  expect(base.code).toBe(0);
}, 120_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('stagecoach mid', () => {
  it('parses --from, weighted --data, the context extension and a config file (paths relative to it)', async () => {
    await writeFile(join(dir, 'mid.json'), JSON.stringify({ data: [{ source: 'mid.txt', weight: 2 }], extendContext: { length: 128 }, steps: 5 }));
    const { config } = await parseMidArgs(['--config', join(dir, 'mid.json'), '--from', 'runs/base', '--context-method', 'linear'], '/work');
    expect(config.initFrom).toBe('/work/runs/base');
    expect(config.data).toEqual([{ source: join(dir, 'mid.txt'), weight: 2 }]);
    expect(config.extendContext).toEqual({ length: 128, method: 'linear' });
    const flags = await parseMidArgs(['--from', 'b', '--data', 'x.txt@0.7', '--data', 'y.txt@0.3', '--steps', '3'], '/w');
    expect(flags.config.data).toEqual([{ source: '/w/x.txt', weight: 0.7 }, { source: '/w/y.txt', weight: 0.3 }]);
    await expect(parseMidArgs(['--data', 'x.txt', '--steps', '3'])).rejects.toThrow(/no checkpoint to continue: pass --from/);
    await expect(parseMidArgs(['--from', 'b', '--data', 'x.txt@lots', '--steps', '3'])).rejects.toThrow(ConfigError);
  });

  it('mid-trains with a mixture and a longer context, is stopped by Ctrl-C with a checkpoint, and --resume finishes', async () => {
    const out = join(dir, 'mid');
    const args = ['mid', '--from', join(dir, 'base'), '--data', `${join(dir, 'mid.txt')}@0.7`, '--data', `${join(dir, 'base.txt')}@0.3`,
      '--extend-context', '128', '--context-method', 'linear', '--seq-len', '32', '--batch-size', '2', '--eval-every', '0',
      '--steps', '100000', '--out', out, '--backend', 'cpu'];
    const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', bin, ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
    const code = await new Promise<number | null>((resolve) => {
      let sent = false;
      child.stdout.on('data', (d: Buffer) => {
        stdout += d.toString();
        if (!sent && stdout.includes('] 1/')) {
          sent = true;
          child.kill('SIGINT');
        }
      });
      child.on('exit', (c) => resolve(c));
    });
    expect(stderr).toBe('');
    expect(code).toBe(130);
    expect(stdout).toMatch(/mixture mid 70% \+ base 30%/);
    expect(stdout).toMatch(/ctx128 .*RoPE linear ×2/);
    const step = Number(/checkpoint @ (\d+) \(abort\)/.exec(stdout)?.[1]);
    expect(stdout).toContain(`  resume with  ${resumeCommand(args.slice(1), out, 'mid')}\n`);
    const config = JSON.parse(await readFile(join(out, `checkpoint-${step}`, 'config.json'), 'utf8')) as Record<string, unknown>;
    expect(config['max_position_embeddings']).toBe(128);

    const resumed = stagecoach([...args.slice(0, -6), '--steps', String(step + 1), '--out', out, '--backend', 'cpu', '--resume', out]);
    expect(resumed.stderr).toBe('');
    expect(resumed.code).toBe(0);
    expect(resumed.stdout).toContain(`resuming at step ${step}`);
    expect(await readdir(out)).toContain(`checkpoint-${step + 1}`);
  }, 180_000);

  it('exits 1 naming the field for a from folder that is not a checkpoint', () => {
    const result = stagecoach(['mid', '--from', dir, '--data', join(dir, 'mid.txt'), '--steps', '2', '--backend', 'cpu']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/stagecoach mid: config\.initFrom: no model at/);
  }, 60_000);
});
