package store_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/gemma-bench/gemma-bench/store"
)

func TestValidNames(t *testing.T) {
	good := []string{
		"a", "t1", "big-1", "20261202-102800", "a/b", "nightly/2026-12-02/run_3",
		"record.json", "go/results.json", "x..y", "a.", "A-Z_0.9",
		strings.Repeat("x", store.MaxNameLen),
	}
	bad := []string{
		"", ".", "..", "../x", "a/../b", "a/..", "x/../../etc/passwd",
		"a//b", "/abs", "a/", "/", "//x",
		".hidden", "a/.hidden", "a/./b", "./a",
		"a\x00b", `a\b`, `..\x`, "a b", "a:b", "C:", "~x", "a*", "a?b", "ü", "a\nb", "%2e%2e",
		strings.Repeat("x", store.MaxNameLen+1),
		strings.Repeat("a/", 100) + "b",
	}
	for name, check := range map[string]func(string) error{"ValidRunID": store.ValidRunID, "ValidName": store.ValidName} {
		for _, s := range good {
			if err := check(s); err != nil {
				t.Errorf("%s(%q) = %v, want nil", name, s, err)
			}
		}
		for _, s := range bad {
			err := check(s)
			if err == nil {
				t.Errorf("%s(%q) = nil, want an error", name, s)
				continue
			}
			if !errors.Is(err, store.ErrInvalid) {
				t.Errorf("%s(%q) = %v, not ErrInvalid", name, s, err)
			}
		}
	}
}

func TestIsURL(t *testing.T) {
	for s, want := range map[string]bool{
		"gs://b/p":          true,
		"file:///tmp/x":     true,
		"S3://b":            true,
		"git+ssh://host/x":  true,
		"runs":              false,
		"/abs/runs":         false,
		"./gs://x":          false,
		"C:\\runs":          false,
		"://x":              false,
		"1gs://x":           false,
		"a b://x":           false,
		"gs:/b":             false,
		"":                  false,
		"relative/dir:x//y": false,
	} {
		if got := store.IsURL(s); got != want {
			t.Errorf("IsURL(%q) = %v, want %v", s, got, want)
		}
	}
}
