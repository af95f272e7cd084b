package kernels

import (
	"math"
	"sync"
)

// The decode matvec widens 16-bit weights through a 2¹⁶-entry table instead
// of shifting in an integer register. Measured on the target (AMD EPYC,
// GOAMD64=v1): moving a value from an integer to an XMM register (MOVD) issues
// about once per cycle and caps the shift route at ~3.7 GB/s of bf16 per
// core, while a table load stays in the load pipes and reaches ~6 GB/s. The
// table is exact (entry h is the widened h), and real weights touch only a
// few thousand entries, which stay in L1. Tables are built on first use so
// that programs that never multiply 16-bit weights pay nothing.
var (
	bf16Tab     [1 << 16]float32
	f16Tab      [1 << 16]float32
	bf16TabOnce sync.Once
	f16TabOnce  sync.Once
)

func bf16Table() *[1 << 16]float32 {
	bf16TabOnce.Do(func() {
		for i := range bf16Tab {
			bf16Tab[i] = math.Float32frombits(uint32(i) << 16)
		}
	})
	return &bf16Tab
}

func f16Table() *[1 << 16]float32 {
	f16TabOnce.Do(func() {
		for i := range f16Tab {
			f16Tab[i] = F16ToF32(uint16(i))
		}
	})
	return &f16Tab
}
