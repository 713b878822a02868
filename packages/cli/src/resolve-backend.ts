import { ConfigError, cpu, useBackend, wasm, type Backend, type BackendInfo } from '@stagecoach/core';

/** Backends the CLI can start by name. Add one line here to offer another. */
const backends: Record<string, () => Promise<Backend>> = {
  cpu: async () => cpu(),
  wasm: async () => wasm(),
  node: async () => (await import('@stagecoach/backend-node')).node(),
};

/** The backend a command uses without `--backend`: the fastest this machine offers. */
export const DEFAULT_BACKEND = 'node';

/** The valid `--backend` names. */
export const backendNames = Object.keys(backends);

/** Starts the backend called `name`; ConfigError listing the valid names for an unknown one. */
export async function startBackend(name: string): Promise<BackendInfo> {
  const make = backends[name];
  if (make === undefined) throw new ConfigError(`--backend "${name}" is not a backend; valid: ${backendNames.join(', ')}.`);
  return useBackend(await make());
}
