import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { crc32, zipFiles } from '../src/zip.js';

function hasPython(): boolean {
  try {
    execFileSync('python3', ['--version']);
    return true;
  } catch {
    return false;
  }
}

describe('zipFiles', () => {
  it('computes the standard CRC-32', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array())).toBe(0);
  });

  it.skipIf(!hasPython())('writes an archive that Python\'s zipfile reads back byte for byte', async () => {
    const files = [
      { path: 'sft-checkpoint-2/config.json', bytes: new TextEncoder().encode('{"model_type":"llama"}') },
      { path: 'sft-checkpoint-2/adapter/adapter_model.safetensors', bytes: Uint8Array.from({ length: 70_000 }, (_, i) => (i * 31) & 0xff) },
      { path: 'sft-checkpoint-2/empty.txt', bytes: new Uint8Array() },
    ];
    const dir = await mkdtemp(join(tmpdir(), 'zip-test-'));
    try {
      const file = join(dir, 'out.zip');
      await writeFile(file, new Uint8Array(await zipFiles(files).arrayBuffer()));
      const script = 'import sys, zipfile, json\nz = zipfile.ZipFile(sys.argv[1])\nassert z.testzip() is None\nprint(json.dumps({n: list(z.read(n)) if len(z.read(n)) < 100 else len(z.read(n)) for n in z.namelist()}))';
      const read = JSON.parse(execFileSync('python3', ['-c', script, file], { encoding: 'utf8' })) as Record<string, number[] | number>;
      expect(Object.keys(read)).toEqual(files.map((f) => f.path));
      expect(read['sft-checkpoint-2/config.json']).toEqual([...files[0]!.bytes]);
      expect(read['sft-checkpoint-2/adapter/adapter_model.safetensors']).toBe(70_000);
      expect(read['sft-checkpoint-2/empty.txt']).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
