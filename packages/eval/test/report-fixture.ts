import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import type { EvalReport } from '../src/index.js';

export const SCHEMA_PATH = fileURLToPath(new URL('../schema/eval-report.schema.json', import.meta.url));

/** Validates against the shipped JSON Schema with ajv (strict mode, so schema mistakes fail too). */
let validator: ValidateFunction | undefined;

export function schemaErrors(report: unknown): string[] {
  if (validator === undefined) {
    const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true });
    ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/);
    validator = ajv.compile(JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as object);
  }
  const validate = validator;
  if (validate(report)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
}

/** The report without what changes between identical runs (wall-clock timing, creation time). */
export function withoutTiming(report: EvalReport): Omit<EvalReport, 'timing' | 'createdAt'> {
  const { timing: _timing, createdAt: _createdAt, ...rest } = report;
  return rest;
}
