package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/gemma-bench/gemma-bench/results"
	"github.com/gemma-bench/gemma-bench/store"
	_ "github.com/gemma-bench/gemma-bench/store/gcs" // gs:// stores
)

// marksDir holds a run's marks: empty files named by label ("good" after a
// nightly run passed its comparison). A mark is added, never changed, so
// it keeps the store's rule that stored files are immutable.
const marksDir = "marks/"

func cmdStore(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	const usageText = "store ls|put|get|latest|mark ...\n\n" +
		"  store ls STORE [--json]                     runs with kind, model, start, backends, marks\n" +
		"  store put STORE RUNID DIR|RECORD            upload a run directory (record.json last) or one record file\n" +
		"  store get STORE RUNID DIR                   download a run into DIR\n" +
		"  store latest STORE [--prefix P] [--mark M] [--before RUNID]\n" +
		"                                              print the newest run id that matches\n" +
		"  store mark STORE RUNID LABEL                add a mark (e.g. good) to a run\n\n" +
		"STORE is gs://bucket/prefix (Application Default Credentials; $STORAGE_EMULATOR_HOST for an emulator)\n" +
		"or a local directory of runs. Uploads are idempotent: a retry never duplicates or overwrites."
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" {
		fmt.Fprintln(stdout, "usage: gemma-bench "+usageText)
		if len(args) == 0 {
			return errors.New("store: give a verb")
		}
		return flag.ErrHelp
	}
	verb, args := args[0], args[1:]
	fs := newFlags("store "+verb, usageText, stdout, stderr)
	asJSON := fs.Bool("json", false, "ls: one JSON object per run")
	prefix := fs.String("prefix", "", "latest: only run ids starting with this")
	mark := fs.String("mark", "", "latest: only runs with this mark")
	before := fs.String("before", "", "latest: only runs that started before this run")
	pos, err := parseInterspersed(fs, args)
	if err != nil {
		return err
	}
	want := map[string]int{"ls": 1, "put": 3, "get": 3, "latest": 1, "mark": 3}
	n, ok := want[verb]
	if !ok {
		return fmt.Errorf("store: unknown verb %q (want ls, put, get, latest or mark)", verb)
	}
	if len(pos) != n {
		return fmt.Errorf("store %s: want %d argument(s), got %d (gemma-bench store --help)", verb, n, len(pos))
	}
	s, err := store.Open(ctx, pos[0])
	if err != nil {
		return err
	}
	switch verb {
	case "ls":
		return storeList(ctx, s, *asJSON, stdout)
	case "put":
		return storePut(ctx, s, pos[1], pos[2], stderr)
	case "get":
		if err := store.ValidRunID(pos[1]); err != nil {
			return err
		}
		if err := checkDest("store get", pos[2], false); err != nil {
			return err
		}
		return store.GetRun(ctx, s, pos[1], pos[2])
	case "latest":
		id, err := storeLatest(ctx, s, *prefix, *mark, *before)
		if err != nil {
			return err
		}
		fmt.Fprintln(stdout, id)
		return nil
	default: // mark
		if err := store.ValidName(pos[2]); err != nil || strings.Contains(pos[2], "/") {
			return fmt.Errorf("store mark: label %q: want one segment of [A-Za-z0-9._-]", pos[2])
		}
		if _, err := s.Get(ctx, pos[1], results.RecordFile); err != nil {
			return fmt.Errorf("store mark: %s#%s: %w", s, pos[1], err)
		}
		return s.Put(ctx, pos[1], marksDir+pos[2], []byte(pos[2]+"\n"))
	}
}

func storePut(ctx context.Context, s store.Store, id, path string, stderr io.Writer) error {
	if err := store.ValidRunID(id); err != nil {
		return err
	}
	st, err := os.Stat(path)
	if err != nil {
		return err
	}
	if st.IsDir() {
		if !isRunDir(path) {
			return fmt.Errorf("store put: %s holds neither %s nor %s: not a run directory", path, results.RecordFile, results.RunFile)
		}
		if err := store.PutRun(ctx, s, id, path); err != nil {
			return err
		}
	} else {
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		if _, err := results.ParseRecord(b); err != nil {
			return &results.RecordError{File: path, Err: err}
		}
		if err := s.Put(ctx, id, results.RecordFile, b); err != nil {
			return err
		}
	}
	fmt.Fprintf(stderr, "stored %s as %s#%s\n", path, s, id)
	return nil
}

// runInfo is one line of store ls.
type runInfo struct {
	RunID    string   `json:"run_id"`
	Kind     string   `json:"kind"`
	Model    string   `json:"model"`
	Weights  string   `json:"weights"`
	Start    string   `json:"start"`
	Backends []string `json:"backends"`
	Marks    []string `json:"marks,omitempty"`
	start    time.Time
}

func runInfos(ctx context.Context, s store.Store) ([]runInfo, error) {
	entries, err := store.Records(ctx, s, 0)
	if err != nil {
		return nil, err
	}
	out := make([]runInfo, len(entries))
	for i, e := range entries {
		r := e.Record
		out[i] = runInfo{RunID: e.RunID, Kind: r.Kind, Model: r.Model.Name, Weights: r.Model.Weights, Start: r.Start.UTC().Format(time.RFC3339Nano), start: r.Start}
		for _, b := range r.Backends {
			out[i].Backends = append(out[i].Backends, b.Name)
		}
		files, err := s.Files(ctx, e.RunID)
		if err != nil {
			return nil, err
		}
		for _, f := range files {
			if m, ok := strings.CutPrefix(f, marksDir); ok {
				out[i].Marks = append(out[i].Marks, m)
			}
		}
	}
	return out, nil
}

func storeList(ctx context.Context, s store.Store, asJSON bool, stdout io.Writer) error {
	infos, err := runInfos(ctx, s)
	if err != nil {
		return err
	}
	if asJSON {
		enc := json.NewEncoder(stdout)
		for _, in := range infos {
			if err := enc.Encode(in); err != nil {
				return err
			}
		}
		return nil
	}
	tw := tabwriter.NewWriter(stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "run\tkind\tmodel\tweights\tstart\tbackends\tmarks")
	for _, in := range infos {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", in.RunID, in.Kind, in.Model, in.Weights, in.Start, strings.Join(in.Backends, ","), strings.Join(in.Marks, ","))
	}
	return tw.Flush()
}

// storeLatest is the newest run (by record start) that matches.
func storeLatest(ctx context.Context, s store.Store, prefix, mark, before string) (string, error) {
	infos, err := runInfos(ctx, s)
	if err != nil {
		return "", err
	}
	var limit time.Time
	if before != "" {
		i := slices.IndexFunc(infos, func(in runInfo) bool { return in.RunID == before })
		if i < 0 {
			return "", fmt.Errorf("store latest: --before %s: no such run in %s", before, s)
		}
		limit = infos[i].start
	}
	for i := len(infos) - 1; i >= 0; i-- {
		in := infos[i]
		switch {
		case !strings.HasPrefix(in.RunID, prefix), in.RunID == before,
			!limit.IsZero() && !in.start.Before(limit),
			mark != "" && !slices.Contains(in.Marks, mark):
			continue
		}
		return in.RunID, nil
	}
	return "", fmt.Errorf("store latest: no run in %s matches (prefix %q, mark %q, before %q): %w", s, prefix, mark, before, store.ErrNotFound)
}
