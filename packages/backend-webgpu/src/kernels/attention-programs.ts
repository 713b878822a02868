import { ELEMENT_INDEX, FlatProgram } from './program-util.js';

/**
 * WGSL programs of the fused causal attention (FlashAttention-style), for
 * `q: [B, Hq, Tq, D]`, `k, v: [B, Hkv, Tk, D]`, `keyMask: [B, Tk]`; query head `h` reads kv head
 * `h / G` with `G = Hq / Hkv`, and query `i` sits at key position `p = (Tk - Tq) + i`.
 *
 * The queries that share a kv head are processed together as `G · Tq` "rows" (row `r` is head
 * `kvHead · G + r / Tq`, query `r % Tq`), so a tile of keys loaded into workgroup memory serves every
 * query head of the group. No program holds a `[Tq, Tk]` matrix: the forward keeps a running max and
 * sum per row (online softmax); the backward recomputes the probabilities from the row's
 * log-sum-exp instead of storing them.
 *
 * A row whose every key is masked gets, like the reference (which gives every masked score exactly
 * -1e9), the plain average of all `Tk` values; its log-sum-exp is stored as {@link MASKED_ROW}.
 */

/** Rows (threads) per workgroup in the row-parallel programs, and keys per workgroup in the key-parallel one. */
export const ROWS_PER_WORKGROUP = 32;
/** Bytes of workgroup memory a program may use (WebGPU's guaranteed minimum). */
const WORKGROUP_BYTES = 16384;
/** The log-sum-exp stored for a row with no visible key. */
export const MASKED_ROW = 3.0e38;

/** Attention sizes; `groups = hq / hkv`. */
export interface AttentionDims {
  batch: number;
  hq: number;
  hkv: number;
  tq: number;
  tk: number;
  headDim: number;
}

/** Keys (or queries) per shared-memory tile: two `[tile, D]` float tiles must fit in 16 KiB. */
export function tileSize(headDim: number): number {
  return Math.max(1, Math.min(ROWS_PER_WORKGROUP, Math.floor(WORKGROUP_BYTES / (2 * 4 * headDim))));
}

/** The uniforms every attention program declares, in this order (see {@link attentionUniformData}). */
const ATTENTION_UNIFORMS = 'scale : f32, batch : i32, hq : i32, hkv : i32, tq : i32, tk : i32,';

/** `[B, Hkv, G·Tq]` row-parallel dispatch: x = row blocks, y = batch · kv heads. */
function rowDispatch(dims: AttentionDims): [number, number, number] {
  const rows = (dims.hq / dims.hkv) * dims.tq;
  return [Math.ceil(rows / ROWS_PER_WORKGROUP), dims.batch * dims.hkv, 1];
}

/** WGSL: this invocation's row, its query head and position, and its base offsets. */
const ROW_SETUP = `
    let groups = uniforms.hq / uniforms.hkv;
    let rows = groups * uniforms.tq;
    let bh = i32(workgroupId.y);
    let b = bh / uniforms.hkv;
    let kvHead = bh - b * uniforms.hkv;
    let r0 = i32(workgroupId.x) * ${ROWS_PER_WORKGROUP};
    let r = r0 + i32(localIndex);
    let valid = r < rows;
    let rr = min(r, rows - 1);
    let g = rr / uniforms.tq;
    let i = rr - g * uniforms.tq;
    let row = (b * uniforms.hq + kvHead * groups + g) * uniforms.tq + i;
    let offset = uniforms.tk - uniforms.tq;
    let pos = offset + i;
    let kvBase = bh * uniforms.tk * D;
    // Key tiles this workgroup needs: keys 0 ..= the largest query position among its rows.
    if (localIndex == 0u) {
      let rLast = min(r0 + ${ROWS_PER_WORKGROUP}, rows) - 1;
      var maxI = rLast - (rLast / uniforms.tq) * uniforms.tq;
      if (r0 / uniforms.tq != rLast / uniforms.tq) { maxI = uniforms.tq - 1; }
      tileCount = (offset + maxI + TILE) / TILE;
    }
    let nTiles = workgroupUniformLoad(&tileCount);`;

/** WGSL: loads key tile `t` of `k` and `v` into `kTile`, `vTile` (zeros past `Tk`). */
const LOAD_KV_TILE = `
      for (var e = i32(localIndex); e < TILE * D; e = e + ${ROWS_PER_WORKGROUP}) {
        let j = t * TILE + e / D;
        var kx = 0.0;
        var vx = 0.0;
        if (j < uniforms.tk) { kx = k[kvBase + t * TILE * D + e]; vx = v[kvBase + t * TILE * D + e]; }
        kTile[e] = kx;
        vTile[e] = vx;
      }
      workgroupBarrier();`;

function constants(headDim: number, tile: number): string {
  return `
  const D = ${headDim};
  const TILE = ${tile};
  var<workgroup> kTile : array<f32, ${tile * headDim}>;
  var<workgroup> vTile : array<f32, ${tile * headDim}>;
  var<workgroup> tileCount : i32;`;
}

/** What {@link AttentionForwardProgram} writes. */
export type AttentionForwardMode = 'output' | 'stats';

/**
 * The forward pass, one query row per invocation, tiles of keys and values in workgroup memory.
 * `output`: `[B, Hq, Tq, D]`. `stats` (for the backward; takes `dy` as a fifth input):
 * `[B, Hq, Tq, 2]` = (log-sum-exp of the scaled scores, `delta = dy · out`).
 */
export class AttentionForwardProgram extends FlatProgram {
  private readonly mode: AttentionForwardMode;
  private readonly headDim: number;
  private readonly tile: number;

  constructor(mode: AttentionForwardMode, dims: AttentionDims) {
    super({
      shaderKey: `stagecoachAttentionForward_${mode}_${dims.headDim}_${tileSize(dims.headDim)}`,
      variableNames: mode === 'output' ? ['q', 'k', 'v', 'keyMask'] : ['q', 'k', 'v', 'keyMask', 'dy'],
      outputShape: mode === 'output' ? [dims.batch, dims.hq, dims.tq, dims.headDim] : [dims.batch, dims.hq, dims.tq, 2],
      uniforms: ATTENTION_UNIFORMS, workgroups: rowDispatch(dims), workgroupSize: ROWS_PER_WORKGROUP,
    });
    this.mode = mode;
    this.headDim = dims.headDim;
    this.tile = tileSize(dims.headDim);
  }

  getUserCode(): string {
    const finish = this.mode === 'output'
      ? `for (var d = 0; d < D; d = d + 1) { result[row * D + d] = acc[d] * inv; }`
      : `var delta = 0.0;
          for (var d = 0; d < D; d = d + 1) { delta = delta + dy[row * D + d] * acc[d] * inv; }
          result[row * 2] = lse;
          result[row * 2 + 1] = delta;`;
    return `
  ${constants(this.headDim, this.tile)}
  fn main(index : i32) {
    ${ROW_SETUP}
    var qRow : array<f32, D>;
    var acc : array<f32, D>;
    for (var d = 0; d < D; d = d + 1) {
      acc[d] = 0.0;
      if (valid) { qRow[d] = q[row * D + d] * uniforms.scale; } else { qRow[d] = 0.0; }
    }
    var m = -3.0e38;
    var l = 0.0;
    for (var t = 0; t < nTiles; t = t + 1) {
      ${LOAD_KV_TILE}
      if (valid) {
        for (var jj = 0; jj < TILE; jj = jj + 1) {
          let j = t * TILE + jj;
          if (j <= pos && keyMask[b * uniforms.tk + j] > 0.5) {
            var s = 0.0;
            for (var d = 0; d < D; d = d + 1) { s = s + qRow[d] * kTile[jj * D + d]; }
            if (s > m) {
              let c = exp(m - s);
              l = l * c + 1.0;
              for (var d = 0; d < D; d = d + 1) { acc[d] = acc[d] * c + vTile[jj * D + d]; }
              m = s;
            } else {
              let p = exp(s - m);
              l = l + p;
              for (var d = 0; d < D; d = d + 1) { acc[d] = acc[d] + p * vTile[jj * D + d]; }
            }
          }
        }
      }
      workgroupBarrier();
    }
    if (valid) {
      var lse = m + log(l);
      var inv = 1.0 / l;
      if (l == 0.0) {
        // Every key masked: the reference's softmax over Tk equal scores averages all the values.
        for (var j = 0; j < uniforms.tk; j = j + 1) {
          for (var d = 0; d < D; d = d + 1) { acc[d] = acc[d] + v[kvBase + j * D + d]; }
        }
        lse = ${MASKED_ROW};
        inv = 1.0 / f32(uniforms.tk);
      }
      ${finish}
    }
  }`;
  }
}

/** Query rows per `(batch, head)` up to which the forward takes {@link AttentionDecodeProgram}. */
export const DECODE_MAX_QUERIES = 4;
/** Largest head size {@link AttentionDecodeProgram} takes (its 32 partial rows must fit in 16 KiB). */
export const DECODE_MAX_HEAD_DIM = 128;

/**
 * The forward pass for a few queries over a long KV cache (generation): one workgroup per query row,
 * its 32 invocations each running the online softmax over every 32nd key, then merging their
 * (max, sum, accumulator) partials in workgroup memory — so a single query is spread over 32 lanes
 * instead of scanning the cache alone. Output `[B, Hq, Tq, D]`, same semantics as the tiled program.
 */
export class AttentionDecodeProgram extends FlatProgram {
  private readonly headDim: number;
  private readonly rows: number;

  constructor(dims: AttentionDims) {
    super({
      shaderKey: `stagecoachAttentionDecode_${dims.headDim}_${dims.batch * dims.hq * dims.tq}`, variableNames: ['q', 'k', 'v', 'keyMask'],
      outputShape: [dims.batch, dims.hq, dims.tq, dims.headDim],
      uniforms: ATTENTION_UNIFORMS, workgroups: dims.batch * dims.hq * dims.tq, workgroupSize: ROWS_PER_WORKGROUP,
    });
    this.headDim = dims.headDim;
    this.rows = dims.batch * dims.hq * dims.tq;
  }

  getUserCode(): string {
    const lanes = ROWS_PER_WORKGROUP;
    return `
  const D = ${this.headDim};
  const LANES = ${lanes};
  var<workgroup> partMax : array<f32, LANES>;
  var<workgroup> partSum : array<f32, LANES>;
  var<workgroup> partAcc : array<f32, ${lanes * this.headDim}>;
  fn main(index : i32) {
    let row = i32(workgroupId.y * numWorkgroups.x + workgroupId.x);
    let valid = row < ${this.rows};
    let rr = min(row, ${this.rows - 1});
    let groups = uniforms.hq / uniforms.hkv;
    let i = rr % uniforms.tq;
    let bh = rr / uniforms.tq;
    let b = bh / uniforms.hq;
    let kvHead = (bh - b * uniforms.hq) / groups;
    let kvBase = (b * uniforms.hkv + kvHead) * uniforms.tk * D;
    let pos = uniforms.tk - uniforms.tq + i;
    let lane = i32(localIndex);
    var qRow : array<f32, D>;
    var acc : array<f32, D>;
    for (var d = 0; d < D; d = d + 1) { qRow[d] = q[rr * D + d] * uniforms.scale; acc[d] = 0.0; }
    var m = -3.0e38;
    var l = 0.0;
    if (valid) {
      for (var j = lane; j <= pos; j = j + LANES) {
        if (keyMask[b * uniforms.tk + j] > 0.5) {
          var s = 0.0;
          for (var d = 0; d < D; d = d + 1) { s = s + qRow[d] * k[kvBase + j * D + d]; }
          let mNew = max(m, s);
          let c = exp(m - mNew);
          let p = exp(s - mNew);
          l = l * c + p;
          for (var d = 0; d < D; d = d + 1) { acc[d] = acc[d] * c + p * v[kvBase + j * D + d]; }
          m = mNew;
        }
      }
    }
    partMax[lane] = m;
    partSum[lane] = l;
    for (var d = 0; d < D; d = d + 1) { partAcc[lane * D + d] = acc[d]; }
    workgroupBarrier();
    var mAll = -3.0e38;
    for (var t = 0; t < LANES; t = t + 1) { mAll = max(mAll, partMax[t]); }
    var lAll = 0.0;
    for (var t = 0; t < LANES; t = t + 1) { lAll = lAll + partSum[t] * exp(partMax[t] - mAll); }
    if (valid) {
      for (var d = lane; d < D; d = d + LANES) {
        var out = 0.0;
        if (lAll == 0.0) {
          // Every key masked: the reference's softmax over Tk equal scores averages all the values.
          for (var j = 0; j < uniforms.tk; j = j + 1) { out = out + v[kvBase + j * D + d]; }
          out = out / f32(uniforms.tk);
        } else {
          for (var t = 0; t < LANES; t = t + 1) { out = out + partAcc[t * D + d] * exp(partMax[t] - mAll); }
          out = out / lAll;
        }
        result[rr * D + d] = out;
      }
    }
  }`;
  }
}

/**
 * `dq` of the backward pass, one query row per invocation: with `P = exp(s - lse)` recomputed per
 * key, `dP = dy · v`, `dq = scale · Σ_j P (dP - delta) k_j`. Output `[B, Hq, Tq, D]`.
 */
export class AttentionGradQProgram extends FlatProgram {
  private readonly headDim: number;
  private readonly tile: number;

  constructor(dims: AttentionDims) {
    super({
      shaderKey: `stagecoachAttentionGradQ_${dims.headDim}_${tileSize(dims.headDim)}`, variableNames: ['q', 'k', 'v', 'keyMask', 'dy', 'stats'],
      outputShape: [dims.batch, dims.hq, dims.tq, dims.headDim],
      uniforms: ATTENTION_UNIFORMS, workgroups: rowDispatch(dims), workgroupSize: ROWS_PER_WORKGROUP,
    });
    this.headDim = dims.headDim;
    this.tile = tileSize(dims.headDim);
  }

  getUserCode(): string {
    return `
  ${constants(this.headDim, this.tile)}
  fn main(index : i32) {
    ${ROW_SETUP}
    let lse = stats[row * 2];
    let delta = stats[row * 2 + 1];
    let live = valid && lse < ${MASKED_ROW / 2};
    var qRow : array<f32, D>;
    var dyRow : array<f32, D>;
    var dq : array<f32, D>;
    for (var d = 0; d < D; d = d + 1) {
      dq[d] = 0.0;
      qRow[d] = q[row * D + d] * uniforms.scale;
      dyRow[d] = dy[row * D + d];
    }
    for (var t = 0; t < nTiles; t = t + 1) {
      ${LOAD_KV_TILE}
      if (live) {
        for (var jj = 0; jj < TILE; jj = jj + 1) {
          let j = t * TILE + jj;
          if (j <= pos && keyMask[b * uniforms.tk + j] > 0.5) {
            var s = 0.0;
            var dp = 0.0;
            for (var d = 0; d < D; d = d + 1) {
              s = s + qRow[d] * kTile[jj * D + d];
              dp = dp + dyRow[d] * vTile[jj * D + d];
            }
            let ds = exp(s - lse) * (dp - delta);
            for (var d = 0; d < D; d = d + 1) { dq[d] = dq[d] + ds * kTile[jj * D + d]; }
          }
        }
      }
      workgroupBarrier();
    }
    if (valid) {
      for (var d = 0; d < D; d = d + 1) { result[row * D + d] = dq[d] * uniforms.scale; }
    }
  }`;
  }
}

/**
 * `dk` and `dv` of the backward pass, one key per invocation, looping over tiles of the query rows
 * of every head in its group (rows before the key's position are skipped). Output
 * `[2, B, Hkv, Tk, D]`: `dk` then `dv`. `maskedDy` `[B, Hkv, D]` is the value gradient every key
 * gets from rows with no visible key (see {@link AttentionMaskedRowsProgram}).
 */
export class AttentionGradKVProgram extends FlatProgram {
  private readonly headDim: number;
  private readonly tile: number;

  constructor(dims: AttentionDims) {
    super({
      shaderKey: `stagecoachAttentionGradKV_${dims.headDim}_${tileSize(dims.headDim)}`,
      variableNames: ['q', 'k', 'v', 'keyMask', 'dy', 'stats', 'maskedDy'], outputShape: [2, dims.batch, dims.hkv, dims.tk, dims.headDim],
      uniforms: ATTENTION_UNIFORMS, workgroups: [Math.ceil(dims.tk / ROWS_PER_WORKGROUP), dims.batch * dims.hkv, 1],
      workgroupSize: ROWS_PER_WORKGROUP,
    });
    this.headDim = dims.headDim;
    this.tile = tileSize(dims.headDim);
  }

  getUserCode(): string {
    const tile = this.tile;
    const headDim = this.headDim;
    return `
  const D = ${headDim};
  const TILE = ${tile};
  var<workgroup> qTile : array<f32, ${tile * headDim}>;
  var<workgroup> dyTile : array<f32, ${tile * headDim}>;
  var<workgroup> statTile : array<f32, ${tile * 2}>;
  var<workgroup> firstTileShared : i32;
  fn main(index : i32) {
    let groups = uniforms.hq / uniforms.hkv;
    let bh = i32(workgroupId.y);
    let b = bh / uniforms.hkv;
    let kvHead = bh - b * uniforms.hkv;
    let j0 = i32(workgroupId.x) * ${ROWS_PER_WORKGROUP};
    let j = j0 + i32(localIndex);
    let validKey = j < uniforms.tk;
    let jj = min(j, uniforms.tk - 1);
    let offset = uniforms.tk - uniforms.tq;
    let keyBase = (bh * uniforms.tk + jj) * D;
    let visible = validKey && keyMask[b * uniforms.tk + jj] > 0.5;
    // Query i sees key j when offset + i >= j: rows before the workgroup's first key see none of its keys.
    if (localIndex == 0u) { firstTileShared = max(0, j0 - offset) / TILE; }
    let firstTile = workgroupUniformLoad(&firstTileShared);
    let nTiles = (uniforms.tq + TILE - 1) / TILE;
    var kRow : array<f32, D>;
    var vRow : array<f32, D>;
    var dk : array<f32, D>;
    var dv : array<f32, D>;
    for (var d = 0; d < D; d = d + 1) {
      kRow[d] = k[keyBase + d];
      vRow[d] = v[keyBase + d];
      dk[d] = 0.0;
      dv[d] = 0.0;
    }
    for (var g = 0; g < groups; g = g + 1) {
      let headRowBase = (b * uniforms.hq + kvHead * groups + g) * uniforms.tq;
      for (var t = firstTile; t < nTiles; t = t + 1) {
        for (var e = i32(localIndex); e < TILE * D; e = e + ${ROWS_PER_WORKGROUP}) {
          let i = t * TILE + e / D;
          var qx = 0.0;
          var dyx = 0.0;
          if (i < uniforms.tq) {
            qx = q[(headRowBase + t * TILE) * D + e] * uniforms.scale;
            dyx = dy[(headRowBase + t * TILE) * D + e];
          }
          qTile[e] = qx;
          dyTile[e] = dyx;
        }
        for (var e = i32(localIndex); e < TILE * 2; e = e + ${ROWS_PER_WORKGROUP}) {
          let i = t * TILE + e / 2;
          var st = ${MASKED_ROW};
          if (i < uniforms.tq) { st = stats[(headRowBase + t * TILE) * 2 + e]; }
          statTile[e] = st;
        }
        workgroupBarrier();
        if (visible) {
          for (var ii = 0; ii < TILE; ii = ii + 1) {
            let i = t * TILE + ii;
            let lse = statTile[ii * 2];
            if (offset + i >= j && lse < ${MASKED_ROW / 2}) {
              var s = 0.0;
              var dp = 0.0;
              for (var d = 0; d < D; d = d + 1) {
                s = s + qTile[ii * D + d] * kRow[d];
                dp = dp + dyTile[ii * D + d] * vRow[d];
              }
              let p = exp(s - lse);
              let ds = p * (dp - statTile[ii * 2 + 1]);
              for (var d = 0; d < D; d = d + 1) {
                dv[d] = dv[d] + p * dyTile[ii * D + d];
                dk[d] = dk[d] + ds * qTile[ii * D + d];
              }
            }
          }
        }
        workgroupBarrier();
      }
    }
    if (validKey) {
      let total = uniforms.batch * uniforms.hkv * uniforms.tk * D;
      for (var d = 0; d < D; d = d + 1) {
        result[(bh * uniforms.tk + j) * D + d] = dk[d];
        result[total + (bh * uniforms.tk + j) * D + d] = dv[d] + maskedDy[bh * D + d];
      }
    }
  }`;
  }
}

/**
 * The value gradient from rows with no visible key (their output is the mean of all values):
 * `maskedDy[b, kvHead] = Σ over such rows of dy / Tk`, `[B, Hkv, D]`. Zero when no row is masked.
 */
export class AttentionMaskedRowsProgram extends FlatProgram {
  private readonly headDim: number;
  private readonly count: number;

  constructor(dims: AttentionDims) {
    super({
      shaderKey: `stagecoachAttentionMaskedRows_${dims.headDim}_${dims.batch * dims.hkv * dims.headDim}`, variableNames: ['dy', 'stats'],
      outputShape: [dims.batch, dims.hkv, dims.headDim],
      uniforms: ATTENTION_UNIFORMS, workgroups: Math.ceil((dims.batch * dims.hkv * dims.headDim) / 64),
    });
    this.headDim = dims.headDim;
    this.count = dims.batch * dims.hkv * dims.headDim;
  }

  getUserCode(): string {
    return `
  const D = ${this.headDim};
  fn main(index : i32) {
    let e = ${ELEMENT_INDEX};
    if (e < ${this.count}) {
      let bh = e / D;
      let d = e - bh * D;
      let groups = uniforms.hq / uniforms.hkv;
      let b = bh / uniforms.hkv;
      let kvHead = bh - b * uniforms.hkv;
      var sum = 0.0;
      for (var g = 0; g < groups; g = g + 1) {
        let headRowBase = (b * uniforms.hq + kvHead * groups + g) * uniforms.tq;
        for (var i = 0; i < uniforms.tq; i = i + 1) {
          if (stats[(headRowBase + i) * 2] >= ${MASKED_ROW / 2}) { sum = sum + dy[(headRowBase + i) * D + d]; }
        }
      }
      result[e] = sum / f32(uniforms.tk);
    }
  }`;
  }
}

/** Uniform values in the order of {@link ATTENTION_UNIFORMS}. */
export function attentionUniformData(dims: AttentionDims, scale: number): Array<{ type: 'float32' | 'int32'; data: number[] }> {
  return [
    { type: 'float32', data: [scale] },
    { type: 'int32', data: [dims.batch] },
    { type: 'int32', data: [dims.hq] },
    { type: 'int32', data: [dims.hkv] },
    { type: 'int32', data: [dims.tq] },
    { type: 'int32', data: [dims.tk] },
  ];
}
