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
	"github.com/gemma-bench/gemma-bench/results"
)

func cmdLogits(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("logits", "logits --model DIR --ids 2,10,20 [--backend NAME] [--weights q8_0] [--decode] [--compare go]  (JSON; NaN and ±Inf as the strings \"NaN\", \"Infinity\", \"-Infinity\"; with --compare a report)", stdout, stderr)
	dir, backend, threads := engineFlags(fs, "checkpoint directory (HF layout)")
	weights := weightsFlag(fs)
	idsFlag := fs.String("ids", "", "comma-separated token ids (BOS is not added)")
	decode := fs.Bool("decode", false, "feed the ids one decode step at a time instead of one prefill")
	compare := fs.String("compare", "", "reference backend spec (e.g. go): report how the chosen backend and --weights agree with it on the stored weights (max |Δlogit|, relative error, KL divergence, top-1 agreement) instead of printing logits")
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
	m, err := loadModel(*dir, *weights)
	if err != nil {
		return err
	}
	defer m.Close()
	if err := checkVocab(ids, m.Config.VocabSize); err != nil {
		return err
	}
	logits, beName, err := computeLogits(ctx, m, *backend, *threads, ids, *decode)
	if err != nil {
		return err
	}
	if *compare != "" {
		return compareLogits(ctx, stdout, *dir, *compare, *threads, ids, *decode, logits, beName, *weights)
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
	fmt.Fprintf(w, `], "backend": %q, "logits": [`, beName)
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

// computeLogits runs ids through m on a backend: one prefill, or one
// decode step per id. It returns the logits of every position.
func computeLogits(ctx context.Context, m *model.Model, spec string, threads int, ids []int32, decode bool) ([]float32, string, error) {
	be, err := openBackend(spec, threads)
	if err != nil {
		return nil, "", err
	}
	defer be.Close()
	name := be.Name() + backendKeys(be)
	r, err := model.NewRunner(m, be, 1, len(ids))
	if err != nil {
		return nil, "", err
	}
	defer r.Close()
	r.AllowNonFinite = true // printed, encoded as JSON strings
	if !decode {
		logits, err := r.PrefillLogits(ctx, 0, 0, ids)
		return logits, name, err
	}
	var logits []float32
	for i, id := range ids {
		o, err := r.Decode(ctx, []int32{0}, []int32{int32(i)}, []int32{id}, backends.WantLogits)
		if err != nil {
			return nil, "", err
		}
		logits = append(logits, o.Logits...)
	}
	return logits, name, nil
}

// compareLogits is logits --compare: the reference backend runs the
// checkpoint as stored, so the report covers both the backend's numerics
// and any --weights quantization.
func compareLogits(ctx context.Context, stdout io.Writer, dir, refSpec string, threads int, ids []int32, decode bool, got []float32, gotName, weights string) error {
	m, err := model.Load(dir)
	if err != nil {
		return err
	}
	defer m.Close()
	ref, refName, err := computeLogits(ctx, m, refSpec, threads, ids, decode)
	if err != nil {
		return fmt.Errorf("logits --compare %s: %w", refSpec, err)
	}
	a, err := results.Agree(ref, got, m.Config.VocabSize)
	if err != nil {
		return err
	}
	mode := "prefill"
	if decode {
		mode = "decode"
	}
	fmt.Fprintf(stdout, "%s (weights %s) against %s (weights stored), %d positions by %s:\n", gotName, weights, refName, a.Rows, mode)
	fmt.Fprintf(stdout, "  max |Δlogit|      %.4g\n", a.MaxAbs)
	fmt.Fprintf(stdout, "  relative error    %.4g  (max |Δlogit| / max |reference logit|)\n", a.RelErr)
	fmt.Fprintf(stdout, "  KL divergence     %.4g nats mean, %.4g max  (KL(reference ‖ %s) per position)\n", a.KL, a.MaxKL, gotName)
	fmt.Fprintf(stdout, "  top-1 agreement   %.1f%%\n", 100*a.Top1)
	if a.NonFinite > 0 {
		fmt.Fprintf(stdout, "  non-finite logits %d (their positions are left out above)\n", a.NonFinite)
	}
	return nil
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
