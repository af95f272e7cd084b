package safetensors

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// The header and the shard index are decoded token by token rather than with
// json.Unmarshal into a map, because Unmarshal silently keeps the last of two
// duplicate keys, and a duplicate tensor name is exactly the kind of damage a
// loader must report rather than resolve by accident.

// errJSON marks syntax errors, as opposed to well-formed JSON of the wrong
// shape.
var errJSON = errors.New("invalid JSON")

func newDecoder(b []byte) *json.Decoder {
	d := json.NewDecoder(bytes.NewReader(b))
	d.UseNumber()
	return d
}

// describe names a token's JSON kind for error messages.
func describe(tok json.Token) string {
	switch v := tok.(type) {
	case json.Delim:
		switch v {
		case '{':
			return "an object"
		case '[':
			return "an array"
		}
		return "'" + v.String() + "'"
	case string:
		return "a string"
	case json.Number:
		return "a number"
	case bool:
		return "a boolean"
	case nil:
		return "null"
	}
	return fmt.Sprintf("%T", tok)
}

// token reads one token, turning a premature end into a clear error.
func token(d *json.Decoder) (json.Token, error) {
	tok, err := d.Token()
	if errors.Is(err, io.EOF) {
		err = io.ErrUnexpectedEOF
	}
	if err != nil {
		return nil, fmt.Errorf("%w: %w", errJSON, err)
	}
	return tok, nil
}

func expectDelim(d *json.Decoder, want json.Delim, what string) error {
	tok, err := token(d)
	if err != nil {
		return err
	}
	if tok != want {
		name := "an object"
		if want == '[' {
			name = "an array"
		}
		return fmt.Errorf("%s is %s, want %s", what, describe(tok), name)
	}
	return nil
}

// walkObject reads an object whose opening '{' the caller has not yet
// consumed, calling fn for each key; fn must consume the value. Duplicate keys
// are an error.
func walkObject(d *json.Decoder, what string, fn func(key string) error) error {
	if err := expectDelim(d, '{', what); err != nil {
		return err
	}
	seen := make(map[string]struct{})
	for d.More() {
		tok, err := token(d)
		if err != nil {
			return err
		}
		key, ok := tok.(string)
		if !ok {
			return fmt.Errorf("%s: key is %s", what, describe(tok))
		}
		if _, dup := seen[key]; dup {
			return &dupKeyError{what, key}
		}
		seen[key] = struct{}{}
		if err := fn(key); err != nil {
			return err
		}
	}
	_, err := token(d) // the closing '}'; the decoder has checked it matches
	return err
}

type dupKeyError struct{ what, key string }

func (e *dupKeyError) Error() string { return fmt.Sprintf("%s: duplicate key %q", e.what, e.key) }

// skipValue consumes one value of any kind.
func skipValue(d *json.Decoder) error {
	var raw json.RawMessage
	err := d.Decode(&raw)
	if errors.Is(err, io.EOF) {
		err = io.ErrUnexpectedEOF
	}
	if err != nil {
		return fmt.Errorf("%w: %w", errJSON, err)
	}
	return nil
}

func readString(d *json.Decoder, what string) (string, error) {
	tok, err := token(d)
	if err != nil {
		return "", err
	}
	s, ok := tok.(string)
	if !ok {
		return "", fmt.Errorf("%s is %s, want a string", what, describe(tok))
	}
	return s, nil
}

// readUints reads an array of non-negative integers that each fit in max.
func readUints(d *json.Decoder, what string, max uint64) ([]uint64, error) {
	if err := expectDelim(d, '[', what); err != nil {
		return nil, err
	}
	var out []uint64
	for d.More() {
		tok, err := token(d)
		if err != nil {
			return nil, err
		}
		n, ok := tok.(json.Number)
		if !ok {
			return nil, fmt.Errorf("%s[%d] is %s, want an integer", what, len(out), describe(tok))
		}
		if strings.HasPrefix(string(n), "-") {
			return nil, fmt.Errorf("%s[%d] is negative (%s)", what, len(out), n)
		}
		v, err := strconv.ParseUint(string(n), 10, 64)
		if err != nil || v > max {
			return nil, fmt.Errorf("%s[%d] = %s is not an integer in [0, %d]", what, len(out), n, max)
		}
		out = append(out, v)
	}
	_, err := token(d)
	return out, err
}

// expectEnd checks that nothing but whitespace follows the top-level value.
func expectEnd(d *json.Decoder) error {
	tok, err := d.Token()
	if errors.Is(err, io.EOF) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("after the JSON object: %w: %w", errJSON, err)
	}
	return fmt.Errorf("after the JSON object: found %s", describe(tok))
}

// readStringMap reads an object of string values. Non-string values are kept
// as their JSON text when lenient is set, because HF index files store
// total_size as a number; the safetensors header requires strings.
func readStringMap(d *json.Decoder, what string, lenient bool) (map[string]string, error) {
	m := make(map[string]string)
	err := walkObject(d, what, func(key string) error {
		if !lenient {
			s, err := readString(d, fmt.Sprintf("%s[%q]", what, key))
			m[key] = s
			return err
		}
		var raw json.RawMessage
		if err := d.Decode(&raw); err != nil {
			return fmt.Errorf("%w: %w", errJSON, err)
		}
		var s string
		if json.Unmarshal(raw, &s) == nil {
			m[key] = s
		} else {
			m[key] = string(raw)
		}
		return nil
	})
	return m, err
}
