import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, Pretrainer, type PretrainerConfig } from '@stagecoach/core';
import { absolutePath, numberFlag, readConfigFile } from '../config-file.js';
import { trainingCommand } from './run-training.js';
import { DEFAULT_BACKEND, backendNames } from '../resolve-backend.js';

export { resumeChangesLine, resumeCommand } from './run-training.js';

const usage = `Usage: stagecoach pretrain [--config run.json] [options]

Pre-trains a language model from random weights on a text corpus (next-token prediction).
Options override the fields of the --config file (a JSON PretrainerConfig; relative paths in it are
resolved from the file's folder).

  --config <file>           JSON config file
  --data <path|url>         training corpus: .txt (one document) or .jsonl (one {"text": ...} per line);
                            repeat for several files
  --validation-data <path>  separate validation corpus (default: hold out 5% of the training windows)
  --field <name>            JSONL field holding the text (default "text")
  --preset <name>           model preset, e.g. gpt2-tiny, llama-tiny, gpt2-small-lab, llama-small
  --steps <n>               optimizer steps
  --batch-size <n>          sequences per micro-batch (default 8)
  --seq-len <n>             tokens per sequence (default min(256, context length))
  --tokens-per-step <n>     accumulate micro-batches up to this many tokens per step
  --lr <x>                  peak learning rate (default 1e-3; cosine schedule with warmup)
  --eval-every <n>          validation every n steps (default 100; 0 = off)
  --sample-every <n>        print a sample every n steps (default 0 = off)
  --checkpoint-every <n>    checkpoint every n steps (always at the end and on Ctrl-C)
  --out <dir>               output folder for checkpoint-<step> folders (default with --resume: the folder
                            that holds the resumed checkpoint; else nothing is saved)
  --metrics <file>          append every event as a JSON line
  --seed <n>                seed of the weights and the data order (default 0)
  --resume <checkpoint>     continue from a checkpoint folder (or the latest in an --out folder); refused when
                            the model, data order, tokenizer or corpus (size, content hash) changed; a changed
                            --lr, --batch-size or --tokens-per-step is accepted and printed
  --overwrite               start afresh in an --out folder that holds an earlier run's checkpoints (deletes them)
                            One run per --out folder: a second run (or --overwrite) while one runs is refused.
  --backend <name>          ${backendNames.join(' | ')} (default node: native kernels, else wasm)

Example:
  stagecoach pretrain --data examples/pretrain-text/data/corpus.txt --preset gpt2-tiny --steps 300 --out runs/tiny`;

/** The parsed command line: a Pretrainer config plus the backend name. */
export interface PretrainArgs {
  config: PretrainerConfig;
  backend: string;
}

/** Parses `stagecoach pretrain` arguments (reading --config) into a config; ConfigError on a bad value. */
export async function parsePretrainArgs(argv: string[], cwd = process.cwd()): Promise<PretrainArgs> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        config: { type: 'string' }, data: { type: 'string', multiple: true }, 'validation-data': { type: 'string', multiple: true },
        field: { type: 'string' }, preset: { type: 'string' }, steps: { type: 'string' }, 'batch-size': { type: 'string' },
        'seq-len': { type: 'string' }, 'tokens-per-step': { type: 'string' }, lr: { type: 'string' }, 'eval-every': { type: 'string' },
        'sample-every': { type: 'string' }, 'checkpoint-every': { type: 'string' }, out: { type: 'string' }, metrics: { type: 'string' },
        seed: { type: 'string' }, resume: { type: 'string' }, overwrite: { type: 'boolean' }, backend: { type: 'string' },
      },
    }));
  } catch (error) {
    throw new ConfigError(`${(error as Error).message}. Run \`stagecoach pretrain --help\` for the options.`);
  }
  const file = values.config === undefined ? {} : await readConfigFile(values.config, cwd, ['data', 'validationData']);
  const paths = (list: string[] | undefined) => (list === undefined ? undefined : list.length === 1 ? absolutePath(list[0]!, cwd) : list.map((p) => absolutePath(p, cwd)));
  const flags: Record<string, unknown> = {
    data: paths(values.data),
    validationData: paths(values['validation-data']),
    textField: values.field,
    model: values.preset,
    steps: numberFlag('steps', values.steps),
    batchSize: numberFlag('batch-size', values['batch-size']),
    seqLen: numberFlag('seq-len', values['seq-len']),
    tokensPerStep: numberFlag('tokens-per-step', values['tokens-per-step']),
    lr: numberFlag('lr', values.lr),
    evalEvery: numberFlag('eval-every', values['eval-every']),
    sampleEvery: numberFlag('sample-every', values['sample-every']),
    checkpointEvery: numberFlag('checkpoint-every', values['checkpoint-every']),
    outDir: values.out === undefined ? undefined : resolve(cwd, values.out),
    metricsFile: values.metrics === undefined ? undefined : resolve(cwd, values.metrics),
    seed: numberFlag('seed', values.seed),
    resumeFrom: values.resume === undefined ? undefined : resolve(cwd, values.resume),
    overwrite: values.overwrite,
  };
  const { backend: fileBackend, ...fileConfig } = file;
  // The Pretrainer checks every field's type and range (ConfigError naming it); here only presence.
  const merged: Partial<PretrainerConfig> = { ...fileConfig };
  for (const [key, value] of Object.entries(flags)) if (value !== undefined) Object.assign(merged, { [key]: value });
  // A --preset replaces the model; a model object in the file keeps its overrides only without --preset.
  if (merged.data === undefined) {
    throw new ConfigError('no training data: pass --data <file.txt|file.jsonl> (or "data" in --config). '
      + 'Try the sample corpus: --data examples/pretrain-text/data/corpus.txt');
  }
  if (merged.model === undefined) throw new ConfigError('no model: pass --preset <name> (e.g. gpt2-tiny) or "model" in --config.');
  if (merged.steps === undefined) throw new ConfigError('no step count: pass --steps <n> (or "steps" in --config).');
  const backend = values.backend ?? (typeof fileBackend === 'string' ? fileBackend : DEFAULT_BACKEND);
  return { config: { ...merged, data: merged.data, model: merged.model, steps: merged.steps }, backend };
}

export const pretrainCommand = trainingCommand({
  name: 'pretrain',
  summary: 'pre-train a model from random weights on a text corpus',
  usage,
  parse: parsePretrainArgs,
  trainer: (config) => new Pretrainer(config),
  header: (trainer, name) => {
    const c = trainer.config;
    return `backend ${name} | model ${describeModel(trainer)} | ${c.steps} steps × ${c.accumulationSteps * c.batchSize * c.seqLen} tokens`;
  },
});

function describeModel(trainer: Pretrainer): string {
  const m = trainer.config.model;
  return `${m.family} d${m.dModel} L${m.nLayers} H${m.nHeads} ctx${m.contextLength} vocab${m.vocabSize}`;
}
