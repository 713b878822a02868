import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { answerPosition, extractAnswer, isCorrect, normalizeNumber, parseGsm8k } from '../src/index.js';
import { GSM8K_MISSING, gsm8kPath } from './gsm8k-paths.js';

const testPath = gsm8kPath('test');

describe.skipIf(testPath === null)(`real GSM8K answers${testPath === null ? ` (${GSM8K_MISSING})` : ''}`, () => {
  const records = testPath === null ? [] : parseGsm8k(readFileSync(testPath, 'utf8'), testPath);
  // The `####` value read independently of extractAnswer: the text after the marker, commas removed.
  const expected = records.map((r) => (r.answer.split('####')[1] ?? '').trim().replace(/,/g, ''));

  it('has all 1,319 test problems', () => {
    expect(records).toHaveLength(1319);
    expect(expected.every((e) => /^-?\d+(\.\d+)?$/.test(e))).toBe(true);
  });

  it('strict extraction gives every reference answer its #### value', () => {
    const wrong = records.map((r, i) => ({ i, got: extractAnswer(r.answer, { mode: 'strict' }), want: expected[i] })).filter((x) => x.got !== x.want);
    expect(wrong).toEqual([]);
  });

  it('flexible extraction gives every reference answer its #### value', () => {
    const wrong = records.map((r, i) => ({ i, got: extractAnswer(r.answer, { mode: 'flexible' }), want: expected[i] })).filter((x) => x.got !== x.want);
    expect(wrong).toEqual([]);
  });

  it('flexible extraction without the #### line finds the final number in most reasoning', () => {
    // Drop the "#### n" line: the last sentence of a GSM8K solution usually states the answer.
    const hits = records.filter((r, i) => extractAnswer(r.answer.replace(/\n####.*$/, ''), { mode: 'flexible' }) === expected[i]).length;
    expect(hits / records.length).toBeGreaterThan(0.9);
    expect(records.every((r) => extractAnswer(r.answer.replace(/\n####.*$/, ''), { mode: 'strict' }) === null)).toBe(true);
  });

  it('isCorrect accepts each reference against itself and rejects it against a neighbour', () => {
    expect(records.every((r) => isCorrect(r.answer, r.answer))).toBe(true);
    const confusions = records.filter((r, i) => i > 0 && isCorrect(r.answer, (records[i - 1] as typeof r).answer)
      && expected[i] !== expected[i - 1]).length;
    expect(confusions).toBe(0);
  });
});

describe('extractAnswer on tricky model outputs', () => {
  const cases: [string, string | null, string | null][] = [
    // [text, strict, flexible]
    ['She makes 9 * 2 = $18 every day.\n#### 18', '18', '18'],
    ['#### 1,000', '1000', '1000'],
    ['#### $1,234.50', '1234.5', '1234.5'],
    ['The total is $1,234,567.', null, '1234567'],
    ['It costs 3.50 dollars.', null, '3.5'],
    ['The answer is 42.', null, '42'],
    ['The temperature dropped to -5 degrees.', null, '-5'],
    ['#### -12', '-12', '-12'],
    ['#### −7', '-7', '-7'],
    ['He lost -$5.00 on the deal', null, '-5'],
    ['x = 10 - 5', null, '5'],
    ['16-3-4=<<16-3-4=9>>9 eggs', null, '9'],
    ['I do not know.', null, null],
    ['', null, null],
    ['#### forty-two', null, null],
    ['It takes 45 minutes', null, '45'],
    ['The tank holds 12.5 liters', null, '12.5'],
    ['About 25% of them', null, '25'],
    ['He walks 3 km then 4 km, so 7 km in total', null, '7'],
    ['0.50 of the pie', null, '0.5'],
    ['The answer is 007', null, '7'],
    ['####18 dollars', '18', '18'],
    ['#### 5\nQuestion: what is 6?', '5', '5'],
    ['v2 of the model said 3', null, '3'],
    ['Total: 1,2345', null, '2345'],
    ['#### 10.0', '10', '10'],
  ];
  it.each(cases)('%j → strict %j, flexible %j', (text, strict, flexible) => {
    expect(extractAnswer(text, { mode: 'strict' })).toBe(strict);
    expect(extractAnswer(text, { mode: 'flexible' })).toBe(flexible);
  });

  it('defaults to flexible', () => {
    expect(extractAnswer('so 12 apples')).toBe('12');
  });

  it('normalizeNumber canonicalises or rejects', () => {
    expect(normalizeNumber('$1,200.500')).toBe('1200.5');
    expect(normalizeNumber('-0.0')).toBe('0');
    expect(normalizeNumber('+3')).toBe('3');
    expect(normalizeNumber('.25')).toBe('0.25');
    expect(normalizeNumber('abc')).toBeNull();
    expect(normalizeNumber('1.2.3')).toBeNull();
  });
});

describe('isCorrect', () => {
  it('compares numerically against a bare number or a full solution', () => {
    expect(isCorrect('So she earns $18.00.', '18')).toBe(true);
    expect(isCorrect('#### 1,000', '1000')).toBe(true);
    expect(isCorrect('The answer is 18', 'Janet sells 9 eggs.\n#### 18')).toBe(true);
    expect(isCorrect('The answer is 17', '18')).toBe(false);
    expect(isCorrect('no idea', '18')).toBe(false);
    expect(isCorrect('#### -3', '-3')).toBe(true);
    expect(isCorrect('#### 3', '-3')).toBe(false);
  });

  it('strict mode needs the #### format', () => {
    expect(isCorrect('The answer is 18', '18', { mode: 'strict' })).toBe(false);
    expect(isCorrect('#### 18', '18', { mode: 'strict' })).toBe(true);
  });

  it('places the answer at the #### marker that extraction reads', () => {
    const text = 'Total: ####\nSo 2 + 3 = 5 apples.\n#### 5';
    expect(extractAnswer(text, { mode: 'strict' })).toBe('5');
    expect(answerPosition(text)).toBe(text.lastIndexOf('####'));
    expect(answerPosition(text, { mode: 'strict' })).toBe(text.lastIndexOf('####'));
    expect(answerPosition('no answer')).toBe(-1);
  });

  it('prefers the #### answer over later numbers in flexible mode', () => {
    expect(isCorrect('#### 18\nThat is 2 more than 16.', '18')).toBe(true);
  });
});
