import { CheckpointError } from '../errors.js';
import type { RopeScaling } from '../ops/index.js';

type Json = Record<string, unknown>;

/** RoPE settings read from a Hugging Face `config.json`. */
export interface HfRope {
  theta: number;
  scaling?: RopeScaling;
}

/**
 * RoPE settings from either `config.json` layout:
 * - transformers 4: top-level `rope_theta` and `rope_scaling: { rope_type | type, factor, … }`;
 * - transformers 5: `rope_parameters: { rope_type, rope_theta, factor, … }`.
 * A file holding both (what {@link ropeToHf} writes, so that both versions load it) must agree;
 * transformers 5 would silently prefer the 4.x fields, so a disagreement is an error here.
 */
export function ropeFromHf(hf: Json, where: string): HfRope {
  const contextLength = hf['max_position_embeddings'];
  const legacy = legacyRope(hf, where);
  const parameters = hf['rope_parameters'];
  if (parameters === undefined || parameters === null) return resolveRope(legacy, contextLength, where, 'rope_scaling');
  if (typeof parameters !== 'object' || Array.isArray(parameters)) {
    throw new CheckpointError(`${where}: rope_parameters must be an object, got ${JSON.stringify(parameters)}.`);
  }
  const fromParameters = resolveRope(parameters as Json, contextLength, where, 'rope_parameters');
  if (hf['rope_theta'] !== undefined || !isEmptyScaling(hf['rope_scaling'])) {
    const fromLegacy = resolveRope(legacy, contextLength, where, 'rope_scaling');
    if (JSON.stringify(fromLegacy) !== JSON.stringify(fromParameters)) {
      throw new CheckpointError(
        `${where}: rope_parameters ${JSON.stringify(parameters)} disagrees with rope_theta / rope_scaling ` +
          `(${JSON.stringify({ rope_theta: hf['rope_theta'], rope_scaling: hf['rope_scaling'] })}); transformers 4 reads the ` +
          'latter, transformers 5 the former. Keep one layout, or make them agree.',
      );
    }
  }
  return fromParameters;
}

/**
 * The RoPE fields of a `config.json` in both layouts (`rope_theta` + `rope_scaling` for transformers 4,
 * `rope_parameters` for transformers 5), with the same values, so that either version loads it.
 */
export function ropeToHf(theta: number, scaling: RopeScaling | undefined): Json {
  const fields = scaling === undefined ? undefined : scalingFields(scaling);
  return {
    rope_theta: theta,
    rope_scaling: fields === undefined ? null : { ...fields, ...(fields['rope_type'] === 'llama3' ? {} : { type: fields['rope_type'] }) },
    rope_parameters: { rope_type: 'default', ...fields, rope_theta: theta },
  };
}

/** The 4.x fields as one `rope_parameters`-like object. */
function legacyRope(hf: Json, where: string): Json {
  const scaling = hf['rope_scaling'];
  if (scaling !== undefined && scaling !== null && (typeof scaling !== 'object' || Array.isArray(scaling))) {
    throw new CheckpointError(`${where}: rope_scaling must be an object or null.`);
  }
  return { ...(scaling as Json | null | undefined), rope_theta: hf['rope_theta'] ?? 10000 };
}

function isEmptyScaling(value: unknown): boolean {
  return value === undefined || value === null;
}

/** Fields of a RoPE dict that change nothing here (`type` is the 4.x spelling of `rope_type`). */
const IGNORED_ROPE_FIELDS = new Set(['rope_type', 'type', 'rope_theta', 'factor']);

function resolveRope(p: Json, contextLength: unknown, where: string, field: string): HfRope {
  const theta = p['rope_theta'];
  if (typeof theta !== 'number' || !Number.isFinite(theta) || theta <= 0) {
    throw new CheckpointError(`${where}: ${field === 'rope_parameters' ? 'rope_parameters.rope_theta' : 'rope_theta'} must be a positive number, got ${JSON.stringify(theta)}.`);
  }
  const partial = p['partial_rotary_factor'];
  if (partial !== undefined && partial !== null && partial !== 1) {
    throw new CheckpointError(`${where}: ${field}.partial_rotary_factor = ${JSON.stringify(partial)} (RoPE on part of each head) is not supported; Stagecoach rotates whole heads.`);
  }
  const type = p['rope_type'] ?? p['type'] ?? 'default';
  // Dynamic NTK only changes the frequencies beyond max_position_embeddings, which is the context length here.
  if (type === 'default' || type === 'dynamic') {
    checkNoOtherFields(p, ['partial_rotary_factor', ...(type === 'dynamic' ? ['original_max_position_embeddings'] : [])], where, field);
    return { theta };
  }
  const factor = p['factor'];
  if (typeof factor !== 'number' || !Number.isFinite(factor) || factor <= 0) {
    throw new CheckpointError(`${where}: ${field}.factor must be a positive number for rope_type "${String(type)}", got ${JSON.stringify(factor)}.`);
  }
  if (type === 'linear') {
    checkNoOtherFields(p, ['partial_rotary_factor'], where, field);
    return { theta, scaling: { type: 'linear', factor } };
  }
  if (type === 'yarn') return { theta, scaling: yarnScaling(p, factor, contextLength, where, field) };
  if (type === 'llama3') return { theta, scaling: llama3Scaling(p, factor, where, field) };
  throw new CheckpointError(
    `${where}: ${field} type ${JSON.stringify(type)} is not supported. Supported: default, linear, dynamic, yarn, llama3.`,
  );
}

function yarnScaling(p: Json, factor: number, contextLength: unknown, where: string, field: string): RopeScaling {
  for (const variant of ['attention_factor', 'mscale', 'mscale_all_dim']) {
    if (p[variant] !== undefined && p[variant] !== null) {
      throw new CheckpointError(`${where}: ${field}.${variant} (YaRN variant) is not supported.`);
    }
  }
  if (p['truncate'] === false) {
    throw new CheckpointError(`${where}: ${field}.truncate = false is not supported; Stagecoach's YaRN truncates the correction range as the original does.`);
  }
  checkNoOtherFields(p, ['partial_rotary_factor', 'attention_factor', 'mscale', 'mscale_all_dim', 'truncate', 'original_max_position_embeddings', 'beta_fast', 'beta_slow'], where, field);
  // Both transformers versions fall back to max_position_embeddings for the original context.
  const original = p['original_max_position_embeddings'] ?? contextLength;
  const beta = (name: string): number | undefined => {
    const v = p[name];
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'number' || !(v > 0)) throw new CheckpointError(`${where}: ${field}.${name} must be a positive number, got ${JSON.stringify(v)}.`);
    return v;
  };
  const betaFast = beta('beta_fast');
  const betaSlow = beta('beta_slow');
  return {
    type: 'yarn',
    factor,
    ...(typeof original === 'number' ? { originalMaxPositionEmbeddings: original } : {}),
    ...(betaFast === undefined ? {} : { betaFast }),
    ...(betaSlow === undefined ? {} : { betaSlow }),
  };
}

function llama3Scaling(p: Json, factor: number, where: string, field: string): RopeScaling {
  checkNoOtherFields(p, ['partial_rotary_factor', 'original_max_position_embeddings', 'low_freq_factor', 'high_freq_factor'], where, field);
  // Hugging Face `_validate_llama3_parameters` requires all four; a missing one is a KeyError there.
  const positive = (name: string): number => {
    const v = p[name];
    if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0) {
      throw new CheckpointError(`${where}: ${field}.${name} must be a positive number for rope_type "llama3", got ${JSON.stringify(v)}.`);
    }
    return v;
  };
  const originalMaxPositionEmbeddings = positive('original_max_position_embeddings');
  const lowFreqFactor = positive('low_freq_factor');
  const highFreqFactor = positive('high_freq_factor');
  if (!(highFreqFactor > lowFreqFactor)) {
    throw new CheckpointError(
      `${where}: ${field}.high_freq_factor (${highFreqFactor}) must be greater than ${field}.low_freq_factor (${lowFreqFactor}).`,
    );
  }
  return { type: 'llama3', factor, lowFreqFactor, highFreqFactor, originalMaxPositionEmbeddings };
}

/** A RoPE field this reader does not know may change the frequencies: refuse it rather than ignore it. */
function checkNoOtherFields(p: Json, allowed: readonly string[], where: string, field: string): void {
  for (const [key, value] of Object.entries(p)) {
    if (IGNORED_ROPE_FIELDS.has(key) || allowed.includes(key) || value === null) continue;
    throw new CheckpointError(
      `${where}: ${field}.${key} is not understood for rope_type "${String(p['rope_type'] ?? p['type'] ?? 'default')}" and may change ` +
        `the rotary frequencies; refusing to load with it ignored. Remove it if it is metadata.`,
    );
  }
}

function scalingFields(scaling: RopeScaling): Json {
  switch (scaling.type) {
    case 'linear':
      return { rope_type: 'linear', factor: scaling.factor };
    case 'yarn':
      return {
        rope_type: 'yarn',
        factor: scaling.factor,
        ...(scaling.originalMaxPositionEmbeddings === undefined ? {} : { original_max_position_embeddings: scaling.originalMaxPositionEmbeddings }),
        ...(scaling.betaFast === undefined ? {} : { beta_fast: scaling.betaFast }),
        ...(scaling.betaSlow === undefined ? {} : { beta_slow: scaling.betaSlow }),
      };
    case 'llama3':
      return {
        rope_type: 'llama3',
        factor: scaling.factor,
        low_freq_factor: scaling.lowFreqFactor ?? null,
        high_freq_factor: scaling.highFreqFactor ?? null,
        original_max_position_embeddings: scaling.originalMaxPositionEmbeddings ?? null,
      };
    default:
      throw new CheckpointError(
        `ropeScaling type "${scaling.type}" (static NTK) has no Hugging Face rope_scaling equivalent; use linear, yarn or llama3 to save in HF format.`,
      );
  }
}
