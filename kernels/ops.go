package kernels

import "math"

// The element-wise and row operations below are O(d) per token next to the
// O(d²) matmuls, so they spend that budget on accuracy: sums, transcendental
// functions and products run in float64 and each result is rounded to
// float32 once. Against a float64 reference that makes them correctly
// rounded or within an ulp, which keeps the matmuls the only visible
// source of float32 error.

// RMSNorm sets y = x / sqrt(mean(x²) + eps) · g over one row, with g = 1+w
// when addOne (Gemma's checkpoint convention) and g = w otherwise (weights
// stored with the 1 folded in, as GGUF does). The sum of squares is
// accumulated in float64, where every square of a float32 is exact, so the
// mean is exact up to a final rounding regardless of row length. y may alias
// x; len(y) and len(w) must be at least len(x).
func RMSNorm(y, x, w []float32, eps float32, addOne bool) {
	n := len(x)
	if n == 0 {
		return
	}
	y, w = y[:n], w[:n]
	var s0, s1 float64
	k := 0
	for ; k+2 <= n; k += 2 {
		a, b := float64(x[k]), float64(x[k+1])
		s0 += a * a
		s1 += b * b
	}
	if k < n {
		a := float64(x[k])
		s0 += a * a
	}
	r := 1 / math.Sqrt((s0+s1)/float64(n)+float64(eps))
	one := 0.0
	if addOne {
		one = 1
	}
	for i, v := range x {
		y[i] = float32(float64(v) * r * (one + float64(w[i])))
	}
}

// sqrt2OverPi is √(2/π) for the tanh form of GELU.
const sqrt2OverPi = 0.7978845608028654

// gelu64 is the tanh approximation of GELU written through the identity
// ½(1+tanh u) = 1/(1+e^(−2u)). The two are equal in exact arithmetic, but
// the right-hand side has no cancellation for negative x (1+tanh u loses
// the low bits once tanh u ≈ −1) and needs one exp instead of a tanh.
func gelu64(x float64) float64 {
	if x < -20 {
		// The result is below float32's smallest subnormal from about −11
		// on; returning early also maps −Inf to 0 instead of −Inf/Inf = NaN.
		return 0
	}
	u := sqrt2OverPi * (x + 0.044715*x*x*x)
	return x / (1 + math.Exp(-2*u))
}

// GeluTanh returns 0.5·x·(1 + tanh(√(2/π)·(x + 0.044715·x³))), computed in
// float64 and rounded once, as PyTorch's gelu(approximate="tanh") defines it.
func GeluTanh(x float32) float32 {
	return float32(gelu64(float64(x)))
}

// GeGLU sets y[i] = GeluTanh(gate[i]) · up[i] for i < len(y), rounding once.
// y may alias gate or up.
func GeGLU(y, gate, up []float32) {
	gate, up = gate[:len(y)], up[:len(y)]
	for i := range y {
		y[i] = float32(gelu64(float64(gate[i])) * float64(up[i]))
	}
}

// SoftCap sets y[i] = c·tanh(x[i]/c) for i < len(y) (Gemma 2's logit and
// attention soft-capping), rounding once. y may alias x.
func SoftCap(y, x []float32, c float32) {
	x = x[:len(y)]
	cc := float64(c)
	for i, v := range x {
		y[i] = float32(cc * math.Tanh(float64(v)/cc))
	}
}

// Softmax replaces x with exp(x − max x) / Σ exp(x − max x). Subtracting the
// maximum keeps every exp ≤ 1, and the sum is kept in float64. Each exp is
// stored as float32 and scaled afterwards, so a value carries at most two
// roundings (≤ 1 ulp) rather than calling exp twice per element.
// Elements equal to −Inf get 0 (masked positions); a row that is entirely
// −Inf becomes all zeros instead of NaN, so a fully masked attention row
// contributes nothing.
func Softmax(x []float32) {
	if len(x) == 0 {
		return
	}
	m := x[0]
	for _, v := range x[1:] {
		if v > m {
			m = v
		}
	}
	if math.IsInf(float64(m), -1) {
		clear(x)
		return
	}
	mm := float64(m)
	var sum float64
	for i, v := range x {
		e := math.Exp(float64(v) - mm)
		x[i] = float32(e)
		sum += e
	}
	inv := 1 / sum
	for i, v := range x {
		x[i] = float32(float64(v) * inv)
	}
}

// RoPEInvFreq returns the rotary frequencies of a head, θ^(−2i/headDim) /
// posScale for i < headDim/2 (posScale is HF's linear RoPE scaling), in
// float64: positions reach 10⁵, where a float32 angle would already be off
// in the third digit.
func RoPEInvFreq(headDim int, theta, posScale float64) []float64 {
	f := make([]float64, headDim/2)
	for i := range f {
		f[i] = math.Pow(theta, -float64(2*i)/float64(headDim)) / posScale
	}
	return f
}

// RoPEAngles fills cos and sin (len(invFreq) each) for position pos, so that
// the heads of one token share one set of sincos calls.
func RoPEAngles(cos, sin []float64, pos float64, invFreq []float64) {
	cos, sin = cos[:len(invFreq)], sin[:len(invFreq)]
	for i, f := range invFreq {
		sin[i], cos[i] = math.Sincos(pos * f)
	}
}

// RoPE rotates one head by the angles RoPEAngles computed, in the Hugging
// Face "rotate_half" layout: for i < h = len(cos), the pair (x[i], x[i+h])
// is rotated by angle i, in float64 and rounded once. len(x) = len(y) =
// 2·len(cos); y may alias x.
func RoPE(y, x []float32, cos, sin []float64) {
	h := len(cos)
	xlo, xhi, sin := x[:h], x[h:2*h], sin[:h]
	ylo, yhi := y[:h], y[h:2*h]
	for i, c := range cos {
		a, b := float64(xlo[i]), float64(xhi[i])
		s := sin[i]
		ylo[i] = float32(a*c - b*s)
		yhi[i] = float32(b*c + a*s)
	}
}
