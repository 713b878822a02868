import { SFTTrainer } from '@stagecoach/lora';
import { trainingProblems, userTurn } from '../problems/splits.js';
import { modelBefore, runOptions, runTrainer, writeJsonl, type LabContext, type StageOutcome } from './context.js';

/**
 * Stage 3, "practising as a tutor": LoRA fine-tuning on chats where the tutor answers a question
 * step by step and ends with `#### <answer>`. Loss on the tutor's turns only.
 */
export async function sftStage(ctx: LabContext): Promise<StageOutcome> {
  const { preset, options } = ctx;
  const records = trainingProblems(options.seed, 1, preset.sft.examples, preset.eval.problems).map((p) => ({
    messages: [{ role: 'user', content: userTurn(p) }, { role: 'assistant', content: p.solution! }],
  }));
  const data = ctx.dataFile('sft.jsonl');
  await writeJsonl(data, records);
  const trainer = new SFTTrainer({
    initFrom: modelBefore(ctx, 'sft'),
    data,
    steps: preset.sft.steps,
    batchSize: preset.sft.batchSize,
    seqLen: preset.sft.seqLen,
    lr: preset.sft.lr,
    lora: { r: preset.sft.loraRank, alpha: preset.sft.loraRank, targetModules: 'all-linear' },
    checkpointEvery: Math.max(10, Math.round(preset.sft.steps / 4)),
    ...(await runOptions(ctx, 'sft')),
  });
  return runTrainer(ctx, 'sft', trainer);
}
