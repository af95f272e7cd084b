// Package cuda holds the CUDA C kernels of the cuda backend, embedded in
// the binary and compiled on the GPU machine by NVRTC (which needs no
// toolkit install: the build machines have none). The sources include
// nothing (NVRTC has no include path here, and NVIDIA's headers are not
// ours to ship): common.cu defines every helper type and function, and
// Program joins the files into one translation unit, common.cu first.
//
// Kernel names are the constants below; launch geometry that a kernel's
// code assumes (attention's tile sizes, row_stats' block) is exported
// too, and tests hold both to the sources. What each kernel computes,
// and how it must be launched, is written at the top of its file.
package cuda

import (
	"embed"
	"fmt"
	"sort"
	"strings"
)

//go:embed *.cu
var files embed.FS

// Kernel entry points (extern "C" __global__ in the sources).
const (
	EmbedF32         = "embed_f32"
	EmbedBF16        = "embed_bf16"
	EmbedF16         = "embed_f16"
	RMSNormF32       = "rmsnorm_f32" // norm weights in f32
	RMSNormBF16      = "rmsnorm_bf16"
	RMSNormF16       = "rmsnorm_f16"
	RoPE             = "rope"
	AddF32           = "add_f32"
	GeGLUF32         = "geglu_f32"
	SoftCapF32       = "softcap_f32"
	GatherRows       = "gather_rows"
	ConvertBF16      = "convert_bf16" // f32 activations → bf16, before a bf16 GEMM
	ConvertF16       = "convert_f16"
	KVWriteF32       = "kv_write_f32" // f32 cache
	KVWriteBF16      = "kv_write_bf16"
	AttentionF32     = "attention_f32" // over an f32 cache
	AttentionBF16    = "attention_bf16"
	AttentionCombine = "attention_combine"
	RowStats         = "row_stats"
	TargetLogProb    = "target_logprob"
)

// Names lists every kernel, in the order above.
var Names = []string{
	EmbedF32, EmbedBF16, EmbedF16, RMSNormF32, RMSNormBF16, RMSNormF16, RoPE, AddF32, GeGLUF32, SoftCapF32,
	GatherRows, ConvertBF16, ConvertF16, KVWriteF32, KVWriteBF16, AttentionF32, AttentionBF16, AttentionCombine,
	RowStats, TargetLogProb,
}

// Geometry the kernels' code is written for (#defines in the sources).
const (
	AttWarps        = 4   // ATT_WARPS: warps per attention block
	AttPairsPerWarp = 4   // ATT_PAIRS_PER_WARP: (row, head) pairs per warp
	AttPairs        = 16  // ATT_PAIRS = AttWarps·AttPairsPerWarp, per block
	AttTile         = 32  // ATT_TILE: keys per shared-memory tile
	AttMaxHeadDim   = 256 // ATT_MAX_HEAD_DIM
	StatsThreads    = 1024
)

// AttentionShared is the dynamic shared memory, in bytes, of an
// attention block for head dimension hd: the block's queries, a padded
// key tile and a value tile, all float32.
func AttentionShared(hd int) int {
	return 4 * (AttPairs*hd + AttTile*(hd+1) + AttTile*hd)
}

// Source is one kernel file.
type Source struct {
	Name string // "attention.cu"
	Text string
}

// Sources lists the files, common.cu first, then by name. (The files are
// embedded: an error here means a broken build, reported rather than
// panicked on.)
func Sources() ([]Source, error) {
	entries, err := files.ReadDir(".")
	if err != nil {
		return nil, fmt.Errorf("kernels/cuda: embedded sources: %w", err)
	}
	var names []string
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".cu") {
			names = append(names, e.Name())
		}
	}
	sort.Slice(names, func(i, j int) bool {
		if (names[i] == "common.cu") != (names[j] == "common.cu") {
			return names[i] == "common.cu"
		}
		return names[i] < names[j]
	})
	out := make([]Source, 0, len(names))
	for _, n := range names {
		b, err := files.ReadFile(n)
		if err != nil {
			return nil, fmt.Errorf("kernels/cuda: %s: %w", n, err)
		}
		out = append(out, Source{Name: n, Text: string(b)})
	}
	return out, nil
}

// Program is the one translation unit NVRTC compiles: every source, in
// Sources order, each after a #line marker so that compiler messages
// name the file and line.
func Program() (string, error) {
	srcs, err := Sources()
	if err != nil {
		return "", err
	}
	var b strings.Builder
	for _, s := range srcs {
		fmt.Fprintf(&b, "#line 1 %q\n%s\n", s.Name, s.Text)
	}
	return b.String(), nil
}
