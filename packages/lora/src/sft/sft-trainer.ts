import { ConfigError, DEFAULT_CHAT_TEMPLATE, DataError, Trainer, modelFiles, optimizerStep, tf } from '@stagecoach/core';
import type { ActiveRun, BuiltRun, EvalEvent, RunStart, StepResult, StorageFiles, TokenBatch, Tokenizer } from '@stagecoach/core';
import { adapterFiles, loadAdapter } from '../adapter-files.js';
import { applyLora } from '../lora-model.js';
import type { LoraModel } from '../lora-model.js';
import { epochOrder } from './epoch-order.js';
import { packSftExamples, sftBatch } from './sft-batch.js';
import type { PackedSftBatch } from './sft-batch.js';
import { resolveSFTConfig } from './sft-config.js';
import { checkSftEvalTaskFor, recordedEvalTask, runSftEvalTask } from './sft-eval-task.js';
import type { ResolvedSFTConfig, SFTConfig } from './sft-config.js';
import { parseSftArray, parseSftJsonl, readDatasetText } from './sft-records.js';
import { tokenizeSftRecord } from './sft-tokenize.js';
import type { SftExample } from './sft-tokenize.js';

/** Where the data order stands: epoch (each shuffled from the seed) and position in it. */
interface SftCursor {
  epoch: number;
  position: number;
}

/** What the SFT checkpoint adds to trainer_state.json. */
interface SftExtras {
  cursor: SftCursor;
}

/** What tokenizing the data did, reported in `SFTTrainer.dataSummary`. */
export interface SftDataSummary {
  examples: number;
  /** Examples cut to fit `seqLen` (never silently). */
  truncated: number;
  /** Tokens cut off in all. */
  truncatedTokens: number;
  /** Examples left with no completion token after the cut, and so skipped. */
  skipped: number;
  validExamples: number;
}

interface SftParts {
  examples: SftExample[];
  valid: SftExample[];
  cursor: SftCursor;
  seqLen: number;
  lora?: LoraModel;
  summary: SftDataSummary;
}

const ADAPTER_DIR = 'adapter/';
const MERGED_DIR = 'merged/';
const TOKENIZER_CONFIG_FILE = 'tokenizer_config.json';

/**
 * Supervised fine-tuning (TRL's `SFTTrainer`) on core's run scaffolding: prompt/completion or chat
 * records, loss on completion / assistant tokens only, right-padded or packed rows, LoRA or full
 * fine-tuning, held-out loss, checkpoints that hold the adapter (`adapter/`, PEFT format) beside the
 * frozen base and the trainer state, so a resume continues exactly.
 */
export class SFTTrainer extends Trainer<ResolvedSFTConfig, SftParts, SftExtras> {
  protected readonly kind = 'sft';

  constructor(config: SFTConfig) {
    super(resolveSFTConfig(config));
  }

  /** The adapter being trained (undefined for full fine-tuning), after `init`. */
  get lora(): LoraModel | undefined {
    return this.run.parts.lora;
  }

  /** What tokenizing the data did (examples, truncations), after `init`. */
  get dataSummary(): SftDataSummary {
    return this.run.parts.summary;
  }

  protected async build({ loaded, saved, checkpoint }: RunStart<SftExtras>): Promise<BuiltRun<SftParts>> {
    const c = this.config;
    if (loaded === undefined) throw new ConfigError('SFTConfig.initFrom is required: the base model folder to fine-tune.');
    const { model, tokenizer } = loaded;
    const seqLen = c.seqLen === 0 ? model.config.contextLength - 1 : c.seqLen;
    if (seqLen + 1 > model.config.contextLength) {
      throw new ConfigError(`SFTConfig.seqLen (${seqLen}) + 1 exceeds the model's contextLength (${model.config.contextLength}).`);
    }
    if (c.evalTask !== undefined) checkSftEvalTaskFor(c.evalTask, model, tokenizer);
    const train = await tokenizeAll(c.data, 'data', tokenizer, seqLen, c.chatTemplate);
    const valid = c.validData === undefined ? undefined : await tokenizeAll(c.validData, 'validData', tokenizer, seqLen, c.chatTemplate);
    let lora: LoraModel | undefined;
    if (c.lora !== false) {
      lora = saved !== undefined && checkpoint !== undefined ? await loadAdapter(model, `${checkpoint}/${ADAPTER_DIR}`) : applyLora(model, { seed: c.seed, ...c.lora });
    }
    return {
      model,
      tokenizer,
      optimizer: { weightDecay: c.weightDecay },
      ...(lora === undefined ? {} : { params: lora.trainableParams() }),
      // The configured seqLen (0: the model's context − 1, which the architecture check pins), as trainer_state.json records it.
      identity: { fields: { seqLen: c.seqLen, batchSize: c.batchSize, packing: c.packing, seed: c.seed, examples: train.examples.length } },
      parts: {
        examples: train.examples,
        valid: valid?.examples ?? [],
        cursor: saved?.cursor ?? { epoch: 0, position: 0 },
        seqLen,
        ...(lora === undefined ? {} : { lora }),
        summary: { ...train.summary, validExamples: valid?.examples.length ?? 0 },
      },
    };
  }

  protected async trainStep({ model, optimizer, params, parts, step, random }: ActiveRun<SftParts>): Promise<StepResult> {
    const c = this.config;
    const batch = this.nextBatch(parts);
    const tensors = batchTensors(batch);
    // Dropout masks draw from the run's generator: checkpoints save its state, so a resume is exact.
    parts.lora?.train(true, random);
    try {
      const result = await optimizerStep({
        params, optimizer, lr: c.lr, maxGradNorm: c.maxGradNorm, microBatches: [{ tokens: batch.tokens }], step,
        loss: () => model.loss(tensors.ids, tensors.targets, tensors.mask, tensors.options),
      });
      return { loss: result.loss, gradNorm: result.gradNorm, tokens: result.tokens, lr: c.lr };
    } finally {
      parts.lora?.train(false);
      tensors.dispose();
    }
  }

  /**
   * Mean loss over the held-out completion tokens (NaN without `validData`), and with `evalTask` the
   * task's accuracy and 95% interval in `metrics`.
   */
  override async evaluate(step = this.stepCount): Promise<EvalEvent> {
    const { model, parts, tokenizer } = this.run;
    let lossSum = 0;
    let tokens = 0;
    for (let i = 0; i < parts.valid.length; i += this.config.batchSize) {
      const batch = sftBatch(parts.valid.slice(i, i + this.config.batchSize), parts.seqLen, padId(this.run.tokenizer));
      if (batch.tokens === 0) continue;
      const tensors = batchTensors(batch);
      const loss = tf.tidy(() => model.loss(tensors.ids, tensors.targets, tensors.mask));
      lossSum += (await loss.data())[0]! * batch.tokens;
      tokens += batch.tokens;
      loss.dispose();
      tensors.dispose();
    }
    const valLoss = tokens === 0 ? NaN : lossSum / tokens;
    const task = this.config.evalTask;
    const metrics = task === undefined ? {} : await runSftEvalTask(task, model, tokenizer, chatTemplateOf(tokenizer, this.config.chatTemplate));
    return { step, valLoss, perplexity: Math.exp(valLoss), bitsPerByte: NaN, tokens, metrics };
  }

  protected override evalEvery(): number {
    return this.config.validData === undefined && this.config.evalTask === undefined ? 0 : this.config.evalEvery;
  }

  /** The config as trainer_state.json records it: the eval task by name and settings, not its problems. */
  protected override recordedConfig(): Record<string, unknown> {
    const recorded = super.recordedConfig();
    const task = this.config.evalTask;
    return task === undefined ? recorded : { ...recorded, evalTask: recordedEvalTask(task) };
  }

  protected stateExtras({ parts }: ActiveRun<SftParts>): SftExtras {
    return { cursor: { ...parts.cursor } };
  }

  /**
   * The adapter under `adapter/`, and for a tokenizer without a chat template the template the chat
   * records were rendered with, in `tokenizer_config.json` (so the checkpoint chats as it was trained).
   */
  protected override async checkpointFiles({ parts, tokenizer }: ActiveRun<SftParts>): Promise<StorageFiles> {
    const files: StorageFiles = {};
    const template = chatTemplateOf(tokenizer, this.config.chatTemplate);
    if (template !== undefined) files[TOKENIZER_CONFIG_FILE] = JSON.stringify({ ...tokenizer.tokenizerConfig(), chat_template: template }, null, 2);
    if (parts.lora === undefined) return files;
    const adapter = await adapterFiles(parts.lora, this.config.initFrom === undefined ? {} : { baseModelNameOrPath: this.config.initFrom }, ADAPTER_DIR);
    return { ...files, ...adapter, ...(this.config.saveMerged ? await mergedFiles(parts.lora, tokenizer, files[TOKENIZER_CONFIG_FILE]) : {}) };
  }

  /** The next rows: `batchSize` examples (padded), or as many as pack into `batchSize` rows. */
  private nextBatch(parts: SftParts): TokenBatch | PackedSftBatch {
    const { batchSize, packing } = this.config;
    const pad = padId(this.run.tokenizer);
    if (!packing) return sftBatch(Array.from({ length: batchSize }, () => this.nextExample(parts)), parts.seqLen, pad);
    const chosen: SftExample[] = [];
    let rows = 0;
    let used = parts.seqLen;
    for (;;) {
      const next = this.peekExample(parts);
      const n = Math.min(next.ids.length - 1, parts.seqLen);
      const newRow = used + n > parts.seqLen;
      if (newRow && rows === batchSize) break;
      this.nextExample(parts);
      chosen.push(next);
      if (newRow) {
        rows += 1;
        used = 0;
      }
      used += n;
    }
    return packSftExamples(chosen, parts.seqLen, pad);
  }

  private peekExample(parts: SftParts): SftExample {
    const order = epochOrder(parts.examples.length, this.config.seed, parts.cursor.epoch);
    return parts.examples[order[parts.cursor.position]!]!;
  }

  private nextExample(parts: SftParts): SftExample {
    const example = this.peekExample(parts);
    parts.cursor.position += 1;
    if (parts.cursor.position === parts.examples.length) parts.cursor = { epoch: parts.cursor.epoch + 1, position: 0 };
    return example;
  }

  protected override release(parts: SftParts): void {
    // The adapter's variables live in the model's layers: the model's dispose frees them.
    parts.examples = [];
  }
}

/** The merged model's files under `merged/` (with the checkpoint's tokenizer_config.json when it writes its own). */
async function mergedFiles(lora: LoraModel, tokenizer: Tokenizer, tokenizerConfig: StorageFiles[string] | undefined): Promise<StorageFiles> {
  const merged = lora.mergedCopy();
  try {
    const files = await modelFiles(merged, tokenizer);
    if (tokenizerConfig !== undefined) files[TOKENIZER_CONFIG_FILE] = tokenizerConfig;
    return Object.fromEntries(Object.entries(files).map(([path, data]) => [`${MERGED_DIR}${path}`, data]));
  } finally {
    merged.dispose();
  }
}

/** The chat template to render with when it is not the tokenizer's own: `chatTemplate`, or the default for a tokenizer without one. */
function chatTemplateOf(tokenizer: Tokenizer, chatTemplate: string | undefined): string | undefined {
  return chatTemplate ?? (tokenizer.tokenizerConfig()['chat_template'] == null ? DEFAULT_CHAT_TEMPLATE : undefined);
}

function padId(tokenizer: Tokenizer): number {
  return tokenizer.specialTokens.pad ?? tokenizer.specialTokens.eos ?? 0;
}

async function tokenizeAll(
  data: string | readonly unknown[],
  field: string,
  tokenizer: Tokenizer,
  seqLen: number,
  template: string | undefined,
): Promise<{ examples: SftExample[]; summary: Omit<SftDataSummary, 'validExamples'> }> {
  const records = typeof data === 'string' ? parseSftJsonl(await readDatasetText(data), data) : parseSftArray(data, field);
  const summary = { examples: 0, truncated: 0, truncatedTokens: 0, skipped: 0 };
  const examples: SftExample[] = [];
  for (const record of records) {
    const example = tokenizeSftRecord(record, tokenizer, seqLen + 1, template);
    if (example.truncated > 0) {
      summary.truncated += 1;
      summary.truncatedTokens += example.truncated;
    }
    if (!example.learn.slice(1).some((l) => l === 1)) {
      summary.skipped += 1;
      continue;
    }
    examples.push(example);
  }
  if (examples.length === 0) {
    throw new DataError(`SFTConfig.${field}: no example has a completion token left within seqLen ${seqLen}; raise seqLen or shorten the prompts.`);
  }
  summary.examples = examples.length;
  return { examples, summary };
}

function batchTensors(batch: TokenBatch | PackedSftBatch) {
  const shape: [number, number] = [batch.batchSize, batch.seqLen];
  const ids = tf.tensor2d(batch.ids, shape, 'int32');
  const targets = tf.tensor2d(batch.targets, shape, 'int32');
  const mask = tf.tensor2d(batch.mask, shape, 'float32');
  const packed = 'segmentIds' in batch
    ? { positions: tf.tensor2d(batch.positions, shape, 'int32'), segmentIds: tf.tensor2d(batch.segmentIds, shape, 'int32') }
    : undefined;
  return {
    ids, targets, mask, options: packed ?? {},
    dispose: () => tf.dispose([ids, targets, mask, ...(packed === undefined ? [] : [packed.positions, packed.segmentIds])]),
  };
}
