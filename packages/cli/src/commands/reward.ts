import { parseArgs } from 'node:util';
import { ConfigError } from '@stagecoach/core';
import { RewardTrainer } from '@stagecoach/rlhf';
import type { RewardConfig } from '@stagecoach/rlhf';
import { absolutePath, numberFlag, readConfigFile } from '../config-file.js';
import { DEFAULT_BACKEND, backendNames } from '../resolve-backend.js';
import { adapterLine, resumingNote, trainingCommand } from './run-training.js';
import { loraFlags } from './sft.js';

const usage = `Usage: stagecoach reward --base <model> --data <pairs.jsonl> --steps <n> [--out <dir>] [options]

Trains a reward model on preference pairs with the Bradley-Terry loss: the base model gets a scalar score
head (Hugging Face *ForSequenceClassification layout) and learns to score the chosen response above the
rejected one; LoRA (default; the score head is trained in full) or full fine-tuning. Records, one JSON object
a line: {"prompt": "...", "chosen": "...", "rejected": "..."} or {"chosen": [messages], "rejected": [messages]}
(rendered with the tokenizer's chat template, else Stagecoach's default); an optional "margin" per pair.
Options override the fields of the --config file (a JSON RewardConfig; its paths are relative to the file).

  --config <file>           JSON config file
  --base <dir|url>          the model to start from: a Hugging Face folder or one of our checkpoints
  --data <file.jsonl>       training pairs
  --valid-data <file>       held-out pairs: accuracy and loss every --eval-every steps
  --steps <n>               optimizer steps
  --batch-size <n>          pairs per step (default 8)
  --seq-len <n>             longest prompt + response in tokens (default: the model's context); longer pairs are left out
  --lr <x>                  learning rate, constant (default 1e-4)
  --lora-r <n>              adapter rank (default 8)
  --lora-alpha <x>          scaling alpha (default 8)
  --lora-dropout <x>        dropout on the adapter input (default 0)
  --target-modules <list>   comma-separated module names (q_proj,v_proj; c_attn; attn.q) or all-linear
  --full                    fine-tune every weight instead of an adapter
  --eval-every <n>          held-out accuracy and loss every n steps (default 0 = off)
  --checkpoint-every <n>    checkpoint every n steps (always at the end and on Ctrl-C)
  --out <dir>               output folder for checkpoint-<step> folders (RewardModel.load reads them)
  --metrics <file>          append every event as a JSON line
  --seed <n>                seed of the score head, the adapter and the data order (default 0)
  --resume <checkpoint>     continue exactly from a checkpoint folder (or the latest in an --out folder)
  --overwrite               start afresh in an --out folder that holds an earlier run's checkpoints
  --backend <name>          ${backendNames.join(' | ')} (default node)

Example:
  stagecoach reward --base runs/sft/checkpoint-200 --data prefs.jsonl --valid-data held-out.jsonl --steps 300 --eval-every 50 --out runs/reward`;

/** The config fields that hold paths (resolved against a --config file's folder). */
const PATH_FIELDS = ['data', 'validData', 'outDir', 'metricsFile', 'resumeFrom', 'initFrom'];

/** Parses `stagecoach reward` arguments (reading --config) into a RewardConfig; ConfigError on a bad value. */
export async function parseRewardArgs(argv: string[], cwd = process.cwd()): Promise<{ config: RewardConfig; backend: string }> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      options: {
        config: { type: 'string' }, base: { type: 'string' }, data: { type: 'string' }, 'valid-data': { type: 'string' }, steps: { type: 'string' },
        'batch-size': { type: 'string' }, 'seq-len': { type: 'string' }, lr: { type: 'string' },
        'lora-r': { type: 'string' }, 'lora-alpha': { type: 'string' }, 'lora-dropout': { type: 'string' }, 'target-modules': { type: 'string' },
        full: { type: 'boolean' }, 'eval-every': { type: 'string' }, 'checkpoint-every': { type: 'string' }, out: { type: 'string' },
        metrics: { type: 'string' }, seed: { type: 'string' }, resume: { type: 'string' }, overwrite: { type: 'boolean' }, backend: { type: 'string' },
      },
    }));
  } catch (error) {
    throw new ConfigError(`${(error as Error).message}. Run \`stagecoach reward --help\` for the options.`);
  }
  const { backend: fileBackend, ...file } = values.config === undefined ? {} : await readConfigFile(values.config, cwd, PATH_FIELDS);
  const path = (value: string | undefined) => (value === undefined ? undefined : absolutePath(value, cwd));
  const lora = loraFlags(values);
  const flags: Record<string, unknown> = {
    initFrom: path(values.base), data: path(values.data), validData: path(values['valid-data']), steps: numberFlag('steps', values.steps),
    batchSize: numberFlag('batch-size', values['batch-size']), seqLen: numberFlag('seq-len', values['seq-len']), lr: numberFlag('lr', values.lr),
    lora: values.full === true ? false : Object.keys(lora).length > 0 ? { ...(file['lora'] as object | undefined), ...lora } : undefined,
    evalEvery: numberFlag('eval-every', values['eval-every']), checkpointEvery: numberFlag('checkpoint-every', values['checkpoint-every']),
    outDir: path(values.out), metricsFile: path(values.metrics), seed: numberFlag('seed', values.seed), resumeFrom: path(values.resume),
    overwrite: values.overwrite,
  };
  // RewardTrainer checks every field's type and range (ConfigError naming it); here only presence.
  const merged: Partial<RewardConfig> = { ...file };
  for (const [key, value] of Object.entries(flags)) if (value !== undefined) Object.assign(merged, { [key]: value });
  if (merged.data === undefined) throw new ConfigError('no training data: pass --data <pairs.jsonl> (or "data" in --config).');
  if (merged.steps === undefined) throw new ConfigError('no step count: pass --steps <n> (or "steps" in --config).');
  if (merged.initFrom === undefined && merged.resumeFrom === undefined) throw new ConfigError('no base model: pass --base <dir|url> (or "initFrom" in --config).');
  const backend = values.backend ?? (typeof fileBackend === 'string' ? fileBackend : DEFAULT_BACKEND);
  return { config: { ...merged, data: merged.data, steps: merged.steps }, backend };
}

export const rewardCommand = trainingCommand({
  name: 'reward',
  summary: 'train a reward model on preference pairs (Bradley-Terry; LoRA or full), with checkpoints and --resume',
  usage,
  parse: parseRewardArgs,
  trainer: (config) => new RewardTrainer(config),
  details: (trainer, backend) => {
    const s = trainer.dataSummary;
    const lines = [`backend ${backend} | ${adapterLine(trainer.lora, ' + score head')} | ${s.pairs} pairs, ${s.validPairs} held out${resumingNote(trainer)}`];
    if (s.tooLong > 0) lines.push(`${s.tooLong} pairs left out: a side is longer than ${trainer.config.seqLen || 'the context'} tokens`);
    return lines;
  },
  evalLine: (e) => `eval @ ${e.step}: held-out accuracy ${e.metrics['accuracy']!.toFixed(3)}, loss ${e.valLoss.toFixed(4)} `
    + `(mean reward chosen ${e.metrics['meanChosen']!.toFixed(3)}, rejected ${e.metrics['meanRejected']!.toFixed(3)})`,
});
