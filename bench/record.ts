/** One benchmark measurement. `pnpm bench` prints an array of these as JSON. */
export interface BenchRecord {
  bench: string;
  backend: string;
  config: string;
  metric: string;
  value: number;
  unit: string;
}

export interface BenchOptions {
  /** Fewer iterations and smaller sizes, for a quick look (`pnpm bench --quick`). */
  quick: boolean;
}
