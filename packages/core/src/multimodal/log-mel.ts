import { ConfigError } from '../errors.js';

/** How {@link logMelSpectrogram} turns samples into frames. */
export interface LogMelOptions {
  /** Samples per second of the input (used to place the mel bands in Hz). */
  sampleRate: number;
  /** Samples per frame and FFT size: a power of two. */
  nFft: number;
  /** Samples between the starts of consecutive frames. */
  hopLength: number;
  /** Mel bands. */
  nMels: number;
  /** Lowest band edge in Hz. Default 0. */
  fMin?: number;
  /** Highest band edge in Hz. Default `sampleRate / 2`. */
  fMax?: number;
}

/** Added to each band's energy before the log, so silence gives `ln(1e-6)` and not `-Infinity`. */
export const LOG_MEL_FLOOR = 1e-6;

/** HTK mel scale: `2595 · log10(1 + f / 700)`. */
export function hzToMel(hz: number): number {
  return 2595 * Math.log10(1 + hz / 700);
}

export function melToHz(mel: number): number {
  return 700 * (10 ** (mel / 2595) - 1);
}

/**
 * Log-mel features, `[frames, nMels]` row-major, as speech models compute them:
 * 1. framing without padding: frame `t` is samples `[t·hop, t·hop + nFft)`, `1 + ⌊(N − nFft) / hop⌋` frames;
 * 2. a periodic Hann window `w[n] = 0.5 − 0.5·cos(2πn / nFft)` (PyTorch's `hann_window` default);
 * 3. the power spectrum `|FFT|²` of bins `0..nFft/2`;
 * 4. a triangular mel filterbank on the HTK scale ({@link hzToMel}), unnormalised (peak 1), as
 *    `librosa.filters.mel(htk=True, norm=None)` and torchaudio's `melscale_fbanks(norm=None, mel_scale='htk')`;
 * 5. the natural log of each band's energy plus {@link LOG_MEL_FLOOR}.
 */
export function logMelSpectrogram(samples: Float32Array, options: LogMelOptions): { frames: number; nMels: number; values: Float32Array } {
  const { nFft, hopLength, nMels } = options;
  const frames = frameCount(samples.length, options);
  const bank = melFilterbank(options); // [nMels, nFft/2 + 1]
  const bins = nFft / 2 + 1;
  const window = hannWindow(nFft);
  const values = new Float32Array(frames * nMels);
  const re = new Float64Array(nFft);
  const im = new Float64Array(nFft);
  const power = new Float64Array(bins);
  for (let t = 0; t < frames; t++) {
    for (let n = 0; n < nFft; n++) {
      re[n] = samples[t * hopLength + n]! * window[n]!;
      im[n] = 0;
    }
    fft(re, im);
    for (let k = 0; k < bins; k++) power[k] = re[k]! * re[k]! + im[k]! * im[k]!;
    for (let m = 0; m < nMels; m++) {
      let energy = 0;
      for (let k = 0; k < bins; k++) energy += bank[m * bins + k]! * power[k]!;
      values[t * nMels + m] = Math.log(energy + LOG_MEL_FLOOR);
    }
  }
  return { frames, nMels, values };
}

/** Frames that {@link logMelSpectrogram} makes of `length` samples; ConfigError for bad settings or too few samples. */
export function frameCount(length: number, options: LogMelOptions): number {
  const { nFft, hopLength, nMels, sampleRate } = options;
  if (!Number.isInteger(nFft) || nFft < 2 || (nFft & (nFft - 1)) !== 0) throw new ConfigError(`logMel: nFft must be a power of two >= 2, got ${nFft}.`);
  if (!Number.isInteger(hopLength) || hopLength < 1) throw new ConfigError(`logMel: hopLength must be a positive integer, got ${hopLength}.`);
  if (!Number.isInteger(nMels) || nMels < 1) throw new ConfigError(`logMel: nMels must be a positive integer, got ${nMels}.`);
  if (!(sampleRate > 0)) throw new ConfigError(`logMel: sampleRate must be positive, got ${sampleRate}.`);
  if (length < nFft) throw new ConfigError(`logMel: ${length} samples are fewer than one frame (nFft ${nFft}).`);
  return 1 + Math.floor((length - nFft) / hopLength);
}

/** Periodic Hann window of `n` points. */
export function hannWindow(n: number): Float64Array {
  return Float64Array.from({ length: n }, (_, i) => 0.5 - 0.5 * Math.cos((2 * Math.PI * i) / n));
}

/**
 * `[nMels, nFft/2 + 1]` row-major triangular filters: band `m` rises from mel point `m` to `m + 1`
 * and falls to `m + 2`, of `nMels + 2` points evenly spaced in mel between fMin and fMax.
 */
export function melFilterbank(options: LogMelOptions): Float64Array {
  const { sampleRate, nFft, nMels } = options;
  const fMin = options.fMin ?? 0;
  const fMax = options.fMax ?? sampleRate / 2;
  if (!(fMin >= 0 && fMax > fMin && fMax <= sampleRate / 2)) {
    throw new ConfigError(`logMel: need 0 <= fMin < fMax <= sampleRate / 2 (${sampleRate / 2}); got fMin ${fMin}, fMax ${fMax}.`);
  }
  const bins = nFft / 2 + 1;
  const melMin = hzToMel(fMin);
  const melMax = hzToMel(fMax);
  const edges = Array.from({ length: nMels + 2 }, (_, i) => melToHz(melMin + ((melMax - melMin) * i) / (nMels + 1)));
  const bank = new Float64Array(nMels * bins);
  for (let m = 0; m < nMels; m++) {
    const [left, centre, right] = [edges[m]!, edges[m + 1]!, edges[m + 2]!];
    for (let k = 0; k < bins; k++) {
      const hz = (k * sampleRate) / nFft;
      const rising = (hz - left) / (centre - left);
      const falling = (right - hz) / (right - centre);
      bank[m * bins + k] = Math.max(0, Math.min(rising, falling));
    }
  }
  return bank;
}

/** In-place radix-2 decimation-in-time FFT of a power-of-two length. */
function fft(re: Float64Array, im: Float64Array): void {
  const n = re.length;
  for (let i = 1, j = 0; i < n; i++) {
    let bit = n >> 1;
    for (; (j & bit) !== 0; bit >>= 1) j ^= bit;
    j ^= bit;
    if (i < j) {
      [re[i], re[j]] = [re[j]!, re[i]!];
      [im[i], im[j]] = [im[j]!, im[i]!];
    }
  }
  for (let size = 2; size <= n; size <<= 1) {
    const angle = (-2 * Math.PI) / size;
    for (let start = 0; start < n; start += size) {
      for (let k = 0; k < size / 2; k++) {
        const wr = Math.cos(angle * k);
        const wi = Math.sin(angle * k);
        const a = start + k;
        const b = a + size / 2;
        const xr = re[b]! * wr - im[b]! * wi;
        const xi = re[b]! * wi + im[b]! * wr;
        re[b] = re[a]! - xr;
        im[b] = im[a]! - xi;
        re[a] = re[a]! + xr;
        im[a] = im[a]! + xi;
      }
    }
  }
}
