import { tf } from '../../tf.js';
import { CheckpointError } from '../../errors.js';
import { hasKernel } from '../../ops/define-op.js';
import { paramSettings, type ParamGroup, type ParamSettings } from './param-groups.js';

/**
 * Kernel name of a fused AdamW update, used by {@link AdamW.step} when the active backend registers it.
 *
 * Kernel contract:
 * - inputs, in order: `param`, `m`, `v`, `grad` (float32, same shape). The inputs are not modified.
 * - attrs: `lr`, `beta1`, `beta2`, `eps`, `weightDecay` (0 for a parameter that does not decay),
 *   `bc1 = 1 - beta1^t`, `bc2Sqrt = sqrt(1 - beta2^t)`.
 * - outputs, in order: `[param', m', v']` (same shape), PyTorch's update:
 *   `m' = beta1·m + (1 - beta1)·g`, `v' = beta2·v + (1 - beta2)·g²`,
 *   `param' = param·(1 - lr·weightDecay) - (lr / bc1)·m' / (sqrt(v') / bc2Sqrt + eps)`.
 */
export const ADAMW_KERNEL = 'StagecoachAdamW';

/** Which parameters get weight decay, by name and variable. */
export type DecayFilter = (name: string, variable: tf.Variable) => boolean;

/**
 * The default decay filter: weight decay on matrices only, never on norms, biases or embeddings
 * (the usual GPT recipe). Embeddings are recognised by name (`embed`, `wte`, `wpe`, `lm_head` tied
 * weights share the embedding variable and so its name).
 */
export const defaultDecayFilter: DecayFilter = (name, variable) =>
  variable.rank >= 2 && !/embed|wte|wpe|norm|ln_?\d|ln_f|bias/i.test(name);

export interface AdamWOptions {
  /** Default 0.9. */
  beta1?: number;
  /** Default 0.95 (the GPT pre-training value; PyTorch's default is 0.999). */
  beta2?: number;
  /** Default 1e-8. */
  eps?: number;
  /** Decoupled weight decay λ: p ← p − lr·λ·p. Default 0.1. */
  weightDecay?: number;
  /** Which parameters decay. Default: `defaultDecayFilter`. */
  decay?: DecayFilter;
  /** Parameters with their own learning-rate multiplier, weight decay or frozen. Default: none. */
  groups?: readonly ParamGroup[];
}

/**
 * AdamW (Loshchilov & Hutter) with decoupled weight decay, the same update as `torch.optim.AdamW`.
 * The first and second moments live in tf.Variables, one pair per parameter, and can be saved and
 * restored (`moments()` / `loadMoments()`), so a resumed run continues bit for bit.
 */
export class AdamW {
  readonly beta1: number;
  readonly beta2: number;
  readonly eps: number;
  readonly weightDecay: number;
  /** Number of updates applied so far (t in the paper). */
  stepCount = 0;
  private readonly params: Map<string, tf.Variable>;
  private readonly settings: Map<string, ParamSettings>;
  private readonly expAvg = new Map<string, tf.Variable>();
  private readonly expAvgSq = new Map<string, tf.Variable>();

  constructor(params: Map<string, tf.Variable>, options: AdamWOptions = {}) {
    this.params = params;
    this.beta1 = options.beta1 ?? 0.9;
    this.beta2 = options.beta2 ?? 0.95;
    this.eps = options.eps ?? 1e-8;
    this.weightDecay = options.weightDecay ?? 0.1;
    this.settings = paramSettings(params, this.weightDecay, options.decay ?? defaultDecayFilter, options.groups ?? []);
    for (const [name, p] of params) {
      if (this.isFrozen(name)) continue;
      this.expAvg.set(name, zerosVariable(p));
      this.expAvgSq.set(name, zerosVariable(p));
    }
  }

  /** Whether the named parameter gets weight decay. */
  decaysParameter(name: string): boolean {
    return (this.settings.get(name)?.weightDecay ?? 0) > 0;
  }

  /** Whether the named parameter is in a frozen group (no gradient, no update). */
  isFrozen(name: string): boolean {
    return this.settings.get(name)?.frozen ?? false;
  }

  /**
   * Applies one update at learning rate `baseLr` (times each group's multiplier). `grads` maps
   * parameter names to gradients; parameters without a gradient, and frozen ones, are left unchanged
   * (their moments too). Does not dispose `grads`. Runs the backend's fused {@link ADAMW_KERNEL} per
   * parameter when it has one, else about twelve element-wise tf ops.
   */
  step(grads: Map<string, tf.Tensor>, baseLr: number): void {
    this.stepCount += 1;
    const t = this.stepCount;
    const bc1 = 1 - this.beta1 ** t;
    const bc2Sqrt = Math.sqrt(1 - this.beta2 ** t);
    const fused = hasKernel(ADAMW_KERNEL);
    for (const [name, g] of grads) {
      const p = this.params.get(name);
      const m = this.expAvg.get(name);
      const v = this.expAvgSq.get(name);
      const settings = this.settings.get(name);
      if (p === undefined || m === undefined || v === undefined || settings === undefined || settings.frozen) continue;
      const lr = baseLr * settings.lrMultiplier;
      const { weightDecay } = settings;
      tf.tidy(() => {
        if (fused) {
          const attrs = { lr, beta1: this.beta1, beta2: this.beta2, eps: this.eps, weightDecay, bc1, bc2Sqrt };
          const [p1, m1, v1] = tf.engine().runKernel(ADAMW_KERNEL, { param: p, m, v, grad: g }, attrs) as tf.Tensor[];
          p.assign(p1 as tf.Tensor);
          m.assign(m1 as tf.Tensor);
          v.assign(v1 as tf.Tensor);
          return;
        }
        const m1 = tf.add(tf.mul(m, this.beta1), tf.mul(g, 1 - this.beta1));
        const v1 = tf.add(tf.mul(v, this.beta2), tf.mul(tf.square(g), 1 - this.beta2));
        m.assign(m1);
        v.assign(v1);
        // PyTorch's form: p -= (lr / bc1) * m / (sqrt(v) / sqrt(bc2) + eps)
        const denom = tf.add(tf.div(tf.sqrt(v1), bc2Sqrt), this.eps);
        const update = tf.mul(tf.div(m1, denom), lr / bc1);
        const decayed = weightDecay > 0 ? tf.mul(p, 1 - lr * weightDecay) : p;
        p.assign(tf.sub(decayed, update));
      });
    }
  }

  /** The moments as named tensors (`<param>.exp_avg`, `<param>.exp_avg_sq`), views of the live variables; none for frozen parameters. */
  moments(): Map<string, tf.Tensor> {
    const out = new Map<string, tf.Tensor>();
    for (const name of this.expAvg.keys()) {
      out.set(`${name}.exp_avg`, this.expAvg.get(name)!);
      out.set(`${name}.exp_avg_sq`, this.expAvgSq.get(name)!);
    }
    return out;
  }

  /**
   * Restores moments saved by `moments()` (as flat Float32 data) and the step count.
   * Throws CheckpointError naming the parameter when a moment is missing or has another shape.
   */
  loadMoments(tensors: Map<string, { shape: number[]; data: Float32Array }>, stepCount: number, where = 'optimizer state'): void {
    for (const [name, p] of this.params) {
      if (this.isFrozen(name)) continue;
      for (const [suffix, target] of [['exp_avg', this.expAvg], ['exp_avg_sq', this.expAvgSq]] as const) {
        const key = `${name}.${suffix}`;
        const saved = tensors.get(key);
        if (saved === undefined) {
          throw new CheckpointError(`${where} has no tensor "${key}": the checkpoint was written for a different model. Start without resumeFrom or use a matching checkpoint.`);
        }
        if (saved.shape.join(',') !== p.shape.join(',')) {
          throw new CheckpointError(`${where}: "${key}" has shape [${saved.shape}] but parameter "${name}" has shape [${p.shape}]. The checkpoint was written for a different architecture.`);
        }
        tf.tidy(() => target.get(name)!.assign(tf.tensor(saved.data, p.shape, 'float32')));
      }
    }
    this.stepCount = stepCount;
  }

  dispose(): void {
    for (const v of this.expAvg.values()) v.dispose();
    for (const v of this.expAvgSq.values()) v.dispose();
    this.expAvg.clear();
    this.expAvgSq.clear();
  }
}

function zerosVariable(like: tf.Tensor): tf.Variable {
  const zeros = tf.zerosLike(like);
  const variable = tf.variable(zeros, false);
  zeros.dispose();
  return variable;
}
