// Package hloeval interprets StableHLO text: exactly the generic-form
// subset that go-xla's builder prints for the ops backends/pjrt/lower
// emits. It exists for tests: the text a PJRT plugin would compile is the
// text proven against the go backend and the float64 reference on
// machines with no plugin. Values are float64 rounded to their element
// type after every op (f32, bf16 and f16 round to nearest even), so a
// program that narrows where it should not is caught; sums inside
// reductions and dot products are float64, which no device is less
// accurate than by more than the tolerances allow.
//
// It is not a validator of StableHLO in general: an op or attribute it
// does not know is an error, never a guess.
package hloeval

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// Type is a tensor type: element type and dimensions.
type Type struct {
	Elem string // f32, bf16, f16, i32, i1
	Dims []int
}

func (t Type) String() string {
	var b strings.Builder
	b.WriteString("tensor<")
	for _, d := range t.Dims {
		fmt.Fprintf(&b, "%dx", d)
	}
	b.WriteString(t.Elem + ">")
	return b.String()
}

// Size is the element count.
func (t Type) Size() int {
	n := 1
	for _, d := range t.Dims {
		n *= d
	}
	return n
}

type stmt struct {
	outs    []string
	op      string
	args    []string
	regions []*region
	attrs   map[string]string
	inT     []Type
	outT    []Type
	line    int
}

type region struct {
	params []string
	body   []*stmt
	// bin, when the region is a single binary op of its two params (or
	// returns its second), is that op: the fast path of reduce and
	// scatter.
	bin string
}

// Module is a parsed program: main's parameters, statements and results.
type Module struct {
	Params  []Type
	Aliases map[int]int // parameter → result it is aliased to (tf.aliasing_output)
	Results []Type
	names   []string
	body    []*stmt
}

type parser struct {
	s   string
	pos int
}

func (p *parser) errf(format string, args ...any) error {
	line := strings.Count(p.s[:p.pos], "\n") + 1
	return fmt.Errorf("hloeval: line %d: %s", line, fmt.Sprintf(format, args...))
}

func (p *parser) ws() {
	for p.pos < len(p.s) && strings.ContainsRune(" \t\r\n", rune(p.s[p.pos])) {
		p.pos++
	}
}

func (p *parser) peek(tok string) bool {
	p.ws()
	return strings.HasPrefix(p.s[p.pos:], tok)
}

func (p *parser) eat(tok string) bool {
	if p.peek(tok) {
		p.pos += len(tok)
		return true
	}
	return false
}

func (p *parser) want(tok string) error {
	if !p.eat(tok) {
		end := min(len(p.s), p.pos+40)
		return p.errf("want %q, found %q", tok, p.s[p.pos:end])
	}
	return nil
}

var identRE = regexp.MustCompile(`^[%^@]?[A-Za-z0-9_.$-]+`)

func (p *parser) ident() (string, error) {
	p.ws()
	m := identRE.FindString(p.s[p.pos:])
	if m == "" {
		return "", p.errf("want a name")
	}
	p.pos += len(m)
	return m, nil
}

var typeRE = regexp.MustCompile(`^tensor<((?:[0-9]+x)*)(f32|bf16|f16|i32|i1)>`)

func (p *parser) typ() (Type, error) {
	p.ws()
	m := typeRE.FindStringSubmatch(p.s[p.pos:])
	if m == nil {
		end := min(len(p.s), p.pos+40)
		return Type{}, p.errf("want a tensor type, found %q", p.s[p.pos:end])
	}
	p.pos += len(m[0])
	t := Type{Elem: m[2], Dims: []int{}}
	for _, d := range strings.Split(strings.TrimSuffix(m[1], "x"), "x") {
		if d == "" {
			continue
		}
		n, err := strconv.Atoi(d)
		if err != nil {
			return Type{}, p.errf("dimension %q", d)
		}
		t.Dims = append(t.Dims, n)
	}
	return t, nil
}

// types parses "(t, t)", "()" or a single type.
func (p *parser) types() ([]Type, error) {
	if !p.eat("(") {
		t, err := p.typ()
		return []Type{t}, err
	}
	var ts []Type
	for !p.eat(")") {
		if len(ts) > 0 {
			if err := p.want(","); err != nil {
				return nil, err
			}
		}
		t, err := p.typ()
		if err != nil {
			return nil, err
		}
		ts = append(ts, t)
	}
	return ts, nil
}

// braced returns the text inside a balanced {…}, the opening brace
// already consumed.
func (p *parser) braced() (string, error) {
	start, depth := p.pos, 1
	for ; p.pos < len(p.s); p.pos++ {
		switch p.s[p.pos] {
		case '{':
			depth++
		case '}':
			depth--
			if depth == 0 {
				inner := p.s[start:p.pos]
				p.pos++
				return inner, nil
			}
		}
	}
	return "", p.errf("unbalanced {")
}

// attrs splits "k = v, k2 = v2" at top-level commas.
func parseAttrs(s string) (map[string]string, error) {
	out := map[string]string{}
	depth, start := 0, 0
	flush := func(part string) error {
		part = strings.TrimSpace(part)
		if part == "" {
			return nil
		}
		k, v, ok := strings.Cut(part, "=")
		if !ok {
			return fmt.Errorf("hloeval: attribute %q is not key = value", part)
		}
		out[strings.TrimSpace(k)] = strings.TrimSpace(v)
		return nil
	}
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '<', '[', '(':
			depth++
		case '>', ']', ')':
			depth--
		case ',':
			if depth == 0 {
				if err := flush(s[start:i]); err != nil {
					return nil, err
				}
				start = i + 1
			}
		}
	}
	return out, flush(s[start:])
}

// Parse reads a module of one function, main.
func Parse(text string) (*Module, error) {
	p := &parser{s: text}
	if err := p.want("module"); err != nil {
		return nil, err
	}
	if _, err := p.ident(); err != nil {
		return nil, err
	}
	if p.eat("attributes") {
		if err := p.want("{"); err != nil {
			return nil, err
		}
		if _, err := p.braced(); err != nil {
			return nil, err
		}
	}
	if err := p.want("{"); err != nil {
		return nil, err
	}
	if err := p.want("func.func"); err != nil {
		return nil, err
	}
	name, err := p.ident()
	if err != nil {
		return nil, err
	}
	if name != "@main" {
		return nil, p.errf("function %s, want @main", name)
	}
	m := &Module{Aliases: map[int]int{}}
	err = p.params(func(n string, t Type, attrs string) error {
		if attrs != "" {
			a, err := parseAttrs(attrs)
			if err != nil {
				return err
			}
			if v, ok := a["tf.aliasing_output"]; ok {
				r, err := scalarInt(v)
				if err != nil {
					return err
				}
				m.Aliases[len(m.Params)] = r
			}
		}
		m.names = append(m.names, n)
		m.Params = append(m.Params, t)
		return nil
	})
	if err != nil {
		return nil, err
	}
	if err := p.want("->"); err != nil {
		return nil, err
	}
	if m.Results, err = p.types(); err != nil {
		return nil, err
	}
	if err := p.want("{"); err != nil {
		return nil, err
	}
	if m.body, err = p.stmts(); err != nil {
		return nil, err
	}
	if err := p.want("}"); err != nil {
		return nil, err
	}
	if err := p.want("}"); err != nil {
		return nil, err
	}
	if p.ws(); p.pos != len(p.s) {
		return nil, p.errf("text after the module")
	}
	return m, nil
}

// stmts reads statements up to (not including) a closing brace.
// params parses a parenthesised argument list "(%a: T {attrs}, …)" of a
// function or a region, calling f with each name, type and attribute text
// ("" when there is none).
func (p *parser) params(f func(name string, t Type, attrs string) error) error {
	if err := p.want("("); err != nil {
		return err
	}
	for i := 0; !p.eat(")"); i++ {
		if i > 0 {
			if err := p.want(","); err != nil {
				return err
			}
		}
		n, err := p.ident()
		if err != nil {
			return err
		}
		if err := p.want(":"); err != nil {
			return err
		}
		t, err := p.typ()
		if err != nil {
			return err
		}
		attrs := ""
		if p.eat("{") {
			if attrs, err = p.braced(); err != nil {
				return err
			}
		}
		if err := f(n, t, attrs); err != nil {
			return err
		}
	}
	return nil
}

func (p *parser) stmts() ([]*stmt, error) {
	var out []*stmt
	for !p.peek("}") {
		s, err := p.stmt()
		if err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, nil
}

func (p *parser) stmt() (*stmt, error) {
	s := &stmt{line: strings.Count(p.s[:p.pos], "\n") + 1}
	for p.peek("%") {
		n, err := p.ident()
		if err != nil {
			return nil, err
		}
		s.outs = append(s.outs, n)
		if !p.eat(",") {
			break
		}
	}
	if len(s.outs) > 0 {
		if err := p.want("="); err != nil {
			return nil, err
		}
	}
	if err := p.want(`"`); err != nil {
		return nil, err
	}
	end := strings.IndexByte(p.s[p.pos:], '"')
	if end < 0 {
		return nil, p.errf("unterminated op name")
	}
	s.op = strings.TrimPrefix(p.s[p.pos:p.pos+end], "stablehlo.")
	p.pos += end + 1
	if err := p.want("("); err != nil {
		return nil, err
	}
	for !p.eat(")") {
		if len(s.args) > 0 {
			if err := p.want(","); err != nil {
				return nil, err
			}
		}
		n, err := p.ident()
		if err != nil {
			return nil, err
		}
		s.args = append(s.args, n)
	}
	if p.eat("({") {
		for {
			r, err := p.region()
			if err != nil {
				return nil, err
			}
			s.regions = append(s.regions, r)
			if err := p.want("}"); err != nil {
				return nil, err
			}
			if p.eat(")") {
				break
			}
			if err := p.want(", {"); err != nil {
				return nil, err
			}
		}
	}
	s.attrs = map[string]string{}
	if p.eat("{") {
		raw, err := p.braced()
		if err != nil {
			return nil, err
		}
		if s.attrs, err = parseAttrs(raw); err != nil {
			return nil, err
		}
	}
	if err := p.want(":"); err != nil {
		return nil, err
	}
	var err error
	if s.inT, err = p.types(); err != nil {
		return nil, err
	}
	if err := p.want("->"); err != nil {
		return nil, err
	}
	if s.outT, err = p.types(); err != nil {
		return nil, err
	}
	if len(s.inT) != len(s.args) || len(s.outT) != len(s.outs) {
		return nil, p.errf("%s: %d operands and %d results for a signature of %d → %d", s.op, len(s.args), len(s.outs), len(s.inT), len(s.outT))
	}
	return s, nil
}

func (p *parser) region() (*region, error) {
	r := &region{}
	if _, err := p.ident(); err != nil { // ^name
		return nil, err
	}
	err := p.params(func(n string, _ Type, attrs string) error {
		if attrs != "" {
			return p.errf("attributes on region argument %s", n)
		}
		r.params = append(r.params, n)
		return nil
	})
	if err != nil {
		return nil, err
	}
	if err := p.want(":"); err != nil {
		return nil, err
	}
	body, err := p.stmts()
	if err != nil {
		return nil, err
	}
	r.body = body
	switch {
	case len(r.params) != 2:
	case len(body) == 1 && body[0].op == "return" && len(body[0].args) == 1 && body[0].args[0] == r.params[1]:
		r.bin = "second"
	case len(body) == 2 && body[1].op == "return" && len(body[0].args) == 2 &&
		body[0].args[0] == r.params[0] && body[0].args[1] == r.params[1] &&
		len(body[1].args) == 1 && len(body[0].outs) == 1 && body[1].args[0] == body[0].outs[0]:
		r.bin = body[0].op
	}
	if r.bin == "" {
		return nil, fmt.Errorf("hloeval: only regions of one binary op are supported")
	}
	return r, nil
}

// ints reads "[1, 2]", "array<i64: 1, 2>", "array<i64>" or "3 : i64".
func ints(v string) ([]int, error) {
	v = strings.TrimSpace(v)
	switch {
	case strings.HasPrefix(v, "array<i64"):
		v = strings.TrimSuffix(strings.TrimPrefix(strings.TrimPrefix(v, "array<i64"), ":"), ">")
	case strings.HasPrefix(v, "["):
		v = strings.TrimSuffix(strings.TrimPrefix(v, "["), "]")
	default:
		n, err := scalarInt(v)
		return []int{n}, err
	}
	out := []int{}
	for _, f := range strings.Split(v, ",") {
		if f = strings.TrimSpace(f); f == "" {
			continue
		}
		n, err := strconv.Atoi(f)
		if err != nil {
			return nil, fmt.Errorf("hloeval: integer list %q", v)
		}
		out = append(out, n)
	}
	return out, nil
}

func scalarInt(v string) (int, error) {
	num, _, _ := strings.Cut(v, ":")
	n, err := strconv.Atoi(strings.TrimSpace(num))
	if err != nil {
		return 0, fmt.Errorf("hloeval: integer %q", v)
	}
	return n, nil
}

var fieldRE = regexp.MustCompile(`([a-z_]+) = (\[[^\]]*\]|-?[0-9]+)`)

// fields reads the "name = [..]" entries of a #stablehlo.dot<…>,
// gather<…> or scatter<…> attribute.
func fields(v string) (map[string][]int, error) {
	out := map[string][]int{}
	for _, m := range fieldRE.FindAllStringSubmatch(v, -1) {
		xs, err := ints(m[2])
		if err != nil {
			return nil, err
		}
		out[m[1]] = xs
	}
	return out, nil
}
