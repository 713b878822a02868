import { existsSync } from 'node:fs';
import { webgpu } from '../src/index.js';

/** Debian chromium's SwiftShader Vulkan driver: a software GPU for Dawn on machines without one. */
export const SWIFTSHADER_ICD = '/usr/lib/chromium/vk_swiftshader_icd.json';

/**
 * Points Dawn at SwiftShader when no Vulkan driver was chosen and Chromium's is installed, and says
 * why WebGPU cannot run here (undefined when it can). Tests pass `cpuForward: false` to `webgpu()`
 * so that no small op quietly runs on the CPU.
 */
export async function webgpuSkipReason(): Promise<string | undefined> {
  if (process.env.VK_ICD_FILENAMES === undefined && existsSync(SWIFTSHADER_ICD)) process.env.VK_ICD_FILENAMES = SWIFTSHADER_ICD;
  const backend = webgpu();
  if (await backend.isAvailable()) return undefined;
  return `no WebGPU adapter (${backend.unavailableReason?.() ?? 'no reason given'}); ` +
    'install Debian\'s chromium (SwiftShader) and libvulkan1 to run these tests';
}
