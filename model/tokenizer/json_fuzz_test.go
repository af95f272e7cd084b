package tokenizer

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzParseJSON: any tokenizer.json is a tokenizer that encodes and
// decodes text without panicking, or an error.
func FuzzParseJSON(f *testing.F) {
	if b, err := os.ReadFile(filepath.Join("testdata", "synth512", "tokenizer.json")); err == nil {
		f.Add(b)
	}
	f.Add([]byte(`{"model": {"type": "BPE", "vocab": {"a": 0, "b": 1, "ab": 2}, "merges": ["a b"]}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		tok, err := ParseJSON("fuzz/tokenizer.json", data)
		if err != nil {
			return
		}
		ids := tok.Encode("ab ba\n\u00e9 <bos>")
		_ = tok.Decode(ids)
	})
}
