import { CheckpointError, ConfigError } from '../errors.js';
import type { TransformerConfig } from '../model/index.js';
import { SeededRandom, type SeededRandomState } from '../seeded-random.js';
import type { Tokenizer } from '../tokenizers/index.js';
import type { TrainerStateBase } from './checkpoint.js';
import { checkFingerprints, ContentHash, type SourceFingerprint } from './data/fingerprint.js';

/** What every trainer's trainer_state.json holds; a trainer adds its own fields (its data cursor, ...). */
export interface TrainerState extends TrainerStateBase {
  /** Loss-bearing tokens trained on so far. */
  tokensSeen: number;
  /** Wall time of the run so far, over every resume. */
  elapsedMs: number;
  /** AdamW's step count t (bias correction). */
  optimizerStep: number;
  /** The run's seeded generator (`run.random`), so a resume draws the same numbers. */
  rng: SeededRandomState;
  /** Identifies each training source: a resume on changed data is refused. */
  dataFingerprint: SourceFingerprint[];
  /** The tokenizer's kind (and a hash of its tokenizer.json), checked on resume. */
  tokenizer: TokenizerFingerprint;
  /** The architecture, checked on resume. */
  model: TransformerConfig;
  /** The resolved config (JSON-able fields), for the record. */
  config: Record<string, unknown>;
  /** The model folder the run's weights started from (`config.initFrom`, a run folder resolved to its latest checkpoint); absent for a run from random weights. */
  initFrom?: string;
}

/** How a checkpoint records its tokenizer. */
export interface TokenizerFingerprint {
  /** How the trainer got it ('byte', 'bpe': trained on the corpus, 'custom': any other). Only 'custom' compares the hash. */
  kind: string;
  /** Hash of `JSON.stringify(tokenizer.toJSON())`. */
  hash: string;
}

/** What a resumed run must share with the checkpoint it continues; each part is checked, naming what differs. */
export interface RunIdentity {
  /** The architecture the config asks for. Default: the built model's. */
  architecture?: TransformerConfig;
  /** Default: `fingerprintTokenizer('custom', tokenizer)`, i.e. the same tokenizer.json. */
  tokenizer?: TokenizerFingerprint;
  /** One fingerprint per training source, in config order. Default: none. */
  data?: SourceFingerprint[];
  /** Config fields that position the data or the random streams (seqLen, seed, ...): they must keep the checkpoint's values. */
  fields?: Record<string, unknown>;
  /**
   * Config fields a resume may change (learning rate, batch size, ...): the resume goes on with the
   * new values, and each change is listed in the trainer's `resumeChanges` (the CLI prints them).
   */
  tunables?: Record<string, unknown>;
}

/** A config field whose value differs from the resumed checkpoint's (see {@link RunIdentity.tunables}). */
export interface ResumeChange {
  field: string;
  checkpoint: unknown;
  now: unknown;
}

/** The tunable fields whose value differs from the one `state.config` records (absent there: not reported). */
export function resumeChanges(state: TrainerState, tunables: Record<string, unknown>): ResumeChange[] {
  const changes: ResumeChange[] = [];
  for (const [field, now] of Object.entries(tunables)) {
    const saved = state.config[field];
    if (saved !== undefined && JSON.stringify(saved) !== JSON.stringify(now)) changes.push({ field, checkpoint: saved, now });
  }
  return changes;
}

/** Architecture fields that must match between a checkpoint and the config that resumes it. */
const ARCHITECTURE_FIELDS = [
  'family', 'vocabSize', 'contextLength', 'dModel', 'nLayers', 'nHeads', 'nKvHeads', 'dFf', 'tieEmbeddings', 'bias', 'attentionBias', 'valueHead', 'scoreHead',
] as const;

export function fingerprintTokenizer(kind: string, tokenizer: Tokenizer): TokenizerFingerprint {
  const hash = new ContentHash();
  hash.text(JSON.stringify(tokenizer.toJSON()));
  return { kind, hash: hash.digest() };
}

/** CheckpointError naming the first shared field of a read-back trainer state that is missing or of the wrong type. */
export function checkTrainerState(state: TrainerState, where: string): void {
  const counts = ['step', 'tokensSeen', 'optimizerStep'] as const;
  const bad = counts.find((f) => !(Number.isInteger(state[f]) && state[f] >= 0))
    ?? (typeof state.elapsedMs === 'number' && state.elapsedMs >= 0 ? undefined : 'elapsedMs')
    ?? (typeof state.model === 'object' && state.model !== null ? undefined : 'model')
    ?? (typeof state.config === 'object' && state.config !== null ? undefined : 'config')
    ?? (state.rng === undefined || SeededRandom.isState(state.rng) ? undefined : 'rng')
    ?? (state.initFrom === undefined || typeof state.initFrom === 'string' ? undefined : 'initFrom');
  if (bad !== undefined) throw damaged(where, bad, state[bad]);
}

/**
 * Checks that a checkpoint's state fits the run that resumes it: the architecture, the fields that
 * position the data, the tokenizer and the training data. CheckpointError or ConfigError naming the difference.
 */
export function checkResume(state: TrainerState, now: Required<Omit<RunIdentity, 'tunables'>>, dir: string): void {
  const where = `${dir}/trainer_state.json`;
  checkArchitecture(state.model, now.architecture, dir);
  for (const [field, value] of Object.entries(now.fields)) {
    const saved = state.config[field];
    // Values are JSON (read back from trainer_state.json): a list or object compares by content.
    if (saved !== undefined && JSON.stringify(saved) !== JSON.stringify(value)) {
      const show = (v: unknown) => (typeof v === 'object' ? JSON.stringify(v) : String(v));
      throw new ConfigError(
        `config.${field} (${show(value)}) differs from the checkpoint's (${show(saved)}) at ${dir}; resume with the same ${field} so the data continues where it stopped.`,
      );
    }
  }
  checkTokenizer(state.tokenizer, now.tokenizer, where);
  checkFingerprints(state.dataFingerprint, now.data, where);
}

function checkArchitecture(saved: TransformerConfig, wanted: TransformerConfig, dir: string): void {
  const diffs = ARCHITECTURE_FIELDS
    .filter((f) => (saved[f] ?? false) !== (wanted[f] ?? false))
    .map((f) => `${f}: checkpoint ${JSON.stringify(saved[f])}, config ${JSON.stringify(wanted[f])}`);
  if (diffs.length > 0) {
    throw new CheckpointError(
      `the checkpoint at ${dir} is for another architecture (${diffs.join('; ')}). Resume with the model config it was trained with, or start a new run.`,
    );
  }
}

/**
 * The resumed run used the same kind of tokenizer (a custom one: the same tokenizer.json), else the
 * token ids of the saved data cursor mean other text: ConfigError.
 */
function checkTokenizer(saved: TokenizerFingerprint | undefined, now: TokenizerFingerprint, where: string): void {
  if (typeof saved !== 'object' || saved === null || typeof saved.kind !== 'string') throw damaged(where, 'tokenizer', saved);
  if (saved.kind !== now.kind) {
    throw new ConfigError(
      `config.tokenizer is a ${now.kind} tokenizer but the checkpoint at ${where} was trained with a ${saved.kind} tokenizer; `
      + 'resume with the same tokenizer setting, or start a new run.',
    );
  }
  if (now.kind === 'custom' && saved.hash !== now.hash) {
    throw new ConfigError(
      `config.tokenizer is another tokenizer than the one the checkpoint at ${where} was trained with (its tokenizer.json differs); `
      + 'resume with the same tokenizer (the checkpoint folder holds it: loadPretrained(...).tokenizer), or start a new run.',
    );
  }
}

function damaged(where: string, field: string, value: unknown): CheckpointError {
  return new CheckpointError(
    `${where}: "${field}" is missing or invalid (got ${JSON.stringify(value)}). `
    + 'The checkpoint is damaged or from another version of Stagecoach; resume from another checkpoint or start a new run.',
  );
}
