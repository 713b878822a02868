import type { SafetensorsTensor, TrainerState } from '@stagecoach/core';

/** What an export starts from: the checkpoint and its trainer state. */
export interface ExportSource {
  /** The checkpoint folder exported (`checkpoint-<step>`). */
  checkpoint: string;
  state: TrainerState;
  /** The step the continued run trains up to (`--steps`, else the run's `steps`). */
  totalSteps: number;
}

/** A file the export writes: copied from `from`, or with the given content. */
export type ExportedFile = { path: string; from: string } | { path: string; content: string | Uint8Array };

/** What a trainer kind's exporter decides; `exportRun` writes it. */
export interface ExportPlan {
  /** The training script template in export-python/, written as train.py; none when there is no engine to continue on (PPO). */
  script?: string;
  /** Extra pinned Python requirements beyond the common ones. */
  requirements: readonly string[];
  /** stagecoach_run.json: the settings train.py reads. */
  settings: Record<string, unknown>;
  /** Data files (copies of the run's sources, or records written out). */
  files: ExportedFile[];
  /** AdamW moments by torch parameter name (`<name>.exp_avg`, `<name>.exp_avg_sq`). */
  moments: Map<string, SafetensorsTensor>;
  /** Rows of the README's table: [Stagecoach, PyTorch side]. */
  mapping: Array<[string, string]>;
  /** Options and state that do not carry over, one sentence each (printed and in the README). */
  notCarried: string[];
}
