package main

import (
	"context"
	"fmt"
	"io"
	"slices"

	"github.com/gemma-bench/gemma-bench/model"
	"github.com/gemma-bench/gemma-bench/model/tokenizer"
)

func cmdGenerate(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("generate", "generate --model DIR (--prompt TEXT [--chat] | --ids 2,10,20) [--max-tokens N] [--temperature T --top-k K --top-p P --seed S]", stdout, stderr)
	dir, backend, threads := engineFlags(fs, "checkpoint directory (HF layout)")
	weights := weightsFlag(fs)
	idsFlag := fs.String("ids", "", "prompt as comma-separated token ids, used as given (no BOS added)")
	prompt := fs.String("prompt", "", "prompt text, tokenized with the model's tokenizer; BOS is prepended")
	chat := fs.Bool("chat", false, "wrap --prompt in the instruction-tuned chat format")
	maxTokens := fs.Int("max-tokens", 32, "tokens to generate at most")
	temp := fs.Float64("temperature", 0, "sampling temperature; 0 = greedy")
	topK := fs.Int("top-k", 0, "keep the k most likely tokens (0 = all)")
	topP := fs.Float64("top-p", 1, "nucleus sampling mass (1 = all)")
	seed := fs.Uint64("seed", 0, "sampling seed")
	ignoreEOS := fs.Bool("ignore-eos", false, "keep generating past EOS")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if err := ranges(inRange("generate", "max-tokens", *maxTokens, 1, 1<<20), inRange("generate", "top-k", *topK, 0, 1<<30),
		inRange("generate", "threads", *threads, 0, maxThreads)); err != nil {
		return err
	}
	if *dir == "" || (*idsFlag == "") == (*prompt == "") {
		fs.Usage()
		return fmt.Errorf("generate: --model and exactly one of --ids or --prompt are required")
	}
	if *chat && *prompt == "" {
		return fmt.Errorf("generate: --chat needs --prompt")
	}
	sampler, err := model.NewSampler(*temp, *topK, *topP, *seed)
	if err != nil {
		return fmt.Errorf("generate: %w", err)
	}
	if *maxTokens <= 0 {
		return fmt.Errorf("generate: --max-tokens must be positive")
	}
	m, err := loadModel(*dir, *weights)
	if err != nil {
		return err
	}
	defer m.Close()
	var tok *tokenizer.Tokenizer
	var ids []int32
	if *prompt != "" {
		if tok, err = tokenizer.Load(*dir); err != nil {
			return err
		}
		var enc []int
		if *chat {
			if enc, err = tok.EncodeChat([]tokenizer.Turn{{Role: "user", Content: *prompt}}); err != nil {
				return fmt.Errorf("generate: %w", err)
			}
		} else {
			enc = append([]int{tok.BOS()}, tok.Encode(*prompt)...)
		}
		for _, id := range enc {
			ids = append(ids, int32(id))
		}
	} else if ids, err = parseIDs(*idsFlag); err != nil {
		return fmt.Errorf("generate: --ids: %w", err)
	}
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
		opts.StopIDs = slices.Clone(m.Config.EOSIDs)
		if tok != nil {
			opts.StopIDs = append(opts.StopIDs, tok.EOS()...)
		}
	}
	if tok != nil {
		// Stream text as it is produced; decoding the whole prefix each time
		// keeps multi-byte characters split across byte pieces intact.
		var gen []int
		printed := ""
		opts.OnToken = func(id int) {
			gen = append(gen, id)
			text := tok.DecodeSkipSpecial(gen)
			if len(text) > len(printed) && text[:len(printed)] == printed {
				fmt.Fprint(stdout, text[len(printed):])
				printed = text
			}
		}
	}
	out, st, err := r.Generate(ctx, ids, opts)
	if tok != nil {
		fmt.Fprintln(stdout)
	} else {
		fmt.Fprintln(stdout, joinInts(out))
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(stderr, "%s on %s: prompt %d tokens in %.3fs (%.1f tok/s, time to first token), generated %d tokens, decode %.2f tok/s\n",
		m.Config.Name, be.Name(), st.PromptTokens, st.Prefill.Seconds(), st.PrefillTokensPerSec(), st.GeneratedTokens, st.DecodeTokensPerSec())
	return nil
}
