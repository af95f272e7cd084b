module @step_r8_l1_t4 {
  func.func @main(%arg0: tensor<512x128xbf16>, %arg1: tensor<128xbf16>, %arg2: tensor<128x128xbf16>, %arg3: tensor<32x128xbf16>, %arg4: tensor<32x128xbf16>, %arg5: tensor<128x128xbf16>, %arg6: tensor<128xbf16>, %arg7: tensor<256x128xbf16>, %arg8: tensor<256x128xbf16>, %arg9: tensor<128x256xbf16>, %arg10: tensor<128xbf16>, %arg11: tensor<128x128xbf16>, %arg12: tensor<32x128xbf16>, %arg13: tensor<32x128xbf16>, %arg14: tensor<128x128xbf16>, %arg15: tensor<128xbf16>, %arg16: tensor<256x128xbf16>, %arg17: tensor<256x128xbf16>, %arg18: tensor<128x256xbf16>, %arg19: tensor<128xbf16>, %arg20: tensor<32x32xf32>, %arg21: tensor<4x32x32xbf16> { tf.aliasing_output = 0 : i32 }, %arg22: tensor<4x32x32xbf16> { tf.aliasing_output = 1 : i32 }, %arg23: tensor<4x32x32xbf16> { tf.aliasing_output = 2 : i32 }, %arg24: tensor<4x32x32xbf16> { tf.aliasing_output = 3 : i32 }, %arg25: tensor<33xi32>) -> (tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<1x512xf32>, tensor<2xi32>, tensor<4xf32>) {
    %0 = "stablehlo.slice"(%arg25) {
      limit_indices = array<i64: 8>,
      start_indices = array<i64: 0>,
      strides = array<i64: 1>
    } : (tensor<33xi32>) -> tensor<8xi32>
    %1 = "stablehlo.slice"(%arg25) {
      limit_indices = array<i64: 16>,
      start_indices = array<i64: 8>,
      strides = array<i64: 1>
    } : (tensor<33xi32>) -> tensor<8xi32>
    %2 = "stablehlo.slice"(%arg25) {
      limit_indices = array<i64: 24>,
      start_indices = array<i64: 16>,
      strides = array<i64: 1>
    } : (tensor<33xi32>) -> tensor<8xi32>
    %3 = "stablehlo.slice"(%arg25) {
      limit_indices = array<i64: 25>,
      start_indices = array<i64: 24>,
      strides = array<i64: 1>
    } : (tensor<33xi32>) -> tensor<1xi32>
    %4 = "stablehlo.slice"(%arg25) {
      limit_indices = array<i64: 29>,
      start_indices = array<i64: 25>,
      strides = array<i64: 1>
    } : (tensor<33xi32>) -> tensor<4xi32>
    %5 = "stablehlo.slice"(%arg25) {
      limit_indices = array<i64: 33>,
      start_indices = array<i64: 29>,
      strides = array<i64: 1>
    } : (tensor<33xi32>) -> tensor<4xi32>
    %6 = "stablehlo.reshape"(%2) : (tensor<8xi32>) -> tensor<8x1xi32>
    %7 = "stablehlo.reshape"(%1) : (tensor<8xi32>) -> tensor<8x1xi32>
    %8 = "stablehlo.concatenate"(%6, %7) { dimension = 1 : i64 } : (tensor<8x1xi32>, tensor<8x1xi32>) -> tensor<8x2xi32>
    %9 = "stablehlo.reshape"(%0) : (tensor<8xi32>) -> tensor<8x1xi32>
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
    } : (tensor<512x128xbf16>, tensor<8x1xi32>) -> tensor<8x128xbf16>
    %11 = "stablehlo.convert"(%10) : (tensor<8x128xbf16>) -> tensor<8x128xf32>
    %12 = "stablehlo.constant"() { value = dense<11.313708305358887> : tensor<f32> } : () -> tensor<f32>
    %13 = "stablehlo.broadcast_in_dim"(%12) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8x128xf32>
    %14 = "stablehlo.multiply"(%11, %13) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %15 = "stablehlo.reshape"(%14) : (tensor<8x128xf32>) -> tensor<8x128xf32>
    %16 = "stablehlo.multiply"(%15, %15) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %17 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %19 = "stablehlo.reduce"(%16, %17) ({
      ^reductionFn(%arg26: tensor<f32>, %arg27: tensor<f32>) :
          %18 = "stablehlo.add"(%arg26, %arg27) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%18) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<8x128xf32>, tensor<f32>) -> tensor<8xf32>
    %20 = "stablehlo.constant"() { value = dense<0.0078125> : tensor<f32> } : () -> tensor<f32>
    %21 = "stablehlo.broadcast_in_dim"(%20) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8xf32>
    %22 = "stablehlo.multiply"(%19, %21) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %23 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %24 = "stablehlo.broadcast_in_dim"(%23) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8xf32>
    %25 = "stablehlo.add"(%22, %24) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %26 = "stablehlo.rsqrt"(%25) : (tensor<8xf32>) -> tensor<8xf32>
    %27 = "stablehlo.convert"(%arg1) : (tensor<128xbf16>) -> tensor<128xf32>
    %28 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %29 = "stablehlo.broadcast_in_dim"(%28) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<128xf32>
    %30 = "stablehlo.add"(%27, %29) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %31 = "stablehlo.broadcast_in_dim"(%26) { broadcast_dimensions = array<i64: 0> } : (tensor<8xf32>) -> tensor<8x128xf32>
    %32 = "stablehlo.multiply"(%15, %31) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %33 = "stablehlo.broadcast_in_dim"(%30) { broadcast_dimensions = array<i64: 1> } : (tensor<128xf32>) -> tensor<8x128xf32>
    %34 = "stablehlo.multiply"(%32, %33) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %35 = "stablehlo.reshape"(%34) : (tensor<8x128xf32>) -> tensor<8x128xf32>
    %36 = "stablehlo.convert"(%arg2) : (tensor<128x128xbf16>) -> tensor<128x128xf32>
    %37 = "stablehlo.dot_general"(%35, %36) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<8x128xf32>, tensor<128x128xf32>) -> tensor<8x128xf32>
    %38 = "stablehlo.convert"(%arg3) : (tensor<32x128xbf16>) -> tensor<32x128xf32>
    %39 = "stablehlo.dot_general"(%35, %38) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<8x128xf32>, tensor<32x128xf32>) -> tensor<8x32xf32>
    %40 = "stablehlo.convert"(%arg4) : (tensor<32x128xbf16>) -> tensor<32x128xf32>
    %41 = "stablehlo.dot_general"(%35, %40) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<8x128xf32>, tensor<32x128xf32>) -> tensor<8x32xf32>
    %42 = "stablehlo.reshape"(%1) : (tensor<8xi32>) -> tensor<8x1xi32>
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
    } : (tensor<32x32xf32>, tensor<8x1xi32>) -> tensor<8x32xf32>
    %44 = "stablehlo.slice"(%43) {
      limit_indices = array<i64: 8, 16>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<8x32xf32>) -> tensor<8x16xf32>
    %45 = "stablehlo.broadcast_in_dim"(%44) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<8x16xf32>) -> tensor<8x4x16xf32>
    %46 = "stablehlo.slice"(%43) {
      limit_indices = array<i64: 8, 32>,
      start_indices = array<i64: 0, 16>,
      strides = array<i64: 1, 1>
    } : (tensor<8x32xf32>) -> tensor<8x16xf32>
    %47 = "stablehlo.broadcast_in_dim"(%46) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<8x16xf32>) -> tensor<8x4x16xf32>
    %48 = "stablehlo.reshape"(%37) : (tensor<8x128xf32>) -> tensor<8x4x32xf32>
    %49 = "stablehlo.slice"(%48) {
      limit_indices = array<i64: 8, 4, 16>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<8x4x32xf32>) -> tensor<8x4x16xf32>
    %50 = "stablehlo.slice"(%48) {
      limit_indices = array<i64: 8, 4, 32>,
      start_indices = array<i64: 0, 0, 16>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<8x4x32xf32>) -> tensor<8x4x16xf32>
    %51 = "stablehlo.multiply"(%49, %45) : (tensor<8x4x16xf32>, tensor<8x4x16xf32>) -> tensor<8x4x16xf32>
    %52 = "stablehlo.multiply"(%50, %47) : (tensor<8x4x16xf32>, tensor<8x4x16xf32>) -> tensor<8x4x16xf32>
    %53 = "stablehlo.subtract"(%51, %52) : (tensor<8x4x16xf32>, tensor<8x4x16xf32>) -> tensor<8x4x16xf32>
    %54 = "stablehlo.multiply"(%50, %45) : (tensor<8x4x16xf32>, tensor<8x4x16xf32>) -> tensor<8x4x16xf32>
    %55 = "stablehlo.multiply"(%49, %47) : (tensor<8x4x16xf32>, tensor<8x4x16xf32>) -> tensor<8x4x16xf32>
    %56 = "stablehlo.add"(%54, %55) : (tensor<8x4x16xf32>, tensor<8x4x16xf32>) -> tensor<8x4x16xf32>
    %57 = "stablehlo.concatenate"(%53, %56) { dimension = 2 : i64 } : (tensor<8x4x16xf32>, tensor<8x4x16xf32>) -> tensor<8x4x32xf32>
    %58 = "stablehlo.reshape"(%57) : (tensor<8x4x32xf32>) -> tensor<8x128xf32>
    %59 = "stablehlo.reshape"(%1) : (tensor<8xi32>) -> tensor<8x1xi32>
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
    } : (tensor<32x32xf32>, tensor<8x1xi32>) -> tensor<8x32xf32>
    %61 = "stablehlo.slice"(%60) {
      limit_indices = array<i64: 8, 16>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<8x32xf32>) -> tensor<8x16xf32>
    %62 = "stablehlo.broadcast_in_dim"(%61) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<8x16xf32>) -> tensor<8x1x16xf32>
    %63 = "stablehlo.slice"(%60) {
      limit_indices = array<i64: 8, 32>,
      start_indices = array<i64: 0, 16>,
      strides = array<i64: 1, 1>
    } : (tensor<8x32xf32>) -> tensor<8x16xf32>
    %64 = "stablehlo.broadcast_in_dim"(%63) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<8x16xf32>) -> tensor<8x1x16xf32>
    %65 = "stablehlo.reshape"(%39) : (tensor<8x32xf32>) -> tensor<8x1x32xf32>
    %66 = "stablehlo.slice"(%65) {
      limit_indices = array<i64: 8, 1, 16>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<8x1x32xf32>) -> tensor<8x1x16xf32>
    %67 = "stablehlo.slice"(%65) {
      limit_indices = array<i64: 8, 1, 32>,
      start_indices = array<i64: 0, 0, 16>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<8x1x32xf32>) -> tensor<8x1x16xf32>
    %68 = "stablehlo.multiply"(%66, %62) : (tensor<8x1x16xf32>, tensor<8x1x16xf32>) -> tensor<8x1x16xf32>
    %69 = "stablehlo.multiply"(%67, %64) : (tensor<8x1x16xf32>, tensor<8x1x16xf32>) -> tensor<8x1x16xf32>
    %70 = "stablehlo.subtract"(%68, %69) : (tensor<8x1x16xf32>, tensor<8x1x16xf32>) -> tensor<8x1x16xf32>
    %71 = "stablehlo.multiply"(%67, %62) : (tensor<8x1x16xf32>, tensor<8x1x16xf32>) -> tensor<8x1x16xf32>
    %72 = "stablehlo.multiply"(%66, %64) : (tensor<8x1x16xf32>, tensor<8x1x16xf32>) -> tensor<8x1x16xf32>
    %73 = "stablehlo.add"(%71, %72) : (tensor<8x1x16xf32>, tensor<8x1x16xf32>) -> tensor<8x1x16xf32>
    %74 = "stablehlo.concatenate"(%70, %73) { dimension = 2 : i64 } : (tensor<8x1x16xf32>, tensor<8x1x16xf32>) -> tensor<8x1x32xf32>
    %75 = "stablehlo.reshape"(%74) : (tensor<8x1x32xf32>) -> tensor<8x32xf32>
    %76 = "stablehlo.convert"(%75) : (tensor<8x32xf32>) -> tensor<8x32xbf16>
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
    } : (tensor<4x32x32xbf16>, tensor<8x2xi32>, tensor<8x32xbf16>) -> tensor<4x32x32xbf16>
    %78 = "stablehlo.convert"(%41) : (tensor<8x32xf32>) -> tensor<8x32xbf16>
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
    } : (tensor<4x32x32xbf16>, tensor<8x2xi32>, tensor<8x32xbf16>) -> tensor<4x32x32xbf16>
    %80 = "stablehlo.reshape"(%58) : (tensor<8x128xf32>) -> tensor<8x1x4x32xf32>
    %81 = "stablehlo.convert"(%77) : (tensor<4x32x32xbf16>) -> tensor<4x32x32xf32>
    %82 = "stablehlo.reshape"(%81) : (tensor<4x32x32xf32>) -> tensor<128x1x32xf32>
    %83 = "stablehlo.convert"(%79) : (tensor<4x32x32xbf16>) -> tensor<4x32x32xf32>
    %84 = "stablehlo.reshape"(%83) : (tensor<4x32x32xf32>) -> tensor<128x1x32xf32>
    %85 = "stablehlo.dot_general"(%80, %82) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [1],
  rhs_batching_dimensions = [1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [2]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<8x1x4x32xf32>, tensor<128x1x32xf32>) -> tensor<1x8x4x128xf32>
    %86 = "stablehlo.constant"() { value = dense<0.1767766922712326> : tensor<f32> } : () -> tensor<f32>
    %87 = "stablehlo.broadcast_in_dim"(%86) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<1x8x4x128xf32>
    %88 = "stablehlo.multiply"(%85, %87) : (tensor<1x8x4x128xf32>, tensor<1x8x4x128xf32>) -> tensor<1x8x4x128xf32>
    %89 = "stablehlo.iota"() { iota_dimension = 1 : i64 } : () -> tensor<8x4x32xi32>
    %90 = "stablehlo.iota"() { iota_dimension = 2 : i64 } : () -> tensor<8x4x32xi32>
    %91 = "stablehlo.broadcast_in_dim"(%2) { broadcast_dimensions = array<i64: 0> } : (tensor<8xi32>) -> tensor<8x4x32xi32>
    %92 = "stablehlo.broadcast_in_dim"(%1) { broadcast_dimensions = array<i64: 0> } : (tensor<8xi32>) -> tensor<8x4x32xi32>
    %93 = "stablehlo.compare"(%89, %91) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<8x4x32xi32>, tensor<8x4x32xi32>) -> tensor<8x4x32xi1>
    %94 = "stablehlo.compare"(%90, %92) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction LE>
    } : (tensor<8x4x32xi32>, tensor<8x4x32xi32>) -> tensor<8x4x32xi1>
    %95 = "stablehlo.and"(%93, %94) : (tensor<8x4x32xi1>, tensor<8x4x32xi1>) -> tensor<8x4x32xi1>
    %96 = "stablehlo.reshape"(%95) : (tensor<8x4x32xi1>) -> tensor<8x128xi1>
    %97 = "stablehlo.broadcast_in_dim"(%96) { broadcast_dimensions = array<i64: 1, 3> } : (tensor<8x128xi1>) -> tensor<1x8x4x128xi1>
    %98 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %99 = "stablehlo.broadcast_in_dim"(%98) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<1x8x4x128xf32>
    %100 = "stablehlo.select"(%97, %88, %99) : (tensor<1x8x4x128xi1>, tensor<1x8x4x128xf32>, tensor<1x8x4x128xf32>) -> tensor<1x8x4x128xf32>
    %101 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %103 = "stablehlo.reduce"(%100, %101) ({
      ^reductionFn(%arg32: tensor<f32>, %arg33: tensor<f32>) :
          %102 = "stablehlo.maximum"(%arg32, %arg33) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%102) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<1x8x4x128xf32>, tensor<f32>) -> tensor<1x8x4xf32>
    %104 = "stablehlo.broadcast_in_dim"(%103) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<1x8x4xf32>) -> tensor<1x8x4x128xf32>
    %105 = "stablehlo.subtract"(%100, %104) : (tensor<1x8x4x128xf32>, tensor<1x8x4x128xf32>) -> tensor<1x8x4x128xf32>
    %106 = "stablehlo.exponential"(%105) : (tensor<1x8x4x128xf32>) -> tensor<1x8x4x128xf32>
    %107 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %109 = "stablehlo.reduce"(%106, %107) ({
      ^reductionFn(%arg34: tensor<f32>, %arg35: tensor<f32>) :
          %108 = "stablehlo.add"(%arg34, %arg35) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%108) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<1x8x4x128xf32>, tensor<f32>) -> tensor<1x8x4xf32>
    %110 = "stablehlo.broadcast_in_dim"(%109) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<1x8x4xf32>) -> tensor<1x8x4x128xf32>
    %111 = "stablehlo.divide"(%106, %110) : (tensor<1x8x4x128xf32>, tensor<1x8x4x128xf32>) -> tensor<1x8x4x128xf32>
    %112 = "stablehlo.dot_general"(%111, %84) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0],
  rhs_batching_dimensions = [1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [0]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x8x4x128xf32>, tensor<128x1x32xf32>) -> tensor<1x8x4x32xf32>
    %113 = "stablehlo.transpose"(%112) { permutation = array<i64: 1, 0, 2, 3> } : (tensor<1x8x4x32xf32>) -> tensor<8x1x4x32xf32>
    %114 = "stablehlo.reshape"(%113) : (tensor<8x1x4x32xf32>) -> tensor<8x128xf32>
    %115 = "stablehlo.convert"(%arg5) : (tensor<128x128xbf16>) -> tensor<128x128xf32>
    %116 = "stablehlo.dot_general"(%114, %115) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<8x128xf32>, tensor<128x128xf32>) -> tensor<8x128xf32>
    %117 = "stablehlo.add"(%14, %116) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %118 = "stablehlo.reshape"(%117) : (tensor<8x128xf32>) -> tensor<8x128xf32>
    %119 = "stablehlo.multiply"(%118, %118) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %120 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %122 = "stablehlo.reduce"(%119, %120) ({
      ^reductionFn(%arg36: tensor<f32>, %arg37: tensor<f32>) :
          %121 = "stablehlo.add"(%arg36, %arg37) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%121) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<8x128xf32>, tensor<f32>) -> tensor<8xf32>
    %123 = "stablehlo.constant"() { value = dense<0.0078125> : tensor<f32> } : () -> tensor<f32>
    %124 = "stablehlo.broadcast_in_dim"(%123) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8xf32>
    %125 = "stablehlo.multiply"(%122, %124) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %126 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %127 = "stablehlo.broadcast_in_dim"(%126) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8xf32>
    %128 = "stablehlo.add"(%125, %127) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %129 = "stablehlo.rsqrt"(%128) : (tensor<8xf32>) -> tensor<8xf32>
    %130 = "stablehlo.convert"(%arg6) : (tensor<128xbf16>) -> tensor<128xf32>
    %131 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %132 = "stablehlo.broadcast_in_dim"(%131) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<128xf32>
    %133 = "stablehlo.add"(%130, %132) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %134 = "stablehlo.broadcast_in_dim"(%129) { broadcast_dimensions = array<i64: 0> } : (tensor<8xf32>) -> tensor<8x128xf32>
    %135 = "stablehlo.multiply"(%118, %134) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %136 = "stablehlo.broadcast_in_dim"(%133) { broadcast_dimensions = array<i64: 1> } : (tensor<128xf32>) -> tensor<8x128xf32>
    %137 = "stablehlo.multiply"(%135, %136) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %138 = "stablehlo.reshape"(%137) : (tensor<8x128xf32>) -> tensor<8x128xf32>
    %139 = "stablehlo.convert"(%arg7) : (tensor<256x128xbf16>) -> tensor<256x128xf32>
    %140 = "stablehlo.dot_general"(%138, %139) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<8x128xf32>, tensor<256x128xf32>) -> tensor<8x256xf32>
    %141 = "stablehlo.convert"(%arg8) : (tensor<256x128xbf16>) -> tensor<256x128xf32>
    %142 = "stablehlo.dot_general"(%138, %141) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<8x128xf32>, tensor<256x128xf32>) -> tensor<8x256xf32>
    %143 = "stablehlo.multiply"(%140, %140) : (tensor<8x256xf32>, tensor<8x256xf32>) -> tensor<8x256xf32>
    %144 = "stablehlo.multiply"(%143, %140) : (tensor<8x256xf32>, tensor<8x256xf32>) -> tensor<8x256xf32>
    %145 = "stablehlo.constant"() { value = dense<0.044714998453855515> : tensor<f32> } : () -> tensor<f32>
    %146 = "stablehlo.broadcast_in_dim"(%145) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8x256xf32>
    %147 = "stablehlo.multiply"(%144, %146) : (tensor<8x256xf32>, tensor<8x256xf32>) -> tensor<8x256xf32>
    %148 = "stablehlo.add"(%140, %147) : (tensor<8x256xf32>, tensor<8x256xf32>) -> tensor<8x256xf32>
    %149 = "stablehlo.constant"() { value = dense<0.7978845834732056> : tensor<f32> } : () -> tensor<f32>
    %150 = "stablehlo.broadcast_in_dim"(%149) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8x256xf32>
    %151 = "stablehlo.multiply"(%148, %150) : (tensor<8x256xf32>, tensor<8x256xf32>) -> tensor<8x256xf32>
    %152 = "stablehlo.constant"() { value = dense<0.5> : tensor<f32> } : () -> tensor<f32>
    %153 = "stablehlo.broadcast_in_dim"(%152) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8x256xf32>
    %154 = "stablehlo.multiply"(%140, %153) : (tensor<8x256xf32>, tensor<8x256xf32>) -> tensor<8x256xf32>
    %155 = "stablehlo.tanh"(%151) : (tensor<8x256xf32>) -> tensor<8x256xf32>
    %156 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %157 = "stablehlo.broadcast_in_dim"(%156) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8x256xf32>
    %158 = "stablehlo.add"(%155, %157) : (tensor<8x256xf32>, tensor<8x256xf32>) -> tensor<8x256xf32>
    %159 = "stablehlo.multiply"(%154, %158) : (tensor<8x256xf32>, tensor<8x256xf32>) -> tensor<8x256xf32>
    %160 = "stablehlo.multiply"(%159, %142) : (tensor<8x256xf32>, tensor<8x256xf32>) -> tensor<8x256xf32>
    %161 = "stablehlo.convert"(%arg9) : (tensor<128x256xbf16>) -> tensor<128x256xf32>
    %162 = "stablehlo.dot_general"(%160, %161) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<8x256xf32>, tensor<128x256xf32>) -> tensor<8x128xf32>
    %163 = "stablehlo.add"(%117, %162) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %164 = "stablehlo.reshape"(%163) : (tensor<8x128xf32>) -> tensor<8x128xf32>
    %165 = "stablehlo.multiply"(%164, %164) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %166 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %168 = "stablehlo.reduce"(%165, %166) ({
      ^reductionFn(%arg38: tensor<f32>, %arg39: tensor<f32>) :
          %167 = "stablehlo.add"(%arg38, %arg39) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%167) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<8x128xf32>, tensor<f32>) -> tensor<8xf32>
    %169 = "stablehlo.constant"() { value = dense<0.0078125> : tensor<f32> } : () -> tensor<f32>
    %170 = "stablehlo.broadcast_in_dim"(%169) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8xf32>
    %171 = "stablehlo.multiply"(%168, %170) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %172 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %173 = "stablehlo.broadcast_in_dim"(%172) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8xf32>
    %174 = "stablehlo.add"(%171, %173) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %175 = "stablehlo.rsqrt"(%174) : (tensor<8xf32>) -> tensor<8xf32>
    %176 = "stablehlo.convert"(%arg10) : (tensor<128xbf16>) -> tensor<128xf32>
    %177 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %178 = "stablehlo.broadcast_in_dim"(%177) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<128xf32>
    %179 = "stablehlo.add"(%176, %178) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %180 = "stablehlo.broadcast_in_dim"(%175) { broadcast_dimensions = array<i64: 0> } : (tensor<8xf32>) -> tensor<8x128xf32>
    %181 = "stablehlo.multiply"(%164, %180) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %182 = "stablehlo.broadcast_in_dim"(%179) { broadcast_dimensions = array<i64: 1> } : (tensor<128xf32>) -> tensor<8x128xf32>
    %183 = "stablehlo.multiply"(%181, %182) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %184 = "stablehlo.reshape"(%183) : (tensor<8x128xf32>) -> tensor<8x128xf32>
    %185 = "stablehlo.convert"(%arg11) : (tensor<128x128xbf16>) -> tensor<128x128xf32>
    %186 = "stablehlo.dot_general"(%184, %185) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<8x128xf32>, tensor<128x128xf32>) -> tensor<8x128xf32>
    %187 = "stablehlo.convert"(%arg12) : (tensor<32x128xbf16>) -> tensor<32x128xf32>
    %188 = "stablehlo.dot_general"(%184, %187) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<8x128xf32>, tensor<32x128xf32>) -> tensor<8x32xf32>
    %189 = "stablehlo.convert"(%arg13) : (tensor<32x128xbf16>) -> tensor<32x128xf32>
    %190 = "stablehlo.dot_general"(%184, %189) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<8x128xf32>, tensor<32x128xf32>) -> tensor<8x32xf32>
    %191 = "stablehlo.reshape"(%1) : (tensor<8xi32>) -> tensor<8x1xi32>
    %192 = "stablehlo.gather"(%arg20, %191) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [1],
  collapsed_slice_dims = [0],
  operand_batching_dims = [],
  start_indices_batching_dims = [],
  start_index_map = [0],
  index_vector_dim = 1>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1, 32>
    } : (tensor<32x32xf32>, tensor<8x1xi32>) -> tensor<8x32xf32>
    %193 = "stablehlo.slice"(%192) {
      limit_indices = array<i64: 8, 16>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<8x32xf32>) -> tensor<8x16xf32>
    %194 = "stablehlo.broadcast_in_dim"(%193) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<8x16xf32>) -> tensor<8x4x16xf32>
    %195 = "stablehlo.slice"(%192) {
      limit_indices = array<i64: 8, 32>,
      start_indices = array<i64: 0, 16>,
      strides = array<i64: 1, 1>
    } : (tensor<8x32xf32>) -> tensor<8x16xf32>
    %196 = "stablehlo.broadcast_in_dim"(%195) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<8x16xf32>) -> tensor<8x4x16xf32>
    %197 = "stablehlo.reshape"(%186) : (tensor<8x128xf32>) -> tensor<8x4x32xf32>
    %198 = "stablehlo.slice"(%197) {
      limit_indices = array<i64: 8, 4, 16>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<8x4x32xf32>) -> tensor<8x4x16xf32>
    %199 = "stablehlo.slice"(%197) {
      limit_indices = array<i64: 8, 4, 32>,
      start_indices = array<i64: 0, 0, 16>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<8x4x32xf32>) -> tensor<8x4x16xf32>
    %200 = "stablehlo.multiply"(%198, %194) : (tensor<8x4x16xf32>, tensor<8x4x16xf32>) -> tensor<8x4x16xf32>
    %201 = "stablehlo.multiply"(%199, %196) : (tensor<8x4x16xf32>, tensor<8x4x16xf32>) -> tensor<8x4x16xf32>
    %202 = "stablehlo.subtract"(%200, %201) : (tensor<8x4x16xf32>, tensor<8x4x16xf32>) -> tensor<8x4x16xf32>
    %203 = "stablehlo.multiply"(%199, %194) : (tensor<8x4x16xf32>, tensor<8x4x16xf32>) -> tensor<8x4x16xf32>
    %204 = "stablehlo.multiply"(%198, %196) : (tensor<8x4x16xf32>, tensor<8x4x16xf32>) -> tensor<8x4x16xf32>
    %205 = "stablehlo.add"(%203, %204) : (tensor<8x4x16xf32>, tensor<8x4x16xf32>) -> tensor<8x4x16xf32>
    %206 = "stablehlo.concatenate"(%202, %205) { dimension = 2 : i64 } : (tensor<8x4x16xf32>, tensor<8x4x16xf32>) -> tensor<8x4x32xf32>
    %207 = "stablehlo.reshape"(%206) : (tensor<8x4x32xf32>) -> tensor<8x128xf32>
    %208 = "stablehlo.reshape"(%1) : (tensor<8xi32>) -> tensor<8x1xi32>
    %209 = "stablehlo.gather"(%arg20, %208) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [1],
  collapsed_slice_dims = [0],
  operand_batching_dims = [],
  start_indices_batching_dims = [],
  start_index_map = [0],
  index_vector_dim = 1>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1, 32>
    } : (tensor<32x32xf32>, tensor<8x1xi32>) -> tensor<8x32xf32>
    %210 = "stablehlo.slice"(%209) {
      limit_indices = array<i64: 8, 16>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<8x32xf32>) -> tensor<8x16xf32>
    %211 = "stablehlo.broadcast_in_dim"(%210) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<8x16xf32>) -> tensor<8x1x16xf32>
    %212 = "stablehlo.slice"(%209) {
      limit_indices = array<i64: 8, 32>,
      start_indices = array<i64: 0, 16>,
      strides = array<i64: 1, 1>
    } : (tensor<8x32xf32>) -> tensor<8x16xf32>
    %213 = "stablehlo.broadcast_in_dim"(%212) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<8x16xf32>) -> tensor<8x1x16xf32>
    %214 = "stablehlo.reshape"(%188) : (tensor<8x32xf32>) -> tensor<8x1x32xf32>
    %215 = "stablehlo.slice"(%214) {
      limit_indices = array<i64: 8, 1, 16>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<8x1x32xf32>) -> tensor<8x1x16xf32>
    %216 = "stablehlo.slice"(%214) {
      limit_indices = array<i64: 8, 1, 32>,
      start_indices = array<i64: 0, 0, 16>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<8x1x32xf32>) -> tensor<8x1x16xf32>
    %217 = "stablehlo.multiply"(%215, %211) : (tensor<8x1x16xf32>, tensor<8x1x16xf32>) -> tensor<8x1x16xf32>
    %218 = "stablehlo.multiply"(%216, %213) : (tensor<8x1x16xf32>, tensor<8x1x16xf32>) -> tensor<8x1x16xf32>
    %219 = "stablehlo.subtract"(%217, %218) : (tensor<8x1x16xf32>, tensor<8x1x16xf32>) -> tensor<8x1x16xf32>
    %220 = "stablehlo.multiply"(%216, %211) : (tensor<8x1x16xf32>, tensor<8x1x16xf32>) -> tensor<8x1x16xf32>
    %221 = "stablehlo.multiply"(%215, %213) : (tensor<8x1x16xf32>, tensor<8x1x16xf32>) -> tensor<8x1x16xf32>
    %222 = "stablehlo.add"(%220, %221) : (tensor<8x1x16xf32>, tensor<8x1x16xf32>) -> tensor<8x1x16xf32>
    %223 = "stablehlo.concatenate"(%219, %222) { dimension = 2 : i64 } : (tensor<8x1x16xf32>, tensor<8x1x16xf32>) -> tensor<8x1x32xf32>
    %224 = "stablehlo.reshape"(%223) : (tensor<8x1x32xf32>) -> tensor<8x32xf32>
    %225 = "stablehlo.convert"(%224) : (tensor<8x32xf32>) -> tensor<8x32xbf16>
    %226 = "stablehlo.scatter"(%arg23, %8, %225) ({
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
    } : (tensor<4x32x32xbf16>, tensor<8x2xi32>, tensor<8x32xbf16>) -> tensor<4x32x32xbf16>
    %227 = "stablehlo.convert"(%190) : (tensor<8x32xf32>) -> tensor<8x32xbf16>
    %228 = "stablehlo.scatter"(%arg24, %8, %227) ({
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
    } : (tensor<4x32x32xbf16>, tensor<8x2xi32>, tensor<8x32xbf16>) -> tensor<4x32x32xbf16>
    %229 = "stablehlo.reshape"(%207) : (tensor<8x128xf32>) -> tensor<8x1x4x32xf32>
    %230 = "stablehlo.convert"(%226) : (tensor<4x32x32xbf16>) -> tensor<4x32x32xf32>
    %231 = "stablehlo.reshape"(%230) : (tensor<4x32x32xf32>) -> tensor<128x1x32xf32>
    %232 = "stablehlo.convert"(%228) : (tensor<4x32x32xbf16>) -> tensor<4x32x32xf32>
    %233 = "stablehlo.reshape"(%232) : (tensor<4x32x32xf32>) -> tensor<128x1x32xf32>
    %234 = "stablehlo.dot_general"(%229, %231) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [1],
  rhs_batching_dimensions = [1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [2]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<8x1x4x32xf32>, tensor<128x1x32xf32>) -> tensor<1x8x4x128xf32>
    %235 = "stablehlo.constant"() { value = dense<0.1767766922712326> : tensor<f32> } : () -> tensor<f32>
    %236 = "stablehlo.broadcast_in_dim"(%235) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<1x8x4x128xf32>
    %237 = "stablehlo.multiply"(%234, %236) : (tensor<1x8x4x128xf32>, tensor<1x8x4x128xf32>) -> tensor<1x8x4x128xf32>
    %238 = "stablehlo.broadcast_in_dim"(%96) { broadcast_dimensions = array<i64: 1, 3> } : (tensor<8x128xi1>) -> tensor<1x8x4x128xi1>
    %239 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %240 = "stablehlo.broadcast_in_dim"(%239) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<1x8x4x128xf32>
    %241 = "stablehlo.select"(%238, %237, %240) : (tensor<1x8x4x128xi1>, tensor<1x8x4x128xf32>, tensor<1x8x4x128xf32>) -> tensor<1x8x4x128xf32>
    %242 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %244 = "stablehlo.reduce"(%241, %242) ({
      ^reductionFn(%arg44: tensor<f32>, %arg45: tensor<f32>) :
          %243 = "stablehlo.maximum"(%arg44, %arg45) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%243) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<1x8x4x128xf32>, tensor<f32>) -> tensor<1x8x4xf32>
    %245 = "stablehlo.broadcast_in_dim"(%244) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<1x8x4xf32>) -> tensor<1x8x4x128xf32>
    %246 = "stablehlo.subtract"(%241, %245) : (tensor<1x8x4x128xf32>, tensor<1x8x4x128xf32>) -> tensor<1x8x4x128xf32>
    %247 = "stablehlo.exponential"(%246) : (tensor<1x8x4x128xf32>) -> tensor<1x8x4x128xf32>
    %248 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %250 = "stablehlo.reduce"(%247, %248) ({
      ^reductionFn(%arg46: tensor<f32>, %arg47: tensor<f32>) :
          %249 = "stablehlo.add"(%arg46, %arg47) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%249) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<1x8x4x128xf32>, tensor<f32>) -> tensor<1x8x4xf32>
    %251 = "stablehlo.broadcast_in_dim"(%250) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<1x8x4xf32>) -> tensor<1x8x4x128xf32>
    %252 = "stablehlo.divide"(%247, %251) : (tensor<1x8x4x128xf32>, tensor<1x8x4x128xf32>) -> tensor<1x8x4x128xf32>
    %253 = "stablehlo.dot_general"(%252, %233) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0],
  rhs_batching_dimensions = [1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [0]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x8x4x128xf32>, tensor<128x1x32xf32>) -> tensor<1x8x4x32xf32>
    %254 = "stablehlo.transpose"(%253) { permutation = array<i64: 1, 0, 2, 3> } : (tensor<1x8x4x32xf32>) -> tensor<8x1x4x32xf32>
    %255 = "stablehlo.reshape"(%254) : (tensor<8x1x4x32xf32>) -> tensor<8x128xf32>
    %256 = "stablehlo.convert"(%arg14) : (tensor<128x128xbf16>) -> tensor<128x128xf32>
    %257 = "stablehlo.dot_general"(%255, %256) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<8x128xf32>, tensor<128x128xf32>) -> tensor<8x128xf32>
    %258 = "stablehlo.add"(%163, %257) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %259 = "stablehlo.reshape"(%258) : (tensor<8x128xf32>) -> tensor<8x128xf32>
    %260 = "stablehlo.multiply"(%259, %259) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %261 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %263 = "stablehlo.reduce"(%260, %261) ({
      ^reductionFn(%arg48: tensor<f32>, %arg49: tensor<f32>) :
          %262 = "stablehlo.add"(%arg48, %arg49) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%262) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<8x128xf32>, tensor<f32>) -> tensor<8xf32>
    %264 = "stablehlo.constant"() { value = dense<0.0078125> : tensor<f32> } : () -> tensor<f32>
    %265 = "stablehlo.broadcast_in_dim"(%264) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8xf32>
    %266 = "stablehlo.multiply"(%263, %265) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %267 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %268 = "stablehlo.broadcast_in_dim"(%267) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8xf32>
    %269 = "stablehlo.add"(%266, %268) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %270 = "stablehlo.rsqrt"(%269) : (tensor<8xf32>) -> tensor<8xf32>
    %271 = "stablehlo.convert"(%arg15) : (tensor<128xbf16>) -> tensor<128xf32>
    %272 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %273 = "stablehlo.broadcast_in_dim"(%272) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<128xf32>
    %274 = "stablehlo.add"(%271, %273) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %275 = "stablehlo.broadcast_in_dim"(%270) { broadcast_dimensions = array<i64: 0> } : (tensor<8xf32>) -> tensor<8x128xf32>
    %276 = "stablehlo.multiply"(%259, %275) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %277 = "stablehlo.broadcast_in_dim"(%274) { broadcast_dimensions = array<i64: 1> } : (tensor<128xf32>) -> tensor<8x128xf32>
    %278 = "stablehlo.multiply"(%276, %277) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %279 = "stablehlo.reshape"(%278) : (tensor<8x128xf32>) -> tensor<8x128xf32>
    %280 = "stablehlo.convert"(%arg16) : (tensor<256x128xbf16>) -> tensor<256x128xf32>
    %281 = "stablehlo.dot_general"(%279, %280) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<8x128xf32>, tensor<256x128xf32>) -> tensor<8x256xf32>
    %282 = "stablehlo.convert"(%arg17) : (tensor<256x128xbf16>) -> tensor<256x128xf32>
    %283 = "stablehlo.dot_general"(%279, %282) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<8x128xf32>, tensor<256x128xf32>) -> tensor<8x256xf32>
    %284 = "stablehlo.multiply"(%281, %281) : (tensor<8x256xf32>, tensor<8x256xf32>) -> tensor<8x256xf32>
    %285 = "stablehlo.multiply"(%284, %281) : (tensor<8x256xf32>, tensor<8x256xf32>) -> tensor<8x256xf32>
    %286 = "stablehlo.constant"() { value = dense<0.044714998453855515> : tensor<f32> } : () -> tensor<f32>
    %287 = "stablehlo.broadcast_in_dim"(%286) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8x256xf32>
    %288 = "stablehlo.multiply"(%285, %287) : (tensor<8x256xf32>, tensor<8x256xf32>) -> tensor<8x256xf32>
    %289 = "stablehlo.add"(%281, %288) : (tensor<8x256xf32>, tensor<8x256xf32>) -> tensor<8x256xf32>
    %290 = "stablehlo.constant"() { value = dense<0.7978845834732056> : tensor<f32> } : () -> tensor<f32>
    %291 = "stablehlo.broadcast_in_dim"(%290) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8x256xf32>
    %292 = "stablehlo.multiply"(%289, %291) : (tensor<8x256xf32>, tensor<8x256xf32>) -> tensor<8x256xf32>
    %293 = "stablehlo.constant"() { value = dense<0.5> : tensor<f32> } : () -> tensor<f32>
    %294 = "stablehlo.broadcast_in_dim"(%293) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8x256xf32>
    %295 = "stablehlo.multiply"(%281, %294) : (tensor<8x256xf32>, tensor<8x256xf32>) -> tensor<8x256xf32>
    %296 = "stablehlo.tanh"(%292) : (tensor<8x256xf32>) -> tensor<8x256xf32>
    %297 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %298 = "stablehlo.broadcast_in_dim"(%297) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8x256xf32>
    %299 = "stablehlo.add"(%296, %298) : (tensor<8x256xf32>, tensor<8x256xf32>) -> tensor<8x256xf32>
    %300 = "stablehlo.multiply"(%295, %299) : (tensor<8x256xf32>, tensor<8x256xf32>) -> tensor<8x256xf32>
    %301 = "stablehlo.multiply"(%300, %283) : (tensor<8x256xf32>, tensor<8x256xf32>) -> tensor<8x256xf32>
    %302 = "stablehlo.convert"(%arg18) : (tensor<128x256xbf16>) -> tensor<128x256xf32>
    %303 = "stablehlo.dot_general"(%301, %302) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<8x256xf32>, tensor<128x256xf32>) -> tensor<8x128xf32>
    %304 = "stablehlo.add"(%258, %303) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %305 = "stablehlo.reshape"(%3) : (tensor<1xi32>) -> tensor<1x1xi32>
    %306 = "stablehlo.gather"(%304, %305) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [1],
  collapsed_slice_dims = [0],
  operand_batching_dims = [],
  start_indices_batching_dims = [],
  start_index_map = [0],
  index_vector_dim = 1>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1, 128>
    } : (tensor<8x128xf32>, tensor<1x1xi32>) -> tensor<1x128xf32>
    %307 = "stablehlo.reshape"(%306) : (tensor<1x128xf32>) -> tensor<1x128xf32>
    %308 = "stablehlo.multiply"(%307, %307) : (tensor<1x128xf32>, tensor<1x128xf32>) -> tensor<1x128xf32>
    %309 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %311 = "stablehlo.reduce"(%308, %309) ({
      ^reductionFn(%arg50: tensor<f32>, %arg51: tensor<f32>) :
          %310 = "stablehlo.add"(%arg50, %arg51) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%310) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<1x128xf32>, tensor<f32>) -> tensor<1xf32>
    %312 = "stablehlo.constant"() { value = dense<0.0078125> : tensor<f32> } : () -> tensor<f32>
    %313 = "stablehlo.broadcast_in_dim"(%312) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<1xf32>
    %314 = "stablehlo.multiply"(%311, %313) : (tensor<1xf32>, tensor<1xf32>) -> tensor<1xf32>
    %315 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %316 = "stablehlo.broadcast_in_dim"(%315) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<1xf32>
    %317 = "stablehlo.add"(%314, %316) : (tensor<1xf32>, tensor<1xf32>) -> tensor<1xf32>
    %318 = "stablehlo.rsqrt"(%317) : (tensor<1xf32>) -> tensor<1xf32>
    %319 = "stablehlo.convert"(%arg19) : (tensor<128xbf16>) -> tensor<128xf32>
    %320 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %321 = "stablehlo.broadcast_in_dim"(%320) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<128xf32>
    %322 = "stablehlo.add"(%319, %321) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %323 = "stablehlo.broadcast_in_dim"(%318) { broadcast_dimensions = array<i64: 0> } : (tensor<1xf32>) -> tensor<1x128xf32>
    %324 = "stablehlo.multiply"(%307, %323) : (tensor<1x128xf32>, tensor<1x128xf32>) -> tensor<1x128xf32>
    %325 = "stablehlo.broadcast_in_dim"(%322) { broadcast_dimensions = array<i64: 1> } : (tensor<128xf32>) -> tensor<1x128xf32>
    %326 = "stablehlo.multiply"(%324, %325) : (tensor<1x128xf32>, tensor<1x128xf32>) -> tensor<1x128xf32>
    %327 = "stablehlo.reshape"(%326) : (tensor<1x128xf32>) -> tensor<1x128xf32>
    %328 = "stablehlo.convert"(%arg0) : (tensor<512x128xbf16>) -> tensor<512x128xf32>
    %329 = "stablehlo.dot_general"(%327, %328) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x128xf32>, tensor<512x128xf32>) -> tensor<1x512xf32>
    %330 = "stablehlo.compare"(%329, %329) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<1x512xf32>, tensor<1x512xf32>) -> tensor<1x512xi1>
    %331 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %332 = "stablehlo.broadcast_in_dim"(%331) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<1x512xf32>
    %333 = "stablehlo.select"(%330, %329, %332) : (tensor<1x512xi1>, tensor<1x512xf32>, tensor<1x512xf32>) -> tensor<1x512xf32>
    %334 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %336 = "stablehlo.reduce"(%333, %334) ({
      ^reductionFn(%arg52: tensor<f32>, %arg53: tensor<f32>) :
          %335 = "stablehlo.maximum"(%arg52, %arg53) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%335) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<1x512xf32>, tensor<f32>) -> tensor<1xf32>
    %337 = "stablehlo.broadcast_in_dim"(%336) { broadcast_dimensions = array<i64: 0> } : (tensor<1xf32>) -> tensor<1x512xf32>
    %338 = "stablehlo.iota"() { iota_dimension = 1 : i64 } : () -> tensor<1x512xi32>
    %339 = "stablehlo.compare"(%333, %337) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<1x512xf32>, tensor<1x512xf32>) -> tensor<1x512xi1>
    %340 = "stablehlo.constant"() { value = dense<512> : tensor<i32> } : () -> tensor<i32>
    %341 = "stablehlo.broadcast_in_dim"(%340) { broadcast_dimensions = array<i64> } : (tensor<i32>) -> tensor<1x512xi32>
    %342 = "stablehlo.select"(%339, %338, %341) : (tensor<1x512xi1>, tensor<1x512xi32>, tensor<1x512xi32>) -> tensor<1x512xi32>
    %343 = "stablehlo.constant"() { value = dense<512> : tensor<i32> } : () -> tensor<i32>
    %345 = "stablehlo.reduce"(%342, %343) ({
      ^reductionFn(%arg54: tensor<i32>, %arg55: tensor<i32>) :
          %344 = "stablehlo.minimum"(%arg54, %arg55) : (tensor<i32>, tensor<i32>) -> tensor<i32>
          "stablehlo.return"(%344) : (tensor<i32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<1x512xi32>, tensor<i32>) -> tensor<1xi32>
    %346 = "stablehlo.constant"() { value = dense<512> : tensor<i32> } : () -> tensor<i32>
    %347 = "stablehlo.broadcast_in_dim"(%346) { broadcast_dimensions = array<i64> } : (tensor<i32>) -> tensor<1xi32>
    %348 = "stablehlo.compare"(%345, %347) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi1>
    %349 = "stablehlo.constant"() { value = dense<0> : tensor<i32> } : () -> tensor<i32>
    %350 = "stablehlo.broadcast_in_dim"(%349) { broadcast_dimensions = array<i64> } : (tensor<i32>) -> tensor<1xi32>
    %351 = "stablehlo.select"(%348, %350, %345) : (tensor<1xi1>, tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %352 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %354 = "stablehlo.reduce"(%329, %352) ({
      ^reductionFn(%arg56: tensor<f32>, %arg57: tensor<f32>) :
          %353 = "stablehlo.maximum"(%arg56, %arg57) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%353) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<1x512xf32>, tensor<f32>) -> tensor<1xf32>
    %355 = "stablehlo.broadcast_in_dim"(%354) { broadcast_dimensions = array<i64: 0> } : (tensor<1xf32>) -> tensor<1x512xf32>
    %356 = "stablehlo.subtract"(%329, %355) : (tensor<1x512xf32>, tensor<1x512xf32>) -> tensor<1x512xf32>
    %357 = "stablehlo.exponential"(%356) : (tensor<1x512xf32>) -> tensor<1x512xf32>
    %358 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %360 = "stablehlo.reduce"(%357, %358) ({
      ^reductionFn(%arg58: tensor<f32>, %arg59: tensor<f32>) :
          %359 = "stablehlo.add"(%arg58, %arg59) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%359) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<1x512xf32>, tensor<f32>) -> tensor<1xf32>
    %361 = "stablehlo.log"(%360) : (tensor<1xf32>) -> tensor<1xf32>
    %362 = "stablehlo.add"(%354, %361) : (tensor<1xf32>, tensor<1xf32>) -> tensor<1xf32>
    %363 = "stablehlo.is_finite"(%354) : (tensor<1xf32>) -> tensor<1xi1>
    %364 = "stablehlo.not"(%363) : (tensor<1xi1>) -> tensor<1xi1>
    %365 = "stablehlo.convert"(%364) : (tensor<1xi1>) -> tensor<1xi32>
    %366 = "stablehlo.reshape"(%4) : (tensor<4xi32>) -> tensor<4x1xi32>
    %367 = "stablehlo.reshape"(%5) : (tensor<4xi32>) -> tensor<4x1xi32>
    %368 = "stablehlo.concatenate"(%366, %367) { dimension = 1 : i64 } : (tensor<4x1xi32>, tensor<4x1xi32>) -> tensor<4x2xi32>
    %369 = "stablehlo.gather"(%329, %368) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [],
  collapsed_slice_dims = [0, 1],
  operand_batching_dims = [],
  start_indices_batching_dims = [],
  start_index_map = [0, 1],
  index_vector_dim = 1>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1, 1>
    } : (tensor<1x512xf32>, tensor<4x2xi32>) -> tensor<4xf32>
    %370 = "stablehlo.reshape"(%362) : (tensor<1xf32>) -> tensor<1x1xf32>
    %371 = "stablehlo.reshape"(%4) : (tensor<4xi32>) -> tensor<4x1xi32>
    %372 = "stablehlo.gather"(%370, %371) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [1],
  collapsed_slice_dims = [0],
  operand_batching_dims = [],
  start_indices_batching_dims = [],
  start_index_map = [0],
  index_vector_dim = 1>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1, 1>
    } : (tensor<1x1xf32>, tensor<4x1xi32>) -> tensor<4x1xf32>
    %373 = "stablehlo.reshape"(%372) : (tensor<4x1xf32>) -> tensor<4xf32>
    %374 = "stablehlo.subtract"(%369, %373) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %375 = "stablehlo.concatenate"(%351, %365) { dimension = 0 : i64 } : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    "stablehlo.return"(%77, %79, %226, %228, %329, %375, %374) : (tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<1x512xf32>, tensor<2xi32>, tensor<4xf32>) -> ()
  }
}
