import { tf } from '../tf.js';
import { CheckpointError } from '../errors.js';
import { gelu } from '../ops/index.js';
import type { Linear } from '../model/linear.js';
import type { Norm } from '../model/norm.js';
import { ParamFactory } from '../model/param-factory.js';
import { mediaFeatures, type MediaInput } from './media-input.js';
import {
  mediaFeatureSize, mediaTokenCount, resolveMediaEncoderConfig, type MediaEncoderConfig, type ResolvedMediaEncoderConfig,
} from './media-encoder-config.js';
import { patchify } from './patchify.js';

/** One MLP-Mixer block: a residual linear mix across the tokens, then a residual GELU MLP on each token, each after a LayerNorm. */
interface MixerBlock {
  mixNorm: Norm;
  mix: Linear;
  norm: Norm;
  up: Linear;
  down: Linear;
}

/**
 * Turns images or audio clips into embeddings a language model reads: features (pixel patches, or
 * log-mel frames) → linear embedding + learned position → `depth` MLP-Mixer blocks (the token mix
 * lets each token see the whole image or clip) → the projector (linear, or linear–GELU–linear) into
 * the model's width `dModel`.
 *
 * Parameters, by name: `encoder.embed.{weight,bias}` `[F, dEnc]`, `encoder.position` `[N, dEnc]`,
 * per block i `encoder.blocks.i.mixNorm.*`, `encoder.blocks.i.mix.{weight,bias}` `[N, N]`,
 * `encoder.blocks.i.norm.*`, `encoder.blocks.i.mlp.up.*` `[dEnc, 2·dEnc]`, `encoder.blocks.i.mlp.down.*`,
 * then `projector.fc1.*` `[dEnc, dModel]`, `projector.fc2.*` `[dModel, dModel]` (mlp projector only).
 */
export class MediaEncoder {
  readonly config: ResolvedMediaEncoderConfig;
  readonly params: Map<string, tf.Variable>;
  /** Encoder tokens per input (patches or frames). */
  readonly tokens: number;
  private readonly embed: Linear;
  private readonly position: tf.Variable;
  private readonly blocks: MixerBlock[] = [];
  private readonly fc1: Linear;
  private readonly fc2: Linear | undefined;

  /** `weights` (by parameter name, e.g. read from `multimodal/encoder.safetensors`) replace the seeded initialisation; all must be present. */
  constructor(config: MediaEncoderConfig | ResolvedMediaEncoderConfig, options: { weights?: Map<string, tf.Tensor> } = {}) {
    this.config = resolveMediaEncoderConfig(config);
    const c = this.config;
    this.tokens = mediaTokenCount(c);
    const f = new ParamFactory(c.seed, options.weights);
    try {
      this.embed = f.linear('encoder.embed', mediaFeatureSize(c), c.dEncoder, true);
      this.position = f.param('encoder.position', [this.tokens, c.dEncoder], 'normal');
      for (let i = 0; i < c.depth; i++) {
        const p = `encoder.blocks.${i}`;
        this.blocks.push({
          mixNorm: f.norm('layer', `${p}.mixNorm`, c.dEncoder, 1e-5),
          mix: f.linear(`${p}.mix`, this.tokens, this.tokens, true),
          norm: f.norm('layer', `${p}.norm`, c.dEncoder, 1e-5),
          up: f.linear(`${p}.mlp.up`, c.dEncoder, 2 * c.dEncoder, true),
          down: f.linear(`${p}.mlp.down`, 2 * c.dEncoder, c.dEncoder, true),
        });
      }
      this.fc1 = f.linear('projector.fc1', c.dEncoder, c.dModel, true);
      this.fc2 = c.projector === 'mlp' ? f.linear('projector.fc2', c.dModel, c.dModel, true) : undefined;
      const unused = f.unusedWeights();
      if (unused.length > 0) throw new CheckpointError(`Unexpected encoder weight(s) for this config: ${unused.slice(0, 5).join(', ')}.`);
    } catch (error) {
      f.dispose();
      throw error;
    }
    this.params = f.params;
  }

  /** Checked input features of a batch, `[B, N, F]` (pixels are patchified here). `field` names the inputs in errors. */
  features(media: readonly MediaInput[], field = 'media'): tf.Tensor3D {
    return this.featureTensor(media.map((m, i) => mediaFeatures(m, this.config, `${field}[${i}]`)));
  }

  /** `[B, N, F]` from rows made by `mediaFeatures` (computed once per example, e.g. by a trainer). */
  featureTensor(rows: readonly Float32Array[]): tf.Tensor3D {
    const c = this.config;
    const flat = new Float32Array(rows.reduce((n, r) => n + r.length, 0));
    rows.forEach((r, i) => flat.set(r, i * r.length));
    if (c.modality === 'audio') return tf.tensor3d(flat, [rows.length, this.tokens, c.nMels]);
    return tf.tidy(() => patchify(tf.tensor4d(flat, [rows.length, ...c.imageSize, c.channels]), c.patchSize));
  }

  /** Embeddings `[B, N, dModel]` of features `[B, N, F]` (from {@link features}). */
  encode(features: tf.Tensor3D): tf.Tensor3D {
    return tf.tidy(() => {
      let h = tf.add(this.embed.apply(features), this.position) as tf.Tensor3D; // [B, N, dEnc]
      for (const block of this.blocks) {
        const acrossTokens = tf.transpose(block.mixNorm.apply(h), [0, 2, 1]); // [B, dEnc, N]
        h = tf.add(h, tf.transpose(block.mix.apply(acrossTokens), [0, 2, 1])); // [B, N, dEnc]
        h = tf.add(h, block.down.apply(gelu(block.up.apply(block.norm.apply(h))))); // [B, N, dEnc]
      }
      const projected = this.fc1.apply(h); // [B, N, dModel]
      return (this.fc2 === undefined ? projected : this.fc2.apply(gelu(projected))) as tf.Tensor3D;
    });
  }

  dispose(): void {
    for (const v of this.params.values()) v.dispose();
  }
}
