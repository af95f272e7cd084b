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

// BenchmarkPeakQ8AVX2 is the ceiling of the AVX2 Q8_0 prefill tile
// (peakQ8AVX2: its body without the weight loads), in GOP/s on one
// thread, two per int8 product; BenchmarkPrefillQ8_0Packed/avx2 over it
// is the tile's efficiency.
func BenchmarkPeakQ8AVX2(b *testing.B) {
	if err := Available("avx2"); err != nil {
		b.Skip(err)
	}
	const steps = 1 << 16
	var x [16]byte
	for b.Loop() {
		peakQ8AVX2(&x[0], steps)
	}
	b.ReportMetric(float64(b.N)*steps*4*64/b.Elapsed().Seconds()/1e9, "GOP/s")
}

// BenchmarkPeakFMAAVX2 is the throughput of VFMADD231PS ymm alone, in
// GFLOP/s on one thread: the ceiling of the AVX2 prefill of float
// weights (BenchmarkPrefillBF16/avx2 over it is that tile's efficiency).
func BenchmarkPeakFMAAVX2(b *testing.B) {
	if err := Available("avx2"); err != nil {
		b.Skip(err)
	}
	const steps = 1 << 16
	for b.Loop() {
		peakFMAAVX2(steps)
	}
	b.ReportMetric(float64(b.N)*steps*12*16/b.Elapsed().Seconds()/1e9, "GFLOP/s")
}
