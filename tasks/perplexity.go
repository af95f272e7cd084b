package tasks

import (
	"errors"
	"fmt"
	"os"
	"strings"
)

// PerplexitySpec declares a loglikelihood_rolling task over text, scored like
// lm-eval's wikitext: word and byte perplexity and bits per byte from summed
// log-likelihoods, aggregated over the corpus (Σ ll / Σ count), plus token
// perplexity, which needs the runner's token count.
type PerplexitySpec struct {
	Name    string `json:"name"`
	Version string `json:"version"` // default "1.0"
	// Path is a text file, or a .jsonl file with one document per line.
	Path string `json:"path"`
	// Separator, for a text file, splits it into documents (e.g. "\n\n\n");
	// empty means the whole file is one document.
	Separator string `json:"separator"`
	// Field names the text in each JSONL record (e.g. wikitext's "page").
	Field string `json:"field"`
}

// perplexityMetrics are lm-eval's wikitext metrics plus token perplexity.
var perplexityMetrics = []Metric{
	{Name: "token_perplexity", Filter: "none", Agg: Perplexity},
	{Name: "word_perplexity", Filter: "none", Agg: Perplexity},
	{Name: "byte_perplexity", Filter: "none", Agg: Perplexity},
	{Name: "bits_per_byte", Filter: "none", Agg: BitsPerByte},
}

type pplTask struct {
	name, version string
	docs          []Doc
}

// NewPerplexity reads the text now and returns the task.
func NewPerplexity(s PerplexitySpec) (Task, error) {
	if s.Name == "" || s.Path == "" {
		return nil, errors.New("tasks: perplexity: name and path are required")
	}
	version := s.Version
	if version == "" {
		version = "1.0"
	}
	t := &pplTask{name: s.Name, version: version}
	var texts, sources []string
	if strings.HasSuffix(s.Path, ".jsonl") {
		if s.Field == "" {
			return nil, fmt.Errorf("tasks: perplexity %s: a .jsonl path needs field", s.Name)
		}
		recs, err := readJSONL(s.Path)
		if err != nil {
			return nil, fmt.Errorf("tasks: %w", err)
		}
		for _, r := range recs {
			txt, err := lookupString(r.fields, s.Field)
			if err != nil {
				return nil, dataErr(r.pos, "%v", err)
			}
			if txt == "" {
				return nil, dataErr(r.pos, "empty text in field %q", s.Field)
			}
			texts, sources = append(texts, txt), append(sources, r.pos)
		}
	} else {
		b, err := os.ReadFile(s.Path)
		if err != nil {
			return nil, fmt.Errorf("tasks: perplexity: %w", err)
		}
		if texts, sources, err = splitText(s.Path, string(b), s.Separator); err != nil {
			return nil, err
		}
	}
	for i, txt := range texts {
		d := Doc{
			Task: t.name, ID: i, Gold: -1, Target: txt, Source: sources[i],
			Requests: []Request{{Kind: LoglikelihoodRolling, Continuation: txt}},
			Words:    CountWords(txt), Bytes: CountBytes(txt),
		}
		d.finish()
		t.docs = append(t.docs, d)
	}
	return t, nil
}

// splitText cuts a file into documents; an empty document (file, or two
// separators in a row) is an error rather than a zero-weight sample.
func splitText(path, s, sep string) ([]string, []string, error) {
	parts := []string{s}
	if sep != "" {
		parts = strings.Split(s, sep)
		// One trailing separator ends the file; it does not start a document.
		if len(parts) > 1 && parts[len(parts)-1] == "" {
			parts = parts[:len(parts)-1]
		}
	}
	var texts, sources []string
	line := 1
	for _, p := range parts {
		if strings.TrimSpace(p) == "" {
			return nil, nil, dataErr(at(path, line), "empty document")
		}
		texts, sources = append(texts, p), append(sources, at(path, line))
		line += strings.Count(p, "\n") + strings.Count(sep, "\n")
	}
	return texts, sources, nil
}

func (t *pplTask) Name() string           { return t.name }
func (t *pplTask) Version() string        { return t.version }
func (t *pplTask) OutputType() OutputType { return Rolling }
func (t *pplTask) Metrics() []Metric      { return perplexityMetrics }

// Docs returns the documents; perplexity takes no shots (lm-eval refuses them).
func (t *pplTask) Docs(n int) ([]Doc, error) {
	if n > 0 {
		return nil, fmt.Errorf("tasks: %s: perplexity tasks take no few-shot examples, got %d", t.name, n)
	}
	return append([]Doc(nil), t.docs...), nil
}

// Process pairs the summed log-likelihood with each count; Aggregate turns
// the pairs into corpus-level perplexities.
func (t *pplTask) Process(d Doc, res []Result) (Score, error) {
	if err := checkResults(d, res); err != nil {
		return Score{}, err
	}
	r := res[0]
	if r.Tokens <= 0 {
		return Score{}, fmt.Errorf("tasks: %s doc %d: rolling result has %d tokens", t.name, d.ID, r.Tokens)
	}
	return Score{Pred: -1, PredNorm: -1, Values: PerplexityValues(r.LogProb, r.Tokens, d.Words, d.Bytes)}, nil
}

// PerplexityValues is one document's contribution to token, word and byte
// perplexity and bits per byte, in perplexityMetrics order.
func PerplexityValues(logProb float64, tokens, words, bytes int) []Value {
	return []Value{
		{Num: logProb, Den: float64(tokens)},
		{Num: logProb, Den: float64(words)},
		{Num: logProb, Den: float64(bytes)},
		{Num: logProb, Den: float64(bytes)},
	}
}
