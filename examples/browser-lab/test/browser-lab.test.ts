/**
 * The browser lab in headless Chromium (Debian's `chromium`, driven by playwright-core, WebGPU on
 * its SwiftShader adapter): the page is built with Vite and served from 127.0.0.1; it trains the
 * `tiny` preset, the page is reloaded mid-stage and must continue from the OPFS checkpoint, and at
 * the end the report renders in `<stagecoach-report>` and a checkpoint downloads as a Hugging Face
 * folder. Screenshots go to $BROWSER_LAB_SCREENSHOTS (default: a temporary folder, printed).
 * Skipped when /usr/bin/chromium is absent.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageRecord } from '../src/main.js';

const CHROMIUM = '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
const root = fileURLToPath(new URL('..', import.meta.url));
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.wasm': 'application/wasm' };

/** A static file server for the built page (OPFS and WebGPU need a secure context: 127.0.0.1 is one). */
function serve(folder: string): Promise<Server> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const file = normalize(join(folder, path === '/' ? 'index.html' : path));
    if (!file.startsWith(folder)) return void res.writeHead(403).end();
    readFile(file).then(
      (body) => res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body),
      () => res.writeHead(404).end(),
    );
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** The names of the entries of a ZIP archive (from its central directory). */
function zipEntries(zip: Buffer): string[] {
  const names: string[] = [];
  for (let at = zip.indexOf('PK\x01\x02'); at >= 0; at = zip.indexOf('PK\x01\x02', at + 46)) {
    const length = zip.readUInt16LE(at + 28);
    names.push(zip.subarray(at + 46, at + 46 + length).toString('utf8'));
  }
  return names;
}

describe.skipIf(!available)('the browser lab in headless Chromium', () => {
  let out: string;
  let server: Server;
  let browser: import('playwright-core').Browser;
  let page: import('playwright-core').Page;
  let url: string;
  const shots = process.env['BROWSER_LAB_SCREENSHOTS'] ?? join(tmpdir(), 'browser-lab-screenshots');
  const logs: string[] = [];
  const lab = () => page.evaluate(() => (window as unknown as { browserLab: PageRecord }).browserLab);

  beforeAll(async () => {
    out = await mkdtemp(join(tmpdir(), 'browser-lab-dist-'));
    const { build } = await import('vite');
    await build({ root, configFile: join(root, 'vite.config.ts'), logLevel: 'error', build: { outDir: out, emptyOutDir: true, minify: false, reportCompressedSize: false } });
    server = await serve(out);
    url = `http://127.0.0.1:${(server.address() as { port: number }).port}/?preset=tiny`;
    await mkdir(shots, { recursive: true });
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--enable-unsafe-webgpu', '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('console', (m) => logs.push(m.text()));
    page.on('pageerror', (e) => logs.push(`pageerror: ${e.message}`));
  }, 400_000);

  afterAll(async () => {
    await browser?.close();
    server?.closeAllConnections();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    if (out !== undefined) await rm(out, { recursive: true, force: true });
  });

  it('trains with a falling loss, resumes from its OPFS checkpoint after a reload, renders the report and downloads a checkpoint', async () => {
    await page.goto(url);
    await page.click('#start');
    // Reload once the base stage has a checkpoint and has trained past it.
    await page.waitForFunction(() => {
      const r = (window as unknown as { browserLab: PageRecord }).browserLab;
      const saved = r.checkpoints.base ?? 0;
      return r.errors.length > 0 || (saved >= 2 && (r.steps.base?.at(-1)?.step ?? 0) > saved && r.status.base === 'running');
    }, undefined, { timeout: 180_000, polling: 200 });
    const before = await lab();
    expect(before.errors, logs.join('\n')).toEqual([]);
    expect(before.backend).toBe('webgpu');
    const savedBefore = before.checkpoints.base!;
    const stepBefore = before.steps.base!.at(-1)!.step;
    await page.screenshot({ path: join(shots, '1-training.png'), fullPage: true });

    await page.reload();
    await page.waitForFunction(() => {
      const r = (window as unknown as { browserLab: PageRecord }).browserLab;
      return r.errors.length > 0 || (r.steps.base?.length ?? 0) >= 2;
    }, undefined, { timeout: 120_000, polling: 200 });
    const after = await lab();
    expect(after.errors, logs.join('\n')).toEqual([]);
    // The worker continued from the last complete checkpoint, not from step 1.
    const resumedFrom = after.resumedFrom.base!;
    expect(resumedFrom).toBeGreaterThanOrEqual(savedBefore);
    expect(resumedFrom).toBeLessThanOrEqual(stepBefore);
    expect(after.steps.base![0]!.step).toBe(resumedFrom + 1);
    await page.screenshot({ path: join(shots, '2-after-reload.png'), fullPage: true });

    await page.waitForFunction(() => {
      const r = (window as unknown as { browserLab: PageRecord }).browserLab;
      return r.errors.length > 0 || r.reportRendered;
    }, undefined, { timeout: 400_000, polling: 500 });
    const done = await lab();
    expect(done.errors, logs.join('\n')).toEqual([]);
    // The loss fell over the base stage (its curve, before and after the reload, as the chart shows it).
    const curve = [...before.steps.base!.filter((p) => p.step <= resumedFrom), ...done.steps.base!];
    expect(curve.map((p) => p.step)).toEqual(curve.map((_, i) => i + 1));
    const last = curve.slice(-3).reduce((sum, p) => sum + p.loss, 0) / 3;
    expect(last).toBeLessThan(curve[0]!.loss - 0.3);
    // Every stage ran, each model answered the sample question, and the report shows every model.
    expect(done.status).toMatchObject({ base: 'finished', mid: 'finished', sft: 'finished', reward: 'finished', rl: 'finished', eval: 'finished' });
    expect(done.samples.map((s) => s.stage)).toEqual(expect.arrayContaining(['base', 'mid', 'sft', 'rl']));
    const reportText = await page.evaluate(() => document.querySelector('stagecoach-report')!.shadowRoot!.textContent ?? '');
    for (const text of ['addition', 'base', 'mid', 'sft', 'rl']) expect(reportText).toContain(text);
    await page.locator('#report-panel').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(shots, '3-report.png'), fullPage: true });

    // A stage's checkpoint downloads as a zip of its Hugging Face folder.
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('li[data-stage="sft"] button.download')]);
    const entries = zipEntries(await readFile((await download.path())!));
    const folder = `sft-checkpoint-${done.checkpoints.sft}/`;
    expect(entries).toEqual(expect.arrayContaining([`${folder}config.json`, `${folder}model.safetensors`, `${folder}tokenizer.json`, `${folder}adapter/adapter_model.safetensors`]));
    console.log(`browser-lab screenshots: ${shots}`);
  }, 900_000);

  it('falls back to WebAssembly with a visible notice when WebGPU is off', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } }); // a fresh OPFS
    try {
      const wasmPage = await context.newPage();
      await wasmPage.goto(`${url}&backend=wasm`);
      await wasmPage.click('#start');
      await wasmPage.waitForFunction(() => {
        const r = (window as unknown as { browserLab: PageRecord }).browserLab;
        return r.errors.length > 0 || (r.steps.base?.length ?? 0) >= 2;
      }, undefined, { timeout: 180_000, polling: 200 });
      const record = await wasmPage.evaluate(() => (window as unknown as { browserLab: PageRecord }).browserLab);
      expect(record.errors).toEqual([]);
      expect(record.backend).toBe('wasm');
      expect(await wasmPage.locator('#notice').isVisible()).toBe(true);
      expect(await wasmPage.locator('#notice').textContent()).toContain('WebAssembly');
      expect(Number.isFinite(record.steps.base![1]!.loss)).toBe(true);
      await wasmPage.screenshot({ path: join(shots, '4-wasm-fallback.png') });
      await wasmPage.click('#stop');
      await wasmPage.waitForFunction(() => !(window as unknown as { browserLab: PageRecord }).browserLab.running, undefined, { timeout: 60_000 });
    } finally {
      await context.close();
    }
  }, 300_000);
});
