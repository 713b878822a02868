/**
 * RL iterations: rollout tokens/s (batched `generate` with the KV cache) and the time split of a GRPO
 * and a PPO iteration (with the value head, and with a separate critic) into rollout / scoring (rewards + the policy's and reference's batched forwards) /
 * update, with LoRA r 8, on the node backend (cpu when it does not start). The reward is cheap (it
 * counts letters), so the split is the library's own cost. Iterations after the first are averaged.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cpu, useBackend } from '../packages/core/src/backends/index.js';
import { node } from '../packages/backend-node/src/index.js';
import { Transformer } from '../packages/core/src/model/index.js';
import { savePretrained } from '../packages/core/src/pretrained/index.js';
import { byteTokenizer } from '../packages/core/src/tokenizers/index.js';
import { GRPOTrainer, PPOTrainer } from '../packages/rlhf/src/index.js';
import type { RLOptions } from '../packages/rlhf/src/index.js';
import type { BenchOptions, BenchRecord } from './record.js';

interface Case {
  preset: 'llama-tiny' | 'gpt2-small-lab';
  prompts: number;
  maxNewTokens: number;
  steps: number;
}

const PROMPTS = Array.from({ length: 16 }, (_, i) => ({ prompt: `Question ${i}: name a word.` }));
const letters = (_prompt: string, response: string): number => (response.match(/[a-z]/g) ?? []).length / Math.max(1, response.length);

type Kind = 'grpo' | 'ppo' | 'ppo-critic';

async function measure(backendName: string, c: Case, kind: Kind, modelDir: string): Promise<BenchRecord[]> {
  const common: RLOptions = {
    initFrom: modelDir, prompts: PROMPTS, reward: letters, promptsPerStep: c.prompts, maxNewTokens: c.maxNewTokens,
    steps: c.steps, lr: 1e-4, lora: { r: 8, alpha: 16, targetModules: 'all-linear' }, seed: 0,
  };
  // GRPO: promptsPerStep / 4 prompts × 4 samples, one update; PPO: promptsPerStep prompts, 2 epochs of 2 minibatches
  // (ppo-critic: with a separate critic model, trained in full, instead of the value head).
  const trainer = kind === 'grpo'
    ? new GRPOTrainer({ ...common, promptsPerStep: Math.max(1, c.prompts / 4), groupSize: 4 })
    : new PPOTrainer({ ...common, epochs: 2, miniBatchSize: Math.max(1, c.prompts / 2), ...(kind === 'ppo-critic' ? { critic: 'separate' as const } : {}) });
  const split = { rolloutMs: 0, scoringMs: 0, updateMs: 0, tokens: 0, n: 0 };
  trainer.on('step', (e) => {
    if (e.step === 1) return; // warm-up
    split.rolloutMs += e.metrics.rolloutMs!;
    split.scoringMs += e.metrics.scoringMs!;
    split.updateMs += e.metrics.updateMs!;
    split.tokens += e.tokens;
    split.n += 1;
  });
  await trainer.train();
  trainer.dispose();
  const config = `${c.preset} ${kind} ${c.prompts} samples x ${c.maxNewTokens} new tokens, LoRA r8`;
  const per = (ms: number) => ms / split.n;
  const tokensPerSec = split.tokens / (split.rolloutMs / 1000);
  process.stderr.write(
    `bench rl: ${backendName} ${config}: rollout ${per(split.rolloutMs).toFixed(0)} ms (${tokensPerSec.toFixed(0)} tokens/s), `
    + `scoring ${per(split.scoringMs).toFixed(0)} ms, update ${per(split.updateMs).toFixed(0)} ms\n`,
  );
  return [
    { bench: `${kind}-iteration`, backend: backendName, config, metric: 'rollout_tokens_per_sec', value: tokensPerSec, unit: 'tokens/s' },
    { bench: `${kind}-iteration`, backend: backendName, config, metric: 'rollout_ms', value: per(split.rolloutMs), unit: 'ms' },
    { bench: `${kind}-iteration`, backend: backendName, config, metric: 'scoring_ms', value: per(split.scoringMs), unit: 'ms' },
    { bench: `${kind}-iteration`, backend: backendName, config, metric: 'update_ms', value: per(split.updateMs), unit: 'ms' },
  ];
}

export async function run(options: BenchOptions): Promise<BenchRecord[]> {
  const cases: Case[] = options.quick
    ? [{ preset: 'llama-tiny', prompts: 8, maxNewTokens: 16, steps: 2 }]
    : [
      { preset: 'llama-tiny', prompts: 16, maxNewTokens: 32, steps: 4 },
      { preset: 'gpt2-small-lab', prompts: 8, maxNewTokens: 32, steps: 3 },
    ];
  let backendName = 'node';
  try {
    await useBackend(node());
  } catch (error) {
    process.stderr.write(`bench rl: node backend unavailable (${(error as Error).message}); using cpu\n`);
    await useBackend(cpu());
    backendName = 'cpu';
  }
  const root = mkdtempSync(join(tmpdir(), 'stagecoach-bench-rl-'));
  const records: BenchRecord[] = [];
  try {
    for (const c of cases) {
      const dir = join(root, c.preset);
      const model = new Transformer({ preset: c.preset } as never, { seed: 0 });
      await savePretrained(model, byteTokenizer(), dir);
      model.dispose();
      for (const kind of ['grpo', 'ppo', 'ppo-critic'] as const) records.push(...(await measure(backendName, c, kind, dir)));
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
    await useBackend(cpu());
  }
  return records;
}
