module @step_r4_l4_t4 {
  func.func @main(%arg0: tensor<512x128xbf16>, %arg1: tensor<128xbf16>, %arg2: tensor<128x128xbf16>, %arg3: tensor<32x128xbf16>, %arg4: tensor<32x128xbf16>, %arg5: tensor<128x128xbf16>, %arg6: tensor<128xbf16>, %arg7: tensor<256x128xbf16>, %arg8: tensor<256x128xbf16>, %arg9: tensor<128x256xbf16>, %arg10: tensor<128xbf16>, %arg11: tensor<128x128xbf16>, %arg12: tensor<32x128xbf16>, %arg13: tensor<32x128xbf16>, %arg14: tensor<128x128xbf16>, %arg15: tensor<128xbf16>, %arg16: tensor<256x128xbf16>, %arg17: tensor<256x128xbf16>, %arg18: tensor<128x256xbf16>, %arg19: tensor<128xbf16>, %arg20: tensor<32x32xf32>, %arg21: tensor<4x32x32xbf16> { tf.aliasing_output = 0 : i32 }, %arg22: tensor<4x32x32xbf16> { tf.aliasing_output = 1 : i32 }, %arg23: tensor<4x32x32xbf16> { tf.aliasing_output = 2 : i32 }, %arg24: tensor<4x32x32xbf16> { tf.aliasing_output = 3 : i32 }, %arg25: tensor<4xi32>, %arg26: tensor<4xi32>, %arg27: tensor<4xi32>, %arg28: tensor<4xi32>, %arg29: tensor<4xi32>, %arg30: tensor<4xi32>) -> (tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x512xf32>, tensor<4xi32>, tensor<4xf32>, tensor<4xi32>) {
    %0 = "stablehlo.reshape"(%arg27) : (tensor<4xi32>) -> tensor<4x1xi32>
    %1 = "stablehlo.reshape"(%arg26) : (tensor<4xi32>) -> tensor<4x1xi32>
    %2 = "stablehlo.concatenate"(%0, %1) { dimension = 1 : i64 } : (tensor<4x1xi32>, tensor<4x1xi32>) -> tensor<4x2xi32>
    %3 = "stablehlo.reshape"(%arg25) : (tensor<4xi32>) -> tensor<4x1xi32>
    %4 = "stablehlo.gather"(%arg0, %3) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [1],
  collapsed_slice_dims = [0],
  operand_batching_dims = [],
  start_indices_batching_dims = [],
  start_index_map = [0],
  index_vector_dim = 1>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1, 128>
    } : (tensor<512x128xbf16>, tensor<4x1xi32>) -> tensor<4x128xbf16>
    %5 = "stablehlo.convert"(%4) : (tensor<4x128xbf16>) -> tensor<4x128xf32>
    %6 = "stablehlo.constant"() { value = dense<11.313708305358887> : tensor<f32> } : () -> tensor<f32>
    %7 = "stablehlo.broadcast_in_dim"(%6) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x128xf32>
    %8 = "stablehlo.multiply"(%5, %7) : (tensor<4x128xf32>, tensor<4x128xf32>) -> tensor<4x128xf32>
    %9 = "stablehlo.reshape"(%8) : (tensor<4x128xf32>) -> tensor<4x128xf32>
    %10 = "stablehlo.multiply"(%9, %9) : (tensor<4x128xf32>, tensor<4x128xf32>) -> tensor<4x128xf32>
    %11 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %13 = "stablehlo.reduce"(%10, %11) ({
      ^reductionFn(%arg31: tensor<f32>, %arg32: tensor<f32>) :
          %12 = "stablehlo.add"(%arg31, %arg32) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%12) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x128xf32>, tensor<f32>) -> tensor<4xf32>
    %14 = "stablehlo.constant"() { value = dense<0.0078125> : tensor<f32> } : () -> tensor<f32>
    %15 = "stablehlo.broadcast_in_dim"(%14) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %16 = "stablehlo.multiply"(%13, %15) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %17 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %18 = "stablehlo.broadcast_in_dim"(%17) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %19 = "stablehlo.add"(%16, %18) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %20 = "stablehlo.rsqrt"(%19) : (tensor<4xf32>) -> tensor<4xf32>
    %21 = "stablehlo.convert"(%arg1) : (tensor<128xbf16>) -> tensor<128xf32>
    %22 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %23 = "stablehlo.broadcast_in_dim"(%22) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<128xf32>
    %24 = "stablehlo.add"(%21, %23) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %25 = "stablehlo.broadcast_in_dim"(%20) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x128xf32>
    %26 = "stablehlo.multiply"(%9, %25) : (tensor<4x128xf32>, tensor<4x128xf32>) -> tensor<4x128xf32>
    %27 = "stablehlo.broadcast_in_dim"(%24) { broadcast_dimensions = array<i64: 1> } : (tensor<128xf32>) -> tensor<4x128xf32>
    %28 = "stablehlo.multiply"(%26, %27) : (tensor<4x128xf32>, tensor<4x128xf32>) -> tensor<4x128xf32>
    %29 = "stablehlo.reshape"(%28) : (tensor<4x128xf32>) -> tensor<4x128xf32>
    %30 = "stablehlo.convert"(%arg2) : (tensor<128x128xbf16>) -> tensor<128x128xf32>
    %31 = "stablehlo.dot_general"(%29, %30) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x128xf32>, tensor<128x128xf32>) -> tensor<4x128xf32>
    %32 = "stablehlo.convert"(%arg3) : (tensor<32x128xbf16>) -> tensor<32x128xf32>
    %33 = "stablehlo.dot_general"(%29, %32) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x128xf32>, tensor<32x128xf32>) -> tensor<4x32xf32>
    %34 = "stablehlo.convert"(%arg4) : (tensor<32x128xbf16>) -> tensor<32x128xf32>
    %35 = "stablehlo.dot_general"(%29, %34) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x128xf32>, tensor<32x128xf32>) -> tensor<4x32xf32>
    %36 = "stablehlo.reshape"(%arg26) : (tensor<4xi32>) -> tensor<4x1xi32>
    %37 = "stablehlo.gather"(%arg20, %36) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [1],
  collapsed_slice_dims = [0],
  operand_batching_dims = [],
  start_indices_batching_dims = [],
  start_index_map = [0],
  index_vector_dim = 1>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1, 32>
    } : (tensor<32x32xf32>, tensor<4x1xi32>) -> tensor<4x32xf32>
    %38 = "stablehlo.slice"(%37) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x32xf32>) -> tensor<4x16xf32>
    %39 = "stablehlo.broadcast_in_dim"(%38) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x16xf32>) -> tensor<4x4x16xf32>
    %40 = "stablehlo.slice"(%37) {
      limit_indices = array<i64: 4, 32>,
      start_indices = array<i64: 0, 16>,
      strides = array<i64: 1, 1>
    } : (tensor<4x32xf32>) -> tensor<4x16xf32>
    %41 = "stablehlo.broadcast_in_dim"(%40) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x16xf32>) -> tensor<4x4x16xf32>
    %42 = "stablehlo.reshape"(%31) : (tensor<4x128xf32>) -> tensor<4x4x32xf32>
    %43 = "stablehlo.slice"(%42) {
      limit_indices = array<i64: 4, 4, 16>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x32xf32>) -> tensor<4x4x16xf32>
    %44 = "stablehlo.slice"(%42) {
      limit_indices = array<i64: 4, 4, 32>,
      start_indices = array<i64: 0, 0, 16>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x32xf32>) -> tensor<4x4x16xf32>
    %45 = "stablehlo.multiply"(%43, %39) : (tensor<4x4x16xf32>, tensor<4x4x16xf32>) -> tensor<4x4x16xf32>
    %46 = "stablehlo.multiply"(%44, %41) : (tensor<4x4x16xf32>, tensor<4x4x16xf32>) -> tensor<4x4x16xf32>
    %47 = "stablehlo.subtract"(%45, %46) : (tensor<4x4x16xf32>, tensor<4x4x16xf32>) -> tensor<4x4x16xf32>
    %48 = "stablehlo.multiply"(%44, %39) : (tensor<4x4x16xf32>, tensor<4x4x16xf32>) -> tensor<4x4x16xf32>
    %49 = "stablehlo.multiply"(%43, %41) : (tensor<4x4x16xf32>, tensor<4x4x16xf32>) -> tensor<4x4x16xf32>
    %50 = "stablehlo.add"(%48, %49) : (tensor<4x4x16xf32>, tensor<4x4x16xf32>) -> tensor<4x4x16xf32>
    %51 = "stablehlo.concatenate"(%47, %50) { dimension = 2 : i64 } : (tensor<4x4x16xf32>, tensor<4x4x16xf32>) -> tensor<4x4x32xf32>
    %52 = "stablehlo.reshape"(%51) : (tensor<4x4x32xf32>) -> tensor<4x128xf32>
    %53 = "stablehlo.reshape"(%arg26) : (tensor<4xi32>) -> tensor<4x1xi32>
    %54 = "stablehlo.gather"(%arg20, %53) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [1],
  collapsed_slice_dims = [0],
  operand_batching_dims = [],
  start_indices_batching_dims = [],
  start_index_map = [0],
  index_vector_dim = 1>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1, 32>
    } : (tensor<32x32xf32>, tensor<4x1xi32>) -> tensor<4x32xf32>
    %55 = "stablehlo.slice"(%54) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x32xf32>) -> tensor<4x16xf32>
    %56 = "stablehlo.broadcast_in_dim"(%55) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x16xf32>) -> tensor<4x1x16xf32>
    %57 = "stablehlo.slice"(%54) {
      limit_indices = array<i64: 4, 32>,
      start_indices = array<i64: 0, 16>,
      strides = array<i64: 1, 1>
    } : (tensor<4x32xf32>) -> tensor<4x16xf32>
    %58 = "stablehlo.broadcast_in_dim"(%57) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x16xf32>) -> tensor<4x1x16xf32>
    %59 = "stablehlo.reshape"(%33) : (tensor<4x32xf32>) -> tensor<4x1x32xf32>
    %60 = "stablehlo.slice"(%59) {
      limit_indices = array<i64: 4, 1, 16>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x1x32xf32>) -> tensor<4x1x16xf32>
    %61 = "stablehlo.slice"(%59) {
      limit_indices = array<i64: 4, 1, 32>,
      start_indices = array<i64: 0, 0, 16>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x1x32xf32>) -> tensor<4x1x16xf32>
    %62 = "stablehlo.multiply"(%60, %56) : (tensor<4x1x16xf32>, tensor<4x1x16xf32>) -> tensor<4x1x16xf32>
    %63 = "stablehlo.multiply"(%61, %58) : (tensor<4x1x16xf32>, tensor<4x1x16xf32>) -> tensor<4x1x16xf32>
    %64 = "stablehlo.subtract"(%62, %63) : (tensor<4x1x16xf32>, tensor<4x1x16xf32>) -> tensor<4x1x16xf32>
    %65 = "stablehlo.multiply"(%61, %56) : (tensor<4x1x16xf32>, tensor<4x1x16xf32>) -> tensor<4x1x16xf32>
    %66 = "stablehlo.multiply"(%60, %58) : (tensor<4x1x16xf32>, tensor<4x1x16xf32>) -> tensor<4x1x16xf32>
    %67 = "stablehlo.add"(%65, %66) : (tensor<4x1x16xf32>, tensor<4x1x16xf32>) -> tensor<4x1x16xf32>
    %68 = "stablehlo.concatenate"(%64, %67) { dimension = 2 : i64 } : (tensor<4x1x16xf32>, tensor<4x1x16xf32>) -> tensor<4x1x32xf32>
    %69 = "stablehlo.reshape"(%68) : (tensor<4x1x32xf32>) -> tensor<4x32xf32>
    %70 = "stablehlo.convert"(%69) : (tensor<4x32xf32>) -> tensor<4x32xbf16>
    %71 = "stablehlo.scatter"(%arg21, %2, %70) ({
      ^updateFn(%arg33: tensor<bf16>, %arg34: tensor<bf16>) :
          "stablehlo.return"(%arg34) : (tensor<bf16>) -> ()
    }) {
      indices_are_sorted = false,
      scatter_dimension_numbers = #stablehlo.scatter<
  update_window_dims = [1],
  inserted_window_dims = [0, 1],
  input_batching_dims = [],
  scatter_indices_batching_dims = [],
  scatter_dims_to_operand_dims = [0, 1],
  index_vector_dim = 1>,
      unique_indices = false
    } : (tensor<4x32x32xbf16>, tensor<4x2xi32>, tensor<4x32xbf16>) -> tensor<4x32x32xbf16>
    %72 = "stablehlo.convert"(%35) : (tensor<4x32xf32>) -> tensor<4x32xbf16>
    %73 = "stablehlo.scatter"(%arg22, %2, %72) ({
      ^updateFn(%arg35: tensor<bf16>, %arg36: tensor<bf16>) :
          "stablehlo.return"(%arg36) : (tensor<bf16>) -> ()
    }) {
      indices_are_sorted = false,
      scatter_dimension_numbers = #stablehlo.scatter<
  update_window_dims = [1],
  inserted_window_dims = [0, 1],
  input_batching_dims = [],
  scatter_indices_batching_dims = [],
  scatter_dims_to_operand_dims = [0, 1],
  index_vector_dim = 1>,
      unique_indices = false
    } : (tensor<4x32x32xbf16>, tensor<4x2xi32>, tensor<4x32xbf16>) -> tensor<4x32x32xbf16>
    %74 = "stablehlo.convert"(%71) : (tensor<4x32x32xbf16>) -> tensor<4x32x32xf32>
    %75 = "stablehlo.reshape"(%74) : (tensor<4x32x32xf32>) -> tensor<128x1x32xf32>
    %76 = "stablehlo.convert"(%73) : (tensor<4x32x32xbf16>) -> tensor<4x32x32xf32>
    %77 = "stablehlo.reshape"(%76) : (tensor<4x32x32xf32>) -> tensor<128x1x32xf32>
    %78 = "stablehlo.reshape"(%52) : (tensor<4x128xf32>) -> tensor<4x1x4x32xf32>
    %79 = "stablehlo.dot_general"(%78, %75) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [1],
  rhs_batching_dimensions = [1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [2]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x1x4x32xf32>, tensor<128x1x32xf32>) -> tensor<1x4x4x128xf32>
    %80 = "stablehlo.constant"() { value = dense<0.1767766922712326> : tensor<f32> } : () -> tensor<f32>
    %81 = "stablehlo.broadcast_in_dim"(%80) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<1x4x4x128xf32>
    %82 = "stablehlo.multiply"(%79, %81) : (tensor<1x4x4x128xf32>, tensor<1x4x4x128xf32>) -> tensor<1x4x4x128xf32>
    %83 = "stablehlo.iota"() { iota_dimension = 1 : i64 } : () -> tensor<4x4x32xi32>
    %84 = "stablehlo.iota"() { iota_dimension = 2 : i64 } : () -> tensor<4x4x32xi32>
    %85 = "stablehlo.broadcast_in_dim"(%arg27) { broadcast_dimensions = array<i64: 0> } : (tensor<4xi32>) -> tensor<4x4x32xi32>
    %86 = "stablehlo.broadcast_in_dim"(%arg26) { broadcast_dimensions = array<i64: 0> } : (tensor<4xi32>) -> tensor<4x4x32xi32>
    %87 = "stablehlo.compare"(%83, %85) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<4x4x32xi32>, tensor<4x4x32xi32>) -> tensor<4x4x32xi1>
    %88 = "stablehlo.compare"(%84, %86) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction LE>
    } : (tensor<4x4x32xi32>, tensor<4x4x32xi32>) -> tensor<4x4x32xi1>
    %89 = "stablehlo.and"(%87, %88) : (tensor<4x4x32xi1>, tensor<4x4x32xi1>) -> tensor<4x4x32xi1>
    %90 = "stablehlo.reshape"(%89) : (tensor<4x4x32xi1>) -> tensor<4x128xi1>
    %91 = "stablehlo.broadcast_in_dim"(%90) { broadcast_dimensions = array<i64: 1, 3> } : (tensor<4x128xi1>) -> tensor<1x4x4x128xi1>
    %92 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %93 = "stablehlo.broadcast_in_dim"(%92) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<1x4x4x128xf32>
    %94 = "stablehlo.select"(%91, %82, %93) : (tensor<1x4x4x128xi1>, tensor<1x4x4x128xf32>, tensor<1x4x4x128xf32>) -> tensor<1x4x4x128xf32>
    %95 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %97 = "stablehlo.reduce"(%94, %95) ({
      ^reductionFn(%arg37: tensor<f32>, %arg38: tensor<f32>) :
          %96 = "stablehlo.maximum"(%arg37, %arg38) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%96) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<1x4x4x128xf32>, tensor<f32>) -> tensor<1x4x4xf32>
    %98 = "stablehlo.broadcast_in_dim"(%97) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<1x4x4xf32>) -> tensor<1x4x4x128xf32>
    %99 = "stablehlo.subtract"(%94, %98) : (tensor<1x4x4x128xf32>, tensor<1x4x4x128xf32>) -> tensor<1x4x4x128xf32>
    %100 = "stablehlo.exponential"(%99) : (tensor<1x4x4x128xf32>) -> tensor<1x4x4x128xf32>
    %101 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %103 = "stablehlo.reduce"(%100, %101) ({
      ^reductionFn(%arg39: tensor<f32>, %arg40: tensor<f32>) :
          %102 = "stablehlo.add"(%arg39, %arg40) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%102) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<1x4x4x128xf32>, tensor<f32>) -> tensor<1x4x4xf32>
    %104 = "stablehlo.broadcast_in_dim"(%103) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<1x4x4xf32>) -> tensor<1x4x4x128xf32>
    %105 = "stablehlo.divide"(%100, %104) : (tensor<1x4x4x128xf32>, tensor<1x4x4x128xf32>) -> tensor<1x4x4x128xf32>
    %106 = "stablehlo.dot_general"(%105, %77) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0],
  rhs_batching_dimensions = [1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [0]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x4x4x128xf32>, tensor<128x1x32xf32>) -> tensor<1x4x4x32xf32>
    %107 = "stablehlo.transpose"(%106) { permutation = array<i64: 1, 0, 2, 3> } : (tensor<1x4x4x32xf32>) -> tensor<4x1x4x32xf32>
    %108 = "stablehlo.reshape"(%107) : (tensor<4x1x4x32xf32>) -> tensor<4x128xf32>
    %109 = "stablehlo.convert"(%arg5) : (tensor<128x128xbf16>) -> tensor<128x128xf32>
    %110 = "stablehlo.dot_general"(%108, %109) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x128xf32>, tensor<128x128xf32>) -> tensor<4x128xf32>
    %111 = "stablehlo.add"(%8, %110) : (tensor<4x128xf32>, tensor<4x128xf32>) -> tensor<4x128xf32>
    %112 = "stablehlo.reshape"(%111) : (tensor<4x128xf32>) -> tensor<4x128xf32>
    %113 = "stablehlo.multiply"(%112, %112) : (tensor<4x128xf32>, tensor<4x128xf32>) -> tensor<4x128xf32>
    %114 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %116 = "stablehlo.reduce"(%113, %114) ({
      ^reductionFn(%arg41: tensor<f32>, %arg42: tensor<f32>) :
          %115 = "stablehlo.add"(%arg41, %arg42) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%115) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x128xf32>, tensor<f32>) -> tensor<4xf32>
    %117 = "stablehlo.constant"() { value = dense<0.0078125> : tensor<f32> } : () -> tensor<f32>
    %118 = "stablehlo.broadcast_in_dim"(%117) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %119 = "stablehlo.multiply"(%116, %118) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %120 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %121 = "stablehlo.broadcast_in_dim"(%120) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %122 = "stablehlo.add"(%119, %121) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %123 = "stablehlo.rsqrt"(%122) : (tensor<4xf32>) -> tensor<4xf32>
    %124 = "stablehlo.convert"(%arg6) : (tensor<128xbf16>) -> tensor<128xf32>
    %125 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %126 = "stablehlo.broadcast_in_dim"(%125) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<128xf32>
    %127 = "stablehlo.add"(%124, %126) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %128 = "stablehlo.broadcast_in_dim"(%123) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x128xf32>
    %129 = "stablehlo.multiply"(%112, %128) : (tensor<4x128xf32>, tensor<4x128xf32>) -> tensor<4x128xf32>
    %130 = "stablehlo.broadcast_in_dim"(%127) { broadcast_dimensions = array<i64: 1> } : (tensor<128xf32>) -> tensor<4x128xf32>
    %131 = "stablehlo.multiply"(%129, %130) : (tensor<4x128xf32>, tensor<4x128xf32>) -> tensor<4x128xf32>
    %132 = "stablehlo.reshape"(%131) : (tensor<4x128xf32>) -> tensor<4x128xf32>
    %133 = "stablehlo.convert"(%arg7) : (tensor<256x128xbf16>) -> tensor<256x128xf32>
    %134 = "stablehlo.dot_general"(%132, %133) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x128xf32>, tensor<256x128xf32>) -> tensor<4x256xf32>
    %135 = "stablehlo.convert"(%arg8) : (tensor<256x128xbf16>) -> tensor<256x128xf32>
    %136 = "stablehlo.dot_general"(%132, %135) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x128xf32>, tensor<256x128xf32>) -> tensor<4x256xf32>
    %137 = "stablehlo.multiply"(%134, %134) : (tensor<4x256xf32>, tensor<4x256xf32>) -> tensor<4x256xf32>
    %138 = "stablehlo.multiply"(%137, %134) : (tensor<4x256xf32>, tensor<4x256xf32>) -> tensor<4x256xf32>
    %139 = "stablehlo.constant"() { value = dense<0.044714998453855515> : tensor<f32> } : () -> tensor<f32>
    %140 = "stablehlo.broadcast_in_dim"(%139) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x256xf32>
    %141 = "stablehlo.multiply"(%138, %140) : (tensor<4x256xf32>, tensor<4x256xf32>) -> tensor<4x256xf32>
    %142 = "stablehlo.add"(%134, %141) : (tensor<4x256xf32>, tensor<4x256xf32>) -> tensor<4x256xf32>
    %143 = "stablehlo.constant"() { value = dense<0.7978845834732056> : tensor<f32> } : () -> tensor<f32>
    %144 = "stablehlo.broadcast_in_dim"(%143) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x256xf32>
    %145 = "stablehlo.multiply"(%142, %144) : (tensor<4x256xf32>, tensor<4x256xf32>) -> tensor<4x256xf32>
    %146 = "stablehlo.constant"() { value = dense<0.5> : tensor<f32> } : () -> tensor<f32>
    %147 = "stablehlo.broadcast_in_dim"(%146) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x256xf32>
    %148 = "stablehlo.multiply"(%134, %147) : (tensor<4x256xf32>, tensor<4x256xf32>) -> tensor<4x256xf32>
    %149 = "stablehlo.tanh"(%145) : (tensor<4x256xf32>) -> tensor<4x256xf32>
    %150 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %151 = "stablehlo.broadcast_in_dim"(%150) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x256xf32>
    %152 = "stablehlo.add"(%149, %151) : (tensor<4x256xf32>, tensor<4x256xf32>) -> tensor<4x256xf32>
    %153 = "stablehlo.multiply"(%148, %152) : (tensor<4x256xf32>, tensor<4x256xf32>) -> tensor<4x256xf32>
    %154 = "stablehlo.multiply"(%153, %136) : (tensor<4x256xf32>, tensor<4x256xf32>) -> tensor<4x256xf32>
    %155 = "stablehlo.convert"(%arg9) : (tensor<128x256xbf16>) -> tensor<128x256xf32>
    %156 = "stablehlo.dot_general"(%154, %155) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x256xf32>, tensor<128x256xf32>) -> tensor<4x128xf32>
    %157 = "stablehlo.add"(%111, %156) : (tensor<4x128xf32>, tensor<4x128xf32>) -> tensor<4x128xf32>
    %158 = "stablehlo.reshape"(%157) : (tensor<4x128xf32>) -> tensor<4x128xf32>
    %159 = "stablehlo.multiply"(%158, %158) : (tensor<4x128xf32>, tensor<4x128xf32>) -> tensor<4x128xf32>
    %160 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %162 = "stablehlo.reduce"(%159, %160) ({
      ^reductionFn(%arg43: tensor<f32>, %arg44: tensor<f32>) :
          %161 = "stablehlo.add"(%arg43, %arg44) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%161) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x128xf32>, tensor<f32>) -> tensor<4xf32>
    %163 = "stablehlo.constant"() { value = dense<0.0078125> : tensor<f32> } : () -> tensor<f32>
    %164 = "stablehlo.broadcast_in_dim"(%163) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %165 = "stablehlo.multiply"(%162, %164) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %166 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %167 = "stablehlo.broadcast_in_dim"(%166) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %168 = "stablehlo.add"(%165, %167) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %169 = "stablehlo.rsqrt"(%168) : (tensor<4xf32>) -> tensor<4xf32>
    %170 = "stablehlo.convert"(%arg10) : (tensor<128xbf16>) -> tensor<128xf32>
    %171 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %172 = "stablehlo.broadcast_in_dim"(%171) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<128xf32>
    %173 = "stablehlo.add"(%170, %172) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %174 = "stablehlo.broadcast_in_dim"(%169) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x128xf32>
    %175 = "stablehlo.multiply"(%158, %174) : (tensor<4x128xf32>, tensor<4x128xf32>) -> tensor<4x128xf32>
    %176 = "stablehlo.broadcast_in_dim"(%173) { broadcast_dimensions = array<i64: 1> } : (tensor<128xf32>) -> tensor<4x128xf32>
    %177 = "stablehlo.multiply"(%175, %176) : (tensor<4x128xf32>, tensor<4x128xf32>) -> tensor<4x128xf32>
    %178 = "stablehlo.reshape"(%177) : (tensor<4x128xf32>) -> tensor<4x128xf32>
    %179 = "stablehlo.convert"(%arg11) : (tensor<128x128xbf16>) -> tensor<128x128xf32>
    %180 = "stablehlo.dot_general"(%178, %179) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x128xf32>, tensor<128x128xf32>) -> tensor<4x128xf32>
    %181 = "stablehlo.convert"(%arg12) : (tensor<32x128xbf16>) -> tensor<32x128xf32>
    %182 = "stablehlo.dot_general"(%178, %181) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x128xf32>, tensor<32x128xf32>) -> tensor<4x32xf32>
    %183 = "stablehlo.convert"(%arg13) : (tensor<32x128xbf16>) -> tensor<32x128xf32>
    %184 = "stablehlo.dot_general"(%178, %183) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x128xf32>, tensor<32x128xf32>) -> tensor<4x32xf32>
    %185 = "stablehlo.reshape"(%arg26) : (tensor<4xi32>) -> tensor<4x1xi32>
    %186 = "stablehlo.gather"(%arg20, %185) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [1],
  collapsed_slice_dims = [0],
  operand_batching_dims = [],
  start_indices_batching_dims = [],
  start_index_map = [0],
  index_vector_dim = 1>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1, 32>
    } : (tensor<32x32xf32>, tensor<4x1xi32>) -> tensor<4x32xf32>
    %187 = "stablehlo.slice"(%186) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x32xf32>) -> tensor<4x16xf32>
    %188 = "stablehlo.broadcast_in_dim"(%187) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x16xf32>) -> tensor<4x4x16xf32>
    %189 = "stablehlo.slice"(%186) {
      limit_indices = array<i64: 4, 32>,
      start_indices = array<i64: 0, 16>,
      strides = array<i64: 1, 1>
    } : (tensor<4x32xf32>) -> tensor<4x16xf32>
    %190 = "stablehlo.broadcast_in_dim"(%189) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x16xf32>) -> tensor<4x4x16xf32>
    %191 = "stablehlo.reshape"(%180) : (tensor<4x128xf32>) -> tensor<4x4x32xf32>
    %192 = "stablehlo.slice"(%191) {
      limit_indices = array<i64: 4, 4, 16>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x32xf32>) -> tensor<4x4x16xf32>
    %193 = "stablehlo.slice"(%191) {
      limit_indices = array<i64: 4, 4, 32>,
      start_indices = array<i64: 0, 0, 16>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x32xf32>) -> tensor<4x4x16xf32>
    %194 = "stablehlo.multiply"(%192, %188) : (tensor<4x4x16xf32>, tensor<4x4x16xf32>) -> tensor<4x4x16xf32>
    %195 = "stablehlo.multiply"(%193, %190) : (tensor<4x4x16xf32>, tensor<4x4x16xf32>) -> tensor<4x4x16xf32>
    %196 = "stablehlo.subtract"(%194, %195) : (tensor<4x4x16xf32>, tensor<4x4x16xf32>) -> tensor<4x4x16xf32>
    %197 = "stablehlo.multiply"(%193, %188) : (tensor<4x4x16xf32>, tensor<4x4x16xf32>) -> tensor<4x4x16xf32>
    %198 = "stablehlo.multiply"(%192, %190) : (tensor<4x4x16xf32>, tensor<4x4x16xf32>) -> tensor<4x4x16xf32>
    %199 = "stablehlo.add"(%197, %198) : (tensor<4x4x16xf32>, tensor<4x4x16xf32>) -> tensor<4x4x16xf32>
    %200 = "stablehlo.concatenate"(%196, %199) { dimension = 2 : i64 } : (tensor<4x4x16xf32>, tensor<4x4x16xf32>) -> tensor<4x4x32xf32>
    %201 = "stablehlo.reshape"(%200) : (tensor<4x4x32xf32>) -> tensor<4x128xf32>
    %202 = "stablehlo.reshape"(%arg26) : (tensor<4xi32>) -> tensor<4x1xi32>
    %203 = "stablehlo.gather"(%arg20, %202) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [1],
  collapsed_slice_dims = [0],
  operand_batching_dims = [],
  start_indices_batching_dims = [],
  start_index_map = [0],
  index_vector_dim = 1>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1, 32>
    } : (tensor<32x32xf32>, tensor<4x1xi32>) -> tensor<4x32xf32>
    %204 = "stablehlo.slice"(%203) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x32xf32>) -> tensor<4x16xf32>
    %205 = "stablehlo.broadcast_in_dim"(%204) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x16xf32>) -> tensor<4x1x16xf32>
    %206 = "stablehlo.slice"(%203) {
      limit_indices = array<i64: 4, 32>,
      start_indices = array<i64: 0, 16>,
      strides = array<i64: 1, 1>
    } : (tensor<4x32xf32>) -> tensor<4x16xf32>
    %207 = "stablehlo.broadcast_in_dim"(%206) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x16xf32>) -> tensor<4x1x16xf32>
    %208 = "stablehlo.reshape"(%182) : (tensor<4x32xf32>) -> tensor<4x1x32xf32>
    %209 = "stablehlo.slice"(%208) {
      limit_indices = array<i64: 4, 1, 16>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x1x32xf32>) -> tensor<4x1x16xf32>
    %210 = "stablehlo.slice"(%208) {
      limit_indices = array<i64: 4, 1, 32>,
      start_indices = array<i64: 0, 0, 16>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x1x32xf32>) -> tensor<4x1x16xf32>
    %211 = "stablehlo.multiply"(%209, %205) : (tensor<4x1x16xf32>, tensor<4x1x16xf32>) -> tensor<4x1x16xf32>
    %212 = "stablehlo.multiply"(%210, %207) : (tensor<4x1x16xf32>, tensor<4x1x16xf32>) -> tensor<4x1x16xf32>
    %213 = "stablehlo.subtract"(%211, %212) : (tensor<4x1x16xf32>, tensor<4x1x16xf32>) -> tensor<4x1x16xf32>
    %214 = "stablehlo.multiply"(%210, %205) : (tensor<4x1x16xf32>, tensor<4x1x16xf32>) -> tensor<4x1x16xf32>
    %215 = "stablehlo.multiply"(%209, %207) : (tensor<4x1x16xf32>, tensor<4x1x16xf32>) -> tensor<4x1x16xf32>
    %216 = "stablehlo.add"(%214, %215) : (tensor<4x1x16xf32>, tensor<4x1x16xf32>) -> tensor<4x1x16xf32>
    %217 = "stablehlo.concatenate"(%213, %216) { dimension = 2 : i64 } : (tensor<4x1x16xf32>, tensor<4x1x16xf32>) -> tensor<4x1x32xf32>
    %218 = "stablehlo.reshape"(%217) : (tensor<4x1x32xf32>) -> tensor<4x32xf32>
    %219 = "stablehlo.convert"(%218) : (tensor<4x32xf32>) -> tensor<4x32xbf16>
    %220 = "stablehlo.scatter"(%arg23, %2, %219) ({
      ^updateFn(%arg45: tensor<bf16>, %arg46: tensor<bf16>) :
          "stablehlo.return"(%arg46) : (tensor<bf16>) -> ()
    }) {
      indices_are_sorted = false,
      scatter_dimension_numbers = #stablehlo.scatter<
  update_window_dims = [1],
  inserted_window_dims = [0, 1],
  input_batching_dims = [],
  scatter_indices_batching_dims = [],
  scatter_dims_to_operand_dims = [0, 1],
  index_vector_dim = 1>,
      unique_indices = false
    } : (tensor<4x32x32xbf16>, tensor<4x2xi32>, tensor<4x32xbf16>) -> tensor<4x32x32xbf16>
    %221 = "stablehlo.convert"(%184) : (tensor<4x32xf32>) -> tensor<4x32xbf16>
    %222 = "stablehlo.scatter"(%arg24, %2, %221) ({
      ^updateFn(%arg47: tensor<bf16>, %arg48: tensor<bf16>) :
          "stablehlo.return"(%arg48) : (tensor<bf16>) -> ()
    }) {
      indices_are_sorted = false,
      scatter_dimension_numbers = #stablehlo.scatter<
  update_window_dims = [1],
  inserted_window_dims = [0, 1],
  input_batching_dims = [],
  scatter_indices_batching_dims = [],
  scatter_dims_to_operand_dims = [0, 1],
  index_vector_dim = 1>,
      unique_indices = false
    } : (tensor<4x32x32xbf16>, tensor<4x2xi32>, tensor<4x32xbf16>) -> tensor<4x32x32xbf16>
    %223 = "stablehlo.convert"(%220) : (tensor<4x32x32xbf16>) -> tensor<4x32x32xf32>
    %224 = "stablehlo.reshape"(%223) : (tensor<4x32x32xf32>) -> tensor<128x1x32xf32>
    %225 = "stablehlo.convert"(%222) : (tensor<4x32x32xbf16>) -> tensor<4x32x32xf32>
    %226 = "stablehlo.reshape"(%225) : (tensor<4x32x32xf32>) -> tensor<128x1x32xf32>
    %227 = "stablehlo.reshape"(%201) : (tensor<4x128xf32>) -> tensor<4x1x4x32xf32>
    %228 = "stablehlo.dot_general"(%227, %224) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [1],
  rhs_batching_dimensions = [1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [2]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x1x4x32xf32>, tensor<128x1x32xf32>) -> tensor<1x4x4x128xf32>
    %229 = "stablehlo.constant"() { value = dense<0.1767766922712326> : tensor<f32> } : () -> tensor<f32>
    %230 = "stablehlo.broadcast_in_dim"(%229) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<1x4x4x128xf32>
    %231 = "stablehlo.multiply"(%228, %230) : (tensor<1x4x4x128xf32>, tensor<1x4x4x128xf32>) -> tensor<1x4x4x128xf32>
    %232 = "stablehlo.broadcast_in_dim"(%90) { broadcast_dimensions = array<i64: 1, 3> } : (tensor<4x128xi1>) -> tensor<1x4x4x128xi1>
    %233 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %234 = "stablehlo.broadcast_in_dim"(%233) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<1x4x4x128xf32>
    %235 = "stablehlo.select"(%232, %231, %234) : (tensor<1x4x4x128xi1>, tensor<1x4x4x128xf32>, tensor<1x4x4x128xf32>) -> tensor<1x4x4x128xf32>
    %236 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %238 = "stablehlo.reduce"(%235, %236) ({
      ^reductionFn(%arg49: tensor<f32>, %arg50: tensor<f32>) :
          %237 = "stablehlo.maximum"(%arg49, %arg50) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%237) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<1x4x4x128xf32>, tensor<f32>) -> tensor<1x4x4xf32>
    %239 = "stablehlo.broadcast_in_dim"(%238) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<1x4x4xf32>) -> tensor<1x4x4x128xf32>
    %240 = "stablehlo.subtract"(%235, %239) : (tensor<1x4x4x128xf32>, tensor<1x4x4x128xf32>) -> tensor<1x4x4x128xf32>
    %241 = "stablehlo.exponential"(%240) : (tensor<1x4x4x128xf32>) -> tensor<1x4x4x128xf32>
    %242 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %244 = "stablehlo.reduce"(%241, %242) ({
      ^reductionFn(%arg51: tensor<f32>, %arg52: tensor<f32>) :
          %243 = "stablehlo.add"(%arg51, %arg52) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%243) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<1x4x4x128xf32>, tensor<f32>) -> tensor<1x4x4xf32>
    %245 = "stablehlo.broadcast_in_dim"(%244) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<1x4x4xf32>) -> tensor<1x4x4x128xf32>
    %246 = "stablehlo.divide"(%241, %245) : (tensor<1x4x4x128xf32>, tensor<1x4x4x128xf32>) -> tensor<1x4x4x128xf32>
    %247 = "stablehlo.dot_general"(%246, %226) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0],
  rhs_batching_dimensions = [1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [0]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x4x4x128xf32>, tensor<128x1x32xf32>) -> tensor<1x4x4x32xf32>
    %248 = "stablehlo.transpose"(%247) { permutation = array<i64: 1, 0, 2, 3> } : (tensor<1x4x4x32xf32>) -> tensor<4x1x4x32xf32>
    %249 = "stablehlo.reshape"(%248) : (tensor<4x1x4x32xf32>) -> tensor<4x128xf32>
    %250 = "stablehlo.convert"(%arg14) : (tensor<128x128xbf16>) -> tensor<128x128xf32>
    %251 = "stablehlo.dot_general"(%249, %250) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x128xf32>, tensor<128x128xf32>) -> tensor<4x128xf32>
    %252 = "stablehlo.add"(%157, %251) : (tensor<4x128xf32>, tensor<4x128xf32>) -> tensor<4x128xf32>
    %253 = "stablehlo.reshape"(%252) : (tensor<4x128xf32>) -> tensor<4x128xf32>
    %254 = "stablehlo.multiply"(%253, %253) : (tensor<4x128xf32>, tensor<4x128xf32>) -> tensor<4x128xf32>
    %255 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %257 = "stablehlo.reduce"(%254, %255) ({
      ^reductionFn(%arg53: tensor<f32>, %arg54: tensor<f32>) :
          %256 = "stablehlo.add"(%arg53, %arg54) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%256) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x128xf32>, tensor<f32>) -> tensor<4xf32>
    %258 = "stablehlo.constant"() { value = dense<0.0078125> : tensor<f32> } : () -> tensor<f32>
    %259 = "stablehlo.broadcast_in_dim"(%258) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %260 = "stablehlo.multiply"(%257, %259) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %261 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %262 = "stablehlo.broadcast_in_dim"(%261) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %263 = "stablehlo.add"(%260, %262) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %264 = "stablehlo.rsqrt"(%263) : (tensor<4xf32>) -> tensor<4xf32>
    %265 = "stablehlo.convert"(%arg15) : (tensor<128xbf16>) -> tensor<128xf32>
    %266 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %267 = "stablehlo.broadcast_in_dim"(%266) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<128xf32>
    %268 = "stablehlo.add"(%265, %267) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %269 = "stablehlo.broadcast_in_dim"(%264) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x128xf32>
    %270 = "stablehlo.multiply"(%253, %269) : (tensor<4x128xf32>, tensor<4x128xf32>) -> tensor<4x128xf32>
    %271 = "stablehlo.broadcast_in_dim"(%268) { broadcast_dimensions = array<i64: 1> } : (tensor<128xf32>) -> tensor<4x128xf32>
    %272 = "stablehlo.multiply"(%270, %271) : (tensor<4x128xf32>, tensor<4x128xf32>) -> tensor<4x128xf32>
    %273 = "stablehlo.reshape"(%272) : (tensor<4x128xf32>) -> tensor<4x128xf32>
    %274 = "stablehlo.convert"(%arg16) : (tensor<256x128xbf16>) -> tensor<256x128xf32>
    %275 = "stablehlo.dot_general"(%273, %274) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x128xf32>, tensor<256x128xf32>) -> tensor<4x256xf32>
    %276 = "stablehlo.convert"(%arg17) : (tensor<256x128xbf16>) -> tensor<256x128xf32>
    %277 = "stablehlo.dot_general"(%273, %276) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x128xf32>, tensor<256x128xf32>) -> tensor<4x256xf32>
    %278 = "stablehlo.multiply"(%275, %275) : (tensor<4x256xf32>, tensor<4x256xf32>) -> tensor<4x256xf32>
    %279 = "stablehlo.multiply"(%278, %275) : (tensor<4x256xf32>, tensor<4x256xf32>) -> tensor<4x256xf32>
    %280 = "stablehlo.constant"() { value = dense<0.044714998453855515> : tensor<f32> } : () -> tensor<f32>
    %281 = "stablehlo.broadcast_in_dim"(%280) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x256xf32>
    %282 = "stablehlo.multiply"(%279, %281) : (tensor<4x256xf32>, tensor<4x256xf32>) -> tensor<4x256xf32>
    %283 = "stablehlo.add"(%275, %282) : (tensor<4x256xf32>, tensor<4x256xf32>) -> tensor<4x256xf32>
    %284 = "stablehlo.constant"() { value = dense<0.7978845834732056> : tensor<f32> } : () -> tensor<f32>
    %285 = "stablehlo.broadcast_in_dim"(%284) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x256xf32>
    %286 = "stablehlo.multiply"(%283, %285) : (tensor<4x256xf32>, tensor<4x256xf32>) -> tensor<4x256xf32>
    %287 = "stablehlo.constant"() { value = dense<0.5> : tensor<f32> } : () -> tensor<f32>
    %288 = "stablehlo.broadcast_in_dim"(%287) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x256xf32>
    %289 = "stablehlo.multiply"(%275, %288) : (tensor<4x256xf32>, tensor<4x256xf32>) -> tensor<4x256xf32>
    %290 = "stablehlo.tanh"(%286) : (tensor<4x256xf32>) -> tensor<4x256xf32>
    %291 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %292 = "stablehlo.broadcast_in_dim"(%291) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x256xf32>
    %293 = "stablehlo.add"(%290, %292) : (tensor<4x256xf32>, tensor<4x256xf32>) -> tensor<4x256xf32>
    %294 = "stablehlo.multiply"(%289, %293) : (tensor<4x256xf32>, tensor<4x256xf32>) -> tensor<4x256xf32>
    %295 = "stablehlo.multiply"(%294, %277) : (tensor<4x256xf32>, tensor<4x256xf32>) -> tensor<4x256xf32>
    %296 = "stablehlo.convert"(%arg18) : (tensor<128x256xbf16>) -> tensor<128x256xf32>
    %297 = "stablehlo.dot_general"(%295, %296) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x256xf32>, tensor<128x256xf32>) -> tensor<4x128xf32>
    %298 = "stablehlo.add"(%252, %297) : (tensor<4x128xf32>, tensor<4x128xf32>) -> tensor<4x128xf32>
    %299 = "stablehlo.reshape"(%arg28) : (tensor<4xi32>) -> tensor<4x1xi32>
    %300 = "stablehlo.gather"(%298, %299) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [1],
  collapsed_slice_dims = [0],
  operand_batching_dims = [],
  start_indices_batching_dims = [],
  start_index_map = [0],
  index_vector_dim = 1>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1, 128>
    } : (tensor<4x128xf32>, tensor<4x1xi32>) -> tensor<4x128xf32>
    %301 = "stablehlo.reshape"(%300) : (tensor<4x128xf32>) -> tensor<4x128xf32>
    %302 = "stablehlo.multiply"(%301, %301) : (tensor<4x128xf32>, tensor<4x128xf32>) -> tensor<4x128xf32>
    %303 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %305 = "stablehlo.reduce"(%302, %303) ({
      ^reductionFn(%arg55: tensor<f32>, %arg56: tensor<f32>) :
          %304 = "stablehlo.add"(%arg55, %arg56) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%304) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x128xf32>, tensor<f32>) -> tensor<4xf32>
    %306 = "stablehlo.constant"() { value = dense<0.0078125> : tensor<f32> } : () -> tensor<f32>
    %307 = "stablehlo.broadcast_in_dim"(%306) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %308 = "stablehlo.multiply"(%305, %307) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %309 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %310 = "stablehlo.broadcast_in_dim"(%309) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %311 = "stablehlo.add"(%308, %310) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %312 = "stablehlo.rsqrt"(%311) : (tensor<4xf32>) -> tensor<4xf32>
    %313 = "stablehlo.convert"(%arg19) : (tensor<128xbf16>) -> tensor<128xf32>
    %314 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %315 = "stablehlo.broadcast_in_dim"(%314) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<128xf32>
    %316 = "stablehlo.add"(%313, %315) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %317 = "stablehlo.broadcast_in_dim"(%312) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x128xf32>
    %318 = "stablehlo.multiply"(%301, %317) : (tensor<4x128xf32>, tensor<4x128xf32>) -> tensor<4x128xf32>
    %319 = "stablehlo.broadcast_in_dim"(%316) { broadcast_dimensions = array<i64: 1> } : (tensor<128xf32>) -> tensor<4x128xf32>
    %320 = "stablehlo.multiply"(%318, %319) : (tensor<4x128xf32>, tensor<4x128xf32>) -> tensor<4x128xf32>
    %321 = "stablehlo.reshape"(%320) : (tensor<4x128xf32>) -> tensor<4x128xf32>
    %322 = "stablehlo.convert"(%arg0) : (tensor<512x128xbf16>) -> tensor<512x128xf32>
    %323 = "stablehlo.dot_general"(%321, %322) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x128xf32>, tensor<512x128xf32>) -> tensor<4x512xf32>
    %324 = "stablehlo.compare"(%323, %323) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<4x512xf32>, tensor<4x512xf32>) -> tensor<4x512xi1>
    %325 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %326 = "stablehlo.broadcast_in_dim"(%325) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x512xf32>
    %327 = "stablehlo.select"(%324, %323, %326) : (tensor<4x512xi1>, tensor<4x512xf32>, tensor<4x512xf32>) -> tensor<4x512xf32>
    %328 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %330 = "stablehlo.reduce"(%327, %328) ({
      ^reductionFn(%arg57: tensor<f32>, %arg58: tensor<f32>) :
          %329 = "stablehlo.maximum"(%arg57, %arg58) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%329) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x512xf32>, tensor<f32>) -> tensor<4xf32>
    %331 = "stablehlo.broadcast_in_dim"(%330) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x512xf32>
    %332 = "stablehlo.iota"() { iota_dimension = 1 : i64 } : () -> tensor<4x512xi32>
    %333 = "stablehlo.compare"(%327, %331) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<4x512xf32>, tensor<4x512xf32>) -> tensor<4x512xi1>
    %334 = "stablehlo.constant"() { value = dense<512> : tensor<i32> } : () -> tensor<i32>
    %335 = "stablehlo.broadcast_in_dim"(%334) { broadcast_dimensions = array<i64> } : (tensor<i32>) -> tensor<4x512xi32>
    %336 = "stablehlo.select"(%333, %332, %335) : (tensor<4x512xi1>, tensor<4x512xi32>, tensor<4x512xi32>) -> tensor<4x512xi32>
    %337 = "stablehlo.constant"() { value = dense<512> : tensor<i32> } : () -> tensor<i32>
    %339 = "stablehlo.reduce"(%336, %337) ({
      ^reductionFn(%arg59: tensor<i32>, %arg60: tensor<i32>) :
          %338 = "stablehlo.minimum"(%arg59, %arg60) : (tensor<i32>, tensor<i32>) -> tensor<i32>
          "stablehlo.return"(%338) : (tensor<i32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x512xi32>, tensor<i32>) -> tensor<4xi32>
    %340 = "stablehlo.constant"() { value = dense<512> : tensor<i32> } : () -> tensor<i32>
    %341 = "stablehlo.broadcast_in_dim"(%340) { broadcast_dimensions = array<i64> } : (tensor<i32>) -> tensor<4xi32>
    %342 = "stablehlo.compare"(%339, %341) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
    %343 = "stablehlo.constant"() { value = dense<0> : tensor<i32> } : () -> tensor<i32>
    %344 = "stablehlo.broadcast_in_dim"(%343) { broadcast_dimensions = array<i64> } : (tensor<i32>) -> tensor<4xi32>
    %345 = "stablehlo.select"(%342, %344, %339) : (tensor<4xi1>, tensor<4xi32>, tensor<4xi32>) -> tensor<4xi32>
    %346 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %348 = "stablehlo.reduce"(%323, %346) ({
      ^reductionFn(%arg61: tensor<f32>, %arg62: tensor<f32>) :
          %347 = "stablehlo.maximum"(%arg61, %arg62) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%347) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x512xf32>, tensor<f32>) -> tensor<4xf32>
    %349 = "stablehlo.broadcast_in_dim"(%348) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x512xf32>
    %350 = "stablehlo.subtract"(%323, %349) : (tensor<4x512xf32>, tensor<4x512xf32>) -> tensor<4x512xf32>
    %351 = "stablehlo.exponential"(%350) : (tensor<4x512xf32>) -> tensor<4x512xf32>
    %352 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %354 = "stablehlo.reduce"(%351, %352) ({
      ^reductionFn(%arg63: tensor<f32>, %arg64: tensor<f32>) :
          %353 = "stablehlo.add"(%arg63, %arg64) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%353) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x512xf32>, tensor<f32>) -> tensor<4xf32>
    %355 = "stablehlo.log"(%354) : (tensor<4xf32>) -> tensor<4xf32>
    %356 = "stablehlo.add"(%348, %355) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %357 = "stablehlo.is_finite"(%348) : (tensor<4xf32>) -> tensor<4xi1>
    %358 = "stablehlo.not"(%357) : (tensor<4xi1>) -> tensor<4xi1>
    %359 = "stablehlo.convert"(%358) : (tensor<4xi1>) -> tensor<4xi32>
    %360 = "stablehlo.reshape"(%arg29) : (tensor<4xi32>) -> tensor<4x1xi32>
    %361 = "stablehlo.reshape"(%arg30) : (tensor<4xi32>) -> tensor<4x1xi32>
    %362 = "stablehlo.concatenate"(%360, %361) { dimension = 1 : i64 } : (tensor<4x1xi32>, tensor<4x1xi32>) -> tensor<4x2xi32>
    %363 = "stablehlo.gather"(%323, %362) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [],
  collapsed_slice_dims = [0, 1],
  operand_batching_dims = [],
  start_indices_batching_dims = [],
  start_index_map = [0, 1],
  index_vector_dim = 1>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1, 1>
    } : (tensor<4x512xf32>, tensor<4x2xi32>) -> tensor<4xf32>
    %364 = "stablehlo.reshape"(%356) : (tensor<4xf32>) -> tensor<4x1xf32>
    %365 = "stablehlo.reshape"(%arg29) : (tensor<4xi32>) -> tensor<4x1xi32>
    %366 = "stablehlo.gather"(%364, %365) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [1],
  collapsed_slice_dims = [0],
  operand_batching_dims = [],
  start_indices_batching_dims = [],
  start_index_map = [0],
  index_vector_dim = 1>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1, 1>
    } : (tensor<4x1xf32>, tensor<4x1xi32>) -> tensor<4x1xf32>
    %367 = "stablehlo.reshape"(%366) : (tensor<4x1xf32>) -> tensor<4xf32>
    %368 = "stablehlo.subtract"(%363, %367) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    "stablehlo.return"(%71, %73, %220, %222, %323, %345, %368, %359) : (tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x512xf32>, tensor<4xi32>, tensor<4xf32>, tensor<4xi32>) -> ()
  }
}
