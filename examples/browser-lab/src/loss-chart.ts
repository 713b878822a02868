/**
 * The live loss chart: each stage's curve on one canvas, one after another along the x axis (a
 * stage's steps count from its own start), with the stage names over their spans. Redrawn at most
 * once a frame.
 */
import type { CurvePoint, LabStage } from './protocol.js';

export const STAGE_COLORS: Readonly<Record<LabStage, string>> = {
  base: '#2f6fde', mid: '#8e44ad', sft: '#e67e22', reward: '#16a085', rl: '#c0392b', eval: '#555555',
};

const PAD = { left: 44, right: 12, top: 12, bottom: 26 };

export class LossChart {
  private readonly curves = new Map<LabStage, CurvePoint[]>();
  private readonly totals = new Map<LabStage, number>();
  private pending = false;

  constructor(private readonly canvas: HTMLCanvasElement) {
    new ResizeObserver(() => this.redraw()).observe(canvas);
  }

  /** Replaces a stage's curve (a restored state) and its step count. */
  set(stage: LabStage, points: readonly CurvePoint[], totalSteps?: number): void {
    this.curves.set(stage, [...points]);
    if (totalSteps !== undefined) this.totals.set(stage, totalSteps);
    this.redraw();
  }

  /** Adds a point; points at or after `step` from before a resume are dropped first. */
  add(stage: LabStage, point: CurvePoint, totalSteps: number): void {
    const curve = (this.curves.get(stage) ?? []).filter((p) => p.step < point.step);
    curve.push(point);
    this.curves.set(stage, curve);
    this.totals.set(stage, totalSteps);
    this.redraw();
  }

  clear(): void {
    this.curves.clear();
    this.totals.clear();
    this.redraw();
  }

  private redraw(): void {
    if (this.pending) return;
    this.pending = true;
    requestAnimationFrame(() => {
      this.pending = false;
      this.draw();
    });
  }

  private draw(): void {
    const ratio = window.devicePixelRatio || 1;
    const width = this.canvas.clientWidth;
    const height = this.canvas.clientHeight;
    this.canvas.width = Math.round(width * ratio);
    this.canvas.height = Math.round(height * ratio);
    const g = this.canvas.getContext('2d')!;
    g.scale(ratio, ratio);
    g.clearRect(0, 0, width, height);
    g.font = '11px system-ui, sans-serif';
    const stages = [...this.curves.keys()].filter((s) => (this.curves.get(s) ?? []).length > 0);
    if (stages.length === 0) {
      g.fillStyle = '#8a93a6';
      g.fillText('The loss of each stage appears here as it trains.', PAD.left, height / 2);
      return;
    }
    // Each stage spans its total steps on the x axis.
    const spans = stages.map((s) => Math.max(this.totals.get(s) ?? 0, ...this.curves.get(s)!.map((p) => p.step)));
    const allSteps = spans.reduce((a, b) => a + b, 0);
    const losses = stages.flatMap((s) => this.curves.get(s)!.map((p) => p.loss)).filter(Number.isFinite);
    const top = Math.max(...losses);
    const bottom = Math.min(0, Math.min(...losses));
    const x = (offset: number, step: number) => PAD.left + ((offset + step) / allSteps) * (width - PAD.left - PAD.right);
    const y = (loss: number) => PAD.top + (1 - (loss - bottom) / (top - bottom || 1)) * (height - PAD.top - PAD.bottom);

    g.strokeStyle = '#e6e9ef';
    g.fillStyle = '#8a93a6';
    g.lineWidth = 1;
    for (let i = 0; i <= 4; i++) {
      const value = bottom + ((top - bottom) * i) / 4;
      g.beginPath();
      g.moveTo(PAD.left, y(value));
      g.lineTo(width - PAD.right, y(value));
      g.stroke();
      g.fillText(value.toFixed(2), 4, y(value) + 4);
    }
    let offset = 0;
    stages.forEach((stage, i) => {
      const points = this.curves.get(stage)!;
      g.fillStyle = STAGE_COLORS[stage];
      g.fillText(stage, x(offset, 0) + 4, height - 8);
      if (i > 0) {
        g.strokeStyle = '#c9ced8';
        g.setLineDash([3, 3]);
        g.beginPath();
        g.moveTo(x(offset, 0), PAD.top);
        g.lineTo(x(offset, 0), height - PAD.bottom);
        g.stroke();
        g.setLineDash([]);
      }
      g.strokeStyle = STAGE_COLORS[stage];
      g.lineWidth = 2;
      g.beginPath();
      points.forEach((p, j) => (j === 0 ? g.moveTo(x(offset, p.step), y(p.loss)) : g.lineTo(x(offset, p.step), y(p.loss))));
      g.stroke();
      if (points.length === 1) g.fillRect(x(offset, points[0]!.step) - 2, y(points[0]!.loss) - 2, 4, 4);
      g.lineWidth = 1;
      offset += spans[i]!;
    });
  }
}
