#!/usr/bin/env bash
# Prepares the GPU check of issue 14 on a machine with Node and nvcc (this one), so the GPU machine
# (no Node, no network) only runs it: builds the CUDA addon for every architecture, bundles the
# Stagecoach side (bench/peers/gpu-step.ts) into one file, and packs this Node binary with xz, all
# into .gpu-carry/ (git-ignored, about 30 MB). Then run, through the device tool, from the repo root:
#   command: bash scripts/gpu-check.sh      carry: [".gpu-carry"]      timeout_s: 540
set -euo pipefail
cd "$(dirname "$0")/.."
carry=.gpu-carry
mkdir -p "$carry"
node packages/backend-node/scripts/build-cuda.js --strict
cp packages/backend-node/build-cuda/stagecoach_cuda.node "$carry/"
esbuild=$(node -e "console.log(require.resolve('esbuild/bin/esbuild', { paths: [require.resolve('tsup')] }))" 2>/dev/null \
  || ls node_modules/.pnpm/esbuild@*/node_modules/esbuild/bin/esbuild | tail -1)
"$esbuild" bench/peers/gpu-step.ts --bundle --platform=node --format=esm --conditions=source --target=node20 \
  --outfile="$carry/gpu-step.mjs" --log-level=warning \
  --banner:js="import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);"
node_bin=$(node -p process.execPath)
if [ ! -f "$carry/node.xz" ] || [ "$node_bin" -nt "$carry/node.xz" ]; then
  xz -T0 -6 -c "$node_bin" > "$carry/node.xz.tmp" && mv "$carry/node.xz.tmp" "$carry/node.xz"
fi
node -p "process.version" > "$carry/node-version.txt"
du -sh "$carry"/*
echo "gpu-prepare: ready; run scripts/gpu-check.sh on the GPU machine with carry [\"$carry\"]"
