package tasks

import (
	"math"
	"unicode"
	"unicode/utf8"
)

// Scoring math, as pure functions over numbers the runner already has, so the
// runner never re-implements lm-eval's conventions and tests can pin them.

// Argmax returns the index of the largest value, the first one on ties, as
// numpy.argmax does. A NaN counts as the maximum (numpy propagates it), so a
// broken score is visible as a prediction instead of vanishing; -1 for an
// empty slice.
func Argmax(xs []float64) int {
	best := -1
	for i, x := range xs {
		if math.IsNaN(x) {
			return i
		}
		if best < 0 || x > xs[best] {
			best = i
		}
	}
	return best
}

// ChoicePreds returns lm-eval's multiple-choice predictions from per-choice
// summed log-probs: pred by raw log-prob (acc) and predNorm by log-prob
// divided by the choice's length in characters (acc_norm). lm-eval divides by
// len(choice) on the Python str, i.e. Unicode code points of the choice
// without the target delimiter, not bytes and not tokens
// (ConfigurableTask.process_results, completion_len).
func ChoicePreds(lls []float64, choices []string) (pred, predNorm int) {
	norm := make([]float64, len(lls))
	for i, ll := range lls {
		// A zero length yields -Inf or NaN, exactly as numpy's float division.
		norm[i] = ll / float64(utf8.RuneCountInString(choices[i]))
	}
	return Argmax(lls), Argmax(norm)
}

// ChoicePredBytes is lm-eval's acc_bytes prediction: log-prob divided by the
// choice's UTF-8 length.
func ChoicePredBytes(lls []float64, choices []string) int {
	norm := make([]float64, len(lls))
	for i, ll := range lls {
		norm[i] = ll / float64(len(choices[i]))
	}
	return Argmax(norm)
}

// boolValue is a 0/1 sample for a mean metric.
func boolValue(ok bool) Value {
	if ok {
		return Value{Num: 1, Den: 1}
	}
	return Value{Num: 0, Den: 1}
}

// CountWords counts words as lm-eval does for word_perplexity:
// len(re.split(r"\s+", text)). Python's split keeps empty pieces, so the
// count is one more than the number of whitespace runs (leading and trailing
// runs included), and Python's \s is Unicode whitespace.
func CountWords(text string) int {
	n := 1
	inSpace := false
	for _, r := range text {
		sp := isPySpace(r)
		if sp && !inSpace {
			n++
		}
		inSpace = sp
	}
	return n
}

// CountBytes is lm-eval's count_bytes: the UTF-8 length.
func CountBytes(text string) int { return len(text) }

// isPySpace reports Python's str.isspace for one rune. Go's unicode.IsSpace
// agrees except for the ASCII separators U+001C..U+001F, which Python counts
// as whitespace (bidi class B/S). It matters for question.strip() parity.
func isPySpace(r rune) bool {
	return unicode.IsSpace(r) || (r >= 0x1c && r <= 0x1f)
}

// pyStrip is Python's str.strip() with no arguments.
func pyStrip(s string) string {
	start := 0
	for start < len(s) {
		r, n := utf8.DecodeRuneInString(s[start:])
		if !isPySpace(r) {
			break
		}
		start += n
	}
	end := len(s)
	for end > start {
		r, n := utf8.DecodeLastRuneInString(s[start:end])
		if !isPySpace(r) {
			break
		}
		end -= n
	}
	return s[start:end]
}

// Aggregate reduces one metric's per-doc values. stderr is the closed-form
// standard error lm-eval reports for means (sample stddev / √n); ok is false
// where lm-eval reports "N/A": perplexities (not bootstrapped by lm-eval's
// default list) and fewer than two samples.
func Aggregate(agg Aggregation, vals []Value) (score, stderr float64, ok bool) {
	var num, den float64
	for _, v := range vals {
		num += v.Num
		den += v.Den
	}
	switch agg {
	case Mean:
		if len(vals) == 0 {
			return math.NaN(), 0, false
		}
		mean := num / float64(len(vals))
		if len(vals) < 2 {
			return mean, 0, false
		}
		var ss float64
		for _, v := range vals {
			d := v.Num - mean
			ss += d * d
		}
		sd := math.Sqrt(ss / float64(len(vals)-1))
		return mean, sd / math.Sqrt(float64(len(vals))), true
	case Perplexity:
		return math.Exp(-num / den), 0, false
	case BitsPerByte:
		return -num / den / math.Ln2, 0, false
	}
	return math.NaN(), 0, false
}

// WeightedMean is lm-eval's aggregate_subtask_metrics with weight_by_size:
// Σ score·size / Σ size. Over MMLU's subjects it equals the micro average over
// all questions.
func WeightedMean(scores []float64, sizes []int) float64 {
	var num, den float64
	for i, s := range scores {
		num += s * float64(sizes[i])
		den += float64(sizes[i])
	}
	return num / den
}

// PooledStderr is lm-eval's pooled_sample_stderr, the group stderr when
// subtasks are weighted by size:
// sqrt( Σ (nᵢ-1)·seᵢ²·nᵢ / (Σnᵢ - k) / Σnᵢ ).
func PooledStderr(stderrs []float64, sizes []int) float64 {
	var pooled, total float64
	for i, se := range stderrs {
		n := float64(sizes[i])
		pooled += (n - 1) * se * se * n
		total += n
	}
	pooled /= total - float64(len(sizes))
	return math.Sqrt(pooled / total)
}
