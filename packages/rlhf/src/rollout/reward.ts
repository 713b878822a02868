import { TrainingError } from '@stagecoach/core';

/**
 * Scores one response: higher is better. `prompt` is the prompt as the model saw it (a chat record
 * rendered with the chat template), `response` the decoded new text (without the stop token), `record`
 * the prompt's whole dataset record (e.g. its `answer`). May be async (a reward model, a sandbox).
 */
export type RewardFunction = (prompt: string, response: string, record: Record<string, unknown>) => number | Promise<number>;

/** A response to score. */
export interface ScoredSample {
  prompt: string;
  response: string;
  record: Record<string, unknown>;
  /** Where the prompt came from (file:line), for messages. */
  source: string;
}

/**
 * The rewards of `samples`, in order (scored concurrently). `TrainingError` naming the prompt and the
 * response when the function throws or returns a non-finite number: the caller applies nothing.
 */
export async function computeRewards(reward: RewardFunction, samples: readonly ScoredSample[]): Promise<number[]> {
  return Promise.all(samples.map(async (sample) => {
    let value: unknown;
    try {
      value = await reward(sample.prompt, sample.response, sample.record);
    } catch (error) {
      throw new TrainingError(`the reward function threw on ${describe(sample)}: ${(error as Error)?.message ?? String(error)}. The iteration was not applied.`, { cause: error });
    }
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw new TrainingError(
        `the reward function returned ${String(value)} (not a finite number) on ${describe(sample)}. The iteration was not applied; `
        + 'return a finite number for every response (e.g. a penalty such as -1 for an unusable one).',
      );
    }
    return value;
  }));
}

function describe(sample: ScoredSample): string {
  return `the prompt ${clip(sample.prompt)} (${sample.source}) and the response ${clip(sample.response)}`;
}

function clip(text: string): string {
  return JSON.stringify(text.length > 80 ? `${text.slice(0, 77)}...` : text);
}
