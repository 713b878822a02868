// Builds the native kernels with node-gyp at install time. Installing never fails because of
// them: without a compiler or Node headers it prints one warning and the package runs on the
// pure-JS kernels (tfjs-backend-cpu / wasm). Set STAGECOACH_SKIP_NATIVE=1 to skip the build.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main as buildCudaMain } from './build-cuda.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

/** node-gyp as [command, ...leading args]: the package manager's copy, a local one, npm's or pnpm's bundled one, or PATH. */
function findNodeGyp() {
  const asCommand = (p) => (p.endsWith('.js') ? [process.execPath, p] : [p]);
  const candidates = [];
  if (process.env.npm_config_node_gyp) candidates.push(process.env.npm_config_node_gyp);
  try {
    candidates.push(require.resolve('node-gyp/bin/node-gyp.js'));
  } catch {
    // not a dependency here; try the bundled copies below
  }
  const prefix = dirname(dirname(process.execPath));
  candidates.push(join(prefix, 'lib/node_modules/npm/node_modules/node-gyp/bin/node-gyp.js'));
  candidates.push(join(prefix, 'lib/node_modules/pnpm/dist/node_modules/node-gyp/bin/node-gyp.js'));
  for (const dir of (process.env.PATH ?? '').split(':')) if (dir) candidates.push(join(dir, 'node-gyp'));
  const found = candidates.find((p) => existsSync(p));
  return found === undefined ? undefined : asCommand(found);
}

async function main() {
  buildNative();
  // The CUDA addon (scripts/build-cuda.js): built when nvcc is found, else one warning. Never fails the install.
  try {
    await buildCudaMain();
  } catch (error) {
    process.stderr.write(`@stagecoach/backend-node: CUDA addon not built — ${error instanceof Error ? error.message : String(error)}\n`);
  }
}

function buildNative() {
  if (process.env.STAGECOACH_SKIP_NATIVE === '1') return;
  const gyp = findNodeGyp();
  if (!gyp) {
    warn('node-gyp was not found (install npm, or `npm i -g node-gyp`).');
    return;
  }
  const [command, ...args] = [...gyp, 'rebuild', '--release'];
  // Use the headers that ship with this Node when present, so nothing is downloaded.
  const nodedir = dirname(dirname(process.execPath));
  if (existsSync(join(nodedir, 'include/node/node_api.h'))) args.push(`--nodedir=${nodedir}`);
  const result = spawnSync(command, args, { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) {
    const lines = `${result.stdout ?? ''}${result.stderr ?? ''}`.split('\n').map((l) => l.trim());
    const cause = lines.find((l) => /error|not found|no such file|cannot/i.test(l) && !/^gyp ERR! (stack|System|command|cwd|node|not ok)/.test(l));
    warn(`node-gyp failed (exit ${result.status ?? result.signal}): ${cause ?? lines.filter(Boolean).slice(-1)[0] ?? 'no output'}`);
  }
}

function warn(why) {
  process.stderr.write(
    `@stagecoach/backend-node: native CPU kernels not built — ${why}\n` +
      '  Training still works on the pure-JS kernels, much slower. To build them: install a C++17 compiler,\n' +
      '  make and python3 (Debian: apt-get install -y build-essential python3), then `pnpm rebuild @stagecoach/backend-node`.\n' +
      '  For fast matmul also install OpenBLAS (Debian: apt-get install -y libopenblas0-pthread).\n',
  );
}

await main();
