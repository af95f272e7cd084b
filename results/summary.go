package results

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"sort"
	"strconv"
)

// Results is results.json: lm-evaluation-harness's results layout (keys
// results, groups, group_subtasks, configs, versions, n-shot,
// higher_is_better, n-samples, config) so that existing tooling reads it,
// plus this harness's performance, environment and run identity.
type Results struct {
	Results        map[string]Scores          `json:"results"`
	Groups         map[string]Scores          `json:"groups,omitempty"`
	GroupSubtasks  map[string][]string        `json:"group_subtasks"`
	Configs        map[string]TaskConfig      `json:"configs"`
	Versions       map[string]Version         `json:"versions"`
	NShot          map[string]int             `json:"n-shot"`
	HigherIsBetter map[string]map[string]bool `json:"higher_is_better"`
	NSamples       map[string]NSamples        `json:"n-samples"`
	Config         RunConfig                  `json:"config"`
	// TotalEvaluationTimeSeconds is a string in lm-eval's files too.
	TotalEvaluationTimeSeconds string `json:"total_evaluation_time_seconds"`

	RunID       string      `json:"run_id"`
	Shards      []Shard     `json:"shards"`
	Performance Performance `json:"performance"`
	Environment Environment `json:"environment"`
}

// Scores is one task's or group's entry: its alias and "metric,filter" →
// value. lm-eval writes "N/A" where a value does not exist (a stderr of one
// sample, a perplexity's stderr); here that is NaN in memory.
type Scores struct {
	Alias  string
	Values map[string]float64
}

// MarshalJSON flattens the entry as lm-eval does: {"alias": …, "acc,none": …}.
func (s Scores) MarshalJSON() ([]byte, error) {
	keys := make([]string, 0, len(s.Values))
	for k := range s.Values {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b bytes.Buffer
	b.WriteString(`{"alias":`)
	a, _ := json.Marshal(s.Alias)
	b.Write(a)
	for _, k := range keys {
		kb, _ := json.Marshal(k)
		b.WriteByte(',')
		b.Write(kb)
		b.WriteByte(':')
		v := s.Values[k]
		if math.IsNaN(v) || math.IsInf(v, 0) {
			b.WriteString(`"N/A"`)
		} else {
			b.Write(strconv.AppendFloat(nil, v, 'g', -1, 64))
		}
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

// UnmarshalJSON reads the flat form back ("N/A" becomes NaN).
func (s *Scores) UnmarshalJSON(b []byte) error {
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(b, &raw); err != nil {
		return err
	}
	s.Values = map[string]float64{}
	for k, v := range raw {
		if k == "alias" {
			if err := json.Unmarshal(v, &s.Alias); err != nil {
				return fmt.Errorf("alias: %w", err)
			}
			continue
		}
		var f float64
		if err := json.Unmarshal(v, &f); err != nil {
			var str string
			if json.Unmarshal(v, &str) != nil || str != "N/A" {
				return fmt.Errorf("%s: %s is neither a number nor \"N/A\"", k, v)
			}
			f = math.NaN()
		}
		s.Values[k] = f
	}
	return nil
}

// Version is a task or group version. lm-eval writes them as numbers (1.0,
// 2); ours are strings, written as JSON numbers when they are numbers.
type Version string

// MarshalJSON writes "1.0" as 1.0 and anything else as a string.
func (v Version) MarshalJSON() ([]byte, error) {
	if _, err := strconv.ParseFloat(string(v), 64); err == nil && json.Valid([]byte(v)) {
		return []byte(v), nil
	}
	return json.Marshal(string(v))
}

// UnmarshalJSON keeps a number's literal text.
func (v *Version) UnmarshalJSON(b []byte) error {
	if len(b) > 0 && b[0] == '"' {
		var s string
		err := json.Unmarshal(b, &s)
		*v = Version(s)
		return err
	}
	*v = Version(b)
	return nil
}

// TaskConfig is the subset of lm-eval's per-task config we can state.
type TaskConfig struct {
	Task       string         `json:"task"`
	OutputType string         `json:"output_type"`
	NumFewshot int            `json:"num_fewshot"`
	MetricList []ConfigMetric `json:"metric_list"`
	Metadata   ConfigMetadata `json:"metadata"`
}

// ConfigMetric is one entry of lm-eval's metric_list.
type ConfigMetric struct {
	Metric         string `json:"metric"`
	Aggregation    string `json:"aggregation"`
	HigherIsBetter bool   `json:"higher_is_better"`
}

// ConfigMetadata carries the version, as lm-eval's metadata block.
type ConfigMetadata struct {
	Version Version `json:"version"`
}

// NSamples is lm-eval's n-samples entry.
type NSamples struct {
	Original  int `json:"original"`
	Effective int `json:"effective"`
}

// RunConfig is lm-eval's "config" block, with our model and backend.
type RunConfig struct {
	Model     string `json:"model"`
	ModelArgs string `json:"model_args"`
	Backend   string `json:"backend"`
	BatchSize int    `json:"batch_size"`
	// Limit is null when no --limit was given, as in lm-eval.
	Limit       *int `json:"limit"`
	MaxLength   int  `json:"max_length"`
	PrefixReuse bool `json:"prefix_reuse"`
}

// Performance is how fast the run went, from the same run that produced
// the scores.
type Performance struct {
	Backend string `json:"backend"`
	Docs    int    `json:"docs"`
	// EvalSeconds sums the samples' compute shares (excludes loading);
	// WallSeconds is the wall time of the process(es), loading included.
	EvalSeconds   float64 `json:"eval_seconds"`
	WallSeconds   float64 `json:"wall_seconds"`
	DocsPerSecond float64 `json:"docs_per_second"`
	// PrefillTokens were computed; LMEvalTokens is what lm-eval's HF
	// backend would compute for the same requests; ReusedTokens were forked
	// from a cached shared prefix instead of being recomputed.
	PrefillTokens int64   `json:"prefill_tokens"`
	LMEvalTokens  int64   `json:"lm_eval_tokens"`
	ReusedTokens  int64   `json:"reused_tokens"`
	TokenRatio    float64 `json:"lm_eval_to_computed_ratio"`
	DecodeTokens  int64   `json:"decode_tokens"`
	// Prefill and decode throughput over their own phase times.
	PrefillSeconds         float64 `json:"prefill_seconds"`
	DecodeSeconds          float64 `json:"decode_seconds"`
	PrefillTokensPerSecond float64 `json:"prefill_tokens_per_second"`
	DecodeTokensPerSecond  float64 `json:"decode_tokens_per_second"`
	// PrefixMismatches counts docs whose shared prefix did not tokenize as
	// a token prefix of their context (only the common part was reused);
	// Truncated counts requests cut from the left to fit the model.
	PrefixMismatches int `json:"prefix_mismatches"`
	Truncated        int `json:"truncated_requests"`
	// Latency is per doc (the latency of its request batch); TTFT and
	// DecodeStep exist for generate_until.
	Latency    Percentiles  `json:"latency_ms"`
	TTFT       *Percentiles `json:"ttft_ms,omitempty"`
	DecodeStep *Percentiles `json:"decode_step_ms,omitempty"`
	// PeakRSSBytes is the largest resident set of the process(es).
	PeakRSSBytes int64 `json:"peak_rss_bytes"`
}

// Percentiles summarise a latency distribution in milliseconds.
type Percentiles struct {
	N    int     `json:"n"`
	Mean float64 `json:"mean"`
	P50  float64 `json:"p50"`
	P90  float64 `json:"p90"`
	P99  float64 `json:"p99"`
	Max  float64 `json:"max"`
}

// PercentilesOf summarises nanosecond durations, interpolating linearly
// between order statistics (numpy's default), in milliseconds.
func PercentilesOf(ns []int64) Percentiles {
	if len(ns) == 0 {
		return Percentiles{}
	}
	xs := make([]float64, len(ns))
	var sum float64
	for i, v := range ns {
		xs[i] = float64(v) / 1e6
		sum += xs[i]
	}
	sort.Float64s(xs)
	q := func(p float64) float64 {
		pos := p * float64(len(xs)-1)
		lo := int(math.Floor(pos))
		hi := min(lo+1, len(xs)-1)
		return xs[lo] + (xs[hi]-xs[lo])*(pos-float64(lo))
	}
	return Percentiles{N: len(xs), Mean: sum / float64(len(xs)), P50: q(0.5), P90: q(0.9), P99: q(0.99), Max: xs[len(xs)-1]}
}
