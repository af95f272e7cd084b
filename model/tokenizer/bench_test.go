package tokenizer

import (
	"os"
	"strings"
	"testing"
)

// The numbers in the issue note come from scripts/tokenizer/bench.sh, which
// runs these and scripts/tokenizer/bench-hf.mjs (HF Rust tokenizers) on the
// same BenchCorpus bytes.

func benchChunks() []string {
	var out []string
	for _, p := range strings.SplitAfter(BenchCorpus(), "\n\n") {
		if p != "" {
			out = append(out, p)
		}
	}
	return out
}

// BenchmarkEncode encodes BenchCorpus paragraph by paragraph, one goroutine.
// cold: the word cache is emptied before every pass; warm: it persists, as
// in a long eval run (HF keeps its cache across calls too).
func BenchmarkEncode(b *testing.B) {
	tok := loadGemma3(b)
	chunks := benchChunks()
	bytes := 0
	for _, c := range chunks {
		bytes += len(c)
	}
	for _, mode := range []string{"cold", "warm"} {
		b.Run("cache="+mode, func(b *testing.B) {
			var buf []int32
			b.SetBytes(int64(bytes))
			tokens := 0
			for b.Loop() {
				if mode == "cold" {
					tok.cache.reset()
				}
				tokens = 0
				for _, c := range chunks {
					buf = tok.EncodeAppend(buf[:0], c)
					tokens += len(buf)
				}
			}
			b.ReportMetric(float64(tokens), "tokens/op")
		})
	}
	b.Run("whole=1MiB", func(b *testing.B) {
		text := strings.Join(chunks, "")
		var buf []int32
		b.SetBytes(int64(len(text)))
		for b.Loop() {
			buf = tok.EncodeAppend(buf[:0], text)
		}
	})
}

// BenchmarkLoad parses the 33 MB Gemma 3 tokenizer.json.
func BenchmarkLoad(b *testing.B) {
	loadGemma3(b) // skip when absent
	data, err := os.ReadFile(gemma3Path())
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := ParseJSON("tokenizer.json", data); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkDecode(b *testing.B) {
	tok := loadGemma3(b)
	ids := tok.Encode(BenchCorpus())
	b.SetBytes(1 << 20)
	for b.Loop() {
		tok.Decode(ids)
	}
}
