import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { ConfigError } from '@stagecoach/core';
import type { LoraConfig } from '@stagecoach/lora';
import { mathReward } from '@stagecoach/rlhf';
import type { RLOptions, RLTrainer, ResolvedRLOptions, RewardFunction } from '@stagecoach/rlhf';
import type { Command } from '../command.js';
import { DEFAULT_BACKEND, backendNames } from '../resolve-backend.js';
import { adapterLine, resumingNote, trainingCommand } from './run-training.js';
import { absolutePath, numberFlag, readConfigFile } from '../config-file.js';

/** A command-line flag of an RL command and the config field it sets. */
export interface RLFlag {
  flag: string;
  field: string;
  kind: 'number' | 'string' | 'path' | 'boolean';
  help: string;
}

/** The flags `stagecoach grpo` and `stagecoach ppo` share. */
const COMMON_FLAGS: RLFlag[] = [
  { flag: 'base', field: 'initFrom', kind: 'path', help: 'the model to start from: a model folder, or an SFT run / checkpoint (its adapter is merged)' },
  { flag: 'prompts', field: 'prompts', kind: 'path', help: 'prompt records, JSONL: {"prompt": ..., "answer": ...} or {"messages": [...]}' },
  { flag: 'steps', field: 'steps', kind: 'number', help: 'iterations (rollouts + update)' },
  { flag: 'prompts-per-step', field: 'promptsPerStep', kind: 'number', help: 'prompts per iteration (default 8)' },
  { flag: 'max-new-tokens', field: 'maxNewTokens', kind: 'number', help: 'new tokens per response at most (default 64)' },
  { flag: 'temperature', field: 'temperature', kind: 'number', help: 'sampling temperature (default 1)' },
  { flag: 'top-k', field: 'topK', kind: 'number', help: 'sample among the top-k tokens (default 0 = all)' },
  { flag: 'top-p', field: 'topP', kind: 'number', help: 'nucleus sampling threshold (default 1)' },
  { flag: 'kl-coef', field: 'klCoef', kind: 'number', help: 'weight of the KL to the reference' },
  { flag: 'kl-limit', field: 'klLimit', kind: 'number', help: 'stop when the KL to the reference passes this, in nats per response (default 50)' },
  { flag: 'lr', field: 'lr', kind: 'number', help: 'learning rate (default 1e-4 LoRA, 1e-5 full)' },
  { flag: 'epochs', field: 'epochs', kind: 'number', help: 'passes over each iteration\'s samples' },
  { flag: 'mini-batch-size', field: 'miniBatchSize', kind: 'number', help: 'samples per optimizer step (default: all)' },
  { flag: 'micro-batch-size', field: 'microBatchSize', kind: 'number', help: 'samples per forward pass (gradient accumulation)' },
  { flag: 'clip-range', field: 'clipRange', kind: 'number', help: 'PPO clip range of the policy ratio (default 0.2)' },
  { flag: 'checkpoint-every', field: 'checkpointEvery', kind: 'number', help: 'checkpoint every n steps (always at the end and on Ctrl-C)' },
  { flag: 'out', field: 'outDir', kind: 'path', help: 'output folder for checkpoint-<step> folders' },
  { flag: 'metrics', field: 'metricsFile', kind: 'path', help: 'append every event as a JSON line' },
  { flag: 'seed', field: 'seed', kind: 'number', help: 'seed of the adapter, the prompt order and the sampler (default 0)' },
  { flag: 'resume', field: 'resumeFrom', kind: 'path', help: 'continue exactly from a checkpoint (or the latest in an --out folder)' },
  { flag: 'overwrite', field: 'overwrite', kind: 'boolean', help: 'start afresh in an --out folder that holds an earlier run' },
];

/** Config fields that hold paths (resolved against the --config file's folder). */
const PATH_FIELDS = ['initFrom', 'prompts', 'outDir', 'metricsFile', 'resumeFrom', 'rewardModule', 'criticInitFrom'];

/** What `stagecoach grpo|ppo` needs to know about its trainer. */
export interface RLCommandSpec<C extends RLOptions> {
  name: 'grpo' | 'ppo';
  summary: string;
  description: string;
  /** The trainer's own flags. */
  flags: RLFlag[];
  example: string;
  create(config: C): RLTrainer<ResolvedRLOptions>;
}

function usageOf(spec: Omit<RLCommandSpec<RLOptions>, 'create'>): string {
  const placeholder = { number: ' <n>', string: ' <text>', path: ' <path>', boolean: '' };
  const line = (f: RLFlag) => `  --${`${f.flag}${placeholder[f.kind]}`.padEnd(24)}${f.help}`;
  return [
    `Usage: stagecoach ${spec.name} [--config run.json] --base <model> --prompts <file.jsonl> --reward math|--reward-module <file.js> --steps <n> [options]`,
    '',
    spec.description,
    'Options override the fields of the --config file (a JSON config; relative paths in it are relative to it).',
    '',
    `  --${'config <file>'.padEnd(24)}JSON config file`,
    `  --${'reward <name>'.padEnd(24)}built-in reward: math (1 if the answer equals the record's "answer", 0 if not, -0.1 if none)`,
    `  --${'reward-module <file.js>'.padEnd(24)}a module exporting the reward function (default export or "reward")`,
    ...[...COMMON_FLAGS, ...spec.flags].map(line),
    `  --${'lora-r <n>'.padEnd(24)}adapter rank (default 8)`,
    `  --${'lora-alpha <x>'.padEnd(24)}scaling alpha (default 8)`,
    `  --${'target-modules <list>'.padEnd(24)}comma-separated module names, or all-linear`,
    `  --${'full'.padEnd(24)}train every weight instead of an adapter (the reference is a frozen copy)`,
    `  --${'backend <name>'.padEnd(24)}${backendNames.join(' | ')} (default node)`,
    '',
    'Example:',
    `  ${spec.example}`,
  ].join('\n');
}

/** A parsed `stagecoach grpo|ppo` command line: the config (reward resolved later), the reward choice and the backend. */
export interface ParsedRLArgs {
  config: Record<string, unknown>;
  reward: { builtin: string } | { module: string };
  backend: string;
}

/** Parses the command line (reading --config); ConfigError on a bad value. The trainer checks the fields' ranges. */
export async function parseRLArgs(spec: Pick<RLCommandSpec<RLOptions>, 'name' | 'flags'>, argv: string[], cwd = process.cwd()): Promise<ParsedRLArgs> {
  const flags = [...COMMON_FLAGS, ...spec.flags];
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      options: {
        config: { type: 'string' }, reward: { type: 'string' }, 'reward-module': { type: 'string' }, 'lora-r': { type: 'string' },
        'lora-alpha': { type: 'string' }, 'target-modules': { type: 'string' }, full: { type: 'boolean' }, backend: { type: 'string' },
        ...Object.fromEntries(flags.map((f) => [f.flag, { type: f.kind === 'boolean' ? 'boolean' as const : 'string' as const }])),
      },
    }));
  } catch (error) {
    throw new ConfigError(`${(error as Error).message}. Run \`stagecoach ${spec.name} --help\` for the options.`);
  }
  const config = values.config === undefined ? {} : await readConfigFile(String(values.config), cwd, PATH_FIELDS);
  for (const f of flags) {
    const value = values[f.flag];
    if (value === undefined) continue;
    config[f.field] = f.kind === 'number' ? numberFlag(f.flag, String(value))! : f.kind === 'path' ? absolutePath(String(value), cwd) : value;
  }
  const lora = loraOf(values, config['lora']);
  if (lora !== undefined) config['lora'] = lora;
  const rewardModule = values['reward-module'] === undefined ? config['rewardModule'] : absolutePath(String(values['reward-module']), cwd);
  const builtin = values.reward ?? config['reward'];
  delete config['rewardModule'];
  delete config['reward'];
  if (builtin !== undefined && rewardModule !== undefined) throw new ConfigError('give either --reward or --reward-module, not both.');
  if (config['prompts'] === undefined) throw new ConfigError('no prompts: pass --prompts <file.jsonl> (or "prompts" in --config).');
  if (config['steps'] === undefined) throw new ConfigError('no step count: pass --steps <n> (or "steps" in --config).');
  if (config['initFrom'] === undefined && config['resumeFrom'] === undefined) throw new ConfigError('no starting model: pass --base <dir> (or "initFrom" in --config).');
  const { backend: fileBackend } = config;
  delete config['backend'];
  const backend = typeof values.backend === 'string' ? values.backend : typeof fileBackend === 'string' ? fileBackend : DEFAULT_BACKEND;
  if (typeof rewardModule === 'string') return { config, reward: { module: rewardModule }, backend };
  if (typeof builtin === 'string') return { config, reward: { builtin }, backend };
  throw new ConfigError('no reward: pass --reward math (checks the record\'s "answer") or --reward-module <file.js> exporting a reward function.');
}

/** The reward function the command line names. */
export async function resolveReward(choice: ParsedRLArgs['reward']): Promise<RewardFunction> {
  if ('builtin' in choice) {
    if (choice.builtin === 'math') return mathReward();
    throw new ConfigError(`--reward ${choice.builtin}: unknown built-in reward; valid: math. For your own, use --reward-module <file.js>.`);
  }
  let module: Record<string, unknown>;
  try {
    module = (await import(pathToFileURL(choice.module).href)) as Record<string, unknown>;
  } catch (error) {
    throw new ConfigError(`--reward-module: cannot import ${choice.module} (${(error as Error).message}).`, { cause: error });
  }
  const reward = module['default'] ?? module['reward'];
  if (typeof reward !== 'function') {
    throw new ConfigError(`--reward-module: ${choice.module} exports no function as default or "reward"; export (prompt, response, record) => number.`);
  }
  return reward as RewardFunction;
}

/** The `stagecoach grpo|ppo` command of a trainer. */
export function rlCommand<C extends RLOptions>(spec: RLCommandSpec<C>): Command {
  return trainingCommand({
    name: spec.name,
    summary: spec.summary,
    usage: usageOf(spec),
    parse: async (argv) => {
      const parsed = await parseRLArgs(spec, argv);
      // The trainer checks every field's type and range (ConfigError naming it).
      return { config: { ...parsed.config, reward: await resolveReward(parsed.reward) } as C, backend: parsed.backend };
    },
    trainer: spec.create,
    stepName: 'iteration',
    details: (trainer, backend) => [`backend ${backend} | ${spec.name} | ${adapterLine(trainer.lora)}${resumingNote(trainer)}`],
    stepMetrics: (e) => ({ reward: e.metrics.rewardMean ?? NaN, kl: e.metrics.kl ?? NaN }),
  });
}

function loraOf(values: Record<string, string | boolean | undefined>, fromFile: unknown): LoraConfig | false | undefined {
  if (values.full === true) return false;
  const targets = values['target-modules'];
  const flags: LoraConfig = {
    ...(values['lora-r'] === undefined ? {} : { r: numberFlag('lora-r', String(values['lora-r']))! }),
    ...(values['lora-alpha'] === undefined ? {} : { alpha: numberFlag('lora-alpha', String(values['lora-alpha']))! }),
    ...(typeof targets !== 'string' ? {} : { targetModules: targets === 'all-linear' ? 'all-linear' : targets.split(',').map((t) => t.trim()) }),
  };
  if (Object.keys(flags).length === 0) return undefined;
  return { ...(typeof fromFile === 'object' && fromFile !== null ? fromFile : {}), ...flags };
}
