import { tf } from '../tf.js';
import { CheckpointError, ConfigError } from '../errors.js';
import { crossEntropyLoss, linear, ropeTables, tokenLogProbs } from '../ops/index.js';
import { Attention } from './attention.js';
import { generate } from './generate.js';
import type { GenerateOptions, GenerationResult } from './generate.js';
import type { KVCache } from './kv-cache.js';
import { Linear } from './linear.js';
import type { LinearLayer } from './linear.js';
import { Mlp } from './mlp.js';
import { Norm } from './norm.js';
import { Xoshiro128 } from './rng.js';
import { headDim, resolveTransformerConfig } from './transformer-config.js';
import type { TransformerConfig } from './transformer-config.js';

/** Options of {@link Transformer.forward}. */
export interface ForwardOptions {
  /** int32 `[B, T]` positions of the tokens. Default: from `keyMask` (left padding) and the cache. */
  positions?: tf.Tensor2D;
  /** `[B, T]` 1 for a real token, 0 for padding, over the tokens of `ids` (the cache keeps earlier ones). */
  keyMask?: tf.Tensor2D;
  /** Reads earlier keys/values from it and appends this call's. */
  cache?: KVCache;
  /** Only compute logits (and values) at the last position: `[B, 1, V]`. */
  lastTokenOnly?: boolean;
}

export interface ForwardResult {
  /** `[B, T, vocabSize]` float32. */
  logits: tf.Tensor3D;
  /** `[B, T]` scalar value per position, when the config has `valueHead`. */
  values?: tf.Tensor2D;
}

/** Options of the constructor. */
export interface TransformerOptions {
  /** Seed of the weight initialisation. Default 0. */
  seed?: number;
  /**
   * Initial values by internal parameter name (see {@link Transformer.params}). The model's variables
   * share their data; the caller may dispose its tensors afterwards. A missing value head is
   * initialised from the seed; any other missing or wrongly shaped entry throws `CheckpointError`.
   */
  weights?: Map<string, tf.Tensor>;
}

interface Block {
  norm1: Norm;
  attn: Attention;
  norm2: Norm;
  mlp: Mlp;
}

/**
 * A decoder-only transformer, GPT-2 or Llama family (see {@link TransformerConfig}).
 *
 * Parameters live in `params` under stable internal names: `embed.weight` `[V, d]`,
 * `posEmbed.weight` `[ctx, d]` (gpt2), `layers.N.norm1.{weight,bias}`, `layers.N.attn.{q,k,v,o}.{weight,bias}`,
 * `layers.N.norm2.*`, `layers.N.mlp.{up,down,gate}.*`, `finalNorm.*`, `lmHead.weight` `[d, V]` (untied),
 * `valueHead.{weight,bias}`. Linear weights are stored `[in, out]`.
 */
export class Transformer {
  readonly config: TransformerConfig;
  readonly params = new Map<string, tf.Variable>();
  private readonly blocks: Block[] = [];
  private readonly finalNorm: Norm;
  private lmHead: LinearLayer | undefined;
  private valueHead: LinearLayer | undefined;
  private readonly linearSlots = new Map<string, { get: () => LinearLayer; set: (layer: LinearLayer) => void }>();
  private disposed = false;

  constructor(config: TransformerConfig, options: TransformerOptions = {}) {
    this.config = resolveTransformerConfig(config);
    const c = this.config;
    const rng = new Xoshiro128(options.seed ?? 0);
    const weights = options.weights;
    const std = 0.02;
    const residualStd = std / Math.sqrt(2 * c.nLayers);
    const param = (name: string, shape: number[], init: 'normal' | 'zeros' | 'ones', initStd = std): tf.Variable => {
      const given = weights?.get(name);
      let variable: tf.Variable;
      if (given !== undefined) {
        if (given.shape.length !== shape.length || given.shape.some((d, i) => d !== shape[i])) {
          throw new CheckpointError(
            `Weight "${name}" has shape [${given.shape.join(', ')}] but the config needs [${shape.join(', ')}].`,
          );
        }
        variable = tf.variable(given.dtype === 'float32' ? given : tf.tidy(() => tf.cast(given, 'float32')));
      } else if (weights !== undefined && !name.startsWith('valueHead.')) {
        throw new CheckpointError(`Weight "${name}" is missing from the weights passed to the Transformer.`);
      } else {
        const size = shape.reduce((a, b) => a * b, 1);
        const values = init === 'normal' ? rng.normalArray(size, initStd) : new Float32Array(size).fill(init === 'ones' ? 1 : 0);
        variable = tf.variable(tf.tensor(values, shape, 'float32'));
      }
      this.params.set(name, variable);
      return variable;
    };
    const linearLayer = (name: string, inDim: number, outDim: number, bias: boolean, initStd = std): Linear => {
      const layer = new Linear(
        param(`${name}.weight`, [inDim, outDim], 'normal', initStd),
        bias ? param(`${name}.bias`, [outDim], 'zeros') : undefined,
      );
      return layer;
    };
    const norm = (name: string): Norm =>
      c.family === 'gpt2'
        ? new Norm('layer', param(`${name}.weight`, [c.dModel], 'ones'), param(`${name}.bias`, [c.dModel], 'zeros'), c.normEps)
        : new Norm('rms', param(`${name}.weight`, [c.dModel], 'ones'), undefined, c.normEps);

    const d = c.dModel;
    const kvDim = c.nKvHeads * headDim(c);
    const qkvBias = c.bias || c.attentionBias === true;
    param('embed.weight', [c.vocabSize, d], 'normal');
    if (c.family === 'gpt2') param('posEmbed.weight', [c.contextLength, d], 'normal');
    for (let i = 0; i < c.nLayers; i++) {
      const p = `layers.${i}`;
      const norm1 = norm(`${p}.norm1`);
      const attn = new Attention(
        c.nHeads,
        c.nKvHeads,
        linearLayer(`${p}.attn.q`, d, d, qkvBias),
        linearLayer(`${p}.attn.k`, d, kvDim, qkvBias),
        linearLayer(`${p}.attn.v`, d, kvDim, qkvBias),
        linearLayer(`${p}.attn.o`, d, d, c.bias, residualStd),
      );
      const norm2 = norm(`${p}.norm2`);
      const mlp = c.family === 'gpt2'
        ? new Mlp(linearLayer(`${p}.mlp.up`, d, c.dFf, c.bias), linearLayer(`${p}.mlp.down`, c.dFf, d, c.bias, residualStd))
        : new Mlp(
          linearLayer(`${p}.mlp.up`, d, c.dFf, c.bias),
          linearLayer(`${p}.mlp.down`, c.dFf, d, c.bias, residualStd),
          linearLayer(`${p}.mlp.gate`, d, c.dFf, c.bias),
        );
      this.blocks.push({ norm1, attn, norm2, mlp });
      for (const key of ['q', 'k', 'v', 'o'] as const) {
        this.linearSlots.set(`${p}.attn.${key}`, { get: () => attn[key], set: (layer) => { attn[key] = layer; } });
      }
      for (const key of ['up', 'down', 'gate'] as const) {
        if (mlp[key] === undefined) continue;
        this.linearSlots.set(`${p}.mlp.${key}`, { get: () => mlp[key]!, set: (layer) => { mlp[key] = layer; } });
      }
    }
    this.finalNorm = norm('finalNorm');
    if (!c.tieEmbeddings) {
      this.lmHead = linearLayer('lmHead', d, c.vocabSize, false);
      this.linearSlots.set('lmHead', { get: () => this.lmHead!, set: (layer) => { this.lmHead = layer; } });
    }
    if (c.valueHead === true) {
      this.valueHead = linearLayer('valueHead', d, 1, true);
      this.linearSlots.set('valueHead', { get: () => this.valueHead!, set: (layer) => { this.valueHead = layer; } });
    }
    if (weights !== undefined) {
      const unknown = [...weights.keys()].filter((name) => !this.params.has(name));
      if (unknown.length > 0) {
        this.dispose();
        throw new CheckpointError(`Unexpected weight(s) for this config: ${unknown.slice(0, 5).join(', ')}.`);
      }
    }
  }

  /** The linear layers by name (`layers.0.attn.q`, ..., `layers.N.mlp.down`, `lmHead`, `valueHead`). */
  linears(): Map<string, LinearLayer> {
    return new Map([...this.linearSlots].map(([name, slot]) => [name, slot.get()]));
  }

  /** Swaps the linear layer `name` (e.g. for a LoRA wrapper around it). */
  replaceLinear(name: string, layer: LinearLayer): void {
    const slot = this.linearSlots.get(name);
    if (slot === undefined) {
      throw new ConfigError(`No linear layer named "${name}". Layers: ${[...this.linearSlots.keys()].join(', ')}.`);
    }
    const old = slot.get();
    if (layer.inFeatures !== old.inFeatures || layer.outFeatures !== old.outFeatures) {
      throw new ConfigError(
        `Replacement for "${name}" maps ${layer.inFeatures} -> ${layer.outFeatures}; the layer maps ${old.inFeatures} -> ${old.outFeatures}.`,
      );
    }
    slot.set(layer);
  }

  /** Trainable variables: `params` with `trainable` set, plus variables owned by swapped-in layers (`<layer>.<name>`). */
  trainableParams(): Map<string, tf.Variable> {
    const out = new Map<string, tf.Variable>();
    for (const [name, v] of this.params) if (v.trainable) out.set(name, v);
    for (const [name, layer] of this.linears()) {
      for (const [local, v] of layer.extraParams?.() ?? []) if (v.trainable) out.set(`${name}.${local}`, v);
    }
    return out;
  }

  /** Total number of parameters. */
  get numParams(): number {
    let n = 0;
    for (const v of this.params.values()) n += v.size;
    return n;
  }

  /** Logits (and values) for int32 token ids `[B, T]`. */
  forward(ids: tf.Tensor2D, options: ForwardOptions = {}): ForwardResult {
    this.assertLive();
    const c = this.config;
    const [batch, time] = ids.shape;
    const { cache } = options;
    if (cache === undefined && time > c.contextLength) {
      throw new ConfigError(`Sequence of ${time} tokens exceeds config.contextLength (${c.contextLength}).`);
    }
    if (options.keyMask !== undefined && (options.keyMask.shape[0] !== batch || options.keyMask.shape[1] !== time)) {
      throw new ConfigError(`forward: keyMask must be [B, T] = [${batch}, ${time}]; got [${options.keyMask.shape.join(', ')}].`);
    }
    return tf.tidy(() => {
      const newMask = options.keyMask !== undefined
        ? (tf.cast(options.keyMask, 'float32') as tf.Tensor2D)
        : cache !== undefined ? (tf.ones([batch, time], 'float32') as tf.Tensor2D) : undefined;
      const cachedMask = cache?.keyMask;
      if (cachedMask !== undefined && cachedMask.shape[0] !== batch) {
        throw new ConfigError(`forward: batch of ${batch} rows but the KV cache holds ${cachedMask.shape[0]}.`);
      }
      const keyMask = cachedMask !== undefined && newMask !== undefined
        ? (tf.concat([cachedMask, newMask], 1) as tf.Tensor2D) // [B, Tk]
        : newMask;
      const positions = options.positions ?? defaultPositions(batch, time, newMask, cachedMask);

      let x = tf.gather(this.param('embed.weight'), ids) as tf.Tensor3D; // [B, T, d]
      if (c.family === 'gpt2') {
        const clipped = tf.clipByValue(positions, 0, c.contextLength - 1);
        x = tf.add(x, tf.gather(this.param('posEmbed.weight'), clipped)); // [B, T, d]
      }
      const rope = c.family === 'llama'
        ? ropeTables(tf.cast(positions, 'int32') as tf.Tensor2D, {
          headDim: headDim(c),
          theta: c.ropeTheta ?? 10000,
          ...(c.ropeScaling === undefined ? {} : { scaling: c.ropeScaling }),
        })
        : undefined;
      this.blocks.forEach((block, layer) => {
        const context = {
          layer,
          ...(rope === undefined ? {} : { rope }),
          ...(keyMask === undefined ? {} : { keyMask }),
          ...(cache === undefined ? {} : { cache }),
        };
        x = tf.add(x, block.attn.apply(block.norm1.apply(x) as tf.Tensor3D, context));
        x = tf.add(x, block.mlp.apply(block.norm2.apply(x)));
      });
      if (cache !== undefined && keyMask !== undefined) cache.setKeyMask(keyMask);

      let h = this.finalNorm.apply(x) as tf.Tensor3D; // [B, T, d]
      if (options.lastTokenOnly === true) h = tf.slice(h, [0, time - 1, 0], [batch, 1, c.dModel]); // [B, 1, d]
      const logits = (this.lmHead !== undefined
        ? this.lmHead.apply(h)
        : linear(h, tf.transpose(this.param('embed.weight')) as tf.Tensor2D)) as tf.Tensor3D; // [B, T, V]
      if (this.valueHead === undefined) return { logits };
      const values = tf.squeeze(this.valueHead.apply(h), [2]) as tf.Tensor2D; // [B, T]
      return { logits, values };
    });
  }

  /** Logits `[B, T, V]` for rows of equal length. */
  logits(ids: number[][]): tf.Tensor3D {
    return tf.tidy(() => this.forward(idsTensor(ids)).logits);
  }

  /** Mean next-token cross-entropy over positions where `mask` is 1 (all by default). */
  loss(ids: tf.Tensor2D, targets: tf.Tensor2D, mask?: tf.Tensor2D, options: Omit<ForwardOptions, 'cache' | 'lastTokenOnly'> = {}): tf.Scalar {
    return tf.tidy(() => crossEntropyLoss(this.forward(ids, options).logits, targets, mask));
  }

  /** `log p(targets[b, t] | ids[b, ..t])`, `[B, T]`. */
  tokenLogProbs(ids: tf.Tensor2D, targets: tf.Tensor2D, options: Omit<ForwardOptions, 'cache' | 'lastTokenOnly'> = {}): tf.Tensor2D {
    return tf.tidy(() => tokenLogProbs(this.forward(ids, options).logits, targets) as tf.Tensor2D);
  }

  /** Continues each prompt (rows may differ in length). See {@link GenerateOptions}. */
  generate(prompts: number[][], options: GenerateOptions = {}): Promise<GenerationResult[]> {
    this.assertLive();
    return generate(this, prompts, options);
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    for (const layer of this.linears().values()) for (const v of layer.extraParams?.().values() ?? []) v.dispose();
    for (const v of this.params.values()) v.dispose();
  }

  private param(name: string): tf.Variable {
    const v = this.params.get(name);
    if (v === undefined) throw new Error(`Transformer: no parameter ${name}`);
    return v;
  }

  private assertLive(): void {
    if (this.disposed) throw new ConfigError('This Transformer was disposed; create or load a new one.');
  }
}

/**
 * Positions `[B, T]` int32: `0..T-1` without a mask; with a (left-padding) mask, the count of real
 * tokens before each one (cached ones included), padding clamped to 0.
 */
function defaultPositions(batch: number, time: number, newMask?: tf.Tensor2D, cachedMask?: tf.Tensor2D): tf.Tensor2D {
  if (newMask === undefined) return tf.tile(tf.reshape(tf.range(0, time, 1, 'int32'), [1, time]), [batch, 1]) as tf.Tensor2D;
  let counts = tf.sub(tf.cumsum(newMask, 1), 1); // [B, T]
  if (cachedMask !== undefined) counts = tf.add(counts, tf.sum(cachedMask, 1, true)); // + real tokens cached, [B, 1]
  return tf.cast(tf.maximum(counts, 0), 'int32') as tf.Tensor2D;
}

/** int32 `[B, T]` from rows of equal length. */
export function idsTensor(ids: number[][]): tf.Tensor2D {
  const time = ids[0]?.length ?? 0;
  if (ids.length === 0 || time === 0) throw new ConfigError('Token ids must have at least one row and one column.');
  const bad = ids.findIndex((row) => row.length !== time);
  if (bad >= 0) {
    throw new ConfigError(`Token id rows must have equal lengths: row 0 has ${time}, row ${bad} has ${ids[bad]!.length}. Pad them.`);
  }
  return tf.tensor2d(ids, [ids.length, time], 'int32');
}
