/**
 * `webgpu()` in a real browser: headless Chromium (Debian's `chromium`, driven by playwright-core,
 * `--enable-unsafe-webgpu`) on its SwiftShader adapter. The page is bundled from source with esbuild
 * and served from 127.0.0.1 (WebGPU needs a secure context). Skipped when /usr/bin/chromium is absent.
 */
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const CHROMIUM = '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
const entry = fileURLToPath(new URL('./browser/smoke-page.ts', import.meta.url));

describe.skipIf(!available)('webgpu() in headless Chromium', () => {
  let server: Server;
  let browser: import('playwright-core').Browser;
  let page: import('playwright-core').Page;
  const logs: string[] = [];

  beforeAll(async () => {
    const bundle = await build({
      entryPoints: [entry], bundle: true, format: 'esm', platform: 'browser', target: 'es2022', write: false,
      conditions: ['source'], external: ['node:*'], logLevel: 'silent',
    });
    const script = bundle.outputFiles[0]!.text;
    server = createServer((req, res) => {
      if (req.url === '/smoke.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
      else res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>webgpu smoke</title><script type="module" src="/smoke.js"></script>');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--enable-unsafe-webgpu', '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    page = await browser.newPage();
    page.on('console', (m) => logs.push(m.text()));
    page.on('pageerror', (e) => logs.push(`pageerror: ${e.message}`));
    await page.goto(`http://127.0.0.1:${(server.address() as { port: number }).port}/`);
    await page.waitForFunction(() => 'stagecoachSmoke' in globalThis, undefined, { timeout: 60_000 });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    server?.closeAllConnections();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  });

  it('builds the backend on navigator.gpu and passes the fused kernels\' conformance cases', async () => {
    const result = await page.evaluate('stagecoachSmoke(["causalAttention", "tokenCrossEntropy", "crossEntropyLoss", "rmsNorm", "layerNorm"])') as {
      available: boolean; reason?: string; backend: string; fusedOps: string[]; product: number[];
      adapter: { name: string; runtime: string };
      results: Array<{ name: string; ok: boolean }>;
    };
    expect(result.reason, logs.join('\n')).toBeUndefined();
    expect(result.available).toBe(true);
    expect(result.adapter.runtime).toBe('navigator');
    expect(result.backend).toBe('webgpu');
    expect(result.fusedOps).toEqual(expect.arrayContaining(['StagecoachCausalAttention', 'StagecoachRmsNorm']));
    expect(result.product[0]! + result.product[1]!).toBeCloseTo(1, 5);
    expect(result.results.length).toBeGreaterThanOrEqual(10);
    expect(result.results.filter((r) => !r.ok)).toEqual([]);
  }, 300_000);
});
