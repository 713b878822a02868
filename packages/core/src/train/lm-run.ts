import { tf } from '../tf.js';
import { ConfigError } from '../errors.js';
import type { Transformer } from '../model/index.js';
import type { Tokenizer } from '../tokenizers/index.js';
import { makeBatch, type TokenBatch } from './data/batch.js';
import type { SourceFingerprint } from './data/fingerprint.js';
import { resolveSource, type SourceSpec, type TextSource } from './data/sources.js';
import type { SampleEvent } from './events.js';
import type { AdamW } from './optim/adamw.js';
import { optimizerStep, type OptimizerStepResult } from './optim/optimizer-step.js';

/**
 * The pieces of next-token training on packed windows that `Pretrainer` and `MidTrainer` share: the
 * loss step, samples, and turning corpus specs into fingerprinted sources.
 */

/** What {@link nextTokenStep} needs. */
export interface NextTokenStepOptions {
  model: Transformer;
  tokenizer: Tokenizer;
  optimizer: AdamW;
  params: Map<string, tf.Variable>;
  /** Micro-batches of the step, each a list of windows (seqLen + 1 token ids). */
  microBatches: readonly (readonly (readonly number[])[])[];
  lr: number;
  maxGradNorm: number;
  /** 0-based step (messages say step + 1). */
  step: number;
}

/** One optimizer step of mean next-token cross-entropy over the micro-batches (accumulated), clipping and AdamW. */
export async function nextTokenStep(options: NextTokenStepOptions): Promise<OptimizerStepResult> {
  const { model, tokenizer, optimizer, params, lr, maxGradNorm, step } = options;
  const microBatches: TokenBatch[] = options.microBatches.map((windows) => makeBatch(windows, tokenizer.specialTokens));
  return optimizerStep({
    params, optimizer, lr, maxGradNorm, step: step + 1, microBatches,
    loss: (batch) => {
      const shape: [number, number] = [batch.batchSize, batch.seqLen];
      return model.loss(tf.tensor2d(batch.ids, shape, 'int32'), tf.tensor2d(batch.targets, shape, 'int32'), tf.tensor2d(batch.mask, shape));
    },
  });
}

/** Sample settings of a run. */
export interface SampleOptions {
  samplePrompts: string[];
  sampleTokens: number;
  sampleTemperature: number;
  seed: number;
}

/** Continuations of `options.samplePrompts`, seeded by `seed + step`. */
export async function sampleContinuations(model: Transformer, tokenizer: Tokenizer, options: SampleOptions, step: number): Promise<SampleEvent> {
  const eos = tokenizer.specialTokens.eos;
  const prompts = samplePromptIds(options.samplePrompts, tokenizer, model.config.contextLength);
  const results = await model.generate(prompts, {
    maxNewTokens: options.sampleTokens, temperature: options.sampleTemperature, seed: options.seed + step,
    ...(eos === undefined ? {} : { stopTokens: [eos] }),
  });
  return {
    step,
    samples: results.map((r, i) => ({ prompt: options.samplePrompts[i]!, text: tokenizer.decode(r.tokens, { skipSpecialTokens: true }) })),
  };
}

/** The sample prompts as token ids, each started with BOS (else EOS); ConfigError naming a prompt that cannot be sampled from. */
export function samplePromptIds(prompts: readonly string[], tokenizer: Tokenizer, contextLength: number): number[][] {
  const { bos, eos } = tokenizer.specialTokens;
  const start = bos ?? eos;
  return prompts.map((prompt, i) => {
    const ids = tokenizer.encode(prompt, { addSpecialTokens: false });
    const withStart = start === undefined ? ids : [start, ...ids];
    if (withStart.length === 0) {
      throw new ConfigError(`config.samplePrompts[${i}] is empty and the tokenizer has no BOS or EOS token to start from; give a non-empty prompt.`);
    }
    if (withStart.length >= contextLength) {
      throw new ConfigError(
        `config.samplePrompts[${i}] is ${withStart.length} tokens, which leaves no room to generate in the model's context of ${contextLength} tokens; shorten it.`,
      );
    }
    return withStart;
  });
}

/** The corpus's texts, up to `maxChars` characters, to train a tokenizer on. */
export async function* corpusTexts(sources: readonly TextSource[], maxChars: number): AsyncGenerator<string> {
  let chars = 0;
  for (const source of sources) {
    for await (const unit of source.units({ offset: 0, line: 0 })) {
      yield unit.text;
      chars += unit.text.length;
      if (chars >= maxChars) return;
    }
  }
}

/** A source's fingerprint; a TextSource without `fingerprint()` is known by its name. */
export async function fingerprintOf(source: TextSource): Promise<SourceFingerprint> {
  return source.fingerprint === undefined ? { kind: 'custom', name: source.name } : source.fingerprint();
}

/** The TextSources of a config's corpus spec (one or several). */
export function toSources(spec: SourceSpec | SourceSpec[], field: string): TextSource[] {
  return (Array.isArray(spec) ? spec : [spec]).map((s) => resolveSource(s, field));
}

/** How trainer_state.json records a source spec: its path, or a TextSource's name. */
export function sourceSpecName(spec: SourceSpec): string {
  return typeof spec === 'string' ? spec : 'units' in spec ? spec.name : spec.path;
}
