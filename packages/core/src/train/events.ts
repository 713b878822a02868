/** A minimal typed event emitter: `on(name, listener)` returns a function that removes the listener. */
export class TypedEmitter<Events extends object> {
  private readonly listeners = new Map<keyof Events, Set<(event: never) => void>>();

  on<K extends keyof Events>(name: K, listener: (event: Events[K]) => void): () => void {
    let set = this.listeners.get(name);
    if (set === undefined) {
      set = new Set();
      this.listeners.set(name, set);
    }
    set.add(listener as (event: never) => void);
    return () => this.off(name, listener);
  }

  off<K extends keyof Events>(name: K, listener: (event: Events[K]) => void): void {
    this.listeners.get(name)?.delete(listener as (event: never) => void);
  }

  emit<K extends keyof Events>(name: K, event: Events[K]): void {
    for (const listener of this.listeners.get(name) ?? []) (listener as (event: Events[K]) => void)(event);
  }
}

/** After each optimizer step. */
export interface StepEvent {
  /** Steps completed (1 after the first step). */
  step: number;
  totalSteps: number;
  loss: number;
  lr: number;
  /** Global gradient norm before clipping. */
  gradNorm: number;
  /** Tokens in this step. */
  tokens: number;
  /** Tokens processed per second, averaged over this run's steps so far. */
  tokensPerSec: number;
  /** Wall time since the run started (including earlier runs when resumed). */
  elapsedMs: number;
  /** Estimated time to `totalSteps` at this run's average step time. */
  etaMs: number;
  /** The trainer's own numbers for this step (reward, KL, per-source loss, ...); empty when it has none. */
  metrics: Record<string, number>;
}

export interface EvalEvent {
  step: number;
  /** Mean cross-entropy (nats per token) on the validation windows. */
  valLoss: number;
  perplexity: number;
  /** Validation bits per UTF-8 byte of text: comparable across tokenizers. */
  bitsPerByte: number;
  tokens: number;
  /** The trainer's own evaluation numbers (task accuracy, reward, ...); empty when it has none. */
  metrics: Record<string, number>;
}

export interface SampleEvent {
  step: number;
  samples: { prompt: string; text: string }[];
}

export interface CheckpointEvent {
  step: number;
  path: string;
  reason: 'interval' | 'end' | 'abort';
}

export interface DoneEvent {
  step: number;
  /** True when stopped by the AbortSignal before the last step. */
  aborted: boolean;
  elapsedMs: number;
  finalLoss: number;
  lastEval?: EvalEvent;
  checkpointPath?: string;
}

/** Every training event, by name. */
export interface TrainEvents {
  step: StepEvent;
  eval: EvalEvent;
  sample: SampleEvent;
  checkpoint: CheckpointEvent;
  done: DoneEvent;
}
