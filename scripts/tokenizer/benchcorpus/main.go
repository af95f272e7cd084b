// Command benchcorpus writes the mixed text that the tokenizer benchmarks
// encode (tokenizer.BenchCorpus), so the Go and node benchmarks read the
// same bytes.
//
//	go run ./scripts/tokenizer/benchcorpus > corpus.txt
package main

import (
	"fmt"
	"os"

	"github.com/gemma-bench/gemma-bench/model/tokenizer"
)

func main() {
	if _, err := os.Stdout.WriteString(tokenizer.BenchCorpus()); err != nil {
		fmt.Fprintln(os.Stderr, "benchcorpus:", err)
		os.Exit(1)
	}
}
