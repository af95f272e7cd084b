// Command gemma-bench loads Gemma checkpoints, runs them on pluggable
// backends, and measures them.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sort"
	"strings"
	"syscall"

	_ "github.com/gemma-bench/gemma-bench/backends/all"
	"github.com/gemma-bench/gemma-bench/evals"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	go func() {
		// After the first Ctrl-C the run saves what it has and stops; a
		// second one gets the default action and ends the process at once.
		<-ctx.Done()
		stop()
	}()
	err := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	var status *exitStatus
	switch {
	case err == nil:
	case errors.Is(err, flag.ErrHelp):
		os.Exit(0)
	case errors.As(err, &status):
		fmt.Fprintln(os.Stderr, "gemma-bench:", err)
		os.Exit(status.code)
	case errors.Is(err, evals.ErrInterrupted) || errors.Is(err, context.Canceled):
		fmt.Fprintln(os.Stderr, "gemma-bench:", err)
		os.Exit(130) // the shell's code for "ended by SIGINT"
	default:
		fmt.Fprintln(os.Stderr, "gemma-bench:", err)
		os.Exit(1)
	}
}

// exitStatus is an error that chooses the process's exit status, for a
// command whose codes mean something (compare: 1 regression, 2 could not
// compare).
type exitStatus struct {
	code int
	err  error
}

func (e *exitStatus) Error() string { return e.err.Error() }
func (e *exitStatus) Unwrap() error { return e.err }

type command struct {
	summary string
	run     func(ctx context.Context, args []string, stdout, stderr io.Writer) error
}

var commands = map[string]command{
	"synth":      {"write a synthetic checkpoint (random weights, real Gemma shape)", cmdSynth},
	"generate":   {"generate tokens from a prompt of token ids", cmdGenerate},
	"logits":     {"print the logits of every position as JSON (conformance)", cmdLogits},
	"backends":   {"list compiled-in backends and whether they can run here", cmdBackends},
	"bench":      {"measure prefill and decode throughput (llama-bench style)", cmdBench},
	"configs":    {"list the canonical model configurations", cmdConfigs},
	"tokenize":   {"text to token ids with a model's tokenizer", cmdTokenize},
	"detokenize": {"token ids to text", cmdDetokenize},
	"run":        {"evaluate tasks (mmlu, arith, specs) and measure speed in the same run", cmdRun},
	"merge":      {"combine the run directories of --shard runs into one result", cmdMerge},
	"hwinfo":     {"measure read bandwidth and each backend's matmul peak (the roofline's limits), cached per host", cmdHwinfo},
	"compare":    {"compare two runs: changes with CIs and p-values; --fail-on gates a CI job", cmdCompare},
	"plot":       {"draw one chart (throughput, batch, roofline, latency, accuracy, drift, trend) of runs as PNG/SVG", cmdPlot},
	"report":     {"write a static HTML report of runs (charts, tables, environments, baseline comparison)", cmdReport},
	"store":      {"list, upload, download and mark runs in a results store (gs://bucket/prefix or a directory)", cmdStore},
}

// run is main without the process: tests call it directly.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		usage(stderr)
		return errors.New("no command given")
	}
	if args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		if len(args) > 1 && args[0] == "help" {
			// gemma-bench help CMD is CMD --help.
			if c, ok := commands[args[1]]; ok {
				return c.run(ctx, []string{"--help"}, stdout, stderr)
			}
			usage(stderr)
			return fmt.Errorf("help: unknown command %q", args[1])
		}
		usage(stdout)
		return flag.ErrHelp
	}
	c, ok := commands[args[0]]
	if !ok {
		usage(stderr)
		return fmt.Errorf("unknown command %q", args[0])
	}
	return c.run(ctx, args[1:], stdout, stderr)
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: gemma-bench <command> [flags]\n\ncommands:")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-9s %s\n", n, commands[n].summary)
	}
	fmt.Fprintln(w, "\nRun 'gemma-bench help <command>' (or '<command> --help') for its flags.")
}

// flagSet is a FlagSet that knows where help goes: asked for (--help),
// to stdout with exit 0, so that `| less` works; after a mistake, to
// stderr beside the error.
type flagSet struct {
	*flag.FlagSet
	synopsis       string
	stdout, stderr io.Writer
}

// newFlags makes a flagSet that reports errors instead of exiting.
func newFlags(name, synopsis string, stdout, stderr io.Writer) *flagSet {
	f := &flagSet{FlagSet: flag.NewFlagSet(name, flag.ContinueOnError), synopsis: synopsis, stdout: stdout, stderr: stderr}
	f.SetOutput(stderr)
	f.Usage = func() { f.printUsage(stderr) }
	return f
}

func (f *flagSet) printUsage(w io.Writer) {
	fmt.Fprintf(w, "usage: gemma-bench %s\n\nflags:\n", f.synopsis)
	f.SetOutput(w)
	f.PrintDefaults()
	f.SetOutput(f.stderr)
}

// parseFlagsArgs parses, printing the usage itself: to stdout for --help,
// to stderr after a bad flag.
func parseFlagsArgs(f *flagSet, args []string) error {
	usage := f.Usage
	f.Usage = func() {} // printed below, to the right stream
	err := f.Parse(args)
	f.Usage = usage
	switch {
	case errors.Is(err, flag.ErrHelp):
		f.printUsage(f.stdout)
	case err != nil:
		f.printUsage(f.stderr)
	}
	return err
}

// parseFlags parses and rejects stray positional arguments.
func parseFlags(f *flagSet, args []string) error {
	if err := parseFlagsArgs(f, args); err != nil {
		return err
	}
	if f.NArg() > 0 {
		return fmt.Errorf("%s: unexpected argument %q", f.Name(), strings.Join(f.Args(), " "))
	}
	return nil
}
