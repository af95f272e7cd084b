package store_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gemma-bench/gemma-bench/results"
	"github.com/gemma-bench/gemma-bench/store"
)

// record is a small valid record starting at start.
func record(runID string, start time.Time) *results.Record {
	return &results.Record{
		Schema: results.RecordSchema, Kind: results.KindEval, RunID: runID, Start: start, End: start.Add(time.Minute),
		Build: results.Build{Module: "github.com/gemma-bench/gemma-bench", Version: "(devel)", GoVersion: "go1.26"},
		Host:  results.Host{CPU: "test", Cores: 2, OS: "linux", Arch: "amd64"},
		Model: results.ModelRef{Name: "gemma3-270m", Arch: "gemma3", Params: 268098176, DType: "bf16", Weights: "stored", Fingerprint: "f00d"},
		Backends: []results.BackendRun{{Name: "go", Metrics: []results.Metric{{
			Name: "acc", Labels: map[string]string{"task": "arc_easy"}, Unit: "acc", HigherIsBetter: true,
			Samples: []float64{1, 0, 1, 1}, Summary: results.Summary{N: 4, Center: 0.75, Lo: 0.5, Hi: 1, Stat: "mean"},
		}}}},
	}
}

// runDir writes a run directory shaped like an eval run's, with nested
// per-backend files.
func runDir(t *testing.T, runID string, start time.Time) string {
	t.Helper()
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"go/run.json":         `{"backend":"go"}`,
		"go/results.json":     `{"results":{}}`,
		"go/samples.jsonl":    "{\"doc\":0}\n{\"doc\":1}\n",
		"simd/samples.jsonl":  "{\"doc\":0}\n",
		"simd/deep/er/x.txt":  "nested",
		"a-first-file.txt":    "sorts before record.json",
		"zz-after-record.txt": "sorts after record.json",
	})
	if err := results.WriteRecord(filepath.Join(dir, results.RecordFile), record(runID, start)); err != nil {
		t.Fatal(err)
	}
	return dir
}

// logStore records the order of Puts.
type logStore struct {
	store.Store
	mu   sync.Mutex
	puts []string
}

func (s *logStore) Put(ctx context.Context, runID, name string, data []byte) error {
	s.mu.Lock()
	s.puts = append(s.puts, runID+"/"+name)
	s.mu.Unlock()
	return s.Store.Put(ctx, runID, name, data)
}

func TestPutRunGetRun(t *testing.T) {
	ctx := context.Background()
	src := runDir(t, "r1", time.Date(2026, 12, 2, 10, 0, 0, 0, time.UTC))
	s := &logStore{Store: store.NewLocal(t.TempDir())}
	if err := store.PutRun(ctx, s, "nightly/r1", src); err != nil {
		t.Fatal(err)
	}
	want := tree(t, src)
	if len(s.puts) != len(want) {
		t.Errorf("%d puts for %d files: %q", len(s.puts), len(want), s.puts)
	}
	if last := s.puts[len(s.puts)-1]; last != "nightly/r1/record.json" {
		t.Errorf("last put %q, want the record (puts: %q)", last, s.puts)
	}
	// A repeated upload (say, after one cut short) succeeds unchanged.
	if err := store.PutRun(ctx, s, "nightly/r1", src); err != nil {
		t.Errorf("second PutRun: %v", err)
	}
	files, err := s.Files(ctx, "nightly/r1")
	if err != nil {
		t.Fatal(err)
	}
	wantNames := make([]string, 0, len(want))
	for n := range want {
		wantNames = append(wantNames, n)
	}
	slices.Sort(wantNames)
	if !slices.Equal(files, wantNames) {
		t.Errorf("Files = %q, want %q", files, wantNames)
	}

	dst := filepath.Join(t.TempDir(), "out")
	if err := store.GetRun(ctx, s, "nightly/r1", dst); err != nil {
		t.Fatal(err)
	}
	if got := tree(t, dst); !equalMaps(got, want) {
		t.Errorf("downloaded run differs:\n got %v\nwant %v", got, want)
	}
	if _, err := results.ReadRecord(filepath.Join(dst, results.RecordFile)); err != nil {
		t.Errorf("downloaded record: %v", err)
	}
}

// TestPutRunRefuses: what PutRun cannot upload faithfully fails the whole
// upload, naming the file, before anything is stored.
func TestPutRunRefuses(t *testing.T) {
	ctx := context.Background()
	start := time.Date(2026, 12, 2, 10, 0, 0, 0, time.UTC)
	cases := []struct {
		name  string
		runID string
		edit  func(t *testing.T, dir string)
		want  string
	}{
		{"bad run id", "../x", func(*testing.T, string) {}, `run id "../x"`},
		{"symlink", "r", func(t *testing.T, dir string) {
			if err := os.Symlink("results.json", filepath.Join(dir, "go", "alias.json")); err != nil {
				t.Fatal(err)
			}
		}, "go/alias.json: not a regular file"},
		{"hidden file", "r", func(t *testing.T, dir string) { writeFiles(t, dir, map[string]string{"go/.DS_Store": "x"}) }, ".DS_Store"},
		{"bad file name", "r", func(t *testing.T, dir string) { writeFiles(t, dir, map[string]string{"a b.txt": "x"}) }, "a b.txt"},
		{"no record", "r", func(t *testing.T, dir string) { os.Remove(filepath.Join(dir, results.RecordFile)) }, "no record.json"},
		{"bad record", "r", func(t *testing.T, dir string) {
			writeFiles(t, dir, map[string]string{results.RecordFile: `{"schema":1}`})
		}, "record.json"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := runDir(t, "r", start)
			c.edit(t, dir)
			s := &logStore{Store: store.NewLocal(t.TempDir())}
			err := store.PutRun(ctx, s, c.runID, dir)
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("PutRun = %v, want an error containing %q", err, c.want)
			}
			if len(s.puts) != 0 {
				t.Errorf("refused upload stored %q", s.puts)
			}
		})
	}
	s := store.NewLocal(t.TempDir())
	if err := store.PutRun(ctx, s, "r", filepath.Join(t.TempDir(), "missing")); err == nil {
		t.Error("PutRun of a missing directory succeeded")
	}
}

// TestPutRunConflict: uploading a different run under a taken id fails
// with ErrConflict and does not complete the run with a foreign record.
func TestPutRunConflict(t *testing.T) {
	ctx := context.Background()
	s := store.NewLocal(t.TempDir())
	first := runDir(t, "a", time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC))
	second := runDir(t, "b", time.Date(2026, 12, 2, 0, 0, 0, 0, time.UTC))
	writeFiles(t, second, map[string]string{"go/results.json": `{"results":{"other":1}}`})
	if err := store.PutRun(ctx, s, "r", first); err != nil {
		t.Fatal(err)
	}
	if err := store.PutRun(ctx, s, "r", second); !errors.Is(err, store.ErrConflict) {
		t.Fatalf("PutRun over another run = %v, want ErrConflict", err)
	}
	b, err := s.Get(ctx, "r", results.RecordFile)
	if err != nil {
		t.Fatal(err)
	}
	if r, err := results.ParseRecord(b); err != nil || r.RunID != "a" {
		t.Errorf("record after the conflict: %v, %v; want the first run's", r, err)
	}
}

func TestGetRunIncomplete(t *testing.T) {
	ctx := context.Background()
	s := store.NewLocal(t.TempDir())
	if err := s.Put(ctx, "r", "go/results.json", []byte("{}")); err != nil {
		t.Fatal(err)
	}
	dst := filepath.Join(t.TempDir(), "out")
	if err := store.GetRun(ctx, s, "r", dst); err == nil || !strings.Contains(err.Error(), "incomplete") {
		t.Errorf("GetRun of a run without a record = %v", err)
	}
	if err := store.GetRun(ctx, s, "missing", dst); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("GetRun of a missing run = %v, want ErrNotFound", err)
	}
	if _, err := os.Stat(dst); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("failed downloads created %s", dst)
	}
}

// badNameStore lists a name that would escape the download directory.
type badNameStore struct{ store.Store }

func (badNameStore) Files(context.Context, string) ([]string, error) {
	return []string{"../escape", "record.json"}, nil
}

func TestGetRunDistrustsNames(t *testing.T) {
	parent := t.TempDir()
	s := badNameStore{store.NewLocal(t.TempDir())}
	err := store.GetRun(context.Background(), s, "r", filepath.Join(parent, "out"))
	if !errors.Is(err, store.ErrInvalid) {
		t.Errorf("GetRun = %v, want ErrInvalid", err)
	}
	if len(tree(t, parent)) != 0 {
		t.Errorf("files written: %v", tree(t, parent))
	}
}

func TestRecords(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	s := store.NewLocal(dir)
	day := func(d int) time.Time { return time.Date(2026, 12, d, 0, 0, 0, 0, time.UTC) }
	// Run ids sort differently from start times, and two runs share one.
	for _, r := range []struct {
		id    string
		start time.Time
	}{{"c", day(1)}, {"a", day(3)}, {"nightly/b", day(2)}, {"b2", day(2)}} {
		if err := store.PutRun(ctx, s, r.id, runDir(t, r.id, r.start)); err != nil {
			t.Fatal(err)
		}
	}
	ids := func(es []store.Entry) []string {
		var out []string
		for _, e := range es {
			if e.Record == nil || e.Record.RunID != e.RunID {
				t.Errorf("entry %q holds the record of %v", e.RunID, e.Record)
			}
			out = append(out, e.RunID)
		}
		return out
	}
	all, err := store.Records(ctx, s, 0)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"c", "b2", "nightly/b", "a"}; !slices.Equal(ids(all), want) {
		t.Errorf("Records = %q, want %q", ids(all), want)
	}
	last2, err := store.Records(ctx, s, 2)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"nightly/b", "a"}; !slices.Equal(ids(last2), want) {
		t.Errorf("Records(last 2) = %q, want %q", ids(last2), want)
	}
	if more, err := store.Records(ctx, s, 10); err != nil || len(more) != 4 {
		t.Errorf("Records(last 10) = %d entries, %v", len(more), err)
	}

	if err := s.Put(ctx, "broken", results.RecordFile, []byte(`{"schema":1,"kind":"eval"`)); err != nil {
		t.Fatal(err)
	}
	_, err = store.Records(ctx, s, 0)
	if err == nil || !strings.Contains(err.Error(), dir) || !strings.Contains(err.Error(), "run broken: record.json") {
		t.Errorf("Records with a broken record = %v, want an error naming the store, run and file", err)
	}
}
