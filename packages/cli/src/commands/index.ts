import type { Command } from '../command.js';
import { doctorCommand } from './doctor.js';
import { evalCommand } from './eval.js';
import { grpoCommand } from './grpo.js';
import { mergeCommand } from './merge.js';
import { midModalityCommand } from './mid-modality.js';
import { ppoCommand } from './ppo.js';
import { sftCommand } from './sft.js';
import { pretrainCommand } from './pretrain.js';

/** Every subcommand, in the order `stagecoach --help` lists them. Each lives in its own file. */
export const commands: Command[] = [pretrainCommand, midModalityCommand, sftCommand, grpoCommand, ppoCommand, evalCommand, mergeCommand, doctorCommand];
