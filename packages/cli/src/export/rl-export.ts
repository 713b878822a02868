import { ConfigError, constantSchedule, readCheckpoint } from '@stagecoach/core';
import type { ResolvedGRPOConfig } from '@stagecoach/rlhf';
import { parsePromptArray } from '@stagecoach/lora';
import type { ExportPlan, ExportSource } from './export-plan.js';
import { PYTHON_REQUIREMENTS } from './python-files.js';
import { adapterRunSettings, scheduleCheck } from './export-common.js';
import { hfMoments } from './hf-moments.js';
import { adapterMoments, recordsFile } from './sft-export.js';

/** What a GRPOTrainer records in trainer_state.json's `config`: its resolved config less the reward (a function). */
type RecordedGrpoConfig = Omit<ResolvedGRPOConfig, 'reward'>;

/** The reward an RL export writes as a Python function (the run's reward function is code, not recorded). */
export interface ExportReward {
  /** The built-in math answer checker (`mathReward`). */
  kind: 'math';
  /** The record field with the reference answer. Default `answer`. */
  answerField?: string;
  /** Reward of a response without a number. Default −0.1. */
  noAnswer?: number;
}

/**
 * A GRPO run for TRL's GRPOTrainer: the policy (base + PEFT adapter, whose disabled state is the
 * reference, as here), the prompt records, the reward as a Python function (the built-in math
 * checker; the run's reward is code, so `reward` must say which), the sampling and update settings.
 */
export async function planGrpoExport({ checkpoint, state, totalSteps }: ExportSource, reward: ExportReward | undefined): Promise<ExportPlan> {
  if (reward?.kind !== 'math') {
    throw new ConfigError(
      'the reward of a GRPO run is a function, which the checkpoint does not record: pass --reward math (the built-in math answer '
      + 'checker, written into the export as a Python function; --answer-field names the record field) to export it.',
    );
  }
  const c = state.config as unknown as RecordedGrpoConfig;
  const prompts = await recordsFile(c.prompts, 'data/prompts.jsonl', parsePromptArray);
  const saved = (await readCheckpoint(checkpoint, state.trainer)).tensors;
  const { moments, noDecay } = c.lora === false ? hfMoments(state.model, saved) : await adapterMoments(checkpoint, saved);
  const samples = c.promptsPerStep * c.groupSize;
  const minibatch = c.miniBatchSize || samples;
  const notCarried = [
    `prompt order: the run stopped at iteration ${state.step} of its seeded order; TRL draws its own`,
    'the run\'s random generator state (other responses are sampled)',
    `klLimit (${c.klLimit} nats per response): TRL does not stop on a KL limit`,
    'prompt records are tokenized by TRL (a text prompt with the tokenizer\'s special tokens; chats with the chat template and the generation prompt)',
  ];
  if (c.lora === false) notCarried.push('the reference policy: TRL copies the model it starts from (this checkpoint), not the run\'s starting model');
  return {
    script: 'train_grpo.py',
    requirements: PYTHON_REQUIREMENTS.sft,
    settings: {
      trainer: 'grpo',
      ...adapterRunSettings({ state, config: c, noDecay, totalSteps, perDevice: c.microBatchSize || minibatch, evalEvery: 0 }),
      data: { train: [{ path: prompts.file.path, format: 'jsonl' }], validation: null },
      grpo: {
        samples_per_step: samples, minibatch, micro_batch: c.microBatchSize || minibatch, epochs: c.epochs, group_size: c.groupSize,
        max_new_tokens: c.maxNewTokens, temperature: c.temperature, top_k: c.topK, top_p: c.topP, kl_coef: c.klCoef, clip_range: c.clipRange,
        scale_rewards: c.scaleRewards, reward: { answer_field: reward.answerField ?? 'answer', no_answer: reward.noAnswer ?? -0.1 },
      },
      check: { lr: scheduleCheck(constantSchedule(c.lr), state.step, totalSteps) },
    },
    files: [prompts.file],
    moments,
    mapping: [
      ['the policy: checkpoint weights (+ LoRA adapter)', 'model/ (+ model/adapter/) → PeftModel.from_pretrained(is_trainable=True)'],
      ['reference policy (LoRA: the adapter disabled)', 'TRL: the adapter disabled'],
      ['prompts (prompt / chat records; other fields reach the reward)', 'data/prompts.jsonl → a "prompt" column, the other columns kept'],
      ['reward: mathReward (isCorrect: #### answer, else the last number)', 'math_reward() in stagecoach_export.py, a TRL reward function'],
      ['groupSize, promptsPerStep', 'num_generations, steps_per_generation × per_device_train_batch_size'],
      ['maxNewTokens, temperature, topK, topP', 'max_completion_length, temperature, top_k, top_p'],
      ['epochs, miniBatchSize, microBatchSize', 'num_iterations, gradient_accumulation_steps, per_device_train_batch_size'],
      ['clipRange, klCoef (k3), scaleRewards', 'epsilon, beta, scale_rewards="group"|"none"'],
      ['loss: token mean of the clipped objective', 'loss_type="dapo"'],
      ['lr (constant), weightDecay, maxGradNorm; AdamW moments', 'learning_rate, torch AdamW with optimizer_state.safetensors, max_grad_norm'],
      ['steps (iterations)', `max_steps = (${totalSteps} − ${state.step}) × ${c.epochs * (samples / minibatch)} optimizer steps per iteration`],
    ],
    notCarried,
  };
}

/**
 * A PPO run, handed over without a training script: TRL 1.13 has no PPO trainer. The policy (with
 * its value head as `v_head.summary.*`), the adapter, the prompts and the settings are exported; the
 * README says what to do with them.
 */
export async function planPpoExport({ state }: ExportSource): Promise<ExportPlan> {
  const c = state.config as unknown as Pick<RecordedGrpoConfig, 'prompts' | 'lora'> & { critic?: string };
  const prompts = await recordsFile(c.prompts, 'data/prompts.jsonl', parsePromptArray);
  const policyAndCritic: Array<[string, string]> = c.critic === 'separate'
    ? [
      ['the policy', 'model/ (Hugging Face folder)'],
      ['the separate critic', 'model/critic/ (sequence-classification folder; its score head is read at every position as the value)'],
    ]
    : [['the policy and its value head', 'model/ (Hugging Face folder; the value head as v_head.summary.*, which AutoModelForCausalLM leaves out)']];
  return {
    requirements: ['peft==0.21.0', 'datasets==5.0.1'],
    settings: { trainer: 'ppo', model_dir: 'model', adapter_dir: c.lora === false ? null : 'model/adapter', start_step: state.step, ppo: state.config },
    files: [prompts.file],
    moments: new Map(),
    mapping: [
      ...policyAndCritic,
      ['the LoRA adapter', 'model/adapter/ (PEFT)'],
      ['prompts', 'data/prompts.jsonl'],
      ['the PPO settings (klCoef, gaeLambda, clip ranges, ...)', 'stagecoach_run.json "ppo"'],
    ],
    notCarried: [
      'PPO training: TRL 1.13 has no PPOTrainer (not in trl.experimental either), so no train.py is written. Continue with GRPO '
      + '(`stagecoach grpo --base <this export\'s model>`, then export that run), or write a PPO loop on the exported policy and value head',
      'the reward function (code, not recorded in the checkpoint) and the AdamW moments',
    ],
  };
}
