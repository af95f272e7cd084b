package tasks

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestLoadFileByKind(t *testing.T) {
	for _, tc := range []struct{ path, kind string }{
		{"testdata/mc/arc.json", "multiple_choice"},
		{"testdata/gen/echo.json", "generate_until"},
	} {
		task, err := LoadFile(tc.path)
		if err != nil {
			t.Fatalf("%s: %v", tc.path, err)
		}
		if got := task.OutputType().String(); got != tc.kind {
			t.Errorf("%s loads as %s, want %s", tc.path, got, tc.kind)
		}
	}
	dir := t.TempDir()
	txt := filepath.Join(dir, "corpus.txt")
	os.WriteFile(txt, []byte("some text to score\n"), 0o644)
	if task, err := LoadFile(txt); err != nil || task.OutputType() != Rolling {
		t.Errorf("a .txt: %v, %v", task, err)
	}
	if _, err := LoadFile("testdata/mc/arc_test.jsonl"); err == nil || !strings.Contains(err.Error(), "spec") {
		t.Errorf("a .jsonl: %v", err)
	}
	bad := filepath.Join(dir, "bad.json")
	os.WriteFile(bad, []byte("{not json"), 0o644)
	if _, err := LoadFile(bad); err == nil || !strings.Contains(err.Error(), bad) {
		t.Errorf("bad JSON: %v", err)
	}
}

// TestErrorPrefixOnce: an error names its package once ("tasks: mmlu:
// subject …", not "tasks: mmlu: … tasks: mmlu: …").
func TestErrorPrefixOnce(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "dev"), 0o755)
	os.MkdirAll(filepath.Join(dir, "test"), 0o755)
	_, err := MMLU(dir, MMLUOptions{Subjects: []string{"anatomy"}})
	spec := filepath.Join(dir, "s.json")
	os.WriteFile(spec, []byte(`{"name": "x", "splits": {"test": "missing.jsonl"}, "text": "{{q}}", "choices_field": "c", "target": "y"}`), 0o644)
	_, err2 := LoadFile(spec)
	for _, e := range []error{err, err2} {
		if e == nil {
			t.Fatal("no error")
		}
		if n := strings.Count(e.Error(), "tasks:"); n != 1 {
			t.Errorf("%q carries the prefix %d times", e, n)
		}
	}
}
