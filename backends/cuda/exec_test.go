package cuda_test

import (
	"context"
	"fmt"
	"sort"
	"testing"
	"time"

	"github.com/gemma-bench/gemma-bench/backends"
	"github.com/gemma-bench/gemma-bench/backends/backendtest"
	"github.com/gemma-bench/gemma-bench/backends/cuda"
	"github.com/gemma-bench/gemma-bench/model"
)

// fakeDevice is device memory on the host: every allocation its own
// slice at an address with a guard gap after it, so that an address the
// executor computes wrongly lands outside every allocation and fails the
// launch instead of reading a neighbour. Launches run on the emulator.
type fakeDevice struct {
	lim    cuda.Limits
	next   uint64
	allocs map[uint64][]byte
	bases  []uint64 // sorted keys of allocs
	closed bool

	uploads, binds, copies int
	uploaded               int64
	allocCalls             int
	failAt                 int // the failAt-th Alloc call fails (0: none)
}

func newFakeDevice() *fakeDevice {
	return &fakeDevice{lim: cuda.Limits{Multiprocessors: 8, SharedOptinBytes: 227 << 10}, next: 1 << 32, allocs: map[uint64][]byte{}}
}

func (d *fakeDevice) Limits() cuda.Limits { return d.lim }

func (d *fakeDevice) Alloc(n int64) (uint64, error) {
	if d.closed {
		return 0, fmt.Errorf("fake device: closed")
	}
	d.allocCalls++
	if n <= 0 || d.allocCalls == d.failAt {
		return 0, fmt.Errorf("fake device: out of memory for %d bytes", n)
	}
	a := d.next
	d.next = (a + uint64(n) + 1<<20 + 255) &^ 255 // a 1 MiB guard gap
	d.allocs[a] = make([]byte, n)
	d.bases = append(d.bases, a)
	sort.Slice(d.bases, func(i, j int) bool { return d.bases[i] < d.bases[j] })
	return a, nil
}

func (d *fakeDevice) Free(a uint64) error {
	if _, ok := d.allocs[a]; !ok {
		return fmt.Errorf("fake device: free of %#x, which is not an allocation (double free?)", a)
	}
	delete(d.allocs, a)
	i := sort.Search(len(d.bases), func(i int) bool { return d.bases[i] >= a })
	d.bases = append(d.bases[:i], d.bases[i+1:]...)
	return nil
}

// mem is the memory from address a to the end of its allocation; it
// panics (the emulated launch then fails) outside every allocation.
func (d *fakeDevice) mem(a uint64) []byte {
	i := sort.Search(len(d.bases), func(i int) bool { return d.bases[i] > a }) - 1
	if i < 0 {
		panic(fmt.Sprintf("address %#x below every allocation", a))
	}
	b := d.bases[i]
	m := d.allocs[b]
	if a-b >= uint64(len(m)) {
		panic(fmt.Sprintf("address %#x past the end of the allocation at %#x (%d bytes)", a, b, len(m)))
	}
	return m[a-b:]
}

func (d *fakeDevice) span(a uint64, n int64) (b []byte, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("fake device: %v", r)
		}
	}()
	m := d.mem(a)
	if int64(len(m)) < n {
		return nil, fmt.Errorf("fake device: %d bytes at %#x run past their allocation (%d left)", n, a, len(m))
	}
	return m[:n], nil
}

func (d *fakeDevice) Upload(dst uint64, src []byte) error {
	m, err := d.span(dst, int64(len(src)))
	if err != nil {
		return err
	}
	d.uploads++
	d.uploaded += int64(len(src))
	copy(m, src)
	return nil
}

func (d *fakeDevice) Copy(cs []cuda.DevCopy) error {
	for _, c := range cs {
		dst, err := d.span(c.Dst, c.Bytes)
		if err != nil {
			return err
		}
		src, err := d.span(c.Src, c.Bytes)
		if err != nil {
			return err
		}
		copy(dst, src)
		d.copies++
	}
	return nil
}

func (d *fakeDevice) Bind(p *cuda.Plan, resolve func(cuda.Ref) uint64) (cuda.TestProgram, error) {
	d.binds++
	return &fakeProgram{d: d, p: p, resolve: resolve, in: make([]byte, p.Inputs.Bytes), out: make([]byte, p.Outputs.Bytes)}, nil
}

func (d *fakeDevice) Close() error {
	d.closed = true
	return nil
}

type fakeProgram struct {
	d       *fakeDevice
	p       *cuda.Plan
	resolve func(cuda.Ref) uint64
	in, out []byte
	closed  bool
}

func (f *fakeProgram) In() []byte  { return f.in }
func (f *fakeProgram) Out() []byte { return f.out }

func (f *fakeProgram) Run(n int, logits []float32, times []time.Duration) (err error) {
	if f.closed {
		return fmt.Errorf("fake program: run after close")
	}
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("emulating launch: %v", r)
		}
	}()
	p := f.p
	a := func(off int64) uint64 { return f.resolve(cuda.Ref{Space: cuda.SpaceArena, Off: off}) }
	in, err := f.d.span(a(p.Inputs.Base), p.Inputs.Bytes)
	if err != nil {
		return err
	}
	copy(in, f.in)
	e := &emulator{p: p, tables: p.Tables, dev: f.d, resolve: f.resolve}
	for i := range n {
		t0 := time.Now()
		e.run(i, i+1)
		if times != nil {
			times[i] = time.Since(t0)
		}
	}
	if n == len(p.Launches) {
		out, err := f.d.span(a(p.Outputs.Base), p.Outputs.Bytes)
		if err != nil {
			return err
		}
		copy(f.out, out)
	}
	if logits != nil {
		b, err := f.d.span(a(p.Values[p.Graph.Output]), int64(4*len(logits)))
		if err != nil {
			return err
		}
		for i := range logits {
			logits[i] = getF(b, int64(i))
		}
	}
	return nil
}

func (f *fakeProgram) Close() error {
	if f.closed {
		return fmt.Errorf("fake program: closed twice")
	}
	f.closed = true
	return nil
}

// TestExecutorConformance runs the whole conformance suite on the
// executor over the emulated device: what differs from a GPU run is only
// that each kernel is the emulator's reading of its source.
func TestExecutorConformance(t *testing.T) {
	if testing.Short() {
		t.Skip("the emulator runs every launch on one core")
	}
	dev := newFakeDevice()
	be := cuda.NewTestBackend(dev, nil)
	backendtest.RunBackend(t, be, backendtest.Options{})
	if err := be.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	if len(dev.allocs) != 0 {
		t.Errorf("after Close the device still holds %d allocations", len(dev.allocs))
	}
}

// TestSuiteCatchesBrokenExecutor: the suite over the emulated device
// fails an executor that gets an address wrong (here every layer's
// cache aliased to layer 0's), so passing it means something.
func TestSuiteCatchesBrokenExecutor(t *testing.T) {
	dev := &swappingDevice{newFakeDevice()}
	be := cuda.NewTestBackend(dev, nil)
	defer be.Close()
	g := tinyGraph(t, backends.F32, 4, 1)
	exe, err := be.Compile(g)
	if err != nil {
		t.Fatal(err)
	}
	defer exe.Close()
	good := cuda.NewTestBackend(newFakeDevice(), nil)
	defer good.Close()
	gexe, err := good.Compile(g)
	if err != nil {
		t.Fatal(err)
	}
	defer gexe.Close()
	a, b := runTwice(t, be, exe, g), runTwice(t, good, gexe, g)
	if maxDiff(a, b) < 1e-3 {
		t.Fatalf("aliasing every layer's cache to layer 0's changed the logits by %g: the test cannot see a wrong cache address", maxDiff(a, b))
	}
}

// swappingDevice binds plans with the right resolver, but rewrites the
// cache table the executor packs so that every layer reads and writes
// layer 0's keys and values, as an executor with a wrong cache offset
// would.
type swappingDevice struct{ *fakeDevice }

func (d *swappingDevice) Bind(p *cuda.Plan, resolve func(cuda.Ref) uint64) (cuda.TestProgram, error) {
	pr, err := d.fakeDevice.Bind(p, resolve)
	return &swappingProgram{pr.(*fakeProgram)}, err
}

type swappingProgram struct{ *fakeProgram }

func (s *swappingProgram) Run(n int, logits []float32, times []time.Duration) error {
	off := s.p.Inputs.CacheTable.Off - s.p.Inputs.Base
	for l := 1; l < s.p.Graph.Cache.Layers; l++ {
		copy(s.in[off+16*int64(l):off+16*int64(l)+16], s.in[off:off+16])
	}
	return s.fakeProgram.Run(n, logits, times)
}

// tinyGraph is a graph of rows × logitRows over the float32 Gemma 2
// shaped synthetic model (attention, windows, GQA), with weights in dt.
func tinyGraph(t *testing.T, dt backends.DType, rows, logitRows int) *backends.Graph {
	t.Helper()
	m := synthModel(t, dt)
	g, err := model.BuildGraph(m.Config, m.Weights, m.Config.KVLayout(2, 32, 8, backends.F32), rows, logitRows)
	if err != nil {
		t.Fatal(err)
	}
	return g
}

var synthModels = map[backends.DType]*model.Model{}

func synthModel(t *testing.T, dt backends.DType) *model.Model {
	t.Helper()
	if m := synthModels[dt]; m != nil {
		return m
	}
	var m *model.Model
	if dt == backends.F32 {
		m = synthF32(t).M
	} else {
		m = testdataModels(t)[1].M // gemma2-tiny, bf16
	}
	// The models close with the test that loaded them; keep none across tests.
	t.Cleanup(func() { delete(synthModels, dt) })
	synthModels[dt] = m
	return m
}

// runTwice runs a prefill of the graph's rows at positions 0.. and then
// the same tokens again at the following positions (so that attention
// reads what the first step cached), returning the second step's logits.
func runTwice(t *testing.T, be backends.Backend, exe backends.Executable, g *backends.Graph) []float32 {
	t.Helper()
	cache, err := be.NewKVCache(g.Cache)
	if err != nil {
		t.Fatal(err)
	}
	defer cache.Close()
	var out []float32
	for s := range 2 {
		st := &backends.Step{Want: backends.WantLogits}
		for r := range g.Rows {
			st.Tokens = append(st.Tokens, int32((r*7+3)%g.Vocab))
			st.Positions = append(st.Positions, int32(s*g.Rows+r))
			st.Seqs = append(st.Seqs, 0)
		}
		for r := range g.LogitRows {
			st.LogitRows = append(st.LogitRows, int32(g.Rows-1-r%g.Rows))
		}
		if int(st.Positions[g.Rows-1]) >= g.Cache.MaxLen {
			t.Skipf("graph's cache (%d positions) holds no second step of %d rows", g.Cache.MaxLen, g.Rows)
		}
		res, err := exe.Run(context.Background(), cache, st)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out[:0], res.Logits...)
	}
	return out
}

func maxDiff(a, b []float32) float64 {
	m := 0.0
	for i := range a {
		d := float64(a[i] - b[i])
		if d < 0 {
			d = -d
		}
		m = max(m, d)
	}
	return m
}

// TestExecutorSharesWeights: two executables of one model upload its
// weights once; closing one keeps them, closing both frees them and the
// tables; the arena is freed with the backend.
func TestExecutorSharesWeights(t *testing.T) {
	dev := newFakeDevice()
	be := cuda.NewTestBackend(dev, nil)
	g := tinyGraph(t, backends.BF16, 4, 1)
	var wbytes int64
	for _, w := range g.Weights() {
		wbytes += w.Bytes()
	}
	a, err := be.Compile(g)
	if err != nil {
		t.Fatal(err)
	}
	after1 := dev.uploaded
	b, err := be.Compile(g)
	if err != nil {
		t.Fatal(err)
	}
	if up := dev.uploaded - after1; up >= wbytes {
		t.Errorf("the second executable uploaded %d bytes; the weights (%d bytes) were on the device already", up, wbytes)
	}
	if err := a.Close(); err != nil {
		t.Fatal(err)
	}
	want := runTwice(t, be, b, g) // weights still there
	if err := a.Close(); err != nil {
		t.Errorf("closing twice: %v", err)
	}
	if _, err := a.Run(context.Background(), nil, &backends.Step{}); err == nil {
		t.Errorf("a closed executable ran")
	}
	if err := b.Close(); err != nil {
		t.Fatal(err)
	}
	if n := len(dev.allocs); n != 1 {
		t.Errorf("with every executable closed the device holds %d allocations, want 1 (the arena)", n)
	}
	c, err := be.Compile(g)
	if err != nil {
		t.Fatal(err)
	}
	if got := runTwice(t, be, c, g); maxDiff(got, want) != 0 {
		t.Errorf("after re-uploading the weights the logits differ by %g", maxDiff(got, want))
	}
	if err := be.Close(); err != nil {
		t.Fatal(err)
	}
	if len(dev.allocs) != 0 {
		t.Errorf("after Close the device still holds %d allocations", len(dev.allocs))
	}
	if err := c.Close(); err != nil {
		t.Errorf("closing an executable after its backend: %v", err)
	}
}

// TestArenaGrowthRebinds: compiling a larger shape grows the shared
// arena; an executable bound to the old one binds again and still
// computes the same logits.
func TestArenaGrowthRebinds(t *testing.T) {
	dev := newFakeDevice()
	be := cuda.NewTestBackend(dev, nil)
	defer be.Close()
	small := tinyGraph(t, backends.F32, 2, 1)
	exe, err := be.Compile(small)
	if err != nil {
		t.Fatal(err)
	}
	want := runTwice(t, be, exe, small)
	binds := dev.binds
	big := tinyGraph(t, backends.F32, 8, 2)
	p1, err := cuda.NewPlan(small, dev.lim)
	if err != nil {
		t.Fatal(err)
	}
	p2, err := cuda.NewPlan(big, dev.lim)
	if err != nil {
		t.Fatal(err)
	}
	if p2.ArenaBytes <= p1.ArenaBytes {
		t.Skipf("second sample graph's arena (%d) is not larger than the first's (%d)", p2.ArenaBytes, p1.ArenaBytes)
	}
	exe2, err := be.Compile(big)
	if err != nil {
		t.Fatal(err)
	}
	defer exe2.Close()
	got := runTwice(t, be, exe, small)
	if dev.binds == binds {
		t.Errorf("the arena grew but the executable did not bind again")
	}
	if d := maxDiff(got, want); d != 0 {
		t.Errorf("after the arena grew the logits differ by %g", d)
	}
}

// TestCompileFailureReleases: whichever allocation of Compile fails (a
// weight, a table, the arena), Compile returns the error and leaves no
// allocation behind; the next Compile works.
func TestCompileFailureReleases(t *testing.T) {
	g := tinyGraph(t, backends.F32, 4, 1)
	dev := newFakeDevice()
	be := cuda.NewTestBackend(dev, nil)
	exe, err := be.Compile(g)
	if err != nil {
		t.Fatal(err)
	}
	want := runTwice(t, be, exe, g)
	be.Close()
	n := dev.allocCalls - 1 // the cache's
	for k := 1; k <= n; k++ {
		dev := newFakeDevice()
		dev.failAt = k
		be := cuda.NewTestBackend(dev, nil)
		if _, err := be.Compile(g); err == nil {
			t.Fatalf("Compile succeeded with allocation %d of %d failing", k, n)
		} else if k == n {
			t.Logf("allocation %d of %d failing: %v", k, n, err)
		}
		if len(dev.allocs) != 0 {
			t.Errorf("Compile with allocation %d of %d failing left %d allocations", k, n, len(dev.allocs))
		}
		exe, err := be.Compile(g)
		if err != nil {
			t.Fatalf("Compile after a failed one: %v", err)
		}
		if got := runTwice(t, be, exe, g); maxDiff(got, want) != 0 {
			t.Errorf("after a failed Compile (allocation %d) the logits differ by %g", k, maxDiff(got, want))
		}
		be.Close()
	}
}
