/** What the evaluation compares and on which problems; browser-safe (the browser lab evaluates with it too). */
import { questionAnswerTask, type Task } from '@stagecoach/eval';
import type { StageName } from '../options.js';
import { testProblems } from '../problems/splits.js';

/** The models compared, the stage that made each, and how each is prompted. */
export const LAB_MODELS: readonly { name: StageName; description: string; promptFormat: 'plain' | 'chat' }[] = [
  { name: 'base', description: 'pre-trained on the number library', promptFormat: 'plain' },
  { name: 'mid', description: 'mid-trained on the multi-step textbook, context extended', promptFormat: 'plain' },
  { name: 'sft', description: 'fine-tuned (LoRA) on tutor chats', promptFormat: 'chat' },
  { name: 'rl', description: 'reinforcement-trained on the answer reward', promptFormat: 'chat' },
];

/** The held-out addition problems as a task (the same prompts for every model). */
export function additionTask(seed: number, count: number): Task {
  return questionAnswerTask({
    name: 'addition',
    description: `${count} held-out addition word problems, 3 levels (1: 1-digit + 1-digit, 2: 2-digit + 1-digit, 3: 2-digit + 2-digit).`,
    problems: testProblems(seed, count),
    settings: { seed, count },
  });
}
