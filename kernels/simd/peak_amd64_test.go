package simd

import "testing"

// benchPeak runs a register-only peak kernel of steps iterations on one
// thread where path is available, reporting perStep operations per
// iteration as unit (GFLOP/s or GOP/s).
func benchPeak(b *testing.B, path string, perStep float64, unit string, run func(steps int)) {
	if err := Available(path); err != nil {
		b.Skip(err)
	}
	const steps = 1 << 16
	for b.Loop() {
		run(steps)
	}
	b.ReportMetric(float64(b.N)*steps*perStep/b.Elapsed().Seconds()/1e9, unit)
}

// BenchmarkPeakBF16Dot is the throughput of VDPBF16PS alone (16
// independent accumulators, no loads), in GFLOP/s on one thread: 64 flops
// (32 products, 32 sums) per instruction. The bf16 prefill tile's measured
// rate over this is its efficiency.
func BenchmarkPeakBF16Dot(b *testing.B) {
	benchPeak(b, "avx512", 16*64, "GFLOP/s", peakBF16Dot)
}

// BenchmarkPeakVNNIDot is BenchmarkPeakBF16Dot for VPDPBUSD zmm: 128 ops
// (64 int8 products, 64 sums) per instruction, in GOP/s on one thread,
// the ceiling of the Q8_0/Q4_0 prefill tile.
func BenchmarkPeakVNNIDot(b *testing.B) {
	benchPeak(b, "avx512", 16*128, "GOP/s", peakVNNIDot)
}

// BenchmarkPeakQ8AVX2 is the ceiling of the AVX2 Q8_0 prefill tile
// (peakQ8AVX2: its body without the weight loads), in GOP/s on one
// thread, two per int8 product; BenchmarkPrefillQ8_0Packed/avx2 over it
// is the tile's efficiency.
func BenchmarkPeakQ8AVX2(b *testing.B) {
	var x [16]byte
	benchPeak(b, "avx2", 4*64, "GOP/s", func(steps int) { peakQ8AVX2(&x[0], steps) })
}

// BenchmarkPeakFMAAVX2 is the throughput of VFMADD231PS ymm alone, in
// GFLOP/s on one thread: the ceiling of the AVX2 prefill of float
// weights (BenchmarkPrefillBF16/avx2 over it is that tile's efficiency).
func BenchmarkPeakFMAAVX2(b *testing.B) {
	benchPeak(b, "avx2", 12*16, "GFLOP/s", peakFMAAVX2)
}

// BenchmarkPeakFMAAVX512 is the throughput of VFMADD231PS zmm alone, in
// GFLOP/s on one thread: the ceiling of a float32 prefill tile on ZMM.
// Where it passes BenchmarkPeakBF16Dot (on Intel cores VDPBF16PS zmm
// issues at half the FMA rate), widened bf16 weights against float32
// activations outrun the bf16 dot product.
func BenchmarkPeakFMAAVX512(b *testing.B) {
	benchPeak(b, "avx512", 16*32, "GFLOP/s", peakFMAAVX512)
}
