package main

import (
	"context"
	"fmt"
	"io"
	"text/tabwriter"

	"github.com/gemma-bench/gemma-bench/backends"
	"github.com/gemma-bench/gemma-bench/model"
)

func cmdBackends(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("backends", "backends [--cuda-lib-dir DIR]", stdout, stderr)
	cudaLibDirFlag(fs)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	tw := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "NAME\tUSABLE\tDESCRIPTION / WHY NOT")
	for _, r := range backends.Registered() {
		usable, why := "yes", r.Description
		if r.Details != nil {
			why += "; here: " + r.Details()
		}
		if r.Probe != nil {
			if err := r.Probe(); err != nil {
				usable, why = "no", err.Error()
			}
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\n", r.Name, usable, why)
	}
	if best, err := backends.Best(); err == nil {
		fmt.Fprintf(tw, "\ndefault: %s (override with --backend or $%s)\n", best.Name, backends.EnvVar)
	}
	return tw.Flush()
}

func cmdConfigs(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("configs", "configs", stdout, stderr)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	for _, n := range model.Names() {
		c, err := model.ByName(n)
		if err != nil {
			return err
		}
		fmt.Fprintln(stdout, c.String())
	}
	return nil
}
