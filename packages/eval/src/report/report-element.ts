import { checkReport, EVAL_REPORT_SCHEMA, reportVersionProblem, type EvalReport } from './eval-report.js';
import { escapeHtml, REPORT_CSS, reportCharts, reportMarkup } from './report-view.js';

/** What the element needs from Chart.js (its constructor). */
interface ChartInstance { destroy(): void }
type ChartConstructor = new (canvas: HTMLCanvasElement, config: unknown) => ChartInstance;

let chartConstructor: Promise<ChartConstructor> | undefined;

/** Chart.js, loaded on first render so importing this package never pulls it in. */
function loadChart(): Promise<ChartConstructor> {
  chartConstructor ??= import('chart.js').then(({ Chart, registerables }) => {
    Chart.register(...registerables);
    return Chart as ChartConstructor;
  });
  return chartConstructor;
}

/**
 * Registers `<stagecoach-report>`: renders an `EvalReport` (from its `src` attribute, a URL of the
 * report JSON, or its `report` property) with the same tables, charts and samples as the HTML file,
 * inside a shadow root. Fires `report-rendered` when the charts are drawn and `report-error`
 * (detail: the message) when the report cannot be loaded or read, or has a schema version this
 * build does not read (`EVAL_REPORT_VERSION`); the message also shows in place.
 * Safe to call more than once; needs a browser (`customElements`).
 */
export function defineReportElement(tagName = 'stagecoach-report'): void {
  if (customElements.get(tagName) !== undefined) return;

  class StagecoachReportElement extends HTMLElement {
    static readonly observedAttributes = ['src'];
    #report: EvalReport | undefined;
    #charts: ChartInstance[] = [];
    #generation = 0;

    constructor() {
      super();
      this.attachShadow({ mode: 'open' });
      // A `report` set before the element was defined sits on the instance and hides the accessor: re-set it.
      if (Object.prototype.hasOwnProperty.call(this, 'report')) {
        const early = (this as { report?: EvalReport }).report;
        delete (this as { report?: EvalReport }).report;
        this.report = early;
      }
    }

    get report(): EvalReport | undefined {
      return this.#report;
    }

    set report(value: EvalReport | undefined) {
      this.#report = value;
      void this.#render();
    }

    attributeChangedCallback(name: string, previous: string | null, value: string | null): void {
      if (name === 'src' && value !== null && value !== previous) void this.#load(value);
    }

    connectedCallback(): void {
      if (this.#report !== undefined) void this.#render();
    }

    disconnectedCallback(): void {
      this.#destroyCharts();
    }

    async #load(src: string): Promise<void> {
      const generation = ++this.#generation;
      try {
        const response = await fetch(src);
        if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`);
        const value = (await response.json()) as EvalReport;
        if (generation === this.#generation) this.report = value;
      } catch (error) {
        if (generation === this.#generation) this.#fail(`Could not load the report from ${src}: ${(error as Error).message}`);
      }
    }

    #destroyCharts(): void {
      for (const chart of this.#charts) chart.destroy();
      this.#charts = [];
    }

    #fail(message: string): void {
      this.#destroyCharts();
      (this.shadowRoot as ShadowRoot).innerHTML = `<style>${REPORT_CSS}</style><div class="stagecoach-report"><p class="sc-error">${escapeHtml(message)}</p></div>`;
      this.dispatchEvent(new CustomEvent('report-error', { detail: message }));
    }

    async #render(): Promise<void> {
      const generation = ++this.#generation;
      const report = this.#report;
      if (report === undefined) return;
      // A Stagecoach report of another schema version gets its own message: it is a report, just not one this build reads.
      const version = (report as { schema?: unknown }).schema === EVAL_REPORT_SCHEMA ? reportVersionProblem(report) : null;
      if (version !== null) {
        this.#fail(`Unsupported report version: ${version}.`);
        return;
      }
      const problems = checkReport(report);
      if (problems.length > 0) {
        this.#fail(`Not a Stagecoach eval report: ${problems.join('; ')}.`);
        return;
      }
      const charts = reportCharts(report);
      this.#destroyCharts();
      const root = this.shadowRoot as ShadowRoot;
      root.innerHTML = `<style>:host { display: block; }${REPORT_CSS}</style><div class="stagecoach-report">${reportMarkup(report, charts)}</div>`;
      let Chart: ChartConstructor;
      try {
        Chart = await loadChart();
      } catch (error) {
        this.#fail(`Could not load Chart.js: ${(error as Error).message}`);
        return;
      }
      if (generation !== this.#generation) return;
      for (const canvas of root.querySelectorAll<HTMLCanvasElement>('canvas[data-chart]')) {
        const spec = charts[canvas.dataset.chart ?? ''];
        if (spec !== undefined) this.#charts.push(new Chart(canvas, spec));
      }
      this.dispatchEvent(new CustomEvent('report-rendered', { detail: { charts: this.#charts.length } }));
    }
  }

  customElements.define(tagName, StagecoachReportElement);
}
