#!/usr/bin/env bash
# The one prepared check for a GPU machine (CUDA 13, PyTorch, JAX; no Go,
# no internet). Build here first, then carry one archive:
#
#   make gpu-check-build                 # → gpucheck.tar.xz (binaries, tiny models, MMLU, tokenizer)
#   run: tar xJf gpucheck.tar.xz && scripts/gpu-check.sh      (carry: gpucheck.tar.xz)
#
# It prints one table at the end (and each section as it goes):
#   - the Go test binaries: the cuda conformance suite on the device, the
#     model and evals oracle tests on GEMMA_BENCH_TEST_BACKEND=cuda;
#   - conformance of cuda against go (max |Δlogit|, relative, KL, top-1)
#     on every tiny model and on synthetic gemma3-270m in bf16 and f32,
#     and of go against an independent PyTorch float32 implementation;
#   - the roofs: device copy bandwidth and bf16 GEMM peak (PyTorch);
#   - speed on synthetic gemma-2b bf16: prefill T=512/2048, decode at
#     batch 1/8/32, cuda next to PyTorch eager and transformers generate;
#   - 5-shot MMLU on synthetic gemma-2b with the real Gemma 3 tokenizer
#     (as many docs as GPUCHECK_MMLU_SECONDS allows; the run resumes);
#   - pjrt with XLA's CUDA plugin, when scripts/gpu/pjrt-check.sh is there.
# GPUCHECK_SPEED=0 stops after conformance. Whole run: under 8 minutes.
set -uo pipefail
cd "$(dirname "$0")/.."
BIN=bin/gemma-bench
DATA=${GPUCHECK_DATA:-gpucheck-data}
WORK=${OUT:-/tmp}/gpucheck
TABLE=$WORK/table.md
export GEMMA_BENCH_TESTDATA=$PWD/$DATA
# The executor has not passed on a GPU before this script: Probe refuses
# it without this (see backends/cuda/probe.go).
export GEMMA_BENCH_CUDA_EXPERIMENTAL=1
export GEMMA_BENCH_CUDA_CACHE=$WORK/kernel-cache
export GOPJRT_CUDA_CHECKS=0
mkdir -p "$WORK"
: >"$TABLE"
IDS=2,10,20,30,40,50,60,70
fail=0
row() { printf '| %s | %s |\n' "$1" "$2" >>"$TABLE"; printf '  %s: %s\n' "$1" "$2"; }
elapsed() { echo "$(( $(date +%s) - T0 ))s"; }
T0=$(date +%s)

if [ ! -x "$BIN" ] && [ -f gpucheck.tar.xz ]; then tar xJf gpucheck.tar.xz; fi
[ -x "$BIN" ] || { echo "no $BIN: run 'make gpu-check-build' on a machine with Go and carry gpucheck.tar.xz"; exit 2; }

echo "== machine"
gpu=$(nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader 2>&1 | head -1)
row "GPU" "$gpu"
row "glibc here / needed" "$(ldd --version 2>&1 | head -1 | awk '{print $NF}') / $(cat bin/GLIBC_NEEDED 2>/dev/null || echo '?')"
row "torch" "$(python3 -c 'import torch; print(torch.__version__, "cuda", torch.version.cuda)' 2>&1 | tail -1)"
echo "== backends compiled in"
$BIN backends | sed 's/^/  /'
row "cuda probe" "$($BIN backends | awk '$1=="cuda" {$1=""; print}' | cut -c1-200)"

# pjrt's tests and the pjrt fragment find XLA's CUDA plugin in the JAX install.
export GEMMA_BENCH_PJRT_PLUGIN=${GEMMA_BENCH_PJRT_PLUGIN:-$(python3 -c 'import jax_plugins.xla_cuda13 as p, os; print(os.path.join(os.path.dirname(p.__file__), "xla_cuda_plugin.so"))' 2>/dev/null)}
echo "== Go test binaries"
# Each runs from its package folder, as go test would.
runtest() { # name dir env... -- args...
  local name=$1 dir=$2; shift 2
  local envs=()
  while [ "$1" != -- ]; do envs+=("$1"); shift; done; shift
  local log=$WORK/$name.log
  if (cd "$dir" && env "${envs[@]}" timeout 180 "$OLDPWD/bin/$name" -test.count=1 "$@" >"$log" 2>&1); then
    row "test $name $*" "ok ($(grep -c -- '--- SKIP' "$log") skipped; $(grep -m1 -o 'skipping.*\|not usable here.*' "$log" | cut -c1-120))"
  else
    row "test $name $*" "FAIL: $(grep -m3 -E -- '--- FAIL|panic|Error' "$log" | tr '\n' ' ' | cut -c1-300)"
    tail -30 "$log" | sed 's/^/    /'
    fail=1
  fi
}
[ -x bin/cuda.test ] && runtest cuda.test backends/cuda GEMMA_BENCH_CUDA_EXPERIMENTAL=1 -- -test.v -test.run 'GPU|Executor'
[ -x bin/model.test ] && runtest model.test model GEMMA_BENCH_TEST_BACKEND=cuda -- -test.v
[ -x bin/evals.test ] && runtest evals.test evals GEMMA_BENCH_TEST_BACKEND=cuda -- -test.v
# Only the plugin tests: the evaluator's (CI's) take minutes on a CPU.
[ -x bin/pjrt.test ] && runtest pjrt.test backends/pjrt GEMMA_BENCH_PJRT_EXPERIMENTAL=1 -- -test.v -test.run 'Plugin|NeverChosen'

echo "  ($(elapsed))"

echo "== conformance: cuda vs go, go vs PyTorch float32"
models=()
for m in "$DATA"/models/*/; do models+=("${m%/}"); done
for dt in bf16 f32; do
  if [ ! -f "$WORK/gemma3-270m-$dt/config.json" ]; then
    $BIN synth --arch gemma3-270m --seed 1 --dtype $dt --out "$WORK/gemma3-270m-$dt" >/dev/null || fail=1
  fi
  models+=("$WORK/gemma3-270m-$dt")
done
for m in "${models[@]}"; do
  n=$(basename "$m")
  if out=$($BIN logits --model "$m" --ids $IDS --backend cuda --compare go 2>&1); then
    row "cuda vs go $n" "$(echo "$out" | tr '\n' ' ' | sed 's/  */ /g' | cut -c1-300)"
  else
    row "cuda vs go $n" "FAIL: $(echo "$out" | tail -3 | tr '\n' ' ' | cut -c1-300)"; fail=1
  fi
  if $BIN logits --model "$m" --ids $IDS --backend go >"$WORK/logits.json" 2>"$WORK/logits.err"; then
    row "go vs torch $n" "$(python3 scripts/gpu/torch_gemma.py logits --model "$m" --ids $IDS --compare "$WORK/logits.json" 2>&1 | tail -1 | cut -c1-300)"
  fi
done
echo "  ($(elapsed))"

if [ "${GPUCHECK_SPEED:-1}" = 1 ]; then
  echo "== roofs"
  row "roofs (PyTorch)" "$(python3 scripts/gpu/torch_gemma.py peak 2>&1 | tail -1)"
  echo "== speed: synthetic gemma-2b bf16"
  M=$WORK/gemma-2b
  if [ ! -f "$M/config.json" ]; then
    $BIN synth --arch gemma-2b --seed 1 --dtype bf16 --out "$M" >/dev/null || fail=1
  fi
  echo "  ($(elapsed))"
  if out=$($BIN bench --model "$M" --backend cuda -p 512,2048 -n 128 -b 1,8,32 -r 3 --warmup 1 -o md 2>&1); then
    echo "$out" | sed 's/^/  /'
    echo "$out" | awk -F'|' '/\| *(pp|tg)[0-9]+/ {gsub(/^ +| +$/, "", $0); print}' | while read -r l; do row "cuda gemma-2b" "$l"; done
  else
    row "cuda bench gemma-2b" "FAIL: $(echo "$out" | tail -3 | tr '\n' ' ' | cut -c1-300)"; fail=1
  fi
  row "cuda graphs=off tg128@b1" "$($BIN bench --model "$M" --backend cuda:graphs=off -p 0 -n 128 -b 1 -r 3 -o md 2>&1 | grep -E 'tg128' | head -1 | cut -c1-200)"
  row "torch eager (ours)" "$(python3 scripts/gpu/torch_gemma.py bench --model "$M" -p 512 -n 128 -r 3 2>&1 | tail -1)"
  row "transformers" "$(timeout 150 python3 scripts/gpu/torch_gemma.py hfbench --model "$M" -p 2048 -n 128 -b 1,8,32 -r 2 2>&1 | tail -1 | cut -c1-300)"
  echo "  ($(elapsed))"

  echo "== 5-shot MMLU, synthetic gemma-2b, Gemma 3 tokenizer, cuda"
  secs=${GPUCHECK_MMLU_SECONDS:-120}
  t1=$(date +%s)
  timeout -s INT "$secs" $BIN run --model "$M" --tokenizer "$DATA/tokenizer-gemma3" --data "$DATA/mmlu-data" --tasks mmlu --shots 5 \
    --backend cuda --batch-size 64 --roofline=false --output-dir "$WORK/mmlu" >"$WORK/mmlu.log" 2>&1
  rc=$?
  t2=$(date +%s)
  tail -15 "$WORK/mmlu.log" | sed 's/^/  /'
  row "MMLU 5-shot (exit $rc, $((t2 - t1))s wall)" "$(grep -m1 -iE 'docs|questions|scored' "$WORK/mmlu.log" | cut -c1-200); $(grep -iE 'tok/s|prefill' "$WORK/mmlu.log" | tail -1 | cut -c1-200)"
  echo "  ($(elapsed))"
fi

if [ -x scripts/gpu/pjrt-check.sh ]; then
  echo "== pjrt (XLA CUDA plugin)"
  BIN=$BIN WORK=$WORK TABLE=$TABLE scripts/gpu/pjrt-check.sh || fail=1
fi

echo
echo "== table ($(elapsed) in all)"
echo "| check | result |"
echo "| --- | --- |"
cat "$TABLE"
exit $fail
