import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CheckpointError } from '../../src/errors.js';
import {
  nodeStorage, readSafetensors, writeDirectoryAtomic, writeFileAtomic,
} from '../../src/io/index.js';
import { recoverDirectory, resolveDirectory } from '../../src/io/atomic-write.js';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const writerScript = fileURLToPath(new URL('./fixtures/checkpoint-writer.ts', import.meta.url));

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'stagecoach-atomic-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

function listing(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((p) => p.replace(/\\/g, '/')).sort();
}

/** A pid that belonged to a process which has exited (and been reaped). */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '0']);
  await new Promise((resolve) => child.on('exit', resolve));
  return child.pid!;
}

function folderWith(path: string, files: Record<string, string>): void {
  mkdirSync(path, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(path, name), text);
}

describe('writeDirectoryAtomic', () => {
  it('creates a folder, then replaces it whole, leaving no temporary siblings', async () => {
    const dir = join(root, 'replace', 'ckpt');
    await writeDirectoryAtomic(dir, { 'a.txt': 'one', 'nested/deep/b.bin': new Uint8Array([1, 2]) });
    expect(listing(dir)).toEqual(['a.txt', 'nested', 'nested/deep', 'nested/deep/b.bin']);
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('one');
    await writeDirectoryAtomic(dir, { 'c.txt': 'two' });
    expect(listing(dir)).toEqual(['c.txt']);
    await writeDirectoryAtomic(dir, { 'd.txt': 'three', 'c.txt': 'two again' }, { merge: true });
    expect(listing(dir)).toEqual(['c.txt', 'd.txt']);
    expect(readFileSync(join(dir, 'c.txt'), 'utf8')).toBe('two again');
    expect(readdirSync(join(root, 'replace'))).toEqual(['ckpt']);
  });

  it('refuses paths outside the folder and leaves the previous folder untouched', async () => {
    const dir = join(root, 'paths');
    await writeDirectoryAtomic(dir, { 'keep.txt': 'kept' });
    for (const bad of ['../escape.txt', '', '/abs/olute']) {
      const error = await writeDirectoryAtomic(dir, { [bad]: 'x' }).then(() => undefined, (e: unknown) => e);
      expect(error, JSON.stringify(bad)).toBeInstanceOf(CheckpointError);
    }
    expect(listing(dir)).toEqual(['keep.txt']);
    expect(existsSync(join(root, 'escape.txt'))).toBe(false);
  });
});

describe('dangerous targets', () => {
  it('refuses to replace the root, the home folder or a folder holding the working folder', async () => {
    const { homedir } = await import('node:os');
    const { dirname, parse } = await import('node:path');
    for (const target of [parse(process.cwd()).root, homedir(), process.cwd(), dirname(process.cwd()), '.']) {
      const error = await writeDirectoryAtomic(target, { 'x.txt': 'x' }).then(() => undefined, (e: unknown) => e);
      expect(error, target).toBeInstanceOf(CheckpointError);
      expect((error as Error).message).toMatch(/refusing to write a checkpoint as the whole folder .*sub-folder/);
    }
    expect(existsSync(join(process.cwd(), 'x.txt'))).toBe(false);
  });
});

describe('concurrent writes in one process', () => {
  it('run one after another, so the folder ends complete', async () => {
    const dir = join(root, 'concurrent', 'ckpt');
    const writes = Array.from({ length: 5 }, (_, i) => writeDirectoryAtomic(dir, { 'config.json': String(i), [`only-${i}.txt`]: String(i) }));
    await Promise.all(writes);
    expect(listing(dir)).toEqual(['config.json', 'only-4.txt']);
    expect(readdirSync(join(root, 'concurrent'))).toEqual(['ckpt']);
  });
});

describe('recovery after an interrupted write', () => {
  it('reads and restores the complete new copy when the folder is missing mid-swap', async () => {
    const base = join(root, 'midswap');
    const dir = join(base, 'ckpt');
    const pid = await deadPid();
    folderWith(join(base, `.ckpt.old-${pid}-aaaa`), { 'config.json': 'old' });
    folderWith(join(base, `.ckpt.new-${pid}-aaaa`), { 'config.json': 'new' });
    folderWith(join(base, `.ckpt.tmp-${pid}-bbbb`), { 'config.json': 'partial' });
    // Readers change nothing: they read the complete new copy.
    expect(await resolveDirectory(dir)).toBe(join(base, `.ckpt.new-${pid}-aaaa`));
    expect(await nodeStorage(dir).readText('config.json')).toBe('new');
    expect(readdirSync(base).sort()).toEqual([`.ckpt.new-${pid}-aaaa`, `.ckpt.old-${pid}-aaaa`, `.ckpt.tmp-${pid}-bbbb`]);
    await recoverDirectory(dir);
    expect(readdirSync(base)).toEqual(['ckpt']);
    expect(readFileSync(join(dir, 'config.json'), 'utf8')).toBe('new');
  });

  it('falls back to the moved-aside previous copy when there is no complete new one', async () => {
    const base = join(root, 'oldonly');
    const dir = join(base, 'ckpt');
    const pid = await deadPid();
    folderWith(join(base, `.ckpt.old-${pid}-cccc`), { 'config.json': 'old' });
    folderWith(join(base, `.ckpt.tmp-${pid}-dddd`), { 'config.json': 'partial' });
    expect(await nodeStorage(dir).readText('config.json')).toBe('old');
    await writeDirectoryAtomic(dir, { 'next.json': 'next' }, { merge: true });
    expect(readdirSync(base)).toEqual(['ckpt']);
    expect(listing(dir)).toEqual(['config.json', 'next.json']);
    expect(readFileSync(join(dir, 'config.json'), 'utf8')).toBe('old');
  });

  it('ignores partial copies while the folder exists, and never touches a live writer\'s files', async () => {
    const base = join(root, 'live');
    const dir = join(base, 'ckpt');
    folderWith(dir, { 'config.json': 'current' });
    const dead = await deadPid();
    folderWith(join(base, `.ckpt.tmp-${dead}-eeee`), { 'config.json': 'partial' });
    folderWith(join(base, `.ckpt.old-${dead}-ffff`), { 'config.json': 'stale' });
    const sleeper = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 20000)']);
    try {
      folderWith(join(base, `.ckpt.tmp-${sleeper.pid}-gggg`), { 'config.json': 'in progress' });
      expect(await nodeStorage(dir).readText('config.json')).toBe('current');
      await recoverDirectory(dir);
      expect(readdirSync(base).sort()).toEqual([`.ckpt.tmp-${sleeper.pid}-gggg`, 'ckpt']);
    } finally {
      sleeper.kill('SIGKILL');
    }
  });
});

describe('a writer killed at random moments', () => {
  it('always leaves a complete, readable previous-or-new checkpoint', async () => {
    const dir = join(root, 'crash', 'ckpt');
    let lastGeneration = 0;
    let rng = 20261127;
    const random = () => {
      rng = (Math.imul(rng, 1103515245) + 12345) >>> 0;
      return rng / 2 ** 32;
    };
    for (let round = 0; round < 6; round++) {
      const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', writerScript, dir, '4'], {
        cwd: repoRoot,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d: Buffer) => { stdout += d.toString(); });
      child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
      const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
      // Let it finish at least one generation (on the first round: create the folder), then kill
      // it at a random moment inside the next writes.
      const started = Date.now();
      while (!/wrote \d+/.test(stdout)) {
        if (Date.now() - started > 30_000 || child.exitCode !== null) throw new Error(`writer did not start: ${stderr}`);
        await new Promise((r) => setTimeout(r, 5));
      }
      await new Promise((r) => setTimeout(r, random() * 250));
      child.kill('SIGKILL');
      await exited;
      expect(stderr).toBe('');

      // Read it the way a loader would, without repairing anything first.
      const storage = nodeStorage(dir);
      const config = JSON.parse(await storage.readText('config.json')) as { generation: number };
      const state = JSON.parse(await storage.readText('state/trainer_state.json')) as { generation: number };
      const { tensors, metadata } = readSafetensors(await storage.readBytes('model.safetensors'));
      const weights = tensors.get('weight')!.data as Float32Array;
      expect(state.generation).toBe(config.generation);
      expect(metadata.generation).toBe(String(config.generation));
      expect(weights.length).toBe((4 * 1024 * 1024) / 4);
      expect(weights.every((v) => v === config.generation)).toBe(true);
      const reported = [...stdout.matchAll(/wrote (\d+)/g)].map((m) => Number(m[1]));
      // Previous or new: at least the last generation reported done, at most the one in flight.
      expect(config.generation).toBeGreaterThanOrEqual(Math.max(...reported));
      expect(config.generation).toBeLessThanOrEqual(Math.max(...reported) + 1);
      expect(config.generation).toBeGreaterThanOrEqual(lastGeneration);
      lastGeneration = config.generation;
    }
    await recoverDirectory(dir);
    expect(readdirSync(join(root, 'crash'))).toEqual(['ckpt']);
  }, 120_000);
});

describe('a full disk', () => {
  const mountPoint = join(tmpdir(), `stagecoach-full-${process.pid}`);
  let mounted = false;
  beforeAll(() => {
    mkdirSync(mountPoint, { recursive: true });
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', mountPoint], { stdio: 'ignore' });
      mounted = true;
    } catch {
      mounted = false; // not root, or no mount permission: these tests are skipped
    }
  });
  afterAll(() => {
    if (mounted) execFileSync('umount', [mountPoint], { stdio: 'ignore' });
    rmSync(mountPoint, { recursive: true, force: true });
  });

  it('removes the partial folder and says the previous checkpoint is intact', async (context) => {
    if (!mounted) context.skip();
    const dir = join(mountPoint, 'ckpt');
    await writeDirectoryAtomic(dir, { 'config.json': '{"v":1}', 'model.safetensors': new Uint8Array(300_000).fill(1) });
    const error = await writeDirectoryAtomic(dir, { 'config.json': '{"v":2}', 'model.safetensors': new Uint8Array(2_000_000).fill(2) })
      .then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(CheckpointError);
    expect((error as Error).message).toContain('disk is full');
    expect((error as Error).message).toContain('previous folder');
    expect((error as Error).message).toContain('intact');
    expect(readdirSync(mountPoint)).toEqual(['ckpt']);
    expect(readFileSync(join(dir, 'config.json'), 'utf8')).toBe('{"v":1}');
    expect(readFileSync(join(dir, 'model.safetensors')).length).toBe(300_000);
  });

  it('writeFileAtomic keeps the previous file on a full disk', async (context) => {
    if (!mounted) context.skip();
    const file = join(mountPoint, 'state.json');
    await writeFileAtomic(file, 'old');
    const error = await writeFileAtomic(file, new Uint8Array(3_000_000)).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(CheckpointError);
    expect((error as Error).message).toMatch(/disk is full.*previous .*state\.json is intact/);
    expect(readFileSync(file, 'utf8')).toBe('old');
    expect(readdirSync(mountPoint).filter((f) => f.includes('state'))).toEqual(['state.json']);
  });
});

describe('writeFileAtomic', () => {
  it('creates parents and replaces content', async () => {
    const file = join(root, 'single', 'deep', 'x.json');
    await writeFileAtomic(file, '1');
    await writeFileAtomic(file, new Uint8Array([50]));
    expect(readFileSync(file, 'utf8')).toBe('2');
    expect(readdirSync(join(root, 'single', 'deep'))).toEqual(['x.json']);
  });
});
