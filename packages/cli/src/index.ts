export type { Command } from './command.js';
export { commands } from './commands/index.js';
export { exportRun } from './export/export-run.js';
export type { ExportRunOptions, ExportRunResult } from './export/export-run.js';
