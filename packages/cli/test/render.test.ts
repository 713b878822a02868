import { describe, expect, it } from 'vitest';
import type { StepEvent } from '@stagecoach/core';
import { formatCount, formatDuration, formatMetric } from '../src/render/format.js';
import { evalLine, progressLine, summaryLines, TrainProgress } from '../src/render/train-progress.js';

const step = (n: number): StepEvent => ({
  step: n, totalSteps: 10, loss: 2.34567, lr: 0.0003, gradNorm: 1, tokens: 512, tokensPerSec: 12345, elapsedMs: 1000 * n, etaMs: 65_000, metrics: {},
});

describe('progress rendering', () => {
  it('formats a progress line', () => {
    expect(progressLine(step(5), 10)).toBe('[#####.....] 5/10 loss 2.346 lr 3.0e-4 | 12.3k tok/s | ETA 1m 05s');
    expect(formatDuration(3_725_000)).toBe('1h 02m');
    expect(formatCount(950)).toBe('950');
    expect(formatCount(4_560_000)).toBe('4.56M');
  });

  it('shows a trainer\'s own metrics in the progress and eval lines', () => {
    const withMetrics = { ...step(5), metrics: { reward: 0.42134, kl: 0.0000123, 'loss/code': 1234.5 } };
    expect(progressLine(withMetrics, 10)).toBe('[#####.....] 5/10 loss 2.346 lr 3.0e-4 reward 0.4213 kl 1.2e-5 loss/code 1235 | 12.3k tok/s | ETA 1m 05s');
    const e = { step: 10, valLoss: 1.5, perplexity: 4.4817, bitsPerByte: 1.2, tokens: 100 };
    expect(evalLine({ ...e, metrics: {} })).toBe('eval @ 10: val loss 1.5000, perplexity 4.48, 1.200 bits/byte');
    expect(evalLine({ ...e, metrics: { accuracy: 0.75 } })).toBe('eval @ 10: val loss 1.5000, perplexity 4.48, 1.200 bits/byte, accuracy 0.7500');
    // A reward model's evaluation has no perplexity: left out rather than printed as NaN.
    expect(evalLine({ ...e, perplexity: Number.NaN, bitsPerByte: Number.NaN, metrics: { accuracy: 0.75 } })).toBe('eval @ 10: val loss 1.5000, accuracy 0.7500');
    expect([0, -3, 52_000, Number.NaN].map(formatMetric)).toEqual(['0', '-3.000', '5.2e+4', 'NaN']);
  });

  it('redraws one line on a terminal and prints every Nth step elsewhere', () => {
    let tty = '';
    const onTty = new TrainProgress({ write: (t) => { tty += t; }, isTTY: true, columns: 200 }, 5);
    onTty.step(step(1));
    onTty.message('eval');
    onTty.step(step(2));
    onTty.finish();
    expect(tty).toBe(`\r\x1b[2K${progressLine(step(1))}\r\x1b[2Keval\n${progressLine(step(1))}\r\x1b[2K${progressLine(step(2))}\n`);

    let log = '';
    const plain = new TrainProgress({ write: (t) => { log += t; }, isTTY: false }, 5);
    for (let i = 1; i <= 10; i += 1) plain.step(step(i));
    expect(log.trim().split('\n').map((l) => l.split(' ')[1])).toEqual(['1/10', '5/10', '10/10']);
  });

  it('summarises a run', () => {
    const lines = summaryLines({ step: 10, aborted: false, elapsedMs: 5000, finalLoss: 1.5, checkpointPath: 'runs/x/checkpoint-10' }, 5120);
    expect(lines).toEqual(['Done: 10 steps.', '  final loss   1.5000', '  tokens       5.12k in 5s', '  checkpoint   runs/x/checkpoint-10']);
    const lastEval = { step: 10, valLoss: 1.25, perplexity: 3.49, bitsPerByte: 0.9, tokens: 64, metrics: { accuracy: 0.5 } };
    expect(summaryLines({ step: 10, aborted: true, elapsedMs: 5000, finalLoss: 1.5, lastEval }, 5120)[2])
      .toBe('  val loss     1.2500 (perplexity 3.49, 0.900 bits/byte, accuracy 0.5000)');
  });
});
