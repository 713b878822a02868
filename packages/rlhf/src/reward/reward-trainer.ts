import { ConfigError, DataError, Trainer, addScoreHead, optimizerStep, tf } from '@stagecoach/core';
import type { ActiveRun, BuiltRun, EvalEvent, Pretrained, RunStart, StepResult, StorageFiles, Tokenizer } from '@stagecoach/core';
import { adapterFiles, applyLora, epochOrder, loadAdapter, readDatasetText } from '@stagecoach/lora';
import type { LoraConfig, LoraModel } from '@stagecoach/lora';
import { bradleyTerryLoss, preferenceAccuracy } from '../math/bradley-terry.js';
import { rewardSequence } from '../reward-model/reward-inputs.js';
import { REWARD_ADAPTER_DIR } from '../reward-model/reward-model.js';
import { sequenceScores } from '../reward-model/sequence-scores.js';
import { parsePreferenceArray, parsePreferenceJsonl } from './preference-records.js';
import type { PreferencePair } from './preference-records.js';
import { resolveRewardConfig } from './reward-config.js';
import type { ResolvedRewardConfig, RewardConfig } from './reward-config.js';

/** A preference pair as token ids. */
interface TokenizedPair {
  chosen: number[];
  rejected: number[];
  margin: number;
}

/** Where the data order stands: epoch (each shuffled from the seed) and position in it. */
interface PairCursor {
  epoch: number;
  position: number;
}

/** What the reward checkpoint adds to trainer_state.json. */
interface RewardExtras {
  cursor: PairCursor;
}

/** What tokenizing the data did, reported in `RewardTrainer.dataSummary`. */
export interface RewardDataSummary {
  pairs: number;
  /** Pairs left out because a side is longer than `seqLen` (cutting would drop the end, where the reward is read). */
  tooLong: number;
  validPairs: number;
}

interface RewardParts {
  pairs: TokenizedPair[];
  valid: TokenizedPair[];
  cursor: PairCursor;
  lora?: LoraModel;
  summary: RewardDataSummary;
}

/** The score head's Hugging Face module, trained in full beside a LoRA adapter. */
const SCORE_MODULE = 'score';
const TOKENIZER_CONFIG_FILE = 'tokenizer_config.json';

/**
 * Trains a reward model (TRL's `RewardTrainer`) on core's run scaffolding: preference pairs, both sides
 * scored in one forward pass, the Bradley–Terry loss, LoRA (the score head trained in full beside the
 * adapter) or full fine-tuning, held-out accuracy and loss. Checkpoints are sequence-classification
 * folders (`*ForSequenceClassification`, `score.weight`) plus, with LoRA, the adapter under `adapter/`;
 * `RewardModel.load` reads them, and a resume continues exactly.
 */
export class RewardTrainer extends Trainer<ResolvedRewardConfig, RewardParts, RewardExtras> {
  protected readonly kind = 'reward';

  constructor(config: RewardConfig) {
    super(resolveRewardConfig(config));
  }

  /** The adapter being trained (undefined for full fine-tuning), after `init`. */
  get lora(): LoraModel | undefined {
    return this.run.parts.lora;
  }

  /** What tokenizing the data did (pairs, pairs left out), after `init`. */
  get dataSummary(): RewardDataSummary {
    return this.run.parts.summary;
  }

  /** A language model gets a score head (seeded) in place of its LM head; a reward model is kept as it is. */
  protected override async adaptInitModel(loaded: Pretrained): Promise<Pretrained> {
    if (loaded.model.config.scoreHead === true) return loaded;
    const { pad, eos } = loaded.tokenizer.specialTokens;
    const padTokenId = loaded.model.config.padTokenId ?? pad ?? eos;
    const model = addScoreHead(loaded.model, { seed: this.config.seed, ...(padTokenId === undefined ? {} : { padTokenId }) });
    loaded.model.dispose();
    return { ...loaded, model, config: model.config };
  }

  protected async build({ loaded, saved, checkpoint }: RunStart<RewardExtras>): Promise<BuiltRun<RewardParts>> {
    const c = this.config;
    if (loaded === undefined) throw new ConfigError('RewardConfig.initFrom is required: the model folder to train the reward model from.');
    const { model, tokenizer } = loaded;
    const seqLen = c.seqLen === 0 ? model.config.contextLength : c.seqLen;
    if (seqLen > model.config.contextLength) {
      throw new ConfigError(`RewardConfig.seqLen (${seqLen}) exceeds the model's contextLength (${model.config.contextLength}).`);
    }
    const train = await this.tokenizeAll(c.data, 'data', tokenizer, seqLen);
    const valid = c.validData === undefined ? undefined : await this.tokenizeAll(c.validData, 'validData', tokenizer, seqLen);
    let lora: LoraModel | undefined;
    if (c.lora !== false) {
      lora = saved !== undefined && checkpoint !== undefined
        ? await loadAdapter(model, `${checkpoint}/${REWARD_ADAPTER_DIR}`)
        : applyLora(model, { seed: c.seed, ...withScoreModule(c.lora) });
    }
    return {
      model,
      tokenizer,
      optimizer: { weightDecay: c.weightDecay },
      ...(lora === undefined ? {} : { params: lora.trainableParams() }),
      // seqLen as configured (0: the context, which the architecture check covers), as trainer_state.json records it.
      identity: { fields: { seqLen: c.seqLen, batchSize: c.batchSize, seed: c.seed, pairs: train.pairs.length } },
      parts: {
        pairs: train.pairs,
        valid: valid?.pairs ?? [],
        cursor: saved?.cursor ?? { epoch: 0, position: 0 },
        ...(lora === undefined ? {} : { lora }),
        summary: { pairs: train.pairs.length, tooLong: train.tooLong + (valid?.tooLong ?? 0), validPairs: valid?.pairs.length ?? 0 },
      },
    };
  }

  protected async trainStep({ model, optimizer, params, parts, step }: ActiveRun<RewardParts>): Promise<StepResult> {
    const c = this.config;
    const batch = Array.from({ length: c.batchSize }, () => this.nextPair(parts));
    const rows = [...batch.map((p) => p.chosen), ...batch.map((p) => p.rejected)];
    const margins = tf.tensor1d(batch.map((p) => p.margin));
    parts.lora?.train(true);
    try {
      const result = await optimizerStep({
        params, optimizer, lr: c.lr, maxGradNorm: c.maxGradNorm, microBatches: [{ tokens: batch.length }], step,
        loss: () => {
          const rewards = sequenceScores(model, rows); // [2N]: chosen, then rejected
          const chosen = tf.slice(rewards, 0, batch.length);
          const rejected = tf.slice(rewards, batch.length, batch.length);
          return {
            loss: bradleyTerryLoss(chosen, rejected, margins),
            metrics: {
              accuracy: tf.mean(tf.cast(tf.greater(chosen, rejected), 'float32')) as tf.Scalar,
              rewardGap: tf.mean(tf.sub(chosen, rejected)) as tf.Scalar,
            },
          };
        },
      });
      const tokens = rows.reduce((sum, row) => sum + row.length, 0);
      return { loss: result.loss, gradNorm: result.gradNorm, tokens, lr: c.lr, metrics: result.metrics };
    } finally {
      parts.lora?.train(false);
      margins.dispose();
    }
  }

  /**
   * Held-out preference accuracy (the fraction of pairs whose chosen response scores higher) and
   * Bradley–Terry loss (`valLoss`); `metrics` also holds the mean chosen and rejected rewards.
   */
  override async evaluate(step = this.stepCount): Promise<EvalEvent> {
    const { model, parts } = this.run;
    const chosen: number[] = [];
    const rejected: number[] = [];
    let tokens = 0;
    for (let i = 0; i < parts.valid.length; i += this.config.batchSize) {
      const batch = parts.valid.slice(i, i + this.config.batchSize);
      const rows = [...batch.map((p) => p.chosen), ...batch.map((p) => p.rejected)];
      const rewards = sequenceScores(model, rows);
      const values = await rewards.data();
      rewards.dispose();
      chosen.push(...values.subarray(0, batch.length));
      rejected.push(...values.subarray(batch.length));
      tokens += rows.reduce((sum, row) => sum + row.length, 0);
    }
    const loss = tf.tidy(() => bradleyTerryLoss(tf.tensor1d(chosen), tf.tensor1d(rejected), tf.tensor1d(parts.valid.map((p) => p.margin))));
    const valLoss = parts.valid.length === 0 ? Number.NaN : (await loss.data())[0]!;
    loss.dispose();
    const mean = (values: number[]): number => values.reduce((a, b) => a + b, 0) / values.length;
    return {
      step, valLoss, perplexity: Number.NaN, bitsPerByte: Number.NaN, tokens,
      metrics: { accuracy: preferenceAccuracy(chosen, rejected), meanChosen: mean(chosen), meanRejected: mean(rejected) },
    };
  }

  protected override evalEvery(): number {
    return this.config.validData === undefined ? 0 : this.config.evalEvery;
  }

  protected stateExtras({ parts }: ActiveRun<RewardParts>): RewardExtras {
    return { cursor: { ...parts.cursor } };
  }

  /** The adapter (with the trained score head) under `adapter/`, and a custom chat template in `tokenizer_config.json`. */
  protected override async checkpointFiles({ parts, tokenizer }: ActiveRun<RewardParts>): Promise<StorageFiles> {
    const files: StorageFiles = {};
    const template = this.config.chatTemplate;
    if (template !== undefined) files[TOKENIZER_CONFIG_FILE] = JSON.stringify({ ...tokenizer.tokenizerConfig(), chat_template: template }, null, 2);
    if (parts.lora === undefined) return files;
    const adapter = await adapterFiles(parts.lora, this.config.initFrom === undefined ? {} : { baseModelNameOrPath: this.config.initFrom }, REWARD_ADAPTER_DIR);
    return { ...files, ...adapter };
  }

  protected override release(parts: RewardParts): void {
    // The adapter's variables live in the model's layers: the model's dispose frees them.
    parts.pairs = [];
  }

  private nextPair(parts: RewardParts): TokenizedPair {
    const order = epochOrder(parts.pairs.length, this.config.seed, parts.cursor.epoch);
    const pair = parts.pairs[order[parts.cursor.position]!]!;
    parts.cursor.position += 1;
    if (parts.cursor.position === parts.pairs.length) parts.cursor = { epoch: parts.cursor.epoch + 1, position: 0 };
    return pair;
  }

  private async tokenizeAll(
    data: string | readonly unknown[],
    field: string,
    tokenizer: Tokenizer,
    seqLen: number,
  ): Promise<{ pairs: TokenizedPair[]; tooLong: number }> {
    const records = typeof data === 'string' ? parsePreferenceJsonl(await readDatasetText(data), data) : parsePreferenceArray(data, field);
    const pairs: TokenizedPair[] = [];
    let tooLong = 0;
    for (const record of records) {
      const chosen = this.encode(record, 'chosen', tokenizer, seqLen);
      const rejected = this.encode(record, 'rejected', tokenizer, seqLen);
      if (chosen === undefined || rejected === undefined) tooLong += 1;
      else pairs.push({ chosen, rejected, margin: record.margin ?? 0 });
    }
    if (pairs.length === 0) {
      throw new DataError(`RewardConfig.${field}: every pair is longer than seqLen ${seqLen} tokens on one side; raise seqLen or shorten the records.`);
    }
    return { pairs, tooLong };
  }

  /** One side's ids, or undefined when it does not fit `seqLen`. */
  private encode(record: PreferencePair, side: 'chosen' | 'rejected', tokenizer: Tokenizer, seqLen: number): number[] | undefined {
    const { chatTemplate } = this.config;
    const { ids, truncated } = rewardSequence(record.prompt, record[side], tokenizer, {
      source: `${record.source} (${side})`, maxLength: seqLen, ...(chatTemplate === undefined ? {} : { chatTemplate }),
    });
    return truncated > 0 ? undefined : ids;
  }
}

/** The LoRA config with the score head among the modules trained in full. */
function withScoreModule(config: LoraConfig): LoraConfig {
  const saved = config.modulesToSave ?? [];
  return { ...config, modulesToSave: saved.includes(SCORE_MODULE) ? saved : [...saved, SCORE_MODULE] };
}
