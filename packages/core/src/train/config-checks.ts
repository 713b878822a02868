import { ConfigError } from '../errors.js';

/**
 * Checks of one config field, for a trainer's `resolveXConfig`: each returns the value when it is
 * valid and otherwise throws ConfigError naming `config.<field>`, the valid range and the value given.
 */

/** An integer in [min, max] (`note` is appended to the range, e.g. why max is what it is). */
export function checkInteger(value: unknown, field: string, min: number, max?: number, note = ''): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || (max !== undefined && value > max)) {
    const range = max === undefined ? `>= ${min}` : `in [${min}, ${max}]`;
    throw new ConfigError(`config.${field} must be an integer ${range}${note}, got ${JSON.stringify(value)}.`);
  }
  return value;
}

export function checkPositive(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw new ConfigError(`config.${field} must be a positive number, got ${JSON.stringify(value)}.`);
  }
  return value;
}

export function checkNonNegative(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new ConfigError(`config.${field} must be a number >= 0, got ${JSON.stringify(value)}.`);
  }
  return value;
}

/** A number in [0, 1). */
export function checkFraction(value: unknown, field: string): number {
  if (typeof value !== 'number' || !(value >= 0 && value < 1)) {
    throw new ConfigError(`config.${field} must be a number in [0, 1), got ${JSON.stringify(value)}.`);
  }
  return value;
}

/** A non-empty string. */
export function checkString(value: unknown, field: string): string {
  if (typeof value !== 'string' || value === '') throw new ConfigError(`config.${field} must be a non-empty string, got ${JSON.stringify(value)}.`);
  return value;
}

export function checkBoolean(value: unknown, field: string): boolean {
  if (typeof value !== 'boolean') throw new ConfigError(`config.${field} must be true or false, got ${JSON.stringify(value)}.`);
  return value;
}
