"""Continue a Stagecoach pre-training or mid-training run with transformers.Trainer.

Written by `stagecoach export`. Run on one machine:
    accelerate launch --config_file accelerate/single.yaml train.py
on several GPUs or machines: see README.md. Options: --max-steps N (fewer steps, e.g. a smoke test),
--output-dir DIR (default out/), --bf16 (bfloat16 autocast on GPUs).
"""

from transformers import Trainer, TrainingArguments

from stagecoach_export import (
    ContinuedRun, MixtureWindows, PackedWindows, WindowCollator, accumulation_steps, check_export, load_policy, load_run, parse_cli, save_final,
    schedule_check, validation_windows,
)


class ContinuedTrainer(ContinuedRun, Trainer):
    """transformers.Trainer with the run's AdamW state and learning-rate schedule."""


def main():
    cli = parse_cli(__doc__)
    run = load_run()
    start, total = run["start_step"], run["schedule"]["total_steps"]

    tokenizer, model = load_policy(run)
    if run["trainer"] == "mid-trainer":
        # A weighted mixture; the held-out windows of each source evaluated apart (eval_<name>_loss).
        train_dataset = MixtureWindows(run, tokenizer)
        per_source = {source["name"]: validation_windows(run, tokenizer, [source]) for source in run["data"]["train"]}
        eval_sets = {name: windows for name, windows in per_source.items() if windows}
        eval_windows = next(iter(eval_sets.values()), [])
    else:
        train_dataset = PackedWindows(run, tokenizer)
        eval_sets = eval_windows = validation_windows(run, tokenizer)
    check_export(
        run,
        validation_window_0=eval_windows[0] if eval_windows else None,
        validation_windows=len(eval_windows),
        lr=schedule_check(run),
    )

    batch = run["batch"]
    args = TrainingArguments(
        output_dir=cli.output_dir,
        max_steps=cli.max_steps or total - start,                  # the steps left of the run's total
        per_device_train_batch_size=batch["per_device"],            # batchSize
        per_device_eval_batch_size=batch["per_device"],
        gradient_accumulation_steps=accumulation_steps(run),         # tokensPerStep / (batchSize × seqLen × processes)
        max_grad_norm=run["optimizer"]["max_grad_norm"] or None,    # maxGradNorm (0: no clipping)
        eval_strategy="steps" if eval_sets and run["eval_every"] else "no",
        eval_steps=run["eval_every"] or None,                       # evalEvery
        eval_on_start=bool(eval_sets),                              # the validation loss the run ended with, measured here
        logging_steps=1,
        save_strategy="steps" if run["save_every"] else "no",       # checkpointEvery (the final model is saved below)
        save_steps=run["save_every"] or 500,
        save_total_limit=run["keep_checkpoints"] or None,           # keepCheckpoints
        bf16=cli.bf16,                                               # float32 unless --bf16
        seed=run["seed"],
        report_to="none",
        remove_unused_columns=False,
    )
    trainer = ContinuedTrainer(
        run=run,
        model=model,
        args=args,
        train_dataset=train_dataset,
        eval_dataset=eval_sets or None,
        data_collator=WindowCollator(run["special_tokens"]),
    )
    trainer.train()

    save_final(trainer, tokenizer, cli.output_dir)

if __name__ == "__main__":
    main()
