import { tf } from '../tf.js';
import { headDim } from '../model/index.js';
import type { TransformerConfig } from '../model/index.js';

/**
 * How one Hugging Face tensor maps to internal parameters:
 * - `same`: identical layout;
 * - `transpose`: `nn.Linear` weight `[out, in]` ↔ internal `[in, out]`;
 * - `split`: GPT-2's fused `c_attn` (Conv1D weight `[in, 3·d]` or bias `[3·d]`) ↔ q, k, v along the last axis.
 */
export interface HfTensorRule {
  hfName: string;
  hfShape: number[];
  layout: 'same' | 'transpose' | 'split';
  internal: string[];
}

/** Every tensor a Hugging Face checkpoint of this config holds (value head as TRL's `v_head.summary`, score head as `score`). */
export function hfTensorRules(config: TransformerConfig): HfTensorRule[] {
  const rules: HfTensorRule[] = [];
  const add = (hfName: string, hfShape: number[], layout: HfTensorRule['layout'], ...internal: string[]): void => {
    rules.push({ hfName, hfShape, layout, internal });
  };
  const { vocabSize: V, dModel: d, dFf: ff } = config;
  if (config.family === 'gpt2') {
    add('transformer.wte.weight', [V, d], 'same', 'embed.weight');
    add('transformer.wpe.weight', [config.contextLength, d], 'same', 'posEmbed.weight');
    for (let i = 0; i < config.nLayers; i++) {
      const h = `transformer.h.${i}`;
      const p = `layers.${i}`;
      add(`${h}.ln_1.weight`, [d], 'same', `${p}.norm1.weight`);
      add(`${h}.ln_1.bias`, [d], 'same', `${p}.norm1.bias`);
      add(`${h}.attn.c_attn.weight`, [d, 3 * d], 'split', `${p}.attn.q.weight`, `${p}.attn.k.weight`, `${p}.attn.v.weight`);
      add(`${h}.attn.c_attn.bias`, [3 * d], 'split', `${p}.attn.q.bias`, `${p}.attn.k.bias`, `${p}.attn.v.bias`);
      add(`${h}.attn.c_proj.weight`, [d, d], 'same', `${p}.attn.o.weight`);
      add(`${h}.attn.c_proj.bias`, [d], 'same', `${p}.attn.o.bias`);
      add(`${h}.ln_2.weight`, [d], 'same', `${p}.norm2.weight`);
      add(`${h}.ln_2.bias`, [d], 'same', `${p}.norm2.bias`);
      add(`${h}.mlp.c_fc.weight`, [d, ff], 'same', `${p}.mlp.up.weight`);
      add(`${h}.mlp.c_fc.bias`, [ff], 'same', `${p}.mlp.up.bias`);
      add(`${h}.mlp.c_proj.weight`, [ff, d], 'same', `${p}.mlp.down.weight`);
      add(`${h}.mlp.c_proj.bias`, [d], 'same', `${p}.mlp.down.bias`);
    }
    add('transformer.ln_f.weight', [d], 'same', 'finalNorm.weight');
    add('transformer.ln_f.bias', [d], 'same', 'finalNorm.bias');
  } else {
    const kv = config.nKvHeads * headDim(config);
    const qkvBias = config.bias || config.attentionBias === true;
    add('model.embed_tokens.weight', [V, d], 'same', 'embed.weight');
    for (let i = 0; i < config.nLayers; i++) {
      const h = `model.layers.${i}`;
      const p = `layers.${i}`;
      add(`${h}.input_layernorm.weight`, [d], 'same', `${p}.norm1.weight`);
      const proj = (hfName: string, name: string, out: number, inDim: number, bias: boolean): void => {
        add(`${h}.${hfName}.weight`, [out, inDim], 'transpose', `${p}.${name}.weight`);
        if (bias) add(`${h}.${hfName}.bias`, [out], 'same', `${p}.${name}.bias`);
      };
      proj('self_attn.q_proj', 'attn.q', d, d, qkvBias);
      proj('self_attn.k_proj', 'attn.k', kv, d, qkvBias);
      proj('self_attn.v_proj', 'attn.v', kv, d, qkvBias);
      proj('self_attn.o_proj', 'attn.o', d, d, config.bias);
      add(`${h}.post_attention_layernorm.weight`, [d], 'same', `${p}.norm2.weight`);
      proj('mlp.gate_proj', 'mlp.gate', ff, d, config.bias);
      proj('mlp.up_proj', 'mlp.up', ff, d, config.bias);
      proj('mlp.down_proj', 'mlp.down', d, ff, config.bias);
    }
    add('model.norm.weight', [d], 'same', 'finalNorm.weight');
  }
  // A sequence-classification checkpoint holds `score` (one label, no bias) in place of `lm_head`.
  if (config.scoreHead === true) add('score.weight', [1, d], 'transpose', 'scoreHead.weight');
  else if (!config.tieEmbeddings) add('lm_head.weight', [V, d], 'transpose', 'lmHead.weight');
  if (config.valueHead === true) {
    add('v_head.summary.weight', [1, d], 'transpose', 'valueHead.weight');
    add('v_head.summary.bias', [1], 'same', 'valueHead.bias');
  }
  return rules;
}

/** Internal tensors from one Hugging Face tensor (already checked to have `rule.hfShape`). */
export function hfToInternal(rule: HfTensorRule, values: Float32Array): Array<[string, tf.Tensor]> {
  return tf.tidy(() => {
    const t = tf.tensor(values, rule.hfShape, 'float32');
    if (rule.layout === 'same') return [[rule.internal[0]!, t]];
    if (rule.layout === 'transpose') return [[rule.internal[0]!, tf.transpose(t)]]; // [out, in] -> [in, out]
    const parts = tf.split(t, rule.internal.length, t.rank - 1); // [.., 3·d] -> 3 × [.., d]
    return rule.internal.map((name, i): [string, tf.Tensor] => [name, parts[i]!]);
  });
}

/** The Hugging Face tensor for a rule from the internal variables. */
export function internalToHf(rule: HfTensorRule, params: ReadonlyMap<string, tf.Tensor>): tf.Tensor {
  const parts = rule.internal.map((name) => {
    const t = params.get(name);
    if (t === undefined) throw new Error(`internalToHf: parameter ${name} is missing`);
    return t;
  });
  return tf.tidy(() => {
    if (rule.layout === 'same') return tf.clone(parts[0]!);
    if (rule.layout === 'transpose') return tf.transpose(parts[0]!); // [in, out] -> [out, in]
    return tf.concat(parts, parts[0]!.rank - 1);
  });
}

/**
 * Hugging Face module name of an internal linear layer (for adapter files), e.g. `layers.3.attn.q` →
 * `model.layers.3.self_attn.q_proj`. GPT-2's q, k and v live in the fused `transformer.h.N.attn.c_attn`
 * (Conv1D, `[in, 3·d]`): `outSlice` gives the columns of that module they own.
 */
export function hfModuleName(
  config: TransformerConfig,
  linearName: string,
): { module: string; outSlice?: [number, number] } {
  if (linearName === 'lmHead') return { module: 'lm_head' };
  if (linearName === 'valueHead') return { module: 'v_head.summary' };
  if (linearName === 'scoreHead') return { module: 'score' };
  const match = /^layers\.(\d+)\.(attn|mlp)\.(\w+)$/.exec(linearName);
  if (match === null) throw new Error(`hfModuleName: not a linear layer name: ${linearName}`);
  const layer = match[1]!;
  const block = match[2]!;
  const key = match[3]!;
  if (config.family === 'gpt2') {
    const d = config.dModel;
    const h = `transformer.h.${layer}`;
    const qkv = ['q', 'k', 'v'].indexOf(key);
    if (qkv >= 0) return { module: `${h}.attn.c_attn`, outSlice: [qkv * d, (qkv + 1) * d] };
    const names: Record<string, string> = { o: 'attn.c_proj', up: 'mlp.c_fc', down: 'mlp.c_proj' };
    return { module: `${h}.${names[key]!}` };
  }
  const prefix = block === 'attn' ? 'self_attn' : 'mlp';
  return { module: `model.layers.${layer}.${prefix}.${key}_proj` };
}
