module @step_r8_l1_t4 {
  func.func @main(%arg0: tensor<512x64xbf16>, %arg1: tensor<64xbf16>, %arg2: tensor<128x64xbf16>, %arg3: tensor<64x64xbf16>, %arg4: tensor<64x64xbf16>, %arg5: tensor<32xbf16>, %arg6: tensor<32xbf16>, %arg7: tensor<64x128xbf16>, %arg8: tensor<64xbf16>, %arg9: tensor<64xbf16>, %arg10: tensor<128x64xbf16>, %arg11: tensor<128x64xbf16>, %arg12: tensor<64x128xbf16>, %arg13: tensor<64xbf16>, %arg14: tensor<64xbf16>, %arg15: tensor<128x64xbf16>, %arg16: tensor<64x64xbf16>, %arg17: tensor<64x64xbf16>, %arg18: tensor<32xbf16>, %arg19: tensor<32xbf16>, %arg20: tensor<64x128xbf16>, %arg21: tensor<64xbf16>, %arg22: tensor<64xbf16>, %arg23: tensor<128x64xbf16>, %arg24: tensor<128x64xbf16>, %arg25: tensor<64x128xbf16>, %arg26: tensor<64xbf16>, %arg27: tensor<64xbf16>, %arg28: tensor<128x64xbf16>, %arg29: tensor<64x64xbf16>, %arg30: tensor<64x64xbf16>, %arg31: tensor<32xbf16>, %arg32: tensor<32xbf16>, %arg33: tensor<64x128xbf16>, %arg34: tensor<64xbf16>, %arg35: tensor<64xbf16>, %arg36: tensor<128x64xbf16>, %arg37: tensor<128x64xbf16>, %arg38: tensor<64x128xbf16>, %arg39: tensor<64xbf16>, %arg40: tensor<64xbf16>, %arg41: tensor<128x64xbf16>, %arg42: tensor<64x64xbf16>, %arg43: tensor<64x64xbf16>, %arg44: tensor<32xbf16>, %arg45: tensor<32xbf16>, %arg46: tensor<64x128xbf16>, %arg47: tensor<64xbf16>, %arg48: tensor<64xbf16>, %arg49: tensor<128x64xbf16>, %arg50: tensor<128x64xbf16>, %arg51: tensor<64x128xbf16>, %arg52: tensor<64xbf16>, %arg53: tensor<64xbf16>, %arg54: tensor<128x64xbf16>, %arg55: tensor<64x64xbf16>, %arg56: tensor<64x64xbf16>, %arg57: tensor<32xbf16>, %arg58: tensor<32xbf16>, %arg59: tensor<64x128xbf16>, %arg60: tensor<64xbf16>, %arg61: tensor<64xbf16>, %arg62: tensor<128x64xbf16>, %arg63: tensor<128x64xbf16>, %arg64: tensor<64x128xbf16>, %arg65: tensor<64xbf16>, %arg66: tensor<64xbf16>, %arg67: tensor<128x64xbf16>, %arg68: tensor<64x64xbf16>, %arg69: tensor<64x64xbf16>, %arg70: tensor<32xbf16>, %arg71: tensor<32xbf16>, %arg72: tensor<64x128xbf16>, %arg73: tensor<64xbf16>, %arg74: tensor<64xbf16>, %arg75: tensor<128x64xbf16>, %arg76: tensor<128x64xbf16>, %arg77: tensor<64x128xbf16>, %arg78: tensor<64xbf16>, %arg79: tensor<64xbf16>, %arg80: tensor<32x32xf32>, %arg81: tensor<32x32xf32>, %arg82: tensor<4x32x64xbf16> { tf.aliasing_output = 0 : i32 }, %arg83: tensor<4x32x64xbf16> { tf.aliasing_output = 1 : i32 }, %arg84: tensor<4x32x64xbf16> { tf.aliasing_output = 2 : i32 }, %arg85: tensor<4x32x64xbf16> { tf.aliasing_output = 3 : i32 }, %arg86: tensor<4x32x64xbf16> { tf.aliasing_output = 4 : i32 }, %arg87: tensor<4x32x64xbf16> { tf.aliasing_output = 5 : i32 }, %arg88: tensor<4x32x64xbf16> { tf.aliasing_output = 6 : i32 }, %arg89: tensor<4x32x64xbf16> { tf.aliasing_output = 7 : i32 }, %arg90: tensor<4x32x64xbf16> { tf.aliasing_output = 8 : i32 }, %arg91: tensor<4x32x64xbf16> { tf.aliasing_output = 9 : i32 }, %arg92: tensor<4x32x64xbf16> { tf.aliasing_output = 10 : i32 }, %arg93: tensor<4x32x64xbf16> { tf.aliasing_output = 11 : i32 }, %arg94: tensor<33xi32>) -> (tensor<4x32x64xbf16>, tensor<4x32x64xbf16>, tensor<4x32x64xbf16>, tensor<4x32x64xbf16>, tensor<4x32x64xbf16>, tensor<4x32x64xbf16>, tensor<4x32x64xbf16>, tensor<4x32x64xbf16>, tensor<4x32x64xbf16>, tensor<4x32x64xbf16>, tensor<4x32x64xbf16>, tensor<4x32x64xbf16>, tensor<1x512xf32>, tensor<2xi32>, tensor<4xf32>) {
    %0 = "stablehlo.slice"(%arg94) {
      limit_indices = array<i64: 8>,
      start_indices = array<i64: 0>,
      strides = array<i64: 1>
    } : (tensor<33xi32>) -> tensor<8xi32>
    %1 = "stablehlo.slice"(%arg94) {
      limit_indices = array<i64: 16>,
      start_indices = array<i64: 8>,
      strides = array<i64: 1>
    } : (tensor<33xi32>) -> tensor<8xi32>
    %2 = "stablehlo.slice"(%arg94) {
      limit_indices = array<i64: 24>,
      start_indices = array<i64: 16>,
      strides = array<i64: 1>
    } : (tensor<33xi32>) -> tensor<8xi32>
    %3 = "stablehlo.slice"(%arg94) {
      limit_indices = array<i64: 25>,
      start_indices = array<i64: 24>,
      strides = array<i64: 1>
    } : (tensor<33xi32>) -> tensor<1xi32>
    %4 = "stablehlo.slice"(%arg94) {
      limit_indices = array<i64: 29>,
      start_indices = array<i64: 25>,
      strides = array<i64: 1>
    } : (tensor<33xi32>) -> tensor<4xi32>
    %5 = "stablehlo.slice"(%arg94) {
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
      slice_sizes = array<i64: 1, 64>
    } : (tensor<512x64xbf16>, tensor<8x1xi32>) -> tensor<8x64xbf16>
    %11 = "stablehlo.convert"(%10) : (tensor<8x64xbf16>) -> tensor<8x64xf32>
    %12 = "stablehlo.constant"() { value = dense<8.0> : tensor<f32> } : () -> tensor<f32>
    %13 = "stablehlo.broadcast_in_dim"(%12) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8x64xf32>
    %14 = "stablehlo.multiply"(%11, %13) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %15 = "stablehlo.reshape"(%14) : (tensor<8x64xf32>) -> tensor<8x64xf32>
    %16 = "stablehlo.multiply"(%15, %15) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %17 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %19 = "stablehlo.reduce"(%16, %17) ({
      ^reductionFn(%arg95: tensor<f32>, %arg96: tensor<f32>) :
          %18 = "stablehlo.add"(%arg95, %arg96) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%18) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %20 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %21 = "stablehlo.broadcast_in_dim"(%20) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8xf32>
    %22 = "stablehlo.multiply"(%19, %21) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %23 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %24 = "stablehlo.broadcast_in_dim"(%23) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8xf32>
    %25 = "stablehlo.add"(%22, %24) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %26 = "stablehlo.rsqrt"(%25) : (tensor<8xf32>) -> tensor<8xf32>
    %27 = "stablehlo.convert"(%arg1) : (tensor<64xbf16>) -> tensor<64xf32>
    %28 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %29 = "stablehlo.broadcast_in_dim"(%28) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %30 = "stablehlo.add"(%27, %29) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %31 = "stablehlo.broadcast_in_dim"(%26) { broadcast_dimensions = array<i64: 0> } : (tensor<8xf32>) -> tensor<8x64xf32>
    %32 = "stablehlo.multiply"(%15, %31) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %33 = "stablehlo.broadcast_in_dim"(%30) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<8x64xf32>
    %34 = "stablehlo.multiply"(%32, %33) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %35 = "stablehlo.reshape"(%34) : (tensor<8x64xf32>) -> tensor<8x64xf32>
    %36 = "stablehlo.convert"(%arg2) : (tensor<128x64xbf16>) -> tensor<128x64xf32>
    %37 = "stablehlo.dot_general"(%35, %36) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<8x64xf32>, tensor<128x64xf32>) -> tensor<8x128xf32>
    %38 = "stablehlo.convert"(%arg3) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %39 = "stablehlo.dot_general"(%35, %38) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32>
    %40 = "stablehlo.convert"(%arg4) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %41 = "stablehlo.dot_general"(%35, %40) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32>
    %42 = "stablehlo.reshape"(%37) : (tensor<8x128xf32>) -> tensor<32x32xf32>
    %43 = "stablehlo.multiply"(%42, %42) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %44 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %46 = "stablehlo.reduce"(%43, %44) ({
      ^reductionFn(%arg97: tensor<f32>, %arg98: tensor<f32>) :
          %45 = "stablehlo.add"(%arg97, %arg98) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%45) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<32x32xf32>, tensor<f32>) -> tensor<32xf32>
    %47 = "stablehlo.constant"() { value = dense<0.03125> : tensor<f32> } : () -> tensor<f32>
    %48 = "stablehlo.broadcast_in_dim"(%47) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<32xf32>
    %49 = "stablehlo.multiply"(%46, %48) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %50 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %51 = "stablehlo.broadcast_in_dim"(%50) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<32xf32>
    %52 = "stablehlo.add"(%49, %51) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %53 = "stablehlo.rsqrt"(%52) : (tensor<32xf32>) -> tensor<32xf32>
    %54 = "stablehlo.convert"(%arg5) : (tensor<32xbf16>) -> tensor<32xf32>
    %55 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %56 = "stablehlo.broadcast_in_dim"(%55) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<32xf32>
    %57 = "stablehlo.add"(%54, %56) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %58 = "stablehlo.broadcast_in_dim"(%53) { broadcast_dimensions = array<i64: 0> } : (tensor<32xf32>) -> tensor<32x32xf32>
    %59 = "stablehlo.multiply"(%42, %58) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %60 = "stablehlo.broadcast_in_dim"(%57) { broadcast_dimensions = array<i64: 1> } : (tensor<32xf32>) -> tensor<32x32xf32>
    %61 = "stablehlo.multiply"(%59, %60) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %62 = "stablehlo.reshape"(%61) : (tensor<32x32xf32>) -> tensor<8x128xf32>
    %63 = "stablehlo.reshape"(%39) : (tensor<8x64xf32>) -> tensor<16x32xf32>
    %64 = "stablehlo.multiply"(%63, %63) : (tensor<16x32xf32>, tensor<16x32xf32>) -> tensor<16x32xf32>
    %65 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %67 = "stablehlo.reduce"(%64, %65) ({
      ^reductionFn(%arg99: tensor<f32>, %arg100: tensor<f32>) :
          %66 = "stablehlo.add"(%arg99, %arg100) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%66) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<16x32xf32>, tensor<f32>) -> tensor<16xf32>
    %68 = "stablehlo.constant"() { value = dense<0.03125> : tensor<f32> } : () -> tensor<f32>
    %69 = "stablehlo.broadcast_in_dim"(%68) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<16xf32>
    %70 = "stablehlo.multiply"(%67, %69) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %71 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %72 = "stablehlo.broadcast_in_dim"(%71) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<16xf32>
    %73 = "stablehlo.add"(%70, %72) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %74 = "stablehlo.rsqrt"(%73) : (tensor<16xf32>) -> tensor<16xf32>
    %75 = "stablehlo.convert"(%arg6) : (tensor<32xbf16>) -> tensor<32xf32>
    %76 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %77 = "stablehlo.broadcast_in_dim"(%76) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<32xf32>
    %78 = "stablehlo.add"(%75, %77) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %79 = "stablehlo.broadcast_in_dim"(%74) { broadcast_dimensions = array<i64: 0> } : (tensor<16xf32>) -> tensor<16x32xf32>
    %80 = "stablehlo.multiply"(%63, %79) : (tensor<16x32xf32>, tensor<16x32xf32>) -> tensor<16x32xf32>
    %81 = "stablehlo.broadcast_in_dim"(%78) { broadcast_dimensions = array<i64: 1> } : (tensor<32xf32>) -> tensor<16x32xf32>
    %82 = "stablehlo.multiply"(%80, %81) : (tensor<16x32xf32>, tensor<16x32xf32>) -> tensor<16x32xf32>
    %83 = "stablehlo.reshape"(%82) : (tensor<16x32xf32>) -> tensor<8x64xf32>
    %84 = "stablehlo.reshape"(%1) : (tensor<8xi32>) -> tensor<8x1xi32>
    %85 = "stablehlo.gather"(%arg80, %84) {
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
    %86 = "stablehlo.slice"(%85) {
      limit_indices = array<i64: 8, 16>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<8x32xf32>) -> tensor<8x16xf32>
    %87 = "stablehlo.broadcast_in_dim"(%86) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<8x16xf32>) -> tensor<8x4x16xf32>
    %88 = "stablehlo.slice"(%85) {
      limit_indices = array<i64: 8, 32>,
      start_indices = array<i64: 0, 16>,
      strides = array<i64: 1, 1>
    } : (tensor<8x32xf32>) -> tensor<8x16xf32>
    %89 = "stablehlo.broadcast_in_dim"(%88) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<8x16xf32>) -> tensor<8x4x16xf32>
    %90 = "stablehlo.reshape"(%62) : (tensor<8x128xf32>) -> tensor<8x4x32xf32>
    %91 = "stablehlo.slice"(%90) {
      limit_indices = array<i64: 8, 4, 16>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<8x4x32xf32>) -> tensor<8x4x16xf32>
    %92 = "stablehlo.slice"(%90) {
      limit_indices = array<i64: 8, 4, 32>,
      start_indices = array<i64: 0, 0, 16>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<8x4x32xf32>) -> tensor<8x4x16xf32>
    %93 = "stablehlo.multiply"(%91, %87) : (tensor<8x4x16xf32>, tensor<8x4x16xf32>) -> tensor<8x4x16xf32>
    %94 = "stablehlo.multiply"(%92, %89) : (tensor<8x4x16xf32>, tensor<8x4x16xf32>) -> tensor<8x4x16xf32>
    %95 = "stablehlo.subtract"(%93, %94) : (tensor<8x4x16xf32>, tensor<8x4x16xf32>) -> tensor<8x4x16xf32>
    %96 = "stablehlo.multiply"(%92, %87) : (tensor<8x4x16xf32>, tensor<8x4x16xf32>) -> tensor<8x4x16xf32>
    %97 = "stablehlo.multiply"(%91, %89) : (tensor<8x4x16xf32>, tensor<8x4x16xf32>) -> tensor<8x4x16xf32>
    %98 = "stablehlo.add"(%96, %97) : (tensor<8x4x16xf32>, tensor<8x4x16xf32>) -> tensor<8x4x16xf32>
    %99 = "stablehlo.concatenate"(%95, %98) { dimension = 2 : i64 } : (tensor<8x4x16xf32>, tensor<8x4x16xf32>) -> tensor<8x4x32xf32>
    %100 = "stablehlo.reshape"(%99) : (tensor<8x4x32xf32>) -> tensor<8x128xf32>
    %101 = "stablehlo.reshape"(%1) : (tensor<8xi32>) -> tensor<8x1xi32>
    %102 = "stablehlo.gather"(%arg80, %101) {
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
    %103 = "stablehlo.slice"(%102) {
      limit_indices = array<i64: 8, 16>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<8x32xf32>) -> tensor<8x16xf32>
    %104 = "stablehlo.broadcast_in_dim"(%103) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<8x16xf32>) -> tensor<8x2x16xf32>
    %105 = "stablehlo.slice"(%102) {
      limit_indices = array<i64: 8, 32>,
      start_indices = array<i64: 0, 16>,
      strides = array<i64: 1, 1>
    } : (tensor<8x32xf32>) -> tensor<8x16xf32>
    %106 = "stablehlo.broadcast_in_dim"(%105) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<8x16xf32>) -> tensor<8x2x16xf32>
    %107 = "stablehlo.reshape"(%83) : (tensor<8x64xf32>) -> tensor<8x2x32xf32>
    %108 = "stablehlo.slice"(%107) {
      limit_indices = array<i64: 8, 2, 16>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<8x2x32xf32>) -> tensor<8x2x16xf32>
    %109 = "stablehlo.slice"(%107) {
      limit_indices = array<i64: 8, 2, 32>,
      start_indices = array<i64: 0, 0, 16>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<8x2x32xf32>) -> tensor<8x2x16xf32>
    %110 = "stablehlo.multiply"(%108, %104) : (tensor<8x2x16xf32>, tensor<8x2x16xf32>) -> tensor<8x2x16xf32>
    %111 = "stablehlo.multiply"(%109, %106) : (tensor<8x2x16xf32>, tensor<8x2x16xf32>) -> tensor<8x2x16xf32>
    %112 = "stablehlo.subtract"(%110, %111) : (tensor<8x2x16xf32>, tensor<8x2x16xf32>) -> tensor<8x2x16xf32>
    %113 = "stablehlo.multiply"(%109, %104) : (tensor<8x2x16xf32>, tensor<8x2x16xf32>) -> tensor<8x2x16xf32>
    %114 = "stablehlo.multiply"(%108, %106) : (tensor<8x2x16xf32>, tensor<8x2x16xf32>) -> tensor<8x2x16xf32>
    %115 = "stablehlo.add"(%113, %114) : (tensor<8x2x16xf32>, tensor<8x2x16xf32>) -> tensor<8x2x16xf32>
    %116 = "stablehlo.concatenate"(%112, %115) { dimension = 2 : i64 } : (tensor<8x2x16xf32>, tensor<8x2x16xf32>) -> tensor<8x2x32xf32>
    %117 = "stablehlo.reshape"(%116) : (tensor<8x2x32xf32>) -> tensor<8x64xf32>
    %118 = "stablehlo.convert"(%117) : (tensor<8x64xf32>) -> tensor<8x64xbf16>
    %119 = "stablehlo.scatter"(%arg82, %8, %118) ({
      ^updateFn(%arg101: tensor<bf16>, %arg102: tensor<bf16>) :
          "stablehlo.return"(%arg102) : (tensor<bf16>) -> ()
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
    } : (tensor<4x32x64xbf16>, tensor<8x2xi32>, tensor<8x64xbf16>) -> tensor<4x32x64xbf16>
    %120 = "stablehlo.convert"(%41) : (tensor<8x64xf32>) -> tensor<8x64xbf16>
    %121 = "stablehlo.scatter"(%arg83, %8, %120) ({
      ^updateFn(%arg103: tensor<bf16>, %arg104: tensor<bf16>) :
          "stablehlo.return"(%arg104) : (tensor<bf16>) -> ()
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
    } : (tensor<4x32x64xbf16>, tensor<8x2xi32>, tensor<8x64xbf16>) -> tensor<4x32x64xbf16>
    %122 = "stablehlo.reshape"(%100) : (tensor<8x128xf32>) -> tensor<8x2x2x32xf32>
    %123 = "stablehlo.convert"(%119) : (tensor<4x32x64xbf16>) -> tensor<4x32x64xf32>
    %124 = "stablehlo.reshape"(%123) : (tensor<4x32x64xf32>) -> tensor<128x2x32xf32>
    %125 = "stablehlo.convert"(%121) : (tensor<4x32x64xbf16>) -> tensor<4x32x64xf32>
    %126 = "stablehlo.reshape"(%125) : (tensor<4x32x64xf32>) -> tensor<128x2x32xf32>
    %127 = "stablehlo.dot_general"(%122, %124) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [1],
  rhs_batching_dimensions = [1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [2]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<8x2x2x32xf32>, tensor<128x2x32xf32>) -> tensor<2x8x2x128xf32>
    %128 = "stablehlo.constant"() { value = dense<0.1767766922712326> : tensor<f32> } : () -> tensor<f32>
    %129 = "stablehlo.broadcast_in_dim"(%128) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x8x2x128xf32>
    %130 = "stablehlo.multiply"(%127, %129) : (tensor<2x8x2x128xf32>, tensor<2x8x2x128xf32>) -> tensor<2x8x2x128xf32>
    %131 = "stablehlo.iota"() { iota_dimension = 1 : i64 } : () -> tensor<8x4x32xi32>
    %132 = "stablehlo.iota"() { iota_dimension = 2 : i64 } : () -> tensor<8x4x32xi32>
    %133 = "stablehlo.broadcast_in_dim"(%2) { broadcast_dimensions = array<i64: 0> } : (tensor<8xi32>) -> tensor<8x4x32xi32>
    %134 = "stablehlo.broadcast_in_dim"(%1) { broadcast_dimensions = array<i64: 0> } : (tensor<8xi32>) -> tensor<8x4x32xi32>
    %135 = "stablehlo.compare"(%131, %133) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<8x4x32xi32>, tensor<8x4x32xi32>) -> tensor<8x4x32xi1>
    %136 = "stablehlo.compare"(%132, %134) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction LE>
    } : (tensor<8x4x32xi32>, tensor<8x4x32xi32>) -> tensor<8x4x32xi1>
    %137 = "stablehlo.and"(%135, %136) : (tensor<8x4x32xi1>, tensor<8x4x32xi1>) -> tensor<8x4x32xi1>
    %138 = "stablehlo.constant"() { value = dense<4> : tensor<i32> } : () -> tensor<i32>
    %139 = "stablehlo.broadcast_in_dim"(%138) { broadcast_dimensions = array<i64> } : (tensor<i32>) -> tensor<8x4x32xi32>
    %140 = "stablehlo.subtract"(%134, %139) : (tensor<8x4x32xi32>, tensor<8x4x32xi32>) -> tensor<8x4x32xi32>
    %141 = "stablehlo.compare"(%132, %140) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction GT>
    } : (tensor<8x4x32xi32>, tensor<8x4x32xi32>) -> tensor<8x4x32xi1>
    %142 = "stablehlo.and"(%137, %141) : (tensor<8x4x32xi1>, tensor<8x4x32xi1>) -> tensor<8x4x32xi1>
    %143 = "stablehlo.reshape"(%142) : (tensor<8x4x32xi1>) -> tensor<8x128xi1>
    %144 = "stablehlo.broadcast_in_dim"(%143) { broadcast_dimensions = array<i64: 1, 3> } : (tensor<8x128xi1>) -> tensor<2x8x2x128xi1>
    %145 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %146 = "stablehlo.broadcast_in_dim"(%145) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x8x2x128xf32>
    %147 = "stablehlo.select"(%144, %130, %146) : (tensor<2x8x2x128xi1>, tensor<2x8x2x128xf32>, tensor<2x8x2x128xf32>) -> tensor<2x8x2x128xf32>
    %148 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %150 = "stablehlo.reduce"(%147, %148) ({
      ^reductionFn(%arg105: tensor<f32>, %arg106: tensor<f32>) :
          %149 = "stablehlo.maximum"(%arg105, %arg106) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%149) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x8x2x128xf32>, tensor<f32>) -> tensor<2x8x2xf32>
    %151 = "stablehlo.broadcast_in_dim"(%150) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x8x2xf32>) -> tensor<2x8x2x128xf32>
    %152 = "stablehlo.subtract"(%147, %151) : (tensor<2x8x2x128xf32>, tensor<2x8x2x128xf32>) -> tensor<2x8x2x128xf32>
    %153 = "stablehlo.exponential"(%152) : (tensor<2x8x2x128xf32>) -> tensor<2x8x2x128xf32>
    %154 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %156 = "stablehlo.reduce"(%153, %154) ({
      ^reductionFn(%arg107: tensor<f32>, %arg108: tensor<f32>) :
          %155 = "stablehlo.add"(%arg107, %arg108) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%155) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x8x2x128xf32>, tensor<f32>) -> tensor<2x8x2xf32>
    %157 = "stablehlo.broadcast_in_dim"(%156) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x8x2xf32>) -> tensor<2x8x2x128xf32>
    %158 = "stablehlo.divide"(%153, %157) : (tensor<2x8x2x128xf32>, tensor<2x8x2x128xf32>) -> tensor<2x8x2x128xf32>
    %159 = "stablehlo.dot_general"(%158, %126) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0],
  rhs_batching_dimensions = [1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [0]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<2x8x2x128xf32>, tensor<128x2x32xf32>) -> tensor<2x8x2x32xf32>
    %160 = "stablehlo.transpose"(%159) { permutation = array<i64: 1, 0, 2, 3> } : (tensor<2x8x2x32xf32>) -> tensor<8x2x2x32xf32>
    %161 = "stablehlo.reshape"(%160) : (tensor<8x2x2x32xf32>) -> tensor<8x128xf32>
    %162 = "stablehlo.convert"(%arg7) : (tensor<64x128xbf16>) -> tensor<64x128xf32>
    %163 = "stablehlo.dot_general"(%161, %162) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<8x128xf32>, tensor<64x128xf32>) -> tensor<8x64xf32>
    %164 = "stablehlo.reshape"(%163) : (tensor<8x64xf32>) -> tensor<8x64xf32>
    %165 = "stablehlo.multiply"(%164, %164) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %166 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %168 = "stablehlo.reduce"(%165, %166) ({
      ^reductionFn(%arg109: tensor<f32>, %arg110: tensor<f32>) :
          %167 = "stablehlo.add"(%arg109, %arg110) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%167) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %169 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %170 = "stablehlo.broadcast_in_dim"(%169) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8xf32>
    %171 = "stablehlo.multiply"(%168, %170) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %172 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %173 = "stablehlo.broadcast_in_dim"(%172) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8xf32>
    %174 = "stablehlo.add"(%171, %173) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %175 = "stablehlo.rsqrt"(%174) : (tensor<8xf32>) -> tensor<8xf32>
    %176 = "stablehlo.convert"(%arg8) : (tensor<64xbf16>) -> tensor<64xf32>
    %177 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %178 = "stablehlo.broadcast_in_dim"(%177) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %179 = "stablehlo.add"(%176, %178) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %180 = "stablehlo.broadcast_in_dim"(%175) { broadcast_dimensions = array<i64: 0> } : (tensor<8xf32>) -> tensor<8x64xf32>
    %181 = "stablehlo.multiply"(%164, %180) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %182 = "stablehlo.broadcast_in_dim"(%179) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<8x64xf32>
    %183 = "stablehlo.multiply"(%181, %182) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %184 = "stablehlo.reshape"(%183) : (tensor<8x64xf32>) -> tensor<8x64xf32>
    %185 = "stablehlo.add"(%14, %184) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %186 = "stablehlo.reshape"(%185) : (tensor<8x64xf32>) -> tensor<8x64xf32>
    %187 = "stablehlo.multiply"(%186, %186) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %188 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %190 = "stablehlo.reduce"(%187, %188) ({
      ^reductionFn(%arg111: tensor<f32>, %arg112: tensor<f32>) :
          %189 = "stablehlo.add"(%arg111, %arg112) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%189) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %191 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %192 = "stablehlo.broadcast_in_dim"(%191) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8xf32>
    %193 = "stablehlo.multiply"(%190, %192) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %194 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %195 = "stablehlo.broadcast_in_dim"(%194) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8xf32>
    %196 = "stablehlo.add"(%193, %195) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %197 = "stablehlo.rsqrt"(%196) : (tensor<8xf32>) -> tensor<8xf32>
    %198 = "stablehlo.convert"(%arg9) : (tensor<64xbf16>) -> tensor<64xf32>
    %199 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %200 = "stablehlo.broadcast_in_dim"(%199) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %201 = "stablehlo.add"(%198, %200) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %202 = "stablehlo.broadcast_in_dim"(%197) { broadcast_dimensions = array<i64: 0> } : (tensor<8xf32>) -> tensor<8x64xf32>
    %203 = "stablehlo.multiply"(%186, %202) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %204 = "stablehlo.broadcast_in_dim"(%201) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<8x64xf32>
    %205 = "stablehlo.multiply"(%203, %204) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %206 = "stablehlo.reshape"(%205) : (tensor<8x64xf32>) -> tensor<8x64xf32>
    %207 = "stablehlo.convert"(%arg10) : (tensor<128x64xbf16>) -> tensor<128x64xf32>
    %208 = "stablehlo.dot_general"(%206, %207) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<8x64xf32>, tensor<128x64xf32>) -> tensor<8x128xf32>
    %209 = "stablehlo.convert"(%arg11) : (tensor<128x64xbf16>) -> tensor<128x64xf32>
    %210 = "stablehlo.dot_general"(%206, %209) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<8x64xf32>, tensor<128x64xf32>) -> tensor<8x128xf32>
    %211 = "stablehlo.multiply"(%208, %208) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %212 = "stablehlo.multiply"(%211, %208) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %213 = "stablehlo.constant"() { value = dense<0.044714998453855515> : tensor<f32> } : () -> tensor<f32>
    %214 = "stablehlo.broadcast_in_dim"(%213) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8x128xf32>
    %215 = "stablehlo.multiply"(%212, %214) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %216 = "stablehlo.add"(%208, %215) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %217 = "stablehlo.constant"() { value = dense<0.7978845834732056> : tensor<f32> } : () -> tensor<f32>
    %218 = "stablehlo.broadcast_in_dim"(%217) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8x128xf32>
    %219 = "stablehlo.multiply"(%216, %218) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %220 = "stablehlo.constant"() { value = dense<0.5> : tensor<f32> } : () -> tensor<f32>
    %221 = "stablehlo.broadcast_in_dim"(%220) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8x128xf32>
    %222 = "stablehlo.multiply"(%208, %221) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %223 = "stablehlo.tanh"(%219) : (tensor<8x128xf32>) -> tensor<8x128xf32>
    %224 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %225 = "stablehlo.broadcast_in_dim"(%224) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8x128xf32>
    %226 = "stablehlo.add"(%223, %225) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %227 = "stablehlo.multiply"(%222, %226) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %228 = "stablehlo.multiply"(%227, %210) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %229 = "stablehlo.convert"(%arg12) : (tensor<64x128xbf16>) -> tensor<64x128xf32>
    %230 = "stablehlo.dot_general"(%228, %229) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<8x128xf32>, tensor<64x128xf32>) -> tensor<8x64xf32>
    %231 = "stablehlo.reshape"(%230) : (tensor<8x64xf32>) -> tensor<8x64xf32>
    %232 = "stablehlo.multiply"(%231, %231) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %233 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %235 = "stablehlo.reduce"(%232, %233) ({
      ^reductionFn(%arg113: tensor<f32>, %arg114: tensor<f32>) :
          %234 = "stablehlo.add"(%arg113, %arg114) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%234) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %236 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %237 = "stablehlo.broadcast_in_dim"(%236) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8xf32>
    %238 = "stablehlo.multiply"(%235, %237) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %239 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %240 = "stablehlo.broadcast_in_dim"(%239) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8xf32>
    %241 = "stablehlo.add"(%238, %240) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %242 = "stablehlo.rsqrt"(%241) : (tensor<8xf32>) -> tensor<8xf32>
    %243 = "stablehlo.convert"(%arg13) : (tensor<64xbf16>) -> tensor<64xf32>
    %244 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %245 = "stablehlo.broadcast_in_dim"(%244) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %246 = "stablehlo.add"(%243, %245) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %247 = "stablehlo.broadcast_in_dim"(%242) { broadcast_dimensions = array<i64: 0> } : (tensor<8xf32>) -> tensor<8x64xf32>
    %248 = "stablehlo.multiply"(%231, %247) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %249 = "stablehlo.broadcast_in_dim"(%246) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<8x64xf32>
    %250 = "stablehlo.multiply"(%248, %249) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %251 = "stablehlo.reshape"(%250) : (tensor<8x64xf32>) -> tensor<8x64xf32>
    %252 = "stablehlo.add"(%185, %251) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %253 = "stablehlo.reshape"(%252) : (tensor<8x64xf32>) -> tensor<8x64xf32>
    %254 = "stablehlo.multiply"(%253, %253) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %255 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %257 = "stablehlo.reduce"(%254, %255) ({
      ^reductionFn(%arg115: tensor<f32>, %arg116: tensor<f32>) :
          %256 = "stablehlo.add"(%arg115, %arg116) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%256) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %258 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %259 = "stablehlo.broadcast_in_dim"(%258) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8xf32>
    %260 = "stablehlo.multiply"(%257, %259) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %261 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %262 = "stablehlo.broadcast_in_dim"(%261) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8xf32>
    %263 = "stablehlo.add"(%260, %262) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %264 = "stablehlo.rsqrt"(%263) : (tensor<8xf32>) -> tensor<8xf32>
    %265 = "stablehlo.convert"(%arg14) : (tensor<64xbf16>) -> tensor<64xf32>
    %266 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %267 = "stablehlo.broadcast_in_dim"(%266) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %268 = "stablehlo.add"(%265, %267) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %269 = "stablehlo.broadcast_in_dim"(%264) { broadcast_dimensions = array<i64: 0> } : (tensor<8xf32>) -> tensor<8x64xf32>
    %270 = "stablehlo.multiply"(%253, %269) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %271 = "stablehlo.broadcast_in_dim"(%268) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<8x64xf32>
    %272 = "stablehlo.multiply"(%270, %271) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %273 = "stablehlo.reshape"(%272) : (tensor<8x64xf32>) -> tensor<8x64xf32>
    %274 = "stablehlo.convert"(%arg15) : (tensor<128x64xbf16>) -> tensor<128x64xf32>
    %275 = "stablehlo.dot_general"(%273, %274) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<8x64xf32>, tensor<128x64xf32>) -> tensor<8x128xf32>
    %276 = "stablehlo.convert"(%arg16) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %277 = "stablehlo.dot_general"(%273, %276) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32>
    %278 = "stablehlo.convert"(%arg17) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %279 = "stablehlo.dot_general"(%273, %278) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32>
    %280 = "stablehlo.reshape"(%275) : (tensor<8x128xf32>) -> tensor<32x32xf32>
    %281 = "stablehlo.multiply"(%280, %280) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %282 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %284 = "stablehlo.reduce"(%281, %282) ({
      ^reductionFn(%arg117: tensor<f32>, %arg118: tensor<f32>) :
          %283 = "stablehlo.add"(%arg117, %arg118) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%283) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<32x32xf32>, tensor<f32>) -> tensor<32xf32>
    %285 = "stablehlo.constant"() { value = dense<0.03125> : tensor<f32> } : () -> tensor<f32>
    %286 = "stablehlo.broadcast_in_dim"(%285) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<32xf32>
    %287 = "stablehlo.multiply"(%284, %286) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %288 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %289 = "stablehlo.broadcast_in_dim"(%288) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<32xf32>
    %290 = "stablehlo.add"(%287, %289) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %291 = "stablehlo.rsqrt"(%290) : (tensor<32xf32>) -> tensor<32xf32>
    %292 = "stablehlo.convert"(%arg18) : (tensor<32xbf16>) -> tensor<32xf32>
    %293 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %294 = "stablehlo.broadcast_in_dim"(%293) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<32xf32>
    %295 = "stablehlo.add"(%292, %294) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %296 = "stablehlo.broadcast_in_dim"(%291) { broadcast_dimensions = array<i64: 0> } : (tensor<32xf32>) -> tensor<32x32xf32>
    %297 = "stablehlo.multiply"(%280, %296) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %298 = "stablehlo.broadcast_in_dim"(%295) { broadcast_dimensions = array<i64: 1> } : (tensor<32xf32>) -> tensor<32x32xf32>
    %299 = "stablehlo.multiply"(%297, %298) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %300 = "stablehlo.reshape"(%299) : (tensor<32x32xf32>) -> tensor<8x128xf32>
    %301 = "stablehlo.reshape"(%277) : (tensor<8x64xf32>) -> tensor<16x32xf32>
    %302 = "stablehlo.multiply"(%301, %301) : (tensor<16x32xf32>, tensor<16x32xf32>) -> tensor<16x32xf32>
    %303 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %305 = "stablehlo.reduce"(%302, %303) ({
      ^reductionFn(%arg119: tensor<f32>, %arg120: tensor<f32>) :
          %304 = "stablehlo.add"(%arg119, %arg120) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%304) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<16x32xf32>, tensor<f32>) -> tensor<16xf32>
    %306 = "stablehlo.constant"() { value = dense<0.03125> : tensor<f32> } : () -> tensor<f32>
    %307 = "stablehlo.broadcast_in_dim"(%306) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<16xf32>
    %308 = "stablehlo.multiply"(%305, %307) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %309 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %310 = "stablehlo.broadcast_in_dim"(%309) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<16xf32>
    %311 = "stablehlo.add"(%308, %310) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %312 = "stablehlo.rsqrt"(%311) : (tensor<16xf32>) -> tensor<16xf32>
    %313 = "stablehlo.convert"(%arg19) : (tensor<32xbf16>) -> tensor<32xf32>
    %314 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %315 = "stablehlo.broadcast_in_dim"(%314) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<32xf32>
    %316 = "stablehlo.add"(%313, %315) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %317 = "stablehlo.broadcast_in_dim"(%312) { broadcast_dimensions = array<i64: 0> } : (tensor<16xf32>) -> tensor<16x32xf32>
    %318 = "stablehlo.multiply"(%301, %317) : (tensor<16x32xf32>, tensor<16x32xf32>) -> tensor<16x32xf32>
    %319 = "stablehlo.broadcast_in_dim"(%316) { broadcast_dimensions = array<i64: 1> } : (tensor<32xf32>) -> tensor<16x32xf32>
    %320 = "stablehlo.multiply"(%318, %319) : (tensor<16x32xf32>, tensor<16x32xf32>) -> tensor<16x32xf32>
    %321 = "stablehlo.reshape"(%320) : (tensor<16x32xf32>) -> tensor<8x64xf32>
    %322 = "stablehlo.reshape"(%1) : (tensor<8xi32>) -> tensor<8x1xi32>
    %323 = "stablehlo.gather"(%arg80, %322) {
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
    %324 = "stablehlo.slice"(%323) {
      limit_indices = array<i64: 8, 16>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<8x32xf32>) -> tensor<8x16xf32>
    %325 = "stablehlo.broadcast_in_dim"(%324) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<8x16xf32>) -> tensor<8x4x16xf32>
    %326 = "stablehlo.slice"(%323) {
      limit_indices = array<i64: 8, 32>,
      start_indices = array<i64: 0, 16>,
      strides = array<i64: 1, 1>
    } : (tensor<8x32xf32>) -> tensor<8x16xf32>
    %327 = "stablehlo.broadcast_in_dim"(%326) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<8x16xf32>) -> tensor<8x4x16xf32>
    %328 = "stablehlo.reshape"(%300) : (tensor<8x128xf32>) -> tensor<8x4x32xf32>
    %329 = "stablehlo.slice"(%328) {
      limit_indices = array<i64: 8, 4, 16>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<8x4x32xf32>) -> tensor<8x4x16xf32>
    %330 = "stablehlo.slice"(%328) {
      limit_indices = array<i64: 8, 4, 32>,
      start_indices = array<i64: 0, 0, 16>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<8x4x32xf32>) -> tensor<8x4x16xf32>
    %331 = "stablehlo.multiply"(%329, %325) : (tensor<8x4x16xf32>, tensor<8x4x16xf32>) -> tensor<8x4x16xf32>
    %332 = "stablehlo.multiply"(%330, %327) : (tensor<8x4x16xf32>, tensor<8x4x16xf32>) -> tensor<8x4x16xf32>
    %333 = "stablehlo.subtract"(%331, %332) : (tensor<8x4x16xf32>, tensor<8x4x16xf32>) -> tensor<8x4x16xf32>
    %334 = "stablehlo.multiply"(%330, %325) : (tensor<8x4x16xf32>, tensor<8x4x16xf32>) -> tensor<8x4x16xf32>
    %335 = "stablehlo.multiply"(%329, %327) : (tensor<8x4x16xf32>, tensor<8x4x16xf32>) -> tensor<8x4x16xf32>
    %336 = "stablehlo.add"(%334, %335) : (tensor<8x4x16xf32>, tensor<8x4x16xf32>) -> tensor<8x4x16xf32>
    %337 = "stablehlo.concatenate"(%333, %336) { dimension = 2 : i64 } : (tensor<8x4x16xf32>, tensor<8x4x16xf32>) -> tensor<8x4x32xf32>
    %338 = "stablehlo.reshape"(%337) : (tensor<8x4x32xf32>) -> tensor<8x128xf32>
    %339 = "stablehlo.reshape"(%1) : (tensor<8xi32>) -> tensor<8x1xi32>
    %340 = "stablehlo.gather"(%arg80, %339) {
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
    %341 = "stablehlo.slice"(%340) {
      limit_indices = array<i64: 8, 16>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<8x32xf32>) -> tensor<8x16xf32>
    %342 = "stablehlo.broadcast_in_dim"(%341) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<8x16xf32>) -> tensor<8x2x16xf32>
    %343 = "stablehlo.slice"(%340) {
      limit_indices = array<i64: 8, 32>,
      start_indices = array<i64: 0, 16>,
      strides = array<i64: 1, 1>
    } : (tensor<8x32xf32>) -> tensor<8x16xf32>
    %344 = "stablehlo.broadcast_in_dim"(%343) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<8x16xf32>) -> tensor<8x2x16xf32>
    %345 = "stablehlo.reshape"(%321) : (tensor<8x64xf32>) -> tensor<8x2x32xf32>
    %346 = "stablehlo.slice"(%345) {
      limit_indices = array<i64: 8, 2, 16>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<8x2x32xf32>) -> tensor<8x2x16xf32>
    %347 = "stablehlo.slice"(%345) {
      limit_indices = array<i64: 8, 2, 32>,
      start_indices = array<i64: 0, 0, 16>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<8x2x32xf32>) -> tensor<8x2x16xf32>
    %348 = "stablehlo.multiply"(%346, %342) : (tensor<8x2x16xf32>, tensor<8x2x16xf32>) -> tensor<8x2x16xf32>
    %349 = "stablehlo.multiply"(%347, %344) : (tensor<8x2x16xf32>, tensor<8x2x16xf32>) -> tensor<8x2x16xf32>
    %350 = "stablehlo.subtract"(%348, %349) : (tensor<8x2x16xf32>, tensor<8x2x16xf32>) -> tensor<8x2x16xf32>
    %351 = "stablehlo.multiply"(%347, %342) : (tensor<8x2x16xf32>, tensor<8x2x16xf32>) -> tensor<8x2x16xf32>
    %352 = "stablehlo.multiply"(%346, %344) : (tensor<8x2x16xf32>, tensor<8x2x16xf32>) -> tensor<8x2x16xf32>
    %353 = "stablehlo.add"(%351, %352) : (tensor<8x2x16xf32>, tensor<8x2x16xf32>) -> tensor<8x2x16xf32>
    %354 = "stablehlo.concatenate"(%350, %353) { dimension = 2 : i64 } : (tensor<8x2x16xf32>, tensor<8x2x16xf32>) -> tensor<8x2x32xf32>
    %355 = "stablehlo.reshape"(%354) : (tensor<8x2x32xf32>) -> tensor<8x64xf32>
    %356 = "stablehlo.convert"(%355) : (tensor<8x64xf32>) -> tensor<8x64xbf16>
    %357 = "stablehlo.scatter"(%arg84, %8, %356) ({
      ^updateFn(%arg121: tensor<bf16>, %arg122: tensor<bf16>) :
          "stablehlo.return"(%arg122) : (tensor<bf16>) -> ()
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
    } : (tensor<4x32x64xbf16>, tensor<8x2xi32>, tensor<8x64xbf16>) -> tensor<4x32x64xbf16>
    %358 = "stablehlo.convert"(%279) : (tensor<8x64xf32>) -> tensor<8x64xbf16>
    %359 = "stablehlo.scatter"(%arg85, %8, %358) ({
      ^updateFn(%arg123: tensor<bf16>, %arg124: tensor<bf16>) :
          "stablehlo.return"(%arg124) : (tensor<bf16>) -> ()
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
    } : (tensor<4x32x64xbf16>, tensor<8x2xi32>, tensor<8x64xbf16>) -> tensor<4x32x64xbf16>
    %360 = "stablehlo.reshape"(%338) : (tensor<8x128xf32>) -> tensor<8x2x2x32xf32>
    %361 = "stablehlo.convert"(%357) : (tensor<4x32x64xbf16>) -> tensor<4x32x64xf32>
    %362 = "stablehlo.reshape"(%361) : (tensor<4x32x64xf32>) -> tensor<128x2x32xf32>
    %363 = "stablehlo.convert"(%359) : (tensor<4x32x64xbf16>) -> tensor<4x32x64xf32>
    %364 = "stablehlo.reshape"(%363) : (tensor<4x32x64xf32>) -> tensor<128x2x32xf32>
    %365 = "stablehlo.dot_general"(%360, %362) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [1],
  rhs_batching_dimensions = [1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [2]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<8x2x2x32xf32>, tensor<128x2x32xf32>) -> tensor<2x8x2x128xf32>
    %366 = "stablehlo.constant"() { value = dense<0.1767766922712326> : tensor<f32> } : () -> tensor<f32>
    %367 = "stablehlo.broadcast_in_dim"(%366) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x8x2x128xf32>
    %368 = "stablehlo.multiply"(%365, %367) : (tensor<2x8x2x128xf32>, tensor<2x8x2x128xf32>) -> tensor<2x8x2x128xf32>
    %369 = "stablehlo.broadcast_in_dim"(%143) { broadcast_dimensions = array<i64: 1, 3> } : (tensor<8x128xi1>) -> tensor<2x8x2x128xi1>
    %370 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %371 = "stablehlo.broadcast_in_dim"(%370) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x8x2x128xf32>
    %372 = "stablehlo.select"(%369, %368, %371) : (tensor<2x8x2x128xi1>, tensor<2x8x2x128xf32>, tensor<2x8x2x128xf32>) -> tensor<2x8x2x128xf32>
    %373 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %375 = "stablehlo.reduce"(%372, %373) ({
      ^reductionFn(%arg125: tensor<f32>, %arg126: tensor<f32>) :
          %374 = "stablehlo.maximum"(%arg125, %arg126) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%374) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x8x2x128xf32>, tensor<f32>) -> tensor<2x8x2xf32>
    %376 = "stablehlo.broadcast_in_dim"(%375) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x8x2xf32>) -> tensor<2x8x2x128xf32>
    %377 = "stablehlo.subtract"(%372, %376) : (tensor<2x8x2x128xf32>, tensor<2x8x2x128xf32>) -> tensor<2x8x2x128xf32>
    %378 = "stablehlo.exponential"(%377) : (tensor<2x8x2x128xf32>) -> tensor<2x8x2x128xf32>
    %379 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %381 = "stablehlo.reduce"(%378, %379) ({
      ^reductionFn(%arg127: tensor<f32>, %arg128: tensor<f32>) :
          %380 = "stablehlo.add"(%arg127, %arg128) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%380) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x8x2x128xf32>, tensor<f32>) -> tensor<2x8x2xf32>
    %382 = "stablehlo.broadcast_in_dim"(%381) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x8x2xf32>) -> tensor<2x8x2x128xf32>
    %383 = "stablehlo.divide"(%378, %382) : (tensor<2x8x2x128xf32>, tensor<2x8x2x128xf32>) -> tensor<2x8x2x128xf32>
    %384 = "stablehlo.dot_general"(%383, %364) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0],
  rhs_batching_dimensions = [1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [0]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<2x8x2x128xf32>, tensor<128x2x32xf32>) -> tensor<2x8x2x32xf32>
    %385 = "stablehlo.transpose"(%384) { permutation = array<i64: 1, 0, 2, 3> } : (tensor<2x8x2x32xf32>) -> tensor<8x2x2x32xf32>
    %386 = "stablehlo.reshape"(%385) : (tensor<8x2x2x32xf32>) -> tensor<8x128xf32>
    %387 = "stablehlo.convert"(%arg20) : (tensor<64x128xbf16>) -> tensor<64x128xf32>
    %388 = "stablehlo.dot_general"(%386, %387) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<8x128xf32>, tensor<64x128xf32>) -> tensor<8x64xf32>
    %389 = "stablehlo.reshape"(%388) : (tensor<8x64xf32>) -> tensor<8x64xf32>
    %390 = "stablehlo.multiply"(%389, %389) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %391 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %393 = "stablehlo.reduce"(%390, %391) ({
      ^reductionFn(%arg129: tensor<f32>, %arg130: tensor<f32>) :
          %392 = "stablehlo.add"(%arg129, %arg130) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%392) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %394 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %395 = "stablehlo.broadcast_in_dim"(%394) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8xf32>
    %396 = "stablehlo.multiply"(%393, %395) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %397 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %398 = "stablehlo.broadcast_in_dim"(%397) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8xf32>
    %399 = "stablehlo.add"(%396, %398) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %400 = "stablehlo.rsqrt"(%399) : (tensor<8xf32>) -> tensor<8xf32>
    %401 = "stablehlo.convert"(%arg21) : (tensor<64xbf16>) -> tensor<64xf32>
    %402 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %403 = "stablehlo.broadcast_in_dim"(%402) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %404 = "stablehlo.add"(%401, %403) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %405 = "stablehlo.broadcast_in_dim"(%400) { broadcast_dimensions = array<i64: 0> } : (tensor<8xf32>) -> tensor<8x64xf32>
    %406 = "stablehlo.multiply"(%389, %405) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %407 = "stablehlo.broadcast_in_dim"(%404) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<8x64xf32>
    %408 = "stablehlo.multiply"(%406, %407) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %409 = "stablehlo.reshape"(%408) : (tensor<8x64xf32>) -> tensor<8x64xf32>
    %410 = "stablehlo.add"(%252, %409) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %411 = "stablehlo.reshape"(%410) : (tensor<8x64xf32>) -> tensor<8x64xf32>
    %412 = "stablehlo.multiply"(%411, %411) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %413 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %415 = "stablehlo.reduce"(%412, %413) ({
      ^reductionFn(%arg131: tensor<f32>, %arg132: tensor<f32>) :
          %414 = "stablehlo.add"(%arg131, %arg132) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%414) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %416 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %417 = "stablehlo.broadcast_in_dim"(%416) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8xf32>
    %418 = "stablehlo.multiply"(%415, %417) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %419 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %420 = "stablehlo.broadcast_in_dim"(%419) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8xf32>
    %421 = "stablehlo.add"(%418, %420) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %422 = "stablehlo.rsqrt"(%421) : (tensor<8xf32>) -> tensor<8xf32>
    %423 = "stablehlo.convert"(%arg22) : (tensor<64xbf16>) -> tensor<64xf32>
    %424 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %425 = "stablehlo.broadcast_in_dim"(%424) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %426 = "stablehlo.add"(%423, %425) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %427 = "stablehlo.broadcast_in_dim"(%422) { broadcast_dimensions = array<i64: 0> } : (tensor<8xf32>) -> tensor<8x64xf32>
    %428 = "stablehlo.multiply"(%411, %427) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %429 = "stablehlo.broadcast_in_dim"(%426) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<8x64xf32>
    %430 = "stablehlo.multiply"(%428, %429) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %431 = "stablehlo.reshape"(%430) : (tensor<8x64xf32>) -> tensor<8x64xf32>
    %432 = "stablehlo.convert"(%arg23) : (tensor<128x64xbf16>) -> tensor<128x64xf32>
    %433 = "stablehlo.dot_general"(%431, %432) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<8x64xf32>, tensor<128x64xf32>) -> tensor<8x128xf32>
    %434 = "stablehlo.convert"(%arg24) : (tensor<128x64xbf16>) -> tensor<128x64xf32>
    %435 = "stablehlo.dot_general"(%431, %434) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<8x64xf32>, tensor<128x64xf32>) -> tensor<8x128xf32>
    %436 = "stablehlo.multiply"(%433, %433) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %437 = "stablehlo.multiply"(%436, %433) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %438 = "stablehlo.constant"() { value = dense<0.044714998453855515> : tensor<f32> } : () -> tensor<f32>
    %439 = "stablehlo.broadcast_in_dim"(%438) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8x128xf32>
    %440 = "stablehlo.multiply"(%437, %439) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %441 = "stablehlo.add"(%433, %440) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %442 = "stablehlo.constant"() { value = dense<0.7978845834732056> : tensor<f32> } : () -> tensor<f32>
    %443 = "stablehlo.broadcast_in_dim"(%442) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8x128xf32>
    %444 = "stablehlo.multiply"(%441, %443) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %445 = "stablehlo.constant"() { value = dense<0.5> : tensor<f32> } : () -> tensor<f32>
    %446 = "stablehlo.broadcast_in_dim"(%445) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8x128xf32>
    %447 = "stablehlo.multiply"(%433, %446) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %448 = "stablehlo.tanh"(%444) : (tensor<8x128xf32>) -> tensor<8x128xf32>
    %449 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %450 = "stablehlo.broadcast_in_dim"(%449) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8x128xf32>
    %451 = "stablehlo.add"(%448, %450) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %452 = "stablehlo.multiply"(%447, %451) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %453 = "stablehlo.multiply"(%452, %435) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %454 = "stablehlo.convert"(%arg25) : (tensor<64x128xbf16>) -> tensor<64x128xf32>
    %455 = "stablehlo.dot_general"(%453, %454) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<8x128xf32>, tensor<64x128xf32>) -> tensor<8x64xf32>
    %456 = "stablehlo.reshape"(%455) : (tensor<8x64xf32>) -> tensor<8x64xf32>
    %457 = "stablehlo.multiply"(%456, %456) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %458 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %460 = "stablehlo.reduce"(%457, %458) ({
      ^reductionFn(%arg133: tensor<f32>, %arg134: tensor<f32>) :
          %459 = "stablehlo.add"(%arg133, %arg134) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%459) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %461 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %462 = "stablehlo.broadcast_in_dim"(%461) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8xf32>
    %463 = "stablehlo.multiply"(%460, %462) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %464 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %465 = "stablehlo.broadcast_in_dim"(%464) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8xf32>
    %466 = "stablehlo.add"(%463, %465) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %467 = "stablehlo.rsqrt"(%466) : (tensor<8xf32>) -> tensor<8xf32>
    %468 = "stablehlo.convert"(%arg26) : (tensor<64xbf16>) -> tensor<64xf32>
    %469 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %470 = "stablehlo.broadcast_in_dim"(%469) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %471 = "stablehlo.add"(%468, %470) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %472 = "stablehlo.broadcast_in_dim"(%467) { broadcast_dimensions = array<i64: 0> } : (tensor<8xf32>) -> tensor<8x64xf32>
    %473 = "stablehlo.multiply"(%456, %472) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %474 = "stablehlo.broadcast_in_dim"(%471) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<8x64xf32>
    %475 = "stablehlo.multiply"(%473, %474) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %476 = "stablehlo.reshape"(%475) : (tensor<8x64xf32>) -> tensor<8x64xf32>
    %477 = "stablehlo.add"(%410, %476) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %478 = "stablehlo.reshape"(%477) : (tensor<8x64xf32>) -> tensor<8x64xf32>
    %479 = "stablehlo.multiply"(%478, %478) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %480 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %482 = "stablehlo.reduce"(%479, %480) ({
      ^reductionFn(%arg135: tensor<f32>, %arg136: tensor<f32>) :
          %481 = "stablehlo.add"(%arg135, %arg136) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%481) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %483 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %484 = "stablehlo.broadcast_in_dim"(%483) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8xf32>
    %485 = "stablehlo.multiply"(%482, %484) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %486 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %487 = "stablehlo.broadcast_in_dim"(%486) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8xf32>
    %488 = "stablehlo.add"(%485, %487) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %489 = "stablehlo.rsqrt"(%488) : (tensor<8xf32>) -> tensor<8xf32>
    %490 = "stablehlo.convert"(%arg27) : (tensor<64xbf16>) -> tensor<64xf32>
    %491 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %492 = "stablehlo.broadcast_in_dim"(%491) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %493 = "stablehlo.add"(%490, %492) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %494 = "stablehlo.broadcast_in_dim"(%489) { broadcast_dimensions = array<i64: 0> } : (tensor<8xf32>) -> tensor<8x64xf32>
    %495 = "stablehlo.multiply"(%478, %494) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %496 = "stablehlo.broadcast_in_dim"(%493) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<8x64xf32>
    %497 = "stablehlo.multiply"(%495, %496) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %498 = "stablehlo.reshape"(%497) : (tensor<8x64xf32>) -> tensor<8x64xf32>
    %499 = "stablehlo.convert"(%arg28) : (tensor<128x64xbf16>) -> tensor<128x64xf32>
    %500 = "stablehlo.dot_general"(%498, %499) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<8x64xf32>, tensor<128x64xf32>) -> tensor<8x128xf32>
    %501 = "stablehlo.convert"(%arg29) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %502 = "stablehlo.dot_general"(%498, %501) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32>
    %503 = "stablehlo.convert"(%arg30) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %504 = "stablehlo.dot_general"(%498, %503) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32>
    %505 = "stablehlo.reshape"(%500) : (tensor<8x128xf32>) -> tensor<32x32xf32>
    %506 = "stablehlo.multiply"(%505, %505) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %507 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %509 = "stablehlo.reduce"(%506, %507) ({
      ^reductionFn(%arg137: tensor<f32>, %arg138: tensor<f32>) :
          %508 = "stablehlo.add"(%arg137, %arg138) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%508) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<32x32xf32>, tensor<f32>) -> tensor<32xf32>
    %510 = "stablehlo.constant"() { value = dense<0.03125> : tensor<f32> } : () -> tensor<f32>
    %511 = "stablehlo.broadcast_in_dim"(%510) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<32xf32>
    %512 = "stablehlo.multiply"(%509, %511) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %513 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %514 = "stablehlo.broadcast_in_dim"(%513) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<32xf32>
    %515 = "stablehlo.add"(%512, %514) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %516 = "stablehlo.rsqrt"(%515) : (tensor<32xf32>) -> tensor<32xf32>
    %517 = "stablehlo.convert"(%arg31) : (tensor<32xbf16>) -> tensor<32xf32>
    %518 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %519 = "stablehlo.broadcast_in_dim"(%518) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<32xf32>
    %520 = "stablehlo.add"(%517, %519) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %521 = "stablehlo.broadcast_in_dim"(%516) { broadcast_dimensions = array<i64: 0> } : (tensor<32xf32>) -> tensor<32x32xf32>
    %522 = "stablehlo.multiply"(%505, %521) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %523 = "stablehlo.broadcast_in_dim"(%520) { broadcast_dimensions = array<i64: 1> } : (tensor<32xf32>) -> tensor<32x32xf32>
    %524 = "stablehlo.multiply"(%522, %523) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %525 = "stablehlo.reshape"(%524) : (tensor<32x32xf32>) -> tensor<8x128xf32>
    %526 = "stablehlo.reshape"(%502) : (tensor<8x64xf32>) -> tensor<16x32xf32>
    %527 = "stablehlo.multiply"(%526, %526) : (tensor<16x32xf32>, tensor<16x32xf32>) -> tensor<16x32xf32>
    %528 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %530 = "stablehlo.reduce"(%527, %528) ({
      ^reductionFn(%arg139: tensor<f32>, %arg140: tensor<f32>) :
          %529 = "stablehlo.add"(%arg139, %arg140) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%529) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<16x32xf32>, tensor<f32>) -> tensor<16xf32>
    %531 = "stablehlo.constant"() { value = dense<0.03125> : tensor<f32> } : () -> tensor<f32>
    %532 = "stablehlo.broadcast_in_dim"(%531) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<16xf32>
    %533 = "stablehlo.multiply"(%530, %532) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %534 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %535 = "stablehlo.broadcast_in_dim"(%534) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<16xf32>
    %536 = "stablehlo.add"(%533, %535) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %537 = "stablehlo.rsqrt"(%536) : (tensor<16xf32>) -> tensor<16xf32>
    %538 = "stablehlo.convert"(%arg32) : (tensor<32xbf16>) -> tensor<32xf32>
    %539 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %540 = "stablehlo.broadcast_in_dim"(%539) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<32xf32>
    %541 = "stablehlo.add"(%538, %540) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %542 = "stablehlo.broadcast_in_dim"(%537) { broadcast_dimensions = array<i64: 0> } : (tensor<16xf32>) -> tensor<16x32xf32>
    %543 = "stablehlo.multiply"(%526, %542) : (tensor<16x32xf32>, tensor<16x32xf32>) -> tensor<16x32xf32>
    %544 = "stablehlo.broadcast_in_dim"(%541) { broadcast_dimensions = array<i64: 1> } : (tensor<32xf32>) -> tensor<16x32xf32>
    %545 = "stablehlo.multiply"(%543, %544) : (tensor<16x32xf32>, tensor<16x32xf32>) -> tensor<16x32xf32>
    %546 = "stablehlo.reshape"(%545) : (tensor<16x32xf32>) -> tensor<8x64xf32>
    %547 = "stablehlo.reshape"(%1) : (tensor<8xi32>) -> tensor<8x1xi32>
    %548 = "stablehlo.gather"(%arg80, %547) {
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
    %549 = "stablehlo.slice"(%548) {
      limit_indices = array<i64: 8, 16>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<8x32xf32>) -> tensor<8x16xf32>
    %550 = "stablehlo.broadcast_in_dim"(%549) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<8x16xf32>) -> tensor<8x4x16xf32>
    %551 = "stablehlo.slice"(%548) {
      limit_indices = array<i64: 8, 32>,
      start_indices = array<i64: 0, 16>,
      strides = array<i64: 1, 1>
    } : (tensor<8x32xf32>) -> tensor<8x16xf32>
    %552 = "stablehlo.broadcast_in_dim"(%551) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<8x16xf32>) -> tensor<8x4x16xf32>
    %553 = "stablehlo.reshape"(%525) : (tensor<8x128xf32>) -> tensor<8x4x32xf32>
    %554 = "stablehlo.slice"(%553) {
      limit_indices = array<i64: 8, 4, 16>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<8x4x32xf32>) -> tensor<8x4x16xf32>
    %555 = "stablehlo.slice"(%553) {
      limit_indices = array<i64: 8, 4, 32>,
      start_indices = array<i64: 0, 0, 16>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<8x4x32xf32>) -> tensor<8x4x16xf32>
    %556 = "stablehlo.multiply"(%554, %550) : (tensor<8x4x16xf32>, tensor<8x4x16xf32>) -> tensor<8x4x16xf32>
    %557 = "stablehlo.multiply"(%555, %552) : (tensor<8x4x16xf32>, tensor<8x4x16xf32>) -> tensor<8x4x16xf32>
    %558 = "stablehlo.subtract"(%556, %557) : (tensor<8x4x16xf32>, tensor<8x4x16xf32>) -> tensor<8x4x16xf32>
    %559 = "stablehlo.multiply"(%555, %550) : (tensor<8x4x16xf32>, tensor<8x4x16xf32>) -> tensor<8x4x16xf32>
    %560 = "stablehlo.multiply"(%554, %552) : (tensor<8x4x16xf32>, tensor<8x4x16xf32>) -> tensor<8x4x16xf32>
    %561 = "stablehlo.add"(%559, %560) : (tensor<8x4x16xf32>, tensor<8x4x16xf32>) -> tensor<8x4x16xf32>
    %562 = "stablehlo.concatenate"(%558, %561) { dimension = 2 : i64 } : (tensor<8x4x16xf32>, tensor<8x4x16xf32>) -> tensor<8x4x32xf32>
    %563 = "stablehlo.reshape"(%562) : (tensor<8x4x32xf32>) -> tensor<8x128xf32>
    %564 = "stablehlo.reshape"(%1) : (tensor<8xi32>) -> tensor<8x1xi32>
    %565 = "stablehlo.gather"(%arg80, %564) {
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
    %566 = "stablehlo.slice"(%565) {
      limit_indices = array<i64: 8, 16>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<8x32xf32>) -> tensor<8x16xf32>
    %567 = "stablehlo.broadcast_in_dim"(%566) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<8x16xf32>) -> tensor<8x2x16xf32>
    %568 = "stablehlo.slice"(%565) {
      limit_indices = array<i64: 8, 32>,
      start_indices = array<i64: 0, 16>,
      strides = array<i64: 1, 1>
    } : (tensor<8x32xf32>) -> tensor<8x16xf32>
    %569 = "stablehlo.broadcast_in_dim"(%568) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<8x16xf32>) -> tensor<8x2x16xf32>
    %570 = "stablehlo.reshape"(%546) : (tensor<8x64xf32>) -> tensor<8x2x32xf32>
    %571 = "stablehlo.slice"(%570) {
      limit_indices = array<i64: 8, 2, 16>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<8x2x32xf32>) -> tensor<8x2x16xf32>
    %572 = "stablehlo.slice"(%570) {
      limit_indices = array<i64: 8, 2, 32>,
      start_indices = array<i64: 0, 0, 16>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<8x2x32xf32>) -> tensor<8x2x16xf32>
    %573 = "stablehlo.multiply"(%571, %567) : (tensor<8x2x16xf32>, tensor<8x2x16xf32>) -> tensor<8x2x16xf32>
    %574 = "stablehlo.multiply"(%572, %569) : (tensor<8x2x16xf32>, tensor<8x2x16xf32>) -> tensor<8x2x16xf32>
    %575 = "stablehlo.subtract"(%573, %574) : (tensor<8x2x16xf32>, tensor<8x2x16xf32>) -> tensor<8x2x16xf32>
    %576 = "stablehlo.multiply"(%572, %567) : (tensor<8x2x16xf32>, tensor<8x2x16xf32>) -> tensor<8x2x16xf32>
    %577 = "stablehlo.multiply"(%571, %569) : (tensor<8x2x16xf32>, tensor<8x2x16xf32>) -> tensor<8x2x16xf32>
    %578 = "stablehlo.add"(%576, %577) : (tensor<8x2x16xf32>, tensor<8x2x16xf32>) -> tensor<8x2x16xf32>
    %579 = "stablehlo.concatenate"(%575, %578) { dimension = 2 : i64 } : (tensor<8x2x16xf32>, tensor<8x2x16xf32>) -> tensor<8x2x32xf32>
    %580 = "stablehlo.reshape"(%579) : (tensor<8x2x32xf32>) -> tensor<8x64xf32>
    %581 = "stablehlo.convert"(%580) : (tensor<8x64xf32>) -> tensor<8x64xbf16>
    %582 = "stablehlo.scatter"(%arg86, %8, %581) ({
      ^updateFn(%arg141: tensor<bf16>, %arg142: tensor<bf16>) :
          "stablehlo.return"(%arg142) : (tensor<bf16>) -> ()
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
    } : (tensor<4x32x64xbf16>, tensor<8x2xi32>, tensor<8x64xbf16>) -> tensor<4x32x64xbf16>
    %583 = "stablehlo.convert"(%504) : (tensor<8x64xf32>) -> tensor<8x64xbf16>
    %584 = "stablehlo.scatter"(%arg87, %8, %583) ({
      ^updateFn(%arg143: tensor<bf16>, %arg144: tensor<bf16>) :
          "stablehlo.return"(%arg144) : (tensor<bf16>) -> ()
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
    } : (tensor<4x32x64xbf16>, tensor<8x2xi32>, tensor<8x64xbf16>) -> tensor<4x32x64xbf16>
    %585 = "stablehlo.reshape"(%563) : (tensor<8x128xf32>) -> tensor<8x2x2x32xf32>
    %586 = "stablehlo.convert"(%582) : (tensor<4x32x64xbf16>) -> tensor<4x32x64xf32>
    %587 = "stablehlo.reshape"(%586) : (tensor<4x32x64xf32>) -> tensor<128x2x32xf32>
    %588 = "stablehlo.convert"(%584) : (tensor<4x32x64xbf16>) -> tensor<4x32x64xf32>
    %589 = "stablehlo.reshape"(%588) : (tensor<4x32x64xf32>) -> tensor<128x2x32xf32>
    %590 = "stablehlo.dot_general"(%585, %587) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [1],
  rhs_batching_dimensions = [1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [2]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<8x2x2x32xf32>, tensor<128x2x32xf32>) -> tensor<2x8x2x128xf32>
    %591 = "stablehlo.constant"() { value = dense<0.1767766922712326> : tensor<f32> } : () -> tensor<f32>
    %592 = "stablehlo.broadcast_in_dim"(%591) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x8x2x128xf32>
    %593 = "stablehlo.multiply"(%590, %592) : (tensor<2x8x2x128xf32>, tensor<2x8x2x128xf32>) -> tensor<2x8x2x128xf32>
    %594 = "stablehlo.broadcast_in_dim"(%143) { broadcast_dimensions = array<i64: 1, 3> } : (tensor<8x128xi1>) -> tensor<2x8x2x128xi1>
    %595 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %596 = "stablehlo.broadcast_in_dim"(%595) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x8x2x128xf32>
    %597 = "stablehlo.select"(%594, %593, %596) : (tensor<2x8x2x128xi1>, tensor<2x8x2x128xf32>, tensor<2x8x2x128xf32>) -> tensor<2x8x2x128xf32>
    %598 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %600 = "stablehlo.reduce"(%597, %598) ({
      ^reductionFn(%arg145: tensor<f32>, %arg146: tensor<f32>) :
          %599 = "stablehlo.maximum"(%arg145, %arg146) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%599) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x8x2x128xf32>, tensor<f32>) -> tensor<2x8x2xf32>
    %601 = "stablehlo.broadcast_in_dim"(%600) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x8x2xf32>) -> tensor<2x8x2x128xf32>
    %602 = "stablehlo.subtract"(%597, %601) : (tensor<2x8x2x128xf32>, tensor<2x8x2x128xf32>) -> tensor<2x8x2x128xf32>
    %603 = "stablehlo.exponential"(%602) : (tensor<2x8x2x128xf32>) -> tensor<2x8x2x128xf32>
    %604 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %606 = "stablehlo.reduce"(%603, %604) ({
      ^reductionFn(%arg147: tensor<f32>, %arg148: tensor<f32>) :
          %605 = "stablehlo.add"(%arg147, %arg148) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%605) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x8x2x128xf32>, tensor<f32>) -> tensor<2x8x2xf32>
    %607 = "stablehlo.broadcast_in_dim"(%606) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x8x2xf32>) -> tensor<2x8x2x128xf32>
    %608 = "stablehlo.divide"(%603, %607) : (tensor<2x8x2x128xf32>, tensor<2x8x2x128xf32>) -> tensor<2x8x2x128xf32>
    %609 = "stablehlo.dot_general"(%608, %589) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0],
  rhs_batching_dimensions = [1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [0]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<2x8x2x128xf32>, tensor<128x2x32xf32>) -> tensor<2x8x2x32xf32>
    %610 = "stablehlo.transpose"(%609) { permutation = array<i64: 1, 0, 2, 3> } : (tensor<2x8x2x32xf32>) -> tensor<8x2x2x32xf32>
    %611 = "stablehlo.reshape"(%610) : (tensor<8x2x2x32xf32>) -> tensor<8x128xf32>
    %612 = "stablehlo.convert"(%arg33) : (tensor<64x128xbf16>) -> tensor<64x128xf32>
    %613 = "stablehlo.dot_general"(%611, %612) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<8x128xf32>, tensor<64x128xf32>) -> tensor<8x64xf32>
    %614 = "stablehlo.reshape"(%613) : (tensor<8x64xf32>) -> tensor<8x64xf32>
    %615 = "stablehlo.multiply"(%614, %614) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %616 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %618 = "stablehlo.reduce"(%615, %616) ({
      ^reductionFn(%arg149: tensor<f32>, %arg150: tensor<f32>) :
          %617 = "stablehlo.add"(%arg149, %arg150) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%617) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %619 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %620 = "stablehlo.broadcast_in_dim"(%619) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8xf32>
    %621 = "stablehlo.multiply"(%618, %620) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %622 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %623 = "stablehlo.broadcast_in_dim"(%622) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8xf32>
    %624 = "stablehlo.add"(%621, %623) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %625 = "stablehlo.rsqrt"(%624) : (tensor<8xf32>) -> tensor<8xf32>
    %626 = "stablehlo.convert"(%arg34) : (tensor<64xbf16>) -> tensor<64xf32>
    %627 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %628 = "stablehlo.broadcast_in_dim"(%627) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %629 = "stablehlo.add"(%626, %628) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %630 = "stablehlo.broadcast_in_dim"(%625) { broadcast_dimensions = array<i64: 0> } : (tensor<8xf32>) -> tensor<8x64xf32>
    %631 = "stablehlo.multiply"(%614, %630) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %632 = "stablehlo.broadcast_in_dim"(%629) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<8x64xf32>
    %633 = "stablehlo.multiply"(%631, %632) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %634 = "stablehlo.reshape"(%633) : (tensor<8x64xf32>) -> tensor<8x64xf32>
    %635 = "stablehlo.add"(%477, %634) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %636 = "stablehlo.reshape"(%635) : (tensor<8x64xf32>) -> tensor<8x64xf32>
    %637 = "stablehlo.multiply"(%636, %636) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %638 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %640 = "stablehlo.reduce"(%637, %638) ({
      ^reductionFn(%arg151: tensor<f32>, %arg152: tensor<f32>) :
          %639 = "stablehlo.add"(%arg151, %arg152) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%639) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %641 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %642 = "stablehlo.broadcast_in_dim"(%641) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8xf32>
    %643 = "stablehlo.multiply"(%640, %642) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %644 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %645 = "stablehlo.broadcast_in_dim"(%644) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8xf32>
    %646 = "stablehlo.add"(%643, %645) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %647 = "stablehlo.rsqrt"(%646) : (tensor<8xf32>) -> tensor<8xf32>
    %648 = "stablehlo.convert"(%arg35) : (tensor<64xbf16>) -> tensor<64xf32>
    %649 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %650 = "stablehlo.broadcast_in_dim"(%649) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %651 = "stablehlo.add"(%648, %650) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %652 = "stablehlo.broadcast_in_dim"(%647) { broadcast_dimensions = array<i64: 0> } : (tensor<8xf32>) -> tensor<8x64xf32>
    %653 = "stablehlo.multiply"(%636, %652) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %654 = "stablehlo.broadcast_in_dim"(%651) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<8x64xf32>
    %655 = "stablehlo.multiply"(%653, %654) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %656 = "stablehlo.reshape"(%655) : (tensor<8x64xf32>) -> tensor<8x64xf32>
    %657 = "stablehlo.convert"(%arg36) : (tensor<128x64xbf16>) -> tensor<128x64xf32>
    %658 = "stablehlo.dot_general"(%656, %657) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<8x64xf32>, tensor<128x64xf32>) -> tensor<8x128xf32>
    %659 = "stablehlo.convert"(%arg37) : (tensor<128x64xbf16>) -> tensor<128x64xf32>
    %660 = "stablehlo.dot_general"(%656, %659) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<8x64xf32>, tensor<128x64xf32>) -> tensor<8x128xf32>
    %661 = "stablehlo.multiply"(%658, %658) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %662 = "stablehlo.multiply"(%661, %658) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %663 = "stablehlo.constant"() { value = dense<0.044714998453855515> : tensor<f32> } : () -> tensor<f32>
    %664 = "stablehlo.broadcast_in_dim"(%663) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8x128xf32>
    %665 = "stablehlo.multiply"(%662, %664) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %666 = "stablehlo.add"(%658, %665) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %667 = "stablehlo.constant"() { value = dense<0.7978845834732056> : tensor<f32> } : () -> tensor<f32>
    %668 = "stablehlo.broadcast_in_dim"(%667) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8x128xf32>
    %669 = "stablehlo.multiply"(%666, %668) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %670 = "stablehlo.constant"() { value = dense<0.5> : tensor<f32> } : () -> tensor<f32>
    %671 = "stablehlo.broadcast_in_dim"(%670) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8x128xf32>
    %672 = "stablehlo.multiply"(%658, %671) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %673 = "stablehlo.tanh"(%669) : (tensor<8x128xf32>) -> tensor<8x128xf32>
    %674 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %675 = "stablehlo.broadcast_in_dim"(%674) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8x128xf32>
    %676 = "stablehlo.add"(%673, %675) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %677 = "stablehlo.multiply"(%672, %676) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %678 = "stablehlo.multiply"(%677, %660) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %679 = "stablehlo.convert"(%arg38) : (tensor<64x128xbf16>) -> tensor<64x128xf32>
    %680 = "stablehlo.dot_general"(%678, %679) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<8x128xf32>, tensor<64x128xf32>) -> tensor<8x64xf32>
    %681 = "stablehlo.reshape"(%680) : (tensor<8x64xf32>) -> tensor<8x64xf32>
    %682 = "stablehlo.multiply"(%681, %681) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %683 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %685 = "stablehlo.reduce"(%682, %683) ({
      ^reductionFn(%arg153: tensor<f32>, %arg154: tensor<f32>) :
          %684 = "stablehlo.add"(%arg153, %arg154) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%684) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %686 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %687 = "stablehlo.broadcast_in_dim"(%686) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8xf32>
    %688 = "stablehlo.multiply"(%685, %687) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %689 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %690 = "stablehlo.broadcast_in_dim"(%689) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8xf32>
    %691 = "stablehlo.add"(%688, %690) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %692 = "stablehlo.rsqrt"(%691) : (tensor<8xf32>) -> tensor<8xf32>
    %693 = "stablehlo.convert"(%arg39) : (tensor<64xbf16>) -> tensor<64xf32>
    %694 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %695 = "stablehlo.broadcast_in_dim"(%694) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %696 = "stablehlo.add"(%693, %695) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %697 = "stablehlo.broadcast_in_dim"(%692) { broadcast_dimensions = array<i64: 0> } : (tensor<8xf32>) -> tensor<8x64xf32>
    %698 = "stablehlo.multiply"(%681, %697) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %699 = "stablehlo.broadcast_in_dim"(%696) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<8x64xf32>
    %700 = "stablehlo.multiply"(%698, %699) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %701 = "stablehlo.reshape"(%700) : (tensor<8x64xf32>) -> tensor<8x64xf32>
    %702 = "stablehlo.add"(%635, %701) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %703 = "stablehlo.reshape"(%702) : (tensor<8x64xf32>) -> tensor<8x64xf32>
    %704 = "stablehlo.multiply"(%703, %703) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %705 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %707 = "stablehlo.reduce"(%704, %705) ({
      ^reductionFn(%arg155: tensor<f32>, %arg156: tensor<f32>) :
          %706 = "stablehlo.add"(%arg155, %arg156) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%706) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %708 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %709 = "stablehlo.broadcast_in_dim"(%708) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8xf32>
    %710 = "stablehlo.multiply"(%707, %709) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %711 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %712 = "stablehlo.broadcast_in_dim"(%711) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8xf32>
    %713 = "stablehlo.add"(%710, %712) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %714 = "stablehlo.rsqrt"(%713) : (tensor<8xf32>) -> tensor<8xf32>
    %715 = "stablehlo.convert"(%arg40) : (tensor<64xbf16>) -> tensor<64xf32>
    %716 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %717 = "stablehlo.broadcast_in_dim"(%716) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %718 = "stablehlo.add"(%715, %717) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %719 = "stablehlo.broadcast_in_dim"(%714) { broadcast_dimensions = array<i64: 0> } : (tensor<8xf32>) -> tensor<8x64xf32>
    %720 = "stablehlo.multiply"(%703, %719) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %721 = "stablehlo.broadcast_in_dim"(%718) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<8x64xf32>
    %722 = "stablehlo.multiply"(%720, %721) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %723 = "stablehlo.reshape"(%722) : (tensor<8x64xf32>) -> tensor<8x64xf32>
    %724 = "stablehlo.convert"(%arg41) : (tensor<128x64xbf16>) -> tensor<128x64xf32>
    %725 = "stablehlo.dot_general"(%723, %724) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<8x64xf32>, tensor<128x64xf32>) -> tensor<8x128xf32>
    %726 = "stablehlo.convert"(%arg42) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %727 = "stablehlo.dot_general"(%723, %726) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32>
    %728 = "stablehlo.convert"(%arg43) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %729 = "stablehlo.dot_general"(%723, %728) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32>
    %730 = "stablehlo.reshape"(%725) : (tensor<8x128xf32>) -> tensor<32x32xf32>
    %731 = "stablehlo.multiply"(%730, %730) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %732 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %734 = "stablehlo.reduce"(%731, %732) ({
      ^reductionFn(%arg157: tensor<f32>, %arg158: tensor<f32>) :
          %733 = "stablehlo.add"(%arg157, %arg158) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%733) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<32x32xf32>, tensor<f32>) -> tensor<32xf32>
    %735 = "stablehlo.constant"() { value = dense<0.03125> : tensor<f32> } : () -> tensor<f32>
    %736 = "stablehlo.broadcast_in_dim"(%735) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<32xf32>
    %737 = "stablehlo.multiply"(%734, %736) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %738 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %739 = "stablehlo.broadcast_in_dim"(%738) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<32xf32>
    %740 = "stablehlo.add"(%737, %739) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %741 = "stablehlo.rsqrt"(%740) : (tensor<32xf32>) -> tensor<32xf32>
    %742 = "stablehlo.convert"(%arg44) : (tensor<32xbf16>) -> tensor<32xf32>
    %743 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %744 = "stablehlo.broadcast_in_dim"(%743) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<32xf32>
    %745 = "stablehlo.add"(%742, %744) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %746 = "stablehlo.broadcast_in_dim"(%741) { broadcast_dimensions = array<i64: 0> } : (tensor<32xf32>) -> tensor<32x32xf32>
    %747 = "stablehlo.multiply"(%730, %746) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %748 = "stablehlo.broadcast_in_dim"(%745) { broadcast_dimensions = array<i64: 1> } : (tensor<32xf32>) -> tensor<32x32xf32>
    %749 = "stablehlo.multiply"(%747, %748) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %750 = "stablehlo.reshape"(%749) : (tensor<32x32xf32>) -> tensor<8x128xf32>
    %751 = "stablehlo.reshape"(%727) : (tensor<8x64xf32>) -> tensor<16x32xf32>
    %752 = "stablehlo.multiply"(%751, %751) : (tensor<16x32xf32>, tensor<16x32xf32>) -> tensor<16x32xf32>
    %753 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %755 = "stablehlo.reduce"(%752, %753) ({
      ^reductionFn(%arg159: tensor<f32>, %arg160: tensor<f32>) :
          %754 = "stablehlo.add"(%arg159, %arg160) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%754) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<16x32xf32>, tensor<f32>) -> tensor<16xf32>
    %756 = "stablehlo.constant"() { value = dense<0.03125> : tensor<f32> } : () -> tensor<f32>
    %757 = "stablehlo.broadcast_in_dim"(%756) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<16xf32>
    %758 = "stablehlo.multiply"(%755, %757) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %759 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %760 = "stablehlo.broadcast_in_dim"(%759) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<16xf32>
    %761 = "stablehlo.add"(%758, %760) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %762 = "stablehlo.rsqrt"(%761) : (tensor<16xf32>) -> tensor<16xf32>
    %763 = "stablehlo.convert"(%arg45) : (tensor<32xbf16>) -> tensor<32xf32>
    %764 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %765 = "stablehlo.broadcast_in_dim"(%764) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<32xf32>
    %766 = "stablehlo.add"(%763, %765) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %767 = "stablehlo.broadcast_in_dim"(%762) { broadcast_dimensions = array<i64: 0> } : (tensor<16xf32>) -> tensor<16x32xf32>
    %768 = "stablehlo.multiply"(%751, %767) : (tensor<16x32xf32>, tensor<16x32xf32>) -> tensor<16x32xf32>
    %769 = "stablehlo.broadcast_in_dim"(%766) { broadcast_dimensions = array<i64: 1> } : (tensor<32xf32>) -> tensor<16x32xf32>
    %770 = "stablehlo.multiply"(%768, %769) : (tensor<16x32xf32>, tensor<16x32xf32>) -> tensor<16x32xf32>
    %771 = "stablehlo.reshape"(%770) : (tensor<16x32xf32>) -> tensor<8x64xf32>
    %772 = "stablehlo.reshape"(%1) : (tensor<8xi32>) -> tensor<8x1xi32>
    %773 = "stablehlo.gather"(%arg80, %772) {
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
    %774 = "stablehlo.slice"(%773) {
      limit_indices = array<i64: 8, 16>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<8x32xf32>) -> tensor<8x16xf32>
    %775 = "stablehlo.broadcast_in_dim"(%774) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<8x16xf32>) -> tensor<8x4x16xf32>
    %776 = "stablehlo.slice"(%773) {
      limit_indices = array<i64: 8, 32>,
      start_indices = array<i64: 0, 16>,
      strides = array<i64: 1, 1>
    } : (tensor<8x32xf32>) -> tensor<8x16xf32>
    %777 = "stablehlo.broadcast_in_dim"(%776) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<8x16xf32>) -> tensor<8x4x16xf32>
    %778 = "stablehlo.reshape"(%750) : (tensor<8x128xf32>) -> tensor<8x4x32xf32>
    %779 = "stablehlo.slice"(%778) {
      limit_indices = array<i64: 8, 4, 16>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<8x4x32xf32>) -> tensor<8x4x16xf32>
    %780 = "stablehlo.slice"(%778) {
      limit_indices = array<i64: 8, 4, 32>,
      start_indices = array<i64: 0, 0, 16>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<8x4x32xf32>) -> tensor<8x4x16xf32>
    %781 = "stablehlo.multiply"(%779, %775) : (tensor<8x4x16xf32>, tensor<8x4x16xf32>) -> tensor<8x4x16xf32>
    %782 = "stablehlo.multiply"(%780, %777) : (tensor<8x4x16xf32>, tensor<8x4x16xf32>) -> tensor<8x4x16xf32>
    %783 = "stablehlo.subtract"(%781, %782) : (tensor<8x4x16xf32>, tensor<8x4x16xf32>) -> tensor<8x4x16xf32>
    %784 = "stablehlo.multiply"(%780, %775) : (tensor<8x4x16xf32>, tensor<8x4x16xf32>) -> tensor<8x4x16xf32>
    %785 = "stablehlo.multiply"(%779, %777) : (tensor<8x4x16xf32>, tensor<8x4x16xf32>) -> tensor<8x4x16xf32>
    %786 = "stablehlo.add"(%784, %785) : (tensor<8x4x16xf32>, tensor<8x4x16xf32>) -> tensor<8x4x16xf32>
    %787 = "stablehlo.concatenate"(%783, %786) { dimension = 2 : i64 } : (tensor<8x4x16xf32>, tensor<8x4x16xf32>) -> tensor<8x4x32xf32>
    %788 = "stablehlo.reshape"(%787) : (tensor<8x4x32xf32>) -> tensor<8x128xf32>
    %789 = "stablehlo.reshape"(%1) : (tensor<8xi32>) -> tensor<8x1xi32>
    %790 = "stablehlo.gather"(%arg80, %789) {
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
    %791 = "stablehlo.slice"(%790) {
      limit_indices = array<i64: 8, 16>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<8x32xf32>) -> tensor<8x16xf32>
    %792 = "stablehlo.broadcast_in_dim"(%791) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<8x16xf32>) -> tensor<8x2x16xf32>
    %793 = "stablehlo.slice"(%790) {
      limit_indices = array<i64: 8, 32>,
      start_indices = array<i64: 0, 16>,
      strides = array<i64: 1, 1>
    } : (tensor<8x32xf32>) -> tensor<8x16xf32>
    %794 = "stablehlo.broadcast_in_dim"(%793) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<8x16xf32>) -> tensor<8x2x16xf32>
    %795 = "stablehlo.reshape"(%771) : (tensor<8x64xf32>) -> tensor<8x2x32xf32>
    %796 = "stablehlo.slice"(%795) {
      limit_indices = array<i64: 8, 2, 16>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<8x2x32xf32>) -> tensor<8x2x16xf32>
    %797 = "stablehlo.slice"(%795) {
      limit_indices = array<i64: 8, 2, 32>,
      start_indices = array<i64: 0, 0, 16>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<8x2x32xf32>) -> tensor<8x2x16xf32>
    %798 = "stablehlo.multiply"(%796, %792) : (tensor<8x2x16xf32>, tensor<8x2x16xf32>) -> tensor<8x2x16xf32>
    %799 = "stablehlo.multiply"(%797, %794) : (tensor<8x2x16xf32>, tensor<8x2x16xf32>) -> tensor<8x2x16xf32>
    %800 = "stablehlo.subtract"(%798, %799) : (tensor<8x2x16xf32>, tensor<8x2x16xf32>) -> tensor<8x2x16xf32>
    %801 = "stablehlo.multiply"(%797, %792) : (tensor<8x2x16xf32>, tensor<8x2x16xf32>) -> tensor<8x2x16xf32>
    %802 = "stablehlo.multiply"(%796, %794) : (tensor<8x2x16xf32>, tensor<8x2x16xf32>) -> tensor<8x2x16xf32>
    %803 = "stablehlo.add"(%801, %802) : (tensor<8x2x16xf32>, tensor<8x2x16xf32>) -> tensor<8x2x16xf32>
    %804 = "stablehlo.concatenate"(%800, %803) { dimension = 2 : i64 } : (tensor<8x2x16xf32>, tensor<8x2x16xf32>) -> tensor<8x2x32xf32>
    %805 = "stablehlo.reshape"(%804) : (tensor<8x2x32xf32>) -> tensor<8x64xf32>
    %806 = "stablehlo.convert"(%805) : (tensor<8x64xf32>) -> tensor<8x64xbf16>
    %807 = "stablehlo.scatter"(%arg88, %8, %806) ({
      ^updateFn(%arg161: tensor<bf16>, %arg162: tensor<bf16>) :
          "stablehlo.return"(%arg162) : (tensor<bf16>) -> ()
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
    } : (tensor<4x32x64xbf16>, tensor<8x2xi32>, tensor<8x64xbf16>) -> tensor<4x32x64xbf16>
    %808 = "stablehlo.convert"(%729) : (tensor<8x64xf32>) -> tensor<8x64xbf16>
    %809 = "stablehlo.scatter"(%arg89, %8, %808) ({
      ^updateFn(%arg163: tensor<bf16>, %arg164: tensor<bf16>) :
          "stablehlo.return"(%arg164) : (tensor<bf16>) -> ()
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
    } : (tensor<4x32x64xbf16>, tensor<8x2xi32>, tensor<8x64xbf16>) -> tensor<4x32x64xbf16>
    %810 = "stablehlo.reshape"(%788) : (tensor<8x128xf32>) -> tensor<8x2x2x32xf32>
    %811 = "stablehlo.convert"(%807) : (tensor<4x32x64xbf16>) -> tensor<4x32x64xf32>
    %812 = "stablehlo.reshape"(%811) : (tensor<4x32x64xf32>) -> tensor<128x2x32xf32>
    %813 = "stablehlo.convert"(%809) : (tensor<4x32x64xbf16>) -> tensor<4x32x64xf32>
    %814 = "stablehlo.reshape"(%813) : (tensor<4x32x64xf32>) -> tensor<128x2x32xf32>
    %815 = "stablehlo.dot_general"(%810, %812) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [1],
  rhs_batching_dimensions = [1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [2]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<8x2x2x32xf32>, tensor<128x2x32xf32>) -> tensor<2x8x2x128xf32>
    %816 = "stablehlo.constant"() { value = dense<0.1767766922712326> : tensor<f32> } : () -> tensor<f32>
    %817 = "stablehlo.broadcast_in_dim"(%816) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x8x2x128xf32>
    %818 = "stablehlo.multiply"(%815, %817) : (tensor<2x8x2x128xf32>, tensor<2x8x2x128xf32>) -> tensor<2x8x2x128xf32>
    %819 = "stablehlo.broadcast_in_dim"(%143) { broadcast_dimensions = array<i64: 1, 3> } : (tensor<8x128xi1>) -> tensor<2x8x2x128xi1>
    %820 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %821 = "stablehlo.broadcast_in_dim"(%820) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x8x2x128xf32>
    %822 = "stablehlo.select"(%819, %818, %821) : (tensor<2x8x2x128xi1>, tensor<2x8x2x128xf32>, tensor<2x8x2x128xf32>) -> tensor<2x8x2x128xf32>
    %823 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %825 = "stablehlo.reduce"(%822, %823) ({
      ^reductionFn(%arg165: tensor<f32>, %arg166: tensor<f32>) :
          %824 = "stablehlo.maximum"(%arg165, %arg166) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%824) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x8x2x128xf32>, tensor<f32>) -> tensor<2x8x2xf32>
    %826 = "stablehlo.broadcast_in_dim"(%825) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x8x2xf32>) -> tensor<2x8x2x128xf32>
    %827 = "stablehlo.subtract"(%822, %826) : (tensor<2x8x2x128xf32>, tensor<2x8x2x128xf32>) -> tensor<2x8x2x128xf32>
    %828 = "stablehlo.exponential"(%827) : (tensor<2x8x2x128xf32>) -> tensor<2x8x2x128xf32>
    %829 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %831 = "stablehlo.reduce"(%828, %829) ({
      ^reductionFn(%arg167: tensor<f32>, %arg168: tensor<f32>) :
          %830 = "stablehlo.add"(%arg167, %arg168) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%830) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x8x2x128xf32>, tensor<f32>) -> tensor<2x8x2xf32>
    %832 = "stablehlo.broadcast_in_dim"(%831) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x8x2xf32>) -> tensor<2x8x2x128xf32>
    %833 = "stablehlo.divide"(%828, %832) : (tensor<2x8x2x128xf32>, tensor<2x8x2x128xf32>) -> tensor<2x8x2x128xf32>
    %834 = "stablehlo.dot_general"(%833, %814) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0],
  rhs_batching_dimensions = [1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [0]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<2x8x2x128xf32>, tensor<128x2x32xf32>) -> tensor<2x8x2x32xf32>
    %835 = "stablehlo.transpose"(%834) { permutation = array<i64: 1, 0, 2, 3> } : (tensor<2x8x2x32xf32>) -> tensor<8x2x2x32xf32>
    %836 = "stablehlo.reshape"(%835) : (tensor<8x2x2x32xf32>) -> tensor<8x128xf32>
    %837 = "stablehlo.convert"(%arg46) : (tensor<64x128xbf16>) -> tensor<64x128xf32>
    %838 = "stablehlo.dot_general"(%836, %837) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<8x128xf32>, tensor<64x128xf32>) -> tensor<8x64xf32>
    %839 = "stablehlo.reshape"(%838) : (tensor<8x64xf32>) -> tensor<8x64xf32>
    %840 = "stablehlo.multiply"(%839, %839) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %841 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %843 = "stablehlo.reduce"(%840, %841) ({
      ^reductionFn(%arg169: tensor<f32>, %arg170: tensor<f32>) :
          %842 = "stablehlo.add"(%arg169, %arg170) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%842) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %844 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %845 = "stablehlo.broadcast_in_dim"(%844) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8xf32>
    %846 = "stablehlo.multiply"(%843, %845) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %847 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %848 = "stablehlo.broadcast_in_dim"(%847) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8xf32>
    %849 = "stablehlo.add"(%846, %848) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %850 = "stablehlo.rsqrt"(%849) : (tensor<8xf32>) -> tensor<8xf32>
    %851 = "stablehlo.convert"(%arg47) : (tensor<64xbf16>) -> tensor<64xf32>
    %852 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %853 = "stablehlo.broadcast_in_dim"(%852) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %854 = "stablehlo.add"(%851, %853) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %855 = "stablehlo.broadcast_in_dim"(%850) { broadcast_dimensions = array<i64: 0> } : (tensor<8xf32>) -> tensor<8x64xf32>
    %856 = "stablehlo.multiply"(%839, %855) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %857 = "stablehlo.broadcast_in_dim"(%854) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<8x64xf32>
    %858 = "stablehlo.multiply"(%856, %857) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %859 = "stablehlo.reshape"(%858) : (tensor<8x64xf32>) -> tensor<8x64xf32>
    %860 = "stablehlo.add"(%702, %859) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %861 = "stablehlo.reshape"(%860) : (tensor<8x64xf32>) -> tensor<8x64xf32>
    %862 = "stablehlo.multiply"(%861, %861) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %863 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %865 = "stablehlo.reduce"(%862, %863) ({
      ^reductionFn(%arg171: tensor<f32>, %arg172: tensor<f32>) :
          %864 = "stablehlo.add"(%arg171, %arg172) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%864) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %866 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %867 = "stablehlo.broadcast_in_dim"(%866) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8xf32>
    %868 = "stablehlo.multiply"(%865, %867) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %869 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %870 = "stablehlo.broadcast_in_dim"(%869) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8xf32>
    %871 = "stablehlo.add"(%868, %870) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %872 = "stablehlo.rsqrt"(%871) : (tensor<8xf32>) -> tensor<8xf32>
    %873 = "stablehlo.convert"(%arg48) : (tensor<64xbf16>) -> tensor<64xf32>
    %874 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %875 = "stablehlo.broadcast_in_dim"(%874) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %876 = "stablehlo.add"(%873, %875) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %877 = "stablehlo.broadcast_in_dim"(%872) { broadcast_dimensions = array<i64: 0> } : (tensor<8xf32>) -> tensor<8x64xf32>
    %878 = "stablehlo.multiply"(%861, %877) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %879 = "stablehlo.broadcast_in_dim"(%876) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<8x64xf32>
    %880 = "stablehlo.multiply"(%878, %879) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %881 = "stablehlo.reshape"(%880) : (tensor<8x64xf32>) -> tensor<8x64xf32>
    %882 = "stablehlo.convert"(%arg49) : (tensor<128x64xbf16>) -> tensor<128x64xf32>
    %883 = "stablehlo.dot_general"(%881, %882) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<8x64xf32>, tensor<128x64xf32>) -> tensor<8x128xf32>
    %884 = "stablehlo.convert"(%arg50) : (tensor<128x64xbf16>) -> tensor<128x64xf32>
    %885 = "stablehlo.dot_general"(%881, %884) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<8x64xf32>, tensor<128x64xf32>) -> tensor<8x128xf32>
    %886 = "stablehlo.multiply"(%883, %883) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %887 = "stablehlo.multiply"(%886, %883) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %888 = "stablehlo.constant"() { value = dense<0.044714998453855515> : tensor<f32> } : () -> tensor<f32>
    %889 = "stablehlo.broadcast_in_dim"(%888) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8x128xf32>
    %890 = "stablehlo.multiply"(%887, %889) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %891 = "stablehlo.add"(%883, %890) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %892 = "stablehlo.constant"() { value = dense<0.7978845834732056> : tensor<f32> } : () -> tensor<f32>
    %893 = "stablehlo.broadcast_in_dim"(%892) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8x128xf32>
    %894 = "stablehlo.multiply"(%891, %893) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %895 = "stablehlo.constant"() { value = dense<0.5> : tensor<f32> } : () -> tensor<f32>
    %896 = "stablehlo.broadcast_in_dim"(%895) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8x128xf32>
    %897 = "stablehlo.multiply"(%883, %896) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %898 = "stablehlo.tanh"(%894) : (tensor<8x128xf32>) -> tensor<8x128xf32>
    %899 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %900 = "stablehlo.broadcast_in_dim"(%899) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8x128xf32>
    %901 = "stablehlo.add"(%898, %900) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %902 = "stablehlo.multiply"(%897, %901) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %903 = "stablehlo.multiply"(%902, %885) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %904 = "stablehlo.convert"(%arg51) : (tensor<64x128xbf16>) -> tensor<64x128xf32>
    %905 = "stablehlo.dot_general"(%903, %904) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<8x128xf32>, tensor<64x128xf32>) -> tensor<8x64xf32>
    %906 = "stablehlo.reshape"(%905) : (tensor<8x64xf32>) -> tensor<8x64xf32>
    %907 = "stablehlo.multiply"(%906, %906) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %908 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %910 = "stablehlo.reduce"(%907, %908) ({
      ^reductionFn(%arg173: tensor<f32>, %arg174: tensor<f32>) :
          %909 = "stablehlo.add"(%arg173, %arg174) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%909) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %911 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %912 = "stablehlo.broadcast_in_dim"(%911) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8xf32>
    %913 = "stablehlo.multiply"(%910, %912) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %914 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %915 = "stablehlo.broadcast_in_dim"(%914) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8xf32>
    %916 = "stablehlo.add"(%913, %915) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %917 = "stablehlo.rsqrt"(%916) : (tensor<8xf32>) -> tensor<8xf32>
    %918 = "stablehlo.convert"(%arg52) : (tensor<64xbf16>) -> tensor<64xf32>
    %919 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %920 = "stablehlo.broadcast_in_dim"(%919) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %921 = "stablehlo.add"(%918, %920) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %922 = "stablehlo.broadcast_in_dim"(%917) { broadcast_dimensions = array<i64: 0> } : (tensor<8xf32>) -> tensor<8x64xf32>
    %923 = "stablehlo.multiply"(%906, %922) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %924 = "stablehlo.broadcast_in_dim"(%921) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<8x64xf32>
    %925 = "stablehlo.multiply"(%923, %924) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %926 = "stablehlo.reshape"(%925) : (tensor<8x64xf32>) -> tensor<8x64xf32>
    %927 = "stablehlo.add"(%860, %926) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %928 = "stablehlo.reshape"(%927) : (tensor<8x64xf32>) -> tensor<8x64xf32>
    %929 = "stablehlo.multiply"(%928, %928) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %930 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %932 = "stablehlo.reduce"(%929, %930) ({
      ^reductionFn(%arg175: tensor<f32>, %arg176: tensor<f32>) :
          %931 = "stablehlo.add"(%arg175, %arg176) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%931) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %933 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %934 = "stablehlo.broadcast_in_dim"(%933) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8xf32>
    %935 = "stablehlo.multiply"(%932, %934) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %936 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %937 = "stablehlo.broadcast_in_dim"(%936) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8xf32>
    %938 = "stablehlo.add"(%935, %937) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %939 = "stablehlo.rsqrt"(%938) : (tensor<8xf32>) -> tensor<8xf32>
    %940 = "stablehlo.convert"(%arg53) : (tensor<64xbf16>) -> tensor<64xf32>
    %941 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %942 = "stablehlo.broadcast_in_dim"(%941) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %943 = "stablehlo.add"(%940, %942) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %944 = "stablehlo.broadcast_in_dim"(%939) { broadcast_dimensions = array<i64: 0> } : (tensor<8xf32>) -> tensor<8x64xf32>
    %945 = "stablehlo.multiply"(%928, %944) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %946 = "stablehlo.broadcast_in_dim"(%943) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<8x64xf32>
    %947 = "stablehlo.multiply"(%945, %946) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %948 = "stablehlo.reshape"(%947) : (tensor<8x64xf32>) -> tensor<8x64xf32>
    %949 = "stablehlo.convert"(%arg54) : (tensor<128x64xbf16>) -> tensor<128x64xf32>
    %950 = "stablehlo.dot_general"(%948, %949) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<8x64xf32>, tensor<128x64xf32>) -> tensor<8x128xf32>
    %951 = "stablehlo.convert"(%arg55) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %952 = "stablehlo.dot_general"(%948, %951) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32>
    %953 = "stablehlo.convert"(%arg56) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %954 = "stablehlo.dot_general"(%948, %953) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32>
    %955 = "stablehlo.reshape"(%950) : (tensor<8x128xf32>) -> tensor<32x32xf32>
    %956 = "stablehlo.multiply"(%955, %955) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %957 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %959 = "stablehlo.reduce"(%956, %957) ({
      ^reductionFn(%arg177: tensor<f32>, %arg178: tensor<f32>) :
          %958 = "stablehlo.add"(%arg177, %arg178) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%958) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<32x32xf32>, tensor<f32>) -> tensor<32xf32>
    %960 = "stablehlo.constant"() { value = dense<0.03125> : tensor<f32> } : () -> tensor<f32>
    %961 = "stablehlo.broadcast_in_dim"(%960) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<32xf32>
    %962 = "stablehlo.multiply"(%959, %961) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %963 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %964 = "stablehlo.broadcast_in_dim"(%963) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<32xf32>
    %965 = "stablehlo.add"(%962, %964) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %966 = "stablehlo.rsqrt"(%965) : (tensor<32xf32>) -> tensor<32xf32>
    %967 = "stablehlo.convert"(%arg57) : (tensor<32xbf16>) -> tensor<32xf32>
    %968 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %969 = "stablehlo.broadcast_in_dim"(%968) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<32xf32>
    %970 = "stablehlo.add"(%967, %969) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %971 = "stablehlo.broadcast_in_dim"(%966) { broadcast_dimensions = array<i64: 0> } : (tensor<32xf32>) -> tensor<32x32xf32>
    %972 = "stablehlo.multiply"(%955, %971) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %973 = "stablehlo.broadcast_in_dim"(%970) { broadcast_dimensions = array<i64: 1> } : (tensor<32xf32>) -> tensor<32x32xf32>
    %974 = "stablehlo.multiply"(%972, %973) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %975 = "stablehlo.reshape"(%974) : (tensor<32x32xf32>) -> tensor<8x128xf32>
    %976 = "stablehlo.reshape"(%952) : (tensor<8x64xf32>) -> tensor<16x32xf32>
    %977 = "stablehlo.multiply"(%976, %976) : (tensor<16x32xf32>, tensor<16x32xf32>) -> tensor<16x32xf32>
    %978 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %980 = "stablehlo.reduce"(%977, %978) ({
      ^reductionFn(%arg179: tensor<f32>, %arg180: tensor<f32>) :
          %979 = "stablehlo.add"(%arg179, %arg180) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%979) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<16x32xf32>, tensor<f32>) -> tensor<16xf32>
    %981 = "stablehlo.constant"() { value = dense<0.03125> : tensor<f32> } : () -> tensor<f32>
    %982 = "stablehlo.broadcast_in_dim"(%981) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<16xf32>
    %983 = "stablehlo.multiply"(%980, %982) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %984 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %985 = "stablehlo.broadcast_in_dim"(%984) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<16xf32>
    %986 = "stablehlo.add"(%983, %985) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %987 = "stablehlo.rsqrt"(%986) : (tensor<16xf32>) -> tensor<16xf32>
    %988 = "stablehlo.convert"(%arg58) : (tensor<32xbf16>) -> tensor<32xf32>
    %989 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %990 = "stablehlo.broadcast_in_dim"(%989) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<32xf32>
    %991 = "stablehlo.add"(%988, %990) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %992 = "stablehlo.broadcast_in_dim"(%987) { broadcast_dimensions = array<i64: 0> } : (tensor<16xf32>) -> tensor<16x32xf32>
    %993 = "stablehlo.multiply"(%976, %992) : (tensor<16x32xf32>, tensor<16x32xf32>) -> tensor<16x32xf32>
    %994 = "stablehlo.broadcast_in_dim"(%991) { broadcast_dimensions = array<i64: 1> } : (tensor<32xf32>) -> tensor<16x32xf32>
    %995 = "stablehlo.multiply"(%993, %994) : (tensor<16x32xf32>, tensor<16x32xf32>) -> tensor<16x32xf32>
    %996 = "stablehlo.reshape"(%995) : (tensor<16x32xf32>) -> tensor<8x64xf32>
    %997 = "stablehlo.reshape"(%1) : (tensor<8xi32>) -> tensor<8x1xi32>
    %998 = "stablehlo.gather"(%arg80, %997) {
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
    %999 = "stablehlo.slice"(%998) {
      limit_indices = array<i64: 8, 16>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<8x32xf32>) -> tensor<8x16xf32>
    %1000 = "stablehlo.broadcast_in_dim"(%999) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<8x16xf32>) -> tensor<8x4x16xf32>
    %1001 = "stablehlo.slice"(%998) {
      limit_indices = array<i64: 8, 32>,
      start_indices = array<i64: 0, 16>,
      strides = array<i64: 1, 1>
    } : (tensor<8x32xf32>) -> tensor<8x16xf32>
    %1002 = "stablehlo.broadcast_in_dim"(%1001) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<8x16xf32>) -> tensor<8x4x16xf32>
    %1003 = "stablehlo.reshape"(%975) : (tensor<8x128xf32>) -> tensor<8x4x32xf32>
    %1004 = "stablehlo.slice"(%1003) {
      limit_indices = array<i64: 8, 4, 16>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<8x4x32xf32>) -> tensor<8x4x16xf32>
    %1005 = "stablehlo.slice"(%1003) {
      limit_indices = array<i64: 8, 4, 32>,
      start_indices = array<i64: 0, 0, 16>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<8x4x32xf32>) -> tensor<8x4x16xf32>
    %1006 = "stablehlo.multiply"(%1004, %1000) : (tensor<8x4x16xf32>, tensor<8x4x16xf32>) -> tensor<8x4x16xf32>
    %1007 = "stablehlo.multiply"(%1005, %1002) : (tensor<8x4x16xf32>, tensor<8x4x16xf32>) -> tensor<8x4x16xf32>
    %1008 = "stablehlo.subtract"(%1006, %1007) : (tensor<8x4x16xf32>, tensor<8x4x16xf32>) -> tensor<8x4x16xf32>
    %1009 = "stablehlo.multiply"(%1005, %1000) : (tensor<8x4x16xf32>, tensor<8x4x16xf32>) -> tensor<8x4x16xf32>
    %1010 = "stablehlo.multiply"(%1004, %1002) : (tensor<8x4x16xf32>, tensor<8x4x16xf32>) -> tensor<8x4x16xf32>
    %1011 = "stablehlo.add"(%1009, %1010) : (tensor<8x4x16xf32>, tensor<8x4x16xf32>) -> tensor<8x4x16xf32>
    %1012 = "stablehlo.concatenate"(%1008, %1011) { dimension = 2 : i64 } : (tensor<8x4x16xf32>, tensor<8x4x16xf32>) -> tensor<8x4x32xf32>
    %1013 = "stablehlo.reshape"(%1012) : (tensor<8x4x32xf32>) -> tensor<8x128xf32>
    %1014 = "stablehlo.reshape"(%1) : (tensor<8xi32>) -> tensor<8x1xi32>
    %1015 = "stablehlo.gather"(%arg80, %1014) {
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
    %1016 = "stablehlo.slice"(%1015) {
      limit_indices = array<i64: 8, 16>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<8x32xf32>) -> tensor<8x16xf32>
    %1017 = "stablehlo.broadcast_in_dim"(%1016) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<8x16xf32>) -> tensor<8x2x16xf32>
    %1018 = "stablehlo.slice"(%1015) {
      limit_indices = array<i64: 8, 32>,
      start_indices = array<i64: 0, 16>,
      strides = array<i64: 1, 1>
    } : (tensor<8x32xf32>) -> tensor<8x16xf32>
    %1019 = "stablehlo.broadcast_in_dim"(%1018) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<8x16xf32>) -> tensor<8x2x16xf32>
    %1020 = "stablehlo.reshape"(%996) : (tensor<8x64xf32>) -> tensor<8x2x32xf32>
    %1021 = "stablehlo.slice"(%1020) {
      limit_indices = array<i64: 8, 2, 16>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<8x2x32xf32>) -> tensor<8x2x16xf32>
    %1022 = "stablehlo.slice"(%1020) {
      limit_indices = array<i64: 8, 2, 32>,
      start_indices = array<i64: 0, 0, 16>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<8x2x32xf32>) -> tensor<8x2x16xf32>
    %1023 = "stablehlo.multiply"(%1021, %1017) : (tensor<8x2x16xf32>, tensor<8x2x16xf32>) -> tensor<8x2x16xf32>
    %1024 = "stablehlo.multiply"(%1022, %1019) : (tensor<8x2x16xf32>, tensor<8x2x16xf32>) -> tensor<8x2x16xf32>
    %1025 = "stablehlo.subtract"(%1023, %1024) : (tensor<8x2x16xf32>, tensor<8x2x16xf32>) -> tensor<8x2x16xf32>
    %1026 = "stablehlo.multiply"(%1022, %1017) : (tensor<8x2x16xf32>, tensor<8x2x16xf32>) -> tensor<8x2x16xf32>
    %1027 = "stablehlo.multiply"(%1021, %1019) : (tensor<8x2x16xf32>, tensor<8x2x16xf32>) -> tensor<8x2x16xf32>
    %1028 = "stablehlo.add"(%1026, %1027) : (tensor<8x2x16xf32>, tensor<8x2x16xf32>) -> tensor<8x2x16xf32>
    %1029 = "stablehlo.concatenate"(%1025, %1028) { dimension = 2 : i64 } : (tensor<8x2x16xf32>, tensor<8x2x16xf32>) -> tensor<8x2x32xf32>
    %1030 = "stablehlo.reshape"(%1029) : (tensor<8x2x32xf32>) -> tensor<8x64xf32>
    %1031 = "stablehlo.convert"(%1030) : (tensor<8x64xf32>) -> tensor<8x64xbf16>
    %1032 = "stablehlo.scatter"(%arg90, %8, %1031) ({
      ^updateFn(%arg181: tensor<bf16>, %arg182: tensor<bf16>) :
          "stablehlo.return"(%arg182) : (tensor<bf16>) -> ()
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
    } : (tensor<4x32x64xbf16>, tensor<8x2xi32>, tensor<8x64xbf16>) -> tensor<4x32x64xbf16>
    %1033 = "stablehlo.convert"(%954) : (tensor<8x64xf32>) -> tensor<8x64xbf16>
    %1034 = "stablehlo.scatter"(%arg91, %8, %1033) ({
      ^updateFn(%arg183: tensor<bf16>, %arg184: tensor<bf16>) :
          "stablehlo.return"(%arg184) : (tensor<bf16>) -> ()
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
    } : (tensor<4x32x64xbf16>, tensor<8x2xi32>, tensor<8x64xbf16>) -> tensor<4x32x64xbf16>
    %1035 = "stablehlo.reshape"(%1013) : (tensor<8x128xf32>) -> tensor<8x2x2x32xf32>
    %1036 = "stablehlo.convert"(%1032) : (tensor<4x32x64xbf16>) -> tensor<4x32x64xf32>
    %1037 = "stablehlo.reshape"(%1036) : (tensor<4x32x64xf32>) -> tensor<128x2x32xf32>
    %1038 = "stablehlo.convert"(%1034) : (tensor<4x32x64xbf16>) -> tensor<4x32x64xf32>
    %1039 = "stablehlo.reshape"(%1038) : (tensor<4x32x64xf32>) -> tensor<128x2x32xf32>
    %1040 = "stablehlo.dot_general"(%1035, %1037) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [1],
  rhs_batching_dimensions = [1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [2]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<8x2x2x32xf32>, tensor<128x2x32xf32>) -> tensor<2x8x2x128xf32>
    %1041 = "stablehlo.constant"() { value = dense<0.1767766922712326> : tensor<f32> } : () -> tensor<f32>
    %1042 = "stablehlo.broadcast_in_dim"(%1041) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x8x2x128xf32>
    %1043 = "stablehlo.multiply"(%1040, %1042) : (tensor<2x8x2x128xf32>, tensor<2x8x2x128xf32>) -> tensor<2x8x2x128xf32>
    %1044 = "stablehlo.broadcast_in_dim"(%143) { broadcast_dimensions = array<i64: 1, 3> } : (tensor<8x128xi1>) -> tensor<2x8x2x128xi1>
    %1045 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %1046 = "stablehlo.broadcast_in_dim"(%1045) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x8x2x128xf32>
    %1047 = "stablehlo.select"(%1044, %1043, %1046) : (tensor<2x8x2x128xi1>, tensor<2x8x2x128xf32>, tensor<2x8x2x128xf32>) -> tensor<2x8x2x128xf32>
    %1048 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %1050 = "stablehlo.reduce"(%1047, %1048) ({
      ^reductionFn(%arg185: tensor<f32>, %arg186: tensor<f32>) :
          %1049 = "stablehlo.maximum"(%arg185, %arg186) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1049) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x8x2x128xf32>, tensor<f32>) -> tensor<2x8x2xf32>
    %1051 = "stablehlo.broadcast_in_dim"(%1050) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x8x2xf32>) -> tensor<2x8x2x128xf32>
    %1052 = "stablehlo.subtract"(%1047, %1051) : (tensor<2x8x2x128xf32>, tensor<2x8x2x128xf32>) -> tensor<2x8x2x128xf32>
    %1053 = "stablehlo.exponential"(%1052) : (tensor<2x8x2x128xf32>) -> tensor<2x8x2x128xf32>
    %1054 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %1056 = "stablehlo.reduce"(%1053, %1054) ({
      ^reductionFn(%arg187: tensor<f32>, %arg188: tensor<f32>) :
          %1055 = "stablehlo.add"(%arg187, %arg188) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1055) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x8x2x128xf32>, tensor<f32>) -> tensor<2x8x2xf32>
    %1057 = "stablehlo.broadcast_in_dim"(%1056) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x8x2xf32>) -> tensor<2x8x2x128xf32>
    %1058 = "stablehlo.divide"(%1053, %1057) : (tensor<2x8x2x128xf32>, tensor<2x8x2x128xf32>) -> tensor<2x8x2x128xf32>
    %1059 = "stablehlo.dot_general"(%1058, %1039) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0],
  rhs_batching_dimensions = [1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [0]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<2x8x2x128xf32>, tensor<128x2x32xf32>) -> tensor<2x8x2x32xf32>
    %1060 = "stablehlo.transpose"(%1059) { permutation = array<i64: 1, 0, 2, 3> } : (tensor<2x8x2x32xf32>) -> tensor<8x2x2x32xf32>
    %1061 = "stablehlo.reshape"(%1060) : (tensor<8x2x2x32xf32>) -> tensor<8x128xf32>
    %1062 = "stablehlo.convert"(%arg59) : (tensor<64x128xbf16>) -> tensor<64x128xf32>
    %1063 = "stablehlo.dot_general"(%1061, %1062) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<8x128xf32>, tensor<64x128xf32>) -> tensor<8x64xf32>
    %1064 = "stablehlo.reshape"(%1063) : (tensor<8x64xf32>) -> tensor<8x64xf32>
    %1065 = "stablehlo.multiply"(%1064, %1064) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %1066 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %1068 = "stablehlo.reduce"(%1065, %1066) ({
      ^reductionFn(%arg189: tensor<f32>, %arg190: tensor<f32>) :
          %1067 = "stablehlo.add"(%arg189, %arg190) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1067) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %1069 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %1070 = "stablehlo.broadcast_in_dim"(%1069) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8xf32>
    %1071 = "stablehlo.multiply"(%1068, %1070) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %1072 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %1073 = "stablehlo.broadcast_in_dim"(%1072) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8xf32>
    %1074 = "stablehlo.add"(%1071, %1073) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %1075 = "stablehlo.rsqrt"(%1074) : (tensor<8xf32>) -> tensor<8xf32>
    %1076 = "stablehlo.convert"(%arg60) : (tensor<64xbf16>) -> tensor<64xf32>
    %1077 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %1078 = "stablehlo.broadcast_in_dim"(%1077) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %1079 = "stablehlo.add"(%1076, %1078) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1080 = "stablehlo.broadcast_in_dim"(%1075) { broadcast_dimensions = array<i64: 0> } : (tensor<8xf32>) -> tensor<8x64xf32>
    %1081 = "stablehlo.multiply"(%1064, %1080) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %1082 = "stablehlo.broadcast_in_dim"(%1079) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<8x64xf32>
    %1083 = "stablehlo.multiply"(%1081, %1082) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %1084 = "stablehlo.reshape"(%1083) : (tensor<8x64xf32>) -> tensor<8x64xf32>
    %1085 = "stablehlo.add"(%927, %1084) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %1086 = "stablehlo.reshape"(%1085) : (tensor<8x64xf32>) -> tensor<8x64xf32>
    %1087 = "stablehlo.multiply"(%1086, %1086) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %1088 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %1090 = "stablehlo.reduce"(%1087, %1088) ({
      ^reductionFn(%arg191: tensor<f32>, %arg192: tensor<f32>) :
          %1089 = "stablehlo.add"(%arg191, %arg192) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1089) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %1091 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %1092 = "stablehlo.broadcast_in_dim"(%1091) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8xf32>
    %1093 = "stablehlo.multiply"(%1090, %1092) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %1094 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %1095 = "stablehlo.broadcast_in_dim"(%1094) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8xf32>
    %1096 = "stablehlo.add"(%1093, %1095) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %1097 = "stablehlo.rsqrt"(%1096) : (tensor<8xf32>) -> tensor<8xf32>
    %1098 = "stablehlo.convert"(%arg61) : (tensor<64xbf16>) -> tensor<64xf32>
    %1099 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %1100 = "stablehlo.broadcast_in_dim"(%1099) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %1101 = "stablehlo.add"(%1098, %1100) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1102 = "stablehlo.broadcast_in_dim"(%1097) { broadcast_dimensions = array<i64: 0> } : (tensor<8xf32>) -> tensor<8x64xf32>
    %1103 = "stablehlo.multiply"(%1086, %1102) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %1104 = "stablehlo.broadcast_in_dim"(%1101) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<8x64xf32>
    %1105 = "stablehlo.multiply"(%1103, %1104) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %1106 = "stablehlo.reshape"(%1105) : (tensor<8x64xf32>) -> tensor<8x64xf32>
    %1107 = "stablehlo.convert"(%arg62) : (tensor<128x64xbf16>) -> tensor<128x64xf32>
    %1108 = "stablehlo.dot_general"(%1106, %1107) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<8x64xf32>, tensor<128x64xf32>) -> tensor<8x128xf32>
    %1109 = "stablehlo.convert"(%arg63) : (tensor<128x64xbf16>) -> tensor<128x64xf32>
    %1110 = "stablehlo.dot_general"(%1106, %1109) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<8x64xf32>, tensor<128x64xf32>) -> tensor<8x128xf32>
    %1111 = "stablehlo.multiply"(%1108, %1108) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %1112 = "stablehlo.multiply"(%1111, %1108) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %1113 = "stablehlo.constant"() { value = dense<0.044714998453855515> : tensor<f32> } : () -> tensor<f32>
    %1114 = "stablehlo.broadcast_in_dim"(%1113) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8x128xf32>
    %1115 = "stablehlo.multiply"(%1112, %1114) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %1116 = "stablehlo.add"(%1108, %1115) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %1117 = "stablehlo.constant"() { value = dense<0.7978845834732056> : tensor<f32> } : () -> tensor<f32>
    %1118 = "stablehlo.broadcast_in_dim"(%1117) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8x128xf32>
    %1119 = "stablehlo.multiply"(%1116, %1118) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %1120 = "stablehlo.constant"() { value = dense<0.5> : tensor<f32> } : () -> tensor<f32>
    %1121 = "stablehlo.broadcast_in_dim"(%1120) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8x128xf32>
    %1122 = "stablehlo.multiply"(%1108, %1121) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %1123 = "stablehlo.tanh"(%1119) : (tensor<8x128xf32>) -> tensor<8x128xf32>
    %1124 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %1125 = "stablehlo.broadcast_in_dim"(%1124) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8x128xf32>
    %1126 = "stablehlo.add"(%1123, %1125) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %1127 = "stablehlo.multiply"(%1122, %1126) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %1128 = "stablehlo.multiply"(%1127, %1110) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %1129 = "stablehlo.convert"(%arg64) : (tensor<64x128xbf16>) -> tensor<64x128xf32>
    %1130 = "stablehlo.dot_general"(%1128, %1129) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<8x128xf32>, tensor<64x128xf32>) -> tensor<8x64xf32>
    %1131 = "stablehlo.reshape"(%1130) : (tensor<8x64xf32>) -> tensor<8x64xf32>
    %1132 = "stablehlo.multiply"(%1131, %1131) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %1133 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %1135 = "stablehlo.reduce"(%1132, %1133) ({
      ^reductionFn(%arg193: tensor<f32>, %arg194: tensor<f32>) :
          %1134 = "stablehlo.add"(%arg193, %arg194) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1134) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %1136 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %1137 = "stablehlo.broadcast_in_dim"(%1136) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8xf32>
    %1138 = "stablehlo.multiply"(%1135, %1137) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %1139 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %1140 = "stablehlo.broadcast_in_dim"(%1139) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8xf32>
    %1141 = "stablehlo.add"(%1138, %1140) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %1142 = "stablehlo.rsqrt"(%1141) : (tensor<8xf32>) -> tensor<8xf32>
    %1143 = "stablehlo.convert"(%arg65) : (tensor<64xbf16>) -> tensor<64xf32>
    %1144 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %1145 = "stablehlo.broadcast_in_dim"(%1144) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %1146 = "stablehlo.add"(%1143, %1145) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1147 = "stablehlo.broadcast_in_dim"(%1142) { broadcast_dimensions = array<i64: 0> } : (tensor<8xf32>) -> tensor<8x64xf32>
    %1148 = "stablehlo.multiply"(%1131, %1147) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %1149 = "stablehlo.broadcast_in_dim"(%1146) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<8x64xf32>
    %1150 = "stablehlo.multiply"(%1148, %1149) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %1151 = "stablehlo.reshape"(%1150) : (tensor<8x64xf32>) -> tensor<8x64xf32>
    %1152 = "stablehlo.add"(%1085, %1151) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %1153 = "stablehlo.reshape"(%1152) : (tensor<8x64xf32>) -> tensor<8x64xf32>
    %1154 = "stablehlo.multiply"(%1153, %1153) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %1155 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %1157 = "stablehlo.reduce"(%1154, %1155) ({
      ^reductionFn(%arg195: tensor<f32>, %arg196: tensor<f32>) :
          %1156 = "stablehlo.add"(%arg195, %arg196) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1156) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %1158 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %1159 = "stablehlo.broadcast_in_dim"(%1158) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8xf32>
    %1160 = "stablehlo.multiply"(%1157, %1159) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %1161 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %1162 = "stablehlo.broadcast_in_dim"(%1161) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8xf32>
    %1163 = "stablehlo.add"(%1160, %1162) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %1164 = "stablehlo.rsqrt"(%1163) : (tensor<8xf32>) -> tensor<8xf32>
    %1165 = "stablehlo.convert"(%arg66) : (tensor<64xbf16>) -> tensor<64xf32>
    %1166 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %1167 = "stablehlo.broadcast_in_dim"(%1166) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %1168 = "stablehlo.add"(%1165, %1167) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1169 = "stablehlo.broadcast_in_dim"(%1164) { broadcast_dimensions = array<i64: 0> } : (tensor<8xf32>) -> tensor<8x64xf32>
    %1170 = "stablehlo.multiply"(%1153, %1169) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %1171 = "stablehlo.broadcast_in_dim"(%1168) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<8x64xf32>
    %1172 = "stablehlo.multiply"(%1170, %1171) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %1173 = "stablehlo.reshape"(%1172) : (tensor<8x64xf32>) -> tensor<8x64xf32>
    %1174 = "stablehlo.convert"(%arg67) : (tensor<128x64xbf16>) -> tensor<128x64xf32>
    %1175 = "stablehlo.dot_general"(%1173, %1174) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<8x64xf32>, tensor<128x64xf32>) -> tensor<8x128xf32>
    %1176 = "stablehlo.convert"(%arg68) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %1177 = "stablehlo.dot_general"(%1173, %1176) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32>
    %1178 = "stablehlo.convert"(%arg69) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %1179 = "stablehlo.dot_general"(%1173, %1178) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32>
    %1180 = "stablehlo.reshape"(%1175) : (tensor<8x128xf32>) -> tensor<32x32xf32>
    %1181 = "stablehlo.multiply"(%1180, %1180) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1182 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %1184 = "stablehlo.reduce"(%1181, %1182) ({
      ^reductionFn(%arg197: tensor<f32>, %arg198: tensor<f32>) :
          %1183 = "stablehlo.add"(%arg197, %arg198) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1183) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<32x32xf32>, tensor<f32>) -> tensor<32xf32>
    %1185 = "stablehlo.constant"() { value = dense<0.03125> : tensor<f32> } : () -> tensor<f32>
    %1186 = "stablehlo.broadcast_in_dim"(%1185) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<32xf32>
    %1187 = "stablehlo.multiply"(%1184, %1186) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1188 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %1189 = "stablehlo.broadcast_in_dim"(%1188) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<32xf32>
    %1190 = "stablehlo.add"(%1187, %1189) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1191 = "stablehlo.rsqrt"(%1190) : (tensor<32xf32>) -> tensor<32xf32>
    %1192 = "stablehlo.convert"(%arg70) : (tensor<32xbf16>) -> tensor<32xf32>
    %1193 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %1194 = "stablehlo.broadcast_in_dim"(%1193) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<32xf32>
    %1195 = "stablehlo.add"(%1192, %1194) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1196 = "stablehlo.broadcast_in_dim"(%1191) { broadcast_dimensions = array<i64: 0> } : (tensor<32xf32>) -> tensor<32x32xf32>
    %1197 = "stablehlo.multiply"(%1180, %1196) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1198 = "stablehlo.broadcast_in_dim"(%1195) { broadcast_dimensions = array<i64: 1> } : (tensor<32xf32>) -> tensor<32x32xf32>
    %1199 = "stablehlo.multiply"(%1197, %1198) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1200 = "stablehlo.reshape"(%1199) : (tensor<32x32xf32>) -> tensor<8x128xf32>
    %1201 = "stablehlo.reshape"(%1177) : (tensor<8x64xf32>) -> tensor<16x32xf32>
    %1202 = "stablehlo.multiply"(%1201, %1201) : (tensor<16x32xf32>, tensor<16x32xf32>) -> tensor<16x32xf32>
    %1203 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %1205 = "stablehlo.reduce"(%1202, %1203) ({
      ^reductionFn(%arg199: tensor<f32>, %arg200: tensor<f32>) :
          %1204 = "stablehlo.add"(%arg199, %arg200) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1204) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<16x32xf32>, tensor<f32>) -> tensor<16xf32>
    %1206 = "stablehlo.constant"() { value = dense<0.03125> : tensor<f32> } : () -> tensor<f32>
    %1207 = "stablehlo.broadcast_in_dim"(%1206) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<16xf32>
    %1208 = "stablehlo.multiply"(%1205, %1207) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %1209 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %1210 = "stablehlo.broadcast_in_dim"(%1209) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<16xf32>
    %1211 = "stablehlo.add"(%1208, %1210) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %1212 = "stablehlo.rsqrt"(%1211) : (tensor<16xf32>) -> tensor<16xf32>
    %1213 = "stablehlo.convert"(%arg71) : (tensor<32xbf16>) -> tensor<32xf32>
    %1214 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %1215 = "stablehlo.broadcast_in_dim"(%1214) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<32xf32>
    %1216 = "stablehlo.add"(%1213, %1215) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1217 = "stablehlo.broadcast_in_dim"(%1212) { broadcast_dimensions = array<i64: 0> } : (tensor<16xf32>) -> tensor<16x32xf32>
    %1218 = "stablehlo.multiply"(%1201, %1217) : (tensor<16x32xf32>, tensor<16x32xf32>) -> tensor<16x32xf32>
    %1219 = "stablehlo.broadcast_in_dim"(%1216) { broadcast_dimensions = array<i64: 1> } : (tensor<32xf32>) -> tensor<16x32xf32>
    %1220 = "stablehlo.multiply"(%1218, %1219) : (tensor<16x32xf32>, tensor<16x32xf32>) -> tensor<16x32xf32>
    %1221 = "stablehlo.reshape"(%1220) : (tensor<16x32xf32>) -> tensor<8x64xf32>
    %1222 = "stablehlo.reshape"(%1) : (tensor<8xi32>) -> tensor<8x1xi32>
    %1223 = "stablehlo.gather"(%arg81, %1222) {
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
    %1224 = "stablehlo.slice"(%1223) {
      limit_indices = array<i64: 8, 16>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<8x32xf32>) -> tensor<8x16xf32>
    %1225 = "stablehlo.broadcast_in_dim"(%1224) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<8x16xf32>) -> tensor<8x4x16xf32>
    %1226 = "stablehlo.slice"(%1223) {
      limit_indices = array<i64: 8, 32>,
      start_indices = array<i64: 0, 16>,
      strides = array<i64: 1, 1>
    } : (tensor<8x32xf32>) -> tensor<8x16xf32>
    %1227 = "stablehlo.broadcast_in_dim"(%1226) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<8x16xf32>) -> tensor<8x4x16xf32>
    %1228 = "stablehlo.reshape"(%1200) : (tensor<8x128xf32>) -> tensor<8x4x32xf32>
    %1229 = "stablehlo.slice"(%1228) {
      limit_indices = array<i64: 8, 4, 16>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<8x4x32xf32>) -> tensor<8x4x16xf32>
    %1230 = "stablehlo.slice"(%1228) {
      limit_indices = array<i64: 8, 4, 32>,
      start_indices = array<i64: 0, 0, 16>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<8x4x32xf32>) -> tensor<8x4x16xf32>
    %1231 = "stablehlo.multiply"(%1229, %1225) : (tensor<8x4x16xf32>, tensor<8x4x16xf32>) -> tensor<8x4x16xf32>
    %1232 = "stablehlo.multiply"(%1230, %1227) : (tensor<8x4x16xf32>, tensor<8x4x16xf32>) -> tensor<8x4x16xf32>
    %1233 = "stablehlo.subtract"(%1231, %1232) : (tensor<8x4x16xf32>, tensor<8x4x16xf32>) -> tensor<8x4x16xf32>
    %1234 = "stablehlo.multiply"(%1230, %1225) : (tensor<8x4x16xf32>, tensor<8x4x16xf32>) -> tensor<8x4x16xf32>
    %1235 = "stablehlo.multiply"(%1229, %1227) : (tensor<8x4x16xf32>, tensor<8x4x16xf32>) -> tensor<8x4x16xf32>
    %1236 = "stablehlo.add"(%1234, %1235) : (tensor<8x4x16xf32>, tensor<8x4x16xf32>) -> tensor<8x4x16xf32>
    %1237 = "stablehlo.concatenate"(%1233, %1236) { dimension = 2 : i64 } : (tensor<8x4x16xf32>, tensor<8x4x16xf32>) -> tensor<8x4x32xf32>
    %1238 = "stablehlo.reshape"(%1237) : (tensor<8x4x32xf32>) -> tensor<8x128xf32>
    %1239 = "stablehlo.reshape"(%1) : (tensor<8xi32>) -> tensor<8x1xi32>
    %1240 = "stablehlo.gather"(%arg81, %1239) {
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
    %1241 = "stablehlo.slice"(%1240) {
      limit_indices = array<i64: 8, 16>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<8x32xf32>) -> tensor<8x16xf32>
    %1242 = "stablehlo.broadcast_in_dim"(%1241) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<8x16xf32>) -> tensor<8x2x16xf32>
    %1243 = "stablehlo.slice"(%1240) {
      limit_indices = array<i64: 8, 32>,
      start_indices = array<i64: 0, 16>,
      strides = array<i64: 1, 1>
    } : (tensor<8x32xf32>) -> tensor<8x16xf32>
    %1244 = "stablehlo.broadcast_in_dim"(%1243) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<8x16xf32>) -> tensor<8x2x16xf32>
    %1245 = "stablehlo.reshape"(%1221) : (tensor<8x64xf32>) -> tensor<8x2x32xf32>
    %1246 = "stablehlo.slice"(%1245) {
      limit_indices = array<i64: 8, 2, 16>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<8x2x32xf32>) -> tensor<8x2x16xf32>
    %1247 = "stablehlo.slice"(%1245) {
      limit_indices = array<i64: 8, 2, 32>,
      start_indices = array<i64: 0, 0, 16>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<8x2x32xf32>) -> tensor<8x2x16xf32>
    %1248 = "stablehlo.multiply"(%1246, %1242) : (tensor<8x2x16xf32>, tensor<8x2x16xf32>) -> tensor<8x2x16xf32>
    %1249 = "stablehlo.multiply"(%1247, %1244) : (tensor<8x2x16xf32>, tensor<8x2x16xf32>) -> tensor<8x2x16xf32>
    %1250 = "stablehlo.subtract"(%1248, %1249) : (tensor<8x2x16xf32>, tensor<8x2x16xf32>) -> tensor<8x2x16xf32>
    %1251 = "stablehlo.multiply"(%1247, %1242) : (tensor<8x2x16xf32>, tensor<8x2x16xf32>) -> tensor<8x2x16xf32>
    %1252 = "stablehlo.multiply"(%1246, %1244) : (tensor<8x2x16xf32>, tensor<8x2x16xf32>) -> tensor<8x2x16xf32>
    %1253 = "stablehlo.add"(%1251, %1252) : (tensor<8x2x16xf32>, tensor<8x2x16xf32>) -> tensor<8x2x16xf32>
    %1254 = "stablehlo.concatenate"(%1250, %1253) { dimension = 2 : i64 } : (tensor<8x2x16xf32>, tensor<8x2x16xf32>) -> tensor<8x2x32xf32>
    %1255 = "stablehlo.reshape"(%1254) : (tensor<8x2x32xf32>) -> tensor<8x64xf32>
    %1256 = "stablehlo.convert"(%1255) : (tensor<8x64xf32>) -> tensor<8x64xbf16>
    %1257 = "stablehlo.scatter"(%arg92, %8, %1256) ({
      ^updateFn(%arg201: tensor<bf16>, %arg202: tensor<bf16>) :
          "stablehlo.return"(%arg202) : (tensor<bf16>) -> ()
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
    } : (tensor<4x32x64xbf16>, tensor<8x2xi32>, tensor<8x64xbf16>) -> tensor<4x32x64xbf16>
    %1258 = "stablehlo.convert"(%1179) : (tensor<8x64xf32>) -> tensor<8x64xbf16>
    %1259 = "stablehlo.scatter"(%arg93, %8, %1258) ({
      ^updateFn(%arg203: tensor<bf16>, %arg204: tensor<bf16>) :
          "stablehlo.return"(%arg204) : (tensor<bf16>) -> ()
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
    } : (tensor<4x32x64xbf16>, tensor<8x2xi32>, tensor<8x64xbf16>) -> tensor<4x32x64xbf16>
    %1260 = "stablehlo.reshape"(%1238) : (tensor<8x128xf32>) -> tensor<8x2x2x32xf32>
    %1261 = "stablehlo.convert"(%1257) : (tensor<4x32x64xbf16>) -> tensor<4x32x64xf32>
    %1262 = "stablehlo.reshape"(%1261) : (tensor<4x32x64xf32>) -> tensor<128x2x32xf32>
    %1263 = "stablehlo.convert"(%1259) : (tensor<4x32x64xbf16>) -> tensor<4x32x64xf32>
    %1264 = "stablehlo.reshape"(%1263) : (tensor<4x32x64xf32>) -> tensor<128x2x32xf32>
    %1265 = "stablehlo.dot_general"(%1260, %1262) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [1],
  rhs_batching_dimensions = [1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [2]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<8x2x2x32xf32>, tensor<128x2x32xf32>) -> tensor<2x8x2x128xf32>
    %1266 = "stablehlo.constant"() { value = dense<0.1767766922712326> : tensor<f32> } : () -> tensor<f32>
    %1267 = "stablehlo.broadcast_in_dim"(%1266) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x8x2x128xf32>
    %1268 = "stablehlo.multiply"(%1265, %1267) : (tensor<2x8x2x128xf32>, tensor<2x8x2x128xf32>) -> tensor<2x8x2x128xf32>
    %1269 = "stablehlo.iota"() { iota_dimension = 1 : i64 } : () -> tensor<8x4x32xi32>
    %1270 = "stablehlo.iota"() { iota_dimension = 2 : i64 } : () -> tensor<8x4x32xi32>
    %1271 = "stablehlo.broadcast_in_dim"(%2) { broadcast_dimensions = array<i64: 0> } : (tensor<8xi32>) -> tensor<8x4x32xi32>
    %1272 = "stablehlo.broadcast_in_dim"(%1) { broadcast_dimensions = array<i64: 0> } : (tensor<8xi32>) -> tensor<8x4x32xi32>
    %1273 = "stablehlo.compare"(%1269, %1271) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<8x4x32xi32>, tensor<8x4x32xi32>) -> tensor<8x4x32xi1>
    %1274 = "stablehlo.compare"(%1270, %1272) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction LE>
    } : (tensor<8x4x32xi32>, tensor<8x4x32xi32>) -> tensor<8x4x32xi1>
    %1275 = "stablehlo.and"(%1273, %1274) : (tensor<8x4x32xi1>, tensor<8x4x32xi1>) -> tensor<8x4x32xi1>
    %1276 = "stablehlo.reshape"(%1275) : (tensor<8x4x32xi1>) -> tensor<8x128xi1>
    %1277 = "stablehlo.broadcast_in_dim"(%1276) { broadcast_dimensions = array<i64: 1, 3> } : (tensor<8x128xi1>) -> tensor<2x8x2x128xi1>
    %1278 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %1279 = "stablehlo.broadcast_in_dim"(%1278) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x8x2x128xf32>
    %1280 = "stablehlo.select"(%1277, %1268, %1279) : (tensor<2x8x2x128xi1>, tensor<2x8x2x128xf32>, tensor<2x8x2x128xf32>) -> tensor<2x8x2x128xf32>
    %1281 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %1283 = "stablehlo.reduce"(%1280, %1281) ({
      ^reductionFn(%arg205: tensor<f32>, %arg206: tensor<f32>) :
          %1282 = "stablehlo.maximum"(%arg205, %arg206) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1282) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x8x2x128xf32>, tensor<f32>) -> tensor<2x8x2xf32>
    %1284 = "stablehlo.broadcast_in_dim"(%1283) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x8x2xf32>) -> tensor<2x8x2x128xf32>
    %1285 = "stablehlo.subtract"(%1280, %1284) : (tensor<2x8x2x128xf32>, tensor<2x8x2x128xf32>) -> tensor<2x8x2x128xf32>
    %1286 = "stablehlo.exponential"(%1285) : (tensor<2x8x2x128xf32>) -> tensor<2x8x2x128xf32>
    %1287 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %1289 = "stablehlo.reduce"(%1286, %1287) ({
      ^reductionFn(%arg207: tensor<f32>, %arg208: tensor<f32>) :
          %1288 = "stablehlo.add"(%arg207, %arg208) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1288) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x8x2x128xf32>, tensor<f32>) -> tensor<2x8x2xf32>
    %1290 = "stablehlo.broadcast_in_dim"(%1289) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x8x2xf32>) -> tensor<2x8x2x128xf32>
    %1291 = "stablehlo.divide"(%1286, %1290) : (tensor<2x8x2x128xf32>, tensor<2x8x2x128xf32>) -> tensor<2x8x2x128xf32>
    %1292 = "stablehlo.dot_general"(%1291, %1264) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0],
  rhs_batching_dimensions = [1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [0]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<2x8x2x128xf32>, tensor<128x2x32xf32>) -> tensor<2x8x2x32xf32>
    %1293 = "stablehlo.transpose"(%1292) { permutation = array<i64: 1, 0, 2, 3> } : (tensor<2x8x2x32xf32>) -> tensor<8x2x2x32xf32>
    %1294 = "stablehlo.reshape"(%1293) : (tensor<8x2x2x32xf32>) -> tensor<8x128xf32>
    %1295 = "stablehlo.convert"(%arg72) : (tensor<64x128xbf16>) -> tensor<64x128xf32>
    %1296 = "stablehlo.dot_general"(%1294, %1295) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<8x128xf32>, tensor<64x128xf32>) -> tensor<8x64xf32>
    %1297 = "stablehlo.reshape"(%1296) : (tensor<8x64xf32>) -> tensor<8x64xf32>
    %1298 = "stablehlo.multiply"(%1297, %1297) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %1299 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %1301 = "stablehlo.reduce"(%1298, %1299) ({
      ^reductionFn(%arg209: tensor<f32>, %arg210: tensor<f32>) :
          %1300 = "stablehlo.add"(%arg209, %arg210) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1300) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %1302 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %1303 = "stablehlo.broadcast_in_dim"(%1302) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8xf32>
    %1304 = "stablehlo.multiply"(%1301, %1303) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %1305 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %1306 = "stablehlo.broadcast_in_dim"(%1305) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8xf32>
    %1307 = "stablehlo.add"(%1304, %1306) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %1308 = "stablehlo.rsqrt"(%1307) : (tensor<8xf32>) -> tensor<8xf32>
    %1309 = "stablehlo.convert"(%arg73) : (tensor<64xbf16>) -> tensor<64xf32>
    %1310 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %1311 = "stablehlo.broadcast_in_dim"(%1310) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %1312 = "stablehlo.add"(%1309, %1311) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1313 = "stablehlo.broadcast_in_dim"(%1308) { broadcast_dimensions = array<i64: 0> } : (tensor<8xf32>) -> tensor<8x64xf32>
    %1314 = "stablehlo.multiply"(%1297, %1313) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %1315 = "stablehlo.broadcast_in_dim"(%1312) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<8x64xf32>
    %1316 = "stablehlo.multiply"(%1314, %1315) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %1317 = "stablehlo.reshape"(%1316) : (tensor<8x64xf32>) -> tensor<8x64xf32>
    %1318 = "stablehlo.add"(%1152, %1317) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %1319 = "stablehlo.reshape"(%1318) : (tensor<8x64xf32>) -> tensor<8x64xf32>
    %1320 = "stablehlo.multiply"(%1319, %1319) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %1321 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %1323 = "stablehlo.reduce"(%1320, %1321) ({
      ^reductionFn(%arg211: tensor<f32>, %arg212: tensor<f32>) :
          %1322 = "stablehlo.add"(%arg211, %arg212) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1322) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %1324 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %1325 = "stablehlo.broadcast_in_dim"(%1324) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8xf32>
    %1326 = "stablehlo.multiply"(%1323, %1325) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %1327 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %1328 = "stablehlo.broadcast_in_dim"(%1327) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8xf32>
    %1329 = "stablehlo.add"(%1326, %1328) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %1330 = "stablehlo.rsqrt"(%1329) : (tensor<8xf32>) -> tensor<8xf32>
    %1331 = "stablehlo.convert"(%arg74) : (tensor<64xbf16>) -> tensor<64xf32>
    %1332 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %1333 = "stablehlo.broadcast_in_dim"(%1332) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %1334 = "stablehlo.add"(%1331, %1333) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1335 = "stablehlo.broadcast_in_dim"(%1330) { broadcast_dimensions = array<i64: 0> } : (tensor<8xf32>) -> tensor<8x64xf32>
    %1336 = "stablehlo.multiply"(%1319, %1335) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %1337 = "stablehlo.broadcast_in_dim"(%1334) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<8x64xf32>
    %1338 = "stablehlo.multiply"(%1336, %1337) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %1339 = "stablehlo.reshape"(%1338) : (tensor<8x64xf32>) -> tensor<8x64xf32>
    %1340 = "stablehlo.convert"(%arg75) : (tensor<128x64xbf16>) -> tensor<128x64xf32>
    %1341 = "stablehlo.dot_general"(%1339, %1340) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<8x64xf32>, tensor<128x64xf32>) -> tensor<8x128xf32>
    %1342 = "stablehlo.convert"(%arg76) : (tensor<128x64xbf16>) -> tensor<128x64xf32>
    %1343 = "stablehlo.dot_general"(%1339, %1342) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<8x64xf32>, tensor<128x64xf32>) -> tensor<8x128xf32>
    %1344 = "stablehlo.multiply"(%1341, %1341) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %1345 = "stablehlo.multiply"(%1344, %1341) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %1346 = "stablehlo.constant"() { value = dense<0.044714998453855515> : tensor<f32> } : () -> tensor<f32>
    %1347 = "stablehlo.broadcast_in_dim"(%1346) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8x128xf32>
    %1348 = "stablehlo.multiply"(%1345, %1347) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %1349 = "stablehlo.add"(%1341, %1348) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %1350 = "stablehlo.constant"() { value = dense<0.7978845834732056> : tensor<f32> } : () -> tensor<f32>
    %1351 = "stablehlo.broadcast_in_dim"(%1350) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8x128xf32>
    %1352 = "stablehlo.multiply"(%1349, %1351) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %1353 = "stablehlo.constant"() { value = dense<0.5> : tensor<f32> } : () -> tensor<f32>
    %1354 = "stablehlo.broadcast_in_dim"(%1353) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8x128xf32>
    %1355 = "stablehlo.multiply"(%1341, %1354) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %1356 = "stablehlo.tanh"(%1352) : (tensor<8x128xf32>) -> tensor<8x128xf32>
    %1357 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %1358 = "stablehlo.broadcast_in_dim"(%1357) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8x128xf32>
    %1359 = "stablehlo.add"(%1356, %1358) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %1360 = "stablehlo.multiply"(%1355, %1359) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %1361 = "stablehlo.multiply"(%1360, %1343) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %1362 = "stablehlo.convert"(%arg77) : (tensor<64x128xbf16>) -> tensor<64x128xf32>
    %1363 = "stablehlo.dot_general"(%1361, %1362) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<8x128xf32>, tensor<64x128xf32>) -> tensor<8x64xf32>
    %1364 = "stablehlo.reshape"(%1363) : (tensor<8x64xf32>) -> tensor<8x64xf32>
    %1365 = "stablehlo.multiply"(%1364, %1364) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %1366 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %1368 = "stablehlo.reduce"(%1365, %1366) ({
      ^reductionFn(%arg213: tensor<f32>, %arg214: tensor<f32>) :
          %1367 = "stablehlo.add"(%arg213, %arg214) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1367) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %1369 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %1370 = "stablehlo.broadcast_in_dim"(%1369) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8xf32>
    %1371 = "stablehlo.multiply"(%1368, %1370) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %1372 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %1373 = "stablehlo.broadcast_in_dim"(%1372) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8xf32>
    %1374 = "stablehlo.add"(%1371, %1373) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %1375 = "stablehlo.rsqrt"(%1374) : (tensor<8xf32>) -> tensor<8xf32>
    %1376 = "stablehlo.convert"(%arg78) : (tensor<64xbf16>) -> tensor<64xf32>
    %1377 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %1378 = "stablehlo.broadcast_in_dim"(%1377) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %1379 = "stablehlo.add"(%1376, %1378) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1380 = "stablehlo.broadcast_in_dim"(%1375) { broadcast_dimensions = array<i64: 0> } : (tensor<8xf32>) -> tensor<8x64xf32>
    %1381 = "stablehlo.multiply"(%1364, %1380) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %1382 = "stablehlo.broadcast_in_dim"(%1379) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<8x64xf32>
    %1383 = "stablehlo.multiply"(%1381, %1382) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %1384 = "stablehlo.reshape"(%1383) : (tensor<8x64xf32>) -> tensor<8x64xf32>
    %1385 = "stablehlo.add"(%1318, %1384) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %1386 = "stablehlo.reshape"(%3) : (tensor<1xi32>) -> tensor<1x1xi32>
    %1387 = "stablehlo.gather"(%1385, %1386) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [1],
  collapsed_slice_dims = [0],
  operand_batching_dims = [],
  start_indices_batching_dims = [],
  start_index_map = [0],
  index_vector_dim = 1>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1, 64>
    } : (tensor<8x64xf32>, tensor<1x1xi32>) -> tensor<1x64xf32>
    %1388 = "stablehlo.reshape"(%1387) : (tensor<1x64xf32>) -> tensor<1x64xf32>
    %1389 = "stablehlo.multiply"(%1388, %1388) : (tensor<1x64xf32>, tensor<1x64xf32>) -> tensor<1x64xf32>
    %1390 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %1392 = "stablehlo.reduce"(%1389, %1390) ({
      ^reductionFn(%arg215: tensor<f32>, %arg216: tensor<f32>) :
          %1391 = "stablehlo.add"(%arg215, %arg216) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1391) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<1x64xf32>, tensor<f32>) -> tensor<1xf32>
    %1393 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %1394 = "stablehlo.broadcast_in_dim"(%1393) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<1xf32>
    %1395 = "stablehlo.multiply"(%1392, %1394) : (tensor<1xf32>, tensor<1xf32>) -> tensor<1xf32>
    %1396 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %1397 = "stablehlo.broadcast_in_dim"(%1396) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<1xf32>
    %1398 = "stablehlo.add"(%1395, %1397) : (tensor<1xf32>, tensor<1xf32>) -> tensor<1xf32>
    %1399 = "stablehlo.rsqrt"(%1398) : (tensor<1xf32>) -> tensor<1xf32>
    %1400 = "stablehlo.convert"(%arg79) : (tensor<64xbf16>) -> tensor<64xf32>
    %1401 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %1402 = "stablehlo.broadcast_in_dim"(%1401) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %1403 = "stablehlo.add"(%1400, %1402) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1404 = "stablehlo.broadcast_in_dim"(%1399) { broadcast_dimensions = array<i64: 0> } : (tensor<1xf32>) -> tensor<1x64xf32>
    %1405 = "stablehlo.multiply"(%1388, %1404) : (tensor<1x64xf32>, tensor<1x64xf32>) -> tensor<1x64xf32>
    %1406 = "stablehlo.broadcast_in_dim"(%1403) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<1x64xf32>
    %1407 = "stablehlo.multiply"(%1405, %1406) : (tensor<1x64xf32>, tensor<1x64xf32>) -> tensor<1x64xf32>
    %1408 = "stablehlo.reshape"(%1407) : (tensor<1x64xf32>) -> tensor<1x64xf32>
    %1409 = "stablehlo.convert"(%arg0) : (tensor<512x64xbf16>) -> tensor<512x64xf32>
    %1410 = "stablehlo.dot_general"(%1408, %1409) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x64xf32>, tensor<512x64xf32>) -> tensor<1x512xf32>
    %1411 = "stablehlo.compare"(%1410, %1410) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<1x512xf32>, tensor<1x512xf32>) -> tensor<1x512xi1>
    %1412 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %1413 = "stablehlo.broadcast_in_dim"(%1412) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<1x512xf32>
    %1414 = "stablehlo.select"(%1411, %1410, %1413) : (tensor<1x512xi1>, tensor<1x512xf32>, tensor<1x512xf32>) -> tensor<1x512xf32>
    %1415 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %1417 = "stablehlo.reduce"(%1414, %1415) ({
      ^reductionFn(%arg217: tensor<f32>, %arg218: tensor<f32>) :
          %1416 = "stablehlo.maximum"(%arg217, %arg218) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1416) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<1x512xf32>, tensor<f32>) -> tensor<1xf32>
    %1418 = "stablehlo.broadcast_in_dim"(%1417) { broadcast_dimensions = array<i64: 0> } : (tensor<1xf32>) -> tensor<1x512xf32>
    %1419 = "stablehlo.iota"() { iota_dimension = 1 : i64 } : () -> tensor<1x512xi32>
    %1420 = "stablehlo.compare"(%1414, %1418) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<1x512xf32>, tensor<1x512xf32>) -> tensor<1x512xi1>
    %1421 = "stablehlo.constant"() { value = dense<512> : tensor<i32> } : () -> tensor<i32>
    %1422 = "stablehlo.broadcast_in_dim"(%1421) { broadcast_dimensions = array<i64> } : (tensor<i32>) -> tensor<1x512xi32>
    %1423 = "stablehlo.select"(%1420, %1419, %1422) : (tensor<1x512xi1>, tensor<1x512xi32>, tensor<1x512xi32>) -> tensor<1x512xi32>
    %1424 = "stablehlo.constant"() { value = dense<512> : tensor<i32> } : () -> tensor<i32>
    %1426 = "stablehlo.reduce"(%1423, %1424) ({
      ^reductionFn(%arg219: tensor<i32>, %arg220: tensor<i32>) :
          %1425 = "stablehlo.minimum"(%arg219, %arg220) : (tensor<i32>, tensor<i32>) -> tensor<i32>
          "stablehlo.return"(%1425) : (tensor<i32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<1x512xi32>, tensor<i32>) -> tensor<1xi32>
    %1427 = "stablehlo.constant"() { value = dense<512> : tensor<i32> } : () -> tensor<i32>
    %1428 = "stablehlo.broadcast_in_dim"(%1427) { broadcast_dimensions = array<i64> } : (tensor<i32>) -> tensor<1xi32>
    %1429 = "stablehlo.compare"(%1426, %1428) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi1>
    %1430 = "stablehlo.constant"() { value = dense<0> : tensor<i32> } : () -> tensor<i32>
    %1431 = "stablehlo.broadcast_in_dim"(%1430) { broadcast_dimensions = array<i64> } : (tensor<i32>) -> tensor<1xi32>
    %1432 = "stablehlo.select"(%1429, %1431, %1426) : (tensor<1xi1>, tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %1433 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %1435 = "stablehlo.reduce"(%1410, %1433) ({
      ^reductionFn(%arg221: tensor<f32>, %arg222: tensor<f32>) :
          %1434 = "stablehlo.maximum"(%arg221, %arg222) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1434) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<1x512xf32>, tensor<f32>) -> tensor<1xf32>
    %1436 = "stablehlo.broadcast_in_dim"(%1435) { broadcast_dimensions = array<i64: 0> } : (tensor<1xf32>) -> tensor<1x512xf32>
    %1437 = "stablehlo.subtract"(%1410, %1436) : (tensor<1x512xf32>, tensor<1x512xf32>) -> tensor<1x512xf32>
    %1438 = "stablehlo.exponential"(%1437) : (tensor<1x512xf32>) -> tensor<1x512xf32>
    %1439 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %1441 = "stablehlo.reduce"(%1438, %1439) ({
      ^reductionFn(%arg223: tensor<f32>, %arg224: tensor<f32>) :
          %1440 = "stablehlo.add"(%arg223, %arg224) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1440) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<1x512xf32>, tensor<f32>) -> tensor<1xf32>
    %1442 = "stablehlo.log"(%1441) : (tensor<1xf32>) -> tensor<1xf32>
    %1443 = "stablehlo.add"(%1435, %1442) : (tensor<1xf32>, tensor<1xf32>) -> tensor<1xf32>
    %1444 = "stablehlo.is_finite"(%1435) : (tensor<1xf32>) -> tensor<1xi1>
    %1445 = "stablehlo.not"(%1444) : (tensor<1xi1>) -> tensor<1xi1>
    %1446 = "stablehlo.convert"(%1445) : (tensor<1xi1>) -> tensor<1xi32>
    %1447 = "stablehlo.reshape"(%4) : (tensor<4xi32>) -> tensor<4x1xi32>
    %1448 = "stablehlo.reshape"(%5) : (tensor<4xi32>) -> tensor<4x1xi32>
    %1449 = "stablehlo.concatenate"(%1447, %1448) { dimension = 1 : i64 } : (tensor<4x1xi32>, tensor<4x1xi32>) -> tensor<4x2xi32>
    %1450 = "stablehlo.gather"(%1410, %1449) {
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
    %1451 = "stablehlo.reshape"(%1443) : (tensor<1xf32>) -> tensor<1x1xf32>
    %1452 = "stablehlo.reshape"(%4) : (tensor<4xi32>) -> tensor<4x1xi32>
    %1453 = "stablehlo.gather"(%1451, %1452) {
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
    %1454 = "stablehlo.reshape"(%1453) : (tensor<4x1xf32>) -> tensor<4xf32>
    %1455 = "stablehlo.subtract"(%1450, %1454) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %1456 = "stablehlo.concatenate"(%1432, %1446) { dimension = 0 : i64 } : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    "stablehlo.return"(%119, %121, %357, %359, %582, %584, %807, %809, %1032, %1034, %1257, %1259, %1410, %1456, %1455) : (tensor<4x32x64xbf16>, tensor<4x32x64xbf16>, tensor<4x32x64xbf16>, tensor<4x32x64xbf16>, tensor<4x32x64xbf16>, tensor<4x32x64xbf16>, tensor<4x32x64xbf16>, tensor<4x32x64xbf16>, tensor<4x32x64xbf16>, tensor<4x32x64xbf16>, tensor<4x32x64xbf16>, tensor<4x32x64xbf16>, tensor<1x512xf32>, tensor<2xi32>, tensor<4xf32>) -> ()
  }
}
