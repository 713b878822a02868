import { ConfigError } from '../errors.js';

/** A learning-rate schedule: a pure function from the optimizer step (0-based) to the learning rate. */
export type LrSchedule = (step: number) => number;

/** The JSON form of a schedule, as written in a trainer config. */
export type LrScheduleConfig =
  | { type: 'constant' }
  | { type: 'cosine'; warmupSteps?: number; minLrRatio?: number }
  | { type: 'wsd'; warmupSteps?: number; decaySteps?: number; minLrRatio?: number };

/** The same learning rate at every step. */
export function constantSchedule(lr: number): LrSchedule {
  return () => lr;
}

/**
 * Linear warmup from ~0 to `peakLr` over `warmupSteps`, then cosine decay to `minLr` at `totalSteps`
 * (and `minLr` after it). Step s of the warmup uses peakLr * (s + 1) / warmupSteps, as nanoGPT does.
 */
export function warmupCosineSchedule(options: { peakLr: number; warmupSteps: number; totalSteps: number; minLr?: number }): LrSchedule {
  const { peakLr, warmupSteps, totalSteps } = options;
  const minLr = options.minLr ?? 0;
  return (step) => {
    if (step < warmupSteps) return (peakLr * (step + 1)) / warmupSteps;
    if (step >= totalSteps) return minLr;
    const progress = (step - warmupSteps) / Math.max(1, totalSteps - warmupSteps);
    return minLr + 0.5 * (1 + Math.cos(Math.PI * progress)) * (peakLr - minLr);
  };
}

/**
 * Warmup-stable-decay: linear warmup over `warmupSteps`, `peakLr` held until `totalSteps - decaySteps`,
 * then a linear decay to `minLr` at `totalSteps`.
 */
export function warmupStableDecaySchedule(options: {
  peakLr: number; warmupSteps: number; decaySteps: number; totalSteps: number; minLr?: number;
}): LrSchedule {
  const { peakLr, warmupSteps, decaySteps, totalSteps } = options;
  const minLr = options.minLr ?? 0;
  const decayStart = totalSteps - decaySteps;
  return (step) => {
    if (step < warmupSteps) return (peakLr * (step + 1)) / warmupSteps;
    if (step < decayStart) return peakLr;
    if (step >= totalSteps) return minLr;
    const progress = (step - decayStart) / Math.max(1, decaySteps);
    return peakLr + (minLr - peakLr) * progress;
  };
}

/** A schedule config with its defaults resolved for a run of `totalSteps` steps (the numbers `makeSchedule` uses). */
export interface ResolvedLrSchedule {
  type: LrScheduleConfig['type'];
  warmupSteps: number;
  /** Steps of the final decay (wsd only; 0 otherwise). */
  decaySteps: number;
  /** The final learning rate over the peak. */
  minLrRatio: number;
}

/** Fills a schedule config's defaults for `totalSteps` and checks them; ConfigError naming the field. */
export function resolveLrSchedule(config: LrScheduleConfig, totalSteps: number, field = 'schedule'): ResolvedLrSchedule {
  const ratio = 'minLrRatio' in config ? config.minLrRatio ?? 0.1 : 0.1;
  if (!(ratio >= 0 && ratio <= 1)) throw new ConfigError(`${field}.minLrRatio must be in [0, 1], got ${ratio}.`);
  switch (config.type) {
    case 'constant':
      return { type: 'constant', warmupSteps: 0, decaySteps: 0, minLrRatio: ratio };
    case 'cosine': {
      const warmupSteps = config.warmupSteps ?? Math.min(100, Math.floor(totalSteps / 10));
      checkSteps(warmupSteps, totalSteps, `${field}.warmupSteps`);
      return { type: 'cosine', warmupSteps, decaySteps: 0, minLrRatio: ratio };
    }
    case 'wsd': {
      const warmupSteps = config.warmupSteps ?? Math.min(100, Math.floor(totalSteps / 10));
      const decaySteps = config.decaySteps ?? Math.floor(totalSteps / 5);
      checkSteps(warmupSteps, totalSteps, `${field}.warmupSteps`);
      checkSteps(decaySteps, totalSteps - warmupSteps, `${field}.decaySteps`);
      return { type: 'wsd', warmupSteps, decaySteps, minLrRatio: ratio };
    }
    default:
      throw new ConfigError(
        `${field}.type must be one of "constant", "cosine", "wsd"; got ${JSON.stringify((config as { type: unknown }).type)}.`,
      );
  }
}

/** Builds the schedule a config describes. Throws ConfigError naming the field when a value is out of range. */
export function makeSchedule(config: LrScheduleConfig, peakLr: number, totalSteps: number, field = 'schedule'): LrSchedule {
  const { type, warmupSteps, decaySteps, minLrRatio } = resolveLrSchedule(config, totalSteps, field);
  const minLr = peakLr * minLrRatio;
  if (type === 'constant') return constantSchedule(peakLr);
  if (type === 'cosine') return warmupCosineSchedule({ peakLr, warmupSteps, totalSteps, minLr });
  return warmupStableDecaySchedule({ peakLr, warmupSteps, decaySteps, totalSteps, minLr });
}

function checkSteps(value: number, max: number, field: string): void {
  if (!Number.isInteger(value) || value < 0 || value > max) {
    throw new ConfigError(`${field} must be an integer in [0, ${max}], got ${value}.`);
  }
}
