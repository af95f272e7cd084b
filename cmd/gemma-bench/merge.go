package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/gemma-bench/gemma-bench/evals"
	"github.com/gemma-bench/gemma-bench/results"
)

func cmdMerge(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("merge", "merge [--out DIR|STORE#RUNID] RUN...\n\n"+
		"Each RUN is a shard's run directory or STORE#RUNID (a run in gs://bucket/prefix or a directory of runs).\n"+
		"--out STORE#RUNID merges locally and uploads the merged run under RUNID.", stdout, stderr)
	out := fs.String("out", "", "directory for the merged run (default "+resultsRoot+"/merged-<timestamp>), or STORE#RUNID; a directory must be empty or new")
	force := fs.Bool("force", false, "replace a non-empty --out directory (never one of the inputs)")
	if err := parseFlagsArgs(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return fmt.Errorf("merge: give the run directories of every shard")
	}
	var inputs []string
	for _, ref := range fs.Args() {
		if !isStoreRef(ref) {
			inputs = append(inputs, ref)
			continue
		}
		dir, cleanup, err := fetchRun(ctx, ref)
		if err != nil {
			return fmt.Errorf("merge: %s: %w", ref, err)
		}
		defer cleanup()
		inputs = append(inputs, dir)
	}
	dir, upload := *out, ""
	if isStoreRef(dir) {
		loc, id := splitRef(dir)
		if id == "" || id == latest {
			return fmt.Errorf("merge: --out %s: name the merged run as STORE#RUNID", dir)
		}
		if err := validRunID(id); err != nil {
			return fmt.Errorf("merge: --out: %w", err)
		}
		tmp, err := os.MkdirTemp("", "gemma-bench-merge-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(tmp)
		upload, dir = loc+"#"+id, filepath.Join(tmp, "run")
	}
	if dir == "" {
		dir = filepath.Join(resultsRoot, "merged-"+time.Now().Format("20060102-150405"))
	}
	if err := checkDest("merge", dir, *force, inputs...); err != nil {
		return err
	}
	o, err := evals.Merge(inputs, dir)
	if err != nil {
		return err
	}
	// The merged run gets its record like any run, so stores, compare and
	// report read it as they read one unsharded run.
	rec, err := results.EvalRecord(dir)
	if err != nil {
		return fmt.Errorf("merge: record: %w", err)
	}
	if upload != "" {
		_, rec.RunID = splitRef(upload)
	}
	if err := results.WriteRecord(filepath.Join(dir, results.RecordFile), rec); err != nil {
		return fmt.Errorf("merge: %w", err)
	}
	fmt.Fprintf(stderr, "merged %d shards, %d docs\n", len(o.Results.Shards), len(o.Samples))
	if upload != "" {
		loc, id := splitRef(upload)
		where, err := uploadRun(ctx, loc, id, dir)
		if err != nil {
			return fmt.Errorf("merge: %w", err)
		}
		fmt.Fprintf(stderr, "stored: %s\n", where)
	}
	return printOutcome(stdout, o.Results, dir)
}
