package tasks

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"unicode/utf8"
)

// record is one JSONL line, decoded with numbers kept as their source text so
// that a template prints exactly what the file says.
type record struct {
	fields map[string]any
	pos    string // file:line
	key    string // canonical content (sorted-key JSON), for shot exclusion
}

// readJSONL reads every line of path as one JSON object. A blank line, a
// value that is not an object, or trailing data is an error naming
// file:line; nothing is skipped.
func readJSONL(path string) ([]record, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err // the caller adds the package prefix
	}
	defer f.Close()
	br := bufio.NewReader(f)
	var out []record
	for line := 1; ; line++ {
		b, err := br.ReadBytes('\n')
		if len(b) == 0 && err == io.EOF {
			break
		}
		if err != nil && err != io.EOF {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		b = bytes.TrimSuffix(bytes.TrimSuffix(b, []byte("\n")), []byte("\r"))
		r, perr := parseRecord(b)
		if perr != nil {
			return nil, dataErr(at(path, line), "%v", perr)
		}
		r.pos = at(path, line)
		out = append(out, r)
		if err == io.EOF {
			break
		}
	}
	if len(out) == 0 {
		return nil, dataErr(at(path, 1), "no records")
	}
	return out, nil
}

func parseRecord(b []byte) (record, error) {
	if len(bytes.TrimSpace(b)) == 0 {
		return record{}, errors.New("blank line")
	}
	if !utf8.Valid(b) {
		// encoding/json would turn the bytes into U+FFFD without a word.
		return record{}, errors.New("not valid UTF-8")
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return record{}, fmt.Errorf("bad JSON: %w", err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return record{}, errors.New("bad JSON: data after the object")
	}
	m, ok := v.(map[string]any)
	if !ok {
		return record{}, fmt.Errorf("bad JSON: want an object, got %s", jsonKind(v))
	}
	key, err := json.Marshal(m) // map keys marshal sorted: a canonical form
	if err != nil {
		return record{}, err
	}
	return record{fields: m, key: string(key)}, nil
}

func jsonKind(v any) string {
	switch v.(type) {
	case nil:
		return "null"
	case string:
		return "a string"
	case json.Number:
		return "a number"
	case bool:
		return "a boolean"
	case []any:
		return "an array"
	case map[string]any:
		return "an object"
	}
	return fmt.Sprintf("%T", v)
}

// lookup follows a dotted path ("choices.text", "endings.0") through objects
// and arrays.
func lookup(doc map[string]any, path string) (any, error) {
	var cur any = doc
	for part := range strings.SplitSeq(path, ".") {
		switch c := cur.(type) {
		case map[string]any:
			v, ok := c[part]
			if !ok {
				return nil, fmt.Errorf("missing field %q", path)
			}
			cur = v
		case []any:
			i, err := strconv.Atoi(part)
			if err != nil || i < 0 || i >= len(c) {
				return nil, fmt.Errorf("field %q: no element %q in an array of %d", path, part, len(c))
			}
			cur = c[i]
		default:
			return nil, fmt.Errorf("field %q: %s has no member %q", path, jsonKind(cur), part)
		}
	}
	return cur, nil
}

// scalarText prints a scalar the way lm-eval's Jinja rendering of a Python
// value would: strings verbatim, numbers as written, booleans as True/False.
func scalarText(path string, v any) (string, error) {
	switch x := v.(type) {
	case string:
		return x, nil
	case json.Number:
		return x.String(), nil
	case bool:
		if x {
			return "True", nil
		}
		return "False", nil
	}
	return "", fmt.Errorf("field %q is %s, want a string or number", path, jsonKind(v))
}

// lookupString is lookup plus scalarText.
func lookupString(doc map[string]any, path string) (string, error) {
	v, err := lookup(doc, path)
	if err != nil {
		return "", err
	}
	return scalarText(path, v)
}

// lookupStrings reads a field that holds an array of strings.
func lookupStrings(doc map[string]any, path string) ([]string, error) {
	v, err := lookup(doc, path)
	if err != nil {
		return nil, err
	}
	arr, ok := v.([]any)
	if !ok {
		return nil, fmt.Errorf("field %q is %s, want an array of strings", path, jsonKind(v))
	}
	out := make([]string, len(arr))
	for i, e := range arr {
		s, ok := e.(string)
		if !ok {
			return nil, fmt.Errorf("field %q element %d is %s, want a string", path, i, jsonKind(e))
		}
		out[i] = s
	}
	return out, nil
}

// template is a parsed "{{field}}" template: literal text and field paths
// alternate. Deliberately not Jinja: substitution only, no expressions, so a
// spec is data and cannot run code.
type template struct {
	lits  []string // len(paths)+1 literals
	paths []string
}

// parseTemplate splits s at {{ path }} markers. Spaces inside the braces are
// allowed; a path is letters, digits, '_' and '.'.
func parseTemplate(s string) (template, error) {
	var t template
	rest := s
	for {
		i := strings.Index(rest, "{{")
		if i < 0 {
			t.lits = append(t.lits, rest)
			return t, nil
		}
		j := strings.Index(rest[i:], "}}")
		if j < 0 {
			return template{}, fmt.Errorf("template %q: unclosed {{", s)
		}
		path := strings.TrimSpace(rest[i+2 : i+j])
		if path == "" || strings.Trim(path, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.") != "" {
			return template{}, fmt.Errorf("template %q: {{%s}} is not a field path (no Jinja expressions)", s, rest[i+2:i+j])
		}
		t.lits = append(t.lits, rest[:i])
		t.paths = append(t.paths, path)
		rest = rest[i+j+2:]
	}
}

// render fills the template from a record.
func (t template) render(doc map[string]any) (string, error) {
	var b strings.Builder
	for i, p := range t.paths {
		b.WriteString(t.lits[i])
		s, err := lookupString(doc, p)
		if err != nil {
			return "", err
		}
		b.WriteString(s)
	}
	b.WriteString(t.lits[len(t.lits)-1])
	return b.String(), nil
}
