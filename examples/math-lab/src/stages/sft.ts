import { SFTTrainer } from '@stagecoach/lora';
import { modelBefore, runOptions, runTrainer, writeJsonl, type LabContext, type StageOutcome } from './context.js';
import { sftConfig, sftRecords } from './stage-configs.js';

/**
 * Stage 3, "practising as a tutor": LoRA fine-tuning on chats where the tutor answers a question
 * step by step and ends with `#### <answer>`. Loss on the tutor's turns only.
 */
export async function sftStage(ctx: LabContext): Promise<StageOutcome> {
  const { preset, options } = ctx;
  const data = ctx.dataFile('sft.jsonl');
  await writeJsonl(data, sftRecords(preset, options.seed));
  const trainer = new SFTTrainer({ ...sftConfig(preset, { initFrom: modelBefore(ctx, 'sft'), data }), ...(await runOptions(ctx, 'sft')) });
  return runTrainer(ctx, 'sft', trainer);
}
