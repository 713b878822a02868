import { parseArgs } from 'node:util';
import { ConfigError, StagecoachError, loadPretrained, savePretrained } from '@stagecoach/core';
import { loadAdapter } from '@stagecoach/lora';
import { backendNames, startBackend } from '../resolve-backend.js';
import type { Command } from '../command.js';

const DTYPES = ['float32', 'float16', 'bfloat16'] as const;

const usage = `Usage: stagecoach merge --base DIR --adapter DIR --out DIR [--dtype float32|float16|bfloat16]

Folds a LoRA adapter (PEFT's adapter_config.json + adapter_model.safetensors, written by Stagecoach
or by PEFT) into its base model and writes the merged model as a Hugging Face folder, as PEFT's
merge_and_unload followed by save_pretrained. The tokenizer files are copied from the base.

  --base DIR       the base model: a Hugging Face folder or URL
  --adapter DIR    the adapter folder (its modules and shapes must fit the base)
  --out DIR        where the merged model goes (written as one unit; the folder then holds only it)
  --dtype TYPE     stored precision (default float32)
  --backend NAME   ${backendNames.join(' | ')} (default cpu: merging is one matmul per layer)

Example
  stagecoach merge --base ./SmolLM2-135M --adapter runs/sft/adapter --out runs/sft-merged`;

export const mergeCommand: Command = {
  name: 'merge',
  summary: 'Fold a LoRA adapter into its base model and save a Hugging Face folder',
  usage,
  async run(argv) {
    try {
      const values = parse(argv);
      const { base, adapter, out } = values;
      if (base === undefined || adapter === undefined || out === undefined) {
        throw new ConfigError('--base, --adapter and --out are all required. Run `stagecoach merge --help` for the options.');
      }
      const dtype = values.dtype ?? 'float32';
      if (!(DTYPES as readonly string[]).includes(dtype)) throw new ConfigError(`--dtype "${dtype}" is not one of ${DTYPES.join(', ')}.`);
      await startBackend(values.backend ?? 'cpu');
      const { model, tokenizer } = await loadPretrained(base);
      try {
        const lora = await loadAdapter(model, adapter);
        const { trainable } = lora.parameterCounts();
        const merged = lora.mergeAndUnload();
        await savePretrained(merged, tokenizer, out, { dtype: dtype as (typeof DTYPES)[number] });
        console.log(`merged ${adapter} (r ${lora.config.r}, ${lora.layers.size} layers, ${trainable} adapter parameters) into ${base}`);
        console.log(`wrote ${out} (${dtype})`);
      } finally {
        model.dispose();
      }
      return 0;
    } catch (error) {
      if (StagecoachError.isInstance(error)) {
        console.error(`stagecoach merge: ${error.message}`);
        return 1;
      }
      throw error;
    }
  },
};

function parse(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      options: { base: { type: 'string' }, adapter: { type: 'string' }, out: { type: 'string' }, dtype: { type: 'string' }, backend: { type: 'string' } },
      strict: true,
    }).values;
  } catch (error) {
    throw new ConfigError(`${(error as Error).message}. Run \`stagecoach merge --help\` for the options.`);
  }
}
