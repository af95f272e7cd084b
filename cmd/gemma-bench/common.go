package main

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/gemma-bench/gemma-bench/backends"
)

// parseIDs reads "2,10,20" (spaces allowed).
func parseIDs(s string) ([]int32, error) {
	var ids []int32
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ' ' }) {
		v, err := strconv.ParseInt(f, 10, 32)
		if err != nil || v < 0 {
			return nil, fmt.Errorf("%q is not a token id", f)
		}
		ids = append(ids, int32(v))
	}
	if len(ids) == 0 {
		return nil, fmt.Errorf("no token ids given")
	}
	return ids, nil
}

func openBackend(spec string, threads int) (backends.Backend, error) {
	return backends.Open(spec, backends.Options{Threads: threads})
}

func checkVocab(ids []int32, vocab int) error {
	for _, id := range ids {
		if int(id) >= vocab {
			return fmt.Errorf("token id %d is outside the model's vocabulary of %d", id, vocab)
		}
	}
	return nil
}

// parseKVDType reads --kv-dtype: the KV cache stores f32 or bf16.
func parseKVDType(s string) (backends.DType, error) {
	d, err := backends.ParseDType(s)
	if err != nil || (d != backends.F32 && d != backends.BF16) {
		return 0, fmt.Errorf("--kv-dtype %q: want f32 or bf16", s)
	}
	return d, nil
}
