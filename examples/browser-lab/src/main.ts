/**
 * The page: controls, the stage strip, the live loss chart, samples, checkpoint downloads and, at
 * the end, the evaluation report in `<stagecoach-report>`. Training runs in worker.ts; on load the
 * page asks the worker what OPFS holds and continues an interrupted lab by itself.
 *
 * URL parameters: `?preset=tiny` picks the preset of a new lab; `?backend=wasm` turns WebGPU off.
 */
import { defineReportElement, type EvalReport } from '@stagecoach/eval';
import { LossChart, STAGE_COLORS } from './loss-chart.js';
import { LAB_STAGES, type CurvePoint, type FromWorker, type LabStage, type LabState, type StageSample, type ToWorker } from './protocol.js';

/** What the page has seen, for scripts and the browser test (`window.browserLab`). */
export interface PageRecord {
  backend?: string;
  notice?: string;
  /** Step events since the page loaded, by stage. */
  steps: Partial<Record<LabStage, CurvePoint[]>>;
  /** The step each stage continued from after a reload or a stop. */
  resumedFrom: Partial<Record<LabStage, number>>;
  checkpoints: Partial<Record<LabStage, number>>;
  status: Partial<Record<LabStage, string>>;
  samples: StageSample[];
  running: boolean;
  reportRendered: boolean;
  errors: string[];
}

const record: PageRecord = { steps: {}, resumedFrom: {}, checkpoints: {}, status: {}, samples: [], running: false, reportRendered: false, errors: [] };
Object.assign(window, { browserLab: record });

const params = new URLSearchParams(location.search);
const requestedBackend = params.get('backend') === 'wasm' ? 'wasm' : 'auto';
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const presetSelect = $<HTMLSelectElement>('preset');
const buttons = { start: $<HTMLButtonElement>('start'), stop: $<HTMLButtonElement>('stop'), resume: $<HTMLButtonElement>('resume'), reset: $<HTMLButtonElement>('reset') };
const chart = new LossChart($<HTMLCanvasElement>('loss'));
const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
const send = (message: ToWorker) => worker.postMessage(message);
let state: LabState | undefined;
/** The first state message answers `open` (what OPFS held when the page loaded); only that one resumes by itself. */
let opening = true;

const presetParam = params.get('preset');
if (presetParam !== null) {
  if (![...presetSelect.options].some((o) => o.value === presetParam)) presetSelect.add(new Option(presetParam, presetParam));
  presetSelect.value = presetParam;
}

defineReportElement();
const reportElement = $<HTMLElement & { report?: EvalReport }>('report');
reportElement.addEventListener('report-rendered', () => {
  record.reportRendered = true;
});

// The stage strip and the legend.
const stageItems = new Map<LabStage, HTMLLIElement>();
for (const stage of LAB_STAGES) {
  const item = document.createElement('li');
  item.dataset['stage'] = stage;
  item.innerHTML = `<span class="name"></span><span class="detail">waiting</span><div class="bar"><span></span></div>`;
  item.querySelector('.name')!.textContent = stage;
  (item.querySelector('.name') as HTMLElement).style.color = STAGE_COLORS[stage];
  if (stage !== 'eval') {
    const download = document.createElement('button');
    download.className = 'download';
    download.type = 'button';
    download.textContent = 'Download';
    download.title = `The ${stage} stage's latest checkpoint as a Hugging Face folder (zip)`;
    download.hidden = true;
    download.addEventListener('click', () => send({ type: 'download', stage }));
    item.append(download);
  }
  $('stages').append(item);
  stageItems.set(stage, item);
}
$('legend').innerHTML = LAB_STAGES.filter((s) => s !== 'eval').map((s) => `<span><i style="background:${STAGE_COLORS[s]}"></i>${s}</span>`).join('');

function setStage(stage: LabStage, status: string, detail: string, fraction?: number): void {
  const item = stageItems.get(stage)!;
  item.className = status;
  item.querySelector('.detail')!.textContent = detail;
  if (fraction !== undefined) (item.querySelector('.bar span') as HTMLElement).style.width = `${Math.round(100 * fraction)}%`;
  record.status[stage] = status;
}

function showCheckpoint(stage: LabStage, step: number): void {
  record.checkpoints[stage] = step;
  const download = stageItems.get(stage)!.querySelector('button');
  if (download !== null) {
    download.hidden = false;
    download.textContent = `Download step ${step}`;
  }
}

function addSample(sample: StageSample): void {
  record.samples.push(sample);
  const item = document.createElement('li');
  item.innerHTML = `<span class="tag"></span><span class="step"></span><pre><span class="prompt"></span><span class="text"></span></pre>`;
  const tag = item.querySelector('.tag') as HTMLElement;
  tag.textContent = sample.stage;
  tag.style.color = STAGE_COLORS[sample.stage];
  item.querySelector('.step')!.textContent = `step ${sample.step}`;
  item.querySelector('.prompt')!.textContent = sample.prompt;
  item.querySelector('.text')!.textContent = sample.text === '' ? ' (nothing)' : ` ${sample.text}`;
  $('samples').prepend(item);
}

function setStatus(text: string): void {
  $('status').textContent = text;
}

function setRunning(running: boolean): void {
  record.running = running;
  buttons.start.disabled = running;
  buttons.stop.disabled = !running;
  buttons.resume.disabled = running || state === undefined || state.done;
  presetSelect.disabled = running;
}

function showReport(report: EvalReport): void {
  $('report-panel').hidden = false;
  reportElement.report = report;
}

/** Draws a lab restored from OPFS: finished stages, curves up to their checkpoints, samples. */
function restore(restored: LabState | undefined, report?: EvalReport): void {
  state = restored;
  chart.clear();
  $('samples').replaceChildren();
  record.samples = [];
  for (const stage of LAB_STAGES) {
    setStage(stage, '', 'waiting', 0);
    stageItems.get(stage)!.querySelector('button')?.setAttribute('hidden', '');
  }
  $('report-panel').hidden = true;
  if (restored === undefined) {
    setStatus('Press Start to train. Checkpoints are kept in this browser (OPFS): reload the page and training continues from the last one.');
    setRunning(record.running);
    return;
  }
  presetSelect.value = restored.preset;
  for (const [stage, points] of Object.entries(restored.curves) as [LabStage, CurvePoint[]][]) chart.set(stage, points);
  for (const [stage, step] of Object.entries(restored.checkpoints) as [LabStage, number][]) {
    showCheckpoint(stage, step);
    setStage(stage, 'stopped', `checkpoint at step ${step}`);
  }
  for (const f of restored.finished) setStage(f.stage, 'finished', f.stage === 'eval' ? `done in ${f.seconds.toFixed(0)} s` : `${f.steps} steps, ${f.seconds.toFixed(0)} s`, 1);
  for (const sample of restored.samples) addSample(sample);
  if (report !== undefined) showReport(report);
  setRunning(record.running);
}

worker.addEventListener('message', (event: MessageEvent<FromWorker>) => {
  const message = event.data;
  switch (message.type) {
    case 'state':
      restore(message.state, message.report);
      if (!opening) return;
      opening = false;
      if (message.state !== undefined && !message.state.done) {
        if (message.state.stopped) setStatus('Stopped. Press Resume to continue from the last checkpoint.');
        else {
          setStatus('Continuing from the last checkpoint in this browser…');
          send({ type: 'resume', backend: requestedBackend });
          setRunning(true);
        }
      } else if (message.state?.done) setStatus('The lab has finished; its report is below. Start trains a new lab.');
      return;
    case 'backend': {
      record.backend = message.name;
      const badge = $('backend');
      badge.textContent = message.name === 'webgpu' ? `WebGPU · ${message.adapter ?? 'adapter'}` : 'WebAssembly (no WebGPU)';
      badge.classList.toggle('wasm', message.name !== 'webgpu');
      if (message.notice !== undefined) {
        record.notice = message.notice;
        $('notice').textContent = message.notice;
        $('notice').hidden = false;
      }
      return;
    }
    case 'stage':
      if (message.status === 'resumed') {
        record.resumedFrom[message.stage] = message.fromStep!;
        setStage(message.stage, 'running', `resumed at step ${message.fromStep}`);
      } else if (message.status === 'running') setStage(message.stage, 'running', 'starting…');
      else if (message.status === 'stopped') setStage(message.stage, 'stopped', `stopped at checkpoint ${record.checkpoints[message.stage] ?? '—'}`);
      else setStage(message.stage, 'finished', 'done', 1);
      if (message.status === 'running' || message.status === 'resumed') setStatus(`Training ${message.stage}…`);
      return;
    case 'step':
      (record.steps[message.stage] ??= []).push({ step: message.step, loss: message.loss });
      chart.add(message.stage, { step: message.step, loss: message.loss }, message.totalSteps);
      setStage(message.stage, 'running', `step ${message.step}/${message.totalSteps} · loss ${message.loss.toFixed(3)}`, message.step / message.totalSteps);
      return;
    case 'checkpoint':
      showCheckpoint(message.stage, message.step);
      return;
    case 'sample':
      addSample(message.sample);
      return;
    case 'progress':
      setStatus(message.message);
      return;
    case 'report':
      showReport(message.report);
      setStatus('The lab has finished: every stage\'s model compared on held-out problems below.');
      if (state !== undefined) state.done = true;
      return;
    case 'download': {
      const link = document.createElement('a');
      link.href = URL.createObjectURL(message.zip);
      link.download = message.name;
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
      return;
    }
    case 'idle':
      setRunning(false);
      if (state !== undefined && !state.done && !record.errors.length) setStatus('Stopped. Press Resume to continue from the last checkpoint.');
      return;
    case 'error':
      record.errors.push(message.message);
      $('error').textContent = `Error: ${message.message}`;
      $('error').hidden = false;
      return;
  }
});

buttons.start.addEventListener('click', () => {
  $('error').hidden = true;
  record.errors = [];
  send({ type: 'start', preset: presetSelect.value, seed: 0, backend: requestedBackend });
  setRunning(true);
});
buttons.stop.addEventListener('click', () => {
  setStatus('Stopping: saving a checkpoint…');
  send({ type: 'stop' });
});
buttons.resume.addEventListener('click', () => {
  $('error').hidden = true;
  send({ type: 'resume', backend: requestedBackend });
  setRunning(true);
});
buttons.reset.addEventListener('click', () => send({ type: 'reset' }));

send({ type: 'open' });
