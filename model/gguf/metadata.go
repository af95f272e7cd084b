package gguf

import (
	"fmt"
	"math"
	"reflect"
	"strconv"
)

// TypeOf returns the GGUF type of a metadata value as KV.Value holds it,
// and for a slice the element type; ok is false for any other Go type.
func TypeOf(v any) (t, elem ValueType, ok bool) {
	switch v.(type) {
	case uint8:
		return Uint8, 0, true
	case int8:
		return Int8, 0, true
	case uint16:
		return Uint16, 0, true
	case int16:
		return Int16, 0, true
	case uint32:
		return Uint32, 0, true
	case int32:
		return Int32, 0, true
	case float32:
		return Float32, 0, true
	case bool:
		return Bool, 0, true
	case string:
		return String, 0, true
	case uint64:
		return Uint64, 0, true
	case int64:
		return Int64, 0, true
	case float64:
		return Float64, 0, true
	case []uint8:
		return Array, Uint8, true
	case []int8:
		return Array, Int8, true
	case []uint16:
		return Array, Uint16, true
	case []int16:
		return Array, Int16, true
	case []uint32:
		return Array, Uint32, true
	case []int32:
		return Array, Int32, true
	case []float32:
		return Array, Float32, true
	case []bool:
		return Array, Bool, true
	case []string:
		return Array, String, true
	case []uint64:
		return Array, Uint64, true
	case []int64:
		return Array, Int64, true
	case []float64:
		return Array, Float64, true
	}
	return 0, 0, false
}

// describe names a value's GGUF type for messages ("uint32", "array of
// 3 string").
func describe(v any) string {
	t, elem, ok := TypeOf(v)
	switch {
	case !ok:
		return fmt.Sprintf("Go type %T", v)
	case t == Array:
		return fmt.Sprintf("array of %d %s", arrayLen(v), elem)
	}
	return t.String()
}

// arrayLen is the length of an array value (one TypeOf accepts).
func arrayLen(v any) int { return reflect.ValueOf(v).Len() }

// Metadata is a file's key-value section with typed lookups. Each lookup
// returns ok=false (and no error) when the key is absent, and an *Error
// naming the file and key when it holds a value of another type, so that a
// loader reads like the key list it is.
type Metadata struct {
	file  string
	kvs   []KV
	byKey map[string]int
}

// NewMetadata wraps kvs (not copied) for lookups, refusing what a file
// could not hold: duplicate or invalid keys, values of no GGUF type, a bad
// general.alignment. file names the source in errors. Open builds one for
// each File; a writer can check its metadata before writing anything.
func NewMetadata(file string, kvs []KV) (*Metadata, error) {
	if _, err := checkKVs(kvs, file); err != nil {
		return nil, err
	}
	return newMetadata(file, kvs), nil
}

func newMetadata(file string, kvs []KV) *Metadata {
	m := &Metadata{file: file, kvs: kvs, byKey: make(map[string]int, len(kvs))}
	for i, kv := range kvs {
		m.byKey[kv.Key] = i
	}
	return m
}

// KVs returns the metadata in file order. The slice is a copy; array
// values in it are shared and must not be modified.
func (m *Metadata) KVs() []KV {
	out := make([]KV, len(m.kvs))
	copy(out, m.kvs)
	return out
}

// Lookup returns a value by key.
func (m *Metadata) Lookup(key string) (any, bool) {
	i, ok := m.byKey[key]
	if !ok {
		return nil, false
	}
	return m.kvs[i].Value, true
}

// Str returns a string value.
func (m *Metadata) Str(key string) (string, bool, error) {
	v, ok := m.Lookup(key)
	if !ok {
		return "", false, nil
	}
	s, isStr := v.(string)
	if !isStr {
		return "", true, keyErrorf(m.file, key, "%s, want string", describe(v))
	}
	return s, true, nil
}

// Uint returns an integer value of any integer type that is not negative.
// llama.cpp insists on the exact type each key was written with; accepting
// every width costs nothing and reads files from lax writers.
func (m *Metadata) Uint(key string) (uint64, bool, error) {
	v, ok := m.Lookup(key)
	if !ok {
		return 0, false, nil
	}
	n, isInt := asUint(v)
	if !isInt {
		return 0, true, keyErrorf(m.file, key, "%s, want a non-negative integer", describeValue(v))
	}
	return n, true, nil
}

// Float returns a float32 or float64 value. A float32 comes back as the
// float64 nearest its shortest decimal spelling (an epsilon written as
// 1e-6 reads as 1e-6, not 9.99999997e-07), which is what the value's
// writer meant; float32(result) is the stored value exactly.
func (m *Metadata) Float(key string) (float64, bool, error) {
	v, ok := m.Lookup(key)
	if !ok {
		return 0, false, nil
	}
	switch x := v.(type) {
	case float32:
		return decimal32(x), true, nil
	case float64:
		return x, true, nil
	}
	return 0, true, keyErrorf(m.file, key, "%s, want float32 or float64", describe(v))
}

// Bool returns a bool value.
func (m *Metadata) Bool(key string) (bool, bool, error) {
	v, ok := m.Lookup(key)
	if !ok {
		return false, false, nil
	}
	b, isBool := v.(bool)
	if !isBool {
		return false, true, keyErrorf(m.file, key, "%s, want bool", describe(v))
	}
	return b, true, nil
}

// Uints returns an array of integers (any integer element type, none
// negative), as llama.cpp allows for per-layer hyperparameters.
func (m *Metadata) Uints(key string) ([]uint64, bool, error) {
	v, ok := m.Lookup(key)
	if !ok {
		return nil, false, nil
	}
	t, _, _ := TypeOf(v)
	if t != Array {
		return nil, true, keyErrorf(m.file, key, "%s, want an array of integers", describe(v))
	}
	out := make([]uint64, arrayLen(v))
	for i := range out {
		n, isInt := asUint(index(v, i))
		if !isInt {
			return nil, true, keyErrorf(m.file, key, "element %d: %s, want a non-negative integer", i, describeValue(index(v, i)))
		}
		out[i] = n
	}
	return out, true, nil
}

// decimal32 widens a float32 to the float64 with the same shortest decimal
// spelling.
func decimal32(x float32) float64 {
	if math.IsInf(float64(x), 0) || math.IsNaN(float64(x)) {
		return float64(x)
	}
	v, _ := strconv.ParseFloat(strconv.FormatFloat(float64(x), 'g', -1, 32), 64)
	return v
}

func asUint(v any) (uint64, bool) {
	switch x := v.(type) {
	case uint8:
		return uint64(x), true
	case uint16:
		return uint64(x), true
	case uint32:
		return uint64(x), true
	case uint64:
		return x, true
	case int8:
		return uint64(x), x >= 0
	case int16:
		return uint64(x), x >= 0
	case int32:
		return uint64(x), x >= 0
	case int64:
		return uint64(x), x >= 0
	}
	return 0, false
}

// describeValue is describe with the value shown for scalars, so that
// "int32 -1, want a non-negative integer" says what was wrong.
func describeValue(v any) string {
	if t, _, ok := TypeOf(v); ok && t != Array && t != String {
		return fmt.Sprintf("%s %v", t, v)
	}
	return describe(v)
}

func index(v any, i int) any { return reflect.ValueOf(v).Index(i).Interface() }
