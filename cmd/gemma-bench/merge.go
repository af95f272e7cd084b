package main

import (
	"context"
	"fmt"
	"io"
	"path/filepath"
	"time"

	"github.com/gemma-bench/gemma-bench/evals"
)

func cmdMerge(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("merge", "merge [--out DIR] RUNDIR...", stdout, stderr)
	out := fs.String("out", "", "directory for the merged run (default "+resultsRoot+"/merged-<timestamp>); must be empty or new")
	force := fs.Bool("force", false, "replace a non-empty --out (never one of the inputs)")
	if err := parseFlagsArgs(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return fmt.Errorf("merge: give the run directories of every shard")
	}
	dir := *out
	if dir == "" {
		dir = filepath.Join(resultsRoot, "merged-"+time.Now().Format("20060102-150405"))
	}
	if err := checkDest("merge", dir, *force, fs.Args()...); err != nil {
		return err
	}
	o, err := evals.Merge(fs.Args(), dir)
	if err != nil {
		return err
	}
	fmt.Fprintf(stderr, "merged %d shards, %d docs\n", len(o.Results.Shards), len(o.Samples))
	return printOutcome(stdout, o.Results, dir)
}
