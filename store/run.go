package store

import (
	"cmp"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"

	"github.com/gemma-bench/gemma-bench/internal/atomicfile"
	"github.com/gemma-bench/gemma-bench/results"
)

// PutRun uploads every regular file under dir (recursively) as the run's
// files, named by their slash-separated paths relative to dir. The record
// goes last, so that a run listed by Runs has all its files; a PutRun cut
// short can simply be repeated, since Put is idempotent. Nothing is
// skipped silently: a symbolic link, a special file or a name the store
// cannot hold fails the whole upload before anything is sent, and so does
// a missing or unreadable record (it would hide the run, or break Records
// for everyone reading the store).
func PutRun(ctx context.Context, s Store, runID, dir string) error {
	if err := ValidRunID(runID); err != nil {
		return fmt.Errorf("uploading %s to %s: %w", dir, s, err)
	}
	if fi, err := os.Stat(dir); err != nil {
		return fmt.Errorf("uploading to %s: %w", s, err)
	} else if !fi.IsDir() {
		return fmt.Errorf("uploading %s to %s: not a directory", dir, s)
	}
	names, err := regularFiles(ctx, dir, false)
	if err != nil {
		return fmt.Errorf("uploading %s to %s: %w", dir, s, err)
	}
	recPath := filepath.Join(dir, results.RecordFile)
	if !slices.Contains(names, results.RecordFile) {
		return fmt.Errorf("uploading %s to %s: no %s: not a run directory", dir, s, results.RecordFile)
	}
	if _, err := results.ReadRecord(recPath); err != nil {
		return fmt.Errorf("uploading %s to %s: %w", dir, s, err)
	}
	for _, name := range recordLast(names) {
		p := filepath.Join(dir, filepath.FromSlash(name))
		data, err := os.ReadFile(p)
		if err != nil {
			return fmt.Errorf("uploading %s to %s: %w", dir, s, err)
		}
		if err := s.Put(ctx, runID, name, data); err != nil {
			return fmt.Errorf("uploading %s to %s run %s: %w", p, s, runID, err)
		}
	}
	return nil
}

// recordLast returns names with results.RecordFile moved to the end.
func recordLast(names []string) []string {
	out := make([]string, 0, len(names))
	hasRecord := false
	for _, n := range names {
		if n == results.RecordFile {
			hasRecord = true
			continue
		}
		out = append(out, n)
	}
	if hasRecord {
		out = append(out, results.RecordFile)
	}
	return out
}

// GetRun downloads a run's files into dir, each written atomically and the
// record last, so that dir holds a record only once the rest has landed.
// Existing files in dir are replaced. Names from the store are checked
// again before they become paths: a store is not trusted to keep them
// inside dir.
func GetRun(ctx context.Context, s Store, runID, dir string) error {
	if err := ValidRunID(runID); err != nil {
		return fmt.Errorf("downloading from %s: %w", s, err)
	}
	names, err := s.Files(ctx, runID)
	if err != nil {
		return fmt.Errorf("downloading run %s from %s: %w", runID, s, err)
	}
	if !slices.Contains(names, results.RecordFile) {
		return fmt.Errorf("downloading run %s from %s: no %s: the run is incomplete", runID, s, results.RecordFile)
	}
	for _, name := range recordLast(names) {
		if err := ValidName(name); err != nil {
			return fmt.Errorf("downloading run %s from %s: %w", runID, s, err)
		}
		data, err := s.Get(ctx, runID, name)
		if err != nil {
			return fmt.Errorf("downloading run %s from %s: %w", runID, s, err)
		}
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return fmt.Errorf("downloading run %s from %s: %w", runID, s, err)
		}
		if err := atomicfile.WriteFile(p, data); err != nil {
			return fmt.Errorf("downloading run %s from %s: %w", runID, s, err)
		}
	}
	return nil
}

// Entry is one run's record in a store.
type Entry struct {
	RunID  string
	Record *results.Record
}

// Records reads and parses every run's record, ordered by Record.Start
// (then run id); with last > 0 only the last that many. A record that does
// not parse fails the whole call, naming it: a silently shorter history
// would read as runs that never happened.
func Records(ctx context.Context, s Store, last int) ([]Entry, error) {
	runs, err := s.Runs(ctx)
	if err != nil {
		return nil, err
	}
	entries := make([]Entry, 0, len(runs))
	for _, id := range runs {
		b, err := s.Get(ctx, id, results.RecordFile)
		if err != nil {
			return nil, fmt.Errorf("reading records of %s: %w", s, err)
		}
		r, err := results.ParseRecord(b)
		if err != nil {
			return nil, fmt.Errorf("reading records of %s: run %s: %s: %w", s, id, results.RecordFile, err)
		}
		entries = append(entries, Entry{RunID: id, Record: r})
	}
	slices.SortFunc(entries, func(a, b Entry) int {
		return cmp.Or(a.Record.Start.Compare(b.Record.Start), cmp.Compare(a.RunID, b.RunID))
	})
	if last > 0 && len(entries) > last {
		entries = entries[len(entries)-last:]
	}
	return entries, nil
}
