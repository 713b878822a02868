import { spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, truncate, utimes, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CheckpointError, ConfigError, DataError, cpu, useBackend } from '@stagecoach/core';
import { checkWritableFile, checkWritableFolder, writeDirectoryAtomic } from '../../src/io/index.js';
import {
  Pretrainer, RUN_LOCK_NAME, arraySource, listCheckpointSteps, readCheckpoint, textSource, type PretrainerConfig,
} from '../../src/train/index.js';
import { tinyCorpus } from './fixtures/corpus.js';

let dir: string;
beforeAll(async () => {
  await useBackend(cpu());
  dir = await mkdtemp(join(tmpdir(), 'stagecoach-runfolder-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const config = (outDir: string, patch: Partial<PretrainerConfig> = {}): PretrainerConfig => ({
  model: 'gpt2-tiny', data: arraySource(tinyCorpus()), steps: 2, seqLen: 16, batchSize: 2, lr: 5e-3, evalEvery: 0,
  shuffleBuffer: 16, seed: 3, outDir, ...patch,
});

/** A pid that no process has: a child that has already exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' });
  return Number(child.stdout.trim());
}

async function writeLock(outDir: string, owner: { pid: number; hostname: string; process?: { bootId: string; startTicks: string } }): Promise<void> {
  await mkdir(join(outDir, RUN_LOCK_NAME), { recursive: true });
  await writeFile(join(outDir, RUN_LOCK_NAME, 'owner.json'), JSON.stringify({ ...owner, since: '2026-01-01T00:00:00.000Z', command: 'node other-run' }));
}

describe('one run per output folder', () => {
  it('holds a lock from init to dispose: a second run, or overwrite, is refused naming the holder', async () => {
    const out = join(dir, 'locked');
    const first = new Pretrainer(config(out));
    await first.train();
    expect(await readdir(out)).toEqual(expect.arrayContaining([RUN_LOCK_NAME, 'checkpoint-2']));
    // The lock is neither a checkpoint nor inside one.
    expect(await listCheckpointSteps(out)).toEqual([2]);
    expect(await readdir(join(out, 'checkpoint-2'))).not.toContain(RUN_LOCK_NAME);

    const owner = new RegExp(`in use by another run: process ${process.pid} on ${hostname()}, since \\d{4}-.*\\(command: .*\\)`);
    await expect(new Pretrainer(config(out, { steps: 3, resumeFrom: out })).init()).rejects.toThrow(owner);
    const overwrite = new Pretrainer(config(out, { overwrite: true }));
    await expect(overwrite.init()).rejects.toThrow(ConfigError);
    await expect(overwrite.init()).rejects.toThrow(/cannot overwrite its checkpoints/);
    expect(await listCheckpointSteps(out)).toEqual([2]); // nothing deleted

    first.dispose();
    expect(await readdir(out)).not.toContain(RUN_LOCK_NAME);
    const resumed = new Pretrainer(config(out, { steps: 3, resumeFrom: out }));
    await resumed.train();
    resumed.dispose();
    expect(await listCheckpointSteps(out)).toEqual([2, 3]);
  });

  it('a failed init releases the lock', async () => {
    const out = join(dir, 'failed-init');
    const bad = new Pretrainer(config(out, { data: join(dir, 'missing.txt') }));
    await expect(bad.init()).rejects.toThrow(DataError);
    const good = new Pretrainer(config(out));
    await good.init();
    good.dispose();
  });

  it('takes over a lock whose holder on this host is gone (kill -9) at once, never a live one, and waits out another host\'s', async () => {
    const crashed = join(dir, 'crashed');
    await writeLock(crashed, { pid: deadPid(), hostname: hostname() });
    const trainer = new Pretrainer(config(crashed));
    await trainer.init();
    expect(JSON.parse(await readFile(join(crashed, RUN_LOCK_NAME, 'owner.json'), 'utf8'))).toMatchObject({ pid: process.pid });
    trainer.dispose();

    // A live holder is kept however old its lock's mtime: a tfjs step may block its event loop for long.
    const busy = join(dir, 'busy');
    await writeLock(busy, { pid: process.ppid, hostname: hostname() });
    await utimes(join(busy, RUN_LOCK_NAME), new Date(0), new Date(0));
    await expect(new Pretrainer(config(busy)).init()).rejects.toThrow(new RegExp(`process ${process.ppid} on ${hostname()}`));

    // A reused pid is not the holder: our own pid (a restarted container), or a live pid started at another time.
    const restarted = join(dir, 'restarted');
    await writeLock(restarted, { pid: process.pid, hostname: hostname() });
    const again = new Pretrainer(config(restarted));
    await again.init();
    again.dispose();
    if (process.platform === 'linux') {
      const reused = join(dir, 'reused');
      const bootId = (await readFile('/proc/sys/kernel/random/boot_id', 'utf8')).trim();
      await writeLock(reused, { pid: process.ppid, hostname: hostname(), process: { bootId, startTicks: '1' } });
      const other = new Pretrainer(config(reused));
      await other.init();
      other.dispose();
    }

    const remote = join(dir, 'remote');
    await writeLock(remote, { pid: 1, hostname: 'other-host.example' });
    await expect(new Pretrainer(config(remote)).init()).rejects.toThrow(/process 1 on other-host\.example, since 2026-01-01T00:00:00\.000Z \(command: node other-run\)/);
    await utimes(join(remote, RUN_LOCK_NAME), new Date(0), new Date(0)); // no refresh for long: stale
    const late = new Pretrainer(config(remote));
    await late.init();
    late.dispose();
  });
});

describe('output locations are checked before any work', () => {
  it('names the path and the real cause: under a file, under /proc (fast), an immutable folder', async () => {
    const file = join(dir, 'plain-file');
    await writeFile(file, 'x');
    await expect(checkWritableFolder(join(file, 'run'), 'config.outDir')).rejects.toThrow(/plain-file is a file, not a folder/);
    await expect(checkWritableFile(join(file, 'metrics.jsonl'), 'config.metricsFile')).rejects.toThrow(/config\.metricsFile: .*plain-file is a file/);
    const started = Date.now();
    await expect(checkWritableFolder('/proc/stagecoach-run', 'config.outDir')).rejects.toThrow(/cannot write to \/proc\/stagecoach-run: .*ENOENT/);
    await expect(checkWritableFile('/proc/stagecoach/report.html', '--out')).rejects.toThrow(/--out: cannot write to .*ENOENT/);
    expect(Date.now() - started).toBeLessThan(2000);

    const steps: number[] = [];
    const trainer = new Pretrainer(config('/proc/stagecoach-run'));
    trainer.on('step', (e) => steps.push(e.step));
    await expect(trainer.train()).rejects.toThrow(/config\.outDir: cannot write to \/proc\/stagecoach-run/);
    const metrics = new Pretrainer(config(join(dir, 'metrics-under-file'), { metricsFile: join(file, 'm.jsonl') }));
    metrics.on('step', (e) => steps.push(e.step));
    await expect(metrics.train()).rejects.toThrow(/config\.metricsFile/);
    expect(steps).toEqual([]);
  });

  it('an immutable folder (chattr +i) is refused with EPERM, not "free space"', async (context) => {
    const frozen = join(dir, 'frozen');
    await mkdir(frozen);
    if (spawnSync('chattr', ['+i', frozen]).status !== 0) context.skip(); // needs root and a file system with the flag
    try {
      await expect(checkWritableFolder(frozen, 'config.outDir')).rejects.toThrow(/cannot write to .*frozen: permission denied \(EPERM.*immutable/);
      const error = await writeDirectoryAtomic(join(frozen, 'checkpoint-1'), { 'a.txt': 'a' }).catch((e: unknown) => e as Error);
      expect(error).toBeInstanceOf(CheckpointError);
      expect((error as Error).message).toMatch(/permission denied \(EPERM/);
      expect((error as Error).message).not.toMatch(/free space/i);
    } finally {
      spawnSync('chattr', ['-i', frozen]);
    }
  });

  it('an atomic write that fails for another reason than a full disk says so', async () => {
    const file = join(dir, 'in-the-way');
    await writeFile(file, 'x');
    const error = await writeDirectoryAtomic(join(file, 'checkpoint-1'), { 'a.txt': 'a' }).catch((e: unknown) => e as Error);
    expect((error as Error).message).toMatch(/ENOTDIR/);
    expect((error as Error).message).not.toMatch(/free space|disk is full/i);
  });
});

describe('inputs that would waste a run', () => {
  it('refuses a corpus that is not text (NUL bytes, invalid UTF-8) before training', async () => {
    const binary = join(dir, 'program.txt');
    await writeFile(binary, Buffer.concat([Buffer.from('\x7fELF\x02\x01\x01'), Buffer.alloc(64), Buffer.from('some text')]));
    await expect(textSource(binary).check()).rejects.toThrow(/corpus file .*program\.txt is not text: byte 7 is a NUL \(0x00\)/);
    const latin1 = join(dir, 'latin1.txt');
    await writeFile(latin1, Buffer.from('caf\xe9 cr\xe8me br\xfbl\xe9e\n', 'latin1'));
    await expect(textSource(latin1).check()).rejects.toThrow(/latin1\.txt is not text: .*not valid UTF-8/);
    // A character cut at the 8 KiB boundary is still text.
    const utf8 = join(dir, 'utf8.txt');
    await writeFile(utf8, 'é'.repeat(5000));
    await expect(textSource(utf8).check()).resolves.toBeUndefined();

    const steps: number[] = [];
    const trainer = new Pretrainer(config(join(dir, 'binary-run'), { data: binary }));
    trainer.on('step', (e) => steps.push(e.step));
    await expect(trainer.train()).rejects.toThrow(DataError);
    expect(steps).toEqual([]);
  });

  it('names a truncated optimizer.safetensors and what is wrong with it', async () => {
    const out = join(dir, 'truncated');
    const trainer = new Pretrainer(config(out));
    await trainer.train();
    trainer.dispose();
    const damaged = join(dir, 'truncated-copy');
    await cp(join(out, 'checkpoint-2'), damaged, { recursive: true });
    const optimizer = join(damaged, 'optimizer.safetensors');
    await truncate(optimizer, Math.floor((await stat(optimizer)).size / 2));
    const error = await readCheckpoint(damaged, 'pretrainer').catch((e: unknown) => e as Error);
    expect(error).toBeInstanceOf(CheckpointError);
    expect((error as Error).message).toContain(`${damaged}/optimizer.safetensors is damaged (`);
    expect((error as Error).message).toMatch(/truncated/);
  });

  it('a resume with a changed learning rate or batch size goes on and lists the changes; a changed seed is refused', async () => {
    const out = join(dir, 'changes');
    const first = new Pretrainer(config(out));
    await first.train();
    expect(first.resumeChanges).toEqual([]);
    first.dispose();
    const resumed = new Pretrainer(config(out, { steps: 3, resumeFrom: out, lr: 1e-3, batchSize: 4 }));
    await resumed.init();
    expect(resumed.resumeChanges).toEqual([
      { field: 'lr', checkpoint: 5e-3, now: 1e-3 },
      { field: 'batchSize', checkpoint: 2, now: 4 },
      { field: 'tokensPerStep', checkpoint: 32, now: 64 },
    ]);
    await resumed.train();
    resumed.dispose();
    await expect(new Pretrainer(config(out, { steps: 4, resumeFrom: out, seed: 4 })).init()).rejects.toThrow(/config\.seed \(4\) differs from the checkpoint's \(3\)/);
  });
});
