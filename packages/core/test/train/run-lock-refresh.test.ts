import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lockRunFolder } from '../../src/train/run-lock.js';

afterEach(() => vi.useRealTimers());

describe('run lock refresh', () => {
  it('survives its first refresh: writing owner.json does not leave the lock folder with a foreign mtime', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stagecoach-lock-'));
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    const lock = await lockRunFolder(dir, 'write checkpoints there');
    try {
      vi.advanceTimersByTime(31_000); // proper-lockfile refreshes every stale / 2 = 30 s
      vi.useRealTimers();
      await new Promise((resolve) => setTimeout(resolve, 200)); // its stat and utimes are real I/O
      expect(lock!.lost?.message).toBeUndefined();
    } finally {
      lock?.release();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
