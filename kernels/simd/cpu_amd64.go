package simd

import (
	"strings"

	"golang.org/x/sys/cpu"
)

// hasAVX2 reports AVX2 and FMA with the OS saving YMM state (x/sys/cpu
// checks OSXSAVE and XCR0 before it sets HasAVX2).
func hasAVX2() bool { return cpu.X86.HasAVX2 && cpu.X86.HasFMA }

// hasAVXVNNI: AVX2+FMA and CPUID.(EAX=7,ECX=1):EAX bit 4, the VEX-encoded
// VPDPBUSD on xmm/ymm. x/sys/cpu reads that leaf and sets HasAVXVNNI only
// where the OS saves the YMM state (XGETBV, as for HasAVX).
func hasAVXVNNI() bool { return missingAVXVNNI() == "" }

func missingAVXVNNI() string {
	var miss []string
	if !cpu.X86.HasAVX2 {
		miss = append(miss, "avx2")
	}
	if !cpu.X86.HasFMA {
		miss = append(miss, "fma")
	}
	if !cpu.X86.HasAVXVNNI {
		miss = append(miss, "avx_vnni")
	}
	if len(miss) == 0 {
		return ""
	}
	return "missing " + strings.Join(miss, ", ")
}

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
