package tasks

import (
	"math"
	"testing"
)

// approx reports |got-want| ≤ atol + rtol·|want|.
func approx(got, want, atol, rtol float64) bool {
	return math.Abs(got-want) <= atol+rtol*math.Abs(want)
}

func TestArgmax(t *testing.T) {
	nan := math.NaN()
	for _, tc := range []struct {
		xs   []float64
		want int
	}{
		{nil, -1},
		{[]float64{-3, -1, -2}, 1},
		{[]float64{-1, -1, -2}, 0},                                  // first on ties, as numpy
		{[]float64{-1, nan, 0}, 1},                                  // NaN wins, as numpy
		{[]float64{math.Inf(-1), math.Inf(-1)}, 0},                  // all -Inf
		{[]float64{math.Inf(-1), -1e300, math.Inf(-1)}, 1},          // finite beats -Inf
		{[]float64{-0.5 / 1, -0.9 / 2, -1.2 / 3, -1.6 / 4}, 2},      // normalised
		{[]float64{-10, math.Inf(1), -1}, 1},                        // +Inf
		{[]float64{math.Inf(-1), math.Inf(-1), math.Inf(-1), 0}, 3}, // zero last
	} {
		if got := Argmax(tc.xs); got != tc.want {
			t.Errorf("Argmax(%v) = %d, want %d", tc.xs, got, tc.want)
		}
	}
}

// TestChoicePreds: acc_norm divides by characters (code points), not bytes;
// acc_bytes by bytes.
func TestChoicePreds(t *testing.T) {
	lls := []float64{-2, -3}
	choices := []string{"é", "ab"} // 1 char / 2 bytes, 2 chars / 2 bytes
	pred, norm := ChoicePreds(lls, choices)
	if pred != 0 || norm != 1 {
		t.Errorf("pred %d norm %d, want 0 1", pred, norm)
	}
	if b := ChoicePredBytes(lls, choices); b != 0 {
		t.Errorf("bytes pred %d, want 0", b)
	}
}

func TestCountWords(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want int
	}{
		// Expected values from Python: len(re.split(r"\s+", s)).
		{"", 1},
		{"a", 1},
		{"a b", 2},
		{" a b ", 4},
		{"a \t\n b", 2},
		{"a\x1cb", 2},          // Python's \s includes U+001C..U+001F
		{"a\u00a0b\u3000c", 3}, // and Unicode spaces
		{"The quick brown fox jumps over the lazy dog.\nIt was the best of times,  it was the worst of times.", 21},
	} {
		if got := CountWords(tc.s); got != tc.want {
			t.Errorf("CountWords(%q) = %d, want %d", tc.s, got, tc.want)
		}
	}
}

func TestPyStrip(t *testing.T) {
	for in, want := range map[string]string{
		"":                 "",
		"  \t\n":           "",
		" a b ":            "a b",
		"\u00a0x\u3000":    "x",
		"\x1fx\x1c":        "x",
		"\r\nq\r\n":        "q",
		"é ":               "é",
		"inner  \n  kept ": "inner  \n  kept",
	} {
		if got := pyStrip(in); got != want {
			t.Errorf("pyStrip(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestAggregate(t *testing.T) {
	acc := []Value{{1, 1}, {0, 1}, {1, 1}, {1, 1}}
	score, se, ok := Aggregate(Mean, acc)
	// mean 0.75; sample sd sqrt(0.25·4/3·... ) = 0.5; se = 0.5/2.
	if !ok || score != 0.75 || !approx(se, 0.25, 1e-12, 0) {
		t.Errorf("mean %v se %v ok %v", score, se, ok)
	}
	if _, _, ok := Aggregate(Mean, acc[:1]); ok {
		t.Error("stderr of one sample reported")
	}
	// Corpus-level perplexity: Σll/Σcount, not a mean of per-doc values.
	vals := []Value{{-10, 5}, {-30, 5}}
	if p, _, _ := Aggregate(Perplexity, vals); !approx(p, math.Exp(4), 0, 1e-12) {
		t.Errorf("perplexity %v", p)
	}
	if b, _, _ := Aggregate(BitsPerByte, vals); !approx(b, 4/math.Ln2, 0, 1e-12) {
		t.Errorf("bits per byte %v", b)
	}
}

// TestGroupMath: weighted mean of per-subject accuracies equals the micro
// average over all questions, and the pooled stderr matches the stderr
// computed on the concatenated samples (lm-eval's claim for its formula,
// exact when subgroup means are equal).
func TestGroupMath(t *testing.T) {
	a := []Value{{1, 1}, {0, 1}, {1, 1}, {0, 1}}
	b := []Value{{1, 1}, {0, 1}}
	sa, ea, _ := Aggregate(Mean, a)
	sb, eb, _ := Aggregate(Mean, b)
	all, eall, _ := Aggregate(Mean, append(append([]Value{}, a...), b...))
	if got := WeightedMean([]float64{sa, sb}, []int{4, 2}); !approx(got, all, 1e-15, 0) {
		t.Errorf("weighted %v, micro %v", got, all)
	}
	pooled := PooledStderr([]float64{ea, eb}, []int{4, 2})
	// Pooled variance uses Σ(n-1)s²/(N-k); with equal means it differs from
	// the concatenated sample variance only by (N-1)/(N-k).
	if want := eall * math.Sqrt(5.0/4.0); !approx(pooled, want, 1e-12, 1e-12) {
		t.Errorf("pooled %v, want %v", pooled, want)
	}
}
