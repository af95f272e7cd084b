package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"math"
	"strconv"

	"github.com/gemma-bench/gemma-bench/backends"
	"github.com/gemma-bench/gemma-bench/model"
)

func cmdLogits(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("logits", "logits --model DIR --ids 2,10,20 [--backend NAME] [--decode]  (JSON; NaN and ±Inf as the strings \"NaN\", \"Infinity\", \"-Infinity\")", stdout, stderr)
	dir, backend, threads := engineFlags(fs, "checkpoint directory (HF layout)")
	idsFlag := fs.String("ids", "", "comma-separated token ids (BOS is not added)")
	decode := fs.Bool("decode", false, "feed the ids one decode step at a time instead of one prefill")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *dir == "" {
		fs.Usage()
		return fmt.Errorf("logits: --model is required")
	}
	if err := inRange("logits", "threads", *threads, 0, maxThreads); err != nil {
		return err
	}
	ids, err := parseIDs(*idsFlag)
	if err != nil {
		return err
	}
	m, err := model.Load(*dir)
	if err != nil {
		return err
	}
	defer m.Close()
	if err := checkVocab(ids, m.Config.VocabSize); err != nil {
		return err
	}
	be, err := openBackend(*backend, *threads)
	if err != nil {
		return err
	}
	defer be.Close()
	r, err := model.NewRunner(m, be, 1, len(ids))
	if err != nil {
		return err
	}
	defer r.Close()
	r.AllowNonFinite = true // printed, encoded as JSON strings
	var logits []float32
	if *decode {
		for i, id := range ids {
			o, err := r.Decode(ctx, []int32{0}, []int32{int32(i)}, []int32{id}, backends.WantLogits)
			if err != nil {
				return err
			}
			logits = append(logits, o.Logits...)
		}
	} else if logits, err = r.PrefillLogits(ctx, 0, 0, ids); err != nil {
		return err
	}
	// Written by hand: encoding/json would round-trip float32 through
	// float64 and print 17 digits; 'g' with -1 gives the shortest exact one.
	w := bufio.NewWriter(stdout)
	w.WriteString(`{"ids": [`)
	for i, id := range ids {
		if i > 0 {
			w.WriteString(", ")
		}
		w.WriteString(strconv.Itoa(int(id)))
	}
	fmt.Fprintf(w, `], "backend": %q, "logits": [`, be.Name())
	vocab := m.Config.VocabSize
	for p := range ids {
		if p > 0 {
			w.WriteString(",")
		}
		w.WriteString("\n  [")
		for i, v := range logits[p*vocab : (p+1)*vocab] {
			if i > 0 {
				w.WriteString(", ")
			}
			w.WriteString(jsonFloat(v))
		}
		w.WriteString("]")
	}
	w.WriteString("\n]}\n")
	return w.Flush()
}

// jsonFloat is v as a JSON value: the shortest exact decimal, or, since
// JSON has no NaN or infinities, the strings "NaN", "Infinity" and
// "-Infinity" (the protobuf JSON mapping's spelling).
func jsonFloat(v float32) string {
	switch f := float64(v); {
	case math.IsNaN(f):
		return `"NaN"`
	case math.IsInf(f, 1):
		return `"Infinity"`
	case math.IsInf(f, -1):
		return `"-Infinity"`
	}
	return strconv.FormatFloat(float64(v), 'g', -1, 32)
}
