import { ConfigError, DataError, loadPretrained, openStorage } from '@stagecoach/core';
import type { ChatMessage, Tokenizer, Transformer } from '@stagecoach/core';
import { ADAPTER_CONFIG_FILE, loadAdapter } from '@stagecoach/lora';
import { rewardSequence } from './reward-inputs.js';
import type { RewardPrompt, RewardResponse } from './reward-inputs.js';
import { checkRewardTokenizer } from './reward-tokenizer.js';
import { sequenceScores } from './sequence-scores.js';

/**
 * A reward as PPOTrainer and GRPOTrainer take it: the score of `response` to `prompt`. `record` is the
 * prompt's dataset record; when it holds `messages` (a chat prompt), the reward model reads the chat.
 */
export type RewardFunction = (prompt: string, response: string, record?: unknown) => Promise<number>;

/** Options of {@link RewardModel}. */
export interface RewardModelOptions {
  /** Jinja chat template for chat prompts. Default: the tokenizer's, else Stagecoach's default (as `SFTTrainer`). */
  chatTemplate?: string;
  /** Sequences per forward pass in `scoreBatch`. Default 16. */
  batchSize?: number;
}

/** A prompt and the response to score. */
export interface ScoredPair {
  prompt: RewardPrompt;
  response: RewardResponse;
}

/** Where a LoRA-trained reward checkpoint keeps its adapter (and trained score head), as `RewardTrainer` writes it. */
export const REWARD_ADAPTER_DIR = 'adapter/';

/**
 * A trained reward model: a transformer with a scalar score head (`config.scoreHead`; Hugging Face
 * `*ForSequenceClassification`, one label) that reads a prompt and a response and returns a number,
 * higher for a better response. The score is the head's output at the last real token, as transformers
 * computes it, so a checkpoint scores the same here and in `AutoModelForSequenceClassification`.
 */
export class RewardModel {
  readonly model: Transformer;
  readonly tokenizer: Tokenizer;
  private readonly chatTemplate: string | undefined;
  private readonly batchSize: number;

  /** Takes ownership of `model` (a score-head model; ConfigError otherwise): `dispose` frees it. */
  constructor(model: Transformer, tokenizer: Tokenizer, options: RewardModelOptions = {}) {
    if (model.config.scoreHead !== true) {
      throw new ConfigError(
        'RewardModel: the model has no score head (it is a language model). Train a reward model with RewardTrainer, ' +
          'or load a sequence-classification checkpoint (architectures *ForSequenceClassification, one label).',
      );
    }
    const batchSize = options.batchSize ?? 16;
    if (!Number.isInteger(batchSize) || batchSize < 1) throw new ConfigError(`RewardModelOptions.batchSize must be a positive integer; got ${batchSize}.`);
    this.model = model;
    this.tokenizer = tokenizer;
    this.chatTemplate = options.chatTemplate;
    this.batchSize = batchSize;
  }

  /**
   * Loads a reward checkpoint: a folder in sequence-classification layout (ours or from transformers),
   * with the LoRA adapter a `RewardTrainer` run wrote under `adapter/` merged in when there is one.
   */
  static async load(folder: string, options: RewardModelOptions = {}): Promise<RewardModel> {
    const { model, tokenizer } = await loadPretrained(folder);
    try {
      if (model.config.scoreHead !== true) {
        throw new ConfigError(
          `${folder} holds a language model, not a reward model (config.json architectures is not *ForSequenceClassification). ` +
            'Train one from it with RewardTrainer (stagecoach reward --base ...).',
        );
      }
      if (await (await openStorage(folder)).exists(`${REWARD_ADAPTER_DIR}${ADAPTER_CONFIG_FILE}`)) {
        (await loadAdapter(model, `${folder}/${REWARD_ADAPTER_DIR}`)).mergeAndUnload();
      }
      return new RewardModel(model, tokenizer, options);
    } catch (error) {
      model.dispose();
      throw error;
    }
  }

  /** The reward of one response. */
  async score(prompt: RewardPrompt, response: RewardResponse): Promise<number> {
    return (await this.scoreBatch([{ prompt, response }]))[0]!;
  }

  /** The rewards of many responses, `batchSize` sequences per forward pass. */
  async scoreBatch(pairs: readonly ScoredPair[]): Promise<number[]> {
    const rows = pairs.map(({ prompt, response }, i) => this.encode(prompt, response, `scoreBatch[${i}]`));
    const out: number[] = [];
    for (let i = 0; i < rows.length; i += this.batchSize) {
      const scores = sequenceScores(this.model, rows.slice(i, i + this.batchSize));
      out.push(...(await scores.data()));
      scores.dispose();
    }
    return out;
  }

  /**
   * This model as a reward function for PPOTrainer / GRPOTrainer: a text prompt is scored as text; when
   * the prompt's record holds `messages`, the chat (without any assistant turn at its end) is the prompt
   * and the response its assistant turn. Pass `policyTokenizer` to refuse a policy of another tokenizer.
   */
  rewardFunction(policyTokenizer?: Tokenizer): RewardFunction {
    if (policyTokenizer !== undefined) checkRewardTokenizer(this.tokenizer, policyTokenizer);
    return async (prompt, response, record) => this.score(chatOf(record) ?? prompt, response);
  }

  dispose(): void {
    this.model.dispose();
  }

  private encode(prompt: RewardPrompt, response: RewardResponse, source: string): number[] {
    const maxLength = this.model.config.contextLength;
    const { ids, truncated } = rewardSequence(prompt, response, this.tokenizer, {
      source, maxLength, ...(this.chatTemplate === undefined ? {} : { chatTemplate: this.chatTemplate }),
    });
    if (truncated > 0) {
      throw new DataError(
        `${source}: the prompt and response take ${ids.length + truncated} tokens; the reward model reads at most ${maxLength} (its context). ` +
          'Shorten the prompt or limit the response length.',
      );
    }
    return ids;
  }
}

/** The prompt conversation of a dataset record `{ messages }` (trailing assistant turns dropped), else undefined. */
function chatOf(record: unknown): ChatMessage[] | undefined {
  if (typeof record !== 'object' || record === null || !('messages' in record) || !Array.isArray(record.messages)) return undefined;
  const messages = [...(record.messages as ChatMessage[])];
  while (messages.at(-1)?.role === 'assistant') messages.pop();
  return messages;
}
