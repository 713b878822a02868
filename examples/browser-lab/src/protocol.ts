/** The messages between the page (main.ts) and the training worker (worker.ts). */
import type { EvalReport } from '@stagecoach/eval';

/** The stages the browser lab runs, in order (the math lab's, evaluation last). */
export const LAB_STAGES = ['base', 'mid', 'sft', 'reward', 'rl', 'eval'] as const;
export type LabStage = (typeof LAB_STAGES)[number];

/** A loss (or reward) point of a stage's curve. */
export interface CurvePoint {
  step: number;
  loss: number;
}

/** One stage's answer to the sample question. */
export interface StageSample {
  stage: LabStage;
  step: number;
  prompt: string;
  text: string;
}

/** What the lab keeps in OPFS (`browser-lab/lab-state.json`) and shows after a reload. */
export interface LabState {
  preset: string;
  seed: number;
  /** Finished stages, in order, with their step counts and wall time. */
  finished: { stage: LabStage; steps: number; seconds: number; metrics: Record<string, number> }[];
  /** Each stage's loss curve up to its last checkpoint. */
  curves: Partial<Record<LabStage, CurvePoint[]>>;
  /** Each stage's latest checkpoint step. */
  checkpoints: Partial<Record<LabStage, number>>;
  samples: StageSample[];
  /** True once the user pressed Stop (a reload then waits for Resume instead of continuing). */
  stopped: boolean;
  /** True when the evaluation finished (the report is in `browser-lab/report.json`). */
  done: boolean;
}

/** Page → worker. */
export type ToWorker =
  | { type: 'open' }
  | { type: 'start'; preset: string; seed: number; backend: 'auto' | 'wasm' }
  | { type: 'resume'; backend: 'auto' | 'wasm' }
  | { type: 'stop' }
  | { type: 'reset' }
  | { type: 'download'; stage: LabStage };

/** Worker → page. */
export type FromWorker =
  | { type: 'state'; state: LabState | undefined; report?: EvalReport }
  | { type: 'backend'; name: string; adapter?: string; notice?: string }
  | { type: 'stage'; stage: LabStage; status: 'running' | 'resumed' | 'finished' | 'stopped'; fromStep?: number }
  | { type: 'step'; stage: LabStage; step: number; totalSteps: number; loss: number; metrics: Record<string, number> }
  | { type: 'checkpoint'; stage: LabStage; step: number }
  | { type: 'sample'; sample: StageSample }
  | { type: 'progress'; message: string }
  | { type: 'report'; report: EvalReport }
  | { type: 'download'; stage: LabStage; name: string; zip: Blob }
  | { type: 'idle' }
  | { type: 'error'; message: string };
