package store_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/gemma-bench/gemma-bench/store"
)

type urlStore struct {
	store.Store
	url string
}

func (s urlStore) String() string { return s.url }

func TestOpen(t *testing.T) {
	ctx := context.Background()

	// Nothing in this test binary links store/gcs.
	_, err := store.Open(ctx, "gs://bucket/prefix")
	if err == nil || !strings.Contains(err.Error(), "lacks gs:// support") {
		t.Errorf("Open(gs://) without store/gcs = %v, want a clear error", err)
	}
	if _, err := store.Open(ctx, "s3://bucket"); err == nil || !strings.Contains(err.Error(), `scheme "s3"`) {
		t.Errorf("Open(s3://) = %v, want an error naming the scheme", err)
	}

	var opened []string
	store.Register("fake", func(_ context.Context, url string) (store.Store, error) {
		if strings.HasSuffix(url, "/fail") {
			return nil, errors.New("cannot open")
		}
		opened = append(opened, url)
		return urlStore{url: url}, nil
	})
	s, err := store.Open(ctx, "FAKE://host/runs")
	if err != nil {
		t.Fatal(err)
	}
	if s.String() != "FAKE://host/runs" || len(opened) != 1 {
		t.Errorf("Open(FAKE://) = %v (opener saw %q), want the registered opener's store", s, opened)
	}
	if _, err := store.Open(ctx, "fake://host/fail"); err == nil || !strings.Contains(err.Error(), "fake://host/fail: cannot open") {
		t.Errorf("failing opener: %v", err)
	}

	dir := t.TempDir()
	for loc, want := range map[string]string{
		dir:                                dir,
		"relative/runs":                    "relative/runs",
		"file://" + dir:                    dir,
		"file://localhost" + dir:           dir,
		"file:///tmp/with%20space":         "/tmp/with space",
		"./gs://is/a/relative/path/really": "./gs://is/a/relative/path/really",
	} {
		s, err := store.Open(ctx, loc)
		if err != nil {
			t.Errorf("Open(%q): %v", loc, err)
			continue
		}
		l, ok := s.(*store.Local)
		if !ok || l.Dir != want {
			t.Errorf("Open(%q) = %#v, want Local{%q}", loc, s, want)
		}
	}
	for _, loc := range []string{"", "file://otherhost/x", "file://relative", "file:///x?y=1"} {
		if s, err := store.Open(ctx, loc); err == nil {
			t.Errorf("Open(%q) = %v, want an error", loc, s)
		}
	}
}
