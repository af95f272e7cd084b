#!/usr/bin/env bash
# The pjrt part of scripts/gpu-check.sh, which calls it with BIN (the
# CLI), WORK (scratch, holding the synthetic models gpu-check made) and
# TABLE (the summary it appends to); it prints indented lines as it goes.
#   1. find XLA's CUDA plugin in this machine's JAX install (loaded in place);
#   2. the plugin's PJRT C API version next to go-xla's header (via
#      `gemma-bench backends`, which loads it) and jax's own versions;
#   3. conformance of pjrt (math=exact) against go on every tiny model and
#      the synthetic gemma3-270m bf16/f32, as one prefill and as decode steps;
#   4. the same speed rows as cuda on synthetic gemma-2b bf16 (math=fast and
#      exact), with the compile time of every step shape.
# Exit status 1 when a check fails, 0 otherwise (a missing plugin is a failure:
# the GPU machine has JAX).
set -uo pipefail
cd "$(dirname "$0")/../.."
BIN=${BIN:-bin/gemma-bench}
WORK=${WORK:-${OUT:-/tmp}/gpucheck}
TABLE=${TABLE:-$WORK/table.md}
DATA=${GPUCHECK_DATA:-gpucheck-data}
IDS=${IDS:-2,10,20,30,40,50,60,70}
mkdir -p "$WORK"
fail=0
row() { printf '| %s | %s |\n' "$1" "$2" >>"$TABLE"; printf '  %s: %s\n' "$1" "$2"; }
one() { tr '\n' ' ' | sed 's/  */ /g' | cut -c1-300; }

# 1. The plugin: $GEMMA_BENCH_PJRT_PLUGIN, else JAX's cuda13 then cuda12
# plugin package, else a search of every site-packages Python knows.
plugin=${GEMMA_BENCH_PJRT_PLUGIN:-}
if [ -z "$plugin" ]; then
  for p in xla_cuda13 xla_cuda12; do
    d=$(python3 -c "import jax_plugins.$p as p, os; print(os.path.dirname(p.__file__))" 2>/dev/null) || continue
    if [ -f "$d/xla_cuda_plugin.so" ]; then plugin=$d/xla_cuda_plugin.so; break; fi
  done
fi
if [ -z "$plugin" ]; then
  plugin=$(python3 - <<'PY' 2>/dev/null
import site, sys, os
dirs = list(getattr(site, "getsitepackages", lambda: [])()) + [site.getusersitepackages()] + sys.path
for sub in ("xla_cuda13", "xla_cuda12"):
    for d in dirs:
        p = os.path.join(d, "jax_plugins", sub, "xla_cuda_plugin.so")
        if os.path.isfile(p):
            print(p); sys.exit(0)
PY
)
fi
if [ -z "$plugin" ] || [ ! -f "$plugin" ]; then
  row "pjrt plugin" "FAIL: no jax_plugins/xla_cuda13 or xla_cuda12 xla_cuda_plugin.so found (set GEMMA_BENCH_PJRT_PLUGIN)"
  exit 1
fi
export GEMMA_BENCH_PJRT_PLUGIN=$plugin
# Nothing has validated pjrt on a plugin before this script: Probe refuses
# it without the switch (backends/pjrt/register.go).
export GEMMA_BENCH_PJRT_EXPERIMENTAL=1
export GOPJRT_CUDA_CHECKS=0
row "pjrt plugin" "$plugin"
row "jax versions" "$(python3 -c 'import jax, jaxlib; print("jax", jax.__version__, "jaxlib", jaxlib.__version__)' 2>&1 | tail -1); $(python3 -m pip list 2>/dev/null | grep -iE 'jax-cuda1[23]-(plugin|pjrt)' | tr -s ' ' | tr '\n' ' ')"

# 2. API versions: Details loads the plugin and prints its PJRT C API
# version against go-xla's header.
out=$($BIN backends 2>&1)
line=$(echo "$out" | awk '$1=="pjrt"')
row "pjrt probe / API version (plugin vs go-xla header)" "$(echo "$line" | cut -c1-300)"
case "$line" in *yes*) ;; *) fail=1 ;; esac

# 3. Conformance: pjrt (exact) against go; the report gives max |Δlogit|,
# relative error, KL and top-1 agreement.
models=()
for m in "$DATA"/models/*/; do [ -d "$m" ] && models+=("${m%/}"); done
for dt in bf16 f32; do [ -f "$WORK/gemma3-270m-$dt/config.json" ] && models+=("$WORK/gemma3-270m-$dt"); done
for m in "${models[@]}"; do
  n=$(basename "$m")
  for mode in "" "--decode"; do
    if out=$(timeout 300 $BIN logits --model "$m" --ids $IDS --backend pjrt:math=exact --compare go $mode 2>&1); then
      row "pjrt vs go $n ${mode:-prefill}" "$(echo "$out" | one)"
    else
      row "pjrt vs go $n ${mode:-prefill}" "FAIL: $(echo "$out" | tail -3 | one)"; fail=1
    fi
  done
done

# 4. Speed: the cuda rows (prefill 512/2048, decode at batch 1/8/32) on
# synthetic gemma-2b bf16. Compile time per shape comes from
# GEMMA_BENCH_PJRT_LOG=1 (stderr).
if [ "${GPUCHECK_SPEED:-1}" = 1 ]; then
  M=$WORK/gemma-2b
  if [ ! -f "$M/config.json" ]; then
    $BIN synth --arch gemma-2b --seed 1 --dtype bf16 --out "$M" >/dev/null || fail=1
  fi
  for mode in fast exact; do
    log=$WORK/pjrt-bench-$mode.log
    if out=$(GEMMA_BENCH_PJRT_LOG=1 timeout 420 $BIN bench --model "$M" --backend pjrt:math=$mode -p 512,2048 -n 128 -b 1,8,32 -r 3 --warmup 1 -o md 2>"$log"); then
      echo "$out" | sed 's/^/  /'
      echo "$out" | awk -F'|' '/\| *(pp|tg)[0-9]+/ {gsub(/^ +| +$/, "", $0); print}' | while read -r l; do row "pjrt:math=$mode gemma-2b" "$l"; done
    else
      row "pjrt:math=$mode bench gemma-2b" "FAIL: $( (echo "$out"; tail -3 "$log") | tail -4 | one)"; fail=1
    fi
    grep 'compiled in' "$log" | sed 's/^pjrt: //' | while read -r l; do row "pjrt:math=$mode compile" "$l"; done
  done
fi
exit $fail
