/**
 * Errors with a stable `code`. `isInstance` checks the code rather than the prototype chain, so it
 * still works when two copies of the package are loaded (a bundled app plus a linked workspace).
 */
export class StagecoachError extends Error {
  readonly code: string;

  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
  }

  static isInstance(error: unknown): error is StagecoachError {
    return typeof error === 'object' && error !== null && typeof (error as { code?: unknown }).code === 'string'
      && (error as { code: string }).code.startsWith('STAGECOACH_');
  }
}

function errorClass(code: string) {
  return class extends StagecoachError {
    static readonly code = code;
    constructor(message: string, options?: { cause?: unknown }) {
      super(code, message, options);
    }
    static override isInstance(error: unknown): error is StagecoachError {
      return StagecoachError.isInstance(error) && error.code === code;
    }
  };
}

/** A config field is missing, of the wrong type or out of range. The message names the field. */
export class ConfigError extends errorClass('STAGECOACH_CONFIG') {}
/** A backend could not be used (not available on this machine, failed to initialise). */
export class BackendError extends errorClass('STAGECOACH_BACKEND') {}
/** A checkpoint or model folder does not match what was expected (missing tensor, wrong shape). */
export class CheckpointError extends errorClass('STAGECOACH_CHECKPOINT') {}
/** Tokenizer files are missing or malformed, or text cannot be encoded. */
export class TokenizerError extends errorClass('STAGECOACH_TOKENIZER') {}
/** A dataset or corpus cannot be read (missing file, empty, a line that does not parse). */
export class DataError extends errorClass('STAGECOACH_DATA') {}
/** Training stopped because of a non-finite loss or gradient. */
export class TrainingError extends errorClass('STAGECOACH_TRAINING') {}
