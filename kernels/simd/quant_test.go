package simd

import (
	"fmt"
	"math"
	"math/rand/v2"
	"reflect"
	"testing"

	"github.com/gemma-bench/gemma-bench/kernels"
)

// qSentinel marks output a kernel must not write (a NaN compared by bits).
var qSentinel = math.Float32frombits(0x7fc0dead)

// quantPaths are the paths with quantized-product kernels this CPU runs.
func quantPaths(t testing.TB) []string {
	var ps []string
	for _, p := range []string{"avx2", "avxvnni", "avx512"} {
		if Available(p) == nil && quantAsm() {
			ps = append(ps, p)
		}
	}
	if len(ps) == 0 {
		t.Skip("no quantized-product kernels on this CPU")
	}
	return ps
}

// TestQuantWired: where the kernels run, the paths use them, not the
// scalar twins, and each path its own (forcing avx2 on a VNNI machine
// must still test the VPMADDUBSW kernels).
func TestQuantWired(t *testing.T) {
	ptr := func(f any) uintptr { return reflect.ValueOf(f).Pointer() }
	owner := map[uintptr]string{ptr(kernels.MatMulQ8_0Q8): "scalar", ptr(kernels.MatMulQ4_0Q8): "scalar"}
	for _, p := range quantPaths(t) {
		s := Set(p)
		for _, f := range []uintptr{ptr(s.MatMulQ8_0Q8), ptr(s.MatMulQ4_0Q8)} {
			if o, ok := owner[f]; ok {
				t.Errorf("%s: a quantized product is %s's", p, o)
			}
			owner[f] = p
		}
	}
}

// randQ8Rows returns T rows of Q8 activations, QuantizeQ8 of Gaussian rows
// at several scales, one byte into a larger slice (nothing aligned).
func randQ8Rows(r *rand.Rand, T, in int) []byte {
	rb := in / kernels.QBlock * kernels.Q8Bytes
	xq := make([]byte, T*rb+1)[1:]
	x := make([]float32, in)
	for t := range T {
		s := math.Pow(10, float64(t%5-2))
		for i := range x {
			x[i] = float32(r.NormFloat64() * s)
		}
		kernels.QuantizeQ8(xq[t*rb:], x)
	}
	return xq
}

// randWeights returns nb blocks: scales of every magnitude a weight may
// have (zero and subnormal halves included), random weight bytes.
func randWeights(r *rand.Rand, nb, blockBytes int) []byte {
	w := make([]byte, nb*blockBytes+3)[3:]
	for b := range nb {
		d := float32(r.NormFloat64() * math.Pow(10, -float64(r.IntN(7))) * 0.05)
		if r.IntN(16) == 0 {
			d = 0
		}
		h := kernels.F32ToF16(d)
		w[b*blockBytes], w[b*blockBytes+1] = byte(h), byte(h>>8)
		for i := 2; i < blockBytes; i++ {
			w[b*blockBytes+i] = byte(r.Uint32())
		}
	}
	return w
}

// TestQuantBitExact holds the kernels to the scalar twins bit for bit (the
// block sums are exact and the float work is the same operations in the
// same order) at the awkward sizes: widths of one, two and three blocks
// and 65 blocks (past one K chunk), every token count to 17 (the
// two-token kernels' odd tails) and one past a token block, row ranges that are not multiples of the eight-row group, rows
// past o1 absent from w, nothing written outside the range.
func TestQuantBitExact(t *testing.T) {
	r := rand.New(rand.NewPCG(41, 42))
	type slot struct {
		name  string
		bytes int
		get   func(kernels.Set) func(y []float32, ldy int, xq, w []byte, T, in, o0, o1 int)
	}
	slots := []slot{
		{"Q8_0", kernels.Q8_0Bytes, func(s kernels.Set) func(y []float32, ldy int, xq, w []byte, T, in, o0, o1 int) {
			return s.MatMulQ8_0Q8
		}},
		{"Q4_0", kernels.Q4_0Bytes, func(s kernels.Set) func(y []float32, ldy int, xq, w []byte, T, in, o0, o1 int) {
			return s.MatMulQ4_0Q8
		}},
	}
	// The ×16 layouts where the path has them, packed from the rows that
	// exist (the group past o1 padded), against the twin on GGML's.
	packed := func(name string, bytes int, layout func(kernels.Set) *kernels.PackedLayout, ref func(y []float32, ldy int, xq, w []byte, T, in, o0, o1 int)) slot {
		return slot{name, bytes, func(s kernels.Set) func(y []float32, ldy int, xq, w []byte, T, in, o0, o1 int) {
			l := layout(s)
			if s.Name == kernels.Scalar.Name {
				return ref
			}
			if l == nil {
				return nil
			}
			return func(y []float32, ldy int, xq, w []byte, T, in, o0, o1 int) {
				out := len(w) / (in / kernels.QBlock * bytes)
				wp := make([]byte, l.Len(out, in))
				l.Pack(wp, w, out, in)
				l.MatMul(y, ldy, xq, wp, T, in, o0, o1)
			}
		}}
	}
	slots = append(slots,
		packed("Q4_0 packed", kernels.Q4_0Bytes, func(s kernels.Set) *kernels.PackedLayout { return s.PackedQ4_0 }, kernels.MatMulQ4_0Q8),
		packed("Q8_0 packed", kernels.Q8_0Bytes, func(s kernels.Set) *kernels.PackedLayout { return s.PackedQ8_0 }, kernels.MatMulQ8_0Q8))
	ranges := [][2]int{{0, 8}, {0, 21}, {3, 20}, {5, 6}, {9, 16}, {1, 24}, {16, 19}}
	const out = 24
	for _, p := range quantPaths(t) {
		s := Set(p)
		for _, sl := range slots {
			if sl.get(s) == nil {
				continue
			}
			// 513 blocks: past one run of the packed kernel's sums.
			for _, in := range []int{32, 64, 96, 2048 + 32, 513 * 32} {
				nb := in / kernels.QBlock
				w := randWeights(r, out*nb, sl.bytes)
				// Past 17: more than one token block of the ZMM tile.
				for _, T := range []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, qTB + 9} {
					xq := randQ8Rows(r, T, in)
					rg := ranges[(T+in/32)%len(ranges)]
					o0, o1 := rg[0], rg[1]
					// Only the rows up to o1 exist.
					wc := w[:o1*nb*sl.bytes]
					ldy := out + 3
					y, want := make([]float32, (T+1)*ldy+1)[1:], make([]float32, (T+1)*ldy)
					for i := range y {
						y[i], want[i] = qSentinel, qSentinel
					}
					name := fmt.Sprintf("%s/%s T=%d in=%d o=[%d,%d)", p, sl.name, T, in, o0, o1)
					sl.get(s)(y, ldy, xq, wc, T, in, o0, o1)
					sl.get(kernels.Scalar)(want, ldy, xq, wc, T, in, o0, o1)
					for i := range want {
						if math.Float32bits(y[i]) != math.Float32bits(want[i]) {
							t.Fatalf("%s: y[t=%d,o=%d] = %.9g, scalar %.9g", name, i/ldy, i%ldy, y[i], want[i])
						}
					}
				}
			}
		}
	}
}

// TestQuantizeQ8BitExact holds the vector quantizer to the scalar one
// over many blocks of finite floats of every exponent (random bit
// patterns), ties of x/d and values one ulp off them, and blocks whose
// scale underflows or overflows a half.
func TestQuantizeQ8BitExact(t *testing.T) {
	r := rand.New(rand.NewPCG(43, 44))
	const nb = 20000
	x := make([]float32, nb*kernels.QBlock+1)[1:]
	for b := range nb {
		blk := x[b*kernels.QBlock : (b+1)*kernels.QBlock]
		switch b % 4 {
		case 0: // any finite bit pattern within a block-wide exponent window
			e := uint32(r.IntN(250))
			for i := range blk {
				bits := uint32(r.Uint32())&0x807fffff | min(254, e+uint32(r.IntN(5)))<<23
				blk[i] = math.Float32frombits(bits)
			}
		case 1, 2: // ties of x/d, or one ulp either side
			d := kernels.F16ToF32(uint16(1 + r.IntN(0x7bff)))
			for i := range blk {
				blk[i] = (float32(r.IntN(254)-127) + 0.5) * d
				if b%4 == 2 {
					blk[i] = math.Nextafter32(blk[i], float32(r.IntN(3)-1))
				}
			}
			blk[r.IntN(len(blk))] = 127 * d
		default: // Gaussian at a random scale
			s := math.Pow(2, float64(r.IntN(240)-120))
			for i := range blk {
				blk[i] = float32(r.NormFloat64() * s)
			}
		}
	}
	for _, p := range quantPaths(t) {
		s := Set(p)
		for _, n := range []int{1, 2, 3, 7, nb} {
			got, want := make([]byte, n*kernels.Q8Bytes+2)[1:], make([]byte, n*kernels.Q8Bytes+1)
			got[n*kernels.Q8Bytes], want[n*kernels.Q8Bytes] = 0xa5, 0xa5
			s.QuantizeQ8(got, x[:n*kernels.QBlock])
			kernels.QuantizeQ8(want, x[:n*kernels.QBlock])
			for i := range want {
				if got[i] != want[i] {
					b := i / kernels.Q8Bytes
					t.Fatalf("%s: %d blocks: byte %d of block %d = %#02x, scalar %#02x (block %v)",
						p, n, i%kernels.Q8Bytes, b, got[i], want[i], x[b*kernels.QBlock:(b+1)*kernels.QBlock])
				}
			}
		}
	}
}

// TestQuantShapePanics: a bad shape panics before any memory is read.
func TestQuantShapePanics(t *testing.T) {
	for _, p := range quantPaths(t) {
		s := Set(p)
		for name, f := range map[string]func(){
			"width not a block multiple": func() {
				s.MatMulQ8_0Q8(make([]float32, 4), 4, make([]byte, 2*kernels.Q8Bytes), make([]byte, 8*kernels.Q8_0Bytes), 1, 48, 0, 4)
			},
			"short w": func() {
				s.MatMulQ4_0Q8(make([]float32, 8), 8, make([]byte, kernels.Q8Bytes), make([]byte, 8*kernels.Q4_0Bytes-1), 1, 32, 0, 8)
			},
			"short x": func() {
				s.MatMulQ8_0Q8(make([]float32, 16), 8, make([]byte, 2*kernels.Q8Bytes-1), make([]byte, 8*kernels.Q8_0Bytes), 2, 32, 0, 8)
			},
			"short dst": func() {
				s.QuantizeQ8(make([]byte, 2*kernels.Q8Bytes-1), make([]float32, 64))
			},
			"short y": func() {
				s.MatMulQ4_0Q8(make([]float32, 15), 8, make([]byte, 2*kernels.Q8Bytes), make([]byte, 8*kernels.Q4_0Bytes), 2, 32, 0, 8)
			},
		} {
			func() {
				defer func() {
					if recover() == nil {
						t.Errorf("%s: %s: no panic", p, name)
					}
				}()
				f()
			}()
		}
	}
}

// TestQuantNoAllocs: the quantized products allocate nothing, decode or
// prefill (the tile buffers stay on the stack).
func TestQuantNoAllocs(t *testing.T) {
	const T, out, in = 9, 20, 64 // T ≥ qPackMinT: the packed path too
	nb := in / kernels.QBlock
	xq := make([]byte, T*nb*kernels.Q8Bytes)
	w8, w4 := make([]byte, out*nb*kernels.Q8_0Bytes), make([]byte, out*nb*kernels.Q4_0Bytes)
	y, x := make([]float32, T*out), make([]float32, T*in)
	for _, p := range quantPaths(t) {
		s := Set(p)
		mp, wp := s.MatMulQ4_0Q8, w4
		if l := s.PackedQ4_0; l != nil {
			mp, wp = l.MatMul, make([]byte, l.Len(out, in))
			l.Pack(wp, w4, out, in)
		}
		mp8, wp8 := s.MatMulQ8_0Q8, w8
		if l := s.PackedQ8_0; l != nil {
			mp8, wp8 = l.MatMul, make([]byte, l.Len(out, in))
			l.Pack(wp8, w8, out, in)
		}
		for _, tt := range []int{1, 3, T} {
			if a := testing.AllocsPerRun(5, func() {
				s.MatMulQ8_0Q8(y, out, xq, w8, tt, in, 0, out)
				s.MatMulQ4_0Q8(y, out, xq, w4, tt, in, 3, out)
				mp(y, out, xq, wp, tt, in, 3, out)
				mp8(y, out, xq, wp8, tt, in, 1, out)
				s.QuantizeQ8(xq, x[:tt*in])
			}); a != 0 {
				t.Errorf("%s T=%d: %v allocations per call", p, tt, a)
			}
		}
	}
}
