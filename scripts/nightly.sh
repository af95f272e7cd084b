#!/usr/bin/env bash
# Nightly regression run: a matrix of backends × models × tasks, each model
# one run (all backends and tasks in it), stored in $STORE, compared with
# the last good run of the same matrix cell in the store, reported as HTML
# and as Markdown. Exit status: the worst comparison's (0 ok, 1 regression,
# 2 could not compare or a run failed).
#
#   STORE=gs://my-bucket/gemma-bench scripts/nightly.sh
#   STORE=./nightly-store MODELS="embedded /models/gemma-2b" BACKENDS=go,simd TASKS=mmlu LIMIT=50 scripts/nightly.sh
#
# Environment (defaults in brackets):
#   STORE     where runs are kept: gs://bucket/prefix or a directory [required]
#   MODELS    space-separated model directories or .gguf files; "embedded" is the built-in default [embedded]
#   BACKENDS  comma list of backend specs, the first the reference for agreement [go,simd]
#   TASKS     --tasks of gemma-bench run [arith]
#   SHOTS     few-shot examples, -1 for each task's default [-1]
#   LIMIT     docs per task, 0 for all [0]
#   BENCH     llama-bench-style cases per model too, as bench flags ("" for none) [-p 128 -n 32 -r 6]
#   FAIL_ON   space-separated compare thresholds for the eval runs [acc<-2pt]
#   BENCH_FAIL_ON  the same for the bench records [tg32<-10% pp128<-10%]
#   OUT       local work directory: run directories, reports, summary.md [./nightly-out]
#   BIN       the gemma-bench binary [bin/gemma-bench, built when missing]
#   STAMP     the run ids' time stamp [now, UTC, to the second]
# The Markdown summary is appended to $GITHUB_STEP_SUMMARY when that is set.
set -uo pipefail
cd "$(dirname "$0")/.."

: "${STORE:?set STORE to gs://bucket/prefix or a directory}"
MODELS=${MODELS:-embedded}
BACKENDS=${BACKENDS:-go,simd}
TASKS=${TASKS:-arith}
SHOTS=${SHOTS:--1}
LIMIT=${LIMIT:-0}
BENCH=${BENCH--p 128 -n 32 -r 6}
FAIL_ON=${FAIL_ON:-acc<-2pt}
BENCH_FAIL_ON=${BENCH_FAIL_ON:-tg32<-10% pp128<-10%}
OUT=${OUT:-nightly-out}
BIN=${BIN:-bin/gemma-bench}
stamp=${STAMP:-$(date -u +%Y%m%d-%H%M%S)}

if [ ! -x "$BIN" ]; then
  go build -o "$BIN" ./cmd/gemma-bench || exit 2
fi
mkdir -p "$OUT"
summary="$OUT/summary.md"
: >"$summary"

worst=0
note() { worst=$(( $1 > worst ? $1 : worst )); }

# cell ID PREFIX THRESHOLDS: compare run ID with the newest good run whose
# id starts with PREFIX, report it, and mark it good when it passes.
cell() {
  local id=$1 prefix=$2 base code=0 t fail_on=()
  for t in $3; do fail_on+=(--fail-on "$t"); done
  base=$("$BIN" store latest "$STORE" --prefix "$prefix" --mark good --before "$id" 2>/dev/null) || base=""
  local baseline=()
  if [ -n "$base" ]; then
    baseline=(--baseline "$STORE#$base")
    echo "## $id vs $base" >>"$summary"
    "$BIN" compare "${fail_on[@]}" -o md "$STORE#$base" "$STORE#$id" >>"$summary" 2>"$OUT/$id.compare.err"
    code=$?
    [ $code -ne 0 ] && sed 's/^/> /' "$OUT/$id.compare.err" >>"$summary"
  else
    printf '## %s\n\nNo good baseline with prefix `%s` in the store yet: this run becomes the first.\n\n' "$id" "$prefix" >>"$summary"
  fi
  "$BIN" report "$STORE#$id" "${baseline[@]}" --history "$STORE" --history-prefix "$prefix" \
    --html "$OUT/report/$id" "${fail_on[@]}" >/dev/null || code=2
  echo "report: $OUT/report/$id/index.html" >>"$summary"
  echo >>"$summary"
  if [ $code -eq 0 ]; then
    "$BIN" store mark "$STORE" "$id" good || code=2
  fi
  note $code
}

for model in $MODELS; do
  name=$(basename "${model%.gguf}" | tr -c 'A-Za-z0-9._\n-' '_')
  model_flag=()
  [ "$model" != embedded ] && model_flag=(--model "$model")
  cellname="$name-$(echo "$BACKENDS-$TASKS" | tr -c 'A-Za-z0-9._\n-' '_')"
  id="nightly-eval-$cellname-$stamp"
  echo "== $id"
  if "$BIN" run "${model_flag[@]}" --backend "$BACKENDS" --tasks "$TASKS" --shots "$SHOTS" --limit "$LIMIT" \
      --run-id "$id" --output-dir "$OUT/runs/$id" --results "$STORE"; then
    cell "$id" "nightly-eval-$cellname-" "$FAIL_ON"
  else
    printf '## %s\n\n**run failed** (see the job log)\n\n' "$id" >>"$summary"; note 2
  fi
  if [ -n "$BENCH" ] && [ "$model" != embedded ]; then
    id="nightly-bench-$cellname-$stamp"
    echo "== $id"
    # shellcheck disable=SC2086 # BENCH is a list of flags
    if "$BIN" bench "${model_flag[@]}" --backend "$BACKENDS" $BENCH -o json --output "$OUT/$id.json" \
        --run-id "$id" --results "$STORE"; then
      cell "$id" "nightly-bench-$cellname-" "$BENCH_FAIL_ON"
    else
      printf '## %s\n\n**bench failed** (see the job log)\n\n' "$id" >>"$summary"; note 2
    fi
  fi
done

echo "**nightly: exit $worst** (0 ok, 1 regression, 2 could not compare or a run failed)" >>"$summary"
cat "$summary"
[ -n "${GITHUB_STEP_SUMMARY:-}" ] && cat "$summary" >>"$GITHUB_STEP_SUMMARY"
exit $worst
