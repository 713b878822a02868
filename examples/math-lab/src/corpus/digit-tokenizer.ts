import { trainBpe, type Tokenizer } from '@stagecoach/core';

/**
 * A byte-level BPE trained on the corpus with the digits taken out, so no merge ever joins a digit
 * to anything: every digit stays its own token wherever it appears ("358" is 3, 5, 8). Columns of
 * a written sum line up token by token — with merged digit tokens ("35", "8") a model this small
 * learns arithmetic badly.
 */
export async function trainDigitTokenizer(texts: readonly string[], vocabSize: number): Promise<Tokenizer> {
  return trainBpe(texts.map((text) => text.replace(/[0-9]/g, '')), { vocabSize });
}
