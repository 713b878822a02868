// `pnpm lab`: a small model from random weights through every stage of training, and a report of what each changed.
import { ConfigError } from '@stagecoach/core';
import { startBackend } from '@stagecoach/cli';
import { runLab } from './lab.js';
import { parseLabArgs } from './options.js';

async function startLabBackend(name: string): Promise<void> {
  if (name !== 'webgpu') {
    await startBackend(name);
    return;
  }
  const { useBackend } = await import('@stagecoach/core');
  const { webgpu } = await import('@stagecoach/backend-webgpu');
  await useBackend(webgpu());
}

try {
  const options = parseLabArgs(process.argv.slice(2));
  await startLabBackend(options.backend);
  const controller = new AbortController();
  process.on('SIGINT', () => {
    if (controller.signal.aborted) process.exit(130);
    process.stdout.write('\nStopping after this step (Ctrl-C again to quit at once)…\n');
    controller.abort();
  });
  const report = await runLab(options, controller.signal);
  process.exitCode = report === undefined ? 130 : 0;
} catch (error) {
  if (ConfigError.isInstance(error)) {
    process.stderr.write(`${error.message}\n`);
    process.exitCode = 2;
  } else throw error;
}
