// @stagecoach/eval/node — Node-only helpers: files, the Chart.js source for HTML reports, terminal tables.
export { readGsm8k } from './read-gsm8k.js';
export { readChartJsSource, renderHtmlReportFile, writeReport } from './write-html-report.js';
export { readTrainingCurves, PROGRESS_FIELDS } from './read-training-curves.js';
export type { ReadTrainingCurvesOptions } from './read-training-curves.js';
export { renderTerminalTable } from './terminal-table.js';
export type { TerminalTableOptions } from './terminal-table.js';
