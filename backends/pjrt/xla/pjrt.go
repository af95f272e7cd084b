//go:build cgo && linux

package xla

import (
	"fmt"
	"os"
	"strings"
	"sync"

	"github.com/gomlx/go-xla/pkg/pjrt"
	"github.com/gomlx/go-xla/pkg/types/dtypes"
)

// Available reports whether this build can load plugins.
const Available = true

// Plugin is a loaded PJRT plugin.
type Plugin struct{ p *pjrt.Plugin }

var loadMu sync.Mutex

// Load dlopens the plugin at path (absolute: go-xla searches its own
// directories for relative names, which would find plugins we did not
// choose). XLA's CUDA plugin is loaded in place: it finds its NVIDIA
// libraries relative to itself. go-xla's CUDA driver checks are turned
// off: they look for libraries where its installer would put them.
func Load(path string) (*Plugin, error) {
	if !strings.HasPrefix(path, "/") {
		return nil, fmt.Errorf("xla: plugin path %q is not absolute", path)
	}
	if _, err := os.Stat(path); err != nil {
		return nil, fmt.Errorf("xla: plugin: %w", err)
	}
	loadMu.Lock()
	defer loadMu.Unlock()
	if os.Getenv("GOPJRT_CUDA_CHECKS") == "" {
		os.Setenv("GOPJRT_CUDA_CHECKS", "0")
	}
	p, err := pjrt.GetPlugin(path)
	if err != nil {
		return nil, fmt.Errorf("xla: load %s: %w", path, err)
	}
	return &Plugin{p: p}, nil
}

// Version is the PJRT C API version the plugin reports.
func (p *Plugin) Version() (major, minor int) { return p.p.Version() }

// Path is where the plugin was loaded from.
func (p *Plugin) Path() string { return p.p.Path() }

// Client owns one device's memory and programs.
type Client struct {
	c *pjrt.Client
}

// NewClient creates a client with the plugin's create options (typed by
// ClientOption).
func (p *Plugin) NewClient(opts map[string]string) (*Client, error) {
	var nv pjrt.NamedValuesMap
	if len(opts) > 0 {
		nv = pjrt.NamedValuesMap{}
		for k, v := range opts {
			nv[k] = ClientOption(v)
		}
	}
	c, err := p.p.NewClient(nv)
	if err != nil {
		return nil, fmt.Errorf("xla: new client: %w", err)
	}
	if len(c.AddressableDevices()) == 0 {
		c.Destroy()
		return nil, fmt.Errorf("xla: the %s client has no addressable device", c.Platform())
	}
	return &Client{c: c}, nil
}

// Describe names the platform, its version and the devices.
func (c *Client) Describe() string {
	return fmt.Sprintf("%s %s, %d device(s)", c.c.Platform(), c.c.PlatformVersion(), len(c.c.AddressableDevices()))
}

// Close destroys the client.
func (c *Client) Close() error {
	if c.c == nil {
		return nil
	}
	err := c.c.Destroy()
	c.c = nil
	if err != nil {
		return fmt.Errorf("xla: close client: %w", err)
	}
	return nil
}

// Executable is a compiled program loaded on the client's first device.
type Executable struct{ e *pjrt.LoadedExecutable }

// Compile compiles a StableHLO module given as text.
func (c *Client) Compile(text []byte) (*Executable, error) {
	if c.c == nil {
		return nil, ErrClosed
	}
	e, err := c.c.Compile().WithStableHLO(text).Done()
	if err != nil {
		return nil, fmt.Errorf("xla: compile: %w", err)
	}
	return &Executable{e: e}, nil
}

// Close frees the executable.
func (e *Executable) Close() error {
	if e.e == nil {
		return nil
	}
	err := e.e.Destroy()
	e.e = nil
	if err != nil {
		return fmt.Errorf("xla: free executable: %w", err)
	}
	return nil
}

// Buffer is an array in device memory.
type Buffer struct{ b *pjrt.Buffer }

func dtypeOf(elem string) (dtypes.DType, error) {
	switch elem {
	case "f32":
		return dtypes.Float32, nil
	case "bf16":
		return dtypes.BFloat16, nil
	case "f16":
		return dtypes.Float16, nil
	case "i32":
		return dtypes.Int32, nil
	}
	return 0, fmt.Errorf("xla: element type %q", elem)
}

// Upload copies little-endian host data of element type elem ("f32",
// "bf16", "f16", "i32") and shape dims to the first device. The call
// returns once data may be reused.
func (c *Client) Upload(elem string, dims []int, data []byte) (*Buffer, error) {
	if c.c == nil {
		return nil, ErrClosed
	}
	dt, err := dtypeOf(elem)
	if err != nil {
		return nil, err
	}
	b, err := c.c.BufferFromHost().FromRawData(data, dt, dims).Done()
	if err != nil {
		return nil, fmt.Errorf("xla: upload %s%v: %w", elem, dims, err)
	}
	return &Buffer{b: b}, nil
}

// ToHost copies the buffer into dst (its exact size) and waits for it.
func (b *Buffer) ToHost(dst []byte) error {
	if b.b == nil {
		return ErrClosed
	}
	if err := b.b.ToHost(dst); err != nil {
		return fmt.Errorf("xla: to host: %w", err)
	}
	return nil
}

// Close frees the buffer (a donated buffer is already gone: closing it
// is harmless).
func (b *Buffer) Close() error {
	if b.b == nil {
		return nil
	}
	err := b.b.Destroy()
	b.b = nil
	if err != nil {
		return fmt.Errorf("xla: free buffer: %w", err)
	}
	return nil
}

// Execute runs the program on args, donating the arguments whose indices
// donate lists (they must not be used again), and returns its results.
func (e *Executable) Execute(args []*Buffer, donate []int) ([]*Buffer, error) {
	if e.e == nil {
		return nil, ErrClosed
	}
	in := make([]*pjrt.Buffer, len(args))
	for i, a := range args {
		if a == nil || a.b == nil {
			return nil, fmt.Errorf("xla: execute: argument %d: %w", i, ErrClosed)
		}
		in[i] = a.b
	}
	out, err := e.e.Execute(in...).Donate(donate...).Done()
	if err != nil {
		return nil, fmt.Errorf("xla: execute: %w", err)
	}
	for _, i := range donate {
		args[i].b = nil // PJRT owns it now
	}
	res := make([]*Buffer, len(out))
	for i, o := range out {
		res[i] = &Buffer{b: o}
	}
	return res, nil
}
