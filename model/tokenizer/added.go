package tokenizer

import "sort"

// addedMatcher finds added tokens in text the way Hugging Face's
// AddedVocabulary does (an Aho-Corasick automaton in LeftmostLongest mode):
// scanning left to right, the first position where any token starts wins,
// and there the longest token starting at that position.
//
// It is a byte trie entered only at bytes that begin some token, which keeps
// the scan of ordinary text to one table load per byte.
type addedMatcher struct {
	first [256]bool
	nodes []trieNode
}

type trieNode struct {
	edges []trieEdge // sorted by byte
	id    int32      // token ending here, or -1
}

type trieEdge struct {
	b    byte
	node int32
}

func newAddedMatcher(tokens map[string]int32) *addedMatcher {
	if len(tokens) == 0 {
		return nil
	}
	m := &addedMatcher{nodes: []trieNode{{id: -1}}}
	// Insert in a fixed order so the trie layout is deterministic.
	keys := make([]string, 0, len(tokens))
	for k := range tokens {
		if k != "" {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	for _, k := range keys {
		m.first[k[0]] = true
		n := int32(0)
		for i := 0; i < len(k); i++ {
			n = m.child(n, k[i], true)
		}
		m.nodes[n].id = tokens[k]
	}
	return m
}

func (m *addedMatcher) child(n int32, b byte, create bool) int32 {
	edges := m.nodes[n].edges
	i := sort.Search(len(edges), func(i int) bool { return edges[i].b >= b })
	if i < len(edges) && edges[i].b == b {
		return edges[i].node
	}
	if !create {
		return -1
	}
	c := int32(len(m.nodes))
	m.nodes = append(m.nodes, trieNode{id: -1})
	edges = append(edges, trieEdge{})
	copy(edges[i+1:], edges[i:])
	edges[i] = trieEdge{b: b, node: c}
	m.nodes[n].edges = edges
	return c
}

// longestAt returns the id and length of the longest token starting at
// s[i:], or length 0.
func (m *addedMatcher) longestAt(s string, i int) (id int32, n int) {
	node := int32(0)
	for j := i; j < len(s); j++ {
		edges := m.nodes[node].edges
		next := int32(-1)
		for _, e := range edges { // fan-out is small except at the root
			if e.b == s[j] {
				next = e.node
				break
			}
			if e.b > s[j] {
				break
			}
		}
		if next < 0 {
			break
		}
		node = next
		if tid := m.nodes[node].id; tid >= 0 {
			id, n = tid, j+1-i
		}
	}
	return id, n
}

// next returns the leftmost-longest match at or after s[from:]: its start,
// end and id; start is -1 when there is none.
func (m *addedMatcher) next(s string, from int) (start, end int, id int32) {
	for i := from; i < len(s); i++ {
		if !m.first[s[i]] {
			continue
		}
		if id, n := m.longestAt(s, i); n > 0 {
			return i, i + n, id
		}
	}
	return -1, -1, -1
}
