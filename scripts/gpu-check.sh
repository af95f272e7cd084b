#!/usr/bin/env bash
# GPU machine check (DESIGN.md §8). The GPU machine has CUDA, PyTorch and
# JAX but no Go: build here first, then carry the outputs:
#
#   make gpu-check-build        # bin/gemma-bench, bin/*.test, gpucheck-data/
#   (on the device, from the repo root) scripts/gpu-check.sh
#
# It prints one table: conformance of the go backend against an independent
# PyTorch implementation (and HF transformers when installed) on the tiny
# reference models and on a synthetic model in a real Gemma 3 shape, then
# speed of the go backend (all CPU cores) next to PyTorch eager bf16 on the
# GPU for the same synthetic weights. cuda and pjrt rows appear once those
# backends are compiled in (`gemma-bench backends` lists them).
set -uo pipefail
cd "$(dirname "$0")/.."
BIN=bin/gemma-bench
DATA=${GPUCHECK_DATA:-gpucheck-data}
WORK=${OUT:-/tmp}/gpucheck
export GEMMA_BENCH_TESTDATA=$PWD/$DATA
mkdir -p "$WORK"
IDS=2,10,20,30,40,50,60,70
fail=0

echo "== machine"
nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader 2>&1 | sed 's/^/  /'
python3 -c 'import torch; print("  torch", torch.__version__, "cuda", torch.version.cuda, "available", torch.cuda.is_available())' 2>&1
echo "  cpus $(nproc)"
echo "== backends compiled in"
$BIN backends | sed 's/^/  /'

echo "== Go test binaries"
for t in bin/*.test; do
  [ -e "$t" ] || continue
  if (cd "$(dirname "$t")" && "./$(basename "$t")" -test.count=1 -test.run 'Reference|General|Conform|RealGraphs' >"$WORK/$(basename "$t").log" 2>&1); then
    echo "  $(basename "$t"): ok"
  else
    echo "  $(basename "$t"): FAIL (tail follows)"; tail -20 "$WORK/$(basename "$t").log"; fail=1
  fi
done

echo "== conformance: go backend vs PyTorch float32 on the GPU"
models=()
for m in "$DATA"/models/*/; do models+=("${m%/}"); done
if [ ! -f "$WORK/gemma3-270m/config.json" ]; then
  $BIN synth --arch gemma3-270m --seed 1 --dtype bf16 --out "$WORK/gemma3-270m" >/dev/null || fail=1
fi
models+=("$WORK/gemma3-270m")
for m in "${models[@]}"; do
  if $BIN logits --model "$m" --ids $IDS --backend go >"$WORK/logits.json" 2>"$WORK/logits.err"; then
    python3 scripts/gpu/torch_gemma.py logits --model "$m" --ids $IDS --compare "$WORK/logits.json" 2>&1 | tail -1 | sed 's/^/  /'
  else
    echo "  $m: gemma-bench logits failed: $(cat "$WORK/logits.err")"; fail=1
  fi
done

[ "${GPUCHECK_SPEED:-1}" = 1 ] || exit $fail
echo "== speed (median of reps; go uses every CPU core here)"
if [ ! -f "$WORK/gemma-2b/config.json" ]; then
  $BIN synth --arch gemma-2b --seed 1 --dtype bf16 --out "$WORK/gemma-2b" >/dev/null || fail=1
fi
for m in "$WORK/gemma3-270m" "$WORK/gemma-2b"; do
  python3 scripts/gpu/torch_gemma.py bench --model "$m" -p 512 -n 128 -r 3 2>&1 | tail -1 | sed 's/^/  /'
  for be in $($BIN backends | awk 'NR>1 && $2=="yes" {print $1}'); do
    $BIN bench --model "$m" --backend "$be" -p 512 -n 32 -r 1 --warmup 0 2>&1 | awk -v be="$be" '$3 ~ /^(pp|tg)[0-9]+$/ {printf "  %-24s %s (%s CPU threads): %s %s tok/s\n", $1, be, nt, $3, $4} /^peak RSS/ {print "  " $0}' nt="$(nproc)"
  done
done
exit $fail
