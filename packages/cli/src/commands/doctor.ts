import { readFile } from 'node:fs/promises';
import { arch, cpus, platform, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { tf, useBackend } from '@stagecoach/core';
import { cuda, loadNativeAddon, nativeCpu, node } from '@stagecoach/backend-node';
import type { CudaReport } from '@stagecoach/backend-node';
import type { Command } from '../command.js';

const usage = `Usage: stagecoach doctor [--json] [--bench]

Prints what this machine offers Stagecoach: the Node backends available (cuda, tfjs-node-gpu,
tfjs-node, native CPU kernels, wasm) and which one \`node()\` picks, the GPU (name, memory, driver and
CUDA versions, the cuBLAS found), the BLAS the native kernels found, threads, and CPU features.

  --bench   also time a 1024x1024x1024 matmul on the picked backend (GFLOP/s)
  --json    print one JSON object instead of text`;

interface DoctorReport {
  node: string;
  platform: string;
  cpu: { model: string; cores: number; features: string[]; memoryGiB: number };
  native: { built: boolean; detail: string; blas?: string; gemm?: string; simd?: string; threads?: number };
  cuda: CudaReport;
  /** Kernels that ran through the host on cuda during --bench (none is the goal). */
  cudaFallbacks?: Record<string, number>;
  backends: Array<{ name: string; available: boolean; detail: string }>;
  chosen: string;
  matmulGflops?: number;
}

/** CPU feature flags that matter for the kernels (from /proc/cpuinfo on Linux). */
async function cpuFeatures(): Promise<string[]> {
  if (platform() !== 'linux') return [];
  try {
    const info = await readFile('/proc/cpuinfo', 'utf8');
    const flags = new Set((/^(?:flags|Features)\s*:\s*(.*)$/m.exec(info)?.[1] ?? '').split(/\s+/));
    return ['sse4_2', 'avx', 'avx2', 'fma', 'avx512f', 'avx512bw', 'avx512_bf16', 'amx_tile', 'asimd', 'sve'].filter((f) => flags.has(f));
  } catch {
    return [];
  }
}

async function matmulGflops(): Promise<number> {
  const n = 1024;
  const a = tf.randomNormal([n, n]);
  const b = tf.randomNormal([n, n]);
  // (dataSync outside tidy: tidy would walk a returned typed array element by element)
  const product = () => {
    const c = tf.matMul(a, b);
    c.dataSync();
    c.dispose();
  };
  product(); // warm-up
  const reps = 5;
  const start = performance.now();
  for (let i = 0; i < reps; i++) product();
  const seconds = (performance.now() - start) / 1000;
  tf.dispose([a, b]);
  return Math.round((2 * n * n * n * reps) / seconds / 1e9);
}

export const doctorCommand: Command = {
  name: 'doctor',
  summary: 'Show the backends, BLAS, threads and CPU features available on this machine',
  usage,
  async run(argv) {
    const { values } = parseArgs({ args: argv, options: { json: { type: 'boolean', default: false }, bench: { type: 'boolean', default: false } } });
    const cpuList = cpus();
    const loaded = loadNativeAddon();
    const nativeInfo = loaded.ok ? loaded.addon.info() : undefined;
    const picked = node();
    await picked.isAvailable();
    const gpu = cuda();
    const report: DoctorReport = {
      node: process.version,
      platform: `${platform()} ${arch()}`,
      cpu: {
        model: cpuList[0]?.model.trim() ?? 'unknown',
        cores: cpuList.length,
        features: await cpuFeatures(),
        memoryGiB: Math.round(totalmem() / 2 ** 30),
      },
      native: loaded.ok
        ? { built: true, detail: nativeCpu().describe(), ...nativeInfo }
        : { built: false, detail: loaded.reason },
      cuda: gpu.report(),
      backends: picked.candidates(),
      chosen: picked.describe(),
    };
    if (values.bench) {
      await useBackend(picked);
      report.matmulGflops = await matmulGflops();
      if (report.cuda.available) report.cudaFallbacks = gpu.fallbacks();
    }
    if (values.json) {
      console.log(JSON.stringify(report, null, 2));
      return 0;
    }
    const mark = (ok: boolean) => (ok ? 'yes' : 'no ');
    console.log(`Stagecoach doctor — Node ${report.node} on ${report.platform}`);
    console.log(`CPU      ${report.cpu.model}, ${report.cpu.cores} cores, ${report.cpu.memoryGiB} GiB`);
    console.log(`Features ${report.cpu.features.join(' ') || '(unknown)'}`);
    if (nativeInfo !== undefined) {
      console.log(`Native   built: ${nativeInfo.threads} threads, SIMD ${nativeInfo.simd}`);
      console.log(`BLAS     ${nativeInfo.blas}${nativeInfo.blas === 'none' ? ' (no OpenBLAS found: apt-get install -y libopenblas0-pthread)' : ''}`);
      console.log(`Matmul   ${nativeInfo.gemm}`);
    } else {
      console.log(`Native   not available: ${report.native.detail}`);
    }
    console.log(`GPU      ${describeGpu(report.cuda)}`);
    console.log('Backends');
    for (const c of report.backends) console.log(`  ${mark(c.available)} ${c.name.padEnd(14)} ${c.detail}`);
    console.log(`node()   ${report.chosen}`);
    if (report.matmulGflops !== undefined) console.log(`Speed    ${report.matmulGflops} GFLOP/s (1024³ float32 matmul on the picked backend)`);
    if (report.cudaFallbacks !== undefined) {
      const entries = Object.entries(report.cudaFallbacks);
      console.log(`Fallback ${entries.length === 0 ? 'none (every kernel ran on the GPU)' : entries.map(([k, n]) => `${k}×${n}`).join(', ')}`);
    }
    return 0;
  },
};

/** The GPU line: name, memory, driver and runtime CUDA versions, cuBLAS; or why cuda is unavailable. */
function describeGpu(r: CudaReport): string {
  const versions = `driver CUDA ${r.driverCuda}, runtime CUDA ${r.runtimeCuda}`;
  if (r.gpu === undefined) return `none usable: ${r.reason ?? 'unknown'} (${versions})`;
  const blas = r.cublas?.path !== undefined ? `cuBLAS ${r.cublas.path} (version ${r.cublas.version})` : `cuBLAS not found: ${r.cublas?.reason ?? ''}`;
  return `${r.gpu.name}, ${r.gpu.memoryMiB} MiB, sm_${r.gpu.computeCapability.replace('.', '')}, ${r.gpu.multiprocessors} SMs; ${versions}; ${blas}`;
}
