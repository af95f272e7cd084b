package gcs

import (
	"bytes"
	"context"
	"errors"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/fsouza/fake-gcs-server/fakestorage"

	"github.com/gemma-bench/gemma-bench/results"
	"github.com/gemma-bench/gemma-bench/store"
)

// fixtureRun is a real eval run directory (two backends) copied from a
// run of gemma-bench: record.json, and run.json, results.json and
// samples.jsonl per backend.
const fixtureRun = "testdata/t1"

// localFiles maps the fixture run's files (slash-separated) to contents.
func localFiles(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	m := map[string][]byte{}
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		rel, _ := filepath.Rel(dir, p)
		m[filepath.ToSlash(rel)] = b
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := m[results.RecordFile]; !ok || len(m) < 2 {
		t.Fatalf("fixture %s holds %d files and no record", dir, len(m))
	}
	return m
}

// TestPutRunUnderFaults is the acceptance test: a real run directory is
// uploaded under several run ids while uploads, reads and lists fail in
// every way the proxy knows, and afterwards the bucket holds exactly the
// run's files, once each, byte for byte.
func TestPutRunUnderFaults(t *testing.T) {
	ctx := context.Background()
	f := newFixture(t)
	s := f.store(t, "gemma/runs")
	s.pageSize = 4 // lists take several pages, so faults land mid-listing
	p := f.proxy
	code := func(status int) step { return step{fault: respond, status: status} }
	do := func(f fault) step { return step{fault: f} }
	// Faults are spread out (every 4th upload, every 3rd read and list) so
	// that an operation meets at most one of them, except where the burst
	// rule adds two in a row: none comes near its attempt limit.
	rules := []*rule{
		p.plan(isUpload, 0, 4,
			code(http.StatusServiceUnavailable), do(dropAfterCommit), do(stallThenDeliver), do(dropMidUpload),
			code(http.StatusTooManyRequests), do(dropAfterCommit), code(http.StatusInternalServerError), do(dropMidUpload)),
		p.plan(isUpload, 17, 1, code(http.StatusServiceUnavailable), code(http.StatusBadGateway)),
		p.plan(isRead, 0, 3, code(http.StatusInternalServerError), do(stall), do(dropAfterCommit), code(http.StatusServiceUnavailable)),
		p.plan(isList, 0, 3, code(http.StatusBadGateway), do(stall), code(http.StatusServiceUnavailable), do(dropAfterCommit)),
	}
	runIDs := []string{"t1", "nightly/2026-12-02/t1", "big-1", "again"}
	for _, id := range runIDs {
		if err := store.PutRun(ctx, s, id, fixtureRun); err != nil {
			t.Fatalf("PutRun %s: %v\nrules: %v\nrequests:\n%s", id, err, rules, strings.Join(p.requests(""), "\n"))
		}
	}
	// An upload repeated in full (say, after a crash) changes nothing.
	if err := store.PutRun(ctx, s, "t1", fixtureRun); err != nil {
		t.Fatalf("repeated PutRun: %v", err)
	}

	local := localFiles(t, fixtureRun)
	want := map[string][]byte{}
	for _, id := range runIDs {
		for name, b := range local {
			want["gemma/runs/"+id+"/"+name] = b
		}
	}
	got := f.objects(t)
	for name, b := range got {
		if w, ok := want[name]; !ok {
			t.Errorf("extra object %s", name)
		} else if !bytes.Equal(b, w) {
			t.Errorf("object %s: %d bytes differ from the local file's %d", name, len(b), len(w))
		}
	}
	for name := range want {
		if _, ok := got[name]; !ok {
			t.Errorf("object %s missing", name)
		}
	}

	// Reads and lists go through the faults too.
	runs, err := s.Runs(ctx)
	if err != nil {
		t.Fatal(err)
	}
	sortedIDs := slices.Sorted(slices.Values(runIDs))
	if !slices.Equal(runs, sortedIDs) {
		t.Errorf("Runs = %q, want %q", runs, sortedIDs)
	}
	dst := t.TempDir()
	if err := store.GetRun(ctx, s, "nightly/2026-12-02/t1", dst); err != nil {
		t.Fatal(err)
	}
	down := localFiles(t, dst)
	if len(down) != len(local) {
		t.Errorf("downloaded %d files, want %d", len(down), len(local))
	}
	for name, b := range local {
		if !bytes.Equal(down[name], b) {
			t.Errorf("downloaded %s differs", name)
		}
	}
	entries, err := store.Records(ctx, s, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != len(runIDs) {
		t.Fatalf("Records = %d entries, want %d", len(entries), len(runIDs))
	}
	for i, e := range entries {
		if e.RunID != sortedIDs[i] || e.Record.RunID != "t1" || e.Record.Kind != results.KindEval {
			t.Errorf("entry %d: %s holding record %s (%s)", i, e.RunID, e.Record.RunID, e.Record.Kind)
		}
	}

	// Different bytes under a taken name: refused, stored file kept.
	err = s.Put(ctx, "t1", "go/results.json", []byte(`{"tampered":true}`))
	if !errors.Is(err, store.ErrConflict) {
		t.Errorf("Put of different bytes = %v, want ErrConflict", err)
	}
	if b, err := s.Get(ctx, "t1", "go/results.json"); err != nil || !bytes.Equal(b, local["go/results.json"]) {
		t.Errorf("after the conflict: %d bytes, %v", len(b), err)
	}

	// A rule that never fired would make this test pass without testing.
	for _, r := range rules {
		if r.fired != len(r.steps) {
			t.Errorf("rule %v did not fire as often as planned", r)
		}
	}
	p.mu.Lock()
	for _, st := range p.cutStatus {
		if st < 400 {
			t.Errorf("the server accepted a cut-short upload (status %d)", st)
		}
	}
	p.mu.Unlock()
	t.Logf("%d requests for %d objects", len(p.requests("")), len(want))
}

// TestPutLostResponse: the write lands, its response is lost; the retry
// meets the existing object, reads it back, and succeeds without a second
// write.
func TestPutLostResponse(t *testing.T) {
	ctx := context.Background()
	f := newFixture(t)
	s := f.store(t, "")
	f.proxy.add(isUpload, dropAfterCommit, 1, 1)
	if err := s.Put(ctx, "r1", "record.json", []byte("{}")); err != nil {
		t.Fatal(err)
	}
	if got := f.proxy.requests(""); !slices.Equal(got, []string{"upload r1/record.json", "upload r1/record.json", "read r1/record.json"}) {
		t.Errorf("requests: %q", got)
	}
	if got := f.objects(t); len(got) != 1 || string(got["r1/record.json"]) != "{}" {
		t.Errorf("bucket holds %q, want r1/record.json alone (no double slash with an empty prefix)", got)
	}
}

// TestCutUploadRejected: every attempt's body reaches the server cut in
// half; the server refuses each (the data's checksums travel with it),
// the store gives up after its attempts, and no object is left.
func TestCutUploadRejected(t *testing.T) {
	ctx := context.Background()
	f := newFixture(t)
	s := f.store(t, "p")
	f.proxy.add(isUpload, dropMidUpload, 1, 100)
	err := s.Put(ctx, "r", "samples.jsonl", bytes.Repeat([]byte("{\"doc\":1}\n"), 500))
	if err == nil || !strings.Contains(err.Error(), "giving up after 6 attempts") {
		t.Errorf("Put = %v, want it to give up after 6 attempts", err)
	}
	if n := len(f.proxy.requests("upload")); n != testRetry.Attempts {
		t.Errorf("%d upload attempts, want %d", n, testRetry.Attempts)
	}
	if len(f.proxy.cutStatus) != testRetry.Attempts {
		t.Errorf("%d cut bodies delivered, want %d", len(f.proxy.cutStatus), testRetry.Attempts)
	}
	for _, st := range f.proxy.cutStatus {
		if st < 400 {
			t.Errorf("server accepted a cut body: %d", st)
		}
	}
	if got := f.objects(t); len(got) != 0 {
		t.Errorf("objects left: %q", got)
	}
}

// TestCorruptUploadRejected: a body altered in transit fails the
// checksums the client sent, the server answers 400, and that is final:
// not retried, and nothing stored.
func TestCorruptUploadRejected(t *testing.T) {
	ctx := context.Background()
	f := newFixture(t)
	s := f.store(t, "p")
	f.proxy.add(isUpload, corrupt, 1, 1)
	err := s.Put(ctx, "r", "results.json", []byte(`{"PAYLOAD":1}`))
	if !isStatus(err, http.StatusBadRequest) {
		t.Errorf("Put = %v, want the server's 400", err)
	}
	if n := len(f.proxy.requests("upload")); n != 1 {
		t.Errorf("%d upload attempts, want 1", n)
	}
	if got := f.objects(t); len(got) != 0 {
		t.Errorf("objects left: %q", got)
	}
}

// TestNotRetried: definite answers end an operation at once.
func TestNotRetried(t *testing.T) {
	ctx := context.Background()
	for _, c := range []struct {
		name   string
		status int
		match  func(*http.Request) bool
		op     func(s *Store) error
	}{
		{"403 upload", http.StatusForbidden, isUpload, func(s *Store) error { return s.Put(ctx, "r", "f", []byte("x")) }},
		{"403 read", http.StatusForbidden, isRead, func(s *Store) error { _, err := s.Get(ctx, "r", "f"); return err }},
		{"403 list", http.StatusForbidden, isList, func(s *Store) error { _, err := s.Runs(ctx); return err }},
		{"400 upload", http.StatusBadRequest, isUpload, func(s *Store) error { return s.Put(ctx, "r", "f", []byte("x")) }},
		{"404 read", http.StatusNotFound, isRead, func(s *Store) error { _, err := s.Get(ctx, "r", "f"); return err }},
	} {
		t.Run(c.name, func(t *testing.T) {
			f := newFixture(t)
			s := f.store(t, "p")
			f.proxy.addStatus(c.match, c.status, 1, 100)
			err := c.op(s)
			if err == nil {
				t.Fatal("succeeded")
			}
			if c.status == http.StatusNotFound {
				if !errors.Is(err, store.ErrNotFound) {
					t.Errorf("error %v, want ErrNotFound", err)
				}
			} else if !isStatus(err, c.status) {
				t.Errorf("error %v, want status %d", err, c.status)
			}
			if got := f.proxy.requests(""); len(got) != 1 {
				t.Errorf("requests %q, want one", got)
			}
		})
	}
}

// TestRetriesBounded: a service that keeps failing is tried Attempts
// times, and a stalled one Attempts times of AttemptTimeout each.
func TestRetriesBounded(t *testing.T) {
	ctx := context.Background()
	for _, c := range []struct {
		name string
		add  func(p *faultProxy)
	}{
		{"503", func(p *faultProxy) { p.addStatus(isRead, http.StatusServiceUnavailable, 1, 100) }},
		{"stall", func(p *faultProxy) { p.add(isRead, stall, 1, 100) }},
	} {
		t.Run(c.name, func(t *testing.T) {
			f := newFixture(t)
			s := f.store(t, "p")
			s.Retry.AttemptTimeout /= 4
			c.add(f.proxy)
			_, err := s.Get(ctx, "r", "f")
			if err == nil || !strings.Contains(err.Error(), "giving up after 6 attempts") {
				t.Errorf("Get = %v, want it to give up after 6 attempts", err)
			}
			if n := len(f.proxy.requests("read")); n != testRetry.Attempts {
				t.Errorf("%d reads, want %d", n, testRetry.Attempts)
			}
		})
	}
}

// TestCanceled: the caller's context ends the retries.
func TestCanceled(t *testing.T) {
	f := newFixture(t)
	s := f.store(t, "p")
	ctx, cancel := context.WithCancel(context.Background())
	f.proxy.add(isRead, stall, 1, 100)
	s.Retry.AttemptTimeout = 0 // only the caller can end the stall
	go func() {
		<-f.proxy.stalled
		cancel()
	}()
	_, err := s.Get(ctx, "r", "f")
	if !errors.Is(err, context.Canceled) {
		t.Errorf("Get = %v, want context.Canceled", err)
	}
	if n := len(f.proxy.requests("read")); n != 1 {
		t.Errorf("%d reads after the cancel, want 1", n)
	}
}

func TestGetNotFound(t *testing.T) {
	f := newFixture(t)
	s := f.store(t, "p")
	if _, err := s.Get(context.Background(), "r", "missing"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Get(missing) = %v, want ErrNotFound", err)
	}
	if _, err := s.Files(context.Background(), "r"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Files(missing run) = %v, want ErrNotFound", err)
	}
	f.bucket = "no-such-bucket"
	missing := f.store(t, "")
	before := len(f.proxy.requests(""))
	if _, err := missing.Runs(context.Background()); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Runs of a missing bucket = %v, want ErrNotFound", err)
	}
	if n := len(f.proxy.requests("")) - before; n != 1 {
		t.Errorf("%d requests listing a missing bucket, want 1 (a 404 is final)", n)
	}
}

// TestRunsAndFiles: what counts as a run and a file in a bucket that
// others write to as well.
func TestRunsAndFiles(t *testing.T) {
	ctx := context.Background()
	f := newFixture(t)
	for _, name := range []string{
		"runs/a/record.json", "runs/a/go/results.json", "runs/a/sub/record.json",
		"runs/b/c/record.json", "runs/b/c/go/", // a Console folder placeholder
		"runs/incomplete/run.json",
		"runs/.hidden/record.json", "runs/bad name/record.json", "runs/record.json",
		"runs2/x/record.json", "other/y/record.json",
	} {
		f.server.CreateObject(fakestorage.Object{ObjectAttrs: fakestorage.ObjectAttrs{BucketName: f.bucket, Name: name}, Content: []byte("{}")})
	}
	s := f.store(t, "runs")
	s.pageSize = 2
	runs, err := s.Runs(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"a", "b/c"}; !slices.Equal(runs, want) {
		t.Errorf("Runs = %q, want %q", runs, want)
	}
	files, err := s.Files(ctx, "a")
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"go/results.json", "record.json", "sub/record.json"}; !slices.Equal(files, want) {
		t.Errorf("Files(a) = %q, want %q", files, want)
	}
	if files, err := s.Files(ctx, "b/c"); err != nil || !slices.Equal(files, []string{"record.json"}) {
		t.Errorf("Files(b/c) = %q, %v", files, err)
	}
	whole := f.store(t, "")
	runs, err = whole.Runs(ctx)
	if err != nil {
		t.Fatal(err)
	}
	// runs/record.json makes runs a run, and so everything below it
	// its files.
	if want := []string{"other/y", "runs", "runs2/x"}; !slices.Equal(runs, want) {
		t.Errorf("Runs of the whole bucket = %q, want %q", runs, want)
	}
	if whole.String() != "gs://"+testBucket || s.String() != "gs://"+testBucket+"/runs" {
		t.Errorf("String() = %q, %q", whole, s)
	}
}

// TestRefusedBeforeAnyRequest: bad buckets, prefixes, run ids and names
// never reach the network.
func TestRefusedBeforeAnyRequest(t *testing.T) {
	ctx := context.Background()
	f := newFixture(t)
	for _, u := range []string{
		"gs://", "gs:///p", "s3://bucket", "gs://ab", "gs://Upper", "gs://-bucket", "gs://bucket-", "gs://buck et",
		"gs://" + strings.Repeat("b", 64), "gs://bucket//p", "gs://bucket/../p", "gs://bucket/.p", "gs://bucket/p//",
		"gs://bucket/p?x=1", "gs://bucket/p\\q",
	} {
		if _, _, err := ParseURL(u); err == nil {
			t.Errorf("ParseURL(%q) accepted", u)
		}
		if s, err := Open(ctx, u); err == nil {
			s.Close()
			t.Errorf("Open(%q) accepted", u)
		}
	}
	for _, c := range [][2]string{{"UPPER", ""}, {"bucket", "/p"}, {"bucket", "p/"}, {"b_", ""}} {
		if _, err := New(ctx, c[0], c[1]); !errors.Is(err, store.ErrInvalid) {
			t.Errorf("New(%q, %q) = %v, want ErrInvalid", c[0], c[1], err)
		}
	}
	s := f.store(t, "p")
	for _, c := range [][2]string{{"../x", "f"}, {"r", "../../other/f"}, {"/abs", "f"}, {"a//b", "f"}, {"r", ".hidden"}, {"r", ""}} {
		if err := s.Put(ctx, c[0], c[1], nil); !errors.Is(err, store.ErrInvalid) {
			t.Errorf("Put(%q, %q) = %v, want ErrInvalid", c[0], c[1], err)
		}
		if _, err := s.Get(ctx, c[0], c[1]); !errors.Is(err, store.ErrInvalid) {
			t.Errorf("Get(%q, %q) = %v, want ErrInvalid", c[0], c[1], err)
		}
	}
	if _, err := s.Files(ctx, "a/../b"); !errors.Is(err, store.ErrInvalid) {
		t.Errorf("Files(a/../b) = %v, want ErrInvalid", err)
	}
	if err := store.PutRun(ctx, s, "..", fixtureRun); !errors.Is(err, store.ErrInvalid) {
		t.Errorf("PutRun(..) = %v, want ErrInvalid", err)
	}
	if got := f.proxy.requests(""); len(got) != 0 {
		t.Errorf("refused calls made requests: %q", got)
	}
	for _, good := range []string{"gs://bucket", "gs://bucket/", "gs://my.bucket_1/a/b-c", "gs://b-1/p/"} {
		if _, _, err := ParseURL(good); err != nil {
			t.Errorf("ParseURL(%q): %v", good, err)
		}
	}
}

// TestOpenEmulator: store.Open of a gs:// URL reaches this package (its
// init registers the scheme) and, with STORAGE_EMULATOR_HOST set, the
// emulator without credentials.
func TestOpenEmulator(t *testing.T) {
	ctx := context.Background()
	f := newFixture(t)
	t.Setenv("STORAGE_EMULATOR_HOST", strings.TrimPrefix(f.proxy.srv.URL, "http://"))
	st, err := store.Open(ctx, "gs://"+testBucket+"/via-open/")
	if err != nil {
		t.Fatal(err)
	}
	s := st.(*Store)
	defer s.Close()
	if s.String() != "gs://"+testBucket+"/via-open" {
		t.Errorf("String() = %q", s)
	}
	if err := s.Put(ctx, "r", "f.json", []byte("{}")); err != nil {
		t.Fatal(err)
	}
	if b, err := s.Get(ctx, "r", "f.json"); err != nil || string(b) != "{}" {
		t.Errorf("Get = %q, %v", b, err)
	}
	if got := f.proxy.requests(""); len(got) != 2 {
		t.Errorf("requests %q: want the upload and the read through the emulator host", got)
	}
}
