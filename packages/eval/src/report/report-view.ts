/**
 * What a report looks like, shared by the static HTML file and the `<stagecoach-report>` web
 * component: HTML markup (tables, side-by-side samples, `<canvas data-chart="id">` slots) and
 * the Chart.js configuration of each chart, as plain JSON so it can be embedded in a page.
 * Imports nothing at run time: it runs in Node, browsers and workers alike.
 */
import type { Accuracy, EvalReport, TaskResult } from './eval-report.js';

/** A Chart.js configuration as plain JSON (no callbacks), keyed by the canvas it draws on. */
export interface ChartSpec {
  type: 'bar' | 'line';
  data: { labels?: (string | number)[]; datasets: Record<string, unknown>[] };
  options: Record<string, unknown>;
}

/** Tableau 10: distinct, colour-blind-aware colours, one per model in report order. */
const PALETTE = ['#4e79a7', '#f28e2b', '#59a14f', '#e15759', '#76b7b2', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac'];

export function modelColor(report: EvalReport, model: string): string {
  const index = Math.max(0, report.models.findIndex((m) => m.name === model));
  return PALETTE[index % PALETTE.length] as string;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

const percent = (x: number): string => `${(100 * x).toFixed(1)}%`;
const round = (x: number, digits = 1): number => Number(x.toFixed(digits));
const fixed = (x: number | null | undefined, digits = 2): string => (x === null || x === undefined ? '–' : x.toFixed(digits));

/** Escaped response text with control characters other than newline and tab shown as escapes (`\r`, `\x1b`), so odd output stays visible. */
function escapeResponse(text: string): string {
  const names: Record<string, string> = { '\r': '\\r', '\f': '\\f', '\v': '\\v', '\b': '\\b', '\0': '\\0' };
  return escapeHtml(text).replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, (c) =>
    `<span class="sc-control">${names[c] ?? `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`}</span>`);
}

/** A response for a `<pre>`: empty or whitespace-only responses say so instead of showing a blank box. */
function responseText(text: string): string {
  if (text === '') return '<span class="sc-ci">(empty response)</span>';
  if (text.trim() === '') return `<span class="sc-ci">(only whitespace: ${[...text].length} characters)</span>`;
  return escapeResponse(text);
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'x';
}

function baseOptions(yTitle: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    animation: false,
    responsive: true,
    maintainAspectRatio: false,
    plugins: { legend: { position: 'bottom' } },
    scales: { y: { beginAtZero: true, title: { display: true, text: yTitle } } },
    ...extra,
  };
}

function resultsFor(report: EvalReport, task: string): TaskResult[] {
  return report.models.map((m) => report.results.find((r) => r.model === m.name && r.task === task)).filter((r): r is TaskResult => r !== undefined);
}

/** Every chart of the report, keyed by id; `reportMarkup` places a canvas for each. */
export function reportCharts(report: EvalReport): Record<string, ChartSpec> {
  const charts: Record<string, ChartSpec> = {};
  const models = report.models.map((m) => m.name);
  for (const task of report.tasks) {
    const results = resultsFor(report, task.name);
    const labels = results.map((r) => r.model);
    const colors = labels.map((m) => modelColor(report, m));
    const id = slug(task.name);
    const percentAxis = { y: { min: 0, max: 100, title: { display: true, text: 'accuracy (%)' } } };
    charts[`${id}-accuracy`] = {
      type: 'bar',
      data: {
        labels,
        datasets: [
          {
            label: '95% interval', data: results.map((r) => [round(100 * r.accuracy.lower), round(100 * r.accuracy.upper)]),
            backgroundColor: '#1f2933', maxBarThickness: 4, grouped: false, order: 0,
          },
          {
            label: 'accuracy (%)', data: results.map((r) => round(100 * r.accuracy.value)),
            backgroundColor: colors.map((c) => `${c}cc`), borderColor: colors, borderWidth: 1, grouped: false, order: 1,
          },
          ...(task.type === 'generative' ? [{
            // A hollow ring: it stays readable on top of the (dark) interval line, and its legend box differs from the interval's.
            label: 'strict (%)', data: results.map((r) => round(100 * (r.strictAccuracy?.value ?? 0))),
            type: 'line', showLine: false, pointStyle: 'circle', pointRadius: 6, borderWidth: 2, borderColor: '#1f2933', backgroundColor: '#ffffff', order: -1, clip: false,
          }] : []),
          ...(task.type === 'multiple-choice' ? [{
            label: 'length-normalised (%)', data: results.map((r) => round(100 * (r.accuracyNormalized?.value ?? 0))),
            type: 'line', showLine: false, pointStyle: 'rectRot', pointRadius: 7, backgroundColor: '#1f2933', order: -1, clip: false,
          }] : []),
        ],
      },
      options: baseOptions('accuracy (%)', { scales: percentAxis }),
    };
    const levels = [...new Set(results.flatMap((r) => r.byDifficulty.map((d) => d.difficulty)))].sort((a, b) => a - b);
    if (levels.length > 1) {
      charts[`${id}-difficulty`] = {
        type: 'line',
        data: {
          labels: levels.map((l) => `level ${l}`),
          datasets: results.map((r) => ({
            label: r.model,
            data: levels.map((l) => {
              const entry = r.byDifficulty.find((d) => d.difficulty === l);
              return entry === undefined ? null : round(100 * entry.accuracy.value);
            }),
            borderColor: modelColor(report, r.model), backgroundColor: modelColor(report, r.model),
          })),
        },
        options: baseOptions('accuracy (%)', { scales: percentAxis }),
      };
    }
    if (task.type === 'generative') {
      charts[`${id}-reasoning`] = {
        type: 'bar',
        data: {
          labels,
          datasets: [
            { label: 'mean steps before the answer (answered responses)', data: results.map((r) => round(r.reasoning?.meanSteps ?? 0, 2)), backgroundColor: colors, yAxisID: 'y' },
            {
              label: 'shows work (%)', data: results.map((r) => round(100 * (r.reasoning?.showsWorkRate ?? 0))),
              type: 'line', showLine: false, pointRadius: 6, pointStyle: 'triangle', backgroundColor: '#1f2933', yAxisID: 'y1', clip: false,
            },
          ],
        },
        options: baseOptions('steps', {
          scales: {
            y: { beginAtZero: true, title: { display: true, text: 'steps' } },
            y1: { position: 'right', min: 0, max: 100, grid: { drawOnChartArea: false }, title: { display: true, text: 'shows work (%)' } },
          },
        }),
      };
      charts[`${id}-length`] = {
        type: 'bar',
        data: {
          labels,
          datasets: [
            { label: 'mean response tokens', data: results.map((r) => round(r.responseLength?.meanTokens ?? 0)), backgroundColor: colors },
            {
              label: 'tokens before the answer (answered responses)', data: results.map((r) => round(r.reasoning?.meanTokensBeforeAnswer ?? 0)),
              backgroundColor: colors.map((c) => `${c}66`),
            },
          ],
        },
        options: baseOptions('tokens'),
      };
      if (report.settings.kValues.length > 1) {
        charts[`${id}-pass-at-k`] = {
          type: 'line',
          data: {
            labels: report.settings.kValues.map((k) => `k = ${k}`),
            datasets: results.flatMap((r) => [
              { label: `${r.model} pass@k`, data: r.passAtK.map((p) => round(100 * p.value)), borderColor: modelColor(report, r.model), backgroundColor: modelColor(report, r.model) },
              {
                label: `${r.model} maj@k`, data: r.majAtK.map((p) => round(100 * p.value)), borderColor: modelColor(report, r.model),
                backgroundColor: modelColor(report, r.model), borderDash: [6, 4],
              },
            ]),
          },
          options: baseOptions('solved (%)', { scales: { y: { min: 0, max: 100, title: { display: true, text: 'solved (%)' } } } }),
        };
      }
    }
  }
  const klRows = report.behaviour.filter((b) => b.meanKl !== null);
  if (klRows.length > 0) {
    const compared = models.filter((m) => klRows.some((b) => b.model === m));
    charts['behaviour-kl'] = {
      type: 'bar',
      data: {
        labels: compared,
        datasets: [...new Set(klRows.map((b) => b.task))].map((task, i) => ({
          label: task,
          data: compared.map((m) => {
            const row = klRows.find((b) => b.task === task && b.model === m);
            return row?.meanKl === null || row === undefined ? null : Number(row.meanKl.toFixed(4));
          }),
          backgroundColor: PALETTE[(i + 5) % PALETTE.length],
        })),
      },
      options: baseOptions(`KL(model ‖ ${report.settings.baseline}) per token (nats)`),
    };
  }
  for (const metric of [...new Set(report.trainingCurves.map((c) => c.metric))]) {
    charts[`curve-${slug(metric)}`] = {
      type: 'line',
      data: {
        datasets: report.trainingCurves.filter((c) => c.metric === metric).map((c) => ({
          label: c.model, data: c.points.map((p) => ({ x: p.step, y: p.value })), borderColor: modelColor(report, c.model),
          // A curve of one point has no line to draw: show the point.
          backgroundColor: modelColor(report, c.model), pointRadius: c.points.length > 1 ? 0 : 4, borderWidth: 2,
        })),
      },
      options: baseOptions(metric, {
        scales: { x: { type: 'linear', title: { display: true, text: 'step' } }, y: { title: { display: true, text: metric } } },
      }),
    };
  }
  return charts;
}

function figure(id: string, title: string, charts: Record<string, ChartSpec>): string {
  if (charts[id] === undefined) return '';
  return `<figure class="sc-chart"><figcaption>${escapeHtml(title)}</figcaption><div class="sc-canvas"><canvas data-chart="${id}" role="img" aria-label="${escapeHtml(title)}"></canvas></div></figure>`;
}

function taskTable(report: EvalReport, results: readonly TaskResult[]): string {
  const generative = results.some((r) => r.type === 'generative');
  const kl = (model: string, task: string): string => {
    const row = report.behaviour.find((b) => b.model === model && b.task === task);
    return row === undefined ? '–' : fixed(row.meanKl, 3);
  };
  const speed = (model: string, task: string): string => fixed(report.timing.find((t) => t.model === model && t.task === task)?.problemsPerSecond, 2);
  const head = generative
    ? ['model', 'accuracy, flexible (95% CI)', 'strict (95% CI)', ...report.settings.kValues.map((k) => `pass@${k}`), ...report.settings.kValues.filter((k) => k > 1).map((k) => `maj@${k}`),
      'format', 'answered', 'steps', 'shows work', 'tokens', `KL vs ${report.settings.baseline}`, 'problems/s']
    : ['model', 'accuracy (95% CI)', 'length-normalised', 'problems/s'];
  const interval = (a: Accuracy): string => `${percent(a.value)}<br><span class="sc-ci">${percent(a.lower)}–${percent(a.upper)} · ${a.correct}/${a.total}</span>`;
  const rows = results.map((r) => {
    const cells = generative
      ? [
        r.strictAccuracy === null ? '–' : interval(r.strictAccuracy),
        ...r.passAtK.map((p) => percent(p.value)), ...r.majAtK.filter((p) => p.k > 1).map((p) => percent(p.value)),
        percent(r.helpfulness?.formatAdherence ?? 0), percent(r.helpfulness?.answerRate ?? 0), fixed(r.reasoning?.meanSteps, 2),
        percent(r.reasoning?.showsWorkRate ?? 0), fixed(r.responseLength?.meanTokens, 1), kl(r.model, r.task), speed(r.model, r.task),
      ]
      : [r.accuracyNormalized === null ? '–' : percent(r.accuracyNormalized.value), speed(r.model, r.task)];
    const name = `<span class="sc-swatch" style="background:${modelColor(report, r.model)}"></span>${escapeHtml(r.model)}`;
    return `<tr><th scope="row">${name}</th><td>${interval(r.accuracy)}</td>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
  });
  const filters = generative
    ? '<p class="sc-note">Flexible: the <code>#### n</code> answer, else the last number in the response. Strict: only a <code>#### n</code> answer counts '
      + '(as lm-evaluation-harness\'s strict-match), so strict is never above flexible; the gap is correct answers given outside the format.</p>'
    : '';
  const reward = results.some((r) => r.helpfulness?.meanReward !== null && r.helpfulness !== null)
    ? `<p class="sc-note">Mean reward-model score: ${results.map((r) => `${escapeHtml(r.model)} ${fixed(r.helpfulness?.meanReward, 3)}`).join(' · ')}</p>`
    : '';
  const cut = results.filter((r) => r.truncatedPrompts > 0);
  const truncated = cut.length === 0 ? '' : `<p class="sc-note sc-warning">Prompts cut from the left to fit the model's context (few-shot examples or the question may be lost): ${
    cut.map((r) => `${escapeHtml(r.model)} ${r.truncatedPrompts} of ${r.accuracy.total}`).join(' · ')}.</p>`;
  return `<div class="sc-table-wrap"><table><thead><tr>${head.map((h) => `<th scope="col">${escapeHtml(h).replace(' (95% CI)', '<br>(95% CI)').replace(/^KL vs /, 'KL&nbsp;vs ')}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table></div>${filters}${reward}${truncated}`;
}

function behaviourTable(report: EvalReport): string {
  if (report.behaviour.length === 0) return '';
  const rows = report.behaviour.map((b) => `<tr><td>${escapeHtml(b.task)}</td><th scope="row">${escapeHtml(b.model)}</th><td>${
    b.meanKl === null ? `– <span class="sc-ci">${escapeHtml(b.klNote ?? '')}</span>` : `${b.meanKl.toFixed(4)} <span class="sc-ci">(${b.klTokens} tokens)</span>`
  }</td><td>${b.meanResponseTokens.toFixed(1)} vs ${b.baselineMeanResponseTokens.toFixed(1)}</td><td>${percent(b.answerAgreement)}</td></tr>`);
  return `<section class="sc-section"><h2>Behaviour change against ${escapeHtml(report.settings.baseline)}</h2>
<p class="sc-note">Mean per-token KL(model ‖ ${escapeHtml(report.settings.baseline)}) on each model's own responses to the same prompts, mean response length in tokens, and how often both give the same answer (no answer from either counts as the same).</p>
<div class="sc-table-wrap"><table><thead><tr><th scope="col">task</th><th scope="col">model</th><th scope="col">KL per token (nats)</th><th scope="col">response tokens vs ${escapeHtml(report.settings.baseline)}</th><th scope="col">same answer</th></tr></thead><tbody>${rows.join('')}</tbody></table></div>
<div class="sc-charts">__KL__</div></section>`;
}

function samplesSection(report: EvalReport): string {
  if (report.samples.length === 0) return '';
  const cards = report.samples.map((s) => {
    const columns = s.responses.map((r) => `<div class="sc-response ${r.correct ? 'sc-correct' : 'sc-wrong'}"><div class="sc-response-head"><span class="sc-swatch" style="background:${
      modelColor(report, r.model)}"></span><strong>${escapeHtml(r.model)}</strong><span class="sc-badge">${r.correct ? '✓ correct' : '✗ wrong'}</span><span class="sc-answer">answer: ${
      escapeHtml(r.answer ?? 'none')}</span></div><pre>${responseText(r.text)}</pre></div>`);
    return `<article class="sc-sample"><header><span class="sc-task">${escapeHtml(s.task)} · ${escapeHtml(s.problemId)}</span><p>${escapeHtml(s.question)}</p><span class="sc-reference">reference answer: <strong>${
      escapeHtml(s.reference)}</strong></span></header><div class="sc-responses">${columns.join('')}</div></article>`;
  });
  return `<section class="sc-section"><h2>Side-by-side samples</h2>${cards.join('')}</section>`;
}

/** The report as an HTML fragment (no `<html>`/`<body>`); charts are `<canvas data-chart>` slots. */
export function reportMarkup(report: EvalReport, charts: Record<string, ChartSpec> = reportCharts(report)): string {
  const s = report.settings;
  const models = report.models.map((m) => `<li><span class="sc-swatch" style="background:${modelColor(report, m.name)}"></span><strong>${escapeHtml(m.name)}</strong>${
    m.source === null ? '' : ` <code>${escapeHtml(m.source)}</code>`}${m.description === null ? '' : ` — ${escapeHtml(m.description)}`}${
    typeof m.config.family === 'string' ? ` <span class="sc-ci">(${escapeHtml(String(m.config.family))}, ${escapeHtml(String(m.config.nLayers ?? '?'))} layers, d=${escapeHtml(String(m.config.dModel ?? '?'))})</span>` : ''}</li>`);
  const settings = `seed ${s.seed} · ${s.temperature === 0 ? 'greedy decoding' : `temperature ${s.temperature}`}${s.topK === null ? '' : ` · top-k ${s.topK}`}${
    s.topP === null ? '' : ` · top-p ${s.topP}`} · max ${s.maxNewTokens} new tokens · ${s.samples} sample${s.samples === 1 ? '' : 's'} per problem · batch ${s.batchSize} · backend ${
    s.backend.stagecoach === null ? `tfjs ${s.backend.tfjs}` : `${s.backend.stagecoach} (tfjs ${s.backend.tfjs})`}`;
  const tasks = report.tasks.map((task) => {
    const id = slug(task.name);
    const results = resultsFor(report, task.name);
    const figures = [
      figure(`${id}-accuracy`, task.type === 'multiple-choice' ? 'Accuracy with 95% interval (◆ length-normalised)' : 'Flexible accuracy, 95% interval (○ strict)', charts),
      figure(`${id}-difficulty`, 'Accuracy by difficulty', charts),
      figure(`${id}-reasoning`, 'Reasoning depth', charts),
      figure(`${id}-length`, 'Response length', charts),
      figure(`${id}-pass-at-k`, 'pass@k (solid) and maj@k (dashed)', charts),
    ].join('');
    return `<section class="sc-section" id="task-${id}"><h2>${escapeHtml(task.name)} <span class="sc-ci">${task.problemCount} problems · ${escapeHtml(task.type)}</span></h2><p class="sc-note">${
      escapeHtml(task.description)}</p>${taskTable(report, results)}<div class="sc-charts">${figures}</div></section>`;
  });
  const curves = [...new Set(report.trainingCurves.map((c) => c.metric))].map((metric) => figure(`curve-${slug(metric)}`, `Training: ${metric}`, charts)).join('');
  return `<header class="sc-header"><h1>${escapeHtml(report.title)}</h1><p class="sc-note">${escapeHtml(settings)} · ${escapeHtml(report.createdAt)}</p><ul class="sc-models">${models.join('')}</ul></header>
${tasks.join('\n')}
${behaviourTable(report).replace('__KL__', figure('behaviour-kl', 'Mean per-token KL against the baseline', charts))}
${curves === '' ? '' : `<section class="sc-section"><h2>Training curves</h2><div class="sc-charts">${curves}</div></section>`}
${samplesSection(report)}
<footer class="sc-footer">${escapeHtml(report.schema)} v${report.schemaVersion} · made with @stagecoach/eval</footer>`;
}

/** Styles for `reportMarkup`, scoped under `.stagecoach-report`. */
export const REPORT_CSS = `
.stagecoach-report { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2933; background: #fff; max-width: 1200px; margin: 0 auto; padding: 16px 20px; box-sizing: border-box; }
.stagecoach-report *, .stagecoach-report *::before, .stagecoach-report *::after { box-sizing: inherit; }
.stagecoach-report h1 { font-size: 24px; margin: 0 0 4px; }
.stagecoach-report h2 { font-size: 18px; margin: 0 0 6px; border-bottom: 1px solid #e4e7eb; padding-bottom: 4px; }
.stagecoach-report .sc-section { margin: 24px 0; }
.stagecoach-report .sc-note { color: #52606d; margin: 4px 0 10px; }
.stagecoach-report .sc-warning { color: #b44d12; }
.stagecoach-report .sc-ci { color: #7b8794; font-size: 12px; font-weight: normal; }
.stagecoach-report .sc-models { list-style: none; padding: 0; margin: 8px 0 0; display: flex; flex-wrap: wrap; gap: 6px 18px; }
.stagecoach-report .sc-swatch { display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin-right: 6px; vertical-align: baseline; }
.stagecoach-report code { background: #f5f7fa; padding: 1px 4px; border-radius: 3px; font-size: 12px; }
.stagecoach-report .sc-table-wrap { overflow-x: auto; }
.stagecoach-report table { border-collapse: collapse; width: 100%; font-size: 13px; font-variant-numeric: tabular-nums; }
.stagecoach-report th, .stagecoach-report td { text-align: right; padding: 4px 7px; border-bottom: 1px solid #e4e7eb; white-space: nowrap; vertical-align: top; }
.stagecoach-report th:first-child, .stagecoach-report td:first-child { text-align: left; }
/* Headers may wrap (cells do not), so a wide summary table still fits its column. */
.stagecoach-report thead th { background: #f5f7fa; font-weight: 600; vertical-align: bottom; white-space: normal; }
.stagecoach-report .sc-charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(340px, 1fr)); gap: 16px; margin-top: 14px; }
.stagecoach-report .sc-chart { margin: 0; border: 1px solid #e4e7eb; border-radius: 6px; padding: 8px 10px; }
.stagecoach-report .sc-chart figcaption { font-weight: 600; margin-bottom: 4px; }
.stagecoach-report .sc-canvas { position: relative; height: 260px; }
.stagecoach-report .sc-sample { border: 1px solid #e4e7eb; border-radius: 6px; padding: 10px 12px; margin: 12px 0; }
.stagecoach-report .sc-sample header p { margin: 4px 0; }
.stagecoach-report .sc-task { color: #7b8794; font-size: 12px; }
.stagecoach-report .sc-reference { font-size: 13px; }
.stagecoach-report .sc-responses { display: grid; grid-template-columns: repeat(auto-fit, minmax(240px, 1fr)); gap: 10px; margin-top: 8px; }
.stagecoach-report .sc-response { border-radius: 5px; border: 1px solid #e4e7eb; border-top-width: 3px; padding: 6px 8px; min-width: 0; }
.stagecoach-report .sc-correct { border-top-color: #3f9142; }
.stagecoach-report .sc-wrong { border-top-color: #c53030; }
.stagecoach-report .sc-response-head { display: flex; flex-wrap: wrap; align-items: center; gap: 4px 10px; font-size: 13px; }
.stagecoach-report .sc-badge { font-size: 12px; }
.stagecoach-report .sc-correct .sc-badge { color: #3f9142; }
.stagecoach-report .sc-wrong .sc-badge { color: #c53030; }
.stagecoach-report .sc-answer { color: #52606d; font-size: 12px; margin-left: auto; }
.stagecoach-report pre { white-space: pre-wrap; word-break: break-word; font: 12px/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: #f5f7fa; padding: 6px 8px; border-radius: 4px; margin: 6px 0 0; max-height: 220px; overflow: auto; }
.stagecoach-report .sc-control { color: #b44d12; background: #fdebd3; border-radius: 2px; padding: 0 1px; }
.stagecoach-report .sc-footer { color: #9aa5b1; font-size: 12px; margin-top: 28px; border-top: 1px solid #e4e7eb; padding-top: 8px; }
.stagecoach-report .sc-error { color: #c53030; border: 1px solid #c53030; border-radius: 6px; padding: 10px 12px; background: #fff5f5; }
`;
