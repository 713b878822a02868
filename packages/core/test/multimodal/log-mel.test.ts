import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { hzToMel, logMelSpectrogram, melFilterbank, melToHz } from '../../src/multimodal/index.js';
import { SeededRandom } from '../../src/seeded-random.js';
import { pythonVenv } from '../python-venv.js';

describe('logMelSpectrogram', () => {
  it('matches a hand-computed example', () => {
    // A sine at a quarter of the sample rate: 0, 1, 0, -1, ... (8 Hz, nFft 4, hop 2, one mel band on 0-4 Hz).
    // Frame 0 = [0, 1, 0, -1]; periodic Hann(4) = [0, 0.5, 1, 0.5]; windowed [0, 0.5, 0, -0.5];
    // DFT: X0 = 0, X1 = 0.5·(-i) - 0.5·(i) = -i, X2 = -0.5 + 0.5 = 0, so the power is [0, 1, 0] at 0, 2, 4 Hz.
    // Frame 1 = [0, -1, 0, 1] gives X1 = +i: the same power. The band is a triangle 0 → c → 4 Hz with
    // c = melToHz(hzToMel(4) / 2) ≈ 1.99715 Hz, so bin 2 Hz weighs (4 - 2) / (4 - c).
    const samples = Float32Array.from([0, 1, 0, -1, 0, 1]);
    const out = logMelSpectrogram(samples, { sampleRate: 8, nFft: 4, hopLength: 2, nMels: 1 });
    const c = melToHz(hzToMel(4) / 2);
    expect(c).toBeCloseTo(1.99715, 4);
    const expected = Math.log((4 - 2) / (4 - c) + 1e-6);
    expect(out.frames).toBe(2);
    expect(out.values[0]).toBeCloseTo(expected, 6);
    expect(out.values[1]).toBeCloseTo(expected, 6);
  });

  it('uses the HTK mel scale', () => {
    expect(hzToMel(700)).toBeCloseTo(2595 * Math.log10(2), 9);
    expect(melToHz(hzToMel(1234.5))).toBeCloseTo(1234.5, 9);
    const bank = melFilterbank({ sampleRate: 8000, nFft: 512, hopLength: 256, nMels: 8 });
    expect(bank.length).toBe(8 * 257);
    expect(Math.max(...bank)).toBeLessThanOrEqual(1);
  });

  it('refuses bad settings and clips shorter than a frame', () => {
    expect(() => logMelSpectrogram(new Float32Array(100), { sampleRate: 8000, nFft: 100, hopLength: 10, nMels: 4 })).toThrow(/nFft must be a power of two/);
    expect(() => logMelSpectrogram(new Float32Array(100), { sampleRate: 8000, nFft: 128, hopLength: 10, nMels: 4 })).toThrow(/100 samples are fewer than one frame/);
  });
});

const env = pythonVenv('numpy', ['numpy']);

describe.skipIf(env.python === undefined)('logMelSpectrogram against numpy', () => {
  it('equals numpy framing, periodic Hann, rfft power, HTK filterbank (librosa htk=True, norm=None) and log', () => {
    const random = new SeededRandom(4);
    const samples = Float32Array.from({ length: 1000 }, (_, n) => 0.5 * Math.sin(n * 0.3) + 0.1 * random.normal());
    const options = { sampleRate: 8000, nFft: 256, hopLength: 128, nMels: 20, fMin: 50, fMax: 3800 };
    const ours = logMelSpectrogram(samples, options);
    const script = `
import json, sys, numpy as np
x = np.array(json.loads(sys.stdin.read()), dtype=np.float64)
sr, n_fft, hop, n_mels, fmin, fmax = 8000, 256, 128, 20, 50.0, 3800.0
frames = 1 + (len(x) - n_fft) // hop
window = 0.5 - 0.5 * np.cos(2 * np.pi * np.arange(n_fft) / n_fft)
spec = np.stack([np.abs(np.fft.rfft(x[t * hop:t * hop + n_fft] * window)) ** 2 for t in range(frames)])
mel = lambda f: 2595.0 * np.log10(1.0 + f / 700.0)
hz = lambda m: 700.0 * (10.0 ** (m / 2595.0) - 1.0)
pts = hz(np.linspace(mel(fmin), mel(fmax), n_mels + 2))
freqs = np.fft.rfftfreq(n_fft, 1.0 / sr)
fdiff = np.diff(pts)
ramps = pts[:, None] - freqs[None, :]
bank = np.maximum(0, np.minimum(-ramps[:-2] / fdiff[:-1, None], ramps[2:] / fdiff[1:, None]))
print(json.dumps(np.log(spec @ bank.T + 1e-6).ravel().tolist()))
`;
    const run = spawnSync(env.python!, ['-c', script], { input: JSON.stringify(Array.from(samples)), encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const reference = JSON.parse(run.stdout) as number[];
    expect(ours.values.length).toBe(reference.length);
    let worst = 0;
    for (let i = 0; i < reference.length; i++) worst = Math.max(worst, Math.abs(ours.values[i]! - reference[i]!));
    expect(worst).toBeLessThan(1e-4);
  });
});
