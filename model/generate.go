package model

import (
	"context"

	"fmt"
	"github.com/gemma-bench/gemma-bench/backends"
	"slices"
	"time"
)

// GenerateOptions control Generate.
type GenerateOptions struct {
	MaxTokens int
	Sampler   *Sampler
	StopIDs   []int        // generation ends after emitting one of these
	OnToken   func(id int) // called as each token is chosen (streaming)
}

// GenerateStats separates the two phases, which have unrelated costs.
type GenerateStats struct {
	PromptTokens    int
	GeneratedTokens int
	Prefill         time.Duration // prompt prefill, which yields the first token
	Decode          time.Duration // every step after the first token
}

// PrefillTokensPerSec and DecodeTokensPerSec are the phase throughputs.
func (s GenerateStats) PrefillTokensPerSec() float64 {
	return float64(s.PromptTokens) / s.Prefill.Seconds()
}

func (s GenerateStats) DecodeTokensPerSec() float64 {
	if s.GeneratedTokens <= 1 {
		return 0
	}
	return float64(s.GeneratedTokens-1) / s.Decode.Seconds()
}

// Generate continues prompt on sequence slot 0 (positions from 0) and
// returns the new tokens. The caller prepends BOS if it wants one.
func (r *Runner) Generate(ctx context.Context, prompt []int32, o GenerateOptions) ([]int32, GenerateStats, error) {
	st := GenerateStats{PromptTokens: len(prompt)}
	if len(prompt) == 0 {
		return nil, st, fmt.Errorf("generate: empty prompt")
	}
	if o.Sampler == nil {
		o.Sampler = &Sampler{}
	}
	if len(prompt)+o.MaxTokens > r.layout.MaxLen {
		return nil, st, fmt.Errorf("generate: %d prompt + %d new tokens exceed the context of %d", len(prompt), o.MaxTokens, r.layout.MaxLen)
	}
	// Greedy decoding needs only each step's argmax, not Vocab floats.
	want := backends.WantLogits
	if o.Sampler.Temperature == 0 {
		want = backends.WantArgmax
	}
	next := func(out *backends.Output) int {
		if want == backends.WantArgmax {
			return int(out.Argmax[0])
		}
		return o.Sampler.Sample(out.Logits)
	}
	t0 := time.Now()
	res, err := r.Prefill(ctx, 0, 0, prompt, want)
	if err != nil {
		return nil, st, err
	}
	st.Prefill = time.Since(t0)
	var out []int32
	seq, pos, tok := []int32{0}, []int32{0}, []int32{0}
	t1 := time.Now()
	for len(out) < o.MaxTokens {
		id := next(res)
		out = append(out, int32(id))
		st.GeneratedTokens++
		if o.OnToken != nil {
			o.OnToken(id)
		}
		if slices.Contains(o.StopIDs, id) || len(out) == o.MaxTokens {
			break
		}
		pos[0], tok[0] = int32(len(prompt)+len(out)-1), int32(id)
		if res, err = r.Decode(ctx, seq, pos, tok, want); err != nil {
			return out, st, err
		}
	}
	st.Decode = time.Since(t1)
	return out, st, nil
}
