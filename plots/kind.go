package plots

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/gemma-bench/gemma-bench/internal/atomicfile"
	"github.com/gemma-bench/gemma-bench/results"
)

// Kind is one chart; its value is a file-name-safe name for it.
type Kind string

// The chart kinds (see the package doc for what each draws).
const (
	Throughput Kind = "throughput"
	Batch      Kind = "batch"
	Roofline   Kind = "roofline"
	Latency    Kind = "latency"
	Accuracy   Kind = "accuracy"
	Drift      Kind = "drift"
	Trend      Kind = "trend"
)

// Kinds lists every kind, in the order a report shows them.
var Kinds = []Kind{Throughput, Batch, Roofline, Latency, Accuracy, Drift, Trend}

// Formats Render writes; each is also its file extension.
const (
	PNG = "png"
	SVG = "svg"
	PDF = "pdf"
)

// Default canvas, in inches: 1008 × 648 pixels in a PNG at 96 dpi, the
// size a report's page reserves for a chart.
const (
	DefaultWidth  = 10.5
	DefaultHeight = 6.75
)

// Options shape a chart; the zero value draws the default size.
type Options struct {
	// Width and Height are the canvas size in inches; 0 means
	// DefaultWidth, DefaultHeight.
	Width, Height float64
}

// ErrFormat marks an output format Render does not write.
var ErrFormat = errors.New("plots: unknown format")

// maxInches bounds a canvas side: a PNG 100 inches wide is 9600 pixels.
const maxInches = 100

// WriteFile draws kind k of recs to path, in the format its extension
// names (.png, .svg or .pdf), replacing the file atomically. Records
// without the data k draws give a chart that says so, not an error: a
// report asks for every kind whatever its runs measured (HasData tells
// beforehand).
func WriteFile(path string, k Kind, recs []*results.Record, opt Options) error {
	format := strings.ToLower(strings.TrimPrefix(filepath.Ext(path), "."))
	var buf bytes.Buffer
	if err := Render(&buf, format, k, recs, opt); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	if err := atomicfile.WriteFile(path, buf.Bytes()); err != nil {
		return fmt.Errorf("plots: %w", err)
	}
	return nil
}

// Render draws kind k of recs to w in format (PNG, SVG or PDF).
func Render(w io.Writer, format string, k Kind, recs []*results.Record, opt Options) error {
	if format != PNG && format != SVG && format != PDF {
		return fmt.Errorf("%w %q: want %s, %s or %s", ErrFormat, format, PNG, SVG, PDF)
	}
	width, height, err := canvasSize(opt)
	if err != nil {
		return err
	}
	fig, err := figureOf(k, recs)
	if err != nil {
		return err
	}
	cv, err := fig.render(format, width, height)
	if err != nil {
		return fmt.Errorf("plots: %s chart: %w", k, err)
	}
	if _, err := cv.WriteTo(w); err != nil {
		return fmt.Errorf("plots: %s chart: writing %s: %w", k, format, err)
	}
	return nil
}

// HasData says whether recs hold anything for kind k to draw; WriteFile
// draws a chart saying "nothing to draw" where they do not.
func HasData(k Kind, recs []*results.Record) bool {
	fig, err := figureOf(k, recs)
	return err == nil && len(fig.panels) > 0
}

func canvasSize(opt Options) (w, h float64, err error) {
	w, h = opt.Width, opt.Height
	if w == 0 {
		w = DefaultWidth
	}
	if h == 0 {
		h = DefaultHeight
	}
	if !(w >= 1 && w <= maxInches && h >= 1 && h <= maxInches) {
		return 0, 0, fmt.Errorf("plots: canvas %v × %v inches: want each side in [1, %d]", w, h, maxInches)
	}
	return w, h, nil
}

// figureOf validates recs and builds kind k's figure from them.
func figureOf(k Kind, recs []*results.Record) (*figure, error) {
	build, ok := builders[k]
	if !ok {
		return nil, fmt.Errorf("plots: unknown chart kind %q (want one of %v)", k, Kinds)
	}
	if len(recs) == 0 {
		return nil, errors.New("plots: no records")
	}
	for i, r := range recs {
		if r == nil {
			return nil, fmt.Errorf("plots: record %d: nil", i+1)
		}
		if err := r.Validate(); err != nil {
			return nil, fmt.Errorf("plots: record %d (%s): %w", i+1, r.RunID, err)
		}
	}
	return build(recs), nil
}

// builders draw each kind; a builder returns a figure without panels
// (and with its empty message) when recs hold nothing for it.
var builders = map[Kind]func([]*results.Record) *figure{
	Throughput: throughputFigure,
	Batch:      batchFigure,
	Roofline:   rooflineFigure,
	Latency:    latencyFigure,
	Accuracy:   accuracyFigure,
	Drift:      driftFigure,
	Trend:      trendFigure,
}
