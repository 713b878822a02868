/** One `stagecoach` subcommand. `run` returns the process exit code. */
export interface Command {
  name: string;
  /** One line shown in `stagecoach --help`. */
  summary: string;
  /** Full usage text shown by `stagecoach <name> --help`. */
  usage: string;
  run(argv: string[]): Promise<number>;
}
