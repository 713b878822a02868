import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkReport, EVAL_REPORT_VERSION, renderHtmlReport, reportCharts, reportMarkup, reportVersionProblem } from '../src/index.js';
import { readChartJsSource, renderTerminalTable } from '../src/node/index.js';
import { demoReport } from './demo-report.js';
import { SCHEMA_PATH, schemaErrors } from './report-fixture.js';

describe('EvalReport JSON Schema', () => {
  it('is a versioned, documented schema', () => {
    const schema = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as { properties: { schemaVersion: { const: number } }; description: string };
    expect(EVAL_REPORT_VERSION).toBe(2);
    expect(schema.properties.schemaVersion.const).toBe(EVAL_REPORT_VERSION);
    expect(schema.description).toMatch(/Version history: 1 — .* 2 — adds results\[\]\.strictAccuracy/);
  });

  it('describes every field added in version 2', () => {
    type Node = { description?: string; properties?: Record<string, Node> };
    const defs = (JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as { $defs: Record<string, Node> }).$defs;
    const added = [
      defs.taskResult!.properties!.strictAccuracy!, defs.item!.properties!.strictCorrect!,
      defs.settings!.properties!.backend!, ...Object.values(defs.settings!.properties!.backend!.properties!),
    ];
    expect(added).toHaveLength(5);
    for (const field of added) expect(field.description ?? '').toMatch(/\w{4,}.*\./);
  });

  it('accepts a well-formed report and survives a JSON round trip', () => {
    const report = demoReport();
    expect(schemaErrors(report)).toEqual([]);
    expect(schemaErrors(JSON.parse(JSON.stringify(report)))).toEqual([]);
    expect(checkReport(report)).toEqual([]);
  });

  it('rejects reports that break it', () => {
    const wrongVersion = { ...demoReport(), schemaVersion: 1 };
    expect(schemaErrors(wrongVersion).join('\n')).toMatch(/schemaVersion/);
    expect(checkReport(wrongVersion).join('\n')).toMatch(/schemaVersion 1, but this version of @stagecoach\/eval reads only schemaVersion 2; regenerate it/);
    expect(reportVersionProblem({ ...demoReport(), schemaVersion: 3 })).toMatch(/update @stagecoach\/eval/);
    expect(reportVersionProblem(demoReport())).toBeNull();
    // A version 1 report (no strict accuracy, no backend) is not a valid version 2 report.
    const v1 = demoReport() as unknown as { schemaVersion: number; settings: Record<string, unknown>; results: Record<string, unknown>[] };
    v1.schemaVersion = 1;
    delete v1.settings.backend;
    for (const r of v1.results) delete r.strictAccuracy;
    const v1Errors = schemaErrors(v1).join('\n');
    expect(v1Errors).toMatch(/\/settings must have required property 'backend'/);
    expect(v1Errors).toMatch(/\/results\/0 must have required property 'strictAccuracy'/);
    const badBackend = demoReport();
    (badBackend.settings.backend as { tfjs: unknown }).tfjs = null;
    expect(schemaErrors(badBackend).join('\n')).toMatch(/settings\/backend\/tfjs/);
    const badRate = demoReport();
    badRate.results[0]!.accuracy.upper = 1.5;
    expect(schemaErrors(badRate).join('\n')).toMatch(/results\/0\/accuracy\/upper/);
    const extra = { ...demoReport(), surprise: true };
    expect(schemaErrors(extra).join('\n')).toMatch(/additional/);
    const { samples: _s, ...missing } = demoReport();
    expect(schemaErrors(missing).join('\n')).toMatch(/samples/);
    expect(checkReport(missing)).toContain('"samples" is missing or not an array');
    expect(checkReport('nope')).toEqual(['the report is not a JSON object']);
  });
});

describe('renderers', () => {
  const report = demoReport();

  it('builds one chart per figure: accuracy with intervals, difficulty, reasoning, length, pass@k, KL, curves', () => {
    const charts = reportCharts(report);
    expect(Object.keys(charts).sort()).toEqual([
      'arithmetic-accuracy', 'arithmetic-choice-accuracy', 'arithmetic-difficulty', 'arithmetic-length', 'arithmetic-pass-at-k', 'arithmetic-reasoning',
      'behaviour-kl', 'curve-loss', 'curve-reward',
    ]);
    const accuracyChart = charts['arithmetic-accuracy']!;
    expect(accuracyChart.data.labels).toEqual(['base', 'sft', 'rl']);
    const rl = report.results.find((r) => r.model === 'rl' && r.task === 'arithmetic')!;
    expect(accuracyChart.data.datasets[0]!.data).toContainEqual([Number((100 * rl.accuracy.lower).toFixed(1)), Number((100 * rl.accuracy.upper).toFixed(1))]);
    // Chart configs are plain JSON: they survive serialisation unchanged.
    expect(JSON.parse(JSON.stringify(charts))).toEqual(charts);
  });

  it('shows strict accuracy next to flexible: in the summary table, as a marker on the accuracy chart, and the backend', () => {
    const rl = report.results.find((r) => r.model === 'rl' && r.task === 'arithmetic')!;
    const base = report.results.find((r) => r.model === 'base' && r.task === 'arithmetic')!;
    expect(base.strictAccuracy!.value).toBeLessThan(base.accuracy.value);
    const markup = reportMarkup(report);
    const section = markup.slice(markup.indexOf('id="task-arithmetic"'), markup.indexOf('id="task-arithmetic-choice"'));
    expect(section).toContain('<th scope="col">accuracy, flexible<br>(95% CI)</th><th scope="col">strict<br>(95% CI)</th>');
    const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
    const s = rl.strictAccuracy!;
    expect(section).toContain(`<td>${pct(s.value)}<br><span class="sc-ci">${pct(s.lower)}–${pct(s.upper)} · ${s.correct}/${s.total}</span></td>`);
    expect(section).toContain('Strict: only a <code>#### n</code> answer counts');
    // Multiple choice has no strict column.
    expect(markup.slice(markup.indexOf('id="task-arithmetic-choice"'))).not.toContain('strict<br>(95% CI)');
    expect(markup).toContain('backend node (tfjs tensorflow)');
    const strictSet = reportCharts(report)['arithmetic-accuracy']!.data.datasets.find((d) => d.label === 'strict (%)')!;
    expect(strictSet.data).toEqual(report.results.filter((r) => r.task === 'arithmetic').map((r) => Number((100 * r.strictAccuracy!.value).toFixed(1))));
    expect(reportCharts(report)['arithmetic-choice-accuracy']!.data.datasets.map((d) => d.label)).not.toContain('strict (%)');
  });

  it('shows an empty or whitespace-only response as such, not as a blank box', () => {
    const blank = demoReport();
    blank.samples[0]!.responses[0]!.text = '   \n  ';
    blank.samples[0]!.responses[1]!.text = '';
    const markup = reportMarkup(blank);
    expect(markup).toContain('(only whitespace: 6 characters)');
    expect(markup).toContain('(empty response)');
  });

  it('escapes text from models and places a canvas for every chart', () => {
    const markup = reportMarkup(report);
    expect(markup).toContain('number of &lt;things&gt; &amp; stuff');
    expect(markup).not.toContain('<things>');
    for (const id of Object.keys(reportCharts(report))) expect(markup).toContain(`data-chart="${id}"`);
    const odd = demoReport();
    odd.samples[0]!.responses[0]!.text = 'a\rb\u001b';
    expect(reportMarkup(odd)).toContain('<pre>a<span class="sc-control">\\r</span>b<span class="sc-control">\\x1b</span></pre>');
  });

  it('writes a self-contained HTML page with Chart.js inlined and the report embedded', async () => {
    const html = renderHtmlReport(report, { chartJsSource: await readChartJsSource() });
    expect(html).not.toMatch(/<script[^>]+src=/);
    expect(html).not.toMatch(/https?:\/\/[^"'\s]*\.(js|css)/);
    expect(html).toContain('<title>Math lab: base → SFT → RL &lt;demo&gt;</title>');
    const embedded = /<script type="application\/json" id="stagecoach-report">([^]*?)<\/script>/.exec(html)?.[1];
    expect(JSON.parse(embedded ?? 'null')).toEqual(report);
    expect(() => renderHtmlReport(report, { chartJsSource: 'not chart js' })).toThrow(/chart.umd.min.js/);
  });

  it('renders a terminal table per task', () => {
    const text = renderTerminalTable(report);
    expect(text).toContain('arithmetic — 60 problems, generative');
    expect(text).toContain('arithmetic-choice — 40 problems, multiple-choice');
    const rl = report.results.find((r) => r.model === 'rl' && r.task === 'arithmetic')!;
    const row = text.split('\n').find((l) => l.startsWith('│ rl '))!;
    expect(row).toContain(`${(100 * rl.accuracy.value).toFixed(1)}%`);
    expect(row).toContain('0.6550');
    const header = text.split('\n').find((l) => l.startsWith('│ model ') && l.includes('strict'))!;
    const column = header.split('│').map((c) => c.trim()).indexOf('strict');
    expect(column).toBe(4);
    expect(row.split('│')[column]!.trim()).toBe(`${(100 * rl.strictAccuracy!.value).toFixed(1)}%`);
    expect(text).toContain('backend node (tfjs tensorflow)');
    // All rows of a table have the same width.
    const widths = new Set(text.split('\n').filter((l) => /^[│┌├└]/.test(l)).slice(0, 6).map((l) => [...l].length));
    expect(widths.size).toBe(1);
    expect(renderTerminalTable(report, { color: true })).toContain('\u001b[1m');
  });

  it('says when prompts were cut to fit the context, in the page and the terminal', () => {
    const cut = demoReport();
    expect(reportMarkup(cut)).not.toContain('Prompts cut');
    cut.results[0]!.truncatedPrompts = 7;
    const model = cut.results[0]!.model;
    expect(reportMarkup(cut)).toContain(`Prompts cut from the left to fit the model's context (few-shot examples or the question may be lost): ${model} 7 of 60.`);
    expect(renderTerminalTable(cut)).toContain(`prompts cut from the left to fit the context: ${model} 7/60`);
  });

  it('shows pass@1 in the terminal when several responses were sampled per problem', () => {
    const text = renderTerminalTable(report);
    expect(report.settings.samples).toBeGreaterThan(1);
    const header = text.split('\n').find((l) => l.startsWith('│ model ') && l.includes('pass@'))!;
    expect(header).toMatch(/pass@1 .*pass@2 .*pass@4/);
    const rl = report.results.find((r) => r.model === 'rl' && r.task === 'arithmetic')!;
    const row = text.split('\n').find((l) => l.startsWith('│ rl '))!;
    expect(row).toContain(`${(100 * rl.passAtK[0]!.value).toFixed(1)}%`);
  });
});
