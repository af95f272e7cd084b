package pjrt

import (
	"encoding/binary"
	"fmt"
	"math"
	"sync"

	"github.com/gemma-bench/gemma-bench/backends"
	"github.com/gemma-bench/gemma-bench/backends/pjrt/internal/hloeval"
	"github.com/gemma-bench/gemma-bench/kernels"
)

// evalDevice is a device whose programs are the StableHLO evaluator: the
// text the backend would hand a plugin, interpreted. Its buffers refuse
// use after donation, as a real device's would, so a backend that reads
// a donated cache fails here too.
type evalDevice struct {
	mu       sync.Mutex
	live     int // buffers not closed or donated
	programs int
	texts    [][]byte
}

type evalBuffer struct {
	d    *evalDevice
	t    *hloeval.Tensor
	gone string // why it is unusable: "closed", "donated"
}

type evalProgram struct {
	d *evalDevice
	m *hloeval.Module
}

func (d *evalDevice) Compile(text []byte) (program, error) {
	m, err := hloeval.Parse(string(text))
	if err != nil {
		return nil, err
	}
	d.mu.Lock()
	d.programs++
	d.texts = append(d.texts, text)
	d.mu.Unlock()
	return &evalProgram{d: d, m: m}, nil
}

func (d *evalDevice) Describe() string { return "StableHLO evaluator" }
func (d *evalDevice) Close() error     { return nil }

func decodeElems(elem string, data []byte, n int) ([]float64, error) {
	size := 4
	if elem == "bf16" || elem == "f16" {
		size = 2
	}
	if len(data) != n*size {
		return nil, fmt.Errorf("%d bytes for %d %s elements", len(data), n, elem)
	}
	v := make([]float64, n)
	for i := range v {
		switch elem {
		case "f32":
			v[i] = float64(math.Float32frombits(binary.LittleEndian.Uint32(data[4*i:])))
		case "i32":
			v[i] = float64(int32(binary.LittleEndian.Uint32(data[4*i:])))
		case "bf16":
			v[i] = float64(kernels.BF16ToF32(binary.LittleEndian.Uint16(data[2*i:])))
		case "f16":
			v[i] = float64(kernels.F16ToF32(binary.LittleEndian.Uint16(data[2*i:])))
		default:
			return nil, fmt.Errorf("element type %q", elem)
		}
	}
	return v, nil
}

func (d *evalDevice) Upload(elem string, dims []int, data []byte) (buffer, error) {
	t := &hloeval.Tensor{Type: hloeval.Type{Elem: elem, Dims: append([]int{}, dims...)}}
	v, err := decodeElems(elem, data, t.Size())
	if err != nil {
		return nil, err
	}
	t.V = v
	d.mu.Lock()
	d.live++
	d.mu.Unlock()
	return &evalBuffer{d: d, t: t}, nil
}

func (b *evalBuffer) ToHost(dst []byte) error {
	if b.gone != "" {
		return fmt.Errorf("evaldev: buffer %s", b.gone)
	}
	size := 4
	if b.t.Elem == "bf16" || b.t.Elem == "f16" {
		size = 2
	}
	if len(dst) != size*len(b.t.V) {
		return fmt.Errorf("evaldev: %d bytes for %s", len(dst), b.t.Type)
	}
	for i, x := range b.t.V {
		switch b.t.Elem {
		case "f32":
			binary.LittleEndian.PutUint32(dst[4*i:], math.Float32bits(float32(x)))
		case "i32":
			binary.LittleEndian.PutUint32(dst[4*i:], uint32(int32(x)))
		case "bf16":
			binary.LittleEndian.PutUint16(dst[2*i:], kernels.F32ToBF16(float32(x)))
		case "f16":
			binary.LittleEndian.PutUint16(dst[2*i:], kernels.F32ToF16(float32(x)))
		default:
			return fmt.Errorf("evaldev: to host of %s", b.t.Elem)
		}
	}
	return nil
}

func (b *evalBuffer) Close() error {
	if b.gone == "" {
		b.d.mu.Lock()
		b.d.live--
		b.d.mu.Unlock()
	}
	if b.gone != "donated" {
		b.gone = "closed"
	}
	return nil
}

func (p *evalProgram) Execute(args []buffer, donate []int) ([]buffer, error) {
	in := make([]*hloeval.Tensor, len(args))
	for i, a := range args {
		b, ok := a.(*evalBuffer)
		if !ok || b.d != p.d {
			return nil, errForeignBuffer
		}
		if b.gone != "" {
			return nil, fmt.Errorf("evaldev: argument %d: buffer %s", i, b.gone)
		}
		in[i] = b.t
	}
	for _, i := range donate {
		if _, ok := p.m.Aliases[i]; !ok {
			return nil, fmt.Errorf("evaldev: argument %d donated but not aliased to a result", i)
		}
		b := args[i].(*evalBuffer)
		b.Close()
		b.gone = "donated"
	}
	out, err := p.m.Run(in)
	if err != nil {
		return nil, err
	}
	res := make([]buffer, len(out))
	p.d.mu.Lock()
	p.d.live += len(out)
	p.d.mu.Unlock()
	for i, t := range out {
		// A fresh tensor: the evaluator may return an argument itself.
		res[i] = &evalBuffer{d: p.d, t: &hloeval.Tensor{Type: t.Type, V: append([]float64(nil), t.V...)}}
	}
	return res, nil
}

func (p *evalProgram) Close() error { return nil }

// newEvalBackend is the pjrt backend over the evaluator.
func newEvalBackend(spec string, mutation string) (*Backend, *evalDevice, error) {
	extra := map[string]string{}
	if spec != "" {
		_, e, err := backends.ParseSpec("pjrt:" + spec)
		if err != nil {
			return nil, nil, err
		}
		extra = e
	}
	opt, err := parseOptions(extra)
	if err != nil {
		return nil, nil, err
	}
	d := &evalDevice{}
	b := newBackend(d, opt, map[string]string{"device": d.Describe()})
	b.mutation = mutation
	return b, d, nil
}
