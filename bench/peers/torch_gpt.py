"""PyTorch CPU reference for `pnpm bench:peers`: the same GPT-2-style model as Stagecoach's
(learned positions, pre-LayerNorm, separate q/k/v/o projections with bias, tanh-GELU MLP of 4*d,
tied embeddings).

  python torch_gpt.py '<job-json>'

The job: {"config": {...PeerConfig}, "task": "train" | "generate" | "sgemm", "attention": "sdpa" | "manual",
"steps": N, "warmup": W, "label": "...", "generate": {...}, "sgemmSize": n}.
- train: forward + backward + AdamW(0.9, 0.95, wd 0.1) + clip-norm 1 on random tokens, W untimed
  steps then N timed ones.
- generate: batched sampling with a KV cache (a plain loop: prefill the prompts, then one token per
  forward), `generate` settings from the job; W untimed runs, then N timed ones.
- sgemm: one [n, n] @ [n, n] float32 matmul per step, counted in FLOPs (the machine's peak, for MFU).
attention "sdpa" is F.scaled_dot_product_attention(is_causal=True) (fused); "manual" the
matmul + mask + softmax chain. Prints the BLAS in use on stderr, one JSON record on stdout; refuses
(exit 3) torch on the reference BLAS, which is 10-20x slower and not a fair baseline.
"""
import json
import math
import os
import resource
import sys
import time

import torch
import torch.nn as nn
import torch.nn.functional as F


def blas_in_use():
    """BLAS libraries mapped into the process (MKL is linked into the 2.x wheels' libtorch_cpu)."""
    libs = set()
    with open("/proc/self/maps") as maps:
        for line in maps:
            path = line.split()[-1] if len(line.split()) >= 6 else ""
            if "blas" in path or "mkl" in path:
                libs.add(os.path.basename(path))
    config = torch.__config__.show()
    if "BLAS_INFO=mkl" in config or "USE_MKL=ON" in config:
        libs.add("mkl (linked)")
    return sorted(libs)


class Block(nn.Module):
    def __init__(self, d, heads, sdpa):
        super().__init__()
        self.heads, self.sdpa = heads, sdpa
        self.ln1 = nn.LayerNorm(d, eps=1e-5)
        self.q = nn.Linear(d, d)
        self.k = nn.Linear(d, d)
        self.v = nn.Linear(d, d)
        self.o = nn.Linear(d, d)
        self.ln2 = nn.LayerNorm(d, eps=1e-5)
        self.up = nn.Linear(d, 4 * d)
        self.down = nn.Linear(4 * d, d)

    def attend(self, q, k, v, causal):
        if self.sdpa:
            return F.scaled_dot_product_attention(q, k, v, is_causal=causal)
        att = (q @ k.transpose(-2, -1)) * (1.0 / math.sqrt(q.shape[-1]))
        if causal:
            t = q.shape[-2]
            att = att.masked_fill(torch.ones(t, t, dtype=torch.bool).tril().logical_not(), float("-inf"))
        return att.softmax(dim=-1) @ v

    def forward(self, x, cache=None):
        """cache: None (training), or a dict holding this layer's keys/values so far (generation)."""
        b, t, d = x.shape
        h = self.ln1(x)
        split = lambda y: y.view(b, t, self.heads, d // self.heads).transpose(1, 2)  # [B, H, T, Dh]
        q, k, v = split(self.q(h)), split(self.k(h)), split(self.v(h))
        if cache is not None:
            if "k" in cache:
                k, v = torch.cat([cache["k"], k], dim=2), torch.cat([cache["v"], v], dim=2)
            cache["k"], cache["v"] = k, v
        # One new token attends to every cached one: no mask. A prefill (or training) is causal.
        y = self.attend(q, k, v, causal=t > 1).transpose(1, 2).contiguous().view(b, t, d)
        x = x + self.o(y)
        return x + self.down(F.gelu(self.up(self.ln2(x)), approximate="tanh"))


class GPT(nn.Module):
    def __init__(self, vocab, ctx, d, layers, heads, sdpa):
        super().__init__()
        self.wte = nn.Embedding(vocab, d)
        self.wpe = nn.Embedding(ctx, d)
        self.blocks = nn.ModuleList([Block(d, heads, sdpa) for _ in range(layers)])
        self.ln_f = nn.LayerNorm(d, eps=1e-5)
        for p in self.parameters():
            if p.dim() >= 2:
                nn.init.normal_(p, std=0.02)

    def logits(self, ids, start=0, caches=None):
        t = ids.shape[1]
        x = self.wte(ids) + self.wpe(torch.arange(start, start + t))
        for i, block in enumerate(self.blocks):
            x = block(x, None if caches is None else caches[i])
        return self.ln_f(x) @ self.wte.weight.t()  # tied embeddings

    def forward(self, ids, targets):
        logits = self.logits(ids)
        return F.cross_entropy(logits.view(-1, logits.shape[-1]), targets.reshape(-1))


def train_step_fn(model, cfg):
    decay = [p for n, p in model.named_parameters() if p.dim() >= 2 and "wte" not in n and "wpe" not in n]
    no_decay = [p for n, p in model.named_parameters() if not (p.dim() >= 2 and "wte" not in n and "wpe" not in n)]
    opt = torch.optim.AdamW([{"params": decay, "weight_decay": 0.1}, {"params": no_decay, "weight_decay": 0.0}],
                            lr=1e-3, betas=(0.9, 0.95), eps=1e-8)
    b, t, v = cfg["batchSize"], cfg["contextLength"], cfg["vocabSize"]

    def step():
        data = torch.randint(0, v, (b, t + 1))
        loss = model(data[:, :-1], data[:, 1:])
        opt.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        return b * t

    return step


def generate_fn(model, cfg, gen):
    b, prompt_len, new = gen["batchSize"], gen["promptTokens"], gen["newTokens"]

    @torch.no_grad()
    def run():
        prompts = torch.randint(0, cfg["vocabSize"], (b, prompt_len))
        caches = [dict() for _ in model.blocks]
        logits = model.logits(prompts, 0, caches)[:, -1]
        for i in range(new):
            token = torch.multinomial((logits / gen["temperature"]).softmax(-1), 1)
            if i == new - 1:
                break
            logits = model.logits(token, prompt_len + i, caches)[:, -1]
        return b * new

    return run


def sgemm_fn(n):
    a, b = torch.randn(n, n), torch.randn(n, n)

    def run():
        torch.mm(a, b)
        return 2 * n ** 3

    return run


def main():
    job = json.loads(sys.argv[1])
    cfg, task = job["config"], job["task"]
    threads = os.cpu_count() or 1
    torch.set_num_threads(threads)
    libs = blas_in_use()
    sys.stderr.write(f"torch {torch.__version__}, {threads} threads, attention {job['attention']}, BLAS: {libs}\n")
    if not any("openblas" in lib.lower() or "mkl" in lib.lower() for lib in libs):
        sys.stderr.write("torch_gpt.py: torch runs on the reference BLAS (libblas.so.3 from netlib); install "
                         "libopenblas0-pthread (apt-get install -y libopenblas0-pthread) and rerun. Refusing to report.\n")
        sys.exit(3)

    torch.manual_seed(0)
    ctx = max(cfg["contextLength"], job["generate"]["promptTokens"] + job["generate"]["newTokens"]) if task == "generate" else cfg["contextLength"]
    model = GPT(cfg["vocabSize"], ctx, cfg["dModel"], cfg["nLayers"], cfg["nHeads"], job["attention"] == "sdpa")
    built_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    run = {"train": lambda: train_step_fn(model, cfg), "generate": lambda: generate_fn(model, cfg, job["generate"]),
           "sgemm": lambda: sgemm_fn(job["sgemmSize"])}[task]()
    for _ in range(job["warmup"]):
        run()
    tokens, start = 0, time.perf_counter()
    cpu_start = resource.getrusage(resource.RUSAGE_SELF)
    for _ in range(job["steps"]):
        tokens += run()
    elapsed = time.perf_counter() - start
    cpu_end = resource.getrusage(resource.RUSAGE_SELF)
    cpu_seconds = (cpu_end.ru_utime - cpu_start.ru_utime) + (cpu_end.ru_stime - cpu_start.ru_stime)
    peak = cpu_end.ru_maxrss / 1024  # KiB -> MiB
    print(json.dumps({"impl": job["label"], "backend": f"cpu-{threads}t-{job['attention']}", "config": cfg["name"], "task": task,
                      "tokensPerSec": round(tokens / elapsed), "peakMemMiB": round(peak), "builtMemMiB": round(built_mib),
                      "tokensPerCpuSec": round(tokens / cpu_seconds), "seconds": round(elapsed, 3)}))


if __name__ == "__main__":
    main()
