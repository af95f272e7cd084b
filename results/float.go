package results

import (
	"encoding/json"
	"fmt"
	"math"
	"strconv"
)

// Float is a float64 that survives JSON: encoding/json refuses NaN and ±Inf,
// which a broken backend can produce and which must then show in the log
// instead of aborting the run. They are written as the strings "NaN",
// "Infinity" and "-Infinity" (Python's json module reads the same spellings
// as bare tokens; we keep them quoted so the file stays strict JSON).
type Float float64

// MarshalJSON writes finite values as numbers with the shortest
// representation that round-trips, so reading a log back gives the same bits.
func (f Float) MarshalJSON() ([]byte, error) {
	v := float64(f)
	switch {
	case math.IsNaN(v):
		return []byte(`"NaN"`), nil
	case math.IsInf(v, 1):
		return []byte(`"Infinity"`), nil
	case math.IsInf(v, -1):
		return []byte(`"-Infinity"`), nil
	}
	return strconv.AppendFloat(nil, v, 'g', -1, 64), nil
}

// UnmarshalJSON accepts a number or one of the three strings.
func (f *Float) UnmarshalJSON(b []byte) error {
	if len(b) > 0 && b[0] == '"' {
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
		switch s {
		case "NaN":
			*f = Float(math.NaN())
		case "Infinity":
			*f = Float(math.Inf(1))
		case "-Infinity":
			*f = Float(math.Inf(-1))
		default:
			return fmt.Errorf("results: %q is not a number", s)
		}
		return nil
	}
	v, err := strconv.ParseFloat(string(b), 64)
	if err != nil {
		return fmt.Errorf("results: %s is not a number", b)
	}
	*f = Float(v)
	return nil
}
