package simd

import "testing"

// BenchmarkPeakBF16Dot is the throughput of VDPBF16PS alone (16
// independent accumulators, no loads), in GFLOP/s on one thread: 64 flops
// (32 products, 32 sums) per instruction. The bf16 prefill tile's measured
// rate over this is its efficiency.
func BenchmarkPeakBF16Dot(b *testing.B) {
	if err := Available("avx512"); err != nil {
		b.Skip(err)
	}
	const steps = 1 << 16
	for b.Loop() {
		peakBF16Dot(steps)
	}
	b.ReportMetric(float64(b.N)*steps*16*64/b.Elapsed().Seconds()/1e9, "GFLOP/s")
}

// BenchmarkPeakVNNIDot is BenchmarkPeakBF16Dot for VPDPBUSD zmm: 128 ops
// (64 int8 products, 64 sums) per instruction, in GOP/s on one thread,
// the ceiling of the Q8_0/Q4_0 prefill tile.
func BenchmarkPeakVNNIDot(b *testing.B) {
	if err := Available("avx512"); err != nil {
		b.Skip(err)
	}
	const steps = 1 << 16
	for b.Loop() {
		peakVNNIDot(steps)
	}
	b.ReportMetric(float64(b.N)*steps*16*128/b.Elapsed().Seconds()/1e9, "GOP/s")
}
