/** `1h 02m`, `3m 05s`, `12s`. */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return '?';
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m ${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(m / 60)}h ${String(m % 60).padStart(2, '0')}m`;
}

/** `950`, `12.3k`, `4.56M`. */
export function formatCount(n: number): string {
  if (!Number.isFinite(n)) return '?';
  if (n < 1000) return n.toFixed(0);
  if (n < 1e6) return `${(n / 1e3).toFixed(n < 1e4 ? 2 : 1)}k`;
  return `${(n / 1e6).toFixed(2)}M`;
}

/** A metric in four significant digits: `0.4213`, `12.35`, `-3.000`, `1.2e-5`, `3.4e+4`. */
export function formatMetric(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  if (x === 0) return '0';
  const size = Math.abs(x);
  return size < 1e-3 || size >= 1e4 ? x.toExponential(1) : x.toPrecision(4);
}

/** A trainer's metrics as `name value` pairs: `reward 0.4213 kl 0.0123` (empty for none). */
export function formatMetrics(metrics: Record<string, number>): string {
  return Object.entries(metrics).map(([name, value]) => `${name} ${formatMetric(value)}`).join(' ');
}
