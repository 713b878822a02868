"""Continue a Stagecoach GRPO run with TRL's GRPOTrainer (PEFT LoRA adapter, or every weight).

Written by `stagecoach export`; `python train.py --help` and README.md say how to launch it.
"""

from trl import GRPOConfig, GRPOTrainer

from stagecoach_export import (
    ContinuedRun, check_export, load_policy, load_run, math_reward, parse_cli, read_sft_records, schedule_check, train_and_save,
)


class ContinuedGRPOTrainer(ContinuedRun, GRPOTrainer):
    """TRL's GRPOTrainer with the run's AdamW state and learning rate."""


def prompt_of(record):
    """rollout/prompts.ts: a prompt record's text, or its chat without a final assistant turn (TRL
    renders it with the chat template and the generation prompt)."""
    if "messages" in record:
        messages = record["messages"]
        return messages[:-1] if messages[-1]["role"] == "assistant" else messages
    return record["prompt"]


def main():
    cli = parse_cli(__doc__, "Stagecoach iterations to run (default: up to the run's total)")
    run = load_run()
    grpo, start, total = run["grpo"], run["start_step"], run["schedule"]["total_steps"]

    tokenizer, model = load_policy(run)
    records = read_sft_records(run["data"]["train"][0]["path"])
    rows = [{**record, "prompt": prompt_of(record)} for record in records]
    check_export(run, lr=schedule_check(run))

    # One Stagecoach iteration: promptsPerStep prompts x groupSize responses, `epochs` passes over them in
    # minibatches (one optimizer step each) of micro-batches (gradient accumulation).
    samples, minibatch, micro = grpo["samples_per_step"], grpo["minibatch"], grpo["micro_batch"]
    steps_per_iteration = grpo["epochs"] * samples // minibatch
    args = GRPOConfig(
        output_dir=cli.output_dir,
        max_steps=(cli.max_steps or total - start) * steps_per_iteration,
        per_device_train_batch_size=micro,                          # microBatchSize (default: the minibatch)
        gradient_accumulation_steps=minibatch // micro,             # miniBatchSize / microBatchSize
        steps_per_generation=samples // micro,                      # promptsPerStep x groupSize samples per generation
        num_generations=grpo["group_size"],                         # groupSize
        num_iterations=grpo["epochs"],                              # epochs over each iteration's samples
        max_completion_length=grpo["max_new_tokens"],               # maxNewTokens
        temperature=grpo["temperature"],
        top_k=grpo["top_k"] or None,                                # topK (0: all)
        top_p=grpo["top_p"],
        beta=grpo["kl_coef"],                                       # klCoef (k3 estimator, as here)
        epsilon=grpo["clip_range"],                                 # clipRange
        scale_rewards="group" if grpo["scale_rewards"] else "none", # scaleRewards
        loss_type="dapo",                                           # per-token mean over the batch, as here
        learning_rate=run["optimizer"]["lr"],                       # lr (constant)
        max_grad_norm=run["optimizer"]["max_grad_norm"] or None,
        logging_steps=1,
        save_strategy="steps" if run["save_every"] else "no",
        save_steps=(run["save_every"] or 1) * steps_per_iteration,
        save_total_limit=run["keep_checkpoints"] or None,
        bf16=cli.bf16,
        seed=run["seed"],
        report_to="none",
        remove_unused_columns=False,                                # the reward reads the record's answer column
    )
    train_and_save(ContinuedGRPOTrainer, run, cli, model, tokenizer, args, rows, reward_funcs=[math_reward(**grpo["reward"])])


if __name__ == "__main__":
    main()
