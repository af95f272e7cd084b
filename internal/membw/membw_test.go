package membw

import "testing"

func TestReadPositive(t *testing.T) {
	if bw := Read(2, 1<<20, 1); !(bw > 0) {
		t.Fatalf("bandwidth %g", bw)
	}
}

func TestSum(t *testing.T) {
	x := []uint64{1, 2, 3, 4, 5, 6, 7}
	if s := sum(x); s != 28 {
		t.Fatalf("sum %d", s)
	}
}

// TestReadSeesEveryWord: the vector reader folds in every word (a value
// planted anywhere changes the result), tails included.
func TestReadSeesEveryWord(t *testing.T) {
	for _, n := range []int{0, 1, 63, 64, 65, 1000, 4096} {
		x := make([]uint64, n)
		base := read(x)
		for _, i := range []int{0, n / 3, n / 2, n - 1} {
			if i < 0 || i >= n {
				continue
			}
			x[i] = 1 << uint(i%64)
			if read(x) == base {
				t.Errorf("n=%d: word %d not read", n, i)
			}
			x[i] = 0
		}
	}
}

// TestReadBytes: positive on any alignment of the buffer; 0 (no figure)
// when there is less than a word per thread.
func TestReadBytes(t *testing.T) {
	b := make([]byte, 1<<20+7)
	for off := range 8 {
		if bw := ReadBytes(2, b[off:]); !(bw > 0) {
			t.Errorf("offset %d: bandwidth %g", off, bw)
		}
	}
	if bw := ReadBytes(4, make([]byte, 20)); bw != 0 {
		t.Errorf("20 bytes on 4 threads: %g", bw)
	}
}
