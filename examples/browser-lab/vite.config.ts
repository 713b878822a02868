import { defineConfig } from 'vite';

/**
 * Core loads `node:` modules lazily, only on Node code paths (local folders, the native backend);
 * Vite stubs them in the browser build and warns about each. Those warnings are expected here.
 */
const rollupOptions = {
  onwarn(warning: { message: string }, warn: (warning: { message: string }) => void) {
    if (!/Module "node:[^"]+" has been externalized/.test(warning.message)) warn(warning);
  },
};

// Workspace packages resolve to their TypeScript sources (the `source` export condition), as in the tests.
export default defineConfig({
  root: __dirname,
  resolve: { conditions: ['source', 'module', 'browser', 'import', 'default'] },
  // ES-module workers: the worker imports the trainers and loads backends with dynamic imports.
  worker: { format: 'es', rollupOptions },
  build: { target: 'es2022', outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 4096, rollupOptions },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
