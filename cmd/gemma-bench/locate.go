package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/gemma-bench/gemma-bench/compare"
	"github.com/gemma-bench/gemma-bench/results"
	"github.com/gemma-bench/gemma-bench/store"
)

// Where records come from on the command line. A reference is one of
//
//	FILE            a record file (record.json, bench -o json)
//	DIR             a run directory (holding record.json, or an eval run's run.json)
//	STORE           a store: gs://bucket/prefix, or a directory of run directories
//	STORE#RUNID     one run of a store
//	STORE#latest    the store's newest run (by its record's start time)
//
// so every command that reads runs takes a store URL wherever it takes a
// directory.
const refHelp = "a record file, a run directory, a store (gs://bucket/prefix or a directory of runs),\n" +
	"or one run of a store as STORE#RUNID (STORE#latest: its newest run)"

// latest names a store's newest run in a STORE#RUNID reference.
const latest = "latest"

// loadedRun is a record and the reference it was read from.
type loadedRun struct {
	Source string
	Record *results.Record
}

// splitRef splits STORE#RUNID; id is empty without a '#'.
func splitRef(ref string) (loc, id string) {
	if i := strings.LastIndexByte(ref, '#'); i >= 0 {
		return ref[:i], ref[i+1:]
	}
	return ref, ""
}

// loadOne reads the one run ref names; a whole store is refused.
func loadOne(ctx context.Context, ref string) (loadedRun, error) {
	runs, whole, err := load(ctx, ref, 0)
	if err != nil {
		return loadedRun{}, err
	}
	if whole {
		return loadedRun{}, fmt.Errorf("%s is a store of %d runs: name one as %s#RUNID (or %s#%s)", ref, len(runs), ref, ref, latest)
	}
	return runs[0], nil
}

// loadRuns reads every reference in order; a whole store contributes its
// last runs (all when last is 0), oldest first.
func loadRuns(ctx context.Context, refs []string, last int) ([]loadedRun, error) {
	var out []loadedRun
	for _, ref := range refs {
		runs, _, err := load(ctx, ref, last)
		if err != nil {
			return nil, err
		}
		out = append(out, runs...)
	}
	return out, nil
}

// load resolves one reference; whole says it named a whole store.
func load(ctx context.Context, ref string, last int) (runs []loadedRun, whole bool, err error) {
	loc, id := splitRef(ref)
	if id != "" {
		s, err := store.Open(ctx, loc)
		if err != nil {
			return nil, false, err
		}
		r, err := storeRun(ctx, s, id)
		if err != nil {
			return nil, false, err
		}
		return []loadedRun{r}, false, nil
	}
	if !store.IsURL(ref) {
		st, err := os.Stat(ref)
		if err != nil {
			return nil, false, err
		}
		if !st.IsDir() || isRunDir(ref) {
			rec, err := compare.Load(ref)
			if err != nil {
				return nil, false, err
			}
			return []loadedRun{{Source: ref, Record: rec}}, false, nil
		}
	}
	s, err := store.Open(ctx, ref)
	if err != nil {
		return nil, false, err
	}
	entries, err := store.Records(ctx, s, last)
	if err != nil {
		return nil, false, err
	}
	if len(entries) == 0 {
		if !store.IsURL(ref) {
			return nil, true, fmt.Errorf("%s: neither %s nor %s: not a run directory, nor a store of runs", ref, results.RecordFile, results.RunFile)
		}
		return nil, true, fmt.Errorf("%s: no runs (no run holding %s)", ref, results.RecordFile)
	}
	for _, e := range entries {
		runs = append(runs, loadedRun{Source: s.String() + "#" + e.RunID, Record: e.Record})
	}
	return runs, true, nil
}

// isRunDir: a directory that is itself a run rather than a store of runs.
func isRunDir(dir string) bool {
	for _, f := range []string{results.RecordFile, results.RunFile} {
		if _, err := os.Stat(filepath.Join(dir, f)); err == nil {
			return true
		}
	}
	return false
}

// storeRun reads one run's record from a store; id may be "latest".
func storeRun(ctx context.Context, s store.Store, id string) (loadedRun, error) {
	if id == latest {
		entries, err := store.Records(ctx, s, 1)
		if err != nil {
			return loadedRun{}, err
		}
		if len(entries) == 0 {
			return loadedRun{}, fmt.Errorf("%s: no runs", s)
		}
		e := entries[len(entries)-1]
		return loadedRun{Source: s.String() + "#" + e.RunID, Record: e.Record}, nil
	}
	if err := store.ValidRunID(id); err != nil {
		return loadedRun{}, fmt.Errorf("%s: %w", s, err)
	}
	b, err := s.Get(ctx, id, results.RecordFile)
	if err != nil {
		return loadedRun{}, err
	}
	src := s.String() + "#" + id
	rec, err := results.ParseRecord(b)
	if err != nil {
		return loadedRun{}, &results.RecordError{File: src + "/" + results.RecordFile, Err: err}
	}
	return loadedRun{Source: src, Record: rec}, nil
}

// fetchRun downloads a store run into a new temporary directory, for the
// commands that work on run directories (merge); cleanup removes it.
func fetchRun(ctx context.Context, ref string) (dir string, cleanup func(), err error) {
	loc, id := splitRef(ref)
	s, err := store.Open(ctx, loc)
	if err != nil {
		return "", nil, err
	}
	if err := store.ValidRunID(id); err != nil {
		return "", nil, fmt.Errorf("%s: %w", loc, err)
	}
	tmp, err := os.MkdirTemp("", "gemma-bench-run-")
	if err != nil {
		return "", nil, err
	}
	cleanup = func() { os.RemoveAll(tmp) }
	if err := store.GetRun(ctx, s, id, tmp); err != nil {
		cleanup()
		return "", nil, err
	}
	return tmp, cleanup, nil
}

// isStoreRef says whether ref must go through a store rather than the
// local filesystem: a URL, or a STORE#RUNID.
func isStoreRef(ref string) bool {
	loc, id := splitRef(ref)
	return store.IsURL(ref) || (id != "" && loc != "")
}

// uploadRun puts a finished run directory into the store at loc under id.
func uploadRun(ctx context.Context, loc, id, dir string) (string, error) {
	s, err := store.Open(ctx, loc)
	if err != nil {
		return "", err
	}
	if err := store.ValidRunID(id); err != nil {
		return "", err
	}
	if err := store.PutRun(ctx, s, id, dir); err != nil {
		return "", fmt.Errorf("uploading %s to %s: %w (the upload is idempotent: run the same command again, or `gemma-bench store put %s %s %s`)", dir, s, err, loc, id, dir)
	}
	return s.String() + "#" + id, nil
}

// sortByStart orders runs oldest first (then by source), for trends.
func sortByStart(runs []loadedRun) {
	slices.SortStableFunc(runs, func(a, b loadedRun) int {
		if c := a.Record.Start.Compare(b.Record.Start); c != 0 {
			return c
		}
		return strings.Compare(a.Source, b.Source)
	})
}

var errNoRuns = errors.New("give at least one run: " + refHelp)
