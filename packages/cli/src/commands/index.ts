import type { Command } from '../command.js';

/** Every subcommand, in the order `stagecoach --help` lists them. Each lives in its own file. */
export const commands: Command[] = [];
