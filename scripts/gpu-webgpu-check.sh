#!/usr/bin/env bash
# The WebGPU backend on a real GPU, through Dawn: this package's WebGPU tests (core's conformance
# suite with and without the fused kernels, the fused kernels past one tile, a tiny Llama training)
# and `pnpm bench --only webgpu`, on the device machine (/work/.library/device/README.md), which has
# no Node.js, no node_modules, no Vulkan loader and no network.
#
# Two steps, both from the repository root of the checkout the device tool sends (the one the
# session was started in):
#
#   1. Here (network only for apt-get, to fetch the Vulkan loader packages):
#        bash scripts/gpu-webgpu-check.sh prepare
#      writes .gpu-webgpu/ (git-ignored): the tests, the benchmark and an
#      adapter probe bundled by esbuild, Dawn's dawn.node, this machine's Node binary (xz) and the
#      Vulkan loader .debs. About 35 MiB; it must travel with the tree (64 MiB in all).
#   2. On the device machine: run with carry [".gpu-webgpu"], timeout_s 600, command
#        bash scripts/gpu-webgpu-check.sh run
#      It installs nothing from the network: it unpacks the carried loader, points Vulkan at the
#      NVIDIA driver's ICD, checks that Dawn's adapter is the GPU (not a software one), runs the tests
#      and the benchmark, and writes to $OUT: gpu.txt, adapter.json, tests.log, tests.json,
#      bench.json (the records), bench.log (progress and the side-by-side table), summary.txt.
#      Exit status 0 only when every test passed and the benchmark ran.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
CARRY=.gpu-webgpu
DEVICE_SRC=packages/backend-webgpu/test/device
BUNDLES=(show-adapter run-tests run-bench)
# The Vulkan loader Dawn opens (libvulkan.so.1), and the GL/EGL dispatch libraries the device
# README brings with it (the NVIDIA ICD library may need them).
LOADER_DEBS=(libvulkan1 libegl1 libglvnd0 libopengl0 libgl1 libglx0 libgles2)

fail() {
  echo "gpu-webgpu-check: $*" >&2
  exit 1
}

prepare() {
  cd "$ROOT"
  [[ $(uname -m) == x86_64 ]] || fail "prepare must run on x86-64 (the device machine is x86-64; Node and dawn.node are carried as binaries)."
  local esbuild=packages/backend-webgpu/node_modules/.bin/esbuild
  local dawn=packages/backend-webgpu/node_modules/webgpu
  [[ -x $esbuild ]] || fail "$esbuild is missing: run \`npx -y pnpm@9.15.9 install --frozen-lockfile\` first."
  [[ -f $dawn/dist/linux-x64/dawn.node ]] || fail "$dawn/dist/linux-x64/dawn.node is missing: install the workspace (the npm package \`webgpu\`) first."
  local name node_bin
  node_bin=$(command -v node) || fail "no node on PATH: the device machine runs this machine's Node binary."
  local node_major
  node_major=$(node -p 'process.versions.node.split(".")[0]')
  ((node_major >= 20)) || fail "Node $(node --version) is too old; Node 20 or later is needed."
  command -v xz >/dev/null || fail "xz is needed to compress the Node binary (apt-get install xz-utils)."

  # Everything is rebuilt but the compressed Node binary, kept while it is the same Node (xz takes minutes).
  local node_version
  node_version=$(node --version)
  if [[ $(cat "$CARRY/node.version" 2>/dev/null) != "$node_version" ]]; then rm -f "$CARRY/node.xz"; fi
  find "$CARRY" -mindepth 1 -maxdepth 1 ! -name node.xz ! -name node.version -exec rm -rf {} + 2>/dev/null || true
  mkdir -p "$CARRY/node_modules/webgpu/dist/linux-x64" "$CARRY/debs"

  echo "gpu-webgpu-check: bundling ${BUNDLES[*]}"
  # `source`: the workspace packages' TypeScript; module first: tfjs's ESM builds (as vitest uses).
  # `webgpu` stays external (dawn.node is found beside its index.js); the banner gives bundled
  # CommonJS code a `require` for Node's built-in modules. Split: tfjs is one shared chunk.
  local entries=()
  for name in "${BUNDLES[@]}"; do entries+=("./$DEVICE_SRC/$name.ts"); done
  "$esbuild" "${entries[@]}" --bundle --splitting --platform=node --format=esm --target=node20 \
    --conditions=source --main-fields=module,main --external:webgpu \
    --alias:vitest=./$DEVICE_SRC/vitest-shim.ts \
    --banner:js="import { createRequire as __gpuCheckRequire } from 'node:module'; const require = __gpuCheckRequire(import.meta.url);" \
    --outdir="$CARRY" --out-extension:.js=.mjs --chunk-names=chunks/[name]-[hash] --log-level=warning
  for name in "${BUNDLES[@]/%/.mjs}"; do [[ -s $CARRY/$name ]] || fail "esbuild wrote no $CARRY/$name"; done

  cp "$dawn/index.js" "$dawn/package.json" "$CARRY/node_modules/webgpu/"
  xz -T0 -6 -c "$dawn/dist/linux-x64/dawn.node" >"$CARRY/dawn.node.xz"

  if [[ ! -s $CARRY/node.xz ]]; then
    echo "gpu-webgpu-check: compressing $node_bin ($node_version)"
    xz -T0 -6 -c "$node_bin" >"$CARRY/node.xz"
    echo "$node_version" >"$CARRY/node.version"
  fi

  echo "gpu-webgpu-check: downloading the Vulkan loader packages: ${LOADER_DEBS[*]}"
  local lists=/tmp/gpu-webgpu-apt-amd64
  mkdir -p "$lists/partial"
  local apt_opts=(-oAPT::Architecture=amd64 -oAPT::Architectures=amd64 "-oDir::State::Lists=$lists")
  apt-get "${apt_opts[@]}" update >/dev/null || fail "apt-get update failed (it needs the network, here only)."
  (cd "$CARRY/debs" && apt-get "${apt_opts[@]}" download "${LOADER_DEBS[@]}") >/dev/null ||
    fail "apt-get download ${LOADER_DEBS[*]} failed."

  local carried tree
  carried=$(du -sb "$CARRY" | cut -f1)
  tree=$(git ls-files -z | du -cb --files0-from=- | tail -1 | cut -f1)
  echo "gpu-webgpu-check: $CARRY is $((carried / 1048576)) MiB; with the tracked tree $(((carried + tree) / 1048576)) MiB (the device takes 64 MiB)."
  ((carried + tree < 64 * 1048576)) || fail "too large to travel to the device machine (64 MiB with the working tree)."
  echo "gpu-webgpu-check: ready. Device run: carry [\"$CARRY\"], command \`bash scripts/gpu-webgpu-check.sh run\`, timeout_s 600."
}

# Decompresses $1 (xz) to $2, with xz or else Python's lzma (the device image has python3).
unxz_to() {
  if command -v xz >/dev/null; then
    xz -dc "$1" >"$2"
  else
    python3 -c 'import lzma, shutil, sys; shutil.copyfileobj(lzma.open(sys.argv[1]), open(sys.argv[2], "wb"))' "$1" "$2"
  fi || fail "could not decompress $1"
}

# Whether the dynamic linker knows libvulkan.so.1 (grep reads all of ldconfig's output: with -q, an
# early exit would fail the pipeline with SIGPIPE under pipefail).
has_vulkan_loader() {
  ldconfig -p | grep 'libvulkan\.so\.1' >/dev/null
}

# The NVIDIA Vulkan ICD manifest, where the device machine's driver mount keeps it.
find_nvidia_icd() {
  local dir
  for dir in /usr/local/nvidia/share/vulkan/icd.d /usr/share/vulkan/icd.d /etc/vulkan/icd.d /usr/local/share/vulkan/icd.d; do
    if [[ -f $dir/nvidia_icd.json ]]; then
      echo "$dir/nvidia_icd.json"
      return 0
    fi
  done
  return 1
}

run_on_device() {
  cd "$ROOT"
  : "${OUT:?OUT is not set: this step runs on the device machine, which sets it (prepare here first).}"
  local name
  for name in "${BUNDLES[@]/%/.mjs}" node.xz dawn.node.xz node_modules/webgpu/index.js; do
    [[ -e $CARRY/$name ]] || fail "$CARRY/$name is missing: run \`bash scripts/gpu-webgpu-check.sh prepare\` here first, and pass carry [\"$CARRY\"] to the device run."
  done
  compgen -G "$CARRY/debs/libvulkan1_*.deb" >/dev/null || fail "$CARRY/debs has no libvulkan1 package: run prepare again."
  local summary=$OUT/summary.txt
  : >"$summary"
  note() { echo "$*" | tee -a "$summary"; }

  # Vulkan: the carried loader, and the NVIDIA driver's ICD (its folder is a read-only mount there).
  if ! has_vulkan_loader; then
    for deb in "$CARRY"/debs/*.deb; do dpkg -x "$deb" /; done
    ldconfig
  fi
  has_vulkan_loader || fail "libvulkan.so.1 is still not found after unpacking $CARRY/debs."
  if [[ -z ${VK_DRIVER_FILES:-} && -z ${VK_ICD_FILENAMES:-} ]]; then
    local icd
    icd=$(find_nvidia_icd) || fail "no nvidia_icd.json under /usr/local/nvidia/share/vulkan/icd.d, /usr/share/vulkan/icd.d or /etc/vulkan/icd.d: is this the GPU machine? Set VK_DRIVER_FILES to the NVIDIA ICD manifest."
    export VK_DRIVER_FILES=$icd VK_ICD_FILENAMES=$icd
  fi
  local egl=/usr/local/nvidia/share/glvnd/egl_vendor.d/10_nvidia.json
  if [[ -z ${__EGL_VENDOR_LIBRARY_FILENAMES:-} && -f $egl ]]; then export __EGL_VENDOR_LIBRARY_FILENAMES=$egl; fi
  note "Vulkan ICD: ${VK_DRIVER_FILES:-$VK_ICD_FILENAMES}"

  # Node and dawn.node: the carried binaries.
  local node=/tmp/gpu-webgpu-node/node
  mkdir -p "$(dirname "$node")"
  unxz_to "$CARRY/node.xz" "$node"
  chmod +x "$node"
  unxz_to "$CARRY/dawn.node.xz" "$CARRY/node_modules/webgpu/dist/linux-x64/dawn.node"
  note "Node: $("$node" --version)"
  nvidia-smi -L >"$OUT/gpu.txt" 2>&1 || echo "nvidia-smi failed" >>"$OUT/gpu.txt"
  note "GPU: $(head -1 "$OUT/gpu.txt")"

  # Dawn's adapter must be the GPU: a software Vulkan driver would pass the tests and mean nothing.
  "$node" "$CARRY/show-adapter.mjs" >"$OUT/adapter.json" 2>>"$summary" ||
    fail "Dawn found no WebGPU adapter (see $OUT/summary.txt)."
  local adapter
  adapter=$("$node" -e 'const a = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")); console.log(`${a.name} | vendor ${a.vendor} | fallback ${a.isFallbackAdapter}`)' "$OUT/adapter.json")
  note "adapter: $adapter"
  if grep -qiE 'swiftshader|llvmpipe|lavapipe|fallback true' <<<"$adapter"; then
    fail "Dawn's adapter is a software one ($adapter), not the GPU."
  fi

  local status=0
  note "tests: $CARRY/run-tests.mjs"
  if ! timeout 300 "$node" "$CARRY/run-tests.mjs" "$OUT/tests.json" >"$OUT/tests.log" 2>&1; then status=1; fi
  note "$(tail -1 "$OUT/tests.log")"
  note "bench: $CARRY/run-bench.mjs (= pnpm bench --only webgpu)"
  if ! timeout 240 "$node" "$CARRY/run-bench.mjs" >"$OUT/bench.json" 2>"$OUT/bench.log"; then status=1; fi
  grep '^|' "$OUT/bench.log" | tee -a "$summary" || note "bench printed no table (see bench.log)"
  note "status: $([[ $status == 0 ]] && echo ok || echo FAILED)"
  return "$status"
}

case "${1:-}" in
  prepare) prepare ;;
  run) run_on_device ;;
  *) fail "usage: bash scripts/gpu-webgpu-check.sh prepare (here) | run (on the device machine, carry [\"$CARRY\"])" ;;
esac
