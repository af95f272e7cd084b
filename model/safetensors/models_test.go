package safetensors

import (
	"os"
	"path/filepath"
	"testing"
)

// The shared test models sit beside the repository; CI lays them out the
// same way.
const modelsDir = "../../../shared/testdata/models"

func modelDir(t testing.TB, name string) string {
	dir := filepath.Join(modelsDir, name)
	if _, err := os.Stat(filepath.Join(dir, SingleFileName)); err != nil {
		t.Skipf("test model %s not available: %v", name, err)
	}
	return dir
}

func TestRealModels(t *testing.T) {
	cases := []struct {
		model   string
		tensors int
		check   string
		dtype   DType
		shape   []int
	}{
		{"gemma1-tiny-mqa", 20, "model.embed_tokens.weight", BF16, []int{512, 128}},
		{"gemma2-tiny", 288, "model.embed_tokens.weight", BF16, []int{512, 64}},
		{"gemma3-tiny", 80, "model.embed_tokens.weight", BF16, []int{512, 64}},
		{"gemma3-tiny", 80, "model.layers.0.input_layernorm.weight", BF16, []int{64}},
	}
	for _, tc := range cases {
		t.Run(tc.model+"/"+tc.check, func(t *testing.T) {
			c, err := OpenDir(modelDir(t, tc.model))
			if err != nil {
				t.Fatal(err)
			}
			defer c.Close()
			if got := len(c.Tensors()); got != tc.tensors {
				t.Errorf("got %d tensors, want %d", got, tc.tensors)
			}
			if c.Metadata()["format"] != "pt" {
				t.Errorf("metadata = %v, want format pt", c.Metadata())
			}
			ti, ok := c.Tensor(tc.check)
			if !ok {
				t.Fatalf("no tensor %s", tc.check)
			}
			if ti.DType != tc.dtype || len(ti.Shape) != len(tc.shape) {
				t.Fatalf("%s: %v %v, want %v %v", tc.check, ti.DType, ti.Shape, tc.dtype, tc.shape)
			}
			for i := range tc.shape {
				if ti.Shape[i] != tc.shape[i] {
					t.Fatalf("%s: shape %v, want %v", tc.check, ti.Shape, tc.shape)
				}
			}
			if len(ti.Data) != ti.NumElements()*ti.DType.Size() {
				t.Errorf("%s: %d bytes for %d elements", tc.check, len(ti.Data), ti.NumElements())
			}
			nonzero := false
			for _, b := range ti.Data {
				nonzero = nonzero || b != 0
			}
			if !nonzero {
				t.Errorf("%s: all zero; data offsets probably wrong", tc.check)
			}
		})
	}
}

// Copying a real model through the writer must give identical tensors, in
// one file and in shards.
func TestRewriteRealModel(t *testing.T) {
	src, err := OpenDir(modelDir(t, "gemma3-tiny"))
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	var specs []TensorSpec
	for _, ti := range src.Tensors() {
		specs = append(specs, TensorSpec{ti.Name, ti.DType, ti.Shape})
	}
	fill := func(name string, off int64, dst []byte) error {
		ti, _ := src.Tensor(name)
		copy(dst, ti.Data[off:])
		return nil
	}
	for _, maxShard := range []int64{0, 200_000} {
		dir := t.TempDir()
		if err := WriteSharded(dir, specs, src.Metadata(), maxShard, fill); err != nil {
			t.Fatal(err)
		}
		dst, err := OpenDir(dir)
		if err != nil {
			t.Fatal(err)
		}
		if maxShard > 0 && len(dst.Paths()) < 2 {
			t.Errorf("max shard %d: got %d files", maxShard, len(dst.Paths()))
		}
		for _, want := range src.Tensors() {
			got, ok := dst.Tensor(want.Name)
			if !ok || string(got.Data) != string(want.Data) || got.DType != want.DType {
				t.Errorf("max shard %d: %s differs after rewrite", maxShard, want.Name)
			}
		}
		dst.Close()
	}
}

func BenchmarkOpenDir(b *testing.B) {
	dir := modelDir(b, "gemma2-tiny")
	for b.Loop() {
		c, err := OpenDir(dir)
		if err != nil {
			b.Fatal(err)
		}
		c.Close()
	}
}
