package kernels

import "sort"

// Set is one complete kernel set: every computation the CPU executor
// (backends/cpu) performs goes through one of these slots, so a backend is
// an executor bound to a Set, and kerneltest can hold any Set to Scalar,
// slot by slot. Each function is single-threaded, allocation-free, and
// obeys the contract of the scalar function of the same name in this
// package (its doc states shapes, aliasing and numerics).
type Set struct {
	Name string

	// Matrix products: y[t·ldy+o] = w[o,:]·x[t,:] for t < T, o in [o0, o1),
	// W in its stored dtype. The executor splits [0, out) over workers.
	MatMulF32  func(y []float32, ldy int, x, w []float32, T, in, o0, o1 int)
	MatMulBF16 func(y []float32, ldy int, x []float32, w []uint16, T, in, o0, o1 int)
	MatMulF16  func(y []float32, ldy int, x []float32, w []uint16, T, in, o0, o1 int)
	MatMulQ8_0 func(y []float32, ldy int, x []float32, w []byte, T, in, o0, o1 int)
	MatMulQ4_0 func(y []float32, ldy int, x []float32, w []byte, T, in, o0, o1 int)

	// Row widening (Embed): dst = the len(dst) stored values of src.
	WidenBF16   func(dst []float32, src []uint16)
	WidenF16    func(dst []float32, src []uint16)
	DequantQ8_0 func(dst []float32, src []byte)
	DequantQ4_0 func(dst []float32, src []byte)

	// O(d) row and element-wise ops.
	Scale      func(x []float32, s float32)
	RMSNorm    func(y, x, w []float32, eps float32, addOne bool)
	RoPEAngles func(cos, sin []float64, pos float64, invFreq []float64)
	RoPE       func(y, x []float32, cos, sin []float64)
	GeGLU      func(y, gate, up []float32)
	Add        func(y, a, b []float32)
	SoftCap    func(y, x []float32, c float32)

	// Attention over runs of cached positions, f32 or bf16 cache.
	Scores          func(sc, q, k []float32, scale, c float32)
	ScoresBF16      func(sc, q []float32, k []uint16, scale, c float32)
	Softmax         func(x []float32)
	WeightedSum     func(o, p, v []float32)
	WeightedSumBF16 func(o, p []float32, v []uint16)
	// StoreBF16 narrows a key or value row into a bf16 cache.
	StoreBF16 func(dst []uint16, src []float32)

	// Narrow step outputs, per logit row.
	Argmax    func(x []float32) int
	LogSumExp func(x []float32) float64

	// Narrow products of math=fast (narrow.go): the executor narrows each
	// activation row once per matmul — QuantizeQ8 for Q8_0/Q4_0 weights,
	// StoreBF16 for bf16 weights — and hands the narrow rows to these.
	QuantizeQ8     func(dst []byte, src []float32)
	MatMulQ8_0Q8   func(y []float32, ldy int, xq, w []byte, T, in, o0, o1 int)
	MatMulQ4_0Q8   func(y []float32, ldy int, xq, w []byte, T, in, o0, o1 int)
	MatMulBF16BF16 func(y []float32, ldy int, xh, w []uint16, T, in, o0, o1 int)
	// FastBF16 and FastQuant say the narrow products beat the exact ones
	// in this set, so that math=fast uses them; where they do not (a set
	// with no bf16 dot instruction, say) fast keeps the exact product.
	FastBF16, FastQuant bool

	// RowAlign is the output-row granularity the MatMul kernels prefer, so
	// that parallel chunks do not split their register tiles.
	RowAlign int

	// PackedQ4_0 and PackedQ8_0, where not nil, are the set's own layouts
	// of Q4_0 and Q8_0 matrices for MatMulQ4_0Q8 and MatMulQ8_0Q8
	// (math=fast): the executor packs a matrix once, when it binds it, and
	// multiplies the packed copy.
	PackedQ4_0, PackedQ8_0 *PackedLayout
}

// PackedLayout is a load-time layout of a block-format matrix that a set
// multiplies faster than GGML's row-major blocks: one the kernels can
// read with no transposing reduction and no gathered scales. The packed
// product has the contract and numerics of the slot it stands for.
type PackedLayout struct {
	// Name names the layout (settings, records).
	Name string
	// Len is the packed size in bytes of an [out, in] matrix.
	Len func(out, in int) int
	// Pack writes the [out, in] matrix w (GGML blocks, row-major) into
	// dst, Len(out, in) bytes. Single-threaded; it may allocate nothing.
	// A layout is local to its row groups: packing rows [r0, r1) alone,
	// r0 a multiple of RowAlign and r1 one too or out, writes the bytes
	// [Len(r0, in), Len(r1, in)) of the whole pack, so that an executor
	// can pack a large matrix in pieces, on several threads, and release
	// each piece of the source as it goes.
	Pack func(dst, w []byte, out, in int)
	// MatMul is the slot's product on a packed matrix wp.
	MatMul func(y []float32, ldy int, xq, wp []byte, T, in, o0, o1 int)
	// RowAlign is the row granularity MatMul prefers (its group size).
	RowAlign int
}

// Scalar is the reference set: the go backend, and the twin every other
// set is tested against.
var Scalar = Set{
	Name:            "generic",
	MatMulF32:       MatMulF32,
	MatMulBF16:      MatMulBF16,
	MatMulF16:       MatMulF16,
	MatMulQ8_0:      MatMulQ8_0,
	MatMulQ4_0:      MatMulQ4_0,
	WidenBF16:       BF16ToF32Slice,
	WidenF16:        F16ToF32Slice,
	DequantQ8_0:     DequantQ8_0,
	DequantQ4_0:     DequantQ4_0,
	Scale:           Scale,
	RMSNorm:         RMSNorm,
	RoPEAngles:      RoPEAngles,
	RoPE:            RoPE,
	GeGLU:           GeGLU,
	Add:             Add,
	SoftCap:         SoftCap,
	Scores:          Scores,
	ScoresBF16:      ScoresBF16,
	Softmax:         Softmax,
	WeightedSum:     WeightedSum,
	WeightedSumBF16: WeightedSumBF16,
	StoreBF16:       F32ToBF16Slice,
	Argmax:          Argmax,
	LogSumExp:       LogSumExp,
	QuantizeQ8:      QuantizeQ8,
	MatMulQ8_0Q8:    MatMulQ8_0Q8,
	MatMulQ4_0Q8:    MatMulQ4_0Q8,
	MatMulBF16BF16:  MatMulBF16BF16,
	RowAlign:        4,
}

// F32ToBF16Slice narrows min(len(dst), len(src)) values, rounding to
// nearest even (F32ToBF16).
func F32ToBF16Slice(dst []uint16, src []float32) {
	n := min(len(dst), len(src))
	for i, v := range src[:n] {
		dst[i] = F32ToBF16(v)
	}
}

// Missing names the set's nil slots (and a RowAlign below 1), sorted: a
// backend refuses an incomplete set when it is opened.
func (s Set) Missing() []string {
	var out []string
	for name, nilp := range map[string]bool{
		"MatMulF32": s.MatMulF32 == nil, "MatMulBF16": s.MatMulBF16 == nil, "MatMulF16": s.MatMulF16 == nil,
		"MatMulQ8_0": s.MatMulQ8_0 == nil, "MatMulQ4_0": s.MatMulQ4_0 == nil,
		"WidenBF16": s.WidenBF16 == nil, "WidenF16": s.WidenF16 == nil, "DequantQ8_0": s.DequantQ8_0 == nil, "DequantQ4_0": s.DequantQ4_0 == nil,
		"Scale": s.Scale == nil, "RMSNorm": s.RMSNorm == nil, "RoPEAngles": s.RoPEAngles == nil, "RoPE": s.RoPE == nil,
		"GeGLU": s.GeGLU == nil, "Add": s.Add == nil, "SoftCap": s.SoftCap == nil,
		"Scores": s.Scores == nil, "ScoresBF16": s.ScoresBF16 == nil, "Softmax": s.Softmax == nil,
		"WeightedSum": s.WeightedSum == nil, "WeightedSumBF16": s.WeightedSumBF16 == nil, "StoreBF16": s.StoreBF16 == nil,
		"Argmax": s.Argmax == nil, "LogSumExp": s.LogSumExp == nil,
		"QuantizeQ8": s.QuantizeQ8 == nil, "MatMulQ8_0Q8": s.MatMulQ8_0Q8 == nil, "MatMulQ4_0Q8": s.MatMulQ4_0Q8 == nil,
		"MatMulBF16BF16": s.MatMulBF16BF16 == nil,
	} {
		if nilp {
			out = append(out, name)
		}
	}
	if s.RowAlign < 1 {
		out = append(out, "RowAlign")
	}
	sort.Strings(out)
	return out
}
