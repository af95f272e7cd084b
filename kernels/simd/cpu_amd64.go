package simd

import (
	"strings"

	"golang.org/x/sys/cpu"
)

// hasAVX2 reports AVX2 and FMA with the OS saving YMM state (x/sys/cpu
// checks OSXSAVE and XCR0 before it sets HasAVX2).
func hasAVX2() bool { return cpu.X86.HasAVX2 && cpu.X86.HasFMA }

// avx512Features are what the avx512 path's kernels use beyond AVX2:
// 512-bit integer and float ops (F, BW, DQ, VL for the 256-bit EVEX forms),
// VPDPBUSD (VNNI) and VDPBF16PS (BF16). x/sys/cpu sets HasAVX512 only when
// the OS saves the ZMM and opmask state (XCR0 bits 5–7).
func avx512Features() []struct {
	name string
	ok   bool
} {
	x := cpu.X86
	return []struct {
		name string
		ok   bool
	}{
		{"avx512f", x.HasAVX512F && x.HasAVX512}, {"avx512bw", x.HasAVX512BW}, {"avx512dq", x.HasAVX512DQ},
		{"avx512vl", x.HasAVX512VL}, {"avx512_vnni", x.HasAVX512VNNI}, {"avx512_bf16", x.HasAVX512BF16},
	}
}

func hasAVX512() bool { return hasAVX2() && missingAVX512() == "" }

func missingAVX512() string {
	var miss []string
	for _, f := range avx512Features() {
		if !f.ok {
			miss = append(miss, f.name)
		}
	}
	if len(miss) == 0 {
		return ""
	}
	return "missing " + strings.Join(miss, ", ")
}
