module @step_r4_l4_t4 {
  func.func @main(%arg0: tensor<512x128xbf16>, %arg1: tensor<128xbf16>, %arg2: tensor<128x128xbf16>, %arg3: tensor<32x128xbf16>, %arg4: tensor<32x128xbf16>, %arg5: tensor<128x128xbf16>, %arg6: tensor<128xbf16>, %arg7: tensor<256x128xbf16>, %arg8: tensor<256x128xbf16>, %arg9: tensor<128x256xbf16>, %arg10: tensor<128xbf16>, %arg11: tensor<128x128xbf16>, %arg12: tensor<32x128xbf16>, %arg13: tensor<32x128xbf16>, %arg14: tensor<128x128xbf16>, %arg15: tensor<128xbf16>, %arg16: tensor<256x128xbf16>, %arg17: tensor<256x128xbf16>, %arg18: tensor<128x256xbf16>, %arg19: tensor<128xbf16>, %arg20: tensor<32x32xf32>, %arg21: tensor<4x32x32xbf16> { tf.aliasing_output = 0 : i32 }, %arg22: tensor<4x32x32xbf16> { tf.aliasing_output = 1 : i32 }, %arg23: tensor<4x32x32xbf16> { tf.aliasing_output = 2 : i32 }, %arg24: tensor<4x32x32xbf16> { tf.aliasing_output = 3 : i32 }, %arg25: tensor<24xi32>) -> (tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x512xf32>, tensor<8xi32>, tensor<4xf32>) {
    %0 = "stablehlo.slice"(%arg25) {
      limit_indices = array<i64: 4>,
      start_indices = array<i64: 0>,
      strides = array<i64: 1>
    } : (tensor<24xi32>) -> tensor<4xi32>
    %1 = "stablehlo.slice"(%arg25) {
      limit_indices = array<i64: 8>,
      start_indices = array<i64: 4>,
      strides = array<i64: 1>
    } : (tensor<24xi32>) -> tensor<4xi32>
    %2 = "stablehlo.slice"(%arg25) {
      limit_indices = array<i64: 12>,
      start_indices = array<i64: 8>,
      strides = array<i64: 1>
    } : (tensor<24xi32>) -> tensor<4xi32>
    %3 = "stablehlo.slice"(%arg25) {
      limit_indices = array<i64: 16>,
      start_indices = array<i64: 12>,
      strides = array<i64: 1>
    } : (tensor<24xi32>) -> tensor<4xi32>
    %4 = "stablehlo.slice"(%arg25) {
      limit_indices = array<i64: 20>,
      start_indices = array<i64: 16>,
      strides = array<i64: 1>
    } : (tensor<24xi32>) -> tensor<4xi32>
    %5 = "stablehlo.slice"(%arg25) {
      limit_indices = array<i64: 24>,
      start_indices = array<i64: 20>,
      strides = array<i64: 1>
    } : (tensor<24xi32>) -> tensor<4xi32>
    %6 = "stablehlo.reshape"(%2) : (tensor<4xi32>) -> tensor<4x1xi32>
    %7 = "stablehlo.reshape"(%1) : (tensor<4xi32>) -> tensor<4x1xi32>
    %8 = "stablehlo.concatenate"(%6, %7) { dimension = 1 : i64 } : (tensor<4x1xi32>, tensor<4x1xi32>) -> tensor<4x2xi32>
    %9 = "stablehlo.reshape"(%0) : (tensor<4xi32>) -> tensor<4x1xi32>
    %10 = "stablehlo.gather"(%arg0, %9) {
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
    %11 = "stablehlo.convert"(%10) : (tensor<4x128xbf16>) -> tensor<4x128xf32>
    %12 = "stablehlo.constant"() { value = dense<11.313708305358887> : tensor<f32> } : () -> tensor<f32>
    %13 = "stablehlo.broadcast_in_dim"(%12) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x128xf32>
    %14 = "stablehlo.multiply"(%11, %13) : (tensor<4x128xf32>, tensor<4x128xf32>) -> tensor<4x128xf32>
    %15 = "stablehlo.reshape"(%14) : (tensor<4x128xf32>) -> tensor<4x128xf32>
    %16 = "stablehlo.multiply"(%15, %15) : (tensor<4x128xf32>, tensor<4x128xf32>) -> tensor<4x128xf32>
    %17 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %19 = "stablehlo.reduce"(%16, %17) ({
      ^reductionFn(%arg26: tensor<f32>, %arg27: tensor<f32>) :
          %18 = "stablehlo.add"(%arg26, %arg27) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%18) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x128xf32>, tensor<f32>) -> tensor<4xf32>
    %20 = "stablehlo.constant"() { value = dense<0.0078125> : tensor<f32> } : () -> tensor<f32>
    %21 = "stablehlo.broadcast_in_dim"(%20) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %22 = "stablehlo.multiply"(%19, %21) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %23 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %24 = "stablehlo.broadcast_in_dim"(%23) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %25 = "stablehlo.add"(%22, %24) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %26 = "stablehlo.rsqrt"(%25) : (tensor<4xf32>) -> tensor<4xf32>
    %27 = "stablehlo.convert"(%arg1) : (tensor<128xbf16>) -> tensor<128xf32>
    %28 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %29 = "stablehlo.broadcast_in_dim"(%28) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<128xf32>
    %30 = "stablehlo.add"(%27, %29) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %31 = "stablehlo.broadcast_in_dim"(%26) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x128xf32>
    %32 = "stablehlo.multiply"(%15, %31) : (tensor<4x128xf32>, tensor<4x128xf32>) -> tensor<4x128xf32>
    %33 = "stablehlo.broadcast_in_dim"(%30) { broadcast_dimensions = array<i64: 1> } : (tensor<128xf32>) -> tensor<4x128xf32>
    %34 = "stablehlo.multiply"(%32, %33) : (tensor<4x128xf32>, tensor<4x128xf32>) -> tensor<4x128xf32>
    %35 = "stablehlo.reshape"(%34) : (tensor<4x128xf32>) -> tensor<4x128xf32>
    %36 = "stablehlo.convert"(%arg2) : (tensor<128x128xbf16>) -> tensor<128x128xf32>
    %37 = "stablehlo.dot_general"(%35, %36) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x128xf32>, tensor<128x128xf32>) -> tensor<4x128xf32>
    %38 = "stablehlo.convert"(%arg3) : (tensor<32x128xbf16>) -> tensor<32x128xf32>
    %39 = "stablehlo.dot_general"(%35, %38) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x128xf32>, tensor<32x128xf32>) -> tensor<4x32xf32>
    %40 = "stablehlo.convert"(%arg4) : (tensor<32x128xbf16>) -> tensor<32x128xf32>
    %41 = "stablehlo.dot_general"(%35, %40) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x128xf32>, tensor<32x128xf32>) -> tensor<4x32xf32>
    %42 = "stablehlo.reshape"(%1) : (tensor<4xi32>) -> tensor<4x1xi32>
    %43 = "stablehlo.gather"(%arg20, %42) {
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
    %44 = "stablehlo.slice"(%43) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x32xf32>) -> tensor<4x16xf32>
    %45 = "stablehlo.broadcast_in_dim"(%44) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x16xf32>) -> tensor<4x4x16xf32>
    %46 = "stablehlo.slice"(%43) {
      limit_indices = array<i64: 4, 32>,
      start_indices = array<i64: 0, 16>,
      strides = array<i64: 1, 1>
    } : (tensor<4x32xf32>) -> tensor<4x16xf32>
    %47 = "stablehlo.broadcast_in_dim"(%46) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x16xf32>) -> tensor<4x4x16xf32>
    %48 = "stablehlo.reshape"(%37) : (tensor<4x128xf32>) -> tensor<4x4x32xf32>
    %49 = "stablehlo.slice"(%48) {
      limit_indices = array<i64: 4, 4, 16>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x32xf32>) -> tensor<4x4x16xf32>
    %50 = "stablehlo.slice"(%48) {
      limit_indices = array<i64: 4, 4, 32>,
      start_indices = array<i64: 0, 0, 16>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x32xf32>) -> tensor<4x4x16xf32>
    %51 = "stablehlo.multiply"(%49, %45) : (tensor<4x4x16xf32>, tensor<4x4x16xf32>) -> tensor<4x4x16xf32>
    %52 = "stablehlo.multiply"(%50, %47) : (tensor<4x4x16xf32>, tensor<4x4x16xf32>) -> tensor<4x4x16xf32>
    %53 = "stablehlo.subtract"(%51, %52) : (tensor<4x4x16xf32>, tensor<4x4x16xf32>) -> tensor<4x4x16xf32>
    %54 = "stablehlo.multiply"(%50, %45) : (tensor<4x4x16xf32>, tensor<4x4x16xf32>) -> tensor<4x4x16xf32>
    %55 = "stablehlo.multiply"(%49, %47) : (tensor<4x4x16xf32>, tensor<4x4x16xf32>) -> tensor<4x4x16xf32>
    %56 = "stablehlo.add"(%54, %55) : (tensor<4x4x16xf32>, tensor<4x4x16xf32>) -> tensor<4x4x16xf32>
    %57 = "stablehlo.concatenate"(%53, %56) { dimension = 2 : i64 } : (tensor<4x4x16xf32>, tensor<4x4x16xf32>) -> tensor<4x4x32xf32>
    %58 = "stablehlo.reshape"(%57) : (tensor<4x4x32xf32>) -> tensor<4x128xf32>
    %59 = "stablehlo.reshape"(%1) : (tensor<4xi32>) -> tensor<4x1xi32>
    %60 = "stablehlo.gather"(%arg20, %59) {
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
    %61 = "stablehlo.slice"(%60) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x32xf32>) -> tensor<4x16xf32>
    %62 = "stablehlo.broadcast_in_dim"(%61) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x16xf32>) -> tensor<4x1x16xf32>
    %63 = "stablehlo.slice"(%60) {
      limit_indices = array<i64: 4, 32>,
      start_indices = array<i64: 0, 16>,
      strides = array<i64: 1, 1>
    } : (tensor<4x32xf32>) -> tensor<4x16xf32>
    %64 = "stablehlo.broadcast_in_dim"(%63) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x16xf32>) -> tensor<4x1x16xf32>
    %65 = "stablehlo.reshape"(%39) : (tensor<4x32xf32>) -> tensor<4x1x32xf32>
    %66 = "stablehlo.slice"(%65) {
      limit_indices = array<i64: 4, 1, 16>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x1x32xf32>) -> tensor<4x1x16xf32>
    %67 = "stablehlo.slice"(%65) {
      limit_indices = array<i64: 4, 1, 32>,
      start_indices = array<i64: 0, 0, 16>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x1x32xf32>) -> tensor<4x1x16xf32>
    %68 = "stablehlo.multiply"(%66, %62) : (tensor<4x1x16xf32>, tensor<4x1x16xf32>) -> tensor<4x1x16xf32>
    %69 = "stablehlo.multiply"(%67, %64) : (tensor<4x1x16xf32>, tensor<4x1x16xf32>) -> tensor<4x1x16xf32>
    %70 = "stablehlo.subtract"(%68, %69) : (tensor<4x1x16xf32>, tensor<4x1x16xf32>) -> tensor<4x1x16xf32>
    %71 = "stablehlo.multiply"(%67, %62) : (tensor<4x1x16xf32>, tensor<4x1x16xf32>) -> tensor<4x1x16xf32>
    %72 = "stablehlo.multiply"(%66, %64) : (tensor<4x1x16xf32>, tensor<4x1x16xf32>) -> tensor<4x1x16xf32>
    %73 = "stablehlo.add"(%71, %72) : (tensor<4x1x16xf32>, tensor<4x1x16xf32>) -> tensor<4x1x16xf32>
    %74 = "stablehlo.concatenate"(%70, %73) { dimension = 2 : i64 } : (tensor<4x1x16xf32>, tensor<4x1x16xf32>) -> tensor<4x1x32xf32>
    %75 = "stablehlo.reshape"(%74) : (tensor<4x1x32xf32>) -> tensor<4x32xf32>
    %76 = "stablehlo.convert"(%75) : (tensor<4x32xf32>) -> tensor<4x32xbf16>
    %77 = "stablehlo.scatter"(%arg21, %8, %76) ({
      ^updateFn(%arg28: tensor<bf16>, %arg29: tensor<bf16>) :
          "stablehlo.return"(%arg29) : (tensor<bf16>) -> ()
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
    %78 = "stablehlo.convert"(%41) : (tensor<4x32xf32>) -> tensor<4x32xbf16>
    %79 = "stablehlo.scatter"(%arg22, %8, %78) ({
      ^updateFn(%arg30: tensor<bf16>, %arg31: tensor<bf16>) :
          "stablehlo.return"(%arg31) : (tensor<bf16>) -> ()
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
    %80 = "stablehlo.reshape"(%58) : (tensor<4x128xf32>) -> tensor<4x1x4x32xf32>
    %81 = "stablehlo.reshape"(%2) : (tensor<4xi32>) -> tensor<4x1xi32>
    %82 = "stablehlo.gather"(%77, %81) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [1, 2],
  collapsed_slice_dims = [0],
  operand_batching_dims = [],
  start_indices_batching_dims = [],
  start_index_map = [0],
  index_vector_dim = 1>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1, 32, 32>
    } : (tensor<4x32x32xbf16>, tensor<4x1xi32>) -> tensor<4x32x32xbf16>
    %83 = "stablehlo.convert"(%82) : (tensor<4x32x32xbf16>) -> tensor<4x32x32xf32>
    %84 = "stablehlo.reshape"(%83) : (tensor<4x32x32xf32>) -> tensor<4x32x1x32xf32>
    %85 = "stablehlo.reshape"(%2) : (tensor<4xi32>) -> tensor<4x1xi32>
    %86 = "stablehlo.gather"(%79, %85) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [1, 2],
  collapsed_slice_dims = [0],
  operand_batching_dims = [],
  start_indices_batching_dims = [],
  start_index_map = [0],
  index_vector_dim = 1>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1, 32, 32>
    } : (tensor<4x32x32xbf16>, tensor<4x1xi32>) -> tensor<4x32x32xbf16>
    %87 = "stablehlo.convert"(%86) : (tensor<4x32x32xbf16>) -> tensor<4x32x32xf32>
    %88 = "stablehlo.reshape"(%87) : (tensor<4x32x32xf32>) -> tensor<4x32x1x32xf32>
    %89 = "stablehlo.dot_general"(%80, %84) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 2],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [3]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x1x4x32xf32>, tensor<4x32x1x32xf32>) -> tensor<4x1x4x32xf32>
    %90 = "stablehlo.constant"() { value = dense<0.1767766922712326> : tensor<f32> } : () -> tensor<f32>
    %91 = "stablehlo.broadcast_in_dim"(%90) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x1x4x32xf32>
    %92 = "stablehlo.multiply"(%89, %91) : (tensor<4x1x4x32xf32>, tensor<4x1x4x32xf32>) -> tensor<4x1x4x32xf32>
    %93 = "stablehlo.iota"() { iota_dimension = 1 : i64 } : () -> tensor<4x1x32xi32>
    %94 = "stablehlo.iota"() { iota_dimension = 2 : i64 } : () -> tensor<4x1x32xi32>
    %95 = "stablehlo.broadcast_in_dim"(%2) { broadcast_dimensions = array<i64: 0> } : (tensor<4xi32>) -> tensor<4x1x32xi32>
    %96 = "stablehlo.broadcast_in_dim"(%1) { broadcast_dimensions = array<i64: 0> } : (tensor<4xi32>) -> tensor<4x1x32xi32>
    %97 = "stablehlo.compare"(%93, %93) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<4x1x32xi32>, tensor<4x1x32xi32>) -> tensor<4x1x32xi1>
    %98 = "stablehlo.compare"(%94, %96) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction LE>
    } : (tensor<4x1x32xi32>, tensor<4x1x32xi32>) -> tensor<4x1x32xi1>
    %99 = "stablehlo.and"(%97, %98) : (tensor<4x1x32xi1>, tensor<4x1x32xi1>) -> tensor<4x1x32xi1>
    %100 = "stablehlo.reshape"(%99) : (tensor<4x1x32xi1>) -> tensor<4x32xi1>
    %101 = "stablehlo.broadcast_in_dim"(%100) { broadcast_dimensions = array<i64: 0, 3> } : (tensor<4x32xi1>) -> tensor<4x1x4x32xi1>
    %102 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %103 = "stablehlo.broadcast_in_dim"(%102) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x1x4x32xf32>
    %104 = "stablehlo.select"(%101, %92, %103) : (tensor<4x1x4x32xi1>, tensor<4x1x4x32xf32>, tensor<4x1x4x32xf32>) -> tensor<4x1x4x32xf32>
    %105 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %107 = "stablehlo.reduce"(%104, %105) ({
      ^reductionFn(%arg32: tensor<f32>, %arg33: tensor<f32>) :
          %106 = "stablehlo.maximum"(%arg32, %arg33) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%106) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<4x1x4x32xf32>, tensor<f32>) -> tensor<4x1x4xf32>
    %108 = "stablehlo.broadcast_in_dim"(%107) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<4x1x4xf32>) -> tensor<4x1x4x32xf32>
    %109 = "stablehlo.subtract"(%104, %108) : (tensor<4x1x4x32xf32>, tensor<4x1x4x32xf32>) -> tensor<4x1x4x32xf32>
    %110 = "stablehlo.exponential"(%109) : (tensor<4x1x4x32xf32>) -> tensor<4x1x4x32xf32>
    %111 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %113 = "stablehlo.reduce"(%110, %111) ({
      ^reductionFn(%arg34: tensor<f32>, %arg35: tensor<f32>) :
          %112 = "stablehlo.add"(%arg34, %arg35) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%112) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<4x1x4x32xf32>, tensor<f32>) -> tensor<4x1x4xf32>
    %114 = "stablehlo.broadcast_in_dim"(%113) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<4x1x4xf32>) -> tensor<4x1x4x32xf32>
    %115 = "stablehlo.divide"(%110, %114) : (tensor<4x1x4x32xf32>, tensor<4x1x4x32xf32>) -> tensor<4x1x4x32xf32>
    %116 = "stablehlo.dot_general"(%115, %88) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 2],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x1x4x32xf32>, tensor<4x32x1x32xf32>) -> tensor<4x1x4x32xf32>
    %117 = "stablehlo.reshape"(%116) : (tensor<4x1x4x32xf32>) -> tensor<4x128xf32>
    %118 = "stablehlo.convert"(%arg5) : (tensor<128x128xbf16>) -> tensor<128x128xf32>
    %119 = "stablehlo.dot_general"(%117, %118) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x128xf32>, tensor<128x128xf32>) -> tensor<4x128xf32>
    %120 = "stablehlo.add"(%14, %119) : (tensor<4x128xf32>, tensor<4x128xf32>) -> tensor<4x128xf32>
    %121 = "stablehlo.reshape"(%120) : (tensor<4x128xf32>) -> tensor<4x128xf32>
    %122 = "stablehlo.multiply"(%121, %121) : (tensor<4x128xf32>, tensor<4x128xf32>) -> tensor<4x128xf32>
    %123 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %125 = "stablehlo.reduce"(%122, %123) ({
      ^reductionFn(%arg36: tensor<f32>, %arg37: tensor<f32>) :
          %124 = "stablehlo.add"(%arg36, %arg37) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%124) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x128xf32>, tensor<f32>) -> tensor<4xf32>
    %126 = "stablehlo.constant"() { value = dense<0.0078125> : tensor<f32> } : () -> tensor<f32>
    %127 = "stablehlo.broadcast_in_dim"(%126) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %128 = "stablehlo.multiply"(%125, %127) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %129 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %130 = "stablehlo.broadcast_in_dim"(%129) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %131 = "stablehlo.add"(%128, %130) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %132 = "stablehlo.rsqrt"(%131) : (tensor<4xf32>) -> tensor<4xf32>
    %133 = "stablehlo.convert"(%arg6) : (tensor<128xbf16>) -> tensor<128xf32>
    %134 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %135 = "stablehlo.broadcast_in_dim"(%134) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<128xf32>
    %136 = "stablehlo.add"(%133, %135) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %137 = "stablehlo.broadcast_in_dim"(%132) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x128xf32>
    %138 = "stablehlo.multiply"(%121, %137) : (tensor<4x128xf32>, tensor<4x128xf32>) -> tensor<4x128xf32>
    %139 = "stablehlo.broadcast_in_dim"(%136) { broadcast_dimensions = array<i64: 1> } : (tensor<128xf32>) -> tensor<4x128xf32>
    %140 = "stablehlo.multiply"(%138, %139) : (tensor<4x128xf32>, tensor<4x128xf32>) -> tensor<4x128xf32>
    %141 = "stablehlo.reshape"(%140) : (tensor<4x128xf32>) -> tensor<4x128xf32>
    %142 = "stablehlo.convert"(%arg7) : (tensor<256x128xbf16>) -> tensor<256x128xf32>
    %143 = "stablehlo.dot_general"(%141, %142) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x128xf32>, tensor<256x128xf32>) -> tensor<4x256xf32>
    %144 = "stablehlo.convert"(%arg8) : (tensor<256x128xbf16>) -> tensor<256x128xf32>
    %145 = "stablehlo.dot_general"(%141, %144) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x128xf32>, tensor<256x128xf32>) -> tensor<4x256xf32>
    %146 = "stablehlo.multiply"(%143, %143) : (tensor<4x256xf32>, tensor<4x256xf32>) -> tensor<4x256xf32>
    %147 = "stablehlo.multiply"(%146, %143) : (tensor<4x256xf32>, tensor<4x256xf32>) -> tensor<4x256xf32>
    %148 = "stablehlo.constant"() { value = dense<0.044714998453855515> : tensor<f32> } : () -> tensor<f32>
    %149 = "stablehlo.broadcast_in_dim"(%148) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x256xf32>
    %150 = "stablehlo.multiply"(%147, %149) : (tensor<4x256xf32>, tensor<4x256xf32>) -> tensor<4x256xf32>
    %151 = "stablehlo.add"(%143, %150) : (tensor<4x256xf32>, tensor<4x256xf32>) -> tensor<4x256xf32>
    %152 = "stablehlo.constant"() { value = dense<0.7978845834732056> : tensor<f32> } : () -> tensor<f32>
    %153 = "stablehlo.broadcast_in_dim"(%152) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x256xf32>
    %154 = "stablehlo.multiply"(%151, %153) : (tensor<4x256xf32>, tensor<4x256xf32>) -> tensor<4x256xf32>
    %155 = "stablehlo.constant"() { value = dense<0.5> : tensor<f32> } : () -> tensor<f32>
    %156 = "stablehlo.broadcast_in_dim"(%155) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x256xf32>
    %157 = "stablehlo.multiply"(%143, %156) : (tensor<4x256xf32>, tensor<4x256xf32>) -> tensor<4x256xf32>
    %158 = "stablehlo.tanh"(%154) : (tensor<4x256xf32>) -> tensor<4x256xf32>
    %159 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %160 = "stablehlo.broadcast_in_dim"(%159) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x256xf32>
    %161 = "stablehlo.add"(%158, %160) : (tensor<4x256xf32>, tensor<4x256xf32>) -> tensor<4x256xf32>
    %162 = "stablehlo.multiply"(%157, %161) : (tensor<4x256xf32>, tensor<4x256xf32>) -> tensor<4x256xf32>
    %163 = "stablehlo.multiply"(%162, %145) : (tensor<4x256xf32>, tensor<4x256xf32>) -> tensor<4x256xf32>
    %164 = "stablehlo.convert"(%arg9) : (tensor<128x256xbf16>) -> tensor<128x256xf32>
    %165 = "stablehlo.dot_general"(%163, %164) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x256xf32>, tensor<128x256xf32>) -> tensor<4x128xf32>
    %166 = "stablehlo.add"(%120, %165) : (tensor<4x128xf32>, tensor<4x128xf32>) -> tensor<4x128xf32>
    %167 = "stablehlo.reshape"(%166) : (tensor<4x128xf32>) -> tensor<4x128xf32>
    %168 = "stablehlo.multiply"(%167, %167) : (tensor<4x128xf32>, tensor<4x128xf32>) -> tensor<4x128xf32>
    %169 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %171 = "stablehlo.reduce"(%168, %169) ({
      ^reductionFn(%arg38: tensor<f32>, %arg39: tensor<f32>) :
          %170 = "stablehlo.add"(%arg38, %arg39) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%170) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x128xf32>, tensor<f32>) -> tensor<4xf32>
    %172 = "stablehlo.constant"() { value = dense<0.0078125> : tensor<f32> } : () -> tensor<f32>
    %173 = "stablehlo.broadcast_in_dim"(%172) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %174 = "stablehlo.multiply"(%171, %173) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %175 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %176 = "stablehlo.broadcast_in_dim"(%175) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %177 = "stablehlo.add"(%174, %176) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %178 = "stablehlo.rsqrt"(%177) : (tensor<4xf32>) -> tensor<4xf32>
    %179 = "stablehlo.convert"(%arg10) : (tensor<128xbf16>) -> tensor<128xf32>
    %180 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %181 = "stablehlo.broadcast_in_dim"(%180) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<128xf32>
    %182 = "stablehlo.add"(%179, %181) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %183 = "stablehlo.broadcast_in_dim"(%178) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x128xf32>
    %184 = "stablehlo.multiply"(%167, %183) : (tensor<4x128xf32>, tensor<4x128xf32>) -> tensor<4x128xf32>
    %185 = "stablehlo.broadcast_in_dim"(%182) { broadcast_dimensions = array<i64: 1> } : (tensor<128xf32>) -> tensor<4x128xf32>
    %186 = "stablehlo.multiply"(%184, %185) : (tensor<4x128xf32>, tensor<4x128xf32>) -> tensor<4x128xf32>
    %187 = "stablehlo.reshape"(%186) : (tensor<4x128xf32>) -> tensor<4x128xf32>
    %188 = "stablehlo.convert"(%arg11) : (tensor<128x128xbf16>) -> tensor<128x128xf32>
    %189 = "stablehlo.dot_general"(%187, %188) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x128xf32>, tensor<128x128xf32>) -> tensor<4x128xf32>
    %190 = "stablehlo.convert"(%arg12) : (tensor<32x128xbf16>) -> tensor<32x128xf32>
    %191 = "stablehlo.dot_general"(%187, %190) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x128xf32>, tensor<32x128xf32>) -> tensor<4x32xf32>
    %192 = "stablehlo.convert"(%arg13) : (tensor<32x128xbf16>) -> tensor<32x128xf32>
    %193 = "stablehlo.dot_general"(%187, %192) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x128xf32>, tensor<32x128xf32>) -> tensor<4x32xf32>
    %194 = "stablehlo.reshape"(%1) : (tensor<4xi32>) -> tensor<4x1xi32>
    %195 = "stablehlo.gather"(%arg20, %194) {
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
    %196 = "stablehlo.slice"(%195) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x32xf32>) -> tensor<4x16xf32>
    %197 = "stablehlo.broadcast_in_dim"(%196) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x16xf32>) -> tensor<4x4x16xf32>
    %198 = "stablehlo.slice"(%195) {
      limit_indices = array<i64: 4, 32>,
      start_indices = array<i64: 0, 16>,
      strides = array<i64: 1, 1>
    } : (tensor<4x32xf32>) -> tensor<4x16xf32>
    %199 = "stablehlo.broadcast_in_dim"(%198) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x16xf32>) -> tensor<4x4x16xf32>
    %200 = "stablehlo.reshape"(%189) : (tensor<4x128xf32>) -> tensor<4x4x32xf32>
    %201 = "stablehlo.slice"(%200) {
      limit_indices = array<i64: 4, 4, 16>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x32xf32>) -> tensor<4x4x16xf32>
    %202 = "stablehlo.slice"(%200) {
      limit_indices = array<i64: 4, 4, 32>,
      start_indices = array<i64: 0, 0, 16>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x32xf32>) -> tensor<4x4x16xf32>
    %203 = "stablehlo.multiply"(%201, %197) : (tensor<4x4x16xf32>, tensor<4x4x16xf32>) -> tensor<4x4x16xf32>
    %204 = "stablehlo.multiply"(%202, %199) : (tensor<4x4x16xf32>, tensor<4x4x16xf32>) -> tensor<4x4x16xf32>
    %205 = "stablehlo.subtract"(%203, %204) : (tensor<4x4x16xf32>, tensor<4x4x16xf32>) -> tensor<4x4x16xf32>
    %206 = "stablehlo.multiply"(%202, %197) : (tensor<4x4x16xf32>, tensor<4x4x16xf32>) -> tensor<4x4x16xf32>
    %207 = "stablehlo.multiply"(%201, %199) : (tensor<4x4x16xf32>, tensor<4x4x16xf32>) -> tensor<4x4x16xf32>
    %208 = "stablehlo.add"(%206, %207) : (tensor<4x4x16xf32>, tensor<4x4x16xf32>) -> tensor<4x4x16xf32>
    %209 = "stablehlo.concatenate"(%205, %208) { dimension = 2 : i64 } : (tensor<4x4x16xf32>, tensor<4x4x16xf32>) -> tensor<4x4x32xf32>
    %210 = "stablehlo.reshape"(%209) : (tensor<4x4x32xf32>) -> tensor<4x128xf32>
    %211 = "stablehlo.reshape"(%1) : (tensor<4xi32>) -> tensor<4x1xi32>
    %212 = "stablehlo.gather"(%arg20, %211) {
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
    %213 = "stablehlo.slice"(%212) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x32xf32>) -> tensor<4x16xf32>
    %214 = "stablehlo.broadcast_in_dim"(%213) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x16xf32>) -> tensor<4x1x16xf32>
    %215 = "stablehlo.slice"(%212) {
      limit_indices = array<i64: 4, 32>,
      start_indices = array<i64: 0, 16>,
      strides = array<i64: 1, 1>
    } : (tensor<4x32xf32>) -> tensor<4x16xf32>
    %216 = "stablehlo.broadcast_in_dim"(%215) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x16xf32>) -> tensor<4x1x16xf32>
    %217 = "stablehlo.reshape"(%191) : (tensor<4x32xf32>) -> tensor<4x1x32xf32>
    %218 = "stablehlo.slice"(%217) {
      limit_indices = array<i64: 4, 1, 16>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x1x32xf32>) -> tensor<4x1x16xf32>
    %219 = "stablehlo.slice"(%217) {
      limit_indices = array<i64: 4, 1, 32>,
      start_indices = array<i64: 0, 0, 16>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x1x32xf32>) -> tensor<4x1x16xf32>
    %220 = "stablehlo.multiply"(%218, %214) : (tensor<4x1x16xf32>, tensor<4x1x16xf32>) -> tensor<4x1x16xf32>
    %221 = "stablehlo.multiply"(%219, %216) : (tensor<4x1x16xf32>, tensor<4x1x16xf32>) -> tensor<4x1x16xf32>
    %222 = "stablehlo.subtract"(%220, %221) : (tensor<4x1x16xf32>, tensor<4x1x16xf32>) -> tensor<4x1x16xf32>
    %223 = "stablehlo.multiply"(%219, %214) : (tensor<4x1x16xf32>, tensor<4x1x16xf32>) -> tensor<4x1x16xf32>
    %224 = "stablehlo.multiply"(%218, %216) : (tensor<4x1x16xf32>, tensor<4x1x16xf32>) -> tensor<4x1x16xf32>
    %225 = "stablehlo.add"(%223, %224) : (tensor<4x1x16xf32>, tensor<4x1x16xf32>) -> tensor<4x1x16xf32>
    %226 = "stablehlo.concatenate"(%222, %225) { dimension = 2 : i64 } : (tensor<4x1x16xf32>, tensor<4x1x16xf32>) -> tensor<4x1x32xf32>
    %227 = "stablehlo.reshape"(%226) : (tensor<4x1x32xf32>) -> tensor<4x32xf32>
    %228 = "stablehlo.convert"(%227) : (tensor<4x32xf32>) -> tensor<4x32xbf16>
    %229 = "stablehlo.scatter"(%arg23, %8, %228) ({
      ^updateFn(%arg40: tensor<bf16>, %arg41: tensor<bf16>) :
          "stablehlo.return"(%arg41) : (tensor<bf16>) -> ()
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
    %230 = "stablehlo.convert"(%193) : (tensor<4x32xf32>) -> tensor<4x32xbf16>
    %231 = "stablehlo.scatter"(%arg24, %8, %230) ({
      ^updateFn(%arg42: tensor<bf16>, %arg43: tensor<bf16>) :
          "stablehlo.return"(%arg43) : (tensor<bf16>) -> ()
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
    %232 = "stablehlo.reshape"(%210) : (tensor<4x128xf32>) -> tensor<4x1x4x32xf32>
    %233 = "stablehlo.reshape"(%2) : (tensor<4xi32>) -> tensor<4x1xi32>
    %234 = "stablehlo.gather"(%229, %233) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [1, 2],
  collapsed_slice_dims = [0],
  operand_batching_dims = [],
  start_indices_batching_dims = [],
  start_index_map = [0],
  index_vector_dim = 1>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1, 32, 32>
    } : (tensor<4x32x32xbf16>, tensor<4x1xi32>) -> tensor<4x32x32xbf16>
    %235 = "stablehlo.convert"(%234) : (tensor<4x32x32xbf16>) -> tensor<4x32x32xf32>
    %236 = "stablehlo.reshape"(%235) : (tensor<4x32x32xf32>) -> tensor<4x32x1x32xf32>
    %237 = "stablehlo.reshape"(%2) : (tensor<4xi32>) -> tensor<4x1xi32>
    %238 = "stablehlo.gather"(%231, %237) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [1, 2],
  collapsed_slice_dims = [0],
  operand_batching_dims = [],
  start_indices_batching_dims = [],
  start_index_map = [0],
  index_vector_dim = 1>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1, 32, 32>
    } : (tensor<4x32x32xbf16>, tensor<4x1xi32>) -> tensor<4x32x32xbf16>
    %239 = "stablehlo.convert"(%238) : (tensor<4x32x32xbf16>) -> tensor<4x32x32xf32>
    %240 = "stablehlo.reshape"(%239) : (tensor<4x32x32xf32>) -> tensor<4x32x1x32xf32>
    %241 = "stablehlo.dot_general"(%232, %236) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 2],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [3]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x1x4x32xf32>, tensor<4x32x1x32xf32>) -> tensor<4x1x4x32xf32>
    %242 = "stablehlo.constant"() { value = dense<0.1767766922712326> : tensor<f32> } : () -> tensor<f32>
    %243 = "stablehlo.broadcast_in_dim"(%242) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x1x4x32xf32>
    %244 = "stablehlo.multiply"(%241, %243) : (tensor<4x1x4x32xf32>, tensor<4x1x4x32xf32>) -> tensor<4x1x4x32xf32>
    %245 = "stablehlo.broadcast_in_dim"(%100) { broadcast_dimensions = array<i64: 0, 3> } : (tensor<4x32xi1>) -> tensor<4x1x4x32xi1>
    %246 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %247 = "stablehlo.broadcast_in_dim"(%246) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x1x4x32xf32>
    %248 = "stablehlo.select"(%245, %244, %247) : (tensor<4x1x4x32xi1>, tensor<4x1x4x32xf32>, tensor<4x1x4x32xf32>) -> tensor<4x1x4x32xf32>
    %249 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %251 = "stablehlo.reduce"(%248, %249) ({
      ^reductionFn(%arg44: tensor<f32>, %arg45: tensor<f32>) :
          %250 = "stablehlo.maximum"(%arg44, %arg45) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%250) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<4x1x4x32xf32>, tensor<f32>) -> tensor<4x1x4xf32>
    %252 = "stablehlo.broadcast_in_dim"(%251) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<4x1x4xf32>) -> tensor<4x1x4x32xf32>
    %253 = "stablehlo.subtract"(%248, %252) : (tensor<4x1x4x32xf32>, tensor<4x1x4x32xf32>) -> tensor<4x1x4x32xf32>
    %254 = "stablehlo.exponential"(%253) : (tensor<4x1x4x32xf32>) -> tensor<4x1x4x32xf32>
    %255 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %257 = "stablehlo.reduce"(%254, %255) ({
      ^reductionFn(%arg46: tensor<f32>, %arg47: tensor<f32>) :
          %256 = "stablehlo.add"(%arg46, %arg47) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%256) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<4x1x4x32xf32>, tensor<f32>) -> tensor<4x1x4xf32>
    %258 = "stablehlo.broadcast_in_dim"(%257) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<4x1x4xf32>) -> tensor<4x1x4x32xf32>
    %259 = "stablehlo.divide"(%254, %258) : (tensor<4x1x4x32xf32>, tensor<4x1x4x32xf32>) -> tensor<4x1x4x32xf32>
    %260 = "stablehlo.dot_general"(%259, %240) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 2],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x1x4x32xf32>, tensor<4x32x1x32xf32>) -> tensor<4x1x4x32xf32>
    %261 = "stablehlo.reshape"(%260) : (tensor<4x1x4x32xf32>) -> tensor<4x128xf32>
    %262 = "stablehlo.convert"(%arg14) : (tensor<128x128xbf16>) -> tensor<128x128xf32>
    %263 = "stablehlo.dot_general"(%261, %262) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x128xf32>, tensor<128x128xf32>) -> tensor<4x128xf32>
    %264 = "stablehlo.add"(%166, %263) : (tensor<4x128xf32>, tensor<4x128xf32>) -> tensor<4x128xf32>
    %265 = "stablehlo.reshape"(%264) : (tensor<4x128xf32>) -> tensor<4x128xf32>
    %266 = "stablehlo.multiply"(%265, %265) : (tensor<4x128xf32>, tensor<4x128xf32>) -> tensor<4x128xf32>
    %267 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %269 = "stablehlo.reduce"(%266, %267) ({
      ^reductionFn(%arg48: tensor<f32>, %arg49: tensor<f32>) :
          %268 = "stablehlo.add"(%arg48, %arg49) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%268) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x128xf32>, tensor<f32>) -> tensor<4xf32>
    %270 = "stablehlo.constant"() { value = dense<0.0078125> : tensor<f32> } : () -> tensor<f32>
    %271 = "stablehlo.broadcast_in_dim"(%270) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %272 = "stablehlo.multiply"(%269, %271) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %273 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %274 = "stablehlo.broadcast_in_dim"(%273) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %275 = "stablehlo.add"(%272, %274) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %276 = "stablehlo.rsqrt"(%275) : (tensor<4xf32>) -> tensor<4xf32>
    %277 = "stablehlo.convert"(%arg15) : (tensor<128xbf16>) -> tensor<128xf32>
    %278 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %279 = "stablehlo.broadcast_in_dim"(%278) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<128xf32>
    %280 = "stablehlo.add"(%277, %279) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %281 = "stablehlo.broadcast_in_dim"(%276) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x128xf32>
    %282 = "stablehlo.multiply"(%265, %281) : (tensor<4x128xf32>, tensor<4x128xf32>) -> tensor<4x128xf32>
    %283 = "stablehlo.broadcast_in_dim"(%280) { broadcast_dimensions = array<i64: 1> } : (tensor<128xf32>) -> tensor<4x128xf32>
    %284 = "stablehlo.multiply"(%282, %283) : (tensor<4x128xf32>, tensor<4x128xf32>) -> tensor<4x128xf32>
    %285 = "stablehlo.reshape"(%284) : (tensor<4x128xf32>) -> tensor<4x128xf32>
    %286 = "stablehlo.convert"(%arg16) : (tensor<256x128xbf16>) -> tensor<256x128xf32>
    %287 = "stablehlo.dot_general"(%285, %286) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x128xf32>, tensor<256x128xf32>) -> tensor<4x256xf32>
    %288 = "stablehlo.convert"(%arg17) : (tensor<256x128xbf16>) -> tensor<256x128xf32>
    %289 = "stablehlo.dot_general"(%285, %288) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x128xf32>, tensor<256x128xf32>) -> tensor<4x256xf32>
    %290 = "stablehlo.multiply"(%287, %287) : (tensor<4x256xf32>, tensor<4x256xf32>) -> tensor<4x256xf32>
    %291 = "stablehlo.multiply"(%290, %287) : (tensor<4x256xf32>, tensor<4x256xf32>) -> tensor<4x256xf32>
    %292 = "stablehlo.constant"() { value = dense<0.044714998453855515> : tensor<f32> } : () -> tensor<f32>
    %293 = "stablehlo.broadcast_in_dim"(%292) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x256xf32>
    %294 = "stablehlo.multiply"(%291, %293) : (tensor<4x256xf32>, tensor<4x256xf32>) -> tensor<4x256xf32>
    %295 = "stablehlo.add"(%287, %294) : (tensor<4x256xf32>, tensor<4x256xf32>) -> tensor<4x256xf32>
    %296 = "stablehlo.constant"() { value = dense<0.7978845834732056> : tensor<f32> } : () -> tensor<f32>
    %297 = "stablehlo.broadcast_in_dim"(%296) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x256xf32>
    %298 = "stablehlo.multiply"(%295, %297) : (tensor<4x256xf32>, tensor<4x256xf32>) -> tensor<4x256xf32>
    %299 = "stablehlo.constant"() { value = dense<0.5> : tensor<f32> } : () -> tensor<f32>
    %300 = "stablehlo.broadcast_in_dim"(%299) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x256xf32>
    %301 = "stablehlo.multiply"(%287, %300) : (tensor<4x256xf32>, tensor<4x256xf32>) -> tensor<4x256xf32>
    %302 = "stablehlo.tanh"(%298) : (tensor<4x256xf32>) -> tensor<4x256xf32>
    %303 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %304 = "stablehlo.broadcast_in_dim"(%303) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x256xf32>
    %305 = "stablehlo.add"(%302, %304) : (tensor<4x256xf32>, tensor<4x256xf32>) -> tensor<4x256xf32>
    %306 = "stablehlo.multiply"(%301, %305) : (tensor<4x256xf32>, tensor<4x256xf32>) -> tensor<4x256xf32>
    %307 = "stablehlo.multiply"(%306, %289) : (tensor<4x256xf32>, tensor<4x256xf32>) -> tensor<4x256xf32>
    %308 = "stablehlo.convert"(%arg18) : (tensor<128x256xbf16>) -> tensor<128x256xf32>
    %309 = "stablehlo.dot_general"(%307, %308) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x256xf32>, tensor<128x256xf32>) -> tensor<4x128xf32>
    %310 = "stablehlo.add"(%264, %309) : (tensor<4x128xf32>, tensor<4x128xf32>) -> tensor<4x128xf32>
    %311 = "stablehlo.reshape"(%3) : (tensor<4xi32>) -> tensor<4x1xi32>
    %312 = "stablehlo.gather"(%310, %311) {
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
    %313 = "stablehlo.reshape"(%312) : (tensor<4x128xf32>) -> tensor<4x128xf32>
    %314 = "stablehlo.multiply"(%313, %313) : (tensor<4x128xf32>, tensor<4x128xf32>) -> tensor<4x128xf32>
    %315 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %317 = "stablehlo.reduce"(%314, %315) ({
      ^reductionFn(%arg50: tensor<f32>, %arg51: tensor<f32>) :
          %316 = "stablehlo.add"(%arg50, %arg51) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%316) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x128xf32>, tensor<f32>) -> tensor<4xf32>
    %318 = "stablehlo.constant"() { value = dense<0.0078125> : tensor<f32> } : () -> tensor<f32>
    %319 = "stablehlo.broadcast_in_dim"(%318) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %320 = "stablehlo.multiply"(%317, %319) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %321 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %322 = "stablehlo.broadcast_in_dim"(%321) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %323 = "stablehlo.add"(%320, %322) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %324 = "stablehlo.rsqrt"(%323) : (tensor<4xf32>) -> tensor<4xf32>
    %325 = "stablehlo.convert"(%arg19) : (tensor<128xbf16>) -> tensor<128xf32>
    %326 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %327 = "stablehlo.broadcast_in_dim"(%326) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<128xf32>
    %328 = "stablehlo.add"(%325, %327) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %329 = "stablehlo.broadcast_in_dim"(%324) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x128xf32>
    %330 = "stablehlo.multiply"(%313, %329) : (tensor<4x128xf32>, tensor<4x128xf32>) -> tensor<4x128xf32>
    %331 = "stablehlo.broadcast_in_dim"(%328) { broadcast_dimensions = array<i64: 1> } : (tensor<128xf32>) -> tensor<4x128xf32>
    %332 = "stablehlo.multiply"(%330, %331) : (tensor<4x128xf32>, tensor<4x128xf32>) -> tensor<4x128xf32>
    %333 = "stablehlo.reshape"(%332) : (tensor<4x128xf32>) -> tensor<4x128xf32>
    %334 = "stablehlo.convert"(%arg0) : (tensor<512x128xbf16>) -> tensor<512x128xf32>
    %335 = "stablehlo.dot_general"(%333, %334) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x128xf32>, tensor<512x128xf32>) -> tensor<4x512xf32>
    %336 = "stablehlo.compare"(%335, %335) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<4x512xf32>, tensor<4x512xf32>) -> tensor<4x512xi1>
    %337 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %338 = "stablehlo.broadcast_in_dim"(%337) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x512xf32>
    %339 = "stablehlo.select"(%336, %335, %338) : (tensor<4x512xi1>, tensor<4x512xf32>, tensor<4x512xf32>) -> tensor<4x512xf32>
    %340 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %342 = "stablehlo.reduce"(%339, %340) ({
      ^reductionFn(%arg52: tensor<f32>, %arg53: tensor<f32>) :
          %341 = "stablehlo.maximum"(%arg52, %arg53) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%341) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x512xf32>, tensor<f32>) -> tensor<4xf32>
    %343 = "stablehlo.broadcast_in_dim"(%342) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x512xf32>
    %344 = "stablehlo.iota"() { iota_dimension = 1 : i64 } : () -> tensor<4x512xi32>
    %345 = "stablehlo.compare"(%339, %343) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<4x512xf32>, tensor<4x512xf32>) -> tensor<4x512xi1>
    %346 = "stablehlo.constant"() { value = dense<512> : tensor<i32> } : () -> tensor<i32>
    %347 = "stablehlo.broadcast_in_dim"(%346) { broadcast_dimensions = array<i64> } : (tensor<i32>) -> tensor<4x512xi32>
    %348 = "stablehlo.select"(%345, %344, %347) : (tensor<4x512xi1>, tensor<4x512xi32>, tensor<4x512xi32>) -> tensor<4x512xi32>
    %349 = "stablehlo.constant"() { value = dense<512> : tensor<i32> } : () -> tensor<i32>
    %351 = "stablehlo.reduce"(%348, %349) ({
      ^reductionFn(%arg54: tensor<i32>, %arg55: tensor<i32>) :
          %350 = "stablehlo.minimum"(%arg54, %arg55) : (tensor<i32>, tensor<i32>) -> tensor<i32>
          "stablehlo.return"(%350) : (tensor<i32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x512xi32>, tensor<i32>) -> tensor<4xi32>
    %352 = "stablehlo.constant"() { value = dense<512> : tensor<i32> } : () -> tensor<i32>
    %353 = "stablehlo.broadcast_in_dim"(%352) { broadcast_dimensions = array<i64> } : (tensor<i32>) -> tensor<4xi32>
    %354 = "stablehlo.compare"(%351, %353) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
    %355 = "stablehlo.constant"() { value = dense<0> : tensor<i32> } : () -> tensor<i32>
    %356 = "stablehlo.broadcast_in_dim"(%355) { broadcast_dimensions = array<i64> } : (tensor<i32>) -> tensor<4xi32>
    %357 = "stablehlo.select"(%354, %356, %351) : (tensor<4xi1>, tensor<4xi32>, tensor<4xi32>) -> tensor<4xi32>
    %358 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %360 = "stablehlo.reduce"(%335, %358) ({
      ^reductionFn(%arg56: tensor<f32>, %arg57: tensor<f32>) :
          %359 = "stablehlo.maximum"(%arg56, %arg57) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%359) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x512xf32>, tensor<f32>) -> tensor<4xf32>
    %361 = "stablehlo.broadcast_in_dim"(%360) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x512xf32>
    %362 = "stablehlo.subtract"(%335, %361) : (tensor<4x512xf32>, tensor<4x512xf32>) -> tensor<4x512xf32>
    %363 = "stablehlo.exponential"(%362) : (tensor<4x512xf32>) -> tensor<4x512xf32>
    %364 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %366 = "stablehlo.reduce"(%363, %364) ({
      ^reductionFn(%arg58: tensor<f32>, %arg59: tensor<f32>) :
          %365 = "stablehlo.add"(%arg58, %arg59) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%365) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x512xf32>, tensor<f32>) -> tensor<4xf32>
    %367 = "stablehlo.log"(%366) : (tensor<4xf32>) -> tensor<4xf32>
    %368 = "stablehlo.add"(%360, %367) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %369 = "stablehlo.is_finite"(%360) : (tensor<4xf32>) -> tensor<4xi1>
    %370 = "stablehlo.not"(%369) : (tensor<4xi1>) -> tensor<4xi1>
    %371 = "stablehlo.convert"(%370) : (tensor<4xi1>) -> tensor<4xi32>
    %372 = "stablehlo.reshape"(%4) : (tensor<4xi32>) -> tensor<4x1xi32>
    %373 = "stablehlo.reshape"(%5) : (tensor<4xi32>) -> tensor<4x1xi32>
    %374 = "stablehlo.concatenate"(%372, %373) { dimension = 1 : i64 } : (tensor<4x1xi32>, tensor<4x1xi32>) -> tensor<4x2xi32>
    %375 = "stablehlo.gather"(%335, %374) {
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
    %376 = "stablehlo.reshape"(%368) : (tensor<4xf32>) -> tensor<4x1xf32>
    %377 = "stablehlo.reshape"(%4) : (tensor<4xi32>) -> tensor<4x1xi32>
    %378 = "stablehlo.gather"(%376, %377) {
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
    %379 = "stablehlo.reshape"(%378) : (tensor<4x1xf32>) -> tensor<4xf32>
    %380 = "stablehlo.subtract"(%375, %379) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %381 = "stablehlo.concatenate"(%357, %371) { dimension = 0 : i64 } : (tensor<4xi32>, tensor<4xi32>) -> tensor<8xi32>
    "stablehlo.return"(%77, %79, %229, %231, %335, %381, %380) : (tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x512xf32>, tensor<8xi32>, tensor<4xf32>) -> ()
  }
}
