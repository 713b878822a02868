import { SeededRandom } from '../seeded-random.js';
import type { AudioInput, ImageInput, MediaInput } from './media-input.js';

/** A paired example: an image or clip and the text that describes it. */
export interface MediaCaption<M extends MediaInput = MediaInput> {
  media: M;
  caption: string;
}

/** 3×5 bitmaps of the digits 0–9, rows top to bottom, `#` set. */
const DIGIT_FONT = [
  ['###', '#.#', '#.#', '#.#', '###'], ['.#.', '##.', '.#.', '.#.', '###'], ['###', '..#', '###', '#..', '###'],
  ['###', '..#', '.##', '..#', '###'], ['#.#', '#.#', '###', '..#', '..#'], ['###', '#..', '###', '..#', '###'],
  ['###', '#..', '###', '#.#', '###'], ['###', '..#', '.#.', '.#.', '.#.'], ['###', '#.#', '###', '#.#', '###'],
  ['###', '#.#', '###', '..#', '###'],
];
const SHAPES = ['circle', 'square', 'triangle'] as const;

/** Every caption {@link syntheticImages} writes: the ten digits, then the shapes (chance of a uniform guess: 1/13). */
export const IMAGE_CAPTIONS: readonly string[] = [...DIGIT_FONT.map((_, d) => `the digit ${d}`), ...SHAPES.map((s) => `a ${s}`)];

/**
 * `count` seeded grayscale images (`size`×`size`, default 16, values in [0, 1]) with captions: a digit
 * drawn from a 3×5 bitmap font at twice its size ("the digit 7"), or a filled circle, square or
 * triangle of random size (8–12 pixels across; "a circle"); each centred and moved by up to 2 pixels
 * either way (position jitter), with random brightness and Gaussian pixel noise (σ 0.1). Classes are drawn uniformly from {@link IMAGE_CAPTIONS}.
 */
export function syntheticImages(count: number, options: { seed?: number; size?: number } = {}): MediaCaption<ImageInput>[] {
  const size = options.size ?? 16;
  const random = new SeededRandom(options.seed ?? 0, 0x1a6e);
  return Array.from({ length: count }, () => {
    const label = random.nextInt(IMAGE_CAPTIONS.length);
    const ink = 0.6 + 0.4 * random.nextFloat();
    const pixels = new Float32Array(size * size);
    const set = (y: number, x: number) => {
      if (y >= 0 && y < size && x >= 0 && x < size) pixels[y * size + x] = ink;
    };
    if (label < DIGIT_FONT.length) drawDigit(label, size, random, set);
    else drawShape(SHAPES[label - DIGIT_FONT.length]!, size, random, set);
    for (let i = 0; i < pixels.length; i++) pixels[i] = Math.min(1, Math.max(0, pixels[i]! + 0.1 * random.normal()));
    return { media: { height: size, width: size, channels: 1, pixels }, caption: IMAGE_CAPTIONS[label]! };
  });
}

function drawDigit(digit: number, size: number, random: SeededRandom, set: (y: number, x: number) => void): void {
  const scale = 2;
  const top = jittered(size, 5 * scale, random);
  const left = jittered(size, 3 * scale, random);
  DIGIT_FONT[digit]!.forEach((row, r) => {
    [...row].forEach((cell, c) => {
      if (cell !== '#') return;
      for (let dy = 0; dy < scale; dy++) for (let dx = 0; dx < scale; dx++) set(top + r * scale + dy, left + c * scale + dx);
    });
  });
}

function drawShape(shape: (typeof SHAPES)[number], size: number, random: SeededRandom, set: (y: number, x: number) => void): void {
  const extent = Math.min(size, random.int(8, 12)); // side of the bounding box
  const top = jittered(size, extent, random);
  const left = jittered(size, extent, random);
  const centre = (extent - 1) / 2;
  for (let y = 0; y < extent; y++) {
    for (let x = 0; x < extent; x++) {
      const inside = shape === 'square'
        ? true
        : shape === 'circle'
          ? (y - centre) ** 2 + (x - centre) ** 2 <= (extent / 2) ** 2
          : Math.abs(x - centre) <= (y + 1) / 2; // apex at the top, base at the bottom
      if (inside) set(top + y, left + x);
    }
  }
}

const JITTER = 2;

/** Where an object of `extent` pixels starts: centred in `size`, moved by up to `JITTER` pixels either way. */
function jittered(size: number, extent: number, random: SeededRandom): number {
  return Math.floor((size - extent) / 2) + random.int(-JITTER, JITTER);
}

const NOTE_NAMES = ['C', 'C#', 'D', 'D#', 'E', 'F', 'F#', 'G', 'G#', 'A', 'A#', 'B'];
/** Chords by caption, as semitones above C4. */
const CHORDS: ReadonlyArray<[string, number[]]> = [
  ['a C major chord', [0, 4, 7]], ['an F major chord', [5, 9, 12]], ['a G major chord', [7, 11, 14]], ['an A minor chord', [9, 12, 16]],
];

/** Every caption {@link syntheticTones} writes: the twelve notes C4–B4, then four chords (chance: 1/16). */
export const TONE_CAPTIONS: readonly string[] = [...NOTE_NAMES.map((n) => `the note ${n}4`), ...CHORDS.map(([caption]) => caption)];

/** Frequency in Hz of the note `semitones` above C4 (equal temperament, A4 = 440 Hz). */
export function noteFrequency(semitones: number): number {
  return 440 * 2 ** ((semitones - 9) / 12);
}

/**
 * `count` seeded mono clips (`clipSamples` at `sampleRate`, default 4096 at 8000 Hz) with captions: a
 * single note of octave 4 ("the note A4") or a triad ("a C major chord"), each tone a sine with a
 * weaker second harmonic, random phase and amplitude (0.2–0.6 overall), and Gaussian noise (σ 0.02).
 * Classes are drawn uniformly from {@link TONE_CAPTIONS}.
 */
export function syntheticTones(count: number, options: { seed?: number; sampleRate?: number; clipSamples?: number } = {}): MediaCaption<AudioInput>[] {
  const sampleRate = options.sampleRate ?? 8000;
  const clipSamples = options.clipSamples ?? 4096;
  const random = new SeededRandom(options.seed ?? 0, 0x70e5);
  return Array.from({ length: count }, () => {
    const label = random.nextInt(TONE_CAPTIONS.length);
    const notes = label < NOTE_NAMES.length ? [label] : CHORDS[label - NOTE_NAMES.length]![1];
    const amplitude = (0.2 + 0.4 * random.nextFloat()) / notes.length;
    const samples = new Float32Array(clipSamples);
    for (const note of notes) {
      const omega = (2 * Math.PI * noteFrequency(note)) / sampleRate;
      const phase = 2 * Math.PI * random.nextFloat();
      for (let n = 0; n < clipSamples; n++) samples[n] = samples[n]! + amplitude * (Math.sin(omega * n + phase) + 0.3 * Math.sin(2 * (omega * n + phase)));
    }
    for (let n = 0; n < clipSamples; n++) samples[n] = samples[n]! + 0.02 * random.normal();
    return { media: { sampleRate, samples }, caption: TONE_CAPTIONS[label]! };
  });
}
