/**
 * Bridges between safetensors tensors and TensorFlow.js tensors.
 */
import { tf } from '../tf.js';
import type { SafetensorsDtype } from './safetensors-dtype.js';
import { SafetensorsError } from './safetensors-error.js';
import { tensorFromFloat32, toFloat32 } from './safetensors.js';
import type { SafetensorsTensor } from './safetensors.js';

/**
 * A TensorFlow.js tensor from a safetensors tensor: float dtypes become float32; integer dtypes
 * become int32 (throws {@link SafetensorsError} when a value does not fit, e.g. a large I64/U32);
 * BOOL becomes bool. The caller owns (and disposes) the result.
 */
export function safetensorToTf(tensor: SafetensorsTensor, name = '(tensor)'): tf.Tensor {
  const { dtype, shape, data } = tensor;
  switch (dtype) {
    case 'F32': case 'F16': case 'BF16': case 'F64': case 'F8_E4M3': case 'F8_E5M2':
      return tf.tensor(toFloat32(tensor), shape, 'float32');
    case 'BOOL':
      return tf.tensor(data as Uint8Array, shape, 'bool');
    case 'I32':
      return tf.tensor(data as Int32Array, shape, 'int32');
    default: {
      const out = new Int32Array(data.length);
      for (let i = 0; i < data.length; i++) {
        const value = Number(data[i]!);
        if (value > 2147483647 || value < -2147483648) {
          throw new SafetensorsError('data-type', `tensor "${name}": ${dtype} value ${data[i]} at index ${i} does not fit in int32, the widest integer TensorFlow.js holds.`, { tensor: name });
        }
        out[i] = value;
      }
      return tf.tensor(out, shape, 'int32');
    }
  }
}

/**
 * A safetensors tensor from a TensorFlow.js tensor (downloads its values; does not dispose it).
 * float32 is stored as `dtype` 'F32' (default), 'F16' or 'BF16' (rounded to nearest even);
 * int32 as 'I32' (default) or 'I64'; bool as 'BOOL'.
 */
export async function tfToSafetensor(tensor: tf.Tensor, dtype?: SafetensorsDtype): Promise<SafetensorsTensor> {
  const shape = [...tensor.shape];
  if (tensor.dtype === 'float32') {
    const target = dtype ?? 'F32';
    if (target !== 'F32' && target !== 'F16' && target !== 'BF16' && target !== 'F64') {
      throw new SafetensorsError('dtype', `a float32 tensor is stored as F32, F16, BF16 or F64, not ${target}.`);
    }
    return tensorFromFloat32((await tensor.data()) as Float32Array, shape, target);
  }
  if (tensor.dtype === 'int32') {
    const values = (await tensor.data()) as Int32Array;
    const target = dtype ?? 'I32';
    if (target === 'I32') return { dtype: 'I32', shape, data: values };
    if (target === 'I64') return { dtype: 'I64', shape, data: BigInt64Array.from(values, (v) => BigInt(v)) };
    throw new SafetensorsError('dtype', `an int32 tensor is stored as I32 or I64, not ${target}.`);
  }
  if (tensor.dtype === 'bool') {
    const values = await tensor.data();
    return { dtype: 'BOOL', shape, data: Uint8Array.from(values as ArrayLike<number>) };
  }
  throw new SafetensorsError('dtype', `TensorFlow.js dtype ${tensor.dtype} has no safetensors equivalent; use float32, int32 or bool.`);
}
