import { CheckpointError } from '../errors.js';
import { openStorage, tensorFromFloat32, writeSafetensors } from '../io/index.js';
import type { SafetensorsTensor, Storage } from '../io/index.js';
import type { Transformer } from '../model/index.js';
import { saveTokenizerFiles } from '../tokenizers/index.js';
import type { Tokenizer } from '../tokenizers/index.js';
import { configToHf } from './hf-config.js';
import { hfTensorRules, internalToHf } from './hf-weights.js';

/** Options of {@link savePretrained}. */
export interface SavePretrainedOptions {
  /** Stored precision. Default `float32`. */
  dtype?: 'float32' | 'float16' | 'bfloat16';
  /** Start a new shard (with `model.safetensors.index.json`) past this many bytes. Default 2 GiB. */
  maxShardBytes?: number;
}

const SAFETENSORS_DTYPE = { float32: 'F32', float16: 'F16', bfloat16: 'BF16' } as const;

/**
 * Writes a Hugging Face model folder that `transformers` loads: `config.json`, `generation_config.json`,
 * `model.safetensors` (HF names and layouts; sharded with an index past `maxShardBytes`),
 * `tokenizer.json` and `tokenizer_config.json`. The folder is written as one unit and replaced
 * (as by `writeDirectoryAtomic`): afterwards a local folder holds exactly these files, so stale
 * shards go, and so does anything else it held before. Save into a folder of its own.
 */
export async function savePretrained(
  model: Transformer,
  tokenizer: Tokenizer,
  dir: string | Storage,
  options: SavePretrainedOptions = {},
): Promise<void> {
  const storage = await openStorage(dir);
  if (storage.writeFiles === undefined) {
    throw new CheckpointError(`Cannot write to ${storage.location}: this storage is read-only (e.g. a URL).`);
  }
  const config = model.config;
  const dtype = options.dtype ?? 'float32';
  const hfConfig = { ...configToHf(config), torch_dtype: dtype };
  const tensors: Array<[string, SafetensorsTensor]> = [];
  for (const rule of hfTensorRules(config)) {
    const t = internalToHf(rule, model.params);
    const values = (await t.data()) as Float32Array;
    t.dispose();
    tensors.push([rule.hfName, tensorFromFloat32(values, rule.hfShape, SAFETENSORS_DTYPE[dtype])]);
  }
  const files: Record<string, Uint8Array | string> = {
    'config.json': JSON.stringify(hfConfig, null, 2),
    'generation_config.json': JSON.stringify(generationConfig(model), null, 2),
    ...saveTokenizerFiles(tokenizer),
  };
  const shards = shard(tensors, options.maxShardBytes ?? 2 ** 31);
  const metadata = { format: 'pt' };
  if (shards.length === 1) {
    files['model.safetensors'] = writeSafetensors(new Map(shards[0]), metadata);
  } else {
    const weightMap: Record<string, string> = {};
    let total = 0;
    shards.forEach((part, i) => {
      const file = `model-${String(i + 1).padStart(5, '0')}-of-${String(shards.length).padStart(5, '0')}.safetensors`;
      files[file] = writeSafetensors(new Map(part), metadata);
      for (const [name, tensor] of part) {
        weightMap[name] = file;
        total += tensor.data.byteLength;
      }
    });
    files['model.safetensors.index.json'] = JSON.stringify({ metadata: { total_size: total }, weight_map: weightMap }, null, 2);
  }
  await storage.writeFiles(files);
}

function generationConfig(model: Transformer): Record<string, unknown> {
  const { bosTokenId, eosTokenId, padTokenId } = model.config;
  return {
    _from_model_config: true,
    ...(bosTokenId === undefined ? {} : { bos_token_id: bosTokenId }),
    ...(eosTokenId === undefined ? {} : { eos_token_id: eosTokenId }),
    ...(padTokenId === undefined ? {} : { pad_token_id: padTokenId }),
  };
}

function shard(tensors: Array<[string, SafetensorsTensor]>, maxBytes: number): Array<Array<[string, SafetensorsTensor]>> {
  const shards: Array<Array<[string, SafetensorsTensor]>> = [[]];
  let size = 0;
  for (const entry of tensors) {
    const bytes = entry[1].data.byteLength;
    if (size > 0 && size + bytes > maxBytes) {
      shards.push([]);
      size = 0;
    }
    shards[shards.length - 1]!.push(entry);
    size += bytes;
  }
  return shards;
}

