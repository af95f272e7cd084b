package cuda

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

var entryRe = regexp.MustCompile(`extern "C" __global__ void (\w+)\(`)

func program(t *testing.T) string {
	t.Helper()
	p, err := Program()
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// Every name the launch code uses is an entry point of the sources, and
// every entry point has a name: a kernel renamed on one side fails here,
// not on a GPU.
func TestNamesMatchEntryPoints(t *testing.T) {
	var entries []string
	for _, m := range entryRe.FindAllStringSubmatch(program(t), -1) {
		entries = append(entries, m[1])
	}
	for _, n := range Names {
		if c := strings.Count(strings.Join(entries, " ")+" ", n+" "); c != 1 {
			t.Errorf("kernel %s is defined %d times in the sources", n, c)
		}
	}
	for _, e := range entries {
		if !slices.Contains(Names, e) {
			t.Errorf("entry point %s is not in Names", e)
		}
	}
}

func TestSourcesIncludeNothing(t *testing.T) {
	srcs, err := Sources()
	if err != nil {
		t.Fatal(err)
	}
	if len(srcs) < 2 || srcs[0].Name != "common.cu" {
		t.Fatalf("sources %v: common.cu must come first", srcs)
	}
	for _, s := range srcs {
		for i, line := range strings.Split(s.Text, "\n") {
			if strings.HasPrefix(strings.TrimSpace(line), "#include") {
				t.Errorf("%s:%d: %s (NVRTC has no include path here)", s.Name, i+1, line)
			}
		}
	}
	if p := program(t); !strings.Contains(p, `#line 1 "attention.cu"`) {
		t.Error("Program does not mark where attention.cu starts")
	}
}

// The geometry constants are the sources' #defines.
func TestGeometryMatchesSources(t *testing.T) {
	p := program(t)
	for name, want := range map[string]int{
		"ATT_WARPS": AttWarps, "ATT_PAIRS_PER_WARP": AttPairsPerWarp, "ATT_TILE": AttTile,
		"ATT_MAX_HEAD_DIM": AttMaxHeadDim, "STATS_THREADS": StatsThreads,
	} {
		m := regexp.MustCompile(`#define ` + name + ` (\d+)\n`).FindStringSubmatch(p)
		if m == nil {
			t.Errorf("no #define %s", name)
			continue
		}
		if got, _ := strconv.Atoi(m[1]); got != want {
			t.Errorf("%s is %d in the source, %d in Go", name, got, want)
		}
	}
	if AttPairs != AttWarps*AttPairsPerWarp {
		t.Errorf("AttPairs %d", AttPairs)
	}
	if got := AttentionShared(256); got != 4*(16*256+32*257+32*256) {
		t.Errorf("AttentionShared(256) = %d", got)
	}
}
