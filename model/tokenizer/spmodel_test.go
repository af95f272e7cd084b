package tokenizer

import (
	"encoding/binary"
	"math"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"testing"
)

// writeModelProto encodes tok as a SentencePiece tokenizer.model, the inverse
// of the HF conversion: each piece's score is chosen so that deriving merges
// from scores (LoadModel) gives back tok's merge order. Merges are grouped by
// overlapping rank ranges (pieces that shared a score in the original model,
// such as Gemma's user-defined whitespace runs); each group gets one score.
func writeModelProto(t testing.TB, tok *Tokenizer) []byte {
	t.Helper()
	sp := tok.src
	n := len(sp.pieces)
	first := make([]int, n)
	last := make([]int, n)
	for i := range first {
		first[i], last[i] = -1, -1
	}
	var buf []byte
	for rank, m := range sp.merges {
		buf = append(append(buf[:0], sp.pieces[m[0]]...), sp.pieces[m[1]]...)
		id := int(tok.vocab[string(buf)])
		if first[id] < 0 {
			first[id] = rank
		}
		last[id] = rank
	}
	order := make([]int, 0, n)
	for id := range n {
		if first[id] >= 0 {
			order = append(order, id)
		}
	}
	sort.Slice(order, func(i, j int) bool { return first[order[i]] < first[order[j]] })
	score := make([]float32, n)
	for id := range score {
		score[id] = float32(-len(sp.merges) - 1 - id)
	}
	group, end := -1, -1
	for _, id := range order {
		if first[id] > end {
			group++
		}
		end = max(end, last[id])
		score[id] = float32(-group)
	}
	added := map[int]addedToken{}
	for _, a := range sp.added {
		added[a.ID] = a
	}
	var out []byte
	for id, p := range sp.pieces {
		typ := spNormal
		if a, ok := added[id]; ok {
			typ = spUserDefined
			if a.Special {
				typ = spControl
			}
		}
		if p == sp.unk {
			typ = spUnknown
		}
		if byteValue(p) >= 0 {
			typ = spByte
		}
		var msg []byte
		msg = appendBytesField(msg, 1, []byte(p))
		msg = binary.AppendUvarint(msg, 2<<3|5)
		msg = binary.LittleEndian.AppendUint32(msg, math.Float32bits(score[id]))
		msg = binary.AppendUvarint(msg, 3<<3|0)
		msg = binary.AppendUvarint(msg, uint64(typ))
		out = appendBytesField(out, 1, msg)
	}
	var trainer []byte
	trainer = binary.AppendUvarint(trainer, 3<<3|0)
	trainer = binary.AppendUvarint(trainer, 2) // BPE
	trainer = binary.AppendUvarint(trainer, 35<<3|0)
	trainer = binary.AppendUvarint(trainer, 1) // byte_fallback
	return appendBytesField(out, 2, trainer)
}

func appendBytesField(b []byte, num int, payload []byte) []byte {
	b = binary.AppendUvarint(b, uint64(num)<<3|2)
	b = binary.AppendUvarint(b, uint64(len(payload)))
	return append(b, payload...)
}

// TestModelMatchesJSON loads tokenizer.model files made from the
// tokenizer.json fixtures and checks they encode the golden set the same.
func TestModelMatchesJSON(t *testing.T) {
	tests := []struct {
		name, golden string
		load         func(testing.TB) *Tokenizer
	}{
		{"synth512", "testdata/golden-synth512.jsonl", func(t testing.TB) *Tokenizer { return mustLoad(t, synth512Dir) }},
		{"gemma3", "testdata/golden-gemma3.jsonl", func(t testing.TB) *Tokenizer { return loadGemma3(t) }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			src := tc.load(t)
			dir := t.TempDir()
			if err := os.WriteFile(filepath.Join(dir, "tokenizer.model"), writeModelProto(t, src), 0o644); err != nil {
				t.Fatal(err)
			}
			tok, err := Load(dir)
			if err != nil {
				t.Fatal(err)
			}
			if tok.VocabSize() > src.VocabSize() || tok.VocabSize() < len(src.src.pieces) {
				t.Errorf("VocabSize %d, json %d", tok.VocabSize(), src.VocabSize())
			}
			bad, skipped := 0, 0
			cases := readGolden(t, tc.golden)
			for _, c := range cases {
				if c.DecodeIDs != nil {
					continue
				}
				if slices.ContainsFunc(c.IDs, func(id int) bool { return id >= len(src.src.pieces) }) {
					skipped++ // an added token a tokenizer.model cannot hold (<image_soft_token>)
					continue
				}
				if got := tok.Encode(c.input(t)); !equalInts(got, c.IDs) {
					bad++
					if bad <= 5 {
						t.Errorf("%s: got %v want %v", c.Name, tok.Pieces(got), tok.Pieces(c.IDs))
					}
				}
			}
			t.Logf("%s via tokenizer.model: %d of %d golden encodings differ (%d skipped)", tc.name, bad, len(cases), skipped)
		})
	}
}

func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
