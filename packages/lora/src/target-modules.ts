import { ConfigError, hfModuleName } from '@stagecoach/core';
import type { Transformer } from '@stagecoach/core';
import type { ResolvedLoraConfig } from './lora-config.js';

/** A linear layer of the model under both of its names. */
export interface LinearModule {
  /** Our name (`layers.0.attn.q`, `lmHead`). */
  name: string;
  /** The Hugging Face module holding it (`model.layers.0.self_attn.q_proj`; GPT-2's q, k, v: `transformer.h.0.attn.c_attn`). */
  hfModule: string;
  /** GPT-2's q, k, v: the output columns of `hfModule` this layer owns. */
  outSlice?: [number, number];
}

/** The output heads: never targeted by `"all-linear"` (as PEFT). */
const HEADS: ReadonlySet<string> = new Set(['lmHead', 'valueHead', 'scoreHead']);

/** Every linear layer of `model`, with its Hugging Face module name. */
export function linearModules(model: Transformer): LinearModule[] {
  return [...model.linears().keys()].map((name) => {
    const { module, outSlice } = hfModuleName(model.config, name);
    return outSlice === undefined ? { name, hfModule: module } : { name, hfModule: module, outSlice };
  });
}

/** PEFT's default targets per family. */
export function defaultTargetModules(model: Transformer): string[] {
  return model.config.family === 'gpt2' ? ['c_attn'] : ['q_proj', 'v_proj'];
}

const endsWithPart = (name: string, target: string): boolean => name === target || name.endsWith(`.${target}`);

/** Whether a target (name or RegExp) picks this layer (PEFT's rule: the full name or a `.`-suffix of it). */
export function matchesModule(module: LinearModule, target: string | RegExp): boolean {
  if (typeof target === 'string') return endsWithPart(module.name, target) || endsWithPart(module.hfModule, target);
  const whole = new RegExp(`^(?:${target.source})$`, target.flags.replace('g', ''));
  return whole.test(module.name) || whole.test(module.hfModule);
}

/**
 * Our names of the layers `config.targetModules` picks, in model order. `ConfigError` naming the
 * target that matches nothing (with the valid names), GPT-2's q/k/v targeted apart, or `r` larger
 * than a layer.
 */
export function resolveTargets(model: Transformer, config: ResolvedLoraConfig): LinearModule[] {
  const modules = linearModules(model);
  const targets = config.targetModules ?? defaultTargetModules(model);
  let picked: LinearModule[];
  if (targets === 'all-linear') {
    picked = modules.filter((m) => !HEADS.has(m.name));
  } else {
    targets.forEach((target, i) => {
      if (!modules.some((m) => matchesModule(m, target))) {
        throw new ConfigError(
          `LoraConfig.targetModules[${i}] (${String(target)}) matches no linear layer of this ${model.config.family} model. ${validNames(modules)}`,
        );
      }
    });
    picked = modules.filter((m) => targets.some((target) => matchesModule(m, target)));
  }
  checkFusedGroups(modules, picked, 'targetModules');
  const layers = model.linears();
  for (const m of picked) {
    const layer = layers.get(m.name)!;
    const limit = Math.min(layer.inFeatures, layer.outFeatures);
    if (config.r > limit) {
      throw new ConfigError(
        `LoraConfig.r (${config.r}) is larger than layer ${m.name} (${m.hfModule}), which maps ${layer.inFeatures} -> ${layer.outFeatures}; ` +
          `use r <= ${limit}.`,
      );
    }
  }
  return picked;
}

/** The layers `config.modulesToSave` names (each must match one or more; none may also be a LoRA target). */
export function resolveModulesToSave(model: Transformer, config: ResolvedLoraConfig, targets: readonly LinearModule[]): LinearModule[] {
  const modules = linearModules(model);
  const picked = new Map<string, LinearModule>();
  config.modulesToSave.forEach((name, i) => {
    const found = modules.filter((m) => matchesModule(m, name));
    if (found.length === 0) {
      const hint = /embed|wte|wpe/.test(name) ? ' Embeddings cannot be saved modules; train chosen rows (e.g. new tokens) with trainableTokenIndices.' : '';
      const tied = /lm_?head/i.test(name) && model.config.tieEmbeddings ? ' This model ties its output head to the embedding, so it has no lm_head of its own.' : '';
      throw new ConfigError(`LoraConfig.modulesToSave[${i}] (${name}) matches no linear layer of this model.${tied}${hint} ${validNames(modules)}`);
    }
    for (const m of found) {
      if (targets.some((t) => t.name === m.name)) {
        throw new ConfigError(`LoraConfig.modulesToSave[${i}] (${name}) picks ${m.hfModule}, which targetModules also picks; a layer gets an adapter or is saved whole, not both.`);
      }
      picked.set(m.name, m);
    }
  });
  const result = [...picked.values()];
  checkFusedGroups(modules, result, 'modulesToSave');
  return result;
}

/** GPT-2's q, k and v live in one Hugging Face module: PEFT adapts (or saves) it whole. */
function checkFusedGroups(modules: readonly LinearModule[], picked: readonly LinearModule[], field: string): void {
  const chosen = new Set(picked.map((m) => m.name));
  for (const m of picked) {
    if (m.outSlice === undefined) continue;
    const group = modules.filter((other) => other.hfModule === m.hfModule);
    const missing = group.filter((other) => !chosen.has(other.name));
    if (missing.length > 0) {
      throw new ConfigError(
        `LoraConfig.${field} picks ${m.name} but not ${missing.map((o) => o.name).join(', ')}: GPT-2 keeps q, k and v in one ` +
          `Hugging Face module (${m.hfModule}), which PEFT adapts as one. Target c_attn, or attn.q, attn.k and attn.v together.`,
      );
    }
  }
}

/** The module names a user may write, for error messages. */
function validNames(modules: readonly LinearModule[]): string {
  const hfLeaves = [...new Set(modules.map((m) => m.hfModule.split('.').pop()!))];
  const ourLeaves = [...new Set(modules.map((m) => m.name.replace(/^layers\.\d+\./, '')))];
  return `Valid names: Hugging Face ${hfLeaves.join(', ')}; ours ${ourLeaves.join(', ')}; or full names such as ` +
    `${modules[0]?.hfModule ?? ''} / ${modules[0]?.name ?? ''}, a RegExp, or "all-linear".`;
}
