import { tf } from '../tf.js';
import { CheckpointError } from '../errors.js';
import { openStorage, readSafetensors, safetensorToTf, tfToSafetensor, writeSafetensors } from '../io/index.js';
import type { SafetensorsTensor, Storage, StorageFiles } from '../io/index.js';
import type { Transformer } from '../model/transformer.js';
import { loadPretrained, type Pretrained } from '../pretrained/index.js';
import type { Tokenizer } from '../tokenizers/index.js';
import { modelFiles } from '../train/model-files.js';
import { MediaEncoder } from './media-encoder.js';
import type { ResolvedMediaEncoderConfig } from './media-encoder-config.js';

/**
 * Layout of a multimodal model folder (a `ModalityTrainer` checkpoint or `saveMultimodal`'s output):
 * the language model in Hugging Face layout (`config.json`, `model.safetensors`, `tokenizer.json`
 * with the `<image>`/`</image>`/`<audio>`/`</audio>` special tokens, ...) and beside it
 * - `multimodal/config.json`: `{ "format": "stagecoach-media-encoder", "version": 1, "encoder": <resolved encoder config> }`;
 * - `multimodal/encoder.safetensors`: the encoder and projector weights (F32) by parameter name
 *   (`encoder.embed.weight` `[F, dEnc]`, ..., `projector.fc1.weight` `[dEnc, dModel]`; see {@link MediaEncoder}).
 */
export const MULTIMODAL_DIR = 'multimodal/';
const CONFIG_FILE = `${MULTIMODAL_DIR}config.json`;
const WEIGHTS_FILE = `${MULTIMODAL_DIR}encoder.safetensors`;
const FORMAT = 'stagecoach-media-encoder';

/** The encoder's files under `multimodal/`, for a checkpoint to write beside the model. */
export async function mediaEncoderFiles(encoder: MediaEncoder): Promise<StorageFiles> {
  const tensors = new Map<string, SafetensorsTensor>();
  for (const [name, v] of encoder.params) tensors.set(name, await tfToSafetensor(v));
  return {
    [CONFIG_FILE]: JSON.stringify({ format: FORMAT, version: 1, encoder: encoder.config }, null, 2),
    [WEIGHTS_FILE]: writeSafetensors(tensors, { format: 'pt' }),
  };
}

/** Reads the encoder under `multimodal/` of a model folder; CheckpointError naming the file when it is missing or damaged. */
export async function loadMediaEncoder(source: string | Storage): Promise<MediaEncoder> {
  const storage = await openStorage(source);
  if (!(await storage.exists(CONFIG_FILE))) {
    throw new CheckpointError(`${storage.location} has no ${CONFIG_FILE}: it is not a multimodal model (train one with ModalityTrainer, or save one with saveMultimodal).`);
  }
  let record: { format?: unknown; encoder?: unknown };
  try {
    record = JSON.parse(await storage.readText(CONFIG_FILE)) as typeof record;
  } catch (error) {
    throw new CheckpointError(`${storage.location}/${CONFIG_FILE} is not valid JSON: ${(error as Error).message}`, { cause: error });
  }
  if (record?.format !== FORMAT || typeof record.encoder !== 'object' || record.encoder === null) {
    throw new CheckpointError(`${storage.location}/${CONFIG_FILE} must hold { "format": "${FORMAT}", "encoder": {...} }.`);
  }
  const file = readSafetensors(await storage.readBytes(WEIGHTS_FILE));
  const weights = new Map<string, tf.Tensor>();
  try {
    for (const [name, tensor] of file.tensors) weights.set(name, safetensorToTf(tensor, name));
    return new MediaEncoder(record.encoder as ResolvedMediaEncoderConfig, { weights });
  } catch (error) {
    if (error instanceof CheckpointError) throw new CheckpointError(`${storage.location}/${WEIGHTS_FILE}: ${error.message}`, { cause: error });
    throw error;
  } finally {
    tf.dispose([...weights.values()]);
  }
}

/** A multimodal model: the language model and tokenizer, and the media encoder. The caller disposes `model` and `encoder`. */
export interface Multimodal extends Pretrained {
  encoder: MediaEncoder;
}

/** Loads a multimodal model folder (see {@link MULTIMODAL_DIR} for the layout). */
export async function loadMultimodal(source: string | Storage): Promise<Multimodal> {
  const storage = await openStorage(source);
  const pretrained = await loadPretrained(storage);
  try {
    return { ...pretrained, encoder: await loadMediaEncoder(storage) };
  } catch (error) {
    pretrained.model.dispose();
    throw error;
  }
}

/** Writes a multimodal model folder (the model in Hugging Face layout and `multimodal/`) as one unit. */
export async function saveMultimodal(model: Transformer, tokenizer: Tokenizer, encoder: MediaEncoder, dir: string | Storage): Promise<void> {
  const storage = await openStorage(dir);
  if (storage.writeFiles === undefined) throw new CheckpointError(`Cannot write to ${storage.location}: this storage is read-only (e.g. a URL).`);
  await storage.writeFiles({ ...(await modelFiles(model, tokenizer)), ...(await mediaEncoderFiles(encoder)) });
}
