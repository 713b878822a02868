import { CheckpointError, DataError } from '../../errors.js';
import { hashToUnit, SeededRandom, type SeededRandomState } from '../../seeded-random.js';
import { corpusTooSmall, Packer, PACKER_START, type PackerState, type TokenEncoder } from './packer.js';
import type { TextSource } from './sources.js';

/** Everything needed to continue the training stream exactly where it stopped. */
export interface DataCursor {
  /** Passes over the corpus completed. */
  epoch: number;
  /** Index (within the epoch) of the next window the packer produces; used by the train/validation split. */
  window: number;
  packer: PackerState;
  /** Windows in the shuffle buffer. */
  buffer: number[][];
  /** Shuffle generator state (`SeededRandom.state`). */
  rng: SeededRandomState;
}

export interface PackedStreamOptions {
  sources: readonly TextSource[];
  tokenizer: TokenEncoder;
  seqLen: number;
  seed: number;
  /** Fraction of windows held out for validation (chosen by a hash of the window index). Default 0. */
  validationFraction?: number;
  /** Windows in the shuffle buffer; 0 or 1 keeps corpus order. Default 256. */
  shuffleBuffer?: number;
}

/**
 * The training stream: packed windows of seqLen + 1 tokens, endless (epoch after epoch, each epoch
 * packed the same way), minus the held-out validation windows, shuffled through a seeded buffer.
 * Nothing is read ahead of what `next()` returns except the shuffle buffer, which is part of the
 * cursor, so `cursor` taken between calls resumes exactly.
 */
export class PackedStream {
  private epoch: number;
  private window: number;
  private packer: Packer;
  private readonly buffer: number[][];
  private rng: SeededRandom;
  private readonly shuffleBuffer: number;
  private readonly validationFraction: number;
  private trainWindowsThisEpoch = 0;

  constructor(private readonly options: PackedStreamOptions, cursor?: DataCursor) {
    this.shuffleBuffer = Math.max(1, options.shuffleBuffer ?? 256);
    this.validationFraction = options.validationFraction ?? 0;
    this.epoch = cursor?.epoch ?? 0;
    this.window = cursor?.window ?? 0;
    this.packer = new Packer(options.sources, options.tokenizer, options.seqLen + 1, cursor?.packer ?? PACKER_START);
    this.buffer = cursor === undefined ? [] : cursor.buffer.map((w) => [...w]);
    this.rng = cursor === undefined ? new SeededRandom(options.seed ^ 0x5eed) : SeededRandom.fromState(cursor.rng);
    // A resumed stream has already produced train windows in this epoch unless it sits at the start.
    this.trainWindowsThisEpoch = cursor === undefined || cursor.window === 0 ? 0 : 1;
  }

  get cursor(): DataCursor {
    return { epoch: this.epoch, window: this.window, packer: this.packer.state, buffer: this.buffer.map((w) => [...w]), rng: this.rng.state };
  }

  /** Passes over the corpus completed so far. */
  get epochs(): number {
    return this.epoch;
  }

  /** Closes the open file or HTTP stream (a new `PackedStream` can continue from `cursor`). */
  async close(): Promise<void> {
    await this.packer.close();
  }

  /** The next training window (seqLen + 1 token ids). */
  async next(): Promise<number[]> {
    while (this.buffer.length < this.shuffleBuffer) {
      const window = await this.nextTrainWindow();
      this.buffer.push(window);
    }
    const j = this.rng.nextInt(this.buffer.length);
    const last = this.buffer.length - 1;
    [this.buffer[j], this.buffer[last]] = [this.buffer[last]!, this.buffer[j]!];
    return this.buffer.pop()!;
  }

  private async nextTrainWindow(): Promise<number[]> {
    for (;;) {
      const window = await this.packer.next();
      if (window === null) {
        if (this.trainWindowsThisEpoch === 0) {
          throw corpusTooSmall(this.options.sources, this.packer.tokensRead, this.options.seqLen + 1);
        }
        this.epoch += 1;
        this.window = 0;
        this.trainWindowsThisEpoch = 0;
        this.packer = new Packer(this.options.sources, this.options.tokenizer, this.options.seqLen + 1);
        continue;
      }
      const index = this.window;
      this.window += 1;
      if (isValidationWindow(this.options.seed, index, this.validationFraction)) continue;
      this.trainWindowsThisEpoch += 1;
      return window;
    }
  }
}

/**
 * Checks that a cursor read back from a checkpoint (`where` names the file) has the shape `PackedStream`
 * resumes from; CheckpointError naming the field otherwise.
 */
export function checkDataCursor(cursor: unknown, where: string): asserts cursor is DataCursor {
  const fail = (field: string, expected: string): never => {
    const value = field === '' ? cursor : (cursor as Record<string, unknown>)[field];
    throw new CheckpointError(
      `${where}: dataCursor${field === '' ? '' : `.${field}`} should be ${expected}, got ${JSON.stringify(value)}. `
      + 'The checkpoint is damaged or from another version of Stagecoach; resume from another checkpoint or start a new run.',
    );
  };
  if (typeof cursor !== 'object' || cursor === null) return fail('', 'an object');
  const c = cursor as Record<string, unknown>;
  const count = (v: unknown): boolean => Number.isInteger(v) && (v as number) >= 0;
  if (!count(c.epoch)) fail('epoch', 'a non-negative integer');
  if (!count(c.window)) fail('window', 'a non-negative integer');
  const packer = c.packer as Partial<PackerState> | null | undefined;
  if (typeof packer !== 'object' || packer === null || !count(packer.source) || !count(packer.position?.offset) || !count(packer.position?.line)
    || !Array.isArray(packer.pending)) {
    fail('packer', 'the packer state { source, position: { offset, line }, pending }');
  }
  if (!Array.isArray(c.buffer) || !c.buffer.every((w) => Array.isArray(w))) fail('buffer', 'an array of token windows');
  if (!SeededRandom.isState(c.rng)) fail('rng', 'the shuffle generator\'s state: 4 unsigned 32-bit integers, not all zero');
}

/** Whether window `index` of an epoch is held out for validation. */
export function isValidationWindow(seed: number, index: number, fraction: number): boolean {
  return fraction > 0 && hashToUnit(seed, index) < fraction;
}

/**
 * The validation windows: the first `maxWindows` held-out windows of the training sources (when
 * `validationSources` is not given), or the first `maxWindows` windows of `validationSources`.
 * DataError when the corpus is empty or smaller than one window, or when the split holds no window.
 */
export async function validationWindows(
  options: PackedStreamOptions & { validationSources?: readonly TextSource[]; maxWindows: number },
): Promise<number[][]> {
  const separate = options.validationSources !== undefined && options.validationSources.length > 0;
  if (!separate && !((options.validationFraction ?? 0) > 0)) return []; // nothing held out: no need to read the corpus
  const sources = separate ? options.validationSources! : options.sources;
  const packer = new Packer(sources, options.tokenizer, options.seqLen + 1);
  const out: number[][] = [];
  for (let index = 0; out.length < options.maxWindows; index += 1) {
    const window = await packer.next();
    if (window === null) break;
    if (separate || isValidationWindow(options.seed, index, options.validationFraction ?? 0)) out.push(window);
  }
  await packer.close();
  // A corpus without one whole window is "empty" or "too small", whatever the split.
  if (out.length === 0 && !separate && packer.tokensRead < options.seqLen + 1) {
    throw corpusTooSmall(sources, packer.tokensRead, options.seqLen + 1);
  }
  if (out.length === 0 && (separate || (options.validationFraction ?? 0) > 0)) {
    throw new DataError(
      separate
        ? `the validation corpus (${sources.map((s) => s.name).join(', ')}) has fewer than seqLen + 1 = ${options.seqLen + 1} tokens. Add text or lower seqLen.`
        : `no window of the corpus fell into the validation split (${packer.tokensRead} tokens, validationFraction ${options.validationFraction}). `
          + 'Raise validationFraction, lower seqLen, add text or pass a separate validation file.',
    );
  }
  return out;
}
