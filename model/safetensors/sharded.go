package safetensors

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"math"
	"os"
	"path/filepath"

	"github.com/gemma-bench/gemma-bench/internal/atomicfile"
)

// ShardFillFunc is a FillFunc that is also told which tensor it fills.
type ShardFillFunc func(name string, offset int64, dst []byte) error

// ShardName returns the Hugging Face name of shard i (1-based) of n.
func ShardName(i, n int) string {
	return fmt.Sprintf("model-%05d-of-%05d.safetensors", i, n)
}

// WriteSharded writes a checkpoint into dir (created if needed), the way
// Hugging Face does: a single model.safetensors when the tensors total at
// most maxShardBytes (or maxShardBytes ≤ 0), otherwise shards
// model-0000i-of-0000n.safetensors of at most maxShardBytes each (a larger
// tensor gets a shard of its own) plus model.safetensors.index.json with
// metadata.total_size. Tensors are assigned to shards in the order given.
// metadata goes into every file's __metadata__.
//
// Each file is written atomically and the index last, so an interrupted run
// never leaves a checkpoint that opens as complete. A model.safetensors or
// index left in dir by an earlier run of the other layout is removed, since
// it would otherwise shadow or contradict the new checkpoint; other stale
// shards are left alone (OpenDir ignores shards the index does not name).
func WriteSharded(dir string, specs []TensorSpec, metadata map[string]string, maxShardBytes int64, fill ShardFillFunc) error {
	sizes := make([]int64, len(specs))
	seen := make(map[string]bool, len(specs))
	var total int64
	for i, s := range specs {
		n, err := s.NumBytes()
		switch {
		case err != nil:
		case seen[s.Name]:
			err = errors.New("duplicate tensor name")
		case total > math.MaxInt64-n:
			err = errors.New("checkpoint size overflows")
		}
		if err != nil {
			return &Error{File: dir, Tensor: s.Name, Err: err}
		}
		seen[s.Name] = true
		sizes[i] = n
		total += n
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	if maxShardBytes <= 0 || total <= maxShardBytes {
		if err := writeFile(filepath.Join(dir, SingleFileName), specs, metadata, fill); err != nil {
			return err
		}
		return removeIfExists(filepath.Join(dir, IndexFileName))
	}

	// Greedy packing in the given order keeps layers together in shards.
	var groups [][]TensorSpec
	var cur int64
	for i, s := range specs {
		if len(groups) == 0 || (cur+sizes[i] > maxShardBytes && cur > 0) {
			groups = append(groups, nil)
			cur = 0
		}
		groups[len(groups)-1] = append(groups[len(groups)-1], s)
		cur += sizes[i]
	}
	weightMap := make(map[string]string, len(specs))
	for i, g := range groups {
		name := ShardName(i+1, len(groups))
		if err := writeFile(filepath.Join(dir, name), g, metadata, fill); err != nil {
			return err
		}
		for _, s := range g {
			weightMap[s.Name] = name
		}
	}
	if err := removeIfExists(filepath.Join(dir, SingleFileName)); err != nil {
		return err
	}
	index := struct {
		Metadata  map[string]any    `json:"metadata"`
		WeightMap map[string]string `json:"weight_map"`
	}{map[string]any{"total_size": total}, weightMap}
	raw, err := json.MarshalIndent(index, "", "  ")
	if err != nil {
		return err
	}
	return atomicfile.WriteFile(filepath.Join(dir, IndexFileName), append(raw, '\n'))
}

func writeFile(path string, specs []TensorSpec, metadata map[string]string, fill ShardFillFunc) error {
	w, err := Create(path, specs, metadata)
	if err != nil {
		return err
	}
	defer w.Abort()
	for _, s := range specs {
		err := w.WriteTensor(s.Name, func(off int64, dst []byte) error { return fill(s.Name, off, dst) })
		if err != nil {
			return err
		}
	}
	return w.Close()
}

func removeIfExists(path string) error {
	if err := os.Remove(path); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	return nil
}
