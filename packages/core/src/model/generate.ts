import { tf } from '../tf.js';
import { ConfigError } from '../errors.js';
import { SeededRandom } from '../seeded-random.js';
import { KVCache } from './kv-cache.js';
import { checkSamplingOptions, sampleTokenWithLogProb } from './sampling.js';
import type { Transformer } from './transformer.js';

/** Options of {@link Transformer.generate}. */
export interface GenerateOptions {
  /** New tokens per prompt at most. Default 32. */
  maxNewTokens?: number;
  /** 0 = greedy (default); otherwise logits are divided by it and a token is sampled. */
  temperature?: number;
  /** Sample among the `topK` most likely tokens only. Default 0 (all). */
  topK?: number;
  /** Nucleus sampling: the smallest set reaching probability `topP`. Default 1 (all). */
  topP?: number;
  /** A row stops after emitting one of these (it is included in `tokens`). Default: `[config.eosTokenId]` if set. */
  stopTokens?: number[];
  /**
   * A row also stops once this returns true for its new tokens so far (e.g. when their decoded text
   * holds a stop string). The token that triggered it stays in `tokens`; `finishReason` is `stop`.
   */
  stopWhen?: (tokens: readonly number[], row: number) => boolean;
  /** Seed of the sampler. Row `i` draws from its own stream, so a prompt's continuation does not depend on its batch. Default 0. */
  seed?: number;
  /** Reuse keys/values of earlier tokens (default). `false` recomputes the whole prefix every step. */
  useCache?: boolean;
  /** Called with each new token as it is chosen (for streaming), row by row within a step. */
  onToken?: (event: { row: number; token: number; step: number; logProb: number }) => void;
  /**
   * `[B, P, d]` input embeddings before every prompt (an encoded image or audio clip: see
   * `generateWithMedia`); prompt and new tokens then have `contextLength - P` positions. The caller
   * keeps ownership. Default: none.
   */
  prefixEmbeds?: tf.Tensor3D;
}

/** One prompt's continuation. */
export interface GenerationResult {
  /** New tokens only (a stop token that ended the row is included). */
  tokens: number[];
  /**
   * Per token of `tokens`, its log-probability under the distribution it was drawn from:
   * `softmax(logits / temperature)` truncated to the top-k, then the top-p nucleus, and renormalised.
   * Greedy decoding (temperature 0 or topK 1) reports `log softmax(logits)` of the raw, untruncated
   * logits instead (a point mass would give 0). `samplingLogProbs` recomputes the same numbers from a
   * forward pass (e.g. PPO's old and new policy log-probs).
   */
  logProbs: number[];
  /**
   * Per token of `tokens`, the value head's output at the position that predicted it (the state before
   * the token: what PPO's GAE needs). Only when the model has a value head (`config.valueHead`).
   */
  values?: number[];
  /** `stop`: a stop token or `stopWhen`; `length`: `maxNewTokens` or the model's context length was reached. */
  finishReason: 'stop' | 'length';
}

/**
 * Batched generation: prompts are left-padded to the longest one (masked), each step runs the model
 * on the new tokens (with the KV cache) or on the whole sequence (`useCache: false`), and each row
 * samples its next token until it stops. A row also stops when prompt + new tokens reach
 * `config.contextLength`. Each step reads the device once (`await data()`, never a synchronous read):
 * the last position's logits, and values with a value head. A prompt's greedy continuation (tokens,
 * log-probs, values) does not depend on the other prompts of the batch, up to float rounding.
 */
export async function generate(model: Transformer, prompts: number[][], options: GenerateOptions = {}): Promise<GenerationResult[]> {
  const config = model.config;
  const maxNewTokens = options.maxNewTokens ?? 32;
  const temperature = options.temperature ?? 0;
  const topK = options.topK ?? 0;
  const topP = options.topP ?? 1;
  const seed = options.seed ?? 0;
  const useCache = options.useCache ?? true;
  const prefixEmbeds = options.prefixEmbeds;
  // Positions left for the prompt and its continuation after the prefix.
  const room = config.contextLength - (prefixEmbeds?.shape[1] ?? 0);
  if (prefixEmbeds !== undefined && (prefixEmbeds.shape[0] !== prompts.length || room < 1)) {
    throw new ConfigError(
      `generate: prefixEmbeds is [${prefixEmbeds.shape.join(', ')}]; it needs one row per prompt (${prompts.length}) and fewer than config.contextLength (${config.contextLength}) positions.`,
    );
  }
  const stopTokens = new Set(options.stopTokens ?? (config.eosTokenId === undefined ? [] : [config.eosTokenId]));
  if (!Number.isInteger(maxNewTokens) || maxNewTokens < 0) {
    throw new ConfigError(`generate: maxNewTokens must be a non-negative integer, got ${maxNewTokens}.`);
  }
  checkSamplingOptions({ temperature, topK, topP }, 'generate');
  for (const id of stopTokens) {
    if (!Number.isInteger(id) || id < 0 || id >= config.vocabSize) {
      throw new ConfigError(`generate: stopTokens holds ${id}, not a token id in [0, ${config.vocabSize}); such a token could never stop a row.`);
    }
  }
  prompts.forEach((prompt, row) => {
    if (prompt.length === 0) throw new ConfigError(`generate: prompt ${row} is empty; start it with a BOS token.`);
    if (prompt.length > room) {
      throw new ConfigError(
        `generate: prompt ${row} has ${prompt.length} tokens, more than config.contextLength (${config.contextLength})${room === config.contextLength ? '' : ` less the ${config.contextLength - room} prefix positions`}; truncate it.`,
      );
    }
    const bad = prompt.find((id) => !Number.isInteger(id) || id < 0 || id >= config.vocabSize);
    if (bad !== undefined) throw new ConfigError(`generate: prompt ${row} has token id ${bad}, outside [0, ${config.vocabSize}).`);
  });

  const batch = prompts.length;
  const vocab = config.vocabSize;
  const padId = config.padTokenId ?? config.eosTokenId ?? 0;
  const hasValueHead = config.valueHead === true;
  const results: GenerationResult[] = prompts.map(() => ({
    tokens: [], logProbs: [], ...(hasValueHead ? { values: [] } : {}), finishReason: 'length',
  }));
  const active = prompts.map((p) => maxNewTokens > 0 && p.length < room);
  const rngs = prompts.map((_, row) => new SeededRandom(seed, row));
  const width = Math.max(0, ...prompts.map((p) => p.length));
  // Left-padded rows and their masks; with useCache = false they grow by one column per step.
  const ids = prompts.map((p) => [...new Array<number>(width - p.length).fill(padId), ...p]);
  const mask = prompts.map((p) => [...new Array<number>(width - p.length).fill(0), ...new Array<number>(p.length).fill(1)]);
  let stepIds = ids.map((row) => [...row]);
  let stepMask = mask.map((row) => [...row]);
  // Every position the cache can reach: prefix, padded prompts, then one step per new token of the longest-running row.
  const steps = Math.max(0, ...prompts.map((p) => Math.min(maxNewTokens, room - p.length)));
  const cache = useCache ? new KVCache(config.nLayers, { capacity: (prefixEmbeds?.shape[1] ?? 0) + width + steps }) : undefined;
  try {
    while (active.some(Boolean)) {
      let inputIds = useCache ? stepIds : ids;
      let inputMask = useCache ? stepMask : mask;
      if (!useCache && ids[0]!.length > room) {
        // Padding ahead of the longest active row can go: every active row stays within its room.
        const longest = Math.max(...prompts.map((p, row) => (active[row] ? p.length + results[row]!.tokens.length : 0)));
        const start = ids[0]!.length - longest;
        inputIds = ids.map((row) => row.slice(start));
        inputMask = mask.map((row) => row.slice(start));
      }
      // One read from the device per step: each row's logits, then its value when there is a value head.
      const last = tf.tidy(() => {
        const { logits, values } = model.forward(tf.tensor2d(inputIds, undefined, 'int32'), {
          keyMask: tf.tensor2d(inputMask, undefined, 'float32'),
          lastTokenOnly: true,
          inference: true,
          ...(cache === undefined ? {} : { cache }),
          // With the cache the prefix is read once, on the first step; without it, on every step.
          ...(prefixEmbeds === undefined || (cache !== undefined && cache.length > 0) ? {} : { prefixEmbeds }),
        });
        const rowLogits = tf.reshape(logits, [batch, vocab]); // [B, V]
        return values === undefined ? rowLogits : tf.concat([rowLogits, values], 1); // [B, V + 1]
      });
      const data = await last.data();
      last.dispose();
      const stride = hasValueHead ? vocab + 1 : vocab;
      const next: number[] = [];
      const nextMask: number[] = [];
      for (let row = 0; row < batch; row++) {
        if (!active[row]) {
          next.push(padId);
          nextMask.push(0);
          continue;
        }
        const rowLogits = data.subarray(row * stride, row * stride + vocab);
        const { token, logProb } = sampleTokenWithLogProb(rowLogits, { temperature, topK, topP }, rngs[row]!);
        const result = results[row]!;
        result.tokens.push(token);
        result.logProbs.push(logProb);
        result.values?.push(data[row * stride + vocab]!);
        options.onToken?.({ row, token, step: result.tokens.length - 1, logProb });
        if (stopTokens.has(token) || options.stopWhen?.(result.tokens, row) === true) {
          result.finishReason = 'stop';
          active[row] = false;
        } else if (result.tokens.length >= maxNewTokens || prompts[row]!.length + result.tokens.length >= room) {
          active[row] = false;
        }
        next.push(token);
        nextMask.push(active[row] ? 1 : 0);
      }
      stepIds = next.map((t) => [t]);
      stepMask = nextMask.map((m) => [m]);
      ids.forEach((row, i) => row.push(next[i]!));
      mask.forEach((row, i) => row.push(nextMask[i]!));
    }
  } finally {
    cache?.dispose();
  }
  return results;
}
