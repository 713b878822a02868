import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: ['src/index.ts', 'src/node/index.ts'],
    format: ['esm'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'es2022',
  },
  {
    // <script src=".../stagecoach-report.js"> registers <stagecoach-report>, Chart.js included.
    entry: { 'stagecoach-report': 'src/browser.ts' },
    format: ['iife'],
    platform: 'browser',
    noExternal: ['chart.js'],
    minify: true,
    sourcemap: true,
    target: 'es2022',
    outExtension: () => ({ js: '.js' }),
  },
]);
