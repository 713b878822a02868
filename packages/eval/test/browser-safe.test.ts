import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const SOURCE = fileURLToPath(new URL('../src/', import.meta.url));

describe('browser safety of the main entry', () => {
  it('bundles for the browser with no node: imports (core, checked by its own tests, left external)', async () => {
    const result = await build({
      entryPoints: [`${SOURCE}index.ts`], bundle: true, write: false, platform: 'browser', format: 'esm',
      external: ['@stagecoach/core'], metafile: true, logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((i) => i.endsWith('src/index.ts'))).toBe(true);
    expect(inputs.filter((i) => i.includes('/src/node/'))).toEqual([]);
    const imports = Object.values(result.metafile.inputs).flatMap((input) => input.imports.map((i) => i.path));
    expect(imports.filter((path) => path.startsWith('node:') || /^(fs|path|os|module|url|http|crypto)(\/|$)/.test(path))).toEqual([]);
  });

  it('the Node helpers do use node: modules, so they live apart in ./node', async () => {
    const result = await build({
      entryPoints: [`${SOURCE}node/index.ts`], bundle: true, write: false, platform: 'node', format: 'esm',
      external: ['@stagecoach/core', 'chart.js'], metafile: true, logLevel: 'silent',
    });
    const imports = Object.values(result.metafile.inputs).flatMap((input) => input.imports.map((i) => i.path));
    expect(imports.some((path) => path.startsWith('node:'))).toBe(true);
  });
});
