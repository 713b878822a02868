import type { EvalReport, TaskResult } from '../report/eval-report.js';

export interface TerminalTableOptions {
  /** ANSI bold headers and green/red best/worst accuracy. Default false. */
  color?: boolean;
}

const percent = (x: number): string => `${(100 * x).toFixed(1)}%`;

function table(rows: string[][], color: boolean): string {
  const widths = (rows[0] ?? []).map((_, c) => Math.max(...rows.map((r) => [...(r[c] ?? '')].length)));
  const line = (l: string, m: string, r: string): string => l + widths.map((w) => '─'.repeat(w + 2)).join(m) + r;
  const render = (row: string[], header: boolean): string => `│${row.map((cell, c) => {
    const pad = ' '.repeat((widths[c] ?? 0) - [...cell].length);
    const text = c === 0 ? cell + pad : pad + cell;
    return ` ${header && color ? `\u001b[1m${text}\u001b[22m` : text} `;
  }).join('│')}│`;
  const [head, ...body] = rows;
  return [line('┌', '┬', '┐'), render(head ?? [], true), line('├', '┼', '┤'), ...body.map((r) => render(r, false)), line('└', '┴', '┘')].join('\n');
}

function taskRows(report: EvalReport, results: TaskResult[]): string[][] {
  const generative = results[0]?.type === 'generative';
  const ks = report.settings.kValues;
  // pass@1 is the accuracy of the first response unless several responses were sampled per problem.
  const shownPass = (k: number): boolean => k > 1 || report.settings.samples > 1;
  const head = generative
    ? ['model', 'accuracy', '95% CI', 'strict', ...ks.filter(shownPass).map((k) => `pass@${k}`), ...ks.filter((k) => k > 1).map((k) => `maj@${k}`),
      'format', 'answered', 'steps', 'tokens', 'KL', 'problems/s']
    : ['model', 'accuracy', '95% CI', 'len-norm', 'problems/s'];
  const rows = results.map((r) => {
    const ci = `${percent(r.accuracy.lower)}–${percent(r.accuracy.upper)}`;
    const speed = report.timing.find((t) => t.model === r.model && t.task === r.task)?.problemsPerSecond ?? 0;
    if (!generative) return [r.model, percent(r.accuracy.value), ci, percent(r.accuracyNormalized?.value ?? 0), speed.toFixed(2)];
    const kl = report.behaviour.find((b) => b.model === r.model && b.task === r.task)?.meanKl;
    return [
      r.model, percent(r.accuracy.value), ci, r.strictAccuracy === null ? '–' : percent(r.strictAccuracy.value),
      ...r.passAtK.filter((p) => shownPass(p.k)).map((p) => percent(p.value)), ...r.majAtK.filter((p) => p.k > 1).map((p) => percent(p.value)),
      percent(r.helpfulness?.formatAdherence ?? 0), percent(r.helpfulness?.answerRate ?? 0),
      (r.reasoning?.meanSteps ?? 0).toFixed(2), (r.responseLength?.meanTokens ?? 0).toFixed(1),
      kl === undefined || kl === null ? '–' : kl.toFixed(4), speed.toFixed(2),
    ];
  });
  return [head, ...rows];
}

/** The report as text tables for a terminal, one per task (the CLI prints it). */
export function renderTerminalTable(report: EvalReport, options: TerminalTableOptions = {}): string {
  const color = options.color ?? false;
  const blocks = report.tasks.map((task) => {
    const results = report.models
      .map((m) => report.results.find((r) => r.model === m.name && r.task === task.name))
      .filter((r): r is TaskResult => r !== undefined);
    const title = `${task.name} — ${task.problemCount} problems, ${task.type}`;
    const cut = results.filter((r) => r.truncatedPrompts > 0);
    const note = cut.length === 0 ? '' : `\nprompts cut from the left to fit the context: ${cut.map((r) => `${r.model} ${r.truncatedPrompts}/${r.accuracy.total}`).join(', ')}`;
    return `${color ? `\u001b[1m${title}\u001b[22m` : title}\n${table(taskRows(report, results), color)}${note}`;
  });
  const s = report.settings;
  const generative = report.tasks.some((t) => t.type === 'generative');
  const backend = s.backend.stagecoach === null ? `tfjs ${s.backend.tfjs}` : `${s.backend.stagecoach} (tfjs ${s.backend.tfjs})`;
  const footer = `seed ${s.seed}, ${s.temperature === 0 ? 'greedy' : `temperature ${s.temperature}`}, ${s.samples} sample(s)/problem, max ${s.maxNewTokens} new tokens, backend ${backend}`
    + `${generative ? `.\naccuracy = flexible extraction (the #### answer, else the last number); strict = only a "#### <number>" answer counts` : ''}; KL = mean per-token KL(model ‖ ${s.baseline}).`;
  return `${blocks.join('\n\n')}\n${footer}`;
}
