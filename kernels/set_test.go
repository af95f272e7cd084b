package kernels

import (
	"reflect"
	"slices"
	"testing"
)

// TestMissing: Scalar is complete, and Missing names every function slot
// of Set (found by reflection, so a slot added to Set but not to Missing
// fails here) and a RowAlign below 1.
func TestMissing(t *testing.T) {
	if m := Scalar.Missing(); len(m) != 0 {
		t.Fatalf("Scalar lacks %v", m)
	}
	typ := reflect.TypeFor[Set]()
	for i := range typ.NumField() {
		f := typ.Field(i)
		if f.Type.Kind() != reflect.Func {
			continue
		}
		s := Scalar
		reflect.ValueOf(&s).Elem().Field(i).SetZero()
		if m := s.Missing(); !slices.Equal(m, []string{f.Name}) {
			t.Errorf("with %s nil, Missing() = %v", f.Name, m)
		}
	}
	s := Scalar
	s.RowAlign = 0
	if m := s.Missing(); !slices.Equal(m, []string{"RowAlign"}) {
		t.Errorf("with RowAlign 0, Missing() = %v", m)
	}
	slots := 1 // RowAlign
	for i := range typ.NumField() {
		if typ.Field(i).Type.Kind() == reflect.Func {
			slots++
		}
	}
	if m := (Set{}).Missing(); len(m) != slots {
		t.Errorf("empty set: Missing() = %v, want all %d slots", m, slots)
	}
}

func TestF32ToBF16Slice(t *testing.T) {
	src := []float32{1, 1.00390625, -3e38, 0}
	for _, n := range []int{0, 2, 4, 6} {
		dst := make([]uint16, n)
		for i := range dst {
			dst[i] = 0xbeef
		}
		F32ToBF16Slice(dst, src)
		for i, h := range dst {
			want := uint16(0xbeef)
			if i < len(src) {
				want = F32ToBF16(src[i])
			}
			if h != want {
				t.Errorf("n=%d [%d] = %#04x, want %#04x", n, i, h, want)
			}
		}
	}
}
