/**
 * Each stage's data and trainer settings, without where files live: the Node lab (`stages/*.ts`)
 * fills in folders and JSONL files, the browser lab (`examples/browser-lab`) OPFS folders and
 * in-memory data. Browser-safe: no `node:` imports.
 */
import type { MidTrainerConfig, PretrainerConfig, RunOptions, SourceSpec, Tokenizer } from '@stagecoach/core';
import type { SFTConfig } from '@stagecoach/lora';
import type { GRPOConfig, PPOConfig, RewardConfig } from '@stagecoach/rlhf';
import { chatShapedText, trainDigitTokenizer } from '../corpus/digit-tokenizer.js';
import { numbersCorpus } from '../corpus/numbers-corpus.js';
import { textbookCorpus } from '../corpus/textbook-corpus.js';
import { answerReward } from '../problems/answer-reward.js';
import { preferencePairs, type PreferenceRecord } from '../problems/preferences.js';
import { trainingProblems, userTurn } from '../problems/splits.js';
import type { LabPreset } from '../presets.js';

/** The run fields each lab sets itself (folders, seed, resume). */
type RunFields = keyof Omit<RunOptions, 'steps' | 'checkpointEvery' | 'keepCheckpoints'>;

/** Stage 1's library: one plain-text document per entry. */
export function libraryDocuments(preset: LabPreset, seed: number): string[] {
  return numbersCorpus(seed, preset.pretrain.documents);
}

/** The lab's tokenizer: BPE over the library plus chat-shaped practice text, digits kept single. */
export function labTokenizer(preset: LabPreset, seed: number, library: readonly string[]): Promise<Tokenizer> {
  const dialogue = trainingProblems(seed, 9, 200, preset.eval.problems).map((p) => chatShapedText(userTurn(p), p.solution!));
  return trainDigitTokenizer([...library, ...dialogue], preset.vocabSize);
}

/** Stage 1's trainer settings; `data` is the library (a file, or the documents as a source). */
export function pretrainConfig(preset: LabPreset, parts: { data: PretrainerConfig['data']; tokenizer: Tokenizer }): Omit<PretrainerConfig, RunFields> {
  return {
    model: { family: 'llama', ...preset.model, vocabSize: parts.tokenizer.vocabSize, contextLength: preset.contextLength, ropeTheta: 10000 },
    data: parts.data,
    tokenizer: parts.tokenizer,
    steps: preset.pretrain.steps,
    seqLen: preset.contextLength,
    batchSize: preset.pretrain.batchSize,
    lr: preset.pretrain.lr,
    evalEvery: 0,
    checkpointEvery: Math.max(10, Math.round(preset.pretrain.steps / 5)),
  };
}

/** Stage 2's textbook: longer, multi-step worked sums. */
export function textbookDocuments(preset: LabPreset, seed: number): string[] {
  return textbookCorpus(seed, preset.mid.documents);
}

/** Stage 2's trainer settings: the textbook with a replay share of the library, context doubled. */
export function midConfig(
  preset: LabPreset,
  parts: { initFrom: string; textbook: SourceSpec; library: SourceSpec },
): Omit<MidTrainerConfig, RunFields> & { initFrom: string } {
  const contextLength = 2 * preset.contextLength;
  return {
    initFrom: parts.initFrom,
    data: [
      { source: parts.textbook, weight: 1 - preset.mid.replay, name: 'textbook' },
      { source: parts.library, weight: preset.mid.replay, name: 'replay' },
    ],
    extendContext: { length: contextLength, method: 'linear' },
    seqLen: contextLength,
    steps: preset.mid.steps,
    batchSize: preset.mid.batchSize,
    lr: preset.mid.lr,
    evalEvery: 0,
    checkpointEvery: Math.max(10, Math.round(preset.mid.steps / 4)),
  };
}

/** Stage 3's tutor chats: a question and a worked answer ending with `#### <answer>`. */
export function sftRecords(preset: LabPreset, seed: number): { messages: { role: string; content: string }[] }[] {
  return trainingProblems(seed, 1, preset.sft.examples, preset.eval.problems).map((p) => ({
    messages: [{ role: 'user', content: userTurn(p) }, { role: 'assistant', content: p.solution! }],
  }));
}

/** Stage 3's trainer settings (LoRA on every linear layer). */
export function sftConfig(preset: LabPreset, parts: { initFrom: string; data: SFTConfig['data'] }): Omit<SFTConfig, RunFields> & { initFrom: string } {
  return {
    initFrom: parts.initFrom,
    data: parts.data,
    steps: preset.sft.steps,
    batchSize: preset.sft.batchSize,
    seqLen: preset.sft.seqLen,
    lr: preset.sft.lr,
    lora: { r: preset.sft.loraRank, alpha: preset.sft.loraRank, targetModules: 'all-linear' },
    checkpointEvery: Math.max(10, Math.round(preset.sft.steps / 4)),
  };
}

/** The helpfulness reward model's preference pairs. */
export function rewardPairs(preset: LabPreset, seed: number): PreferenceRecord[] {
  return preferencePairs(seed, preset.reward.pairs, preset.eval.problems);
}

/** The helpfulness reward model's trainer settings. */
export function rewardConfig(preset: LabPreset, parts: { initFrom: string; data: RewardConfig['data'] }): Omit<RewardConfig, RunFields> & { initFrom: string } {
  return {
    initFrom: parts.initFrom,
    data: parts.data,
    steps: preset.reward.steps,
    batchSize: preset.reward.batchSize,
    seqLen: preset.reward.seqLen,
    lr: preset.reward.lr,
    lora: { r: 8, alpha: 8, targetModules: 'all-linear' },
    checkpointEvery: Math.max(10, Math.round(preset.reward.steps / 2)),
  };
}

/** Stage 4's trainer, by method: GRPO (groups of answers per question) or PPO (one answer each, a value head). */
export type RlStageConfig =
  | { method: 'grpo'; config: Omit<GRPOConfig, RunFields> & { initFrom: string } }
  | { method: 'ppo'; config: Omit<PPOConfig, RunFields> & { initFrom: string } };

/** Stage 4's trainer settings: practice questions, the answer reward, a KL penalty to the SFT model. */
export function rlConfig(preset: LabPreset, seed: number, method: 'grpo' | 'ppo', parts: { initFrom: string }): RlStageConfig {
  // GRPO samples groupSize answers to each prompt; PPO one answer to each of as many prompts.
  const promptsPerStep = preset.rl.promptsPerStep * (method === 'ppo' ? preset.rl.groupSize : 1);
  const problems = trainingProblems(seed, 2, preset.rl.steps * promptsPerStep, preset.eval.problems);
  const prompts = problems.map((p) => ({ messages: [{ role: 'user', content: userTurn(p) }], answer: p.answer, difficulty: p.difficulty }));
  const shared = {
    initFrom: parts.initFrom,
    prompts,
    reward: (_prompt: string, response: string, record: Record<string, unknown>) => answerReward(String(record['answer']), response),
    maxNewTokens: preset.rl.maxNewTokens,
    temperature: preset.rl.temperature,
    klCoef: preset.rl.klCoef,
    lr: preset.rl.lr,
    steps: preset.rl.steps,
    lora: { r: preset.sft.loraRank, alpha: preset.sft.loraRank, targetModules: 'all-linear' as const },
    checkpointEvery: Math.max(5, Math.round(preset.rl.steps / 4)),
  };
  return method === 'ppo'
    ? { method, config: { ...shared, promptsPerStep } }
    : { method, config: { ...shared, groupSize: preset.rl.groupSize, promptsPerStep: preset.rl.promptsPerStep } };
}
