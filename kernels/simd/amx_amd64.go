package simd

import (
	"errors"
	"fmt"
	"strings"
	"sync"

	"golang.org/x/sys/cpu"
)

//go:noescape
func amxBF16(a *uint16, lda int, b0, b1 *uint32, nks int, c *float32, ldc, first int)

func xgetbv0() uint64

// amxReady says whether the amx path can run, once per process: the CPU
// (AMX-TILE and AMX-BF16 beside the avx512 path's features), the OS (XCR0
// bits 17 and 18, and on Linux the per-process permission for tile data,
// arch_prctl(ARCH_REQ_XCOMP_PERM, XTILEDATA), which a kernel grants only
// on request), then amxSelfTest.
var amxReady = sync.OnceValue(func() error {
	var miss []string
	if !cpu.X86.HasAMXTile {
		miss = append(miss, "amx_tile")
	}
	if !cpu.X86.HasAMXBF16 {
		miss = append(miss, "amx_bf16")
	}
	if len(miss) > 0 {
		return fmt.Errorf("this CPU lacks %s", strings.Join(miss, ", "))
	}
	if !hasAVX512() {
		return fmt.Errorf("the avx512 path it builds on cannot run (%s)", missingAVX512())
	}
	if !cpu.X86.HasOSXSAVE {
		return errors.New("the OS does not enable XSAVE")
	}
	if x := xgetbv0(); x&(3<<17) != 3<<17 {
		return fmt.Errorf("the OS does not enable the AMX state (XCR0 = %#x, bits 17–18 clear)", x)
	}
	if err := requestTileData(); err != nil {
		return err
	}
	return amxSelfTest()
})
