import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ConfigError, DataError } from '@stagecoach/core';
import { describe, expect, it } from 'vitest';
import {
  ARITHMETIC_LEVELS, arithmeticChoiceTask, arithmeticProblems, arithmeticTask, gradeChoices, gsm8kTask, loadGsm8k, multipleChoiceTask, parseGsm8k,
} from '../src/index.js';
import { readGsm8k } from '../src/node/index.js';
import { GSM8K_MISSING, gsm8kPath } from './gsm8k-paths.js';

describe('arithmeticTask', () => {
  it('is reproducible from its seed and changes with it', () => {
    expect(arithmeticProblems({ seed: 7, count: 20 })).toEqual(arithmeticProblems({ seed: 7, count: 20 }));
    expect(arithmeticProblems({ seed: 8, count: 20 })).not.toEqual(arithmeticProblems({ seed: 7, count: 20 }));
  });

  it('writes worked solutions whose every step is right and which end in #### <answer>', () => {
    const problems = arithmeticProblems({ seed: 1, count: 200, difficulty: [1, 2, 3, 4, 5] });
    for (const problem of problems) {
      const lines = problem.solution!.split('\n');
      expect(lines.at(-1)).toBe(`#### ${problem.answer}`);
      const level = ARITHMETIC_LEVELS[problem.difficulty!]!;
      expect(lines.length - 1).toBe(level.steps);
      let previous: number | undefined;
      for (const line of lines.slice(0, -1)) {
        const [, a, op, b, c] = /(\d+) ([-+*/]) (\d+) = (\d+)/.exec(line) ?? [];
        const [x, y, z] = [Number(a), Number(b), Number(c)];
        expect(op === '+' ? x + y : op === '-' ? x - y : op === '*' ? x * y : x / y, line).toBe(z);
        if (previous !== undefined) expect(x, 'each step continues from the last result').toBe(previous);
        previous = z;
      }
      expect(Number(problem.answer)).toBe(previous);
      expect(Number.isInteger(Number(problem.answer)) && Number(problem.answer) >= 0).toBe(true);
    }
    // Arithmetic expressions evaluate to the answer with ordinary precedence.
    for (const problem of problems.filter((p) => p.question.startsWith('What is'))) {
      const expression = problem.question.slice('What is '.length, -1);
      expect(Function(`return (${expression})`)() as number, expression).toBe(Number(problem.answer));
    }
  });

  it('spreads difficulty levels evenly and mixes styles', () => {
    const problems = arithmeticProblems({ seed: 2, count: 30, difficulty: [1, 3, 5] });
    expect(problems.filter((p) => p.difficulty === 5)).toHaveLength(10);
    expect(problems.some((p) => p.question.startsWith('What is'))).toBe(true);
    expect(problems.some((p) => p.question.includes(' has '))).toBe(true);
    expect(arithmeticProblems({ seed: 2, count: 10, style: 'word' }).every((p) => p.question.endsWith('now?'))).toBe(true);
  });

  it('grades and rewards its own solutions as correct, and wrong answers as wrong', () => {
    const task = arithmeticTask({ seed: 3, count: 20, fewShot: 2 });
    for (const problem of task.problems) {
      expect(task.evaluate(problem, ` ${problem.solution!}`)).toEqual({ correct: true, extracted: problem.answer, formatted: true });
      expect(task.reward(problem, problem.solution!)).toBe(1);
      expect(task.reward(problem, `#### ${Number(problem.answer) + 1}`)).toBe(0);
    }
    const prompt = task.prompt(task.problems[0]!);
    expect(prompt.match(/Question: /g)).toHaveLength(3);
    expect(prompt.endsWith(`Question: ${task.problems[0]!.question}\nAnswer:`)).toBe(true);
    expect(task.settings).toMatchObject({ seed: 3, fewShot: 2 });
  });

  it('rejects bad options, naming the field', () => {
    expect(() => arithmeticTask({ difficulty: 9 })).toThrow(/"difficulty" 9 is not a level; valid levels are 1, 2, 3, 4, 5/);
    expect(() => arithmeticTask({ count: 0 })).toThrow(ConfigError);
    expect(() => arithmeticTask({ style: 'poetry' as 'word' })).toThrow(/"style"/);
  });
});

describe('multiple choice', () => {
  it('grades by log-likelihood and by log-likelihood per character', () => {
    const scores = [
      { logLikelihood: -4, tokens: 2, characters: 2 },
      { logLikelihood: -5, tokens: 5, characters: 10 },
    ];
    expect(gradeChoices(1, scores)).toEqual({ predicted: 0, predictedNormalized: 1, correct: false, correctNormalized: true });
  });

  it('builds arithmetic choice problems with the answer among distinct choices', () => {
    const task = arithmeticChoiceTask({ seed: 1, count: 50 });
    for (const problem of task.problems) {
      expect(new Set(problem.choices).size).toBe(4);
      expect(problem.choices[problem.answerIndex]).toBe(arithmeticProblems({ seed: 1, count: 50, name: 'arithmetic-choice' }).find((p) => p.id === problem.id)!.answer);
      expect(task.reward(problem, ` ${problem.choices[problem.answerIndex]!}`)).toBe(1);
    }
    expect(task.continuation(task.problems[0]!, 2)).toBe(` ${task.problems[0]!.choices[2]!}`);
  });

  it('validates problems', () => {
    expect(() => multipleChoiceTask({ name: 'x', problems: [{ id: 'a', question: 'q', choices: ['1', '2'], answerIndex: 2 }] })).toThrow(/"answerIndex" 2 is not in 0..1/);
  });
});

describe('GSM8K loading', () => {
  const jsonl = '{"question": "Q1?", "answer": "1 + 1 = <<1+1=2>>2\\n#### 2"}\n\n{"question": "Q2?", "answer": "So 1,000.\\n#### 1,000"}\n{"question": "Q3?", "answer": "#### 3"}\n';

  it('parses JSONL and names the line that breaks', () => {
    expect(parseGsm8k(jsonl)).toHaveLength(3);
    expect(() => parseGsm8k('{"question": "q", "answer": "#### 1"}\n{oops', 'test.jsonl')).toThrow(/test.jsonl, line 2: not valid JSON/);
    expect(() => parseGsm8k('{"question": "q"}', 'x.jsonl')).toThrow(DataError);
    expect(() => parseGsm8k('\n', 'x.jsonl')).toThrow(/no records/);
  });

  it('names the file and line of an answer without a #### line, and records where the data came from', () => {
    const noMarker = '{"question": "q1", "answer": "#### 1"}\n\n{"question": "q2", "answer": "It is 2."}\n';
    expect(() => parseGsm8k(noMarker, 'test.jsonl')).toThrow(/test\.jsonl, line 3: "answer" has no "#### <number>" line/);
    const task = gsm8kTask(parseGsm8k(jsonl), { source: 'data/test.jsonl', fewShot: 1, fewShotRecords: parseGsm8k(jsonl), fewShotSource: 'data/train.jsonl' });
    expect(task.settings).toMatchObject({ source: 'data/test.jsonl', fewShotSource: 'data/train.jsonl', fewShot: 1 });
  });

  it('says why a URL could not be fetched', async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    await new Promise((resolve) => server.close(resolve));
    await expect(loadGsm8k(`http://127.0.0.1:${port}/test.jsonl`)).rejects.toThrow(/fetch failed \(.*ECONNREFUSED.*\)/);
  });

  it('few-shot prompts use worked answers without calculator annotations, set apart from the evaluated problems', () => {
    const task = gsm8kTask(parseGsm8k(jsonl), { fewShot: 1, seed: 0 });
    expect(task.problems).toHaveLength(2);
    const prompt = task.prompt(task.problems[0]!);
    expect(prompt).not.toContain('<<');
    expect(prompt.match(/Question: /g)).toHaveLength(2);
    const shot = ['Q1?', 'Q2?', 'Q3?'].find((q) => prompt.startsWith(`Question: ${q}`))!;
    expect(task.problems.map((p) => p.question)).not.toContain(shot);
    expect(task.problems.find((p) => p.question === 'Q2?')?.answer ?? '1000').toBe('1000');
    const withTrain = gsm8kTask(parseGsm8k(jsonl), { fewShot: 2, fewShotRecords: parseGsm8k(jsonl), limit: 1 });
    expect(withTrain.problems).toHaveLength(1);
    expect(() => gsm8kTask(parseGsm8k(jsonl), { fewShot: 5, fewShotRecords: parseGsm8k(jsonl) })).toThrow(/only 3 examples/);
  });

  it('reads a local path or an http URL (Node) and reports a missing one', async () => {
    const server = createServer((request, response) => {
      if (request.url === '/test.jsonl') response.writeHead(200).end(jsonl);
      else response.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      expect(await readGsm8k(`${url}/test.jsonl`)).toHaveLength(3);
      expect(await loadGsm8k(`${url}/test.jsonl`)).toHaveLength(3);
      await expect(loadGsm8k(`${url}/missing.jsonl`)).rejects.toThrow(/HTTP 404/);
    } finally {
      server.close();
    }
    await expect(readGsm8k('/nonexistent/gsm8k.jsonl')).rejects.toThrow(/Could not read GSM8K data from \/nonexistent\/gsm8k.jsonl/);
  });

  const testPath = gsm8kPath('test');
  const trainPath = gsm8kPath('train');
  it.skipIf(testPath === null || trainPath === null)(`builds the real test split with train few-shots${testPath === null ? ` (${GSM8K_MISSING})` : ''}`, async () => {
    const task = gsm8kTask(await readGsm8k(testPath!), { fewShot: 3, fewShotRecords: parseGsm8k(readFileSync(trainPath!, 'utf8')), limit: 50 });
    expect(task.problems).toHaveLength(50);
    expect(task.problems[0]!.answer).toBe('18');
    for (const problem of task.problems) expect(task.evaluate(problem, problem.solution!).correct).toBe(true);
  });
});
