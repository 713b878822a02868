import { GRPOTrainer } from '@stagecoach/rlhf';
import type { GRPOConfig } from '@stagecoach/rlhf';
import { rlCommand } from './rl-command.js';

/** `stagecoach grpo`: GRPO from a reward (group-relative advantages, no value model). */
export const grpoCommand = rlCommand<GRPOConfig>({
  name: 'grpo',
  summary: 'reinforcement learning with GRPO from a reward (e.g. --reward math), LoRA or full, with --resume',
  description: 'GRPO: samples --group-size responses per prompt, scores them with the reward, and pushes the policy toward\n'
    + 'the better ones of each group (reward minus the group mean), with a KL penalty toward the starting model.',
  flags: [
    { flag: 'group-size', field: 'groupSize', kind: 'number', help: 'responses per prompt (default 8)' },
    { flag: 'loss-type', field: 'lossType', kind: 'string', help: 'loss aggregation: bnpo (token mean, default), grpo (per-response mean) or dr_grpo' },
  ],
  example: 'stagecoach grpo --base runs/sft --prompts math.jsonl --reward math --steps 100 --group-size 8 --out runs/grpo',
  create: (config) => new GRPOTrainer(config),
});
