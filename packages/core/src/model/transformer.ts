import { tf } from '../tf.js';
import { CheckpointError, ConfigError } from '../errors.js';
import { crossEntropyLoss, linear, ropeTables, tokenLogProbs } from '../ops/index.js';
import { Attention } from './attention.js';
import { generate } from './generate.js';
import type { GenerateOptions, GenerationResult } from './generate.js';
import type { KVCache } from './kv-cache.js';
import type { EmbeddingLayer, LinearLayer } from './linear.js';
import { Mlp } from './mlp.js';
import type { Norm } from './norm.js';
import { INIT_STD, ParamFactory } from './param-factory.js';
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
  /**
   * int32 `[B, T]`: several examples packed into one row, each token labelled with its example; a
   * token attends only to tokens of its own example. Pass `positions` restarting at 0 for each
   * example too. Not with `cache`.
   */
  segmentIds?: tf.Tensor2D;
  /** Only compute logits (and values) at the last position: `[B, 1, V]`. */
  lastTokenOnly?: boolean;
  /**
   * No gradient will be taken (generation, evaluation): lets a tied output projection reuse a cached
   * `[d, V]` copy of the embedding instead of transposing it on every call.
   */
  inference?: boolean;
  /**
   * `[B, P, d]` input embeddings placed before the tokens of `ids` (e.g. an encoded image or audio clip
   * and its opening marker): the sequence is `P + T` long and the logits cover all of it. `keyMask`
   * still covers the `T` tokens only (the prefix is always real); `positions` and `segmentIds`, when
   * given, cover all `P + T`. With a cache, pass it on the first call only: later tokens read it from
   * the cache. Default: none (the text-only path).
   */
  prefixEmbeds?: tf.Tensor3D;
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
   * share their data; the caller may dispose its tensors afterwards. A missing value head
   * or score head is initialised from the seed; any other missing or wrongly shaped entry throws `CheckpointError`.
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
 * `valueHead.{weight,bias}`, `scoreHead.weight` `[d, 1]` (in place of the LM head, `config.scoreHead`).
 * Linear weights are stored `[in, out]`.
 */
export class Transformer {
  readonly config: TransformerConfig;
  readonly params: Map<string, tf.Variable>;
  private readonly blocks: Block[] = [];
  private readonly finalNorm: Norm;
  private lmHead: LinearLayer | undefined;
  private valueHead: LinearLayer | undefined;
  private scoreHead: LinearLayer | undefined;
  private readonly linearSlots = new Map<string, { get: () => LinearLayer; set: (layer: LinearLayer) => void }>();
  private disposed = false;
  /** What runs in place of `embed.weight` (see {@link replaceEmbedding}). */
  private embedding: EmbeddingLayer | undefined;
  /** `[d, V]` copy of the tied embedding for inference, and the embedding data it was made from. */
  private tiedHead: { weight: tf.Tensor2D; source: object } | undefined;

  constructor(config: TransformerConfig, options: TransformerOptions = {}) {
    this.config = resolveTransformerConfig(config);
    const c = this.config;
    const f = new ParamFactory(options.seed ?? 0, options.weights, (name) => name.startsWith('valueHead.') || name.startsWith('scoreHead.'));
    const normKind = c.family === 'gpt2' ? 'layer' : 'rms';
    const residualStd = INIT_STD / Math.sqrt(2 * c.nLayers); // GPT-2: residual projections scaled by 1/sqrt(2·nLayers)
    const d = c.dModel;
    const kvDim = c.nKvHeads * headDim(c);
    const qkvBias = c.bias || c.attentionBias === true;
    try {
      f.param('embed.weight', [c.vocabSize, d], 'normal');
      if (c.family === 'gpt2') f.param('posEmbed.weight', [c.contextLength, d], 'normal');
      for (let i = 0; i < c.nLayers; i++) {
        const p = `layers.${i}`;
        const norm1 = f.norm(normKind, `${p}.norm1`, d, c.normEps);
        const attn = new Attention(
          c.nHeads,
          c.nKvHeads,
          f.linear(`${p}.attn.q`, d, d, qkvBias),
          f.linear(`${p}.attn.k`, d, kvDim, qkvBias),
          f.linear(`${p}.attn.v`, d, kvDim, qkvBias),
          f.linear(`${p}.attn.o`, d, d, c.bias, residualStd),
        );
        const norm2 = f.norm(normKind, `${p}.norm2`, d, c.normEps);
        const up = f.linear(`${p}.mlp.up`, d, c.dFf, c.bias);
        const down = f.linear(`${p}.mlp.down`, c.dFf, d, c.bias, residualStd);
        const mlp = c.family === 'gpt2' ? new Mlp(up, down) : new Mlp(up, down, f.linear(`${p}.mlp.gate`, d, c.dFf, c.bias));
        this.blocks.push({ norm1, attn, norm2, mlp });
        for (const key of ['q', 'k', 'v', 'o'] as const) {
          this.linearSlots.set(`${p}.attn.${key}`, { get: () => attn[key], set: (layer) => { attn[key] = layer; } });
        }
        for (const key of ['up', 'down', 'gate'] as const) {
          const layer = mlp[key];
          if (layer === undefined) continue;
          this.linearSlots.set(`${p}.mlp.${key}`, { get: () => mlp[key] ?? layer, set: (next) => { mlp[key] = next; } });
        }
      }
      this.finalNorm = f.norm(normKind, 'finalNorm', d, c.normEps);
      if (c.scoreHead === true) {
        // A sequence-classification model keeps the score head in place of the LM head (HF `score`, no bias).
        const head = f.linear('scoreHead', d, 1, false);
        this.scoreHead = head;
        this.linearSlots.set('scoreHead', { get: () => this.scoreHead ?? head, set: (layer) => { this.scoreHead = layer; } });
      } else if (!c.tieEmbeddings) {
        const head = f.linear('lmHead', d, c.vocabSize, false);
        this.lmHead = head;
        this.linearSlots.set('lmHead', { get: () => this.lmHead ?? head, set: (layer) => { this.lmHead = layer; } });
      }
      if (c.valueHead === true) {
        const head = f.linear('valueHead', d, 1, true);
        this.valueHead = head;
        this.linearSlots.set('valueHead', { get: () => this.valueHead ?? head, set: (layer) => { this.valueHead = layer; } });
      }
      const unused = f.unusedWeights();
      if (unused.length > 0) {
        throw new CheckpointError(`Unexpected weight(s) for this config: ${unused.slice(0, 5).join(', ')}.`);
      }
    } catch (error) {
      f.dispose();
      throw error;
    }
    this.params = f.params;
  }

  /** The linear layers by name (`layers.0.attn.q`, ..., `layers.N.mlp.down`, `lmHead`, `valueHead`, `scoreHead`). */
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

  /**
   * Runs the model with `layer`'s embedding in place of `embed.weight` (input and tied output head), or
   * with `embed.weight` again when `undefined`. The layer's variables are the caller's to free.
   */
  replaceEmbedding(layer: EmbeddingLayer | undefined): void {
    if (layer !== undefined) {
      const [rows, width] = tf.tidy(() => layer.weight().shape);
      const [vocab, d] = this.param('embed.weight').shape;
      if (rows !== vocab || width !== d) throw new ConfigError(`Replacement embedding is [${rows}, ${width}]; the model's is [${vocab}, ${d}].`);
    }
    this.embedding = layer;
  }

  /** Trainable variables: `params` with `trainable` set, plus variables owned by swapped-in layers (`<layer>.<name>`, `embed.<name>`). */
  trainableParams(): Map<string, tf.Variable> {
    const out = new Map<string, tf.Variable>();
    for (const [name, v] of this.params) if (v.trainable) out.set(name, v);
    for (const [local, v] of this.embedding?.extraParams() ?? []) if (v.trainable) out.set(`embed.${local}`, v);
    for (const [name, layer] of this.linears()) {
      for (const [local, v] of layer.extraParams?.() ?? []) if (v.trainable) out.set(`${name}.${local}`, v);
    }
    return out;
  }

  /**
   * A new model with this one's current weights (the data is shared until either side assigns new
   * values, so cloning is cheap): e.g. the frozen reference policy of PPO. `valueHead` adds (seeded) or
   * drops the value head; `trainable: false` freezes every variable of the clone. Swapped-in linear
   * layers (adapters) are not copied: merge them first.
   */
  clone(options: { valueHead?: boolean; trainable?: boolean; seed?: number } = {}): Transformer {
    this.assertLive();
    const valueHead = options.valueHead ?? this.config.valueHead === true;
    const weights = new Map<string, tf.Tensor>([...this.params].filter(([name]) => valueHead || !name.startsWith('valueHead.')));
    const copy = new Transformer({ ...this.config, valueHead }, { weights, seed: options.seed ?? 0 });
    if (options.trainable === false) for (const v of copy.params.values()) v.trainable = false;
    return copy;
  }

  /** Total number of parameters. */
  get numParams(): number {
    let n = 0;
    for (const v of this.params.values()) n += v.size;
    return n;
  }

  /** Logits (and values) for int32 token ids `[B, T]`. ConfigError for a sequence-classification model (`config.scoreHead`): it has no LM head. */
  forward(ids: tf.Tensor2D, options: ForwardOptions = {}): ForwardResult {
    if (this.config.scoreHead === true) {
      throw new ConfigError('forward: this is a sequence-classification (reward) model, which has no LM head; use scores() for its per-token scores.');
    }
    return tf.tidy(() => {
      let h = this.hiddenStates(ids, options); // [B, T, d]
      if (options.lastTokenOnly === true && h.shape[1] > 1) h = tf.slice(h, [0, h.shape[1] - 1, 0], [h.shape[0], 1, this.config.dModel]); // [B, 1, d]
      const logits = (this.lmHead !== undefined
        ? this.lmHead.apply(h)
        : linear(h, options.inference === true && this.embedding === undefined ? this.tiedHeadWeight() : (tf.transpose(this.embeddingWeight()) as tf.Tensor2D))) as tf.Tensor3D; // [B, T, V]
      if (this.valueHead === undefined) return { logits };
      const values = tf.squeeze(this.valueHead.apply(h), [2]) as tf.Tensor2D; // [B, T]
      return { logits, values };
    });
  }

  /**
   * The score head at every position, `[B, T]`, for a sequence-classification model (`config.scoreHead`);
   * a sequence's score is the one at its last real token (as `*ForSequenceClassification` reads it).
   */
  scores(ids: tf.Tensor2D, options: Omit<ForwardOptions, 'cache' | 'lastTokenOnly'> = {}): tf.Tensor2D {
    const head = this.scoreHead;
    if (head === undefined) {
      throw new ConfigError('scores: the model has no score head; add one with addScoreHead(model) (a reward model) or load a sequence-classification checkpoint.');
    }
    return tf.tidy(() => tf.squeeze(head.apply(this.hiddenStates(ids, options)), [2]) as tf.Tensor2D); // [B, T]
  }

  /** The final hidden states `[B, T, d]` (after the last norm): what the output heads read. */
  private hiddenStates(ids: tf.Tensor2D, options: ForwardOptions): tf.Tensor3D {
    this.assertLive();
    const c = this.config;
    const { cache, prefixEmbeds } = options;
    const [batch, tokens] = ids.shape;
    const prefixLength = prefixEmbeds?.shape[1] ?? 0;
    const time = tokens + prefixLength;
    if (prefixEmbeds !== undefined && (prefixEmbeds.shape[0] !== batch || prefixEmbeds.shape[2] !== c.dModel)) {
      throw new ConfigError(
        `forward: prefixEmbeds must be [B, P, dModel] = [${batch}, P, ${c.dModel}]; got [${prefixEmbeds.shape.join(', ')}].`,
      );
    }
    if (cache === undefined && time > c.contextLength) {
      throw new ConfigError(`Sequence of ${time} tokens exceeds config.contextLength (${c.contextLength}).`);
    }
    if (options.segmentIds !== undefined && cache !== undefined) {
      throw new ConfigError('forward: segmentIds (packed examples) cannot be combined with a KV cache.');
    }
    if (options.keyMask !== undefined && (options.keyMask.shape[0] !== batch || options.keyMask.shape[1] !== tokens)) {
      throw new ConfigError(`forward: keyMask must be [B, T] = [${batch}, ${tokens}]; got [${options.keyMask.shape.join(', ')}].`);
    }
    return tf.tidy(() => {
      let newMask = options.keyMask !== undefined
        ? (tf.cast(options.keyMask, 'float32') as tf.Tensor2D)
        : cache !== undefined ? (tf.ones([batch, time], 'float32') as tf.Tensor2D) : undefined;
      if (options.keyMask !== undefined && prefixLength > 0) newMask = tf.concat([tf.ones([batch, prefixLength]), newMask!], 1) as tf.Tensor2D; // [B, P + T]
      const cachedMask = cache?.keyMask;
      if (cachedMask !== undefined && cachedMask.shape[0] !== batch) {
        throw new ConfigError(`forward: batch of ${batch} rows but the KV cache holds ${cachedMask.shape[0]}.`);
      }
      const keyMask = cachedMask !== undefined && newMask !== undefined
        ? (tf.concat([cachedMask, newMask], 1) as tf.Tensor2D) // [B, Tk]
        : newMask;
      const positions = options.positions ?? defaultPositions(batch, time, newMask, cachedMask);

      let x = this.embedTokens(ids); // [B, T, d]
      if (prefixEmbeds !== undefined) x = tf.concat([prefixEmbeds, x], 1) as tf.Tensor3D; // [B, P + T, d]
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
          ...(options.segmentIds === undefined ? {} : { segmentIds: options.segmentIds }),
        };
        x = tf.add(x, block.attn.apply(block.norm1.apply(x) as tf.Tensor3D, context));
        x = tf.add(x, block.mlp.apply(block.norm2.apply(x)));
      });
      if (cache !== undefined && keyMask !== undefined) cache.setKeyMask(keyMask);

      return this.finalNorm.apply(x) as tf.Tensor3D; // [B, T, d]
    });
  }

  /** The token embeddings `[B, T, d]` of int32 ids `[B, T]` (rows of `embed.weight`), as `forward` starts from them. */
  embedTokens(ids: tf.Tensor2D): tf.Tensor3D {
    return tf.gather(this.embeddingWeight(), ids) as unknown as tf.Tensor3D;
  }

  /** `[V, d]`: the replacement embedding's weight (see {@link replaceEmbedding}), else `embed.weight`. */
  private embeddingWeight(): tf.Tensor2D {
    return this.embedding?.weight() ?? (this.param('embed.weight') as tf.Tensor2D);
  }

  /**
   * Logits `[B, T, V]` (float32; the caller disposes them) for rows of equal length. ConfigError for
   * ragged rows, an id outside [0, vocabSize) or rows longer than `contextLength`.
   */
  logits(ids: number[][]): tf.Tensor3D {
    return tf.tidy(() => this.forward(idsTensor(ids, this.config.vocabSize)).logits);
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
    for (const v of this.embedding?.extraParams().values() ?? []) v.dispose();
    for (const v of this.params.values()) v.dispose();
    this.tiedHead?.weight.dispose();
    this.tiedHead = undefined;
  }

  /**
   * The tied embedding transposed to `[d, V]`, cached until the embedding variable is assigned new data
   * (`assign` gives a variable a new `dataId`). Not differentiable with respect to the embedding.
   */
  private tiedHeadWeight(): tf.Tensor2D {
    const embed = this.param('embed.weight');
    if (this.tiedHead?.source !== embed.dataId) {
      this.tiedHead?.weight.dispose();
      const weight = tf.keep(tf.transpose(embed) as tf.Tensor2D); // [d, V]
      this.tiedHead = { weight, source: embed.dataId };
    }
    return this.tiedHead.weight;
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

/**
 * int32 `[B, T]` from rows of equal length; with `vocabSize`, also checks every id is an integer in
 * [0, vocabSize) (backends differ on an out-of-range gather: an error on cpu, silent garbage elsewhere).
 */
export function idsTensor(ids: number[][], vocabSize?: number): tf.Tensor2D {
  const time = ids[0]?.length ?? 0;
  if (ids.length === 0 || time === 0) throw new ConfigError('Token ids must have at least one row and one column.');
  const bad = ids.findIndex((row) => row.length !== time);
  if (bad >= 0) {
    throw new ConfigError(`Token id rows must have equal lengths: row 0 has ${time}, row ${bad} has ${ids[bad]!.length}. Pad them.`);
  }
  if (vocabSize !== undefined) {
    ids.forEach((row, b) => {
      const t = row.findIndex((id) => !Number.isInteger(id) || id < 0 || id >= vocabSize);
      if (t >= 0) {
        throw new ConfigError(
          `Token id ${row[t]} at row ${b}, position ${t} is not an integer in [0, ${vocabSize}) (config.vocabSize); check the tokenizer matches the model.`,
        );
      }
    });
  }
  return tf.tensor2d(ids, [ids.length, time], 'int32');
}
