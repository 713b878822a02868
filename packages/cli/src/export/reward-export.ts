import { constantSchedule, readCheckpoint, tokenizerFromFiles } from '@stagecoach/core';
import type { Tokenizer } from '@stagecoach/core';
import { parsePreferenceArray, parsePreferenceJsonl, rewardSequence } from '@stagecoach/rlhf';
import type { PreferencePair, ResolvedRewardConfig } from '@stagecoach/rlhf';
import type { ExportedFile, ExportPlan, ExportSource } from './export-plan.js';
import { PYTHON_REQUIREMENTS } from './python-files.js';
import { adapterRunSettings, readTokenizerFiles, recordRunNotCarried, scheduleCheck } from './export-common.js';
import { hfMoments } from './hf-moments.js';
import { adapterMoments, recordsFile } from './sft-export.js';

/**
 * A reward-model run for TRL's RewardTrainer: the sequence-classification checkpoint (with LoRA: the
 * base, and the adapter whose `modules_to_save` holds the trained score head, loaded trainable), the
 * preference pairs tokenized in train.py as Stagecoach renders them (text: prompt + response + EOS;
 * chats with the checkpoint's chat template) and passed to TRL as `chosen_ids` / `rejected_ids` /
 * `margin`, the Bradley–Terry loss, AdamW moments under PEFT's (or transformers') parameter names.
 */
export async function planRewardExport({ checkpoint, state, totalSteps }: ExportSource): Promise<ExportPlan> {
  const c = state.config as unknown as ResolvedRewardConfig;
  const seqLen = c.seqLen === 0 ? state.model.contextLength : c.seqLen;
  const train = await recordsFile(c.data, 'data/train.jsonl', parsePreferenceArray);
  const valid = c.validData === undefined ? undefined : await recordsFile(c.validData, 'data/valid.jsonl', parsePreferenceArray);
  const tokenizer = tokenizerFromFiles(await readTokenizerFiles(checkpoint));
  const pairs = parsePreferenceJsonl(train.text, train.file.path);
  const chat = pairs.find((pair) => typeof pair.chosen !== 'string');
  const saved = (await readCheckpoint(checkpoint, state.trainer)).tensors;
  const { moments, noDecay } = c.lora === false ? hfMoments(state.model, saved) : await adapterMoments(checkpoint, saved);
  const files: ExportedFile[] = [train.file, ...(valid === undefined ? [] : [valid.file])];
  return {
    script: 'train_reward.py',
    requirements: PYTHON_REQUIREMENTS.sft,
    settings: {
      trainer: 'reward',
      ...adapterRunSettings({ state, config: c, noDecay, totalSteps, perDevice: c.batchSize, evalEvery: c.evalEvery }),
      data: {
        train: [{ path: train.file.path, format: 'jsonl' }],
        validation: valid === undefined ? null : [{ path: valid.file.path, format: 'jsonl' }],
        seq_len: seqLen,
      },
      check: {
        pair_0: tokenizedPair(pairs[0]!, tokenizer, c.chatTemplate),
        ...(chat === undefined ? {} : { chat_pair: tokenizedPair(chat, tokenizer, c.chatTemplate) }),
        lr: scheduleCheck(constantSchedule(c.lr), state.step, totalSteps),
      },
    },
    files,
    moments,
    mapping: [
      ['initFrom + checkpoint weights (score head: score.weight)', 'model/ (sequence-classification folder, num_labels 1) → AutoModelForSequenceClassification'],
      ['lora (r, alpha, targetModules, dropout) and the trained adapter; the score head trained in full', 'model/adapter/ → PeftModel.from_pretrained(is_trainable=True), score in modules_to_save'],
      ['data, validData (prompt/chosen/rejected text or chat records, margin)', 'data/*.jsonl → reward_sequence → {chosen_ids, rejected_ids, margin} (TRL\'s processed format)'],
      ['chat template (the checkpoint\'s tokenizer_config.json; chatTemplate)', 'tokenizer.apply_chat_template, rendered turn by turn'],
      ['the score at the last token that is not padding (config pad_token_id)', 'tokenizer.pad_token = the model\'s pad token (TRL sets config.pad_token_id from it)'],
      ['Bradley–Terry loss −log σ(r_c − r_r − margin)', 'RewardTrainer.compute_loss with the margin column; center_rewards_coefficient=None'],
      [`seqLen (pairs with a longer side left out): ${seqLen}`, `RewardConfig(max_length=${seqLen}) (filters the same pairs)`],
      ['batchSize (pairs per step)', 'per_device_train_batch_size (× processes)'],
      ['lr (constant)', 'learning_rate, a constant LambdaLR'],
      ['weightDecay, AdamW betas (0.9, 0.95), eps', 'torch.optim.AdamW'],
      ['AdamW moments and step t (optimizer.safetensors)', 'optimizer_state.safetensors under PEFT names, loaded into AdamW\'s state'],
      ['maxGradNorm, evalEvery', 'max_grad_norm, eval_steps (+ eval_on_start)'],
      ['metrics accuracy, rewardGap; eval accuracy, meanChosen / meanRejected', 'accuracy, margin; eval_accuracy, eval_mean_reward'],
      ['steps', `max_steps = ${totalSteps} − ${state.step}`],
    ],
    notCarried: recordRunNotCarried(state.step, 'pairs', c.metricsFile),
  };
}

/** One pair as train.py tokenizes it (no cut: train.py's check runs before TRL's length filter). */
function tokenizedPair(pair: PreferencePair, tokenizer: Tokenizer, chatTemplate: string | undefined): Record<string, unknown> {
  const ids = (side: 'chosen' | 'rejected') => rewardSequence(pair.prompt, pair[side], tokenizer, {
    source: pair.source, maxLength: Number.MAX_SAFE_INTEGER, ...(chatTemplate === undefined ? {} : { chatTemplate }),
  }).ids;
  return { chosen_ids: ids('chosen'), rejected_ids: ids('rejected'), margin: pair.margin ?? 0 };
}
