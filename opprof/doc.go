// Package opprof turns per-op step timings into a profile in pprof's
// format, so that the tools people already know read our op profiles:
//
//	go tool pprof -top ops.pb.gz
//	go tool pprof -top -tagfocus=kind=matmul ops.pb.gz
//	go tool pprof -top -tagfocus=layer=3 -sample_index=bytes ops.pb.gz
//	go tool pprof -http=: ops.pb.gz   (flame graph: layer → op)
//
// # What a profile holds
//
// One sample per op execution (a 26-layer model decoding 128 tokens gives
// 128 samples for each of its ops), each with three values: time
// (nanoseconds, as measured), bytes and flops (the graph's cost model,
// backends.Graph.OpCost, at the attention context the caller gives), so
// that -sample_index=bytes or =flops shows where the work is, beside where
// the time went.
//
// Each sample's stack is two frames, "layer.N" → "KIND.NAME", where NAME
// is the op's name without its layer prefix ("l3.attn_q" → "matmul.attn_q"),
// so that -top sums one row per distinct op across the layers (the table
// of `bench --profile`) and the layer frames carry each layer's total. Ops
// outside the blocks (embed, the head) have the one op frame. Labels say
// the rest, for -tagfocus, -tagignore and -tags:
//
//	kind     string   op kind (matmul, attention, rmsnorm, …)
//	name     string   the op's full graph name ("l3.attn_q")
//	backend  string   the backend spec that ran the step
//	weights  string   the weight dtype (f32, bf16, q8_0, …), ops with a weight
//	layer    number   the block index; absent outside the blocks
//	rows     number   the step's graph rows (1 = a decode step of one sequence)
//	ctx      number   the attention context the cost model used
//
// # Where the timings come from
//
// Only from []backends.OpTime, the Output.Profile of a step run with
// Step.Profile (model.Runner.SetProfiler delivers them with their graph):
// eager CPU backends time each op on the host; asynchronous GPU backends
// fill the same list from device timings (events or a tracer around each
// kernel), so a profile means the same thing whatever backend made it and
// several backends can share one profile, told apart by the backend label.
// A backend that cannot attribute time to ops fails a profiled step with
// backends.ErrNotImplemented rather than feeding this package nothing.
package opprof
