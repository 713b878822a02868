import type { ExportPlan } from './export-plan.js';

/** The exported project's README: how to run it, what maps to what, what does not carry over. */
export function exportReadme(r: { checkpoint: string; trainer: string; step: number; totalSteps: number; plan: ExportPlan }): string {
  const rows = r.plan.mapping.map(([ours, theirs]) => `| ${ours} | ${theirs} |`);
  const table = `## What maps to what

| Stagecoach | here |
|---|---|
${rows.join('\n')}`;
  const missing = r.plan.notCarried.map((line) => `- ${line}`).join('\n');
  if (r.plan.script === undefined) {
    return `# Stagecoach ${r.trainer} run, handed over to PyTorch

Exported by \`stagecoach export\` from \`${r.checkpoint}\` (step ${r.step}), without a training script.

${missing}

${table}
`;
  }
  const back = loadBack(r.trainer, typeof r.plan.settings['adapter_dir'] === 'string');
  const engine = { sft: 'TRL `SFTTrainer` with a PEFT adapter', reward: 'TRL `RewardTrainer`', grpo: 'TRL `GRPOTrainer`' }[r.trainer] ?? '`transformers.Trainer`';
  return `# Stagecoach run, continued on PyTorch

Exported by \`stagecoach export\` from \`${r.checkpoint}\` (a ${r.trainer} run at step ${r.step}).
\`train.py\` continues it with ${engine}, launched by \`accelerate\`, from step ${r.step} to step ${r.totalSteps}:
the same weights, data, packing and loss masking, hyper-parameters, learning-rate schedule and AdamW moments.

## Run it

\`\`\`sh
python -m venv .venv && . .venv/bin/activate
pip install -r requirements.txt        # torch==2.13.0: take the CUDA build on GPU machines
accelerate launch --config_file accelerate/single.yaml train.py                 # one process: CPU or one GPU
accelerate launch --config_file accelerate/single.yaml train.py --max-steps 3   # a smoke test
\`\`\`

Several GPUs: \`accelerate/multi-gpu.yaml\` (data parallel; set \`num_processes\` to the GPU count;
for several machines set \`num_machines\`, \`machine_rank\`, \`main_process_ip\`). Models that do not fit
one GPU: \`accelerate/fsdp.yaml\` (FSDP 2 over 2 machines × 8 GPUs, run on each machine with its own
\`--machine_rank\`); DeepSpeed ZeRO works the same way through \`accelerate config\`. With N processes,
train.py divides the gradient accumulation by N so a step takes the run's tokens (and says so when N
does not divide it).

train.py first checks its own tokenization, packing and schedule against values Stagecoach computed
(\`check\` in stagecoach_run.json) and stops on a difference; when the run had held-out data it evaluates before the first step
(\`eval_on_start\`), so the first eval_loss is the loss the run ended with. The model ends in
\`out/final/\` (${back.what}), the logs in \`out/log_history.json\`.

## Back to Stagecoach

\`\`\`ts
${back.code}
\`\`\`
and evaluate with \`@stagecoach/eval\` (or \`stagecoach eval\`) beside the other stages.

${table}

Settings live in \`stagecoach_run.json\`; the Stagecoach parts re-implemented in Python are in
\`stagecoach_export.py\`, each naming the file it mirrors.

## What does not carry over

${missing}
- Under FSDP or DeepSpeed the AdamW moments are not loaded (the parameters are sharded, or DeepSpeed
  builds its own optimizer): AdamW restarts from zero moments (and t = 0) while the weights and the schedule continue.
`;
}

/** What train.py leaves in out/final and how Stagecoach loads it back. */
function loadBack(trainer: string, adapter: boolean): { what: string; code: string } {
  if (trainer === 'reward') {
    return {
      what: adapter ? 'a reward checkpoint as Stagecoach writes one: the base folder with the trained adapter and score head under adapter/' : 'a sequence-classification folder',
      code: "const reward = await RewardModel.load('out/final');               // @stagecoach/rlhf\nconst score = await reward.score(prompt, response);",
    };
  }
  if (adapter) {
    return {
      what: 'the adapter, PEFT format, with the tokenizer',
      code: "const { model, tokenizer } = await loadPretrained('model');      // the base\nconst lora = await loadAdapter(model, 'out/final');                // @stagecoach/lora",
    };
  }
  return { what: 'a Hugging Face folder', code: "const { model, tokenizer } = await loadPretrained('out/final');   // @stagecoach/core" };
}
