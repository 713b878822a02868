// Builds the CUDA addon (build-cuda/stagecoach_cuda.node) with nvcc: the kernels as a fatbin for
// sm_80, sm_86, sm_89 and sm_90 plus compute_90 PTX (newer GPUs JIT it), the CUDA runtime linked
// statically. The driver (libcuda.so.1) and cuBLAS are opened at run time, so the addon builds and
// loads on machines without a GPU or cuBLAS. Without nvcc: one warning, no addon (install never fails).
//
//   node scripts/build-cuda.js [--force] [--strict]
// --strict: exit 1 when nvcc is found but the build fails (CI: a kernel that does not compile fails it).
// Environment: NVCC (the compiler), STAGECOACH_CUDA_ARCHS="80,86,89,90" (real architectures; the
// highest also gets PTX), STAGECOACH_SKIP_CUDA=1 (skip), STAGECOACH_CUDA_JOBS (parallel compiles).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, statSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const sourceDir = join(root, 'src/cuda');
const outDir = join(root, 'build-cuda');
export const CUDA_ADDON_PATH = join(outDir, 'stagecoach_cuda.node');
const DEFAULT_ARCHS = ['80', '86', '89', '90'];

/** nvcc: $NVCC, then PATH, then the toolkit's usual folders. */
export function findNvcc() {
  const candidates = [];
  if (process.env.NVCC) candidates.push(process.env.NVCC);
  for (const dir of (process.env.PATH ?? '').split(':')) if (dir) candidates.push(join(dir, 'nvcc'));
  if (process.env.CUDA_HOME) candidates.push(join(process.env.CUDA_HOME, 'bin/nvcc'));
  candidates.push('/usr/local/cuda/bin/nvcc', '/opt/cuda/bin/nvcc');
  return candidates.find((p) => existsSync(p));
}

/** The folder holding node_api.h: this Node's headers, or node-gyp's downloaded copy. */
function findNodeHeaders() {
  const prefix = dirname(dirname(process.execPath));
  const candidates = [join(prefix, 'include/node')];
  const cache = process.env.HOME ? join(process.env.HOME, '.cache/node-gyp', process.versions.node, 'include/node') : undefined;
  if (cache) candidates.push(cache);
  return candidates.find((dir) => existsSync(join(dir, 'node_api.h')));
}

function gencodes() {
  const archs = (process.env.STAGECOACH_CUDA_ARCHS ?? DEFAULT_ARCHS.join(',')).split(',').map((a) => a.trim()).filter(Boolean);
  const bad = archs.find((a) => !/^\d{2,3}a?$/.test(a));
  if (bad !== undefined) throw new Error(`STAGECOACH_CUDA_ARCHS: '${bad}' is not an architecture number such as 90`);
  const highest = archs[archs.length - 1];
  return archs.flatMap((a) => ['-gencode', a === highest ? `arch=compute_${a},code=[sm_${a},compute_${a}]` : `arch=compute_${a},code=sm_${a}`]);
}

function run(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => resolve({ code, output }));
    child.on('error', (error) => resolve({ code: -1, output: error.message }));
  });
}

function newestSource() {
  return Math.max(...readdirSync(sourceDir).map((f) => statSync(join(sourceDir, f)).mtimeMs), statSync(fileURLToPath(import.meta.url)).mtimeMs);
}

/** Builds the addon; returns { ok, path } or { ok: false, reason }. */
export async function buildCuda({ force = false, log = (line) => process.stderr.write(`${line}\n`) } = {}) {
  if (!existsSync(sourceDir)) return { ok: false, reason: `the CUDA sources (${sourceDir}) are missing` };
  const nvcc = findNvcc();
  if (nvcc === undefined) return { ok: false, reason: 'nvcc was not found (install the CUDA toolkit, or set NVCC)', noCompiler: true };
  const headers = findNodeHeaders();
  if (headers === undefined) return { ok: false, reason: `Node's headers (node_api.h) were not found next to ${process.execPath}` };
  if (!force && existsSync(CUDA_ADDON_PATH) && statSync(CUDA_ADDON_PATH).mtimeMs > newestSource()) {
    return { ok: true, path: CUDA_ADDON_PATH, upToDate: true };
  }
  const arch = gencodes();
  // Objects per architecture list; one is rebuilt when older than its source or any header.
  const objDir = join(outDir, `obj-${arch.filter((a) => a !== '-gencode').join('_').replace(/[^a-z0-9_]/gi, '')}`);
  const headersChanged = Math.max(0, ...readdirSync(sourceDir).filter((f) => f.endsWith('.h') || f.endsWith('.cuh')).map((f) => statSync(join(sourceDir, f)).mtimeMs));
  const stale = (file) => {
    const object = join(objDir, `${file}.o`);
    return force || !existsSync(object) || statSync(object).mtimeMs < Math.max(headersChanged, statSync(join(sourceDir, file)).mtimeMs);
  };
  mkdirSync(objDir, { recursive: true });
  const common = ['-std=c++17', '-O3', '-Werror', 'all-warnings', '-Xcompiler', '-fPIC,-Wall,-Wextra,-Werror,-fvisibility=hidden',
    '-DNAPI_VERSION=8', `-I${headers}`, `-I${sourceDir}`];
  const sources = readdirSync(sourceDir).filter((f) => f.endsWith('.cu') || f.endsWith('.cc')).sort();
  const started = Date.now();
  const jobs = Number(process.env.STAGECOACH_CUDA_JOBS ?? Math.max(1, Math.min(sources.length, cpus().length)));
  const queue = sources.filter(stale);
  const failures = [];
  const objects = sources.map((f) => join(objDir, `${f}.o`));
  await Promise.all(Array.from({ length: jobs }, async () => {
    for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
      // Host-only files (.cc) need no device code: compile them once, without the architecture list.
      const args = [...common, ...(file.endsWith('.cu') ? arch : []), '-c', join(sourceDir, file), '-o', join(objDir, `${file}.o`)];
      const { code, output } = await run(nvcc, args);
      if (code !== 0) failures.push(`${file}:\n${output.trim()}`);
    }
  }));
  if (failures.length > 0) return { ok: false, reason: `nvcc failed on ${failures.length} file(s):\n${failures.join('\n')}` };
  const temp = `${CUDA_ADDON_PATH}.tmp`;
  const link = await run(nvcc, ['-shared', '-cudart', 'static', '-o', temp, ...objects, '-ldl', '-lpthread', '-lrt']);
  if (link.code !== 0) return { ok: false, reason: `linking failed:\n${link.output.trim()}` };
  renameSync(temp, CUDA_ADDON_PATH);
  log(`@stagecoach/backend-node: built the CUDA addon (${arch.filter((a) => a !== '-gencode').join(' ')}) in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return { ok: true, path: CUDA_ADDON_PATH };
}

/** The install step: build, or warn. */
export async function main() {
  if (process.env.STAGECOACH_SKIP_CUDA === '1') return;
  const argv = process.argv.slice(2);
  const result = await buildCuda({ force: argv.includes('--force') });
  if (result.ok) return;
  if (result.noCompiler) {
    process.stderr.write(`@stagecoach/backend-node: CUDA addon not built — ${result.reason}. The cuda() backend is unavailable; node() uses the CPU kernels.\n`);
    return;
  }
  process.stderr.write(`@stagecoach/backend-node: CUDA addon not built — ${result.reason}\n`);
  if (argv.includes('--strict')) process.exitCode = 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
