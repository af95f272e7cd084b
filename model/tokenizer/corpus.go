package tokenizer

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"unicode/utf8"
)

// Corpus returns the project's training text for synthetic tokenizers: about
// size bytes of procedurally generated English-like prose, multiple-choice
// arithmetic in the MMLU layout the evals use ("What is 12 + 7?\nA. 19\n…
// Answer: A"), numbers, dates, code-like lines and a few phrases in other
// scripts. Every word list below was written for this project; nothing is
// quoted from elsewhere. The output depends only on size (fixed seed), so
// the same tokenizer is trained on every machine.
func Corpus(size int) string {
	g := &corpusGen{r: rand.New(rand.NewPCG(0x6765_6d6d, 0x61_62_65_6e)), sb: &strings.Builder{}}
	g.sb.Grow(size + 1024)
	for g.sb.Len() < size {
		switch k := g.r.IntN(20); {
		case k < 10:
			g.paragraph()
		case k < 15:
			g.arithmetic()
		case k < 17:
			g.facts()
		case k < 19:
			g.code()
		default:
			g.other()
		}
	}
	out := g.sb.String()
	for size > 0 && !utf8.RuneStart(out[size]) {
		size-- // never cut a character in two
	}
	return out[:size]
}

// DefaultCorpusSize is the size Train uses when given no corpus: a few
// hundred kilobytes, enough for a few thousand merges.
const DefaultCorpusSize = 300_000

var (
	nouns = strings.Fields(`model token number answer question student teacher river mountain city
		table window garden market engine signal value result method system paper letter
		friend child animal tree stone water light sound voice story picture record program
		machine bridge road island forest village ocean cloud storm season morning evening
		doctor farmer artist writer engineer scientist library school kitchen office station
		planet star moon energy field force matter cell protein language history theory
		problem solution example pattern measure weight length distance price cost market
		company country government law court rule event meeting journey dream memory idea`)
	verbs = strings.Fields(`find make take give see know think build carry move open close
		read write count measure compare explain describe follow change keep hold bring
		learn teach show watch start finish turn grow help need want call ask answer`)
	adjs = strings.Fields(`small large quick slow bright dark quiet loud early late simple hard
		warm cold new old young clear strong weak heavy light green blue red white black
		careful happy long short deep wide narrow rich poor common rare correct wrong`)
	adverbs = strings.Fields(`quickly slowly carefully often never always sometimes rarely
		nearly almost quite very really only again soon later today together`)
	names = strings.Fields(`Alice Bob Carol David Erin Frank Grace Henry Iris Jack Kara Liam
		Maya Noah Olga Paul Quinn Rosa Sam Tara Uma Victor Wendy Xavier Yara Zoe`)
	places = strings.Fields(`Paris London Tokyo Lagos Lima Oslo Cairo Delhi Seoul Quito Rome
		Nairobi Sydney Toronto Madrid Berlin Athens Vienna Dublin Prague`)
	subjects = []string{"abstract algebra", "anatomy", "astronomy", "college mathematics",
		"elementary mathematics", "high school physics", "world history", "computer security",
		"nutrition", "philosophy", "marketing", "virology"}
	other = []string{"Bonjour, comment ça va ? Très bien, merci.", "¿Dónde está la estación?",
		"Grüße aus München, schöne Straße.", "Привет, как дела? Хорошо.", "Καλημέρα, τι κάνεις;",
		"こんにちは、元気ですか。", "你好，今天天气很好。", "안녕하세요, 반갑습니다.",
		"مرحبا، كيف حالك؟", "שלום, מה שלומך?", "नमस्ते, आप कैसे हैं?", "வணக்கம், நலமா?",
		"Olá, tudo bem? Sim, obrigado.", "Café, naïve, résumé, Zürich, Łódź.", "I ❤ tokens 😀 👍 🚀."}
)

type corpusGen struct {
	r  *rand.Rand
	sb *strings.Builder
}

func (g *corpusGen) pick(l []string) string { return l[g.r.IntN(len(l))] }

func (g *corpusGen) noun() string {
	n := g.pick(nouns)
	if g.r.IntN(4) == 0 {
		if strings.HasSuffix(n, "y") && !strings.HasSuffix(n, "ey") {
			return n[:len(n)-1] + "ies"
		}
		if strings.HasSuffix(n, "s") || strings.HasSuffix(n, "ch") {
			return n + "es"
		}
		return n + "s"
	}
	return n
}

func (g *corpusGen) verb() string {
	v := g.pick(verbs)
	switch g.r.IntN(4) {
	case 0:
		if strings.HasSuffix(v, "e") {
			return v[:len(v)-1] + "ing"
		}
		return v + "ing"
	case 1:
		if strings.HasSuffix(v, "e") {
			return v + "d"
		}
		return v + "ed"
	case 2:
		return v + "s"
	}
	return v
}

func (g *corpusGen) sentence() string {
	var s string
	switch g.r.IntN(6) {
	case 0:
		s = fmt.Sprintf("The %s %s %s the %s %s", g.pick(adjs), g.noun(), g.verb(), g.pick(adjs), g.noun())
	case 1:
		s = fmt.Sprintf("%s %s %s a %s in %s", g.pick(names), g.pick(adverbs), g.verb(), g.noun(), g.pick(places))
	case 2:
		s = fmt.Sprintf("Why does the %s %s the %s", g.noun(), g.pick(verbs), g.noun())
		return s + "?"
	case 3:
		s = fmt.Sprintf("In %d, %s and %s %s %d %s", 1800+g.r.IntN(225), g.pick(names), g.pick(names), g.verb(), 2+g.r.IntN(98), g.noun())
	case 4:
		s = fmt.Sprintf("Every %s is %s, but not every %s is %s", g.noun(), g.pick(adjs), g.noun(), g.pick(adjs))
	default:
		s = fmt.Sprintf("If the %s %s, then the %s will %s %s", g.noun(), g.verb(), g.noun(), g.pick(verbs), g.pick(adverbs))
	}
	if g.r.IntN(8) == 0 {
		s += fmt.Sprintf(" (about %d.%d%%)", g.r.IntN(100), g.r.IntN(10))
	}
	return s + "."
}

func (g *corpusGen) paragraph() {
	n := 2 + g.r.IntN(6)
	for i := 0; i < n; i++ {
		if i > 0 {
			g.sb.WriteByte(' ')
		}
		g.sb.WriteString(g.sentence())
	}
	g.sb.WriteString("\n\n")
}

func (g *corpusGen) arithmetic() {
	if g.r.IntN(4) == 0 {
		fmt.Fprintf(g.sb, "The following are multiple choice questions (with answers) about %s.\n\n", g.pick(subjects))
	}
	a, b := g.r.IntN(100), 1+g.r.IntN(99)
	op := "+-*/"[g.r.IntN(4)]
	var ans int
	switch op {
	case '+':
		ans = a + b
	case '-':
		ans = a - b
	case '*':
		ans = a * b
	default:
		a = b * g.r.IntN(20)
		ans = a / b
	}
	fmt.Fprintf(g.sb, "What is %d %c %d?\n", a, op, b)
	right := g.r.IntN(4)
	for i := 0; i < 4; i++ {
		v := ans
		if i != right {
			v = ans + (i-right)*(1+g.r.IntN(5))
		}
		fmt.Fprintf(g.sb, "%c. %d\n", 'A'+i, v)
	}
	fmt.Fprintf(g.sb, "Answer: %c\n\n", 'A'+right)
}

func (g *corpusGen) facts() {
	fmt.Fprintf(g.sb, "%s, %04d-%02d-%02d %02d:%02d — %s paid $%d.%02d for %d %s; total %d,%03d.\n",
		g.pick(places), 1950+g.r.IntN(75), 1+g.r.IntN(12), 1+g.r.IntN(28), g.r.IntN(24), g.r.IntN(60),
		g.pick(names), g.r.IntN(500), g.r.IntN(100), 1+g.r.IntN(12), g.noun(), 1+g.r.IntN(99), g.r.IntN(1000))
}

func (g *corpusGen) code() {
	n, v := g.noun(), g.pick(verbs)
	switch g.r.IntN(3) {
	case 0:
		fmt.Fprintf(g.sb, "func %s%s(x int) int {\n\tif x < %d {\n\t\treturn x * %d\n\t}\n\treturn x + %d\n}\n\n",
			v, strings.ToUpper(n[:1])+n[1:], g.r.IntN(50), g.r.IntN(9), g.r.IntN(9))
	case 1:
		fmt.Fprintf(g.sb, "def %s_%s(items):\n    total = 0\n    for item in items:\n        total += item[\"%s\"]\n    return total / %d\n\n",
			v, n, g.noun(), 1+g.r.IntN(9))
	default:
		fmt.Fprintf(g.sb, "{\"%s\": %d, \"%s\": [%d, %d, %d], \"ok\": true}\n", n, g.r.IntN(1000), g.noun(), g.r.IntN(10), g.r.IntN(10), g.r.IntN(10))
	}
}

func (g *corpusGen) other() {
	g.sb.WriteString(g.pick(other))
	g.sb.WriteString("\n")
}
