import { Pretrainer } from '@stagecoach/core';
import { chatShapedText, trainDigitTokenizer } from '../corpus/digit-tokenizer.js';
import { trainingProblems, userTurn } from '../problems/splits.js';
import { numbersCorpus } from '../corpus/numbers-corpus.js';
import { runOptions, runTrainer, writeJsonl, type LabContext, type StageOutcome } from './context.js';

/**
 * Stage 1, "reading the library": a small Llama-style model from random weights learns to predict
 * the next token of plain text about numbers, with a BPE tokenizer trained on that text.
 */
export async function pretrainStage(ctx: LabContext): Promise<StageOutcome> {
  const { preset, options } = ctx;
  const docs = numbersCorpus(options.seed, preset.pretrain.documents);
  const data = ctx.dataFile('library.jsonl');
  await writeJsonl(data, docs.map((text) => ({ text })));
  const dialogue = trainingProblems(options.seed, 9, 200, preset.eval.problems).map((p) => chatShapedText(userTurn(p), p.solution!));
  const tokenizer = await trainDigitTokenizer([...docs, ...dialogue], preset.vocabSize);
  const trainer = new Pretrainer({
    model: { family: 'llama', ...preset.model, vocabSize: tokenizer.vocabSize, contextLength: preset.contextLength, ropeTheta: 10000 },
    data,
    tokenizer,
    steps: preset.pretrain.steps,
    seqLen: preset.contextLength,
    batchSize: preset.pretrain.batchSize,
    lr: preset.pretrain.lr,
    evalEvery: 0,
    checkpointEvery: Math.max(10, Math.round(preset.pretrain.steps / 5)),
    ...(await runOptions(ctx, 'base')),
  });
  return runTrainer(ctx, 'base', trainer);
}
