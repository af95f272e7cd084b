package tasks

import (
	"testing"
)

// BenchmarkMMLUDocs builds all 14,042 5-shot prompts and reports how many
// context bytes prefix sharing saves (a byte-level proxy for the runner's
// prefill-token saving).
func BenchmarkMMLUDocs(b *testing.B) {
	dir := sharedMMLU(b)
	suite, err := MMLU(dir, MMLUOptions{})
	if err != nil {
		b.Skip(err)
	}
	var full, shared int
	for b.Loop() {
		full, shared = 0, 0
		for _, task := range suite.Tasks {
			docs, err := task.Docs(5)
			if err != nil {
				b.Fatal(err)
			}
			shared += len(docs[0].Prefix())
			for _, d := range docs {
				full += len(d.Requests[0].Context)
				shared += len(d.Requests[0].Rest())
			}
		}
	}
	b.ReportMetric(float64(full)/float64(shared), "ctx-bytes/unique-bytes")
	b.ReportMetric(float64(full)/1e6, "MB-contexts")
}
