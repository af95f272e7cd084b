package model_test

import (
	"bytes"
	"encoding/binary"
	"math"
	"os"
	"path/filepath"
	"testing"

	"github.com/gemma-bench/gemma-bench/backends"
	"github.com/gemma-bench/gemma-bench/backends/backendtest"
	"github.com/gemma-bench/gemma-bench/kernels"
	"github.com/gemma-bench/gemma-bench/model"
	"github.com/gemma-bench/gemma-bench/model/gguf"
)

// synthGGUF writes and loads a synthetic GGUF model.
func synthGGUF(t testing.TB, c model.Config, dt backends.DType, seed uint64) (*model.Model, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "model.gguf")
	if err := model.SynthesizeGGUF(path, c, model.SynthOptions{Seed: seed, DType: dt}); err != nil {
		t.Fatal(err)
	}
	m, err := model.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { m.Close() })
	return m, path
}

var synthIDs = []int32{2, 10, 20, 30, 40, 50, 60, 70}

// TestSynthesizeGGUFMatchesSafetensors: the same seed gives the same model
// in both formats, for every family (Gemma 1 is what llama-bench runs) and
// both float dtypes: same config, logits within 1e-5·max|logit|.
func TestSynthesizeGGUFMatchesSafetensors(t *testing.T) {
	be := openGo(t)
	rtol := backendtest.OracleRTol(be)
	for _, arch := range []string{"gemma-2b", "gemma2-2b", "gemma3-270m"} {
		for _, dt := range []backends.DType{backends.F32, backends.BF16} {
			t.Run(arch+"/"+dt.String(), func(t *testing.T) {
				c := tinyConfig(t, arch, nil)
				st := synthModel(t, c, dt, 7)
				gg, _ := synthGGUF(t, c, dt, 7)
				if gg.Config.Name != st.Config.Name || gg.Config.String() != st.Config.String() {
					t.Errorf("GGUF config %v, safetensors %v", gg.Config, st.Config)
				}
				if got, want := gg.Weights.Layers[0].Q.Data, st.Weights.Layers[0].Q.Data; !bytes.Equal(got, want) {
					t.Error("attn_q bytes differ from q_proj's")
				}
				assertRelClose(t, "gguf vs safetensors", prefillLogits(t, gg, be, synthIDs), prefillLogits(t, st, be, synthIDs), rtol)
			})
		}
	}
}

// TestSynthesizeGGUFQuantized: q8_0 and q4_0 files hold the block
// encoding of the f32 model's matrices (norms stay F32, as 1+w), and run
// close to it.
func TestSynthesizeGGUFQuantized(t *testing.T) {
	c := tinyConfig(t, "gemma-2b", func(c *model.Config) { c.FFNDim = 64 }) // widths multiples of 32
	be := openGo(t)
	f32, _ := synthGGUF(t, c, backends.F32, 3)
	want := prefillLogits(t, f32, be, synthIDs)
	for _, tc := range []struct {
		dt    backends.DType
		quant func([]byte, []float32)
		bytes int
		rtol  float64
	}{
		{backends.Q8_0, kernels.QuantizeQ8_0, kernels.Q8_0Bytes, 5e-2},
		{backends.Q4_0, kernels.QuantizeQ4_0, kernels.Q4_0Bytes, 3e-1},
	} {
		t.Run(tc.dt.String(), func(t *testing.T) {
			q, path := synthGGUF(t, c, tc.dt, 3)
			for name, w := range map[string]*backends.Weight{"embed": q.Weights.Embed, "down": q.Weights.Layers[1].Down} {
				if w.DType != tc.dt {
					t.Errorf("%s: %s, want %s", name, w.DType, tc.dt)
				}
			}
			if n := q.Weights.Layers[0].AttnNorm; n.DType != backends.F32 {
				t.Errorf("attn_norm: %s, want f32", n.DType)
			}
			src := f32.Weights.Layers[0].Up
			vals := make([]float32, len(src.Data)/4)
			for i := range vals {
				vals[i] = math.Float32frombits(binary.LittleEndian.Uint32(src.Data[4*i:]))
			}
			enc := make([]byte, len(vals)/32*tc.bytes)
			tc.quant(enc, vals)
			if !bytes.Equal(enc, q.Weights.Layers[0].Up.Data) {
				t.Errorf("ffn_up is not the %s encoding of the f32 model's", tc.dt)
			}
			f, err := gguf.Open(path)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			if ft, _, _ := f.Uint("general.file_type"); ft != map[backends.DType]uint64{backends.Q8_0: 7, backends.Q4_0: 2}[tc.dt] {
				t.Errorf("general.file_type %d", ft)
			}
			assertRelClose(t, tc.dt.String()+" vs f32", prefillLogits(t, q, be, synthIDs), want, tc.rtol)
		})
	}
}

// TestSynthesizeGGUFDeterministic: the same seed gives the same file.
func TestSynthesizeGGUFDeterministic(t *testing.T) {
	c := tinyConfig(t, "gemma3-270m", nil)
	var files [2][]byte
	for i := range files {
		path := filepath.Join(t.TempDir(), "m.gguf")
		if err := model.SynthesizeGGUF(path, c, model.SynthOptions{Seed: 5, DType: backends.BF16}); err != nil {
			t.Fatal(err)
		}
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		files[i] = b
	}
	if !bytes.Equal(files[0], files[1]) {
		t.Error("two syntheses with one seed differ")
	}
}

// TestSynthesizeGGUFRefuses: configs GGUF cannot carry as llama.cpp reads
// them are refused before a file appears.
func TestSynthesizeGGUFRefuses(t *testing.T) {
	cases := []struct {
		name string
		arch string
		dt   backends.DType
		edit func(*model.Config)
		want string
	}{
		{"query scale", "gemma2-27b", backends.F32, func(c *model.Config) { c.QueryPreAttnScalar = 16 }, "query_pre_attn_scalar 16 (GGUF gives 8)"},
		{"gemma 2 pattern", "gemma2-2b", backends.F32, func(c *model.Config) { c.LayerKinds[0] = model.GlobalAttention }, "layer_types"},
		{"width for q8_0", "gemma-2b", backends.Q8_0, nil, "width 48 is not a multiple of 32"},
		{"dtype", "gemma-2b", 0, nil, "want f32, f16, bf16, q8_0 or q4_0"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c := tinyConfig(t, tc.arch, tc.edit)
			dir := t.TempDir()
			err := model.SynthesizeGGUF(filepath.Join(dir, "m.gguf"), c, model.SynthOptions{Seed: 1, DType: tc.dt})
			if err == nil || !bytes.Contains([]byte(err.Error()), []byte(tc.want)) {
				t.Fatalf("got %v, want an error containing %q", err, tc.want)
			}
			if ents, _ := os.ReadDir(dir); len(ents) != 0 {
				t.Errorf("a refused synthesis left %v", ents)
			}
		})
	}
}

// TestSynthesizeGGUFRuns: a synthetic GGUF decodes token by token as it
// prefills (the cache path, with NormsStoredPlusOne).
func TestSynthesizeGGUFRuns(t *testing.T) {
	m, _ := synthGGUF(t, tinyConfig(t, "gemma3-270m", nil), backends.BF16, 2)
	be := openGo(t)
	assertRelClose(t, "decode vs prefill", decodeLogits(t, m, be, synthIDs), prefillLogits(t, m, be, synthIDs), backendtest.OracleRTol(be))
}
