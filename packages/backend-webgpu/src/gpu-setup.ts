/**
 * Finding a WebGPU adapter: `navigator.gpu` in a browser (or a Node that already has one), else the
 * npm `webgpu` package (Dawn) in Node, whose globals are copied onto `globalThis` and whose `GPU` is
 * installed as `navigator.gpu` so that tfjs-backend-webgpu finds it.
 */

/** Where the adapter came from. */
export type WebGPURuntime = 'navigator' | 'dawn-node';

/** What `stagecoach doctor` shows about the adapter. */
export interface WebGPUAdapterReport {
  runtime: WebGPURuntime;
  /** `vendor / architecture / device / description` as the adapter reports them (any may be empty). */
  vendor: string;
  architecture: string;
  device: string;
  description: string;
  /** A one-line name: the description, else vendor and architecture. */
  name: string;
  /** Whether the browser/driver marked this a fallback (software) adapter. */
  isFallbackAdapter: boolean;
  /** Every feature the adapter offers, sorted (`shader-f16`, `subgroups`, `timestamp-query`, ...). */
  features: string[];
  /** Convenience flags for the features Stagecoach's kernels could use. */
  shaderF16: boolean;
  subgroups: boolean;
  /** The adapter's limits (numbers only), e.g. `maxComputeWorkgroupStorageSize`, `maxBufferSize`. */
  limits: Record<string, number>;
}

/** Options for how the adapter is found. */
export interface GpuSetupOptions {
  /** Dawn toggles for the Node `webgpu` package's `create()`, e.g. `['backend=vulkan']`. Default none. */
  dawnFlags?: string[];
  /** Passed to `requestAdapter`. Default `'high-performance'`. */
  powerPreference?: GPUPowerPreference;
}

/** The Node `webgpu` package (dawn.node), loaded by name at run time. */
interface DawnModule {
  create(flags: string[]): GPU;
  globals: object;
}

let dawnGpu: GPU | undefined;

function isNode(): boolean {
  return typeof process !== 'undefined' && typeof process.versions?.node === 'string';
}

function navigatorGpu(): GPU | undefined {
  return typeof navigator !== 'undefined' && navigator !== null && 'gpu' in navigator && navigator.gpu !== undefined
    ? navigator.gpu
    : undefined;
}

/**
 * Returns `navigator.gpu`, installing Dawn's in Node when there is none. Throws an Error that says
 * what is missing and how to get it.
 */
export async function ensureNavigatorGpu(options: GpuSetupOptions = {}): Promise<{ gpu: GPU; runtime: WebGPURuntime }> {
  const existing = navigatorGpu();
  if (existing !== undefined) return { gpu: existing, runtime: dawnGpu === existing ? 'dawn-node' : 'navigator' };
  if (!isNode()) {
    throw new Error(
      'this browser has no WebGPU (navigator.gpu is undefined). Use a browser with WebGPU enabled ' +
        '(Chrome/Edge 113+, Safari 26+, Firefox 141+ on Windows), or Chromium with --enable-unsafe-webgpu.',
    );
  }
  let dawn: DawnModule;
  try {
    const name = 'webgpu'; // a variable, so that browser bundlers leave the Node-only package out
    dawn = (await import(/* @vite-ignore */ name)) as DawnModule;
  } catch (cause) {
    throw new Error(
      `WebGPU in Node needs the npm package \`webgpu\` (Dawn), which could not be loaded ` +
        `(${cause instanceof Error ? cause.message : String(cause)}). Install it: \`npm install webgpu\`.`,
      { cause },
    );
  }
  // Dawn's GPUBuffer, GPUBufferUsage, GPUMapMode, ... must be globals for tfjs-backend-webgpu.
  for (const [key, value] of Object.entries(dawn.globals)) {
    if (!(key in globalThis)) Object.defineProperty(globalThis, key, { value, configurable: true, writable: true });
  }
  const gpu = dawn.create(options.dawnFlags ?? []);
  dawnGpu = gpu;
  // Node 20 has no `navigator`; Node 21+ has a read-only one without `gpu`.
  if (typeof navigator === 'undefined') {
    Object.defineProperty(globalThis, 'navigator', { value: { gpu }, configurable: true, writable: true });
  } else {
    Object.defineProperty(navigator, 'gpu', { value: gpu, configurable: true, writable: true });
  }
  return { gpu, runtime: 'dawn-node' };
}

/** Why no adapter came back, with what to do about it. */
export function noAdapterMessage(runtime: WebGPURuntime): string {
  if (runtime === 'dawn-node') {
    return (
      'Dawn (npm `webgpu`) found no GPU adapter. It needs a Vulkan loader (`libvulkan1`) and a Vulkan ' +
      'driver: a GPU driver, or a software one such as SwiftShader from Debian\'s `chromium` package ' +
      '(`VK_ICD_FILENAMES=/usr/lib/chromium/vk_swiftshader_icd.json`)'
    );
  }
  return (
    'navigator.gpu.requestAdapter() returned null: WebGPU is present but no adapter is available ' +
    '(GPU blocklisted or disabled; in Chromium try --enable-unsafe-webgpu, and check chrome://gpu)'
  );
}

/** Requests an adapter; throws with {@link noAdapterMessage} when there is none. */
export async function requestAdapter(options: GpuSetupOptions = {}): Promise<{ adapter: GPUAdapter; runtime: WebGPURuntime }> {
  const { gpu, runtime } = await ensureNavigatorGpu(options);
  const adapter = await gpu.requestAdapter({ powerPreference: options.powerPreference ?? 'high-performance' });
  if (adapter === null) throw new Error(noAdapterMessage(runtime));
  return { adapter, runtime };
}

/**
 * `GPUAdapter.info`. Typed here because two copies of `@webgpu/types` are installed (tfjs-core's old
 * one lacks `info`), and which one the compiler sees depends on the import graph of the program.
 */
export function adapterInfo(adapter: GPUAdapter): GPUAdapterInfo | undefined {
  return (adapter as unknown as { info?: GPUAdapterInfo }).info;
}

/** The adapter's name, features and limits. */
export function describeAdapter(adapter: GPUAdapter, runtime: WebGPURuntime): WebGPUAdapterReport {
  const info = adapterInfo(adapter);
  const vendor = info?.vendor ?? '';
  const architecture = info?.architecture ?? '';
  const device = info?.device ?? '';
  const description = info?.description ?? '';
  const features = [...adapter.features].map(String).sort();
  const limits: Record<string, number> = {};
  // GPUSupportedLimits exposes its limits as prototype getters, so walk the prototype chain.
  for (let proto: object | null = adapter.limits; proto !== null && proto !== Object.prototype; proto = Object.getPrototypeOf(proto)) {
    for (const key of Object.getOwnPropertyNames(proto)) {
      const value: unknown = Reflect.get(adapter.limits, key);
      if (typeof value === 'number') limits[key] = value;
    }
  }
  const name = description !== '' ? description : [vendor, architecture, device].filter((s) => s !== '').join(' ') || 'unknown adapter';
  const fallback = 'isFallbackAdapter' in adapter && adapter.isFallbackAdapter === true;
  return {
    runtime, vendor, architecture, device, description, name,
    isFallbackAdapter: fallback,
    features,
    shaderF16: features.includes('shader-f16'),
    subgroups: features.includes('subgroups'),
    limits,
  };
}

/** The features tfjs-backend-webgpu uses when the adapter has them, plus the limits it raises. */
export function deviceDescriptor(adapter: GPUAdapter): GPUDeviceDescriptor {
  const wanted: GPUFeatureName[] = ['timestamp-query', 'bgra8unorm-storage'];
  const requiredFeatures = wanted.filter((f) => adapter.features.has(f));
  const l = adapter.limits;
  return {
    requiredFeatures,
    requiredLimits: {
      maxComputeWorkgroupStorageSize: l.maxComputeWorkgroupStorageSize,
      maxComputeWorkgroupsPerDimension: l.maxComputeWorkgroupsPerDimension,
      maxStorageBufferBindingSize: l.maxStorageBufferBindingSize,
      maxBufferSize: l.maxBufferSize,
      maxComputeWorkgroupSizeX: l.maxComputeWorkgroupSizeX,
      maxComputeInvocationsPerWorkgroup: l.maxComputeInvocationsPerWorkgroup,
    },
  };
}
