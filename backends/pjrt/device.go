package pjrt

import "github.com/gemma-bench/gemma-bench/backends/pjrt/xla"

// device is what the backend needs of a PJRT client. xlaDevice is the
// real one; the tests plug in the StableHLO evaluator, so that the
// backend's own code (uploads, donation, output decoding, reference
// counts) runs the conformance suite on machines with no plugin.
type device interface {
	Compile(text []byte) (program, error)
	// Upload copies little-endian host data of an element type ("f32",
	// "bf16", "f16", "i32") and shape to the device.
	Upload(elem string, dims []int, data []byte) (buffer, error)
	Describe() string
	Close() error
}

type program interface {
	// Execute runs on args, donating those whose indices donate lists:
	// they are invalid afterwards, whether or not it succeeded.
	Execute(args []buffer, donate []int) ([]buffer, error)
	Close() error
}

type buffer interface {
	ToHost(dst []byte) error
	Close() error
}

// xlaDevice adapts the xla package's concrete types to device.
type xlaDevice struct{ c *xla.Client }

func (d xlaDevice) Compile(text []byte) (program, error) {
	e, err := d.c.Compile(text)
	if err != nil {
		return nil, err
	}
	return xlaProgram{e}, nil
}

func (d xlaDevice) Upload(elem string, dims []int, data []byte) (buffer, error) {
	b, err := d.c.Upload(elem, dims, data)
	if err != nil {
		return nil, err
	}
	return b, nil
}

func (d xlaDevice) Describe() string { return d.c.Describe() }
func (d xlaDevice) Close() error     { return d.c.Close() }

type xlaProgram struct{ e *xla.Executable }

func (p xlaProgram) Execute(args []buffer, donate []int) ([]buffer, error) {
	in := make([]*xla.Buffer, len(args))
	for i, a := range args {
		b, ok := a.(*xla.Buffer)
		if !ok {
			return nil, errForeignBuffer
		}
		in[i] = b
	}
	out, err := p.e.Execute(in, donate)
	if err != nil {
		return nil, err
	}
	res := make([]buffer, len(out))
	for i, o := range out {
		res[i] = o
	}
	return res, nil
}

func (p xlaProgram) Close() error { return p.e.Close() }
