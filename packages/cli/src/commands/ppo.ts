import { PPOTrainer } from '@stagecoach/rlhf';
import type { PPOConfig } from '@stagecoach/rlhf';
import { rlCommand } from './rl-command.js';

/** `stagecoach ppo`: PPO from a reward (value head, GAE, KL penalty). */
export const ppoCommand = rlCommand<PPOConfig>({
  name: 'ppo',
  summary: 'reinforcement learning with PPO from a reward (value head, GAE, adaptive KL), LoRA or full, with --resume',
  description: 'PPO: one response per prompt, the reward at its last token and a per-token KL penalty toward the starting\n'
    + 'model, advantages from a value head with GAE, several epochs of clipped updates per iteration.',
  flags: [
    { flag: 'target-kl', field: 'targetKl', kind: 'number', help: 'end an iteration\'s epochs once approx-KL passes this (default 0 = never)' },
    { flag: 'gamma', field: 'gamma', kind: 'number', help: 'discount (default 1)' },
    { flag: 'lam', field: 'lam', kind: 'number', help: 'GAE lambda (default 0.95)' },
    { flag: 'vf-coef', field: 'vfCoef', kind: 'number', help: 'weight of the value loss (default 0.1)' },
    { flag: 'missing-eos-penalty', field: 'missingEosPenalty', kind: 'number', help: 'subtracted from the score of a response without EOS (default 0)' },
    { flag: 'critic', field: 'critic', kind: 'string', help: 'shared (a value head on the policy, default) or separate (a critic model of its own)' },
    { flag: 'critic-from', field: 'criticInitFrom', kind: 'path', help: 'with --critic separate: start the critic from this model (e.g. a reward model)' },
    { flag: 'critic-lr', field: 'criticLr', kind: 'number', help: 'with --critic separate: the critic\'s learning rate (default --lr)' },
  ],
  example: 'stagecoach ppo --base runs/sft --prompts math.jsonl --reward math --steps 100 --out runs/ppo',
  create: (config) => new PPOTrainer(config),
});
