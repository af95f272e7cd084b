package tokenizer

import (
	"math/rand/v2"
	"strings"
	"unicode/utf8"
)

// BenchCorpus is the 1 MiB mixed text the encode benchmarks use (Go here,
// HF's Rust tokenizers through scripts/tokenizer/bench-hf.mjs). It
// interleaves Corpus text (prose, arithmetic prompts, code, numbers) with
// paragraphs of invented words, so a per-word cache cannot see only a small
// vocabulary, and with lines in 15 scripts and emoji. Deterministic.
func BenchCorpus() string {
	const size = 1 << 20
	base := Corpus(size)
	r := rand.New(rand.NewPCG(7, 11))
	syll := strings.Fields(`ka to ri mu sen da vo lin pre str qua ex ion ment ab ur ol is
		zen tho gra phy lo bi ne cor ant ive ter ple ck shi na wa ru ge fo`)
	var sb strings.Builder
	sb.Grow(size + 4096)
	lines := strings.SplitAfter(base, "\n")
	for i := 0; sb.Len() < size; i++ {
		sb.WriteString(lines[i%len(lines)])
		switch r.IntN(12) {
		case 0: // invented words: mostly cache misses
			n := 20 + r.IntN(60)
			for j := 0; j < n; j++ {
				w := ""
				for k := 1 + r.IntN(4); k > 0; k-- {
					w += syll[r.IntN(len(syll))]
				}
				if r.IntN(7) == 0 {
					w = strings.ToUpper(w[:1]) + w[1:]
				}
				sb.WriteString(w)
				sb.WriteString([]string{" ", " ", " ", ", ", ". "}[r.IntN(5)])
			}
			sb.WriteString("\n\n")
		case 1:
			sb.WriteString(other[r.IntN(len(other))])
			sb.WriteString(" ")
			sb.WriteString(other[r.IntN(len(other))])
			sb.WriteString("\n")
		}
	}
	out := sb.String()
	n := size
	for n > 0 && !utf8.RuneStart(out[n]) {
		n--
	}
	return out[:n]
}
