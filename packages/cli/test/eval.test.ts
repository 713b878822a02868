import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError } from '@stagecoach/core';
import { evalCommand } from '../src/commands/eval.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'stagecoach-eval-cli-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('stagecoach eval: inputs and outputs are checked before any work', () => {
  it('refuses a report path it cannot write (under a file, under /proc), naming the path and the cause', async () => {
    const file = join(dir, 'a-file');
    await writeFile(file, 'x');
    const args = (out: string) => ['--models', `base=${dir}`, '--task', 'arithmetic', '--limit', '1', '--out', out, '--backend', 'cpu'];
    await expect(evalCommand.run(args(join(file, 'report.html')))).rejects.toThrow(ConfigError);
    await expect(evalCommand.run(args(join(file, 'report.html')))).rejects.toThrow(/--out: .*a-file is a file, not a folder/);
    await expect(evalCommand.run(args('/proc/stagecoach/report.json'))).rejects.toThrow(/--out: cannot write to \/proc\/stagecoach\/report\.json.*ENOENT/);
  });

  it('says that --models NAME=<file> is a file, not a missing folder', async () => {
    const weights = join(dir, 'model.safetensors');
    await writeFile(weights, 'not a folder');
    const run = evalCommand.run(['--models', `x=${weights}`, '--task', 'arithmetic', '--limit', '1', '--out', join(dir, 'r.json'), '--backend', 'cpu']);
    await expect(run).rejects.toThrow(new RegExp(`--models x=${weights}: this is a file, not a model folder\\. Give the folder that holds it \\(${dir}\\)`));
  });
});
