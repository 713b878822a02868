import { loadPretrained, openStorage, resolveInitFrom } from '@stagecoach/core';
import type { Pretrained } from '@stagecoach/core';
import { ADAPTER_CONFIG_FILE, loadAdapter } from '@stagecoach/lora';

/** Where an SFT checkpoint keeps its adapter (as `SFTTrainer` writes it). */
export const ADAPTER_DIR = 'adapter/';

/**
 * The model RL starts from, given the folder `initFrom` resolved to: the model as loaded, or, for an
 * SFT checkpoint (a frozen base beside `adapter/` in PEFT format), the base with the adapter merged in
 * (PEFT's `merge_and_unload`), so RL continues the fine-tuned model. Disposes `loaded`'s model when it fails.
 */
export async function mergeSftAdapter(loaded: Pretrained, folder: string): Promise<Pretrained> {
  const storage = await openStorage(folder);
  if (!(await storage.exists(`${ADAPTER_DIR}${ADAPTER_CONFIG_FILE}`))) return loaded;
  try {
    const lora = await loadAdapter(loaded.model, `${folder}/${ADAPTER_DIR}`);
    return { ...loaded, model: lora.mergeAndUnload() };
  } catch (error) {
    loaded.model.dispose();
    throw error;
  }
}

/** The starting model of `initFrom` (a model folder, or an SFT run or checkpoint folder, whose adapter is merged). */
export async function loadStartingModel(initFrom: string): Promise<Pretrained> {
  const folder = await resolveInitFrom(initFrom);
  return mergeSftAdapter(await loadPretrained(folder), folder);
}
