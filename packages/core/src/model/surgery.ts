/**
 * Model surgery for stages that start from another stage's checkpoint: resize the vocabulary, resize
 * GPT-2's learned position table, extend the context window, add or drop the value head, swap the LM head for a
 * score head (reward model).
 *
 * Each function returns a NEW `Transformer` and leaves `model` as it was: still usable, still the
 * caller's to dispose. Weights that do not change are shared with `model`, not copied (a tfjs variable
 * made from another tensor shares its data until either variable is assigned new values, as an
 * optimizer step does), so surgery is cheap and neither model can corrupt the other. Returning a new
 * model rather than mutating keeps ownership simple: no variable changes shape under an optimizer,
 * a KV cache or a swapped-in adapter that holds it. Each weight keeps its `trainable` flag; new weights
 * are trainable. A model with swapped-in layers (`replaceLinear`, e.g. LoRA adapters) is refused.
 */
import { tf } from '../tf.js';
import { ConfigError } from '../errors.js';
import { SeededRandom } from '../seeded-random.js';
import { Linear } from './linear.js';
import { INIT_STD } from './param-factory.js';
import { Transformer } from './transformer.js';
import type { TransformerConfig } from './transformer-config.js';

/** Options of {@link resizeVocabulary}. */
export interface ResizeVocabularyOptions {
  /**
   * Values of the new embedding rows (and new output-head columns when the head is untied):
   * `normal` draws N(0, 0.02²) from `seed`, as the model's own initialisation; `mean` copies the mean of
   * the old rows (new tokens then start as an "average" token, which keeps the initial loss of text
   * holding them low). Default `normal`.
   */
  init?: 'normal' | 'mean';
  /** Seed of the `normal` rows. Default 0. */
  seed?: number;
  /** Allow a smaller vocabulary: keeps the first `vocabSize` rows. Default false (a smaller size throws). */
  allowShrink?: boolean;
}

/**
 * A copy of `model` with `vocabSize` token rows: `embed.weight` `[V, d]` gets new rows at the end and,
 * when the output head is untied, `lmHead.weight` `[d, V]` the matching new columns (a tied head
 * follows the embedding). The old rows and columns are bit-identical; `config.vocabSize` is updated.
 */
export function resizeVocabulary(model: Transformer, vocabSize: number, options: ResizeVocabularyOptions = {}): Transformer {
  const { config } = model;
  const operation = 'resizeVocabulary';
  assertSurgeryPossible(model, operation);
  if (!Number.isInteger(vocabSize) || vocabSize <= 0) throw new ConfigError(`${operation}: vocabSize must be a positive integer, got ${vocabSize}.`);
  const init = options.init ?? 'normal';
  if (init !== 'normal' && init !== 'mean') throw new ConfigError(`${operation}: init must be "normal" or "mean", got ${JSON.stringify(init)}.`);
  if (vocabSize < config.vocabSize) {
    if (options.allowShrink !== true) {
      throw new ConfigError(
        `${operation}: ${vocabSize} is smaller than the model's vocabulary (${config.vocabSize}); pass allowShrink: true to drop the last ${config.vocabSize - vocabSize} token rows.`,
      );
    }
    for (const field of ['bosTokenId', 'eosTokenId', 'padTokenId'] as const) {
      const id = config[field];
      if (id !== undefined && id >= vocabSize) {
        throw new ConfigError(`${operation}: config.${field} is ${id}, which a vocabulary of ${vocabSize} drops; keep at least ${id + 1} tokens.`);
      }
    }
  }
  const seed = options.seed ?? 0;
  const replaced = new Map<string, tf.Tensor>();
  replaced.set('embed.weight', resizeRows(param(model, 'embed.weight'), vocabSize, init, new SeededRandom(seed, 0)));
  if (!config.tieEmbeddings) {
    // [d, V]: the vocabulary runs along the columns; resize its transpose's rows.
    replaced.set('lmHead.weight', tf.tidy(() => {
      const rows = resizeRows(tf.transpose(param(model, 'lmHead.weight')) as tf.Tensor2D, vocabSize, init, new SeededRandom(seed, 1)); // [V', d]
      return tf.transpose(rows); // [d, V']
    }));
  }
  return rebuild(model, { vocabSize }, replaced, seed);
}

/** Options of {@link resizePositions}. */
export interface ResizePositionsOptions {
  /**
   * How to fill the new table `[contextLength, d]`:
   * - `interpolate`: row `i` is the old table linearly interpolated at `x = i · (L - 1) / (L' - 1)`
   *   (L old, L' new length; first and last rows kept, so the table is stretched over the new length,
   *   e.g. 128 → 512 positions). Every position's embedding moves: the model's behaviour on short
   *   sequences changes too, and needs some training at the new length.
   * - `append`: the old rows stay bit-identical and new rows, N(0, 0.02²) from `seed`, are added at the
   *   end: on sequences up to the old length the model computes exactly what it did; the new positions
   *   start untrained.
   */
  method: 'interpolate' | 'append';
  /** Seed of the appended rows. Default 0. */
  seed?: number;
  /** Allow a shorter table (`append` keeps the first rows, `interpolate` resamples). Default false. */
  allowShrink?: boolean;
}

/**
 * A copy of a GPT-2-family `model` with a learned position table of `contextLength` rows
 * (`posEmbed.weight`) and `config.contextLength` updated. Llama-family models have no position table:
 * they extend their context through RoPE scaling instead (`config.ropeScaling`), so they are refused.
 */
export function resizePositions(model: Transformer, contextLength: number, options: ResizePositionsOptions): Transformer {
  const { config } = model;
  const operation = 'resizePositions';
  if (config.family !== 'gpt2') {
    throw new ConfigError(
      `${operation}: the ${config.family} family has no learned position table (it uses RoPE). To extend its context, set ` +
        "config.ropeScaling (e.g. { type: 'linear', factor: 4 }, or 'ntk', 'yarn', 'llama3') and config.contextLength, and load " +
        'the same weights into a new Transformer: new Transformer({ ...model.config, contextLength, ropeScaling }, { weights: model.params }).',
    );
  }
  assertSurgeryPossible(model, operation);
  if (!Number.isInteger(contextLength) || contextLength <= 0) {
    throw new ConfigError(`${operation}: contextLength must be a positive integer, got ${contextLength}.`);
  }
  const method = options.method as string;
  if (method !== 'interpolate' && method !== 'append') {
    throw new ConfigError(`${operation}: method must be "interpolate" or "append", got ${JSON.stringify(method)}.`);
  }
  if (contextLength < config.contextLength && options.allowShrink !== true) {
    throw new ConfigError(
      `${operation}: ${contextLength} is shorter than the model's context (${config.contextLength}); pass allowShrink: true to shorten the position table.`,
    );
  }
  const table = param(model, 'posEmbed.weight');
  const resized = method === 'append'
    ? resizeRows(table, contextLength, 'normal', new SeededRandom(options.seed ?? 0, 0))
    : interpolateRows(table, contextLength);
  return rebuild(model, { contextLength }, new Map([['posEmbed.weight', resized]]), options.seed ?? 0);
}

/** How {@link extendContext} stretches the model's positions. */
export type ContextExtensionMethod = 'interpolate' | 'linear' | 'ntk' | 'yarn';

/**
 * A copy of `model` whose context window holds `contextLength` tokens (more than now), factor s = new / old:
 * - GPT-2 family: `interpolate` (the only method) stretches the learned position table (`resizePositions`).
 * - Llama family (RoPE): `linear` position interpolation (positions divided by s; Hugging Face
 *   `rope_scaling: { rope_type: "linear", factor: s }`), `ntk` (NTK-aware: the RoPE base θ becomes
 *   θ·s^(D/(D-2)), written as a new `rope_theta`, which is what dynamic NTK computes at the new length), or
 *   `yarn` (`rope_type: "yarn"` with `original_max_position_embeddings` = the old context). A model that
 *   already has scaling of the same type has its factor multiplied.
 * ConfigError naming the method or length when the family cannot use it or the length is not larger.
 */
export function extendContext(model: Transformer, contextLength: number, method: ContextExtensionMethod): Transformer {
  const { config } = model;
  const operation = 'extendContext';
  if (!Number.isInteger(contextLength) || contextLength <= config.contextLength) {
    throw new ConfigError(
      `${operation}: the new context length must be an integer larger than the model's (${config.contextLength}), got ${contextLength}.`,
    );
  }
  const valid = config.family === 'gpt2' ? ['interpolate'] : ['linear', 'ntk', 'yarn'];
  if (!valid.includes(method)) {
    const why = config.family === 'gpt2' ? 'GPT-2 has a learned position table and no RoPE' : 'Llama uses RoPE and has no learned position table';
    throw new ConfigError(`${operation}: method ${JSON.stringify(method)} does not apply to the ${config.family} family (${why}); use ${valid.map((v) => `"${v}"`).join(' or ')}.`);
  }
  if (method === 'interpolate') return resizePositions(model, contextLength, { method: 'interpolate' });
  assertSurgeryPossible(model, operation);
  const factor = contextLength / config.contextLength;
  const theta = config.ropeTheta ?? 10000;
  const current = config.ropeScaling;
  if (current !== undefined && current.type !== method) {
    throw new ConfigError(
      `${operation}: the model already uses ${current.type} RoPE scaling; extend it with method "${current.type}" again (its factor is multiplied), not "${method}".`,
    );
  }
  let changes: Partial<TransformerConfig>;
  if (method === 'ntk') {
    const dim = config.dModel / config.nHeads;
    changes = { ropeTheta: theta * factor ** (dim / (dim - 2)) };
  } else if (method === 'linear') {
    changes = { ropeScaling: { type: 'linear', factor: factor * (current?.factor ?? 1) } };
  } else {
    changes = {
      ropeScaling: {
        ...current, type: 'yarn', factor: factor * (current?.factor ?? 1),
        originalMaxPositionEmbeddings: current?.originalMaxPositionEmbeddings ?? config.contextLength,
      },
    };
  }
  return rebuild(model, { ...changes, contextLength }, new Map(), 0);
}

/**
 * A copy of `model` with a scalar value head on the final hidden state (`valueHead.weight` `[d, 1]`
 * N(0, 0.02²) from `seed`, `valueHead.bias` 0) and `config.valueHead` true. A model that already has
 * a value head keeps it.
 */
export function addValueHead(model: Transformer, options: { seed?: number } = {}): Transformer {
  assertSurgeryPossible(model, 'addValueHead');
  return rebuild(model, { valueHead: true }, new Map(), options.seed ?? 0);
}

/**
 * A copy of `model` as a sequence-classification (reward) model: a scalar score head without bias on the
 * final hidden state (`scoreHead.weight` `[d, 1]`, N(0, 0.02²) from `seed`, as transformers initialises
 * `score`) in place of the LM head (an untied `lmHead.weight` and any value head are dropped);
 * `config.scoreHead` true. A model that already has a score head keeps it. `padTokenId` (default: the
 * model's) sets `config.padTokenId`, by which transformers finds each row's last token in a padded batch.
 */
export function addScoreHead(model: Transformer, options: { seed?: number; padTokenId?: number } = {}): Transformer {
  assertSurgeryPossible(model, 'addScoreHead');
  const dropped = (name: string): boolean => name.startsWith('lmHead.') || name.startsWith('valueHead.');
  const padTokenId = options.padTokenId ?? model.config.padTokenId;
  return rebuild(model, { scoreHead: true, valueHead: false, ...(padTokenId === undefined ? {} : { padTokenId }) }, new Map(), options.seed ?? 0, dropped);
}

/** A copy of `model` without its value head (`config.valueHead` false); the language model is unchanged. */
export function dropValueHead(model: Transformer): Transformer {
  assertSurgeryPossible(model, 'dropValueHead');
  return rebuild(model, { valueHead: false }, new Map(), 0, (name) => name.startsWith('valueHead.'));
}

/**
 * A new model with `changes` to the config and `replaced` weights (disposed here); every other weight
 * (but the `dropped` ones) shared with `model`. Missing value-head weights are initialised from `seed`.
 */
function rebuild(
  model: Transformer,
  changes: Partial<TransformerConfig>,
  replaced: Map<string, tf.Tensor>,
  seed: number,
  dropped: (name: string) => boolean = () => false,
): Transformer {
  try {
    const weights = new Map<string, tf.Tensor>();
    for (const [name, variable] of model.params) if (!dropped(name)) weights.set(name, replaced.get(name) ?? variable);
    const next = new Transformer({ ...model.config, ...changes }, { weights, seed });
    for (const [name, variable] of next.params) {
      const old = model.params.get(name);
      if (old !== undefined) variable.trainable = old.trainable;
    }
    return next;
  } finally {
    tf.dispose([...replaced.values()]);
  }
}

/**
 * `table` `[R, d]` with `rows` rows: the first `min(R, rows)` rows copied exactly, new rows either
 * N(0, 0.02²) from `rng` or the mean of the old rows.
 */
function resizeRows(table: tf.Tensor2D, rows: number, init: 'normal' | 'mean', rng: SeededRandom): tf.Tensor2D {
  const [oldRows, width] = table.shape;
  return tf.tidy((): tf.Tensor2D => {
    if (rows <= oldRows) return tf.slice(table, [0, 0], [rows, width]); // [rows, d]
    const added = rows - oldRows;
    const fresh = init === 'mean'
      ? tf.tile(tf.mean(table, 0, true), [added, 1]) // [added, d]
      : tf.tensor2d(rng.normalArray(added * width, INIT_STD), [added, width]);
    return tf.concat([table, fresh], 0) as tf.Tensor2D; // [rows, d]
  });
}

/** `table` `[R, d]` resampled to `[rows, d]`: row i = linear interpolation at x = i·(R-1)/(rows-1). */
function interpolateRows(table: tf.Tensor2D, rows: number): tf.Tensor2D {
  const oldRows = table.shape[0];
  const scale = rows > 1 ? (oldRows - 1) / (rows - 1) : 0;
  const lower: number[] = [];
  const upper: number[] = [];
  const frac: number[] = [];
  for (let i = 0; i < rows; i++) {
    const x = i * scale;
    const below = Math.min(Math.floor(x), oldRows - 1);
    lower.push(below);
    upper.push(Math.min(below + 1, oldRows - 1));
    frac.push(x - below);
  }
  return tf.tidy(() => {
    const w = tf.tensor2d(frac, [rows, 1]); // [rows, 1]
    const a = tf.gather(table, tf.tensor1d(lower, 'int32')); // [rows, d]
    const b = tf.gather(table, tf.tensor1d(upper, 'int32')); // [rows, d]
    // Where x falls on an old row, frac is 0 and the row is copied exactly (a·1 + b·0).
    return tf.add(tf.mul(a, tf.sub(1, w)), tf.mul(b, w)) as tf.Tensor2D;
  });
}

function assertSurgeryPossible(model: Transformer, operation: string): void {
  if ([...model.params.values()].some((v) => v.isDisposed)) {
    throw new ConfigError(`${operation}: the model was disposed; load or create it again.`);
  }
  const swapped = [...model.linears()].filter(([, layer]) => !(layer instanceof Linear)).map(([name]) => name);
  if (swapped.length > 0) {
    throw new ConfigError(
      `${operation}: layer(s) ${swapped.slice(0, 5).join(', ')} were swapped in with replaceLinear (adapters such as LoRA); ` +
        'surgery copies plain weights only. Merge the adapters and restore the plain layers first, or do the surgery before adding adapters.',
    );
  }
}

function param(model: Transformer, name: string): tf.Tensor2D {
  const variable = model.params.get(name);
  if (variable === undefined) throw new ConfigError(`Model surgery: the model has no parameter "${name}".`);
  return variable as tf.Tensor2D;
}
