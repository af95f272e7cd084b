package tokenizer

import (
	"sync"
	"unicode/utf8"
)

// spaceMark is the SentencePiece whitespace symbol U+2581 that the Gemma
// normaliser puts in place of every space.
const spaceMark = "▁"

const spaceMarkRune = '▁'

// Tokenizer encodes text to Gemma token ids and back. It is immutable after
// construction and safe for concurrent use.
type Tokenizer struct {
	pieces  []string         // [vocab] piece of each id ("" for holes)
	vocab   map[string]int32 // model vocabulary (BPE pieces), without added-only tokens
	runeIDs []int32          // [0x10000] id of the single-rune piece, -1 if none
	runeMap map[rune]int32   // single-rune pieces beyond the BMP
	byteIDs [256]int32       // id of "<0xXX>", -1 if absent
	merges  mergeTable

	byteFallback bool
	unkID        int32 // -1 when the model has no unk token
	fuseUnk      bool

	added     *addedMatcher // added tokens matched in raw text
	addedNorm *addedMatcher // added tokens with normalized=true
	special   []bool        // [vocab] true for special added tokens

	// joiners[r] is true when some piece contains r immediately followed by
	// ▁. A word boundary is placed before a ▁ whose predecessor is not a
	// joiner: no piece can then span it, so the word may be encoded alone
	// (and cached) without changing the result.
	joiners   map[rune]bool
	splitable bool // ▁ is a piece, so words can be split before it

	decodeText []string // [vocab] piece with ▁ turned into a space
	decodeByte []int16  // [vocab] byte value of "<0xXX>" pieces, -1 otherwise

	addedIDs map[string]int32 // added tokens by content

	specials Specials
	chatTmpl string // raw chat_template from tokenizer_config.json, if any
	src      *spec  // what the tokenizer was built from, for WriteFiles

	cache wordCache
	pool  sync.Pool // *bpeState
}

// Specials are the ids that drive generation and prompting. They come from
// the tokenizer files (tokenizer_config.json, generation_config.json,
// special_tokens_map.json), with Gemma's defaults where those are silent.
type Specials struct {
	Pad, EOS, BOS, Unk int
	// StartOfTurn and EndOfTurn are -1 when the vocabulary lacks them.
	StartOfTurn, EndOfTurn int
	// StopIDs are the ids that end generation: generation_config.json's
	// eos_token_id when present, else the tokenizer_config EOS. Gemma 3:
	// [1 106].
	StopIDs []int
	// AddBOS reports whether prompts start with BOS (add_bos_token).
	AddBOS bool
}

// VocabSize is the number of ids, including added tokens.
func (t *Tokenizer) VocabSize() int { return len(t.pieces) }

// Specials returns the special ids read from the files.
func (t *Tokenizer) Specials() Specials {
	s := t.specials
	s.StopIDs = append([]int(nil), s.StopIDs...)
	return s
}

// BOS is the id that starts every prompt (2 for Gemma).
func (t *Tokenizer) BOS() int { return t.specials.BOS }

// EOS returns the ids that end generation (Gemma 3 instruction-tuned: 1 and
// 106).
func (t *Tokenizer) EOS() []int { return append([]int(nil), t.specials.StopIDs...) }

// Piece returns the piece of id, or "" when id is out of range.
func (t *Tokenizer) Piece(id int) string {
	if id < 0 || id >= len(t.pieces) {
		return ""
	}
	return t.pieces[id]
}

// Pieces maps ids to pieces (▁ marks a space; "<0xXX>" a fallback byte).
func (t *Tokenizer) Pieces(ids []int) []string {
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = t.Piece(id)
	}
	return out
}

// ID returns the id of a piece or added token.
func (t *Tokenizer) ID(piece string) (int, bool) {
	if id, ok := t.vocab[piece]; ok {
		return int(id), true
	}
	if id, ok := t.addedIDs[piece]; ok {
		return int(id), true
	}
	return 0, false
}

// IsSpecial reports whether id is a special added token (<bos>, <eos>,
// <start_of_turn>…), the kind HF drops with skip_special_tokens.
func (t *Tokenizer) IsSpecial(id int) bool {
	return id >= 0 && id < len(t.special) && t.special[id]
}

// Encode returns the ids of text exactly as Hugging Face tokenizers does with
// add_special_tokens=False: no BOS is added (prepend BOS() yourself), and
// added tokens written in the text (including specials such as
// "<start_of_turn>") are recognised.
//
// HF accepts only valid Unicode. Text that is not valid UTF-8 is first
// decoded the way Rust's String::from_utf8_lossy, Python's
// bytes.decode(errors="replace") and node's Buffer.toString do: each
// maximal invalid subsequence becomes one U+FFFD.
func (t *Tokenizer) Encode(text string) []int {
	ids := t.encode32(text, nil)
	out := make([]int, len(ids))
	for i, id := range ids {
		out[i] = int(id)
	}
	return out
}

// EncodeAppend appends the ids of text to dst, saving the []int conversion.
func (t *Tokenizer) EncodeAppend(dst []int32, text string) []int32 {
	return t.encode32(text, dst)
}

func (t *Tokenizer) encode32(text string, out []int32) []int32 {
	if !utf8.ValidString(text) {
		text = lossyUTF8(text)
	}
	st, _ := t.pool.Get().(*bpeState)
	if st == nil {
		st = &bpeState{}
	}
	pos := 0
	if t.added != nil {
		for pos < len(text) {
			start, end, id := t.added.next(text, pos)
			if start < 0 {
				break
			}
			out = t.encodeSegment(st, text[pos:start], out)
			out = append(out, id)
			pos = end
		}
	}
	out = t.encodeSegment(st, text[pos:], out)
	t.pool.Put(st)
	return out
}

// encodeSegment encodes text that holds no raw-matched added token.
func (t *Tokenizer) encodeSegment(st *bpeState, seg string, out []int32) []int32 {
	if seg == "" {
		return out
	}
	if t.addedNorm == nil {
		return t.encodeWords(st, seg, out)
	}
	norm := normalize(seg)
	pos := 0
	for pos < len(norm) {
		start, end, id := t.addedNorm.next(norm, pos)
		if start < 0 {
			break
		}
		out = t.encodeWords(st, norm[pos:start], out)
		out = append(out, id)
		pos = end
	}
	return t.encodeWords(st, norm[pos:], out)
}

// encodeWords splits seg into independent words (see joiners) and runs BPE
// on each. seg may be raw or normalized text: the normaliser only maps ' '
// to ▁, which the per-rune lookup does itself.
func (t *Tokenizer) encodeWords(st *bpeState, seg string, out []int32) []int32 {
	if seg == "" {
		return out
	}
	if !t.splitable {
		return t.encodeWord(st, seg, out)
	}
	start := 0
	prev := rune(-1)
	for i, r := range seg {
		if r == ' ' {
			r = spaceMarkRune
		}
		if r == spaceMarkRune && i > start && !t.joiners[prev] {
			out = t.encodeWord(st, seg[start:i], out)
			start = i
		}
		prev = r
	}
	return t.encodeWord(st, seg[start:], out)
}

// maxCachedWord bounds the byte length of words kept in the cache.
const maxCachedWord = 64

func (t *Tokenizer) encodeWord(st *bpeState, w string, out []int32) []int32 {
	if len(w) <= maxCachedWord {
		if ids, ok := t.cache.get(w); ok {
			return append(out, ids...)
		}
	}
	n := len(out)
	out = t.bpeWord(st, w, out)
	if len(w) <= maxCachedWord {
		t.cache.put(w, out[n:])
	}
	return out
}

// bpeWord builds the initial symbols of w (one per rune, or its bytes under
// byte fallback, or a fused unk) and merges them.
func (t *Tokenizer) bpeWord(st *bpeState, w string, out []int32) []int32 {
	syms := st.syms[:0]
	add := func(id int32, size int) {
		n := int32(len(syms))
		syms = append(syms, symbol{id: id, prev: n - 1, next: -1, size: int32(size)})
		if n > 0 {
			syms[n-1].next = n
		}
	}
	unkSize := 0
	for i := 0; i < len(w); {
		r, size := rune(w[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(w[i:])
		}
		if r == ' ' {
			r = spaceMarkRune
		}
		id := t.runeID(r)
		if id >= 0 {
			if unkSize > 0 {
				add(t.unkID, unkSize)
				unkSize = 0
			}
			add(id, size)
		} else if t.byteFallback && t.hasBytes(w[i:i+size], r) {
			if r == spaceMarkRune { // a space not in the vocabulary
				for _, b := range []byte(spaceMark) {
					add(t.byteIDs[b], 1)
				}
			} else {
				for j := i; j < i+size; j++ {
					add(t.byteIDs[w[j]], 1)
				}
			}
		} else if t.unkID >= 0 {
			if unkSize > 0 && !t.fuseUnk {
				add(t.unkID, unkSize)
				unkSize = 0
			}
			unkSize += size
			if r == spaceMarkRune && w[i] == ' ' {
				unkSize += len(spaceMark) - 1
			}
		}
		i += size
	}
	if unkSize > 0 {
		add(t.unkID, unkSize)
	}
	st.syms = syms
	if len(syms) == 0 {
		return out
	}
	return t.mergeWord(st, out)
}

func (t *Tokenizer) runeID(r rune) int32 {
	if r < rune(len(t.runeIDs)) {
		return t.runeIDs[r]
	}
	if id, ok := t.runeMap[r]; ok {
		return id
	}
	return -1
}

// hasBytes reports whether every byte of the rune has a fallback piece.
func (t *Tokenizer) hasBytes(raw string, r rune) bool {
	if r == spaceMarkRune {
		raw = spaceMark
	}
	for i := 0; i < len(raw); i++ {
		if t.byteIDs[raw[i]] < 0 {
			return false
		}
	}
	return true
}

// wordCache memoises the ids of short words; encoding real text hits it for
// most words.
type wordCache struct {
	mu sync.Mutex
	m  map[string][]int32
}

const maxCacheEntries = 1 << 17

func (c *wordCache) get(w string) ([]int32, bool) {
	c.mu.Lock()
	ids, ok := c.m[w]
	c.mu.Unlock()
	return ids, ok
}

func (c *wordCache) put(w string, ids []int32) {
	c.mu.Lock()
	if c.m == nil || len(c.m) >= maxCacheEntries {
		c.m = make(map[string][]int32, 1024)
	}
	c.m[w] = append([]int32(nil), ids...)
	c.mu.Unlock()
}

// normalize applies the Gemma normaliser: every space becomes ▁.
func normalize(s string) string {
	out := make([]byte, 0, len(s)+len(s)/4)
	for i := 0; i < len(s); i++ {
		if s[i] == ' ' {
			out = append(out, spaceMark...)
		} else {
			out = append(out, s[i])
		}
	}
	return string(out)
}

func (c *wordCache) reset() {
	c.mu.Lock()
	c.m = nil
	c.mu.Unlock()
}

// ChatTemplate is the Jinja chat_template of tokenizer_config.json, if any.
// FormatChat implements Gemma's; this is for display and checks.
func (t *Tokenizer) ChatTemplate() string { return t.chatTmpl }
