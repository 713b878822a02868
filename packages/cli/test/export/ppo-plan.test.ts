import { describe, expect, it } from 'vitest';
import type { TrainerState } from '@stagecoach/core';
import { planPpoExport } from '../../src/export/rl-export.js';

const prompts = [{ prompt: 'What is 2 + 3?' }];

async function mappingFor(critic: 'shared' | 'separate'): Promise<string[]> {
  const state = { step: 4, config: { prompts, lora: false, critic } } as unknown as TrainerState;
  const plan = await planPpoExport({ checkpoint: 'unused', state, totalSteps: 8 });
  return plan.mapping.map(([what, where]) => `${what} → ${where}`);
}

describe('PPO export plan', () => {
  it('names the value head on the policy when the critic is shared', async () => {
    const mapping = await mappingFor('shared');
    expect(mapping.some((row) => row.startsWith('the policy and its value head'))).toBe(true);
    expect(mapping.some((row) => row.includes('critic'))).toBe(false);
  });

  it('names the separate critic folder the checkpoint copy brings along', async () => {
    const mapping = await mappingFor('separate');
    expect(mapping).toContain('the policy → model/ (Hugging Face folder)');
    expect(mapping.some((row) => row.startsWith('the separate critic → model/critic/'))).toBe(true);
  });
});

describe('RL export prompts', () => {
  it('names the record when an inline prompt has no text', async () => {
    const state = { step: 1, config: { prompts: [{ question: 'x' }], lora: false } } as unknown as TrainerState;
    await expect(planPpoExport({ checkpoint: 'unused', state, totalSteps: 2 })).rejects.toThrow(/data\/prompts\.jsonl\[0\]/);
  });
});
