package hloeval

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/gemma-bench/gemma-bench/kernels"
)

// Tensor is a value: its type and row-major elements as float64 (i32 and
// i1 exactly; floats already rounded to their type).
type Tensor struct {
	Type
	V []float64
}

// Round rounds x to element type elem as a device stores it.
func Round(elem string, x float64) float64 {
	switch elem {
	case "f32":
		return float64(float32(x))
	case "bf16":
		return float64(kernels.BF16ToF32(kernels.F32ToBF16(float32(x))))
	case "f16":
		return float64(kernels.F16ToF32(kernels.F32ToF16(float32(x))))
	case "i32":
		if math.IsNaN(x) {
			return 0
		}
		return float64(int32(int64(x)))
	case "i1":
		if x != 0 {
			return 1
		}
		return 0
	}
	return x
}

func strides(d []int) []int {
	s := make([]int, len(d))
	n := 1
	for i := len(d) - 1; i >= 0; i-- {
		s[i] = n
		n *= d[i]
	}
	return s
}

// index walks every multi-index of dims in row-major order.
func each(d []int, f func(idx []int, flat int)) {
	n := 1
	for _, x := range d {
		n *= x
	}
	idx := make([]int, len(d))
	for flat := 0; flat < n; flat++ {
		f(idx, flat)
		for a := len(d) - 1; a >= 0; a-- {
			if idx[a]++; idx[a] < d[a] {
				break
			}
			idx[a] = 0
		}
	}
}

// Run evaluates main on args (one per parameter, of its type) and returns
// its results.
func (m *Module) Run(args []*Tensor) ([]*Tensor, error) {
	if len(args) != len(m.Params) {
		return nil, fmt.Errorf("hloeval: %d arguments for %d parameters", len(args), len(m.Params))
	}
	env := map[string]*Tensor{}
	for i, a := range args {
		if err := check(a, m.Params[i]); err != nil {
			return nil, fmt.Errorf("hloeval: argument %d: %w", i, err)
		}
		env[m.names[i]] = a
	}
	for _, s := range m.body {
		if s.op == "return" {
			out := make([]*Tensor, len(s.args))
			for i, a := range s.args {
				out[i] = env[a]
			}
			if len(out) != len(m.Results) {
				return nil, fmt.Errorf("hloeval: returns %d values, signature has %d", len(out), len(m.Results))
			}
			return out, nil
		}
		in := make([]*Tensor, len(s.args))
		for i, a := range s.args {
			t, ok := env[a]
			if !ok {
				return nil, fmt.Errorf("hloeval: line %d: %s reads undefined %s", s.line, s.op, a)
			}
			if err := check(t, s.inT[i]); err != nil {
				return nil, fmt.Errorf("hloeval: line %d: %s operand %d: %w", s.line, s.op, i, err)
			}
			in[i] = t
		}
		outs, err := s.eval(in)
		if err != nil {
			return nil, fmt.Errorf("hloeval: line %d: %s: %w", s.line, s.op, err)
		}
		for i, o := range outs {
			for j, x := range o.V {
				o.V[j] = Round(o.Elem, x)
			}
			if err := check(o, s.outT[i]); err != nil {
				return nil, fmt.Errorf("hloeval: line %d: %s result: %w", s.line, s.op, err)
			}
			env[s.outs[i]] = o
		}
	}
	return nil, fmt.Errorf("hloeval: main has no return")
}

func check(t *Tensor, want Type) error {
	if t.Elem != want.Elem || len(t.Dims) != len(want.Dims) || len(t.V) != want.Size() {
		return fmt.Errorf("value %s (%d elements), declared %s", t.Type, len(t.V), want)
	}
	for i := range t.Dims {
		if t.Dims[i] != want.Dims[i] {
			return fmt.Errorf("value %s, declared %s", t.Type, want)
		}
	}
	return nil
}

func newT(t Type) *Tensor {
	return &Tensor{Type: Type{Elem: t.Elem, Dims: append([]int{}, t.Dims...)}, V: make([]float64, t.Size())}
}

func (s *stmt) attrInts(k string) ([]int, error) {
	v, ok := s.attrs[k]
	if !ok {
		return nil, fmt.Errorf("no attribute %s", k)
	}
	return ints(v)
}

var binary = map[string]func(a, b float64) float64{
	"add":      func(a, b float64) float64 { return a + b },
	"subtract": func(a, b float64) float64 { return a - b },
	"multiply": func(a, b float64) float64 { return a * b },
	"divide":   func(a, b float64) float64 { return a / b },
	// maximum and minimum propagate NaN, as the StableHLO spec and
	// XLA's GPU and TPU backends do.
	"maximum": func(a, b float64) float64 {
		if a != a || b != b {
			return math.NaN()
		}
		return math.Max(a, b)
	},
	"minimum": func(a, b float64) float64 {
		if a != a || b != b {
			return math.NaN()
		}
		return math.Min(a, b)
	},
	"and":    func(a, b float64) float64 { return b2f(a != 0 && b != 0) },
	"or":     func(a, b float64) float64 { return b2f(a != 0 || b != 0) },
	"second": func(_, b float64) float64 { return b },
}

var unary = map[string]func(a float64) float64{
	"tanh":        math.Tanh,
	"exponential": math.Exp,
	"log":         math.Log,
	"rsqrt":       func(a float64) float64 { return 1 / math.Sqrt(a) },
	"negate":      func(a float64) float64 { return -a },
	"is_finite":   func(a float64) float64 { return b2f(!math.IsInf(a, 0) && !math.IsNaN(a)) },
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

func (s *stmt) eval(in []*Tensor) ([]*Tensor, error) {
	out := newT(s.outT[0])
	if f, ok := binary[s.op]; ok {
		a, b := in[0], in[1]
		if len(a.V) != len(b.V) || len(a.V) != len(out.V) {
			return nil, fmt.Errorf("operand sizes %d, %d", len(a.V), len(b.V))
		}
		if s.op == "divide" && a.Elem == "i32" {
			return nil, fmt.Errorf("integer divide is not in the subset")
		}
		for i := range out.V {
			out.V[i] = f(a.V[i], b.V[i])
		}
		return []*Tensor{out}, nil
	}
	if f, ok := unary[s.op]; ok {
		for i, x := range in[0].V {
			out.V[i] = f(x)
		}
		return []*Tensor{out}, nil
	}
	switch s.op {
	case "not":
		if in[0].Elem != "i1" {
			return nil, fmt.Errorf("not of %s", in[0].Elem)
		}
		for i, x := range in[0].V {
			out.V[i] = b2f(x == 0)
		}
	case "constant":
		v, err := constant(s.attrs["value"], out.Elem)
		if err != nil {
			return nil, err
		}
		for i := range out.V {
			out.V[i] = v
		}
	case "convert", "reshape":
		if len(in[0].V) != len(out.V) {
			return nil, fmt.Errorf("%d elements into %d", len(in[0].V), len(out.V))
		}
		if s.op == "convert" && out.Elem == "i1" {
			return nil, fmt.Errorf("convert to i1 is not in the subset")
		}
		copy(out.V, in[0].V)
	case "broadcast_in_dim":
		m, err := s.attrInts("broadcast_dimensions")
		if err != nil {
			return nil, err
		}
		x := in[0]
		if len(m) != len(x.Dims) {
			return nil, fmt.Errorf("broadcast_dimensions %v for rank %d", m, len(x.Dims))
		}
		for i, a := range m {
			if a >= len(out.Dims) || (x.Dims[i] != 1 && x.Dims[i] != out.Dims[a]) {
				return nil, fmt.Errorf("dimension %d of %s onto %s", i, x.Type, out.Type)
			}
		}
		xs := strides(x.Dims)
		each(out.Dims, func(idx []int, flat int) {
			o := 0
			for i, a := range m {
				if x.Dims[i] != 1 {
					o += idx[a] * xs[i]
				}
			}
			out.V[flat] = x.V[o]
		})
	case "transpose":
		perm, err := s.attrInts("permutation")
		if err != nil {
			return nil, err
		}
		x := in[0]
		xs := strides(x.Dims)
		each(out.Dims, func(idx []int, flat int) {
			o := 0
			for i, p := range perm {
				o += idx[i] * xs[p]
			}
			out.V[flat] = x.V[o]
		})
	case "iota":
		ax, err := s.attrInts("iota_dimension")
		if err != nil {
			return nil, err
		}
		each(out.Dims, func(idx []int, flat int) { out.V[flat] = float64(idx[ax[0]]) })
	case "compare":
		dir := s.attrs["comparison_direction"]
		a, b := in[0], in[1]
		var f func(x, y float64) bool
		switch {
		case strings.Contains(dir, " EQ>"):
			f = func(x, y float64) bool { return x == y }
		case strings.Contains(dir, " NE>"):
			f = func(x, y float64) bool { return x != y }
		case strings.Contains(dir, " LT>"):
			f = func(x, y float64) bool { return x < y }
		case strings.Contains(dir, " LE>"):
			f = func(x, y float64) bool { return x <= y }
		case strings.Contains(dir, " GT>"):
			f = func(x, y float64) bool { return x > y }
		case strings.Contains(dir, " GE>"):
			f = func(x, y float64) bool { return x >= y }
		default:
			return nil, fmt.Errorf("comparison %q", dir)
		}
		for i := range out.V {
			out.V[i] = b2f(f(a.V[i], b.V[i]))
		}
	case "select":
		p, t, f := in[0], in[1], in[2]
		if len(p.V) != len(out.V) {
			return nil, fmt.Errorf("a scalar predicate is not in the subset")
		}
		for i := range out.V {
			if p.V[i] != 0 {
				out.V[i] = t.V[i]
			} else {
				out.V[i] = f.V[i]
			}
		}
	case "concatenate":
		ax, err := s.attrInts("dimension")
		if err != nil {
			return nil, err
		}
		a := ax[0]
		os := strides(out.Dims)
		off := 0
		for _, x := range in {
			each(x.Dims, func(idx []int, flat int) {
				o := 0
				for i, v := range idx {
					if i == a {
						v += off
					}
					o += v * os[i]
				}
				out.V[o] = x.V[flat]
			})
			off += x.Dims[a]
		}
	case "slice":
		st, err := s.attrInts("start_indices")
		if err != nil {
			return nil, err
		}
		str, err := s.attrInts("strides")
		if err != nil {
			return nil, err
		}
		x := in[0]
		xs := strides(x.Dims)
		each(out.Dims, func(idx []int, flat int) {
			o := 0
			for i, v := range idx {
				o += (st[i] + v*str[i]) * xs[i]
			}
			out.V[flat] = x.V[o]
		})
	case "dot_general":
		return s.dotGeneral(in, out)
	case "reduce":
		return s.reduce(in, out)
	case "gather":
		return s.gather(in, out)
	case "scatter":
		return s.scatter(in, out)
	case "dynamic_slice", "dynamic_update_slice":
		return s.dynamic(in, out)
	default:
		return nil, fmt.Errorf("op not in the subset")
	}
	return []*Tensor{out}, nil
}

func constant(v, elem string) (float64, error) {
	inner, _, ok := strings.Cut(strings.TrimPrefix(v, "dense<"), ">")
	if !ok || !strings.HasPrefix(v, "dense<") {
		return 0, fmt.Errorf("constant %q is not a scalar dense literal", v)
	}
	switch {
	case inner == "true":
		return 1, nil
	case inner == "false":
		return 0, nil
	case strings.HasPrefix(inner, "0x") && elem == "f32":
		bits, err := strconv.ParseUint(inner[2:], 16, 32)
		if err != nil {
			return 0, fmt.Errorf("constant %q", v)
		}
		return float64(math.Float32frombits(uint32(bits))), nil
	}
	f, err := strconv.ParseFloat(inner, 64)
	if err != nil {
		return 0, fmt.Errorf("constant %q", v)
	}
	return f, nil
}

func (s *stmt) dotGeneral(in []*Tensor, out *Tensor) ([]*Tensor, error) {
	f, err := fields(s.attrs["dot_dimension_numbers"])
	if err != nil {
		return nil, err
	}
	lb, rb := f["lhs_batching_dimensions"], f["rhs_batching_dimensions"]
	lc, rc := f["lhs_contracting_dimensions"], f["rhs_contracting_dimensions"]
	a, b := in[0], in[1]
	if a.Elem != b.Elem {
		return nil, fmt.Errorf("operands %s and %s: mixed element types are not in the subset", a.Elem, b.Elem)
	}
	if len(lb) != len(rb) || len(lc) != len(rc) {
		return nil, fmt.Errorf("dimension numbers %v", f)
	}
	free := func(rank int, used ...[]int) []int {
		var out []int
		for d := range rank {
			skip := false
			for _, u := range used {
				for _, x := range u {
					skip = skip || x == d
				}
			}
			if !skip {
				out = append(out, d)
			}
		}
		return out
	}
	lf, rf := free(len(a.Dims), lb, lc), free(len(b.Dims), rb, rc)
	cd := make([]int, len(lc))
	for i := range lc {
		if a.Dims[lc[i]] != b.Dims[rc[i]] {
			return nil, fmt.Errorf("contracting %v of %s with %v of %s", lc, a.Type, rc, b.Type)
		}
		cd[i] = a.Dims[lc[i]]
	}
	as, bs := strides(a.Dims), strides(b.Dims)
	// Output axes: batch, lhs free, rhs free.
	each(out.Dims, func(idx []int, flat int) {
		ao, bo := 0, 0
		k := 0
		for i := range lb {
			ao += idx[k] * as[lb[i]]
			bo += idx[k] * bs[rb[i]]
			k++
		}
		for _, d := range lf {
			ao += idx[k] * as[d]
			k++
		}
		for _, d := range rf {
			bo += idx[k] * bs[d]
			k++
		}
		sum := 0.0
		each(cd, func(c []int, _ int) {
			ai, bi := ao, bo
			for i := range c {
				ai += c[i] * as[lc[i]]
				bi += c[i] * bs[rc[i]]
			}
			sum += a.V[ai] * b.V[bi]
		})
		out.V[flat] = sum
	})
	return []*Tensor{out}, nil
}

func (s *stmt) reduce(in []*Tensor, out *Tensor) ([]*Tensor, error) {
	if len(in) != 2 || len(s.regions) != 1 {
		return nil, fmt.Errorf("only single-input reductions are in the subset")
	}
	axes, err := s.attrInts("dimensions")
	if err != nil {
		return nil, err
	}
	f := binary[s.regions[0].bin]
	if f == nil {
		return nil, fmt.Errorf("reduction by %s", s.regions[0].bin)
	}
	x, init := in[0], in[1].V[0]
	for i := range out.V {
		out.V[i] = init
	}
	reduced := make([]bool, len(x.Dims))
	for _, a := range axes {
		reduced[a] = true
	}
	os := strides(out.Dims)
	each(x.Dims, func(idx []int, flat int) {
		o, k := 0, 0
		for i, v := range idx {
			if !reduced[i] {
				o += v * os[k]
				k++
			}
		}
		out.V[o] = f(out.V[o], x.V[flat])
	})
	return []*Tensor{out}, nil
}

func clamp(x, lo, hi int) int { return max(lo, min(x, hi)) }

func (s *stmt) gather(in []*Tensor, out *Tensor) ([]*Tensor, error) {
	f, err := fields(s.attrs["dimension_numbers"])
	if err != nil {
		return nil, err
	}
	sizes, err := s.attrInts("slice_sizes")
	if err != nil {
		return nil, err
	}
	if len(f["operand_batching_dims"]) > 0 || len(f["start_indices_batching_dims"]) > 0 {
		return nil, fmt.Errorf("batching dims are not in the subset")
	}
	offset, collapsed, sim := f["offset_dims"], f["collapsed_slice_dims"], f["start_index_map"]
	ivd := f["index_vector_dim"]
	x, ix := in[0], in[1]
	if len(ivd) != 1 || ivd[0] != len(ix.Dims)-1 {
		return nil, fmt.Errorf("index_vector_dim %v: only the last axis is in the subset", ivd)
	}
	xs, is := strides(x.Dims), strides(ix.Dims)
	isOffset := make([]bool, len(out.Dims))
	for _, d := range offset {
		isOffset[d] = true
	}
	isCollapsed := make([]bool, len(x.Dims))
	for _, d := range collapsed {
		isCollapsed[d] = true
	}
	var window []int // operand axes that are offset dims, in order
	for d := range x.Dims {
		if !isCollapsed[d] {
			window = append(window, d)
		}
	}
	if len(window) != len(offset) {
		return nil, fmt.Errorf("%d offset dims for %d window axes", len(offset), len(window))
	}
	each(out.Dims, func(idx []int, flat int) {
		bi := 0 // flat index of the batch position in ix, without the vector axis
		k := 0
		for d, v := range idx {
			if !isOffset[d] {
				bi += v * is[k]
				k++
			}
		}
		start := make([]int, len(x.Dims))
		for j, d := range sim {
			start[d] = int(ix.V[bi+j*is[len(ix.Dims)-1]])
		}
		o, w := 0, 0
		for d := range x.Dims {
			st := clamp(start[d], 0, x.Dims[d]-sizes[d])
			v := st
			if !isCollapsed[d] {
				v += idx[offset[w]]
				w++
			}
			o += v * xs[d]
		}
		out.V[flat] = x.V[o]
	})
	return []*Tensor{out}, nil
}

func (s *stmt) scatter(in []*Tensor, out *Tensor) ([]*Tensor, error) {
	if len(in) != 3 || len(s.regions) != 1 {
		return nil, fmt.Errorf("only single-input scatters are in the subset")
	}
	f, err := fields(s.attrs["scatter_dimension_numbers"])
	if err != nil {
		return nil, err
	}
	if len(f["input_batching_dims"]) > 0 || len(f["scatter_indices_batching_dims"]) > 0 {
		return nil, fmt.Errorf("batching dims are not in the subset")
	}
	comb := binary[s.regions[0].bin]
	uwd, iwd, sdod := f["update_window_dims"], f["inserted_window_dims"], f["scatter_dims_to_operand_dims"]
	ivd := f["index_vector_dim"]
	x, ix, upd := in[0], in[1], in[2]
	if len(ivd) != 1 || ivd[0] != len(ix.Dims)-1 {
		return nil, fmt.Errorf("index_vector_dim %v: only the last axis is in the subset", ivd)
	}
	copy(out.V, x.V)
	xs, is := strides(x.Dims), strides(ix.Dims)
	isWin := make([]bool, len(upd.Dims))
	for _, d := range uwd {
		isWin[d] = true
	}
	inserted := make([]bool, len(x.Dims))
	for _, d := range iwd {
		inserted[d] = true
	}
	var winAxes []int // operand axes the window dims map to
	for d := range x.Dims {
		if !inserted[d] {
			winAxes = append(winAxes, d)
		}
	}
	each(upd.Dims, func(idx []int, flat int) {
		bi, k := 0, 0
		for d, v := range idx {
			if !isWin[d] {
				bi += v * is[k]
				k++
			}
		}
		full := make([]int, len(x.Dims))
		for j, d := range sdod {
			full[d] = int(ix.V[bi+j*is[len(ix.Dims)-1]])
		}
		for w, d := range uwd {
			full[winAxes[w]] += idx[d]
		}
		o := 0
		for d, v := range full {
			if v < 0 || v >= x.Dims[d] {
				return // out of bounds: the spec skips the update
			}
			o += v * xs[d]
		}
		out.V[o] = comb(out.V[o], upd.V[flat])
	})
	return []*Tensor{out}, nil
}

func (s *stmt) dynamic(in []*Tensor, out *Tensor) ([]*Tensor, error) {
	x := in[0]
	xs := strides(x.Dims)
	// StableHLO clamps each start so that the window lies inside x.
	at := func(starts []*Tensor, size []int) func(idx []int) int {
		st := make([]int, len(x.Dims))
		for d := range st {
			st[d] = clamp(int(starts[d].V[0]), 0, x.Dims[d]-size[d])
		}
		return func(idx []int) int {
			o := 0
			for d, v := range idx {
				o += (st[d] + v) * xs[d]
			}
			return o
		}
	}
	if s.op == "dynamic_slice" {
		off := at(in[1:], out.Dims)
		each(out.Dims, func(idx []int, flat int) { out.V[flat] = x.V[off(idx)] })
		return []*Tensor{out}, nil
	}
	upd := in[1]
	off := at(in[2:], upd.Dims)
	copy(out.V, x.V)
	each(upd.Dims, func(idx []int, flat int) { out.V[off(idx)] = upd.V[flat] })
	return []*Tensor{out}, nil
}
