package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/gemma-bench/gemma-bench/model"
)

func cmdGenerate(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("generate", "generate --model DIR --ids 2,10,20 [--max-tokens N] [--temperature T --top-k K --top-p P --seed S]", stderr)
	dir := fs.String("model", "", "checkpoint directory (HF layout)")
	idsFlag := fs.String("ids", "", "prompt as comma-separated token ids (BOS is not added)")
	maxTokens := fs.Int("max-tokens", 32, "tokens to generate at most")
	temp := fs.Float64("temperature", 0, "sampling temperature; 0 = greedy")
	topK := fs.Int("top-k", 0, "keep the k most likely tokens (0 = all)")
	topP := fs.Float64("top-p", 1, "nucleus sampling mass (1 = all)")
	seed := fs.Uint64("seed", 0, "sampling seed")
	backend := fs.String("backend", "", "backend spec (default: $GEMMA_BENCH_BACKEND, then the best usable)")
	threads := fs.Int("threads", 0, "CPU threads (0 = all)")
	ignoreEOS := fs.Bool("ignore-eos", false, "keep generating past EOS")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *dir == "" {
		fs.Usage()
		return fmt.Errorf("generate: --model is required")
	}
	ids, err := parseIDs(*idsFlag)
	if err != nil {
		return err
	}
	sampler, err := model.NewSampler(*temp, *topK, *topP, *seed)
	if err != nil {
		return fmt.Errorf("generate: %w", err)
	}
	if *maxTokens <= 0 {
		return fmt.Errorf("generate: --max-tokens must be positive")
	}
	m, err := model.Load(*dir)
	if err != nil {
		return err
	}
	defer m.Close()
	if err := checkVocab(ids, m.Config.VocabSize); err != nil {
		return err
	}
	be, err := openBackend(*backend, *threads)
	if err != nil {
		return err
	}
	defer be.Close()
	r, err := model.NewRunner(m, be, 1, len(ids)+*maxTokens)
	if err != nil {
		return err
	}
	defer r.Close()
	opts := model.GenerateOptions{MaxTokens: *maxTokens, Sampler: sampler}
	if !*ignoreEOS {
		opts.StopIDs = m.Config.EOSIDs
	}
	out, st, err := r.Generate(ctx, ids, opts)
	strs := make([]string, len(out))
	for i, id := range out {
		strs[i] = fmt.Sprint(id)
	}
	fmt.Fprintln(stdout, strings.Join(strs, ","))
	if err != nil {
		return err
	}
	fmt.Fprintf(stderr, "%s on %s: prompt %d tokens in %.3fs (%.1f tok/s, time to first token), generated %d tokens, decode %.2f tok/s\n",
		m.Config.Name, be.Name(), st.PromptTokens, st.Prefill.Seconds(), st.PrefillTokensPerSec(), st.GeneratedTokens, st.DecodeTokensPerSec())
	return nil
}
