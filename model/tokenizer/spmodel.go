package tokenizer

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"os"
	"sort"
	"unicode/utf8"
)

// SentencePiece piece types (sentencepiece_model.proto).
const (
	spNormal      = 1
	spUnknown     = 2
	spControl     = 3
	spUserDefined = 4
	spUnused      = 5
	spByte        = 6
)

type spPiece struct {
	piece string
	score float32
	typ   int
}

// LoadModel reads a SentencePiece tokenizer.model (protobuf ModelProto) and
// converts it the way Hugging Face's GemmaConverter does: the pieces become
// the BPE vocabulary, merges are every split of a piece into two pieces,
// ranked by the piece's score (higher first; ties: longer left part, longer
// right part, then the ids of the parts), user-defined pieces become
// non-special added tokens and control pieces special ones.
//
// Only BPE models with byte fallback are accepted (every Gemma release).
func LoadModel(path string) (*Tokenizer, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return ParseModel(path, data)
}

// ParseModel is LoadModel on bytes already read; name is used in errors.
func ParseModel(name string, data []byte) (*Tokenizer, error) {
	pieces, modelType, byteFallback, err := parseModelProto(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if modelType != 2 {
		return nil, fmt.Errorf("%s: model_type %d: only BPE (2) is supported", name, modelType)
	}
	if !byteFallback {
		return nil, fmt.Errorf("%s: byte_fallback is off; Gemma tokenizers use it", name)
	}
	if len(pieces) == 0 || len(pieces) > maxVocab {
		return nil, fmt.Errorf("%s: %d pieces", name, len(pieces))
	}
	sp := &spec{byteFallback: true, fuseUnk: true, pieces: make([]string, len(pieces))}
	ids := make(map[string]int32, len(pieces))
	for i, p := range pieces {
		if p.piece == "" {
			return nil, fmt.Errorf("%s: piece %d is empty", name, i)
		}
		if _, dup := ids[p.piece]; dup {
			return nil, fmt.Errorf("%s: piece %q appears twice", name, p.piece)
		}
		ids[p.piece] = int32(i)
		sp.pieces[i] = p.piece
		switch p.typ {
		case spUnknown:
			sp.unk = p.piece
			sp.added = append(sp.added, addedToken{ID: i, Content: p.piece, Special: true})
		case spControl:
			sp.added = append(sp.added, addedToken{ID: i, Content: p.piece, Special: true})
		case spUserDefined:
			sp.added = append(sp.added, addedToken{ID: i, Content: p.piece})
		}
	}
	sp.merges = spMerges(pieces, ids)
	return build(name, sp)
}

// spMerges derives ranked merges from piece scores, in the order of
// transformers' generate_merges.
func spMerges(pieces []spPiece, ids map[string]int32) [][2]int32 {
	type merge struct {
		l, r  int32
		score float32
		order int
	}
	var all []merge
	for _, p := range pieces {
		s := p.piece
		start := len(all)
		for i := 1; i < len(s); i++ {
			if !utf8.RuneStart(s[i]) {
				continue
			}
			l, okl := ids[s[:i]]
			r, okr := ids[s[i:]]
			if okl && okr {
				all = append(all, merge{l: l, r: r, score: p.score})
			}
		}
		local := all[start:]
		sort.Slice(local, func(i, j int) bool {
			if local[i].l != local[j].l {
				return local[i].l < local[j].l
			}
			return local[i].r < local[j].r
		})
	}
	for i := range all {
		all[i].order = i
	}
	sort.SliceStable(all, func(i, j int) bool {
		a, b := all[i], all[j]
		if a.score != b.score {
			return a.score > b.score
		}
		la, lb := len(pieces[a.l].piece), len(pieces[b.l].piece)
		if la != lb {
			return la > lb
		}
		return len(pieces[a.r].piece) > len(pieces[b.r].piece)
	})
	out := make([][2]int32, len(all))
	for i, m := range all {
		out[i] = [2]int32{m.l, m.r}
	}
	return out
}

var errTruncated = errors.New("truncated protobuf")

// pbReader walks protobuf wire format.
type pbReader struct {
	b   []byte
	pos int
}

func (r *pbReader) varint() (uint64, error) {
	v, n := binary.Uvarint(r.b[r.pos:])
	if n <= 0 {
		return 0, fmt.Errorf("offset %d: bad varint: %w", r.pos, errTruncated)
	}
	r.pos += n
	return v, nil
}

// field returns the next field number, wire type and, for length-delimited
// fields, the payload; fixed32 payloads come back as 4 bytes.
func (r *pbReader) field() (num int, wire int, payload []byte, val uint64, err error) {
	key, err := r.varint()
	if err != nil {
		return 0, 0, nil, 0, err
	}
	num, wire = int(key>>3), int(key&7)
	if num == 0 {
		return 0, 0, nil, 0, fmt.Errorf("offset %d: field number 0", r.pos)
	}
	switch wire {
	case 0:
		val, err = r.varint()
	case 1:
		if r.pos+8 > len(r.b) {
			return 0, 0, nil, 0, errTruncated
		}
		val = binary.LittleEndian.Uint64(r.b[r.pos:])
		r.pos += 8
	case 2:
		var n uint64
		if n, err = r.varint(); err != nil {
			break
		}
		if n > uint64(len(r.b)-r.pos) {
			return 0, 0, nil, 0, fmt.Errorf("offset %d: length %d past the end: %w", r.pos, n, errTruncated)
		}
		payload = r.b[r.pos : r.pos+int(n)]
		r.pos += int(n)
	case 5:
		if r.pos+4 > len(r.b) {
			return 0, 0, nil, 0, errTruncated
		}
		val = uint64(binary.LittleEndian.Uint32(r.b[r.pos:]))
		r.pos += 4
	default:
		return 0, 0, nil, 0, fmt.Errorf("offset %d: unsupported wire type %d", r.pos, wire)
	}
	return num, wire, payload, val, err
}

func parseModelProto(data []byte) (pieces []spPiece, modelType int, byteFallback bool, err error) {
	modelType = 1 // proto default: UNIGRAM
	r := &pbReader{b: data}
	for r.pos < len(r.b) {
		num, wire, payload, _, err := r.field()
		if err != nil {
			return nil, 0, false, err
		}
		switch {
		case num == 1 && wire == 2:
			p, err := parsePiece(payload)
			if err != nil {
				return nil, 0, false, fmt.Errorf("piece %d: %w", len(pieces), err)
			}
			pieces = append(pieces, p)
		case num == 2 && wire == 2:
			tr := &pbReader{b: payload}
			for tr.pos < len(tr.b) {
				n, w, _, v, err := tr.field()
				if err != nil {
					return nil, 0, false, fmt.Errorf("trainer_spec: %w", err)
				}
				switch {
				case n == 3 && w == 0:
					modelType = int(v)
				case n == 35 && w == 0:
					byteFallback = v != 0
				}
			}
		}
	}
	if len(pieces) == 0 {
		return nil, 0, false, errors.New("no pieces (not a SentencePiece model?)")
	}
	return pieces, modelType, byteFallback, nil
}

func parsePiece(b []byte) (spPiece, error) {
	p := spPiece{typ: spNormal}
	r := &pbReader{b: b}
	for r.pos < len(r.b) {
		num, wire, payload, val, err := r.field()
		if err != nil {
			return p, err
		}
		switch {
		case num == 1 && wire == 2:
			if !utf8.Valid(payload) {
				return p, fmt.Errorf("piece %q is not UTF-8", payload)
			}
			p.piece = string(payload)
		case num == 2 && wire == 5:
			p.score = math.Float32frombits(uint32(val))
		case num == 3 && wire == 0:
			if val < spNormal || val > spByte {
				return p, fmt.Errorf("piece %q: unknown type %d", p.piece, val)
			}
			p.typ = int(val)
		}
	}
	return p, nil
}
