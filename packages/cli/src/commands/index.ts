import type { Command } from '../command.js';
import { doctorCommand } from './doctor.js';
import { evalCommand } from './eval.js';
import { mergeCommand } from './merge.js';
import { midCommand } from './mid.js';
import { sftCommand } from './sft.js';
import { pretrainCommand } from './pretrain.js';
import { rewardCommand } from './reward.js';

/** Every subcommand, in the order `stagecoach --help` lists them. Each lives in its own file. */
export const commands: Command[] = [pretrainCommand, midCommand, sftCommand, rewardCommand, evalCommand, mergeCommand, doctorCommand];
