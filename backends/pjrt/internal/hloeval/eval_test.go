package hloeval

import (
	"math"
	"strings"
	"testing"
)

func run(t *testing.T, text string, args ...*Tensor) []*Tensor {
	t.Helper()
	m, err := Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	out, err := m.Run(args)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func tensor(elem string, dims []int, v ...float64) *Tensor {
	return &Tensor{Type: Type{Elem: elem, Dims: dims}, V: v}
}

func same(t *testing.T, what string, got *Tensor, want ...float64) {
	t.Helper()
	if len(got.V) != len(want) {
		t.Fatalf("%s: %v, want %v", what, got.V, want)
	}
	for i := range want {
		if got.V[i] != want[i] && !(math.IsNaN(got.V[i]) && math.IsNaN(want[i])) {
			t.Fatalf("%s: %v, want %v", what, got.V, want)
		}
	}
}

// The programs below are written in the form go-xla's builder prints.

func TestDotGeneralBatchAndContract(t *testing.T) {
	// [2 batch, 2, 3] · [2 batch, 3, 1] → [2, 2, 1]
	text := `module @m {
  func.func @main(%arg0: tensor<2x2x3xf32>, %arg1: tensor<2x3x1xf32>) -> tensor<2x2x1xf32> {
    %0 = "stablehlo.dot_general"(%arg0, %arg1) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0],
  rhs_batching_dimensions = [0],
  lhs_contracting_dimensions = [2],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<2x2x3xf32>, tensor<2x3x1xf32>) -> tensor<2x2x1xf32>
    "stablehlo.return"(%0) : (tensor<2x2x1xf32>) -> ()
  }
}
`
	a := tensor("f32", []int{2, 2, 3}, 1, 2, 3, 4, 5, 6, 1, 0, 0, 0, 1, 0)
	b := tensor("f32", []int{2, 3, 1}, 1, 1, 1, 7, 8, 9)
	same(t, "dot", run(t, text, a, b)[0], 6, 15, 7, 8)
}

func TestGatherScatterRows(t *testing.T) {
	text := `module @m {
  func.func @main(%arg0: tensor<3x2xf32>, %arg1: tensor<2x1xi32>, %arg2: tensor<2x2xi32>, %arg3: tensor<2xf32>) -> (tensor<2x2xf32>, tensor<3x2xf32>) {
    %0 = "stablehlo.gather"(%arg0, %arg1) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [1],
  collapsed_slice_dims = [0],
  operand_batching_dims = [],
  start_indices_batching_dims = [],
  start_index_map = [0],
  index_vector_dim = 1>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1, 2>
    } : (tensor<3x2xf32>, tensor<2x1xi32>) -> tensor<2x2xf32>
    %2 = "stablehlo.scatter"(%arg0, %arg2, %arg3) ({
      ^updateFn(%arg4: tensor<f32>, %arg5: tensor<f32>) :
          "stablehlo.return"(%arg5) : (tensor<f32>) -> ()
    }) {
      indices_are_sorted = false,
      scatter_dimension_numbers = #stablehlo.scatter<
  update_window_dims = [],
  inserted_window_dims = [0, 1],
  input_batching_dims = [],
  scatter_indices_batching_dims = [],
  scatter_dims_to_operand_dims = [0, 1],
  index_vector_dim = 1>,
      unique_indices = false
    } : (tensor<3x2xf32>, tensor<2x2xi32>, tensor<2xf32>) -> tensor<3x2xf32>
    "stablehlo.return"(%0, %2) : (tensor<2x2xf32>, tensor<3x2xf32>) -> ()
  }
}
`
	x := tensor("f32", []int{3, 2}, 1, 2, 3, 4, 5, 6)
	rows := tensor("i32", []int{2, 1}, 2, 0)
	at := tensor("i32", []int{2, 2}, 1, 1, 7, 0) // the second is out of bounds: skipped
	upd := tensor("f32", []int{2}, -1, -2)
	out := run(t, text, x, rows, at, upd)
	same(t, "gather", out[0], 5, 6, 1, 2)
	same(t, "scatter", out[1], 1, 2, 3, -1, 5, 6)
	same(t, "operand untouched", x, 1, 2, 3, 4, 5, 6)
}

func TestReduceMaxPropagatesNaN(t *testing.T) {
	text := `module @m {
  func.func @main(%arg0: tensor<2x3xf32>) -> tensor<2xf32> {
    %0 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %2 = "stablehlo.reduce"(%arg0, %0) ({
      ^reductionFn(%arg1: tensor<f32>, %arg2: tensor<f32>) :
          %1 = "stablehlo.maximum"(%arg1, %arg2) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<2x3xf32>, tensor<f32>) -> tensor<2xf32>
    "stablehlo.return"(%2) : (tensor<2xf32>) -> ()
  }
}
`
	same(t, "max", run(t, text, tensor("f32", []int{2, 3}, 1, 5, 2, 1, math.NaN(), 9))[0], 5, math.NaN())
}

func TestConvertRoundsToBF16(t *testing.T) {
	text := `module @m {
  func.func @main(%arg0: tensor<2xf32>) -> tensor<2xbf16> {
    %0 = "stablehlo.convert"(%arg0) : (tensor<2xf32>) -> tensor<2xbf16>
    "stablehlo.return"(%0) : (tensor<2xbf16>) -> ()
  }
}
`
	// 1+2^-8 is a tie between bf16 neighbours 1 and 1+2^-7: to even, 1.
	same(t, "convert", run(t, text, tensor("f32", []int{2}, 1+1.0/256, 1+3.0/256))[0], 1, 1+1.0/64)
}

func TestRefusesWhatItDoesNotKnow(t *testing.T) {
	text := `module @m {
  func.func @main(%arg0: tensor<2xf32>) -> tensor<2xf32> {
    %0 = "stablehlo.cosine"(%arg0) : (tensor<2xf32>) -> tensor<2xf32>
    "stablehlo.return"(%0) : (tensor<2xf32>) -> ()
  }
}
`
	m, err := Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := m.Run([]*Tensor{tensor("f32", []int{2}, 0, 1)}); err == nil || !strings.Contains(err.Error(), "not in the subset") {
		t.Fatalf("cosine: %v", err)
	}
	bad := strings.Replace(text, "-> tensor<2xf32>\n    \"stablehlo.return\"", "-> tensor<3xf32>\n    \"stablehlo.return\"", 1)
	m, err = Parse(bad)
	if err == nil {
		_, err = m.Run([]*Tensor{tensor("f32", []int{2}, 0, 1)})
	}
	if err == nil {
		t.Fatal("a result type that disagrees with the value was accepted")
	}
	if _, err := Parse("module @m {\n  func.func @other() -> tensor<f32> {\n  }\n}\n"); err == nil {
		t.Fatal("a module without main was accepted")
	}
}
