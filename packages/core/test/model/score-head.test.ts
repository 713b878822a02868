import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tf } from '../../src/tf.js';
import { ConfigError } from '../../src/errors.js';
import { Transformer, addScoreHead, resolveTransformerConfig } from '../../src/model/index.js';
import { loadPretrained, savePretrained } from '../../src/pretrained/index.js';
import { byteTokenizer } from '../../src/tokenizers/index.js';

const ids = [[256, 72, 101, 108, 108, 111, 1, 2]];

function scoresOf(model: Transformer): number[] {
  const scores = model.scores(tf.tensor2d(ids, [1, ids[0]!.length], 'int32'));
  const out = Array.from(scores.dataSync());
  scores.dispose();
  return out;
}

describe('score head (reward / sequence-classification models)', () => {
  it('addScoreHead swaps an untied LM head for a seeded [d, 1] score head without bias; the trunk is shared', () => {
    const lm = new Transformer(resolveTransformerConfig({ preset: 'llama-tiny', tieEmbeddings: false }), { seed: 1 });
    const reward = addScoreHead(lm, { seed: 2, padTokenId: 100 });
    expect(reward.config).toMatchObject({ scoreHead: true, valueHead: false, padTokenId: 100 });
    expect(reward.params.has('lmHead.weight')).toBe(false);
    expect(reward.params.get('scoreHead.weight')!.shape).toEqual([32, 1]);
    expect(reward.params.has('scoreHead.bias')).toBe(false);
    expect([...reward.linears().keys()]).toContain('scoreHead');
    expect(reward.params.get('layers.0.attn.q.weight')!.dataSync()).toEqual(lm.params.get('layers.0.attn.q.weight')!.dataSync());
    expect(scoresOf(addScoreHead(lm, { seed: 2 }))).toEqual(scoresOf(reward)); // seeded
    expect(() => reward.forward(tf.tensor2d(ids, [1, 8], 'int32'))).toThrow(/no LM head; use scores\(\)/);
    expect(() => lm.scores(tf.tensor2d(ids, [1, 8], 'int32'))).toThrow(/no score head; add one with addScoreHead/);
    expect(() => resolveTransformerConfig({ preset: 'gpt2-tiny', scoreHead: true, valueHead: true })).toThrow(ConfigError);
    lm.dispose();
    reward.dispose();
  });

  it('saves as *ForSequenceClassification with one label and score.weight, and loads back with the same scores', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stagecoach-score-'));
    try {
      for (const preset of ['gpt2-tiny', 'llama-tiny'] as const) {
        const lm = new Transformer(resolveTransformerConfig(preset), { seed: 3 });
        const reward = addScoreHead(lm, { seed: 4 });
        lm.dispose();
        await savePretrained(reward, byteTokenizer(), join(dir, preset));
        const hf = JSON.parse(readFileSync(join(dir, preset, 'config.json'), 'utf8')) as Record<string, unknown>;
        expect(hf['architectures']).toEqual([preset === 'gpt2-tiny' ? 'GPT2ForSequenceClassification' : 'LlamaForSequenceClassification']);
        expect(hf['id2label']).toEqual({ 0: 'LABEL_0' });
        const { model } = await loadPretrained(join(dir, preset));
        expect(model.config.scoreHead).toBe(true);
        expect(scoresOf(model)).toEqual(scoresOf(reward));
        model.dispose();
        reward.dispose();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
