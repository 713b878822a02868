import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError } from '@stagecoach/core';
import { parsePretrainArgs, pretrainCommand } from '../src/commands/pretrain.js';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const bin = join(root, 'packages/cli/src/bin.ts');
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'stagecoach-cli-'));
  const lines = Array.from({ length: 60 }, (_, i) => `Line ${i}: the quick brown fox jumps over the lazy dog.`);
  await writeFile(join(dir, 'corpus.txt'), lines.join('\n'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function stagecoach(args: string[]) {
  const result = spawnSync(process.execPath, ['--conditions=source', '--import', 'tsx', bin, ...args], {
    cwd: root, encoding: 'utf8', timeout: 120_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('stagecoach pretrain: arguments', () => {
  it('merges a config file (paths relative to it) with flags (relative to the working directory)', async () => {
    await mkdir(join(dir, 'conf'), { recursive: true });
    await writeFile(join(dir, 'conf', 'run.json'), JSON.stringify({
      model: { preset: 'gpt2-tiny', nLayers: 1 }, data: ['../corpus.txt', { path: 'docs.jsonl', field: 'body' }], steps: 10, lr: 0.01, outDir: 'out', backend: 'wasm',
    }));
    const { config, backend } = await parsePretrainArgs(['--config', 'conf/run.json', '--steps', '20', '--seq-len', '32', '--out', 'elsewhere'], dir);
    expect(backend).toBe('wasm');
    expect(config).toMatchObject({
      model: { preset: 'gpt2-tiny', nLayers: 1 }, steps: 20, seqLen: 32, lr: 0.01, outDir: resolve(dir, 'elsewhere'),
      data: [resolve(dir, 'corpus.txt'), { path: resolve(dir, 'conf/docs.jsonl'), field: 'body' }],
    });
    const flagsOnly = await parsePretrainArgs(['--data', 'a.txt', '--data', 'https://example.com/b.jsonl', '--preset', 'llama-tiny', '--steps', '5'], dir);
    expect(flagsOnly.config.data).toEqual([resolve(dir, 'a.txt'), 'https://example.com/b.jsonl']);
    expect(flagsOnly.backend).toBe('node');
  });

  it('--help says where a resume without --out saves, and what a resume refuses', () => {
    expect(pretrainCommand.usage).toMatch(/--out <dir> .*\(default with --resume: the folder\s+that holds the resumed checkpoint; else nothing is saved\)/);
    expect(pretrainCommand.usage).toMatch(/--resume <checkpoint> .*; refused when\s+the model, data order, tokenizer or corpus \(size, content hash\) changed/);
  });

  it('rejects missing data, bad numbers and unknown flags with a clear message', async () => {
    await expect(parsePretrainArgs(['--preset', 'gpt2-tiny', '--steps', '5'], dir)).rejects.toThrow(/no training data: pass --data .*examples\/pretrain-text\/data\/corpus\.txt/);
    await expect(parsePretrainArgs(['--data', 'a.txt', '--preset', 'gpt2-tiny', '--steps', 'ten'], dir)).rejects.toThrow(/--steps must be a number, got "ten"/);
    await expect(parsePretrainArgs(['--data', 'a.txt', '--stesp', '5'], dir)).rejects.toThrow(ConfigError);
    await expect(parsePretrainArgs(['--config', 'missing.json'], dir)).rejects.toThrow(/--config: cannot read .*missing\.json/);
  });
});

describe('stagecoach pretrain: end to end', () => {
  it('trains, prints progress and a summary, writes a checkpoint, then resumes from it (without --out: into the same folder)', async () => {
    const common = ['--data', join(dir, 'corpus.txt'), '--preset', 'gpt2-tiny', '--seq-len', '16', '--batch-size', '2', '--eval-every', '2', '--out', join(dir, 'run'), '--backend', 'cpu'];
    const first = stagecoach(['pretrain', ...common, '--steps', '2']);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/backend cpu \| model gpt2 d32 L2/);
    expect(first.stdout).toMatch(/\[#+\] 2\/2 loss \d+\.\d{3} lr [\d.e+-]+ \| [\d.k]+ tok\/s \| ETA 0s/);
    expect(first.stdout).toMatch(/eval @ 2: val loss \d+\.\d+, perplexity/);
    expect(first.stdout).toMatch(/Done: 2 steps\.\n\s+final loss/);
    expect(first.stdout).toContain(`checkpoint   ${join(dir, 'run', 'checkpoint-2')}`);

    const second = stagecoach(['pretrain', ...common, '--steps', '3', '--resume', join(dir, 'run')]);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/resuming at step 2/);
    expect(second.stdout).toMatch(/Done: 3 steps\./);

    // --resume without --out keeps saving into the resumed run's folder.
    const withoutOut = common.filter((_, i) => common[i] !== '--out' && common[i - 1] !== '--out');
    const third = stagecoach(['pretrain', ...withoutOut, '--steps', '4', '--resume', join(dir, 'run', 'checkpoint-3')]);
    expect(third.stderr).toBe('');
    expect(third.code).toBe(0);
    expect(third.stdout).toContain(`checkpoints go to ${join(dir, 'run')} (the resumed run's folder`);
    expect(third.stdout).toContain(`checkpoint   ${join(dir, 'run', 'checkpoint-4')}`);
    expect(third.stdout).not.toContain('nothing was saved');
    expect(await readdir(join(dir, 'run'))).toContain('checkpoint-4');
  }, 120_000);

  it('Ctrl-C (SIGINT) finishes the step, saves a checkpoint, exits 130; --resume continues from it', async () => {
    const out = join(dir, 'interrupted');
    const args = ['pretrain', '--data', join(dir, 'corpus.txt'), '--preset', 'gpt2-tiny', '--seq-len', '16', '--batch-size', '2',
      '--eval-every', '0', '--steps', '100000', '--out', out, '--backend', 'cpu'];
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
          child.kill('SIGINT'); // after the first step's progress line
        }
      });
      child.on('exit', (c) => resolve(c));
    });
    expect(stderr).toBe('');
    expect(code).toBe(130);
    expect(stdout).toContain('Interrupted: finishing the step, saving a checkpoint');
    const step = Number(/checkpoint @ (\d+) \(abort\)/.exec(stdout)?.[1]);
    expect(step).toBeGreaterThanOrEqual(1);
    expect(stdout).toMatch(new RegExp(`Stopped at step ${step} \\(interrupted\\)`));
    expect(await readdir(out)).toEqual([`checkpoint-${step}`]);

    const resumed = stagecoach([...args.slice(0, -6), '--steps', String(step + 1), '--out', out, '--backend', 'cpu', '--resume', out]);
    expect(resumed.stderr).toBe('');
    expect(resumed.code).toBe(0);
    expect(resumed.stdout).toContain(`resuming at step ${step}`);
    expect(resumed.stdout).toMatch(new RegExp(`Done: ${step + 1} steps\\.`));
  }, 120_000);

  it('exits 1 with the reason for a bad field, an unknown backend or a missing corpus', async () => {
    const bad = stagecoach(['pretrain', '--data', join(dir, 'corpus.txt'), '--preset', 'gpt2-tiny', '--steps', '2', '--seq-len', '4096']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/config\.seqLen must be an integer in \[1, 64\]/);
    const backend = stagecoach(['pretrain', '--data', join(dir, 'corpus.txt'), '--preset', 'gpt2-tiny', '--steps', '2', '--backend', 'tpu']);
    expect(backend.stderr).toMatch(/--backend "tpu" is not a backend; valid: cpu, wasm, node/);
    const missing = stagecoach(['pretrain', '--data', join(dir, 'nope.txt'), '--preset', 'gpt2-tiny', '--steps', '2']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/corpus file not found: .*nope\.txt/);
    expect(await readdir(dir)).not.toContain('nope.txt');
  }, 120_000);
});
