import { CheckpointError } from '../errors.js';

type Json = Record<string, unknown>;

/**
 * `config.json` fields that do not change what the model computes: bookkeeping, training-time
 * dropout and init, outputs and generation defaults of transformers 4.x and 5.x `PretrainedConfig`.
 */
const NEUTRAL_FIELDS = new Set([
  '_name_or_path', '_commit_hash', '_attn_implementation', '_attn_implementation_autoset', 'architectures', 'model_type',
  'transformers_version', 'torch_dtype', 'dtype', 'use_bfloat16', 'torchscript', 'tf_legacy_loss', 'return_dict',
  'use_return_dict', 'output_attentions', 'output_hidden_states', 'output_scores', 'return_dict_in_generate', 'use_cache',
  'id2label', 'label2id', 'problem_type', 'finetuning_task', 'task_specific_params', 'prefix', 'tokenizer_class',
  'chunk_size_feed_forward', 'initializer_range', 'gradient_checkpointing', 'transformers.js_config', 'is_llama_config',
  // Training-time dropout: inactive at inference and in Stagecoach's training.
  'attention_dropout', 'attn_pdrop', 'embd_pdrop', 'resid_pdrop', 'summary_first_dropout',
  // GPT2DoubleHeadsModel's multiple-choice head, unused by the causal LM.
  'summary_activation', 'summary_proj_to_labels', 'summary_type', 'summary_use_proj',
  // Generation defaults (4.x kept them in config.json).
  'max_length', 'min_length', 'do_sample', 'early_stopping', 'num_beams', 'num_beam_groups', 'diversity_penalty',
  'temperature', 'top_k', 'top_p', 'typical_p', 'repetition_penalty', 'length_penalty', 'no_repeat_ngram_size',
  'encoder_no_repeat_ngram_size', 'bad_words_ids', 'num_return_sequences', 'forced_bos_token_id', 'forced_eos_token_id',
  'remove_invalid_values', 'exponential_decay_length_penalty', 'suppress_tokens', 'begin_suppress_tokens',
  'sep_token_id', 'decoder_start_token_id',
  // Token ids: read by configFromHf.
  'bos_token_id', 'eos_token_id', 'pad_token_id',
  // 4.x Llama tensor-parallel slicing of the MLP: the same math whatever its value.
  'pretraining_tp',
  // Numerically the same attention (fp32 upcast inside the softmax).
  'reorder_and_upcast_attn',
]);

/** Fields neutral only at one value; any other value changes the architecture. */
const NEUTRAL_AT: Record<string, (value: unknown) => boolean> = {
  is_encoder_decoder: (v) => v === false,
  is_decoder: (v) => v === false || v === true,
  add_cross_attention: (v) => v === false,
  tie_encoder_decoder: (v) => v === false,
  cross_attention_hidden_size: (v) => v === null,
  pruned_heads: (v) => typeof v === 'object' && v !== null && Object.keys(v).length === 0,
  scale_attn_weights: (v) => v === true,
  use_mrope: (v) => v === false,
};

/**
 * Refuses a `config.json` field that is neither read by `configFromHf` (`understood`) nor known to
 * leave the model's computation unchanged: loading with it ignored could give wrong results silently.
 */
export function checkConfigFields(hf: Json, understood: readonly string[], where: string): void {
  for (const [field, value] of Object.entries(hf)) {
    if (NEUTRAL_FIELDS.has(field) || understood.includes(field)) continue;
    const neutralAt = NEUTRAL_AT[field];
    if (neutralAt !== undefined) {
      if (value === undefined || neutralAt(value)) continue;
      throw new CheckpointError(`${where}: ${field} = ${JSON.stringify(value)} changes the architecture and is not supported.`);
    }
    throw new CheckpointError(
      `${where}: field "${field}" (${JSON.stringify(value)?.slice(0, 80)}) is not understood by Stagecoach for model_type ` +
        `"${String(hf['model_type'])}" and may change what the model computes, so the checkpoint is refused rather than loaded ` +
        'with the field ignored. If it is metadata that does not change the computation, remove it from config.json.',
    );
  }
}
