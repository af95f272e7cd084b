package tokenizer

import (
	"container/heap"
	"fmt"
	"sort"
	"unicode/utf8"
)

// TrainOptions tune Train. The zero value is what synthetic checkpoints use.
type TrainOptions struct {
	// MaxMerges caps the merges learned; 0 means as many as the vocabulary
	// leaves room for and the corpus supports.
	MaxMerges int
	// MinFrequency is the fewest occurrences a pair needs to be merged
	// (default 2).
	MinFrequency int
}

// Train learns a Gemma-style tokenizer from corpus ("" means
// Corpus(DefaultCorpusSize)) with exactly vocabSize ids: byte-level BPE with
// byte fallback, the Gemma normaliser and decoder, so it loads through the
// same code as real checkpoints and in HF tokenizers.
//
// Id layout, Gemma's where the vocabulary allows:
//
//	0 <pad>  1 <eos>  2 <bos>  3 <unk>
//	<start_of_turn>, <end_of_turn>: 105, 106 (106, 107 when vocabSize is
//	    256000, as in Gemma 1 and 2), with <unused0>… in between, when
//	    vocabSize >= 4096; else 4, 5
//	then the 256 byte pieces <0x00>…<0xFF>, the characters of the corpus
//	by frequency, the learned merges in order, and <unusedN> pieces up to
//	vocabSize.
//
// Training is deterministic: the same corpus and options give the same file.
func Train(corpus string, vocabSize int, opts *TrainOptions) (*Tokenizer, error) {
	var o TrainOptions
	if opts != nil {
		o = *opts
	}
	if o.MinFrequency <= 0 {
		o.MinFrequency = 2
	}
	if corpus == "" {
		corpus = Corpus(DefaultCorpusSize)
	}
	if !utf8.ValidString(corpus) {
		corpus = lossyUTF8(corpus)
	}
	sp := &spec{byteFallback: true, fuseUnk: true, unk: "<unk>"}
	addSpecial := func(p string, special bool) {
		sp.added = append(sp.added, addedToken{ID: len(sp.pieces), Content: p, Special: special})
		sp.pieces = append(sp.pieces, p)
	}
	for _, p := range []string{"<pad>", "<eos>", "<bos>", "<unk>"} {
		addSpecial(p, true)
	}
	turn := 4
	if vocabSize >= 4096 {
		turn = 105
		if vocabSize == 256000 {
			turn = 106
		}
	}
	unused := 0
	for len(sp.pieces) < turn {
		addSpecial(fmt.Sprintf("<unused%d>", unused), false)
		unused++
	}
	addSpecial("<start_of_turn>", true)
	addSpecial("<end_of_turn>", true)
	for b := 0; b < 256; b++ {
		sp.pieces = append(sp.pieces, fmt.Sprintf("<0x%02X>", b))
	}
	if vocabSize < len(sp.pieces)+1 {
		return nil, fmt.Errorf("tokenizer: vocab size %d too small: the specials and byte pieces need %d", vocabSize, len(sp.pieces)+1)
	}
	if vocabSize > maxVocab {
		return nil, fmt.Errorf("tokenizer: vocab size %d too large", vocabSize)
	}

	added := map[string]int32{}
	for _, a := range sp.added {
		added[a.Content] = int32(a.ID)
	}
	words := trainingWords(corpus, newAddedMatcher(added))
	tr := newTrainer(sp, words, vocabSize)
	budget := vocabSize - len(sp.pieces)
	if o.MaxMerges > 0 {
		budget = min(budget, o.MaxMerges)
	}
	tr.learn(budget, o.MinFrequency)

	have := map[string]bool{}
	for _, p := range sp.pieces {
		have[p] = true
	}
	for len(sp.pieces) < vocabSize {
		p := fmt.Sprintf("<unused%d>", unused)
		unused++
		if !have[p] {
			sp.pieces = append(sp.pieces, p)
		}
	}
	t, err := build("trained tokenizer", sp)
	if err != nil {
		return nil, err
	}
	t.specials.AddBOS = true
	return t, nil
}

// trainingWords splits the corpus as the encoder does (added tokens out,
// spaces to ▁, a word starting at each ▁ that follows another character) and
// also around newline runs, and counts each word.
func trainingWords(corpus string, m *addedMatcher) map[string]int {
	words := map[string]int{}
	addSeg := func(seg string) {
		seg = normalize(seg)
		start := 0
		prev := rune(-1)
		for i, r := range seg {
			cut := (r == spaceMarkRune && prev != spaceMarkRune) || (r == '\n') != (prev == '\n')
			if cut && i > start {
				words[seg[start:i]]++
				start = i
			}
			prev = r
		}
		if start < len(seg) {
			words[seg[start:]]++
		}
	}
	pos := 0
	for pos < len(corpus) {
		s, e, _ := m.next(corpus, pos)
		if s < 0 {
			break
		}
		addSeg(corpus[pos:s])
		pos = e
	}
	addSeg(corpus[pos:])
	return words
}

type trainWord struct {
	syms []int32 // piece ids; -1 for characters left to byte fallback
	freq int
}

type trainer struct {
	sp     *spec
	ids    map[string]int32
	words  []trainWord
	counts map[uint64]int
	where  map[uint64][]int32 // words that contained the pair (may be stale)
	queue  pairQueue
	// firstChar is the first id after the specials and byte pieces.
	firstChar int32
}

func newTrainer(sp *spec, words map[string]int, vocabSize int) *trainer {
	tr := &trainer{sp: sp, ids: map[string]int32{}, counts: map[uint64]int{}, where: map[uint64][]int32{}}
	for i, p := range sp.pieces {
		tr.ids[p] = int32(i)
	}
	tr.firstChar = int32(len(sp.pieces))
	// Alphabet: characters by frequency, as many as fit.
	charFreq := map[rune]int{}
	keys := make([]string, 0, len(words))
	for w, f := range words {
		keys = append(keys, w)
		for _, r := range w {
			charFreq[r] += f
		}
	}
	sort.Strings(keys) // deterministic word order
	chars := make([]rune, 0, len(charFreq))
	for r := range charFreq {
		chars = append(chars, r)
	}
	sort.Slice(chars, func(i, j int) bool {
		if charFreq[chars[i]] != charFreq[chars[j]] {
			return charFreq[chars[i]] > charFreq[chars[j]]
		}
		return chars[i] < chars[j]
	})
	for _, r := range chars {
		if len(sp.pieces) >= vocabSize {
			break
		}
		if _, ok := tr.ids[string(r)]; ok {
			continue
		}
		tr.ids[string(r)] = int32(len(sp.pieces))
		sp.pieces = append(sp.pieces, string(r))
	}
	for _, w := range keys {
		tw := trainWord{freq: words[w]}
		for _, r := range w {
			id, ok := tr.ids[string(r)]
			if !ok {
				id = -1
			}
			tw.syms = append(tw.syms, id)
		}
		tr.words = append(tr.words, tw)
	}
	for i, w := range tr.words {
		tr.addPairs(int32(i), w, 1)
	}
	for k, c := range tr.counts {
		tr.queue = append(tr.queue, pairCount{key: k, count: c})
	}
	heap.Init(&tr.queue)
	return tr
}

// addPairs adds sign × freq for every adjacent pair of w.
func (tr *trainer) addPairs(wi int32, w trainWord, sign int) {
	for i := 0; i+1 < len(w.syms); i++ {
		a, b := w.syms[i], w.syms[i+1]
		if a < 0 || b < 0 {
			continue
		}
		k := pairKey(a, b)
		tr.counts[k] += sign * w.freq
		if sign > 0 {
			tr.where[k] = append(tr.where[k], wi)
		}
	}
}

func (tr *trainer) learn(budget, minFreq int) {
	for budget > 0 && tr.queue.Len() > 0 {
		top := heap.Pop(&tr.queue).(pairCount)
		if c := tr.counts[top.key]; c != top.count {
			if c > 0 {
				heap.Push(&tr.queue, pairCount{key: top.key, count: c})
			}
			continue // stale
		}
		if top.count < minFreq {
			return
		}
		a, b := int32(top.key>>32), int32(uint32(top.key))
		merged := tr.sp.pieces[a] + tr.sp.pieces[b]
		id, ok := tr.ids[merged]
		if ok && id < tr.firstChar {
			// The text spells a special or byte piece ("<0x41>"): merging
			// would make the decoder read it as that piece.
			tr.counts[top.key] = -1 << 40
			continue
		}
		if !ok {
			id = int32(len(tr.sp.pieces))
			tr.ids[merged] = id
			tr.sp.pieces = append(tr.sp.pieces, merged)
			budget--
		}
		tr.sp.merges = append(tr.sp.merges, [2]int32{a, b})
		tr.apply(top.key, a, b, id)
	}
}

// apply replaces the pair (a, b) by id in every word holding it and
// updates the pair counts.
func (tr *trainer) apply(key uint64, a, b, id int32) {
	changed := map[uint64]bool{}
	seen := map[int32]bool{}
	for _, wi := range tr.where[key] {
		if seen[wi] {
			continue
		}
		seen[wi] = true
		w := &tr.words[wi]
		hit := false
		for i := 0; i+1 < len(w.syms); i++ {
			if w.syms[i] == a && w.syms[i+1] == b {
				hit = true
				break
			}
		}
		if !hit {
			continue
		}
		tr.addPairs(-1, *w, -1)
		out := w.syms[:0:0]
		for i := 0; i < len(w.syms); i++ {
			if i+1 < len(w.syms) && w.syms[i] == a && w.syms[i+1] == b {
				out = append(out, id)
				i++
			} else {
				out = append(out, w.syms[i])
			}
		}
		w.syms = out
		tr.addPairs(wi, *w, 1)
		for i := 0; i+1 < len(out); i++ {
			if out[i] == id || out[i+1] == id {
				changed[pairKey(out[i], out[i+1])] = true
			}
		}
	}
	delete(tr.where, key)
	keys := make([]uint64, 0, len(changed))
	for k := range changed {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	for _, k := range keys {
		if c := tr.counts[k]; c > 0 && int32(k>>32) >= 0 && int32(uint32(k)) >= 0 {
			heap.Push(&tr.queue, pairCount{key: k, count: c})
		}
	}
}

type pairCount struct {
	key   uint64
	count int
}

// pairQueue pops the most frequent pair; ties go to the lower ids, which
// keeps training deterministic.
type pairQueue []pairCount

func (q pairQueue) Len() int { return len(q) }
func (q pairQueue) Less(i, j int) bool {
	if q[i].count != q[j].count {
		return q[i].count > q[j].count
	}
	return q[i].key < q[j].key
}
func (q pairQueue) Swap(i, j int) { q[i], q[j] = q[j], q[i] }
func (q *pairQueue) Push(x any)   { *q = append(*q, x.(pairCount)) }
func (q *pairQueue) Pop() any {
	old := *q
	x := old[len(old)-1]
	*q = old[:len(old)-1]
	return x
}
