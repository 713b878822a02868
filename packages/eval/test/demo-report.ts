import { SeededRandom } from '@stagecoach/core';
import {
  accuracy, arithmeticProblems, EVAL_REPORT_SCHEMA, EVAL_REPORT_VERSION, meanPassAtK,
  type EvalReport, type ItemResult, type TaskResult,
} from '../src/index.js';

/**
 * A report with plausible, internally consistent numbers (base < sft < rl), for renderer and
 * browser tests where untrained tiny models would score 0 everywhere and leave charts empty.
 */
export function demoReport(): EvalReport {
  const random = new SeededRandom(42);
  const models = [
    { name: 'base', skill: 0.15, steps: 0.6, tokens: 48, format: 0.1 },
    { name: 'sft', skill: 0.42, steps: 2.4, tokens: 96, format: 0.93 },
    { name: 'rl', skill: 0.58, steps: 3.1, tokens: 121, format: 0.98 },
  ];
  const problems = arithmeticProblems({ count: 60, difficulty: [1, 2, 3, 4, 5], seed: 1 });
  const results: TaskResult[] = [];
  for (const m of models) {
    const items: ItemResult[] = problems.map((p, i) => {
      const chance = Math.max(0.02, m.skill * (1.3 - 0.15 * (p.difficulty ?? 1)));
      const correctSamples = [0, 1, 2, 3].filter(() => random.nextFloat() < chance).length;
      const correct = random.nextFloat() < chance;
      return {
        // Strict counts a correct answer only when it is written as `#### n` (share `format`, spread over the problems without drawing randomness).
        problemId: p.id, difficulty: p.difficulty ?? null, correct, strictCorrect: correct && ((i * 37) % 100) / 100 < m.format, correctSamples, samples: 4,
        answer: p.answer, tokens: Math.round(m.tokens * (0.7 + 0.6 * random.nextFloat())), steps: Math.round(m.steps + random.nextFloat()),
      };
    });
    const levels = [1, 2, 3, 4, 5];
    results.push({
      model: m.name, task: 'arithmetic', type: 'generative',
      accuracy: accuracy(items.filter((i) => i.correct).length, items.length),
      strictAccuracy: accuracy(items.filter((i) => i.strictCorrect === true).length, items.length), accuracyNormalized: null,
      passAtK: [1, 2, 4].map((k) => ({ k, value: meanPassAtK(items.map((i) => ({ n: 4, c: i.correctSamples })), k) })),
      majAtK: [1, 2, 4].map((k) => ({ k, value: Math.min(1, m.skill * (1 + 0.1 * k)) })),
      byDifficulty: levels.map((difficulty) => {
        const group = items.filter((i) => i.difficulty === difficulty);
        return { difficulty, accuracy: accuracy(group.filter((i) => i.correct).length, group.length) };
      }),
      reasoning: { meanSteps: m.steps, meanTokensBeforeAnswer: m.tokens * 0.8, showsWorkRate: Math.min(1, m.steps / 3) },
      helpfulness: { formatAdherence: m.format, answerRate: Math.min(1, m.format + 0.1), meanReward: m.skill * 2 - 0.5 },
      responseLength: { meanTokens: m.tokens, meanCharacters: m.tokens * 1.1 },
      truncatedPrompts: 0, items,
    });
  }
  for (const m of models) {
    const total = 40;
    const correct = Math.round(total * (0.3 + m.skill * 0.6));
    results.push({
      model: m.name, task: 'arithmetic-choice', type: 'multiple-choice',
      accuracy: accuracy(correct, total), strictAccuracy: null, accuracyNormalized: accuracy(Math.max(0, correct - 3), total),
      passAtK: [], majAtK: [], byDifficulty: [], reasoning: null, helpfulness: null, responseLength: null, truncatedPrompts: 0,
      items: [],
    });
  }
  const first = problems[7]!;
  const second = problems[8]!;
  return {
    schema: EVAL_REPORT_SCHEMA, schemaVersion: EVAL_REPORT_VERSION,
    title: 'Math lab: base → SFT → RL <demo>',
    createdAt: '2026-11-27T23:00:00.000Z',
    settings: { seed: 0, maxNewTokens: 256, temperature: 0.7, topK: 50, topP: null, samples: 4, kValues: [1, 2, 4], batchSize: 8, sampleCount: 2, klProblems: 16, baseline: 'base',
      backend: { tfjs: 'tensorflow', stagecoach: 'node' } },
    models: models.map((m) => ({
      name: m.name, source: `runs/${m.name}`, description: m.name === 'base' ? 'pre-trained on the library' : null, promptFormat: m.name === 'base' ? 'plain' : 'chat',
      config: { family: 'llama', nLayers: 4, dModel: 128, vocabSize: 2048 },
    })),
    tasks: [
      { name: 'arithmetic', type: 'generative', description: 'Synthetic problems, difficulty 1–5.', problemCount: problems.length, settings: { seed: 1, difficulty: '1,2,3,4,5' } },
      { name: 'arithmetic-choice', type: 'multiple-choice', description: 'Four-way multiple choice by log-likelihood.', problemCount: 40, settings: { seed: 1, choices: 4 } },
    ],
    results,
    behaviour: [
      { task: 'arithmetic', baseline: 'base', model: 'sft', meanKl: 0.412, klNote: null, klTokens: 1530, meanResponseTokens: 96, baselineMeanResponseTokens: 48, answerAgreement: 0.31 },
      { task: 'arithmetic', baseline: 'base', model: 'rl', meanKl: 0.655, klNote: null, klTokens: 1874, meanResponseTokens: 121, baselineMeanResponseTokens: 48, answerAgreement: 0.27 },
    ],
    samples: [first, second].map((p) => ({
      task: 'arithmetic', problemId: p.id, question: p.question, reference: p.answer,
      responses: [
        { model: 'base', text: `${p.question} What is the answer? The answer is the number of <things> & stuff`, answer: null, correct: false },
        { model: 'sft', text: (p.solution ?? '').replace(/#### .*/, '#### 7'), answer: '7', correct: p.answer === '7' },
        { model: 'rl', text: p.solution ?? '', answer: p.answer, correct: true },
      ],
    })),
    trainingCurves: [
      { model: 'sft', metric: 'loss', points: Array.from({ length: 30 }, (_, i) => ({ step: i * 10, value: 2.8 * Math.exp(-i / 9) + 0.6 + 0.05 * Math.sin(i) })) },
      { model: 'rl', metric: 'reward', points: Array.from({ length: 30 }, (_, i) => ({ step: i * 10, value: 0.2 + 0.5 * (1 - Math.exp(-i / 8)) })) },
      { model: 'rl', metric: 'loss', points: Array.from({ length: 30 }, (_, i) => ({ step: 300 + i * 10, value: 0.9 - 0.2 * (1 - Math.exp(-i / 10)) })) },
    ],
    timing: models.flatMap((m) => [
      { model: m.name, task: 'arithmetic', problems: 60, seconds: 12.5, problemsPerSecond: 4.8 },
      { model: m.name, task: 'arithmetic-choice', problems: 40, seconds: 2, problemsPerSecond: 20 },
    ]),
  };
}
