import { ConfigError } from '@stagecoach/core';

/**
 * How A and B start. `kaiming` (PEFT's default, `init_lora_weights=True`): A ~ U(-1/√in, 1/√in)
 * (Kaiming-uniform with a = √5), B = 0. `gaussian` (PEFT's `"gaussian"`): A ~ N(0, 1/r²), B = 0.
 * With B = 0 the adapted model starts equal to the base. `random` (PEFT's `init_lora_weights=False`):
 * A and B both Kaiming-uniform, so the adapter changes the model from the start (for tests).
 */
export type LoraInit = 'kaiming' | 'gaussian' | 'random';

/** A LoRA adapter (Hu et al., 2021): which linear layers get one, its rank and scaling. */
export interface LoraConfig {
  /** Rank of A `[r, in]` and B `[out, r]`. Default 8. */
  r?: number;
  /** α: the update is scaled by `alpha / r` (`alpha / √r` with `useRsLora`). Default 8 (PEFT's). */
  alpha?: number;
  /** Dropout on the adapter's input while training (`LoraModel.train()`). Default 0. */
  dropout?: number;
  /**
   * Which linear layers get an adapter:
   * - names, each matching a layer by its full name or a `.`-separated suffix, in our names
   *   (`attn.q`, `mlp.up`, `layers.0.attn.o`, `lmHead`) or Hugging Face module names (`q_proj`,
   *   `self_attn.v_proj`, `model.layers.0.mlp.down_proj`; GPT-2: `c_attn`, `c_proj`, `c_fc`);
   * - a `RegExp`, matched against the whole of either name;
   * - `"all-linear"`: every linear layer but the output head (as PEFT).
   * GPT-2's q, k and v are one Hugging Face module (`c_attn`): they are adapted together.
   * Default: PEFT's defaults, `["q_proj", "v_proj"]` for Llama/Qwen2, `["c_attn"]` for GPT-2.
   */
  targetModules?: ReadonlyArray<string | RegExp> | 'all-linear';
  /** Rank-stabilised LoRA (Kalajdzievski, 2023): scale by `alpha / √r`. Default false. */
  useRsLora?: boolean;
  /** Initialisation of A and B. Default `kaiming`. */
  init?: LoraInit;
  /**
   * Layers trained in full beside the adapter (a trainable copy; the original stays for the disabled
   * model), e.g. `["lm_head"]` of an untied model. Linear layers only. Default none.
   */
  modulesToSave?: readonly string[];
  /**
   * Token ids whose embedding rows are trained apart from the frozen rest (PEFT's
   * `trainable_token_indices`), e.g. chat-marker tokens added with `resizeVocabulary`. A tied output
   * head uses the trained rows too; train an untied head with `modulesToSave: ["lm_head"]`. Default none.
   */
  trainableTokenIndices?: readonly number[];
  /** Seed of A's (and with `random`, B's) initialisation. Default 0. */
  seed?: number;
}

/** A {@link LoraConfig} with every default filled in (`targetModules` still as given, or undefined for the family default). */
export interface ResolvedLoraConfig {
  r: number;
  alpha: number;
  dropout: number;
  targetModules: ReadonlyArray<string | RegExp> | 'all-linear' | undefined;
  useRsLora: boolean;
  init: LoraInit;
  modulesToSave: readonly string[];
  trainableTokenIndices: readonly number[];
  seed: number;
  /** `alpha / r`, or `alpha / √r` with `useRsLora`. */
  scale: number;
}

const FIELDS: ReadonlySet<string> = new Set(['r', 'alpha', 'dropout', 'targetModules', 'useRsLora', 'init', 'modulesToSave', 'trainableTokenIndices', 'seed']);
const INITS: readonly LoraInit[] = ['kaiming', 'gaussian', 'random'];

/** Fills in defaults and validates; `ConfigError` naming the field otherwise. */
export function resolveLoraConfig(config: LoraConfig = {}): ResolvedLoraConfig {
  for (const key of Object.keys(config)) {
    if (!FIELDS.has(key)) throw new ConfigError(`LoraConfig.${key} is not a LoRA option. Options: ${[...FIELDS].join(', ')}.`);
  }
  const r = config.r ?? 8;
  if (!Number.isInteger(r) || r <= 0) throw new ConfigError(`LoraConfig.r must be a positive integer; got ${String(r)}.`);
  const alpha = config.alpha ?? 8;
  if (typeof alpha !== 'number' || !Number.isFinite(alpha) || alpha <= 0) {
    throw new ConfigError(`LoraConfig.alpha must be a positive number; got ${String(alpha)}.`);
  }
  const dropout = config.dropout ?? 0;
  if (typeof dropout !== 'number' || !(dropout >= 0 && dropout < 1)) {
    throw new ConfigError(`LoraConfig.dropout must be in [0, 1); got ${String(dropout)}.`);
  }
  const useRsLora = config.useRsLora ?? false;
  if (typeof useRsLora !== 'boolean') throw new ConfigError(`LoraConfig.useRsLora must be true or false; got ${String(useRsLora)}.`);
  const init = config.init ?? 'kaiming';
  if (!INITS.includes(init)) throw new ConfigError(`LoraConfig.init must be one of ${INITS.join(', ')}; got ${String(init)}.`);
  const seed = config.seed ?? 0;
  if (!Number.isInteger(seed)) throw new ConfigError(`LoraConfig.seed must be an integer; got ${String(seed)}.`);
  const targetModules = config.targetModules;
  if (targetModules !== undefined && targetModules !== 'all-linear') {
    if (!Array.isArray(targetModules) || targetModules.length === 0) {
      throw new ConfigError('LoraConfig.targetModules must be "all-linear" or a non-empty list of module names or RegExps.');
    }
    targetModules.forEach((t, i) => {
      if (!(t instanceof RegExp) && (typeof t !== 'string' || t.length === 0)) {
        throw new ConfigError(`LoraConfig.targetModules[${i}] must be a module name or a RegExp; got ${JSON.stringify(t)}.`);
      }
    });
  }
  const modulesToSave = config.modulesToSave ?? [];
  if (!Array.isArray(modulesToSave) || modulesToSave.some((m) => typeof m !== 'string' || m.length === 0)) {
    throw new ConfigError(`LoraConfig.modulesToSave must be a list of module names; got ${JSON.stringify(modulesToSave)}.`);
  }
  const trainableTokenIndices = config.trainableTokenIndices ?? [];
  if (!Array.isArray(trainableTokenIndices)) {
    throw new ConfigError(`LoraConfig.trainableTokenIndices must be a list of token ids; got ${JSON.stringify(trainableTokenIndices)}.`);
  }
  trainableTokenIndices.forEach((id, i) => {
    if (!Number.isInteger(id) || id < 0) throw new ConfigError(`LoraConfig.trainableTokenIndices[${i}] must be a token id (an integer >= 0); got ${JSON.stringify(id)}.`);
    if (trainableTokenIndices.indexOf(id) !== i) throw new ConfigError(`LoraConfig.trainableTokenIndices[${i}] repeats token ${id}; list each token once.`);
  });
  const scale = useRsLora ? alpha / Math.sqrt(r) : alpha / r;
  return { r, alpha, dropout, targetModules, useRsLora, init, modulesToSave, trainableTokenIndices, seed, scale };
}
