import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadPretrained, resolveCheckpoint, type Pretrained } from '@stagecoach/core';
import { loadAdapter } from '@stagecoach/lora';

/**
 * A stage's model from its folder (the latest checkpoint): the weights, with the LoRA adapter under
 * `adapter/` merged in when the stage trained one (SFT, RL).
 */
export async function loadStageModel(folder: string): Promise<Pretrained & { checkpoint: string }> {
  const checkpoint = await resolveCheckpoint(folder);
  const loaded = await loadPretrained(checkpoint);
  const adapter = join(checkpoint, 'adapter');
  if (existsSync(adapter)) (await loadAdapter(loaded.model, adapter)).merge();
  return { ...loaded, checkpoint };
}
