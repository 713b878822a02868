import type { WebGPUProgram } from '../tfjs-internals.js';
import { FLAT_LAYOUT, WORKGROUP_INDEX, workgroupGrid } from './program-util.js';

/**
 * What {@link ColumnSumProgram} sums over the rows of `[N, D]` inputs, with per-row `stats` `[N, S]`:
 * - `dy*x*r`: `Σ_n dy · x · stats[n, 0]` (RMSNorm's weight gradient; `stats[n, 0] = r`);
 * - `dy*xhat`: `Σ_n dy · (x - stats[n, 0]) · stats[n, 1]` (LayerNorm's gamma gradient; mean, r);
 * - `dy`: `Σ_n dy` (LayerNorm's beta gradient).
 */
export type ColumnSumKind = 'dy*x*r' | 'dy*xhat' | 'dy';

/** A weight gradient: one invocation per column, looping over the rows. Output `[D]`. */
export class ColumnSumProgram implements WebGPUProgram {
  readonly variableNames: string[];
  readonly outputShape: number[];
  readonly dispatchLayout = FLAT_LAYOUT;
  readonly dispatch: [number, number, number];
  readonly workgroupSize: [number, number, number] = [64, 1, 1];
  readonly uniforms = 'rows : i32, cols : i32, statsWidth : i32,';
  readonly shaderKey: string;
  private readonly kind: ColumnSumKind;

  constructor(kind: ColumnSumKind, _rows: number, cols: number) {
    this.kind = kind;
    this.variableNames = kind === 'dy' ? ['dy'] : ['dy', 'x', 'stats'];
    this.outputShape = [cols];
    this.dispatch = workgroupGrid(Math.ceil(cols / 64));
    this.shaderKey = `stagecoachColumnSum_${kind}`;
  }

  getUserCode(): string {
    const term = {
      'dy*x*r': 'dy[e] * x[e] * stats[n * uniforms.statsWidth]',
      'dy*xhat': 'dy[e] * (x[e] - stats[n * uniforms.statsWidth]) * stats[n * uniforms.statsWidth + 1]',
      dy: 'dy[e]',
    }[this.kind];
    return `
  fn main(index : i32) {
    let c = ${WORKGROUP_INDEX} * 64 + i32(localIndex);
    if (c < uniforms.cols) {
      var sum = 0.0;
      for (var n = 0; n < uniforms.rows; n = n + 1) {
        let e = n * uniforms.cols + c;
        sum = sum + ${term};
      }
      result[c] = sum;
    }
  }`;
  }
}
