import type { Transformer } from '../model/index.js';
import { savePretrained } from '../pretrained/index.js';
import type { Storage, StorageFiles } from '../io/index.js';
import type { Tokenizer } from '../tokenizers/index.js';

/**
 * The files `savePretrained` writes for a model (config.json, model.safetensors, tokenizer files),
 * captured in memory so a checkpoint can write them together with the trainer state in one atomic
 * folder write.
 */
export async function modelFiles(model: Transformer, tokenizer: Tokenizer): Promise<StorageFiles> {
  const files: StorageFiles = {};
  const capture: Storage = {
    location: '(checkpoint in memory)',
    readBytes: async (path) => {
      const data = files[path];
      if (data === undefined) throw new Error(`${path} not written`);
      return typeof data === 'string' ? new TextEncoder().encode(data) : data;
    },
    readText: async (path) => {
      const data = files[path];
      if (data === undefined) throw new Error(`${path} not written`);
      return typeof data === 'string' ? data : new TextDecoder().decode(data);
    },
    exists: async (path) => path in files,
    writeFiles: async (written) => {
      Object.assign(files, written);
    },
  };
  await savePretrained(model, tokenizer, capture);
  return files;
}
