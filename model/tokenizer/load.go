package tokenizer

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// Load reads the tokenizer of a checkpoint directory: tokenizer.json when
// present, else tokenizer.model; then the special ids from
// tokenizer_config.json, special_tokens_map.json and generation_config.json
// when those exist.
func Load(dir string) (*Tokenizer, error) {
	var t *Tokenizer
	var err error
	jsonPath := filepath.Join(dir, "tokenizer.json")
	modelPath := filepath.Join(dir, "tokenizer.model")
	switch {
	case exists(jsonPath):
		t, err = LoadJSON(jsonPath)
	case exists(modelPath):
		t, err = LoadModel(modelPath)
	default:
		return nil, fmt.Errorf("%s: no tokenizer.json or tokenizer.model", dir)
	}
	if err != nil {
		return nil, err
	}
	if err := t.applyConfigs(dir); err != nil {
		return nil, err
	}
	return t, nil
}

func exists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}

// tokenValue is a special token as tokenizer_config.json writes it: a plain
// string or an AddedToken object.
type tokenValue string

func (v *tokenValue) UnmarshalJSON(b []byte) error {
	var s *string
	if err := json.Unmarshal(b, &s); err == nil {
		if s != nil {
			*v = tokenValue(*s)
		}
		return nil
	}
	var obj struct {
		Content string `json:"content"`
	}
	if err := json.Unmarshal(b, &obj); err != nil {
		return fmt.Errorf("special token: want a string or {\"content\": …}: %w", err)
	}
	*v = tokenValue(obj.Content)
	return nil
}

type tokenizerConfig struct {
	BOS          tokenValue `json:"bos_token"`
	EOS          tokenValue `json:"eos_token"`
	Pad          tokenValue `json:"pad_token"`
	Unk          tokenValue `json:"unk_token"`
	AddBOS       *bool      `json:"add_bos_token"`
	ChatTemplate any        `json:"chat_template"`
}

// idList is generation_config.json's eos_token_id: an int or a list.
type idList []int

func (l *idList) UnmarshalJSON(b []byte) error {
	var one *int
	if err := json.Unmarshal(b, &one); err == nil {
		if one != nil {
			*l = idList{*one}
		}
		return nil
	}
	var many []int
	if err := json.Unmarshal(b, &many); err != nil {
		return fmt.Errorf("want an id or a list of ids: %w", err)
	}
	*l = many
	return nil
}

type generationConfig struct {
	BOS *int   `json:"bos_token_id"`
	EOS idList `json:"eos_token_id"`
	Pad *int   `json:"pad_token_id"`
}

// applyConfigs reads the optional config files of dir into t.specials.
func (t *Tokenizer) applyConfigs(dir string) error {
	s := &t.specials
	tokenID := func(file, field string, v tokenValue, dst *int) error {
		if v == "" {
			return nil
		}
		id, ok := t.ID(string(v))
		if !ok {
			return fmt.Errorf("%s: %s %q is not in the vocabulary", file, field, v)
		}
		*dst = id
		return nil
	}
	configEOS := false
	for _, name := range []string{"special_tokens_map.json", "tokenizer_config.json"} {
		p := filepath.Join(dir, name)
		var c tokenizerConfig
		if ok, err := readJSON(p, &c); err != nil {
			return err
		} else if !ok {
			continue
		}
		for _, f := range []struct {
			field string
			v     tokenValue
			dst   *int
		}{{"bos_token", c.BOS, &s.BOS}, {"eos_token", c.EOS, &s.EOS}, {"pad_token", c.Pad, &s.Pad}, {"unk_token", c.Unk, &s.Unk}} {
			if err := tokenID(p, f.field, f.v, f.dst); err != nil {
				return err
			}
		}
		if c.EOS != "" {
			configEOS = true
		}
		if c.AddBOS != nil {
			s.AddBOS = *c.AddBOS
		}
		if tmpl, ok := c.ChatTemplate.(string); ok {
			t.chatTmpl = tmpl
		}
	}
	if configEOS {
		s.StopIDs = []int{s.EOS}
	}
	p := filepath.Join(dir, "generation_config.json")
	var g generationConfig
	ok, err := readJSON(p, &g)
	if err != nil {
		return err
	}
	if ok {
		for _, id := range g.EOS {
			if id < 0 || id >= t.VocabSize() {
				return fmt.Errorf("%s: eos_token_id %d out of range [0, %d)", p, id, t.VocabSize())
			}
		}
		if len(g.EOS) > 0 {
			s.StopIDs = append([]int(nil), g.EOS...)
		}
		if g.BOS != nil && *g.BOS >= 0 && *g.BOS < t.VocabSize() {
			s.BOS = *g.BOS
		}
		if g.Pad != nil && *g.Pad >= 0 && *g.Pad < t.VocabSize() {
			s.Pad = *g.Pad
		}
	}
	if s.EOS >= 0 && !contains(s.StopIDs, s.EOS) {
		s.StopIDs = append(s.StopIDs, s.EOS)
	}
	return nil
}

func contains(l []int, v int) bool {
	for _, x := range l {
		if x == v {
			return true
		}
	}
	return false
}

// readJSON decodes the file at p into v; a missing file is not an error.
func readJSON(p string, v any) (bool, error) {
	data, err := os.ReadFile(p)
	if errors.Is(err, fs.ErrNotExist) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	if err := json.Unmarshal(data, v); err != nil {
		return false, fmt.Errorf("%s: %w", p, err)
	}
	return true, nil
}
