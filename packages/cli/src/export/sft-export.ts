import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  CheckpointError, constantSchedule, loadPretrained, readCheckpoint, tensorFromFloat32, tf, toFloat32, tokenizerFromFiles,
} from '@stagecoach/core';
import type { SafetensorsTensor } from '@stagecoach/core';
import { adapterTensors, loadAdapter, parseSftArray, parseSftJsonl, tokenizeSftRecord } from '@stagecoach/lora';
import type { ResolvedSFTConfig } from '@stagecoach/lora';
import type { ExportedFile, ExportPlan, ExportSource } from './export-plan.js';
import { PYTHON_REQUIREMENTS } from './python-files.js';
import { decays, hfMoments, MOMENT_NAMES, type SavedMoments } from './hf-moments.js';
import { adapterRunSettings, readTokenizerFiles, recordRunNotCarried, scheduleCheck } from './export-common.js';

/** What an SFTTrainer records in trainer_state.json's `config` (records given in memory included). */
type RecordedSftConfig = ResolvedSFTConfig;

/**
 * An SFT run for TRL's SFTTrainer: the base with the trained PEFT adapter (loaded trainable), the
 * records tokenized as Stagecoach does (prompt with the tokenizer's special tokens, completion + EOS
 * learned; chats rendered turn by turn with the checkpoint's chat template), completion-only loss,
 * AdamW moments under PEFT's parameter names.
 */
export async function planSftExport({ checkpoint, state, totalSteps }: ExportSource): Promise<ExportPlan> {
  const c = state.config as unknown as RecordedSftConfig;
  const seqLen = c.seqLen === 0 ? state.model.contextLength - 1 : c.seqLen;
  const train = await recordsFile(c.data, 'data/train.jsonl');
  const valid = c.validData === undefined ? undefined : await recordsFile(c.validData, 'data/valid.jsonl');
  const tokenizer = tokenizerFromFiles(await readTokenizerFiles(checkpoint));
  const first = parseSftJsonl(train.text, 'data')[0]!;
  const example = tokenizeSftRecord(first, tokenizer, Number.MAX_SAFE_INTEGER);
  const saved = (await readCheckpoint(checkpoint, state.trainer)).tensors;
  const { moments, noDecay } = c.lora === false ? hfMoments(state.model, saved) : await adapterMoments(checkpoint, saved);
  const notCarried = recordRunNotCarried(state.step, 'records', c.metricsFile);
  if (c.packing) {
    notCarried.push('packing: TRL packs with best-fit decreasing (padding-free rows, each record attending only to itself) where Stagecoach packs records in order; the rows hold other groups of records');
  }
  const files: ExportedFile[] = [train.file, ...(valid === undefined ? [] : [valid.file])];
  return {
    script: 'train_sft.py',
    requirements: PYTHON_REQUIREMENTS.sft,
    settings: {
      trainer: 'sft',
      ...adapterRunSettings({ state, config: c, noDecay, totalSteps, perDevice: c.batchSize, evalEvery: c.evalEvery }),
      data: {
        train: [{ path: train.file.path, format: 'jsonl' }],
        validation: valid === undefined ? null : [{ path: valid.file.path, format: 'jsonl' }],
        seq_len: seqLen,
        packing: c.packing,
      },
      check: {
        example_0: { input_ids: example.ids, completion_mask: example.learn },
        lr: scheduleCheck(constantSchedule(c.lr), state.step, totalSteps),
      },
    },
    files,
    moments,
    mapping: [
      ['initFrom + checkpoint weights', 'model/ (Hugging Face folder: the frozen base) → AutoModelForCausalLM'],
      ['lora (r, alpha, targetModules, dropout, ...) and the trained adapter', 'model/adapter/ → PEFT LoraConfig, PeftModel.from_pretrained(is_trainable=True)'],
      ['data, validData (prompt/completion or chat records)', 'data/*.jsonl → tokenize_sft_record → {input_ids, completion_mask}'],
      ['chat template (the checkpoint\'s tokenizer_config.json)', 'tokenizer.apply_chat_template, rendered turn by turn'],
      ['loss on completion / assistant tokens only', 'SFTConfig(completion_only_loss=True) with completion_mask'],
      ['seqLen (records cut to seqLen + 1 tokens)', `SFTConfig(max_length=${seqLen + 1}, truncation_mode="keep_start")`],
      ['packing', 'SFTConfig(packing=..., packing_strategy="bfd")'],
      ['batchSize', 'per_device_train_batch_size (× processes)'],
      ['lr (constant)', 'learning_rate, a constant LambdaLR'],
      ['weightDecay, AdamW betas (0.9, 0.95), eps', 'torch.optim.AdamW'],
      ['AdamW moments and step t (optimizer.safetensors)', 'optimizer_state.safetensors under PEFT names, loaded into AdamW\'s state'],
      ['maxGradNorm, evalEvery', 'max_grad_norm, eval_steps (+ eval_on_start)'],
      ['steps', `max_steps = ${totalSteps} − ${state.step}`],
    ],
    notCarried,
  };
}

/**
 * The records as a JSONL file of the export: the run's file copied, or records recorded in the config
 * written out (checked by `check` first: SFT and prompt records by default).
 */
export async function recordsFile(
  data: string | readonly unknown[],
  path: string,
  check: (records: readonly unknown[], name: string) => unknown = parseSftArray,
): Promise<{ text: string; file: ExportedFile }> {
  if (typeof data === 'string') return { text: await readFile(data, 'utf8'), file: { path, from: data } };
  check(data, path);
  const text = `${data.map((record) => JSON.stringify(record)).join('\n')}\n`;
  return { text, file: { path, content: text } };
}

/**
 * The LoRA adapter's moments under PEFT's tensor names: each moment is put in place of the adapter's
 * weights and read back through `adapterTensors` (PEFT names and layouts: A `[r, in]`, GPT-2's q, k, v
 * as one c_attn adapter), and the same for a decay marker (1 = decayed) to name the others.
 */
export async function adapterMoments(checkpoint: string, saved: SavedMoments): Promise<{ moments: Map<string, SafetensorsTensor>; noDecay: string[] }> {
  const { model } = await loadPretrained(checkpoint);
  try {
    const lora = await loadAdapter(model, join(checkpoint, 'adapter'));
    const params = lora.trainableParams();
    const read = async (fill: (name: string, p: tf.Variable) => tf.Tensor): Promise<Array<[string, SafetensorsTensor]>> => {
      tf.tidy(() => {
        for (const [name, p] of params) p.assign(fill(name, p));
      });
      const out: Array<[string, SafetensorsTensor]> = [];
      for (const [key, t] of adapterTensors(lora)) {
        out.push([key, tensorFromFloat32((await t.data()) as Float32Array, t.shape)]);
        t.dispose();
      }
      return out;
    };
    const moments = new Map<string, SafetensorsTensor>();
    for (const suffix of MOMENT_NAMES) {
      const values = await read((name, p) => {
        const m = saved.get(`${name}.${suffix}`);
        if (m === undefined) throw new CheckpointError(`${checkpoint}/optimizer.safetensors has no "${name}.${suffix}": the checkpoint is damaged.`);
        return tf.tensor(m.data, p.shape, 'float32');
      });
      for (const [key, t] of values) moments.set(`${key}.${suffix}`, t);
    }
    const markers = await read((name, p) => tf.fill(p.shape, decays(name, p.shape) ? 1 : 0));
    const noDecay = markers.filter(([, t]) => !toFloat32(t).some((v) => v !== 0)).map(([key]) => key);
    return { moments, noDecay };
  } finally {
    model.dispose(); // frees the adapter's variables too
  }
}
