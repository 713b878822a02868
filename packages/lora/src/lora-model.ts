import { ConfigError, SeededRandom, tf } from '@stagecoach/core';
import type { LinearLayer, Transformer } from '@stagecoach/core';
import { resolveLoraConfig } from './lora-config.js';
import type { LoraConfig, ResolvedLoraConfig } from './lora-config.js';
import { LoraLinear, SavedLinear } from './lora-linear.js';
import { TrainableTokens } from './trainable-tokens.js';
import { resolveModulesToSave, resolveTargets } from './target-modules.js';
import type { LinearModule } from './target-modules.js';

/** Stream of the default dropout generator, apart from the initialisation's. */
const DROPOUT_STREAM = 0x64726f70;

/** Trainable and total parameter counts of an adapted model. */
export interface ParameterCounts {
  /** Parameters the optimizer updates: A, B and the saved modules' copies. */
  trainable: number;
  /** Base parameters plus the adapter's. */
  total: number;
  /** `100 · trainable / total`. */
  percent: number;
}

/**
 * A transformer with LoRA adapters in place (made by {@link applyLora}). The base weights are frozen
 * (`trainable = false`); {@link trainableParams} holds only A, B and the saved modules' copies. The
 * model itself (`.model`) runs with the adapters: its `forward`, `loss` and `generate` are the
 * adapted model's.
 */
export class LoraModel {
  /** The adapted layers by our name (`layers.0.attn.q`). */
  readonly layers: ReadonlyMap<string, LoraLinear>;
  /** The layers trained in full (`modulesToSave`) by our name. */
  readonly savedModules: ReadonlyMap<string, SavedLinear>;
  private adaptersEnabled = true;
  private removed = false;
  private dropoutRandom: SeededRandom;

  constructor(
    readonly model: Transformer,
    readonly config: ResolvedLoraConfig,
    /** The targets and saved modules with their Hugging Face names (for adapter files). */
    readonly modules: { targets: readonly LinearModule[]; saved: readonly LinearModule[] },
    layers: Map<string, LoraLinear>,
    savedModules: Map<string, SavedLinear>,
    private readonly originals: Map<string, LinearLayer>,
    private readonly wasTrainable: Map<string, boolean>,
    /** The embedding rows trained apart (`trainableTokenIndices`), if any. */
    readonly trainableTokens?: TrainableTokens,
  ) {
    this.layers = layers;
    this.savedModules = savedModules;
    this.dropoutRandom = new SeededRandom(config.seed, DROPOUT_STREAM);
  }

  /** Whether the adapters (and saved modules) are applied. */
  get enabled(): boolean {
    return this.adaptersEnabled;
  }

  /** Whether every adapter is folded into its base weight. */
  get merged(): boolean {
    return this.layers.size > 0 && [...this.layers.values()].every((l) => l.merged);
  }

  /** Applies the adapters again after {@link disable}. */
  enable(): void {
    this.setEnabled(true);
  }

  /**
   * Runs the model as the frozen base (the reference policy of RL), with no second copy of the weights.
   * `ConfigError` while merged: unmerge first.
   */
  disable(): void {
    this.setEnabled(false);
  }

  /** Runs `fn` with the adapters disabled, then restores the previous state (also when `fn` throws). */
  withAdaptersDisabled<T>(fn: () => T): T {
    const was = this.adaptersEnabled;
    this.setEnabled(false);
    try {
      return fn();
    } finally {
      this.setEnabled(was);
    }
  }

  /**
   * Turns LoRA dropout on (training) or off (evaluation, the default). The masks draw their seeds from
   * `random` (pass the run's generator, whose state checkpoints save, for an exact resume); default: a
   * generator of its own, seeded from `config.seed`.
   */
  train(on = true, random?: SeededRandom): void {
    if (random !== undefined) this.dropoutRandom = random;
    for (const layer of this.layers.values()) {
      layer.training = on;
      layer.dropoutRandom = this.dropoutRandom;
    }
  }

  /** Folds every adapter into its base weight: `W += scale · Aᵀ · Bᵀ`. */
  merge(): void {
    this.assertLive();
    if (!this.adaptersEnabled) throw new ConfigError('merge(): the adapters are disabled; enable() them first.');
    for (const layer of this.layers.values()) layer.merge();
    this.trainableTokens?.merge();
  }

  /** Takes the adapters out of the base weights again (equal to before merging up to float rounding). */
  unmerge(): void {
    this.assertLive();
    for (const layer of this.layers.values()) layer.unmerge();
    this.trainableTokens?.unmerge();
  }

  /** The variables to train, by name (`layers.0.attn.q.loraA`, `lmHead.saved.weight`): pass these to `AdamW` and `optimizerStep`. */
  trainableParams(): Map<string, tf.Variable> {
    this.assertLive();
    return this.model.trainableParams();
  }

  /** Trainable parameters against all (base + adapter), as PEFT's `print_trainable_parameters`. */
  parameterCounts(): ParameterCounts {
    let trainable = 0;
    for (const v of this.trainableParams().values()) trainable += v.size;
    let total = this.model.numParams + (this.trainableTokens?.rows.size ?? 0);
    for (const layer of this.model.linears().values()) for (const v of layer.extraParams?.().values() ?? []) total += v.size;
    return { trainable, total, percent: (100 * trainable) / total };
  }

  /**
   * Removes the adapters: the original layers go back into the model, the base weights get their
   * `trainable` flags back and the adapter's variables are freed. With `merge: true` the adapters (and
   * the saved modules' trained copies) are first written into the base weights, so the model keeps
   * what was learned (PEFT's `merge_and_unload`). Returns the model.
   */
  unload(options: { merge?: boolean } = {}): Transformer {
    this.assertLive();
    if (options.merge === true) {
      this.setEnabled(true);
      this.merge();
      for (const saved of this.savedModules.values()) {
        saved.base.weight.assign(saved.savedWeight);
        if (saved.base.bias !== undefined && saved.savedBias !== undefined) saved.base.bias.assign(saved.savedBias);
      }
    } else {
      this.unmerge();
    }
    for (const [name, layer] of this.originals) this.model.replaceLinear(name, layer);
    if (this.trainableTokens !== undefined) this.model.replaceEmbedding(undefined);
    for (const [name, v] of this.model.params) v.trainable = this.wasTrainable.get(name) ?? v.trainable;
    this.disposeAdapterVariables();
    this.removed = true;
    return this.model;
  }

  /**
   * A new model with the adapters, saved modules and trainable token rows folded in (what
   * {@link mergeAndUnload} gives), leaving this model and its base weights exactly as they are: e.g.
   * to save the merged model beside a checkpoint. Unchanged weights are shared with the base until
   * either side assigns new values. The caller disposes it.
   */
  mergedCopy(): Transformer {
    this.assertLive();
    const copy = this.model.clone();
    try {
      tf.tidy(() => {
        for (const [name, layer] of this.layers) {
          if (!layer.merged) copy.params.get(`${name}.weight`)!.assign(tf.add(layer.weight, layer.deltaWeight()));
        }
        for (const [name, saved] of this.savedModules) {
          copy.params.get(`${name}.weight`)!.assign(saved.savedWeight);
          if (saved.savedBias !== undefined) copy.params.get(`${name}.bias`)!.assign(saved.savedBias);
        }
        if (this.trainableTokens !== undefined) copy.params.get('embed.weight')!.assign(this.trainableTokens.weight());
      });
    } catch (error) {
      copy.dispose();
      throw error;
    }
    return copy;
  }

  /** Merges the adapters into the base weights and removes them (see {@link unload}). */
  mergeAndUnload(): Transformer {
    return this.unload({ merge: true });
  }

  /** Removes the adapters without merging and frees them; the base model stays usable. */
  dispose(): void {
    if (!this.removed) this.unload();
  }

  private setEnabled(on: boolean): void {
    this.assertLive();
    if (!on && this.merged) throw new ConfigError('The adapters are merged into the base weights; unmerge() before disabling them.');
    this.adaptersEnabled = on;
    for (const layer of this.layers.values()) layer.enabled = on;
    for (const layer of this.savedModules.values()) layer.enabled = on;
    if (this.trainableTokens !== undefined) this.model.replaceEmbedding(on ? this.trainableTokens : undefined);
  }

  private disposeAdapterVariables(): void {
    const seen = new Set<tf.Variable>();
    for (const layer of this.layers.values()) seen.add(layer.loraA).add(layer.loraB);
    for (const layer of this.savedModules.values()) {
      seen.add(layer.savedWeight);
      if (layer.savedBias !== undefined) seen.add(layer.savedBias);
    }
    for (const v of seen) v.dispose();
    this.trainableTokens?.dispose();
  }

  private assertLive(): void {
    if (this.removed) throw new ConfigError('This LoraModel was unloaded or disposed; apply a new adapter with applyLora().');
  }
}

/**
 * Puts LoRA adapters into `model` (GPT-2 or Llama/Qwen2 family) in place and freezes its base
 * weights. `ConfigError` naming the field for a bad config (see {@link resolveLoraConfig} and
 * `LoraConfig.targetModules`), or when the model already has adapters.
 */
export function applyLora(model: Transformer, config: LoraConfig = {}): LoraModel {
  const resolved = resolveLoraConfig(config);
  const current = model.linears();
  for (const [name, layer] of current) {
    if (layer instanceof LoraLinear || layer instanceof SavedLinear || layer.extraParams !== undefined) {
      throw new ConfigError(`applyLora: layer ${name} already has an adapter; unload the existing one first.`);
    }
  }
  const targets = resolveTargets(model, resolved);
  const saved = resolveModulesToSave(model, resolved, targets);
  const tokens = trainableTokens(model, resolved.trainableTokenIndices);
  const rng = new SeededRandom(resolved.seed);
  const layers = new Map<string, LoraLinear>();
  const originals = new Map<string, LinearLayer>();
  for (const group of groupByHfModule(targets)) {
    const bases = group.map((m) => current.get(m.name)!);
    const inDim = bases[0]!.inFeatures;
    const outTotal = bases.reduce((sum, b) => sum + b.outFeatures, 0);
    const { loraA, loraBs } = initAdapter(rng, resolved, inDim, bases.map((b) => b.outFeatures), outTotal);
    group.forEach((m, i) => {
      const layer = new LoraLinear(bases[i]!, {
        scale: resolved.scale, loraA, loraB: loraBs[i]!, ownsLoraA: i === 0, dropout: resolved.dropout,
      });
      layers.set(m.name, layer);
      originals.set(m.name, bases[i]!);
    });
  }
  const savedModules = new Map<string, SavedLinear>();
  for (const m of saved) {
    const base = current.get(m.name)!;
    savedModules.set(m.name, new SavedLinear(base));
    originals.set(m.name, base);
  }
  const wasTrainable = new Map<string, boolean>();
  for (const [name, v] of model.params) {
    wasTrainable.set(name, v.trainable);
    v.trainable = false;
  }
  for (const [name, layer] of [...layers, ...savedModules]) model.replaceLinear(name, layer);
  if (tokens !== undefined) model.replaceEmbedding(tokens);
  return new LoraModel(model, resolved, { targets, saved }, layers, savedModules, originals, wasTrainable, tokens);
}

/** The embedding rows of `indices`, trained apart (none when empty); ConfigError naming an id outside the vocabulary. */
function trainableTokens(model: Transformer, indices: readonly number[]): TrainableTokens | undefined {
  if (indices.length === 0) return undefined;
  const vocab = model.config.vocabSize;
  indices.forEach((id, i) => {
    if (id >= vocab) {
      throw new ConfigError(`LoraConfig.trainableTokenIndices[${i}] (${id}) is outside the vocabulary (${vocab} tokens); resize the vocabulary first (resizeVocabulary).`);
    }
  });
  return new TrainableTokens(model.params.get('embed.weight')!, indices);
}

/** Targets grouped by Hugging Face module (GPT-2's q, k, v share `c_attn`), in model order. */
function groupByHfModule(targets: readonly LinearModule[]): LinearModule[][] {
  const groups = new Map<string, LinearModule[]>();
  for (const m of targets) groups.set(m.hfModule, [...(groups.get(m.hfModule) ?? []), m]);
  return [...groups.values()];
}

/**
 * A `[r, in]` and B `[outTotal, r]` (split by rows into one `[out_i, r]` per layer of the module) as
 * PEFT initialises them; see `LoraInit`.
 */
function initAdapter(
  rng: SeededRandom,
  config: ResolvedLoraConfig,
  inDim: number,
  outDims: number[],
  outTotal: number,
): { loraA: tf.Variable; loraBs: tf.Variable[] } {
  const { r, init } = config;
  const aValues = init === 'gaussian' ? rng.normalArray(r * inDim, 1 / r) : uniform(rng, r * inDim, 1 / Math.sqrt(inDim));
  const bValues = init === 'random' ? uniform(rng, outTotal * r, 1 / Math.sqrt(r)) : new Float32Array(outTotal * r);
  const loraA = variableFrom(aValues, [r, inDim]);
  let offset = 0;
  const loraBs = outDims.map((out) => {
    const part = variableFrom(bValues.subarray(offset * r, (offset + out) * r), [out, r]);
    offset += out;
    return part;
  });
  return { loraA, loraBs };
}

/** A trainable variable holding `values` (no tensor left behind). */
function variableFrom(values: Float32Array, shape: [number, number]): tf.Variable {
  const t = tf.tensor2d(values, shape);
  const v = tf.variable(t, true);
  t.dispose();
  return v;
}

/** Kaiming-uniform with a = √5 (PyTorch's `nn.Linear` default): U(-bound, bound), bound = 1/√fanIn. */
function uniform(rng: SeededRandom, n: number, bound: number): Float32Array {
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) out[i] = (2 * rng.nextFloat() - 1) * bound;
  return out;
}
