import type { tf } from '../../tf.js';
import { ConfigError } from '../../errors.js';

/**
 * Parameters that train with their own settings, like a PyTorch parameter group: a value head with a
 * higher learning rate, new embedding rows, a frozen base. A parameter belongs to the first group
 * that matches it; parameters in no group use the optimizer's defaults.
 */
export interface ParamGroup {
  /** Which parameters: their names, a pattern tested against each name, or a predicate. */
  params: readonly string[] | RegExp | ((name: string) => boolean);
  /** Multiplies the step's learning rate for these parameters (0: they do not move). Default 1. */
  lrMultiplier?: number;
  /** Decoupled weight decay for these parameters, overriding `weightDecay` and the decay filter. Default: as the others. */
  weightDecay?: number;
  /** No gradient is computed for these parameters and they are never updated (nor given moments). Default false. */
  frozen?: boolean;
}

/** How one parameter is updated. */
export interface ParamSettings {
  lrMultiplier: number;
  /** λ of this parameter (0: no decay). */
  weightDecay: number;
  frozen: boolean;
}

/** Each parameter's settings from its group (the first that matches) or the defaults; ConfigError naming a bad group. */
export function paramSettings(
  params: Map<string, tf.Variable>, weightDecay: number, decay: (name: string, variable: tf.Variable) => boolean, groups: readonly ParamGroup[],
): Map<string, ParamSettings> {
  const matchers = groups.map((group, i) => groupMatcher(group, i, params));
  const settings = new Map<string, ParamSettings>();
  const used = new Set<number>();
  for (const [name, p] of params) {
    const index = matchers.findIndex((matches) => matches(name));
    const group = index < 0 ? undefined : groups[index]!;
    if (index >= 0) used.add(index);
    settings.set(name, {
      lrMultiplier: group?.lrMultiplier ?? 1,
      weightDecay: group?.weightDecay ?? (decay(name, p) ? weightDecay : 0),
      frozen: group?.frozen ?? false,
    });
  }
  const unused = groups.findIndex((_, i) => !used.has(i));
  if (unused >= 0) {
    throw new ConfigError(
      `groups[${unused}] matches no parameter (each parameter joins the first group that matches it). `
      + `Parameters: ${[...params.keys()].slice(0, 8).join(', ')}${params.size > 8 ? ', ...' : ''}.`,
    );
  }
  return settings;
}

function groupMatcher(group: ParamGroup, i: number, params: Map<string, tf.Variable>): (name: string) => boolean {
  for (const field of ['lrMultiplier', 'weightDecay'] as const) {
    const value = group[field];
    if (value !== undefined && !(typeof value === 'number' && Number.isFinite(value) && value >= 0)) {
      throw new ConfigError(`groups[${i}].${field} must be a number >= 0, got ${JSON.stringify(value)}.`);
    }
  }
  const selector = group.params;
  if (selector instanceof RegExp) {
    const pattern = new RegExp(selector.source, selector.flags.replace(/[gy]/g, '')); // no lastIndex state between names
    return (name) => pattern.test(name);
  }
  if (typeof selector === 'function') return selector;
  if (!Array.isArray(selector)) {
    throw new ConfigError(`groups[${i}].params must be a list of parameter names, a RegExp or a function of the name, got ${JSON.stringify(selector)}.`);
  }
  const missing = selector.filter((name) => !params.has(name));
  if (missing.length > 0) {
    throw new ConfigError(`groups[${i}].params names unknown parameter(s) ${missing.map((n) => `"${n}"`).join(', ')}; the optimizer's parameters are ${[...params.keys()].slice(0, 8).join(', ')}${params.size > 8 ? ', ...' : ''}.`);
  }
  const names = new Set(selector);
  return (name) => names.has(name);
}
