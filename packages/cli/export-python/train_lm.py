"""Continue a Stagecoach pre-training or mid-training run with transformers.Trainer.

Written by `stagecoach export`; `python train.py --help` and README.md say how to launch it.
"""

from transformers import Trainer, TrainingArguments

from stagecoach_export import (
    ContinuedRun, MixtureWindows, PackedWindows, WindowCollator, accumulation_steps, check_export, load_policy, load_run, parse_cli, save_final,
    schedule_check, trainer_args, validation_windows,
)


class ContinuedTrainer(ContinuedRun, Trainer):
    """transformers.Trainer with the run's AdamW state and learning-rate schedule."""


def main():
    cli = parse_cli(__doc__)
    run = load_run()
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

    args = TrainingArguments(
        **trainer_args(run, cli, eval_sets),
        gradient_accumulation_steps=accumulation_steps(run),         # tokensPerStep / (batchSize × seqLen × processes)
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
