import { trainBpe, type Tokenizer } from '@stagecoach/core';

/**
 * A byte-level BPE trained with the digits taken out of its texts, so no merge ever joins a digit
 * to anything: every digit stays its own token wherever it appears ("358" is 3, 5, 8). Columns of
 * a written sum then line up token by token; with merged digit tokens ("35", "8") a model this
 * small learns arithmetic badly.
 */
export async function trainDigitTokenizer(texts: readonly string[], vocabSize: number): Promise<Tokenizer> {
  return trainBpe(texts.map((text) => text.replace(/[0-9]/g, '')), { vocabSize });
}

/**
 * Chat-shaped text for the tokenizer only (as a real tokenizer is trained on a broad mix that
 * includes dialogue): the role markers of the chat template and the question words get tokens of
 * their own. The model never trains on these texts in pre-training.
 */
export function chatShapedText(question: string, answer: string): string {
  return `<|user|>\n${question}\n<|assistant|>\n${answer}\n`;
}
