/**
 * opfsStorage in a real browser: headless Chromium (Debian's `chromium`, driven by playwright-core)
 * loads the source modules, transpiled on the fly and served from 127.0.0.1 (a secure context, as
 * OPFS requires). Skipped when /usr/bin/chromium is not installed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tensorFromFloat32, writeSafetensors } from '../../src/io/index.js';

const CHROMIUM = '/usr/bin/chromium';
const srcRoot = fileURLToPath(new URL('../../src/', import.meta.url));
const available = existsSync(CHROMIUM);
const model = writeSafetensors({
  w: tensorFromFloat32(new Float32Array([1, -0.5, 65504, 0.1]), [2, 2], 'F16'),
  ids: { dtype: 'I64', shape: [2], data: new BigInt64Array([-1n, 2n ** 40n]) },
}, { format: 'pt' });

describe.skipIf(!available)('io in headless Chromium', () => {
  let server: Server;
  let base: string;
  let browser: import('playwright-core').Browser;
  let page: import('playwright-core').Page;

  beforeAll(async () => {
    server = createServer((req, res) => {
      const url = new URL(req.url!, 'http://x');
      if (url.pathname === '/files/model.safetensors') {
        res.writeHead(200).end(model);
        return;
      }
      if (url.pathname === '/') {
        res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>opfs</title>');
        return;
      }
      // /src/io/opfs-storage.js → packages/core/src/io/opfs-storage.ts, transpiled to JavaScript.
      const relative = normalize(url.pathname.replace(/^\/src\//, '')).replace(/\.js$/, '.ts');
      const file = join(srcRoot, relative);
      if (!url.pathname.startsWith('/src/') || !file.startsWith(srcRoot) || !existsSync(file)) {
        res.writeHead(404).end();
        return;
      }
      const { outputText } = ts.transpileModule(readFileSync(file, 'utf8'), {
        compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: true },
      });
      res.writeHead(200, { 'content-type': 'text/javascript' }).end(outputText);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    page = await browser.newPage();
    await page.goto(`${base}/`);
  });

  afterAll(async () => {
    await browser?.close();
    server?.closeAllConnections();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  });

  it('writes, reads, overwrites and reports missing files', async () => {
    // Passed as text: vitest rewrites import() inside test functions, which the page cannot run.
    const script = `(async () => {
      const { opfsStorage } = await import('/src/io/opfs-storage.js');
      const storage = opfsStorage('runs/tiny');
      await storage.writeFiles({ 'config.json': '{"a":1}', 'weights/model.bin': new Uint8Array([1, 2, 3, 250]) });
      const text = await storage.readText('config.json');
      const bytes = Array.from(await storage.readBytes('weights/model.bin'));
      await storage.writeFiles({ 'config.json': '{"a":2}' });
      const overwritten = await storage.readText('config.json');
      const exists = [await storage.exists('config.json'), await storage.exists('nope.json'), await storage.exists('weights/model.bin')];
      let missing;
      try {
        await storage.readBytes('tokenizer.json');
      } catch (e) {
        missing = { name: e.name, code: e.code, message: e.message };
      }
      const otherFolder = await opfsStorage('runs/other').exists('config.json');
      return { text, bytes, overwritten, exists, missing, otherFolder, location: storage.location };
    })()`;
    const result = await page.evaluate(script) as {
      text: string; bytes: number[]; overwritten: string; exists: boolean[]; otherFolder: boolean; location: string;
      missing?: { name: string; code: string; message: string };
    };
    expect(result.text).toBe('{"a":1}');
    expect(result.bytes).toEqual([1, 2, 3, 250]);
    expect(result.overwritten).toBe('{"a":2}');
    expect(result.exists).toEqual([true, false, true]);
    expect(result.otherFolder).toBe(false);
    expect(result.location).toBe('opfs:runs/tiny');
    expect(result.missing?.code).toBe('STAGECOACH_CHECKPOINT');
    expect(result.missing?.message).toContain('"tokenizer.json" not found in opfs:runs/tiny');
  });

  it('fetches a safetensors file and parses it in the page', async () => {
    const script = `(async () => {
      const { fetchStorage } = await import('/src/io/fetch-storage.js');
      const { readSafetensors, toFloat32 } = await import('/src/io/safetensors.js');
      const storage = fetchStorage(location.origin + '/files');
      const { tensors, metadata } = readSafetensors(await storage.readBytes('model.safetensors'));
      return {
        metadata,
        w: Array.from(toFloat32(tensors.get('w'))),
        ids: Array.from(tensors.get('ids').data, String),
        missing: await storage.exists('config.json'),
      };
    })()`;
    const result = await page.evaluate(script);
    expect(result).toEqual({ metadata: { format: 'pt' }, w: [1, -0.5, 65504, 0.0999755859375], ids: ['-1', String(2n ** 40n)], missing: false });
  });
});
