import type { tf } from '@stagecoach/core';
import { isWebGPUBackend } from '../tfjs-internals.js';
import type { ProgramUniform, WebGPUBackend, WebGPUProgram } from '../tfjs-internals.js';

/** Most workgroups one dispatch dimension gets from us (WebGPU guarantees 65535). */
const MAX_GROUPS_X = 32768;

/**
 * A dispatch of `count` workgroups as a 2-D grid (`x · y >= count`). The shader's workgroup number is
 * {@link WORKGROUP_INDEX}; workgroups past `count` must do nothing but take part in barriers.
 */
export function workgroupGrid(count: number): [number, number, number] {
  const x = Math.max(1, Math.min(count, MAX_GROUPS_X));
  return [x, Math.max(1, Math.ceil(count / x)), 1];
}

/** WGSL: this workgroup's number in a {@link workgroupGrid} dispatch. */
export const WORKGROUP_INDEX = 'i32(workgroupId.y * numWorkgroups.x + workgroupId.x)';

/** The program's `dispatchLayout`: flat, so tfjs calls `fn main(index : i32)` (the index is unused). */
export const FLAT_LAYOUT = { x: [0] };

/**
 * WGSL: a sum over the 64 invocations of a workgroup through `buffer` (a `var<workgroup>` of 64 f32).
 * Every invocation must call it, in uniform control flow.
 */
export function workgroupSumFn(name: string, buffer: string): string {
  return `
  fn ${name}(value : f32) -> f32 {
    ${buffer}[localIndex] = value;
    workgroupBarrier();
    for (var stride = 32u; stride > 0u; stride = stride >> 1u) {
      if (localIndex < stride) { ${buffer}[localIndex] = ${buffer}[localIndex] + ${buffer}[localIndex + stride]; }
      workgroupBarrier();
    }
    let total = ${buffer}[0];
    workgroupBarrier();
    return total;
  }`;
}

/** The tfjs WebGPU backend a kernel runs on; throws when a kernel is registered on another backend. */
export function webgpuBackendOf(backend: object, kernelName: string): WebGPUBackend {
  if (!isWebGPUBackend(backend)) {
    throw new Error(`${kernelName}: this WGSL kernel runs only on the tfjs 'webgpu' backend`);
  }
  return backend;
}

export const f32 = (...data: number[]): ProgramUniform => ({ type: 'float32', data });
export const i32 = (...data: number[]): ProgramUniform => ({ type: 'int32', data });

/** Named float32 inputs of a kernel, checked to be present. */
export function tensorInputs<K extends string>(inputs: tf.NamedTensorInfoMap, names: readonly K[], kernelName: string): Record<K, tf.TensorInfo> {
  const out = {} as Record<K, tf.TensorInfo>;
  for (const name of names) {
    const t = inputs[name];
    if (t === undefined) throw new Error(`${kernelName}: input '${name}' is missing`);
    out[name] = t;
  }
  return out;
}

/** One float32 input of a kernel, checked to be present. */
export function tensorInput(inputs: tf.NamedTensorInfoMap, name: string, kernelName: string): tf.TensorInfo {
  return tensorInputs(inputs, [name], kernelName)[name] as tf.TensorInfo;
}

/** Number attributes of a kernel, checked to be numbers. */
export function numberAttrs<K extends string>(attrs: tf.NamedAttrMap | undefined, names: readonly K[], kernelName: string): Record<K, number> {
  const out = {} as Record<K, number>;
  for (const name of names) {
    const value = attrs?.[name];
    if (typeof value !== 'number') throw new Error(`${kernelName}: attribute '${name}' must be a number`);
    out[name] = value;
  }
  return out;
}

/** WGSL float literal for a JavaScript number. */
export function wgslFloat(x: number): string {
  const s = String(x);
  return /[.eE]/.test(s) ? s : `${s}.0`;
}

/** WGSL: the element one invocation handles in an element-wise {@link FlatProgram} (64 per workgroup). */
export const ELEMENT_INDEX = `${WORKGROUP_INDEX} * 64 + i32(localIndex)`;

/** Number of elements of a shape. */
export function sizeOf(shape: readonly number[]): number {
  return shape.reduce((a, b) => a * b, 1);
}

/** What a {@link FlatProgram} dispatches. */
export interface ProgramSpec {
  /** tfjs caches the compiled shader under this key: it must name everything `getUserCode` bakes in. */
  shaderKey: string;
  /** The input buffers, in binding order; the shader must read each one. */
  variableNames: string[];
  outputShape: number[];
  /** WGSL uniform fields after tfjs's own (values passed to `runWebGPUProgram` in this order). */
  uniforms: string;
  /** A count of workgroups laid out by {@link workgroupGrid} (see {@link WORKGROUP_INDEX}), or an explicit grid. */
  workgroups: number | [number, number, number];
  /** Invocations per workgroup; default 64 (what {@link ELEMENT_INDEX} and {@link workgroupSumFn} assume). */
  workgroupSize?: number;
}

/**
 * The fields every program of this package shares: a flat dispatch layout (tfjs calls
 * `fn main(index : i32)`) and one float32 output. Subclasses pass a {@link ProgramSpec} and give the WGSL.
 */
export abstract class FlatProgram implements WebGPUProgram {
  readonly dispatchLayout = FLAT_LAYOUT;
  readonly shaderKey: string;
  readonly variableNames: string[];
  readonly outputShape: number[];
  readonly uniforms: string;
  readonly dispatch: [number, number, number];
  readonly workgroupSize: [number, number, number];

  constructor(spec: ProgramSpec) {
    this.shaderKey = spec.shaderKey;
    this.variableNames = spec.variableNames;
    this.outputShape = spec.outputShape;
    this.uniforms = spec.uniforms;
    this.dispatch = typeof spec.workgroups === 'number' ? workgroupGrid(spec.workgroups) : spec.workgroups;
    this.workgroupSize = [spec.workgroupSize ?? 64, 1, 1];
  }

  abstract getUserCode(): string;
}
