import { loadPretrained, openStorage, resolveCheckpoint, type Pretrained } from '@stagecoach/core';
import { ADAPTER_CONFIG_FILE, loadAdapter } from '@stagecoach/lora';

/**
 * A stage's model from its folder (the latest checkpoint; a checkpoint folder itself, local or
 * `opfs:`): the weights, with the LoRA adapter under `adapter/` merged in when the stage trained
 * one (SFT, RL). Browser-safe.
 */
export async function loadStageModel(folder: string): Promise<Pretrained & { checkpoint: string }> {
  const checkpoint = await resolveCheckpoint(folder);
  const loaded = await loadPretrained(checkpoint);
  const adapter = `${checkpoint.replace(/[\\/]+$/, '')}/adapter`;
  if (await (await openStorage(checkpoint)).exists(`adapter/${ADAPTER_CONFIG_FILE}`)) (await loadAdapter(loaded.model, adapter)).merge();
  return { ...loaded, checkpoint };
}
