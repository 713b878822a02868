// Quick look at a stage's model: greedy accuracy on the first N held-out problems, and one sample answer.
import { useBackend } from '@stagecoach/core';
import { node } from '@stagecoach/backend-node';
import { generateResponses, gradeNumericAnswer } from '@stagecoach/eval';
import { loadStageModel } from '../src/stages/load-model.js';
import { testProblems, userTurn } from '../src/problems/splits.js';
await useBackend(node());
const [folder, n = '30', temp = '0'] = process.argv.slice(2);
const { model, tokenizer } = await loadStageModel(folder!);
const problems = testProblems(0, 300).slice(0, Number(n));
const out = await generateResponses({ model, tokenizer, promptFormat: 'chat' }, problems.map(userTurn),
  { maxNewTokens: 90, temperature: Number(temp), topK: null, topP: null, batchSize: 50, seed: 1 }, []);
const byLevel: Record<number, number[]> = {};
out.forEach((r, i) => { const p = problems[i]!; (byLevel[p.difficulty!] ??= []).push(gradeNumericAnswer(p.answer, r.text).correct ? 1 : 0); });
console.log(Object.entries(byLevel).map(([l, v]) => `L${l} ${v.reduce((a, b) => a + b, 0)}/${v.length}`).join(' '));
console.log(problems[2]!.question, '\n', out[2]!.text);
model.dispose();
