#!/usr/bin/env bash
# The GPU check of issue 14 (the cuda() backend), run on the GPU machine from the repo root after
# scripts/gpu-prepare.sh filled .gpu-carry/ here. Writes to $OUT (default /tmp/gpu-check):
#   probe.json        what cuda() found (GPU, driver/runtime CUDA, cuBLAS path)
#   conformance.json  core's conformance suite on cuda (values and gradients of every fused op)
#   train-check.json  3 training steps of a small GPT: host fallbacks (must be none), tensor count
#                     (must be flat), losses beside the CPU's
#   bench.jsonl       bench:peers GPU rows: Stagecoach cuda vs PyTorch eager (fp32), M and GPT-2 124M
#   summary.json      the ratios, peak-memory ratios and MFU; log.txt: everything printed;
#   stderr.txt        every stage's stderr; nvidia-smi.txt. (8 files: the device tool returns at most 8.)
# Each stage has its own timeout and the script goes on after a failed stage (one run must tell as
# much as possible); it stops at once only when no GPU or no carried file is found. About 4-6 min.
set -uo pipefail
cd "$(dirname "$0")/.."
OUT=${OUT:-/tmp/gpu-check}
WORK=/tmp/gpu-check-work
mkdir -p "$OUT" "$WORK"
carry=.gpu-carry
log() { echo "gpu-check: $*" | tee -a "$OUT/log.txt" >&2; }
fatal() { log "FATAL: $*"; exit 1; }
started=$(date +%s)

for f in node.xz stagecoach_cuda.node gpu-step.mjs; do
  [ -f "$carry/$f" ] || fatal "$carry/$f is missing: run scripts/gpu-prepare.sh on the Node machine and pass carry [\"$carry\"]"
done
# xz, or Python's lzma where xz is not installed.
{ xz -dc "$carry/node.xz" 2>/dev/null || python3 -c 'import lzma, shutil, sys; shutil.copyfileobj(lzma.open(sys.argv[1]), sys.stdout.buffer)' "$carry/node.xz"; } \
  > /tmp/gpu-check-node && chmod +x /tmp/gpu-check-node || fatal "could not unpack $carry/node.xz"
NODE=/tmp/gpu-check-node
log "node $($NODE --version), $(nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader 2>&1 | head -1)"
nvidia-smi > "$OUT/nvidia-smi.txt" 2>&1 || fatal "nvidia-smi failed: no GPU on this machine?"

export STAGECOACH_CUDA_ADDON="$PWD/$carry/stagecoach_cuda.node"
# cuBLAS: the one in PyTorch's NVIDIA wheels (nvidia/cublas/lib or nvidia/cu13/lib), unless STAGECOACH_CUBLAS is set.
if [ -z "${STAGECOACH_CUBLAS:-}" ]; then
  STAGECOACH_CUBLAS=$(python3 - <<'PY' 2>/dev/null || true
import glob, os, site, sys
roots = [*site.getsitepackages(), site.getusersitepackages(), *sys.path]
for root in roots:
    for path in sorted(glob.glob(os.path.join(root, "nvidia", "**", "libcublas.so.*"), recursive=True), reverse=True):
        if os.path.basename(path).startswith("libcublas.so."):
            print(path)
            sys.exit()
PY
)
  export STAGECOACH_CUBLAS
fi
log "STAGECOACH_CUBLAS=${STAGECOACH_CUBLAS:-<unset: searching the usual places>}"

# stage NAME TIMEOUT OUTFILE ARGS...: runs the bundled Stagecoach side, keeps its last JSON line.
stage() {
  local name=$1 limit=$2 file=$3
  shift 3
  local t0=$(date +%s)
  timeout "$limit" "$NODE" "$carry/gpu-step.mjs" "$@" > "$WORK/$name.stdout" 2> "$WORK/$name.stderr"
  local rc=$?
  tail -n 1 "$WORK/$name.stdout" >> "$OUT/$file"
  log "$name: exit $rc in $(( $(date +%s) - t0 )) s: $(tail -n 1 "$WORK/$name.stdout" | cut -c1-400)"
  [ $rc -eq 124 ] && log "$name: TIMED OUT after $limit s"
  { echo "== $name (exit $rc)"; tail -n 40 "$WORK/$name.stderr"; } >> "$OUT/stderr.txt"
  return $rc
}

stage probe 60 probe.json probe || fatal "the cuda backend does not load or sees no GPU (probe.json)"
grep -q '"available":true' "$OUT/probe.json" || fatal "cuda() is unavailable here: $(cat "$OUT/probe.json")"

# Synchronous launches: a faulting kernel is named in the error rather than at the next read.
STAGECOACH_CUDA_SYNC=1 stage conformance 150 conformance.json conformance
stage train-check 120 train-check.json train-check

# bench:peers GPU rows: the M configuration and GPT-2 small (124M, T = 1024, batch 8), same job for both.
jobs=$(timeout 60 "$NODE" "$carry/gpu-step.mjs" jobs) || fatal "gpu-step.mjs jobs failed: $jobs"
while IFS= read -r job; do
  name=$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["config"]["name"])' "$job")
  stage "stagecoach-$name" 180 bench.jsonl train "$job"
  t0=$(date +%s)
XX
done <<< "$jobs"

# The largest row again with TF32 tensor-core matmuls (cuda({ matmul: 'tf32' })), for reference beside fp32.
last_job=$(tail -n 1 <<< "$jobs")
STAGECOACH_CUDA_MATMUL=tf32 stage "stagecoach-tf32" 180 bench.jsonl train "$last_job"

python3 - "$OUT" <<'PY' | tee -a "$OUT/log.txt"
import json, os, sys
out = sys.argv[1]
rows = []
for line in open(os.path.join(out, "bench.jsonl")):
    try:
        rows.append(json.loads(line))
    except ValueError:
        pass
summary = {"rows": rows, "compare": []}
for name in dict.fromkeys(r.get("config") for r in rows if r.get("impl") == "stagecoach"):
    ours = next((r for r in rows if r.get("impl") == "stagecoach" and r.get("backend") == "cuda-fp32" and r.get("config") == name and "tokensPerSec" in r), None)
    torch = next((r for r in rows if r.get("impl") == "pytorch" and r.get("config") == name), None)
    entry = {"config": name, "stagecoach": ours, "pytorch": torch}
    if ours and torch and "tokensPerSec" in torch:
        f = ours["flopsPerToken"]  # bench/peers/configs.ts trainFlopsPerToken
        entry["speedRatio"] = round(ours["tokensPerSec"] / torch["tokensPerSec"], 3)
        if ours.get("peakGpuMiB") and torch.get("peakGpuMiB"):
            entry["memoryRatio"] = round(ours["peakGpuMiB"] / torch["peakGpuMiB"], 3)
        entry["mfuFp32Nominal67T"] = {"stagecoach": round(f * ours["tokensPerSec"] / 67e12, 4), "pytorch": round(f * torch["tokensPerSec"] / 67e12, 4)}
        if torch.get("sgemmTflops"):
            entry["mfuVsMeasuredSgemm"] = {"stagecoach": round(f * ours["tokensPerSec"] / (torch["sgemmTflops"] * 1e12), 4),
                                          "pytorch": round(f * torch["tokensPerSec"] / (torch["sgemmTflops"] * 1e12), 4)}
        entry["targetsMet"] = entry["speedRatio"] >= 0.5 and entry.get("memoryRatio", 99) <= 1.5 and not ours.get("fallbacks")
    summary["compare"].append(entry)
for name in ["conformance", "train-check"]:
    try:
        r = json.loads(open(os.path.join(out, f"{name}.json")).read().strip().splitlines()[-1])
        summary[name] = {"ok": r.get("ok"), "failures": [f.get("name") for f in r.get("failures", [])], "fallbacks": r.get("fallbacks"), "error": r.get("error")}
    except (OSError, ValueError, IndexError) as e:
        summary[name] = {"ok": False, "error": f"no result: {e}"}
json.dump(summary, open(os.path.join(out, "summary.json"), "w"), indent=1)
print(json.dumps({k: v for k, v in summary.items() if k != "rows"}, indent=1))
PY
# Last, with the time left: the conformance suite under compute-sanitizer's memcheck (out-of-bounds and
# misaligned accesses in the kernels). Exit 9 means it found errors (see stderr.txt).
if command -v compute-sanitizer >/dev/null 2>&1 && [ $(( $(date +%s) - started )) -lt 330 ]; then
  t0=$(date +%s)
  timeout 150 compute-sanitizer --tool memcheck --error-exitcode 9 --log-file "$WORK/memcheck.log" \
    "$NODE" "$carry/gpu-step.mjs" conformance > "$WORK/memcheck.stdout" 2>&1
  rc=$?
  log "memcheck conformance: exit $rc in $(( $(date +%s) - t0 )) s ($(grep -c 'Invalid' "$WORK/memcheck.log" 2>/dev/null || echo 0) invalid accesses; $(tail -n 1 "$WORK/memcheck.log" 2>/dev/null))"
  { echo "== memcheck (exit $rc)"; head -n 60 "$WORK/memcheck.log" 2>/dev/null; } >> "$OUT/stderr.txt"
else
  log "memcheck: skipped (no compute-sanitizer, or too little time left)"
fi
log "done in $(( $(date +%s) - started )) s"
