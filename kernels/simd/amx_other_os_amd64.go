//go:build !linux

package simd

import "errors"

// requestTileData: only Linux's permission request is implemented.
func requestTileData() error {
	return errors.New("AMX tile data is requested only on Linux here")
}
