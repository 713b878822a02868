import { parseArgs } from 'node:util';
import { stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import {
  ConfigError, checkWritableFile, checkpointDir, listCheckpointSteps, loadPretrained, type Pretrained,
} from '@stagecoach/core';
import { DEFAULT_BACKEND, backendNames, startBackend } from '../resolve-backend.js';
import {
  arithmeticChoiceTask, arithmeticTask, compareModels, gsm8kTask, type EvalProgress, type ModelEntry, type Task, type TrainingCurve,
} from '@stagecoach/eval';
import { readGsm8k, readTrainingCurves, renderTerminalTable, writeReport } from '@stagecoach/eval/node';
import type { Command } from '../command.js';

const TASKS = ['gsm8k', 'arithmetic', 'arithmetic-choice'] as const;

const usage = `Usage: stagecoach eval --models NAME=DIR[,NAME=DIR...] --task TASK [options]

Runs every model on the same problems with the same seeds and writes a comparison report
(accuracy with 95% intervals, pass@k, reasoning depth, helpfulness, behaviour change, samples).

Models and tasks
  --models base=DIR,sft=DIR,rl=DIR   checkpoint folders (Hugging Face layout) or URLs; the first is the baseline.
                         A training run's --out folder stands for its latest checkpoint-<step>
  --task gsm8k|arithmetic|arithmetic-choice   repeat or comma-separate for several tasks
  --data PATH|URL        GSM8K JSONL to evaluate (e.g. test.jsonl); required for gsm8k
  --few-shot N           worked examples before each question (default 0)
  --few-shot-data PATH   where GSM8K few-shot examples come from (e.g. train.jsonl; default: the --data file)
  --limit N              problems per task (default 50)
  --difficulty 1,2,3     arithmetic difficulty levels, 1–5 (default 1,2,3)
  --chat NAMES           models whose prompts go through their chat template, e.g. sft,rl
  --baseline NAME        model the others are compared against (default: the first)

Generation
  --max-new-tokens N     default 256, or half the smallest model context (prompts are cut from the left to fit)
  --temperature T        default 0 (greedy); > 0 needed for --samples > 1
  --top-k N, --top-p P   sampling filters
  --samples N            responses per problem for pass@k / maj@k (default 1)
  --k 1,4                k values of pass@k and maj@k (default 1 and --samples)
  --batch-size N         prompts per generate call (default 8)
  --seed N               default 0

Output
  --out FILE             report.html (self-contained page with charts) or report.json; repeatable
  --curves NAME=FILE     training metrics JSONL ({"step": 1, "loss": 2.5} per line, e.g. from pretrain --metrics)
                         to chart; comma-separated
  --curve-metrics LIST   which metrics to chart, e.g. loss,valLoss (default: all but progress fields such as tokensPerSec)
  --title TEXT           report title
  --backend <name>       ${backendNames.join(' | ')} (default node: tfjs-node, native kernels or wasm);
                         recorded in the report with the tfjs backend it runs on

Example
  stagecoach eval --models base=runs/base,sft=runs/sft,rl=runs/rl --task gsm8k --data test.jsonl --limit 100 --out report.html`;

function pairs(value: string, flag: string): [string, string][] {
  return value.split(',').filter((p) => p.trim() !== '').map((pair) => {
    const at = pair.indexOf('=');
    if (at <= 0 || at === pair.length - 1) throw new ConfigError(`${flag}: "${pair}" is not NAME=VALUE; write e.g. ${flag} base=runs/base,sft=runs/sft.`);
    return [pair.slice(0, at).trim(), pair.slice(at + 1).trim()];
  });
}

function integer(value: string | undefined, flag: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n)) throw new ConfigError(`${flag} must be an integer, got "${value}".`);
  return n;
}

function real(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n)) throw new ConfigError(`${flag} must be a number, got "${value}".`);
  return n;
}

/** Report paths end in .html / .htm (a page with charts) or .json; anything else is likely a typo. */
function reportPaths(outs: readonly string[]): string[] {
  if (outs.length === 0) throw new ConfigError('--out is required: a .html report (self-contained page) and/or a .json report.');
  for (const out of outs) {
    if (!/\.(html?|json)$/i.test(out)) throw new ConfigError(`--out "${out}": the file name must end in .html (a page with charts) or .json (the report data).`);
  }
  return [...outs];
}

/**
 * A training run's output folder (no config.json, some checkpoint-<step> folders) → its latest checkpoint.
 * ConfigError when `source` is a file (e.g. model.safetensors) rather than a folder.
 */
async function checkpointSource(name: string, source: string): Promise<string> {
  if (/^https?:\/\//i.test(source)) return source;
  if ((await stat(source).catch(() => undefined))?.isFile() === true) {
    throw new ConfigError(
      `--models ${name}=${source}: this is a file, not a model folder. Give the folder that holds it (${dirname(source)}), `
      + 'which has config.json, tokenizer.json and the weights, or a training run\'s --out folder.',
    );
  }
  const isCheckpoint = await stat(join(source, 'config.json')).then(() => true, () => false);
  const last = isCheckpoint ? undefined : (await listCheckpointSteps(source, { includeInterrupted: false })).at(-1);
  return last === undefined ? source : checkpointDir(source, last);
}

function numberList(value: string | undefined, flag: string): number[] | undefined {
  return value?.split(',').map((v) => integer(v.trim(), flag, 0));
}

async function buildTasks(values: EvalArgs): Promise<Task[]> {
  const names = (values.task ?? []).flatMap((t) => t.split(',')).map((t) => t.trim()).filter((t) => t !== '');
  if (names.length === 0) throw new ConfigError(`--task is required; valid tasks: ${TASKS.join(', ')}.`);
  const limit = integer(values.limit, '--limit', 50);
  if (limit < 1) throw new ConfigError(`--limit must be a positive integer (problems per task), got ${limit}.`);
  const seed = integer(values.seed, '--seed', 0);
  const fewShot = integer(values['few-shot'], '--few-shot', 0);
  const difficulty = numberList(values.difficulty, '--difficulty');
  const tasks: Task[] = [];
  for (const name of names) {
    if (name === 'gsm8k') {
      const data = values.data;
      if (data === undefined) throw new ConfigError('--task gsm8k needs --data PATH|URL of a GSM8K JSONL file (e.g. test.jsonl).');
      const fewShotData = values['few-shot-data'];
      tasks.push(gsm8kTask(await readGsm8k(data), {
        limit, fewShot, seed, source: data,
        ...(fewShotData === undefined ? {} : { fewShotRecords: await readGsm8k(fewShotData), fewShotSource: fewShotData }),
      }));
    } else if (name === 'arithmetic') {
      tasks.push(arithmeticTask({ count: limit, seed, fewShot, ...(difficulty === undefined ? {} : { difficulty }) }));
    } else if (name === 'arithmetic-choice') {
      tasks.push(arithmeticChoiceTask({ count: limit, seed, ...(difficulty === undefined ? {} : { difficulty }) }));
    } else {
      throw new ConfigError(`--task "${name}" is not a task; valid tasks: ${TASKS.join(', ')}.`);
    }
  }
  return tasks;
}

function progressPrinter(): (event: EvalProgress) => void {
  let last = 0;
  return (event) => {
    const now = Date.now();
    if (event.done < event.total && now - last < 250) return;
    last = now;
    const line = `[${event.model}] ${event.task}: ${event.phase} ${event.done}/${event.total}`;
    if (process.stderr.isTTY) process.stderr.write(`\r\u001b[2K${line}${event.done === event.total ? '\n' : ''}`);
    else if (event.done === event.total) process.stderr.write(`${line}\n`);
  };
}

const OPTIONS = {
  models: { type: 'string' }, task: { type: 'string', multiple: true }, data: { type: 'string' },
  'few-shot': { type: 'string' }, 'few-shot-data': { type: 'string' }, limit: { type: 'string' }, difficulty: { type: 'string' },
  chat: { type: 'string' }, baseline: { type: 'string' }, 'max-new-tokens': { type: 'string' }, temperature: { type: 'string' },
  'top-k': { type: 'string' }, 'top-p': { type: 'string' }, samples: { type: 'string' }, k: { type: 'string' },
  'batch-size': { type: 'string' }, seed: { type: 'string' }, out: { type: 'string', multiple: true }, curves: { type: 'string' },
  'curve-metrics': { type: 'string' }, title: { type: 'string' }, backend: { type: 'string' },
} as const;

/** Parsed flags; an unknown or malformed flag is a ConfigError pointing at --help. */
function parseEvalArgs(argv: string[]) {
  try {
    return parseArgs({ args: argv, options: OPTIONS, strict: true }).values;
  } catch (error) {
    throw new ConfigError(`${(error as Error).message}. Run \`stagecoach eval --help\` for the options.`);
  }
}

type EvalArgs = ReturnType<typeof parseEvalArgs>;

async function run(argv: string[]): Promise<number> {
  const values = parseEvalArgs(argv);
  if (values.models === undefined) throw new ConfigError('--models is required, e.g. --models base=runs/base,sft=runs/sft.');
  const outs = reportPaths(values.out ?? []);
  // Report paths are checked now, not after the whole evaluation.
  for (const out of outs) await checkWritableFile(out, '--out');
  // Names are checked before anything loads.
  const sources = pairs(values.models, '--models');
  const names = sources.map(([name]) => name);
  const twice = names.find((name, i) => names.indexOf(name) !== i);
  if (twice !== undefined) throw new ConfigError(`--models names "${twice}" twice; give each model its own name.`);
  const chat = new Set((values.chat ?? '').split(',').map((n) => n.trim()).filter((n) => n !== ''));
  for (const name of chat) if (!names.includes(name)) throw new ConfigError(`--chat names "${name}", which is not in --models (${names.join(', ')}).`);
  if (values.baseline !== undefined && !names.includes(values.baseline)) {
    throw new ConfigError(`--baseline "${values.baseline}" is not in --models (${names.join(', ')}).`);
  }
  const temperature = real(values.temperature, '--temperature');
  const topP = real(values['top-p'], '--top-p');
  // Curves are read before any model loads, so a bad file fails fast.
  const curveMetrics = values['curve-metrics']?.split(',').map((m) => m.trim()).filter((m) => m !== '');
  const curves: TrainingCurve[] = [];
  for (const [name, file] of pairs(values.curves ?? '', '--curves')) {
    curves.push(...(await readTrainingCurves(file, name, curveMetrics === undefined ? {} : { metrics: curveMetrics })));
  }
  const info = await startBackend(values.backend ?? DEFAULT_BACKEND);
  console.error(`backend: ${info.name}`);
  const tasks = await buildTasks(values);
  const models: Record<string, ModelEntry> = {};
  const loaded: Pretrained[] = [];
  try {
    for (const [name, given] of sources) {
      const source = await checkpointSource(name, given);
      console.error(`loading ${name} from ${source}${source === given ? '' : ` (the latest checkpoint in ${given})`}`);
      const pretrained = await loadPretrained(source, { onWarning: (message) => console.error(`warning: ${message}`) });
      loaded.push(pretrained);
      models[name] = { ...pretrained, source, promptFormat: chat.has(name) ? 'chat' : 'plain' };
    }
    const kValues = numberList(values.k, '--k');
    const report = await compareModels({
      models,
      tasks,
      ...(values.title === undefined ? {} : { title: values.title }),
      ...(values.baseline === undefined ? {} : { baseline: values.baseline }),
      seed: integer(values.seed, '--seed', 0),
      ...(values['max-new-tokens'] === undefined ? {} : { maxNewTokens: integer(values['max-new-tokens'], '--max-new-tokens', 0) }),
      ...(temperature === undefined ? {} : { temperature }),
      ...(values['top-k'] === undefined ? {} : { topK: integer(values['top-k'], '--top-k', 0) }),
      ...(topP === undefined ? {} : { topP }),
      samples: integer(values.samples, '--samples', 1),
      ...(kValues === undefined ? {} : { kValues }),
      batchSize: integer(values['batch-size'], '--batch-size', 8),
      // Recorded in the report: greedy results can differ slightly between backends.
      backend: info.name,
      trainingCurves: curves,
      onProgress: progressPrinter(),
    });
    console.log(renderTerminalTable(report, { color: process.stdout.isTTY === true }));
    for (const out of outs) {
      await writeReport(report, out);
      console.log(`wrote ${out}`);
    }
    return 0;
  } finally {
    for (const { model } of loaded) model.dispose();
  }
}

export const evalCommand: Command = {
  name: 'eval',
  summary: 'Compare models (base, sft, rl…) on math tasks and write an HTML/JSON report.',
  usage,
  run,
};

