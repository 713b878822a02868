/**
 * The long-range retrieval task of bench/mid-training.ts (`--only retrieval`): passkey retrieval over a
 * byte tokenizer (every character one token).
 *
 * A document is lower-case filler text with a passkey, one capital letter, in its first four characters,
 * and questions ("?" then the passkey) after it. The filler holds no capital letter and no "?", so the
 * answer to a question is the one capital letter of the document, however far back it is. In a training
 * document the questions are anywhere after the key (the second may copy the first); a probe document
 * asks once, at its very end, so the key is a whole document away from the question. A model
 * learns this with one attention head that looks for the capital letter; whether that head still finds
 * it at distances it never saw in training is what the probe measures.
 */
import { tf } from '../packages/core/src/tf.js';
import type { Transformer } from '../packages/core/src/model/index.js';
import type { Tokenizer } from '../packages/core/src/tokenizers/index.js';
import { SeededRandom } from '../packages/core/src/seeded-random.js';

/** Questions in a training document. */
const QUESTIONS = 2;
const KEYS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const FILLER = 'the small cat runs over the old hill and the blue bird sings near the house by the tree. ';

/** Accuracy of a model that guesses the letter (1/26). */
export const RETRIEVAL_CHANCE = 1 / KEYS.length;

/** A retrieval document and its passkey. */
export interface RetrievalDoc {
  text: string;
  key: string;
}

/** `n` characters of the filler text from a random offset. */
function filler(rng: SeededRandom, n: number): string {
  let text = FILLER.slice(rng.nextInt(FILLER.length));
  while (text.length < n) text += FILLER;
  return text.slice(0, n);
}

/**
 * A document of exactly `chars` characters: 0–3 filler characters, the passkey, then filler with the
 * questions at random places (`probe`: one question, ending the document).
 */
export function retrievalDoc(rng: SeededRandom, chars: number, probe: boolean): RetrievalDoc {
  const key = KEYS[rng.nextInt(KEYS.length)]!;
  const head = filler(rng, rng.nextInt(4)) + key;
  const questions = probe ? 1 : QUESTIONS;
  const room = chars - head.length - 2 * questions; // filler characters after the key
  if (room < 0) throw new Error(`a retrieval document needs at least ${head.length + 2 * questions} characters, got ${chars}`);
  const cuts = Array.from({ length: questions }, () => (probe ? room : rng.nextInt(room + 1))).sort((a, b) => a - b);
  const body = filler(rng, room);
  let text = head;
  let at = 0;
  for (const cut of cuts) {
    text += `${body.slice(at, cut)}?${key}`;
    at = cut;
  }
  return { text: text + body.slice(at), key };
}

/** `n` documents that pack one to a window of seqLen + 1 tokens (BOS + text + EOS = seqLen tokens). */
export function retrievalDocs(n: number, seqLen: number, seed: number, probe = false): RetrievalDoc[] {
  const rng = new SeededRandom(seed);
  return Array.from({ length: n }, () => retrievalDoc(rng, seqLen - 2, probe));
}

/** Share of probe documents whose greedy next token after the final "?" is their passkey. */
export async function retrievalAccuracy(model: Transformer, tokenizer: Tokenizer, docs: readonly RetrievalDoc[], batchSize = 16): Promise<number> {
  const bos = tokenizer.specialTokens.bos!;
  let correct = 0;
  for (let i = 0; i < docs.length; i += batchSize) {
    const batch = docs.slice(i, i + batchSize);
    const prompts = batch.map((d) => [bos, ...tokenizer.encode(d.text.slice(0, -1), { addSpecialTokens: false })]);
    const predicted = tf.tidy(() => {
      const ids = tf.tensor2d(prompts, [prompts.length, prompts[0]!.length], 'int32');
      const logits = model.forward(ids, { lastTokenOnly: true, inference: true }).logits; // [B, 1, V]
      return tf.argMax(tf.reshape(logits, [prompts.length, -1]), 1); // [B]
    });
    const ids = await predicted.data();
    predicted.dispose();
    batch.forEach((d, j) => {
      if (tokenizer.decode([ids[j]!]) === d.key) correct += 1;
    });
  }
  return correct / docs.length;
}
