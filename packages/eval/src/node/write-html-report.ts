import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { EvalReport } from '../report/eval-report.js';
import { renderHtmlReport } from '../report/render-html.js';

let chartJs: Promise<string> | undefined;

/** The text of Chart.js's UMD build from the installed `chart.js` package. */
export function readChartJsSource(): Promise<string> {
  // chart.js's exports map does not expose dist/chart.umd.min.js; it sits beside the CommonJS main.
  chartJs ??= readFile(join(dirname(createRequire(import.meta.url).resolve('chart.js')), 'chart.umd.min.js'), 'utf8');
  return chartJs;
}

/** The self-contained HTML page for a report (Chart.js inlined). */
export async function renderHtmlReportFile(report: EvalReport): Promise<string> {
  return renderHtmlReport(report, { chartJsSource: await readChartJsSource() });
}

/**
 * Writes the report as a self-contained HTML page (`.html`) or as JSON (any other extension),
 * creating the folder it goes in when needed.
 */
export async function writeReport(report: EvalReport, path: string): Promise<void> {
  const content = /\.html?$/i.test(path) ? await renderHtmlReportFile(report) : `${JSON.stringify(report, null, 2)}\n`;
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, content, 'utf8');
}
