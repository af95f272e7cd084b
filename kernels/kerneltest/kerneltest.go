// Package kerneltest holds a kernels.Set to kernels.Scalar, slot by slot,
// on seeded random inputs of awkward sizes: tails around every power of
// two, odd token counts, row ranges that do not start or end on the set's
// RowAlign (and ranges narrower than it), slices that start one element
// into a larger array, inputs longer than the length that counts, and
// outputs aliasing an input where the contract allows. Every MatMul
// output is pre-filled with a NaN sentinel, so a write outside rows
// [0, T) × columns [o0, o1) is caught, the row padding included; a
// panicking kernel is reported, not fatal.
//
// A SIMD set passes Check before its backend is trusted; the backend
// conformance suite (backends/backendtest) then holds the whole executor
// to an independent float64 reference. Scalar itself is held to float64
// references by the tests of package kernels.
//
// Tolerances, against Scalar's result on the same input:
//   - exact (bit for bit, any NaN matching any NaN): WidenBF16, WidenF16,
//     DequantQ8_0, DequantQ4_0, StoreBF16, Argmax, QuantizeQ8;
//   - the Q8-activation products (MatMulQ8_0Q8, MatMulQ4_0Q8): exact block
//     sums, so |Δ| ≤ MatMulRel·√nb·2⁻²⁴·Σ_b|d_w·d_x·isum_b| (narrow.go);
//   - dot products (MatMul*, Scores*): |Δ| ≤ MatMulRel·√n·2⁻²⁴·Σ|w·x|, the
//     error bound of a reassociated float32 sum of n products (for Scores
//     scaled by |scale|, plus the ULPs term for the scaling and the cap);
//   - O(d) ops: |Δ| ≤ ULPs·2⁻²³·m + Abs, m the magnitude of the result —
//     of the element (RMSNorm, GeGLU, Add, Scale, SoftCap), of the rotated
//     pair (RoPE), of the element times 1+|x−max x| (Softmax: the error of
//     x−max in float32), of max(1, |result|) (LogSumExp: an error in the
//     sum is an absolute error in the log), of |o|+Σ|p·v| times √(n+1)
//     (WeightedSum, a sum of n+1 terms), and of ½ (RoPEAngles' cos and sin).
package kerneltest

import (
	"fmt"
	"hash/fnv"
	"math"
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"

	"github.com/gemma-bench/gemma-bench/kernels"
)

// Options widen the tolerances for sets whose numerics differ on purpose,
// and select what runs. The zero value is the default check.
type Options struct {
	// MatMulRel bounds a dot product's error per element relative to
	// Σ|w·x|, as a multiple of √n·2⁻²⁴ (0 means 4): reassociated float32
	// sums, FMA or not, stay well inside it.
	MatMulRel float64
	// QuantRel replaces MatMulRel for MatMulQ8_0 and MatMulQ4_0 (0 means
	// MatMulRel), for sets that round x to int8 as GGML's dot products do.
	QuantRel float64
	// ULPs bounds the O(d) ops' error in float32 ulps relative to the
	// result's magnitude (0 means 4).
	ULPs float64
	// Abs is added to every non-exact tolerance (0 means 2⁻¹²⁶, the
	// smallest normal float32: subnormal results may flush).
	Abs float64
	// Seed selects the random inputs (0 means the fixed default); the
	// inputs of each slot depend only on the seed and the slot's name.
	Seed uint64
	// Slots restricts the check to the named slots ("MatMulBF16",
	// "RowAlign", …); empty means every slot.
	Slots []string
}

func (o Options) resolved() Options {
	if o.MatMulRel <= 0 {
		o.MatMulRel = 4
	}
	if o.QuantRel <= 0 {
		o.QuantRel = o.MatMulRel
	}
	if o.ULPs <= 0 {
		o.ULPs = 4
	}
	if o.Abs <= 0 {
		o.Abs = 0x1p-126
	}
	if o.Seed == 0 {
		o.Seed = 0x6b65726e656c73 // "kernels"
	}
	return o
}

// Error is one failure: the slot, then the case (sizes, range, variant)
// and its worst element.
type Error struct {
	Slot string
	Msg  string
}

func (e *Error) Error() string { return e.Slot + ": " + e.Msg }

// Lens are the vector lengths every O(d) slot is tried at (RoPE at head
// dimensions twice these).
var Lens = []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 15, 16, 17, 31, 32, 33, 63, 64, 65, 255, 256, 257, 300, 511, 512, 513, 1000, 2049}

var (
	// MatMul: every token count against every width (multiples of 32 only
	// for the block formats), one row range per pair, cycling.
	matTokens = []int{1, 2, 3, 4, 5, 7, 11, 12, 13, 16, 17, 31, 64, 100, 200}
	matIn     = []int{1, 3, 8, 17, 32, 96, 256, 257, 300, 512, 544, 1000}
	// Dequant: block counts.
	qBlocks = []int{1, 2, 3, 4, 5, 7, 8, 9, 15, 16, 17, 31, 32, 33, 64, 65}
	// Attention: head dimensions, and run lengths (positions) cycled over.
	headDims  = []int{1, 2, 3, 4, 5, 7, 8, 15, 16, 17, 31, 32, 33, 63, 64, 65, 96, 128, 255, 256, 257}
	runLens   = []int{1, 2, 3, 5, 8, 9, 16, 17, 33, 64, 65, 257, 1000}
	positions = []float64{0, 1, 5, 63, 64, 65, 100, 1000, 8191, 131071}
)

// maxReported caps the errors of one slot; the rest are counted.
const maxReported = 3

// sentinelBits marks output a kernel must not write (a quiet NaN with a
// payload no kernel produces); compared by bits.
const sentinelBits = 0x7fc0dead

var sentinel = math.Float32frombits(sentinelBits)

type slotCheck struct {
	name string
	run  func(c *checker)
}

var checks = []slotCheck{
	{"MatMulF32", (*checker).matMulF32},
	{"MatMulBF16", (*checker).matMulBF16},
	{"MatMulF16", (*checker).matMulF16},
	{"MatMulQ8_0", (*checker).matMulQ8_0},
	{"MatMulQ4_0", (*checker).matMulQ4_0},
	{"WidenBF16", (*checker).widenBF16},
	{"WidenF16", (*checker).widenF16},
	{"DequantQ8_0", (*checker).dequantQ8_0},
	{"DequantQ4_0", (*checker).dequantQ4_0},
	{"Scale", (*checker).scale},
	{"RMSNorm", (*checker).rmsNorm},
	{"RoPEAngles", (*checker).ropeAngles},
	{"RoPE", (*checker).rope},
	{"GeGLU", (*checker).geGLU},
	{"Add", (*checker).add},
	{"SoftCap", (*checker).softCap},
	{"Scores", (*checker).scores},
	{"ScoresBF16", (*checker).scoresBF16},
	{"Softmax", (*checker).softmax},
	{"WeightedSum", (*checker).weightedSum},
	{"WeightedSumBF16", (*checker).weightedSumBF16},
	{"StoreBF16", (*checker).storeBF16},
	{"Argmax", (*checker).argmax},
	{"LogSumExp", (*checker).logSumExp},
	{"QuantizeQ8", (*checker).quantizeQ8},
	{"MatMulQ8_0Q8", (*checker).matMulQ8_0Q8},
	{"MatMulQ4_0Q8", (*checker).matMulQ4_0Q8},
	{"MatMulBF16BF16", (*checker).matMulBF16BF16},
	{"RowAlign", (*checker).rowAlign},
	{"PackedQ4_0", (*checker).packedQ4_0},
	{"PackedQ8_0", (*checker).packedQ8_0},
}

// plan lists the checks to run, in the order of kernels.Set's fields. A
// function slot with no check here (Set grew) and a name in o.Slots that
// is no slot become failing checks, so neither passes silently.
func plan(o Options) []slotCheck {
	known := map[string]slotCheck{}
	for _, sc := range checks {
		known[sc.name] = sc
	}
	var all []slotCheck
	typ := reflect.TypeFor[kernels.Set]()
	for i := range typ.NumField() {
		f := typ.Field(i)
		if f.Type.Kind() != reflect.Func && f.Name != "RowAlign" && f.Type != reflect.TypeFor[*kernels.PackedLayout]() {
			continue
		}
		sc, ok := known[f.Name]
		if !ok {
			sc = slotCheck{f.Name, func(c *checker) { c.fail("kerneltest has no check for this slot") }}
		}
		all = append(all, sc)
	}
	if len(o.Slots) == 0 {
		return all
	}
	var sel []slotCheck
	for _, name := range o.Slots {
		i := slices.IndexFunc(all, func(sc slotCheck) bool { return sc.name == name })
		if i < 0 {
			sel = append(sel, slotCheck{name, func(c *checker) { c.fail("no such slot in kernels.Set") }})
			continue
		}
		sel = append(sel, all[i])
	}
	return sel
}

// Check returns the failures of s against kernels.Scalar: a nil slot (the
// set is incomplete), a RowAlign below 1, a panic, a write outside a
// MatMul's range, or a result beyond the tolerances. Each error names the
// slot, the case and its worst element; at most a few per slot, then a
// count of the rest.
func Check(s kernels.Set, o Options) []error {
	var errs []error
	for _, sc := range plan(o) {
		errs = append(errs, checkSlot(s, o.resolved(), sc)...)
	}
	return errs
}

// Run reports Check's errors on t, one subtest per slot.
func Run(t *testing.T, s kernels.Set, o Options) {
	t.Helper()
	for _, sc := range plan(o) {
		t.Run(sc.name, func(t *testing.T) {
			for _, err := range checkSlot(s, o.resolved(), sc) {
				t.Error(err)
			}
		})
	}
}

func checkSlot(s kernels.Set, o Options, sc slotCheck) []error {
	if f := reflect.ValueOf(s).FieldByName(sc.name); f.IsValid() && f.Kind() == reflect.Func && f.IsNil() {
		return []error{&Error{sc.name, "slot is nil: the set is incomplete"}}
	}
	h := fnv.New64a()
	h.Write([]byte(sc.name))
	c := &checker{s: s, ref: kernels.Scalar, o: o, slot: sc.name, rng: rand.New(rand.NewPCG(o.Seed, h.Sum64()))}
	sc.run(c)
	if c.fails > maxReported {
		c.errs = append(c.errs, &Error{sc.name, fmt.Sprintf("… and %d more failing cases", c.fails-maxReported)})
	}
	return c.errs
}

// checker runs the cases of one slot.
type checker struct {
	s, ref kernels.Set
	o      Options
	slot   string
	rng    *rand.Rand
	errs   []error
	fails  int
	allocs int
}

func (c *checker) fail(format string, args ...any) {
	c.fails++
	if c.fails <= maxReported {
		c.errs = append(c.errs, &Error{c.slot, fmt.Sprintf(format, args...)})
	}
}

// try runs f, reporting a panic as a failure of the case.
func (c *checker) try(what string, f func()) (ok bool) {
	defer func() {
		if r := recover(); r != nil {
			c.fail("%s: panicked: %v", what, r)
			ok = false
		}
	}()
	f()
	return true
}

// mk returns n zero elements, mostly starting one or three elements into
// a larger array (so that nothing is aligned), with the capacity cut at n
// so that no kernel can reach past the end.
func mk[E any](c *checker, n int) []E {
	c.allocs++
	off := [...]int{1, 0, 1, 3}[c.allocs%4]
	return make([]E, n+off)[off : off+n : off+n]
}

func clone[E any](c *checker, v []E) []E {
	d := mk[E](c, len(v))
	copy(d, v)
	return d
}

// uni returns n values uniform in ±a.
func (c *checker) uni(n int, a float64) []float32 {
	v := mk[float32](c, n)
	for i := range v {
		v[i] = float32((2*c.rng.Float64() - 1) * a)
	}
	return v
}

func fill[E any](v []E, f E) {
	for i := range v {
		v[i] = f
	}
}

// diff tracks the failing elements of one case and the worst of them.
type diff struct {
	bad, total int
	ratio      float64
	at         int
	got, want  float64
	tol        float64
}

// add compares one element: NaN matches NaN, an infinity only itself.
func (d *diff) add(i int, got, want, tol float64) {
	d.total++
	r := math.Inf(1)
	switch {
	case math.IsNaN(got) || math.IsNaN(want):
		if math.IsNaN(got) && math.IsNaN(want) {
			return
		}
	case math.IsInf(got, 0) || math.IsInf(want, 0):
		if got == want {
			return
		}
	default:
		e := math.Abs(got - want)
		if e <= tol {
			return
		}
		r = e / tol
	}
	d.bad++
	if d.bad == 1 || r > d.ratio {
		d.ratio, d.at, d.got, d.want, d.tol = r, i, got, want, tol
	}
}

// exact compares float32 results bit for bit, NaN matching NaN.
func (d *diff) exact(i int, got, want float32) {
	d.total++
	if math.Float32bits(got) == math.Float32bits(want) || got != got && want != want {
		return
	}
	if d.bad++; d.bad == 1 {
		d.ratio, d.at, d.got, d.want, d.tol = math.Inf(1), i, float64(got), float64(want), 0
	}
}

func (c *checker) report(d *diff, what string, elem func(i int) string) {
	if d.bad == 0 {
		return
	}
	if d.tol == 0 {
		c.fail("%s: %d of %d values differ (exact slot); first %s = %.9g, scalar %.9g",
			what, d.bad, d.total, elem(d.at), d.got, d.want)
		return
	}
	c.fail("%s: %d of %d values off; worst %s = %.9g, scalar %.9g (|Δ| %.3g = %.3g× the tolerance %.3g)",
		what, d.bad, d.total, elem(d.at), d.got, d.want, math.Abs(d.got-d.want), d.ratio, d.tol)
}

func index(i int) string { return fmt.Sprintf("[%d]", i) }

// ulps is the O(d) tolerance for magnitude m.
func (c *checker) ulps(m float64) float64 { return c.o.ULPs*0x1p-23*m + c.o.Abs }

// ----- Matrix products.

// mmFunc is the shape of every MatMul slot: activations x of type X (f32,
// Q8 blocks or bf16 rows), weights of type W.
type mmFunc[X, W any] func(y []float32, ldy int, x X, w W, T, in, o0, o1 int)

// mmOperands makes one case: out×in weights and T×in activations in the
// slot's formats, and mag(t, o), the scale of y[t,o]'s error: √n·Σ|term|
// over the n terms of the float32 sum the result is, so that the case's
// tolerance is rel·2⁻²⁴·mag + Abs.
type mmOperands[X, W any] func(out, in, T int) (w W, x X, mag func(t, o int) float64)

// rowRange is one output layout: out rows of W, y rows ldy = out+pad
// apart, and the range [o0, o1) asked for.
type rowRange struct{ out, pad, o0, o1 int }

func (c *checker) rowRanges() []rowRange {
	ra := max(c.s.RowAlign, 1)
	return []rowRange{
		{8, 0, 0, 8},                        // all rows, aligned
		{13, 3, 1, 12},                      // unaligned both ends, padded
		{21, 1, 6, min(21, 6+max(1, ra-1))}, // narrower than RowAlign
		{37, 0, 5, 36},
		{9, 2, 3, 4}, // one row
		{16, 0, 4, 16},
		{64, 1, 17, 50},
		{4*ra + 3, 2, ra, 3 * ra}, // a chunk on RowAlign, as the executor cuts
	}
}

// matMul runs one weight format with float32 activations (uniform in ±1)
// through matMulOver. gen makes out×in weights in the format and their
// exact float32 values.
func matMul[W any](c *checker, got, ref mmFunc[[]float32, W], quant bool, gen func(out, in int) (W, []float32)) {
	rel, block := c.o.MatMulRel, 1
	if quant {
		rel, block = c.o.QuantRel, kernels.QBlock
	}
	matMulOver(c, got, ref, rel, block, func(out, in, T int) (W, []float32, func(t, o int) float64) {
		w, wf := gen(out, in)
		x := c.uni(T*in, 1)
		return w, x, dotMag(wf, x, in)
	})
}

// matMulOver runs a MatMul slot over matTokens × matIn (the widths that
// are multiples of block), one row range per pair, then the empty cases.
func matMulOver[X, W any](c *checker, got, ref mmFunc[X, W], rel float64, block int, gen mmOperands[X, W]) {
	rr := c.rowRanges()
	for ii, in := range matIn {
		if in%block != 0 {
			continue
		}
		for ti, T := range matTokens {
			r := rr[(ti+ii)%len(rr)]
			w, x, mag := gen(r.out, in, T)
			matMulCase(c, got, ref, w, x, mag, T, in, r, rel)
		}
	}
	in := 32
	w, x, mag := gen(8, in, 3)
	matMulCase(c, got, ref, w, x, mag, 3, in, rowRange{8, 1, 5, 5}, rel) // empty range
	var none X
	matMulCase(c, got, ref, w, none, mag, 0, in, rowRange{8, 1, 0, 8}, rel) // no tokens
}

// dotMag is mag for float rows: √in·Σ|w·x| from the exact values of the
// weights (out×in) and activations (T×in).
func dotMag(wf, xf []float32, in int) func(t, o int) float64 {
	return func(t, o int) float64 {
		xt := xf[t*in : (t+1)*in]
		var m float64
		for k, wv := range wf[o*in : (o+1)*in] {
			m += math.Abs(float64(wv) * float64(xt[k]))
		}
		return math.Sqrt(float64(in)) * m
	}
}

func matMulCase[X, W any](c *checker, got, ref mmFunc[X, W], w W, x X, mag func(t, o int) float64, T, in int, r rowRange, rel float64) {
	ldy := r.out + r.pad
	what := fmt.Sprintf("T=%d in=%d out=%d o=[%d,%d) ldy=%d", T, in, r.out, r.o0, r.o1, ldy)
	// One row past T, so that writing row T is caught too.
	y, want := mk[float32](c, (T+1)*ldy), make([]float32, (T+1)*ldy)
	fill(y, sentinel)
	fill(want, sentinel)
	if !c.try(what, func() { got(y, ldy, x, w, T, in, r.o0, r.o1) }) {
		return
	}
	ref(want, ldy, x, w, T, in, r.o0, r.o1)
	for i, v := range y {
		t, o := i/ldy, i%ldy
		if (t >= T || o < r.o0 || o >= r.o1) && math.Float32bits(v) != sentinelBits {
			c.fail("%s: wrote y[t=%d,o=%d] = %g outside rows [0,%d) × columns [%d,%d)", what, t, o, v, T, r.o0, r.o1)
			return
		}
	}
	var d diff
	for t := range T {
		for o := r.o0; o < r.o1; o++ {
			i := t*ldy + o
			d.add(i, float64(y[i]), float64(want[i]), rel*0x1p-24*mag(t, o)+c.o.Abs)
		}
	}
	c.report(&d, what, func(i int) string { return fmt.Sprintf("y[t=%d,o=%d]", i/ldy, i%ldy) })
}

func (c *checker) matMulF32() {
	matMul(c, c.s.MatMulF32, c.ref.MatMulF32, false, func(out, in int) ([]float32, []float32) {
		w := c.uni(out*in, 1)
		return w, w
	})
}

func (c *checker) matMulBF16() {
	matMul(c, c.s.MatMulBF16, c.ref.MatMulBF16, false, func(out, in int) ([]uint16, []float32) {
		w, wf := mk[uint16](c, out*in), make([]float32, out*in)
		kernels.F32ToBF16Slice(w, c.uni(out*in, 1))
		kernels.BF16ToF32Slice(wf, w)
		return w, wf
	})
}

func (c *checker) matMulF16() {
	matMul(c, c.s.MatMulF16, c.ref.MatMulF16, false, func(out, in int) ([]uint16, []float32) {
		w, wf := mk[uint16](c, out*in), make([]float32, out*in)
		for i := range w {
			// Magnitudes over five decades: some halves are subnormal.
			v := (2*c.rng.Float64() - 1) * math.Pow(10, -float64(c.rng.IntN(6)))
			w[i] = kernels.F32ToF16(float32(v))
		}
		kernels.F16ToF32Slice(wf, w)
		return w, wf
	})
}

// randBlocks returns nb blocks with scales over seven decades (zero and
// subnormal halves included) and uniformly random weight bytes (so Q8_0
// sees −128, which GGML's quantizer never writes but the format allows).
func (c *checker) randBlocks(nb, blockBytes int) []byte {
	w := mk[byte](c, nb*blockBytes)
	for b := range nb {
		d := (2*c.rng.Float64() - 1) * 0.1 * math.Pow(10, -float64(c.rng.IntN(7)))
		if c.rng.IntN(16) == 0 {
			d = 0
		}
		h := kernels.F32ToF16(float32(d))
		blk := w[b*blockBytes : (b+1)*blockBytes]
		blk[0], blk[1] = byte(h), byte(h>>8)
		for i := 2; i < blockBytes; i++ {
			blk[i] = byte(c.rng.Uint32())
		}
	}
	return w
}

func (c *checker) matMulQ8_0() {
	matMul(c, c.s.MatMulQ8_0, c.ref.MatMulQ8_0, true, func(out, in int) ([]byte, []float32) {
		w, wf := c.randBlocks(out*in/kernels.QBlock, kernels.Q8_0Bytes), make([]float32, out*in)
		kernels.DequantQ8_0(wf, w)
		return w, wf
	})
}

func (c *checker) matMulQ4_0() {
	matMul(c, c.s.MatMulQ4_0, c.ref.MatMulQ4_0, true, func(out, in int) ([]byte, []float32) {
		w, wf := c.randBlocks(out*in/kernels.QBlock, kernels.Q4_0Bytes), make([]float32, out*in)
		kernels.DequantQ4_0(wf, w)
		return w, wf
	})
}

// ----- Widening, exact.

// rand16 returns n+1 16-bit values (one more than counts): every third a
// random bit pattern (NaN, Inf and subnormals included), the rest made
// from ordinary values by mk16.
func (c *checker) rand16(n int, mk16 func(float32) uint16) []uint16 {
	h := mk[uint16](c, n+1)
	for i := range h {
		if i%3 == 0 {
			h[i] = uint16(c.rng.Uint32())
		} else {
			h[i] = mk16(float32(c.rng.NormFloat64() * math.Pow(10, float64(c.rng.IntN(9)-6))))
		}
	}
	return h
}

func (c *checker) widen16(got, ref func([]float32, []uint16), mk16 func(float32) uint16) {
	for _, n := range Lens {
		src := c.rand16(n, mk16)
		y, want := mk[float32](c, n), make([]float32, n)
		what := fmt.Sprintf("n=%d", n)
		if !c.try(what, func() { got(y, src) }) {
			continue
		}
		ref(want, src)
		var d diff
		for i := range want {
			d.exact(i, y[i], want[i])
		}
		c.report(&d, what, func(i int) string { return fmt.Sprintf("[%d] (%#04x)", i, src[i]) })
	}
}

func (c *checker) widenBF16() { c.widen16(c.s.WidenBF16, c.ref.WidenBF16, kernels.F32ToBF16) }
func (c *checker) widenF16()  { c.widen16(c.s.WidenF16, c.ref.WidenF16, kernels.F32ToF16) }

func (c *checker) dequant(got, ref func([]float32, []byte), blockBytes int) {
	for _, nb := range qBlocks {
		n := nb * kernels.QBlock
		src := mk[byte](c, nb*blockBytes+1) // one byte more than counts
		for i := range src {
			src[i] = byte(c.rng.Uint32()) // scales of every bit pattern
		}
		y, want := mk[float32](c, n), make([]float32, n)
		what := fmt.Sprintf("%d blocks", nb)
		if !c.try(what, func() { got(y, src) }) {
			continue
		}
		ref(want, src)
		var d diff
		for i := range want {
			d.exact(i, y[i], want[i])
		}
		c.report(&d, what, func(i int) string { return fmt.Sprintf("block %d weight %d", i/kernels.QBlock, i%kernels.QBlock) })
	}
}

func (c *checker) dequantQ8_0() { c.dequant(c.s.DequantQ8_0, c.ref.DequantQ8_0, kernels.Q8_0Bytes) }
func (c *checker) dequantQ4_0() { c.dequant(c.s.DequantQ4_0, c.ref.DequantQ4_0, kernels.Q4_0Bytes) }

func (c *checker) storeBF16() {
	for _, n := range Lens {
		src := mk[float32](c, n)
		for i := range src {
			b := c.rng.Uint32()
			switch i % 6 {
			case 0: // any bit pattern
			case 1: // a tie between two bf16 values
				b = b&^0xffff | 0x8000
			case 2: // just off a tie
				b = b&^0xffff | 0x8000 + uint32(c.rng.IntN(3)) - 1
			case 3: // NaN with payload only in the low half, ±Inf, ±max
				b = [...]uint32{0x7f800001, 0xff800001, 0x7f800000, 0xff800000, 0x7f7fffff, 0xff7fffff}[c.rng.IntN(6)]
			default:
				b = math.Float32bits(float32(c.rng.NormFloat64() * 3))
			}
			src[i] = math.Float32frombits(b)
		}
		y, want := mk[uint16](c, n), make([]uint16, n)
		what := fmt.Sprintf("n=%d", n)
		if !c.try(what, func() { c.s.StoreBF16(y, src) }) {
			continue
		}
		c.ref.StoreBF16(want, src)
		var d diff
		for i := range want {
			d.exact(i, kernels.BF16ToF32(y[i]), kernels.BF16ToF32(want[i]))
		}
		c.report(&d, what, func(i int) string {
			return fmt.Sprintf("[%d] (from %#08x: %#04x, scalar %#04x)", i, math.Float32bits(src[i]), y[i], want[i])
		})
	}
}

// ----- O(d) row and element-wise ops.

// closeTo compares y with want within the ulps tolerance of each element.
func (c *checker) closeTo(what string, y, want []float32) {
	var d diff
	for i := range want {
		d.add(i, float64(y[i]), float64(want[i]), c.ulps(math.Abs(float64(want[i]))))
	}
	c.report(&d, what, index)
}

// longer returns v plus one trailing NaN: an input longer than the length
// that counts.
func longer(c *checker, v []float32) []float32 {
	d := mk[float32](c, len(v)+1)
	copy(d, v)
	d[len(v)] = float32(math.NaN())
	return d
}

func (c *checker) scale() {
	for i, n := range Lens {
		x := c.uni(n, 3)
		s := [...]float32{1.7, -0.125, 3e-3}[i%3]
		y, want := clone(c, x), append([]float32(nil), x...)
		what := fmt.Sprintf("n=%d s=%g", n, s)
		if c.try(what, func() { c.s.Scale(y, s) }) {
			c.ref.Scale(want, s)
			c.closeTo(what, y, want)
		}
	}
}

func (c *checker) rmsNorm() {
	for i, n := range Lens {
		mag := [...]float64{1, 3, 1e3, 1e-3}[i%4]
		x, w := c.uni(n, mag), c.uni(n+2, 0.5) // len(w) ≥ len(x) is allowed
		for _, addOne := range []bool{false, true} {
			what := fmt.Sprintf("n=%d |x|≤%g addOne=%v", n, mag, addOne)
			want := make([]float32, n)
			c.ref.RMSNorm(want, x, w, 1e-6, addOne)
			// Out of place into a longer y, whose tail must stay untouched.
			y := mk[float32](c, n+2)
			fill(y[n:], sentinel)
			if c.try(what, func() { c.s.RMSNorm(y, x, w, 1e-6, addOne) }) {
				if math.Float32bits(y[n]) != sentinelBits || math.Float32bits(y[n+1]) != sentinelBits {
					c.fail("%s: wrote y past len(x)", what)
				}
				c.closeTo(what, y[:n], want)
			}
			a := clone(c, x)
			if c.try(what+" in place", func() { c.s.RMSNorm(a, a, w, 1e-6, addOne) }) {
				c.closeTo(what+" in place", a, want)
			}
		}
	}
}

func (c *checker) ropeAngles() {
	for i, h := range Lens {
		theta := [...]float64{1e4, 1e6, 1e4}[i%3]
		ps := [...]float64{1, 1, 8}[i%3]
		inv := clone(c, kernels.RoPEInvFreq(2*h, theta, ps))
		for _, pos := range positions {
			what := fmt.Sprintf("head dim %d θ=%g scale=%g pos=%g", 2*h, theta, ps, pos)
			cs, sn := mk[float64](c, h), mk[float64](c, h)
			if !c.try(what, func() { c.s.RoPEAngles(cs, sn, pos, inv) }) {
				continue
			}
			wc, ws := make([]float64, h), make([]float64, h)
			c.ref.RoPEAngles(wc, ws, pos, inv)
			var d diff
			tol := c.ulps(0.5)
			for j := range wc {
				d.add(2*j, cs[j], wc[j], tol)
				d.add(2*j+1, sn[j], ws[j], tol)
			}
			c.report(&d, what, func(i int) string { return fmt.Sprintf("%s[%d]", [2]string{"cos", "sin"}[i%2], i/2) })
		}
	}
}

func (c *checker) rope() {
	for _, h := range Lens {
		cs, sn := mk[float64](c, h), mk[float64](c, h)
		for j := range cs {
			sn[j], cs[j] = math.Sincos(c.rng.Float64() * 2 * math.Pi)
		}
		x := c.uni(2*h, 2)
		want := make([]float32, 2*h)
		c.ref.RoPE(want, x, cs, sn)
		check := func(what string, y []float32) {
			var d diff
			for j := range h {
				tol := c.ulps(math.Abs(float64(x[j])) + math.Abs(float64(x[j+h])))
				d.add(j, float64(y[j]), float64(want[j]), tol)
				d.add(j+h, float64(y[j+h]), float64(want[j+h]), tol)
			}
			c.report(&d, what, index)
		}
		what := fmt.Sprintf("head dim %d", 2*h)
		y := mk[float32](c, 2*h)
		if c.try(what, func() { c.s.RoPE(y, x, cs, sn) }) {
			check(what, y)
		}
		a := clone(c, x)
		if c.try(what+" in place", func() { c.s.RoPE(a, a, cs, sn) }) {
			check(what+" in place", a)
		}
	}
}

func (c *checker) geGLU() {
	for _, n := range Lens {
		gate, up := c.uni(n, 3), c.uni(n, 2)
		for i := range gate {
			if i%8 == 5 {
				gate[i] *= 15 // far into both tails
			}
		}
		want := make([]float32, n)
		c.ref.GeGLU(want, gate, up)
		what := fmt.Sprintf("n=%d", n)
		y := mk[float32](c, n)
		if c.try(what, func() { c.s.GeGLU(y, longer(c, gate), longer(c, up)) }) {
			c.closeTo(what, y, want)
		}
		g := clone(c, gate)
		if c.try(what+" y=gate", func() { c.s.GeGLU(g, g, up) }) {
			c.closeTo(what+" y=gate", g, want)
		}
		u := clone(c, up)
		if c.try(what+" y=up", func() { c.s.GeGLU(u, gate, u) }) {
			c.closeTo(what+" y=up", u, want)
		}
	}
}

func (c *checker) add() {
	for _, n := range Lens {
		a, b := c.uni(n, 3), c.uni(n, 3)
		want := make([]float32, n)
		c.ref.Add(want, a, b)
		what := fmt.Sprintf("n=%d", n)
		y := mk[float32](c, n)
		if c.try(what, func() { c.s.Add(y, longer(c, a), longer(c, b)) }) {
			c.closeTo(what, y, want)
		}
		ya := clone(c, a)
		if c.try(what+" y=a", func() { c.s.Add(ya, ya, b) }) {
			c.closeTo(what+" y=a", ya, want)
		}
		yb := clone(c, b)
		if c.try(what+" y=b", func() { c.s.Add(yb, a, yb) }) {
			c.closeTo(what+" y=b", yb, want)
		}
	}
}

func (c *checker) softCap() {
	for i, n := range Lens {
		cp := [...]float32{30, 50, 2.5}[i%3]
		x := c.uni(n, 2*float64(cp))
		for j := range x {
			if j%16 == 7 {
				x[j] = [...]float32{1e30, -1e30, 0, 1e-30}[j/16%4]
			}
		}
		want := make([]float32, n)
		c.ref.SoftCap(want, x, cp)
		what := fmt.Sprintf("n=%d cap=%g", n, cp)
		y := mk[float32](c, n)
		if c.try(what, func() { c.s.SoftCap(y, longer(c, x), cp) }) {
			c.closeTo(what, y, want)
		}
		a := clone(c, x)
		if c.try(what+" in place", func() { c.s.SoftCap(a, a, cp) }) {
			c.closeTo(what+" in place", a, want)
		}
	}
}

// rows returns the logit-like rows Softmax, LogSumExp and Argmax see:
// spreads from narrow to wide, masked entries (−Inf) and rows far from 0.
func (c *checker) rows(n, variant int) ([]float32, string) {
	ninf := float32(math.Inf(-1))
	switch variant % 5 {
	case 0:
		return c.uni(n, 5), "uniform ±5"
	case 1:
		return c.uni(n, 40), "uniform ±40"
	case 2:
		x := c.uni(n, 8)
		for j := 0; j < n-1; j += 3 {
			x[j] = ninf
		}
		return x, "masked every third"
	case 3:
		x := c.uni(n, 1)
		for j := range x {
			x[j] += 1e4
		}
		return x, "1e4 ± 1"
	}
	x := c.uni(n, 3)
	for j := range x {
		if j != n/2 {
			x[j] = ninf
		}
	}
	return x, "one unmasked"
}

func (c *checker) softmax() {
	ninf := float32(math.Inf(-1))
	check := func(x []float32, kind string) {
		what := fmt.Sprintf("n=%d %s", len(x), kind)
		y, want := clone(c, x), append([]float32(nil), x...)
		if !c.try(what, func() { c.s.Softmax(y) }) {
			return
		}
		c.ref.Softmax(want)
		m := math.Inf(-1)
		for _, v := range x {
			m = max(m, float64(v))
		}
		var d diff
		for i, v := range x {
			tol := c.o.Abs
			if !math.IsInf(float64(v), -1) {
				tol = c.ulps(math.Abs(float64(want[i])) * (1 + math.Abs(float64(v)-m)))
			}
			d.add(i, float64(y[i]), float64(want[i]), tol)
		}
		c.report(&d, what, index)
	}
	for i, n := range Lens {
		x, kind := c.rows(n, i)
		check(x, kind)
	}
	for _, n := range []int{1, 5, 64} {
		x := mk[float32](c, n)
		fill(x, ninf)
		check(x, "all −Inf")
	}
}

func (c *checker) logSumExp() {
	inf, nan := float32(math.Inf(1)), float32(math.NaN())
	check := func(x []float32, kind string) {
		what := fmt.Sprintf("n=%d %s", len(x), kind)
		var got float64
		if !c.try(what, func() { got = c.s.LogSumExp(x) }) {
			return
		}
		want := c.ref.LogSumExp(x)
		var d diff
		d.add(0, got, want, c.ulps(max(1, math.Abs(want))))
		c.report(&d, what, func(int) string { return "result" })
	}
	for i, n := range append(Lens, 262144) {
		x, kind := c.rows(n, i)
		check(x, kind)
	}
	for i, n := range []int{1, 17, 300} {
		x := c.uni(n, 5)
		special := [...]struct {
			v    float32
			kind string
		}{{float32(math.Inf(-1)), "all −Inf"}, {inf, "with +Inf"}, {nan, "with NaN"}}
		for _, sp := range special {
			y := clone(c, x)
			if sp.kind == "all −Inf" {
				fill(y, sp.v)
			} else {
				y[(i*7)%n] = sp.v
			}
			check(y, sp.kind)
		}
		y := clone(c, x)
		y[0], y[n-1] = inf, nan
		check(y, "with +Inf and NaN")
	}
}

func (c *checker) argmax() {
	ninf, nan := float32(math.Inf(-1)), float32(math.NaN())
	check := func(x []float32, kind string) {
		what := fmt.Sprintf("n=%d %s", len(x), kind)
		var got int
		if !c.try(what, func() { got = c.s.Argmax(x) }) {
			return
		}
		if want := c.ref.Argmax(x); got != want {
			g := "out of range"
			if got >= 0 && got < len(x) {
				g = fmt.Sprint(x[got])
			}
			c.fail("%s: %d (value %s), scalar %d (value %g)", what, got, g, want, x[want])
		}
	}
	for i, n := range append(Lens, 262144) {
		x, kind := c.rows(n, i)
		check(x, kind)
		// The maximum two or three times: the first wins.
		y := clone(c, x)
		m := float32(1e5)
		for range 1 + i%3 {
			y[c.rng.IntN(n)] = m
		}
		check(y, kind+", tied maximum")
	}
	for _, n := range []int{1, 2, 7, 33, 300} {
		x := mk[float32](c, n)
		fill(x, 2.5)
		check(x, "all equal")
		fill(x, ninf)
		check(x, "all −Inf")
		fill(x, nan)
		check(x, "all NaN")
		y := c.uni(n, 1)
		for j := 1; j < n; j += 2 {
			y[j] = nan // NaN never compares larger
		}
		check(y, "NaN at odd indices")
		z := c.uni(n, 1)
		for j := range z {
			z[j] = -1 - z[j]*z[j]
		}
		z[n/2] = float32(math.Copysign(0, -1))
		z[n-1] = 0
		check(z, "−0 then +0")
	}
}

// ----- Attention.

type headRun struct{ hd, n int }

// headRuns pairs every head dimension with three run lengths, cycling.
func headRuns() []headRun {
	var hr []headRun
	for i, hd := range headDims {
		for j := range 3 {
			hr = append(hr, headRun{hd, runLens[(2*i+5*j)%len(runLens)]})
		}
	}
	return hr
}

func scores[K any](c *checker, got, ref func(sc, q []float32, k K, scale, cp float32), narrow func(k []float32) (K, []float32)) {
	for i, r := range headRuns() {
		// Large enough that scale·q·k reaches past the cap.
		q := c.uni(r.hd, 6)
		k, kf := narrow(c.uni((r.n+1)*r.hd, 6)) // a row more than counts
		scale := [...]float32{float32(1 / math.Sqrt(float64(r.hd))), 0.0625}[i%2]
		for _, cp := range []float32{0, 20} {
			what := fmt.Sprintf("head dim %d, %d positions, scale %g, cap %g", r.hd, r.n, scale, cp)
			sc := mk[float32](c, r.n)
			if !c.try(what, func() { got(sc, q, k, scale, cp) }) {
				continue
			}
			want := make([]float32, r.n)
			ref(want, q, k, scale, cp)
			var d diff
			for j := range want {
				var mag float64
				for t, kv := range kf[j*r.hd : (j+1)*r.hd] {
					mag += math.Abs(float64(q[t]) * float64(kv))
				}
				tol := c.o.MatMulRel*math.Sqrt(float64(r.hd))*0x1p-24*float64(scale)*mag + c.ulps(math.Abs(float64(want[j])))
				d.add(j, float64(sc[j]), float64(want[j]), tol)
			}
			c.report(&d, what, index)
		}
	}
}

func (c *checker) scores() {
	scores(c, c.s.Scores, c.ref.Scores, func(k []float32) ([]float32, []float32) { return k, k })
}

func (c *checker) scoresBF16() {
	scores(c, c.s.ScoresBF16, c.ref.ScoresBF16, func(k []float32) ([]uint16, []float32) {
		h, kf := mk[uint16](c, len(k)), make([]float32, len(k))
		kernels.F32ToBF16Slice(h, k)
		kernels.BF16ToF32Slice(kf, h)
		return h, kf
	})
}

func weightedSum[V any](c *checker, got, ref func(o, p []float32, v V), narrow func(v []float32) (V, []float32)) {
	for _, r := range headRuns() {
		p := mk[float32](c, r.n)
		for j := range p {
			p[j] = float32(c.rng.Float64() * 2 / float64(r.n)) // softmax-like
		}
		v, vf := narrow(c.uni((r.n+1)*r.hd, 2)) // a row more than counts
		o0 := c.uni(r.hd, 1)                    // the sum is added into o
		what := fmt.Sprintf("head dim %d, %d positions", r.hd, r.n)
		o := clone(c, o0)
		if !c.try(what, func() { got(o, p, v) }) {
			continue
		}
		want := append([]float32(nil), o0...)
		ref(want, p, v)
		var d diff
		for i := range want {
			mag := math.Abs(float64(o0[i]))
			for j, pj := range p {
				mag += math.Abs(float64(pj) * float64(vf[j*r.hd+i]))
			}
			d.add(i, float64(o[i]), float64(want[i]), c.ulps(math.Sqrt(float64(r.n+1))*mag))
		}
		c.report(&d, what, index)
	}
}

func (c *checker) weightedSum() {
	weightedSum(c, c.s.WeightedSum, c.ref.WeightedSum, func(v []float32) ([]float32, []float32) { return v, v })
}

func (c *checker) weightedSumBF16() {
	weightedSum(c, c.s.WeightedSumBF16, c.ref.WeightedSumBF16, func(v []float32) ([]uint16, []float32) {
		h, vf := mk[uint16](c, len(v)), make([]float32, len(v))
		kernels.F32ToBF16Slice(h, v)
		kernels.BF16ToF32Slice(vf, h)
		return h, vf
	})
}

func (c *checker) rowAlign() {
	if c.s.RowAlign < 1 {
		c.fail("RowAlign = %d, want at least 1", c.s.RowAlign)
	}
}
