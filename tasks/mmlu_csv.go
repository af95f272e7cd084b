package tasks

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// MMLULayout names the two CSV layouts MMLU circulates in.
type MMLULayout uint8

const (
	// LayoutOriginal is Hendrycks' data.tar: no header, six columns
	// question,A,B,C,D,letter with the answer a letter A-D.
	LayoutOriginal MMLULayout = iota + 1
	// LayoutHeader is the cais/mmlu export: a header
	// question,choice0,choice1,choice2,choice3,answer and a 0-based answer.
	LayoutHeader
)

func (l MMLULayout) String() string {
	switch l {
	case LayoutOriginal:
		return "original"
	case LayoutHeader:
		return "header"
	}
	return fmt.Sprintf("MMLULayout(%d)", uint8(l))
}

// mmluHeader is the exact first record that marks LayoutHeader. Detection is
// per file and exact, so a data row can never be mistaken for a header.
var mmluHeader = []string{"question", "choice0", "choice1", "choice2", "choice3", "answer"}

// MMLURow is one parsed question.
type MMLURow struct {
	Question string
	Choices  [4]string
	Answer   int // 0..3
	Line     int // line where the record starts (records may span lines)
}

// key identifies a row by content; lm-eval drops shots equal to the eval doc.
func (r MMLURow) key() string {
	return strings.Join(append([]string{r.Question}, r.Choices[:]...), "\x00") + "\x00" + strconv.Itoa(r.Answer)
}

// ReadMMLUFile reads one subject CSV in either layout, detected from its
// first record. Every problem is an error naming path:line (wrapping ErrData);
// no row is ever skipped.
func ReadMMLUFile(path string) ([]MMLURow, MMLULayout, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, 0, fmt.Errorf("tasks: mmlu: %w", err)
	}
	return ReadMMLU(path, data)
}

// ReadMMLU parses CSV bytes; name is used in error messages.
func ReadMMLU(name string, data []byte) ([]MMLURow, MMLULayout, error) {
	// A UTF-8 BOM (spreadsheet exports) would otherwise hide the header.
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return nil, 0, dataErr(at(name, 1+bytes.Count(data[:i], []byte("\n"))), "NUL byte in text")
	}
	data, crs := protectCR(data)
	r := csv.NewReader(bytes.NewReader(data))
	// Column counts are checked here so that the error can say what was
	// expected; quoting stays strict RFC 4180 (LazyQuotes off).
	r.FieldsPerRecord = -1
	r.ReuseRecord = false

	var rows []MMLURow
	layout := MMLULayout(0)
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				// The record's first line, where a stray quote usually is;
				// csv reports the line it gave up on, often far below.
				msg := fmt.Sprintf("csv: %v", pe.Err)
				if pe.Line != pe.StartLine {
					msg += fmt.Sprintf(" (the record starting here; parsing failed on line %d)", pe.Line)
				}
				return nil, 0, dataErr(at(name, pe.StartLine), "%s", msg)
			}
			return nil, 0, fmt.Errorf("tasks: mmlu: %s: %w", name, err)
		}
		line, _ := r.FieldPos(0)
		if layout == 0 {
			layout = LayoutOriginal
			if slices.Equal(rec, mmluHeader) {
				layout = LayoutHeader
				continue
			}
		}
		if crs {
			for i := range rec {
				rec[i] = strings.ReplaceAll(rec[i], crSentinel, "\r")
			}
		}
		for i, f := range rec {
			if !utf8.ValidString(f) {
				return nil, 0, dataErr(at(name, line), "field %d is not valid UTF-8", i+1)
			}
		}
		row, err := parseMMLURecord(rec, layout)
		if err != nil {
			return nil, 0, dataErr(at(name, line), "%v", err)
		}
		row.Line = line
		rows = append(rows, row)
	}
	if len(rows) == 0 {
		return nil, 0, dataErr(at(name, 1), "no questions")
	}
	return rows, layout, nil
}

// crSentinel stands in for a carriage return inside quoted fields while
// encoding/csv parses: csv.Reader drops the \r of every \r\n, even inside
// quotes, but Python's csv module and cais/mmlu keep it (college_mathematics
// dev row 4 has "\r\n" line breaks in its question), and the prompt must be
// byte-identical. NUL is rejected before parsing, and the swap keeps lengths,
// so csv's line and column positions stay right.
const crSentinel = "\x00"

// protectCR replaces \r inside quoted fields with crSentinel. Quote parity is
// exact for valid RFC 4180 input (an escaped "" flips twice); on invalid
// input csv.Reader reports the error anyway. CRLF record ends stay as they
// are, for csv.Reader to treat as line ends.
func protectCR(data []byte) ([]byte, bool) {
	if bytes.IndexByte(data, '\r') < 0 {
		return data, false
	}
	out := bytes.Clone(data)
	inQuotes, changed := false, false
	for i, c := range out {
		switch {
		case c == '"':
			inQuotes = !inQuotes
		case c == '\r' && inQuotes:
			out[i] = 0
			changed = true
		}
	}
	return out, changed
}

func parseMMLURecord(rec []string, layout MMLULayout) (MMLURow, error) {
	if len(rec) != 6 {
		return MMLURow{}, fmt.Errorf("%d columns, want 6 (question,A,B,C,D,answer)", len(rec))
	}
	row := MMLURow{Question: rec[0]}
	copy(row.Choices[:], rec[1:5])
	if pyStrip(row.Question) == "" {
		return MMLURow{}, errors.New("empty question")
	}
	ans := rec[5]
	switch layout {
	case LayoutOriginal:
		if len(ans) != 1 || ans[0] < 'A' || ans[0] > 'D' {
			hint := ""
			if len(ans) == 1 && ans[0] >= '0' && ans[0] <= '3' {
				hint = " (a 0-based answer needs the header " + strings.Join(mmluHeader, ",") + ")"
			}
			return MMLURow{}, fmt.Errorf("answer %q not one of A, B, C, D%s", ans, hint)
		}
		row.Answer = int(ans[0] - 'A')
	case LayoutHeader:
		if len(ans) != 1 || ans[0] < '0' || ans[0] > '3' {
			return MMLURow{}, fmt.Errorf("answer %q not one of 0, 1, 2, 3", ans)
		}
		row.Answer = int(ans[0] - '0')
	}
	return row, nil
}
