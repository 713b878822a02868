import type { Command } from '../command.js';
import { doctorCommand } from './doctor.js';
import { evalCommand } from './eval.js';
import { exportCommand } from './export.js';
import { grpoCommand } from './grpo.js';
import { mergeCommand } from './merge.js';
import { midCommand } from './mid.js';
import { midModalityCommand } from './mid-modality.js';
import { ppoCommand } from './ppo.js';
import { sftCommand } from './sft.js';
import { pretrainCommand } from './pretrain.js';
import { rewardCommand } from './reward.js';

/** Every subcommand, in the order `stagecoach --help` lists them. Each lives in its own file. */
export const commands: Command[] = [
  pretrainCommand, midCommand, midModalityCommand, sftCommand, rewardCommand, grpoCommand, ppoCommand, evalCommand, mergeCommand,
  exportCommand, doctorCommand,
];
