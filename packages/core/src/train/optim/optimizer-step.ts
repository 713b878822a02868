import { tf } from '../../tf.js';
import { TrainingError } from '../../errors.js';
import type { AdamW } from './adamw.js';
import { clipByGlobalNorm, globalNorm } from './clip.js';

/** What every micro-batch must tell the step: how many loss-bearing (mask = 1) tokens it holds. */
export interface MicroBatch {
  tokens: number;
}

export interface OptimizerStepOptions<B extends MicroBatch> {
  /** The trainable parameters, by name (the same map the optimizer was built with). */
  params: Map<string, tf.Variable>;
  /** Mean loss of one micro-batch over its loss-bearing tokens. Called inside tf.variableGrads. */
  loss: (batch: B) => tf.Scalar;
  /** The micro-batches of this optimizer step (gradient accumulation when more than one). */
  microBatches: readonly B[];
  optimizer: AdamW;
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
}

/**
 * One optimizer step with gradient accumulation: each micro-batch's loss is weighted by its share
 * of the step's loss-bearing tokens, so k micro-batches give the same gradient as one batch k times
 * larger. Then global-norm clipping, a finite check (TrainingError before any weight changes) and
 * the AdamW update. Leaves no tensors behind.
 */
export function optimizerStep<B extends MicroBatch>(options: OptimizerStepOptions<B>): OptimizerStepResult {
  const { params, microBatches, optimizer, lr } = options;
  const total = microBatches.reduce((sum, b) => sum + b.tokens, 0);
  if (total === 0) throw new TrainingError(`step ${options.step ?? '?'}: the batch has no loss-bearing tokens (every mask value is 0).`);
  const names = [...params.keys()];
  const variables = names.map((n) => params.get(n)!);
  const nameOf = new Map(variables.map((v, i) => [v.name, names[i]!]));
  let accumulated = new Map<string, tf.Tensor>();
  let lossSum = 0;
  try {
    for (const batch of microBatches) {
      if (batch.tokens === 0) continue;
      const weight = batch.tokens / total;
      const { value, grads } = tf.variableGrads(() => tf.mul(options.loss(batch), weight) as tf.Scalar, variables);
      lossSum += value.dataSync()[0]!;
      value.dispose();
      for (const [varName, g] of Object.entries(grads)) {
        const name = nameOf.get(varName) ?? varName;
        const previous = accumulated.get(name);
        if (previous === undefined) {
          accumulated.set(name, g);
        } else {
          accumulated.set(name, tf.add(previous, g));
          previous.dispose();
          g.dispose();
        }
      }
    }
    const normTensor = globalNorm(accumulated.values());
    const gradNorm = normTensor.dataSync()[0]!;
    normTensor.dispose();
    if (!Number.isFinite(lossSum) || !Number.isFinite(gradNorm)) {
      throw new TrainingError(
        `step ${options.step ?? '?'}: ${Number.isFinite(lossSum) ? `gradient norm is ${gradNorm}` : `loss is ${lossSum}`}. `
        + 'The weights were not updated; the last checkpoint is intact. Lower the learning rate, enable gradient '
        + 'clipping (maxGradNorm) or check the data, then resume from the last checkpoint.',
      );
    }
    if (options.maxGradNorm !== undefined && options.maxGradNorm > 0 && gradNorm > options.maxGradNorm) {
      const clipped = clipByGlobalNorm(accumulated, options.maxGradNorm, gradNorm);
      for (const g of accumulated.values()) g.dispose();
      accumulated = clipped;
    }
    optimizer.step(accumulated, lr);
    return { loss: lossSum, gradNorm, tokens: total };
  } finally {
    for (const g of accumulated.values()) g.dispose();
  }
}
