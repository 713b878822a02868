/**
 * Installs the pinned `@genai-fi/nanogpt` on demand for `pnpm bench:peers`, into a cache folder
 * outside the workspace (bench/peers/.cache/nanogpt, ignored by git through `.cache/`), so the
 * workspace's `pnpm install` and CI never download its ~370 MB of dependencies.
 *
 * `npm install --ignore-scripts --omit=optional`: the tree's only install scripts are nanogpt's
 * `postinstall: patch-package` (it ships no patches) and core-js's banner, and the only optional
 * dependency is pdfjs-dist's `@napi-rs/canvas` (a prebuilt binary, not needed to train); so nothing
 * runs or downloads at install beyond the npm registry's tarballs.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The version measured; its internals (BasicTrainer.trainStep, the tfjs bundle) are read by nanogpt-step.ts. */
export const NANOGPT_VERSION = '1.3.0';
export const NANOGPT_CACHE_DIR = join(dirname(fileURLToPath(import.meta.url)), '.cache', 'nanogpt');

/** The installed package's folder, when the pinned version is there. */
export function nanogptPackageDir(cacheDir = NANOGPT_CACHE_DIR): string | undefined {
  const dir = join(cacheDir, 'node_modules', '@genai-fi', 'nanogpt');
  try {
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version?: string };
    return pkg.version === NANOGPT_VERSION ? dir : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Returns the package folder, installing the pinned version first when it is missing (a line on
 * stderr through `log` while it installs), or `{ error }` saying why it could not be installed.
 */
export function ensureNanogpt(log: (line: string) => void, cacheDir = NANOGPT_CACHE_DIR): { dir: string } | { error: string } {
  const present = nanogptPackageDir(cacheDir);
  if (present !== undefined) return { dir: present };
  mkdirSync(cacheDir, { recursive: true });
  log(`installing @genai-fi/nanogpt@${NANOGPT_VERSION} into ${cacheDir} (once; ~370 MB from the npm registry) ...`);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, [
    'install', '--prefix', cacheDir, '--ignore-scripts', '--omit=optional', '--no-audit', '--no-fund', '--loglevel=error',
    `@genai-fi/nanogpt@${NANOGPT_VERSION}`,
  ], { cwd: cacheDir, encoding: 'utf8', maxBuffer: 1 << 24 });
  if (result.error !== undefined) return { error: `could not run npm (${result.error.message}); install Node's npm or pass --only without nanogpt` };
  if (result.status !== 0) {
    // npm's error code, its first message line and the path of its full log; not the stack.
    const lines = `${result.stderr ?? ''}`.split('\n').map((l) => l.replace(/^npm (error|ERR!)\s*/, '').trim());
    const why = [lines.find((l) => l.startsWith('code ')), lines.find((l) => /error|404|not found/i.test(l) && !l.startsWith('at ')), lines.find((l) => l.includes('complete log'))]
      .filter((l) => l !== undefined).join(' | ');
    return { error: `npm install @genai-fi/nanogpt@${NANOGPT_VERSION} failed (exit ${result.status ?? result.signal}): ${why || 'no output'}` };
  }
  const dir = nanogptPackageDir(cacheDir);
  if (dir === undefined || !existsSync(join(dir, 'dist', 'main.js'))) {
    return { error: `npm install finished but ${join(cacheDir, 'node_modules/@genai-fi/nanogpt')} does not hold version ${NANOGPT_VERSION} with dist/main.js` };
  }
  return { dir };
}
