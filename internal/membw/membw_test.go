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
