//go:build !cgo || !linux

package xla

// Available reports whether this build can load plugins.
const Available = false

// Plugin is a loaded PJRT plugin; this build cannot load one.
type Plugin struct{}

// Load always fails without cgo on linux.
func Load(path string) (*Plugin, error) { return nil, ErrNoCgo }

func (p *Plugin) Version() (major, minor int)                  { return 0, 0 }
func (p *Plugin) Path() string                                 { return "" }
func (p *Plugin) NewClient(map[string]string) (*Client, error) { return nil, ErrNoCgo }

// Client is never made by this build.
type Client struct{}

func (c *Client) Describe() string                              { return ErrNoCgo.Error() }
func (c *Client) Close() error                                  { return nil }
func (c *Client) Compile([]byte) (*Executable, error)           { return nil, ErrNoCgo }
func (c *Client) Upload(string, []int, []byte) (*Buffer, error) { return nil, ErrNoCgo }

// Executable is never made by this build.
type Executable struct{}

func (e *Executable) Close() error                                { return nil }
func (e *Executable) Execute([]*Buffer, []int) ([]*Buffer, error) { return nil, ErrNoCgo }

// Buffer is never made by this build.
type Buffer struct{}

func (b *Buffer) ToHost([]byte) error { return ErrNoCgo }
func (b *Buffer) Close() error        { return nil }
