package lower

import (
	"fmt"
	"math"

	"github.com/gomlx/go-xla/pkg/stablehlo"
	"github.com/gomlx/go-xla/pkg/types"
	"github.com/gomlx/go-xla/pkg/types/dtypes"
	"github.com/gomlx/go-xla/pkg/types/shapes"
)

// em wraps the builder with a sticky error: the lowering reads as the
// math it emits, and the first builder error (a shape mismatch is a bug
// of this package, never of the caller) stops every later op.
type em struct {
	fn  *stablehlo.Function
	err error
}

type val = *stablehlo.Value

func (e *em) keep(v val, err error) val {
	if e.err != nil {
		return nil
	}
	if err != nil {
		e.err = err
		return nil
	}
	return v
}

// ok reports whether every operand exists, so no builder call sees a nil.
func (e *em) ok(vs ...val) bool {
	if e.err != nil {
		return false
	}
	for _, v := range vs {
		if v == nil {
			e.err = fmt.Errorf("lower: internal error: missing operand")
			return false
		}
	}
	return true
}

func dims(v val) []int { return v.Shape().Dimensions }

func (e *em) scalar(x any) val {
	if e.err != nil {
		return nil
	}
	return e.keep(e.fn.ConstantFromScalar(x))
}

// full is a constant of x's shape and dtype filled with c.
func (e *em) full(like val, c float64) val {
	if !e.ok(like) {
		return nil
	}
	var s val
	switch dt := like.Shape().DType; dt {
	case dtypes.Float32:
		s = e.scalar(float32(c))
	case dtypes.Int32:
		s = e.scalar(int32(c))
	default:
		e.err = fmt.Errorf("lower: internal error: constant of %s", dt)
		return nil
	}
	return e.bcast(s, dims(like), nil)
}

func (e *em) bcast(x val, to []int, mapping []int) val {
	if !e.ok(x) {
		return nil
	}
	if mapping == nil {
		mapping = []int{}
	}
	return e.keep(stablehlo.BroadcastInDim(x, shapes.Make(x.Shape().DType, to...), mapping))
}

func (e *em) bin(f func(a, b val) (val, error), a, b val) val {
	if !e.ok(a, b) {
		return nil
	}
	return e.keep(f(a, b))
}

func (e *em) un(f func(a val) (val, error), a val) val {
	if !e.ok(a) {
		return nil
	}
	return e.keep(f(a))
}

func (e *em) add(a, b val) val { return e.bin(stablehlo.Add, a, b) }
func (e *em) sub(a, b val) val { return e.bin(stablehlo.Subtract, a, b) }
func (e *em) mul(a, b val) val { return e.bin(stablehlo.Multiply, a, b) }
func (e *em) div(a, b val) val { return e.bin(stablehlo.Divide, a, b) }
func (e *em) and(a, b val) val { return e.bin(stablehlo.And, a, b) }
func (e *em) tanh(a val) val   { return e.un(stablehlo.Tanh, a) }
func (e *em) exp(a val) val    { return e.un(stablehlo.Exponential, a) }
func (e *em) log(a val) val    { return e.un(stablehlo.Log, a) }
func (e *em) rsqrt(a val) val  { return e.un(stablehlo.Rsqrt, a) }
func (e *em) not(a val) val    { return e.un(stablehlo.Not, a) }
func (e *em) isFinite(a val) val {
	return e.un(stablehlo.IsFinite, a)
}

// mulC, addC: x ∘ c for a float32 constant c.
func (e *em) mulC(x val, c float64) val { return e.mul(x, e.full(x, c)) }
func (e *em) addC(x val, c float64) val { return e.add(x, e.full(x, c)) }

func (e *em) cmp(a, b val, dir types.ComparisonDirection) val {
	if !e.ok(a, b) {
		return nil
	}
	ct := types.CompareFloat
	if a.Shape().DType == dtypes.Int32 {
		ct = types.CompareSigned
	}
	return e.keep(stablehlo.Compare(a, b, dir, ct))
}

func (e *em) sel(pred, t, f val) val {
	if !e.ok(pred, t, f) {
		return nil
	}
	return e.keep(stablehlo.Select(pred, t, f))
}

func (e *em) convert(x val, dt dtypes.DType) val {
	if !e.ok(x) {
		return nil
	}
	if x.Shape().DType == dt {
		return x
	}
	return e.keep(stablehlo.Convert(x, dt))
}

func (e *em) reshape(x val, to ...int) val {
	if !e.ok(x) {
		return nil
	}
	return e.keep(stablehlo.Reshape(x, shapes.Make(x.Shape().DType, to...)))
}

func (e *em) transpose(x val, perm ...int) val {
	if !e.ok(x) {
		return nil
	}
	return e.keep(stablehlo.Transpose(x, perm...))
}

func (e *em) slice(x val, starts, limits []int) val {
	if !e.ok(x) {
		return nil
	}
	return e.keep(stablehlo.Slice(x, starts, limits, nil))
}

func (e *em) concat(axis int, xs ...val) val {
	if !e.ok(xs...) {
		return nil
	}
	return e.keep(stablehlo.Concatenate(axis, xs...))
}

func (e *em) iota(dt dtypes.DType, axis int, to ...int) val {
	if e.err != nil {
		return nil
	}
	return e.keep(e.fn.Iota(shapes.Make(dt, to...), axis))
}

// dot is dot_general; highest asks for full float32 products (no TF32 or
// bf16 passes on GPUs and TPUs), which the f32 tolerances need.
func (e *em) dot(a val, ac, ab []int, b val, bc, bb []int, out dtypes.DType, highest bool) val {
	if !e.ok(a, b) {
		return nil
	}
	p := types.DotGeneralPrecisionDefault
	if highest {
		p = types.DotGeneralPrecisionHighest
	}
	return e.keep(stablehlo.DotGeneral(a, ac, ab, b, bc, bb).Precision(p, p).OutputDType(out).Done())
}

// reducer is a scalar closure (a, b) → f(a, b) of dtype dt.
func (e *em) reducer(dt dtypes.DType, f func(a, b val) (val, error)) *stablehlo.Function {
	c := e.fn.Closure()
	a := e.keep(c.Input(shapes.Make(dt)))
	b := e.keep(c.Input(shapes.Make(dt)))
	if !e.ok(a, b) {
		return nil
	}
	r := e.keep(f(a, b))
	if !e.ok(r) {
		return nil
	}
	if err := c.Return(r); err != nil {
		e.err = err
		return nil
	}
	return c
}

// reduce folds axis of x with f from init.
func (e *em) reduce(x val, init float64, f func(a, b val) (val, error), axis int) val {
	if !e.ok(x) {
		return nil
	}
	dt := x.Shape().DType
	var i0 val
	if dt == dtypes.Int32 {
		i0 = e.scalar(int32(init))
	} else {
		i0 = e.scalar(float32(init))
	}
	c := e.reducer(dt, f)
	if !e.ok(i0) || c == nil {
		return nil
	}
	return e.keep(stablehlo.Reduce(x, i0, c, axis))
}

func (e *em) sum(x val, axis int) val { return e.reduce(x, 0, stablehlo.Add, axis) }
func (e *em) max(x val, axis int) val { return e.reduce(x, math.Inf(-1), stablehlo.Maximum, axis) }

// rows gathers whole rows of x [N, C] at idx [K] → [K, C].
func (e *em) rows(x, idx val) val {
	if !e.ok(x, idx) {
		return nil
	}
	d := dims(x)
	k := e.reshape(idx, dims(idx)[0], 1)
	if !e.ok(k) {
		return nil
	}
	sizes := append([]int{1}, d[1:]...)
	offset := make([]int, len(d)-1)
	for i := range offset {
		offset[i] = i + 1
	}
	return e.keep(stablehlo.Gather(x, k, 1, offset, []int{0}, nil, nil, []int{0}, sizes, false))
}

// points gathers x [A, B] at the pairs idx [K, 2] → [K].
func (e *em) points(x, idx val) val {
	if !e.ok(x, idx) {
		return nil
	}
	return e.keep(stablehlo.Gather(x, idx, 1, []int{}, []int{0, 1}, nil, nil, []int{0, 1}, []int{1, 1}, false))
}

// scatterRows writes upd [K, W] into x [S, L, W] at the pairs idx [K, 2]
// (slot, position): the update computation keeps the new value.
func (e *em) scatterRows(x, idx, upd val) val {
	if !e.ok(x, idx, upd) {
		return nil
	}
	c := e.reducer(x.Shape().DType, func(_, b val) (val, error) { return b, nil })
	if c == nil {
		return nil
	}
	return e.keep(stablehlo.Scatter(x, idx, upd, []int{1}, []int{0, 1}, nil, nil, []int{0, 1}, 1, false, false, c))
}

func (e *em) dynSlice(x val, starts []val, sizes []int) val {
	if !e.ok(append([]val{x}, starts...)...) {
		return nil
	}
	return e.keep(stablehlo.DynamicSlice(x, starts, sizes))
}

func (e *em) dynUpdate(x, upd val, starts []val) val {
	if !e.ok(append([]val{x, upd}, starts...)...) {
		return nil
	}
	return e.keep(stablehlo.DynamicUpdateSlice(x, upd, starts))
}
