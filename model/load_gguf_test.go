package model_test

import (
	"math"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/gemma-bench/gemma-bench/backends/backendtest"
	"github.com/gemma-bench/gemma-bench/model"
)

// TestGGUFMatchesSafetensors is the acceptance test of the GGUF path: for
// each shared model, model-f32.gguf (llama.cpp's conversion: its names,
// ggml shapes, norms as 1+w) must give the config of config.json and
// logits equal to model.safetensors' within 1e-5·max|logit| (the oracle
// bound of the test backend), and meet the independent float64 reference
// as the safetensors path does.
func TestGGUFMatchesSafetensors(t *testing.T) {
	dir, ref := loadReference(t)
	for _, name := range []string{"gemma1-tiny-mqa", "gemma2-tiny", "gemma3-tiny"} {
		t.Run(name, func(t *testing.T) {
			hf, err := model.Load(filepath.Join(dir, "models", name))
			if err != nil {
				t.Fatal(err)
			}
			defer hf.Close()
			gg, err := model.Load(filepath.Join(dir, "models", name, "model-f32.gguf"))
			if err != nil {
				t.Fatal(err)
			}
			defer gg.Close()
			if !gg.Weights.NormsStoredPlusOne || hf.Weights.NormsStoredPlusOne {
				t.Errorf("NormsStoredPlusOne: gguf %v, safetensors %v", gg.Weights.NormsStoredPlusOne, hf.Weights.NormsStoredPlusOne)
			}
			if !reflect.DeepEqual(gg.Config, hf.Config) {
				t.Errorf("GGUF config\n%+v\nconfig.json\n%+v", gg.Config, hf.Config)
			}
			be := openGo(t)
			rtol := backendtest.OracleRTol(be) // 1e-5 for exact numerics
			want := prefillLogits(t, hf, be, ref.IDs)
			got := prefillLogits(t, gg, be, ref.IDs)
			assertRelClose(t, "gguf vs safetensors", got, want, rtol)
			f64 := ref.Models[name].Logits["f64"]
			checkLogits(t, "gguf prefill", got, f64, ref.Models[name].Argmax, rtol)
			checkLogits(t, "gguf decode", decodeLogits(t, gg, be, ref.IDs), f64, ref.Models[name].Argmax, rtol)
		})
	}
}

// assertRelClose: max|got−want| ≤ rtol·max|want|, the bound the reference
// tests use.
func assertRelClose(t *testing.T, what string, got, want []float32, rtol float64) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("%s: %d values, want %d", what, len(got), len(want))
	}
	var maxRef, maxDiff float64
	for i := range want {
		maxRef = max(maxRef, math.Abs(float64(want[i])))
		maxDiff = max(maxDiff, math.Abs(float64(got[i])-float64(want[i])))
	}
	if maxDiff > rtol*maxRef {
		t.Errorf("%s: max|Δ| = %.3g > %g·max|want| = %.3g", what, maxDiff, rtol, rtol*maxRef)
	} else {
		t.Logf("%s: max|Δ| = %.3g (bound %.3g)", what, maxDiff, rtol*maxRef)
	}
}
