package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/gemma-bench/gemma-bench/compare"
)

// Exit statuses of compare.
const (
	compareRegression   = 1
	compareIncomparable = 2
)

// thresholdFlags collects repeated --fail-on specs, parsed as they come so
// a bad one is reported with its flag.
type thresholdFlags []compare.Threshold

func (t *thresholdFlags) String() string {
	specs := make([]string, len(*t))
	for i, th := range *t {
		specs[i] = th.Spec
	}
	return strings.Join(specs, " ")
}

func (t *thresholdFlags) Set(s string) error {
	th, err := compare.ParseThreshold(s)
	if err != nil {
		return err
	}
	*t = append(*t, th)
	return nil
}

func cmdCompare(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	err := compareMain(ctx, args, stdout, stderr)
	var status *exitStatus
	switch {
	case err == nil, errors.Is(err, flag.ErrHelp), errors.As(err, &status):
		return err
	}
	// Anything else (a bad flag, an unreadable record, records that differ)
	// means the comparison could not be made.
	return &exitStatus{code: compareIncomparable, err: err}
}

func compareMain(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	f := newFlags("compare", "compare [flags] BASE NEW\n\n"+
		"BASE and NEW are each "+refHelp+".\nExit status: 0 ok, 1 a --fail-on\n"+
		"threshold crossed by a significant change, 2 could not compare.\n\n"+
		"--fail-on SELECTOR<AMOUNT or SELECTOR>AMOUNT, repeatable:\n"+
		"  SELECTOR  metric name (decode, acc, latency) or llama-bench token\n"+
		"            (pp512 = prefill/p=512, tg128 = decode/n=128, tg128@d4096 adds d=4096),\n"+
		"            then /key=value labels to narrow it (acc/task=mmlu, decode/n=128/backend=simd)\n"+
		"  AMOUNT    signed change: -5% (relative) or -1pt (accuracy points)\n"+
		"  e.g. --fail-on 'tg128<-5%' --fail-on 'acc<-1pt' --fail-on 'latency>+10%'", stdout, stderr)
	var failOn thresholdFlags
	f.Var(&failOn, "fail-on", "exit 1 when a significant change crosses this `threshold` (repeatable; grammar above)")
	force := f.Bool("force", false, "compare runs of different models, tokenizers or tasks (reported as warnings)")
	format := f.String("o", "text", "output `format`: text or md (Markdown, for a CI step summary)")
	alpha := f.Float64("alpha", 0.05, "significance level of the tests")
	paths, err := parseInterspersed(f, args)
	if err != nil {
		return err
	}
	if len(paths) != 2 {
		f.Usage()
		return fmt.Errorf("compare: want BASE and NEW, got %d argument(s)", len(paths))
	}
	if *format != "text" && *format != "md" {
		return fmt.Errorf("compare: -o %q: want text or md", *format)
	}
	baseRun, err := loadOne(ctx, paths[0])
	if err != nil {
		return fmt.Errorf("compare: base: %w", err)
	}
	newRun, err := loadOne(ctx, paths[1])
	if err != nil {
		return fmt.Errorf("compare: new: %w", err)
	}
	base, nw := baseRun.Record, newRun.Record
	rep, err := compare.Compare(base, nw, compare.Options{Force: *force, Alpha: *alpha, FailOn: failOn})
	if err != nil {
		return fmt.Errorf("compare: %s (base) and %s (new): %w", paths[0], paths[1], err)
	}
	rep.BaseName, rep.NewName = baseRun.Source, newRun.Source
	if *format == "md" {
		err = rep.WriteMarkdown(stdout)
	} else {
		err = rep.WriteText(stdout)
	}
	if err != nil {
		return fmt.Errorf("compare: %w", err)
	}
	if len(rep.Regressions()) > 0 {
		return &exitStatus{code: compareRegression, err: errors.New("compare: " + rep.Summary())}
	}
	return nil
}

// parseInterspersed parses flags given before, between or after the
// positional arguments (compare BASE NEW --fail-on …), which flag alone
// stops at.
func parseInterspersed(f *flagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := parseFlagsArgs(f, args); err != nil {
			return nil, err
		}
		rest := f.Args()
		if len(rest) == 0 {
			return pos, nil
		}
		if rest[0] == "--" {
			return append(pos, rest[1:]...), nil
		}
		pos, args = append(pos, rest[0]), rest[1:]
	}
}
