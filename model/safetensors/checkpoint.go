package safetensors

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// The Hugging Face names for a checkpoint's weights.
const (
	SingleFileName = "model.safetensors"
	IndexFileName  = "model.safetensors.index.json"
)

// Checkpoint is a model directory's weights, from one file or from shards.
type Checkpoint struct {
	files    []*File
	byName   map[string]TensorInfo
	sorted   []TensorInfo
	metadata map[string]string
}

// OpenDir opens dir/model.safetensors if it exists, otherwise
// dir/model.safetensors.index.json and every shard it names. The index must
// agree exactly with the shards: each tensor listed once, found in the shard
// it is listed for and in no other, and every tensor of every shard listed.
func OpenDir(dir string) (*Checkpoint, error) {
	single := filepath.Join(dir, SingleFileName)
	f, err := Open(single)
	if err == nil {
		return newCheckpoint([]*File{f}, f.Metadata()), nil
	}
	if !errors.Is(err, fs.ErrNotExist) {
		return nil, err
	}
	index := filepath.Join(dir, IndexFileName)
	raw, err := os.ReadFile(index)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("%s: no %s or %s in the directory: %w", dir, SingleFileName, IndexFileName, fs.ErrNotExist)
	}
	if err != nil {
		return nil, err
	}
	metadata, weightMap, order, err := parseIndex(raw)
	if dup := (*dupKeyError)(nil); errors.As(err, &dup) && dup.what == "weight_map" {
		return nil, errorf(index, dup.key, "listed twice in weight_map")
	}
	if err != nil {
		return nil, &Error{File: index, Err: err}
	}
	return openShards(dir, index, metadata, weightMap, order)
}

// parseIndex decodes {"metadata": {...}, "weight_map": {tensor: shard}}.
// order lists the tensors as the index does, for deterministic errors.
func parseIndex(raw []byte) (metadata, weightMap map[string]string, order []string, err error) {
	d := newDecoder(raw)
	weightMap = make(map[string]string)
	seenMap := false
	err = walkObject(d, "index", func(key string) error {
		switch key {
		case "metadata":
			var err error
			metadata, err = readStringMap(d, "metadata", true)
			return err
		case "weight_map":
			seenMap = true
			return walkObject(d, "weight_map", func(tensor string) error {
				shard, err := readString(d, fmt.Sprintf("weight_map[%q]", tensor))
				weightMap[tensor] = shard
				order = append(order, tensor)
				return err
			})
		}
		return skipValue(d)
	})
	if err == nil {
		err = expectEnd(d)
	}
	if err != nil {
		return nil, nil, nil, fmt.Errorf("not a valid index: %w", err)
	}
	if !seenMap {
		return nil, nil, nil, errors.New("no weight_map")
	}
	return metadata, weightMap, order, nil
}

func openShards(dir, index string, metadata, weightMap map[string]string, order []string) (_ *Checkpoint, err error) {
	var shardNames []string
	seen := make(map[string]bool)
	for _, t := range order {
		s := weightMap[t]
		if seen[s] {
			continue
		}
		// Lexical only: HF cache snapshots are symlinks into ../../blobs,
		// which must keep working; what must not work is an index that
		// points the loader at arbitrary paths.
		if !filepath.IsLocal(s) || strings.ContainsAny(s, `/\`) {
			return nil, errorf(index, t, "shard %q is not a file name inside the checkpoint directory", s)
		}
		seen[s] = true
		shardNames = append(shardNames, s)
	}

	shards := make(map[string]*File, len(shardNames))
	var files []*File
	defer func() {
		if err != nil {
			for _, f := range files {
				f.Close()
			}
		}
	}()
	for _, s := range shardNames {
		f, err := Open(filepath.Join(dir, s))
		if err != nil {
			return nil, fmt.Errorf("%s: shard %q: %w", index, s, err)
		}
		shards[s] = f
		files = append(files, f)
	}

	for _, t := range order {
		if _, ok := shards[weightMap[t]].Tensor(t); !ok {
			return nil, errorf(index, t, "listed for shard %q, which does not contain it", weightMap[t])
		}
	}
	for _, s := range shardNames {
		for _, ti := range shards[s].tensors {
			listed, ok := weightMap[ti.Name]
			switch {
			case !ok:
				return nil, errorf(index, ti.Name, "present in shard %q but not listed in the index", s)
			case listed != s:
				return nil, errorf(index, ti.Name, "present in shard %q but listed for shard %q (in two shards?)", s, listed)
			}
		}
	}
	return newCheckpoint(files, metadata), nil
}

func newCheckpoint(files []*File, metadata map[string]string) *Checkpoint {
	c := &Checkpoint{files: files, byName: make(map[string]TensorInfo), metadata: metadata}
	for _, f := range files {
		for _, t := range f.tensors {
			c.byName[t.Name] = t
			c.sorted = append(c.sorted, t)
		}
	}
	sort.Slice(c.sorted, func(i, j int) bool { return c.sorted[i].Name < c.sorted[j].Name })
	return c
}

// Tensor looks a tensor up by name.
func (c *Checkpoint) Tensor(name string) (TensorInfo, bool) {
	t, ok := c.byName[name]
	return t, ok
}

// Tensors returns every tensor, sorted by name. The slice is a copy.
func (c *Checkpoint) Tensors() []TensorInfo {
	out := make([]TensorInfo, len(c.sorted))
	copy(out, c.sorted)
	return out
}

// Metadata returns the single file's __metadata__, or the index's
// "metadata" object (non-string values as JSON text, e.g. total_size) for a
// sharded checkpoint. The caller must not modify it.
func (c *Checkpoint) Metadata() map[string]string { return c.metadata }

// Paths returns the files the checkpoint was read from.
func (c *Checkpoint) Paths() []string {
	out := make([]string, len(c.files))
	for i, f := range c.files {
		out[i] = f.path
	}
	return out
}

// Close unmaps every file; Data slices must not be used afterwards.
func (c *Checkpoint) Close() error {
	var errs []error
	for _, f := range c.files {
		errs = append(errs, f.Close())
	}
	return errors.Join(errs...)
}
