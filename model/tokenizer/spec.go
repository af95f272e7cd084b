package tokenizer

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// spec is the loader-neutral description of a Gemma tokenizer: what
// tokenizer.json, tokenizer.model and Train all produce, and what build turns
// into a Tokenizer and WriteFiles writes back.
type spec struct {
	pieces       []string // [vocab] model piece per id; "" for ids only added tokens use
	merges       [][2]int32
	unk          string // unk piece, "" for none
	byteFallback bool
	fuseUnk      bool
	added        []addedToken
}

// addedToken mirrors an entry of tokenizer.json's added_tokens.
type addedToken struct {
	ID         int    `json:"id"`
	Content    string `json:"content"`
	SingleWord bool   `json:"single_word"`
	LStrip     bool   `json:"lstrip"`
	RStrip     bool   `json:"rstrip"`
	Normalized bool   `json:"normalized"`
	Special    bool   `json:"special"`
}

// maxVocab bounds ids so a corrupt file cannot ask for a huge table.
const maxVocab = 1 << 21

// build checks sp and assembles the encoder tables. name is the file being
// loaded, for errors.
func build(name string, sp *spec) (*Tokenizer, error) {
	n := len(sp.pieces)
	for _, a := range sp.added {
		if a.ID < 0 || a.ID >= maxVocab {
			return nil, fmt.Errorf("%s: added token %q: id %d out of range", name, a.Content, a.ID)
		}
		if a.Content == "" {
			return nil, fmt.Errorf("%s: added token id %d: empty content", name, a.ID)
		}
		if a.SingleWord || a.LStrip || a.RStrip {
			return nil, fmt.Errorf("%s: added token %q: single_word/lstrip/rstrip are not supported (Gemma uses none)", name, a.Content)
		}
		n = max(n, a.ID+1)
	}
	t := &Tokenizer{
		pieces:       make([]string, n),
		vocab:        make(map[string]int32, len(sp.pieces)),
		runeIDs:      make([]int32, 0x10000),
		runeMap:      map[rune]int32{},
		merges:       make(mergeTable, len(sp.merges)),
		byteFallback: sp.byteFallback,
		fuseUnk:      sp.fuseUnk,
		unkID:        -1,
		special:      make([]bool, n),
		joiners:      map[rune]bool{},
		decodeText:   make([]string, n),
		decodeByte:   make([]int16, n),
		addedIDs:     map[string]int32{},
		src:          sp,
	}
	copy(t.pieces, sp.pieces)
	for i := range t.runeIDs {
		t.runeIDs[i] = -1
	}
	for i := range t.byteIDs {
		t.byteIDs[i] = -1
	}
	for id, p := range sp.pieces {
		if p == "" {
			continue
		}
		if _, dup := t.vocab[p]; dup {
			return nil, fmt.Errorf("%s: piece %q appears twice in the vocabulary", name, p)
		}
		t.vocab[p] = int32(id)
		if r, size := utf8.DecodeRuneInString(p); size == len(p) && (r != utf8.RuneError || size == 3) {
			if r < 0x10000 {
				t.runeIDs[r] = int32(id)
			} else {
				t.runeMap[r] = int32(id)
			}
		}
		if b := byteValue(p); b >= 0 {
			t.byteIDs[b] = int32(id)
		}
		prev := rune(-1)
		for i, r := range p {
			if r == spaceMarkRune && i > 0 {
				t.joiners[prev] = true
			}
			prev = r
		}
	}
	if _, ok := t.vocab[spaceMark]; ok {
		t.splitable = true
	}
	if sp.unk != "" {
		id, ok := t.vocab[sp.unk]
		if !ok {
			return nil, fmt.Errorf("%s: unk token %q is not in the vocabulary", name, sp.unk)
		}
		t.unkID = id
	}
	var buf []byte
	for rank, m := range sp.merges {
		a, b := m[0], m[1]
		if a < 0 || int(a) >= len(sp.pieces) || b < 0 || int(b) >= len(sp.pieces) {
			return nil, fmt.Errorf("%s: merge %d: id out of range", name, rank)
		}
		buf = append(append(buf[:0], sp.pieces[a]...), sp.pieces[b]...)
		id, ok := t.vocab[string(buf)]
		if !ok {
			return nil, fmt.Errorf("%s: merge %d (%q %q): result %q is not in the vocabulary", name, rank, sp.pieces[a], sp.pieces[b], buf)
		}
		// A repeated pair keeps its last rank, as HF's map build does.
		t.merges[pairKey(a, b)] = uint64(rank)<<32 | uint64(uint32(id))
	}

	raw := map[string]int32{}
	norm := map[string]int32{}
	for _, a := range sp.added {
		if a.ID < len(sp.pieces) && sp.pieces[a.ID] != "" && sp.pieces[a.ID] != a.Content {
			return nil, fmt.Errorf("%s: added token %q has id %d, which the model vocabulary gives to %q", name, a.Content, a.ID, sp.pieces[a.ID])
		}
		t.pieces[a.ID] = a.Content
		t.addedIDs[a.Content] = int32(a.ID)
		t.special[a.ID] = a.Special
		if a.Normalized && !a.Special {
			norm[normalize(a.Content)] = int32(a.ID)
		} else {
			raw[a.Content] = int32(a.ID)
		}
	}
	t.added = newAddedMatcher(raw)
	t.addedNorm = newAddedMatcher(norm)

	for id, p := range t.pieces {
		t.decodeByte[id] = int16(byteValue(p))
		t.decodeText[id] = strings.ReplaceAll(p, spaceMark, " ")
	}
	t.specials = defaultSpecials(t)
	return t, nil
}

// defaultSpecials finds Gemma's special tokens by name; Load then applies
// what the config files say.
func defaultSpecials(t *Tokenizer) Specials {
	find := func(piece string, def int) int {
		if id, ok := t.ID(piece); ok {
			return id
		}
		return def
	}
	s := Specials{
		Pad:         find("<pad>", 0),
		EOS:         find("<eos>", 1),
		BOS:         find("<bos>", 2),
		Unk:         find("<unk>", 3),
		StartOfTurn: find("<start_of_turn>", -1),
		EndOfTurn:   find("<end_of_turn>", -1),
		AddBOS:      true,
	}
	s.StopIDs = []int{s.EOS}
	return s
}
