module @step_r4_l4_t4 {
  func.func @main(%arg0: tensor<512x64xbf16>, %arg1: tensor<64xbf16>, %arg2: tensor<128x64xbf16>, %arg3: tensor<64x64xbf16>, %arg4: tensor<64x64xbf16>, %arg5: tensor<32xbf16>, %arg6: tensor<32xbf16>, %arg7: tensor<64x128xbf16>, %arg8: tensor<64xbf16>, %arg9: tensor<64xbf16>, %arg10: tensor<128x64xbf16>, %arg11: tensor<128x64xbf16>, %arg12: tensor<64x128xbf16>, %arg13: tensor<64xbf16>, %arg14: tensor<64xbf16>, %arg15: tensor<128x64xbf16>, %arg16: tensor<64x64xbf16>, %arg17: tensor<64x64xbf16>, %arg18: tensor<32xbf16>, %arg19: tensor<32xbf16>, %arg20: tensor<64x128xbf16>, %arg21: tensor<64xbf16>, %arg22: tensor<64xbf16>, %arg23: tensor<128x64xbf16>, %arg24: tensor<128x64xbf16>, %arg25: tensor<64x128xbf16>, %arg26: tensor<64xbf16>, %arg27: tensor<64xbf16>, %arg28: tensor<128x64xbf16>, %arg29: tensor<64x64xbf16>, %arg30: tensor<64x64xbf16>, %arg31: tensor<32xbf16>, %arg32: tensor<32xbf16>, %arg33: tensor<64x128xbf16>, %arg34: tensor<64xbf16>, %arg35: tensor<64xbf16>, %arg36: tensor<128x64xbf16>, %arg37: tensor<128x64xbf16>, %arg38: tensor<64x128xbf16>, %arg39: tensor<64xbf16>, %arg40: tensor<64xbf16>, %arg41: tensor<128x64xbf16>, %arg42: tensor<64x64xbf16>, %arg43: tensor<64x64xbf16>, %arg44: tensor<32xbf16>, %arg45: tensor<32xbf16>, %arg46: tensor<64x128xbf16>, %arg47: tensor<64xbf16>, %arg48: tensor<64xbf16>, %arg49: tensor<128x64xbf16>, %arg50: tensor<128x64xbf16>, %arg51: tensor<64x128xbf16>, %arg52: tensor<64xbf16>, %arg53: tensor<64xbf16>, %arg54: tensor<128x64xbf16>, %arg55: tensor<64x64xbf16>, %arg56: tensor<64x64xbf16>, %arg57: tensor<32xbf16>, %arg58: tensor<32xbf16>, %arg59: tensor<64x128xbf16>, %arg60: tensor<64xbf16>, %arg61: tensor<64xbf16>, %arg62: tensor<128x64xbf16>, %arg63: tensor<128x64xbf16>, %arg64: tensor<64x128xbf16>, %arg65: tensor<64xbf16>, %arg66: tensor<64xbf16>, %arg67: tensor<128x64xbf16>, %arg68: tensor<64x64xbf16>, %arg69: tensor<64x64xbf16>, %arg70: tensor<32xbf16>, %arg71: tensor<32xbf16>, %arg72: tensor<64x128xbf16>, %arg73: tensor<64xbf16>, %arg74: tensor<64xbf16>, %arg75: tensor<128x64xbf16>, %arg76: tensor<128x64xbf16>, %arg77: tensor<64x128xbf16>, %arg78: tensor<64xbf16>, %arg79: tensor<64xbf16>, %arg80: tensor<32x32xf32>, %arg81: tensor<32x32xf32>, %arg82: tensor<4x32x64xbf16> { tf.aliasing_output = 0 : i32 }, %arg83: tensor<4x32x64xbf16> { tf.aliasing_output = 1 : i32 }, %arg84: tensor<4x32x64xbf16> { tf.aliasing_output = 2 : i32 }, %arg85: tensor<4x32x64xbf16> { tf.aliasing_output = 3 : i32 }, %arg86: tensor<4x32x64xbf16> { tf.aliasing_output = 4 : i32 }, %arg87: tensor<4x32x64xbf16> { tf.aliasing_output = 5 : i32 }, %arg88: tensor<4x32x64xbf16> { tf.aliasing_output = 6 : i32 }, %arg89: tensor<4x32x64xbf16> { tf.aliasing_output = 7 : i32 }, %arg90: tensor<4x32x64xbf16> { tf.aliasing_output = 8 : i32 }, %arg91: tensor<4x32x64xbf16> { tf.aliasing_output = 9 : i32 }, %arg92: tensor<4x32x64xbf16> { tf.aliasing_output = 10 : i32 }, %arg93: tensor<4x32x64xbf16> { tf.aliasing_output = 11 : i32 }, %arg94: tensor<24xi32>) -> (tensor<4x32x64xbf16>, tensor<4x32x64xbf16>, tensor<4x32x64xbf16>, tensor<4x32x64xbf16>, tensor<4x32x64xbf16>, tensor<4x32x64xbf16>, tensor<4x32x64xbf16>, tensor<4x32x64xbf16>, tensor<4x32x64xbf16>, tensor<4x32x64xbf16>, tensor<4x32x64xbf16>, tensor<4x32x64xbf16>, tensor<4x512xf32>, tensor<8xi32>, tensor<4xf32>) {
    %0 = "stablehlo.slice"(%arg94) {
      limit_indices = array<i64: 4>,
      start_indices = array<i64: 0>,
      strides = array<i64: 1>
    } : (tensor<24xi32>) -> tensor<4xi32>
    %1 = "stablehlo.slice"(%arg94) {
      limit_indices = array<i64: 8>,
      start_indices = array<i64: 4>,
      strides = array<i64: 1>
    } : (tensor<24xi32>) -> tensor<4xi32>
    %2 = "stablehlo.slice"(%arg94) {
      limit_indices = array<i64: 12>,
      start_indices = array<i64: 8>,
      strides = array<i64: 1>
    } : (tensor<24xi32>) -> tensor<4xi32>
    %3 = "stablehlo.slice"(%arg94) {
      limit_indices = array<i64: 16>,
      start_indices = array<i64: 12>,
      strides = array<i64: 1>
    } : (tensor<24xi32>) -> tensor<4xi32>
    %4 = "stablehlo.slice"(%arg94) {
      limit_indices = array<i64: 20>,
      start_indices = array<i64: 16>,
      strides = array<i64: 1>
    } : (tensor<24xi32>) -> tensor<4xi32>
    %5 = "stablehlo.slice"(%arg94) {
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
      slice_sizes = array<i64: 1, 64>
    } : (tensor<512x64xbf16>, tensor<4x1xi32>) -> tensor<4x64xbf16>
    %11 = "stablehlo.convert"(%10) : (tensor<4x64xbf16>) -> tensor<4x64xf32>
    %12 = "stablehlo.constant"() { value = dense<8.0> : tensor<f32> } : () -> tensor<f32>
    %13 = "stablehlo.broadcast_in_dim"(%12) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %14 = "stablehlo.multiply"(%11, %13) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %15 = "stablehlo.reshape"(%14) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %16 = "stablehlo.multiply"(%15, %15) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %17 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %19 = "stablehlo.reduce"(%16, %17) ({
      ^reductionFn(%arg95: tensor<f32>, %arg96: tensor<f32>) :
          %18 = "stablehlo.add"(%arg95, %arg96) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%18) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %20 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %21 = "stablehlo.broadcast_in_dim"(%20) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %22 = "stablehlo.multiply"(%19, %21) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %23 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %24 = "stablehlo.broadcast_in_dim"(%23) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %25 = "stablehlo.add"(%22, %24) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %26 = "stablehlo.rsqrt"(%25) : (tensor<4xf32>) -> tensor<4xf32>
    %27 = "stablehlo.convert"(%arg1) : (tensor<64xbf16>) -> tensor<64xf32>
    %28 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %29 = "stablehlo.broadcast_in_dim"(%28) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %30 = "stablehlo.add"(%27, %29) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %31 = "stablehlo.broadcast_in_dim"(%26) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %32 = "stablehlo.multiply"(%15, %31) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %33 = "stablehlo.broadcast_in_dim"(%30) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %34 = "stablehlo.multiply"(%32, %33) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %35 = "stablehlo.reshape"(%34) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %36 = "stablehlo.convert"(%arg2) : (tensor<128x64xbf16>) -> tensor<128x64xf32>
    %37 = "stablehlo.dot_general"(%35, %36) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<128x64xf32>) -> tensor<4x128xf32>
    %38 = "stablehlo.convert"(%arg3) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %39 = "stablehlo.dot_general"(%35, %38) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %40 = "stablehlo.convert"(%arg4) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %41 = "stablehlo.dot_general"(%35, %40) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %42 = "stablehlo.reshape"(%37) : (tensor<4x128xf32>) -> tensor<16x32xf32>
    %43 = "stablehlo.multiply"(%42, %42) : (tensor<16x32xf32>, tensor<16x32xf32>) -> tensor<16x32xf32>
    %44 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %46 = "stablehlo.reduce"(%43, %44) ({
      ^reductionFn(%arg97: tensor<f32>, %arg98: tensor<f32>) :
          %45 = "stablehlo.add"(%arg97, %arg98) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%45) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<16x32xf32>, tensor<f32>) -> tensor<16xf32>
    %47 = "stablehlo.constant"() { value = dense<0.03125> : tensor<f32> } : () -> tensor<f32>
    %48 = "stablehlo.broadcast_in_dim"(%47) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<16xf32>
    %49 = "stablehlo.multiply"(%46, %48) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %50 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %51 = "stablehlo.broadcast_in_dim"(%50) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<16xf32>
    %52 = "stablehlo.add"(%49, %51) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %53 = "stablehlo.rsqrt"(%52) : (tensor<16xf32>) -> tensor<16xf32>
    %54 = "stablehlo.convert"(%arg5) : (tensor<32xbf16>) -> tensor<32xf32>
    %55 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %56 = "stablehlo.broadcast_in_dim"(%55) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<32xf32>
    %57 = "stablehlo.add"(%54, %56) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %58 = "stablehlo.broadcast_in_dim"(%53) { broadcast_dimensions = array<i64: 0> } : (tensor<16xf32>) -> tensor<16x32xf32>
    %59 = "stablehlo.multiply"(%42, %58) : (tensor<16x32xf32>, tensor<16x32xf32>) -> tensor<16x32xf32>
    %60 = "stablehlo.broadcast_in_dim"(%57) { broadcast_dimensions = array<i64: 1> } : (tensor<32xf32>) -> tensor<16x32xf32>
    %61 = "stablehlo.multiply"(%59, %60) : (tensor<16x32xf32>, tensor<16x32xf32>) -> tensor<16x32xf32>
    %62 = "stablehlo.reshape"(%61) : (tensor<16x32xf32>) -> tensor<4x128xf32>
    %63 = "stablehlo.reshape"(%39) : (tensor<4x64xf32>) -> tensor<8x32xf32>
    %64 = "stablehlo.multiply"(%63, %63) : (tensor<8x32xf32>, tensor<8x32xf32>) -> tensor<8x32xf32>
    %65 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %67 = "stablehlo.reduce"(%64, %65) ({
      ^reductionFn(%arg99: tensor<f32>, %arg100: tensor<f32>) :
          %66 = "stablehlo.add"(%arg99, %arg100) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%66) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<8x32xf32>, tensor<f32>) -> tensor<8xf32>
    %68 = "stablehlo.constant"() { value = dense<0.03125> : tensor<f32> } : () -> tensor<f32>
    %69 = "stablehlo.broadcast_in_dim"(%68) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8xf32>
    %70 = "stablehlo.multiply"(%67, %69) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %71 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %72 = "stablehlo.broadcast_in_dim"(%71) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8xf32>
    %73 = "stablehlo.add"(%70, %72) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %74 = "stablehlo.rsqrt"(%73) : (tensor<8xf32>) -> tensor<8xf32>
    %75 = "stablehlo.convert"(%arg6) : (tensor<32xbf16>) -> tensor<32xf32>
    %76 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %77 = "stablehlo.broadcast_in_dim"(%76) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<32xf32>
    %78 = "stablehlo.add"(%75, %77) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %79 = "stablehlo.broadcast_in_dim"(%74) { broadcast_dimensions = array<i64: 0> } : (tensor<8xf32>) -> tensor<8x32xf32>
    %80 = "stablehlo.multiply"(%63, %79) : (tensor<8x32xf32>, tensor<8x32xf32>) -> tensor<8x32xf32>
    %81 = "stablehlo.broadcast_in_dim"(%78) { broadcast_dimensions = array<i64: 1> } : (tensor<32xf32>) -> tensor<8x32xf32>
    %82 = "stablehlo.multiply"(%80, %81) : (tensor<8x32xf32>, tensor<8x32xf32>) -> tensor<8x32xf32>
    %83 = "stablehlo.reshape"(%82) : (tensor<8x32xf32>) -> tensor<4x64xf32>
    %84 = "stablehlo.reshape"(%1) : (tensor<4xi32>) -> tensor<4x1xi32>
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
    } : (tensor<32x32xf32>, tensor<4x1xi32>) -> tensor<4x32xf32>
    %86 = "stablehlo.slice"(%85) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x32xf32>) -> tensor<4x16xf32>
    %87 = "stablehlo.broadcast_in_dim"(%86) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x16xf32>) -> tensor<4x4x16xf32>
    %88 = "stablehlo.slice"(%85) {
      limit_indices = array<i64: 4, 32>,
      start_indices = array<i64: 0, 16>,
      strides = array<i64: 1, 1>
    } : (tensor<4x32xf32>) -> tensor<4x16xf32>
    %89 = "stablehlo.broadcast_in_dim"(%88) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x16xf32>) -> tensor<4x4x16xf32>
    %90 = "stablehlo.reshape"(%62) : (tensor<4x128xf32>) -> tensor<4x4x32xf32>
    %91 = "stablehlo.slice"(%90) {
      limit_indices = array<i64: 4, 4, 16>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x32xf32>) -> tensor<4x4x16xf32>
    %92 = "stablehlo.slice"(%90) {
      limit_indices = array<i64: 4, 4, 32>,
      start_indices = array<i64: 0, 0, 16>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x32xf32>) -> tensor<4x4x16xf32>
    %93 = "stablehlo.multiply"(%91, %87) : (tensor<4x4x16xf32>, tensor<4x4x16xf32>) -> tensor<4x4x16xf32>
    %94 = "stablehlo.multiply"(%92, %89) : (tensor<4x4x16xf32>, tensor<4x4x16xf32>) -> tensor<4x4x16xf32>
    %95 = "stablehlo.subtract"(%93, %94) : (tensor<4x4x16xf32>, tensor<4x4x16xf32>) -> tensor<4x4x16xf32>
    %96 = "stablehlo.multiply"(%92, %87) : (tensor<4x4x16xf32>, tensor<4x4x16xf32>) -> tensor<4x4x16xf32>
    %97 = "stablehlo.multiply"(%91, %89) : (tensor<4x4x16xf32>, tensor<4x4x16xf32>) -> tensor<4x4x16xf32>
    %98 = "stablehlo.add"(%96, %97) : (tensor<4x4x16xf32>, tensor<4x4x16xf32>) -> tensor<4x4x16xf32>
    %99 = "stablehlo.concatenate"(%95, %98) { dimension = 2 : i64 } : (tensor<4x4x16xf32>, tensor<4x4x16xf32>) -> tensor<4x4x32xf32>
    %100 = "stablehlo.reshape"(%99) : (tensor<4x4x32xf32>) -> tensor<4x128xf32>
    %101 = "stablehlo.reshape"(%1) : (tensor<4xi32>) -> tensor<4x1xi32>
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
    } : (tensor<32x32xf32>, tensor<4x1xi32>) -> tensor<4x32xf32>
    %103 = "stablehlo.slice"(%102) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x32xf32>) -> tensor<4x16xf32>
    %104 = "stablehlo.broadcast_in_dim"(%103) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x16xf32>) -> tensor<4x2x16xf32>
    %105 = "stablehlo.slice"(%102) {
      limit_indices = array<i64: 4, 32>,
      start_indices = array<i64: 0, 16>,
      strides = array<i64: 1, 1>
    } : (tensor<4x32xf32>) -> tensor<4x16xf32>
    %106 = "stablehlo.broadcast_in_dim"(%105) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x16xf32>) -> tensor<4x2x16xf32>
    %107 = "stablehlo.reshape"(%83) : (tensor<4x64xf32>) -> tensor<4x2x32xf32>
    %108 = "stablehlo.slice"(%107) {
      limit_indices = array<i64: 4, 2, 16>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x2x32xf32>) -> tensor<4x2x16xf32>
    %109 = "stablehlo.slice"(%107) {
      limit_indices = array<i64: 4, 2, 32>,
      start_indices = array<i64: 0, 0, 16>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x2x32xf32>) -> tensor<4x2x16xf32>
    %110 = "stablehlo.multiply"(%108, %104) : (tensor<4x2x16xf32>, tensor<4x2x16xf32>) -> tensor<4x2x16xf32>
    %111 = "stablehlo.multiply"(%109, %106) : (tensor<4x2x16xf32>, tensor<4x2x16xf32>) -> tensor<4x2x16xf32>
    %112 = "stablehlo.subtract"(%110, %111) : (tensor<4x2x16xf32>, tensor<4x2x16xf32>) -> tensor<4x2x16xf32>
    %113 = "stablehlo.multiply"(%109, %104) : (tensor<4x2x16xf32>, tensor<4x2x16xf32>) -> tensor<4x2x16xf32>
    %114 = "stablehlo.multiply"(%108, %106) : (tensor<4x2x16xf32>, tensor<4x2x16xf32>) -> tensor<4x2x16xf32>
    %115 = "stablehlo.add"(%113, %114) : (tensor<4x2x16xf32>, tensor<4x2x16xf32>) -> tensor<4x2x16xf32>
    %116 = "stablehlo.concatenate"(%112, %115) { dimension = 2 : i64 } : (tensor<4x2x16xf32>, tensor<4x2x16xf32>) -> tensor<4x2x32xf32>
    %117 = "stablehlo.reshape"(%116) : (tensor<4x2x32xf32>) -> tensor<4x64xf32>
    %118 = "stablehlo.convert"(%117) : (tensor<4x64xf32>) -> tensor<4x64xbf16>
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
    } : (tensor<4x32x64xbf16>, tensor<4x2xi32>, tensor<4x64xbf16>) -> tensor<4x32x64xbf16>
    %120 = "stablehlo.convert"(%41) : (tensor<4x64xf32>) -> tensor<4x64xbf16>
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
    } : (tensor<4x32x64xbf16>, tensor<4x2xi32>, tensor<4x64xbf16>) -> tensor<4x32x64xbf16>
    %122 = "stablehlo.reshape"(%100) : (tensor<4x128xf32>) -> tensor<4x2x2x32xf32>
    %123 = "stablehlo.reshape"(%2) : (tensor<4xi32>) -> tensor<4x1xi32>
    %124 = "stablehlo.gather"(%119, %123) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [1, 2],
  collapsed_slice_dims = [0],
  operand_batching_dims = [],
  start_indices_batching_dims = [],
  start_index_map = [0],
  index_vector_dim = 1>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1, 32, 64>
    } : (tensor<4x32x64xbf16>, tensor<4x1xi32>) -> tensor<4x32x64xbf16>
    %125 = "stablehlo.convert"(%124) : (tensor<4x32x64xbf16>) -> tensor<4x32x64xf32>
    %126 = "stablehlo.reshape"(%125) : (tensor<4x32x64xf32>) -> tensor<4x32x2x32xf32>
    %127 = "stablehlo.reshape"(%2) : (tensor<4xi32>) -> tensor<4x1xi32>
    %128 = "stablehlo.gather"(%121, %127) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [1, 2],
  collapsed_slice_dims = [0],
  operand_batching_dims = [],
  start_indices_batching_dims = [],
  start_index_map = [0],
  index_vector_dim = 1>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1, 32, 64>
    } : (tensor<4x32x64xbf16>, tensor<4x1xi32>) -> tensor<4x32x64xbf16>
    %129 = "stablehlo.convert"(%128) : (tensor<4x32x64xbf16>) -> tensor<4x32x64xf32>
    %130 = "stablehlo.reshape"(%129) : (tensor<4x32x64xf32>) -> tensor<4x32x2x32xf32>
    %131 = "stablehlo.dot_general"(%122, %126) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 2],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [3]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x2x2x32xf32>, tensor<4x32x2x32xf32>) -> tensor<4x2x2x32xf32>
    %132 = "stablehlo.constant"() { value = dense<0.1767766922712326> : tensor<f32> } : () -> tensor<f32>
    %133 = "stablehlo.broadcast_in_dim"(%132) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x2x2x32xf32>
    %134 = "stablehlo.multiply"(%131, %133) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %135 = "stablehlo.iota"() { iota_dimension = 1 : i64 } : () -> tensor<4x1x32xi32>
    %136 = "stablehlo.iota"() { iota_dimension = 2 : i64 } : () -> tensor<4x1x32xi32>
    %137 = "stablehlo.broadcast_in_dim"(%2) { broadcast_dimensions = array<i64: 0> } : (tensor<4xi32>) -> tensor<4x1x32xi32>
    %138 = "stablehlo.broadcast_in_dim"(%1) { broadcast_dimensions = array<i64: 0> } : (tensor<4xi32>) -> tensor<4x1x32xi32>
    %139 = "stablehlo.compare"(%135, %135) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<4x1x32xi32>, tensor<4x1x32xi32>) -> tensor<4x1x32xi1>
    %140 = "stablehlo.compare"(%136, %138) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction LE>
    } : (tensor<4x1x32xi32>, tensor<4x1x32xi32>) -> tensor<4x1x32xi1>
    %141 = "stablehlo.and"(%139, %140) : (tensor<4x1x32xi1>, tensor<4x1x32xi1>) -> tensor<4x1x32xi1>
    %142 = "stablehlo.constant"() { value = dense<4> : tensor<i32> } : () -> tensor<i32>
    %143 = "stablehlo.broadcast_in_dim"(%142) { broadcast_dimensions = array<i64> } : (tensor<i32>) -> tensor<4x1x32xi32>
    %144 = "stablehlo.subtract"(%138, %143) : (tensor<4x1x32xi32>, tensor<4x1x32xi32>) -> tensor<4x1x32xi32>
    %145 = "stablehlo.compare"(%136, %144) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction GT>
    } : (tensor<4x1x32xi32>, tensor<4x1x32xi32>) -> tensor<4x1x32xi1>
    %146 = "stablehlo.and"(%141, %145) : (tensor<4x1x32xi1>, tensor<4x1x32xi1>) -> tensor<4x1x32xi1>
    %147 = "stablehlo.reshape"(%146) : (tensor<4x1x32xi1>) -> tensor<4x32xi1>
    %148 = "stablehlo.broadcast_in_dim"(%147) { broadcast_dimensions = array<i64: 0, 3> } : (tensor<4x32xi1>) -> tensor<4x2x2x32xi1>
    %149 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %150 = "stablehlo.broadcast_in_dim"(%149) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x2x2x32xf32>
    %151 = "stablehlo.select"(%148, %134, %150) : (tensor<4x2x2x32xi1>, tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %152 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %154 = "stablehlo.reduce"(%151, %152) ({
      ^reductionFn(%arg105: tensor<f32>, %arg106: tensor<f32>) :
          %153 = "stablehlo.maximum"(%arg105, %arg106) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%153) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<4x2x2x32xf32>, tensor<f32>) -> tensor<4x2x2xf32>
    %155 = "stablehlo.broadcast_in_dim"(%154) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<4x2x2xf32>) -> tensor<4x2x2x32xf32>
    %156 = "stablehlo.subtract"(%151, %155) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %157 = "stablehlo.exponential"(%156) : (tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %158 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %160 = "stablehlo.reduce"(%157, %158) ({
      ^reductionFn(%arg107: tensor<f32>, %arg108: tensor<f32>) :
          %159 = "stablehlo.add"(%arg107, %arg108) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%159) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<4x2x2x32xf32>, tensor<f32>) -> tensor<4x2x2xf32>
    %161 = "stablehlo.broadcast_in_dim"(%160) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<4x2x2xf32>) -> tensor<4x2x2x32xf32>
    %162 = "stablehlo.divide"(%157, %161) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %163 = "stablehlo.dot_general"(%162, %130) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 2],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x2x2x32xf32>, tensor<4x32x2x32xf32>) -> tensor<4x2x2x32xf32>
    %164 = "stablehlo.reshape"(%163) : (tensor<4x2x2x32xf32>) -> tensor<4x128xf32>
    %165 = "stablehlo.convert"(%arg7) : (tensor<64x128xbf16>) -> tensor<64x128xf32>
    %166 = "stablehlo.dot_general"(%164, %165) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x128xf32>, tensor<64x128xf32>) -> tensor<4x64xf32>
    %167 = "stablehlo.reshape"(%166) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %168 = "stablehlo.multiply"(%167, %167) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %169 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %171 = "stablehlo.reduce"(%168, %169) ({
      ^reductionFn(%arg109: tensor<f32>, %arg110: tensor<f32>) :
          %170 = "stablehlo.add"(%arg109, %arg110) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%170) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %172 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %173 = "stablehlo.broadcast_in_dim"(%172) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %174 = "stablehlo.multiply"(%171, %173) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %175 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %176 = "stablehlo.broadcast_in_dim"(%175) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %177 = "stablehlo.add"(%174, %176) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %178 = "stablehlo.rsqrt"(%177) : (tensor<4xf32>) -> tensor<4xf32>
    %179 = "stablehlo.convert"(%arg8) : (tensor<64xbf16>) -> tensor<64xf32>
    %180 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %181 = "stablehlo.broadcast_in_dim"(%180) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %182 = "stablehlo.add"(%179, %181) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %183 = "stablehlo.broadcast_in_dim"(%178) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %184 = "stablehlo.multiply"(%167, %183) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %185 = "stablehlo.broadcast_in_dim"(%182) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %186 = "stablehlo.multiply"(%184, %185) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %187 = "stablehlo.reshape"(%186) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %188 = "stablehlo.add"(%14, %187) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %189 = "stablehlo.reshape"(%188) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %190 = "stablehlo.multiply"(%189, %189) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %191 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %193 = "stablehlo.reduce"(%190, %191) ({
      ^reductionFn(%arg111: tensor<f32>, %arg112: tensor<f32>) :
          %192 = "stablehlo.add"(%arg111, %arg112) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%192) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %194 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %195 = "stablehlo.broadcast_in_dim"(%194) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %196 = "stablehlo.multiply"(%193, %195) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %197 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %198 = "stablehlo.broadcast_in_dim"(%197) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %199 = "stablehlo.add"(%196, %198) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %200 = "stablehlo.rsqrt"(%199) : (tensor<4xf32>) -> tensor<4xf32>
    %201 = "stablehlo.convert"(%arg9) : (tensor<64xbf16>) -> tensor<64xf32>
    %202 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %203 = "stablehlo.broadcast_in_dim"(%202) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %204 = "stablehlo.add"(%201, %203) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %205 = "stablehlo.broadcast_in_dim"(%200) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %206 = "stablehlo.multiply"(%189, %205) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %207 = "stablehlo.broadcast_in_dim"(%204) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %208 = "stablehlo.multiply"(%206, %207) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %209 = "stablehlo.reshape"(%208) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %210 = "stablehlo.convert"(%arg10) : (tensor<128x64xbf16>) -> tensor<128x64xf32>
    %211 = "stablehlo.dot_general"(%209, %210) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<128x64xf32>) -> tensor<4x128xf32>
    %212 = "stablehlo.convert"(%arg11) : (tensor<128x64xbf16>) -> tensor<128x64xf32>
    %213 = "stablehlo.dot_general"(%209, %212) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<128x64xf32>) -> tensor<4x128xf32>
    %214 = "stablehlo.multiply"(%211, %211) : (tensor<4x128xf32>, tensor<4x128xf32>) -> tensor<4x128xf32>
    %215 = "stablehlo.multiply"(%214, %211) : (tensor<4x128xf32>, tensor<4x128xf32>) -> tensor<4x128xf32>
    %216 = "stablehlo.constant"() { value = dense<0.044714998453855515> : tensor<f32> } : () -> tensor<f32>
    %217 = "stablehlo.broadcast_in_dim"(%216) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x128xf32>
    %218 = "stablehlo.multiply"(%215, %217) : (tensor<4x128xf32>, tensor<4x128xf32>) -> tensor<4x128xf32>
    %219 = "stablehlo.add"(%211, %218) : (tensor<4x128xf32>, tensor<4x128xf32>) -> tensor<4x128xf32>
    %220 = "stablehlo.constant"() { value = dense<0.7978845834732056> : tensor<f32> } : () -> tensor<f32>
    %221 = "stablehlo.broadcast_in_dim"(%220) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x128xf32>
    %222 = "stablehlo.multiply"(%219, %221) : (tensor<4x128xf32>, tensor<4x128xf32>) -> tensor<4x128xf32>
    %223 = "stablehlo.constant"() { value = dense<0.5> : tensor<f32> } : () -> tensor<f32>
    %224 = "stablehlo.broadcast_in_dim"(%223) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x128xf32>
    %225 = "stablehlo.multiply"(%211, %224) : (tensor<4x128xf32>, tensor<4x128xf32>) -> tensor<4x128xf32>
    %226 = "stablehlo.tanh"(%222) : (tensor<4x128xf32>) -> tensor<4x128xf32>
    %227 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %228 = "stablehlo.broadcast_in_dim"(%227) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x128xf32>
    %229 = "stablehlo.add"(%226, %228) : (tensor<4x128xf32>, tensor<4x128xf32>) -> tensor<4x128xf32>
    %230 = "stablehlo.multiply"(%225, %229) : (tensor<4x128xf32>, tensor<4x128xf32>) -> tensor<4x128xf32>
    %231 = "stablehlo.multiply"(%230, %213) : (tensor<4x128xf32>, tensor<4x128xf32>) -> tensor<4x128xf32>
    %232 = "stablehlo.convert"(%arg12) : (tensor<64x128xbf16>) -> tensor<64x128xf32>
    %233 = "stablehlo.dot_general"(%231, %232) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x128xf32>, tensor<64x128xf32>) -> tensor<4x64xf32>
    %234 = "stablehlo.reshape"(%233) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %235 = "stablehlo.multiply"(%234, %234) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %236 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %238 = "stablehlo.reduce"(%235, %236) ({
      ^reductionFn(%arg113: tensor<f32>, %arg114: tensor<f32>) :
          %237 = "stablehlo.add"(%arg113, %arg114) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%237) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %239 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %240 = "stablehlo.broadcast_in_dim"(%239) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %241 = "stablehlo.multiply"(%238, %240) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %242 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %243 = "stablehlo.broadcast_in_dim"(%242) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %244 = "stablehlo.add"(%241, %243) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %245 = "stablehlo.rsqrt"(%244) : (tensor<4xf32>) -> tensor<4xf32>
    %246 = "stablehlo.convert"(%arg13) : (tensor<64xbf16>) -> tensor<64xf32>
    %247 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %248 = "stablehlo.broadcast_in_dim"(%247) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %249 = "stablehlo.add"(%246, %248) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %250 = "stablehlo.broadcast_in_dim"(%245) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %251 = "stablehlo.multiply"(%234, %250) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %252 = "stablehlo.broadcast_in_dim"(%249) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %253 = "stablehlo.multiply"(%251, %252) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %254 = "stablehlo.reshape"(%253) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %255 = "stablehlo.add"(%188, %254) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %256 = "stablehlo.reshape"(%255) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %257 = "stablehlo.multiply"(%256, %256) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %258 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %260 = "stablehlo.reduce"(%257, %258) ({
      ^reductionFn(%arg115: tensor<f32>, %arg116: tensor<f32>) :
          %259 = "stablehlo.add"(%arg115, %arg116) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%259) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %261 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %262 = "stablehlo.broadcast_in_dim"(%261) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %263 = "stablehlo.multiply"(%260, %262) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %264 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %265 = "stablehlo.broadcast_in_dim"(%264) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %266 = "stablehlo.add"(%263, %265) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %267 = "stablehlo.rsqrt"(%266) : (tensor<4xf32>) -> tensor<4xf32>
    %268 = "stablehlo.convert"(%arg14) : (tensor<64xbf16>) -> tensor<64xf32>
    %269 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %270 = "stablehlo.broadcast_in_dim"(%269) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %271 = "stablehlo.add"(%268, %270) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %272 = "stablehlo.broadcast_in_dim"(%267) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %273 = "stablehlo.multiply"(%256, %272) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %274 = "stablehlo.broadcast_in_dim"(%271) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %275 = "stablehlo.multiply"(%273, %274) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %276 = "stablehlo.reshape"(%275) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %277 = "stablehlo.convert"(%arg15) : (tensor<128x64xbf16>) -> tensor<128x64xf32>
    %278 = "stablehlo.dot_general"(%276, %277) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<128x64xf32>) -> tensor<4x128xf32>
    %279 = "stablehlo.convert"(%arg16) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %280 = "stablehlo.dot_general"(%276, %279) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %281 = "stablehlo.convert"(%arg17) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %282 = "stablehlo.dot_general"(%276, %281) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %283 = "stablehlo.reshape"(%278) : (tensor<4x128xf32>) -> tensor<16x32xf32>
    %284 = "stablehlo.multiply"(%283, %283) : (tensor<16x32xf32>, tensor<16x32xf32>) -> tensor<16x32xf32>
    %285 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %287 = "stablehlo.reduce"(%284, %285) ({
      ^reductionFn(%arg117: tensor<f32>, %arg118: tensor<f32>) :
          %286 = "stablehlo.add"(%arg117, %arg118) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%286) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<16x32xf32>, tensor<f32>) -> tensor<16xf32>
    %288 = "stablehlo.constant"() { value = dense<0.03125> : tensor<f32> } : () -> tensor<f32>
    %289 = "stablehlo.broadcast_in_dim"(%288) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<16xf32>
    %290 = "stablehlo.multiply"(%287, %289) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %291 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %292 = "stablehlo.broadcast_in_dim"(%291) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<16xf32>
    %293 = "stablehlo.add"(%290, %292) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %294 = "stablehlo.rsqrt"(%293) : (tensor<16xf32>) -> tensor<16xf32>
    %295 = "stablehlo.convert"(%arg18) : (tensor<32xbf16>) -> tensor<32xf32>
    %296 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %297 = "stablehlo.broadcast_in_dim"(%296) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<32xf32>
    %298 = "stablehlo.add"(%295, %297) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %299 = "stablehlo.broadcast_in_dim"(%294) { broadcast_dimensions = array<i64: 0> } : (tensor<16xf32>) -> tensor<16x32xf32>
    %300 = "stablehlo.multiply"(%283, %299) : (tensor<16x32xf32>, tensor<16x32xf32>) -> tensor<16x32xf32>
    %301 = "stablehlo.broadcast_in_dim"(%298) { broadcast_dimensions = array<i64: 1> } : (tensor<32xf32>) -> tensor<16x32xf32>
    %302 = "stablehlo.multiply"(%300, %301) : (tensor<16x32xf32>, tensor<16x32xf32>) -> tensor<16x32xf32>
    %303 = "stablehlo.reshape"(%302) : (tensor<16x32xf32>) -> tensor<4x128xf32>
    %304 = "stablehlo.reshape"(%280) : (tensor<4x64xf32>) -> tensor<8x32xf32>
    %305 = "stablehlo.multiply"(%304, %304) : (tensor<8x32xf32>, tensor<8x32xf32>) -> tensor<8x32xf32>
    %306 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %308 = "stablehlo.reduce"(%305, %306) ({
      ^reductionFn(%arg119: tensor<f32>, %arg120: tensor<f32>) :
          %307 = "stablehlo.add"(%arg119, %arg120) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%307) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<8x32xf32>, tensor<f32>) -> tensor<8xf32>
    %309 = "stablehlo.constant"() { value = dense<0.03125> : tensor<f32> } : () -> tensor<f32>
    %310 = "stablehlo.broadcast_in_dim"(%309) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8xf32>
    %311 = "stablehlo.multiply"(%308, %310) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %312 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %313 = "stablehlo.broadcast_in_dim"(%312) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8xf32>
    %314 = "stablehlo.add"(%311, %313) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %315 = "stablehlo.rsqrt"(%314) : (tensor<8xf32>) -> tensor<8xf32>
    %316 = "stablehlo.convert"(%arg19) : (tensor<32xbf16>) -> tensor<32xf32>
    %317 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %318 = "stablehlo.broadcast_in_dim"(%317) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<32xf32>
    %319 = "stablehlo.add"(%316, %318) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %320 = "stablehlo.broadcast_in_dim"(%315) { broadcast_dimensions = array<i64: 0> } : (tensor<8xf32>) -> tensor<8x32xf32>
    %321 = "stablehlo.multiply"(%304, %320) : (tensor<8x32xf32>, tensor<8x32xf32>) -> tensor<8x32xf32>
    %322 = "stablehlo.broadcast_in_dim"(%319) { broadcast_dimensions = array<i64: 1> } : (tensor<32xf32>) -> tensor<8x32xf32>
    %323 = "stablehlo.multiply"(%321, %322) : (tensor<8x32xf32>, tensor<8x32xf32>) -> tensor<8x32xf32>
    %324 = "stablehlo.reshape"(%323) : (tensor<8x32xf32>) -> tensor<4x64xf32>
    %325 = "stablehlo.reshape"(%1) : (tensor<4xi32>) -> tensor<4x1xi32>
    %326 = "stablehlo.gather"(%arg80, %325) {
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
    %327 = "stablehlo.slice"(%326) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x32xf32>) -> tensor<4x16xf32>
    %328 = "stablehlo.broadcast_in_dim"(%327) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x16xf32>) -> tensor<4x4x16xf32>
    %329 = "stablehlo.slice"(%326) {
      limit_indices = array<i64: 4, 32>,
      start_indices = array<i64: 0, 16>,
      strides = array<i64: 1, 1>
    } : (tensor<4x32xf32>) -> tensor<4x16xf32>
    %330 = "stablehlo.broadcast_in_dim"(%329) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x16xf32>) -> tensor<4x4x16xf32>
    %331 = "stablehlo.reshape"(%303) : (tensor<4x128xf32>) -> tensor<4x4x32xf32>
    %332 = "stablehlo.slice"(%331) {
      limit_indices = array<i64: 4, 4, 16>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x32xf32>) -> tensor<4x4x16xf32>
    %333 = "stablehlo.slice"(%331) {
      limit_indices = array<i64: 4, 4, 32>,
      start_indices = array<i64: 0, 0, 16>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x32xf32>) -> tensor<4x4x16xf32>
    %334 = "stablehlo.multiply"(%332, %328) : (tensor<4x4x16xf32>, tensor<4x4x16xf32>) -> tensor<4x4x16xf32>
    %335 = "stablehlo.multiply"(%333, %330) : (tensor<4x4x16xf32>, tensor<4x4x16xf32>) -> tensor<4x4x16xf32>
    %336 = "stablehlo.subtract"(%334, %335) : (tensor<4x4x16xf32>, tensor<4x4x16xf32>) -> tensor<4x4x16xf32>
    %337 = "stablehlo.multiply"(%333, %328) : (tensor<4x4x16xf32>, tensor<4x4x16xf32>) -> tensor<4x4x16xf32>
    %338 = "stablehlo.multiply"(%332, %330) : (tensor<4x4x16xf32>, tensor<4x4x16xf32>) -> tensor<4x4x16xf32>
    %339 = "stablehlo.add"(%337, %338) : (tensor<4x4x16xf32>, tensor<4x4x16xf32>) -> tensor<4x4x16xf32>
    %340 = "stablehlo.concatenate"(%336, %339) { dimension = 2 : i64 } : (tensor<4x4x16xf32>, tensor<4x4x16xf32>) -> tensor<4x4x32xf32>
    %341 = "stablehlo.reshape"(%340) : (tensor<4x4x32xf32>) -> tensor<4x128xf32>
    %342 = "stablehlo.reshape"(%1) : (tensor<4xi32>) -> tensor<4x1xi32>
    %343 = "stablehlo.gather"(%arg80, %342) {
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
    %344 = "stablehlo.slice"(%343) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x32xf32>) -> tensor<4x16xf32>
    %345 = "stablehlo.broadcast_in_dim"(%344) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x16xf32>) -> tensor<4x2x16xf32>
    %346 = "stablehlo.slice"(%343) {
      limit_indices = array<i64: 4, 32>,
      start_indices = array<i64: 0, 16>,
      strides = array<i64: 1, 1>
    } : (tensor<4x32xf32>) -> tensor<4x16xf32>
    %347 = "stablehlo.broadcast_in_dim"(%346) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x16xf32>) -> tensor<4x2x16xf32>
    %348 = "stablehlo.reshape"(%324) : (tensor<4x64xf32>) -> tensor<4x2x32xf32>
    %349 = "stablehlo.slice"(%348) {
      limit_indices = array<i64: 4, 2, 16>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x2x32xf32>) -> tensor<4x2x16xf32>
    %350 = "stablehlo.slice"(%348) {
      limit_indices = array<i64: 4, 2, 32>,
      start_indices = array<i64: 0, 0, 16>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x2x32xf32>) -> tensor<4x2x16xf32>
    %351 = "stablehlo.multiply"(%349, %345) : (tensor<4x2x16xf32>, tensor<4x2x16xf32>) -> tensor<4x2x16xf32>
    %352 = "stablehlo.multiply"(%350, %347) : (tensor<4x2x16xf32>, tensor<4x2x16xf32>) -> tensor<4x2x16xf32>
    %353 = "stablehlo.subtract"(%351, %352) : (tensor<4x2x16xf32>, tensor<4x2x16xf32>) -> tensor<4x2x16xf32>
    %354 = "stablehlo.multiply"(%350, %345) : (tensor<4x2x16xf32>, tensor<4x2x16xf32>) -> tensor<4x2x16xf32>
    %355 = "stablehlo.multiply"(%349, %347) : (tensor<4x2x16xf32>, tensor<4x2x16xf32>) -> tensor<4x2x16xf32>
    %356 = "stablehlo.add"(%354, %355) : (tensor<4x2x16xf32>, tensor<4x2x16xf32>) -> tensor<4x2x16xf32>
    %357 = "stablehlo.concatenate"(%353, %356) { dimension = 2 : i64 } : (tensor<4x2x16xf32>, tensor<4x2x16xf32>) -> tensor<4x2x32xf32>
    %358 = "stablehlo.reshape"(%357) : (tensor<4x2x32xf32>) -> tensor<4x64xf32>
    %359 = "stablehlo.convert"(%358) : (tensor<4x64xf32>) -> tensor<4x64xbf16>
    %360 = "stablehlo.scatter"(%arg84, %8, %359) ({
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
    } : (tensor<4x32x64xbf16>, tensor<4x2xi32>, tensor<4x64xbf16>) -> tensor<4x32x64xbf16>
    %361 = "stablehlo.convert"(%282) : (tensor<4x64xf32>) -> tensor<4x64xbf16>
    %362 = "stablehlo.scatter"(%arg85, %8, %361) ({
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
    } : (tensor<4x32x64xbf16>, tensor<4x2xi32>, tensor<4x64xbf16>) -> tensor<4x32x64xbf16>
    %363 = "stablehlo.reshape"(%341) : (tensor<4x128xf32>) -> tensor<4x2x2x32xf32>
    %364 = "stablehlo.reshape"(%2) : (tensor<4xi32>) -> tensor<4x1xi32>
    %365 = "stablehlo.gather"(%360, %364) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [1, 2],
  collapsed_slice_dims = [0],
  operand_batching_dims = [],
  start_indices_batching_dims = [],
  start_index_map = [0],
  index_vector_dim = 1>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1, 32, 64>
    } : (tensor<4x32x64xbf16>, tensor<4x1xi32>) -> tensor<4x32x64xbf16>
    %366 = "stablehlo.convert"(%365) : (tensor<4x32x64xbf16>) -> tensor<4x32x64xf32>
    %367 = "stablehlo.reshape"(%366) : (tensor<4x32x64xf32>) -> tensor<4x32x2x32xf32>
    %368 = "stablehlo.reshape"(%2) : (tensor<4xi32>) -> tensor<4x1xi32>
    %369 = "stablehlo.gather"(%362, %368) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [1, 2],
  collapsed_slice_dims = [0],
  operand_batching_dims = [],
  start_indices_batching_dims = [],
  start_index_map = [0],
  index_vector_dim = 1>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1, 32, 64>
    } : (tensor<4x32x64xbf16>, tensor<4x1xi32>) -> tensor<4x32x64xbf16>
    %370 = "stablehlo.convert"(%369) : (tensor<4x32x64xbf16>) -> tensor<4x32x64xf32>
    %371 = "stablehlo.reshape"(%370) : (tensor<4x32x64xf32>) -> tensor<4x32x2x32xf32>
    %372 = "stablehlo.dot_general"(%363, %367) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 2],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [3]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x2x2x32xf32>, tensor<4x32x2x32xf32>) -> tensor<4x2x2x32xf32>
    %373 = "stablehlo.constant"() { value = dense<0.1767766922712326> : tensor<f32> } : () -> tensor<f32>
    %374 = "stablehlo.broadcast_in_dim"(%373) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x2x2x32xf32>
    %375 = "stablehlo.multiply"(%372, %374) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %376 = "stablehlo.broadcast_in_dim"(%147) { broadcast_dimensions = array<i64: 0, 3> } : (tensor<4x32xi1>) -> tensor<4x2x2x32xi1>
    %377 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %378 = "stablehlo.broadcast_in_dim"(%377) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x2x2x32xf32>
    %379 = "stablehlo.select"(%376, %375, %378) : (tensor<4x2x2x32xi1>, tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %380 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %382 = "stablehlo.reduce"(%379, %380) ({
      ^reductionFn(%arg125: tensor<f32>, %arg126: tensor<f32>) :
          %381 = "stablehlo.maximum"(%arg125, %arg126) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%381) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<4x2x2x32xf32>, tensor<f32>) -> tensor<4x2x2xf32>
    %383 = "stablehlo.broadcast_in_dim"(%382) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<4x2x2xf32>) -> tensor<4x2x2x32xf32>
    %384 = "stablehlo.subtract"(%379, %383) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %385 = "stablehlo.exponential"(%384) : (tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %386 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %388 = "stablehlo.reduce"(%385, %386) ({
      ^reductionFn(%arg127: tensor<f32>, %arg128: tensor<f32>) :
          %387 = "stablehlo.add"(%arg127, %arg128) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%387) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<4x2x2x32xf32>, tensor<f32>) -> tensor<4x2x2xf32>
    %389 = "stablehlo.broadcast_in_dim"(%388) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<4x2x2xf32>) -> tensor<4x2x2x32xf32>
    %390 = "stablehlo.divide"(%385, %389) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %391 = "stablehlo.dot_general"(%390, %371) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 2],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x2x2x32xf32>, tensor<4x32x2x32xf32>) -> tensor<4x2x2x32xf32>
    %392 = "stablehlo.reshape"(%391) : (tensor<4x2x2x32xf32>) -> tensor<4x128xf32>
    %393 = "stablehlo.convert"(%arg20) : (tensor<64x128xbf16>) -> tensor<64x128xf32>
    %394 = "stablehlo.dot_general"(%392, %393) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x128xf32>, tensor<64x128xf32>) -> tensor<4x64xf32>
    %395 = "stablehlo.reshape"(%394) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %396 = "stablehlo.multiply"(%395, %395) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %397 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %399 = "stablehlo.reduce"(%396, %397) ({
      ^reductionFn(%arg129: tensor<f32>, %arg130: tensor<f32>) :
          %398 = "stablehlo.add"(%arg129, %arg130) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%398) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %400 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %401 = "stablehlo.broadcast_in_dim"(%400) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %402 = "stablehlo.multiply"(%399, %401) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %403 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %404 = "stablehlo.broadcast_in_dim"(%403) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %405 = "stablehlo.add"(%402, %404) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %406 = "stablehlo.rsqrt"(%405) : (tensor<4xf32>) -> tensor<4xf32>
    %407 = "stablehlo.convert"(%arg21) : (tensor<64xbf16>) -> tensor<64xf32>
    %408 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %409 = "stablehlo.broadcast_in_dim"(%408) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %410 = "stablehlo.add"(%407, %409) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %411 = "stablehlo.broadcast_in_dim"(%406) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %412 = "stablehlo.multiply"(%395, %411) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %413 = "stablehlo.broadcast_in_dim"(%410) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %414 = "stablehlo.multiply"(%412, %413) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %415 = "stablehlo.reshape"(%414) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %416 = "stablehlo.add"(%255, %415) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %417 = "stablehlo.reshape"(%416) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %418 = "stablehlo.multiply"(%417, %417) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %419 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %421 = "stablehlo.reduce"(%418, %419) ({
      ^reductionFn(%arg131: tensor<f32>, %arg132: tensor<f32>) :
          %420 = "stablehlo.add"(%arg131, %arg132) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%420) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %422 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %423 = "stablehlo.broadcast_in_dim"(%422) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %424 = "stablehlo.multiply"(%421, %423) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %425 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %426 = "stablehlo.broadcast_in_dim"(%425) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %427 = "stablehlo.add"(%424, %426) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %428 = "stablehlo.rsqrt"(%427) : (tensor<4xf32>) -> tensor<4xf32>
    %429 = "stablehlo.convert"(%arg22) : (tensor<64xbf16>) -> tensor<64xf32>
    %430 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %431 = "stablehlo.broadcast_in_dim"(%430) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %432 = "stablehlo.add"(%429, %431) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %433 = "stablehlo.broadcast_in_dim"(%428) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %434 = "stablehlo.multiply"(%417, %433) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %435 = "stablehlo.broadcast_in_dim"(%432) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %436 = "stablehlo.multiply"(%434, %435) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %437 = "stablehlo.reshape"(%436) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %438 = "stablehlo.convert"(%arg23) : (tensor<128x64xbf16>) -> tensor<128x64xf32>
    %439 = "stablehlo.dot_general"(%437, %438) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<128x64xf32>) -> tensor<4x128xf32>
    %440 = "stablehlo.convert"(%arg24) : (tensor<128x64xbf16>) -> tensor<128x64xf32>
    %441 = "stablehlo.dot_general"(%437, %440) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<128x64xf32>) -> tensor<4x128xf32>
    %442 = "stablehlo.multiply"(%439, %439) : (tensor<4x128xf32>, tensor<4x128xf32>) -> tensor<4x128xf32>
    %443 = "stablehlo.multiply"(%442, %439) : (tensor<4x128xf32>, tensor<4x128xf32>) -> tensor<4x128xf32>
    %444 = "stablehlo.constant"() { value = dense<0.044714998453855515> : tensor<f32> } : () -> tensor<f32>
    %445 = "stablehlo.broadcast_in_dim"(%444) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x128xf32>
    %446 = "stablehlo.multiply"(%443, %445) : (tensor<4x128xf32>, tensor<4x128xf32>) -> tensor<4x128xf32>
    %447 = "stablehlo.add"(%439, %446) : (tensor<4x128xf32>, tensor<4x128xf32>) -> tensor<4x128xf32>
    %448 = "stablehlo.constant"() { value = dense<0.7978845834732056> : tensor<f32> } : () -> tensor<f32>
    %449 = "stablehlo.broadcast_in_dim"(%448) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x128xf32>
    %450 = "stablehlo.multiply"(%447, %449) : (tensor<4x128xf32>, tensor<4x128xf32>) -> tensor<4x128xf32>
    %451 = "stablehlo.constant"() { value = dense<0.5> : tensor<f32> } : () -> tensor<f32>
    %452 = "stablehlo.broadcast_in_dim"(%451) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x128xf32>
    %453 = "stablehlo.multiply"(%439, %452) : (tensor<4x128xf32>, tensor<4x128xf32>) -> tensor<4x128xf32>
    %454 = "stablehlo.tanh"(%450) : (tensor<4x128xf32>) -> tensor<4x128xf32>
    %455 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %456 = "stablehlo.broadcast_in_dim"(%455) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x128xf32>
    %457 = "stablehlo.add"(%454, %456) : (tensor<4x128xf32>, tensor<4x128xf32>) -> tensor<4x128xf32>
    %458 = "stablehlo.multiply"(%453, %457) : (tensor<4x128xf32>, tensor<4x128xf32>) -> tensor<4x128xf32>
    %459 = "stablehlo.multiply"(%458, %441) : (tensor<4x128xf32>, tensor<4x128xf32>) -> tensor<4x128xf32>
    %460 = "stablehlo.convert"(%arg25) : (tensor<64x128xbf16>) -> tensor<64x128xf32>
    %461 = "stablehlo.dot_general"(%459, %460) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x128xf32>, tensor<64x128xf32>) -> tensor<4x64xf32>
    %462 = "stablehlo.reshape"(%461) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %463 = "stablehlo.multiply"(%462, %462) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %464 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %466 = "stablehlo.reduce"(%463, %464) ({
      ^reductionFn(%arg133: tensor<f32>, %arg134: tensor<f32>) :
          %465 = "stablehlo.add"(%arg133, %arg134) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%465) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %467 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %468 = "stablehlo.broadcast_in_dim"(%467) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %469 = "stablehlo.multiply"(%466, %468) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %470 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %471 = "stablehlo.broadcast_in_dim"(%470) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %472 = "stablehlo.add"(%469, %471) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %473 = "stablehlo.rsqrt"(%472) : (tensor<4xf32>) -> tensor<4xf32>
    %474 = "stablehlo.convert"(%arg26) : (tensor<64xbf16>) -> tensor<64xf32>
    %475 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %476 = "stablehlo.broadcast_in_dim"(%475) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %477 = "stablehlo.add"(%474, %476) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %478 = "stablehlo.broadcast_in_dim"(%473) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %479 = "stablehlo.multiply"(%462, %478) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %480 = "stablehlo.broadcast_in_dim"(%477) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %481 = "stablehlo.multiply"(%479, %480) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %482 = "stablehlo.reshape"(%481) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %483 = "stablehlo.add"(%416, %482) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %484 = "stablehlo.reshape"(%483) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %485 = "stablehlo.multiply"(%484, %484) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %486 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %488 = "stablehlo.reduce"(%485, %486) ({
      ^reductionFn(%arg135: tensor<f32>, %arg136: tensor<f32>) :
          %487 = "stablehlo.add"(%arg135, %arg136) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%487) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %489 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %490 = "stablehlo.broadcast_in_dim"(%489) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %491 = "stablehlo.multiply"(%488, %490) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %492 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %493 = "stablehlo.broadcast_in_dim"(%492) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %494 = "stablehlo.add"(%491, %493) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %495 = "stablehlo.rsqrt"(%494) : (tensor<4xf32>) -> tensor<4xf32>
    %496 = "stablehlo.convert"(%arg27) : (tensor<64xbf16>) -> tensor<64xf32>
    %497 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %498 = "stablehlo.broadcast_in_dim"(%497) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %499 = "stablehlo.add"(%496, %498) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %500 = "stablehlo.broadcast_in_dim"(%495) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %501 = "stablehlo.multiply"(%484, %500) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %502 = "stablehlo.broadcast_in_dim"(%499) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %503 = "stablehlo.multiply"(%501, %502) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %504 = "stablehlo.reshape"(%503) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %505 = "stablehlo.convert"(%arg28) : (tensor<128x64xbf16>) -> tensor<128x64xf32>
    %506 = "stablehlo.dot_general"(%504, %505) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<128x64xf32>) -> tensor<4x128xf32>
    %507 = "stablehlo.convert"(%arg29) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %508 = "stablehlo.dot_general"(%504, %507) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %509 = "stablehlo.convert"(%arg30) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %510 = "stablehlo.dot_general"(%504, %509) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %511 = "stablehlo.reshape"(%506) : (tensor<4x128xf32>) -> tensor<16x32xf32>
    %512 = "stablehlo.multiply"(%511, %511) : (tensor<16x32xf32>, tensor<16x32xf32>) -> tensor<16x32xf32>
    %513 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %515 = "stablehlo.reduce"(%512, %513) ({
      ^reductionFn(%arg137: tensor<f32>, %arg138: tensor<f32>) :
          %514 = "stablehlo.add"(%arg137, %arg138) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%514) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<16x32xf32>, tensor<f32>) -> tensor<16xf32>
    %516 = "stablehlo.constant"() { value = dense<0.03125> : tensor<f32> } : () -> tensor<f32>
    %517 = "stablehlo.broadcast_in_dim"(%516) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<16xf32>
    %518 = "stablehlo.multiply"(%515, %517) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %519 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %520 = "stablehlo.broadcast_in_dim"(%519) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<16xf32>
    %521 = "stablehlo.add"(%518, %520) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %522 = "stablehlo.rsqrt"(%521) : (tensor<16xf32>) -> tensor<16xf32>
    %523 = "stablehlo.convert"(%arg31) : (tensor<32xbf16>) -> tensor<32xf32>
    %524 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %525 = "stablehlo.broadcast_in_dim"(%524) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<32xf32>
    %526 = "stablehlo.add"(%523, %525) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %527 = "stablehlo.broadcast_in_dim"(%522) { broadcast_dimensions = array<i64: 0> } : (tensor<16xf32>) -> tensor<16x32xf32>
    %528 = "stablehlo.multiply"(%511, %527) : (tensor<16x32xf32>, tensor<16x32xf32>) -> tensor<16x32xf32>
    %529 = "stablehlo.broadcast_in_dim"(%526) { broadcast_dimensions = array<i64: 1> } : (tensor<32xf32>) -> tensor<16x32xf32>
    %530 = "stablehlo.multiply"(%528, %529) : (tensor<16x32xf32>, tensor<16x32xf32>) -> tensor<16x32xf32>
    %531 = "stablehlo.reshape"(%530) : (tensor<16x32xf32>) -> tensor<4x128xf32>
    %532 = "stablehlo.reshape"(%508) : (tensor<4x64xf32>) -> tensor<8x32xf32>
    %533 = "stablehlo.multiply"(%532, %532) : (tensor<8x32xf32>, tensor<8x32xf32>) -> tensor<8x32xf32>
    %534 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %536 = "stablehlo.reduce"(%533, %534) ({
      ^reductionFn(%arg139: tensor<f32>, %arg140: tensor<f32>) :
          %535 = "stablehlo.add"(%arg139, %arg140) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%535) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<8x32xf32>, tensor<f32>) -> tensor<8xf32>
    %537 = "stablehlo.constant"() { value = dense<0.03125> : tensor<f32> } : () -> tensor<f32>
    %538 = "stablehlo.broadcast_in_dim"(%537) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8xf32>
    %539 = "stablehlo.multiply"(%536, %538) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %540 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %541 = "stablehlo.broadcast_in_dim"(%540) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8xf32>
    %542 = "stablehlo.add"(%539, %541) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %543 = "stablehlo.rsqrt"(%542) : (tensor<8xf32>) -> tensor<8xf32>
    %544 = "stablehlo.convert"(%arg32) : (tensor<32xbf16>) -> tensor<32xf32>
    %545 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %546 = "stablehlo.broadcast_in_dim"(%545) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<32xf32>
    %547 = "stablehlo.add"(%544, %546) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %548 = "stablehlo.broadcast_in_dim"(%543) { broadcast_dimensions = array<i64: 0> } : (tensor<8xf32>) -> tensor<8x32xf32>
    %549 = "stablehlo.multiply"(%532, %548) : (tensor<8x32xf32>, tensor<8x32xf32>) -> tensor<8x32xf32>
    %550 = "stablehlo.broadcast_in_dim"(%547) { broadcast_dimensions = array<i64: 1> } : (tensor<32xf32>) -> tensor<8x32xf32>
    %551 = "stablehlo.multiply"(%549, %550) : (tensor<8x32xf32>, tensor<8x32xf32>) -> tensor<8x32xf32>
    %552 = "stablehlo.reshape"(%551) : (tensor<8x32xf32>) -> tensor<4x64xf32>
    %553 = "stablehlo.reshape"(%1) : (tensor<4xi32>) -> tensor<4x1xi32>
    %554 = "stablehlo.gather"(%arg80, %553) {
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
    %555 = "stablehlo.slice"(%554) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x32xf32>) -> tensor<4x16xf32>
    %556 = "stablehlo.broadcast_in_dim"(%555) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x16xf32>) -> tensor<4x4x16xf32>
    %557 = "stablehlo.slice"(%554) {
      limit_indices = array<i64: 4, 32>,
      start_indices = array<i64: 0, 16>,
      strides = array<i64: 1, 1>
    } : (tensor<4x32xf32>) -> tensor<4x16xf32>
    %558 = "stablehlo.broadcast_in_dim"(%557) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x16xf32>) -> tensor<4x4x16xf32>
    %559 = "stablehlo.reshape"(%531) : (tensor<4x128xf32>) -> tensor<4x4x32xf32>
    %560 = "stablehlo.slice"(%559) {
      limit_indices = array<i64: 4, 4, 16>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x32xf32>) -> tensor<4x4x16xf32>
    %561 = "stablehlo.slice"(%559) {
      limit_indices = array<i64: 4, 4, 32>,
      start_indices = array<i64: 0, 0, 16>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x32xf32>) -> tensor<4x4x16xf32>
    %562 = "stablehlo.multiply"(%560, %556) : (tensor<4x4x16xf32>, tensor<4x4x16xf32>) -> tensor<4x4x16xf32>
    %563 = "stablehlo.multiply"(%561, %558) : (tensor<4x4x16xf32>, tensor<4x4x16xf32>) -> tensor<4x4x16xf32>
    %564 = "stablehlo.subtract"(%562, %563) : (tensor<4x4x16xf32>, tensor<4x4x16xf32>) -> tensor<4x4x16xf32>
    %565 = "stablehlo.multiply"(%561, %556) : (tensor<4x4x16xf32>, tensor<4x4x16xf32>) -> tensor<4x4x16xf32>
    %566 = "stablehlo.multiply"(%560, %558) : (tensor<4x4x16xf32>, tensor<4x4x16xf32>) -> tensor<4x4x16xf32>
    %567 = "stablehlo.add"(%565, %566) : (tensor<4x4x16xf32>, tensor<4x4x16xf32>) -> tensor<4x4x16xf32>
    %568 = "stablehlo.concatenate"(%564, %567) { dimension = 2 : i64 } : (tensor<4x4x16xf32>, tensor<4x4x16xf32>) -> tensor<4x4x32xf32>
    %569 = "stablehlo.reshape"(%568) : (tensor<4x4x32xf32>) -> tensor<4x128xf32>
    %570 = "stablehlo.reshape"(%1) : (tensor<4xi32>) -> tensor<4x1xi32>
    %571 = "stablehlo.gather"(%arg80, %570) {
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
    %572 = "stablehlo.slice"(%571) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x32xf32>) -> tensor<4x16xf32>
    %573 = "stablehlo.broadcast_in_dim"(%572) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x16xf32>) -> tensor<4x2x16xf32>
    %574 = "stablehlo.slice"(%571) {
      limit_indices = array<i64: 4, 32>,
      start_indices = array<i64: 0, 16>,
      strides = array<i64: 1, 1>
    } : (tensor<4x32xf32>) -> tensor<4x16xf32>
    %575 = "stablehlo.broadcast_in_dim"(%574) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x16xf32>) -> tensor<4x2x16xf32>
    %576 = "stablehlo.reshape"(%552) : (tensor<4x64xf32>) -> tensor<4x2x32xf32>
    %577 = "stablehlo.slice"(%576) {
      limit_indices = array<i64: 4, 2, 16>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x2x32xf32>) -> tensor<4x2x16xf32>
    %578 = "stablehlo.slice"(%576) {
      limit_indices = array<i64: 4, 2, 32>,
      start_indices = array<i64: 0, 0, 16>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x2x32xf32>) -> tensor<4x2x16xf32>
    %579 = "stablehlo.multiply"(%577, %573) : (tensor<4x2x16xf32>, tensor<4x2x16xf32>) -> tensor<4x2x16xf32>
    %580 = "stablehlo.multiply"(%578, %575) : (tensor<4x2x16xf32>, tensor<4x2x16xf32>) -> tensor<4x2x16xf32>
    %581 = "stablehlo.subtract"(%579, %580) : (tensor<4x2x16xf32>, tensor<4x2x16xf32>) -> tensor<4x2x16xf32>
    %582 = "stablehlo.multiply"(%578, %573) : (tensor<4x2x16xf32>, tensor<4x2x16xf32>) -> tensor<4x2x16xf32>
    %583 = "stablehlo.multiply"(%577, %575) : (tensor<4x2x16xf32>, tensor<4x2x16xf32>) -> tensor<4x2x16xf32>
    %584 = "stablehlo.add"(%582, %583) : (tensor<4x2x16xf32>, tensor<4x2x16xf32>) -> tensor<4x2x16xf32>
    %585 = "stablehlo.concatenate"(%581, %584) { dimension = 2 : i64 } : (tensor<4x2x16xf32>, tensor<4x2x16xf32>) -> tensor<4x2x32xf32>
    %586 = "stablehlo.reshape"(%585) : (tensor<4x2x32xf32>) -> tensor<4x64xf32>
    %587 = "stablehlo.convert"(%586) : (tensor<4x64xf32>) -> tensor<4x64xbf16>
    %588 = "stablehlo.scatter"(%arg86, %8, %587) ({
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
    } : (tensor<4x32x64xbf16>, tensor<4x2xi32>, tensor<4x64xbf16>) -> tensor<4x32x64xbf16>
    %589 = "stablehlo.convert"(%510) : (tensor<4x64xf32>) -> tensor<4x64xbf16>
    %590 = "stablehlo.scatter"(%arg87, %8, %589) ({
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
    } : (tensor<4x32x64xbf16>, tensor<4x2xi32>, tensor<4x64xbf16>) -> tensor<4x32x64xbf16>
    %591 = "stablehlo.reshape"(%569) : (tensor<4x128xf32>) -> tensor<4x2x2x32xf32>
    %592 = "stablehlo.reshape"(%2) : (tensor<4xi32>) -> tensor<4x1xi32>
    %593 = "stablehlo.gather"(%588, %592) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [1, 2],
  collapsed_slice_dims = [0],
  operand_batching_dims = [],
  start_indices_batching_dims = [],
  start_index_map = [0],
  index_vector_dim = 1>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1, 32, 64>
    } : (tensor<4x32x64xbf16>, tensor<4x1xi32>) -> tensor<4x32x64xbf16>
    %594 = "stablehlo.convert"(%593) : (tensor<4x32x64xbf16>) -> tensor<4x32x64xf32>
    %595 = "stablehlo.reshape"(%594) : (tensor<4x32x64xf32>) -> tensor<4x32x2x32xf32>
    %596 = "stablehlo.reshape"(%2) : (tensor<4xi32>) -> tensor<4x1xi32>
    %597 = "stablehlo.gather"(%590, %596) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [1, 2],
  collapsed_slice_dims = [0],
  operand_batching_dims = [],
  start_indices_batching_dims = [],
  start_index_map = [0],
  index_vector_dim = 1>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1, 32, 64>
    } : (tensor<4x32x64xbf16>, tensor<4x1xi32>) -> tensor<4x32x64xbf16>
    %598 = "stablehlo.convert"(%597) : (tensor<4x32x64xbf16>) -> tensor<4x32x64xf32>
    %599 = "stablehlo.reshape"(%598) : (tensor<4x32x64xf32>) -> tensor<4x32x2x32xf32>
    %600 = "stablehlo.dot_general"(%591, %595) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 2],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [3]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x2x2x32xf32>, tensor<4x32x2x32xf32>) -> tensor<4x2x2x32xf32>
    %601 = "stablehlo.constant"() { value = dense<0.1767766922712326> : tensor<f32> } : () -> tensor<f32>
    %602 = "stablehlo.broadcast_in_dim"(%601) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x2x2x32xf32>
    %603 = "stablehlo.multiply"(%600, %602) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %604 = "stablehlo.broadcast_in_dim"(%147) { broadcast_dimensions = array<i64: 0, 3> } : (tensor<4x32xi1>) -> tensor<4x2x2x32xi1>
    %605 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %606 = "stablehlo.broadcast_in_dim"(%605) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x2x2x32xf32>
    %607 = "stablehlo.select"(%604, %603, %606) : (tensor<4x2x2x32xi1>, tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %608 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %610 = "stablehlo.reduce"(%607, %608) ({
      ^reductionFn(%arg145: tensor<f32>, %arg146: tensor<f32>) :
          %609 = "stablehlo.maximum"(%arg145, %arg146) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%609) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<4x2x2x32xf32>, tensor<f32>) -> tensor<4x2x2xf32>
    %611 = "stablehlo.broadcast_in_dim"(%610) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<4x2x2xf32>) -> tensor<4x2x2x32xf32>
    %612 = "stablehlo.subtract"(%607, %611) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %613 = "stablehlo.exponential"(%612) : (tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %614 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %616 = "stablehlo.reduce"(%613, %614) ({
      ^reductionFn(%arg147: tensor<f32>, %arg148: tensor<f32>) :
          %615 = "stablehlo.add"(%arg147, %arg148) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%615) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<4x2x2x32xf32>, tensor<f32>) -> tensor<4x2x2xf32>
    %617 = "stablehlo.broadcast_in_dim"(%616) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<4x2x2xf32>) -> tensor<4x2x2x32xf32>
    %618 = "stablehlo.divide"(%613, %617) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %619 = "stablehlo.dot_general"(%618, %599) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 2],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x2x2x32xf32>, tensor<4x32x2x32xf32>) -> tensor<4x2x2x32xf32>
    %620 = "stablehlo.reshape"(%619) : (tensor<4x2x2x32xf32>) -> tensor<4x128xf32>
    %621 = "stablehlo.convert"(%arg33) : (tensor<64x128xbf16>) -> tensor<64x128xf32>
    %622 = "stablehlo.dot_general"(%620, %621) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x128xf32>, tensor<64x128xf32>) -> tensor<4x64xf32>
    %623 = "stablehlo.reshape"(%622) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %624 = "stablehlo.multiply"(%623, %623) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %625 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %627 = "stablehlo.reduce"(%624, %625) ({
      ^reductionFn(%arg149: tensor<f32>, %arg150: tensor<f32>) :
          %626 = "stablehlo.add"(%arg149, %arg150) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%626) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %628 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %629 = "stablehlo.broadcast_in_dim"(%628) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %630 = "stablehlo.multiply"(%627, %629) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %631 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %632 = "stablehlo.broadcast_in_dim"(%631) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %633 = "stablehlo.add"(%630, %632) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %634 = "stablehlo.rsqrt"(%633) : (tensor<4xf32>) -> tensor<4xf32>
    %635 = "stablehlo.convert"(%arg34) : (tensor<64xbf16>) -> tensor<64xf32>
    %636 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %637 = "stablehlo.broadcast_in_dim"(%636) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %638 = "stablehlo.add"(%635, %637) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %639 = "stablehlo.broadcast_in_dim"(%634) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %640 = "stablehlo.multiply"(%623, %639) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %641 = "stablehlo.broadcast_in_dim"(%638) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %642 = "stablehlo.multiply"(%640, %641) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %643 = "stablehlo.reshape"(%642) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %644 = "stablehlo.add"(%483, %643) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %645 = "stablehlo.reshape"(%644) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %646 = "stablehlo.multiply"(%645, %645) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %647 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %649 = "stablehlo.reduce"(%646, %647) ({
      ^reductionFn(%arg151: tensor<f32>, %arg152: tensor<f32>) :
          %648 = "stablehlo.add"(%arg151, %arg152) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%648) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %650 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %651 = "stablehlo.broadcast_in_dim"(%650) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %652 = "stablehlo.multiply"(%649, %651) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %653 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %654 = "stablehlo.broadcast_in_dim"(%653) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %655 = "stablehlo.add"(%652, %654) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %656 = "stablehlo.rsqrt"(%655) : (tensor<4xf32>) -> tensor<4xf32>
    %657 = "stablehlo.convert"(%arg35) : (tensor<64xbf16>) -> tensor<64xf32>
    %658 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %659 = "stablehlo.broadcast_in_dim"(%658) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %660 = "stablehlo.add"(%657, %659) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %661 = "stablehlo.broadcast_in_dim"(%656) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %662 = "stablehlo.multiply"(%645, %661) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %663 = "stablehlo.broadcast_in_dim"(%660) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %664 = "stablehlo.multiply"(%662, %663) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %665 = "stablehlo.reshape"(%664) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %666 = "stablehlo.convert"(%arg36) : (tensor<128x64xbf16>) -> tensor<128x64xf32>
    %667 = "stablehlo.dot_general"(%665, %666) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<128x64xf32>) -> tensor<4x128xf32>
    %668 = "stablehlo.convert"(%arg37) : (tensor<128x64xbf16>) -> tensor<128x64xf32>
    %669 = "stablehlo.dot_general"(%665, %668) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<128x64xf32>) -> tensor<4x128xf32>
    %670 = "stablehlo.multiply"(%667, %667) : (tensor<4x128xf32>, tensor<4x128xf32>) -> tensor<4x128xf32>
    %671 = "stablehlo.multiply"(%670, %667) : (tensor<4x128xf32>, tensor<4x128xf32>) -> tensor<4x128xf32>
    %672 = "stablehlo.constant"() { value = dense<0.044714998453855515> : tensor<f32> } : () -> tensor<f32>
    %673 = "stablehlo.broadcast_in_dim"(%672) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x128xf32>
    %674 = "stablehlo.multiply"(%671, %673) : (tensor<4x128xf32>, tensor<4x128xf32>) -> tensor<4x128xf32>
    %675 = "stablehlo.add"(%667, %674) : (tensor<4x128xf32>, tensor<4x128xf32>) -> tensor<4x128xf32>
    %676 = "stablehlo.constant"() { value = dense<0.7978845834732056> : tensor<f32> } : () -> tensor<f32>
    %677 = "stablehlo.broadcast_in_dim"(%676) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x128xf32>
    %678 = "stablehlo.multiply"(%675, %677) : (tensor<4x128xf32>, tensor<4x128xf32>) -> tensor<4x128xf32>
    %679 = "stablehlo.constant"() { value = dense<0.5> : tensor<f32> } : () -> tensor<f32>
    %680 = "stablehlo.broadcast_in_dim"(%679) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x128xf32>
    %681 = "stablehlo.multiply"(%667, %680) : (tensor<4x128xf32>, tensor<4x128xf32>) -> tensor<4x128xf32>
    %682 = "stablehlo.tanh"(%678) : (tensor<4x128xf32>) -> tensor<4x128xf32>
    %683 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %684 = "stablehlo.broadcast_in_dim"(%683) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x128xf32>
    %685 = "stablehlo.add"(%682, %684) : (tensor<4x128xf32>, tensor<4x128xf32>) -> tensor<4x128xf32>
    %686 = "stablehlo.multiply"(%681, %685) : (tensor<4x128xf32>, tensor<4x128xf32>) -> tensor<4x128xf32>
    %687 = "stablehlo.multiply"(%686, %669) : (tensor<4x128xf32>, tensor<4x128xf32>) -> tensor<4x128xf32>
    %688 = "stablehlo.convert"(%arg38) : (tensor<64x128xbf16>) -> tensor<64x128xf32>
    %689 = "stablehlo.dot_general"(%687, %688) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x128xf32>, tensor<64x128xf32>) -> tensor<4x64xf32>
    %690 = "stablehlo.reshape"(%689) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %691 = "stablehlo.multiply"(%690, %690) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %692 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %694 = "stablehlo.reduce"(%691, %692) ({
      ^reductionFn(%arg153: tensor<f32>, %arg154: tensor<f32>) :
          %693 = "stablehlo.add"(%arg153, %arg154) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%693) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %695 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %696 = "stablehlo.broadcast_in_dim"(%695) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %697 = "stablehlo.multiply"(%694, %696) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %698 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %699 = "stablehlo.broadcast_in_dim"(%698) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %700 = "stablehlo.add"(%697, %699) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %701 = "stablehlo.rsqrt"(%700) : (tensor<4xf32>) -> tensor<4xf32>
    %702 = "stablehlo.convert"(%arg39) : (tensor<64xbf16>) -> tensor<64xf32>
    %703 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %704 = "stablehlo.broadcast_in_dim"(%703) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %705 = "stablehlo.add"(%702, %704) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %706 = "stablehlo.broadcast_in_dim"(%701) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %707 = "stablehlo.multiply"(%690, %706) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %708 = "stablehlo.broadcast_in_dim"(%705) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %709 = "stablehlo.multiply"(%707, %708) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %710 = "stablehlo.reshape"(%709) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %711 = "stablehlo.add"(%644, %710) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %712 = "stablehlo.reshape"(%711) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %713 = "stablehlo.multiply"(%712, %712) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %714 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %716 = "stablehlo.reduce"(%713, %714) ({
      ^reductionFn(%arg155: tensor<f32>, %arg156: tensor<f32>) :
          %715 = "stablehlo.add"(%arg155, %arg156) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%715) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %717 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %718 = "stablehlo.broadcast_in_dim"(%717) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %719 = "stablehlo.multiply"(%716, %718) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %720 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %721 = "stablehlo.broadcast_in_dim"(%720) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %722 = "stablehlo.add"(%719, %721) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %723 = "stablehlo.rsqrt"(%722) : (tensor<4xf32>) -> tensor<4xf32>
    %724 = "stablehlo.convert"(%arg40) : (tensor<64xbf16>) -> tensor<64xf32>
    %725 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %726 = "stablehlo.broadcast_in_dim"(%725) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %727 = "stablehlo.add"(%724, %726) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %728 = "stablehlo.broadcast_in_dim"(%723) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %729 = "stablehlo.multiply"(%712, %728) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %730 = "stablehlo.broadcast_in_dim"(%727) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %731 = "stablehlo.multiply"(%729, %730) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %732 = "stablehlo.reshape"(%731) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %733 = "stablehlo.convert"(%arg41) : (tensor<128x64xbf16>) -> tensor<128x64xf32>
    %734 = "stablehlo.dot_general"(%732, %733) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<128x64xf32>) -> tensor<4x128xf32>
    %735 = "stablehlo.convert"(%arg42) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %736 = "stablehlo.dot_general"(%732, %735) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %737 = "stablehlo.convert"(%arg43) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %738 = "stablehlo.dot_general"(%732, %737) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %739 = "stablehlo.reshape"(%734) : (tensor<4x128xf32>) -> tensor<16x32xf32>
    %740 = "stablehlo.multiply"(%739, %739) : (tensor<16x32xf32>, tensor<16x32xf32>) -> tensor<16x32xf32>
    %741 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %743 = "stablehlo.reduce"(%740, %741) ({
      ^reductionFn(%arg157: tensor<f32>, %arg158: tensor<f32>) :
          %742 = "stablehlo.add"(%arg157, %arg158) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%742) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<16x32xf32>, tensor<f32>) -> tensor<16xf32>
    %744 = "stablehlo.constant"() { value = dense<0.03125> : tensor<f32> } : () -> tensor<f32>
    %745 = "stablehlo.broadcast_in_dim"(%744) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<16xf32>
    %746 = "stablehlo.multiply"(%743, %745) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %747 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %748 = "stablehlo.broadcast_in_dim"(%747) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<16xf32>
    %749 = "stablehlo.add"(%746, %748) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %750 = "stablehlo.rsqrt"(%749) : (tensor<16xf32>) -> tensor<16xf32>
    %751 = "stablehlo.convert"(%arg44) : (tensor<32xbf16>) -> tensor<32xf32>
    %752 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %753 = "stablehlo.broadcast_in_dim"(%752) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<32xf32>
    %754 = "stablehlo.add"(%751, %753) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %755 = "stablehlo.broadcast_in_dim"(%750) { broadcast_dimensions = array<i64: 0> } : (tensor<16xf32>) -> tensor<16x32xf32>
    %756 = "stablehlo.multiply"(%739, %755) : (tensor<16x32xf32>, tensor<16x32xf32>) -> tensor<16x32xf32>
    %757 = "stablehlo.broadcast_in_dim"(%754) { broadcast_dimensions = array<i64: 1> } : (tensor<32xf32>) -> tensor<16x32xf32>
    %758 = "stablehlo.multiply"(%756, %757) : (tensor<16x32xf32>, tensor<16x32xf32>) -> tensor<16x32xf32>
    %759 = "stablehlo.reshape"(%758) : (tensor<16x32xf32>) -> tensor<4x128xf32>
    %760 = "stablehlo.reshape"(%736) : (tensor<4x64xf32>) -> tensor<8x32xf32>
    %761 = "stablehlo.multiply"(%760, %760) : (tensor<8x32xf32>, tensor<8x32xf32>) -> tensor<8x32xf32>
    %762 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %764 = "stablehlo.reduce"(%761, %762) ({
      ^reductionFn(%arg159: tensor<f32>, %arg160: tensor<f32>) :
          %763 = "stablehlo.add"(%arg159, %arg160) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%763) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<8x32xf32>, tensor<f32>) -> tensor<8xf32>
    %765 = "stablehlo.constant"() { value = dense<0.03125> : tensor<f32> } : () -> tensor<f32>
    %766 = "stablehlo.broadcast_in_dim"(%765) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8xf32>
    %767 = "stablehlo.multiply"(%764, %766) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %768 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %769 = "stablehlo.broadcast_in_dim"(%768) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8xf32>
    %770 = "stablehlo.add"(%767, %769) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %771 = "stablehlo.rsqrt"(%770) : (tensor<8xf32>) -> tensor<8xf32>
    %772 = "stablehlo.convert"(%arg45) : (tensor<32xbf16>) -> tensor<32xf32>
    %773 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %774 = "stablehlo.broadcast_in_dim"(%773) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<32xf32>
    %775 = "stablehlo.add"(%772, %774) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %776 = "stablehlo.broadcast_in_dim"(%771) { broadcast_dimensions = array<i64: 0> } : (tensor<8xf32>) -> tensor<8x32xf32>
    %777 = "stablehlo.multiply"(%760, %776) : (tensor<8x32xf32>, tensor<8x32xf32>) -> tensor<8x32xf32>
    %778 = "stablehlo.broadcast_in_dim"(%775) { broadcast_dimensions = array<i64: 1> } : (tensor<32xf32>) -> tensor<8x32xf32>
    %779 = "stablehlo.multiply"(%777, %778) : (tensor<8x32xf32>, tensor<8x32xf32>) -> tensor<8x32xf32>
    %780 = "stablehlo.reshape"(%779) : (tensor<8x32xf32>) -> tensor<4x64xf32>
    %781 = "stablehlo.reshape"(%1) : (tensor<4xi32>) -> tensor<4x1xi32>
    %782 = "stablehlo.gather"(%arg80, %781) {
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
    %783 = "stablehlo.slice"(%782) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x32xf32>) -> tensor<4x16xf32>
    %784 = "stablehlo.broadcast_in_dim"(%783) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x16xf32>) -> tensor<4x4x16xf32>
    %785 = "stablehlo.slice"(%782) {
      limit_indices = array<i64: 4, 32>,
      start_indices = array<i64: 0, 16>,
      strides = array<i64: 1, 1>
    } : (tensor<4x32xf32>) -> tensor<4x16xf32>
    %786 = "stablehlo.broadcast_in_dim"(%785) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x16xf32>) -> tensor<4x4x16xf32>
    %787 = "stablehlo.reshape"(%759) : (tensor<4x128xf32>) -> tensor<4x4x32xf32>
    %788 = "stablehlo.slice"(%787) {
      limit_indices = array<i64: 4, 4, 16>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x32xf32>) -> tensor<4x4x16xf32>
    %789 = "stablehlo.slice"(%787) {
      limit_indices = array<i64: 4, 4, 32>,
      start_indices = array<i64: 0, 0, 16>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x32xf32>) -> tensor<4x4x16xf32>
    %790 = "stablehlo.multiply"(%788, %784) : (tensor<4x4x16xf32>, tensor<4x4x16xf32>) -> tensor<4x4x16xf32>
    %791 = "stablehlo.multiply"(%789, %786) : (tensor<4x4x16xf32>, tensor<4x4x16xf32>) -> tensor<4x4x16xf32>
    %792 = "stablehlo.subtract"(%790, %791) : (tensor<4x4x16xf32>, tensor<4x4x16xf32>) -> tensor<4x4x16xf32>
    %793 = "stablehlo.multiply"(%789, %784) : (tensor<4x4x16xf32>, tensor<4x4x16xf32>) -> tensor<4x4x16xf32>
    %794 = "stablehlo.multiply"(%788, %786) : (tensor<4x4x16xf32>, tensor<4x4x16xf32>) -> tensor<4x4x16xf32>
    %795 = "stablehlo.add"(%793, %794) : (tensor<4x4x16xf32>, tensor<4x4x16xf32>) -> tensor<4x4x16xf32>
    %796 = "stablehlo.concatenate"(%792, %795) { dimension = 2 : i64 } : (tensor<4x4x16xf32>, tensor<4x4x16xf32>) -> tensor<4x4x32xf32>
    %797 = "stablehlo.reshape"(%796) : (tensor<4x4x32xf32>) -> tensor<4x128xf32>
    %798 = "stablehlo.reshape"(%1) : (tensor<4xi32>) -> tensor<4x1xi32>
    %799 = "stablehlo.gather"(%arg80, %798) {
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
    %800 = "stablehlo.slice"(%799) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x32xf32>) -> tensor<4x16xf32>
    %801 = "stablehlo.broadcast_in_dim"(%800) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x16xf32>) -> tensor<4x2x16xf32>
    %802 = "stablehlo.slice"(%799) {
      limit_indices = array<i64: 4, 32>,
      start_indices = array<i64: 0, 16>,
      strides = array<i64: 1, 1>
    } : (tensor<4x32xf32>) -> tensor<4x16xf32>
    %803 = "stablehlo.broadcast_in_dim"(%802) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x16xf32>) -> tensor<4x2x16xf32>
    %804 = "stablehlo.reshape"(%780) : (tensor<4x64xf32>) -> tensor<4x2x32xf32>
    %805 = "stablehlo.slice"(%804) {
      limit_indices = array<i64: 4, 2, 16>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x2x32xf32>) -> tensor<4x2x16xf32>
    %806 = "stablehlo.slice"(%804) {
      limit_indices = array<i64: 4, 2, 32>,
      start_indices = array<i64: 0, 0, 16>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x2x32xf32>) -> tensor<4x2x16xf32>
    %807 = "stablehlo.multiply"(%805, %801) : (tensor<4x2x16xf32>, tensor<4x2x16xf32>) -> tensor<4x2x16xf32>
    %808 = "stablehlo.multiply"(%806, %803) : (tensor<4x2x16xf32>, tensor<4x2x16xf32>) -> tensor<4x2x16xf32>
    %809 = "stablehlo.subtract"(%807, %808) : (tensor<4x2x16xf32>, tensor<4x2x16xf32>) -> tensor<4x2x16xf32>
    %810 = "stablehlo.multiply"(%806, %801) : (tensor<4x2x16xf32>, tensor<4x2x16xf32>) -> tensor<4x2x16xf32>
    %811 = "stablehlo.multiply"(%805, %803) : (tensor<4x2x16xf32>, tensor<4x2x16xf32>) -> tensor<4x2x16xf32>
    %812 = "stablehlo.add"(%810, %811) : (tensor<4x2x16xf32>, tensor<4x2x16xf32>) -> tensor<4x2x16xf32>
    %813 = "stablehlo.concatenate"(%809, %812) { dimension = 2 : i64 } : (tensor<4x2x16xf32>, tensor<4x2x16xf32>) -> tensor<4x2x32xf32>
    %814 = "stablehlo.reshape"(%813) : (tensor<4x2x32xf32>) -> tensor<4x64xf32>
    %815 = "stablehlo.convert"(%814) : (tensor<4x64xf32>) -> tensor<4x64xbf16>
    %816 = "stablehlo.scatter"(%arg88, %8, %815) ({
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
    } : (tensor<4x32x64xbf16>, tensor<4x2xi32>, tensor<4x64xbf16>) -> tensor<4x32x64xbf16>
    %817 = "stablehlo.convert"(%738) : (tensor<4x64xf32>) -> tensor<4x64xbf16>
    %818 = "stablehlo.scatter"(%arg89, %8, %817) ({
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
    } : (tensor<4x32x64xbf16>, tensor<4x2xi32>, tensor<4x64xbf16>) -> tensor<4x32x64xbf16>
    %819 = "stablehlo.reshape"(%797) : (tensor<4x128xf32>) -> tensor<4x2x2x32xf32>
    %820 = "stablehlo.reshape"(%2) : (tensor<4xi32>) -> tensor<4x1xi32>
    %821 = "stablehlo.gather"(%816, %820) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [1, 2],
  collapsed_slice_dims = [0],
  operand_batching_dims = [],
  start_indices_batching_dims = [],
  start_index_map = [0],
  index_vector_dim = 1>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1, 32, 64>
    } : (tensor<4x32x64xbf16>, tensor<4x1xi32>) -> tensor<4x32x64xbf16>
    %822 = "stablehlo.convert"(%821) : (tensor<4x32x64xbf16>) -> tensor<4x32x64xf32>
    %823 = "stablehlo.reshape"(%822) : (tensor<4x32x64xf32>) -> tensor<4x32x2x32xf32>
    %824 = "stablehlo.reshape"(%2) : (tensor<4xi32>) -> tensor<4x1xi32>
    %825 = "stablehlo.gather"(%818, %824) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [1, 2],
  collapsed_slice_dims = [0],
  operand_batching_dims = [],
  start_indices_batching_dims = [],
  start_index_map = [0],
  index_vector_dim = 1>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1, 32, 64>
    } : (tensor<4x32x64xbf16>, tensor<4x1xi32>) -> tensor<4x32x64xbf16>
    %826 = "stablehlo.convert"(%825) : (tensor<4x32x64xbf16>) -> tensor<4x32x64xf32>
    %827 = "stablehlo.reshape"(%826) : (tensor<4x32x64xf32>) -> tensor<4x32x2x32xf32>
    %828 = "stablehlo.dot_general"(%819, %823) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 2],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [3]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x2x2x32xf32>, tensor<4x32x2x32xf32>) -> tensor<4x2x2x32xf32>
    %829 = "stablehlo.constant"() { value = dense<0.1767766922712326> : tensor<f32> } : () -> tensor<f32>
    %830 = "stablehlo.broadcast_in_dim"(%829) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x2x2x32xf32>
    %831 = "stablehlo.multiply"(%828, %830) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %832 = "stablehlo.broadcast_in_dim"(%147) { broadcast_dimensions = array<i64: 0, 3> } : (tensor<4x32xi1>) -> tensor<4x2x2x32xi1>
    %833 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %834 = "stablehlo.broadcast_in_dim"(%833) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x2x2x32xf32>
    %835 = "stablehlo.select"(%832, %831, %834) : (tensor<4x2x2x32xi1>, tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %836 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %838 = "stablehlo.reduce"(%835, %836) ({
      ^reductionFn(%arg165: tensor<f32>, %arg166: tensor<f32>) :
          %837 = "stablehlo.maximum"(%arg165, %arg166) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%837) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<4x2x2x32xf32>, tensor<f32>) -> tensor<4x2x2xf32>
    %839 = "stablehlo.broadcast_in_dim"(%838) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<4x2x2xf32>) -> tensor<4x2x2x32xf32>
    %840 = "stablehlo.subtract"(%835, %839) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %841 = "stablehlo.exponential"(%840) : (tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %842 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %844 = "stablehlo.reduce"(%841, %842) ({
      ^reductionFn(%arg167: tensor<f32>, %arg168: tensor<f32>) :
          %843 = "stablehlo.add"(%arg167, %arg168) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%843) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<4x2x2x32xf32>, tensor<f32>) -> tensor<4x2x2xf32>
    %845 = "stablehlo.broadcast_in_dim"(%844) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<4x2x2xf32>) -> tensor<4x2x2x32xf32>
    %846 = "stablehlo.divide"(%841, %845) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %847 = "stablehlo.dot_general"(%846, %827) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 2],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x2x2x32xf32>, tensor<4x32x2x32xf32>) -> tensor<4x2x2x32xf32>
    %848 = "stablehlo.reshape"(%847) : (tensor<4x2x2x32xf32>) -> tensor<4x128xf32>
    %849 = "stablehlo.convert"(%arg46) : (tensor<64x128xbf16>) -> tensor<64x128xf32>
    %850 = "stablehlo.dot_general"(%848, %849) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x128xf32>, tensor<64x128xf32>) -> tensor<4x64xf32>
    %851 = "stablehlo.reshape"(%850) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %852 = "stablehlo.multiply"(%851, %851) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %853 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %855 = "stablehlo.reduce"(%852, %853) ({
      ^reductionFn(%arg169: tensor<f32>, %arg170: tensor<f32>) :
          %854 = "stablehlo.add"(%arg169, %arg170) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%854) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %856 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %857 = "stablehlo.broadcast_in_dim"(%856) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %858 = "stablehlo.multiply"(%855, %857) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %859 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %860 = "stablehlo.broadcast_in_dim"(%859) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %861 = "stablehlo.add"(%858, %860) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %862 = "stablehlo.rsqrt"(%861) : (tensor<4xf32>) -> tensor<4xf32>
    %863 = "stablehlo.convert"(%arg47) : (tensor<64xbf16>) -> tensor<64xf32>
    %864 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %865 = "stablehlo.broadcast_in_dim"(%864) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %866 = "stablehlo.add"(%863, %865) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %867 = "stablehlo.broadcast_in_dim"(%862) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %868 = "stablehlo.multiply"(%851, %867) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %869 = "stablehlo.broadcast_in_dim"(%866) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %870 = "stablehlo.multiply"(%868, %869) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %871 = "stablehlo.reshape"(%870) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %872 = "stablehlo.add"(%711, %871) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %873 = "stablehlo.reshape"(%872) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %874 = "stablehlo.multiply"(%873, %873) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %875 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %877 = "stablehlo.reduce"(%874, %875) ({
      ^reductionFn(%arg171: tensor<f32>, %arg172: tensor<f32>) :
          %876 = "stablehlo.add"(%arg171, %arg172) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%876) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %878 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %879 = "stablehlo.broadcast_in_dim"(%878) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %880 = "stablehlo.multiply"(%877, %879) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %881 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %882 = "stablehlo.broadcast_in_dim"(%881) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %883 = "stablehlo.add"(%880, %882) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %884 = "stablehlo.rsqrt"(%883) : (tensor<4xf32>) -> tensor<4xf32>
    %885 = "stablehlo.convert"(%arg48) : (tensor<64xbf16>) -> tensor<64xf32>
    %886 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %887 = "stablehlo.broadcast_in_dim"(%886) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %888 = "stablehlo.add"(%885, %887) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %889 = "stablehlo.broadcast_in_dim"(%884) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %890 = "stablehlo.multiply"(%873, %889) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %891 = "stablehlo.broadcast_in_dim"(%888) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %892 = "stablehlo.multiply"(%890, %891) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %893 = "stablehlo.reshape"(%892) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %894 = "stablehlo.convert"(%arg49) : (tensor<128x64xbf16>) -> tensor<128x64xf32>
    %895 = "stablehlo.dot_general"(%893, %894) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<128x64xf32>) -> tensor<4x128xf32>
    %896 = "stablehlo.convert"(%arg50) : (tensor<128x64xbf16>) -> tensor<128x64xf32>
    %897 = "stablehlo.dot_general"(%893, %896) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<128x64xf32>) -> tensor<4x128xf32>
    %898 = "stablehlo.multiply"(%895, %895) : (tensor<4x128xf32>, tensor<4x128xf32>) -> tensor<4x128xf32>
    %899 = "stablehlo.multiply"(%898, %895) : (tensor<4x128xf32>, tensor<4x128xf32>) -> tensor<4x128xf32>
    %900 = "stablehlo.constant"() { value = dense<0.044714998453855515> : tensor<f32> } : () -> tensor<f32>
    %901 = "stablehlo.broadcast_in_dim"(%900) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x128xf32>
    %902 = "stablehlo.multiply"(%899, %901) : (tensor<4x128xf32>, tensor<4x128xf32>) -> tensor<4x128xf32>
    %903 = "stablehlo.add"(%895, %902) : (tensor<4x128xf32>, tensor<4x128xf32>) -> tensor<4x128xf32>
    %904 = "stablehlo.constant"() { value = dense<0.7978845834732056> : tensor<f32> } : () -> tensor<f32>
    %905 = "stablehlo.broadcast_in_dim"(%904) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x128xf32>
    %906 = "stablehlo.multiply"(%903, %905) : (tensor<4x128xf32>, tensor<4x128xf32>) -> tensor<4x128xf32>
    %907 = "stablehlo.constant"() { value = dense<0.5> : tensor<f32> } : () -> tensor<f32>
    %908 = "stablehlo.broadcast_in_dim"(%907) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x128xf32>
    %909 = "stablehlo.multiply"(%895, %908) : (tensor<4x128xf32>, tensor<4x128xf32>) -> tensor<4x128xf32>
    %910 = "stablehlo.tanh"(%906) : (tensor<4x128xf32>) -> tensor<4x128xf32>
    %911 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %912 = "stablehlo.broadcast_in_dim"(%911) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x128xf32>
    %913 = "stablehlo.add"(%910, %912) : (tensor<4x128xf32>, tensor<4x128xf32>) -> tensor<4x128xf32>
    %914 = "stablehlo.multiply"(%909, %913) : (tensor<4x128xf32>, tensor<4x128xf32>) -> tensor<4x128xf32>
    %915 = "stablehlo.multiply"(%914, %897) : (tensor<4x128xf32>, tensor<4x128xf32>) -> tensor<4x128xf32>
    %916 = "stablehlo.convert"(%arg51) : (tensor<64x128xbf16>) -> tensor<64x128xf32>
    %917 = "stablehlo.dot_general"(%915, %916) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x128xf32>, tensor<64x128xf32>) -> tensor<4x64xf32>
    %918 = "stablehlo.reshape"(%917) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %919 = "stablehlo.multiply"(%918, %918) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %920 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %922 = "stablehlo.reduce"(%919, %920) ({
      ^reductionFn(%arg173: tensor<f32>, %arg174: tensor<f32>) :
          %921 = "stablehlo.add"(%arg173, %arg174) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%921) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %923 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %924 = "stablehlo.broadcast_in_dim"(%923) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %925 = "stablehlo.multiply"(%922, %924) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %926 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %927 = "stablehlo.broadcast_in_dim"(%926) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %928 = "stablehlo.add"(%925, %927) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %929 = "stablehlo.rsqrt"(%928) : (tensor<4xf32>) -> tensor<4xf32>
    %930 = "stablehlo.convert"(%arg52) : (tensor<64xbf16>) -> tensor<64xf32>
    %931 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %932 = "stablehlo.broadcast_in_dim"(%931) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %933 = "stablehlo.add"(%930, %932) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %934 = "stablehlo.broadcast_in_dim"(%929) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %935 = "stablehlo.multiply"(%918, %934) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %936 = "stablehlo.broadcast_in_dim"(%933) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %937 = "stablehlo.multiply"(%935, %936) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %938 = "stablehlo.reshape"(%937) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %939 = "stablehlo.add"(%872, %938) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %940 = "stablehlo.reshape"(%939) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %941 = "stablehlo.multiply"(%940, %940) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %942 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %944 = "stablehlo.reduce"(%941, %942) ({
      ^reductionFn(%arg175: tensor<f32>, %arg176: tensor<f32>) :
          %943 = "stablehlo.add"(%arg175, %arg176) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%943) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %945 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %946 = "stablehlo.broadcast_in_dim"(%945) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %947 = "stablehlo.multiply"(%944, %946) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %948 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %949 = "stablehlo.broadcast_in_dim"(%948) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %950 = "stablehlo.add"(%947, %949) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %951 = "stablehlo.rsqrt"(%950) : (tensor<4xf32>) -> tensor<4xf32>
    %952 = "stablehlo.convert"(%arg53) : (tensor<64xbf16>) -> tensor<64xf32>
    %953 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %954 = "stablehlo.broadcast_in_dim"(%953) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %955 = "stablehlo.add"(%952, %954) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %956 = "stablehlo.broadcast_in_dim"(%951) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %957 = "stablehlo.multiply"(%940, %956) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %958 = "stablehlo.broadcast_in_dim"(%955) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %959 = "stablehlo.multiply"(%957, %958) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %960 = "stablehlo.reshape"(%959) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %961 = "stablehlo.convert"(%arg54) : (tensor<128x64xbf16>) -> tensor<128x64xf32>
    %962 = "stablehlo.dot_general"(%960, %961) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<128x64xf32>) -> tensor<4x128xf32>
    %963 = "stablehlo.convert"(%arg55) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %964 = "stablehlo.dot_general"(%960, %963) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %965 = "stablehlo.convert"(%arg56) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %966 = "stablehlo.dot_general"(%960, %965) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %967 = "stablehlo.reshape"(%962) : (tensor<4x128xf32>) -> tensor<16x32xf32>
    %968 = "stablehlo.multiply"(%967, %967) : (tensor<16x32xf32>, tensor<16x32xf32>) -> tensor<16x32xf32>
    %969 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %971 = "stablehlo.reduce"(%968, %969) ({
      ^reductionFn(%arg177: tensor<f32>, %arg178: tensor<f32>) :
          %970 = "stablehlo.add"(%arg177, %arg178) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%970) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<16x32xf32>, tensor<f32>) -> tensor<16xf32>
    %972 = "stablehlo.constant"() { value = dense<0.03125> : tensor<f32> } : () -> tensor<f32>
    %973 = "stablehlo.broadcast_in_dim"(%972) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<16xf32>
    %974 = "stablehlo.multiply"(%971, %973) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %975 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %976 = "stablehlo.broadcast_in_dim"(%975) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<16xf32>
    %977 = "stablehlo.add"(%974, %976) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %978 = "stablehlo.rsqrt"(%977) : (tensor<16xf32>) -> tensor<16xf32>
    %979 = "stablehlo.convert"(%arg57) : (tensor<32xbf16>) -> tensor<32xf32>
    %980 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %981 = "stablehlo.broadcast_in_dim"(%980) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<32xf32>
    %982 = "stablehlo.add"(%979, %981) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %983 = "stablehlo.broadcast_in_dim"(%978) { broadcast_dimensions = array<i64: 0> } : (tensor<16xf32>) -> tensor<16x32xf32>
    %984 = "stablehlo.multiply"(%967, %983) : (tensor<16x32xf32>, tensor<16x32xf32>) -> tensor<16x32xf32>
    %985 = "stablehlo.broadcast_in_dim"(%982) { broadcast_dimensions = array<i64: 1> } : (tensor<32xf32>) -> tensor<16x32xf32>
    %986 = "stablehlo.multiply"(%984, %985) : (tensor<16x32xf32>, tensor<16x32xf32>) -> tensor<16x32xf32>
    %987 = "stablehlo.reshape"(%986) : (tensor<16x32xf32>) -> tensor<4x128xf32>
    %988 = "stablehlo.reshape"(%964) : (tensor<4x64xf32>) -> tensor<8x32xf32>
    %989 = "stablehlo.multiply"(%988, %988) : (tensor<8x32xf32>, tensor<8x32xf32>) -> tensor<8x32xf32>
    %990 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %992 = "stablehlo.reduce"(%989, %990) ({
      ^reductionFn(%arg179: tensor<f32>, %arg180: tensor<f32>) :
          %991 = "stablehlo.add"(%arg179, %arg180) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%991) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<8x32xf32>, tensor<f32>) -> tensor<8xf32>
    %993 = "stablehlo.constant"() { value = dense<0.03125> : tensor<f32> } : () -> tensor<f32>
    %994 = "stablehlo.broadcast_in_dim"(%993) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8xf32>
    %995 = "stablehlo.multiply"(%992, %994) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %996 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %997 = "stablehlo.broadcast_in_dim"(%996) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8xf32>
    %998 = "stablehlo.add"(%995, %997) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %999 = "stablehlo.rsqrt"(%998) : (tensor<8xf32>) -> tensor<8xf32>
    %1000 = "stablehlo.convert"(%arg58) : (tensor<32xbf16>) -> tensor<32xf32>
    %1001 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %1002 = "stablehlo.broadcast_in_dim"(%1001) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<32xf32>
    %1003 = "stablehlo.add"(%1000, %1002) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1004 = "stablehlo.broadcast_in_dim"(%999) { broadcast_dimensions = array<i64: 0> } : (tensor<8xf32>) -> tensor<8x32xf32>
    %1005 = "stablehlo.multiply"(%988, %1004) : (tensor<8x32xf32>, tensor<8x32xf32>) -> tensor<8x32xf32>
    %1006 = "stablehlo.broadcast_in_dim"(%1003) { broadcast_dimensions = array<i64: 1> } : (tensor<32xf32>) -> tensor<8x32xf32>
    %1007 = "stablehlo.multiply"(%1005, %1006) : (tensor<8x32xf32>, tensor<8x32xf32>) -> tensor<8x32xf32>
    %1008 = "stablehlo.reshape"(%1007) : (tensor<8x32xf32>) -> tensor<4x64xf32>
    %1009 = "stablehlo.reshape"(%1) : (tensor<4xi32>) -> tensor<4x1xi32>
    %1010 = "stablehlo.gather"(%arg80, %1009) {
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
    %1011 = "stablehlo.slice"(%1010) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x32xf32>) -> tensor<4x16xf32>
    %1012 = "stablehlo.broadcast_in_dim"(%1011) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x16xf32>) -> tensor<4x4x16xf32>
    %1013 = "stablehlo.slice"(%1010) {
      limit_indices = array<i64: 4, 32>,
      start_indices = array<i64: 0, 16>,
      strides = array<i64: 1, 1>
    } : (tensor<4x32xf32>) -> tensor<4x16xf32>
    %1014 = "stablehlo.broadcast_in_dim"(%1013) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x16xf32>) -> tensor<4x4x16xf32>
    %1015 = "stablehlo.reshape"(%987) : (tensor<4x128xf32>) -> tensor<4x4x32xf32>
    %1016 = "stablehlo.slice"(%1015) {
      limit_indices = array<i64: 4, 4, 16>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x32xf32>) -> tensor<4x4x16xf32>
    %1017 = "stablehlo.slice"(%1015) {
      limit_indices = array<i64: 4, 4, 32>,
      start_indices = array<i64: 0, 0, 16>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x32xf32>) -> tensor<4x4x16xf32>
    %1018 = "stablehlo.multiply"(%1016, %1012) : (tensor<4x4x16xf32>, tensor<4x4x16xf32>) -> tensor<4x4x16xf32>
    %1019 = "stablehlo.multiply"(%1017, %1014) : (tensor<4x4x16xf32>, tensor<4x4x16xf32>) -> tensor<4x4x16xf32>
    %1020 = "stablehlo.subtract"(%1018, %1019) : (tensor<4x4x16xf32>, tensor<4x4x16xf32>) -> tensor<4x4x16xf32>
    %1021 = "stablehlo.multiply"(%1017, %1012) : (tensor<4x4x16xf32>, tensor<4x4x16xf32>) -> tensor<4x4x16xf32>
    %1022 = "stablehlo.multiply"(%1016, %1014) : (tensor<4x4x16xf32>, tensor<4x4x16xf32>) -> tensor<4x4x16xf32>
    %1023 = "stablehlo.add"(%1021, %1022) : (tensor<4x4x16xf32>, tensor<4x4x16xf32>) -> tensor<4x4x16xf32>
    %1024 = "stablehlo.concatenate"(%1020, %1023) { dimension = 2 : i64 } : (tensor<4x4x16xf32>, tensor<4x4x16xf32>) -> tensor<4x4x32xf32>
    %1025 = "stablehlo.reshape"(%1024) : (tensor<4x4x32xf32>) -> tensor<4x128xf32>
    %1026 = "stablehlo.reshape"(%1) : (tensor<4xi32>) -> tensor<4x1xi32>
    %1027 = "stablehlo.gather"(%arg80, %1026) {
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
    %1028 = "stablehlo.slice"(%1027) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x32xf32>) -> tensor<4x16xf32>
    %1029 = "stablehlo.broadcast_in_dim"(%1028) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x16xf32>) -> tensor<4x2x16xf32>
    %1030 = "stablehlo.slice"(%1027) {
      limit_indices = array<i64: 4, 32>,
      start_indices = array<i64: 0, 16>,
      strides = array<i64: 1, 1>
    } : (tensor<4x32xf32>) -> tensor<4x16xf32>
    %1031 = "stablehlo.broadcast_in_dim"(%1030) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x16xf32>) -> tensor<4x2x16xf32>
    %1032 = "stablehlo.reshape"(%1008) : (tensor<4x64xf32>) -> tensor<4x2x32xf32>
    %1033 = "stablehlo.slice"(%1032) {
      limit_indices = array<i64: 4, 2, 16>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x2x32xf32>) -> tensor<4x2x16xf32>
    %1034 = "stablehlo.slice"(%1032) {
      limit_indices = array<i64: 4, 2, 32>,
      start_indices = array<i64: 0, 0, 16>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x2x32xf32>) -> tensor<4x2x16xf32>
    %1035 = "stablehlo.multiply"(%1033, %1029) : (tensor<4x2x16xf32>, tensor<4x2x16xf32>) -> tensor<4x2x16xf32>
    %1036 = "stablehlo.multiply"(%1034, %1031) : (tensor<4x2x16xf32>, tensor<4x2x16xf32>) -> tensor<4x2x16xf32>
    %1037 = "stablehlo.subtract"(%1035, %1036) : (tensor<4x2x16xf32>, tensor<4x2x16xf32>) -> tensor<4x2x16xf32>
    %1038 = "stablehlo.multiply"(%1034, %1029) : (tensor<4x2x16xf32>, tensor<4x2x16xf32>) -> tensor<4x2x16xf32>
    %1039 = "stablehlo.multiply"(%1033, %1031) : (tensor<4x2x16xf32>, tensor<4x2x16xf32>) -> tensor<4x2x16xf32>
    %1040 = "stablehlo.add"(%1038, %1039) : (tensor<4x2x16xf32>, tensor<4x2x16xf32>) -> tensor<4x2x16xf32>
    %1041 = "stablehlo.concatenate"(%1037, %1040) { dimension = 2 : i64 } : (tensor<4x2x16xf32>, tensor<4x2x16xf32>) -> tensor<4x2x32xf32>
    %1042 = "stablehlo.reshape"(%1041) : (tensor<4x2x32xf32>) -> tensor<4x64xf32>
    %1043 = "stablehlo.convert"(%1042) : (tensor<4x64xf32>) -> tensor<4x64xbf16>
    %1044 = "stablehlo.scatter"(%arg90, %8, %1043) ({
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
    } : (tensor<4x32x64xbf16>, tensor<4x2xi32>, tensor<4x64xbf16>) -> tensor<4x32x64xbf16>
    %1045 = "stablehlo.convert"(%966) : (tensor<4x64xf32>) -> tensor<4x64xbf16>
    %1046 = "stablehlo.scatter"(%arg91, %8, %1045) ({
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
    } : (tensor<4x32x64xbf16>, tensor<4x2xi32>, tensor<4x64xbf16>) -> tensor<4x32x64xbf16>
    %1047 = "stablehlo.reshape"(%1025) : (tensor<4x128xf32>) -> tensor<4x2x2x32xf32>
    %1048 = "stablehlo.reshape"(%2) : (tensor<4xi32>) -> tensor<4x1xi32>
    %1049 = "stablehlo.gather"(%1044, %1048) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [1, 2],
  collapsed_slice_dims = [0],
  operand_batching_dims = [],
  start_indices_batching_dims = [],
  start_index_map = [0],
  index_vector_dim = 1>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1, 32, 64>
    } : (tensor<4x32x64xbf16>, tensor<4x1xi32>) -> tensor<4x32x64xbf16>
    %1050 = "stablehlo.convert"(%1049) : (tensor<4x32x64xbf16>) -> tensor<4x32x64xf32>
    %1051 = "stablehlo.reshape"(%1050) : (tensor<4x32x64xf32>) -> tensor<4x32x2x32xf32>
    %1052 = "stablehlo.reshape"(%2) : (tensor<4xi32>) -> tensor<4x1xi32>
    %1053 = "stablehlo.gather"(%1046, %1052) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [1, 2],
  collapsed_slice_dims = [0],
  operand_batching_dims = [],
  start_indices_batching_dims = [],
  start_index_map = [0],
  index_vector_dim = 1>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1, 32, 64>
    } : (tensor<4x32x64xbf16>, tensor<4x1xi32>) -> tensor<4x32x64xbf16>
    %1054 = "stablehlo.convert"(%1053) : (tensor<4x32x64xbf16>) -> tensor<4x32x64xf32>
    %1055 = "stablehlo.reshape"(%1054) : (tensor<4x32x64xf32>) -> tensor<4x32x2x32xf32>
    %1056 = "stablehlo.dot_general"(%1047, %1051) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 2],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [3]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x2x2x32xf32>, tensor<4x32x2x32xf32>) -> tensor<4x2x2x32xf32>
    %1057 = "stablehlo.constant"() { value = dense<0.1767766922712326> : tensor<f32> } : () -> tensor<f32>
    %1058 = "stablehlo.broadcast_in_dim"(%1057) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x2x2x32xf32>
    %1059 = "stablehlo.multiply"(%1056, %1058) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %1060 = "stablehlo.broadcast_in_dim"(%147) { broadcast_dimensions = array<i64: 0, 3> } : (tensor<4x32xi1>) -> tensor<4x2x2x32xi1>
    %1061 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %1062 = "stablehlo.broadcast_in_dim"(%1061) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x2x2x32xf32>
    %1063 = "stablehlo.select"(%1060, %1059, %1062) : (tensor<4x2x2x32xi1>, tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %1064 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %1066 = "stablehlo.reduce"(%1063, %1064) ({
      ^reductionFn(%arg185: tensor<f32>, %arg186: tensor<f32>) :
          %1065 = "stablehlo.maximum"(%arg185, %arg186) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1065) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<4x2x2x32xf32>, tensor<f32>) -> tensor<4x2x2xf32>
    %1067 = "stablehlo.broadcast_in_dim"(%1066) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<4x2x2xf32>) -> tensor<4x2x2x32xf32>
    %1068 = "stablehlo.subtract"(%1063, %1067) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %1069 = "stablehlo.exponential"(%1068) : (tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %1070 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %1072 = "stablehlo.reduce"(%1069, %1070) ({
      ^reductionFn(%arg187: tensor<f32>, %arg188: tensor<f32>) :
          %1071 = "stablehlo.add"(%arg187, %arg188) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1071) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<4x2x2x32xf32>, tensor<f32>) -> tensor<4x2x2xf32>
    %1073 = "stablehlo.broadcast_in_dim"(%1072) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<4x2x2xf32>) -> tensor<4x2x2x32xf32>
    %1074 = "stablehlo.divide"(%1069, %1073) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %1075 = "stablehlo.dot_general"(%1074, %1055) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 2],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x2x2x32xf32>, tensor<4x32x2x32xf32>) -> tensor<4x2x2x32xf32>
    %1076 = "stablehlo.reshape"(%1075) : (tensor<4x2x2x32xf32>) -> tensor<4x128xf32>
    %1077 = "stablehlo.convert"(%arg59) : (tensor<64x128xbf16>) -> tensor<64x128xf32>
    %1078 = "stablehlo.dot_general"(%1076, %1077) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x128xf32>, tensor<64x128xf32>) -> tensor<4x64xf32>
    %1079 = "stablehlo.reshape"(%1078) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %1080 = "stablehlo.multiply"(%1079, %1079) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1081 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %1083 = "stablehlo.reduce"(%1080, %1081) ({
      ^reductionFn(%arg189: tensor<f32>, %arg190: tensor<f32>) :
          %1082 = "stablehlo.add"(%arg189, %arg190) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1082) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %1084 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %1085 = "stablehlo.broadcast_in_dim"(%1084) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %1086 = "stablehlo.multiply"(%1083, %1085) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %1087 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %1088 = "stablehlo.broadcast_in_dim"(%1087) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %1089 = "stablehlo.add"(%1086, %1088) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %1090 = "stablehlo.rsqrt"(%1089) : (tensor<4xf32>) -> tensor<4xf32>
    %1091 = "stablehlo.convert"(%arg60) : (tensor<64xbf16>) -> tensor<64xf32>
    %1092 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %1093 = "stablehlo.broadcast_in_dim"(%1092) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %1094 = "stablehlo.add"(%1091, %1093) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1095 = "stablehlo.broadcast_in_dim"(%1090) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %1096 = "stablehlo.multiply"(%1079, %1095) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1097 = "stablehlo.broadcast_in_dim"(%1094) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %1098 = "stablehlo.multiply"(%1096, %1097) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1099 = "stablehlo.reshape"(%1098) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %1100 = "stablehlo.add"(%939, %1099) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1101 = "stablehlo.reshape"(%1100) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %1102 = "stablehlo.multiply"(%1101, %1101) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1103 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %1105 = "stablehlo.reduce"(%1102, %1103) ({
      ^reductionFn(%arg191: tensor<f32>, %arg192: tensor<f32>) :
          %1104 = "stablehlo.add"(%arg191, %arg192) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1104) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %1106 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %1107 = "stablehlo.broadcast_in_dim"(%1106) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %1108 = "stablehlo.multiply"(%1105, %1107) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %1109 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %1110 = "stablehlo.broadcast_in_dim"(%1109) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %1111 = "stablehlo.add"(%1108, %1110) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %1112 = "stablehlo.rsqrt"(%1111) : (tensor<4xf32>) -> tensor<4xf32>
    %1113 = "stablehlo.convert"(%arg61) : (tensor<64xbf16>) -> tensor<64xf32>
    %1114 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %1115 = "stablehlo.broadcast_in_dim"(%1114) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %1116 = "stablehlo.add"(%1113, %1115) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1117 = "stablehlo.broadcast_in_dim"(%1112) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %1118 = "stablehlo.multiply"(%1101, %1117) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1119 = "stablehlo.broadcast_in_dim"(%1116) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %1120 = "stablehlo.multiply"(%1118, %1119) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1121 = "stablehlo.reshape"(%1120) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %1122 = "stablehlo.convert"(%arg62) : (tensor<128x64xbf16>) -> tensor<128x64xf32>
    %1123 = "stablehlo.dot_general"(%1121, %1122) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<128x64xf32>) -> tensor<4x128xf32>
    %1124 = "stablehlo.convert"(%arg63) : (tensor<128x64xbf16>) -> tensor<128x64xf32>
    %1125 = "stablehlo.dot_general"(%1121, %1124) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<128x64xf32>) -> tensor<4x128xf32>
    %1126 = "stablehlo.multiply"(%1123, %1123) : (tensor<4x128xf32>, tensor<4x128xf32>) -> tensor<4x128xf32>
    %1127 = "stablehlo.multiply"(%1126, %1123) : (tensor<4x128xf32>, tensor<4x128xf32>) -> tensor<4x128xf32>
    %1128 = "stablehlo.constant"() { value = dense<0.044714998453855515> : tensor<f32> } : () -> tensor<f32>
    %1129 = "stablehlo.broadcast_in_dim"(%1128) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x128xf32>
    %1130 = "stablehlo.multiply"(%1127, %1129) : (tensor<4x128xf32>, tensor<4x128xf32>) -> tensor<4x128xf32>
    %1131 = "stablehlo.add"(%1123, %1130) : (tensor<4x128xf32>, tensor<4x128xf32>) -> tensor<4x128xf32>
    %1132 = "stablehlo.constant"() { value = dense<0.7978845834732056> : tensor<f32> } : () -> tensor<f32>
    %1133 = "stablehlo.broadcast_in_dim"(%1132) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x128xf32>
    %1134 = "stablehlo.multiply"(%1131, %1133) : (tensor<4x128xf32>, tensor<4x128xf32>) -> tensor<4x128xf32>
    %1135 = "stablehlo.constant"() { value = dense<0.5> : tensor<f32> } : () -> tensor<f32>
    %1136 = "stablehlo.broadcast_in_dim"(%1135) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x128xf32>
    %1137 = "stablehlo.multiply"(%1123, %1136) : (tensor<4x128xf32>, tensor<4x128xf32>) -> tensor<4x128xf32>
    %1138 = "stablehlo.tanh"(%1134) : (tensor<4x128xf32>) -> tensor<4x128xf32>
    %1139 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %1140 = "stablehlo.broadcast_in_dim"(%1139) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x128xf32>
    %1141 = "stablehlo.add"(%1138, %1140) : (tensor<4x128xf32>, tensor<4x128xf32>) -> tensor<4x128xf32>
    %1142 = "stablehlo.multiply"(%1137, %1141) : (tensor<4x128xf32>, tensor<4x128xf32>) -> tensor<4x128xf32>
    %1143 = "stablehlo.multiply"(%1142, %1125) : (tensor<4x128xf32>, tensor<4x128xf32>) -> tensor<4x128xf32>
    %1144 = "stablehlo.convert"(%arg64) : (tensor<64x128xbf16>) -> tensor<64x128xf32>
    %1145 = "stablehlo.dot_general"(%1143, %1144) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x128xf32>, tensor<64x128xf32>) -> tensor<4x64xf32>
    %1146 = "stablehlo.reshape"(%1145) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %1147 = "stablehlo.multiply"(%1146, %1146) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1148 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %1150 = "stablehlo.reduce"(%1147, %1148) ({
      ^reductionFn(%arg193: tensor<f32>, %arg194: tensor<f32>) :
          %1149 = "stablehlo.add"(%arg193, %arg194) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1149) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %1151 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %1152 = "stablehlo.broadcast_in_dim"(%1151) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %1153 = "stablehlo.multiply"(%1150, %1152) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %1154 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %1155 = "stablehlo.broadcast_in_dim"(%1154) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %1156 = "stablehlo.add"(%1153, %1155) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %1157 = "stablehlo.rsqrt"(%1156) : (tensor<4xf32>) -> tensor<4xf32>
    %1158 = "stablehlo.convert"(%arg65) : (tensor<64xbf16>) -> tensor<64xf32>
    %1159 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %1160 = "stablehlo.broadcast_in_dim"(%1159) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %1161 = "stablehlo.add"(%1158, %1160) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1162 = "stablehlo.broadcast_in_dim"(%1157) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %1163 = "stablehlo.multiply"(%1146, %1162) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1164 = "stablehlo.broadcast_in_dim"(%1161) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %1165 = "stablehlo.multiply"(%1163, %1164) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1166 = "stablehlo.reshape"(%1165) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %1167 = "stablehlo.add"(%1100, %1166) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1168 = "stablehlo.reshape"(%1167) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %1169 = "stablehlo.multiply"(%1168, %1168) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1170 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %1172 = "stablehlo.reduce"(%1169, %1170) ({
      ^reductionFn(%arg195: tensor<f32>, %arg196: tensor<f32>) :
          %1171 = "stablehlo.add"(%arg195, %arg196) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1171) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %1173 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %1174 = "stablehlo.broadcast_in_dim"(%1173) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %1175 = "stablehlo.multiply"(%1172, %1174) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %1176 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %1177 = "stablehlo.broadcast_in_dim"(%1176) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %1178 = "stablehlo.add"(%1175, %1177) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %1179 = "stablehlo.rsqrt"(%1178) : (tensor<4xf32>) -> tensor<4xf32>
    %1180 = "stablehlo.convert"(%arg66) : (tensor<64xbf16>) -> tensor<64xf32>
    %1181 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %1182 = "stablehlo.broadcast_in_dim"(%1181) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %1183 = "stablehlo.add"(%1180, %1182) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1184 = "stablehlo.broadcast_in_dim"(%1179) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %1185 = "stablehlo.multiply"(%1168, %1184) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1186 = "stablehlo.broadcast_in_dim"(%1183) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %1187 = "stablehlo.multiply"(%1185, %1186) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1188 = "stablehlo.reshape"(%1187) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %1189 = "stablehlo.convert"(%arg67) : (tensor<128x64xbf16>) -> tensor<128x64xf32>
    %1190 = "stablehlo.dot_general"(%1188, %1189) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<128x64xf32>) -> tensor<4x128xf32>
    %1191 = "stablehlo.convert"(%arg68) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %1192 = "stablehlo.dot_general"(%1188, %1191) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %1193 = "stablehlo.convert"(%arg69) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %1194 = "stablehlo.dot_general"(%1188, %1193) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %1195 = "stablehlo.reshape"(%1190) : (tensor<4x128xf32>) -> tensor<16x32xf32>
    %1196 = "stablehlo.multiply"(%1195, %1195) : (tensor<16x32xf32>, tensor<16x32xf32>) -> tensor<16x32xf32>
    %1197 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %1199 = "stablehlo.reduce"(%1196, %1197) ({
      ^reductionFn(%arg197: tensor<f32>, %arg198: tensor<f32>) :
          %1198 = "stablehlo.add"(%arg197, %arg198) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1198) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<16x32xf32>, tensor<f32>) -> tensor<16xf32>
    %1200 = "stablehlo.constant"() { value = dense<0.03125> : tensor<f32> } : () -> tensor<f32>
    %1201 = "stablehlo.broadcast_in_dim"(%1200) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<16xf32>
    %1202 = "stablehlo.multiply"(%1199, %1201) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %1203 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %1204 = "stablehlo.broadcast_in_dim"(%1203) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<16xf32>
    %1205 = "stablehlo.add"(%1202, %1204) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %1206 = "stablehlo.rsqrt"(%1205) : (tensor<16xf32>) -> tensor<16xf32>
    %1207 = "stablehlo.convert"(%arg70) : (tensor<32xbf16>) -> tensor<32xf32>
    %1208 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %1209 = "stablehlo.broadcast_in_dim"(%1208) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<32xf32>
    %1210 = "stablehlo.add"(%1207, %1209) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1211 = "stablehlo.broadcast_in_dim"(%1206) { broadcast_dimensions = array<i64: 0> } : (tensor<16xf32>) -> tensor<16x32xf32>
    %1212 = "stablehlo.multiply"(%1195, %1211) : (tensor<16x32xf32>, tensor<16x32xf32>) -> tensor<16x32xf32>
    %1213 = "stablehlo.broadcast_in_dim"(%1210) { broadcast_dimensions = array<i64: 1> } : (tensor<32xf32>) -> tensor<16x32xf32>
    %1214 = "stablehlo.multiply"(%1212, %1213) : (tensor<16x32xf32>, tensor<16x32xf32>) -> tensor<16x32xf32>
    %1215 = "stablehlo.reshape"(%1214) : (tensor<16x32xf32>) -> tensor<4x128xf32>
    %1216 = "stablehlo.reshape"(%1192) : (tensor<4x64xf32>) -> tensor<8x32xf32>
    %1217 = "stablehlo.multiply"(%1216, %1216) : (tensor<8x32xf32>, tensor<8x32xf32>) -> tensor<8x32xf32>
    %1218 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %1220 = "stablehlo.reduce"(%1217, %1218) ({
      ^reductionFn(%arg199: tensor<f32>, %arg200: tensor<f32>) :
          %1219 = "stablehlo.add"(%arg199, %arg200) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1219) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<8x32xf32>, tensor<f32>) -> tensor<8xf32>
    %1221 = "stablehlo.constant"() { value = dense<0.03125> : tensor<f32> } : () -> tensor<f32>
    %1222 = "stablehlo.broadcast_in_dim"(%1221) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8xf32>
    %1223 = "stablehlo.multiply"(%1220, %1222) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %1224 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %1225 = "stablehlo.broadcast_in_dim"(%1224) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8xf32>
    %1226 = "stablehlo.add"(%1223, %1225) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %1227 = "stablehlo.rsqrt"(%1226) : (tensor<8xf32>) -> tensor<8xf32>
    %1228 = "stablehlo.convert"(%arg71) : (tensor<32xbf16>) -> tensor<32xf32>
    %1229 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %1230 = "stablehlo.broadcast_in_dim"(%1229) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<32xf32>
    %1231 = "stablehlo.add"(%1228, %1230) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1232 = "stablehlo.broadcast_in_dim"(%1227) { broadcast_dimensions = array<i64: 0> } : (tensor<8xf32>) -> tensor<8x32xf32>
    %1233 = "stablehlo.multiply"(%1216, %1232) : (tensor<8x32xf32>, tensor<8x32xf32>) -> tensor<8x32xf32>
    %1234 = "stablehlo.broadcast_in_dim"(%1231) { broadcast_dimensions = array<i64: 1> } : (tensor<32xf32>) -> tensor<8x32xf32>
    %1235 = "stablehlo.multiply"(%1233, %1234) : (tensor<8x32xf32>, tensor<8x32xf32>) -> tensor<8x32xf32>
    %1236 = "stablehlo.reshape"(%1235) : (tensor<8x32xf32>) -> tensor<4x64xf32>
    %1237 = "stablehlo.reshape"(%1) : (tensor<4xi32>) -> tensor<4x1xi32>
    %1238 = "stablehlo.gather"(%arg81, %1237) {
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
    %1239 = "stablehlo.slice"(%1238) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x32xf32>) -> tensor<4x16xf32>
    %1240 = "stablehlo.broadcast_in_dim"(%1239) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x16xf32>) -> tensor<4x4x16xf32>
    %1241 = "stablehlo.slice"(%1238) {
      limit_indices = array<i64: 4, 32>,
      start_indices = array<i64: 0, 16>,
      strides = array<i64: 1, 1>
    } : (tensor<4x32xf32>) -> tensor<4x16xf32>
    %1242 = "stablehlo.broadcast_in_dim"(%1241) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x16xf32>) -> tensor<4x4x16xf32>
    %1243 = "stablehlo.reshape"(%1215) : (tensor<4x128xf32>) -> tensor<4x4x32xf32>
    %1244 = "stablehlo.slice"(%1243) {
      limit_indices = array<i64: 4, 4, 16>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x32xf32>) -> tensor<4x4x16xf32>
    %1245 = "stablehlo.slice"(%1243) {
      limit_indices = array<i64: 4, 4, 32>,
      start_indices = array<i64: 0, 0, 16>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x32xf32>) -> tensor<4x4x16xf32>
    %1246 = "stablehlo.multiply"(%1244, %1240) : (tensor<4x4x16xf32>, tensor<4x4x16xf32>) -> tensor<4x4x16xf32>
    %1247 = "stablehlo.multiply"(%1245, %1242) : (tensor<4x4x16xf32>, tensor<4x4x16xf32>) -> tensor<4x4x16xf32>
    %1248 = "stablehlo.subtract"(%1246, %1247) : (tensor<4x4x16xf32>, tensor<4x4x16xf32>) -> tensor<4x4x16xf32>
    %1249 = "stablehlo.multiply"(%1245, %1240) : (tensor<4x4x16xf32>, tensor<4x4x16xf32>) -> tensor<4x4x16xf32>
    %1250 = "stablehlo.multiply"(%1244, %1242) : (tensor<4x4x16xf32>, tensor<4x4x16xf32>) -> tensor<4x4x16xf32>
    %1251 = "stablehlo.add"(%1249, %1250) : (tensor<4x4x16xf32>, tensor<4x4x16xf32>) -> tensor<4x4x16xf32>
    %1252 = "stablehlo.concatenate"(%1248, %1251) { dimension = 2 : i64 } : (tensor<4x4x16xf32>, tensor<4x4x16xf32>) -> tensor<4x4x32xf32>
    %1253 = "stablehlo.reshape"(%1252) : (tensor<4x4x32xf32>) -> tensor<4x128xf32>
    %1254 = "stablehlo.reshape"(%1) : (tensor<4xi32>) -> tensor<4x1xi32>
    %1255 = "stablehlo.gather"(%arg81, %1254) {
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
    %1256 = "stablehlo.slice"(%1255) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x32xf32>) -> tensor<4x16xf32>
    %1257 = "stablehlo.broadcast_in_dim"(%1256) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x16xf32>) -> tensor<4x2x16xf32>
    %1258 = "stablehlo.slice"(%1255) {
      limit_indices = array<i64: 4, 32>,
      start_indices = array<i64: 0, 16>,
      strides = array<i64: 1, 1>
    } : (tensor<4x32xf32>) -> tensor<4x16xf32>
    %1259 = "stablehlo.broadcast_in_dim"(%1258) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x16xf32>) -> tensor<4x2x16xf32>
    %1260 = "stablehlo.reshape"(%1236) : (tensor<4x64xf32>) -> tensor<4x2x32xf32>
    %1261 = "stablehlo.slice"(%1260) {
      limit_indices = array<i64: 4, 2, 16>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x2x32xf32>) -> tensor<4x2x16xf32>
    %1262 = "stablehlo.slice"(%1260) {
      limit_indices = array<i64: 4, 2, 32>,
      start_indices = array<i64: 0, 0, 16>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x2x32xf32>) -> tensor<4x2x16xf32>
    %1263 = "stablehlo.multiply"(%1261, %1257) : (tensor<4x2x16xf32>, tensor<4x2x16xf32>) -> tensor<4x2x16xf32>
    %1264 = "stablehlo.multiply"(%1262, %1259) : (tensor<4x2x16xf32>, tensor<4x2x16xf32>) -> tensor<4x2x16xf32>
    %1265 = "stablehlo.subtract"(%1263, %1264) : (tensor<4x2x16xf32>, tensor<4x2x16xf32>) -> tensor<4x2x16xf32>
    %1266 = "stablehlo.multiply"(%1262, %1257) : (tensor<4x2x16xf32>, tensor<4x2x16xf32>) -> tensor<4x2x16xf32>
    %1267 = "stablehlo.multiply"(%1261, %1259) : (tensor<4x2x16xf32>, tensor<4x2x16xf32>) -> tensor<4x2x16xf32>
    %1268 = "stablehlo.add"(%1266, %1267) : (tensor<4x2x16xf32>, tensor<4x2x16xf32>) -> tensor<4x2x16xf32>
    %1269 = "stablehlo.concatenate"(%1265, %1268) { dimension = 2 : i64 } : (tensor<4x2x16xf32>, tensor<4x2x16xf32>) -> tensor<4x2x32xf32>
    %1270 = "stablehlo.reshape"(%1269) : (tensor<4x2x32xf32>) -> tensor<4x64xf32>
    %1271 = "stablehlo.convert"(%1270) : (tensor<4x64xf32>) -> tensor<4x64xbf16>
    %1272 = "stablehlo.scatter"(%arg92, %8, %1271) ({
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
    } : (tensor<4x32x64xbf16>, tensor<4x2xi32>, tensor<4x64xbf16>) -> tensor<4x32x64xbf16>
    %1273 = "stablehlo.convert"(%1194) : (tensor<4x64xf32>) -> tensor<4x64xbf16>
    %1274 = "stablehlo.scatter"(%arg93, %8, %1273) ({
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
    } : (tensor<4x32x64xbf16>, tensor<4x2xi32>, tensor<4x64xbf16>) -> tensor<4x32x64xbf16>
    %1275 = "stablehlo.reshape"(%1253) : (tensor<4x128xf32>) -> tensor<4x2x2x32xf32>
    %1276 = "stablehlo.reshape"(%2) : (tensor<4xi32>) -> tensor<4x1xi32>
    %1277 = "stablehlo.gather"(%1272, %1276) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [1, 2],
  collapsed_slice_dims = [0],
  operand_batching_dims = [],
  start_indices_batching_dims = [],
  start_index_map = [0],
  index_vector_dim = 1>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1, 32, 64>
    } : (tensor<4x32x64xbf16>, tensor<4x1xi32>) -> tensor<4x32x64xbf16>
    %1278 = "stablehlo.convert"(%1277) : (tensor<4x32x64xbf16>) -> tensor<4x32x64xf32>
    %1279 = "stablehlo.reshape"(%1278) : (tensor<4x32x64xf32>) -> tensor<4x32x2x32xf32>
    %1280 = "stablehlo.reshape"(%2) : (tensor<4xi32>) -> tensor<4x1xi32>
    %1281 = "stablehlo.gather"(%1274, %1280) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [1, 2],
  collapsed_slice_dims = [0],
  operand_batching_dims = [],
  start_indices_batching_dims = [],
  start_index_map = [0],
  index_vector_dim = 1>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1, 32, 64>
    } : (tensor<4x32x64xbf16>, tensor<4x1xi32>) -> tensor<4x32x64xbf16>
    %1282 = "stablehlo.convert"(%1281) : (tensor<4x32x64xbf16>) -> tensor<4x32x64xf32>
    %1283 = "stablehlo.reshape"(%1282) : (tensor<4x32x64xf32>) -> tensor<4x32x2x32xf32>
    %1284 = "stablehlo.dot_general"(%1275, %1279) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 2],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [3]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x2x2x32xf32>, tensor<4x32x2x32xf32>) -> tensor<4x2x2x32xf32>
    %1285 = "stablehlo.constant"() { value = dense<0.1767766922712326> : tensor<f32> } : () -> tensor<f32>
    %1286 = "stablehlo.broadcast_in_dim"(%1285) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x2x2x32xf32>
    %1287 = "stablehlo.multiply"(%1284, %1286) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %1288 = "stablehlo.iota"() { iota_dimension = 1 : i64 } : () -> tensor<4x1x32xi32>
    %1289 = "stablehlo.iota"() { iota_dimension = 2 : i64 } : () -> tensor<4x1x32xi32>
    %1290 = "stablehlo.broadcast_in_dim"(%2) { broadcast_dimensions = array<i64: 0> } : (tensor<4xi32>) -> tensor<4x1x32xi32>
    %1291 = "stablehlo.broadcast_in_dim"(%1) { broadcast_dimensions = array<i64: 0> } : (tensor<4xi32>) -> tensor<4x1x32xi32>
    %1292 = "stablehlo.compare"(%1288, %1288) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<4x1x32xi32>, tensor<4x1x32xi32>) -> tensor<4x1x32xi1>
    %1293 = "stablehlo.compare"(%1289, %1291) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction LE>
    } : (tensor<4x1x32xi32>, tensor<4x1x32xi32>) -> tensor<4x1x32xi1>
    %1294 = "stablehlo.and"(%1292, %1293) : (tensor<4x1x32xi1>, tensor<4x1x32xi1>) -> tensor<4x1x32xi1>
    %1295 = "stablehlo.reshape"(%1294) : (tensor<4x1x32xi1>) -> tensor<4x32xi1>
    %1296 = "stablehlo.broadcast_in_dim"(%1295) { broadcast_dimensions = array<i64: 0, 3> } : (tensor<4x32xi1>) -> tensor<4x2x2x32xi1>
    %1297 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %1298 = "stablehlo.broadcast_in_dim"(%1297) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x2x2x32xf32>
    %1299 = "stablehlo.select"(%1296, %1287, %1298) : (tensor<4x2x2x32xi1>, tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %1300 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %1302 = "stablehlo.reduce"(%1299, %1300) ({
      ^reductionFn(%arg205: tensor<f32>, %arg206: tensor<f32>) :
          %1301 = "stablehlo.maximum"(%arg205, %arg206) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1301) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<4x2x2x32xf32>, tensor<f32>) -> tensor<4x2x2xf32>
    %1303 = "stablehlo.broadcast_in_dim"(%1302) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<4x2x2xf32>) -> tensor<4x2x2x32xf32>
    %1304 = "stablehlo.subtract"(%1299, %1303) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %1305 = "stablehlo.exponential"(%1304) : (tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %1306 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %1308 = "stablehlo.reduce"(%1305, %1306) ({
      ^reductionFn(%arg207: tensor<f32>, %arg208: tensor<f32>) :
          %1307 = "stablehlo.add"(%arg207, %arg208) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1307) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<4x2x2x32xf32>, tensor<f32>) -> tensor<4x2x2xf32>
    %1309 = "stablehlo.broadcast_in_dim"(%1308) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<4x2x2xf32>) -> tensor<4x2x2x32xf32>
    %1310 = "stablehlo.divide"(%1305, %1309) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %1311 = "stablehlo.dot_general"(%1310, %1283) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 2],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x2x2x32xf32>, tensor<4x32x2x32xf32>) -> tensor<4x2x2x32xf32>
    %1312 = "stablehlo.reshape"(%1311) : (tensor<4x2x2x32xf32>) -> tensor<4x128xf32>
    %1313 = "stablehlo.convert"(%arg72) : (tensor<64x128xbf16>) -> tensor<64x128xf32>
    %1314 = "stablehlo.dot_general"(%1312, %1313) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x128xf32>, tensor<64x128xf32>) -> tensor<4x64xf32>
    %1315 = "stablehlo.reshape"(%1314) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %1316 = "stablehlo.multiply"(%1315, %1315) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1317 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %1319 = "stablehlo.reduce"(%1316, %1317) ({
      ^reductionFn(%arg209: tensor<f32>, %arg210: tensor<f32>) :
          %1318 = "stablehlo.add"(%arg209, %arg210) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1318) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %1320 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %1321 = "stablehlo.broadcast_in_dim"(%1320) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %1322 = "stablehlo.multiply"(%1319, %1321) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %1323 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %1324 = "stablehlo.broadcast_in_dim"(%1323) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %1325 = "stablehlo.add"(%1322, %1324) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %1326 = "stablehlo.rsqrt"(%1325) : (tensor<4xf32>) -> tensor<4xf32>
    %1327 = "stablehlo.convert"(%arg73) : (tensor<64xbf16>) -> tensor<64xf32>
    %1328 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %1329 = "stablehlo.broadcast_in_dim"(%1328) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %1330 = "stablehlo.add"(%1327, %1329) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1331 = "stablehlo.broadcast_in_dim"(%1326) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %1332 = "stablehlo.multiply"(%1315, %1331) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1333 = "stablehlo.broadcast_in_dim"(%1330) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %1334 = "stablehlo.multiply"(%1332, %1333) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1335 = "stablehlo.reshape"(%1334) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %1336 = "stablehlo.add"(%1167, %1335) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1337 = "stablehlo.reshape"(%1336) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %1338 = "stablehlo.multiply"(%1337, %1337) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1339 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %1341 = "stablehlo.reduce"(%1338, %1339) ({
      ^reductionFn(%arg211: tensor<f32>, %arg212: tensor<f32>) :
          %1340 = "stablehlo.add"(%arg211, %arg212) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1340) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %1342 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %1343 = "stablehlo.broadcast_in_dim"(%1342) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %1344 = "stablehlo.multiply"(%1341, %1343) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %1345 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %1346 = "stablehlo.broadcast_in_dim"(%1345) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %1347 = "stablehlo.add"(%1344, %1346) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %1348 = "stablehlo.rsqrt"(%1347) : (tensor<4xf32>) -> tensor<4xf32>
    %1349 = "stablehlo.convert"(%arg74) : (tensor<64xbf16>) -> tensor<64xf32>
    %1350 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %1351 = "stablehlo.broadcast_in_dim"(%1350) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %1352 = "stablehlo.add"(%1349, %1351) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1353 = "stablehlo.broadcast_in_dim"(%1348) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %1354 = "stablehlo.multiply"(%1337, %1353) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1355 = "stablehlo.broadcast_in_dim"(%1352) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %1356 = "stablehlo.multiply"(%1354, %1355) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1357 = "stablehlo.reshape"(%1356) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %1358 = "stablehlo.convert"(%arg75) : (tensor<128x64xbf16>) -> tensor<128x64xf32>
    %1359 = "stablehlo.dot_general"(%1357, %1358) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<128x64xf32>) -> tensor<4x128xf32>
    %1360 = "stablehlo.convert"(%arg76) : (tensor<128x64xbf16>) -> tensor<128x64xf32>
    %1361 = "stablehlo.dot_general"(%1357, %1360) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<128x64xf32>) -> tensor<4x128xf32>
    %1362 = "stablehlo.multiply"(%1359, %1359) : (tensor<4x128xf32>, tensor<4x128xf32>) -> tensor<4x128xf32>
    %1363 = "stablehlo.multiply"(%1362, %1359) : (tensor<4x128xf32>, tensor<4x128xf32>) -> tensor<4x128xf32>
    %1364 = "stablehlo.constant"() { value = dense<0.044714998453855515> : tensor<f32> } : () -> tensor<f32>
    %1365 = "stablehlo.broadcast_in_dim"(%1364) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x128xf32>
    %1366 = "stablehlo.multiply"(%1363, %1365) : (tensor<4x128xf32>, tensor<4x128xf32>) -> tensor<4x128xf32>
    %1367 = "stablehlo.add"(%1359, %1366) : (tensor<4x128xf32>, tensor<4x128xf32>) -> tensor<4x128xf32>
    %1368 = "stablehlo.constant"() { value = dense<0.7978845834732056> : tensor<f32> } : () -> tensor<f32>
    %1369 = "stablehlo.broadcast_in_dim"(%1368) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x128xf32>
    %1370 = "stablehlo.multiply"(%1367, %1369) : (tensor<4x128xf32>, tensor<4x128xf32>) -> tensor<4x128xf32>
    %1371 = "stablehlo.constant"() { value = dense<0.5> : tensor<f32> } : () -> tensor<f32>
    %1372 = "stablehlo.broadcast_in_dim"(%1371) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x128xf32>
    %1373 = "stablehlo.multiply"(%1359, %1372) : (tensor<4x128xf32>, tensor<4x128xf32>) -> tensor<4x128xf32>
    %1374 = "stablehlo.tanh"(%1370) : (tensor<4x128xf32>) -> tensor<4x128xf32>
    %1375 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %1376 = "stablehlo.broadcast_in_dim"(%1375) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x128xf32>
    %1377 = "stablehlo.add"(%1374, %1376) : (tensor<4x128xf32>, tensor<4x128xf32>) -> tensor<4x128xf32>
    %1378 = "stablehlo.multiply"(%1373, %1377) : (tensor<4x128xf32>, tensor<4x128xf32>) -> tensor<4x128xf32>
    %1379 = "stablehlo.multiply"(%1378, %1361) : (tensor<4x128xf32>, tensor<4x128xf32>) -> tensor<4x128xf32>
    %1380 = "stablehlo.convert"(%arg77) : (tensor<64x128xbf16>) -> tensor<64x128xf32>
    %1381 = "stablehlo.dot_general"(%1379, %1380) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x128xf32>, tensor<64x128xf32>) -> tensor<4x64xf32>
    %1382 = "stablehlo.reshape"(%1381) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %1383 = "stablehlo.multiply"(%1382, %1382) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1384 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %1386 = "stablehlo.reduce"(%1383, %1384) ({
      ^reductionFn(%arg213: tensor<f32>, %arg214: tensor<f32>) :
          %1385 = "stablehlo.add"(%arg213, %arg214) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1385) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %1387 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %1388 = "stablehlo.broadcast_in_dim"(%1387) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %1389 = "stablehlo.multiply"(%1386, %1388) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %1390 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %1391 = "stablehlo.broadcast_in_dim"(%1390) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %1392 = "stablehlo.add"(%1389, %1391) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %1393 = "stablehlo.rsqrt"(%1392) : (tensor<4xf32>) -> tensor<4xf32>
    %1394 = "stablehlo.convert"(%arg78) : (tensor<64xbf16>) -> tensor<64xf32>
    %1395 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %1396 = "stablehlo.broadcast_in_dim"(%1395) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %1397 = "stablehlo.add"(%1394, %1396) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1398 = "stablehlo.broadcast_in_dim"(%1393) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %1399 = "stablehlo.multiply"(%1382, %1398) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1400 = "stablehlo.broadcast_in_dim"(%1397) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %1401 = "stablehlo.multiply"(%1399, %1400) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1402 = "stablehlo.reshape"(%1401) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %1403 = "stablehlo.add"(%1336, %1402) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1404 = "stablehlo.reshape"(%3) : (tensor<4xi32>) -> tensor<4x1xi32>
    %1405 = "stablehlo.gather"(%1403, %1404) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [1],
  collapsed_slice_dims = [0],
  operand_batching_dims = [],
  start_indices_batching_dims = [],
  start_index_map = [0],
  index_vector_dim = 1>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1, 64>
    } : (tensor<4x64xf32>, tensor<4x1xi32>) -> tensor<4x64xf32>
    %1406 = "stablehlo.reshape"(%1405) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %1407 = "stablehlo.multiply"(%1406, %1406) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1408 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %1410 = "stablehlo.reduce"(%1407, %1408) ({
      ^reductionFn(%arg215: tensor<f32>, %arg216: tensor<f32>) :
          %1409 = "stablehlo.add"(%arg215, %arg216) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1409) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %1411 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %1412 = "stablehlo.broadcast_in_dim"(%1411) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %1413 = "stablehlo.multiply"(%1410, %1412) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %1414 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %1415 = "stablehlo.broadcast_in_dim"(%1414) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %1416 = "stablehlo.add"(%1413, %1415) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %1417 = "stablehlo.rsqrt"(%1416) : (tensor<4xf32>) -> tensor<4xf32>
    %1418 = "stablehlo.convert"(%arg79) : (tensor<64xbf16>) -> tensor<64xf32>
    %1419 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %1420 = "stablehlo.broadcast_in_dim"(%1419) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %1421 = "stablehlo.add"(%1418, %1420) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1422 = "stablehlo.broadcast_in_dim"(%1417) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %1423 = "stablehlo.multiply"(%1406, %1422) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1424 = "stablehlo.broadcast_in_dim"(%1421) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %1425 = "stablehlo.multiply"(%1423, %1424) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1426 = "stablehlo.reshape"(%1425) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %1427 = "stablehlo.convert"(%arg0) : (tensor<512x64xbf16>) -> tensor<512x64xf32>
    %1428 = "stablehlo.dot_general"(%1426, %1427) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<512x64xf32>) -> tensor<4x512xf32>
    %1429 = "stablehlo.compare"(%1428, %1428) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<4x512xf32>, tensor<4x512xf32>) -> tensor<4x512xi1>
    %1430 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %1431 = "stablehlo.broadcast_in_dim"(%1430) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x512xf32>
    %1432 = "stablehlo.select"(%1429, %1428, %1431) : (tensor<4x512xi1>, tensor<4x512xf32>, tensor<4x512xf32>) -> tensor<4x512xf32>
    %1433 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %1435 = "stablehlo.reduce"(%1432, %1433) ({
      ^reductionFn(%arg217: tensor<f32>, %arg218: tensor<f32>) :
          %1434 = "stablehlo.maximum"(%arg217, %arg218) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1434) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x512xf32>, tensor<f32>) -> tensor<4xf32>
    %1436 = "stablehlo.broadcast_in_dim"(%1435) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x512xf32>
    %1437 = "stablehlo.iota"() { iota_dimension = 1 : i64 } : () -> tensor<4x512xi32>
    %1438 = "stablehlo.compare"(%1432, %1436) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<4x512xf32>, tensor<4x512xf32>) -> tensor<4x512xi1>
    %1439 = "stablehlo.constant"() { value = dense<512> : tensor<i32> } : () -> tensor<i32>
    %1440 = "stablehlo.broadcast_in_dim"(%1439) { broadcast_dimensions = array<i64> } : (tensor<i32>) -> tensor<4x512xi32>
    %1441 = "stablehlo.select"(%1438, %1437, %1440) : (tensor<4x512xi1>, tensor<4x512xi32>, tensor<4x512xi32>) -> tensor<4x512xi32>
    %1442 = "stablehlo.constant"() { value = dense<512> : tensor<i32> } : () -> tensor<i32>
    %1444 = "stablehlo.reduce"(%1441, %1442) ({
      ^reductionFn(%arg219: tensor<i32>, %arg220: tensor<i32>) :
          %1443 = "stablehlo.minimum"(%arg219, %arg220) : (tensor<i32>, tensor<i32>) -> tensor<i32>
          "stablehlo.return"(%1443) : (tensor<i32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x512xi32>, tensor<i32>) -> tensor<4xi32>
    %1445 = "stablehlo.constant"() { value = dense<512> : tensor<i32> } : () -> tensor<i32>
    %1446 = "stablehlo.broadcast_in_dim"(%1445) { broadcast_dimensions = array<i64> } : (tensor<i32>) -> tensor<4xi32>
    %1447 = "stablehlo.compare"(%1444, %1446) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
    %1448 = "stablehlo.constant"() { value = dense<0> : tensor<i32> } : () -> tensor<i32>
    %1449 = "stablehlo.broadcast_in_dim"(%1448) { broadcast_dimensions = array<i64> } : (tensor<i32>) -> tensor<4xi32>
    %1450 = "stablehlo.select"(%1447, %1449, %1444) : (tensor<4xi1>, tensor<4xi32>, tensor<4xi32>) -> tensor<4xi32>
    %1451 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %1453 = "stablehlo.reduce"(%1428, %1451) ({
      ^reductionFn(%arg221: tensor<f32>, %arg222: tensor<f32>) :
          %1452 = "stablehlo.maximum"(%arg221, %arg222) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1452) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x512xf32>, tensor<f32>) -> tensor<4xf32>
    %1454 = "stablehlo.broadcast_in_dim"(%1453) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x512xf32>
    %1455 = "stablehlo.subtract"(%1428, %1454) : (tensor<4x512xf32>, tensor<4x512xf32>) -> tensor<4x512xf32>
    %1456 = "stablehlo.exponential"(%1455) : (tensor<4x512xf32>) -> tensor<4x512xf32>
    %1457 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %1459 = "stablehlo.reduce"(%1456, %1457) ({
      ^reductionFn(%arg223: tensor<f32>, %arg224: tensor<f32>) :
          %1458 = "stablehlo.add"(%arg223, %arg224) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1458) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x512xf32>, tensor<f32>) -> tensor<4xf32>
    %1460 = "stablehlo.log"(%1459) : (tensor<4xf32>) -> tensor<4xf32>
    %1461 = "stablehlo.add"(%1453, %1460) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %1462 = "stablehlo.is_finite"(%1453) : (tensor<4xf32>) -> tensor<4xi1>
    %1463 = "stablehlo.not"(%1462) : (tensor<4xi1>) -> tensor<4xi1>
    %1464 = "stablehlo.convert"(%1463) : (tensor<4xi1>) -> tensor<4xi32>
    %1465 = "stablehlo.reshape"(%4) : (tensor<4xi32>) -> tensor<4x1xi32>
    %1466 = "stablehlo.reshape"(%5) : (tensor<4xi32>) -> tensor<4x1xi32>
    %1467 = "stablehlo.concatenate"(%1465, %1466) { dimension = 1 : i64 } : (tensor<4x1xi32>, tensor<4x1xi32>) -> tensor<4x2xi32>
    %1468 = "stablehlo.gather"(%1428, %1467) {
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
    %1469 = "stablehlo.reshape"(%1461) : (tensor<4xf32>) -> tensor<4x1xf32>
    %1470 = "stablehlo.reshape"(%4) : (tensor<4xi32>) -> tensor<4x1xi32>
    %1471 = "stablehlo.gather"(%1469, %1470) {
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
    %1472 = "stablehlo.reshape"(%1471) : (tensor<4x1xf32>) -> tensor<4xf32>
    %1473 = "stablehlo.subtract"(%1468, %1472) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %1474 = "stablehlo.concatenate"(%1450, %1464) { dimension = 0 : i64 } : (tensor<4xi32>, tensor<4xi32>) -> tensor<8xi32>
    "stablehlo.return"(%119, %121, %360, %362, %588, %590, %816, %818, %1044, %1046, %1272, %1274, %1428, %1474, %1473) : (tensor<4x32x64xbf16>, tensor<4x32x64xbf16>, tensor<4x32x64xbf16>, tensor<4x32x64xbf16>, tensor<4x32x64xbf16>, tensor<4x32x64xbf16>, tensor<4x32x64xbf16>, tensor<4x32x64xbf16>, tensor<4x32x64xbf16>, tensor<4x32x64xbf16>, tensor<4x32x64xbf16>, tensor<4x32x64xbf16>, tensor<4x512xf32>, tensor<8xi32>, tensor<4xf32>) -> ()
  }
}
