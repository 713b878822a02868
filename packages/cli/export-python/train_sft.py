"""Continue a Stagecoach SFT run with TRL's SFTTrainer (PEFT LoRA adapter, or every weight).

Written by `stagecoach export`; `python train.py --help` and README.md say how to launch it.
"""

from trl import SFTConfig, SFTTrainer

from stagecoach_export import (
    ContinuedRun, check_export, load_policy, load_run, parse_cli, read_sft_records, schedule_check, tokenize_sft_record, train_and_save,
    trainer_args,
)


class ContinuedSFTTrainer(ContinuedRun, SFTTrainer):
    """TRL's SFTTrainer with the run's AdamW state and learning-rate schedule."""


def main():
    cli = parse_cli(__doc__)
    run = load_run()
    data = run["data"]

    tokenizer, model = load_policy(run)
    # Records tokenized as Stagecoach does: {input_ids, completion_mask}; TRL cuts them to max_length.
    train = [tokenize_sft_record(r, tokenizer) for r in read_sft_records(data["train"][0]["path"])]
    valid = [tokenize_sft_record(r, tokenizer) for r in read_sft_records(data["validation"][0]["path"])] if data["validation"] else None
    check_export(
        run,
        example_0=train[0],
        lr=schedule_check(run),
    )

    args = SFTConfig(
        **trainer_args(run, cli, valid),
        learning_rate=run["optimizer"]["lr"],                        # lr (constant: see ContinuedRun)
        max_length=data["seq_len"] + 1,                              # seqLen inputs + the last target
        truncation_mode="keep_start",
        completion_only_loss=True,                                   # loss on completion / assistant tokens only
        packing=data["packing"],
        packing_strategy="bfd",
    )
    train_and_save(ContinuedSFTTrainer, run, cli, model, tokenizer, args, train, valid)


if __name__ == "__main__":
    main()
