package hwinfo

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"slices"

	"github.com/gemma-bench/gemma-bench/results"
)

// hostKey is what decides whether a measurement carries over: the CPU
// (model and the flags that pick kernel paths), how many cores the
// process may use, the memory and the platform. Hostname and kernel are
// left out: two identical machines share their limits, and a kernel
// update does not move them. Memory is rounded to GiB because MemTotal
// moves by a few MiB between kernels and boots on the same machine.
type hostKey struct {
	CPU    string   `json:"cpu"`
	Flags  []string `json:"flags"`
	Cores  int      `json:"cores"`
	MemGiB int64    `json:"mem_gib"`
	OS     string   `json:"os"`
	Arch   string   `json:"arch"`
}

func keyOf(h results.Host) hostKey {
	flags := slices.Clone(h.CPUFlags)
	slices.Sort(flags)
	return hostKey{CPU: h.CPU, Flags: flags, Cores: h.Cores, MemGiB: (h.MemBytes + 1<<29) >> 30, OS: h.OS, Arch: h.Arch}
}

// Fingerprint is a short stable hash of the parts of h that decide its
// limits (see hostKey): the cache file's name and its first check.
func Fingerprint(h results.Host) string {
	b, _ := json.Marshal(keyOf(h)) // a struct of strings and ints always marshals
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:8])
}

// sameHost compares the stored host with this one field by field, so that
// a file copied from another machine (or renamed) is caught whatever its
// name and fingerprint say.
func sameHost(a, b results.Host) bool {
	ka, kb := keyOf(a), keyOf(b)
	return ka.CPU == kb.CPU && slices.Equal(ka.Flags, kb.Flags) && ka.Cores == kb.Cores &&
		ka.MemGiB == kb.MemGiB && ka.OS == kb.OS && ka.Arch == kb.Arch
}
