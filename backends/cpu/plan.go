package cpu

import "github.com/gemma-bench/gemma-bench/backends"

// inPlace lists ops whose output may overwrite an input that dies there:
// each output element depends only on the same element (or row) of that
// input, and the kernels read before they write.
var inPlace = map[backends.OpKind]bool{
	backends.RMSNorm: true, backends.RoPE: true, backends.SoftCap: true,
	backends.Add: true, backends.GeGLU: true,
}

// plan is where each value of a graph lives: an offset into the backend's
// activation arena (a value's buffer is reused as soon as the value in it
// is dead), and the arena size the graph needs.
type plan struct {
	offset []int // per value; −1 = never computed
	size   int
}

// planBuffers assigns every value a buffer, reusing a buffer as soon as the
// value in it is dead. A Gemma step needs only a handful of live
// activations at a time, so this keeps a T=512 prefill of a 2B model within
// a few hundred MB instead of one buffer per op; and since every
// executable of a backend runs in the same arena, compiling the whole
// bucket set costs no more than its largest shape.
func planBuffers(g *backends.Graph) plan {
	assign, bufSize := backends.AssignBuffers(g, inPlace)
	p := plan{offset: make([]int, len(g.Values))}
	bufOff := make([]int, len(bufSize))
	for i, n := range bufSize {
		// Start each buffer on a cache line, so workers splitting adjacent
		// values do not share lines.
		bufOff[i] = p.size
		p.size += (n + 15) &^ 15
	}
	for v, b := range assign {
		p.offset[v] = -1
		if b >= 0 {
			p.offset[v] = bufOff[b]
		}
	}
	return p
}

// views slices the arena into one view per value of the plan.
func (p plan) views(g *backends.Graph, arena []float32) [][]float32 {
	vals := make([][]float32, len(g.Values))
	for v, off := range p.offset {
		if off >= 0 {
			n := g.Values[v].Rows * g.Values[v].Cols
			vals[v] = arena[off : off+n : off+n]
		}
	}
	return vals
}
