package model_test

import (
	"context"
	"encoding/binary"
	"math"
	"testing"

	"github.com/gemma-bench/gemma-bench/backends"
	"github.com/gemma-bench/gemma-bench/backends/backendtest"
	"github.com/gemma-bench/gemma-bench/model"
)

// naiveForward is a float64, one-position-at-a-time transcription of HF
// transformers' Gemma semantics that shares no code with the graph or the
// kernels. It lets the tests check shapes the shared reference files do
// not cover (every family × MHA/GQA/MQA × windows shorter than the input).
func naiveForward(c model.Config, w *model.Weights, ids []int32) [][]float64 {
	d, hd := c.ModelDim, c.HeadDim
	emb := widen(w.Embed)
	keys := make([][][]float64, c.Layers) // [layer][pos] kvHeads*hd
	vals := make([][][]float64, c.Layers)
	var out [][]float64
	for p, id := range ids {
		x := make([]float64, d)
		for i := range x {
			x[i] = emb[int(id)*d+i] * float64(float32(math.Sqrt(float64(d))))
		}
		for l := 0; l < c.Layers; l++ {
			lw := &w.Layers[l]
			h := rms(x, widen(lw.AttnNorm), c.NormEps)
			q, k, v := matvec(widen(lw.Q), h), matvec(widen(lw.K), h), matvec(widen(lw.V), h)
			if c.QKNorm {
				for hh := 0; hh < c.Heads; hh++ {
					copy(q[hh*hd:], rms(q[hh*hd:(hh+1)*hd], widen(lw.QNorm), c.NormEps))
				}
				for hh := 0; hh < c.KVHeads; hh++ {
					copy(k[hh*hd:], rms(k[hh*hd:(hh+1)*hd], widen(lw.KNorm), c.NormEps))
				}
			}
			rope := c.GlobalRoPE
			sliding := c.LayerKinds[l] == model.SlidingAttention
			if sliding && c.Family == model.Gemma3 {
				rope = c.LocalRoPE
			}
			rotate(q, hd, p, rope)
			rotate(k, hd, p, rope)
			keys[l] = append(keys[l], k)
			vals[l] = append(vals[l], v)
			att := make([]float64, c.Heads*hd)
			for hh := 0; hh < c.Heads; hh++ {
				g := hh / (c.Heads / c.KVHeads)
				var scores []float64
				var js []int
				for j := 0; j <= p; j++ {
					if sliding && c.SlidingWindow > 0 && p-j >= c.SlidingWindow {
						continue
					}
					s := 0.0
					for i := 0; i < hd; i++ {
						s += q[hh*hd+i] * keys[l][j][g*hd+i]
					}
					s /= math.Sqrt(c.QueryPreAttnScalar)
					if c.AttnSoftCap > 0 {
						s = c.AttnSoftCap * math.Tanh(s/c.AttnSoftCap)
					}
					scores, js = append(scores, s), append(js, j)
				}
				m := math.Inf(-1)
				for _, s := range scores {
					m = math.Max(m, s)
				}
				var sum float64
				for i := range scores {
					scores[i] = math.Exp(scores[i] - m)
					sum += scores[i]
				}
				for i, j := range js {
					for e := 0; e < hd; e++ {
						att[hh*hd+e] += scores[i] / sum * vals[l][j][g*hd+e]
					}
				}
			}
			o := matvec(widen(lw.O), att)
			if c.Family != model.Gemma1 {
				o = rms(o, widen(lw.PostAttnNorm), c.NormEps)
			}
			for i := range x {
				x[i] += o[i]
			}
			h = rms(x, widen(lw.PreFFNNorm), c.NormEps)
			gate, up := matvec(widen(lw.Gate), h), matvec(widen(lw.Up), h)
			for i := range gate {
				gl := gate[i]
				gate[i] = 0.5 * gl * (1 + math.Tanh(math.Sqrt(2/math.Pi)*(gl+0.044715*gl*gl*gl))) * up[i]
			}
			dn := matvec(widen(lw.Down), gate)
			if c.Family != model.Gemma1 {
				dn = rms(dn, widen(lw.PostFFNNorm), c.NormEps)
			}
			for i := range x {
				x[i] += dn[i]
			}
		}
		logits := matvec(emb, rms(x, widen(w.FinalNorm), c.NormEps))
		if c.FinalSoftCap > 0 {
			for i := range logits {
				logits[i] = c.FinalSoftCap * math.Tanh(logits[i]/c.FinalSoftCap)
			}
		}
		out = append(out, logits)
	}
	return out
}

func widen(w *backends.Weight) []float64 {
	n := len(w.Data) / int(w.DType.RowBytes(1))
	out := make([]float64, n)
	for i := range out {
		switch w.DType {
		case backends.BF16:
			out[i] = float64(math.Float32frombits(uint32(binary.LittleEndian.Uint16(w.Data[2*i:])) << 16))
		case backends.F32:
			out[i] = float64(math.Float32frombits(binary.LittleEndian.Uint32(w.Data[4*i:])))
		default:
			panic("naive reference: dtype " + w.DType.String())
		}
	}
	return out
}

func rms(x, w []float64, eps float64) []float64 {
	var ss float64
	for _, v := range x {
		ss += v * v
	}
	r := 1 / math.Sqrt(ss/float64(len(x))+eps)
	y := make([]float64, len(x))
	for i := range x {
		y[i] = x[i] * r * (1 + w[i])
	}
	return y
}

func matvec(w, x []float64) []float64 {
	out := make([]float64, len(w)/len(x))
	for o := range out {
		var s float64
		for i, v := range x {
			s += w[o*len(x)+i] * v
		}
		out[o] = s
	}
	return out
}

func rotate(x []float64, hd, pos int, r model.RoPE) {
	half := hd / 2
	for h := 0; h < len(x)/hd; h++ {
		v := x[h*hd : (h+1)*hd]
		for i := 0; i < half; i++ {
			ang := float64(pos) / r.LinearScale / math.Pow(r.Theta, float64(2*i)/float64(hd))
			a, b := v[i], v[i+half]
			v[i] = a*math.Cos(ang) - b*math.Sin(ang)
			v[i+half] = b*math.Cos(ang) + a*math.Sin(ang)
		}
	}
}

// TestGeneralShapes runs every family over attention layouts and windows
// the shared reference files do not have.
func TestGeneralShapes(t *testing.T) {
	cases := []struct {
		arch   string
		mutate func(*model.Config)
	}{
		{"gemma-2b", nil},
		{"gemma-7b", func(c *model.Config) { c.KVHeads = c.Heads }},
		{"gemma2-2b", nil},
		{"gemma2-27b", func(c *model.Config) { c.Heads, c.KVHeads, c.QueryPreAttnScalar = 6, 3, 12 }},
		{"gemma2-9b", func(c *model.Config) { c.SlidingWindow = 1 }},
		{"gemma3-1b", func(c *model.Config) { c.KVHeads = 1 }},
		{"gemma3-12b", func(c *model.Config) { c.HeadDim = 12; c.SlidingWindow = 5 }},
		{"gemma3-27b", func(c *model.Config) { c.Heads, c.KVHeads = 8, 8 }},
	}
	ids := []int32{2, 17, 5, 90, 33, 33, 1, 64, 12, 80, 7}
	for _, tc := range cases {
		t.Run(tc.arch, func(t *testing.T) {
			c := tinyConfig(t, tc.arch, tc.mutate)
			m := synthModel(t, c, backends.BF16, 5)
			want := naiveForward(c, m.Weights, ids)
			be := openGo(t)
			r, err := model.NewRunner(m, be, 1, 32)
			if err != nil {
				t.Fatal(err)
			}
			defer r.Close()
			got, err := r.PrefillLogits(context.Background(), 0, 0, ids)
			if err != nil {
				t.Fatal(err)
			}
			checkLogits(t, "prefill", got, want, nil, backendtest.OracleRTol(be))
		})
	}
}
