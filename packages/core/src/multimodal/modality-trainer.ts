import { ConfigError } from '../errors.js';
import type { Pretrained } from '../pretrained/index.js';
import type { StorageFiles } from '../io/index.js';
import type { Tokenizer } from '../tokenizers/index.js';
import type { EvalEvent } from '../train/events.js';
import { optimizerStep } from '../train/optim/optimizer-step.js';
import type { StepResult } from '../train/train-loop.js';
import { Trainer, type ActiveRun, type BuiltRun, type RunStart } from '../train/trainer.js';
import { captionAccuracy } from './caption-accuracy.js';
import { captionEndId, captionLoss, type CaptionExample } from './caption-batch.js';
import { MediaEncoder } from './media-encoder.js';
import { resolveMediaEncoderConfig } from './media-encoder-config.js';
import { mediaFeatures } from './media-input.js';
import { addMediaMarkers, markerIds } from './media-markers.js';
import { textAfterMedia } from './media-prefix.js';
import { resolveModalityConfig, type ModalityConfig, type ResolvedModalityConfig } from './modality-config.js';
import { loadMediaEncoder, mediaEncoderFiles } from './multimodal-files.js';
import type { MediaCaption } from './synthetic-media.js';

interface ModalityParts {
  encoder: MediaEncoder;
  examples: CaptionExample[];
  valid: readonly MediaCaption[];
  validExamples: CaptionExample[];
  padId: number;
}

/** Names of the encoder's parameters in the optimizer (and its moments in `optimizer.safetensors`). */
const ENCODER_PREFIX = 'multimodal.';

/**
 * Mid-training's modality step: teaches a text-only model (`initFrom`) to read images or audio. It adds
 * the `<image>` … `</image>` / `<audio>` … `</audio>` markers to the tokenizer (and rows to the
 * embedding), builds a {@link MediaEncoder} (encoder + projector into the model's width) and trains it
 * on (media, caption) pairs, with loss on the caption tokens only: the sequence is
 * `[<image>] encoder(media) </image> caption <eos>`. The language model is frozen unless
 * `trainLanguageModel` (then trained in full). Checkpoints hold the model in Hugging Face layout with
 * the encoder under `multimodal/` (see `MULTIMODAL_DIR`), so `loadMultimodal(checkpoint)` reads it back
 * and a resume continues exactly (batches are drawn from the run's seeded generator, which the
 * checkpoint saves). A checkpoint holds one encoder: starting from a multimodal checkpoint trains a
 * new encoder (for the `encoder.modality` given) beside the language model it left.
 */
export class ModalityTrainer extends Trainer<ResolvedModalityConfig, ModalityParts, object> {
  protected readonly kind = 'modality';

  constructor(config: ModalityConfig) {
    super(resolveModalityConfig(config));
  }

  /** The encoder and projector being trained (after `init`). */
  get encoder(): MediaEncoder {
    return this.run.parts.encoder;
  }

  protected override async adaptInitModel(loaded: Pretrained): Promise<Pretrained> {
    const marked = addMediaMarkers(loaded.model, loaded.tokenizer);
    if (marked.model !== loaded.model) loaded.model.dispose();
    return { ...marked, config: marked.model.config };
  }

  protected async build({ loaded, saved, checkpoint }: RunStart<object>): Promise<BuiltRun<ModalityParts>> {
    const c = this.config;
    if (loaded === undefined) throw new ConfigError('ModalityConfig.initFrom is required: the text-only model folder to teach the new modality.');
    const { model, tokenizer } = loaded;
    const wanted = resolveMediaEncoderConfig({ seed: c.seed, ...c.encoder }, model.config.dModel);
    markerIds(tokenizer, wanted.modality);
    const encoder = saved !== undefined && checkpoint !== undefined ? await loadMediaEncoder(checkpoint) : new MediaEncoder(wanted);
    try {
      if (JSON.stringify(encoder.config) !== JSON.stringify(wanted)) {
        throw new ConfigError(
          `config.encoder ${JSON.stringify(c.encoder)} differs from the checkpoint's encoder (${checkpoint}/multimodal/config.json: ${JSON.stringify(encoder.config)}); resume with the same encoder settings.`,
        );
      }
      const eos = captionEndId(model, tokenizer);
      const examples = prepare(c.data, 'data', encoder, model.config.contextLength, tokenizer, eos);
      const validExamples = prepare(c.validData, 'validData', encoder, model.config.contextLength, tokenizer, eos);
      const params = new Map([...encoder.params].map(([name, v]) => [`${ENCODER_PREFIX}${name}`, v]));
      if (c.trainLanguageModel) for (const [name, v] of model.trainableParams()) params.set(name, v);
      const languageModel = (name: string) => !name.startsWith(ENCODER_PREFIX);
      return {
        model,
        tokenizer,
        params,
        optimizer: { weightDecay: c.weightDecay, groups: c.trainLanguageModel ? [{ params: languageModel, lrMultiplier: c.languageModelLr / c.lr }] : [] },
        identity: {
          fields: { seed: c.seed, examples: examples.length, dataHash: hashExamples(examples), trainLanguageModel: c.trainLanguageModel },
          tunables: { lr: c.lr, languageModelLr: c.languageModelLr, batchSize: c.batchSize },
        },
        parts: { encoder, examples, valid: c.validData, validExamples, padId: tokenizer.specialTokens.pad ?? eos },
      };
    } catch (error) {
      encoder.dispose();
      throw error;
    }
  }

  protected async trainStep({ model, tokenizer, optimizer, params, parts, random, step }: ActiveRun<ModalityParts>): Promise<StepResult> {
    const c = this.config;
    const batch = Array.from({ length: c.batchSize }, () => parts.examples[random.nextInt(parts.examples.length)]!);
    const result = await optimizerStep({
      params, optimizer, lr: c.lr, maxGradNorm: c.maxGradNorm, step,
      microBatches: [{ tokens: batch.reduce((n, e) => n + e.text.length - 1, 0) }], // caption tokens and EOS
      loss: () => captionLoss(model, parts.encoder, tokenizer, batch, parts.padId).loss,
    });
    return { loss: result.loss, gradNorm: result.gradNorm, tokens: result.tokens, lr: c.lr };
  }

  /** Caption loss and exact-match caption accuracy (greedy) on `validData`. */
  override async evaluate(step = this.stepCount): Promise<EvalEvent> {
    const { model, tokenizer, parts } = this.run;
    let lossSum = 0;
    let tokens = 0;
    for (let i = 0; i < parts.validExamples.length; i += this.config.batchSize) {
      const { loss, tokens: n } = captionLoss(model, parts.encoder, tokenizer, parts.validExamples.slice(i, i + this.config.batchSize), parts.padId);
      lossSum += (await loss.data())[0]! * n;
      tokens += n;
      loss.dispose();
    }
    const { accuracy } = await captionAccuracy(model, parts.encoder, tokenizer, parts.valid, { batchSize: this.config.batchSize });
    const valLoss = tokens === 0 ? Number.NaN : lossSum / tokens;
    return { step, valLoss, perplexity: Math.exp(valLoss), bitsPerByte: Number.NaN, tokens, metrics: { accuracy } };
  }

  protected override evalEvery(): number {
    if (this.config.validData.length === 0) return 0;
    return this.config.evalEvery === 0 ? this.config.steps : this.config.evalEvery;
  }

  protected stateExtras(): object {
    return {};
  }

  /** The encoder and projector under `multimodal/` (config.json + encoder.safetensors). */
  protected override async checkpointFiles({ parts }: ActiveRun<ModalityParts>): Promise<StorageFiles> {
    return mediaEncoderFiles(parts.encoder);
  }

  /** The config without the media (recorded as counts and a hash in the identity fields). */
  protected override recordedConfig(): Record<string, unknown> {
    const { data, validData, ...rest } = super.recordedConfig();
    return { ...rest, examples: this.run.parts.examples.length, validExamples: this.run.parts.valid.length, dataHash: hashExamples(this.run.parts.examples) };
  }

  protected override release(parts: ModalityParts): void {
    parts.encoder.dispose();
  }
}

/** Each pair's features (checked: ConfigError naming `field[i]`) and text ids `</image> caption <eos>`, checked to fit the context. */
function prepare(
  pairs: readonly MediaCaption[], field: string, encoder: MediaEncoder, contextLength: number, tokenizer: Tokenizer, eos: number,
): CaptionExample[] {
  const prefix = 1 + encoder.tokens;
  return pairs.map((pair, i) => {
    const text = [...textAfterMedia(tokenizer, encoder.config.modality, pair.caption), eos];
    if (prefix + text.length - 1 > contextLength) {
      throw new ConfigError(
        `config.${field}[${i}].caption takes ${text.length} tokens; with the ${prefix} prefix positions of the media that exceeds the model's contextLength (${contextLength}). Shorten the caption or use fewer patches/frames.`,
      );
    }
    return { features: mediaFeatures(pair.media, encoder.config, `config.${field}[${i}].media`), text };
  });
}

/** FNV-1a over every example's text ids and feature bits: a resume must see the same data. */
function hashExamples(examples: readonly CaptionExample[]): string {
  let hash = 0x811c9dc5;
  const mix = (value: number) => {
    hash ^= value;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  };
  for (const { features, text } of examples) {
    for (const id of text) mix(id);
    for (const bits of new Uint32Array(features.buffer, features.byteOffset, features.length)) mix(bits);
  }
  return hash.toString(16).padStart(8, '0');
}
