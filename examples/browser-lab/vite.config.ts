import { defineConfig } from 'vite';

// Workspace packages resolve to their TypeScript sources (the `source` export condition), as in the tests.
export default defineConfig({
  root: __dirname,
  resolve: { conditions: ['source', 'module', 'browser', 'import', 'default'] },
  // ES-module workers: the worker imports the trainers and loads backends with dynamic imports.
  worker: { format: 'es' },
  build: { target: 'es2022', outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 4096 },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
