/** Types of scripts/build-cuda.js (plain JavaScript: it runs at install time, before any TypeScript build). */
export const CUDA_ADDON_PATH: string;
/** nvcc: $NVCC, PATH, CUDA_HOME, then the toolkit's usual folders; undefined when none exists. */
export function findNvcc(): string | undefined;
export function buildCuda(options?: { force?: boolean; log?: (line: string) => void }): Promise<
  { ok: true; path: string; upToDate?: boolean } | { ok: false; reason: string; noCompiler?: boolean }
>;
/** The install step: build, or warn once. */
export function main(): Promise<void>;
