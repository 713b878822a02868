import { tf } from '../../tf.js';
import { ConfigError, TrainingError } from '../../errors.js';
import type { AdamW } from './adamw.js';
import { clipByGlobalNorm, globalNorm } from './clip.js';

/** What every micro-batch must tell the step: how many loss-bearing (mask = 1) tokens it holds. */
export interface MicroBatch {
  tokens: number;
}

/**
 * A loss with numbers computed in the same forward pass (accuracy, KL, clip fraction, ...): they are
 * reported with the step, averaged over its micro-batches like the loss, and not differentiated.
 */
export interface LossWithMetrics {
  loss: tf.Scalar;
  /** Scalar tensors by metric name. */
  metrics?: Record<string, tf.Scalar>;
}

export interface OptimizerStepOptions<B extends MicroBatch> {
  /** The parameters, by name (the same map the optimizer was built with); frozen groups get no gradient. */
  params: Map<string, tf.Variable>;
  /**
   * Mean loss of one micro-batch over its loss-bearing tokens, alone or with metrics. Called inside
   * tf.variableGrads: every other tensor it makes is freed when it returns.
   */
  loss: (batch: B) => tf.Scalar | LossWithMetrics;
  /** The micro-batches of this optimizer step (gradient accumulation when more than one). */
  microBatches: readonly B[];
  optimizer: AdamW;
  /** Learning rate of the step (each parameter group multiplies it by its own `lrMultiplier`). */
  lr: number;
  /** Global-norm clipping threshold; 0 or undefined disables clipping. */
  maxGradNorm?: number;
  /** Step number for error messages. */
  step?: number;
}

export interface OptimizerStepResult {
  /** Mean loss over every loss-bearing token of the step. */
  loss: number;
  /** Global gradient norm before clipping. */
  gradNorm: number;
  /** Loss-bearing tokens in the step. */
  tokens: number;
  /** The loss callback's metrics, each weighted by its micro-batch's share of the tokens like the loss (empty when it returns none). */
  metrics: Record<string, number>;
}

/**
 * One optimizer step with gradient accumulation: each micro-batch's loss is weighted by its share
 * of the step's loss-bearing tokens, so k micro-batches give the same gradient as one batch k times
 * larger. Then global-norm clipping, a finite check (TrainingError before any weight changes) and
 * the AdamW update. The loss, gradient norm and metrics stay on the device until one read before
 * the update (no synchronous read). Leaves no tensors behind.
 */
export async function optimizerStep<B extends MicroBatch>(options: OptimizerStepOptions<B>): Promise<OptimizerStepResult> {
  const { params, microBatches, optimizer, lr } = options;
  const total = microBatches.reduce((sum, b) => sum + b.tokens, 0);
  if (total === 0) throw new TrainingError(`step ${options.step ?? '?'}: the batch has no loss-bearing tokens (every mask value is 0).`);
  // A variable created with `trainable: false` (a frozen base weight) has no gradient: tf.variableGrads would give null.
  const names = [...params.keys()].filter((name) => !optimizer.isFrozen(name) && params.get(name)!.trainable);
  if (names.length === 0) {
    throw new ConfigError(`optimizerStep: all ${params.size} parameter(s) are frozen, so there is nothing to train; unfreeze a parameter group.`);
  }
  const variables = names.map((n) => params.get(n)!);
  const nameOf = new Map(variables.map((v, i) => [v.name, names[i]!]));
  let accumulated = new Map<string, tf.Tensor>();
  const sums = new Map<string, tf.Scalar>(); // '' is the loss, the rest are metrics
  try {
    for (const batch of microBatches) {
      if (batch.tokens === 0) continue;
      const weight = batch.tokens / total;
      const metrics = new Map<string, tf.Scalar>();
      let result: { value: tf.Scalar; grads: tf.NamedTensorMap };
      try {
        result = tf.variableGrads(() => {
          const out = options.loss(batch);
          const { loss, metrics: named = {} } = isLossWithMetrics(out) ? out : { loss: out };
          for (const [name, m] of Object.entries(named)) metrics.set(name, tf.keep(weighted(m, weight, name)));
          return tf.mul(loss, weight) as tf.Scalar;
        }, variables);
      } catch (error) {
        tf.dispose([...metrics.values()]);
        throw error;
      }
      const { value, grads } = result;
      addTo(sums, '', value);
      for (const [name, m] of metrics) addTo(sums, name, m);
      for (const [varName, g] of Object.entries(grads)) addTo(accumulated, nameOf.get(varName) ?? varName, g);
    }
    const metricNames = [...sums.keys()].filter((name) => name !== '');
    const normTensor = globalNorm(accumulated.values());
    const [lossSum, gradNorm, ...metricValues] = await readScalars([sums.get('')!, normTensor, ...metricNames.map((n) => sums.get(n)!)]);
    normTensor.dispose();
    if (!Number.isFinite(lossSum!) || !Number.isFinite(gradNorm!)) {
      throw new TrainingError(
        `step ${options.step ?? '?'}: ${Number.isFinite(lossSum!) ? `gradient norm is ${gradNorm}` : `loss is ${lossSum}`}. `
        + 'The weights were not updated; the last checkpoint is intact. Lower the learning rate, enable gradient '
        + 'clipping (maxGradNorm) or check the data, then resume from the last checkpoint.',
      );
    }
    if (options.maxGradNorm !== undefined && options.maxGradNorm > 0 && gradNorm! > options.maxGradNorm) {
      const clipped = clipByGlobalNorm(accumulated, options.maxGradNorm, gradNorm!);
      for (const g of accumulated.values()) g.dispose();
      accumulated = clipped;
    }
    optimizer.step(accumulated, lr);
    return { loss: lossSum!, gradNorm: gradNorm!, tokens: total, metrics: Object.fromEntries(metricNames.map((n, i) => [n, metricValues[i]!])) };
  } finally {
    for (const t of [...accumulated.values(), ...sums.values()]) t.dispose();
  }
}

function isLossWithMetrics(out: tf.Scalar | LossWithMetrics): out is LossWithMetrics {
  return typeof out === 'object' && out !== null && 'loss' in out;
}

/** `metric × weight`; a metric that is not a scalar is a mistake in the loss callback. */
function weighted(metric: tf.Tensor, weight: number, name: string): tf.Scalar {
  if (metric.rank !== 0) {
    throw new TypeError(`the loss callback's metrics.${name} must be a scalar tensor, got shape [${metric.shape}]; reduce it (e.g. tf.mean) first.`);
  }
  return tf.mul(metric, weight) as tf.Scalar;
}

/** Adds `t` to the running sum under `name` (taking ownership of `t`). */
function addTo<T extends tf.Tensor>(sums: Map<string, T>, name: string, t: T): void {
  const previous = sums.get(name);
  if (previous === undefined) {
    sums.set(name, t);
    return;
  }
  sums.set(name, tf.add(previous, t) as T);
  previous.dispose();
  t.dispose();
}

/** The values of scalar tensors in one read from the device. */
async function readScalars(scalars: tf.Scalar[]): Promise<number[]> {
  const stacked = tf.stack(scalars);
  try {
    return Array.from(await stacked.data());
  } finally {
    stacked.dispose();
  }
}
