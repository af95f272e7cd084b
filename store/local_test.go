package store_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/gemma-bench/gemma-bench/store"
)

// writeFiles creates files (slash-separated names) under dir.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// tree maps every file under dir (slash-separated, hidden ones included)
// to its content.
func tree(t *testing.T, dir string) map[string]string {
	t.Helper()
	m := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		m[filepath.ToSlash(rel)] = string(b)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestLocalPutGet(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	s := store.NewLocal(dir)
	if s.String() != dir {
		t.Errorf("String() = %q, want %q", s, dir)
	}
	data := []byte(`{"a":1}`)
	if err := s.Put(ctx, "nightly/r1", "go/results.json", data); err != nil {
		t.Fatal(err)
	}
	got, err := s.Get(ctx, "nightly/r1", "go/results.json")
	if err != nil || !bytes.Equal(got, data) {
		t.Fatalf("Get = %q, %v; want %q", got, err, data)
	}
	// The same bytes again: a retried upload succeeds.
	if err := s.Put(ctx, "nightly/r1", "go/results.json", data); err != nil {
		t.Errorf("Put of identical bytes: %v", err)
	}
	err = s.Put(ctx, "nightly/r1", "go/results.json", []byte(`{"a":2}`))
	if !errors.Is(err, store.ErrConflict) {
		t.Errorf("Put of different bytes = %v, want ErrConflict", err)
	}
	if got, _ := s.Get(ctx, "nightly/r1", "go/results.json"); !bytes.Equal(got, data) {
		t.Errorf("after the conflict the file holds %q, want %q", got, data)
	}
	// An empty file is a file.
	if err := s.Put(ctx, "nightly/r1", "empty", nil); err != nil {
		t.Fatal(err)
	}
	if got, err := s.Get(ctx, "nightly/r1", "empty"); err != nil || len(got) != 0 {
		t.Errorf("Get(empty) = %q, %v", got, err)
	}
	for _, c := range [][2]string{{"nightly/r1", "missing"}, {"nope", "record.json"}} {
		if _, err := s.Get(ctx, c[0], c[1]); !errors.Is(err, store.ErrNotFound) {
			t.Errorf("Get(%q, %q) = %v, want ErrNotFound", c[0], c[1], err)
		}
	}
	if _, err := s.Get(ctx, "nightly", "r1"); err == nil {
		t.Error("Get of a directory succeeded")
	}
	want := map[string]string{"nightly/r1/go/results.json": `{"a":1}`, "nightly/r1/empty": ""}
	if got := tree(t, dir); !equalMaps(got, want) {
		t.Errorf("store holds %v, want exactly %v (no temporary files)", got, want)
	}
}

func equalMaps(a, b map[string]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if w, ok := b[k]; !ok || w != v {
			return false
		}
	}
	return true
}

// TestLocalConcurrentPut: writers racing on one name with different bytes
// cannot both win; exactly one succeeds and the file holds its bytes.
func TestLocalConcurrentPut(t *testing.T) {
	ctx := context.Background()
	s := store.NewLocal(t.TempDir())
	const n = 8
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() { errs[i] = s.Put(ctx, "r", "f", []byte(fmt.Sprint("writer ", i))) })
	}
	wg.Wait()
	winner := -1
	for i, err := range errs {
		switch {
		case err == nil && winner >= 0:
			t.Errorf("writers %d and %d both succeeded", winner, i)
		case err == nil:
			winner = i
		case !errors.Is(err, store.ErrConflict):
			t.Errorf("writer %d: %v, want ErrConflict", i, err)
		}
	}
	if winner < 0 {
		t.Fatal("no writer succeeded")
	}
	got, err := s.Get(ctx, "r", "f")
	if err != nil || string(got) != fmt.Sprint("writer ", winner) {
		t.Errorf("file holds %q, %v; want writer %d's bytes", got, err, winner)
	}
}

// TestLocalRefusesBadNames: no run id or name reaches the filesystem
// unless it is valid, so nothing outside the store's directory is touched.
func TestLocalRefusesBadNames(t *testing.T) {
	ctx := context.Background()
	parent := t.TempDir()
	dir := filepath.Join(parent, "store")
	s := store.NewLocal(dir)
	writeFiles(t, parent, map[string]string{"secret": "s"})
	for _, c := range [][2]string{
		{"../x", "f"}, {"r", "../../secret"}, {"/abs", "f"}, {"r", "/etc/passwd"},
		{"a//b", "f"}, {".hidden", "f"}, {"a/./b", "f"}, {"r", "a\x00b"}, {`..\x`, "f"}, {"r", ".."},
		{"", "f"}, {"r", ""}, {strings.Repeat("x", 201), "f"},
	} {
		if err := s.Put(ctx, c[0], c[1], []byte("x")); !errors.Is(err, store.ErrInvalid) {
			t.Errorf("Put(%q, %q) = %v, want ErrInvalid", c[0], c[1], err)
		}
		if _, err := s.Get(ctx, c[0], c[1]); !errors.Is(err, store.ErrInvalid) {
			t.Errorf("Get(%q, %q) = %v, want ErrInvalid", c[0], c[1], err)
		}
	}
	if _, err := s.Files(ctx, "../store"); !errors.Is(err, store.ErrInvalid) {
		t.Errorf("Files(../store) = %v, want ErrInvalid", err)
	}
	if got := tree(t, parent); !equalMaps(got, map[string]string{"secret": "s"}) {
		t.Errorf("files appeared: %v", got)
	}
	if _, err := os.Stat(dir); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the store directory was created by refused calls: %v", err)
	}
}

func TestLocalRunsFiles(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"t1/record.json":         "{}",
		"t1/go/results.json":     "r",
		"t1/go/samples.jsonl":    "s",
		"t1/sub/record.json":     "a file of t1, not a run",
		"t1/.record.json.tmp123": "in-progress write",
		"nightly/a/record.json":  "{}",
		"nightly/b/record.json":  "{}",
		"nightly/b/run.json":     "{}",
		"incomplete/run.json":    "no record yet",
		".trash/old/record.json": "hidden directories hold no runs",
		"bad name/record.json":   "not a valid run id",
	})
	s := store.NewLocal(dir)
	runs, err := s.Runs(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"nightly/a", "nightly/b", "t1"}; !slices.Equal(runs, want) {
		t.Errorf("Runs = %q, want %q", runs, want)
	}
	files, err := s.Files(ctx, "t1")
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"go/results.json", "go/samples.jsonl", "record.json", "sub/record.json"}; !slices.Equal(files, want) {
		t.Errorf("Files(t1) = %q, want %q", files, want)
	}
	if _, err := s.Files(ctx, "missing"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Files(missing) = %v, want ErrNotFound", err)
	}
	if _, err := s.Files(ctx, "t1/go/results.json"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Files of a file = %v, want ErrNotFound", err)
	}

	// A symbolic link inside a run is reported, not skipped.
	if err := os.Symlink("/etc/passwd", filepath.Join(dir, "t1", "go", "link")); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Files(ctx, "t1"); err == nil || !strings.Contains(err.Error(), "link") {
		t.Errorf("Files with a symlink = %v, want an error naming it", err)
	}
}

func TestLocalRunsMissingDir(t *testing.T) {
	s := store.NewLocal(filepath.Join(t.TempDir(), "typo"))
	if _, err := s.Runs(context.Background()); err == nil || !strings.Contains(err.Error(), "typo") {
		t.Errorf("Runs of a missing directory = %v, want an error naming it", err)
	}
}

// TestLocalSymlinkedDir: a store directory reached through a symbolic link
// is listed like any other.
func TestLocalSymlinkedDir(t *testing.T) {
	ctx := context.Background()
	real := t.TempDir()
	writeFiles(t, real, map[string]string{"r/record.json": "{}"})
	link := filepath.Join(t.TempDir(), "runs")
	if err := os.Symlink(real, link); err != nil {
		t.Fatal(err)
	}
	s := store.NewLocal(link)
	if runs, err := s.Runs(ctx); err != nil || !slices.Equal(runs, []string{"r"}) {
		t.Errorf("Runs = %q, %v; want [r]", runs, err)
	}
}

func TestLocalCanceled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	dir := t.TempDir()
	s := store.NewLocal(dir)
	if err := s.Put(ctx, "r", "f", nil); !errors.Is(err, context.Canceled) {
		t.Errorf("Put with a canceled context = %v", err)
	}
	if len(tree(t, dir)) != 0 {
		t.Error("a canceled Put wrote")
	}
}
