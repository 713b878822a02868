import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError } from '@stagecoach/core';
import { parsePretrainArgs, pretrainCommand, resumeChangesLine, resumeCommand } from '../src/commands/pretrain.js';

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

/** Starts the CLI; `progress` resolves at its first step line, `exit` with its exit code (null when killed). */
function start(args: string[]) {
  const child: ChildProcessWithoutNullStreams = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', bin, ...args], { cwd: root });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
  const progress = new Promise<void>((resolve) => {
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      if (stdout.includes('] 1/')) resolve();
    });
  });
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, progress, exit, stdout: () => stdout, stderr: () => stderr };
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

  it('writes the command that resumes: the same arguments with --resume <out>, without --overwrite, quoted for a shell', () => {
    expect(resumeCommand(['--data', 'my corpus.txt', '--steps', '9', '--overwrite', '--out', 'runs/a', '--resume', 'old', '--seed=2'], '/abs/runs/a'))
      .toBe("stagecoach pretrain --data 'my corpus.txt' --steps 9 --out runs/a --seed=2 --resume /abs/runs/a");
    expect(resumeCommand(["--data", "it's.txt"], 'o')).toBe("stagecoach pretrain --data 'it'\\''s.txt' --resume o");
    expect(resumeChangesLine([{ field: 'lr', checkpoint: 0.001, now: 0.0005 }, { field: 'batchSize', checkpoint: 8, now: 4 }]))
      .toBe('resuming with changed settings (checkpoint → now): lr 0.001 → 0.0005, batchSize 8 → 4');
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

    const second = stagecoach(['pretrain', ...common, '--steps', '3', '--lr', '0.002', '--resume', join(dir, 'run')]);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/resuming at step 2/);
    expect(second.stdout).toContain('resuming with changed settings (checkpoint → now): lr 0.001 → 0.002\n');
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
    expect(stdout).toContain(`  resume with  ${resumeCommand(args.slice(1), out)}\n`);
    expect(await readdir(out)).toEqual([`checkpoint-${step}`]); // the lock is gone with the run

    const resumed = stagecoach([...args.slice(0, -6), '--steps', String(step + 1), '--out', out, '--backend', 'cpu', '--resume', out]);
    expect(resumed.stderr).toBe('');
    expect(resumed.code).toBe(0);
    expect(resumed.stdout).toContain(`resuming at step ${step}`);
    expect(resumed.stdout).toMatch(new RegExp(`Done: ${step + 1} steps\\.`));
  }, 120_000);

  it('two runs racing for one --out: exactly one trains, the other exits 1 naming it; after kill -9 the next run starts at once', async () => {
    const out = join(dir, 'race');
    const args = ['pretrain', '--data', join(dir, 'corpus.txt'), '--preset', 'gpt2-tiny', '--seq-len', '16', '--batch-size', '2',
      '--eval-every', '0', '--steps', '100000', '--out', out, '--backend', 'cpu'];
    const runs = [start(args), start(args)];
    const loser = await Promise.race(runs.map((r) => r.exit.then(() => r)));
    const winner = runs.find((r) => r !== loser)!;
    expect(await loser.exit).toBe(1);
    expect(loser.stderr()).toMatch(new RegExp(
      `stagecoach pretrain: config\\.outDir \\(${out}\\) is in use by another run: process ${winner.child.pid} on .*, since \\d{4}-.*\\(command: .*pretrain .*--out ${out}`,
    ));
    expect(loser.stdout()).not.toMatch(/\] 1\//);
    await winner.progress; // the winner trains on
    winner.child.kill('SIGKILL');
    expect(await winner.exit).toBe(null);
    expect(await readdir(out)).toContain('.stagecoach-run.lock'); // left behind by the killed run

    const next = stagecoach([...args.slice(0, -6), '--steps', '1', '--out', out, '--backend', 'cpu']);
    expect(next.stderr).toBe('');
    expect(next.code).toBe(0);
    expect(next.stdout).toMatch(/Done: 1 steps\./);
    expect(await readdir(out)).toEqual(['checkpoint-1']);
  }, 120_000);

  it('exits 1 with the reason for a bad field, an unknown backend or a missing corpus', async () => {
    const bad = stagecoach(['pretrain', '--data', join(dir, 'corpus.txt'), '--preset', 'gpt2-tiny', '--steps', '2', '--seq-len', '4096']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^stagecoach pretrain: .*config\.seqLen must be an integer in \[1, 64\]/m); // made inside the runner: a clean error
    const backend = stagecoach(['pretrain', '--data', join(dir, 'corpus.txt'), '--preset', 'gpt2-tiny', '--steps', '2', '--backend', 'tpu']);
    expect(backend.stderr).toMatch(/--backend "tpu" is not a backend; valid: cpu, wasm, node/);
    const missing = stagecoach(['pretrain', '--data', join(dir, 'nope.txt'), '--preset', 'gpt2-tiny', '--steps', '2']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/corpus file not found: .*nope\.txt/);
    expect(await readdir(dir)).not.toContain('nope.txt');
  }, 120_000);
});
