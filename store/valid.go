package store

import (
	"errors"
	"fmt"
	"strings"
)

// ErrInvalid marks a run id or file name that fails ValidRunID or ValidName.
var ErrInvalid = errors.New("invalid")

// MaxNameLen bounds run ids and file names, in bytes. GCS object names may
// be 1024 bytes; a bucket prefix, a run id and a name must fit together.
const MaxNameLen = 200

// ValidRunID checks that id can name a run in every store: 1 to MaxNameLen
// bytes of slash-separated segments, each of [A-Za-z0-9._-], none empty,
// none starting with '.' (so no "." or ".." and no hidden files), and no
// leading or trailing slash. The rules keep a run id a plain relative path
// on every filesystem and the same object name in every bucket.
func ValidRunID(id string) error {
	if err := validPath(id); err != nil {
		return fmt.Errorf("run id %q: %w", id, err)
	}
	return nil
}

// ValidName checks a file name within a run by ValidRunID's rules.
func ValidName(name string) error {
	if err := validPath(name); err != nil {
		return fmt.Errorf("file name %q: %w", name, err)
	}
	return nil
}

func validPath(p string) error {
	switch {
	case p == "":
		return fmt.Errorf("%w: empty", ErrInvalid)
	case len(p) > MaxNameLen:
		return fmt.Errorf("%w: %d bytes, the limit is %d", ErrInvalid, len(p), MaxNameLen)
	case strings.HasPrefix(p, "/"):
		return fmt.Errorf("%w: starts with '/'", ErrInvalid)
	case strings.HasSuffix(p, "/"):
		return fmt.Errorf("%w: ends with '/'", ErrInvalid)
	}
	for seg := range strings.SplitSeq(p, "/") {
		if err := validSegment(seg); err != nil {
			return err
		}
	}
	return nil
}

func validSegment(seg string) error {
	if seg == "" {
		return fmt.Errorf("%w: empty segment", ErrInvalid)
	}
	if seg[0] == '.' {
		return fmt.Errorf("%w: segment %q starts with '.'", ErrInvalid, seg)
	}
	for i := 0; i < len(seg); i++ {
		if !segmentByte(seg[i]) {
			return fmt.Errorf("%w: byte %q in segment %q (allowed: A-Z a-z 0-9 . _ -)", ErrInvalid, seg[i], seg)
		}
	}
	return nil
}

func segmentByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '.' || c == '_' || c == '-'
}
