import { ConfigError, SeededRandom, Trainer, TrainingError, modelFiles, optimizerStep, resolveInitFrom, tf } from '@stagecoach/core';
import type {
  ActiveRun, BuiltRun, LossWithMetrics, Pretrained, RunStart, SamplingOptions, StepResult, StorageFiles, Tokenizer, Transformer,
} from '@stagecoach/core';
import { adapterFiles, applyLora, epochOrder, loadAdapter } from '@stagecoach/lora';
import type { LoraModel } from '@stagecoach/lora';
import { aggregationWeight, klEstimate, maskedMean } from '../math/index.js';
import type { LossAggregation } from '../math/index.js';
import { loadPrompts } from './prompts.js';
import type { RLPrompt } from './prompts.js';
import { computeRewards } from './reward.js';
import type { ResolvedRLOptions } from './rl-config.js';
import { batchRows, disposeRolloutBatch, rolloutBatch } from './rollout-batch.js';
import type { RolloutBatch } from './rollout-batch.js';
import { scoreBatch, scoreResponses } from './scoring.js';
import type { ResponseScores } from './scoring.js';
import { ADAPTER_DIR, loadStartingModel, mergeSftAdapter } from './starting-model.js';

/** Where the prompt order stands: epoch (each shuffled from the seed) and position in it. */
export interface PromptCursor {
  epoch: number;
  position: number;
}

/** What an RL checkpoint adds to trainer_state.json. */
export interface RLExtras {
  cursor: PromptCursor;
  /** The KL coefficient in force (PPO adapts it). */
  klCoef: number;
}

/** The parts of an RL run. */
export interface RLParts {
  prompts: RLPrompt[];
  cursor: PromptCursor;
  /** The adapter being trained (LoRA); the reference is the model with it disabled. */
  lora?: LoraModel;
  /** Full fine-tuning: a frozen copy of the starting model. */
  reference?: Transformer;
  /** A separate critic (PPO's `critic: 'separate'`): a model with a score head read at every position, its weights named `critic.*` among the optimizer's parameters. */
  critic?: Transformer;
  padId: number;
  stopTokens: number[];
  klCoef: number;
}

/**
 * One iteration's samples, scored: the batch, the rewards and the per-token numbers of the policy
 * that sampled them (`old`) and of the reference. The trainer's `learn` turns them into updates.
 */
export interface Rollout {
  batch: RolloutBatch;
  /** Reward of each sample (as the reward function returned it). */
  rewards: number[];
  /** Whether each response ended with a stop token (else it ran into `maxNewTokens` or the context). */
  stopped: boolean[];
  /** `[N, R]` log-probs of the response tokens under the sampling policy. */
  oldLogProbs: tf.Tensor2D;
  /** `[N, R]` ... under the reference. */
  refLogProbs: tf.Tensor2D;
  /** `[N, R]` entropy of the sampling policy at each response position. */
  entropy: tf.Tensor2D;
  /** `[N, R]` the value head's outputs at rollout time (models with a value head). */
  oldValues?: tf.Tensor2D;
}

/** A micro-batch's view in the loss: its rows of the rollout and the policy's scores on them now. */
export interface MicroBatchView {
  /** The policy's log-probs, entropy (and values) on these rows, differentiable. */
  scores: ResponseScores;
  /** `[m, R]` response mask of these rows. */
  mask: tf.Tensor2D;
  /** These rows of a rollout tensor `[N, ...]`. */
  take<T extends tf.Tensor>(t: T): T;
}

/** What `learn` reports: the mean loss, the last gradient norm and the trainer's own metrics. */
export interface LearnResult {
  loss: number;
  gradNorm: number;
  metrics: Record<string, number>;
}

/** Where a checkpoint keeps a separate critic (a sequence-classification model folder). */
export const CRITIC_DIR = 'critic/';

/** The prefix of the critic's weights among the optimizer's parameters (and moments). */
const CRITIC_PREFIX = 'critic.';

/** Stream of the minibatch shuffles (one generator per iteration, seeded from the run's generator). */
const SHUFFLE_STREAM = 0x5348;

/**
 * What `GRPOTrainer` and `PPOTrainer` share, on core's run scaffolding: the starting model (merging an
 * SFT adapter), the policy (a LoRA adapter, or every weight) and its reference (the adapters disabled,
 * or a frozen copy), the prompts, and each iteration's rollouts (batched `generate` with the KV cache),
 * rewards, and the policy's and reference's log-probs (one batched forward each, or one per
 * `microBatchSize` rows when that is set). The subclass turns
 * a {@link Rollout} into updates (`learn`), using {@link runUpdates} for the epochs over shuffled
 * minibatches with gradient accumulation. Checkpoints hold the adapter under `adapter/` beside the
 * model, the prompt cursor and the KL coefficient; the sampler's seed comes from `run.random`, so a
 * resume continues exactly.
 */
export abstract class RLTrainer<C extends ResolvedRLOptions> extends Trainer<C, RLParts, RLExtras> {
  /** Responses sampled per prompt in an iteration. */
  protected abstract readonly samplesPerPrompt: number;

  /** The policy update(s) of one iteration; `measured` holds the rollout's metrics (`kl`, `rewardMean`, ...). */
  protected abstract learn(run: ActiveRun<RLParts>, rollout: Rollout, measured: Readonly<Record<string, number>>): Promise<LearnResult>;

  /** The KL coefficient the run starts with (before a resume restores its own). */
  protected abstract initialKlCoef(): number;

  /** KL (nats per response) above which an iteration stops the run: see `klLimit`. */
  protected abstract klLimit(): number;

  /**
   * A separate critic for the run (trained in full beside the policy, its learning rate `lr × lrMultiplier`),
   * or undefined (default) when values come from the policy's value head, if any. Called by `build` before
   * the adapter is applied, with the starting model (fresh run) or the checkpoint being resumed (`start`).
   */
  protected async buildCritic(_model: Transformer, _tokenizer: Tokenizer, _start: RunStart<RLExtras>): Promise<{ critic: Transformer; lrMultiplier: number } | undefined> {
    return undefined;
  }

  /** The adapter being trained (undefined for full fine-tuning), after `init`. */
  get lora(): LoraModel | undefined {
    return this.run.parts.lora;
  }

  /** The separate critic (PPO's `critic: 'separate'`), after `init`; undefined when values come from a value head. */
  get critic(): Transformer | undefined {
    return this.run.parts.critic;
  }

  /** The KL coefficient in force. */
  get klCoef(): number {
    return this.run.parts.klCoef;
  }

  /** How rollouts are sampled; the log-probs of every model are taken under the same settings (see `scoreResponses`). */
  protected get sampling(): SamplingOptions {
    const { temperature, topK, topP } = this.config;
    return { temperature, topK, topP };
  }

  /** Merges the adapter of an SFT checkpoint into its base, so RL starts from the fine-tuned model. */
  protected override async adaptInitModel(loaded: Pretrained): Promise<Pretrained> {
    if (this.config.initFrom === undefined) return loaded;
    return mergeSftAdapter(loaded, await resolveInitFrom(this.config.initFrom));
  }

  protected async build(start: RunStart<RLExtras>): Promise<BuiltRun<RLParts>> {
    const { loaded, saved, checkpoint } = start;
    const c = this.config;
    if (loaded === undefined) throw new ConfigError(`${this.constructor.name}: initFrom is required: the model to start RL from.`);
    const { model, tokenizer } = loaded;
    const prompts = await loadPrompts(c.prompts, tokenizer, { contextLength: model.config.contextLength, maxNewTokens: c.maxNewTokens }, c.chatTemplate);
    const built = await this.buildCritic(model, tokenizer, start);
    let reference: Transformer | undefined;
    try {
      let lora: LoraModel | undefined;
      if (c.lora !== false) {
        lora = saved !== undefined && checkpoint !== undefined ? await loadAdapter(model, `${checkpoint}/${ADAPTER_DIR}`) : applyLora(model, { seed: c.seed, ...c.lora });
        this.unfreezeValueHead(model);
      } else {
        reference = await this.frozenReference(model, saved?.initFrom);
      }
      const stopTokens = [...new Set([tokenizer.specialTokens.eos, model.config.eosTokenId].filter((id): id is number => id !== undefined))];
      const critic = built?.critic;
      return {
        model,
        tokenizer,
        optimizer: {
          weightDecay: c.weightDecay,
          ...(built === undefined ? {} : { groups: [{ params: (name: string) => name.startsWith(CRITIC_PREFIX), lrMultiplier: built.lrMultiplier }] }),
        },
        params: trainedParams(lora?.trainableParams() ?? model.trainableParams(), critic),
        identity: {
          fields: {
            seed: c.seed, promptRecords: prompts.length, promptsPerStep: c.promptsPerStep, samplesPerPrompt: this.samplesPerPrompt,
            ...(critic === undefined ? {} : { critic: 'separate' }),
          },
        },
        parts: {
          prompts,
          cursor: saved?.cursor ?? { epoch: 0, position: 0 },
          ...(lora === undefined ? {} : { lora }),
          ...(reference === undefined ? {} : { reference }),
          ...(critic === undefined ? {} : { critic }),
          padId: padId(tokenizer),
          stopTokens,
          klCoef: saved?.klCoef ?? this.initialKlCoef(),
        },
      };
    } catch (error) {
      built?.critic.dispose();
      reference?.dispose();
      throw error;
    }
  }

  /** One iteration: rollouts, rewards, scoring, the update; its metrics with the rollout / scoring / update time split. */
  protected async trainStep(run: ActiveRun<RLParts>): Promise<StepResult> {
    const { rollout, measured } = await this.collect(run);
    try {
      const updateStart = performance.now();
      const learned = await this.learn(run, rollout, measured);
      const tokens = rollout.batch.lengths.reduce((a, b) => a + b, 0);
      return {
        loss: learned.loss, gradNorm: learned.gradNorm, lr: this.config.lr, tokens,
        metrics: { ...measured, ...learned.metrics, updateMs: performance.now() - updateStart },
      };
    } finally {
      disposeRollout(rollout);
    }
  }

  /**
   * The iteration's rollouts (the next prompts, `samplesPerPrompt` responses each, the sampler seeded
   * from `run.random`), their rewards and scores, and the rollout metrics with `rolloutMs` and
   * `scoringMs`. When anything fails (the reward, the KL limit) nothing is kept: the prompt cursor goes
   * back, so the model and the data stand as before the iteration.
   */
  private async collect(run: ActiveRun<RLParts>): Promise<{ rollout: Rollout; measured: Record<string, number> }> {
    const { parts } = run;
    const c = this.config;
    const cursor = { ...parts.cursor };
    const started = performance.now();
    let rollout: Rollout | undefined;
    try {
      const samples = this.takePrompts(parts).flatMap((prompt) => new Array<RLPrompt>(this.samplesPerPrompt).fill(prompt));
      const generations = await run.model.generate(samples.map((s) => s.ids), {
        maxNewTokens: c.maxNewTokens, ...this.sampling, stopTokens: parts.stopTokens, seed: run.random.nextUint32(),
      });
      const rolledOut = performance.now();
      const stopped = generations.map((g) => g.finishReason === 'stop');
      const rewards = await computeRewards(c.reward, samples.map((sample, i) => ({
        prompt: sample.text,
        response: run.tokenizer.decode(stopped[i] ? generations[i]!.tokens.slice(0, -1) : generations[i]!.tokens, { skipSpecialTokens: true }),
        record: sample.record,
        source: sample.source,
      })));
      rollout = this.scoreRollout(run, samples.map((s) => s.ids), generations.map((g) => g.tokens), rewards, stopped);
      const measured = { ...(await this.rolloutMetrics(rollout)), rolloutMs: rolledOut - started, scoringMs: performance.now() - rolledOut };
      if (!(measured.kl <= this.klLimit())) {
        throw new TrainingError(
          `the KL to the reference reached ${measured.kl.toFixed(3)} nats per response (klLimit ${this.klLimit()}) before step ${run.step + 1}: `
          + 'the policy has run away from the reference. The iteration was not applied and the last checkpoint is intact; '
          + 'lower lr, raise klCoef or resume from an earlier checkpoint.',
        );
      }
      return { rollout, measured };
    } catch (error) {
      parts.cursor = cursor;
      if (rollout !== undefined) disposeRollout(rollout);
      throw error;
    }
  }

  /**
   * `epochs` passes over the rollout's samples in shuffled minibatches of `miniBatchSize` (one
   * optimizer step each), each split into micro-batches of `microBatchSize` (gradient accumulation).
   * `loss` gives a micro-batch's loss (with metrics): its mean over the response tokens, or another
   * aggregation (`aggregation`, whose micro-batches are then weighted by responses, not tokens, so the
   * accumulated loss equals the minibatch's); `stop` ends the iteration early after an optimizer step
   * (PPO's approx-KL target). Returns the mean loss and the metrics averaged over the optimizer steps
   * taken, with `optimizerSteps`.
   */
  protected async runUpdates(
    run: ActiveRun<RLParts>,
    rollout: Rollout,
    loss: (view: MicroBatchView) => LossWithMetrics,
    options: { stop?: (metrics: Record<string, number>) => boolean; aggregation?: LossAggregation } = {},
  ): Promise<LearnResult> {
    const stop = options.stop ?? (() => false);
    const aggregation = options.aggregation ?? 'bnpo';
    const c = this.config;
    const { batch } = rollout;
    const n = batch.lengths.length;
    const miniBatch = c.miniBatchSize === 0 ? n : Math.min(c.miniBatchSize, n);
    const microBatch = c.microBatchSize === 0 ? miniBatch : Math.min(c.microBatchSize, miniBatch);
    const shuffle = new SeededRandom(run.random.nextUint32(), SHUFFLE_STREAM);
    const sums: Record<string, number> = {};
    let lossSum = 0;
    let gradNorm = 0;
    let steps = 0;
    run.parts.lora?.train(true);
    try {
      for (let epoch = 0; epoch < c.epochs; epoch++) {
        const order = shuffled(n, shuffle);
        let stopped = false;
        for (let start = 0; start < n && !stopped; start += miniBatch) {
          const rows = order.slice(start, start + miniBatch);
          // `tokens` is each micro-batch's weight in the accumulated gradient.
          const microBatches = chunks(rows, microBatch).map((micro) => ({
            rows: micro, tokens: aggregationWeight(aggregation, micro.length, micro.reduce((s, r) => s + batch.lengths[r]!, 0)),
          }));
          const result = await optimizerStep({
            params: run.params, optimizer: run.optimizer, lr: c.lr, maxGradNorm: c.maxGradNorm, microBatches, step: run.step,
            loss: (micro) => {
              const index = tf.tensor1d(micro.rows, 'int32');
              const picked = batchRows(batch, index);
              const take = <T extends tf.Tensor>(t: T): T => tf.gather(t, index) as T;
              const critic = run.parts.critic;
              return loss({ scores: scoreResponses(run.model, picked, batch, this.sampling, critic === undefined ? {} : { critic }), mask: picked.mask, take });
            },
          });
          steps += 1;
          lossSum += result.loss;
          gradNorm = result.gradNorm;
          for (const [name, value] of Object.entries(result.metrics)) sums[name] = (sums[name] ?? 0) + value;
          stopped = stop(result.metrics);
        }
        if (stopped) break;
      }
    } finally {
      run.parts.lora?.train(false);
    }
    const metrics = Object.fromEntries(Object.entries(sums).map(([name, sum]) => [name, sum / steps]));
    return { loss: lossSum / steps, gradNorm, metrics: { ...metrics, optimizerSteps: steps } };
  }

  protected stateExtras({ parts }: ActiveRun<RLParts>): RLExtras {
    return { cursor: { ...parts.cursor }, klCoef: parts.klCoef };
  }

  /**
   * The adapter under `adapter/` (PEFT format) when training LoRA (the model files hold the frozen base);
   * a separate critic under `critic/` (sequence-classification layout; its optimizer moments are the
   * optimizer's `critic.*` entries).
   */
  protected override async checkpointFiles({ parts, tokenizer }: ActiveRun<RLParts>): Promise<StorageFiles> {
    const files: StorageFiles = {};
    if (parts.lora !== undefined) {
      Object.assign(files, await adapterFiles(parts.lora, this.config.initFrom === undefined ? {} : { baseModelNameOrPath: this.config.initFrom }, ADAPTER_DIR));
    }
    if (parts.critic !== undefined) {
      for (const [path, data] of Object.entries(await modelFiles(parts.critic, tokenizer))) files[`${CRITIC_DIR}${path}`] = data;
    }
    return files;
  }

  protected override release(parts: RLParts): void {
    // The adapter's variables live in the model's layers: the model's dispose frees them.
    parts.reference?.dispose();
    parts.critic?.dispose();
    parts.prompts = [];
  }

  /** A value head stays trainable under LoRA (its weights are saved with the model files). */
  private unfreezeValueHead(model: Transformer): void {
    for (const [name, v] of model.params) if (name.startsWith('valueHead.')) v.trainable = true;
  }

  /** Full fine-tuning's reference: a frozen copy of the starting model (reloaded from `initFrom` on a resume). */
  private async frozenReference(model: Transformer, savedInitFrom: string | undefined): Promise<Transformer> {
    if (savedInitFrom === undefined) return model.clone({ valueHead: false, trainable: false });
    const start = (await loadStartingModel(savedInitFrom)).model;
    try {
      return start.clone({ valueHead: false, trainable: false });
    } finally {
      start.dispose();
    }
  }

  /** The next `promptsPerStep` prompts in the shuffled order (a new order each epoch). */
  private takePrompts(parts: RLParts): RLPrompt[] {
    return Array.from({ length: this.config.promptsPerStep }, () => {
      const order = epochOrder(parts.prompts.length, this.config.seed, parts.cursor.epoch);
      const prompt = parts.prompts[order[parts.cursor.position]!]!;
      parts.cursor.position += 1;
      if (parts.cursor.position === parts.prompts.length) parts.cursor = { epoch: parts.cursor.epoch + 1, position: 0 };
      return prompt;
    });
  }

  /** The rollout's tensors: the batch, then the policy's and the reference's log-probs (one forward each). */
  private scoreRollout(run: ActiveRun<RLParts>, prompts: number[][], responses: number[][], rewards: number[], stopped: boolean[]): Rollout {
    const { parts, model } = run;
    const batch = rolloutBatch(prompts, responses, parts.padId);
    const { microBatchSize } = this.config;
    const sampling = this.sampling;
    const policy = scoreBatch(model, batch, sampling, microBatchSize, parts.critic);
    const reference = parts.lora !== undefined
      ? parts.lora.withAdaptersDisabled(() => scoreBatch(model, batch, sampling, microBatchSize))
      : scoreBatch(parts.reference!, batch, sampling, microBatchSize);
    tf.dispose([reference.entropy, reference.values ?? []].flat());
    return {
      batch, rewards, stopped, oldLogProbs: policy.logProbs, refLogProbs: reference.logProbs, entropy: policy.entropy,
      ...(policy.values === undefined ? {} : { oldValues: policy.values }),
    };
  }

  /** Reward mean / std, KL to the reference (Σ k1 per response, mean), entropy and response length, read in one go. */
  private async rolloutMetrics(rollout: Rollout): Promise<Record<string, number> & { kl: number }> {
    const { batch, rewards } = rollout;
    const n = rewards.length;
    const stacked = tf.tidy(() => {
      const perToken = tf.mul(klEstimate(rollout.oldLogProbs, rollout.refLogProbs, 'k1'), batch.mask);
      return tf.stack([tf.div(tf.sum(perToken), n), maskedMean(rollout.entropy, batch.mask)]);
    });
    const [kl, entropy] = Array.from(await stacked.data());
    stacked.dispose();
    const mean = rewards.reduce((a, b) => a + b, 0) / n;
    const std = Math.sqrt(rewards.reduce((a, r) => a + (r - mean) ** 2, 0) / n);
    return {
      rewardMean: mean, rewardStd: std, kl: kl!, entropy: entropy!,
      responseLength: batch.lengths.reduce((a, b) => a + b, 0) / n,
      stoppedFraction: rollout.stopped.filter(Boolean).length / n,
    };
  }
}

/** Frees a rollout's tensors. */
function disposeRollout(rollout: Rollout): void {
  disposeRolloutBatch(rollout.batch);
  tf.dispose([rollout.oldLogProbs, rollout.refLogProbs, rollout.entropy, rollout.oldValues ?? []].flat());
}

/** What the optimizer trains: the policy's parameters, and the critic's (if any) named `critic.<name>`. */
function trainedParams(policy: Map<string, tf.Variable>, critic: Transformer | undefined): Map<string, tf.Variable> {
  if (critic === undefined) return policy;
  return new Map([...policy, ...[...critic.trainableParams()].map(([name, v]) => [`${CRITIC_PREFIX}${name}`, v] as const)]);
}

function padId(tokenizer: Tokenizer): number {
  return tokenizer.specialTokens.pad ?? tokenizer.specialTokens.eos ?? 0;
}

/** `0..n-1` in a random order (Fisher–Yates). */
function shuffled(n: number, random: SeededRandom): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = random.nextInt(i + 1);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
