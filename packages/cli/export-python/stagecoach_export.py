"""Stagecoach's data pipeline, optimizer state and learning-rate schedule in PyTorch.

Written next to train.py by `stagecoach export`; train.py imports it. Everything here mirrors a part
of Stagecoach (named in each docstring) so that the exported run continues the same stage:
the same token windows and loss masks, AdamW with the same moments and parameter groups, and the
same learning rate at each step. `check_export` compares a few of them with the values Stagecoach
wrote into stagecoach_run.json and stops on any difference.
"""

import argparse
import json
import math
import os
import random
import re
import shutil
from pathlib import Path

import torch
from safetensors.torch import load_file

HERE = Path(__file__).resolve().parent


def load_run(path="stagecoach_run.json"):
    """The settings `stagecoach export` mapped from the run (paths made absolute)."""
    run = json.loads((HERE / path).read_text(encoding="utf-8"))
    for key in ("model_dir", "adapter_dir", "optimizer_state"):
        if run.get(key):
            run[key] = str(HERE / run[key])
    for split in ("train", "validation"):
        for source in run["data"].get(split) or []:
            source["path"] = str(HERE / source["path"])
    return run


HOW_TO_RUN = """Run on one machine:
    accelerate launch --config_file accelerate/single.yaml train.py
on several GPUs or machines: see README.md."""


def parse_cli(doc, steps_help="optimizer steps to run (default: up to the run's total)"):
    """The options every train.py takes (--help: the script's docstring, then how to launch it)."""
    parser = argparse.ArgumentParser(description=doc, epilog=HOW_TO_RUN, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--max-steps", type=int, help=steps_help)
    parser.add_argument("--output-dir", default="out")
    parser.add_argument("--bf16", action="store_true", help="bfloat16 autocast on GPUs (Stagecoach trained in float32)")
    return parser.parse_args()


def load_policy(run, auto_class=None):
    """The tokenizer and the model to train: the checkpoint's weights, with the run's PEFT adapter
    loaded trainable when it has one (the base, adapter off, is then the frozen reference).
    `auto_class`: AutoModelForCausalLM by default; AutoModelForSequenceClassification for a reward model,
    whose adapter is then loaded as a plain PeftModel (task_type None: the model's own forward, the score
    head trained in full through modules_to_save), as Stagecoach reads it back."""
    from transformers import AutoModelForCausalLM, AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(run["model_dir"])
    model = (auto_class or AutoModelForCausalLM).from_pretrained(run["model_dir"], dtype="float32")
    if run.get("adapter_dir"):
        from peft import LoraConfig, PeftModel  # in requirements.txt of the exports with an adapter

        lora = LoraConfig.from_pretrained(run["adapter_dir"])
        if auto_class is not None:
            lora.task_type = None
        targets = lora.target_modules if isinstance(lora.target_modules, str) else sorted(lora.target_modules)
        print(f"stagecoach: LoRA r={lora.r}, alpha={lora.lora_alpha}, dropout={lora.lora_dropout} on {targets}")
        model = PeftModel.from_pretrained(model, run["adapter_dir"], config=lora, is_trainable=True)
    return tokenizer, model


def peft_name(name):
    """A PeftModel parameter's name as the adapter file (and optimizer_state.safetensors) spells it."""
    return name.replace(".modules_to_save", "").replace(".default", "")


def save_final(trainer, tokenizer, output_dir, base_dir=None):
    """out/final: the model (a Hugging Face folder, or the PEFT adapter) with the tokenizer, which
    Stagecoach loads back (loadPretrained, loadAdapter); the logs in out/log_history.json. With
    `base_dir` (a reward model trained with an adapter) out/final is laid out as a Stagecoach reward
    checkpoint instead: the base folder with the adapter under adapter/, which RewardModel.load reads."""
    out = Path(output_dir)
    if trainer.is_world_process_zero():
        final = out / "final"
        if base_dir is not None and hasattr(trainer.model, "peft_config"):
            shutil.copytree(base_dir, final, dirs_exist_ok=True, ignore=shutil.ignore_patterns("adapter"))
            trainer.save_model(final / "adapter")
        else:
            trainer.save_model(final)
            tokenizer.save_pretrained(final)
        (out / "log_history.json").write_text(json.dumps(trainer.state.log_history, indent=1))
        print(f"stagecoach: saved to {final} (Stagecoach loads it with {'RewardModel.load' if base_dir else 'loadPretrained / loadAdapter'})")


def train_and_save(trainer_class, run, cli, model, tokenizer, args, train, valid=None, base_dir=None, **kwargs):
    """The end of a TRL train.py: `trainer_class` (a ContinuedRun trainer) on the rows `train` (and
    held-out `valid`), PEFT parameter names for the optimizer state, trained, then out/final saved
    (`save_final`; `base_dir`: a reward model's base folder). `kwargs` go to the trainer as they are."""
    from datasets import Dataset  # in requirements.txt of the TRL exports

    trainer = trainer_class(
        run=run,
        name_of=peft_name,
        model=model,
        args=args,
        train_dataset=Dataset.from_list(train),
        eval_dataset=Dataset.from_list(valid) if valid else None,
        processing_class=tokenizer,
        **kwargs,
    )
    trainer.train()
    save_final(trainer, tokenizer, cli.output_dir, base_dir)


def trainer_args(run, cli, evaluate):
    """The TrainingArguments fields every continued run (transformers, TRL SFT, TRL reward) maps alike:
    the steps left, rows per device, clipping, the eval / save cadence, precision, seed. `evaluate`:
    whether there is held-out data (then it is also evaluated before the first step)."""
    return dict(
        output_dir=cli.output_dir,
        max_steps=cli.max_steps or run["schedule"]["total_steps"] - run["start_step"],  # the steps left of the run's total
        per_device_train_batch_size=run["batch"]["per_device"],      # batchSize
        per_device_eval_batch_size=run["batch"]["per_device"],
        max_grad_norm=run["optimizer"]["max_grad_norm"] or None,     # maxGradNorm (0: no clipping)
        eval_strategy="steps" if evaluate and run["eval_every"] else "no",
        eval_steps=run["eval_every"] or None,                        # evalEvery
        eval_on_start=bool(evaluate),                                # the held-out loss the run ended with, measured here
        logging_steps=1,
        save_strategy="steps" if run["save_every"] else "no",        # checkpointEvery (the final model is saved apart)
        save_steps=run["save_every"] or 500,
        save_total_limit=run["keep_checkpoints"] or None,            # keepCheckpoints
        bf16=cli.bf16,                                               # float32 unless --bf16
        seed=run["seed"],
        report_to="none",
    )


def schedule_check(run):
    """The learning rates of the first steps, for `check_export`."""
    start, lr = run["start_step"], run["optimizer"]["lr"]
    return [lr_at(run["schedule"], lr, start + k) for k in range(len(run.get("check", {}).get("lr", [])))]


# ---------------------------------------------------------------------------------------------
# Pre-training data: core/src/train/data (sources.ts, packer.ts, packed-stream.ts, batch.ts).
# ---------------------------------------------------------------------------------------------

def source_units(source):
    """(text, doc_start, doc_end) pieces of a source: a JSONL record's field is one document; a text
    file is ONE document read line by line, each line with its "\\n" (split at "\\n" only)."""
    if source["format"] == "jsonl":
        with open(source["path"], "rb") as f:
            for number, raw in enumerate(f, 1):
                line = raw.decode("utf-8", errors="replace")
                if not line.strip():
                    continue
                text = json.loads(line).get(source["field"])
                if not isinstance(text, str):
                    raise ValueError(f'{source["path"]}:{number}: no string field "{source["field"]}"')
                if text:
                    yield text, True, True
        return
    held, first = None, True
    with open(source["path"], "rb") as f:
        for raw in f:
            if held is not None:
                yield held, first, False
                first = False
            held = raw.decode("utf-8", errors="replace")
    if held is not None:
        yield held, first, True


class Packer:
    """Documents as BOS + tokens + EOS (BOS left out when it is the EOS token), concatenated and cut
    into windows of `window_length` = seqLen + 1 tokens; consecutive windows share one token, so every
    token is a target once. The last partial window of a pass is dropped."""

    def __init__(self, sources, tokenizer, window_length, special):
        self.sources, self.tokenizer, self.window_length = sources, tokenizer, window_length
        self.bos, self.eos = special.get("bos"), special.get("eos")

    def __iter__(self):
        pending = []
        for source in self.sources:
            for text, doc_start, doc_end in source_units(source):
                tokens = self.tokenizer.encode(text, add_special_tokens=False)
                if doc_start and self.bos is not None and self.bos != self.eos:
                    tokens.insert(0, self.bos)
                if doc_end and self.eos is not None:
                    tokens.append(self.eos)
                pending.extend(tokens)
                while len(pending) >= self.window_length:
                    yield pending[: self.window_length]
                    pending = pending[self.window_length - 1:]


def hash_to_unit(seed, index):
    """seeded-random.ts hashToUnit: a 32-bit integer hash of (seed, index) mapped to [0, 1)."""
    m = 0xFFFFFFFF
    h = (((seed & m) * 0x9E3779B1) & m) ^ (((index & m) * 0x85EBCA77) & m)
    h ^= h >> 16
    h = (h * 0x7FEB352D) & m
    h ^= h >> 15
    h = (h * 0x846CA68B) & m
    h ^= h >> 16
    return h / 4294967296


def is_validation_window(seed, index, fraction):
    return fraction > 0 and hash_to_unit(seed, index) < fraction


class PackedWindows(torch.utils.data.IterableDataset):
    """The training stream (packed-stream.ts): windows of the corpus, epoch after epoch, minus the
    held-out validation windows, shuffled through a seeded buffer of `shuffle_buffer` windows. The
    shuffle uses Python's generator, so the order differs from Stagecoach's (the windows do not).
    `sources` default to the run's training sources, packed as one stream."""

    def __init__(self, run, tokenizer, sources=None):
        data = run["data"]
        self.packer = Packer(sources or data["train"], tokenizer, data["seq_len"] + 1, run["special_tokens"])
        self.seed = run["seed"]
        self.fraction = 0 if data.get("validation") else data["validation_fraction"]
        self.buffer_size = max(1, data["shuffle_buffer"])

    def epochs(self):
        """(epoch, window) pairs: the training windows of pass 0, pass 1, ... (unshuffled)."""
        epoch = 0
        while True:
            produced = 0
            for index, window in enumerate(self.packer):
                if not is_validation_window(self.seed, index, self.fraction):
                    produced += 1
                    yield epoch, window
            if produced == 0:
                raise ValueError("the corpus holds no training window of seqLen + 1 tokens")
            epoch += 1

    def shuffled(self):
        """(epoch, window) pairs through the seeded shuffle buffer."""
        rng = random.Random(self.seed ^ 0x5EED)
        buffer = []
        for item in self.epochs():
            buffer.append(item)
            if len(buffer) < self.buffer_size:
                continue
            j = rng.randrange(len(buffer))
            buffer[j], buffer[-1] = buffer[-1], buffer[j]
            yield buffer.pop()

    def __iter__(self):
        return (window for _, window in self.shuffled())


class MixtureWindows(torch.utils.data.IterableDataset):
    """mixture-stream.ts: each row drawn from a source picked with probability weight / sum of the
    weights of the sources still in the mixture; a source with on_end "stop" leaves when it starts a
    second pass, one with "wrap" is read again. Each source is its own PackedWindows stream."""

    def __init__(self, run, tokenizer):
        self.components = [(source, PackedWindows(run, tokenizer, [source])) for source in run["data"]["train"]]
        self.seed = run["seed"]

    def __iter__(self):
        rng = random.Random(self.seed ^ 0x6D6978)
        live = [(source, stream.shuffled()) for source, stream in self.components]
        while live:
            pick = rng.choices(range(len(live)), weights=[source["weight"] for source, _ in live])[0]
            source, stream = live[pick]
            epoch, window = next(stream)
            if epoch > 0 and source["on_end"] == "stop":
                del live[pick]
                continue
            yield window


def validation_windows(run, tokenizer, sources=None):
    """packed-stream.ts validationWindows: the first `eval_windows` held-out windows of the corpus
    (`sources`, default the training sources), or the first windows of the separate validation sources."""
    data = run["data"]
    separate = bool(data.get("validation"))
    packer = Packer(data["validation"] if separate else sources or data["train"], tokenizer, data["seq_len"] + 1, run["special_tokens"])
    out = []
    for index, window in enumerate(packer):
        if len(out) >= data["eval_windows"]:
            break
        if separate or is_validation_window(run["seed"], index, data["validation_fraction"]):
            out.append(window)
    return out


class WindowCollator:
    """batch.ts makeBatch: inputs are a window's first seqLen tokens, targets its last seqLen; a target
    that is BOS (when BOS is not EOS) or PAD carries no loss. The targets go in already shifted as
    `shift_labels` (transformers' loss then uses them as they are, and the Trainer counts them for
    gradient accumulation), so the inputs stay within the model's context."""

    def __init__(self, special):
        self.bos = special.get("bos") if special.get("bos") != special.get("eos") else None
        self.pad = special.get("pad")

    def __call__(self, windows):
        ids = torch.tensor(windows, dtype=torch.long)
        targets = ids[:, 1:].clone()
        for ignored in (self.bos, self.pad):
            if ignored is not None:
                targets[targets == ignored] = -100
        return {"input_ids": ids[:, :-1].contiguous(), "labels": targets, "shift_labels": targets}


# ---------------------------------------------------------------------------------------------
# SFT data: lora/src/sft (sft-records.ts, sft-tokenize.ts).
# ---------------------------------------------------------------------------------------------

def read_sft_records(path):
    """The records of a JSONL file, one object a line (blank lines skipped)."""
    records = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                records.append(json.loads(line))
    return records


def tokenize_sft_record(record, tokenizer):
    """sft-tokenize.ts: ids and a completion mask (1 = learned). prompt/completion: encode(prompt) with
    the tokenizer's special tokens, encode(completion) and EOS, learned. Chat: the tokenizer's chat
    template rendered turn by turn, each assistant turn (with its end-of-turn text) learned."""
    if "messages" in record:
        segments = [(text, learn, False) for text, learn in chat_segments(record["messages"], tokenizer)]
    else:
        segments = [(record["prompt"], 0, True), (record["completion"], 1, False)]
    ids, mask = [], []
    for text, learn, special in segments:
        if text:
            piece = tokenizer(text, add_special_tokens=special)["input_ids"]
            ids += piece
            mask += [learn] * len(piece)
    if "messages" not in record and tokenizer.eos_token_id is not None:
        ids.append(tokenizer.eos_token_id)
        mask.append(1)
    return {"input_ids": ids, "completion_mask": mask}


def reward_sequence(record, side, tokenizer):
    """reward-inputs.ts rewardSequence: the ids a reward model scores for the record's prompt and its
    `side` ("chosen" / "rejected"), rendered as an SFT record: text as prompt + completion + EOS, a chat
    (the prompt's messages, then the response, text becoming the assistant turn) with the chat template."""
    prompt, response = record.get("prompt", ""), record[side]
    if isinstance(response, str) and isinstance(prompt, str):
        sft = {"prompt": prompt, "completion": response}
    else:
        reply = [{"role": "assistant", "content": response}] if isinstance(response, str) else response
        sft = {"messages": list(prompt or []) + list(reply)}
    return tokenize_sft_record(sft, tokenizer)["input_ids"]


def chat_segments(messages, tokenizer):
    def render(upto, generation_prompt):
        return tokenizer.apply_chat_template(messages[:upto], tokenize=False, add_generation_prompt=generation_prompt)

    segments, done = [], ""
    for i, message in enumerate(messages):
        if message["role"] != "assistant":
            continue
        for text, learn in ((render(i, True), 0), (render(i + 1, False), 1)):
            if not text.startswith(done):
                raise ValueError("the chat template does not render each turn as a continuation of the previous ones")
            segments.append((text[len(done):], learn))
            done = text
    whole = render(len(messages), False)
    segments.append((whole[len(done):], 0))
    return segments


# ---------------------------------------------------------------------------------------------
# Optimizer and schedule: core/src/train/optim/adamw.ts, schedules.ts.
# ---------------------------------------------------------------------------------------------

def adamw_with_state(model, run, name_of=lambda name: name):
    """torch.optim.AdamW with Stagecoach's settings: betas, eps, weight decay on the parameters
    Stagecoach decays (not on norms, biases, embeddings), and, when the export carries them, the
    first and second moments and the step count t of the run, so the update continues as it would
    have. `name_of` maps a parameter's torch name to the name in optimizer_state.safetensors."""
    opt = run["optimizer"]
    no_decay = set(opt["no_decay"])
    trainable = [(name, p) for name, p in model.named_parameters() if p.requires_grad]
    groups = [
        {"params": [p for n, p in trainable if name_of(n) not in no_decay], "weight_decay": opt["weight_decay"]},
        {"params": [p for n, p in trainable if name_of(n) in no_decay], "weight_decay": 0.0},
    ]
    optimizer = torch.optim.AdamW([g for g in groups if g["params"]], lr=opt["lr"], betas=tuple(opt["betas"]), eps=opt["eps"])
    if run.get("optimizer_state"):
        moments = load_file(run["optimizer_state"])
        loaded = 0
        for name, p in trainable:
            key = name_of(name)
            if f"{key}.exp_avg" not in moments:
                raise KeyError(f"optimizer_state.safetensors has no moments for {key} (torch name {name})")
            optimizer.state[p] = {
                "step": torch.tensor(float(opt["step"]), dtype=torch.float32),
                "exp_avg": moments[f"{key}.exp_avg"].to(p.device, p.dtype).reshape(p.shape).clone(),
                "exp_avg_sq": moments[f"{key}.exp_avg_sq"].to(p.device, p.dtype).reshape(p.shape).clone(),
            }
            loaded += 1
        print(f"stagecoach: AdamW moments of {loaded} parameters loaded (t = {opt['step']})")
    return optimizer


def lr_at(schedule, lr, step):
    """schedules.ts: the learning rate of optimizer step `step` (0-based). A schedule with an `offset`
    (mid-training's new-rows phase) starts at that step: step `offset` is its step 0."""
    step = max(0, step - schedule.get("offset", 0))
    kind, total = schedule["type"], schedule["total_steps"] - schedule.get("offset", 0)
    if kind == "constant":
        return lr
    min_lr = lr * schedule["min_lr_ratio"]
    warmup = schedule["warmup_steps"]
    if step < warmup:
        return lr * (step + 1) / warmup
    if step >= total:
        return min_lr
    if kind == "cosine":
        progress = (step - warmup) / max(1, total - warmup)
        return min_lr + 0.5 * (1 + math.cos(math.pi * progress)) * (lr - min_lr)
    decay_start = total - schedule["decay_steps"]
    if step < decay_start:
        return lr
    return lr + (min_lr - lr) * (step - decay_start) / max(1, schedule["decay_steps"])


def continued_schedule(optimizer, run):
    """A LambdaLR whose step k is Stagecoach's step start_step + k."""
    lr, start, schedule = run["optimizer"]["lr"], run["start_step"], run["schedule"]
    return torch.optim.lr_scheduler.LambdaLR(optimizer, lambda k: lr_at(schedule, lr, start + k) / lr)


def accumulation_steps(run):
    """Micro-batches per optimizer step on each process, so that all processes together take the
    run's tokens per step (batchSize × accumulation); says so when the process count does not divide it."""
    world = int(os.environ.get("WORLD_SIZE", "1"))
    wanted = run["batch"]["accumulation"]
    steps = max(1, round(wanted / world))
    if steps * world != wanted:
        rows = run["batch"]["per_device"]
        print(f"stagecoach: {world} processes x {steps} micro-batches x {rows} rows = {world * steps * rows} rows per step "
              f"(the run took {wanted * rows}); the tokens per step differ from the run's")
    return steps


WRAPPER_PREFIXES = ("_fsdp_wrapped_module.", "_checkpoint_wrapped_module.", "module.")


class ContinuedRun:
    """Mix into a transformers Trainer (or a TRL trainer, which extends it) to train with the run's
    AdamW (`adamw_with_state`) and schedule (`continued_schedule`) instead of the Trainer's defaults:
    `class ContinuedTrainer(ContinuedRun, Trainer)`, then `ContinuedTrainer(run=run, ...)`.
    `name_of` maps a parameter's torch name to its name in optimizer_state.safetensors."""

    def __init__(self, *args, run, name_of=lambda name: name, **kwargs):
        self.stagecoach_run = run
        self.stagecoach_name_of = name_of
        super().__init__(*args, **kwargs)

    def create_optimizer(self, model=None):
        if self.optimizer is None:
            run = self.stagecoach_run
            if run.get("optimizer_state") and (self.is_fsdp_enabled or self.is_deepspeed_enabled):
                # Sharded parameters (FSDP) or DeepSpeed's own optimizer: the moments cannot be placed.
                print("stagecoach: FSDP/DeepSpeed: the run's AdamW moments are NOT carried over (they start at zero)")
                run = {**run, "optimizer_state": None}

            def name_of(name):
                for prefix in WRAPPER_PREFIXES:
                    name = name.replace(prefix, "")
                return self.stagecoach_name_of(name)

            self.optimizer = adamw_with_state(self.model if model is None else model, run, name_of)
        return self.optimizer

    def create_scheduler(self, num_training_steps, optimizer=None):
        if self.lr_scheduler is None:
            self.lr_scheduler = continued_schedule(optimizer or self.optimizer, self.stagecoach_run)
        return self.lr_scheduler


def check_export(run, **actual):
    """Stops when this side's data or schedule differ from the values Stagecoach computed."""
    for key, expected in run.get("check", {}).items():
        got = actual.get(key)
        if got is None:
            continue
        if key == "lr":
            same = all(math.isclose(a, b, rel_tol=1e-6) for a, b in zip(got, expected)) and len(got) >= len(expected)
        else:
            same = got == expected
        if not same:
            raise SystemExit(
                f"stagecoach: {key} differs from the Stagecoach run's (expected {str(expected)[:200]}, got {str(got)[:200]}); "
                "the tokenizer, the chat template or the data files changed since the export."
            )
    print(f"stagecoach: checked {', '.join(k for k in run.get('check', {}) if k in actual)} against the run")


# ---------------------------------------------------------------------------------------------
# The built-in math reward: rlhf/src/rewards/math-reward.ts on eval/src/extract-answer.ts.
# ---------------------------------------------------------------------------------------------

_NUMBER_BODY = r"(?:[-−+]?(?:\$\s?)?|\$[-−])(?:(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?!\d)|\.\d+)"
_NUMBER = re.compile(r"(?<![\w.])" + _NUMBER_BODY, re.ASCII)
_STRICT = re.compile(r"####\s*(" + _NUMBER_BODY + ")", re.ASCII)
_CALCULATOR_ANNOTATION = re.compile(r"<<[^<>]*>>")


def normalize_number(raw):
    """extract-answer.ts normalizeNumber: "-$1,200.50" -> "-1200.5"; None if it is not a number."""
    text = re.sub(r"[\s$,]", "", raw, flags=re.ASCII).replace("−", "-", 1)
    sign = ""
    if text[:1] in ("-", "+"):
        sign = "-" if text[0] == "-" else ""
        text = text[1:]
    if not re.fullmatch(r"(?:\d+(?:\.\d*)?|\.\d+)", text, flags=re.ASCII):
        return None
    whole, _, fraction = text.partition(".")
    whole = re.sub(r"^0+(?=\d)", "", whole) or "0"
    fraction = fraction.rstrip("0")
    value = whole if fraction == "" else f"{whole}.{fraction}"
    return "0" if value == "0" else sign + value


def extract_answer(text):
    """extract-answer.ts extractAnswer (flexible): the number after "####", else the last number."""
    strict = _STRICT.search(text)
    if strict:
        return normalize_number(strict.group(1))
    numbers = _NUMBER.findall(_CALCULATOR_ANNOTATION.sub(" ", text))
    return normalize_number(numbers[-1]) if numbers else None


def same_number(a, b):
    try:
        x, y = float(a), float(b)
    except ValueError:
        return a == b
    return abs(x - y) <= 1e-9 * max(1.0, abs(y))


def math_reward(answer_field="answer", no_answer=-0.1):
    """math-reward.ts mathReward as a TRL reward function: 1 for the reference answer, 0 for a wrong
    one, `no_answer` when the response holds no number. TRL passes the dataset's other columns
    (the reference answer among them) as keyword arguments."""

    def reward(completions, **columns):
        answers = columns[answer_field]
        rewards = []
        for completion, answer in zip(completions, answers):
            text = completion[-1]["content"] if isinstance(completion, list) else completion
            predicted, reference = extract_answer(text), extract_answer(str(answer))
            if predicted is None:
                rewards.append(no_answer)
            else:
                rewards.append(1.0 if reference is not None and same_number(predicted, reference) else 0.0)
        return rewards

    reward.__name__ = "math_reward"
    return reward
