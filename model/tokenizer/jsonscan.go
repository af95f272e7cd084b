package tokenizer

import (
	"errors"
	"fmt"
	"strconv"
	"unicode/utf16"
	"unicode/utf8"
)

// scanner is a minimal JSON reader for the two large members of
// tokenizer.json (model.vocab and model.merges, about 33 MB together for
// Gemma 3). encoding/json would decode them into interface values first;
// reading them directly keeps Load well under a second. Small members are
// cut out with skipValue and handed to encoding/json.
//
// Every method reports malformed or truncated input as an error carrying the
// byte offset; none panics.
type scanner struct {
	buf []byte
	pos int
	tmp []byte // scratch for strings with escapes
}

var errEOF = errors.New("unexpected end of input")

func (s *scanner) errorf(format string, args ...any) error {
	return fmt.Errorf("offset %d: %s", s.pos, fmt.Sprintf(format, args...))
}

func (s *scanner) ws() {
	for s.pos < len(s.buf) {
		switch s.buf[s.pos] {
		case ' ', '\t', '\n', '\r':
			s.pos++
		default:
			return
		}
	}
}

// peek returns the next non-space byte without consuming it.
func (s *scanner) peek() (byte, error) {
	s.ws()
	if s.pos >= len(s.buf) {
		return 0, s.errorf("%v", errEOF)
	}
	return s.buf[s.pos], nil
}

func (s *scanner) expect(c byte) error {
	got, err := s.peek()
	if err != nil {
		return err
	}
	if got != c {
		return s.errorf("want %q, got %q", c, got)
	}
	s.pos++
	return nil
}

// more reports whether another element follows in an object or array,
// consuming the separating comma or the closing bracket.
func (s *scanner) more(closing byte, first bool) (bool, error) {
	c, err := s.peek()
	if err != nil {
		return false, err
	}
	if c == closing {
		s.pos++
		return false, nil
	}
	if first {
		return true, nil
	}
	if c != ',' {
		return false, s.errorf("want ',' or %q, got %q", closing, c)
	}
	s.pos++
	return true, nil
}

// str reads a JSON string. The result aliases the input when the string has
// no escapes; callers that keep it must copy it (string(b) does).
func (s *scanner) str() ([]byte, error) {
	if err := s.expect('"'); err != nil {
		return nil, err
	}
	start := s.pos
	for s.pos < len(s.buf) {
		c := s.buf[s.pos]
		if c == '"' {
			b := s.buf[start:s.pos]
			s.pos++
			return b, nil
		}
		if c == '\\' {
			return s.strEscaped(start)
		}
		if c < 0x20 {
			return nil, s.errorf("control byte %#x in string", c)
		}
		s.pos++
	}
	return nil, s.errorf("%v in string", errEOF)
}

func (s *scanner) strEscaped(start int) ([]byte, error) {
	out := append(s.tmp[:0], s.buf[start:s.pos]...)
	for s.pos < len(s.buf) {
		c := s.buf[s.pos]
		switch {
		case c == '"':
			s.pos++
			s.tmp = out
			return out, nil
		case c < 0x20:
			return nil, s.errorf("control byte %#x in string", c)
		case c != '\\':
			out = append(out, c)
			s.pos++
			continue
		}
		if s.pos+1 >= len(s.buf) {
			return nil, s.errorf("%v in escape", errEOF)
		}
		e := s.buf[s.pos+1]
		s.pos += 2
		switch e {
		case '"', '\\', '/':
			out = append(out, e)
		case 'b':
			out = append(out, '\b')
		case 'f':
			out = append(out, '\f')
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 't':
			out = append(out, '\t')
		case 'u':
			r, err := s.hex4()
			if err != nil {
				return nil, err
			}
			if utf16.IsSurrogate(r) {
				r2 := rune(utf8.RuneError)
				if s.pos+1 < len(s.buf) && s.buf[s.pos] == '\\' && s.buf[s.pos+1] == 'u' {
					save := s.pos
					s.pos += 2
					lo, err := s.hex4()
					if err != nil {
						return nil, err
					}
					if d := utf16.DecodeRune(r, lo); d != utf8.RuneError {
						r2 = d
					} else {
						s.pos = save
					}
				}
				r = r2
			}
			out = utf8.AppendRune(out, r)
		default:
			return nil, s.errorf("bad escape \\%c", e)
		}
	}
	return nil, s.errorf("%v in string", errEOF)
}

func (s *scanner) hex4() (rune, error) {
	if s.pos+4 > len(s.buf) {
		return 0, s.errorf("%v in \\u escape", errEOF)
	}
	v, err := strconv.ParseUint(string(s.buf[s.pos:s.pos+4]), 16, 16)
	if err != nil {
		return 0, s.errorf("bad \\u escape %q", s.buf[s.pos:s.pos+4])
	}
	s.pos += 4
	return rune(v), nil
}

// int reads a non-negative integer that fits in int32.
func (s *scanner) int() (int, error) {
	s.ws()
	start := s.pos
	v := 0
	for s.pos < len(s.buf) && s.buf[s.pos] >= '0' && s.buf[s.pos] <= '9' {
		v = v*10 + int(s.buf[s.pos]-'0')
		if v > 1<<31-1 {
			return 0, s.errorf("integer out of range")
		}
		s.pos++
	}
	if s.pos == start {
		if s.pos >= len(s.buf) {
			return 0, s.errorf("%v, want integer", errEOF)
		}
		return 0, s.errorf("want non-negative integer, got %q", s.buf[s.pos])
	}
	if s.pos < len(s.buf) && (s.buf[s.pos] == '.' || s.buf[s.pos] == 'e' || s.buf[s.pos] == 'E') {
		return 0, s.errorf("want integer, got a fraction")
	}
	return v, nil
}

// skipValue consumes one JSON value and returns its raw bytes. Nesting is
// tracked iteratively, so deep input cannot exhaust the stack.
func (s *scanner) skipValue() ([]byte, error) {
	c, err := s.peek()
	if err != nil {
		return nil, err
	}
	start := s.pos
	depth := 0
	for {
		c, err = s.peek()
		if err != nil {
			return nil, err
		}
		switch c {
		case '{', '[':
			depth++
			s.pos++
		case '}', ']':
			depth--
			s.pos++
			if depth < 0 {
				return nil, s.errorf("unbalanced %q", c)
			}
		case '"':
			if _, err := s.str(); err != nil {
				return nil, err
			}
		case ',', ':':
			if depth == 0 {
				return nil, s.errorf("unexpected %q", c)
			}
			s.pos++
		default:
			// number, true, false, null: read up to a delimiter.
			n := s.pos
			for s.pos < len(s.buf) && !isDelim(s.buf[s.pos]) {
				s.pos++
			}
			if s.pos == n {
				return nil, s.errorf("unexpected %q", c)
			}
		}
		if depth == 0 {
			return s.buf[start:s.pos], nil
		}
	}
}

func isDelim(c byte) bool {
	switch c {
	case ' ', '\t', '\n', '\r', ',', ':', '{', '}', '[', ']', '"':
		return true
	}
	return false
}

// object calls fn for each member of an object; fn must consume the value.
func (s *scanner) object(fn func(key string) error) error {
	if err := s.expect('{'); err != nil {
		return err
	}
	for first := true; ; first = false {
		ok, err := s.more('}', first)
		if err != nil || !ok {
			return err
		}
		k, err := s.str()
		if err != nil {
			return err
		}
		key := string(k)
		if err := s.expect(':'); err != nil {
			return err
		}
		if err := fn(key); err != nil {
			return err
		}
	}
}

// array calls fn for each element of an array; fn must consume the element.
func (s *scanner) array(fn func() error) error {
	if err := s.expect('['); err != nil {
		return err
	}
	for first := true; ; first = false {
		ok, err := s.more(']', first)
		if err != nil || !ok {
			return err
		}
		if err := fn(); err != nil {
			return err
		}
	}
}
