package tasks

import (
	"errors"
	"fmt"
)

// OutputType says how a task talks to the model, as lm-eval's output_type.
type OutputType uint8

const (
	// MultipleChoice docs carry one Loglikelihood request per choice.
	MultipleChoice OutputType = iota + 1
	// Rolling docs carry one LoglikelihoodRolling request.
	Rolling
	// Generate docs carry one GenerateUntil request.
	Generate
)

// String returns lm-eval's output_type name.
func (o OutputType) String() string {
	switch o {
	case MultipleChoice:
		return "multiple_choice"
	case Rolling:
		return "loglikelihood_rolling"
	case Generate:
		return "generate_until"
	}
	return fmt.Sprintf("OutputType(%d)", uint8(o))
}

// Task is one leaf task: it builds docs and scores the model's results.
// Implementations are immutable after construction and safe for concurrent
// use; all data is read and validated by the constructor so that a bad file
// fails before any model time is spent.
type Task interface {
	// Name is the lm-eval-style task name ("mmlu_anatomy", "arith").
	Name() string
	// Version is recorded in results so that scores from different prompt or
	// data revisions are never compared silently.
	Version() string
	// OutputType tells the runner which request kind the docs carry.
	OutputType() OutputType
	// Metrics lists what Process returns, in order.
	Metrics() []Metric
	// Docs builds every evaluation doc with shots few-shot examples in the
	// context; shots < 0 means the task's default.
	Docs(shots int) ([]Doc, error)
	// Process scores one doc; res holds one Result per request, in order.
	Process(d Doc, res []Result) (Score, error)
}

// Aggregation says how per-doc Values of a metric become one number.
type Aggregation uint8

const (
	// Mean is ΣNum/n (Den is 1): acc, acc_norm, exact_match.
	Mean Aggregation = iota + 1
	// Perplexity is exp(-ΣNum/ΣDen) with Num a log-likelihood and Den a
	// count (tokens, words, bytes): lm-eval's weighted_perplexity.
	Perplexity
	// BitsPerByte is -ΣNum/ΣDen/ln 2: lm-eval's bits_per_byte.
	BitsPerByte
)

// Metric names one number a task reports. Key() is lm-eval's results key.
type Metric struct {
	Name   string // "acc", "acc_norm", "word_perplexity", "exact_match"
	Filter string // lm-eval filter name: "none", "strict-match", "flexible-extract"
	Agg    Aggregation
	// HigherIsBetter is false for perplexities, true for accuracies.
	HigherIsBetter bool
}

// Key is "name,filter", the form lm-eval uses in its results JSON.
func (m Metric) Key() string { return m.Name + "," + m.Filter }

// Value is one doc's contribution to a metric: a numerator and a weight, so
// that means (Den 1) and corpus-level perplexities (Den = words, bytes or
// tokens) aggregate with the same code.
type Value struct {
	Num, Den float64
}

// Score is Process's answer for one doc.
type Score struct {
	// Values lines up with the task's Metrics().
	Values []Value
	// Pred and PredNorm are the argmax choices by raw and length-normalised
	// log-probability (multiple choice; -1 otherwise).
	Pred, PredNorm int
	// Extracted lines up with the generate task's filters: the answer each
	// filter pulled out of the output (lm-eval's filtered_resps).
	Extracted []string
}

// Group aggregates member tasks or groups by a size-weighted (micro) mean,
// lm-eval's aggregate_metric_list with weight_by_size: true.
type Group struct {
	Name    string   // "mmlu", "mmlu_stem"
	Alias   string   // "stem": the label lm-eval prints
	Version string   // lm-eval's group metadata version
	Members []string // task or group names
}

// Suite is what a task name on the command line resolves to: the leaf tasks
// plus the groups (parents first) that aggregate them.
type Suite struct {
	Tasks  []Task
	Groups []Group
}

// ErrData marks malformed input data; the error text names file:line.
var ErrData = errors.New("malformed task data")

// dataErr builds a file:line error wrapping ErrData, so that callers can tell
// bad data from I/O failures with errors.Is.
func dataErr(pos, format string, args ...any) error {
	return fmt.Errorf("%s: %w: %s", pos, ErrData, fmt.Sprintf(format, args...))
}

// at formats a file:line position.
func at(file string, line int) string { return fmt.Sprintf("%s:%d", file, line) }

// checkResults verifies that the runner handed back one result per request.
func checkResults(d Doc, res []Result) error {
	if len(res) != len(d.Requests) {
		return fmt.Errorf("tasks: %s doc %d: got %d results for %d requests", d.Task, d.ID, len(res), len(d.Requests))
	}
	return nil
}
