package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"strconv"

	"github.com/gemma-bench/gemma-bench/backends"
	"github.com/gemma-bench/gemma-bench/model"
)

func cmdLogits(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("logits", "logits --model DIR --ids 2,10,20 [--backend NAME] [--decode]", stderr)
	dir := fs.String("model", "", "checkpoint directory (HF layout)")
	idsFlag := fs.String("ids", "", "comma-separated token ids (BOS is not added)")
	backend := fs.String("backend", "", "backend spec (default: $GEMMA_BENCH_BACKEND, then the best usable)")
	threads := fs.Int("threads", 0, "CPU threads (0 = all)")
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
			w.WriteString(strconv.FormatFloat(float64(v), 'g', -1, 32))
		}
		w.WriteString("]")
	}
	w.WriteString("\n]}\n")
	return w.Flush()
}
