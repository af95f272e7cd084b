package tasks

import (
	"math"
	"path/filepath"
	"strings"
	"testing"
)

func TestPerplexityText(t *testing.T) {
	path := filepath.Join("testdata", "ppl", "tiny.txt")
	whole, err := NewPerplexity(PerplexitySpec{Name: "tiny", Path: path})
	if err != nil {
		t.Fatal(err)
	}
	docs, err := whole.Docs(0)
	if err != nil {
		t.Fatal(err)
	}
	// Counts from Python: len(re.split(r"\s+", t)), len(t.encode()).
	if len(docs) != 1 || docs[0].Words != 27 || docs[0].Bytes != 127 {
		t.Fatalf("docs %d words %d bytes %d", len(docs), docs[0].Words, docs[0].Bytes)
	}
	r := docs[0].Requests[0]
	if r.Kind != LoglikelihoodRolling || r.Context != "" || len(r.Continuation) != 127 || docs[0].Hash != hashString(r.Continuation) {
		t.Errorf("request %+v", r)
	}
	if _, err := whole.Docs(1); err == nil {
		t.Error("shots on a perplexity task: no error")
	}

	split, err := NewPerplexity(PerplexitySpec{Name: "tiny", Path: path, Separator: "\n\n\n"})
	if err != nil {
		t.Fatal(err)
	}
	docs, _ = split.Docs(-1)
	if len(docs) != 2 || docs[0].Words != 21 || docs[0].Bytes != 98 || docs[1].Words != 6 || docs[1].Bytes != 26 ||
		!strings.HasSuffix(docs[1].Source, "tiny.txt:5") {
		t.Fatalf("split docs %+v", docs)
	}
	// Corpus-level aggregation over both docs.
	var vals [4][]Value
	for i, d := range docs {
		s, err := split.Process(d, []Result{{LogProb: -float64(10 * (i + 1)), Tokens: 10 + i}})
		if err != nil {
			t.Fatal(err)
		}
		for m := range vals {
			vals[m] = append(vals[m], s.Values[m])
		}
	}
	want := []float64{math.Exp(30.0 / 21), math.Exp(30.0 / 27), math.Exp(30.0 / 124), 30.0 / 124 / math.Ln2}
	for m, metric := range split.Metrics() {
		got, _, _ := Aggregate(metric.Agg, vals[m])
		if !approx(got, want[m], 0, 1e-12) {
			t.Errorf("%s = %v, want %v", metric.Name, got, want[m])
		}
	}
	if _, err := split.Process(docs[0], []Result{{LogProb: -1}}); err == nil {
		t.Error("zero tokens: no error")
	}
}

func TestPerplexityJSONL(t *testing.T) {
	task, err := NewPerplexity(PerplexitySpec{Name: "pages", Path: filepath.Join("testdata", "ppl", "pages.jsonl"), Field: "page"})
	if err != nil {
		t.Fatal(err)
	}
	docs, _ := task.Docs(0)
	if len(docs) != 2 || docs[0].Words != 16 || docs[0].Bytes != 80 || docs[1].Words != 7 || docs[1].Bytes != 40 {
		t.Errorf("docs %+v", docs)
	}
}

func TestPerplexityMalformed(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct {
		name, file, data string
		spec             PerplexitySpec
		want             string
	}{
		{"empty file", "e.txt", "", PerplexitySpec{}, "e.txt:1: malformed task data: empty document"},
		{"empty piece", "p.txt", "one\n\n\n\n\n\ntwo\n", PerplexitySpec{Separator: "\n\n\n"}, "p.txt:4: malformed task data: empty document"},
		{"jsonl without field", "j.jsonl", `{"page":"x"}`, PerplexitySpec{}, "needs field"},
		{"jsonl missing field", "j.jsonl", `{"page":"x"}` + "\n" + `{"text":"y"}`, PerplexitySpec{Field: "page"}, `j.jsonl:2: malformed task data: missing field "page"`},
		{"jsonl empty text", "j.jsonl", `{"page":""}`, PerplexitySpec{Field: "page"}, "j.jsonl:1: malformed task data: empty text"},
		{"jsonl bad line", "j.jsonl", `{"page":"x"}` + "\n" + `{"page":` + "\n", PerplexitySpec{Field: "page"}, "j.jsonl:2: malformed task data: bad JSON"},
		{"missing file", "", "", PerplexitySpec{Path: "/nonexistent/x.txt"}, "no such file"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := tc.spec
			s.Name = "x"
			if tc.file != "" {
				s.Path = write(t, dir, tc.file, tc.data)
			}
			_, err := NewPerplexity(s)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %v, want %q", err, tc.want)
			}
		})
	}
}
