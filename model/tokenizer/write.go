package tokenizer

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"path/filepath"
	"unicode/utf8"

	"github.com/gemma-bench/gemma-bench/internal/atomicfile"
)

// WriteFiles writes tokenizer.json (HF format, loadable by HF tokenizers and
// by Load) and tokenizer_config.json into dir, which must exist. Files are
// written to a temporary name and renamed, so a reader never sees half a
// file.
func (t *Tokenizer) WriteFiles(dir string) error {
	if t.src == nil {
		return fmt.Errorf("tokenizer: WriteFiles: no source description")
	}
	var buf bytes.Buffer
	if err := t.writeJSON(&buf); err != nil {
		return err
	}
	if err := atomicfile.WriteFile(filepath.Join(dir, "tokenizer.json"), buf.Bytes()); err != nil {
		return err
	}
	s := t.specials
	cfg := map[string]any{
		"add_bos_token":                 s.AddBOS,
		"add_eos_token":                 false,
		"bos_token":                     t.Piece(s.BOS),
		"eos_token":                     t.Piece(s.EOS),
		"pad_token":                     t.Piece(s.Pad),
		"unk_token":                     t.Piece(s.Unk),
		"clean_up_tokenization_spaces":  false,
		"model_max_length":              1 << 20,
		"tokenizer_class":               "GemmaTokenizer",
		"padding_side":                  "left",
		"spaces_between_special_tokens": false,
	}
	data, err := json.MarshalIndent(cfg, "", "  ")
	if err != nil {
		return err
	}
	return atomicfile.WriteFile(filepath.Join(dir, "tokenizer_config.json"), append(data, '\n'))
}

// writeJSON emits the tokenizer.json layout that HF tokenizers writes for
// Gemma, with vocab in id order and merges as [left, right] pairs.
func (t *Tokenizer) writeJSON(out *bytes.Buffer) error {
	w := bufio.NewWriter(out)
	var sbuf []byte
	str := func(s string) {
		sbuf = appendJSONString(sbuf[:0], s)
		w.Write(sbuf)
	}
	sp := t.src
	bosPiece := t.Piece(t.specials.BOS)
	w.WriteString("{\n  \"version\": \"1.0\",\n  \"truncation\": null,\n  \"padding\": null,\n  \"added_tokens\": [")
	for i, a := range sp.added {
		if i > 0 {
			w.WriteString(",")
		}
		w.WriteString("\n    {\"id\": ")
		fmt.Fprint(w, a.ID)
		w.WriteString(", \"content\": ")
		str(a.Content)
		fmt.Fprintf(w, ", \"single_word\": false, \"lstrip\": false, \"rstrip\": false, \"normalized\": %v, \"special\": %v}", a.Normalized, a.Special)
	}
	w.WriteString("\n  ],\n")
	w.WriteString(`  "normalizer": {"type": "Replace", "pattern": {"String": " "}, "content": "▁"},
  "pre_tokenizer": {"type": "Split", "pattern": {"String": " "}, "behavior": "MergedWithPrevious", "invert": false},
`)
	if t.specials.AddBOS && bosPiece != "" {
		w.WriteString(`  "post_processor": {"type": "TemplateProcessing", "single": [{"SpecialToken": {"id": `)
		str(bosPiece)
		w.WriteString(`, "type_id": 0}}, {"Sequence": {"id": "A", "type_id": 0}}], "pair": [{"SpecialToken": {"id": `)
		str(bosPiece)
		w.WriteString(`, "type_id": 0}}, {"Sequence": {"id": "A", "type_id": 0}}, {"SpecialToken": {"id": `)
		str(bosPiece)
		w.WriteString(`, "type_id": 1}}, {"Sequence": {"id": "B", "type_id": 1}}], "special_tokens": {`)
		str(bosPiece)
		w.WriteString(`: {"id": `)
		str(bosPiece)
		fmt.Fprintf(w, `, "ids": [%d], "tokens": [`, t.specials.BOS)
		str(bosPiece)
		w.WriteString("]}}},\n")
	} else {
		w.WriteString("  \"post_processor\": null,\n")
	}
	w.WriteString(`  "decoder": {"type": "Sequence", "decoders": [{"type": "Replace", "pattern": {"String": "▁"}, "content": " "}, {"type": "ByteFallback"}, {"type": "Fuse"}]},
  "model": {
    "type": "BPE",
    "dropout": null,
    "unk_token": `)
	if sp.unk == "" {
		w.WriteString("null")
	} else {
		str(sp.unk)
	}
	fmt.Fprintf(w, ",\n    \"continuing_subword_prefix\": null,\n    \"end_of_word_suffix\": null,\n    \"fuse_unk\": %v,\n    \"byte_fallback\": %v,\n    \"ignore_merges\": false,\n    \"vocab\": {", sp.fuseUnk, sp.byteFallback)
	first := true
	for id, p := range sp.pieces {
		if p == "" {
			continue
		}
		if !first {
			w.WriteString(",")
		}
		first = false
		w.WriteString("\n      ")
		str(p)
		fmt.Fprintf(w, ": %d", id)
	}
	w.WriteString("\n    },\n    \"merges\": [")
	for i, m := range sp.merges {
		if i > 0 {
			w.WriteString(",")
		}
		w.WriteString("\n      [")
		str(sp.pieces[m[0]])
		w.WriteString(", ")
		str(sp.pieces[m[1]])
		w.WriteString("]")
	}
	w.WriteString("\n    ]\n  }\n}\n")
	return w.Flush()
}

// appendJSONString quotes s as HF writes it: only '"', '\\' and control
// characters escaped, everything else (<, >, ▁, emoji) literal.
func appendJSONString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	for _, r := range s { // invalid bytes come out as U+FFFD
		switch {
		case r == '"' || r == '\\':
			b = append(b, '\\', byte(r))
		case r == '\n':
			b = append(b, '\\', 'n')
		case r == '\t':
			b = append(b, '\\', 't')
		case r == '\r':
			b = append(b, '\\', 'r')
		case r < 0x20:
			b = append(b, '\\', 'u', '0', '0', hex[r>>4], hex[r&15])
		default:
			b = utf8.AppendRune(b, r)
		}
	}
	return append(b, '"')
}
