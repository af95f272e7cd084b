package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/gemma-bench/gemma-bench/model/tokenizer"
)

// readText returns the positional TEXT argument, or stdin for "-".
func readText(args []string, stdin io.Reader) (string, error) {
	if len(args) != 1 {
		return "", fmt.Errorf("want exactly one TEXT argument (or - for stdin), got %d", len(args))
	}
	if args[0] != "-" {
		return args[0], nil
	}
	b, err := io.ReadAll(stdin)
	return string(b), err
}

func cmdTokenize(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("tokenize", "tokenize --model DIR [--ids|--pieces] [--bos] TEXT|-", stdout, stderr)
	dir := fs.String("model", "", "directory holding tokenizer.json or tokenizer.model")
	ids := fs.Bool("ids", false, "print ids only (the default prints id<TAB>piece lines)")
	pieces := fs.Bool("pieces", false, "print pieces only")
	bos := fs.Bool("bos", false, "prepend BOS")
	if err := parseFlagsArgs(fs, args); err != nil {
		return err
	}
	if *dir == "" {
		fs.Usage()
		return fmt.Errorf("tokenize: --model is required")
	}
	text, err := readText(fs.Args(), os.Stdin)
	if err != nil {
		return fmt.Errorf("tokenize: %w", err)
	}
	tok, err := tokenizer.Load(*dir)
	if err != nil {
		return err
	}
	out := tok.Encode(text)
	if *bos {
		out = append([]int{tok.BOS()}, out...)
	}
	switch {
	case *ids:
		fmt.Fprintln(stdout, joinInts(out))
	case *pieces:
		fmt.Fprintln(stdout, strings.Join(tok.Pieces(out), " "))
	default:
		for _, id := range out {
			fmt.Fprintf(stdout, "%d\t%q\n", id, tok.Piece(id))
		}
	}
	return nil
}

func cmdDetokenize(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("detokenize", "detokenize --model DIR [--skip-special] IDS|-", stdout, stderr)
	dir := fs.String("model", "", "directory holding tokenizer.json or tokenizer.model")
	skip := fs.Bool("skip-special", false, "drop special tokens (<bos>, <eos>, turn markers)")
	if err := parseFlagsArgs(fs, args); err != nil {
		return err
	}
	if *dir == "" {
		fs.Usage()
		return fmt.Errorf("detokenize: --model is required")
	}
	text, err := readText(fs.Args(), os.Stdin)
	if err != nil {
		return fmt.Errorf("detokenize: %w", err)
	}
	ids32, err := parseIDs(strings.TrimSpace(text))
	if err != nil {
		return fmt.Errorf("detokenize: %w", err)
	}
	tok, err := tokenizer.Load(*dir)
	if err != nil {
		return err
	}
	ids := make([]int, len(ids32))
	for i, v := range ids32 {
		if int(v) >= tok.VocabSize() {
			return fmt.Errorf("detokenize: id %d is outside the vocabulary of %d", v, tok.VocabSize())
		}
		ids[i] = int(v)
	}
	if *skip {
		fmt.Fprintln(stdout, tok.DecodeSkipSpecial(ids))
	} else {
		fmt.Fprintln(stdout, tok.Decode(ids))
	}
	return nil
}

func joinInts[T int | int32](ids []T) string {
	s := make([]string, len(ids))
	for i, v := range ids {
		s[i] = strconv.Itoa(int(v))
	}
	return strings.Join(s, ",")
}
