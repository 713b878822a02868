import { ELEMENT_INDEX, FlatProgram, WORKGROUP_INDEX, sizeOf, workgroupSumFn } from './program-util.js';

/** What a {@link RowProgram} or {@link RowElementProgram} dispatches over an `[N, D]` input. */
export interface RowProgramSpec {
  shaderKey: string;
  variableNames: string[];
  outputShape: number[];
  /** Rows of the `[N, D]` input (one workgroup each in a {@link RowProgram}). */
  rows: number;
  /** WGSL uniform fields after the base's own (`rows, cols` or `count, cols`), e.g. `eps : f32,`. */
  uniforms?: string;
}

/**
 * One workgroup of 64 invocations per row of an `[N, D]` input (row norms, cross-entropy). Uniforms
 * `rows, cols`, then the spec's. The subclass's {@link rowBody} runs in `main` with `row`, `valid`
 * (`row < rows`: workgroups past the last row must still reach every barrier, so they compute on
 * nothing), `cols` and `base` (the row's first element) in scope, after {@link helpers}.
 */
export abstract class RowProgram extends FlatProgram {
  constructor(spec: RowProgramSpec) {
    super({
      shaderKey: spec.shaderKey, variableNames: spec.variableNames, outputShape: spec.outputShape,
      uniforms: `rows : i32, cols : i32, ${spec.uniforms ?? ''}`, workgroups: spec.rows,
    });
  }

  /** WGSL declared before `main`; by default `workgroupSum(value)`, a sum over the workgroup. */
  protected helpers(): string {
    return `
  var<workgroup> partial : array<f32, 64>;
  ${workgroupSumFn('workgroupSum', 'partial')}`;
  }

  /** WGSL: the body of `main` for one row. */
  protected abstract rowBody(): string;

  getUserCode(): string {
    return `${this.helpers()}
  fn main(index : i32) {
    let row = ${WORKGROUP_INDEX};
    let valid = row < uniforms.rows;
    let cols = uniforms.cols;
    let base = row * cols;
    ${this.rowBody()}
  }`;
  }
}

/**
 * One invocation per element of an `[N, D]` output that reads per-row values (a norm's `dx` from
 * per-row stats). Uniforms `count, cols`. The subclass's {@link elementBody} runs with `e` (the
 * element), `row` and `c` (its column) in scope.
 */
export abstract class RowElementProgram extends FlatProgram {
  constructor(spec: Omit<RowProgramSpec, 'rows'>) {
    super({
      shaderKey: spec.shaderKey, variableNames: spec.variableNames, outputShape: spec.outputShape,
      uniforms: `count : i32, cols : i32, ${spec.uniforms ?? ''}`, workgroups: Math.ceil(sizeOf(spec.outputShape) / 64),
    });
  }

  /** WGSL: what `main` does for element `e`. */
  protected abstract elementBody(): string;

  getUserCode(): string {
    return `
  fn main(index : i32) {
    let e = ${ELEMENT_INDEX};
    if (e < uniforms.count) {
      let row = e / uniforms.cols;
      let c = e - row * uniforms.cols;
      ${this.elementBody()}
    }
  }`;
  }
}
