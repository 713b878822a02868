import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, DataError, addScoreHead, cpu, savePretrained, useBackend } from '@stagecoach/core';
import { tinyModel } from '@stagecoach/core/testing';
import { RewardModel, lastTokenIndices } from '../../src/index.js';

const root = mkdtempSync(join(tmpdir(), 'stagecoach-reward-model-'));
let reward: RewardModel;

beforeAll(async () => {
  await useBackend(cpu());
  const { model, tokenizer } = tinyModel({ seed: 4 });
  await savePretrained(model, tokenizer, join(root, 'lm'));
  const scored = addScoreHead(model, { seed: 9 });
  model.dispose();
  await savePretrained(scored, tokenizer, join(root, 'reward'));
  scored.dispose();
  reward = await RewardModel.load(join(root, 'reward'), { batchSize: 3 });
});
afterAll(() => {
  reward.dispose();
  rmSync(root, { recursive: true, force: true });
});

describe('RewardModel', () => {
  it('scores a batch of mixed lengths as it scores each alone (padding changes nothing)', async () => {
    const pairs = [
      { prompt: 'What is 2 + 3?', response: '5' },
      { prompt: 'Add 1 and 1.', response: '1 + 1 = 2, so the answer is 2. #### 2' },
      { prompt: '', response: 'hi' },
      { prompt: [{ role: 'user', content: 'Hi there' }], response: 'Hello! How can I help?' },
    ];
    const batch = await reward.scoreBatch(pairs);
    for (const [i, { prompt, response }] of pairs.entries()) expect(batch[i]).toBeCloseTo(await reward.score(prompt, response), 5);
    expect(new Set(batch.map((s) => s.toFixed(6))).size).toBe(4);
  });

  it('reads a chat from the prompt record in rewardFunction (trailing assistant turns dropped)', async () => {
    const messages = [{ role: 'user', content: 'Hi there' }];
    const rewardOf = reward.rewardFunction(reward.tokenizer);
    const chat = await rewardOf('rendered prompt text', 'Hello!', { messages: [...messages, { role: 'assistant', content: 'old answer' }] });
    expect(chat).toBeCloseTo(await reward.score(messages, 'Hello!'), 5);
    expect(await rewardOf('Hi there', 'Hello!', { prompt: 'Hi there' })).toBeCloseTo(await reward.score('Hi there', 'Hello!'), 5);
  });

  it('refuses a language model, a too-long input and a bad chat, saying why', async () => {
    await expect(RewardModel.load(join(root, 'lm'))).rejects.toThrow(/holds a language model, not a reward model/);
    await expect(RewardModel.load(join(root, 'lm'))).rejects.toSatisfy((e: unknown) => ConfigError.isInstance(e));
    await expect(reward.score('x'.repeat(80), 'y')).rejects.toThrow(/scoreBatch\[0\]: the prompt and response take 82 tokens; the reward model reads at most 64/);
    await expect(reward.score([{ role: 'wizard', content: 'x' }], 'y')).rejects.toSatisfy((e: unknown) => DataError.isInstance(e));
  });
});

describe('lastTokenIndices', () => {
  it('finds the rightmost non-pad token as transformers does (a trailing pad-id token is skipped), else the row end', () => {
    expect(Array.from(lastTokenIndices([[5, 6, 7], [5, 9, 9], [9, 9]], 4, 9))).toEqual([2, 0, 0]);
    expect(Array.from(lastTokenIndices([[5, 6, 7], [5]], 3, undefined))).toEqual([2, 0]);
  });
});
