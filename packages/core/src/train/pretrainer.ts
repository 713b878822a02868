import { ConfigError } from '../errors.js';
import { Transformer, type TransformerConfig } from '../model/index.js';
import { byteTokenizer, trainBpe, type Tokenizer } from '../tokenizers/index.js';
import { checkDataCursor, PackedStream, validationWindows, type DataCursor, type PackedStreamOptions } from './data/packed-stream.js';
import type { SourceSpec } from './data/sources.js';
import type { EvalEvent, SampleEvent } from './events.js';
import { evaluateLanguageModel } from './lm-eval.js';
import { corpusTexts, fingerprintOf, nextTokenStep, sampleContinuations, samplePromptIds, sourceSpecName, toSources } from './lm-run.js';
import { isBpe, resolvePretrainerConfig, type PretrainerConfig, type ResolvedPretrainerConfig } from './pretrainer-config.js';
import { makeSchedule, type LrSchedule } from './schedules.js';
import type { StepResult } from './train-loop.js';
import { Trainer, type ActiveRun, type BuiltRun, type RunStart } from './trainer.js';
import { fingerprintTokenizer, type TrainerState } from './trainer-state.js';

/** What a pre-training checkpoint's trainer_state.json holds. */
export interface PretrainerState extends TrainerState, PretrainerExtras {
  trainer: 'pretrainer';
}

/** The pre-training fields of trainer_state.json. */
interface PretrainerExtras {
  /** Where the training stream continues. */
  dataCursor: DataCursor;
}

/** The Pretrainer's own parts of a run. */
interface PretrainingParts {
  stream: PackedStream;
  validation: number[][];
  schedule: LrSchedule;
}

/**
 * Pre-training: next-token prediction on a text corpus from random weights (or from a checkpoint
 * with `resumeFrom`). Listen with `on('step' | 'eval' | 'sample' | 'checkpoint' | 'done', ...)`,
 * run with `train({ signal })`, free the tensors with `dispose()`.
 *
 * ```ts
 * const trainer = new Pretrainer({ model: 'gpt2-tiny', data: 'corpus.txt', steps: 200, outDir: 'runs/tiny' });
 * trainer.on('step', (e) => console.log(e.step, e.loss));
 * await trainer.train();
 * ```
 */
export class Pretrainer extends Trainer<ResolvedPretrainerConfig, PretrainingParts, PretrainerExtras> {
  protected readonly kind = 'pretrainer';

  constructor(config: PretrainerConfig) {
    super(resolvePretrainerConfig(config));
  }

  /** Validation loss, perplexity and bits per byte on the held-out windows (ConfigError when there are none). */
  override async evaluate(step = this.stepCount): Promise<EvalEvent> {
    await this.init();
    const { model, tokenizer, parts } = this.run;
    if (parts.validation.length === 0) {
      throw new ConfigError(
        'no validation windows to evaluate on: they are read only when config.evalEvery > 0, from validationData or a '
        + 'validationFraction > 0 of the corpus. Set those, or do not call evaluate().',
      );
    }
    const m = await evaluateLanguageModel(model, tokenizer, parts.validation, this.config.batchSize);
    return { step, valLoss: m.loss, perplexity: m.perplexity, bitsPerByte: m.bitsPerByte, tokens: m.tokens, metrics: {} };
  }

  /** Continuations of `config.samplePrompts`. */
  override async sample(step = this.stepCount): Promise<SampleEvent> {
    await this.init();
    return sampleContinuations(this.run.model, this.run.tokenizer, this.config, step);
  }

  /** One optimizer step: `accumulationSteps` micro-batches of next-token loss, clipping, AdamW. */
  protected async trainStep({ model, tokenizer, optimizer, params, parts, step }: ActiveRun<PretrainingParts>): Promise<StepResult> {
    const { batchSize, accumulationSteps, maxGradNorm } = this.config;
    const microBatches: number[][][] = [];
    for (let k = 0; k < accumulationSteps; k += 1) {
      const windows: number[][] = [];
      for (let b = 0; b < batchSize; b += 1) windows.push(await parts.stream.next());
      microBatches.push(windows);
    }
    const lr = parts.schedule(step);
    const result = await nextTokenStep({ model, tokenizer, optimizer, params, microBatches, lr, maxGradNorm, step });
    return { ...result, lr };
  }

  protected stateExtras({ parts }: ActiveRun<PretrainingParts>): PretrainerExtras {
    return { dataCursor: parts.stream.cursor };
  }

  protected override evalEvery({ parts }: ActiveRun<PretrainingParts>): number {
    return parts.validation.length > 0 ? this.config.evalEvery : 0;
  }

  protected override release(parts: PretrainingParts): void {
    void parts.stream.close();
  }

  protected override recordedConfig(): Record<string, unknown> {
    const config = this.config;
    const names = (spec: SourceSpec | SourceSpec[] | undefined) => (spec === undefined ? undefined : Array.isArray(spec) ? spec.map(sourceSpecName) : sourceSpecName(spec));
    return {
      ...config,
      data: names(config.data),
      validationData: names(config.validationData),
      tokenizer: config.tokenizer === 'byte' || isBpe(config.tokenizer) ? config.tokenizer : 'custom',
    };
  }

  /** The tokenizer (the resumed run's BPE, or one trained on the corpus), the model and the positioned data stream. */
  protected async build({ loaded, saved, checkpoint }: RunStart<PretrainerExtras>): Promise<BuiltRun<PretrainingParts>> {
    const c = this.config;
    const sources = toSources(c.data, c.textField);
    const validationSources = c.validationData === undefined ? undefined : toSources(c.validationData, c.textField);
    for (const source of [...sources, ...(validationSources ?? [])]) await source.check();
    const dataFingerprint = await Promise.all(sources.map(fingerprintOf));
    let tokenizer: Tokenizer;
    if (c.tokenizer === 'byte') tokenizer = byteTokenizer();
    else if (!isBpe(c.tokenizer)) tokenizer = c.tokenizer;
    else if (loaded !== undefined) tokenizer = loaded.tokenizer; // the BPE trained by the first run
    else tokenizer = await trainBpe(corpusTexts(sources, c.tokenizer.trainingChars ?? 10_000_000), { vocabSize: c.tokenizer.vocabSize });
    if (tokenizer.vocabSize > c.model.vocabSize) {
      throw new ConfigError(
        `config.model.vocabSize (${c.model.vocabSize}) is smaller than the tokenizer's vocabulary (${tokenizer.vocabSize}); set model.vocabSize >= ${tokenizer.vocabSize}.`,
      );
    }
    if (c.sampleEvery > 0) samplePromptIds(c.samplePrompts, tokenizer, c.model.contextLength); // fail now, not at the first sample
    if (saved !== undefined) checkDataCursor(saved.dataCursor, `${checkpoint}/trainer_state.json`);
    const streamOptions: PackedStreamOptions = {
      sources, tokenizer, seqLen: c.seqLen, seed: c.seed, validationFraction: validationSources === undefined ? c.validationFraction : 0,
      shuffleBuffer: c.shuffleBuffer,
    };
    const validation = c.evalEvery > 0
      ? await validationWindows({ ...streamOptions, ...(validationSources === undefined ? {} : { validationSources }), maxWindows: c.evalSequences })
      : [];
    const tokenizerKind = c.tokenizer === 'byte' ? 'byte' : isBpe(c.tokenizer) ? 'bpe' : 'custom';
    return {
      model: loaded?.model ?? new Transformer(withSpecialTokens(c.model, tokenizer), { seed: c.seed }),
      tokenizer,
      optimizer: { beta1: c.beta1, beta2: c.beta2, eps: c.eps, weightDecay: c.weightDecay },
      identity: {
        architecture: c.model, tokenizer: fingerprintTokenizer(tokenizerKind, tokenizer), data: dataFingerprint,
        fields: { seqLen: c.seqLen, seed: c.seed, validationFraction: c.validationFraction, shuffleBuffer: c.shuffleBuffer },
        tunables: {
          lr: c.lr, batchSize: c.batchSize, tokensPerStep: c.tokensPerStep, schedule: c.schedule, weightDecay: c.weightDecay, maxGradNorm: c.maxGradNorm,
        },
      },
      parts: { stream: new PackedStream(streamOptions, saved?.dataCursor), validation, schedule: makeSchedule(c.schedule, c.lr, c.steps) },
    };
  }
}

/** Fills the model's bos/eos/pad ids from the tokenizer when the config leaves them out. */
function withSpecialTokens(config: TransformerConfig, tokenizer: Tokenizer): TransformerConfig {
  const { bos, eos, pad } = tokenizer.specialTokens;
  return {
    ...config,
    ...(config.bosTokenId === undefined && bos !== undefined ? { bosTokenId: bos } : {}),
    ...(config.eosTokenId === undefined && eos !== undefined ? { eosTokenId: eos } : {}),
    ...(config.padTokenId === undefined && pad !== undefined ? { padTokenId: pad } : {}),
  };
}
