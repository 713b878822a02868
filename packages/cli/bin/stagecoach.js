#!/usr/bin/env node
// The `stagecoach` command runs the built CLI. This file is committed (dist/ is not), so that an
// install in a fresh clone can link the command before anything is built.
try {
  await import('../dist/bin.js');
} catch (error) {
  if (error?.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist/bin.js')) {
    console.error('stagecoach: the CLI is not built yet. In the repository, run `npx -y pnpm@9.15.9 build` first, '
      + 'or run it from the sources with `npx -y pnpm@9.15.9 stagecoach …`.');
    process.exit(1);
  }
  throw error;
}
