package tasks

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// LoadFile loads a task from a file by its kind: a .txt is a perplexity
// corpus (one document); a .json spec is perplexity when it names a
// "path", multiple choice when it has choices ("choices", "choices_field"
// or "partial"), generation otherwise. A .jsonl is data, not a spec, and
// is refused with a hint.
func LoadFile(path string) (Task, error) {
	switch {
	case strings.HasSuffix(path, ".txt"):
		name := strings.TrimSuffix(filepath.Base(path), ".txt")
		return NewPerplexity(PerplexitySpec{Name: name, Path: path})
	case strings.HasSuffix(path, ".jsonl"):
		return nil, fmt.Errorf("tasks: %s: give the task's .json spec, not its data file", path)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("tasks: %w", err)
	}
	var keys map[string]json.RawMessage
	if err := json.Unmarshal(b, &keys); err != nil {
		return nil, fmt.Errorf("tasks: spec %s: %w: %w", path, ErrData, err)
	}
	switch {
	case keys["path"] != nil:
		var s PerplexitySpec
		if err := json.Unmarshal(b, &s); err != nil {
			return nil, fmt.Errorf("tasks: spec %s: %w: %w", path, ErrData, err)
		}
		if !filepath.IsAbs(s.Path) {
			s.Path = filepath.Join(filepath.Dir(path), s.Path)
		}
		return NewPerplexity(s)
	case keys["choices"] != nil || keys["choices_field"] != nil || keys["partial"] != nil:
		return LoadMCTask(path)
	default:
		return LoadGenTask(path)
	}
}
