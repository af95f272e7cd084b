package simd

import (
	"fmt"

	"golang.org/x/sys/unix"
)

// requestTileData asks Linux (5.16 and later) for permission to use AMX
// tile data in this process; before it, the first tile instruction
// faults.
func requestTileData() error {
	const archReqXcompPerm, xfeatureXTileData = 0x1023, 18
	if _, _, errno := unix.Syscall(unix.SYS_ARCH_PRCTL, archReqXcompPerm, xfeatureXTileData, 0); errno != 0 {
		return fmt.Errorf("the kernel refused AMX tile data (arch_prctl ARCH_REQ_XCOMP_PERM: %v)", errno)
	}
	return nil
}
