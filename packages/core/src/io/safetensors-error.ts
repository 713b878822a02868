import { StagecoachError } from '../errors.js';

/** The validation step a safetensors file failed; stable, so callers and tests can switch on it. */
export type SafetensorsCheck =
  | 'file-too-small'      // fewer than 8 bytes: no header length
  | 'header-too-large'    // header length above 100,000,000 bytes (the Rust reference's limit)
  | 'header-length'       // header length points past the end of the file
  | 'header-utf8'         // header bytes are not valid UTF-8
  | 'header-json'         // header is not valid JSON
  | 'header-not-object'   // header JSON is not an object (or does not start with '{')
  | 'duplicate-name'      // the same key appears twice in the header
  | 'metadata'            // `__metadata__` is not a string → string map
  | 'tensor-entry'        // a tensor entry is not an object with dtype, shape and data_offsets
  | 'dtype'               // unknown dtype
  | 'shape'               // shape is not a list of non-negative integers
  | 'offsets'             // data_offsets is not [begin, end] integers with begin <= end
  | 'offsets-out-of-range'// data_offsets reach past the end of the data area
  | 'overlap'             // two tensors' byte ranges overlap
  | 'gap'                 // unused bytes between tensors (or before the first one)
  | 'trailing-bytes'      // bytes after the last tensor
  | 'size-mismatch'       // shape × dtype size ≠ the tensor's byte length
  | 'data-type'           // (writing) the data array does not match the dtype
  | 'name'                // (writing) a reserved or invalid tensor name
  | 'big-endian';         // the host is big-endian (unsupported)

/**
 * A safetensors file (or a tensor set being written) is malformed. `check` names the validation
 * step that failed and `tensor`, when set, the tensor it concerns.
 */
export class SafetensorsError extends StagecoachError {
  static readonly code = 'STAGECOACH_SAFETENSORS';
  readonly check: SafetensorsCheck;
  readonly tensor: string | undefined;

  constructor(check: SafetensorsCheck, message: string, options?: { tensor?: string; cause?: unknown }) {
    super(SafetensorsError.code, message, { cause: options?.cause });
    this.check = check;
    this.tensor = options?.tensor;
  }

  static override isInstance(error: unknown): error is SafetensorsError {
    return StagecoachError.isInstance(error) && error.code === SafetensorsError.code;
  }
}
