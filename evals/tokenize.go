package evals

import (
	"unicode"
	"unicode/utf8"
)

// Tokenizer is what the runner needs from a tokenizer; model/tokenizer's
// *Tokenizer satisfies it. Encode must not add BOS: the runner prepends the
// model's own, as lm-eval's HF backend does for Gemma.
type Tokenizer interface {
	Encode(text string) []int
	Decode(ids []int) string
}

// splitSpace moves the context's trailing whitespace to the front of the
// continuation, as lm-eval's _encode_pair does: "Answer: " + "A" is scored
// as "Answer:" + " A", so that the space is tokenized with the word it
// precedes (SentencePiece attaches ▁ to the next piece).
func splitSpace(context, continuation string) (string, string) {
	end := len(context)
	for end > 0 {
		r, n := utf8.DecodeLastRuneInString(context[:end])
		if !isPySpace(r) {
			break
		}
		end -= n
	}
	return context[:end], context[end:] + continuation
}

// isPySpace is Python's str.isspace for one rune (rstrip's notion of
// whitespace): Go's unicode.IsSpace plus the separators U+001C..U+001F.
func isPySpace(r rune) bool {
	return unicode.IsSpace(r) || (r >= 0x1c && r <= 0x1f)
}

// encoder tokenizes the lm-eval way and remembers recent context encodings,
// since every choice of a question shares one context.
type encoder struct {
	tok Tokenizer
	bos int32
}

// context returns BOS + enc(context).
func (e encoder) context(text string) []int32 {
	return e.withBOS(e.tok.Encode(text))
}

// ids32 converts token ids to the runner's int32.
func ids32(ids []int) []int32 {
	out := make([]int32, len(ids))
	for i, id := range ids {
		out[i] = int32(id)
	}
	return out
}

func (e encoder) withBOS(ids []int) []int32 {
	out := make([]int32, 0, len(ids)+1)
	out = append(out, e.bos)
	for _, id := range ids {
		out = append(out, int32(id))
	}
	return out
}

// pair is lm-eval's _encode_pair for a decoder-only model with BOS: the
// context tokens are BOS + enc(context), and the continuation tokens are
// whatever BOS + enc(context + continuation) has beyond as many tokens, so
// the continuation is split exactly where the joint tokenization puts it.
// ctxEnc is the already-encoded context (after splitSpace).
func (e encoder) pair(ctxEnc []int32, context, continuation string) []int32 {
	whole := e.tok.Encode(context + continuation)
	// whole has no BOS: ctxEnc[1:] lines up with whole[0:].
	n := len(ctxEnc) - 1
	if n >= len(whole) {
		return nil
	}
	out := make([]int32, len(whole)-n)
	for i, id := range whole[n:] {
		out[i] = int32(id)
	}
	return out
}

// commonPrefix is the length of the longest common prefix of a and b.
func commonPrefix(a, b []int32) int {
	n := min(len(a), len(b))
	for i := range n {
		if a[i] != b[i] {
			return i
		}
	}
	return n
}
