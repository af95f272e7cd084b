package tasks

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestReadMMLULayouts(t *testing.T) {
	for _, tc := range []struct {
		name, data string
		layout     MMLULayout
		want       []MMLURow
	}{
		{"original", "Q1,a,b,c,d,C\n", LayoutOriginal,
			[]MMLURow{{Question: "Q1", Choices: [4]string{"a", "b", "c", "d"}, Answer: 2, Line: 1}}},
		{"header", "question,choice0,choice1,choice2,choice3,answer\nQ1,a,b,c,d,3\n", LayoutHeader,
			[]MMLURow{{Question: "Q1", Choices: [4]string{"a", "b", "c", "d"}, Answer: 3, Line: 2}}},
		{"bom header", "\xef\xbb\xbfquestion,choice0,choice1,choice2,choice3,answer\nQ,a,b,c,d,0", LayoutHeader,
			[]MMLURow{{Question: "Q", Choices: [4]string{"a", "b", "c", "d"}, Answer: 0, Line: 2}}},
		// RFC 4180: quoted commas, doubled quotes, newlines and CRLF inside a
		// field (kept, as Python's csv does), CRLF record ends (dropped),
		// unstripped choices; the second record starts on line 4.
		{"quoting", "\"Q, \"\"one\"\"\r\nline two\",\" a\",b,c,d,A\r\n Q2 ,a,b,c,\"d\nd\",B\r\n", LayoutOriginal,
			[]MMLURow{
				{Question: "Q, \"one\"\r\nline two", Choices: [4]string{" a", "b", "c", "d"}, Answer: 0, Line: 1},
				{Question: " Q2 ", Choices: [4]string{"a", "b", "c", "d\nd"}, Answer: 1, Line: 3},
			}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rows, layout, err := ReadMMLU("x.csv", []byte(tc.data))
			if err != nil {
				t.Fatal(err)
			}
			if layout != tc.layout {
				t.Errorf("layout %v, want %v", layout, tc.layout)
			}
			if len(rows) != len(tc.want) {
				t.Fatalf("%d rows, want %d", len(rows), len(tc.want))
			}
			for i := range rows {
				if rows[i] != tc.want[i] {
					t.Errorf("row %d: %+v\nwant %+v", i, rows[i], tc.want[i])
				}
			}
		})
	}
}

// TestReadMMLUMalformed: every defect is an error naming file:line, wrapping
// ErrData; never a panic, never a skipped row.
func TestReadMMLUMalformed(t *testing.T) {
	const hdr = "question,choice0,choice1,choice2,choice3,answer\n"
	for _, tc := range []struct {
		name, data, want string
	}{
		{"empty file", "", "x.csv:1: malformed task data: no questions"},
		{"header only", hdr, "x.csv:1: malformed task data: no questions"},
		{"five columns", "Q,a,b,c,A\n", "x.csv:1: malformed task data: 5 columns, want 6"},
		{"seven columns on line 3", "Q,a,b,c,d,A\nQ,a,b,c,d,B\nQ,a,b,c,d,e,C\n", "x.csv:3: malformed task data: 7 columns"},
		{"letter out of range", "Q,a,b,c,d,E\n", `x.csv:1: malformed task data: answer "E" not one of A, B, C, D`},
		{"lower-case letter", "Q,a,b,c,d,a\n", `answer "a" not one of A, B, C, D`},
		{"index without header", "Q,a,b,c,d,2\n", "a 0-based answer needs the header"},
		{"index out of range", hdr + "Q,a,b,c,d,4\n", `x.csv:2: malformed task data: answer "4" not one of 0, 1, 2, 3`},
		{"letter under header", hdr + "Q,a,b,c,d,A\n", `x.csv:2: malformed task data: answer "A"`},
		{"negative index", hdr + "Q,a,b,c,d,-1\n", `answer "-1"`},
		{"empty answer", "Q,a,b,c,d,\n", `answer ""`},
		{"empty question", "Q,a,b,c,d,A\n  ,a,b,c,d,B\n", "x.csv:2: malformed task data: empty question"},
		{"bare quote", "Q,a,b,c,d,A\nQ \"x\" y,a,b,c,d,B\n", "x.csv:2: malformed task data: csv:"},
		{"unterminated quote", "Q,a,b,c,d,A\n\"Q,a,b,c,d,B\n", "x.csv:2: malformed task data: csv:"},
		{"multi-line record then bad row", "\"Q\n\nQ\",a,b,c,d,A\nQ,a,b,c,d\n", "x.csv:4: malformed task data: 5 columns"},
		{"NUL byte", "Q,a,b,c,d,A\nQ\x00,a,b,c,d,B\n", "x.csv:2: malformed task data: NUL byte"},
		{"wrong header names", "question,A,B,C,D,answer\nQ,a,b,c,d,0\n", `x.csv:1: malformed task data: answer "answer"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rows, _, err := ReadMMLU("x.csv", []byte(tc.data))
			if err == nil {
				t.Fatalf("no error; rows %+v", rows)
			}
			if !errors.Is(err, ErrData) || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %q\nwant it to contain %q and wrap ErrData", err, tc.want)
			}
		})
	}
}

// TestMMLUDirErrors covers what goes wrong above the file level.
func TestMMLUDirErrors(t *testing.T) {
	mk := func(t *testing.T, files map[string]string) string {
		root := t.TempDir()
		for name, data := range files {
			p := filepath.Join(root, name)
			if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		return root
	}
	row := "Q,a,b,c,d,A\n"
	for _, tc := range []struct {
		name  string
		files map[string]string
		opt   MMLUOptions
		want  string
	}{
		{"no dev dir", map[string]string{"test/anatomy_test.csv": row}, MMLUOptions{Subjects: []string{"anatomy"}}, "no dev/ directory"},
		{"missing test file", map[string]string{"dev/anatomy_dev.csv": row, "test/README": "x"}, MMLUOptions{Subjects: []string{"anatomy"}}, "subject anatomy"},
		{"empty subject file", map[string]string{"dev/anatomy_dev.csv": row, "test/anatomy_test.csv": ""}, MMLUOptions{Subjects: []string{"anatomy"}}, "anatomy_test.csv:1: malformed task data: no questions"},
		{"unknown subject file", map[string]string{"dev/anatomy_dev.csv": row, "dev/anatomyy_dev.csv": row, "test/anatomy_test.csv": row}, MMLUOptions{Subjects: []string{"anatomy"}}, "anatomyy_dev.csv: malformed task data"},
		{"file in wrong split", map[string]string{"dev/anatomy_dev.csv": row, "test/anatomy_dev.csv": row}, MMLUOptions{Subjects: []string{"anatomy"}}, "anatomy_dev.csv: malformed task data"},
		{"unknown subject option", map[string]string{"dev/anatomy_dev.csv": row, "test/anatomy_test.csv": row}, MMLUOptions{Subjects: []string{"anatomi"}}, `unknown subject "anatomi"`},
		{"unknown split", map[string]string{"dev/anatomy_dev.csv": row}, MMLUOptions{Split: "train"}, `unknown split "train"`},
		{"missing subject in full load", map[string]string{"dev/anatomy_dev.csv": row, "test/anatomy_test.csv": row}, MMLUOptions{}, "subject abstract_algebra"},
		{"bad row in dev", map[string]string{"dev/anatomy_dev.csv": row + "Q,a,b,c,d,Z\n", "test/anatomy_test.csv": row}, MMLUOptions{Subjects: []string{"anatomy"}}, "anatomy_dev.csv:2: malformed task data"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := MMLU(mk(t, tc.files), tc.opt)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %v, want %q", err, tc.want)
			}
		})
	}
}

// TestMMLUDevSplit evaluates on dev: each doc is kept out of its own shots.
func TestMMLUDevSplit(t *testing.T) {
	suite, err := MMLU(filepath.Join("testdata", "mmlu"), MMLUOptions{Subjects: []string{"anatomy"}, Split: "dev"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := suite.Tasks[0].Docs(5); err == nil {
		t.Error("5 shots from 4 remaining dev rows: no error")
	}
	docs, err := suite.Tasks[0].Docs(4)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range docs {
		q := strings.SplitN(d.Requests[0].Rest(), "\n", 2)[0]
		if strings.Contains(d.Prefix(), q) || strings.Count(d.Prefix(), "Answer: ") != 4 {
			t.Errorf("doc %d: own question in its shots or wrong count", d.ID)
		}
	}
}

// TestMMLUErrorLines: a stray quote is reported at the record it opens,
// and invalid UTF-8 is refused with its line.
func TestMMLUErrorLines(t *testing.T) {
	_, _, err := ReadMMLU("x.csv", []byte("What?,1,2,3,4,A\n\"bad quote here,1,2,3,4,B\nok,1,2,3,4,C\n"))
	if err == nil || !strings.Contains(err.Error(), "x.csv:2:") {
		t.Errorf("stray quote: %v, want it at x.csv:2", err)
	}
	_, _, err = ReadMMLU("y.csv", []byte("What?,1,2,3,4,A\nWhy \xff?,1,2,3,4,B\n"))
	if err == nil || !strings.Contains(err.Error(), "y.csv:2:") || !strings.Contains(err.Error(), "UTF-8") {
		t.Errorf("invalid UTF-8: %v", err)
	}
}

func TestJSONLRefusesInvalidUTF8(t *testing.T) {
	if _, err := parseRecord([]byte("{\"q\": \"caf\xe9\"}")); err == nil || !strings.Contains(err.Error(), "UTF-8") {
		t.Errorf("invalid UTF-8 record: %v", err)
	}
}
