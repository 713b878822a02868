import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');

describe('scripts/install.js', () => {
  it('succeeds with one clear warning when the addon cannot be compiled', () => {
    const dir = mkdtempSync(join(tmpdir(), 'stagecoach-install-'));
    try {
      for (const entry of ['binding.gyp', 'scripts', 'src/native']) cpSync(join(packageDir, entry), join(dir, entry), { recursive: true });
      symlinkSync(join(packageDir, 'node_modules'), join(dir, 'node_modules'));
      const result = spawnSync(process.execPath, ['scripts/install.js'], {
        cwd: dir, encoding: 'utf8', env: { ...process.env, CXX: '/nonexistent/c++', CC: '/nonexistent/cc', STAGECOACH_SKIP_CUDA: '1' },
      });
      expect(result.status).toBe(0);
      const warnings = result.stderr.split('\n').filter((line) => line.startsWith('@stagecoach/backend-node:'));
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatch(/native CPU kernels not built/);
      expect(result.stderr).toMatch(/pnpm rebuild @stagecoach\/backend-node/);
      expect(existsSync(join(dir, 'build/Release/stagecoach_native.node'))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('does nothing with STAGECOACH_SKIP_NATIVE=1', () => {
    const result = spawnSync(process.execPath, [join(packageDir, 'scripts/install.js')], {
      encoding: 'utf8', env: { ...process.env, STAGECOACH_SKIP_NATIVE: '1', STAGECOACH_SKIP_CUDA: '1' },
    });
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
  });
});
