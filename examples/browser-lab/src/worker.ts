/**
 * The training worker: picks the backend (WebGPU, else WebAssembly with a notice), runs the lab's
 * stages (lab-runner.ts) and answers the page's requests (protocol.ts). Training here keeps the
 * page responsive; tfjs, the trainers and OPFS all work in a dedicated worker.
 */
import { useBackend, wasm } from '@stagecoach/core';
import { webgpu } from '@stagecoach/backend-webgpu';
import wasmPlain from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import wasmSimd from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import wasmThreaded from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';
import { BROWSER_PRESETS } from './browser-presets.js';
import { newLabState, readLabReport, readLabState, runLab, saveLabState } from './lab-runner.js';
import { checkpointFiles, latestCheckpoint, removeLab } from './opfs-folders.js';
import type { FromWorker, LabState, ToWorker } from './protocol.js';
import { zipFiles } from './zip.js';

function post(message: FromWorker): void {
  self.postMessage(message);
}

let backend: FromWorker & { type: 'backend' } | undefined;
let controller: AbortController | undefined;
let running: Promise<void> | undefined;

/** Sets the tfjs backend once per worker: WebGPU when the browser has an adapter (unless turned off), else wasm. */
async function chooseBackend(requested: 'auto' | 'wasm'): Promise<FromWorker & { type: 'backend' }> {
  if (backend !== undefined) return backend;
  let notice = 'WebGPU is turned off for this page (?backend=wasm): training runs on WebAssembly, on the CPU.';
  if (requested === 'auto') {
    const gpu = webgpu();
    if (await gpu.isAvailable()) {
      const adapter = await gpu.adapterInfo();
      await useBackend(gpu);
      backend = { type: 'backend', name: 'webgpu', adapter: adapter.name };
      return backend;
    }
    notice = `WebGPU is not available in this browser (${gpu.unavailableReason?.() ?? 'no adapter'}): training runs on WebAssembly, on the CPU, which is much slower than a GPU.`;
  }
  await useBackend(wasm({
    wasmPaths: { 'tfjs-backend-wasm.wasm': wasmPlain, 'tfjs-backend-wasm-simd.wasm': wasmSimd, 'tfjs-backend-wasm-threaded-simd.wasm': wasmThreaded },
  }));
  backend = { type: 'backend', name: 'wasm', notice };
  return backend;
}

/** Runs (or continues) the lab until it finishes, fails or is stopped. */
async function run(state: LabState, requested: 'auto' | 'wasm'): Promise<void> {
  const preset = BROWSER_PRESETS[state.preset];
  if (preset === undefined) {
    post({ type: 'error', message: `preset "${state.preset}" is not one of ${Object.keys(BROWSER_PRESETS).join(', ')}.` });
    return;
  }
  controller = new AbortController();
  try {
    const chosen = await chooseBackend(requested);
    post(chosen);
    state.stopped = false;
    const finished = await runLab(state, preset, chosen.name, controller.signal, post);
    if (!finished) {
      state.stopped = true;
      await saveLabState(state);
    }
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  } finally {
    controller = undefined;
    post({ type: 'idle' });
  }
}

function start(state: LabState, requested: 'auto' | 'wasm'): void {
  if (running !== undefined) return;
  running = run(state, requested).finally(() => {
    running = undefined;
  });
}

async function handle(message: ToWorker): Promise<void> {
  switch (message.type) {
    case 'open': {
      const state = await readLabState();
      const report = state?.done ? await readLabReport() : undefined;
      post({ type: 'state', state, ...(report === undefined ? {} : { report }) });
      return;
    }
    case 'start': {
      if (running !== undefined) return;
      await removeLab();
      const state = newLabState(message.preset, message.seed);
      await saveLabState(state);
      post({ type: 'state', state });
      start(state, message.backend);
      return;
    }
    case 'resume': {
      const state = await readLabState();
      if (state === undefined) post({ type: 'error', message: 'there is no lab in this browser to resume; press Start.' });
      else start(state, message.backend);
      return;
    }
    case 'stop':
      controller?.abort();
      return;
    case 'reset':
      controller?.abort();
      await running;
      await removeLab();
      post({ type: 'state', state: undefined });
      return;
    case 'download': {
      const latest = await latestCheckpoint(message.stage);
      if (latest === undefined) {
        post({ type: 'error', message: `the ${message.stage} stage has no checkpoint yet.` });
        return;
      }
      const folder = `${message.stage}-checkpoint-${latest.step}`;
      const files = await checkpointFiles(message.stage, latest.step);
      post({ type: 'download', stage: message.stage, name: `${folder}.zip`, zip: zipFiles(files.map((f) => ({ path: `${folder}/${f.path}`, bytes: f.bytes }))) });
      return;
    }
  }
}

self.addEventListener('message', (event: MessageEvent<ToWorker>) => {
  handle(event.data).catch((error: unknown) => post({ type: 'error', message: error instanceof Error ? error.message : String(error) }));
});
