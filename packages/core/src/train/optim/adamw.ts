import { tf } from '../../tf.js';
import { CheckpointError } from '../../errors.js';
import { adamwUpdate } from '../../ops/adamw.js';
import { paramSettings, type ParamGroup, type ParamSettings } from './param-groups.js';

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
   * (their moments too). Does not dispose `grads`. Runs {@link adamwUpdate} (the backend's fused
   * kernel when it has one) per parameter.
   */
  step(grads: Map<string, tf.Tensor>, baseLr: number): void {
    this.stepCount += 1;
    const t = this.stepCount;
    for (const [name, g] of grads) {
      const p = this.params.get(name);
      const m = this.expAvg.get(name);
      const v = this.expAvgSq.get(name);
      const settings = this.settings.get(name);
      if (p === undefined || m === undefined || v === undefined || settings === undefined || settings.frozen) continue;
      const lr = baseLr * settings.lrMultiplier;
      const { weightDecay } = settings;
      tf.tidy(() => {
        const [p1, m1, v1] = adamwUpdate(p, m, v, g, { lr, beta1: this.beta1, beta2: this.beta2, eps: this.eps, weightDecay, step: t });
        p.assign(p1);
        m.assign(m1);
        v.assign(v1);
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
