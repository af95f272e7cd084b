package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"image"
	"image/png"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gemma-bench/gemma-bench/results"
)

var (
	publishOnce sync.Once
	publishRuns [3]string // evalA (the baseline), evalB, bench
	publishErr  error
)

// publishFixture makes three small real runs on the tiny model, once per
// test binary: two evaluations on go and simd (the second compared with
// the first) and a benchmark.
func publishFixture(t *testing.T) [3]string {
	t.Helper()
	mdir := tinyModelDir(t)
	publishOnce.Do(func() {
		root, err := os.MkdirTemp("", "gemma-bench-publish-")
		if err != nil {
			publishErr = err
			return
		}
		for i, id := range []string{"evalA", "evalB"} {
			dir := filepath.Join(root, id)
			out, err := cli(bg, "run", "--model", mdir, "--backend", "go,simd", "--threads", "1", "--tasks", "arith",
				"--arith-n", "8", "--shots", "1", "--run-id", id, "--output-dir", dir)
			if err != nil {
				publishErr = fmt.Errorf("run %s: %v\n%s", id, err, out)
				return
			}
			publishRuns[i] = dir
		}
		rec := filepath.Join(root, "bench.json")
		out, err := cli(bg, "bench", "--model", mdir, "--backend", "go,simd", "-t", "1", "-p", "8,16", "-n", "4", "-b", "1,2",
			"-r", "3", "--warmup", "0", "-o", "json", "--output", rec, "--run-id", "bench1")
		if err != nil {
			publishErr = fmt.Errorf("bench: %v\n%s", err, out)
			return
		}
		publishRuns[2] = rec
	})
	if publishErr != nil {
		t.Fatal(publishErr)
	}
	return publishRuns
}

// chromium finds the browser, or says why the test cannot run. On CI
// (.ci/run installs Debian's chromium) a missing browser is a failure
// unless .ci/run recorded why it could not install one.
func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{os.Getenv("CHROMIUM"), "chromium", "chromium-browser", "google-chrome"} {
		if name == "" {
			continue
		}
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if why := os.Getenv("GEMMA_BENCH_NO_CHROMIUM"); why != "" {
		t.Skip("no chromium: " + why)
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("no chromium on PATH: .ci/run installs Debian's chromium (or sets GEMMA_BENCH_NO_CHROMIUM with the reason it could not)")
	}
	t.Skip("no chromium on PATH (install Debian's chromium, or set $CHROMIUM): the report is not rendered in a browser")
	return ""
}

func headless(t *testing.T, bin string, args ...string) []byte {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	base := []string{"--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
		"--disable-component-update", "--disable-sync", "--disable-quic", "--hide-scrollbars", "--user-data-dir=" + t.TempDir()}
	cmd := exec.CommandContext(ctx, bin, append(base, args...)...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s %v: %v\n%s", bin, args, err, stderr.String())
	}
	return stdout.Bytes()
}

// checkScript is appended to the page only as this test serves it (the
// report itself has no script): on load, once every image has loaded or
// failed, it writes what it found where --dump-dom shows it.
const checkScript = `<pre id="out">pending</pre><script>
window.addEventListener('load', () => {
  const imgs = Array.from(document.images).map(i => ({src: i.getAttribute('src'), w: i.complete ? i.naturalWidth : 0, h: i.complete ? i.naturalHeight : 0}));
  document.getElementById('out').textContent = JSON.stringify({title: document.title, h2: document.querySelectorAll('h2').length, images: imgs});
});
</script>`

func TestReportInChromium(t *testing.T) {
	runs := publishFixture(t)
	bin := chromium(t)
	dir := filepath.Join(t.TempDir(), "report")
	out, err := cli(bg, "report", runs[1], runs[2], "--baseline", runs[0], "--html", dir, "--fail-on", "acc<-5pt")
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	page, err := os.ReadFile(filepath.Join(dir, "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	// Readable from a bucket and from disk: every link relative, no
	// script, nothing fetched from the network.
	for _, m := range regexp.MustCompile(`(?i)(?:src|href)="([^"]*)"`).FindAllSubmatch(page, -1) {
		u := string(m[1])
		if strings.HasPrefix(u, "/") || strings.Contains(u, "://") || strings.HasPrefix(u, "..") {
			t.Errorf("link %q is not relative to the report", u)
		} else if !strings.HasPrefix(u, "#") {
			if _, err := os.Stat(filepath.Join(dir, filepath.FromSlash(u))); err != nil {
				t.Errorf("link %q: %v", u, err)
			}
		}
	}
	if bytes.Contains(bytes.ToLower(page), []byte("<script")) {
		t.Error("the report has a script")
	}
	for _, want := range []string{"evalB", "bench1", "evalA", "Comparison with the baseline", "agreement with the reference"} {
		if !bytes.Contains(page, []byte(want)) {
			t.Errorf("the page lacks %q", want)
		}
	}

	// Served over HTTP, as from a bucket: every chart image decodes.
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/__check.html" {
			w.Header().Set("Content-Type", "text/html")
			w.Write(bytes.Replace(page, []byte("</body>"), []byte(checkScript+"</body>"), 1))
			return
		}
		http.FileServer(http.Dir(dir)).ServeHTTP(w, r)
	}))
	defer srv.Close()
	dom := headless(t, bin, "--virtual-time-budget=20000", "--dump-dom", srv.URL+"/__check.html")
	m := regexp.MustCompile(`<pre id="out">([^<]*)</pre>`).FindSubmatch(dom)
	if m == nil {
		t.Fatalf("no result in the checked DOM:\n%.2000s", dom)
	}
	var got struct {
		Title  string
		H2     int
		Images []struct {
			Src  string
			W, H int
			Err  string
		}
	}
	if err := json.Unmarshal(bytes.ReplaceAll(m[1], []byte("&quot;"), []byte(`"`)), &got); err != nil {
		t.Fatalf("check result %q: %v", m[1], err)
	}
	if !strings.Contains(got.Title, "gemma-bench report") || got.H2 < 4 {
		t.Errorf("the page did not load as a report: title %q, %d sections", got.Title, got.H2)
	}
	if len(got.Images) != 7 {
		t.Errorf("%d images on the page, want the 7 chart kinds", len(got.Images))
	}
	for _, im := range got.Images {
		if im.W < 100 || im.H < 100 || im.Err != "" {
			t.Errorf("chart %s did not decode: %dx%d %s", im.Src, im.W, im.H, im.Err)
		}
	}

	// Opened from disk: the screenshot shows a page, not a blank.
	shot := filepath.Join(t.TempDir(), "shot.png")
	headless(t, bin, "--window-size=1280,3000", "--screenshot="+shot, "file://"+filepath.Join(dir, "index.html"))
	f, err := os.Open(shot)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	colours, inked := inkOf(img)
	if colours < 64 || inked < 0.03 {
		t.Errorf("screenshot looks blank: %d colours, %.1f%% of pixels not white", colours, 100*inked)
	}
	t.Logf("screenshot %s: %d colours, %.1f%% inked; %d charts decoded", shot, colours, 100*inked, len(got.Images))
}

// inkOf counts an image's distinct colours and the fraction of pixels
// that are not near-white.
func inkOf(img image.Image) (colours int, inked float64) {
	seen := map[uint32]bool{}
	b := img.Bounds()
	var n, ink int
	for y := b.Min.Y; y < b.Max.Y; y += 2 {
		for x := b.Min.X; x < b.Max.X; x += 2 {
			r, g, bl, _ := img.At(x, y).RGBA()
			seen[(r>>11)<<10|(g>>11)<<5|bl>>11] = true
			n++
			if r < 0xe000 || g < 0xe000 || bl < 0xe000 {
				ink++
			}
		}
	}
	return len(seen), float64(ink) / float64(n)
}

// TestReportRefusesBadInput: no half-report, and no clobbering.
func TestReportRefusesBadInput(t *testing.T) {
	runs := publishFixture(t)
	occupied := t.TempDir()
	if err := os.WriteFile(filepath.Join(occupied, "notes.txt"), []byte("mine"), 0o644); err != nil {
		t.Fatal(err)
	}
	bad := filepath.Join(t.TempDir(), "bad.json")
	if err := os.WriteFile(bad, []byte(`{"schema": 1, "kind": "eval"`), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"report", runs[1], "--html", occupied}, "not replacing"},
		{[]string{"report", bad, "--html", filepath.Join(t.TempDir(), "r")}, "bad.json"},
		{[]string{"report", runs[1]}, "--html"},
		{[]string{"report", "--html", filepath.Join(t.TempDir(), "r")}, "at least one run"},
		{[]string{"plot", "pie", runs[1], "-o", filepath.Join(t.TempDir(), "x.png")}, "unknown kind"},
		{[]string{"plot", "trend", runs[1], "-o", filepath.Join(t.TempDir(), "x.gif")}, "format"},
	} {
		out, err := cli(bg, tc.args...)
		if err == nil || !strings.Contains(err.Error()+out, tc.want) {
			t.Errorf("%v: %v (want %q)\n%s", tc.args, err, tc.want, out)
		}
	}
	if b, _ := os.ReadFile(filepath.Join(occupied, "notes.txt")); string(b) != "mine" {
		t.Error("report replaced a directory that was not a report")
	}
}

func TestPlotEveryKind(t *testing.T) {
	runs := publishFixture(t)
	dir := t.TempDir()
	for _, kind := range []string{"throughput", "batch", "roofline", "latency", "accuracy", "drift", "trend"} {
		for _, ext := range []string{"png", "svg"} {
			out := filepath.Join(dir, kind+"."+ext)
			if o, err := cli(bg, "plot", kind, runs[0], runs[1], runs[2], "-o", out); err != nil {
				t.Fatalf("plot %s: %v\n%s", kind, err, o)
			}
			b, err := os.ReadFile(out)
			if err != nil {
				t.Fatal(err)
			}
			if ext == "png" {
				if _, err := png.Decode(bytes.NewReader(b)); err != nil {
					t.Errorf("%s: %v", out, err)
				}
			} else if !bytes.Contains(b, []byte("<svg")) {
				t.Errorf("%s: not SVG", out)
			}
		}
	}
	// Missing data is said in the chart, not an error and not a panic: a
	// bench record holds no accuracy, a one-backend record no agreement.
	one := filepath.Join(dir, "one.json")
	rec, err := results.ReadRecord(runs[2])
	if err != nil {
		t.Fatal(err)
	}
	rec.Backends = rec.Backends[:1]
	if err := results.WriteRecord(one, rec); err != nil {
		t.Fatal(err)
	}
	for kind, want := range map[string]string{"accuracy": "no accuracy", "drift": "no agreement"} {
		out := filepath.Join(dir, "missing-"+kind+".svg")
		if o, err := cli(bg, "plot", kind, one, "-o", out); err != nil {
			t.Fatalf("plot %s of a record without its data: %v\n%s", kind, err, o)
		}
		b, _ := os.ReadFile(out)
		if !bytes.Contains(b, []byte(want)) {
			t.Errorf("%s chart of a record without its data does not say %q", kind, want)
		}
	}
}
