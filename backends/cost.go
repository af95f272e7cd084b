package backends

// Cost is the work of one op: floating-point operations and the bytes it
// must move at least once (weights read, activations read and written,
// KV cache read). Roofline figures divide these by peak FLOP/s and
// measured bandwidth.
type Cost struct {
	FLOPs int64
	Bytes int64
}

// Add accumulates c2 into c.
func (c *Cost) Add(c2 Cost) { c.FLOPs += c2.FLOPs; c.Bytes += c2.Bytes }

// OpCost estimates an op's cost for a step whose rows each attend to ctx
// positions on average (attention is the only op that depends on it).
func (g *Graph) OpCost(op *Op, ctx int) Cost {
	in := func(i int) ValueInfo { return g.Values[op.In[i]] }
	out := g.Values[op.Out]
	elems := int64(out.Rows) * int64(out.Cols)
	act := 4 * elems // float32 output written
	switch op.Kind {
	case Embed:
		return Cost{FLOPs: elems, Bytes: op.W.DType.RowBytes(out.Cols)*int64(out.Rows) + act}
	case MatMul:
		x := in(0)
		return Cost{FLOPs: 2 * int64(x.Rows) * int64(x.Cols) * int64(out.Cols),
			Bytes: op.W.Bytes() + 4*int64(x.Rows)*int64(x.Cols) + act}
	case RMSNorm:
		return Cost{FLOPs: 4 * elems, Bytes: 2*act + op.W.Bytes()}
	case RoPE:
		return Cost{FLOPs: 3 * elems, Bytes: 2 * act}
	case Attention:
		if op.Window > 0 {
			ctx = min(ctx, op.Window)
		}
		rows, kvw := int64(out.Rows), int64(op.KVHeads*op.HeadDim)
		// q·k and p·v per head and position; K and V are read in the
		// cache's dtype (once per row: rows of one step do not share reads
		// in an eager executor).
		flops := 4 * rows * int64(op.Heads) * int64(op.HeadDim) * int64(ctx)
		cache := 2 * g.Cache.DType.Size() * kvw * int64(ctx) * rows
		return Cost{FLOPs: flops, Bytes: cache + 4*rows*(int64(op.Heads*op.HeadDim)+2*kvw) + act}
	case GeGLU:
		return Cost{FLOPs: 10 * elems, Bytes: 3 * act}
	case Add:
		return Cost{FLOPs: elems, Bytes: 3 * act}
	case SoftCap:
		return Cost{FLOPs: 3 * elems, Bytes: 2 * act}
	case GatherRows:
		return Cost{Bytes: 2 * act}
	}
	return Cost{}
}

// StepCost sums OpCost over the graph. Weights shared by several ops (a
// tied embedding used for input and logits) are counted per use: a step
// does read them twice when the table does not fit in cache.
func (g *Graph) StepCost(ctx int) Cost {
	var c Cost
	for i := range g.Ops {
		c.Add(g.OpCost(&g.Ops[i], ctx))
	}
	return c
}
