import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError } from '@stagecoach/core';
import type { EvalEvent } from '@stagecoach/core';
import { arithmeticChoiceTask, arithmeticTask } from '@stagecoach/eval';
import { SFTTrainer } from '@stagecoach/lora';
import type { LoraConfig, SFTConfig } from '@stagecoach/lora';
import { summaryLines } from '../render/train-progress.js';
import { DEFAULT_BACKEND, backendNames } from '../resolve-backend.js';
import { adapterLine, resumingNote, trainingCommand } from './run-training.js';
import { numberFlag } from '../config-file.js';

const usage = `Usage: stagecoach sft --base <model> --data <file.jsonl> --steps <n> [options]

Supervised fine-tuning: teaches a model to answer prompts with the given responses, with a LoRA adapter
(default) or in full. Loss on the completion / assistant tokens only. Records, one JSON object a line:
{"prompt": "...", "completion": "..."} or {"messages": [{"role": "user", "content": "..."}, ...]}
(rendered with the tokenizer's chat template, else Stagecoach's default).

  --base <dir|url>          the model to fine-tune: a Hugging Face folder or one of our checkpoints
  --data <file.jsonl>       training records
  --valid-data <file>       held-out records: their loss is reported every --eval-every steps
  --steps <n>               optimizer steps
  --batch-size <n>          rows per step (default 8)
  --seq-len <n>             tokens per row (default: the model's context - 1); longer records are cut and counted
  --packing                 pack several records into a row (attention stays inside each record)
  --lr <x>                  learning rate, constant (default 2e-4)
  --lora-r <n>              adapter rank (default 8)
  --lora-alpha <x>          scaling alpha (default 8)
  --lora-dropout <x>        dropout on the adapter input (default 0)
  --target-modules <list>   comma-separated module names (q_proj,v_proj; c_attn; attn.q) or all-linear
  --full                    fine-tune every weight instead of an adapter
  --eval-every <n>          held-out loss (and --eval-task accuracy) every n steps (default 0 = off)
  --eval-task <name>        an @stagecoach/eval task run at each eval: arithmetic | arithmetic-choice;
                            its accuracy and 95% interval go to the progress output and --metrics
  --eval-problems <n>       problems of --eval-task (default 50)
  --eval-seed <n>           seed of --eval-task's problems (default 1000; keep them apart from the training data)
  --eval-max-new-tokens <n> tokens generated per answer (default: 256 or half the context)
  --eval-chat               prompt --eval-task through the chat template (for chat records)
  --checkpoint-every <n>    checkpoint every n steps (always at the end and on Ctrl-C); a checkpoint holds
                            the base, the adapter (adapter/, PEFT format) and the trainer state
  --out <dir>               output folder for checkpoint-<step> folders
  --save-merged             also write the merged model (Hugging Face layout) under merged/ in each checkpoint
  --metrics <file>          append every event as a JSON line
  --seed <n>                seed of the adapter and the data order (default 0)
  --resume <checkpoint>     continue exactly from a checkpoint folder (or the latest in an --out folder)
  --overwrite               start afresh in an --out folder that holds an earlier run's checkpoints
  --backend <name>          ${backendNames.join(' | ')} (default node)

Example:
  stagecoach sft --base ./SmolLM2-135M --data chats.jsonl --steps 200 --lora-r 16 --out runs/sft`;

/** Parses `stagecoach sft` arguments into an SFTConfig; ConfigError on a bad value. */
export function parseSftArgs(argv: string[], cwd = process.cwd()): { config: SFTConfig; backend: string } {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      options: {
        base: { type: 'string' }, data: { type: 'string' }, 'valid-data': { type: 'string' }, steps: { type: 'string' },
        'batch-size': { type: 'string' }, 'seq-len': { type: 'string' }, packing: { type: 'boolean' }, lr: { type: 'string' },
        'lora-r': { type: 'string' }, 'lora-alpha': { type: 'string' }, 'lora-dropout': { type: 'string' }, 'target-modules': { type: 'string' },
        full: { type: 'boolean' }, 'eval-every': { type: 'string' }, 'checkpoint-every': { type: 'string' }, out: { type: 'string' },
        metrics: { type: 'string' }, seed: { type: 'string' }, resume: { type: 'string' }, overwrite: { type: 'boolean' }, backend: { type: 'string' },
        'eval-task': { type: 'string' }, 'eval-problems': { type: 'string' }, 'eval-seed': { type: 'string' },
        'eval-max-new-tokens': { type: 'string' }, 'eval-chat': { type: 'boolean' }, 'save-merged': { type: 'boolean' },
      },
    }));
  } catch (error) {
    throw new ConfigError(`${(error as Error).message}. Run \`stagecoach sft --help\` for the options.`);
  }
  const num = numberFlag;
  const path = (value: string | undefined) => (value === undefined || /^https?:\/\//i.test(value) ? value : resolve(cwd, value));
  if (values.data === undefined) throw new ConfigError('no training data: pass --data <file.jsonl>.');
  if (values.steps === undefined) throw new ConfigError('no step count: pass --steps <n>.');
  if (values.base === undefined && values.resume === undefined) throw new ConfigError('no base model: pass --base <dir|url>.');
  const lora = loraFlags(values);
  const optional: Record<string, unknown> = {
    validData: path(values['valid-data']), batchSize: num('batch-size', values['batch-size']), seqLen: num('seq-len', values['seq-len']),
    packing: values.packing, lr: num('lr', values.lr), evalEvery: num('eval-every', values['eval-every']),
    checkpointEvery: num('checkpoint-every', values['checkpoint-every']), outDir: path(values.out), metricsFile: path(values.metrics),
    seed: num('seed', values.seed), resumeFrom: path(values.resume), overwrite: values.overwrite, initFrom: path(values.base),
    saveMerged: values['save-merged'],
  };
  const taskName = values['eval-task'];
  if (taskName !== undefined && !EVAL_TASKS.includes(taskName)) {
    throw new ConfigError(`--eval-task "${taskName}" is not a task; valid tasks: ${EVAL_TASKS.join(', ')}.`);
  }
  const taskOptions = { count: num('eval-problems', values['eval-problems']) ?? 50, seed: num('eval-seed', values['eval-seed']) ?? 1000 };
  const maxNewTokens = num('eval-max-new-tokens', values['eval-max-new-tokens']);
  optional['evalTask'] = taskName === undefined ? undefined : {
    task: taskName === 'arithmetic' ? arithmeticTask(taskOptions) : arithmeticChoiceTask(taskOptions),
    ...(maxNewTokens === undefined ? {} : { maxNewTokens }),
    ...(values['eval-chat'] === true ? { promptFormat: 'chat' } : {}),
  };
  const config: SFTConfig = { data: path(values.data)!, steps: num('steps', values.steps)!, lora: values.full === true ? false : lora };
  for (const [key, value] of Object.entries(optional)) if (value !== undefined) Object.assign(config, { [key]: value });
  return { config, backend: values.backend ?? DEFAULT_BACKEND };
}

/** The LoRA config of the --lora-r, --lora-alpha, --lora-dropout and --target-modules flags. */
export function loraFlags(values: Record<string, string | boolean | undefined>): LoraConfig {
  const flag = (name: string): string | undefined => (typeof values[name] === 'string' ? values[name] : undefined);
  const targets = flag('target-modules');
  return {
    ...(flag('lora-r') === undefined ? {} : { r: numberFlag('lora-r', flag('lora-r'))! }),
    ...(flag('lora-alpha') === undefined ? {} : { alpha: numberFlag('lora-alpha', flag('lora-alpha'))! }),
    ...(flag('lora-dropout') === undefined ? {} : { dropout: numberFlag('lora-dropout', flag('lora-dropout'))! }),
    ...(targets === undefined ? {} : { targetModules: targets === 'all-linear' ? 'all-linear' : targets.split(',').map((t) => t.trim()) }),
  };
}

const EVAL_TASKS = ['arithmetic', 'arithmetic-choice'];

/** `eval @ 40: held-out loss 1.2345, perplexity 3.44 (512 response tokens) | arithmetic accuracy 34.0% [25.5%, 43.7%] (17/50)`. */
export function sftEvalLine(e: EvalEvent, taskName: string | undefined): string {
  const parts: string[] = [];
  if (e.tokens > 0) parts.push(`held-out loss ${e.valLoss.toFixed(4)}, perplexity ${e.perplexity.toFixed(2)} (${e.tokens} response tokens)`);
  const m = e.metrics;
  if (taskName !== undefined && m['accuracy'] !== undefined) {
    const pct = (x: number | undefined) => `${(100 * (x ?? NaN)).toFixed(1)}%`;
    parts.push(`${taskName} accuracy ${pct(m['accuracy'])} [${pct(m['accuracyLower'])}, ${pct(m['accuracyUpper'])}] (${m['correct']}/${m['problems']})`);
  }
  return `eval @ ${e.step}: ${parts.join(' | ')}`;
}

export const sftCommand = trainingCommand({
  name: 'sft',
  summary: 'fine-tune a model on prompt/response records (LoRA or full), with checkpoints and --resume',
  usage,
  parse: parseSftArgs,
  trainer: (config) => new SFTTrainer(config),
  details: (trainer, backend) => {
    const s = trainer.dataSummary;
    const lines = [`backend ${backend} | ${adapterLine(trainer.lora)} | ${s.examples} examples${resumingNote(trainer)}`];
    if (s.truncated > 0 || s.skipped > 0) {
      lines.push(`${s.truncated} examples cut to the row length (${s.truncatedTokens} tokens); ${s.skipped} skipped (no response token left)`);
    }
    return lines;
  },
  evalLine: (e, trainer) => sftEvalLine(e, trainer.config.evalTask?.task.name),
  summaryBlock: (done, trainer) => {
    // The held-out loss and the task's accuracy as the eval lines show them (no NaN loss without --valid-data).
    const { lastEval, ...rest } = done;
    const lines = summaryLines(rest, trainer.tokensSeen);
    if (lastEval !== undefined) lines.splice(2, 0, `  last eval    ${sftEvalLine(lastEval, trainer.config.evalTask?.task.name).replace(/^eval @ \d+: /, '')}`);
    return lines;
  },
});
