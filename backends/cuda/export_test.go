package cuda

import "github.com/gemma-bench/gemma-bench/backends"

// The executor over a device the tests provide (an emulator).
type (
	TestDevice  = device
	TestProgram = program
	DevCopy     = devCopy
)

func NewTestBackend(dev TestDevice, settings map[string]string) backends.Backend {
	return newBackend(dev, settings)
}
