/**
 * `pnpm bench:peers [--json] [--quick] [--seconds N] [--only stagecoach,pytorch,nanogpt] [--backends node-native,cpu,wasm]`
 *
 * Training throughput (forward + backward + AdamW, tokens/s) and peak memory (max RSS, MiB) of the
 * same small GPT on the two configurations of issue 5, side by side in one run: Stagecoach on each
 * backend available here, the PyTorch CPU reference (bench/peers/torch_gpt.py on Debian's
 * python3-torch with OpenBLAS), and @genai-fi/nanogpt on its own bundled tfjs (bench/peers/nanogpt-step.ts;
 * installed on demand into bench/peers/.cache/nanogpt, outside the workspace, only when selected).
 * Every measurement runs in its own process, so peak memory is its own. `--json` prints one JSON array of
 * { impl, backend, config, tokensPerSec, peakMemMiB } and nothing else on stdout; otherwise a
 * table with ratios to PyTorch and to tfjs-backend-cpu. Progress goes to stderr.
 */
import { spawnSync } from 'node:child_process';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { PEER_CONFIGS } from './peers/configs.js';
import { ensureNanogpt } from './peers/nanogpt-install.js';
import type { MeasuredRecord, PeerConfig, PeerRecord } from './peers/configs.js';

const here = dirname(fileURLToPath(import.meta.url));
const { values: args } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    quick: { type: 'boolean', default: false },
    seconds: { type: 'string' },
    only: { type: 'string', default: 'stagecoach,pytorch,nanogpt' },
    backends: { type: 'string', default: 'node-native,cpu,wasm' },
    configs: { type: 'string' },
  },
});
const seconds = Number(args.seconds ?? (args.quick ? 5 : 20));
const impls = new Set(args.only.split(','));
const backends = args.backends.split(',');
const configs = args.configs === undefined ? PEER_CONFIGS : PEER_CONFIGS.filter((c) => args.configs!.split(',').includes(c.name));
const log = (line: string) => process.stderr.write(`bench:peers: ${line}\n`);

/** Runs one measurement process and parses the last stdout line as a PeerRecord. */
function measure(label: string, command: string, argv: string[], env: NodeJS.ProcessEnv = {}): MeasuredRecord | undefined {
  log(`${label} ...`);
  const started = Date.now();
  const result = spawnSync(command, argv, { encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 1 << 24 });
  const lines = (result.stdout ?? '').trim().split('\n');
  const last = lines[lines.length - 1] ?? '';
  if (result.status !== 0 || !last.startsWith('{')) {
    const why = `${result.stderr ?? ''}`.trim().split('\n').slice(-3).join(' | ');
    log(`${label}: failed (exit ${result.status ?? result.signal}): ${why || result.error?.message || 'no output'}`);
    return undefined;
  }
  for (const line of `${result.stderr ?? ''}`.split('\n')) if (line.trim() !== '') log(`  ${line.trim()}`);
  const record = JSON.parse(last) as MeasuredRecord;
  log(`${label}: ${record.tokensPerSec} tokens/s, ${record.tokensPerCpuSec ?? '?'} tokens/CPU-s, ${record.peakMemMiB} MiB (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  return record;
}

function stagecoach(backend: string, config: PeerConfig): MeasuredRecord | undefined {
  // tfjs-backend-cpu and wasm take 10-80 s per step: one timed step after the warm-up is enough.
  const budget = backend === 'node-native' ? seconds : 1;
  return measure(`stagecoach ${backend} ${config.name}`, process.execPath,
    ['--conditions=source', '--import', 'tsx', join(here, 'peers/stagecoach-step.ts'), backend, config.name, String(budget)]);
}

function pytorch(config: PeerConfig): MeasuredRecord | undefined {
  return measure(`pytorch ${config.name}`, '/usr/bin/python3', [join(here, 'peers/torch_gpt.py'), JSON.stringify(config), String(seconds)],
    { OMP_WAIT_POLICY: 'PASSIVE', OMP_NUM_THREADS: String(cpus().length), PYTHONWARNINGS: 'ignore' });
}

/**
 * @genai-fi/nanogpt's own model and training step on its bundled tfjs cpu backend (the only one of
 * its backends that runs in Node; see nanogpt-step.ts). It takes 20-100 s per step, like
 * tfjs-backend-cpu: one timed step after the warm-up.
 */
function nanogpt(dir: string, config: PeerConfig): MeasuredRecord | undefined {
  return measure(`nanogpt cpu ${config.name}`, process.execPath,
    ['--conditions=source', '--import', 'tsx', join(here, 'peers/nanogpt-step.ts'), config.name, '1', dir]);
}

let nanogptDir: string | undefined;
if (impls.has('nanogpt')) {
  const installed = ensureNanogpt(log);
  if ('dir' in installed) nanogptDir = installed.dir;
  else log(`@genai-fi/nanogpt: not measured: ${installed.error}`);
}
const records: MeasuredRecord[] = [];
for (const config of configs) {
  if (impls.has('pytorch')) records.push(...[pytorch(config)].filter((r) => r !== undefined));
  if (impls.has('stagecoach')) {
    for (const backend of backends) {
      if (args.quick && backend !== 'node-native' && config !== PEER_CONFIGS[0]) continue;
      const r = stagecoach(backend, config);
      if (r !== undefined) records.push(r);
    }
  }
  if (nanogptDir !== undefined) {
    if (args.quick && config !== PEER_CONFIGS[0]) continue;
    const r = nanogpt(nanogptDir, config);
    if (r !== undefined) records.push(r);
  }
}

if (args.json) {
  const plain: PeerRecord[] = records.map(({ impl, backend, config, tokensPerSec, peakMemMiB }) => ({ impl, backend, config, tokensPerSec, peakMemMiB }));
  console.log(JSON.stringify(plain));
} else {
  const rows = records.map((r) => {
    const torch = records.find((p) => p.impl === 'pytorch' && p.config === r.config);
    const tfjsCpu = records.find((p) => p.impl === 'stagecoach' && p.backend === 'cpu' && p.config === r.config);
    return {
      config: r.config, impl: r.impl, backend: r.backend, 'tokens/s': r.tokensPerSec, 'peak MiB': r.peakMemMiB,
      'x PyTorch': torch ? +(r.tokensPerSec / torch.tokensPerSec).toFixed(2) : '-',
      'x tfjs cpu': tfjsCpu ? +(r.tokensPerSec / tfjsCpu.tokensPerSec).toFixed(1) : '-',
      'mem / PyTorch': torch ? +(r.peakMemMiB / torch.peakMemMiB).toFixed(2) : '-',
      'tokens/CPU-s': r.tokensPerCpuSec ?? '-',
      'CPU-s x PyTorch': torch?.tokensPerCpuSec && r.tokensPerCpuSec ? +(r.tokensPerCpuSec / torch.tokensPerCpuSec).toFixed(2) : '-',
    };
  });
  console.table(rows);
}
