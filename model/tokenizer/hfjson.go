package tokenizer

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
)

// LoadJSON reads a Hugging Face tokenizer.json. Only the pipeline Gemma
// ships is accepted (normaliser Replace " "→"▁", pre-tokeniser absent or
// Split " " MergedWithPrevious, BPE with byte fallback, decoder
// Replace/ByteFallback/Fuse); anything else is an error naming the part,
// rather than ids that silently differ from HF.
//
// Special ids come from the file alone; Load also reads the config files.
func LoadJSON(path string) (*Tokenizer, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return ParseJSON(path, data)
}

// ParseJSON is LoadJSON on bytes already read; name is used in errors.
func ParseJSON(name string, data []byte) (*Tokenizer, error) {
	sp, addBOS, err := parseHFJSON(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	t, err := build(name, sp)
	if err != nil {
		return nil, err
	}
	t.specials.AddBOS = addBOS
	return t, nil
}

func parseHFJSON(data []byte) (sp *spec, addBOS bool, err error) {
	s := &scanner{buf: data}
	sp = &spec{}
	seen := map[string]bool{}
	err = s.object(func(key string) error {
		seen[key] = true
		if key == "model" {
			if err := parseBPEModel(s, sp); err != nil {
				return fmt.Errorf("model: %w", err)
			}
			return nil
		}
		raw, err := s.skipValue()
		if err != nil {
			return fmt.Errorf("%s: %w", key, err)
		}
		switch key {
		case "added_tokens":
			if err := json.Unmarshal(raw, &sp.added); err != nil {
				return fmt.Errorf("added_tokens: %w", err)
			}
		case "normalizer":
			err = checkNormalizer(raw)
		case "pre_tokenizer":
			err = checkPreTokenizer(raw)
		case "decoder":
			err = checkDecoder(raw)
		case "post_processor":
			addBOS, err = postProcessorAddsBOS(raw)
		}
		if err != nil {
			return fmt.Errorf("%s: %w", key, err)
		}
		return nil
	})
	if err != nil {
		return nil, false, err
	}
	if s.ws(); s.pos != len(data) {
		return nil, false, s.errorf("data after the top-level object")
	}
	for _, k := range []string{"model", "normalizer", "decoder"} {
		if !seen[k] {
			return nil, false, fmt.Errorf("no %q member", k)
		}
	}
	if len(sp.pieces) == 0 {
		return nil, false, fmt.Errorf("model: empty vocab")
	}
	return sp, addBOS, nil
}

func parseBPEModel(s *scanner, sp *spec) error {
	var typ string
	var mergeStrs [][2]string
	err := s.object(func(key string) error {
		switch key {
		case "vocab":
			return parseVocab(s, sp)
		case "merges":
			var err error
			mergeStrs, err = parseMerges(s)
			return err
		}
		raw, err := s.skipValue()
		if err != nil {
			return fmt.Errorf("%s: %w", key, err)
		}
		switch key {
		case "type":
			err = json.Unmarshal(raw, &typ)
		case "unk_token":
			var u *string
			if err = json.Unmarshal(raw, &u); err == nil && u != nil {
				sp.unk = *u
			}
		case "byte_fallback":
			err = json.Unmarshal(raw, &sp.byteFallback)
		case "fuse_unk":
			err = json.Unmarshal(raw, &sp.fuseUnk)
		case "dropout":
			var d *float64
			if err = json.Unmarshal(raw, &d); err == nil && d != nil && *d != 0 {
				err = fmt.Errorf("BPE dropout %v is not supported", *d)
			}
		case "ignore_merges":
			var b bool
			if err = json.Unmarshal(raw, &b); err == nil && b {
				err = fmt.Errorf("ignore_merges=true is not supported")
			}
		case "continuing_subword_prefix", "end_of_word_suffix":
			var p *string
			if err = json.Unmarshal(raw, &p); err == nil && p != nil && *p != "" {
				err = fmt.Errorf("%s %q is not supported", key, *p)
			}
		}
		if err != nil {
			return fmt.Errorf("%s: %w", key, err)
		}
		return nil
	})
	if err != nil {
		return err
	}
	if typ != "BPE" {
		return fmt.Errorf("type %q: only BPE is supported", typ)
	}
	ids := make(map[string]int32, len(sp.pieces))
	for id, p := range sp.pieces {
		if p != "" {
			ids[p] = int32(id)
		}
	}
	sp.merges = make([][2]int32, len(mergeStrs))
	for i, m := range mergeStrs {
		a, ok1 := ids[m[0]]
		b, ok2 := ids[m[1]]
		if !ok1 || !ok2 {
			return fmt.Errorf("merges[%d] (%q %q): piece not in vocab", i, m[0], m[1])
		}
		sp.merges[i] = [2]int32{a, b}
	}
	return nil
}

func parseVocab(s *scanner, sp *spec) error {
	sp.pieces = make([]string, 0, 1<<16)
	return s.object(func(key string) error {
		id, err := s.int()
		if err != nil {
			return fmt.Errorf("vocab %q: %w", key, err)
		}
		if id >= maxVocab {
			return fmt.Errorf("vocab %q: id %d out of range", key, id)
		}
		if key == "" {
			return fmt.Errorf("vocab: empty piece (id %d)", id)
		}
		for len(sp.pieces) <= id {
			sp.pieces = append(sp.pieces, "")
		}
		if sp.pieces[id] != "" {
			return fmt.Errorf("vocab: id %d given to %q and %q", id, sp.pieces[id], key)
		}
		sp.pieces[id] = key
		return nil
	})
}

// parseMerges accepts both layouts HF writes: ["a b", …] and [["a","b"], …].
func parseMerges(s *scanner) ([][2]string, error) {
	out := make([][2]string, 0, 1<<16)
	err := s.array(func() error {
		c, err := s.peek()
		if err != nil {
			return err
		}
		if c == '"' {
			b, err := s.str()
			if err != nil {
				return err
			}
			i := bytes.IndexByte(b, ' ')
			if i < 0 || bytes.IndexByte(b[i+1:], ' ') >= 0 {
				return fmt.Errorf("merges[%d]: %q is not two pieces", len(out), b)
			}
			out = append(out, [2]string{string(b[:i]), string(b[i+1:])})
			return nil
		}
		var pair [2]string
		k := 0
		err = s.array(func() error {
			b, err := s.str()
			if err != nil {
				return err
			}
			if k < 2 {
				pair[k] = string(b)
			}
			k++
			return nil
		})
		if err != nil {
			return fmt.Errorf("merges[%d]: %w", len(out), err)
		}
		if k != 2 {
			return fmt.Errorf("merges[%d]: %d pieces, want 2", len(out), k)
		}
		out = append(out, pair)
		return nil
	})
	return out, err
}

// component is the shape shared by normalizers, pre-tokenizers and decoders.
type component struct {
	Type     string      `json:"type"`
	Pattern  *pattern    `json:"pattern"`
	Content  string      `json:"content"`
	Behavior string      `json:"behavior"`
	Invert   bool        `json:"invert"`
	Items    []component `json:"normalizers"`
	PreToks  []component `json:"pretokenizers"`
	Decoders []component `json:"decoders"`
}

type pattern struct {
	String *string `json:"String"`
	Regex  *string `json:"Regex"`
}

func (c component) isReplace(from, to string) bool {
	return c.Type == "Replace" && c.Pattern != nil && c.Pattern.String != nil &&
		*c.Pattern.String == from && c.Content == to
}

func checkNormalizer(raw []byte) error {
	var c *component
	if err := json.Unmarshal(raw, &c); err != nil {
		return err
	}
	if c != nil && c.Type == "Sequence" && len(c.Items) == 1 {
		c = &c.Items[0]
	}
	if c == nil || !c.isReplace(" ", spaceMark) {
		return fmt.Errorf("unsupported normalizer %s: want Replace \" \" → \"▁\" (Gemma)", raw)
	}
	return nil
}

func checkPreTokenizer(raw []byte) error {
	var c *component
	if err := json.Unmarshal(raw, &c); err != nil {
		return err
	}
	if c == nil {
		return nil
	}
	// After the normaliser there are no spaces left, so Gemma's split on " "
	// never fires.
	if c.Type == "Split" && c.Pattern != nil && c.Pattern.String != nil &&
		*c.Pattern.String == " " && c.Behavior == "MergedWithPrevious" && !c.Invert {
		return nil
	}
	return fmt.Errorf("unsupported pre_tokenizer %s", raw)
}

func checkDecoder(raw []byte) error {
	var c *component
	if err := json.Unmarshal(raw, &c); err != nil {
		return err
	}
	if c != nil && c.Type == "Sequence" && len(c.Decoders) == 3 &&
		c.Decoders[0].isReplace(spaceMark, " ") &&
		c.Decoders[1].Type == "ByteFallback" && c.Decoders[2].Type == "Fuse" {
		return nil
	}
	return fmt.Errorf("unsupported decoder %s: want Sequence[Replace ▁→\" \", ByteFallback, Fuse]", raw)
}

// postProcessorAddsBOS reports whether the single-sequence template starts
// with a special token (Gemma's <bos>).
func postProcessorAddsBOS(raw []byte) (bool, error) {
	var p *struct {
		Type   string `json:"type"`
		Single []struct {
			SpecialToken *struct {
				ID string `json:"id"`
			} `json:"SpecialToken"`
		} `json:"single"`
	}
	if err := json.Unmarshal(raw, &p); err != nil {
		return false, err
	}
	if p == nil || p.Type != "TemplateProcessing" {
		return false, nil
	}
	return len(p.Single) > 0 && p.Single[0].SpecialToken != nil, nil
}
