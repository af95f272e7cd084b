package cuda

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"slices"

	"github.com/gemma-bench/gemma-bench/internal/atomicfile"
)

// Arch is what NVRTC compiles for: a real architecture ("sm_90") gives a
// CUBIN the driver loads as is; a virtual one ("compute_90") gives PTX
// the driver compiles further, for a device newer than the NVRTC.
type Arch struct {
	Name  string
	Cubin bool
}

// ChooseArch picks the target for a device of compute capability
// major.minor from the architectures NVRTC supports (nil: unknown, assume
// the device's). A device NVRTC knows gets its own CUBIN; a newer one
// the PTX of the newest architecture NVRTC has, which the driver
// compiles forward.
func ChooseArch(major, minor int, supported []int) (Arch, error) {
	dev := major*10 + minor
	if len(supported) == 0 || slices.Contains(supported, dev) {
		return Arch{Name: fmt.Sprintf("sm_%d", dev), Cubin: true}, nil
	}
	best := -1
	for _, a := range supported {
		if a <= dev && a > best {
			best = a
		}
	}
	if best < 0 {
		return Arch{}, fmt.Errorf("NVRTC compiles for sm_%d at the oldest; the device is sm_%d", slices.Min(supported), dev)
	}
	return Arch{Name: fmt.Sprintf("compute_%d", best)}, nil
}

// CompileOptions are the NVRTC options every kernel source is compiled
// with: no fast-math (the kernels' exp, tanh and division must stay
// within the float32 reference's tolerance), C++17 for the templates.
func CompileOptions(a Arch) []string {
	return []string{"--gpu-architecture=" + a.Name, "--std=c++17", "--fmad=true"}
}

// CompileFunc compiles one source: NVRTC on a GPU machine, a fake in
// tests.
type CompileFunc func(name, src string, opts []string, a Arch) ([]byte, error)

// Cache keeps compiled kernels on disk, so that only the first run on a
// machine pays for NVRTC (about a second per source).
type Cache struct {
	Dir string
	// NVRTCVersion is part of every key: another compiler may produce
	// other code from the same source.
	NVRTCVersion string
	Compile      CompileFunc
	// Logf, when set, hears about entries found corrupt and entries that
	// could not be written (the compiled image is used all the same).
	Logf func(format string, args ...any)
}

// CacheEnv overrides the cache folder.
const CacheEnv = "GEMMA_BENCH_CUDA_CACHE"

// DefaultCacheDir is $GEMMA_BENCH_CUDA_CACHE, or gemma-bench/cuda under
// the user's cache folder.
func DefaultCacheDir() (string, error) {
	if d := os.Getenv(CacheEnv); d != "" {
		return d, nil
	}
	d, err := os.UserCacheDir()
	if err != nil {
		return "", fmt.Errorf("cuda kernel cache: %w (set %s)", err, CacheEnv)
	}
	return filepath.Join(d, "gemma-bench", "cuda"), nil
}

// Key is the hex sha256 of everything that decides the compiled image.
// Each field is length-prefixed, so that no two different inputs hash
// the same bytes.
func Key(src string, opts []string, arch, nvrtcVersion string) string {
	h := sha256.New()
	field := func(s string) {
		var n [8]byte
		binary.LittleEndian.PutUint64(n[:], uint64(len(s)))
		h.Write(n[:])
		h.Write([]byte(s))
	}
	field("gemma-bench cuda kernel cache v1")
	field(src)
	field(fmt.Sprint(len(opts)))
	for _, o := range opts {
		field(o)
	}
	field(arch)
	field(nvrtcVersion)
	return hex.EncodeToString(h.Sum(nil))
}

// entryMagic starts every cache file; the sha256 of the image follows,
// so that a truncated or overwritten entry is detected, not loaded.
var entryMagic = []byte("gemma-bench cuda image v1\n")

// Path is the file the image of these inputs is kept in.
func (c *Cache) Path(src string, opts []string, a Arch) string {
	ext := ".ptx"
	if a.Cubin {
		ext = ".cubin"
	}
	return filepath.Join(c.Dir, Key(src, opts, a.Name, c.NVRTCVersion)+ext)
}

// Get returns the compiled image of src, from the cache when a valid
// entry is there (hit), else compiling and storing it. A corrupt entry is
// compiled again and replaced.
func (c *Cache) Get(name, src string, opts []string, a Arch) (image []byte, hit bool, err error) {
	path := c.Path(src, opts, a)
	if b, err := os.ReadFile(path); err == nil {
		if img, ok := decodeEntry(b); ok {
			return img, true, nil
		}
		c.logf("cuda kernel cache: %s (%s) is corrupt; compiling again", path, name)
	}
	if c.Compile == nil {
		return nil, false, fmt.Errorf("cuda kernel cache: %s: no compiler", name)
	}
	img, err := c.Compile(name, src, opts, a)
	if err != nil {
		return nil, false, fmt.Errorf("compiling %s for %s: %w", name, a.Name, err)
	}
	if len(img) == 0 {
		return nil, false, fmt.Errorf("compiling %s for %s: empty image", name, a.Name)
	}
	if err := os.MkdirAll(c.Dir, 0o755); err != nil {
		c.logf("cuda kernel cache: %v", err)
	} else if err := atomicfile.WriteFile(path, encodeEntry(img)); err != nil {
		c.logf("cuda kernel cache: %v", err)
	}
	return img, false, nil
}

func (c *Cache) logf(format string, args ...any) {
	if c.Logf != nil {
		c.Logf(format, args...)
	}
}

func encodeEntry(img []byte) []byte {
	sum := sha256.Sum256(img)
	out := make([]byte, 0, len(entryMagic)+len(sum)+len(img))
	out = append(out, entryMagic...)
	out = append(out, sum[:]...)
	return append(out, img...)
}

func decodeEntry(b []byte) ([]byte, bool) {
	n := len(entryMagic) + sha256.Size
	if len(b) <= n || !bytes.Equal(b[:len(entryMagic)], entryMagic) {
		return nil, false
	}
	img := b[n:]
	sum := sha256.Sum256(img)
	return img, bytes.Equal(sum[:], b[len(entryMagic):n])
}
