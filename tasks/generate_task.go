package tasks

import (
	"fmt"
	"path/filepath"
)

// genTask is a generate_until Task.
type genTask struct {
	name, version string
	eval          []genItem
	shots         fewshot
	defaultShots  int
	until         []string
	maxTokens     int
	filters       []Filter
	match         Match
	metrics       []Metric
}

// genItem is one parsed generation example.
type genItem struct {
	text, target, source, key string
}

// LoadGenTask reads a JSON GenSpec file; data paths are relative to it.
func LoadGenTask(path string) (Task, error) {
	var s GenSpec
	if err := readSpec(path, &s); err != nil {
		return nil, err
	}
	return NewGenTask(s, filepath.Dir(path))
}

// NewGenTask builds a generate_until task; dir anchors relative data paths.
func NewGenTask(s GenSpec, dir string) (Task, error) {
	text, err := parseTemplate(s.Text)
	if err != nil {
		return nil, fmt.Errorf("tasks: spec %s: %w", s.Name, err)
	}
	target, err := parseTemplate(s.Target)
	if err != nil {
		return nil, fmt.Errorf("tasks: spec %s: %w", s.Name, err)
	}
	if s.Text == "" || s.Target == "" {
		return nil, fmt.Errorf("tasks: spec %s: text and target are required", s.Name)
	}
	r, err := s.load(dir)
	if err != nil {
		return nil, fmt.Errorf("tasks: %w", err)
	}
	t := &genTask{name: s.Name, version: s.version(), defaultShots: s.NumFewshot, until: s.Until, maxTokens: s.MaxTokens, match: s.Match}
	if t.until == nil {
		t.until = []string{r.prompt.fewshotDelim}
	}
	if t.maxTokens == 0 {
		t.maxTokens = 256
	}
	if t.maxTokens < 0 {
		return nil, fmt.Errorf("tasks: spec %s: negative max_tokens", s.Name)
	}
	t.filters = append([]Filter(nil), s.Filters...)
	if len(t.filters) == 0 {
		t.filters = []Filter{{Name: "none"}}
	}
	for i := range t.filters {
		if err := t.filters[i].compile(); err != nil {
			return nil, fmt.Errorf("tasks: spec %s: %w", s.Name, err)
		}
		t.metrics = append(t.metrics, Metric{Name: "exact_match", Filter: t.filters[i].Name, Agg: Mean, HigherIsBetter: true})
	}
	if err := t.match.compile(); err != nil {
		return nil, fmt.Errorf("tasks: spec %s: %w", s.Name, err)
	}
	items := func(recs []record) ([]genItem, error) {
		out := make([]genItem, len(recs))
		for i, rec := range recs {
			q, err := text.render(rec.fields)
			if err != nil {
				return nil, dataErr(rec.pos, "%v", err)
			}
			a, err := target.render(rec.fields)
			if err != nil {
				return nil, dataErr(rec.pos, "%v", err)
			}
			out[i] = genItem{text: q, target: a, source: rec.pos, key: rec.key}
		}
		return out, nil
	}
	if t.eval, err = items(r.eval); err != nil {
		return nil, err
	}
	pool := t.eval
	if !r.samePool {
		if pool, err = items(r.pool); err != nil {
			return nil, err
		}
	}
	t.shots = fewshot{prompt: r.prompt, samePool: r.samePool, pool: make([]shot, len(pool))}
	for i, it := range pool {
		t.shots.pool[i] = shot{q: it.text, a: it.target, key: it.key}
	}
	return t, nil
}

func (t *genTask) Name() string           { return t.name }
func (t *genTask) Version() string        { return t.version }
func (t *genTask) OutputType() OutputType { return Generate }
func (t *genTask) Metrics() []Metric      { return t.metrics }

// Docs renders each example as one GenerateUntil request.
func (t *genTask) Docs(n int) ([]Doc, error) {
	if n < 0 {
		n = t.defaultShots
	}
	if err := t.shots.check(t.name, n); err != nil {
		return nil, err
	}
	prefix := t.shots.prefixes(n)
	docs := make([]Doc, len(t.eval))
	for i, it := range t.eval {
		p, err := prefix(it.key)
		if err != nil {
			return nil, fmt.Errorf("%w (%s)", err, it.source)
		}
		d := Doc{Task: t.name, ID: i, Gold: -1, Target: it.target, Source: it.source,
			Requests: []Request{{Kind: GenerateUntil, Context: p + it.text, PrefixLen: len(p), Until: t.until, MaxTokens: t.maxTokens}}}
		d.finish()
		docs[i] = d
	}
	return docs, nil
}

// Process cuts the output at the stop strings, applies every filter and
// scores exact match against the reference.
func (t *genTask) Process(d Doc, res []Result) (Score, error) {
	if err := checkResults(d, res); err != nil {
		return Score{}, err
	}
	out := CutAtStop(res[0].Text, d.Requests[0].Until)
	s := Score{Pred: -1, PredNorm: -1}
	for _, f := range t.filters {
		got, err := f.Apply(out)
		if err != nil {
			return Score{}, err
		}
		ok, err := t.match.ExactMatch(got, d.Target)
		if err != nil {
			return Score{}, err
		}
		s.Extracted = append(s.Extracted, got)
		s.Values = append(s.Values, boolValue(ok))
	}
	return s, nil
}
