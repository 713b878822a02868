"""PyTorch eager on the GPU for the GPU rows of `bench:peers` (scripts/gpu-check.sh runs it on a CUDA
machine): the same GPT-2-style model, optimizer and batch as torch_gpt.py (whose model it imports),
on cuda in float32 (TF32 off, PyTorch's default for matmuls), attention through
F.scaled_dot_product_attention (fused) like the CPU row.

  python torch_gpu.py '<job-json>'       (a PeerJob, see configs.ts)

Prints one JSON record: tokens/s, peak GPU memory (torch.cuda.max_memory_allocated), and the fp32
matmul peak measured here (4096³ torch.mm, TFLOP/s) for MFU.
"""
import json
import os
import sys
import time

import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from torch_gpt import GPT, train_step_fn  # noqa: E402


def sgemm_tflops(n=4096, reps=20):
    a, b = torch.randn(n, n), torch.randn(n, n)
    for _ in range(3):
        torch.mm(a, b)
    torch.cuda.synchronize()
    start = time.perf_counter()
    for _ in range(reps):
        torch.mm(a, b)
    torch.cuda.synchronize()
    return 2 * n ** 3 * reps / (time.perf_counter() - start) / 1e12


def main():
    job = json.loads(sys.argv[1])
    cfg = job["config"]
    torch.backends.cuda.matmul.allow_tf32 = False
    torch.backends.cudnn.allow_tf32 = False
    torch.set_default_device("cuda")
    torch.manual_seed(0)
    model = GPT(cfg["vocabSize"], cfg["contextLength"], cfg["dModel"], cfg["nLayers"], cfg["nHeads"], True)
    step = train_step_fn(model, cfg)
    for _ in range(job["warmup"]):
        step()
    torch.cuda.synchronize()
    torch.cuda.reset_peak_memory_stats()
    tokens, start = 0, time.perf_counter()
    for _ in range(job["steps"]):
        tokens += step()
    torch.cuda.synchronize()
    elapsed = time.perf_counter() - start
    print(json.dumps({"impl": "pytorch", "backend": f"cuda-eager-fp32 torch {torch.__version__}", "config": cfg["name"], "task": "train",
                      "tokensPerSec": round(tokens / elapsed), "secondsPerStep": round(elapsed / job["steps"], 4),
                      "peakGpuMiB": round(torch.cuda.max_memory_allocated() / 2 ** 20), "gpu": torch.cuda.get_device_name(0),
                      "sgemmTflops": round(sgemm_tflops(), 1)}))


if __name__ == "__main__":
    main()
