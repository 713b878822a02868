/**
 * `pnpm bench:peers [--json] [--quick] [--rounds N] [--only LIST] [--backends LIST] [--configs LIST] [--tasks train,generate]`
 *
 * The same small GPT trained (forward + backward + AdamW, tokens/s) and sampled from (batched, KV cache,
 * tokens/s) side by side, with peak memory (max RSS, MiB) and its growth after the model is built:
 * - `stagecoach` on each of `--backends`: node-native (its own kernels; matmul: its default),
 *   node-native-blas (matmul through OpenBLAS), cpu (tfjs-backend-cpu), wasm;
 * - `pytorch`: PyTorch 2.13 CPU (MKL, oneDNN) with F.scaled_dot_product_attention, from a venv made
 *   from the wheels on disk (.cache/python/torch-2.13; bench/peers/torch_gpt.py);
 * - `pytorch-1.13`: Debian's python3-torch on OpenBLAS, manual attention (when /usr/bin/python3 has torch);
 * - `nanogpt`: @genai-fi/nanogpt 1.3 on its bundled tfjs cpu backend (RMSNorm, no biases, no clip-norm;
 *   installed on demand into bench/peers/.cache; training only).
 * Every measurement runs in its own process (its own peak memory), the same warm-up and number of
 * timed steps for every implementation, interleaved in `--rounds` rounds (default 2): each figure is
 * the median over rounds, with the spread (max/min − 1). MFU = training FLOPs/token × tokens/s over the
 * best sgemm FLOP/s measured here (ours, OpenBLAS, PyTorch's MKL; 1024³). `--json` prints one JSON array
 * of PeerRecord plus `spread`, `builtMemMiB`, `mfu` and nothing else on stdout; progress goes to stderr.
 */
import { spawnSync } from 'node:child_process';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { pythonVenv } from '../packages/core/test/python-venv.js';
import { GENERATION, PEER_CONFIGS, SGEMM_SIZE, trainFlopsPerToken } from './peers/configs.js';
import { ensureNanogpt } from './peers/nanogpt-install.js';
import type { MeasuredRecord, PeerConfig, PeerJob } from './peers/configs.js';

const here = dirname(fileURLToPath(import.meta.url));
const { values: args } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    quick: { type: 'boolean', default: false },
    rounds: { type: 'string' },
    only: { type: 'string', default: 'stagecoach,pytorch,pytorch-1.13,nanogpt' },
    backends: { type: 'string', default: 'node-native,node-native-blas,cpu,wasm' },
    configs: { type: 'string' },
    tasks: { type: 'string', default: 'train,generate' },
  },
});
const rounds = Number(args.rounds ?? (args.quick ? 1 : 2));
const impls = new Set(args.only.split(','));
const backends = args.backends.split(',');
const tasks = args.tasks.split(',') as PeerJob['task'][];
const configs = args.configs === undefined ? PEER_CONFIGS : PEER_CONFIGS.filter((c) => args.configs!.split(',').includes(c.name));
const log = (line: string) => process.stderr.write(`bench:peers: ${line}\n`);
/** tfjs-backend-cpu, wasm and nanogpt take 10-100 s per training step: one warm-up and one timed step. */
const SLOW = new Set(['cpu', 'wasm', 'nanogpt']);

/** Timed steps per (config, task), the same for every fast implementation: about 10 s each here. */
function jobFor(config: PeerConfig, task: PeerJob['task'], slow: boolean): PeerJob {
  const steps = slow ? 1 : task === 'sgemm' ? 20 : task === 'generate' ? (args.quick ? 1 : 3) : args.quick ? 5 : config === PEER_CONFIGS[0] ? 40 : 15;
  return { config, task, warmup: slow ? 1 : task === 'sgemm' ? 3 : 2, steps, generate: GENERATION, sgemmSize: SGEMM_SIZE };
}

/** Runs one measurement process and parses the last stdout line as a MeasuredRecord. */
function measure(label: string, command: string, argv: string[], env: NodeJS.ProcessEnv = {}): MeasuredRecord | undefined {
  log(`${label} ...`);
  const started = Date.now();
  const result = spawnSync(command, argv, { encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 1 << 24 });
  const last = (result.stdout ?? '').trim().split('\n').at(-1) ?? '';
  if (result.status !== 0 || !last.startsWith('{')) {
    const why = `${result.stderr ?? ''}`.trim().split('\n').slice(-3).join(' | ');
    log(`${label}: failed (exit ${result.status ?? result.signal}): ${why || result.error?.message || 'no output'}`);
    return undefined;
  }
  for (const line of `${result.stderr ?? ''}`.split('\n')) if (line.trim() !== '') log(`  ${line.trim()}`);
  const record = JSON.parse(last) as MeasuredRecord;
  log(`${label}: ${record.tokensPerSec} /s, ${record.tokensPerCpuSec ?? '?'} /CPU-s, peak ${record.peakMemMiB} MiB (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  return record;
}

const torchEnv = { OMP_WAIT_POLICY: 'PASSIVE', OMP_NUM_THREADS: String(cpus().length), PYTHONWARNINGS: 'ignore' };
function torchRunner(impl: string): ((job: PeerJob) => MeasuredRecord | undefined) | undefined {
  let python: string;
  if (impl === 'pytorch') {
    const venv = pythonVenv('torch-2.13', ['torch==2.13.0+cpu', 'numpy']);
    if (venv.python === undefined) return void log(`pytorch 2.13: not measured: ${venv.reason}`);
    python = venv.python;
  } else {
    const probe = spawnSync('/usr/bin/python3', ['-c', 'import torch'], { encoding: 'utf8' });
    if (probe.status !== 0) return void log('pytorch-1.13: not measured: /usr/bin/python3 has no torch (apt-get install -y python3-torch libopenblas0-pthread)');
    python = '/usr/bin/python3';
  }
  const attention = impl === 'pytorch' ? 'sdpa' : 'manual';
  return (job) => measure(`${impl} ${job.task} ${job.config.name}`, python,
    [join(here, 'peers/torch_gpt.py'), JSON.stringify({ ...job, attention, label: impl })], torchEnv);
}

type Runner = { impl: string; tasks: ReadonlySet<PeerJob['task']>; slow: boolean; run: (job: PeerJob) => MeasuredRecord | undefined };
const runners: Runner[] = [];
const allTasks = new Set<PeerJob['task']>(['train', 'generate', 'sgemm']);
if (impls.has('stagecoach')) {
  for (const backend of backends) {
    runners.push({
      impl: `stagecoach ${backend}`, slow: SLOW.has(backend),
      tasks: SLOW.has(backend) ? new Set(['train']) : backend === 'node-native' || backend === 'node-native-blas' ? allTasks : new Set(['train', 'generate']),
      run: (job) => measure(`stagecoach ${backend} ${job.task} ${job.config.name}`, process.execPath,
        ['--conditions=source', '--import', 'tsx', join(here, 'peers/stagecoach-step.ts'), JSON.stringify(job), backend]),
    });
  }
}
for (const impl of ['pytorch', 'pytorch-1.13']) {
  const run = impls.has(impl) ? torchRunner(impl) : undefined;
  if (run !== undefined) runners.push({ impl, tasks: allTasks, slow: false, run });
}
if (impls.has('nanogpt')) {
  const installed = ensureNanogpt(log);
  if ('dir' in installed) {
    runners.push({
      impl: 'nanogpt', tasks: new Set(['train']), slow: true,
      run: (job) => measure(`nanogpt train ${job.config.name}`, process.execPath,
        ['--conditions=source', '--import', 'tsx', join(here, 'peers/nanogpt-step.ts'), JSON.stringify(job), installed.dir]),
    });
  } else log(`@genai-fi/nanogpt: not measured: ${installed.error}`);
}

// Interleaved: every implementation once per round, so a slow phase of the shared machine hits all alike.
const measured = new Map<string, MeasuredRecord[]>();
for (let round = 1; round <= rounds; round++) {
  log(`round ${round} of ${rounds}`);
  for (const task of [...tasks, 'sgemm' as const]) {
    for (const config of task === 'sgemm' ? [PEER_CONFIGS[0]!] : configs) {
      for (const runner of runners) {
        if (!runner.tasks.has(task) || (runner.slow && (round > 1 || (args.quick && config !== PEER_CONFIGS[0])))) continue;
        const record = runner.run(jobFor(config, task, runner.slow));
        if (record === undefined) continue;
        const key = `${runner.impl}|${task}|${config.name}`;
        measured.set(key, [...(measured.get(key) ?? []), record]);
      }
    }
  }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 === 1 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const summaries = [...measured.values()].map((rs) => {
  const speeds = rs.map((r) => r.tokensPerSec);
  const first = rs[0]!;
  return {
    impl: first.impl, backend: first.backend, config: first.config, task: first.task,
    tokensPerSec: Math.round(median(speeds)), spread: +(Math.max(...speeds) / Math.min(...speeds) - 1).toFixed(3),
    peakMemMiB: Math.round(median(rs.map((r) => r.peakMemMiB))),
    builtMemMiB: first.builtMemMiB === undefined ? undefined : Math.round(median(rs.map((r) => r.builtMemMiB!))),
    tokensPerCpuSec: first.tokensPerCpuSec === undefined ? undefined : Math.round(median(rs.map((r) => r.tokensPerCpuSec!))),
    rounds: rs.length,
  };
});
const peakFlops = Math.max(0, ...summaries.filter((s) => s.task === 'sgemm').map((s) => s.tokensPerSec));
const results = summaries.filter((s) => s.task !== 'sgemm').map((s) => {
  const config = PEER_CONFIGS.find((c) => c.name === s.config)!;
  const mfu = s.task === 'train' && peakFlops > 0 ? +((trainFlopsPerToken(config) * s.tokensPerSec) / peakFlops).toFixed(3) : undefined;
  return { ...s, ...(mfu === undefined ? {} : { mfu }) };
});

if (args.json) {
  console.log(JSON.stringify({ peakSgemmGflops: +(peakFlops / 1e9).toFixed(1), sgemm: summaries.filter((s) => s.task === 'sgemm'), results }));
} else {
  log(`peak sgemm (${SGEMM_SIZE}³, best of the implementations): ${(peakFlops / 1e9).toFixed(1)} GFLOP/s`);
  console.table(results.map((r) => {
    const torch = results.find((p) => p.impl === 'pytorch' && p.config === r.config && p.task === r.task);
    return {
      task: r.task, config: r.config, impl: r.impl, backend: r.backend, 'tokens/s': r.tokensPerSec, spread: r.spread,
      'x PyTorch 2.13': torch ? +(r.tokensPerSec / torch.tokensPerSec).toFixed(2) : '-',
      'peak MiB': r.peakMemMiB, 'growth MiB': r.builtMemMiB === undefined ? '-' : r.peakMemMiB - r.builtMemMiB,
      'mem / PyTorch 2.13': torch ? +(r.peakMemMiB / torch.peakMemMiB).toFixed(2) : '-',
      MFU: 'mfu' in r ? r.mfu : '-', rounds: r.rounds,
    };
  }));
}
