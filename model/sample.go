package model

import (
	"fmt"
	"github.com/gemma-bench/gemma-bench/kernels"
	"math"
	"math/rand/v2"
	"sort"
)

// Sampler picks the next token from logits. Temperature 0 is greedy
// (argmax, lowest id on ties); otherwise top-k, then top-p (nucleus), then
// a draw from the softmax at the temperature, seeded for reproducibility.
type Sampler struct {
	Temperature float64
	TopK        int     // 0 = no limit
	TopP        float64 // 0 or 1 = no limit
	rng         *rand.Rand
	idx         []int
	probs       []float64
}

// NewSampler validates the settings and seeds the generator.
func NewSampler(temperature float64, topK int, topP float64, seed uint64) (*Sampler, error) {
	if temperature < 0 || math.IsNaN(temperature) {
		return nil, fmt.Errorf("temperature %g must be ≥ 0", temperature)
	}
	if topK < 0 {
		return nil, fmt.Errorf("top-k %d must be ≥ 0", topK)
	}
	if topP < 0 || topP > 1 || math.IsNaN(topP) {
		return nil, fmt.Errorf("top-p %g must be in [0, 1]", topP)
	}
	return &Sampler{Temperature: temperature, TopK: topK, TopP: topP, rng: rand.New(rand.NewPCG(seed, 0x9e3779b97f4a7c15))}, nil
}

// Argmax is the greedy choice (kernels.Argmax: the first maximum, as the
// backends' narrow outputs compute it).
func Argmax(logits []float32) int { return kernels.Argmax(logits) }

// Sample draws one token id.
func (s *Sampler) Sample(logits []float32) int {
	if s.Temperature == 0 {
		return Argmax(logits)
	}
	idx := s.idx[:0]
	for i := range logits {
		idx = append(idx, i)
	}
	byLogit := func(a, b int) bool {
		if logits[idx[a]] != logits[idx[b]] {
			return logits[idx[a]] > logits[idx[b]]
		}
		return idx[a] < idx[b]
	}
	k := len(idx)
	if s.TopK > 0 && s.TopK < k {
		k = s.TopK
	}
	if k < len(idx) {
		partialSort(idx, logits, k)
		idx = idx[:k]
	}
	sort.Slice(idx, byLogit)
	probs := s.probs[:0]
	maxv := float64(logits[idx[0]])
	var sum float64
	for _, i := range idx {
		p := math.Exp((float64(logits[i]) - maxv) / s.Temperature)
		probs = append(probs, p)
		sum += p
	}
	n := len(idx)
	if s.TopP > 0 && s.TopP < 1 {
		var c float64
		for j, p := range probs {
			c += p / sum
			if c >= s.TopP {
				n = j + 1
				break
			}
		}
		sum = 0
		for _, p := range probs[:n] {
			sum += p
		}
	}
	s.idx, s.probs = idx, probs
	u := s.rng.Float64() * sum
	for j := 0; j < n; j++ {
		u -= probs[j]
		if u < 0 {
			return idx[j]
		}
	}
	return idx[n-1]
}

// partialSort moves the k largest logits (ties by lower id) to idx[:k],
// unordered: a full sort of a 256k vocabulary per token would dominate a
// small model's decode step.
func partialSort(idx []int, logits []float32, k int) {
	less := func(a, b int) bool { // a ranks below b
		if logits[a] != logits[b] {
			return logits[a] < logits[b]
		}
		return a > b
	}
	// Min-heap of the best k seen so far.
	h := idx[:k]
	down := func(i int) {
		for {
			l := 2*i + 1
			if l >= k {
				return
			}
			m := l
			if r := l + 1; r < k && less(h[r], h[l]) {
				m = r
			}
			if !less(h[m], h[i]) {
				return
			}
			h[i], h[m] = h[m], h[i]
			i = m
		}
	}
	for i := k/2 - 1; i >= 0; i-- {
		down(i)
	}
	for _, v := range idx[k:] {
		if less(h[0], v) {
			h[0] = v
			down(0)
		}
	}
}
