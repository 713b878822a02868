/**
 * Opens the static HTML report and a page using <stagecoach-report> in headless Chromium (Debian's
 * `chromium`, driven by playwright-core), checks that there are no console errors and that every
 * chart drew on its canvas, and saves screenshots under packages/eval/test/out/ (git-ignored).
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { tinyModel } from '@stagecoach/core/testing';
import { build } from 'esbuild';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { arithmeticChoiceTask, arithmeticTask, compareModels, reportCharts } from '../src/index.js';
import { renderHtmlReportFile } from '../src/node/index.js';
import { demoReport } from './demo-report.js';

const CHROMIUM = '/usr/bin/chromium';
const OUT = fileURLToPath(new URL('./out/', import.meta.url));
const SOURCE = fileURLToPath(new URL('../src/', import.meta.url));
const hasChromium = existsSync(CHROMIUM);
const skipReason = `Chromium not found at ${CHROMIUM} (install it with: apt-get update && apt-get install -y chromium); skipping browser tests`;

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.json': 'application/json', '.map': 'application/json' };

function serve(dir: string): Promise<Server> {
  const server = createServer((request, response) => {
    const name = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname).replace(/^\/+/, '');
    if (name.includes('..') || name === '') {
      response.writeHead(404).end();
      return;
    }
    readFile(join(dir, name)).then(
      (body) => response.writeHead(200, { 'content-type': TYPES[extname(name)] ?? 'application/octet-stream' }).end(body),
      () => response.writeHead(404).end('not found'),
    );
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Console errors, page errors and requests that left 127.0.0.1 or failed. */
function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  page.on('request', (request) => {
    if (!request.url().startsWith('http://127.0.0.1:')) problems.push(`request outside the test server: ${request.url()}`);
  });
  return problems;
}

/** For every canvas under `root` (document or a shadow root): its size and how many pixels are painted. */
const CANVAS_INK = `(root) => [...root.querySelectorAll('canvas')].map((canvas) => {
  const context = canvas.getContext('2d');
  const { width, height } = canvas;
  const pixels = context.getImageData(0, 0, width, height).data;
  let ink = 0;
  for (let i = 3; i < pixels.length; i += 4) if (pixels[i] > 0) ink++;
  return { id: canvas.dataset.chart, width, height, ink };
})`;

describe.skipIf(!hasChromium)(hasChromium ? 'reports in headless Chromium' : skipReason, () => {
  let server: Server;
  let context: BrowserContext;
  let profile: string;
  let base: string;

  beforeAll(async () => {
    await mkdir(OUT, { recursive: true });
    // 1. A static HTML report of a plausible comparison, and one of a real run of two tiny models.
    await writeFile(join(OUT, 'report.html'), await renderHtmlReportFile(demoReport()));
    const a = tinyModel({ seed: 1 });
    const b = tinyModel({ seed: 2 });
    try {
      const real = await compareModels({
        models: { base: a, tuned: b }, tasks: [arithmeticTask({ count: 3 }), arithmeticChoiceTask({ count: 2 })], maxNewTokens: 8, title: 'Two tiny seeded models',
      });
      await writeFile(join(OUT, 'tiny-report.html'), await renderHtmlReportFile(real));
      await writeFile(join(OUT, 'tiny-report.json'), JSON.stringify(real));
    } finally {
      a.model.dispose();
      b.model.dispose();
    }
    await writeFile(join(OUT, 'report.json'), JSON.stringify(demoReport()));
    // 2. The web component bundled for the browser (with Chart.js), as users get it from dist/stagecoach-report.js.
    const bundle = await build({
      entryPoints: [join(SOURCE, 'browser.ts')], bundle: true, format: 'iife', platform: 'browser', target: 'es2022',
      outfile: join(OUT, 'stagecoach-report.js'), sourcemap: true, metafile: true, logLevel: 'silent',
    });
    const inputs = Object.keys(bundle.metafile.inputs);
    expect(inputs.filter((i) => i.includes('packages/core') || i.includes('@tensorflow'))).toEqual([]);
    await writeFile(join(OUT, 'element.html'), `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>stagecoach-report element</title><link rel="icon" href="data:,">
<style>body { margin: 0; font-family: system-ui, sans-serif; background: #eef2f7; } .lab { max-width: 1240px; margin: 0 auto; padding: 12px; }
.card { background: #fff; border-radius: 8px; margin: 12px 0; padding: 4px; box-shadow: 0 1px 3px #0002; } h1 { font-size: 20px; }</style>
<script src="stagecoach-report.js"></script></head>
<body><div class="lab"><h1>Course page: what did each training stage change?</h1>
<div class="card"><stagecoach-report id="from-src" src="report.json"></stagecoach-report></div>
<div class="card"><stagecoach-report id="from-property"></stagecoach-report></div>
<div class="card"><stagecoach-report id="missing" src="no-such-report.json"></stagecoach-report></div>
<div class="card"><stagecoach-report id="old-version"></stagecoach-report></div>
</div></body></html>`);
    server = await serve(OUT);
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    profile = await mkdtemp(join(tmpdir(), 'stagecoach-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
      viewport: { width: 1280, height: 900 },
    });
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
    if (profile) await rm(profile, { recursive: true, force: true });
  });

  it('the static HTML report draws every chart with no console errors, offline', async () => {
    for (const [file, report] of [['report.html', demoReport()], ['tiny-report.html', null]] as const) {
      const page = await context.newPage();
      const problems = watch(page);
      await page.goto(`${base}/${file}`, { waitUntil: 'load' });
      const canvases = (await page.evaluate(`(${CANVAS_INK})(document)`)) as { id: string; width: number; height: number; ink: number }[];
      const charts = (await page.evaluate('Object.keys(Chart.instances).length')) as number;
      await page.screenshot({ path: join(OUT, file.replace('.html', '.png')), fullPage: true });
      await page.screenshot({ path: join(OUT, file.replace('.html', '-top.png')) });
      expect(problems).toEqual([]);
      expect(canvases.length).toBeGreaterThan(0);
      expect(charts).toBe(canvases.length);
      if (report !== null) expect(canvases.map((c) => c.id).sort()).toEqual(Object.keys(reportCharts(report)).sort());
      for (const canvas of canvases) {
        expect(canvas.width, canvas.id).toBeGreaterThan(200);
        expect(canvas.ink, `${canvas.id} drew nothing`).toBeGreaterThan(500);
      }
      await page.close();
    }
  });

  it('the HTML report also works opened straight from disk (file://), with no server', async () => {
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('request', (request) => {
      if (!request.url().startsWith('file:')) problems.push(`request: ${request.url()}`);
    });
    await page.goto(pathToFileURL(join(OUT, 'report.html')).href, { waitUntil: 'load' });
    const canvases = (await page.evaluate(`(${CANVAS_INK})(document)`)) as { ink: number }[];
    expect(problems).toEqual([]);
    expect(canvases.length).toBe(Object.keys(reportCharts(demoReport())).length);
    expect(canvases.every((c) => c.ink > 500)).toBe(true);
    await page.close();
  });

  it('<stagecoach-report> renders from src and from the report property, and shows load errors in place', async () => {
    const page = await context.newPage();
    const problems = watch(page);
    const reportJson = JSON.stringify(demoReport());
    await page.goto(`${base}/element.html`, { waitUntil: 'load' });
    await page.evaluate(`new Promise((resolve) => {
      const element = document.getElementById('from-src');
      if (element.shadowRoot.querySelector('canvas')) setTimeout(resolve, 50);
      else element.addEventListener('report-rendered', () => resolve(), { once: true });
    })`);
    await page.evaluate(`new Promise((resolve) => {
      const element = document.getElementById('from-property');
      element.addEventListener('report-rendered', (event) => resolve(event.detail), { once: true });
      const report = ${reportJson};
      report.title = 'Set through the report property';
      element.report = report;
    })`);
    const versionEvent = await page.evaluate(`new Promise((resolve) => {
      const element = document.getElementById('old-version');
      element.addEventListener('report-error', (event) => resolve(event.detail), { once: true });
      element.report = { ...${reportJson}, schemaVersion: 1 };
    })`);
    await page.waitForFunction(`document.getElementById('missing').shadowRoot.querySelector('.sc-error') !== null`);
    const versionError = await page.evaluate(`document.getElementById('old-version').shadowRoot.querySelector('.sc-error').textContent`);
    const fromSrc = (await page.evaluate(`(${CANVAS_INK})(document.getElementById('from-src').shadowRoot)`)) as { id: string; ink: number }[];
    const fromProperty = (await page.evaluate(`(${CANVAS_INK})(document.getElementById('from-property').shadowRoot)`)) as { id: string; ink: number }[];
    const error = await page.evaluate(`document.getElementById('missing').shadowRoot.querySelector('.sc-error').textContent`);
    const title = await page.evaluate(`document.getElementById('from-property').shadowRoot.querySelector('h1').textContent`);
    await page.screenshot({ path: join(OUT, 'element.png'), fullPage: true });
    await page.locator('#from-src').screenshot({ path: join(OUT, 'element-from-src.png') });
    // The 404 of the deliberately missing report is the only failed request.
    expect(problems.filter((p) => !p.includes('no-such-report.json') && p !== 'console error: Failed to load resource: the server responded with a status of 404 (Not Found)')).toEqual([]);
    expect(problems.filter((p) => p.startsWith('HTTP'))).toEqual([`HTTP 404: ${base}/no-such-report.json`]);
    expect(error).toMatch(/Could not load the report from no-such-report\.json: HTTP 404/);
    // A report of another schema version: a clear message in place (and the event), no charts.
    expect(versionError).toMatch(/^Unsupported report version: this report uses schemaVersion 1, but this version of @stagecoach\/eval reads only schemaVersion 2; regenerate it/);
    expect(versionEvent).toBe(versionError);
    expect(await page.evaluate(`document.getElementById('old-version').shadowRoot.querySelectorAll('canvas').length`)).toBe(0);
    expect(title).toBe('Set through the report property');
    const expected = Object.keys(reportCharts(demoReport())).sort();
    for (const canvases of [fromSrc, fromProperty]) {
      expect(canvases.map((c) => c.id).sort()).toEqual(expected);
      for (const canvas of canvases) expect(canvas.ink, `${canvas.id} drew nothing`).toBeGreaterThan(500);
    }
    await page.close();
  });
});
