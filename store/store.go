// Package store keeps runs' files under run ids, in a local directory or
// behind a URL scheme (gs:// is store/gcs). A run is complete when its
// results.RecordFile is present: PutRun uploads it last, so a reader that
// lists runs never sees a half-uploaded one.
//
// This package links no cloud client. A backend registers its scheme from
// its own package's init (Register), and only the binaries that import that
// package can open such URLs: the GCS client alone is tens of megabytes.
package store

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"slices"
	"strings"
	"sync"
)

// Store holds runs' files under run ids.
type Store interface {
	// Put stores one file of a run. It is idempotent: when the object
	// already holds the same bytes Put succeeds, when it holds different
	// bytes Put fails with ErrConflict and leaves it alone. A partial
	// object is never visible under the final name.
	Put(ctx context.Context, runID, name string, data []byte) error
	// Get returns a file of a run; errors.Is(err, ErrNotFound) when absent.
	Get(ctx context.Context, runID, name string) ([]byte, error)
	// Runs lists the run ids that hold a record, sorted.
	Runs(ctx context.Context) ([]string, error)
	// Files lists a run's file names (slash-separated, relative to the
	// run), sorted; errors.Is(err, ErrNotFound) when the run has none.
	Files(ctx context.Context, runID string) ([]string, error)
	// String is the URL or directory the store was opened from.
	String() string
}

var (
	// ErrNotFound marks a run or file the store does not hold.
	ErrNotFound = errors.New("not found")
	// ErrConflict marks a Put of bytes that differ from what the store
	// already holds under that name; stored files are never replaced.
	ErrConflict = errors.New("already stored with different content")
)

// Opener opens a store from a URL of the scheme it was registered for.
type Opener func(ctx context.Context, url string) (Store, error)

var (
	openersMu sync.RWMutex
	openers   = map[string]Opener{}
)

// Register makes Open hand URLs of scheme (without "://") to open. A later
// registration of the same scheme replaces the earlier one.
func Register(scheme string, open func(ctx context.Context, url string) (Store, error)) {
	openersMu.Lock()
	defer openersMu.Unlock()
	openers[strings.ToLower(scheme)] = open
}

func opener(scheme string) Opener {
	openersMu.RLock()
	defer openersMu.RUnlock()
	return openers[scheme]
}

func schemes() []string {
	openersMu.RLock()
	defer openersMu.RUnlock()
	s := []string{"file"}
	for k := range openers {
		s = append(s, k)
	}
	slices.Sort(s)
	return s
}

// IsURL reports whether s starts with a URL scheme and "://", as opposed
// to a local path.
func IsURL(s string) bool {
	_, _, ok := splitScheme(s)
	return ok
}

// splitScheme splits "scheme://rest" with an RFC 3986 scheme: a letter,
// then letters, digits, '+', '-' or '.'.
func splitScheme(s string) (scheme, rest string, ok bool) {
	scheme, rest, ok = strings.Cut(s, "://")
	if !ok || scheme == "" {
		return "", "", false
	}
	for i, c := range scheme {
		letter := 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
		if !letter && (i == 0 || !('0' <= c && c <= '9' || c == '+' || c == '-' || c == '.')) {
			return "", "", false
		}
	}
	return strings.ToLower(scheme), rest, true
}

// Open opens the store at location: a URL whose scheme was registered, a
// file:///absolute/path, or a plain local path (a Local store).
func Open(ctx context.Context, location string) (Store, error) {
	if location == "" {
		return nil, errors.New("store: empty location")
	}
	scheme, _, ok := splitScheme(location)
	if !ok {
		return NewLocal(location), nil
	}
	if scheme == "file" {
		return openFileURL(location)
	}
	open := opener(scheme)
	if open == nil {
		if scheme == "gs" {
			return nil, fmt.Errorf("store %s: this binary lacks gs:// support (it does not link store/gcs)", location)
		}
		return nil, fmt.Errorf("store %s: no store for scheme %q (this binary knows %s)", location, scheme, strings.Join(schemes(), ", "))
	}
	s, err := open(ctx, location)
	if err != nil {
		return nil, fmt.Errorf("store %s: %w", location, err)
	}
	return s, nil
}

func openFileURL(location string) (Store, error) {
	u, err := url.Parse(location)
	if err != nil {
		return nil, fmt.Errorf("store %s: %w", location, err)
	}
	if u.Host != "" && u.Host != "localhost" {
		return nil, fmt.Errorf("store %s: file URL names host %q; only local files are supported", location, u.Host)
	}
	if !strings.HasPrefix(u.Path, "/") || u.RawQuery != "" || u.Fragment != "" {
		return nil, fmt.Errorf("store %s: want file:///absolute/path", location)
	}
	return NewLocal(u.Path), nil
}
