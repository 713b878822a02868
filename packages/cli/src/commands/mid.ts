import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, MidTrainer, type MidTrainerConfig, type MixtureSourceConfig } from '@stagecoach/core';
import { DEFAULT_BACKEND, backendNames } from '../resolve-backend.js';
import { absolutePath, numberFlag, readConfigFile } from '../config-file.js';
import { parametersLine, trainingCommand } from './run-training.js';

const usage = `Usage: stagecoach mid --from <checkpoint> [--config mid.json] [options]

Mid-training: continues pre-training a checkpoint on a weighted mixture of corpora (e.g. new material plus
a replay share of the pre-training corpus), optionally with a longer context window or new tokens for a new
language. Options override the fields of the --config file (a JSON MidTrainerConfig; relative paths in it
are resolved from the file's folder).

  --from <dir>              the checkpoint to continue (a checkpoint folder, a run folder: its latest, or a
                            Hugging Face folder)
  --config <file>           JSON config file
  --data <path[@weight]>    a mixture source with its weight (default 1); repeat for several, e.g.
                            --data mid.txt@0.7 --data base.txt@0.3
  --on-source-end <wrap|stop>  a used-up source is read again (default) or left out
  --extend-context <n>      new context length (larger than the checkpoint's)
  --context-method <m>      linear | ntk | yarn (Llama, RoPE scaling; default yarn) or interpolate (GPT-2)
  --vocab-data <path>       text of a new language: learn --add-tokens new tokens on it
  --add-tokens <n>          new tokens appended after the existing ids (embeddings: mean of the old rows)
  --new-rows-steps <n>      first train only the new token rows for n steps, then everything
  --steps <n>               optimizer steps
  --batch-size <n>          sequences per micro-batch (default 8)
  --seq-len <n>             tokens per sequence (default min(256, --extend-context))
  --tokens-per-step <n>     accumulate micro-batches up to this many tokens per step
  --lr <x>                  peak learning rate (default 3e-4; cosine schedule with warmup)
  --eval-every <n>          per-source validation every n steps (default 100; 0 = off)
  --sample-every <n>        print a sample every n steps (default 0 = off)
  --checkpoint-every <n>    checkpoint every n steps (always at the end and on Ctrl-C)
  --out <dir>               output folder for checkpoint-<step> folders
  --metrics <file>          append every event as a JSON line (eval lines hold valLoss/<source>)
  --seed <n>                seed of the mixture sampler and the data order (default 0)
  --resume <checkpoint>     continue exactly from a checkpoint folder (or the latest in an --out folder)
  --overwrite               start afresh in an --out folder that holds an earlier run's checkpoints
  --backend <name>          ${backendNames.join(' | ')} (default node)

Example:
  stagecoach mid --from runs/base --data mid.txt@0.7 --data base.txt@0.3 --extend-context 256 \\
    --context-method linear --seq-len 256 --steps 200 --out runs/mid`;

/** Parses `stagecoach mid` arguments (reading --config) into a MidTrainerConfig; ConfigError on a bad value. */
export async function parseMidArgs(argv: string[], cwd = process.cwd()): Promise<{ config: MidTrainerConfig; backend: string }> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        from: { type: 'string' }, config: { type: 'string' }, data: { type: 'string', multiple: true }, 'on-source-end': { type: 'string' },
        'extend-context': { type: 'string' }, 'context-method': { type: 'string' }, 'vocab-data': { type: 'string' }, 'add-tokens': { type: 'string' },
        'new-rows-steps': { type: 'string' }, steps: { type: 'string' }, 'batch-size': { type: 'string' }, 'seq-len': { type: 'string' },
        'tokens-per-step': { type: 'string' }, lr: { type: 'string' }, 'eval-every': { type: 'string' }, 'sample-every': { type: 'string' },
        'checkpoint-every': { type: 'string' }, out: { type: 'string' }, metrics: { type: 'string' }, seed: { type: 'string' },
        resume: { type: 'string' }, overwrite: { type: 'boolean' }, backend: { type: 'string' },
      },
    }));
  } catch (error) {
    throw new ConfigError(`${(error as Error).message}. Run \`stagecoach mid --help\` for the options.`);
  }
  const file = values.config === undefined ? {} : await readConfigFile(values.config, cwd, ['data']);
  const { backend: fileBackend, ...fileConfig } = file;
  const merged: Partial<MidTrainerConfig> = { ...fileConfig };
  const set = (key: keyof MidTrainerConfig, value: unknown) => {
    if (value !== undefined) Object.assign(merged, { [key]: value });
  };
  set('initFrom', values.from === undefined ? undefined : absolutePath(values.from, cwd));
  set('data', values.data?.map((spec) => mixtureFlag(spec, cwd)));
  set('onSourceEnd', values['on-source-end']);
  const length = numberFlag('extend-context', values['extend-context']);
  const method = values['context-method'];
  if (length !== undefined || method !== undefined) {
    set('extendContext', { ...merged.extendContext, ...(length === undefined ? {} : { length }), ...(method === undefined ? {} : { method }) });
  }
  const addTokens = numberFlag('add-tokens', values['add-tokens']);
  const newRowsSteps = numberFlag('new-rows-steps', values['new-rows-steps']);
  if (values['vocab-data'] !== undefined || addTokens !== undefined || newRowsSteps !== undefined) {
    set('vocabulary', {
      ...merged.vocabulary,
      ...(values['vocab-data'] === undefined ? {} : { data: absolutePath(values['vocab-data'], cwd) }),
      ...(addTokens === undefined ? {} : { addTokens }),
      ...(newRowsSteps === undefined ? {} : { newRowsSteps }),
    });
  }
  set('steps', numberFlag('steps', values.steps));
  set('batchSize', numberFlag('batch-size', values['batch-size']));
  set('seqLen', numberFlag('seq-len', values['seq-len']));
  set('tokensPerStep', numberFlag('tokens-per-step', values['tokens-per-step']));
  set('lr', numberFlag('lr', values.lr));
  set('evalEvery', numberFlag('eval-every', values['eval-every']));
  set('sampleEvery', numberFlag('sample-every', values['sample-every']));
  set('checkpointEvery', numberFlag('checkpoint-every', values['checkpoint-every']));
  set('outDir', values.out === undefined ? undefined : resolve(cwd, values.out));
  set('metricsFile', values.metrics === undefined ? undefined : resolve(cwd, values.metrics));
  set('seed', numberFlag('seed', values.seed));
  set('resumeFrom', values.resume === undefined ? undefined : resolve(cwd, values.resume));
  set('overwrite', values.overwrite);
  if (merged.initFrom === undefined && merged.resumeFrom === undefined) {
    throw new ConfigError('no checkpoint to continue: pass --from <checkpoint folder> (or "initFrom" in --config), or --resume to continue a mid-training run.');
  }
  if (merged.data === undefined) throw new ConfigError('no training data: pass --data <file>[@weight] (repeat for a mixture), or "data" in --config.');
  if (merged.steps === undefined) throw new ConfigError('no step count: pass --steps <n> (or "steps" in --config).');
  const backend = values.backend ?? (typeof fileBackend === 'string' ? fileBackend : DEFAULT_BACKEND);
  return { config: { ...merged, data: merged.data, steps: merged.steps }, backend };
}

/** `path[@weight]` → a mixture source (the weight, when given, must be a number). */
function mixtureFlag(spec: string, cwd: string): MixtureSourceConfig {
  const at = spec.lastIndexOf('@');
  if (at <= 0) return { source: absolutePath(spec, cwd) };
  const weight = numberFlag('data (the weight after @)', spec.slice(at + 1))!;
  return { source: absolutePath(spec.slice(0, at), cwd), weight };
}

export const midCommand = trainingCommand({
  name: 'mid',
  summary: 'mid-train a checkpoint on a data mixture: longer context, a new language, replay against forgetting',
  usage,
  parse: parseMidArgs,
  trainer: (config) => new MidTrainer(config),
  header: ({ config: c }, name) => {
    const total = c.data.reduce((sum, d) => sum + d.weight, 0);
    const mixture = c.data.map((s) => `${s.name} ${(100 * s.weight / total).toFixed(0)}%`).join(' + ');
    return `backend ${name} | mixture ${mixture} | ${c.steps} steps × ${c.accumulationSteps * c.batchSize * c.seqLen} tokens`;
  },
  details: (t) => {
    const m = t.model.config;
    return [parametersLine(t), `model ${m.family} d${m.dModel} L${m.nLayers} ctx${m.contextLength} vocab${m.vocabSize}`
      + `${m.ropeScaling === undefined ? '' : ` | RoPE ${m.ropeScaling.type} ×${m.ropeScaling.factor}`}`];
  },
});
