import { ELEMENT_INDEX, FlatProgram } from './program-util.js';

/**
 * What {@link ColumnSumProgram} sums over the rows of `[N, D]` inputs, with per-row `stats` `[N, S]`:
 * - `dy*x*r`: `Σ_n dy · x · stats[n, 0]` (RMSNorm's weight gradient; `stats[n, 0] = r`);
 * - `dy*xhat`: `Σ_n dy · (x - stats[n, 0]) · stats[n, 1]` (LayerNorm's gamma gradient; mean, r);
 * - `dy`: `Σ_n dy` (LayerNorm's beta gradient).
 */
export type ColumnSumKind = 'dy*x*r' | 'dy*xhat' | 'dy';

/** A weight gradient: one invocation per column, looping over the rows. Output `[D]`. */
export class ColumnSumProgram extends FlatProgram {
  private readonly kind: ColumnSumKind;

  constructor(kind: ColumnSumKind, cols: number) {
    super({
      shaderKey: `stagecoachColumnSum_${kind}`, variableNames: kind === 'dy' ? ['dy'] : ['dy', 'x', 'stats'], outputShape: [cols],
      uniforms: 'rows : i32, cols : i32, statsWidth : i32,', workgroups: Math.ceil(cols / 64),
    });
    this.kind = kind;
  }

  getUserCode(): string {
    const term = {
      'dy*x*r': 'dy[e] * x[e] * stats[n * uniforms.statsWidth]',
      'dy*xhat': 'dy[e] * (x[e] - stats[n * uniforms.statsWidth]) * stats[n * uniforms.statsWidth + 1]',
      dy: 'dy[e]',
    }[this.kind];
    return `
  fn main(index : i32) {
    let c = ${ELEMENT_INDEX};
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
