/**
 * Final-answer extraction for GSM8K-style math answers.
 *
 * - `strict`: the number after the first `####` marker (the GSM8K reference format), else `null`.
 * - `flexible`: the `####` number when there is one, otherwise the last number in the text.
 *
 * Both ignore `$`, thousands separators and trailing units (`18 dollars`, `25%`), accept negative
 * numbers (`-5`, `−5`) and decimals, and return the number in a canonical form: no commas, no
 * leading `+` or zeros, no trailing decimal zeros (`"$1,234.50"` → `"1234.5"`).
 *
 * Against lm-evaluation-harness's GSM8K filters: its `strict-match` reads `#### (-?[0-9.,]+)`, so
 * `####5` and `#### $5` count here but not there; its `flexible-extract` always takes the last
 * number, where `flexible` here takes the `####` answer first (`"#### 18\nNext: 7 apples"` → `"18"`
 * here, `"7"` there). Answers are compared as numbers here (`18.00` = `18`), as strings there.
 */
export type ExtractionMode = 'strict' | 'flexible';

export interface ExtractOptions {
  /** Default `'flexible'`. */
  mode?: ExtractionMode;
}

// A number: optional sign and `$` (`-$5`, `$-5`), digits with optional thousands separators, optional
// decimals. The lookbehind keeps `16-3` from reading as `-3` and `x2` / `1.2.3` from yielding stray numbers.
const NUMBER_BODY = String.raw`(?:[-−+]?(?:\$\s?)?|\$[-−])(?:(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?!\d)|\.\d+)`;
const NUMBER_SOURCE = String.raw`(?<![\w.])` + NUMBER_BODY;
const STRICT = new RegExp(String.raw`####\s*(` + NUMBER_BODY + ')');
// `<<16-3-4=9>>` calculator annotations in GSM8K solutions.
const CALCULATOR_ANNOTATION = /<<[^<>]*>>/g;

/** The canonical form of a number string: `"-$1,200.50"` → `"-1200.5"`; `null` if it is not a number. */
export function normalizeNumber(raw: string): string | null {
  let text = raw.replace(/[\s$,]/g, '').replace('−', '-');
  let sign = '';
  if (text.startsWith('-') || text.startsWith('+')) {
    sign = text[0] === '-' ? '-' : '';
    text = text.slice(1);
  }
  if (!/^(?:\d+(?:\.\d*)?|\.\d+)$/.test(text)) return null;
  let [whole = '', fraction = ''] = text.split('.');
  whole = whole.replace(/^0+(?=\d)/, '') || '0';
  fraction = fraction.replace(/0+$/, '');
  const value = fraction === '' ? whole : `${whole}.${fraction}`;
  return value === '0' ? '0' : sign + value;
}

/** The final numeric answer in `text` (see the module comment for the two modes), or `null`. */
export function extractAnswer(text: string, options: ExtractOptions = {}): string | null {
  const mode = options.mode ?? 'flexible';
  const strict = STRICT.exec(text);
  if (strict?.[1] !== undefined) return normalizeNumber(strict[1]);
  if (mode === 'strict') return null;
  const numbers = text.replace(CALCULATOR_ANNOTATION, ' ').match(new RegExp(NUMBER_SOURCE, 'g'));
  const last = numbers?.[numbers.length - 1];
  return last === undefined ? null : normalizeNumber(last);
}

/** Where the final answer starts in `text` (the `####` marker or the last number), or -1. */
export function answerPosition(text: string, options: ExtractOptions = {}): number {
  // The marker that extraction reads: the first `####` followed by a number (an earlier bare `####` is not it).
  const strict = STRICT.exec(text);
  if (strict !== null) return strict.index;
  if ((options.mode ?? 'flexible') === 'strict') return -1;
  let position = -1;
  for (const match of text.replace(CALCULATOR_ANNOTATION, (m) => ' '.repeat(m.length)).matchAll(new RegExp(NUMBER_SOURCE, 'g'))) {
    position = match.index;
  }
  return position;
}

/** Whether two canonical number strings denote the same number (relative tolerance 1e-9). */
export function sameNumber(a: string, b: string): boolean {
  const x = Number(a);
  const y = Number(b);
  if (!Number.isFinite(x) || !Number.isFinite(y)) return a === b;
  return Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(y));
}

/**
 * Whether a model's response gives the reference answer. `referenceAnswer` is either a bare number
 * (`"18"`, `"1,000"`) or a full GSM8K solution ending in `#### 18`. The response is read with
 * `mode` (default `'flexible'`: its `####` answer, else its last number).
 */
export function isCorrect(response: string, referenceAnswer: string, options: ExtractOptions = {}): boolean {
  const reference = extractAnswer(referenceAnswer, { mode: 'flexible' });
  const predicted = extractAnswer(response, options);
  return reference !== null && predicted !== null && sameNumber(predicted, reference);
}

/** Removes GSM8K calculator annotations: `"16-3-4 = <<16-3-4=9>>9"` → `"16-3-4 = 9"`. */
export function stripCalculatorAnnotations(text: string): string {
  return text.replace(CALCULATOR_ANNOTATION, '');
}
