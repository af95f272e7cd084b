package safetensors

import (
	"errors"
	"io/fs"
	"path/filepath"
	"strings"
	"testing"
)

// shard writes dir/name holding F32 [2] tensors of the given names.
func shard(t *testing.T, dir, name string, tensors ...string) {
	t.Helper()
	var specs []TensorSpec
	for _, n := range tensors {
		specs = append(specs, TensorSpec{n, F32, []int{2}})
	}
	err := WriteSharded(filepath.Join(dir, filepath.Dir(name)), specs, nil, 0, fillPattern)
	if err == nil && filepath.Base(name) != SingleFileName {
		err = renameFile(filepath.Join(dir, filepath.Dir(name), SingleFileName), filepath.Join(dir, name))
	}
	if err != nil {
		t.Fatal(err)
	}
}

const (
	s1 = "model-00001-of-00002.safetensors"
	s2 = "model-00002-of-00002.safetensors"
)

func TestOpenDirMalformed(t *testing.T) {
	type files map[string][]string // shard name → tensors
	goodShards := files{s1: {"a", "b"}, s2: {"c"}}
	goodMap := `{"a":"` + s1 + `","b":"` + s1 + `","c":"` + s2 + `"}`
	cases := []struct {
		name   string
		shards files
		index  string // "" for none
		file   string // the file the error must name
		tensor string
		want   []string
	}{
		{name: "no checkpoint", file: "ckpt", want: []string{SingleFileName, IndexFileName}},
		{name: "index not JSON", shards: goodShards, index: `{"weight_map": nope}`, file: IndexFileName, want: []string{"invalid JSON"}},
		{name: "index is an array", shards: goodShards, index: `[]`, file: IndexFileName, want: []string{"index is an array"}},
		{name: "index without weight_map", shards: goodShards, index: `{"metadata":{}}`, file: IndexFileName, want: []string{"no weight_map"}},
		{name: "weight_map value not string", shards: goodShards, index: `{"weight_map":{"a":1}}`, file: IndexFileName, want: []string{`weight_map["a"] is a number`}},
		{name: "index trailing garbage", shards: goodShards, index: `{"weight_map":` + goodMap + `} {}`, file: IndexFileName, want: []string{"after the JSON object"}},
		{name: "missing shard", shards: files{s1: {"a", "b"}}, index: `{"weight_map":` + goodMap + `}`, file: IndexFileName, want: []string{`shard "` + s2 + `"`, "no such file"}},
		{name: "tensor missing from shard", shards: files{s1: {"a"}, s2: {"c"}}, index: `{"weight_map":` + goodMap + `}`, file: IndexFileName, tensor: "b", want: []string{`listed for shard "` + s1 + `"`, "does not contain it"}},
		{name: "tensor not in index", shards: files{s1: {"a", "b", "x"}, s2: {"c"}}, index: `{"weight_map":` + goodMap + `}`, file: IndexFileName, tensor: "x", want: []string{"not listed in the index"}},
		{name: "tensor in two shards", shards: files{s1: {"a", "b"}, s2: {"c", "a"}}, index: `{"weight_map":` + goodMap + `}`, file: IndexFileName, tensor: "a", want: []string{`present in shard "` + s2 + `" but listed for shard "` + s1 + `"`}},
		{name: "tensor listed twice", shards: goodShards, index: `{"weight_map":{"a":"` + s1 + `","b":"` + s1 + `","c":"` + s2 + `","a":"` + s2 + `"}}`, file: IndexFileName, tensor: "a", want: []string{"listed twice"}},
		{name: "path traversal", shards: goodShards, index: `{"weight_map":{"a":"../evil.safetensors"}}`, file: IndexFileName, tensor: "a", want: []string{`shard "../evil.safetensors" is not a file name inside`}},
		{name: "absolute shard path", shards: goodShards, index: `{"weight_map":{"a":"/etc/passwd"}}`, file: IndexFileName, tensor: "a", want: []string{"not a file name inside"}},
		{name: "shard in subdirectory", shards: goodShards, index: `{"weight_map":{"a":"sub/../` + s1 + `"}}`, file: IndexFileName, tensor: "a", want: []string{"not a file name inside"}},
		{name: "empty shard name", shards: goodShards, index: `{"weight_map":{"a":""}}`, file: IndexFileName, tensor: "a", want: []string{"not a file name inside"}},
		{name: "malformed shard", shards: files{s1: {"a", "b"}, s2: {"BAD"}}, index: `{"weight_map":` + goodMap + `}`, file: s2, want: []string{IndexFileName, "header length"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "ckpt")
			for name, tensors := range tc.shards {
				if len(tensors) == 1 && tensors[0] == "BAD" {
					writeBytes(t, filepath.Join(dir, name), []byte{0xff, 0xff, 0, 0, 0, 0, 0, 0, '{', '}'})
					continue
				}
				shard(t, dir, name, tensors...)
			}
			if tc.index != "" {
				writeBytes(t, filepath.Join(dir, IndexFileName), []byte(tc.index))
			}
			c, err := OpenDir(dir)
			if err == nil {
				c.Close()
			}
			t.Log(err)
			checkErr(t, err, tc.file, tc.tensor, tc.want...)
		})
	}
}

func TestOpenDirNeither(t *testing.T) {
	_, err := OpenDir(t.TempDir())
	if !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("errors.Is(%v, fs.ErrNotExist) = false", err)
	}
}

func TestOpenDirPrefersSingleFile(t *testing.T) {
	dir := t.TempDir()
	shard(t, dir, SingleFileName, "only")
	writeBytes(t, filepath.Join(dir, IndexFileName), []byte("not even JSON"))
	c, err := OpenDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if _, ok := c.Tensor("only"); !ok {
		t.Error("tensor from model.safetensors missing")
	}
}

func TestOpenDirIndex(t *testing.T) {
	dir := t.TempDir()
	shard(t, dir, s1, "b", "a")
	shard(t, dir, s2, "c")
	index := `{"metadata":{"total_size":24,"format":"pt"},"extra":[1],` +
		`"weight_map":{"c":"` + s2 + `","a":"` + s1 + `","b":"` + s1 + `"}}`
	writeBytes(t, filepath.Join(dir, IndexFileName), []byte(index))
	c, err := OpenDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	var names []string
	for _, ti := range c.Tensors() {
		names = append(names, ti.Name)
		if !strings.HasSuffix(ti.File, map[string]string{"a": s1, "b": s1, "c": s2}[ti.Name]) {
			t.Errorf("%s: File = %s", ti.Name, ti.File)
		}
	}
	if strings.Join(names, ",") != "a,b,c" {
		t.Errorf("Tensors() = %v, want a,b,c", names)
	}
	if md := c.Metadata(); md["total_size"] != "24" || md["format"] != "pt" {
		t.Errorf("Metadata() = %v", md)
	}
	if err := c.Close(); err != nil {
		t.Error(err)
	}
}
