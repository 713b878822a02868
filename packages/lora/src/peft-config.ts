import { CheckpointError, hfTensorRules } from '@stagecoach/core';
import type { Transformer } from '@stagecoach/core';
import type { LoraConfig } from './lora-config.js';
import type { LoraModel } from './lora-model.js';
import type { LinearModule } from './target-modules.js';
import { linearModules } from './target-modules.js';

/** The `adapter_config.json` fields Stagecoach writes and reads (PEFT's `LoraConfig`). */
export interface PeftAdapterConfig {
  peft_type: 'LORA';
  task_type: 'CAUSAL_LM';
  base_model_name_or_path: string | null;
  r: number;
  lora_alpha: number;
  lora_dropout: number;
  target_modules: string[];
  use_rslora: boolean;
  modules_to_save: string[] | null;
  /** Token ids whose input-embedding rows are trained (`LoraConfig.trainableTokenIndices`). */
  trainable_token_indices: number[] | null;
  bias: 'none';
  fan_in_fan_out: boolean;
  init_lora_weights: boolean | 'gaussian';
  inference_mode: boolean;
  use_dora: false;
  layers_to_transform: null;
  layers_pattern: null;
  rank_pattern: Record<string, never>;
  alpha_pattern: Record<string, never>;
}

/** `adapter_config.json` of an adapted model. */
export function peftConfigOf(lora: LoraModel, baseModelNameOrPath: string | null): PeftAdapterConfig {
  const { config, model } = lora;
  const all = linearModules(model);
  return {
    peft_type: 'LORA',
    task_type: 'CAUSAL_LM',
    base_model_name_or_path: baseModelNameOrPath,
    r: config.r,
    lora_alpha: config.alpha,
    lora_dropout: config.dropout,
    target_modules: hfTargetNames(all, lora.modules.targets),
    use_rslora: config.useRsLora,
    modules_to_save: lora.modules.saved.length === 0 ? null : hfTargetNames(all, lora.modules.saved),
    trainable_token_indices: lora.trainableTokens === undefined ? null : [...lora.trainableTokens.indices],
    bias: 'none',
    // GPT-2's Conv1D stores weights [in, out]; PEFT needs to know to transpose the update when merging.
    fan_in_fan_out: model.config.family === 'gpt2',
    init_lora_weights: config.init === 'gaussian' ? 'gaussian' : config.init === 'kaiming',
    inference_mode: true,
    use_dora: false,
    layers_to_transform: null,
    layers_pattern: null,
    rank_pattern: {},
    alpha_pattern: {},
  };
}

/** The Hugging Face module of the token embedding: `model.embed_tokens` (Llama, Qwen2), `transformer.wte` (GPT-2). */
export function embeddingModule(model: Transformer): string {
  const rule = hfTensorRules(model.config).find((r) => r.internal[0] === 'embed.weight')!;
  return rule.hfName.replace(/\.weight$/, '');
}

/**
 * The Hugging Face names that pick exactly `picked` under PEFT's suffix rule: the short module names
 * (`q_proj`, `c_attn`) when they pick nothing else, else the full module names.
 */
function hfTargetNames(all: readonly LinearModule[], picked: readonly LinearModule[]): string[] {
  const chosen = new Set(picked.map((m) => m.hfModule));
  const leaves = [...new Set(picked.map((m) => m.hfModule.split('.').pop()!))].sort();
  const byLeaves = new Set(all.filter((m) => leaves.some((leaf) => m.hfModule.endsWith(`.${leaf}`) || m.hfModule === leaf)).map((m) => m.hfModule));
  if (byLeaves.size === chosen.size && [...byLeaves].every((m) => chosen.has(m))) return leaves;
  return [...chosen];
}

/**
 * A {@link LoraConfig} from the parsed `adapter_config.json` at `where`. `CheckpointError` naming the
 * field for what Stagecoach cannot load (DoRA, per-layer ranks, LoRA biases, another PEFT method).
 */
export function loraConfigFromPeft(json: Record<string, unknown>, where: string): LoraConfig {
  const fail = (field: string, why: string): never => {
    throw new CheckpointError(`${where}: ${field} ${why}`);
  };
  if (json['peft_type'] !== 'LORA') fail('peft_type', `is ${JSON.stringify(json['peft_type'])}; only "LORA" adapters load here.`);
  const task = json['task_type'];
  if (task !== undefined && task !== null && task !== 'CAUSAL_LM') fail('task_type', `is ${JSON.stringify(task)}; only "CAUSAL_LM" adapters load here.`);
  const number = (field: string, fallback?: number): number => {
    const value = json[field] ?? fallback;
    if (typeof value !== 'number' || !Number.isFinite(value)) return fail(field, `must be a number; got ${JSON.stringify(value)}.`);
    return value;
  };
  for (const [field, unsupported] of [
    ['use_dora', (v: unknown) => v === true],
    ['lora_bias', (v: unknown) => v === true],
    ['bias', (v: unknown) => v !== undefined && v !== null && v !== 'none'],
    ['rank_pattern', (v: unknown) => v !== undefined && v !== null && Object.keys(v as object).length > 0],
    ['alpha_pattern', (v: unknown) => v !== undefined && v !== null && Object.keys(v as object).length > 0],
    ['layers_to_transform', (v: unknown) => v !== undefined && v !== null],
  ] as const) {
    if (unsupported(json[field])) fail(field, `is ${JSON.stringify(json[field])}, which Stagecoach does not support (plain LoRA only).`);
  }
  const targets = json['target_modules'];
  let targetModules: LoraConfig['targetModules'];
  if (typeof targets === 'string') {
    targetModules = targets === 'all-linear' ? 'all-linear' : [new RegExp(targets)]; // PEFT: a string is a full-match regex
  } else if (Array.isArray(targets) && targets.length > 0 && targets.every((t) => typeof t === 'string')) {
    targetModules = targets as string[];
  } else {
    return fail('target_modules', `must be a module name list or a regex string; got ${JSON.stringify(targets)}.`);
  }
  const saved = json['modules_to_save'];
  if (saved !== undefined && saved !== null && !(Array.isArray(saved) && saved.every((s) => typeof s === 'string'))) {
    fail('modules_to_save', `must be a list of module names or null; got ${JSON.stringify(saved)}.`);
  }
  return {
    r: number('r'),
    alpha: number('lora_alpha', 8),
    dropout: number('lora_dropout', 0),
    targetModules,
    useRsLora: json['use_rslora'] === true,
    modulesToSave: (saved as string[] | null | undefined) ?? [],
    ...trainableTokenIndices(json['trainable_token_indices'], fail),
  };
}

/**
 * `trainable_token_indices`: a list of ids (the input embedding), or `{ "embed_tokens": [ids] }` naming
 * the input embedding only (other layers' rows are not supported).
 */
function trainableTokenIndices(value: unknown, fail: (field: string, why: string) => never): Pick<LoraConfig, 'trainableTokenIndices'> {
  if (value === undefined || value === null) return {};
  const ids = (list: unknown): number[] => {
    if (!Array.isArray(list) || !list.every((id) => Number.isInteger(id))) return fail('trainable_token_indices', `must list token ids; got ${JSON.stringify(list)}.`);
    return list as number[];
  };
  if (Array.isArray(value)) return { trainableTokenIndices: ids(value) };
  if (typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length === 1 && /(^|\.)(embed_tokens|wte)$/.test(entries[0]![0])) return { trainableTokenIndices: ids(entries[0]![1]) };
  }
  return fail('trainable_token_indices', `is ${JSON.stringify(value)}; Stagecoach trains rows of the input embedding only (a list of ids, or { "embed_tokens": [ids] }).`);
}
