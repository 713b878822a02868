import { escapeHtml, renderHtmlReport } from '@stagecoach/eval';
import { readChartJsSource } from '@stagecoach/eval/node';
import type { EvalReport } from '@stagecoach/eval';
import type { LabReport } from './lab-report.js';

function pct(x: number): string {
  return `${(100 * x).toFixed(1)}%`;
}

/** The lab's own section, placed above the comparison: the stages with their wall times, the models' headline figures, the notes. */
function labSection(lab: LabReport): string {
  const stages = lab.stages.map((s) => `<tr><td>${escapeHtml(s.stage)}</td><td>${s.steps}</td><td>${s.wallSeconds.toFixed(1)} s</td><td>${s.loadAverage.toFixed(1)}</td><td>${s.completed ? 'done' : 'stopped'}</td></tr>`).join('');
  const models = Object.entries(lab.models).map(([name, m]) => `<tr><td>${escapeHtml(name)}</td><td>${pct(m.accuracy.value)} <span class="sc-ci">[${pct(m.accuracy.lower)}, ${pct(m.accuracy.upper)}]</span></td><td>${
    m.byDifficulty.map((d) => `L${d.difficulty} ${pct(d.accuracy.value)}`).join(' · ')}</td><td>${m.reasoning === null ? '-' : m.reasoning.meanSteps.toFixed(1)}</td><td>${
    m.helpfulness === null ? '-' : m.helpfulness.toFixed(2)}</td><td>${m.meanReward.toFixed(3)}</td></tr>`).join('');
  return `<section class="sc-section"><h2>The lab: what each stage changed</h2>
<div class="sc-table-wrap"><table><thead><tr><th>model</th><th>accuracy (95% interval)</th><th>by difficulty</th><th>steps shown</th><th>helpfulness</th><th>mean reward</th></tr></thead><tbody>${models}</tbody></table></div>
<ul>${lab.notes.map((n) => `<li>${escapeHtml(n)}</li>`).join('')}</ul>
<div class="sc-table-wrap"><table><thead><tr><th>stage</th><th>steps</th><th>wall time</th><th>load average</th><th></th></tr></thead><tbody>${stages}</tbody></table></div>
<p class="sc-note">Total ${lab.totalWallSeconds.toFixed(0)} s · preset ${escapeHtml(lab.options.preset)} · seed ${lab.options.seed} · backend ${escapeHtml(lab.options.backend)} · RL ${escapeHtml(lab.options.rl)}</p></section>`;
}

/** The self-contained HTML page: the lab's section, then eval's comparison report (tables, charts, side-by-side samples). */
export async function renderLabHtml(lab: LabReport, comparison: EvalReport): Promise<string> {
  const html = renderHtmlReport(comparison, { chartJsSource: await readChartJsSource() });
  const anchor = '<main class="stagecoach-report">\n';
  return html.replace(anchor, `${anchor}${labSection(lab)}\n`);
}

/** The terminal summary. */
export function labSummaryLines(lab: LabReport): string[] {
  const lines = ['', 'model  accuracy (95% interval)     strict   steps  helpful  reward  stage time'];
  for (const [name, m] of Object.entries(lab.models)) {
    const interval = `${pct(m.accuracy.value)} [${pct(m.accuracy.lower)}, ${pct(m.accuracy.upper)}]`;
    lines.push(`${name.padEnd(6)} ${interval.padEnd(27)} ${(m.strictAccuracy === null ? '-' : pct(m.strictAccuracy.value)).padEnd(8)} ${
      (m.reasoning === null ? '-' : m.reasoning.meanSteps.toFixed(1)).padEnd(6)} ${(m.helpfulness === null ? '-' : m.helpfulness.toFixed(2)).padEnd(8)} ${
      m.meanReward.toFixed(3).padEnd(7)} ${m.stageWallSeconds === null ? '-' : `${m.stageWallSeconds.toFixed(0)} s`}`);
  }
  lines.push('', ...lab.notes, '', `stages: ${lab.stages.map((s) => `${s.stage} ${s.wallSeconds.toFixed(0)} s`).join(', ')}; total ${lab.totalWallSeconds.toFixed(0)} s`);
  return lines;
}
