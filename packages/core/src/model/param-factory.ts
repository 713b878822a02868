import { tf } from '../tf.js';
import { CheckpointError } from '../errors.js';
import { SeededRandom } from '../seeded-random.js';
import { Linear } from './linear.js';
import { Norm } from './norm.js';

/** GPT-2's initialisation: N(0, 0.02²) for embeddings and projections. */
export const INIT_STD = 0.02;

/**
 * Creates a model's variables in a fixed order, each either from given weights (shape-checked) or from
 * the seeded generator (normal / zeros / ones), and remembers them by internal name.
 */
export class ParamFactory {
  readonly params = new Map<string, tf.Variable>();
  private readonly rng: SeededRandom;

  /** `optional` names may be absent from `weights` (initialised from the seed instead). */
  constructor(
    seed: number,
    private readonly weights?: ReadonlyMap<string, tf.Tensor>,
    private readonly optional: (name: string) => boolean = () => false,
  ) {
    this.rng = new SeededRandom(seed);
  }

  param(name: string, shape: number[], init: 'normal' | 'zeros' | 'ones', std = INIT_STD): tf.Variable {
    const given = this.weights?.get(name);
    let variable: tf.Variable;
    if (given !== undefined) {
      if (given.shape.length !== shape.length || given.shape.some((d, i) => d !== shape[i])) {
        throw new CheckpointError(`Weight "${name}" has shape [${given.shape.join(', ')}] but the config needs [${shape.join(', ')}].`);
      }
      variable = given.dtype === 'float32' ? tf.variable(given) : variableFrom(tf.cast(given, 'float32'));
    } else if (this.weights !== undefined && !this.optional(name)) {
      throw new CheckpointError(`Weight "${name}" is missing from the weights passed to the Transformer.`);
    } else {
      const size = shape.reduce((a, b) => a * b, 1);
      const values = init === 'normal' ? this.rng.normalArray(size, std) : new Float32Array(size).fill(init === 'ones' ? 1 : 0);
      variable = variableFrom(tf.tensor(values, shape, 'float32'));
    }
    this.params.set(name, variable);
    return variable;
  }

  /** `name.weight` `[in, out]` (normal) and, with `bias`, `name.bias` `[out]` (zeros). */
  linear(name: string, inDim: number, outDim: number, bias: boolean, std = INIT_STD): Linear {
    const weight = this.param(`${name}.weight`, [inDim, outDim], 'normal', std);
    return new Linear(weight, bias ? this.param(`${name}.bias`, [outDim], 'zeros') : undefined);
  }

  /** LayerNorm (`name.weight` ones, `name.bias` zeros) or RMSNorm (`name.weight` ones). */
  norm(kind: 'layer' | 'rms', name: string, dim: number, eps: number): Norm {
    const weight = this.param(`${name}.weight`, [dim], 'ones');
    return new Norm(kind, weight, kind === 'layer' ? this.param(`${name}.bias`, [dim], 'zeros') : undefined, eps);
  }

  /** Names in `weights` that no parameter took. */
  unusedWeights(): string[] {
    return [...(this.weights?.keys() ?? [])].filter((name) => !this.params.has(name));
  }

  dispose(): void {
    for (const v of this.params.values()) v.dispose();
  }
}

/** A variable holding `t`'s data; `t` itself is released (the variable shares, not copies, its data). */
function variableFrom(t: tf.Tensor): tf.Variable {
  const variable = tf.variable(t);
  t.dispose();
  return variable;
}
