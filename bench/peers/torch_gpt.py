#!/usr/bin/python3
"""PyTorch CPU reference for `pnpm bench:peers`: the same GPT-2-style model as Stagecoach's
(learned positions, pre-LayerNorm, separate q/k/v/o projections with bias, tanh-GELU MLP of 4*d,
tied embeddings), forward + backward + AdamW(0.9, 0.95, wd 0.1) + clip-norm 1 on random tokens.

Run with Debian's python3-torch (/usr/bin/python3) and libopenblas0-pthread installed:
  OMP_WAIT_POLICY=PASSIVE /usr/bin/python3 bench/peers/torch_gpt.py <config-json> [seconds]
Prints which BLAS torch uses on stderr, and one JSON record on stdout. Refuses (exit 3) when torch
would run on the reference BLAS, which is 10-20x slower and not a fair baseline.
"""
import json
import math
import os
import resource
import sys
import time

if os.environ.get("OMP_WAIT_POLICY", "").upper() != "PASSIVE":
    sys.stderr.write("torch_gpt.py: set OMP_WAIT_POLICY=PASSIVE (OpenMP threads otherwise spin against OpenBLAS's)\n")
    sys.exit(2)

import torch
import torch.nn as nn
import torch.nn.functional as F


def blas_in_use():
    """The BLAS library the process actually mapped (torch links libblas.so.3 via Debian's alternatives)."""
    libs = set()
    with open("/proc/self/maps") as maps:
        for line in maps:
            path = line.split()[-1] if len(line.split()) >= 6 else ""
            if "blas" in path or "mkl" in path:
                libs.add(path)
    return sorted(libs)


class Block(nn.Module):
    def __init__(self, d, heads):
        super().__init__()
        self.heads = heads
        self.ln1 = nn.LayerNorm(d, eps=1e-5)
        self.q = nn.Linear(d, d)
        self.k = nn.Linear(d, d)
        self.v = nn.Linear(d, d)
        self.o = nn.Linear(d, d)
        self.ln2 = nn.LayerNorm(d, eps=1e-5)
        self.up = nn.Linear(d, 4 * d)
        self.down = nn.Linear(4 * d, d)

    def forward(self, x, mask):
        b, t, d = x.shape
        h = self.ln1(x)
        split = lambda y: y.view(b, t, self.heads, d // self.heads).transpose(1, 2)  # [B, H, T, Dh]
        q, k, v = split(self.q(h)), split(self.k(h)), split(self.v(h))
        att = (q @ k.transpose(-2, -1)) * (1.0 / math.sqrt(d // self.heads))
        att = att.masked_fill(mask[:, :, :t, :t] == 0, -1e9).softmax(dim=-1)
        y = (att @ v).transpose(1, 2).contiguous().view(b, t, d)
        x = x + self.o(y)
        return x + self.down(F.gelu(self.up(self.ln2(x)), approximate="tanh"))


class GPT(nn.Module):
    def __init__(self, vocab, ctx, d, layers, heads):
        super().__init__()
        self.wte = nn.Embedding(vocab, d)
        self.wpe = nn.Embedding(ctx, d)
        self.blocks = nn.ModuleList([Block(d, heads) for _ in range(layers)])
        self.ln_f = nn.LayerNorm(d, eps=1e-5)
        self.register_buffer("mask", torch.tril(torch.ones(ctx, ctx)).view(1, 1, ctx, ctx))
        for p in self.parameters():
            if p.dim() >= 2:
                nn.init.normal_(p, std=0.02)

    def forward(self, ids, targets):
        t = ids.shape[1]
        x = self.wte(ids) + self.wpe(torch.arange(t))
        for block in self.blocks:
            x = block(x, self.mask)
        logits = self.ln_f(x) @ self.wte.weight.t()  # tied embeddings
        return F.cross_entropy(logits.view(-1, logits.shape[-1]), targets.reshape(-1))


def main():
    cfg = json.loads(sys.argv[1])
    seconds = float(sys.argv[2]) if len(sys.argv) > 2 else 20.0
    threads = os.cpu_count() or 1
    torch.set_num_threads(threads)
    config_text = torch.__config__.show()
    libs = blas_in_use()
    sys.stderr.write(f"torch {torch.__version__}, {threads} threads, BLAS libraries mapped: {libs}\n")
    blas_info = sorted(set(part.strip() for part in config_text.replace("\n", ",").split(",") if "BLAS" in part))
    sys.stderr.write("torch.__config__.show(): " + "; ".join(blas_info) + "\n")
    if not any("openblas" in lib.lower() or "mkl" in lib.lower() for lib in libs):
        sys.stderr.write("torch_gpt.py: torch runs on the reference BLAS (libblas.so.3 from netlib); install "
                         "libopenblas0-pthread (apt-get install -y libopenblas0-pthread) and rerun. Refusing to report.\n")
        sys.exit(3)

    torch.manual_seed(0)
    model = GPT(cfg["vocabSize"], cfg["contextLength"], cfg["dModel"], cfg["nLayers"], cfg["nHeads"])
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
        return loss.item()

    step()  # warm-up
    steps, start = 0, time.perf_counter()
    cpu_start = resource.getrusage(resource.RUSAGE_SELF)
    while True:
        step()
        steps += 1
        if time.perf_counter() - start >= seconds or steps >= 200:
            break
    elapsed = time.perf_counter() - start
    cpu_end = resource.getrusage(resource.RUSAGE_SELF)
    cpu_seconds = (cpu_end.ru_utime - cpu_start.ru_utime) + (cpu_end.ru_stime - cpu_start.ru_stime)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB -> MiB
    print(json.dumps({"impl": "pytorch", "backend": f"cpu-{threads}t-openblas", "config": cfg["name"],
                      "tokensPerSec": round(steps * b * t / elapsed), "peakMemMiB": round(peak),
                      "tokensPerCpuSec": round(steps * b * t / cpu_seconds)}))


if __name__ == "__main__":
    main()
