"""Continue a Stagecoach reward-model run with TRL's RewardTrainer (PEFT LoRA adapter with the score
head trained in full, or every weight).

Written by `stagecoach export`; `python train.py --help` and README.md say how to launch it.
"""

from transformers import AutoModelForSequenceClassification
from trl import RewardConfig, RewardTrainer

from stagecoach_export import (
    ContinuedRun, check_export, load_policy, load_run, parse_cli, read_sft_records, reward_sequence, schedule_check, train_and_save,
    trainer_args,
)


class ContinuedRewardTrainer(ContinuedRun, RewardTrainer):
    """TRL's RewardTrainer with the run's AdamW state and learning rate."""


def tokenized_pairs(records, tokenizer):
    """The preference records in TRL's processed format, {chosen_ids, rejected_ids, margin}, each side
    rendered as Stagecoach's RewardTrainer renders it (TRL then takes the ids as they are)."""
    return [
        {
            "chosen_ids": reward_sequence(record, "chosen", tokenizer),
            "rejected_ids": reward_sequence(record, "rejected", tokenizer),
            "margin": float(record.get("margin", 0.0)),      # Bradley-Terry margin (0 = none)
        }
        for record in records
    ]


def main():
    cli = parse_cli(__doc__)
    run = load_run()
    data = run["data"]

    tokenizer, model = load_policy(run, AutoModelForSequenceClassification)
    if model.config.pad_token_id is not None:
        # The score is read at the last token that is not the pad token: the same pad token as the run.
        tokenizer.pad_token = tokenizer.convert_ids_to_tokens(model.config.pad_token_id)
    records = read_sft_records(data["train"][0]["path"])
    train = tokenized_pairs(records, tokenizer)
    valid = tokenized_pairs(read_sft_records(data["validation"][0]["path"]), tokenizer) if data["validation"] else None
    chat = next((i for i, record in enumerate(records) if not isinstance(record["chosen"], str)), None)
    check_export(run, pair_0=train[0], chat_pair=None if chat is None else train[chat], lr=schedule_check(run))

    args = RewardConfig(
        **trainer_args(run, cli, valid),
        learning_rate=run["optimizer"]["lr"],                         # lr (constant: see ContinuedRun)
        max_length=data["seq_len"],                                   # seqLen: longer pairs are left out, as in the run
        center_rewards_coefficient=None,                              # the run's loss has no centring term
        disable_dropout=False,                                        # the checkpoint's dropout rates are 0; lora_dropout stays as the run's
        gradient_checkpointing=False,
    )
    train_and_save(ContinuedRewardTrainer, run, cli, model, tokenizer, args, train, valid, base_dir=run["model_dir"])


if __name__ == "__main__":
    main()
