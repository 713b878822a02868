/**
 * Core IO: the safetensors format, storages (local folder, HTTP, browser OPFS) and crash-safe
 * checkpoint writes. Everything here is browser-safe to import; Node-only parts load `node:fs`
 * lazily when called.
 */
export {
  SAFETENSORS_DTYPES, SAFETENSORS_ARRAY, safetensorsDtypeSize, isSafetensorsDtype,
} from './safetensors-dtype.js';
export type { SafetensorsDtype, SafetensorsData } from './safetensors-dtype.js';
export { SafetensorsError } from './safetensors-error.js';
export type { SafetensorsCheck } from './safetensors-error.js';
export {
  readSafetensors, writeSafetensors, parseSafetensorsHeader, toFloat32, tensorFromFloat32,
  MAX_SAFETENSORS_HEADER_BYTES,
} from './safetensors.js';
export type { SafetensorsTensor, SafetensorsFile, SafetensorsHeader, SafetensorsHeaderEntry } from './safetensors.js';
export { safetensorToTf, tfToSafetensor } from './safetensors-tf.js';
export {
  float32ToFloat16, float16ToFloat32, float32ToBfloat16, bfloat16ToFloat32, float8ToFloat32,
} from './float16.js';
export { openStorage, isStorage } from './storage.js';
export type { Storage, StorageFiles } from './storage.js';
export { storagePath } from './storage-path.js';
export { nodeStorage } from './node-storage.js';
export { fetchStorage } from './fetch-storage.js';
export { opfsStorage } from './opfs-storage.js';
export { writeDirectoryAtomic, writeFileAtomic } from './atomic-write.js';
export { checkWritableFile, checkWritableFolder, describeWriteError } from './writable.js';
