export type { Command } from './command.js';
export { commands } from './commands/index.js';
export { exportRun } from './export/export-run.js';
export type { ExportRunOptions, ExportRunResult } from './export/export-run.js';
export { TrainProgress, progressLine, summaryLines, type ProgressOutput } from './render/train-progress.js';
export { formatCount, formatDuration } from './render/format.js';
export { startBackend, backendNames, DEFAULT_BACKEND } from './resolve-backend.js';
