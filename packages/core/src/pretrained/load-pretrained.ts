import { tf } from '../tf.js';
import { CheckpointError, TokenizerError } from '../errors.js';
import { openStorage, readSafetensors, toFloat32 } from '../io/index.js';
import type { SafetensorsDtype, Storage } from '../io/index.js';
import { Transformer } from '../model/index.js';
import type { TransformerConfig } from '../model/index.js';
import { TOKENIZER_FILE_NAMES, tokenizerFromFiles } from '../tokenizers/index.js';
import type { Tokenizer } from '../tokenizers/index.js';
import { configFromHf } from './hf-config.js';
import { hfTensorRules, hfToInternal } from './hf-weights.js';
import type { HfTensorRule } from './hf-weights.js';

/** Options of {@link loadPretrained}. */
export interface LoadPretrainedOptions {
  /** Add a scalar value head (loaded from `v_head.summary.*` when present, else initialised from `seed`). */
  valueHead?: boolean;
  /** Seed for any weights the checkpoint does not hold (the value head). Default 0. */
  seed?: number;
  /**
   * Receives what transformers would only warn about (e.g. a token id outside the vocabulary, which is
   * then ignored). Default: ignored.
   */
  onWarning?: (message: string) => void;
}

export interface Pretrained {
  model: Transformer;
  tokenizer: Tokenizer;
  config: TransformerConfig;
}

interface LoadedTensor {
  dtype: SafetensorsDtype;
  shape: number[];
  values: Float32Array;
  file: string;
}

/** Stored dtypes a weight may have: floating point, converted to float32. */
const FLOAT_DTYPES: ReadonlySet<SafetensorsDtype> = new Set(['F32', 'F16', 'BF16', 'F64']);

const INDEX_FILE = 'model.safetensors.index.json';
const SINGLE_FILE = 'model.safetensors';

/**
 * Loads a Hugging Face model folder (local path, URL or {@link Storage}): `config.json`,
 * `model.safetensors` or the shards listed in `model.safetensors.index.json` (F32/F16/BF16 → float32),
 * and `tokenizer.json` (+ `tokenizer_config.json`). Supported `model_type`s: gpt2, llama, qwen2, mistral; a
 * `*ForSequenceClassification` checkpoint with one label (a reward model) loads with `config.scoreHead`.
 * Throws `CheckpointError` naming the file or tensor that does not fit (`TokenizerError`, naming the
 * folder, for missing or malformed tokenizer files).
 */
export async function loadPretrained(source: string | Storage, options: LoadPretrainedOptions = {}): Promise<Pretrained> {
  const storage = await openStorage(source);
  const hfConfig = await readJson(storage, 'config.json');
  const config = configFromHf(hfConfig, `${storage.location}/config.json`, options.onWarning);
  if (options.valueHead === true) config.valueHead = true;
  const tensors = await readWeights(storage);
  const weights = toInternalWeights(config, tensors, storage.location);
  let model: Transformer;
  try {
    model = new Transformer(config, { weights, seed: options.seed ?? 0 });
  } finally {
    for (const t of weights.values()) t.dispose();
  }
  try {
    const tokenizer = await readTokenizer(storage);
    return { model, tokenizer, config: model.config };
  } catch (error) {
    model.dispose();
    throw error;
  }
}

async function readJson(storage: Storage, file: string): Promise<Record<string, unknown>> {
  const text = await storage.readText(file);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new CheckpointError(`${storage.location}/${file} is not valid JSON: ${(error as Error).message}`, { cause: error });
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new CheckpointError(`${storage.location}/${file} must hold a JSON object.`);
  }
  return value as Record<string, unknown>;
}

/** Every tensor of the checkpoint as float32, by Hugging Face name. */
async function readWeights(storage: Storage): Promise<Map<string, LoadedTensor>> {
  const out = new Map<string, LoadedTensor>();
  const readFile = async (file: string): Promise<Map<string, LoadedTensor>> => {
    const bytes = await storage.readBytes(file);
    let tensors: ReturnType<typeof readSafetensors>['tensors'];
    try {
      ({ tensors } = readSafetensors(bytes));
    } catch (error) {
      throw new CheckpointError(`${storage.location}/${file}: ${(error as Error).message}`, { cause: error });
    }
    const loaded = new Map<string, LoadedTensor>();
    for (const [name, tensor] of tensors) loaded.set(name, { dtype: tensor.dtype, shape: tensor.shape, values: toFloat32(tensor), file });
    return loaded;
  };
  if (await storage.exists(INDEX_FILE)) {
    const index = await readJson(storage, INDEX_FILE);
    const weightMap = index['weight_map'];
    if (typeof weightMap !== 'object' || weightMap === null) {
      throw new CheckpointError(`${storage.location}/${INDEX_FILE} has no "weight_map" object.`);
    }
    const entries = Object.entries(weightMap as Record<string, unknown>);
    const files = [...new Set(entries.map(([, file]) => String(file)))];
    for (const file of files) {
      for (const [name, tensor] of await readFile(file)) out.set(name, tensor);
    }
    for (const [name, file] of entries) {
      if (!out.has(name)) {
        throw new CheckpointError(`${INDEX_FILE} lists tensor "${name}" in ${String(file)}, but that file does not hold it.`);
      }
    }
    return out;
  }
  if (await storage.exists(SINGLE_FILE)) return readFile(SINGLE_FILE);
  const hasBin = await storage.exists('pytorch_model.bin');
  throw new CheckpointError(
    `${storage.location} has neither ${SINGLE_FILE} nor ${INDEX_FILE}.` +
      (hasBin ? ' It has pytorch_model.bin, which Stagecoach does not read: convert it to safetensors (e.g. save_pretrained(dir, safe_serialization=True)).' : ''),
  );
}

/** Buffers some checkpoints carry that are not weights (GPT-2's causal-mask buffers, rotary inverse frequencies). */
function isIgnorable(name: string): boolean {
  return /^(transformer\.)?h\.\d+\.attn\.(masked_)?bias$/.test(name) || /\.rotary_emb\.inv_freq$/.test(name);
}

/** Maps checkpoint tensors to internal weights, naming any missing, unexpected or misshapen tensor. */
function toInternalWeights(config: TransformerConfig, tensors: Map<string, LoadedTensor>, location: string): Map<string, tf.Tensor> {
  const rules = new Map<string, HfTensorRule>(hfTensorRules(config).map((rule) => [rule.hfName, rule]));
  // GPT-2 checkpoints on the Hub (saved from GPT2Model) lack the `transformer.` prefix.
  const canonical = (name: string): string =>
    config.family === 'gpt2' && !['transformer.', 'lm_head.', 'v_head.', 'score.'].some((prefix) => name.startsWith(prefix))
      ? `transformer.${name}`
      : name;
  const byName = new Map<string, LoadedTensor & { original: string }>();
  const unexpected: string[] = [];
  for (const [name, tensor] of tensors) {
    const key = canonical(name);
    if (rules.has(key)) byName.set(key, { ...tensor, original: name });
    else if (isIgnorable(name)) continue;
    else if (key === 'lm_head.weight' && config.tieEmbeddings) continue; // a tied copy some checkpoints store
    else if (key.startsWith('v_head.')) continue; // a value head the caller did not ask for
    else unexpected.push(`"${name}" (${tensor.file})`);
  }
  if (unexpected.length > 0) {
    throw new CheckpointError(
      `${location}: unexpected tensor(s) for a ${config.family} model with ${config.nLayers} layers: ${unexpected.slice(0, 8).join(', ')}` +
        `${unexpected.length > 8 ? `, and ${unexpected.length - 8} more` : ''}. Check config.json matches the weights.`,
    );
  }
  const missing = [...rules.keys()].filter((name) => !byName.has(name) && !name.startsWith('v_head.'));
  if (missing.length > 0) {
    throw new CheckpointError(
      `${location}: missing tensor(s) ${missing.slice(0, 8).map((n) => `"${n}"`).join(', ')}` +
        `${missing.length > 8 ? `, and ${missing.length - 8} more` : ''}. The checkpoint does not match config.json.`,
    );
  }
  const weights = new Map<string, tf.Tensor>();
  try {
    for (const [name, tensor] of byName) {
      const rule = rules.get(name)!;
      if (!FLOAT_DTYPES.has(tensor.dtype)) {
        throw new CheckpointError(
          `${location}: tensor "${tensor.original}" (${tensor.file}) is stored as ${tensor.dtype}; weights must be F32, F16, BF16 or F64. `
          + 'A quantized checkpoint cannot be loaded: use the unquantized one.',
        );
      }
      if (tensor.shape.length !== rule.hfShape.length || tensor.shape.some((d, i) => d !== rule.hfShape[i])) {
        throw new CheckpointError(
          `${location}: tensor "${tensor.original}" (${tensor.file}) has shape [${tensor.shape.join(', ')}], ` +
            `but config.json implies [${rule.hfShape.join(', ')}].`,
        );
      }
      for (const [internal, t] of hfToInternal(rule, tensor.values)) weights.set(internal, t);
    }
  } catch (error) {
    for (const t of weights.values()) t.dispose();
    throw error;
  }
  return weights;
}

/** The folder's tokenizer; a TokenizerError names the folder (the tokenizer files alone do not know it). */
async function readTokenizer(storage: Storage): Promise<Tokenizer> {
  const files: Record<string, string> = {};
  for (const file of TOKENIZER_FILE_NAMES) {
    if (await storage.exists(file)) files[file] = await storage.readText(file);
  }
  try {
    return tokenizerFromFiles(files);
  } catch (error) {
    if (!TokenizerError.isInstance(error)) throw error;
    throw new TokenizerError(`${storage.location}: ${error.message}`, { cause: error });
  }
}
