import { checkReport, type EvalReport } from './eval-report.js';
import { escapeHtml, REPORT_CSS, reportCharts, reportMarkup } from './report-view.js';

export interface RenderHtmlOptions {
  /**
   * The Chart.js UMD build (`chart.js/dist/chart.umd.min.js`) as text. It is inlined so the file
   * works offline and needs no CDN. In Node, `renderHtmlReportFile` / `writeReport` from
   * `@stagecoach/eval/node` read it for you.
   */
  chartJsSource: string;
}

/** JSON that is safe inside a `<script>` element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

// Draws every `<canvas data-chart="id">` from the embedded chart specs.
const BOOTSTRAP = `(function () {
  var specs = JSON.parse(document.getElementById('stagecoach-charts').textContent);
  document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
    var spec = specs[canvas.getAttribute('data-chart')];
    if (spec) new Chart(canvas, spec);
  });
})();`;

/**
 * A self-contained HTML page for a report: tables, charts (Chart.js, inlined) and side-by-side
 * samples. The report JSON itself is embedded as `<script type="application/json" id="stagecoach-report">`.
 */
export function renderHtmlReport(report: EvalReport, options: RenderHtmlOptions): string {
  const problems = checkReport(report);
  if (problems.length > 0) throw new TypeError(`renderHtmlReport: not an EvalReport: ${problems.join('; ')}.`);
  if (!/Chart/.test(options.chartJsSource)) {
    throw new TypeError('renderHtmlReport: "chartJsSource" does not look like the Chart.js UMD build; pass the text of chart.js/dist/chart.umd.min.js.');
  }
  const charts = reportCharts(report);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="@stagecoach/eval">
<link rel="icon" href="data:,">
<title>${escapeHtml(report.title)}</title>
<style>body { margin: 0; background: #fff; }${REPORT_CSS}</style>
</head>
<body>
<main class="stagecoach-report">
${reportMarkup(report, charts)}
</main>
<script type="application/json" id="stagecoach-report">${scriptJson(report)}</script>
<script type="application/json" id="stagecoach-charts">${scriptJson(charts)}</script>
<script>${options.chartJsSource.replace(/<\/script/gi, '<\\/script')}</script>
<script>${BOOTSTRAP}</script>
</body>
</html>
`;
}
