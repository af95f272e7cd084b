package results

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"os"
	"slices"
	"time"
)

// RecordFile is the name of the record inside a run directory; a bench run
// writes its record wherever -o json points.
const RecordFile = "record.json"

// RecordSchema is the version of the Record layout. A reader refuses any
// other version rather than misread it: bump it whenever a field changes
// meaning, and teach ReadRecord the old layout if old records must stay
// readable.
const RecordSchema = 1

// Record kinds.
const (
	KindEval  = "eval"
	KindBench = "bench"
)

// Record is the one versioned record of a gemma-bench run, an evaluation
// or a benchmark: what ran (build, host, model, tokenizer, tasks), on which
// backends, and per backend every metric with the raw samples behind its
// summary. It is generic on purpose: a metric is a name, labels, a unit
// and samples, so a new backend, task or metric needs no change here;
// compare and the publishing tools read nothing else.
type Record struct {
	Schema int       `json:"schema"`
	Kind   string    `json:"kind"`
	RunID  string    `json:"run_id"`
	Start  time.Time `json:"start"`
	End    time.Time `json:"end"`
	Build  Build     `json:"build"`
	Host   Host      `json:"host"`
	Model  ModelRef  `json:"model"`
	// Tokenizer is absent for runs that fed token ids (bench).
	Tokenizer *TokenizerInfo `json:"tokenizer,omitempty"`
	Tasks     []TaskRef      `json:"tasks,omitempty"`
	// Backends holds one entry per backend the run listed, in order; the
	// first is the reference the others' Agreement is measured against.
	Backends []BackendRun `json:"backends"`
}

// Build identifies the binary: runtime/debug.ReadBuildInfo.
type Build struct {
	Module    string `json:"module"`
	Version   string `json:"version"`
	GoVersion string `json:"go_version"`
	Commit    string `json:"commit,omitempty"`
	CommitAt  string `json:"commit_time,omitempty"`
	Modified  bool   `json:"modified,omitempty"`
}

// Host fingerprints the machine. GPU and PJRT are filled by the backends
// that use them (the record carries whatever they report).
type Host struct {
	CPU      string   `json:"cpu"`
	CPUFlags []string `json:"cpu_flags,omitempty"`
	Cores    int      `json:"cores"`
	MemBytes int64    `json:"mem_bytes,omitempty"`
	OS       string   `json:"os"`
	Arch     string   `json:"arch"`
	Kernel   string   `json:"kernel,omitempty"`
	Hostname string   `json:"hostname,omitempty"`
	// Accelerators: name, driver and runtime versions, per device kind.
	Accelerators []map[string]string `json:"accelerators,omitempty"`
}

// ModelRef identifies the checkpoint a run loaded.
type ModelRef struct {
	Name   string `json:"name"` // canonical config name, or "custom"
	Arch   string `json:"arch"` // gemma, gemma2, gemma3
	Params int64  `json:"params"`
	Path   string `json:"path"`
	// DType is the stored weight dtype; Weights the format the run used
	// ("stored", or q8_0 / q4_0 quantized on load).
	DType   string `json:"dtype"`
	Weights string `json:"weights"`
	// Fingerprint hashes the config and each weight file's name, size and
	// first and last MiB: cheap on a 5 GB checkpoint, and different for
	// any other checkpoint in practice (it does not prove the bytes
	// between are the same).
	Fingerprint string `json:"fingerprint"`
}

// TaskRef identifies a task and the data it read.
type TaskRef struct {
	Name     string `json:"name"`
	Version  string `json:"version"`
	NShot    int    `json:"n_shot"`
	Docs     int    `json:"docs"`
	DataHash string `json:"data_hash,omitempty"`
}

// BackendRun is one backend's part of a run.
type BackendRun struct {
	Name string `json:"name"`
	// Options are what the backend reports it ran with: kernel path,
	// numerics, threads, KV layout, device.
	Options map[string]string `json:"options,omitempty"`
	Metrics []Metric          `json:"metrics"`
	// Agreement with Backends[0]; nil for the first backend.
	Agreement *AgreementRef `json:"agreement,omitempty"`
	// Errors are cases that failed (the run went on without them).
	Errors []string `json:"errors,omitempty"`
}

// AgreementRef is an Agreement and what it was measured on.
type AgreementRef struct {
	Agreement
	// Over says which rows: "scored requests" or "probe set".
	Over string `json:"over"`
}

// Metric is one measured quantity with the raw samples behind it.
type Metric struct {
	// Name is the quantity ("prefill", "decode", "acc", "acc_norm",
	// "ttft"); Labels its case ("p": "512", "t": "2", "task": "mmlu").
	Name   string            `json:"name"`
	Labels map[string]string `json:"labels,omitempty"`
	Unit   string            `json:"unit"` // "tok/s", "s", "acc" ...
	// HigherIsBetter says which way a change is a regression.
	HigherIsBetter bool `json:"higher_is_better"`
	// Samples are the raw values (one per repetition, or per doc for an
	// accuracy); Summary is computed from them and must agree.
	Samples []float64 `json:"samples"`
	Summary Summary   `json:"summary"`
	// Limit is the hardware ceiling for this figure, when known: decode
	// against read bandwidth, prefill against peak FLOP/s.
	Limit *Limit `json:"limit,omitempty"`
}

// Summary is a Metric's samples summarised: the median with its 95%
// confidence interval (benchmath's), or for a per-doc accuracy the mean
// with its standard error.
type Summary struct {
	N      int     `json:"n"`
	Center float64 `json:"center"`
	Lo     float64 `json:"lo"`
	Hi     float64 `json:"hi"`
	// Stat names Center: "median" (Lo, Hi its 95% CI) or "mean" (Lo, Hi
	// ± one standard error).
	Stat string `json:"stat"`
}

// Limit is what a throughput figure is measured against.
type Limit struct {
	Value    float64 `json:"value"`    // the ceiling in the metric's unit
	Fraction float64 `json:"fraction"` // Summary.Center / Value
	Basis    string  `json:"basis"`    // e.g. "read 28.2 GB/s ÷ 5.03 GB/token"
}

// Key is the metric's identity within a backend: name plus sorted labels.
func (m Metric) Key() string {
	keys := make([]string, 0, len(m.Labels))
	for k := range m.Labels {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	var b bytes.Buffer
	b.WriteString(m.Name)
	for _, k := range keys {
		fmt.Fprintf(&b, "/%s=%s", k, m.Labels[k])
	}
	return b.String()
}

// RecordError is a record that cannot be used, naming the file.
type RecordError struct {
	File string
	Err  error
}

func (e *RecordError) Error() string { return e.File + ": " + e.Err.Error() }
func (e *RecordError) Unwrap() error { return e.Err }

// ErrSchema marks a record of a schema this binary does not read.
var ErrSchema = errors.New("record schema")

// ReadRecord reads and validates a record file.
func ReadRecord(path string) (*Record, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	r, err := ParseRecord(b)
	if err != nil {
		return nil, &RecordError{File: path, Err: err}
	}
	return r, nil
}

// ParseRecord decodes and validates a record. Unknown fields are errors:
// a field this binary does not know means a layout it may misread.
func ParseRecord(b []byte) (*Record, error) {
	var probe struct {
		Schema *int `json:"schema"`
	}
	if err := json.Unmarshal(b, &probe); err != nil {
		return nil, fmt.Errorf("not a JSON record: %w", err)
	}
	switch {
	case probe.Schema == nil:
		return nil, fmt.Errorf("%w: no \"schema\" field", ErrSchema)
	case *probe.Schema != RecordSchema:
		return nil, fmt.Errorf("%w %d: this binary reads schema %d", ErrSchema, *probe.Schema, RecordSchema)
	}
	d := json.NewDecoder(bytes.NewReader(b))
	d.DisallowUnknownFields()
	var r Record
	if err := d.Decode(&r); err != nil {
		return nil, fmt.Errorf("record: %w", err)
	}
	if err := r.Validate(); err != nil {
		return nil, err
	}
	return &r, nil
}

// Validate checks what every reader relies on: the identity fields are
// present, every backend has a name, metrics have names and units, no two
// metrics of a backend share a key, and every summary agrees with its
// samples.
func (r *Record) Validate() error {
	var errs []error
	if r.Schema != RecordSchema {
		errs = append(errs, fmt.Errorf("%w %d: want %d", ErrSchema, r.Schema, RecordSchema))
	}
	if r.Kind != KindEval && r.Kind != KindBench {
		errs = append(errs, fmt.Errorf("kind %q: want %q or %q", r.Kind, KindEval, KindBench))
	}
	if r.RunID == "" {
		errs = append(errs, errors.New("run_id missing"))
	}
	if r.Start.IsZero() || r.End.Before(r.Start) {
		errs = append(errs, fmt.Errorf("times: start %v, end %v", r.Start, r.End))
	}
	if r.Model.Name == "" || r.Model.Fingerprint == "" {
		errs = append(errs, errors.New("model name or fingerprint missing"))
	}
	if len(r.Backends) == 0 {
		errs = append(errs, errors.New("no backends"))
	}
	for i, b := range r.Backends {
		if b.Name == "" {
			errs = append(errs, fmt.Errorf("backends[%d]: name missing", i))
		}
		if i == 0 && b.Agreement != nil {
			errs = append(errs, fmt.Errorf("backends[0] (%s): the reference has an agreement with itself", b.Name))
		}
		seen := map[string]bool{}
		for j, m := range b.Metrics {
			where := fmt.Sprintf("backends[%d] (%s) metric %d (%s)", i, b.Name, j, m.Key())
			if m.Name == "" || m.Unit == "" {
				errs = append(errs, fmt.Errorf("%s: name or unit missing", where))
			}
			if seen[m.Key()] {
				errs = append(errs, fmt.Errorf("%s: duplicate metric", where))
			}
			seen[m.Key()] = true
			if err := m.checkSummary(); err != nil {
				errs = append(errs, fmt.Errorf("%s: %w", where, err))
			}
		}
	}
	return errors.Join(errs...)
}

// checkSummary: the summary is over the samples it says. The median and
// mean are recomputed; the interval is only checked to hold the centre
// (its method is benchmath's, not repeated here).
func (m Metric) checkSummary() error {
	s := m.Summary
	if s.N != len(m.Samples) {
		return fmt.Errorf("summary of %d samples, %d given", s.N, len(m.Samples))
	}
	if s.N == 0 {
		return nil
	}
	for _, v := range m.Samples {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return fmt.Errorf("sample %v is not finite", v)
		}
	}
	var want float64
	switch s.Stat {
	case "median":
		v := slices.Clone(m.Samples)
		slices.Sort(v)
		want = v[len(v)/2]
		if len(v)%2 == 0 {
			want = (v[len(v)/2-1] + v[len(v)/2]) / 2
		}
	case "mean":
		for _, v := range m.Samples {
			want += v
		}
		want /= float64(len(m.Samples))
	default:
		return fmt.Errorf("summary stat %q: want median or mean", s.Stat)
	}
	if math.Abs(want-s.Center) > 1e-9*max(1, math.Abs(want)) {
		return fmt.Errorf("summary %s %v disagrees with the samples' %v", s.Stat, s.Center, want)
	}
	if !(s.Lo <= s.Center && s.Center <= s.Hi) {
		return fmt.Errorf("interval [%v, %v] does not hold the %s %v", s.Lo, s.Hi, s.Stat, s.Center)
	}
	return nil
}

// WriteRecord validates r and writes it atomically.
func WriteRecord(path string, r *Record) error {
	if err := r.Validate(); err != nil {
		return &RecordError{File: path, Err: fmt.Errorf("not written: %w", err)}
	}
	return WriteJSONAtomic(path, r)
}
