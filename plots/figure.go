package plots

import (
	"fmt"
	"image/color"
	"math"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
	"gonum.org/v1/plot/vg/vgpdf"
	"gonum.org/v1/plot/vg/vgsvg"
)

// figure is one chart file: a title over one or more panels, or, when
// the records hold nothing for it, a line saying so.
type figure struct {
	title  string
	panels []panel
	empty  string
}

// panel is one plot of a figure, drawn into a cell of the given size
// (some layouts, tick labels turned upright, depend on it).
type panel interface {
	plot(width vg.Length) (*plot.Plot, []legendEntry)
}

// legendEntry is one line of a panel's legend; a nil thumb draws none.
type legendEntry struct {
	name  string
	thumb plot.Thumbnailer
}

// dpi is a PNG's resolution: the default canvas is then 1008 × 648.
const dpi = 96

var (
	sans        = font.Font{Typeface: "Liberation", Variant: "Sans"}
	margin      = vg.Points(8)
	cellGap     = vg.Points(10)
	legendGap   = vg.Points(8)
	maxLegendCh = 44 // longer legend names are cut
)

// render draws f on a canvas of format and size (inches).
func (f *figure) render(format string, wIn, hIn float64) (cv vg.CanvasWriterTo, err error) {
	// gonum/plot reports some drawing failures (a font it cannot find, a
	// degenerate axis) by panicking; a chart that cannot be drawn is an
	// error for the caller, not a crash of the report that wanted it.
	defer func() {
		if r := recover(); r != nil {
			cv, err = nil, fmt.Errorf("drawing failed: %v", r)
		}
	}()
	w, h := vg.Length(wIn)*vg.Inch, vg.Length(hIn)*vg.Inch
	switch format {
	case SVG:
		cv = vgsvg.New(w, h)
	case PNG:
		cv = vgimg.PngCanvas{Canvas: vgimg.NewWith(vgimg.UseWH(w, h), vgimg.UseDPI(dpi))}
	case PDF:
		cv = vgpdf.New(w, h)
	default:
		return nil, fmt.Errorf("%w %q", ErrFormat, format)
	}
	dc := draw.New(cv)
	dc.SetColor(color.White)
	dc.Fill(dc.Rectangle.Path())
	dc = draw.Crop(dc, margin, -margin, margin, -margin)

	title := textStyle(14)
	title.XAlign, title.YAlign = draw.XCenter, draw.YTop
	dc.FillText(title, vg.Point{X: dc.Center().X, Y: dc.Max.Y}, f.title)
	dc.Max.Y -= title.Rectangle(f.title).Size().Y + vg.Points(6)

	if len(f.panels) == 0 {
		msg := textStyle(12)
		msg.Color = color.Gray{Y: 0x55}
		msg.XAlign, msg.YAlign = draw.XCenter, draw.YCenter
		dc.FillText(msg, dc.Center(), f.empty)
		return cv, nil
	}
	cols := 1
	if len(f.panels) > 3 {
		cols = 2
	}
	rows := (len(f.panels) + cols - 1) / cols
	cw := (dc.Size().X - cellGap*vg.Length(cols-1)) / vg.Length(cols)
	ch := (dc.Size().Y - cellGap*vg.Length(rows-1)) / vg.Length(rows)
	for i, p := range f.panels {
		r, c := i/cols, i%cols
		cell := dc
		cell.Min.X = dc.Min.X + vg.Length(c)*(cw+cellGap)
		cell.Max.X = cell.Min.X + cw
		cell.Max.Y = dc.Max.Y - vg.Length(r)*(ch+cellGap)
		cell.Min.Y = cell.Max.Y - ch
		drawCell(cell, p)
	}
	return cv, nil
}

// drawCell draws a panel with its legend on the right, level with the
// top of the plot's data area where it covers nothing.
func drawCell(cell draw.Canvas, p panel) {
	lw := min(cell.Size().X*0.3, vg.Inch*2.6)
	plt, entries := p.plot(cell.Size().X - lw - legendGap)
	top := cell.Max.Y
	if plt.Title.Text != "" {
		top -= plt.Title.TextStyle.Rectangle(plt.Title.Text).Size().Y + plt.Title.Padding
	}
	legend := fitLegend(entries, lw, top-cell.Min.Y)
	used := legend.Rectangle(draw.Canvas{}).Size().X
	if len(entries) == 0 {
		used = -legendGap
	}
	plt.Draw(draw.Crop(cell, 0, -(used + legendGap), 0, 0))
	la := cell
	la.Min.X = cell.Max.X - used
	la.Max.Y = top
	legend.Draw(la)
}

// fitLegend builds the legend of entries in at most width × height: names
// cut to fit, and the entries that do not fit replaced by a count.
func fitLegend(entries []legendEntry, width, height vg.Length) plot.Legend {
	build := func(es []legendEntry, more int) plot.Legend {
		l := plot.NewLegend()
		l.TextStyle = textStyle(9)
		l.Top, l.Left = true, true
		l.ThumbnailWidth = vg.Points(14)
		l.Padding = vg.Points(1)
		for _, e := range es {
			name := cut(e.name, l.TextStyle, width-l.ThumbnailWidth-vg.Points(4))
			if e.thumb == nil {
				l.Add(name)
			} else {
				l.Add(name, e.thumb)
			}
		}
		if more > 0 {
			l.Add(fmt.Sprintf("… and %d more", more))
		}
		return l
	}
	for n := len(entries); n > 0; n-- {
		l := build(entries[:n], len(entries)-n)
		if l.Rectangle(draw.Canvas{}).Size().Y <= height {
			return l
		}
	}
	return build(nil, len(entries))
}

// cut shortens s to at most maxLegendCh characters and width w.
func cut(s string, sty text.Style, w vg.Length) string {
	r := []rune(s)
	if len(r) > maxLegendCh {
		r = append(r[:maxLegendCh-1], '…')
	}
	for len(r) > 2 && sty.Rectangle(string(r)).Size().X > w {
		r = append(r[:len(r)-2], '…')
	}
	return string(r)
}

// newPlot is a plot with the figure's fonts and a horizontal grid.
func newPlot(title, xlabel, ylabel string) *plot.Plot {
	p := plot.New()
	p.Title.Text = title
	p.Title.TextStyle = textStyle(11)
	p.Title.TextStyle.XAlign, p.Title.TextStyle.YAlign = draw.XCenter, draw.YTop
	p.Title.Padding = vg.Points(4)
	p.X.Label.Text, p.Y.Label.Text = xlabel, ylabel
	for _, sty := range []*text.Style{&p.X.Label.TextStyle, &p.Y.Label.TextStyle} {
		sty.Font = font.From(sans, 10)
	}
	for _, sty := range []*text.Style{&p.X.Tick.Label, &p.Y.Tick.Label} {
		sty.Font = font.From(sans, 9)
	}
	return p
}

// textStyle is the figure's sans-serif font at size points.
func textStyle(size float64) text.Style {
	return text.Style{Color: color.Black, Font: font.From(sans, vg.Points(size)), Handler: plot.DefaultTextHandler}
}

// uprightTicks turns the x tick labels upright when the widest would not
// fit in its share of width.
func uprightTicks(p *plot.Plot, labels []string, width vg.Length) {
	if len(labels) == 0 {
		return
	}
	var widest vg.Length
	for _, l := range labels {
		widest = max(widest, p.X.Tick.Label.Rectangle(l).Size().X)
	}
	share := (width - vg.Inch*0.8) / vg.Length(len(labels))
	if widest+vg.Points(6) > share {
		p.X.Tick.Label.Rotation = math.Pi / 2
		p.X.Tick.Label.XAlign, p.X.Tick.Label.YAlign = draw.XRight, draw.YCenter
	}
}

// palette is Okabe and Ito's colour-blind-safe set (black left out: it
// draws whiskers), ordered so that neighbours contrast.
var palette = []color.Color{
	color.RGBA{R: 0x00, G: 0x72, B: 0xB2, A: 0xFF}, // blue
	color.RGBA{R: 0xE6, G: 0x9F, B: 0x00, A: 0xFF}, // orange
	color.RGBA{R: 0x00, G: 0x9E, B: 0x73, A: 0xFF}, // bluish green
	color.RGBA{R: 0xCC, G: 0x79, B: 0xA7, A: 0xFF}, // reddish purple
	color.RGBA{R: 0x56, G: 0xB4, B: 0xE9, A: 0xFF}, // sky blue
	color.RGBA{R: 0xD5, G: 0x5E, B: 0x00, A: 0xFF}, // vermillion
	color.RGBA{R: 0xF0, G: 0xE4, B: 0x42, A: 0xFF}, // yellow
}

func colorOf(i int) color.Color { return palette[((i%len(palette))+len(palette))%len(palette)] }
