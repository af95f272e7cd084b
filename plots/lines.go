package plots

import (
	"math"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// linePanel is lines over a numeric x axis: a sweep's points with their
// intervals, an empirical CDF, or a metric over runs.
type linePanel struct {
	title, xlabel, ylabel string
	lines                 []line
	// xTicks replace the x axis' ticks (a run's name at its index, the
	// batch sizes swept); tickNames are their labels for the upright
	// check.
	xTicks     []plot.Tick
	logX, logY bool
	// yMax > yMin fixes the y range.
	yMin, yMax float64
}

type line struct {
	name  string
	color int
	dash  int // index into dashes: one colour's several lines
	pts   []point
	step  bool // an empirical CDF: across, then up
	marks bool // a marker at every point
}

// point is one value; lo < hi draws its interval.
type point struct{ x, y, lo, hi float64 }

var dashes = [][]vg.Length{nil, {vg.Points(5), vg.Points(3)}, {vg.Points(1.5), vg.Points(2)}, {vg.Points(7), vg.Points(2), vg.Points(1.5), vg.Points(2)}}

func (lp *linePanel) plot(width vg.Length) (*plot.Plot, []legendEntry) {
	p := newPlot(lp.title, lp.xlabel, lp.ylabel)
	p.Add(plotter.NewGrid())
	if lp.xTicks != nil {
		p.X.Tick.Marker = plot.ConstantTicks(lp.xTicks)
		var names []string
		for _, t := range lp.xTicks {
			names = append(names, t.Label)
		}
		uprightTicks(p, names, width)
	}
	xlo, xhi, ylo, yhi := math.Inf(1), math.Inf(-1), math.Inf(1), math.Inf(-1)
	var entries []legendEntry
	for _, l := range lp.lines {
		xys := make(plotter.XYs, len(l.pts))
		for i, pt := range l.pts {
			xys[i] = plotter.XY{X: pt.x, Y: pt.y}
			xlo, xhi = min(xlo, pt.x), max(xhi, pt.x)
			ylo, yhi = min(ylo, pt.y, lowOr(pt)), max(yhi, pt.y, pt.hi)
		}
		ln := &plotter.Line{XYs: xys, LineStyle: draw.LineStyle{Color: colorOf(l.color), Width: vg.Points(1.5), Dashes: dashes[l.dash%len(dashes)]}}
		if l.step {
			ln.StepStyle = plotter.PostStep
		}
		p.Add(ln)
		th := []plot.Thumbnailer{ln}
		if l.marks {
			sc := &plotter.Scatter{XYs: xys, GlyphStyle: draw.GlyphStyle{Color: colorOf(l.color), Radius: vg.Points(2.5), Shape: draw.CircleGlyph{}}}
			p.Add(sc, &whiskers{pts: l.pts})
			th = append(th, sc)
		}
		entries = append(entries, legendEntry{name: l.name, thumb: thumbs(th)})
	}
	if lp.logX && xlo > 0 {
		p.X.Scale = plot.LogScale{}
		p.X.Min, p.X.Max = xlo/1.3, xhi*1.3
		if lp.xTicks == nil {
			p.X.Tick.Marker = plot.LogTicks{Prec: -1}
		}
	}
	switch {
	case lp.logY && ylo > 0:
		p.Y.Scale, p.Y.Tick.Marker = plot.LogScale{}, plot.LogTicks{Prec: -1}
		p.Y.Min, p.Y.Max = ylo/1.5, yhi*1.5
	case lp.yMax > lp.yMin:
		p.Y.Min, p.Y.Max = min(lp.yMin, p.Y.Min), max(lp.yMax, p.Y.Max)
	}
	return p, entries
}

// lowOr is a point's lower end: its interval's, or itself without one.
func lowOr(pt point) float64 {
	if pt.hi > pt.lo {
		return pt.lo
	}
	return pt.y
}

// thumbs draws several thumbnails as one legend entry's.
type thumbs []plot.Thumbnailer

func (ts thumbs) Thumbnail(c *draw.Canvas) {
	for _, t := range ts {
		t.Thumbnail(c)
	}
}

// whiskers draws each point's interval, where it has one.
type whiskers struct{ pts []point }

func (ws *whiskers) Plot(c draw.Canvas, p *plot.Plot) {
	trX, trY := p.Transforms(&c)
	for _, pt := range ws.pts {
		if pt.hi > pt.lo && !(p.Y.Scale == plot.LogScale{} && pt.lo <= 0) {
			drawWhisker(&c, trX(pt.x), trY(pt.lo), trY(pt.hi), vg.Points(2.5))
		}
	}
}

func (ws *whiskers) DataRange() (xmin, xmax, ymin, ymax float64) {
	xmin, xmax, ymin, ymax = math.Inf(1), math.Inf(-1), math.Inf(1), math.Inf(-1)
	for _, pt := range ws.pts {
		xmin, xmax = min(xmin, pt.x), max(xmax, pt.x)
		ymin, ymax = min(ymin, pt.y, lowOr(pt)), max(ymax, pt.y, pt.hi)
	}
	return xmin, xmax, ymin, ymax
}
