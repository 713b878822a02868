/**
 * The part of vitest's API that this package's test files use (`describe`, `describe.skipIf`, `it`,
 * `beforeAll`, `afterAll`, `expect` with the matchers below), so that the same files run bundled on
 * a machine where vitest is not installed: the GPU machine of `scripts/gpu-webgpu-check.sh`, which
 * carries one Node binary and no node_modules. The bundler aliases `vitest` to this file.
 */
import { isDeepStrictEqual } from 'node:util';

type Body = () => unknown;

interface TestCase {
  name: string;
  body: Body;
  timeoutMs: number;
}

interface Suite {
  name: string;
  skip: boolean;
  tests: TestCase[];
  beforeAll: Body[];
  afterAll: Body[];
}

/** One test's outcome. */
export interface ShimTestResult {
  suite: string;
  test: string;
  status: 'passed' | 'failed' | 'skipped';
  ms: number;
  error?: string;
}

/** vitest's default in this repository (vitest.config.ts `testTimeout`). */
const DEFAULT_TIMEOUT_MS = 60_000;
const HOOK_TIMEOUT_MS = 120_000;

const suites: Suite[] = [];
let collecting: Suite | undefined;

function suiteOf(caller: string): Suite {
  if (collecting === undefined) throw new Error(`vitest shim: ${caller}() outside describe() is not supported`);
  return collecting;
}

function collect(name: string, skip: boolean, body: () => void): void {
  const suite: Suite = { name, skip, tests: [], beforeAll: [], afterAll: [] };
  suites.push(suite);
  collecting = suite;
  try {
    body();
  } finally {
    collecting = undefined;
  }
}

export const describe = Object.assign((name: string, body: () => void) => collect(name, false, body), {
  skipIf: (condition: boolean) => (name: string, body: () => void) => collect(name, condition, body),
});

export function it(name: string, body: Body, timeoutMs = DEFAULT_TIMEOUT_MS): void {
  suiteOf('it').tests.push({ name, body, timeoutMs });
}

export const test = it;

export function beforeAll(body: Body): void {
  suiteOf('beforeAll').beforeAll.push(body);
}

export function afterAll(body: Body): void {
  suiteOf('afterAll').afterAll.push(body);
}

/** `expect.arrayContaining(items)`: an array holding (at least) each of `items`. */
class ArrayContaining {
  constructor(readonly items: unknown[]) {}
}

function equals(actual: unknown, expected: unknown): boolean {
  if (expected instanceof ArrayContaining) {
    return Array.isArray(actual) && expected.items.every((item) => actual.some((a) => equals(a, item)));
  }
  if (Array.isArray(expected)) {
    return Array.isArray(actual) && actual.length === expected.length && expected.every((e, i) => equals(actual[i], e));
  }
  if (isPlainObject(expected) && isPlainObject(actual)) {
    // vitest's toEqual ignores properties whose value is undefined.
    const keys = (o: Record<string, unknown>): string[] => Object.keys(o).filter((k) => o[k] !== undefined).sort();
    const [ka, ke] = [keys(actual), keys(expected)];
    return isDeepStrictEqual(ka, ke) && ke.every((k) => equals(actual[k], expected[k]));
  }
  return Object.is(actual, expected) || isDeepStrictEqual(actual, expected);
}

function isPlainObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && Object.getPrototypeOf(x) === Object.prototype;
}

function show(x: unknown): string {
  if (x instanceof ArrayContaining) return `arrayContaining(${show(x.items)})`;
  const text = JSON.stringify(x, (_, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : v)) ?? String(x);
  return text.length > 2000 ? `${text.slice(0, 2000)}…` : text;
}

function check(ok: boolean, actual: unknown, relation: string, expected: unknown): void {
  if (!ok) throw new Error(`expected ${show(actual)} ${relation} ${show(expected)}`);
}

function numberOf(actual: unknown, matcher: string): number {
  if (typeof actual !== 'number') throw new Error(`${matcher}: expected a number, got ${show(actual)}`);
  return actual;
}

export const expect = Object.assign((actual: unknown) => ({
  toBe: (expected: unknown) => check(Object.is(actual, expected), actual, 'to be', expected),
  toEqual: (expected: unknown) => check(equals(actual, expected), actual, 'to equal', expected),
  toHaveLength: (length: number) =>
    check((actual as { length?: unknown } | null)?.length === length, actual, 'to have length', length),
  toBeGreaterThan: (n: number) => check(numberOf(actual, 'toBeGreaterThan') > n, actual, 'to be greater than', n),
  toBeGreaterThanOrEqual: (n: number) => check(numberOf(actual, 'toBeGreaterThanOrEqual') >= n, actual, 'to be >=', n),
  toBeLessThan: (n: number) => check(numberOf(actual, 'toBeLessThan') < n, actual, 'to be less than', n),
  toBeCloseTo: (expected: number, digits = 2) =>
    check(Math.abs(numberOf(actual, 'toBeCloseTo') - expected) < 10 ** -digits / 2, actual, `to be close to (${digits} digits)`, expected),
}), {
  arrayContaining: (items: unknown[]) => new ArrayContaining(items),
});

async function withTimeout(body: Body, ms: number, what: string): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
  });
  try {
    await Promise.race([Promise.resolve().then(body), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

const message = (error: unknown): string => (error instanceof Error ? (error.stack ?? error.message) : String(error));

/**
 * Runs every suite the imported test files declared, in order, like `vitest run` (a failing
 * `beforeAll` fails the suite's tests); `onResult` sees each outcome as it comes.
 */
export async function runRegisteredTests(onResult: (result: ShimTestResult) => void): Promise<ShimTestResult[]> {
  const results: ShimTestResult[] = [];
  const report = (result: ShimTestResult): void => {
    results.push(result);
    onResult(result);
  };
  for (const suite of suites) {
    if (suite.skip) {
      for (const t of suite.tests) report({ suite: suite.name, test: t.name, status: 'skipped', ms: 0 });
      continue;
    }
    let setupError: string | undefined;
    for (const hook of suite.beforeAll) {
      try {
        await withTimeout(hook, HOOK_TIMEOUT_MS, 'beforeAll');
      } catch (error) {
        setupError = `beforeAll failed: ${message(error)}`;
        break;
      }
    }
    for (const t of suite.tests) {
      const start = performance.now();
      let error = setupError;
      if (error === undefined) {
        try {
          await withTimeout(t.body, t.timeoutMs, `test "${t.name}"`);
        } catch (caught) {
          error = message(caught);
        }
      }
      const ms = performance.now() - start;
      report({ suite: suite.name, test: t.name, status: error === undefined ? 'passed' : 'failed', ms, ...(error === undefined ? {} : { error }) });
    }
    for (const hook of suite.afterAll) await withTimeout(hook, HOOK_TIMEOUT_MS, 'afterAll').catch(() => undefined);
  }
  return results;
}
