package tokenizer

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/synth512/tokenizer.json from Train")

const synth512Dir = "testdata/synth512"

// TestGoldenSynth512 checks the committed synthetic tokenizer against ids
// from HF tokenizers on the same file: the files Train writes are read the
// same way by HF and by us.
func TestGoldenSynth512(t *testing.T) {
	tok, err := Load(synth512Dir)
	if err != nil {
		t.Fatal(err)
	}
	runGolden(t, tok, "testdata/golden-synth512.jsonl")
}

// TestTrainReproducible pins training: the same corpus gives the same file,
// byte for byte. After a deliberate change, run with -update and regenerate
// the golden ids (scripts/tokenizer/gen-golden.sh).
func TestTrainReproducible(t *testing.T) {
	tok, err := Train("", 512, nil)
	if err != nil {
		t.Fatal(err)
	}
	var got bytes.Buffer
	if err := tok.writeJSON(&got); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(synth512Dir, "tokenizer.json")
	if *update {
		if err := os.WriteFile(file, got.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got.Bytes(), want) {
		t.Fatalf("Train(\"\", 512) no longer writes %s (%d vs %d bytes); run go test -run TestTrainReproducible -update and regenerate the goldens", file, got.Len(), len(want))
	}
}

func TestTrainLayout(t *testing.T) {
	sample := Corpus(20_000)
	tests := []struct {
		vocab      int
		start, end int // <start_of_turn>, <end_of_turn>
	}{
		{vocab: 300, start: 4, end: 5},
		{vocab: 512, start: 4, end: 5},
		{vocab: 4096, start: 105, end: 106},
		{vocab: 256000, start: 106, end: 107},
		{vocab: 262144, start: 105, end: 106},
	}
	for _, tc := range tests {
		t.Run("", func(t *testing.T) {
			tok, err := Train("", tc.vocab, nil)
			if err != nil {
				t.Fatal(err)
			}
			if tok.VocabSize() != tc.vocab {
				t.Errorf("VocabSize = %d, want %d", tok.VocabSize(), tc.vocab)
			}
			for id, p := range []string{"<pad>", "<eos>", "<bos>", "<unk>"} {
				if got, _ := tok.ID(p); got != id || !tok.IsSpecial(id) {
					t.Errorf("ID(%s) = %d special=%v, want %d special", p, got, tok.IsSpecial(got), id)
				}
			}
			s := tok.Specials()
			if s.StartOfTurn != tc.start || s.EndOfTurn != tc.end {
				t.Errorf("turn ids = %d, %d, want %d, %d", s.StartOfTurn, s.EndOfTurn, tc.start, tc.end)
			}
			if last := tok.Piece(tc.vocab - 1); !strings.HasPrefix(last, "<unused") && tc.vocab > 4096 {
				t.Errorf("last piece %q, want <unusedN> padding", last)
			}
			ids := tok.Encode(sample)
			if got := tok.Decode(ids); got != sample {
				t.Fatalf("round trip failed")
			}
			for _, id := range ids {
				if id < 0 || id >= tc.vocab {
					t.Fatalf("id %d out of range", id)
				}
			}
			if tc.vocab > 20000 {
				return // the file round trip below is the same for every size
			}
			dir := t.TempDir()
			if err := tok.WriteFiles(dir); err != nil {
				t.Fatal(err)
			}
			back, err := Load(dir)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(back.Encode(sample), ids) || back.VocabSize() != tc.vocab {
				t.Errorf("WriteFiles+Load changed the encoding")
			}
			if back.Specials().EOS != 1 || back.BOS() != 2 {
				t.Errorf("specials after Load: %+v", back.Specials())
			}
		})
	}
}

func TestTrainErrors(t *testing.T) {
	for _, n := range []int{0, 100, 262} {
		if _, err := Train("", n, nil); err == nil {
			t.Errorf("Train(vocab %d) succeeded, want an error", n)
		}
	}
}

// TestTrainCompresses checks the merges are useful: the trained vocabulary
// should need far fewer tokens than bytes on text like its corpus.
func TestTrainCompresses(t *testing.T) {
	tok, err := Train("", 4096, nil)
	if err != nil {
		t.Fatal(err)
	}
	text := "What is 12 + 7?\nA. 19\nB. 20\nC. 18\nD. 21\nAnswer: A\n\nThe quick model reads the question."
	ids := tok.Encode(text)
	if ratio := float64(len(text)) / float64(len(ids)); ratio < 2 {
		t.Errorf("%d bytes → %d tokens (%.2f bytes/token), want ≥ 2: %q", len(text), len(ids), ratio, tok.Pieces(ids))
	}
}

func TestCorpusDeterministic(t *testing.T) {
	a, b := Corpus(50_000), Corpus(50_000)
	if a != b || len(a) > 50_000 || len(a) < 49_990 {
		t.Fatalf("Corpus not deterministic or wrong size: %d", len(a))
	}
	for _, want := range []string{"What is ", "\nA. ", "Answer: ", "func ", "こんにちは"} {
		if !strings.Contains(Corpus(DefaultCorpusSize), want) {
			t.Errorf("corpus lacks %q", want)
		}
	}
}
