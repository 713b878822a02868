import { tf } from '../tf.js';

/** Attribute values a custom-op kernel receives (numbers and booleans only). */
export type CustomOpAttrs = Record<string, number | boolean>;

/** Named input tensors of a custom op, in the order `inputNames` lists them. */
export type CustomOpInputs = Record<string, tf.Tensor>;

/**
 * A core custom op: one kernel name, a reference implementation from tf ops, and its reference
 * vector-Jacobian product. `Out` is `tf.Tensor` for an op with one output (every differentiable op),
 * `tf.Tensor[]` for one with several (the AdamW update).
 *
 * Dispatch (see `runCustomOp`): when the active tfjs backend has a kernel registered under
 * `kernelName`, the op runs that kernel through `tf.engine().runKernel`; otherwise it runs `forward`,
 * which tfjs autograd differentiates like any other tf code.
 *
 * Gradient of a fused kernel: `registerCustomOpGradient` registers a tfjs gradient for `kernelName`
 * that runs the backend's `${kernelName}Grad` kernel when one is registered, else `backward`
 * (explicit formulas in tf ops). `backward` does not call `tf.grads`: a nested `tf.grads` inside a
 * gradient function resets the engine's active tape and breaks the outer backward pass.
 */
export interface CustomOp<Out extends tf.Tensor | tf.Tensor[] = tf.Tensor> {
  /** tfjs kernel name a backend registers a fused implementation under. */
  readonly kernelName: string;
  /** Kernel inputs, in kernel order. Every input is always passed (no optional inputs). */
  readonly inputNames: readonly string[];
  /**
   * The inputs that receive gradients, in the order `backward` and the grad kernel return them. Empty
   * for an op that is not differentiated (an optimizer update): it has no `backward` and no gradient.
   */
  readonly gradInputNames: readonly string[];
  /** Reference forward pass from tf ops; differentiable by tfjs autograd. */
  forward(inputs: CustomOpInputs, attrs: CustomOpAttrs): Out;
  /** Reference VJP: gradients of `sum(dy * forward(inputs))` w.r.t. `gradInputNames`, in that order. */
  backward?(dy: tf.Tensor, inputs: CustomOpInputs, attrs: CustomOpAttrs): tf.Tensor[];
}

/** A custom op of either kind, as the registry keeps them. */
export type AnyCustomOp = CustomOp<tf.Tensor | tf.Tensor[]>;

const customOps = new Map<string, AnyCustomOp>();
let referenceDepth = 0;

/**
 * Runs `fn` with every custom op on its reference implementation, even where the active backend
 * registered a fused kernel (the conformance suite compares the two this way).
 */
export function withReferenceOps<T>(fn: () => T): T {
  referenceDepth++;
  try {
    return fn();
  } finally {
    referenceDepth--;
  }
}

/**
 * Declares a custom op (kept in a module-level list; nothing is registered with tfjs here).
 * @throws Error when `gradInputNames` is not empty and `backward` is missing.
 */
export function defineCustomOp<Out extends tf.Tensor | tf.Tensor[] = tf.Tensor>(op: CustomOp<Out>): CustomOp<Out> {
  if (op.gradInputNames.length > 0 && op.backward === undefined) {
    throw new Error(`${op.kernelName}: gradInputNames lists [${op.gradInputNames.join(', ')}] but the op has no backward.`);
  }
  customOps.set(op.kernelName, op);
  return op;
}

/** Every custom op core defines, keyed by kernel name. */
export function listCustomOps(): AnyCustomOp[] {
  return [...customOps.values()];
}

/** The custom op with this kernel name, if core defines one. */
export function getCustomOp(kernelName: string): AnyCustomOp | undefined {
  return customOps.get(kernelName);
}

/** Whether the active tfjs backend has a kernel registered under `kernelName`. */
export function hasKernel(kernelName: string, backendName: string = tf.getBackend()): boolean {
  return tf.getKernel(kernelName, backendName) !== undefined;
}

/**
 * Registers the tfjs gradient of a custom op's fused kernel (idempotent; replaces an older one).
 * Does nothing for an op without gradients (`gradInputNames` empty).
 */
export function registerCustomOpGradient(op: AnyCustomOp): void {
  const backward = op.backward;
  if (op.gradInputNames.length === 0 || backward === undefined) return;
  tf.registerGradient({
    kernelName: op.kernelName,
    inputsToSave: [...op.inputNames],
    gradFunc: (dy, saved, attrs) => {
      const dyTensor = Array.isArray(dy) ? dy[0] : dy;
      if (dyTensor === undefined) throw new Error(`${op.kernelName}: gradient received no dy`);
      const inputs: CustomOpInputs = {};
      op.inputNames.forEach((name, i) => {
        const t = saved[i];
        if (t === undefined) throw new Error(`${op.kernelName}: saved input '${name}' missing in gradient`);
        inputs[name] = t;
      });
      const opAttrs = attrs as CustomOpAttrs;
      const gradKernel = `${op.kernelName}Grad`;
      const grads = hasKernel(gradKernel)
        ? asArray(tf.engine().runKernel(gradKernel, { dy: dyTensor, ...inputs }, opAttrs))
        : backward(dyTensor, inputs, opAttrs);
      const result: Record<string, () => tf.Tensor> = {};
      for (const name of op.inputNames) {
        const index = op.gradInputNames.indexOf(name);
        const grad = grads[index];
        const input = inputs[name] as tf.Tensor;
        result[name] = index >= 0 && grad !== undefined ? () => grad : () => tf.zeros(input.shape, 'float32');
      }
      return result;
    },
  });
}

function asArray(out: tf.Tensor | tf.Tensor[]): tf.Tensor[] {
  return Array.isArray(out) ? out : [out];
}

/**
 * Runs a custom op: the active backend's fused kernel when it has one, else the reference `forward`.
 * `inputs` must hold every name in `op.inputNames`.
 */
export function runCustomOp<Out extends tf.Tensor | tf.Tensor[]>(op: CustomOp<Out>, inputs: CustomOpInputs, attrs: CustomOpAttrs): Out {
  if (referenceDepth > 0 || !hasKernel(op.kernelName)) return op.forward(inputs, attrs);
  // A backend registered a kernel without going through useBackend: make sure it is differentiable.
  if (op.gradInputNames.length > 0 && tf.getGradient(op.kernelName) === undefined) registerCustomOpGradient(op);
  const ordered: CustomOpInputs = {};
  for (const name of op.inputNames) ordered[name] = inputs[name] as tf.Tensor;
  return tf.engine().runKernel(op.kernelName, ordered, attrs) as Out;
}
