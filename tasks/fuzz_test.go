package tasks

import (
	"errors"
	"testing"
)

// The loaders must never panic and must either return rows or an ErrData
// error; `go test -fuzz=FuzzReadMMLU` explores beyond these seeds.
func FuzzReadMMLU(f *testing.F) {
	for _, s := range []string{
		"Q,a,b,c,d,A\n",
		"question,choice0,choice1,choice2,choice3,answer\nQ,a,b,c,d,3\n",
		"\"Q\r\n\",a,b,c,d,B\r\n",
		"\"unterminated,a,b,c,d,A\n",
		"Q,a,b,\"c\"\"\",d,A",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		rows, layout, err := ReadMMLU("f.csv", data)
		if err != nil {
			if !errors.Is(err, ErrData) {
				t.Fatalf("error without ErrData: %v", err)
			}
			return
		}
		if len(rows) == 0 || layout == 0 {
			t.Fatalf("no error, no rows")
		}
		for _, r := range rows {
			if r.Answer < 0 || r.Answer > 3 || r.Line < 1 {
				t.Fatalf("bad row %+v", r)
			}
			_ = MMLUText(r)
		}
	})
}

func FuzzParseRecord(f *testing.F) {
	for _, s := range []string{`{"a":1}`, `{"a":[1,{"b":"c"}]}`, `[]`, `{"a":1} x`, ``, `{"a":"\u0000"}`} {
		f.Add([]byte(s), "{{a}} {{a.1.b}}")
	}
	f.Fuzz(func(t *testing.T, line []byte, tpl string) {
		rec, err := parseRecord(line)
		if err != nil {
			return
		}
		if p, err := parseTemplate(tpl); err == nil {
			_, _ = p.render(rec.fields)
		}
		_, _ = lookupStrings(rec.fields, tpl)
	})
}
