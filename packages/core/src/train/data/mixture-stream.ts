import { CheckpointError, DataError } from '../../errors.js';
import { SeededRandom, type SeededRandomState } from '../../seeded-random.js';
import { checkDataCursor, PackedStream, type DataCursor, type PackedStreamOptions } from './packed-stream.js';

/** What a mixture does with a source whose corpus is used up: read it again, or leave it out from then on. */
export type SourceEnd = 'wrap' | 'stop';

/** One source of a {@link MixtureStream}. */
export interface MixtureComponent {
  /** Label in metrics and messages. */
  name: string;
  /** Share of the rows, relative to the other sources' weights (> 0). */
  weight: number;
  /** Its packed stream (seqLen, seed, validation split, shuffle buffer). */
  stream: PackedStreamOptions;
  onEnd: SourceEnd;
}

/** Where a mixture continues: the source sampler's state and each source's own data cursor. */
export interface MixtureCursor {
  /** State of the generator that picks each row's source. */
  rng: SeededRandomState;
  /** Each source's stream cursor, in config order. */
  sources: DataCursor[];
  /** Rows drawn from each source so far. */
  drawn: number[];
}

/** A row of the mixture and the source it came from. */
export interface MixtureRow {
  window: number[];
  source: number;
}

/** Stream of the generator that picks the sources (the packed streams seed their own). */
const MIXTURE_RANDOM_STREAM = 0x6d6978;

/**
 * Rows (windows of seqLen + 1 tokens) drawn from several packed streams: each row's source is picked
 * by a seeded generator with probability weight / Σ weights of the sources still in the mixture. A
 * source with `onEnd: 'stop'` leaves the mixture when its stream starts a second pass (the windows
 * then left in its shuffle buffer are not used); with `'wrap'` it is read again (its `epochs` count
 * says how often). The cursor holds the generator and every stream's cursor, so a resume is exact.
 */
export class MixtureStream {
  private readonly streams: PackedStream[];
  private readonly rng: SeededRandom;
  private readonly drawn: number[];

  constructor(private readonly components: readonly MixtureComponent[], seed: number, cursor?: MixtureCursor) {
    if (components.length === 0) throw new DataError('a data mixture needs at least one source.');
    this.streams = components.map((c, i) => new PackedStream(c.stream, cursor?.sources[i]));
    this.rng = cursor === undefined ? new SeededRandom(seed, MIXTURE_RANDOM_STREAM) : SeededRandom.fromState(cursor.rng);
    this.drawn = cursor === undefined ? components.map(() => 0) : [...cursor.drawn];
  }

  get cursor(): MixtureCursor {
    return { rng: this.rng.state, sources: this.streams.map((s) => s.cursor), drawn: [...this.drawn] };
  }

  /** Passes completed over each source's corpus. */
  get epochs(): number[] {
    return this.streams.map((s) => s.epochs);
  }

  /** Whether each source is still drawn from (false once a `stop` source has run dry). */
  get active(): boolean[] {
    return this.components.map((c, i) => c.onEnd === 'wrap' || this.streams[i]!.epochs === 0);
  }

  /** Rows drawn from each source so far. */
  get rowsDrawn(): readonly number[] {
    return this.drawn;
  }

  /** The next row: its source drawn by weight among the active sources. DataError when every source has stopped. */
  async next(): Promise<MixtureRow> {
    for (;;) {
      const active = this.active;
      const total = this.components.reduce((sum, c, i) => sum + (active[i] ? c.weight : 0), 0);
      if (total === 0) {
        throw new DataError(
          `every source of the data mixture ran dry (${this.components.map((c) => c.name).join(', ')} are set to onEnd: "stop"). `
          + 'Add data, train fewer steps, or set onEnd: "wrap" on a source to read it again.',
        );
      }
      let u = this.rng.nextFloat() * total;
      let source = active.lastIndexOf(true);
      for (let i = 0; i < this.components.length; i += 1) {
        if (!active[i]) continue;
        u -= this.components[i]!.weight;
        if (u < 0) {
          source = i;
          break;
        }
      }
      const window = await this.streams[source]!.next();
      // A stop source whose stream just began its second pass is out: this row belongs to that pass.
      if (this.components[source]!.onEnd === 'stop' && this.streams[source]!.epochs > 0) continue;
      this.drawn[source]! += 1;
      return { window, source };
    }
  }

  /** Closes every source's open file or HTTP stream. */
  async close(): Promise<void> {
    await Promise.all(this.streams.map((s) => s.close()));
  }
}

/** Checks a mixture cursor read back from a checkpoint (`where` names the file); CheckpointError naming the field. */
export function checkMixtureCursor(cursor: unknown, sources: number, where: string): asserts cursor is MixtureCursor {
  const c = cursor as Partial<MixtureCursor> | null;
  const fail = (field: string, expected: string): never => {
    throw new CheckpointError(
      `${where}: mixtureCursor${field} should be ${expected}. The checkpoint is damaged or from another version of Stagecoach; `
      + 'resume from another checkpoint or start a new run.',
    );
  };
  if (typeof c !== 'object' || c === null) return fail('', 'an object');
  if (!SeededRandom.isState(c.rng)) fail('.rng', 'the source sampler\'s state: 4 unsigned 32-bit integers, not all zero');
  if (!Array.isArray(c.sources) || c.sources.length !== sources) fail('.sources', `one data cursor per source (${sources})`);
  if (!Array.isArray(c.drawn) || c.drawn.length !== sources || !c.drawn.every((n) => Number.isInteger(n) && n >= 0)) {
    fail('.drawn', `${sources} row counts`);
  }
  c.sources!.forEach((s, i) => checkDataCursor(s, `${where} (mixtureCursor.sources[${i}])`));
}
