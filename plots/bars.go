package plots

import (
	"image/color"
	"math"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// Bar is one metric's summary as its record states it.
type Bar struct {
	// OK says the series has this case; the other fields are zero if not.
	OK bool
	N  int
	// Center is the bar's height; Lo and Hi its whisker (none where they
	// are equal).
	Center, Lo, Hi float64
}

// barPanel is cases along a nominal x axis with one bar per series in
// each: the centre as a bar from zero and the interval as a whisker.
type barPanel struct {
	title, xlabel, ylabel string
	cases                 []string
	series                []barSeries
	// yMax > yMin fixes the y range (an accuracy's [0, 1]).
	yMin, yMax float64
	// ref > 0 draws a dashed line at that value (100% of a roof).
	ref float64
	// dots draws a marker per value on a log axis instead of bars, for
	// values spanning decades; values ≤ 0 cannot be drawn there and are
	// left out (the builder says so in the legend).
	dots bool
}

type barSeries struct {
	name  string
	color int
	bars  []Bar
}

// groupWidth is the share of a case's width its bars fill together.
const groupWidth = 0.8

func (bp *barPanel) plot(width vg.Length) (*plot.Plot, []legendEntry) {
	p := newPlot(bp.title, bp.xlabel, bp.ylabel)
	p.NominalX(bp.cases...)
	uprightTicks(p, bp.cases, width)
	grid := plotter.NewGrid()
	grid.Vertical.Color = nil // a nominal axis has no values to line up with
	p.Add(grid)
	var entries []legendEntry
	lo, hi := math.Inf(1), math.Inf(-1)
	for i, s := range bp.series {
		set := &barSet{bars: s.bars, slot: i, slots: len(bp.series), fill: colorOf(s.color), dots: bp.dots}
		p.Add(set)
		entries = append(entries, legendEntry{name: s.name, thumb: set})
		for _, b := range s.bars {
			if b.OK && b.Center > 0 {
				lo, hi = min(lo, b.Center, positiveOr(b.Lo, b.Center)), max(hi, b.Center, b.Hi)
			}
		}
	}
	if bp.ref > 0 {
		ref := plotter.NewFunction(func(float64) float64 { return bp.ref })
		ref.Color = color.Gray{Y: 0x60}
		ref.Dashes = []vg.Length{vg.Points(4), vg.Points(3)}
		p.Add(ref)
		p.Y.Max = max(p.Y.Max, bp.ref*1.05)
	}
	switch {
	case bp.dots:
		// A log axis must not reach zero; a decade of room each side.
		if math.IsInf(lo, 1) {
			lo, hi = 1e-9, 1
		}
		p.Y.Scale, p.Y.Tick.Marker = plot.LogScale{}, plot.LogTicks{Prec: -1}
		p.Y.Min, p.Y.Max = lo/10, hi*10
	case bp.yMax > bp.yMin:
		p.Y.Min, p.Y.Max = min(bp.yMin, p.Y.Min), max(bp.yMax, p.Y.Max)
	}
	return p, entries
}

func positiveOr(v, alt float64) float64 {
	if v > 0 {
		return v
	}
	return alt
}

// barSet is one series: its bars placed by slot among the panel's series
// in data coordinates, so that a case's bars stand side by side at any
// canvas size (plotter.BarChart offsets bars by a fixed length, which its
// error bars cannot follow).
type barSet struct {
	bars        []Bar
	slot, slots int
	fill        color.Color
	dots        bool
}

var (
	outline = draw.LineStyle{Color: color.Gray{Y: 0x40}, Width: vg.Points(0.5)}
	whisker = draw.LineStyle{Color: color.Black, Width: vg.Points(1)}
	maxCap  = vg.Points(6)
)

// Plot implements plot.Plotter.
func (s *barSet) Plot(c draw.Canvas, p *plot.Plot) {
	trX, trY := p.Transforms(&c)
	span := (trX(1) - trX(0)) * groupWidth
	w := span / vg.Length(s.slots)
	for i, b := range s.bars {
		if !b.OK || (s.dots && b.Center <= 0) {
			continue
		}
		x0 := trX(float64(i)) - span/2 + w*vg.Length(s.slot)
		x1, xm := x0+w, x0+w/2
		if s.dots {
			r := min(w/3, vg.Points(4))
			if pt := (vg.Point{X: xm, Y: trY(b.Center)}); c.Contains(pt) {
				c.DrawGlyph(draw.GlyphStyle{Color: s.fill, Radius: r, Shape: draw.CircleGlyph{}}, pt)
			}
		} else {
			y0, y1 := trY(0), trY(b.Center)
			rect := []vg.Point{{X: x0, Y: y0}, {X: x0, Y: y1}, {X: x1, Y: y1}, {X: x1, Y: y0}}
			c.FillPolygon(s.fill, c.ClipPolygonY(rect))
			c.StrokeLines(outline, c.ClipLinesY(append(rect, rect[0]))...)
		}
		if b.Hi > b.Lo && (!s.dots || b.Lo > 0) {
			drawWhisker(&c, xm, trY(b.Lo), trY(b.Hi), min(w/4, maxCap/2))
		}
	}
}

// drawWhisker draws an interval from lo to hi at x with caps half wide.
func drawWhisker(c *draw.Canvas, x, lo, hi, half vg.Length) {
	c.StrokeLines(whisker, c.ClipLinesY([]vg.Point{{X: x, Y: lo}, {X: x, Y: hi}})...)
	for _, y := range []vg.Length{lo, hi} {
		if c.ContainsY(y) {
			c.StrokeLine2(whisker, x-half, y, x+half, y)
		}
	}
}

// DataRange implements plot.DataRanger: every case's full width, and zero
// with every bar and whisker.
func (s *barSet) DataRange() (xmin, xmax, ymin, ymax float64) {
	xmin, xmax = -0.5, float64(len(s.bars))-0.5
	for _, b := range s.bars {
		if b.OK {
			ymin = min(ymin, b.Center, b.Lo, b.Hi)
			ymax = max(ymax, b.Center, b.Lo, b.Hi)
		}
	}
	return xmin, xmax, ymin, ymax
}

// Thumbnail implements plot.Thumbnailer for the legend.
func (s *barSet) Thumbnail(c *draw.Canvas) {
	if s.dots {
		c.DrawGlyph(draw.GlyphStyle{Color: s.fill, Radius: vg.Points(3.5), Shape: draw.CircleGlyph{}}, c.Center())
		return
	}
	r := []vg.Point{{X: c.Min.X, Y: c.Min.Y}, {X: c.Min.X, Y: c.Max.Y}, {X: c.Max.X, Y: c.Max.Y}, {X: c.Max.X, Y: c.Min.Y}}
	c.FillPolygon(s.fill, r)
	c.StrokeLines(outline, append(r, r[0]))
}
