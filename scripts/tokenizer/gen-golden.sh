#!/usr/bin/env bash
# Regenerates model/tokenizer/testdata/golden-*.jsonl from Hugging Face
# tokenizers. Installs the reference packages into a scratch folder (never
# the repository), fetches the Gemma 3 tokenizer into the cache.
#
#   scripts/tokenizer/gen-golden.sh [SCRATCH_DIR]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
deps="${1:-${TMPDIR:-/tmp}/gemma-bench-tokenizer-node}"
mkdir -p "$deps"
if [[ ! -d "$deps/node_modules/@anush008/tokenizers" || ! -d "$deps/node_modules/@huggingface/tokenizers" ]]; then
	npm install --silent --no-save --prefix "$deps" @anush008/tokenizers@0.6.0 @huggingface/tokenizers@0.2.0
fi
bash "$root/scripts/tokenizer/fetch.sh"
cache="${GEMMA_BENCH_CACHE:-$HOME/.cache/gemma-bench}"
td="$root/model/tokenizer/testdata"
node "$root/scripts/tokenizer/gen-golden.mjs" --deps "$deps" --name gemma3 \
	--tokenizer "$cache/tokenizer-gemma3/tokenizer.json" --out "$td/golden-gemma3.jsonl"
node "$root/scripts/tokenizer/gen-golden.mjs" --deps "$deps" --name synth512 --decode-cases no --skip-long yes \
	--tokenizer "$td/synth512/tokenizer.json" --out "$td/golden-synth512.jsonl"
du -ch "$td"/golden-*.jsonl "$td"/synth512/* | tail -1
