package tokenizer

import (
	"strings"
	"unicode/utf8"
)

// Decode turns ids back into text as Hugging Face's decoder chain for Gemma
// does (Replace ▁→space, ByteFallback, Fuse) with skip_special_tokens=False:
//   - special tokens are kept as their text ("<end_of_turn>");
//   - a run of byte pieces that is valid UTF-8 becomes that text; a run that
//     is not becomes one U+FFFD per byte (HF's rule, not Go's);
//   - ids outside the vocabulary are dropped, as HF drops them.
//
// Decode(Encode(s)) == s for valid UTF-8 s without a literal ▁ (U+2581):
// HF decodes ▁ to a space, and so does Decode.
func (t *Tokenizer) Decode(ids []int) string {
	return t.decode(ids, false)
}

// DecodeSkipSpecial is Decode with skip_special_tokens=True: special tokens
// (<bos>, <eos>, <start_of_turn>…) are left out.
func (t *Tokenizer) DecodeSkipSpecial(ids []int) string {
	return t.decode(ids, true)
}

func (t *Tokenizer) decode(ids []int, skipSpecial bool) string {
	var sb strings.Builder
	var pending []byte // a run of fallback bytes
	flush := func() {
		if len(pending) == 0 {
			return
		}
		if utf8.Valid(pending) {
			sb.Write(pending)
		} else {
			for range pending {
				sb.WriteString("\uFFFD")
			}
		}
		pending = pending[:0]
	}
	for _, id := range ids {
		if id < 0 || id >= len(t.pieces) || t.pieces[id] == "" {
			continue // not an id: HF's id_to_token gives None and drops it
		}
		if skipSpecial && t.special[id] {
			continue
		}
		if b := t.decodeByte[id]; b >= 0 {
			pending = append(pending, byte(b))
			continue
		}
		flush()
		sb.WriteString(t.decodeText[id])
	}
	flush()
	return sb.String()
}

// byteValue parses a "<0xXX>" piece (upper-case hex, six bytes, as HF
// matches it) and returns its value, or -1.
func byteValue(p string) int {
	if len(p) != 6 || p[0] != '<' || p[1] != '0' || p[2] != 'x' || p[5] != '>' {
		return -1
	}
	hi, lo := hexVal(p[3]), hexVal(p[4])
	if hi < 0 || lo < 0 {
		return -1
	}
	return hi<<4 | lo
}

func hexVal(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

// lossyUTF8 replaces each maximal invalid subsequence of s with one U+FFFD,
// the WHATWG / Unicode "best practice" that Rust's from_utf8_lossy, Python's
// errors="replace" and node's TextDecoder follow (Go's range loop instead
// yields one U+FFFD per bad byte).
func lossyUTF8(s string) string {
	var sb strings.Builder
	sb.Grow(len(s) + 8)
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			sb.WriteByte(c)
			i++
			continue
		}
		if r, size := utf8.DecodeRuneInString(s[i:]); r != utf8.RuneError || size > 1 {
			sb.WriteString(s[i : i+size])
			i += size
			continue
		}
		// Invalid: consume the longest prefix of a well-formed sequence.
		i += validPrefix(s[i:])
		sb.WriteString("\uFFFD")
	}
	return sb.String()
}

// validPrefix returns how many bytes at the start of s form a proper prefix
// of some well-formed UTF-8 sequence (at least 1), following Table 3-7 of
// the Unicode standard.
func validPrefix(s string) int {
	c := s[0]
	var need int
	lo, hi := byte(0x80), byte(0xBF)
	switch {
	case c >= 0xC2 && c <= 0xDF:
		need = 1
	case c == 0xE0:
		need, lo = 2, 0xA0
	case c >= 0xE1 && c <= 0xEC, c == 0xEE, c == 0xEF:
		need = 2
	case c == 0xED:
		need, hi = 2, 0x9F
	case c == 0xF0:
		need, lo = 3, 0x90
	case c >= 0xF1 && c <= 0xF3:
		need = 3
	case c == 0xF4:
		need, hi = 3, 0x8F
	default:
		return 1
	}
	n := 1
	for k := 0; k < need && n < len(s); k++ {
		b := s[n]
		if k > 0 {
			lo, hi = 0x80, 0xBF
		}
		if b < lo || b > hi {
			break
		}
		n++
	}
	return n
}
