package results

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"time"
)

// File names inside a run directory.
const (
	RunFile     = "run.json"
	ResultsFile = "results.json"
)

// Schema is the version of the run files' layout.
const Schema = 1

// Run is run.json: written when a run starts, it says what the samples in
// the same directory are samples of, so that --resume and merge can refuse
// to mix runs that are not the same evaluation.
type Run struct {
	Schema  int       `json:"schema"`
	RunID   string    `json:"run_id"`
	Created time.Time `json:"created"`
	// Settings are the run's identity: everything that can change a sample.
	Settings Settings `json:"settings"`
	Shard    Shard    `json:"shard"`
	// Planned is how many docs this run (this shard) scores.
	Planned     int         `json:"planned_docs"`
	Tasks       []TaskInfo  `json:"tasks"`
	Groups      []GroupInfo `json:"groups,omitempty"`
	Environment Environment `json:"environment"`
}

// Settings is what must agree between runs whose samples are combined.
type Settings struct {
	Model     ModelInfo     `json:"model"`
	Tokenizer TokenizerInfo `json:"tokenizer"`
	Backend   string        `json:"backend"`
	// BackendOptions are what the backend reports it ran with (kernel
	// path, numerics, threads, KV layout): runs that differ there measure
	// different things.
	BackendOptions map[string]string `json:"backend_options,omitempty"`
	// TaskArgs are the --tasks names as given; Shots the few-shot count
	// used (--shots, or the tasks' default when they share one; -1 when
	// they differ, each task's n_shot then says); Limit the per-task
	// --limit (0: none).
	TaskArgs    []string `json:"task_args"`
	Shots       int      `json:"shots"`
	Limit       int      `json:"limit"`
	BatchSize   int      `json:"batch_size"`
	MaxLength   int      `json:"max_length"`
	PrefixReuse bool     `json:"prefix_reuse"`
	// Extra holds task-source settings (data directory, arith seed).
	Extra map[string]string `json:"extra,omitempty"`
}

// ModelInfo identifies the checkpoint.
type ModelInfo struct {
	Dir    string `json:"dir"`
	Name   string `json:"name"`   // canonical config name or "custom"
	Params int64  `json:"params"` // parameter count
	// Fingerprint is ModelFingerprint: config.json and each weight file's
	// name, size and first and last MiB.
	Fingerprint string `json:"fingerprint"`
	// Weights is the format the run used: "stored", or q8_0 / q4_0 when
	// quantized on load.
	Weights string `json:"weights,omitempty"`
}

// TokenizerInfo identifies the tokenizer by its file's hash.
type TokenizerInfo struct {
	Path   string `json:"path"`
	SHA256 string `json:"sha256"`
}

// Shard is "--shard Index/Count", 0-based index; Count 1 is a whole run.
type Shard struct {
	Index int `json:"index"`
	Count int `json:"count"`
}

// String is the 1-based form users type ("2/4").
func (s Shard) String() string { return fmt.Sprintf("%d/%d", s.Index+1, s.Count) }

// TaskInfo is what a summary needs to know about a task without loading it.
type TaskInfo struct {
	Name       string       `json:"name"`
	Version    string       `json:"version"`
	OutputType string       `json:"output_type"`
	NShot      int          `json:"n_shot"`
	Metrics    []MetricInfo `json:"metrics"`
	// Original is the task's doc count; Effective after --limit, before
	// sharding (lm-eval's n-samples).
	Original  int `json:"original"`
	Effective int `json:"effective"`
	// DataHash identifies the docs evaluated (their prompts, choices and
	// targets, after --limit and shots; evals' docsHash).
	DataHash string `json:"data_hash,omitempty"`
}

// MetricInfo describes one metric of a task.
type MetricInfo struct {
	Name           string `json:"name"`
	Filter         string `json:"filter"`
	Aggregation    string `json:"aggregation"` // mean, perplexity, bits_per_byte
	HigherIsBetter bool   `json:"higher_is_better"`
}

// Key is lm-eval's "name,filter".
func (m MetricInfo) Key() string { return m.Name + "," + m.Filter }

// StderrKey is lm-eval's "name_stderr,filter".
func (m MetricInfo) StderrKey() string { return m.Name + "_stderr," + m.Filter }

// GroupInfo is a size-weighted group of tasks or groups.
type GroupInfo struct {
	Name    string   `json:"name"`
	Alias   string   `json:"alias"`
	Version string   `json:"version"`
	Members []string `json:"members"`
}

// SameEvaluation reports why two runs' samples cannot be combined, or nil.
// The shard is compared only when sameShard is set (resume); merge combines
// different shards of one evaluation.
func (r Run) SameEvaluation(o Run, sameShard bool) error {
	// Compared as JSON, the form they are stored in, so that a nil and an
	// empty map (which JSON does not tell apart) count as equal.
	if !sameJSON(r.Settings, o.Settings) {
		return fmt.Errorf("settings differ: %s", strings.Join(jsonDiff(r.Settings, o.Settings), "; "))
	}
	if !sameJSON(r.Tasks, o.Tasks) {
		return fmt.Errorf("task lists differ (names, versions, shots or sizes)")
	}
	if !sameJSON(r.Groups, o.Groups) {
		return fmt.Errorf("groups differ")
	}
	if r.Shard.Count != o.Shard.Count {
		return fmt.Errorf("shard counts differ: %d vs %d", r.Shard.Count, o.Shard.Count)
	}
	if sameShard && r.Shard != o.Shard {
		return fmt.Errorf("shards differ: %s vs %s", r.Shard, o.Shard)
	}
	return nil
}

func sameJSON(a, b any) bool {
	x, err1 := json.Marshal(a)
	y, err2 := json.Marshal(b)
	return err1 == nil && err2 == nil && bytes.Equal(x, y)
}

// jsonDiff names the fields in which a and b differ, as "path: A vs B",
// comparing their JSON forms (the form runs are stored in).
func jsonDiff(a, b any) []string {
	var av, bv any
	ja, _ := json.Marshal(a)
	jb, _ := json.Marshal(b)
	json.Unmarshal(ja, &av)
	json.Unmarshal(jb, &bv)
	var out []string
	var walk func(path string, x, y any)
	walk = func(path string, x, y any) {
		xm, xok := x.(map[string]any)
		ym, yok := y.(map[string]any)
		if xok && yok {
			keys := map[string]bool{}
			for k := range xm {
				keys[k] = true
			}
			for k := range ym {
				keys[k] = true
			}
			sorted := make([]string, 0, len(keys))
			for k := range keys {
				sorted = append(sorted, k)
			}
			sort.Strings(sorted)
			for _, k := range sorted {
				p := k
				if path != "" {
					p = path + "." + k
				}
				walk(p, xm[k], ym[k])
			}
			return
		}
		xs, _ := json.Marshal(x)
		ys, _ := json.Marshal(y)
		if string(xs) != string(ys) {
			out = append(out, fmt.Sprintf("%s: %s vs %s", path, xs, ys))
		}
	}
	walk("", av, bv)
	return out
}
