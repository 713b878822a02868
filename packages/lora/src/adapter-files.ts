import {
  CheckpointError, ConfigError, hfTensorRules, hfToInternal, internalToHf, openStorage, readSafetensors, tensorFromFloat32, tf, toFloat32,
  writeSafetensors,
} from '@stagecoach/core';
import type { SafetensorsTensor, Storage, StorageFiles, Transformer } from '@stagecoach/core';
import { applyLora } from './lora-model.js';
import type { LoraModel } from './lora-model.js';
import { embeddingModule, loraConfigFromPeft, peftConfigOf } from './peft-config.js';
import type { LinearModule } from './target-modules.js';

export const ADAPTER_CONFIG_FILE = 'adapter_config.json';
export const ADAPTER_WEIGHTS_FILE = 'adapter_model.safetensors';

/** PEFT's prefix of every adapter tensor of a causal LM (`PeftModelForCausalLM.base_model.model`). */
const PREFIX = 'base_model.model.';

/** Options of {@link saveAdapter}. */
export interface SaveAdapterOptions {
  /** `base_model_name_or_path` in `adapter_config.json` (a Hub id or the base checkpoint's folder). Default null. */
  baseModelNameOrPath?: string;
}

/**
 * Writes a PEFT adapter folder: `adapter_config.json` and `adapter_model.safetensors` with PEFT's
 * tensor names (`base_model.model.model.layers.0.self_attn.q_proj.lora_A.weight`; A `[r, in]`, B
 * `[out, r]`; GPT-2's q, k, v as one `c_attn` adapter), which `PeftModel.from_pretrained` loads.
 * The folder is written as one unit and then holds exactly these two files.
 */
export async function saveAdapter(lora: LoraModel, dir: string | Storage, options: SaveAdapterOptions = {}): Promise<void> {
  const storage = await openStorage(dir);
  if (storage.writeFiles === undefined) {
    throw new CheckpointError(`Cannot write to ${storage.location}: this storage is read-only (e.g. a URL).`);
  }
  await storage.writeFiles(await adapterFiles(lora, options));
}

/** The two files of {@link saveAdapter}, by name, prefixed with `prefix` (e.g. `adapter/` inside a checkpoint). */
export async function adapterFiles(lora: LoraModel, options: SaveAdapterOptions = {}, prefix = ''): Promise<StorageFiles> {
  const tensors = new Map<string, SafetensorsTensor>();
  for (const [name, t] of adapterTensors(lora)) {
    tensors.set(name, tensorFromFloat32((await t.data()) as Float32Array, t.shape));
    t.dispose();
  }
  const config = peftConfigOf(lora, options.baseModelNameOrPath ?? null);
  return {
    [`${prefix}${ADAPTER_CONFIG_FILE}`]: JSON.stringify(config, null, 2),
    [`${prefix}${ADAPTER_WEIGHTS_FILE}`]: writeSafetensors(tensors, { format: 'pt' }),
  };
}

/**
 * Loads a PEFT LoRA adapter folder (written by PEFT or by {@link saveAdapter}) onto `model` and
 * returns the adapted model. `CheckpointError` naming the file, field or tensor when the adapter
 * does not fit this base model (a module it does not have, a shape that differs, a tensor missing or
 * left over) or uses what Stagecoach does not support (DoRA, per-layer ranks); the model is then
 * left as it was.
 */
export async function loadAdapter(model: Transformer, source: string | Storage): Promise<LoraModel> {
  const storage = await openStorage(source);
  const configWhere = `${storage.location}/${ADAPTER_CONFIG_FILE}`;
  let json: Record<string, unknown>;
  try {
    json = JSON.parse(await storage.readText(ADAPTER_CONFIG_FILE)) as Record<string, unknown>;
  } catch (error) {
    if (CheckpointError.isInstance(error)) throw error;
    throw new CheckpointError(`${configWhere} is not valid JSON: ${(error as Error).message}`, { cause: error });
  }
  const config = loraConfigFromPeft(json, configWhere);
  const file = readSafetensors(await storage.readBytes(ADAPTER_WEIGHTS_FILE));
  let lora: LoraModel;
  try {
    lora = applyLora(model, config);
  } catch (error) {
    if (!ConfigError.isInstance(error)) throw error;
    throw new CheckpointError(`${configWhere} does not fit this base model: ${error.message}`, { cause: error });
  }
  try {
    assignAdapterTensors(lora, file.tensors, `${storage.location}/${ADAPTER_WEIGHTS_FILE}`);
  } catch (error) {
    lora.dispose();
    throw error;
  }
  return lora;
}

/** PEFT names and values (Hugging Face layouts) of the adapter's tensors; the caller disposes them. */
export function adapterTensors(lora: LoraModel): Array<[string, tf.Tensor]> {
  const out: Array<[string, tf.Tensor]> = [];
  for (const group of groups(lora.modules.targets)) {
    const layers = group.map((m) => lora.layers.get(m.name)!);
    const prefix = `${PREFIX}${group[0]!.hfModule}`;
    out.push([`${prefix}.lora_A.weight`, tf.clone(layers[0]!.loraA)]);
    out.push([`${prefix}.lora_B.weight`, layers.length === 1 ? tf.clone(layers[0]!.loraB) : tf.concat(layers.map((l) => l.loraB), 0)]);
  }
  for (const [hfName, t] of savedModuleTensors(lora)) out.push([`${PREFIX}${hfName}`, t]);
  if (lora.trainableTokens !== undefined) out.push([trainableTokensKey(lora), tf.clone(lora.trainableTokens.rows)]);
  return out;
}

/** PEFT's key of the trainable token rows: `base_model.model.model.embed_tokens.token_adapter.trainable_tokens_delta`. */
function trainableTokensKey(lora: LoraModel): string {
  return `${PREFIX}${embeddingModule(lora.model)}.token_adapter.trainable_tokens_delta`;
}

/** The saved modules' trained copies under their Hugging Face tensor names and layouts. */
function savedModuleTensors(lora: LoraModel): Array<[string, tf.Tensor]> {
  if (lora.savedModules.size === 0) return [];
  const params = new Map<string, tf.Tensor>(lora.model.params);
  for (const [name, layer] of lora.savedModules) {
    params.set(`${name}.weight`, layer.savedWeight);
    if (layer.savedBias !== undefined) params.set(`${name}.bias`, layer.savedBias);
  }
  const modules = new Set(lora.modules.saved.map((m) => m.hfModule));
  return hfTensorRules(lora.model.config)
    .filter((rule) => modules.has(rule.hfName.replace(/\.(weight|bias)$/, '')))
    .map((rule) => [rule.hfName, internalToHf(rule, params)]);
}

/** Checks every tensor of the file against the adapted model, then assigns them all (nothing half-way). */
function assignAdapterTensors(lora: LoraModel, tensors: Map<string, SafetensorsTensor>, where: string): void {
  const expected = adapterTensors(lora);
  const wanted = new Map(expected.map(([name, t]) => [stripAdapterName(name), t.shape]));
  tf.dispose(expected.map(([, t]) => t));
  const byName = new Map<string, SafetensorsTensor>();
  for (const [name, tensor] of tensors) {
    const key = stripAdapterName(name);
    const shape = wanted.get(key);
    if (shape === undefined) {
      throw new CheckpointError(`${where}: tensor ${name} belongs to no module this adapter targets in this base model; is it an adapter for another model?`);
    }
    if (tensor.shape.length !== shape.length || tensor.shape.some((d, i) => d !== shape[i])) {
      throw new CheckpointError(
        `${where}: tensor ${name} has shape [${tensor.shape.join(', ')}] but this base model needs [${shape.join(', ')}]; the adapter was made for another base model.`,
      );
    }
    byName.set(key, tensor);
  }
  const missing = [...wanted.keys()].filter((name) => !byName.has(name));
  if (missing.length > 0) throw new CheckpointError(`${where}: tensor ${missing[0]} is missing (${missing.length} missing in all).`);
  const value = (name: string): tf.Tensor => {
    const t = byName.get(name)!;
    return tf.tensor(toFloat32(t), t.shape, 'float32');
  };
  tf.tidy(() => {
    for (const group of groups(lora.modules.targets)) {
      const layers = group.map((m) => lora.layers.get(m.name)!);
      const prefix = `${PREFIX}${group[0]!.hfModule}`;
      layers[0]!.loraA.assign(value(`${prefix}.lora_A.weight`));
      const parts = tf.split(value(`${prefix}.lora_B.weight`), layers.map((l) => l.outFeatures), 0); // [out_i, r] each
      layers.forEach((layer, i) => layer.loraB.assign(parts[i]!));
    }
    if (lora.trainableTokens !== undefined) lora.trainableTokens.rows.assign(value(trainableTokensKey(lora)));
    const modules = new Set(lora.modules.saved.map((m) => m.hfModule));
    for (const rule of hfTensorRules(lora.model.config)) {
      if (!modules.has(rule.hfName.replace(/\.(weight|bias)$/, ''))) continue;
      const t = byName.get(`${PREFIX}${rule.hfName}`)!;
      for (const [internal, values] of hfToInternal(rule, toFloat32(t))) { // [in, out] / [out]; GPT-2 c_attn split into q, k, v
        const layer = lora.savedModules.get(internal.replace(/\.(weight|bias)$/, ''))!;
        (internal.endsWith('.bias') ? layer.savedBias : layer.savedWeight)?.assign(values);
      }
    }
  });
}

/** PEFT's adapter name (`.default`) may appear in keys written by other tools: `...lora_A.default.weight`. */
function stripAdapterName(name: string): string {
  return name.replace(/\.(lora_[AB])\.default\.weight$/, '.$1.weight');
}

/** Targets grouped by Hugging Face module, GPT-2's q, k, v in column order. */
function groups(targets: readonly LinearModule[]): LinearModule[][] {
  const byModule = new Map<string, LinearModule[]>();
  for (const m of targets) byModule.set(m.hfModule, [...(byModule.get(m.hfModule) ?? []), m]);
  return [...byModule.values()].map((g) => [...g].sort((a, b) => (a.outSlice?.[0] ?? 0) - (b.outSlice?.[0] ?? 0)));
}
