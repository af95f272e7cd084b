package plots

import (
	"bytes"
	"encoding/xml"
	"image/png"
	"io"
	"strings"
	"testing"

	"github.com/gemma-bench/gemma-bench/results"
)

// fixtures are real records: an eval run and a bench run, each of go and
// simd (the simd backend with its agreement against go).
func fixtures(t *testing.T) []*results.Record {
	t.Helper()
	var out []*results.Record
	for _, f := range []string{"testdata/eval-go-simd.json", "testdata/bench-go-simd.json"} {
		r, err := results.ReadRecord(f)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, r)
	}
	return out
}

func render(t *testing.T, k Kind, format string, recs []*results.Record) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := Render(&b, format, k, recs, Options{}); err != nil {
		t.Fatalf("%s %s: %v", k, format, err)
	}
	return b.Bytes()
}

func wellFormed(t *testing.T, name string, svg []byte) {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(svg))
	for {
		if _, err := d.Token(); err == io.EOF {
			return
		} else if err != nil {
			t.Fatalf("%s: SVG is not XML: %v", name, err)
		}
	}
}

func TestEveryKindFromRecords(t *testing.T) {
	recs := fixtures(t)
	for _, k := range Kinds {
		if !HasData(k, recs) {
			t.Errorf("%s: no data found in the fixtures, which hold some for every kind", k)
		}
		img, err := png.Decode(bytes.NewReader(render(t, k, PNG, recs)))
		if err != nil {
			t.Fatalf("%s: %v", k, err)
		}
		if b := img.Bounds(); b.Dx() != 1008 || b.Dy() != 648 {
			t.Errorf("%s: %v, want the default 1008×648", k, b)
		}
		// Not one colour: something was drawn.
		first, same := img.At(0, 0), true
		for y := 0; y < img.Bounds().Dy() && same; y += 7 {
			for x := 0; x < img.Bounds().Dx(); x += 7 {
				if img.At(x, y) != first {
					same = false
					break
				}
			}
		}
		if same {
			t.Errorf("%s: the PNG is a single colour", k)
		}
		svg := render(t, k, SVG, recs)
		wellFormed(t, string(k), svg)
		if !bytes.Contains(svg, []byte("simd")) {
			t.Errorf("%s: the SVG names no simd series", k)
		}
	}
}

// TestMissingData: a chart of records without its data is drawn and says
// so; it is not an error.
func TestMissingData(t *testing.T) {
	bench := fixtures(t)[1]
	one := *bench
	one.Backends = one.Backends[:1]
	for _, tc := range []struct {
		k    Kind
		recs []*results.Record
	}{
		{Accuracy, []*results.Record{bench}},
		{Drift, []*results.Record{&one}},
		{Latency, []*results.Record{fixtures(t)[0]}}, // eval timings exist: must draw
	} {
		svg := render(t, tc.k, SVG, tc.recs)
		wellFormed(t, string(tc.k), svg)
		says := bytes.Contains(svg, []byte("These records hold no"))
		if has := HasData(tc.k, tc.recs); has == says {
			t.Errorf("%s: HasData %v but the chart says missing: %v", tc.k, has, says)
		}
	}
}

func TestBadRequests(t *testing.T) {
	recs := fixtures(t)
	var b bytes.Buffer
	if err := Render(&b, "gif", Throughput, recs, Options{}); err == nil {
		t.Error("gif: no error")
	}
	if err := Render(&b, PNG, Kind("pie"), recs, Options{}); err == nil || !strings.Contains(err.Error(), "pie") {
		t.Errorf("unknown kind: %v", err)
	}
	if err := Render(&b, PNG, Trend, nil, Options{}); err == nil {
		t.Error("no records: no error")
	}
	bad := *recs[0]
	bad.RunID = ""
	if err := Render(&b, PNG, Trend, []*results.Record{&bad}, Options{}); err == nil {
		t.Error("an invalid record: no error")
	}
	if err := Render(&b, PNG, Trend, recs, Options{Width: 1000}); err == nil {
		t.Error("a 1000-inch canvas: no error")
	}
}
