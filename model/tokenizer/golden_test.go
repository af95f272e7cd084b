package tokenizer

import (
	"bufio"
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
)

// goldenCase is one line of a testdata/golden-*.jsonl file written by
// scripts/tokenizer/gen-golden.mjs from Hugging Face tokenizers (Rust).
type goldenCase struct {
	Name        string  `json:"name"`
	Text        *string `json:"text"`
	Hex         string  `json:"hex"`   // input bytes that are not valid UTF-8
	Lossy       string  `json:"lossy"` // what HF was given for Hex
	IDs         []int   `json:"ids"`
	DecodeIDs   []int   `json:"decode_ids"`
	Decoded     string  `json:"decoded"`
	DecodedSkip *string `json:"decoded_skip"`
}

func (c goldenCase) input(t *testing.T) string {
	if c.Text != nil {
		return *c.Text
	}
	b, err := hex.DecodeString(c.Hex)
	if err != nil {
		t.Fatalf("%s: bad hex: %v", c.Name, err)
	}
	return string(b)
}

func readGolden(t *testing.T, file string) []goldenCase {
	t.Helper()
	f, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []goldenCase
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	first := true
	for sc.Scan() {
		if first { // header line
			first = false
			continue
		}
		var c goldenCase
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		out = append(out, c)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if len(out) == 0 {
		t.Fatalf("%s: no cases", file)
	}
	return out
}

// gemma3Path finds the real Gemma 3 tokenizer.json that
// scripts/tokenizer/fetch.sh puts in the cache. It is never committed
// (Gemma terms of use).
func gemma3Path() string {
	if p := os.Getenv("GEMMA3_TOKENIZER_JSON"); p != "" {
		return p
	}
	cache := os.Getenv("GEMMA_BENCH_CACHE")
	if cache == "" {
		home, _ := os.UserHomeDir()
		cache = filepath.Join(home, ".cache", "gemma-bench")
	}
	return filepath.Join(cache, "tokenizer-gemma3", "tokenizer.json")
}

var gemma3 = sync.OnceValues(func() (*Tokenizer, error) {
	p := gemma3Path()
	t, err := LoadJSON(p)
	if err != nil {
		return nil, err
	}
	return t, t.applyConfigs(filepath.Dir(p))
})

// loadGemma3 returns the real tokenizer, skipping the test when it has not
// been fetched — except under CI=true, where its absence fails.
func loadGemma3(t testing.TB) *Tokenizer {
	t.Helper()
	p := gemma3Path()
	if _, err := os.Stat(p); err != nil {
		msg := "Gemma 3 tokenizer.json not found at " + p + " (run scripts/tokenizer/fetch.sh, or set GEMMA3_TOKENIZER_JSON)"
		if os.Getenv("CI") == "true" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	tok, err := gemma3()
	if err != nil {
		t.Fatal(err)
	}
	return tok
}

func TestGoldenGemma3(t *testing.T) {
	runGolden(t, loadGemma3(t), "testdata/golden-gemma3.jsonl")
}

func runGolden(t *testing.T, tok *Tokenizer, file string) {
	cases := readGolden(t, file)
	var encoded, decoded int
	for _, c := range cases {
		t.Run(c.Name, func(t *testing.T) {
			ids := c.DecodeIDs
			if c.DecodeIDs == nil {
				in := c.input(t)
				got := tok.Encode(in)
				if !slices.Equal(got, c.IDs) {
					t.Fatalf("Encode(%q)\n got %v %q\nwant %v %q", in, got, tok.Pieces(got), c.IDs, tok.Pieces(c.IDs))
				}
				encoded++
				ids = got
				if c.Text != nil && !strings.Contains(in, spaceMark) && tok.Decode(got) != in {
					t.Errorf("round trip of %q gave %q", in, tok.Decode(got))
				}
			}
			if got := tok.Decode(ids); got != c.Decoded {
				t.Errorf("Decode(%v) = %q, want %q", ids, got, c.Decoded)
			}
			wantSkip := c.Decoded
			if c.DecodedSkip != nil {
				wantSkip = *c.DecodedSkip
			}
			if got := tok.DecodeSkipSpecial(ids); got != wantSkip {
				t.Errorf("DecodeSkipSpecial(%v) = %q, want %q", ids, got, wantSkip)
			}
			decoded++
		})
	}
	t.Logf("%s: %d cases, %d encodings and %d decodings identical to HF", file, len(cases), encoded, decoded)
}
