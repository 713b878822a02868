import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Transformer, addScoreHead, byteTokenizer, cpu, resolveTransformerConfig, savePretrained, useBackend } from '@stagecoach/core';
import { TRANSFORMERS_5, pythonVenv } from '../../../core/test/python-venv.js';
import { RewardModel, RewardTrainer, sequenceScores } from '../../src/index.js';

const env = pythonVenv('transformers-5.17', TRANSFORMERS_5);
const script = fileURLToPath(new URL('../fixtures/reward_interop.py', import.meta.url));
const tokenizerDir = fileURLToPath(new URL('../../../core/test/fixtures/llama-tiny/', import.meta.url));
/** The rows the script scores (one padded batch; the first ends in EOS). */
const ROWS = [[256, 72, 101, 108, 108, 111, 44, 257], [256, 84, 104, 101, 32, 113, 117, 105, 99, 107, 32, 102], [3, 250, 17]];
const CASES = ['gpt2', 'llama', 'qwen2'] as const;

interface Made { scores: number[]; config: Record<string, unknown> }
interface Scored { missing: string[]; unexpected: string[]; mismatched: string[]; scores: number[] }

function runScript<T>(args: string[]): T {
  return JSON.parse(execFileSync(env.python!, [script, ...args], { encoding: 'utf8', maxBuffer: 64 * 2 ** 20, stdio: ['ignore', 'pipe', 'pipe'] })) as T;
}

async function scoresOf(model: Transformer): Promise<number[]> {
  const scores = sequenceScores(model, ROWS);
  const values = [...(await scores.data())];
  scores.dispose();
  return values;
}

function maxDiff(a: number[], b: number[]): number {
  expect(a.length).toBe(b.length);
  return Math.max(...a.map((x, i) => Math.abs(x - b[i]!)));
}

describe.skipIf(env.python === undefined)(`reward models and transformers 5.17${env.reason === undefined ? '' : ` (skipped: ${env.reason})`}`, () => {
  let root: string;
  let made: Record<string, Made>;
  beforeAll(async () => {
    await useBackend(cpu());
    root = mkdtempSync(join(tmpdir(), 'stagecoach-reward-'));
    made = runScript<{ cases: Record<string, Made> }>(['make', root]).cases;
    for (const name of CASES) {
      for (const file of ['tokenizer.json', 'tokenizer_config.json']) copyFileSync(join(tokenizerDir, file), join(root, name, file));
    }
  }, 300_000);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it.each(CASES)('a %s sequence classifier saved by transformers scores the same here', async (name) => {
    expect(made[name]!.config['architectures']).toEqual([`${name === 'gpt2' ? 'GPT2' : name === 'llama' ? 'Llama' : 'Qwen2'}ForSequenceClassification`]);
    const reward = await RewardModel.load(join(root, name));
    expect(reward.model.config.scoreHead).toBe(true);
    expect(reward.model.config.padTokenId).toBe(258);
    const diff = maxDiff(await scoresOf(reward.model), made[name]!.scores);
    console.log(`interop ${name}: transformers → Stagecoach max |score diff| ${diff.toExponential(2)}`);
    expect(diff).toBeLessThan(1e-4);
    reward.dispose();
  });

  it('a reward model made and saved here loads in AutoModelForSequenceClassification with the same scores', async () => {
    const dirs: string[] = [];
    const ours: number[][] = [];
    for (const [i, preset] of (['gpt2-tiny', 'llama-tiny'] as const).entries()) {
      // An untied Llama: its LM head must give way to the score head in the saved checkpoint.
      const config = resolveTransformerConfig({ preset, ...(preset === 'llama-tiny' ? { tieEmbeddings: false } : {}) });
      const lm = new Transformer(config, { seed: 7 });
      const model = addScoreHead(lm, { seed: 3 });
      lm.dispose();
      expect(model.params.has('lmHead.weight')).toBe(false);
      const dir = join(root, `ours-${i}`);
      await savePretrained(model, byteTokenizer(), dir);
      dirs.push(dir);
      ours.push(await scoresOf(model));
      model.dispose();
    }
    const { folders } = runScript<{ folders: Scored[] }>(['score', ...dirs]);
    folders.forEach((folder, i) => {
      expect(folder.missing).toEqual([]);
      expect(folder.unexpected).toEqual([]);
      expect(folder.mismatched).toEqual([]);
      const diff = maxDiff(ours[i]!, folder.scores);
      console.log(`interop ${i === 0 ? 'gpt2' : 'llama-untied'}: Stagecoach → transformers max |score diff| ${diff.toExponential(2)}`);
      expect(diff).toBeLessThan(1e-4);
    });
  }, 120_000);

  it('a RewardTrainer checkpoint (full fine-tuning) loads in transformers as it is, with the scores RewardModel gives', async () => {
    const base = join(root, 'trainer-base');
    const lm = new Transformer(resolveTransformerConfig('llama-tiny'), { seed: 2 });
    await savePretrained(lm, byteTokenizer(), base);
    lm.dispose();
    const pairs = Array.from({ length: 4 }, (_, i) => ({ prompt: `${i} + 1 =`, chosen: ` ${i + 1}. #### ${i + 1}`, rejected: ' no idea' }));
    const trainer = new RewardTrainer({ initFrom: base, data: pairs, steps: 2, batchSize: 2, lr: 1e-2, lora: false, outDir: join(root, 'trainer-run') });
    await trainer.train();
    trainer.dispose();
    const checkpoint = join(root, 'trainer-run', 'checkpoint-2');
    const reward = await RewardModel.load(checkpoint);
    const ours = await scoresOf(reward.model);
    reward.dispose();
    const [folder] = runScript<{ folders: Scored[] }>(['score', checkpoint]).folders;
    expect(folder!.missing).toEqual([]);
    expect(folder!.unexpected).toEqual([]);
    const diff = maxDiff(ours, folder!.scores);
    console.log(`interop RewardTrainer checkpoint: Stagecoach → transformers max |score diff| ${diff.toExponential(2)}`);
    expect(diff).toBeLessThan(1e-4);
  }, 120_000);
});
