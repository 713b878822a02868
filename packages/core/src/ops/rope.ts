import { tf } from '../tf.js';
import { ConfigError } from '../errors.js';
import { defineCustomOp, runCustomOp } from './define-op.js';

/** RoPE context-extension scaling (Hugging Face `rope_scaling`). */
export interface RopeScaling {
  /**
   * `linear`: positions divided by `factor`; `ntk`: base scaled by `factor^(D/(D-2))`; `yarn`: YaRN;
   * `llama3`: Llama 3.1 wavelength-banded scaling (Hugging Face `rope_type: "llama3"`).
   */
  type: 'linear' | 'ntk' | 'yarn' | 'llama3';
  factor: number;
  /** Context length the model was trained with. Required by `yarn` and `llama3`. */
  originalMaxPositionEmbeddings?: number;
  /** YaRN: rotations above which a frequency is extrapolated (kept). Default 32. */
  betaFast?: number;
  /** YaRN: rotations below which a frequency is interpolated (divided by `factor`). Default 1. */
  betaSlow?: number;
  /**
   * Llama 3: frequencies whose wavelength exceeds `originalMaxPositionEmbeddings / lowFreqFactor`
   * are divided by `factor`. Required by `llama3` (Llama 3.1/3.2: 1).
   */
  lowFreqFactor?: number;
  /**
   * Llama 3: frequencies whose wavelength is below `originalMaxPositionEmbeddings / highFreqFactor`
   * are kept; between the two bounds they are smoothly interpolated. Required by `llama3`
   * (Llama 3.1/3.2: 4); must exceed `lowFreqFactor`.
   */
  highFreqFactor?: number;
}

/** Rotary position embedding settings. */
export interface RopeConfig {
  headDim: number;
  /** Base θ of the frequencies `θ^(-2i/D)` (Llama: 10000; Llama 3: 500000). */
  theta: number;
  scaling?: RopeScaling;
}

/**
 * Kernel name of {@link rope} (the rotation; the op computes the cos/sin tables with tf ops).
 *
 * Kernel contract (forward):
 * - inputs, in order: `x` float32 `[B, H, T, D]`, `cos` float32 `[B, T, D/2]`, `sin` float32 `[B, T, D/2]`
 *   (already multiplied by the scaling's attention factor).
 * - attrs: none.
 * - output: float32 `[B, H, T, D]`, rotate-half convention (Hugging Face Llama, pairs `(i, i + D/2)`):
 *   for `i < D/2`, `y[i] = x[i]·cos[i] - x[i+D/2]·sin[i]`, `y[i+D/2] = x[i+D/2]·cos[i] + x[i]·sin[i]`.
 *
 * Gradient kernel `StagecoachRopeGrad` (optional):
 * - inputs, in order: `dy` `[B, H, T, D]`, `x`, `cos`, `sin`.
 * - outputs: `[dx]` = the same rotation with `-sin`: `dx[i] = dy[i]·cos[i] + dy[i+D/2]·sin[i]`,
 *   `dx[i+D/2] = dy[i+D/2]·cos[i] - dy[i]·sin[i]`. `cos` and `sin` get no gradient.
 */
export const ROPE_KERNEL = 'StagecoachRope';

/** Inverse frequencies `[D/2]` and the attention (magnitude) factor applied to cos and sin. */
export interface RopeFrequencies {
  invFreq: Float64Array;
  attentionFactor: number;
}

/**
 * The rotary inverse frequencies for a config, in float64, following Hugging Face
 * `ROPE_INIT_FUNCTIONS` (`default`, `linear`, static NTK, `yarn` incl. its attention factor
 * `0.1·ln(factor) + 1`, `llama3`).
 */
export function ropeFrequencies(config: RopeConfig): RopeFrequencies {
  const { headDim: dim, theta, scaling } = config;
  if (!Number.isInteger(dim) || dim <= 0 || dim % 2 !== 0) {
    throw new ConfigError(`rope: headDim must be a positive even integer; got ${dim}.`);
  }
  if (!(theta > 0)) throw new ConfigError(`rope: theta must be positive; got ${theta}.`);
  const half = dim / 2;
  const frequencies = (base: number): Float64Array => {
    const out = new Float64Array(half);
    for (let i = 0; i < half; i++) out[i] = 1 / base ** ((2 * i) / dim);
    return out;
  };
  if (scaling === undefined) return { invFreq: frequencies(theta), attentionFactor: 1 };
  const { type, factor } = scaling;
  if (!(factor > 0)) throw new ConfigError(`rope: scaling.factor must be positive; got ${factor}.`);
  switch (type) {
    case 'linear':
      return { invFreq: frequencies(theta).map((f) => f / factor), attentionFactor: 1 };
    case 'ntk':
      return { invFreq: frequencies(theta * factor ** (dim / (dim - 2))), attentionFactor: 1 };
    case 'yarn':
      return yarnFrequencies(config, scaling);
    case 'llama3':
      return { invFreq: llama3Frequencies(frequencies(theta), scaling), attentionFactor: 1 };
    default:
      throw new ConfigError(
        `rope: unknown scaling.type '${String(type)}'; valid values: 'linear', 'ntk', 'yarn', 'llama3'.`,
      );
  }
}

/** YaRN (Peng et al. 2023), as Hugging Face `_compute_yarn_parameters` with `truncate = true`. */
function yarnFrequencies(config: RopeConfig, scaling: RopeScaling): RopeFrequencies {
  const { headDim: dim, theta: base } = config;
  const { factor, originalMaxPositionEmbeddings: originalMax } = scaling;
  if (originalMax === undefined || !(originalMax > 0)) {
    throw new ConfigError(
      'rope: scaling type "yarn" needs scaling.originalMaxPositionEmbeddings (the pre-extension context length, ' +
        'Hugging Face `rope_scaling.original_max_position_embeddings`).',
    );
  }
  const betaFast = scaling.betaFast ?? 32;
  const betaSlow = scaling.betaSlow ?? 1;
  const correctionDim = (rotations: number): number =>
    (dim * Math.log(originalMax / (rotations * 2 * Math.PI))) / (2 * Math.log(base));
  const low = Math.max(Math.floor(correctionDim(betaFast)), 0);
  let high = Math.min(Math.ceil(correctionDim(betaSlow)), dim - 1);
  if (low === high) high += 0.001;
  const half = dim / 2;
  const invFreq = new Float64Array(half);
  for (let i = 0; i < half; i++) {
    const posFreq = base ** ((2 * i) / dim);
    const extrapolation = 1 / posFreq;
    const interpolation = 1 / (factor * posFreq);
    const ramp = Math.min(Math.max((i - low) / (high - low), 0), 1);
    const extrapolationFactor = 1 - ramp;
    invFreq[i] = interpolation * (1 - extrapolationFactor) + extrapolation * extrapolationFactor;
  }
  const attentionFactor = factor <= 1 ? 1 : 0.1 * Math.log(factor) + 1;
  return { invFreq, attentionFactor };
}

/**
 * Llama 3 scaling, as Hugging Face `_compute_llama3_parameters`: with `wavelen = 2π / invFreq`,
 * frequencies with `wavelen > originalMax / lowFreqFactor` are divided by `factor`, those with
 * `wavelen < originalMax / highFreqFactor` are kept, and those between are
 * `(1 - smooth)·f/factor + smooth·f` with `smooth = (originalMax / wavelen - low) / (high - low)`.
 */
function llama3Frequencies(invFreq: Float64Array, scaling: RopeScaling): Float64Array {
  const { factor, originalMaxPositionEmbeddings: originalMax, lowFreqFactor: low, highFreqFactor: high } = scaling;
  const needs = (field: string, hf: string, value: number | undefined): number => {
    if (value === undefined || !Number.isFinite(value) || value <= 0) {
      throw new ConfigError(
        `rope: scaling type "llama3" needs a positive scaling.${field} (Hugging Face \`rope_scaling.${hf}\`); ` +
          `got ${String(value)}.`,
      );
    }
    return value;
  };
  const oldContext = needs('originalMaxPositionEmbeddings', 'original_max_position_embeddings', originalMax);
  const lowFactor = needs('lowFreqFactor', 'low_freq_factor', low);
  const highFactor = needs('highFreqFactor', 'high_freq_factor', high);
  if (!(highFactor > lowFactor)) {
    throw new ConfigError(
      `rope: scaling.highFreqFactor (${highFactor}) must be greater than scaling.lowFreqFactor (${lowFactor}) ` +
        'for "llama3" scaling (Llama 3.1/3.2 use 4 and 1).',
    );
  }
  const lowFreqWavelen = oldContext / lowFactor;
  const highFreqWavelen = oldContext / highFactor;
  return invFreq.map((f) => {
    const wavelen = (2 * Math.PI) / f;
    if (wavelen < highFreqWavelen) return f;
    if (wavelen > lowFreqWavelen) return f / factor;
    const smooth = (oldContext / wavelen - lowFactor) / (highFactor - lowFactor);
    return ((1 - smooth) * f) / factor + smooth * f;
  });
}

/**
 * The cos and sin tables `[B, T, D/2]` for `positions: int32 [B, T]`, already multiplied by the
 * attention factor. Compute once per forward pass and pass to {@link applyRope} for every layer.
 */
export function ropeTables(positions: tf.Tensor2D, config: RopeConfig): { cos: tf.Tensor3D; sin: tf.Tensor3D } {
  const { invFreq, attentionFactor } = ropeFrequencies(config);
  return tf.tidy(() => {
    const freq = tf.tensor1d(Float32Array.from(invFreq), 'float32'); // [D/2]
    const angles = tf.mul(tf.expandDims(tf.cast(positions, 'float32'), 2), freq); // [B, T, D/2]
    const cos = tf.cos(angles);
    const sin = tf.sin(angles);
    if (attentionFactor === 1) return { cos: cos as tf.Tensor3D, sin: sin as tf.Tensor3D };
    return { cos: tf.mul(cos, attentionFactor) as tf.Tensor3D, sin: tf.mul(sin, attentionFactor) as tf.Tensor3D };
  });
}

function rotate(x: tf.Tensor4D, cos: tf.Tensor, sin: tf.Tensor): tf.Tensor4D {
  const [batch, , time, dim] = x.shape;
  const half = dim / 2;
  const c = tf.reshape(cos, [batch, 1, time, half]); // [B, 1, T, D/2]
  const s = tf.reshape(sin, [batch, 1, time, half]);
  const [x1, x2] = tf.split(x, 2, 3) as [tf.Tensor4D, tf.Tensor4D]; // [B, H, T, D/2] each
  return tf.concat([tf.sub(tf.mul(x1, c), tf.mul(x2, s)), tf.add(tf.mul(x2, c), tf.mul(x1, s))], 3) as tf.Tensor4D;
}

const ropeOp = defineCustomOp({
  kernelName: ROPE_KERNEL,
  inputNames: ['x', 'cos', 'sin'],
  gradInputNames: ['x'],
  forward(inputs) {
    const { x, cos, sin } = inputs as { x: tf.Tensor4D; cos: tf.Tensor3D; sin: tf.Tensor3D };
    return rotate(x, cos, sin);
  },
  backward(dy, inputs) {
    const { cos, sin } = inputs as { cos: tf.Tensor3D; sin: tf.Tensor3D };
    return [rotate(dy as tf.Tensor4D, cos, tf.neg(sin))];
  },
});

/** Applies precomputed RoPE tables (from {@link ropeTables}) to `x: [B, H, T, D]`. */
export function applyRope(x: tf.Tensor4D, cos: tf.Tensor3D, sin: tf.Tensor3D): tf.Tensor4D {
  const [batch, , time, dim] = x.shape;
  const expected = [batch, time, dim / 2];
  if (x.rank !== 4 || dim % 2 !== 0 || cos.shape.some((d, i) => d !== expected[i]) || sin.shape.some((d, i) => d !== expected[i])) {
    throw new ConfigError(
      `rope: expected x [B, H, T, D] with even D and cos/sin [B, T, D/2] = [${expected.join(', ')}]; got x ` +
        `[${x.shape.join(', ')}], cos [${cos.shape.join(', ')}], sin [${sin.shape.join(', ')}].`,
    );
  }
  return runCustomOp(ropeOp, { x, cos, sin }, {}) as tf.Tensor4D;
}

/**
 * Rotary position embedding, rotate-half convention (Hugging Face Llama). `x: [B, H, T, D]`,
 * `positions: int32 [B, T]` → `[B, H, T, D]`.
 */
export function rope(x: tf.Tensor4D, positions: tf.Tensor2D, config: RopeConfig): tf.Tensor4D {
  if (x.shape[3] !== config.headDim) {
    throw new ConfigError(`rope: x last axis is ${x.shape[3]} but config.headDim is ${config.headDim}.`);
  }
  if (positions.rank !== 2 || positions.shape[0] !== x.shape[0] || positions.shape[1] !== x.shape[2]) {
    throw new ConfigError(
      `rope: positions must be [B, T] = [${x.shape[0]}, ${x.shape[2]}]; got [${positions.shape.join(', ')}].`,
    );
  }
  return tf.tidy(() => {
    const { cos, sin } = ropeTables(positions, config);
    return applyRope(x, cos, sin);
  }) as tf.Tensor4D;
}
