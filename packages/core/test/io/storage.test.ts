import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CheckpointError } from '../../src/errors.js';
import { fetchStorage, isStorage, nodeStorage, openStorage, opfsStorage, readSafetensors, writeSafetensors } from '../../src/io/index.js';
import type { Storage } from '../../src/io/index.js';

async function rejection(promise: Promise<unknown>): Promise<CheckpointError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(CheckpointError);
  expect(CheckpointError.isInstance(error)).toBe(true);
  return error as CheckpointError;
}

describe('fetchStorage against a local HTTP server', () => {
  const model = writeSafetensors({ w: { dtype: 'F32', shape: [2], data: new Float32Array([1, 2]) } });
  const requests: { method: string; url: string; auth?: string }[] = [];
  let server: Server;
  let base: string;

  beforeAll(async () => {
    server = createServer((req: IncomingMessage, res: ServerResponse) => {
      requests.push({ method: req.method!, url: req.url!, auth: req.headers.authorization });
      const files: Record<string, Uint8Array | string> = {
        '/repo/resolve/main/config.json': '{"model_type":"llama","name":"ünï"}',
        '/repo/resolve/main/model.safetensors': model,
        '/repo/resolve/main/sub/dir/file.txt': 'nested',
      };
      if (req.url === '/private/resolve/main/config.json' && req.headers.authorization !== 'Bearer t0k') {
        res.writeHead(401).end('unauthorized');
        return;
      }
      if (req.url === '/nohead/config.json') {
        if (req.method === 'HEAD') res.writeHead(405).end();
        else res.writeHead(206).end('{');
        return;
      }
      if (req.url === '/broken/model.safetensors') {
        res.writeHead(200, { 'content-length': '1000' });
        res.write('partial');
        res.destroy();
        return;
      }
      if (req.url === '/error/config.json') {
        res.writeHead(500).end('boom');
        return;
      }
      const body = files[req.url!] ?? (req.url === '/private/resolve/main/config.json' ? '{}' : undefined);
      if (body === undefined) {
        res.writeHead(404).end('not found');
        return;
      }
      res.writeHead(200, { 'content-length': String(typeof body === 'string' ? Buffer.byteLength(body) : body.length) });
      res.end(req.method === 'HEAD' ? undefined : body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    if (typeof address !== 'object' || address === null) throw new Error('no address');
    base = `http://127.0.0.1:${address.port}`;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('reads bytes and text relative to the base URL (with or without a trailing slash)', async () => {
    for (const url of [`${base}/repo/resolve/main`, `${base}/repo/resolve/main/`]) {
      const storage = await openStorage(url);
      expect(storage.location).toBe(`${base}/repo/resolve/main/`);
      expect(JSON.parse(await storage.readText('config.json'))).toEqual({ model_type: 'llama', name: 'ünï' });
      const { tensors } = readSafetensors(await storage.readBytes('model.safetensors'));
      expect(Array.from(tensors.get('w')!.data as Float32Array)).toEqual([1, 2]);
      expect(await storage.readText('sub/dir/file.txt')).toBe('nested');
      expect(storage.writeFiles).toBeUndefined();
    }
  });

  it('answers exists with HEAD, falling back to a 1-byte GET when HEAD is refused', async () => {
    const storage = fetchStorage(`${base}/repo/resolve/main/`);
    requests.length = 0;
    expect(await storage.exists('config.json')).toBe(true);
    expect(await storage.exists('missing.json')).toBe(false);
    expect(requests.map((r) => r.method)).toEqual(['HEAD', 'HEAD']);
    requests.length = 0;
    expect(await fetchStorage(`${base}/nohead`).exists('config.json')).toBe(true);
    expect(requests.map((r) => r.method)).toEqual(['HEAD', 'GET']);
    await rejection(fetchStorage(`${base}/error`).exists('config.json'));
  });

  it('names the missing file and the location on 404', async () => {
    const error = await rejection(fetchStorage(`${base}/repo/resolve/main/`).readBytes('tokenizer.json'));
    expect(error.message).toContain('"tokenizer.json"');
    expect(error.message).toContain(`${base}/repo/resolve/main/`);
    expect(error.message).toContain('404');
  });

  it('explains authentication failures and passes init headers along', async () => {
    const error = await rejection(fetchStorage(`${base}/private/resolve/main`).readText('config.json'));
    expect(error.message).toMatch(/HTTP 401.*credentials/);
    const authed = fetchStorage(`${base}/private/resolve/main`, { headers: { Authorization: 'Bearer t0k' } });
    expect(await authed.readText('config.json')).toBe('{}');
    expect(await authed.exists('config.json')).toBe(true);
  });

  it('reports server errors, broken downloads and unreachable hosts as CheckpointError', async () => {
    expect((await rejection(fetchStorage(`${base}/error`).readText('config.json'))).message).toContain('HTTP 500');
    expect((await rejection(fetchStorage(`${base}/broken`).readBytes('model.safetensors'))).message).toContain('"model.safetensors"');
    // A port nobody listens on: bind then close to get one.
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const port = (probe.address() as { port: number }).port;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    const error = await rejection(fetchStorage(`http://127.0.0.1:${port}/x`).readBytes('config.json'));
    expect(error.message).toContain('could not fetch "config.json"');
  });

  it('refuses paths that leave the base', async () => {
    const error = await rejection(fetchStorage(`${base}/repo/resolve/main/`).readBytes('../../secret'));
    expect(error.message).toContain('not a relative path');
  });
});

describe('nodeStorage', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'stagecoach-storage-'));
    mkdirSync(join(dir, 'model', 'sub'), { recursive: true });
    writeFileSync(join(dir, 'model', 'config.json'), '{"a":1}');
    writeFileSync(join(dir, 'model', 'sub', 'x.bin'), new Uint8Array([1, 2, 3]));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads files, nested paths and answers exists', async () => {
    const storage = await openStorage(join(dir, 'model'));
    expect(storage.location).toBe(join(dir, 'model'));
    expect(await storage.readText('config.json')).toBe('{"a":1}');
    expect(Array.from(await storage.readBytes('sub/x.bin'))).toEqual([1, 2, 3]);
    expect(await storage.exists('config.json')).toBe(true);
    expect(await storage.exists('sub')).toBe(false); // a folder is not a file
    expect(await storage.exists('nope.json')).toBe(false);
  });

  it('opens file:// URLs as folders and passes Storage objects through', async () => {
    const storage = await openStorage(pathToFileURL(join(dir, 'model')).href);
    expect(await storage.readText('config.json')).toBe('{"a":1}');
    const custom: Storage = nodeStorage(dir);
    expect(await openStorage(custom)).toBe(custom);
    expect(isStorage(custom)).toBe(true);
    expect(isStorage({ location: 'x' })).toBe(false);
  });

  it('names the missing file, the folder and what it holds', async () => {
    const error = await rejection(nodeStorage(join(dir, 'model')).readBytes('model.safetensors'));
    expect(error.message).toContain('"model.safetensors"');
    expect(error.message).toContain(join(dir, 'model'));
    expect(error.message).toContain('config.json');
    const noFolder = await rejection(nodeStorage(join(dir, 'absent')).readText('config.json'));
    expect(noFolder.message).toMatch(/folder .*absent does not exist/);
    const isFolder = await rejection(nodeStorage(join(dir, 'model')).readBytes('sub'));
    expect(isFolder.message).toContain('is a folder');
    await rejection(nodeStorage(join(dir, 'model')).readBytes('../model/config.json'));
    expect((await rejection(nodeStorage(join(dir, 'model')).readBytes('/etc/hostname'))).message).toContain('not a relative path');
  });

  it('writes a whole folder through writeFiles', async () => {
    const storage = nodeStorage(join(dir, 'written'));
    await storage.writeFiles({ 'config.json': '{"b":2}', 'weights/model.safetensors': new Uint8Array([9]) });
    expect(await storage.readText('config.json')).toBe('{"b":2}');
    await storage.writeFiles({ 'extra.txt': 'x' }, { merge: true });
    expect(await storage.readText('config.json')).toBe('{"b":2}');
    expect(await storage.readText('extra.txt')).toBe('x');
    await storage.writeFiles({ 'only.txt': 'y' });
    expect(await storage.exists('config.json')).toBe(false);
    expect(await storage.readText('only.txt')).toBe('y');
  });
});

describe('browser safety', () => {
  it('io modules import nothing from node: at load time (only import type and dynamic import())', () => {
    const dir = fileURLToPath(new URL('../../src/io/', import.meta.url));
    const sources = readdirSync(dir).filter((f) => f.endsWith('.ts'));
    expect(sources.length).toBeGreaterThan(5);
    for (const file of sources) {
      const text = readFileSync(join(dir, file), 'utf8');
      const staticNode = text.split('\n').filter((line) => /^\s*(import|export)\b(?!\s+type\b)(.*from)?\s*['"]node:/.test(line));
      expect(staticNode, file).toEqual([]);
    }
  });
});

describe('opfsStorage outside a browser', () => {
  it('explains that OPFS is unavailable', async () => {
    const storage = await openStorage('opfs:models/tiny');
    expect(storage.location).toBe('opfs:models/tiny');
    const error = await rejection(storage.readBytes('config.json'));
    expect(error.message).toContain('origin-private file system is not available');
    await rejection(opfsStorage('x').writeFiles!({ a: 'b' }));
  });
});
