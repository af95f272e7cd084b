package tasks

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzMCSpec: any spec JSON, over fixed data files beside it, loads or is
// an error naming the spec file; a spec that loads builds its docs.
func FuzzMCSpec(f *testing.F) {
	for _, name := range []string{"arc.json", "hellaswag.json", "piqa.json", "winogrande.json"} {
		b, err := os.ReadFile(filepath.Join("testdata", "mc", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b, []byte(`{"question": "Q?", "choices": {"text": ["a", "b"], "label": ["A", "B"]}, "answerKey": "A"}`+"\n"))
	}
	f.Fuzz(func(t *testing.T, spec, rows []byte) {
		dir := t.TempDir()
		path := filepath.Join(dir, "spec.json")
		if err := os.WriteFile(path, spec, 0o644); err != nil {
			t.Fatal(err)
		}
		for _, data := range []string{"arc_train.jsonl", "arc_test.jsonl", "train.jsonl", "test.jsonl", "validation.jsonl"} {
			if err := os.WriteFile(filepath.Join(dir, data), rows, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		task, err := LoadMCTask(path)
		if err != nil {
			if !strings.Contains(err.Error(), dir) && !strings.Contains(err.Error(), "spec") {
				t.Errorf("error does not name the spec: %v", err)
			}
			return
		}
		_ = task.Name()
	})
}
