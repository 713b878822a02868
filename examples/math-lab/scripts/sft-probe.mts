// Experiment: SFT from a run's mid model with other settings (full fine-tuning or LoRA), then greedy accuracy on 60 held-out problems.
import { useBackend } from '@stagecoach/core';
import { node } from '@stagecoach/backend-node';
import { SFTTrainer } from '@stagecoach/lora';
await useBackend(node());
const [run, full, steps, lr] = process.argv.slice(2);
const t = new SFTTrainer({ initFrom: `${run}/mid`, data: `${run}/data/sft.jsonl`, steps: Number(steps), batchSize: 16, lr: Number(lr), seqLen: 96,
  lora: full === 'full' ? false : { r: 16, alpha: 32, targetModules: 'all-linear' }, outDir: `/tmp/sftprobe-${full}`, overwrite: true, seed: 0 });
t.on('step', (e) => { if (e.step % 25 === 0) console.log(e.step, e.loss.toFixed(3), Math.round(e.tokensPerSec)); });
await t.train(); t.dispose();
