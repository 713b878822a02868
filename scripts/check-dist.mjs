// Checks the BUILT packages (dist/) in plain Node, without vitest or tsx: vitest resolves ESM
// sources, so a package can pass its tests and still fail as users import it (tfjs gradients, the
// exports map, the CLI's shebang). Run after `pnpm build`; exits non-zero on the first failure.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pretrainer, arraySource, cpu, loadPretrained, savePretrained, tf, useBackend, wasm } from '@stagecoach/core';
import { checkConformance, tinyModel } from '@stagecoach/core/testing';
import { extractAnswer } from '@stagecoach/eval';
import { node } from '@stagecoach/backend-node';
import { applyLora, loadAdapter, saveAdapter } from '@stagecoach/lora';

const checks = [];
const check = (name, fn) => checks.push({ name, fn });
const tmp = mkdtempSync(join(tmpdir(), 'stagecoach-dist-'));

check('gradients are registered (tf.grad through the union package)', async () => {
  await useBackend(cpu());
  const g = tf.grad((x) => tf.sum(tf.square(x)))(tf.tensor([1, 2, 3]));
  assert.deepEqual(Array.from(await g.data()), [2, 4, 6]);
});

check('conformance suite passes on cpu and wasm', async () => {
  for (const backend of [cpu(), wasm()]) {
    await useBackend(backend);
    const report = await checkConformance();
    assert.ok(report.ok, `${backend.name}: ${report.results.filter((r) => !r.ok).map((r) => r.name).join(', ')}`);
  }
  await useBackend(cpu());
});

check('pretrain a few steps, save, load: same logits', async () => {
  const trainer = new Pretrainer({
    model: 'gpt2-tiny', data: arraySource(Array.from({ length: 50 }, (_, i) => `doc ${i}: the cat sat on the mat.`)),
    steps: 3, seqLen: 32, batchSize: 2, evalEvery: 0, outDir: join(tmp, 'run'),
  });
  const done = await trainer.train();
  trainer.dispose();
  const { model, tokenizer } = await loadPretrained(done.checkpointPath);
  await savePretrained(model, tokenizer, join(tmp, 'copy'));
  const copy = await loadPretrained(join(tmp, 'copy'));
  const ids = [tokenizer.encode('the cat')];
  const [a, b] = [model.logits(ids), copy.model.logits(ids)];
  assert.deepEqual(Array.from(await a.data()), Array.from(await b.data()));
  tf.dispose([a, b]);
  model.dispose();
  copy.model.dispose();
});

check('generation with and without the KV cache agree', async () => {
  const { model, tokenizer } = tinyModel({ family: 'llama', seed: 3 });
  const prompts = [tokenizer.encode('hi'), tokenizer.encode('hello there')];
  const withCache = await model.generate(prompts, { maxNewTokens: 8, temperature: 0 });
  const without = await model.generate(prompts, { maxNewTokens: 8, temperature: 0, useCache: false });
  assert.deepEqual(withCache.map((r) => r.tokens), without.map((r) => r.tokens));
  model.dispose();
});

check('LoRA: B = 0 equals the base, one training step, adapter round trip', async () => {
  await useBackend(cpu());
  const { model } = tinyModel({ family: 'llama', seed: 2 });
  const ids = [[1, 2, 3, 4, 5]];
  const base = Array.from(await model.logits(ids).data());
  const lora = applyLora(model, { r: 4, targetModules: 'all-linear' });
  assert.deepEqual(Array.from(await model.logits(ids).data()), base);
  const params = lora.trainableParams();
  const grads = tf.variableGrads(() => model.loss(tf.tensor2d(ids, undefined, 'int32'), tf.tensor2d([[2, 3, 4, 5, 6]], undefined, 'int32')), [...params.values()]);
  assert.ok(Object.keys(grads.grads).length === params.size, 'every A and B gets a gradient');
  for (const v of params.values()) v.assign(tf.add(v, 0.01));
  const adapted = Array.from(await model.logits(ids).data());
  await saveAdapter(lora, join(tmp, 'adapter'));
  const fresh = tinyModel({ family: 'llama', seed: 2 }).model;
  await loadAdapter(fresh, join(tmp, 'adapter'));
  assert.deepEqual(Array.from(await fresh.logits(ids).data()), adapted);
  model.dispose();
  fresh.dispose();
});

check('node() backend starts (native kernels or its fallback)', async () => {
  const info = await useBackend(node());
  assert.ok(info.name.length > 0);
  await useBackend(cpu());
});

check('eval extracts GSM8K answers', () => {
  assert.equal(extractAnswer('so she pays $1,234.50\n#### 1,234.50', { mode: 'strict' }), '1234.5');
});

check('the stagecoach CLI runs from its bin (the linked node_modules/.bin/stagecoach)', () => {
  const out = execFileSync(new URL('../node_modules/.bin/stagecoach', import.meta.url).pathname, ['--help']);
  assert.match(out.toString(), /pretrain/);
});

let failed = 0;
for (const { name, fn } of checks) {
  try {
    await fn();
    console.log(`  ok  ${name}`);
  } catch (error) {
    failed++;
    console.log(`FAIL  ${name}\n${error?.stack ?? error}`);
  }
}
rmSync(tmp, { recursive: true, force: true });
console.log(`dist: ${checks.length - failed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
