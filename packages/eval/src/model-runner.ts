import { ConfigError, tf } from '@stagecoach/core';
import { tokenKl } from './metrics/behaviour-change.js';
import { truncateAtStop } from './tasks/question-answer-task.js';
import type { ChoiceProblem, ChoiceScore, MultipleChoiceTask } from './tasks/task.js';

/**
 * What evaluation needs from a model. `Transformer` from `@stagecoach/core` has this shape; any
 * object with these members (a wrapper around another runtime, say) can be evaluated too.
 */
export interface EvalModel {
  readonly config: { readonly vocabSize: number; readonly contextLength: number; readonly eosTokenId?: number; readonly family?: string };
  generate(
    prompts: number[][],
    options?: {
      maxNewTokens?: number; temperature?: number; topK?: number; topP?: number; stopTokens?: number[]; seed?: number;
      stopWhen?: (tokens: readonly number[], row: number) => boolean;
    },
  ): Promise<{ tokens: number[]; finishReason: 'stop' | 'length' }[]>;
  /** [batch, time, vocab] logits for equal-length sequences. */
  logits(ids: number[][]): tf.Tensor3D;
}

/** What evaluation needs from a tokenizer (`Tokenizer` from `@stagecoach/core` has this shape). */
export interface EvalTokenizer {
  readonly specialTokens: { readonly bos?: number; readonly eos?: number; readonly pad?: number };
  encode(text: string, options?: { addSpecialTokens?: boolean }): number[];
  decode(ids: readonly number[], options?: { skipSpecialTokens?: boolean }): string;
  applyChatTemplate?(messages: { role: string; content: string }[], options?: { addGenerationPrompt?: boolean }): string;
}

/** A model to evaluate, with its tokenizer. `loadPretrained(dir)`'s result fits as is. */
export interface ModelEntry {
  model: EvalModel;
  tokenizer: EvalTokenizer;
  /** Checkpoint folder or URL, recorded in the report. */
  source?: string;
  description?: string;
  /** `'chat'` wraps each prompt in the tokenizer's chat template (for chat-tuned models). Default `'plain'`. */
  promptFormat?: 'plain' | 'chat';
}

export interface GenerationSettings {
  maxNewTokens: number;
  temperature: number;
  topK: number | null;
  topP: number | null;
  batchSize: number;
  seed: number;
}

export interface GeneratedResponse {
  text: string;
  /** Prompt tokens as fed to the model (after truncation). */
  promptIds: number[];
  /** Generated tokens (without a final end-of-sequence token). */
  tokens: number[];
  /** Tokens of `text` (the response cut at the task's stop sequences). */
  responseTokens: number;
  truncated: boolean;
}

/** Prompt text → token ids, in the model's prompt format, left-truncated to leave room for `reserve` tokens. */
export function encodePrompt(entry: ModelEntry, text: string, reserve: number): { ids: number[]; truncated: boolean } {
  let formatted = text;
  if (entry.promptFormat === 'chat') {
    if (entry.tokenizer.applyChatTemplate === undefined) {
      throw new ConfigError('promptFormat "chat" needs a tokenizer with applyChatTemplate; use promptFormat "plain" for this model.');
    }
    formatted = entry.tokenizer.applyChatTemplate([{ role: 'user', content: text }], { addGenerationPrompt: true });
  }
  const ids = entry.tokenizer.encode(formatted);
  const room = entry.model.config.contextLength - reserve;
  if (room < 1) {
    throw new ConfigError(`maxNewTokens (${reserve}) leaves no room for a prompt in a context of ${entry.model.config.contextLength} tokens; lower maxNewTokens.`);
  }
  return ids.length > room ? { ids: ids.slice(ids.length - room), truncated: true } : { ids, truncated: false };
}

/**
 * How many of `tokens` it takes to write the first `characters` characters of their decoding
 * (the smallest prefix that decodes to at least that many characters).
 */
export function tokensForCharacters(tokenizer: EvalTokenizer, tokens: readonly number[], characters: number): number {
  if (characters <= 0) return 0;
  let low = 1;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (tokenizer.decode(tokens.slice(0, middle), { skipSpecialTokens: true }).length >= characters) high = middle;
    else low = middle + 1;
  }
  return high;
}

/**
 * Generates one response per prompt, `batchSize` prompts per call; batch b uses seed `seed + b`.
 * Responses are decoded and cut at `stopSequences`.
 */
export async function generateResponses(
  entry: ModelEntry,
  prompts: readonly string[],
  settings: GenerationSettings,
  stopSequences: readonly string[],
  onBatch?: (done: number) => void,
  signal?: AbortSignal,
): Promise<GeneratedResponse[]> {
  const eos = entry.tokenizer.specialTokens.eos ?? entry.model.config.eosTokenId;
  const encoded = prompts.map((p) => encodePrompt(entry, p, settings.maxNewTokens));
  const out: GeneratedResponse[] = [];
  for (let start = 0, batch = 0; start < encoded.length; start += settings.batchSize, batch++) {
    signal?.throwIfAborted();
    const chunk = encoded.slice(start, start + settings.batchSize);
    const results = await entry.model.generate(chunk.map((c) => c.ids), {
      maxNewTokens: settings.maxNewTokens,
      temperature: settings.temperature,
      ...(settings.topK === null ? {} : { topK: settings.topK }),
      ...(settings.topP === null ? {} : { topP: settings.topP }),
      ...(eos === undefined ? {} : { stopTokens: [eos] }),
      // Stop a row as soon as its text holds a stop sequence, instead of generating up to maxNewTokens.
      ...(stopSequences.length === 0 ? {} : {
        stopWhen: (tokens: readonly number[]) => {
          const text = entry.tokenizer.decode(tokens, { skipSpecialTokens: true });
          return stopSequences.some((stop) => text.includes(stop));
        },
      }),
      seed: settings.seed + batch,
    });
    results.forEach((result, i) => {
      const tokens = eos !== undefined && result.tokens[result.tokens.length - 1] === eos ? result.tokens.slice(0, -1) : result.tokens;
      const decoded = entry.tokenizer.decode(tokens, { skipSpecialTokens: true });
      const text = truncateAtStop(decoded, stopSequences);
      const prompt = chunk[i] as { ids: number[]; truncated: boolean };
      out.push({
        text,
        promptIds: prompt.ids,
        tokens,
        responseTokens: text.length === decoded.length ? tokens.length : tokensForCharacters(entry.tokenizer, tokens, text.length),
        truncated: prompt.truncated,
      });
    });
    onBatch?.(out.length);
  }
  return out;
}

/** Log-probabilities of `sequence[from..]` given what precedes each token, as one number per token. */
function continuationLogProbs(logp: tf.Tensor3D, row: number, sequence: readonly number[], from: number): tf.Tensor1D {
  const indices = [];
  for (let t = from; t < sequence.length; t++) indices.push([row, t - 1, sequence[t] as number]);
  return tf.gatherND(logp, indices) as tf.Tensor1D;
}

/** Scores every choice of a multiple-choice problem by the log-likelihood of its continuation. */
export async function scoreChoices(entry: ModelEntry, task: MultipleChoiceTask, problem: ChoiceProblem): Promise<{ scores: ChoiceScore[]; truncated: boolean }> {
  const context = task.context(problem);
  const contextIds = entry.tokenizer.encode(context);
  let truncated = false;
  const sequences = problem.choices.map((_, index) => {
    const continuation = task.continuation(problem, index);
    const whole = entry.tokenizer.encode(context + continuation);
    const splits = whole.length > contextIds.length && contextIds.every((id, i) => whole[i] === id);
    const continuationIds = splits ? whole.slice(contextIds.length) : entry.tokenizer.encode(continuation, { addSpecialTokens: false });
    let prefix = contextIds;
    const room = entry.model.config.contextLength - continuationIds.length;
    if (prefix.length > room) {
      prefix = prefix.slice(prefix.length - Math.max(1, room));
      truncated = true;
    }
    // lm-eval's acc_norm divides by the choice's length in characters (code points), without the space before it.
    const characters = [...(problem.choices[index] ?? continuation.trimStart())].length;
    return { ids: [...prefix, ...continuationIds], from: prefix.length, characters };
  });
  const length = Math.max(...sequences.map((s) => s.ids.length));
  const pad = entry.tokenizer.specialTokens.pad ?? entry.tokenizer.specialTokens.eos ?? 0;
  // Right padding: a causal model's earlier positions never see it.
  const batch = sequences.map((s) => [...s.ids, ...new Array<number>(length - s.ids.length).fill(pad)]);
  const sums = tf.tidy(() => {
    const logp = tf.logSoftmax(entry.model.logits(batch), -1) as tf.Tensor3D; // [C, T, V]
    return tf.stack(sequences.map((s, row) => tf.sum(continuationLogProbs(logp, row, s.ids, s.from)))); // [C]
  });
  const values = await sums.data();
  sums.dispose();
  const scores = sequences.map((s, i) => ({ logLikelihood: values[i] as number, tokens: s.ids.length - s.from, characters: s.characters }));
  return { scores, truncated };
}

/**
 * Sum and count of per-token KL(P ‖ Q) over the response part of `promptIds + responseIds`, where
 * P and Q are the two models' next-token distributions on the same tokens.
 */
export async function responseKl(p: EvalModel, q: EvalModel, promptIds: readonly number[], responseIds: readonly number[]): Promise<{ sum: number; tokens: number }> {
  if (responseIds.length === 0 || promptIds.length === 0) return { sum: 0, tokens: 0 };
  const limit = Math.min(p.config.contextLength, q.config.contextLength);
  let sequence = [...promptIds, ...responseIds];
  let from = promptIds.length;
  if (sequence.length > limit) {
    const cut = sequence.length - limit;
    sequence = sequence.slice(cut);
    from = Math.max(1, from - cut);
  }
  const positions = sequence.length - from;
  const total = tf.tidy(() => {
    const logitsP = tf.squeeze(tf.slice(p.logits([sequence]), [0, from - 1, 0], [1, positions, -1]), [0]) as tf.Tensor2D; // [R, V]
    const logitsQ = tf.squeeze(tf.slice(q.logits([sequence]), [0, from - 1, 0], [1, positions, -1]), [0]) as tf.Tensor2D; // [R, V]
    return tf.sum(tokenKl(logitsP, logitsQ));
  });
  const sum = (await total.data())[0] as number;
  total.dispose();
  return { sum, tokens: positions };
}
