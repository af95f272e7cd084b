module @step_r8_l1_t4 {
  func.func @main(%arg0: tensor<512x64xbf16>, %arg1: tensor<64xbf16>, %arg2: tensor<128x64xbf16>, %arg3: tensor<64x64xbf16>, %arg4: tensor<64x64xbf16>, %arg5: tensor<32xbf16>, %arg6: tensor<32xbf16>, %arg7: tensor<64x128xbf16>, %arg8: tensor<64xbf16>, %arg9: tensor<64xbf16>, %arg10: tensor<128x64xbf16>, %arg11: tensor<128x64xbf16>, %arg12: tensor<64x128xbf16>, %arg13: tensor<64xbf16>, %arg14: tensor<64xbf16>, %arg15: tensor<128x64xbf16>, %arg16: tensor<64x64xbf16>, %arg17: tensor<64x64xbf16>, %arg18: tensor<32xbf16>, %arg19: tensor<32xbf16>, %arg20: tensor<64x128xbf16>, %arg21: tensor<64xbf16>, %arg22: tensor<64xbf16>, %arg23: tensor<128x64xbf16>, %arg24: tensor<128x64xbf16>, %arg25: tensor<64x128xbf16>, %arg26: tensor<64xbf16>, %arg27: tensor<64xbf16>, %arg28: tensor<128x64xbf16>, %arg29: tensor<64x64xbf16>, %arg30: tensor<64x64xbf16>, %arg31: tensor<32xbf16>, %arg32: tensor<32xbf16>, %arg33: tensor<64x128xbf16>, %arg34: tensor<64xbf16>, %arg35: tensor<64xbf16>, %arg36: tensor<128x64xbf16>, %arg37: tensor<128x64xbf16>, %arg38: tensor<64x128xbf16>, %arg39: tensor<64xbf16>, %arg40: tensor<64xbf16>, %arg41: tensor<128x64xbf16>, %arg42: tensor<64x64xbf16>, %arg43: tensor<64x64xbf16>, %arg44: tensor<32xbf16>, %arg45: tensor<32xbf16>, %arg46: tensor<64x128xbf16>, %arg47: tensor<64xbf16>, %arg48: tensor<64xbf16>, %arg49: tensor<128x64xbf16>, %arg50: tensor<128x64xbf16>, %arg51: tensor<64x128xbf16>, %arg52: tensor<64xbf16>, %arg53: tensor<64xbf16>, %arg54: tensor<128x64xbf16>, %arg55: tensor<64x64xbf16>, %arg56: tensor<64x64xbf16>, %arg57: tensor<32xbf16>, %arg58: tensor<32xbf16>, %arg59: tensor<64x128xbf16>, %arg60: tensor<64xbf16>, %arg61: tensor<64xbf16>, %arg62: tensor<128x64xbf16>, %arg63: tensor<128x64xbf16>, %arg64: tensor<64x128xbf16>, %arg65: tensor<64xbf16>, %arg66: tensor<64xbf16>, %arg67: tensor<128x64xbf16>, %arg68: tensor<64x64xbf16>, %arg69: tensor<64x64xbf16>, %arg70: tensor<32xbf16>, %arg71: tensor<32xbf16>, %arg72: tensor<64x128xbf16>, %arg73: tensor<64xbf16>, %arg74: tensor<64xbf16>, %arg75: tensor<128x64xbf16>, %arg76: tensor<128x64xbf16>, %arg77: tensor<64x128xbf16>, %arg78: tensor<64xbf16>, %arg79: tensor<64xbf16>, %arg80: tensor<32x32xf32>, %arg81: tensor<32x32xf32>, %arg82: tensor<4x32x64xbf16> { tf.aliasing_output = 0 : i32 }, %arg83: tensor<4x32x64xbf16> { tf.aliasing_output = 1 : i32 }, %arg84: tensor<4x32x64xbf16> { tf.aliasing_output = 2 : i32 }, %arg85: tensor<4x32x64xbf16> { tf.aliasing_output = 3 : i32 }, %arg86: tensor<4x32x64xbf16> { tf.aliasing_output = 4 : i32 }, %arg87: tensor<4x32x64xbf16> { tf.aliasing_output = 5 : i32 }, %arg88: tensor<4x32x64xbf16> { tf.aliasing_output = 6 : i32 }, %arg89: tensor<4x32x64xbf16> { tf.aliasing_output = 7 : i32 }, %arg90: tensor<4x32x64xbf16> { tf.aliasing_output = 8 : i32 }, %arg91: tensor<4x32x64xbf16> { tf.aliasing_output = 9 : i32 }, %arg92: tensor<4x32x64xbf16> { tf.aliasing_output = 10 : i32 }, %arg93: tensor<4x32x64xbf16> { tf.aliasing_output = 11 : i32 }, %arg94: tensor<8xi32>, %arg95: tensor<8xi32>, %arg96: tensor<8xi32>, %arg97: tensor<1xi32>, %arg98: tensor<4xi32>, %arg99: tensor<4xi32>) -> (tensor<4x32x64xbf16>, tensor<4x32x64xbf16>, tensor<4x32x64xbf16>, tensor<4x32x64xbf16>, tensor<4x32x64xbf16>, tensor<4x32x64xbf16>, tensor<4x32x64xbf16>, tensor<4x32x64xbf16>, tensor<4x32x64xbf16>, tensor<4x32x64xbf16>, tensor<4x32x64xbf16>, tensor<4x32x64xbf16>, tensor<1x512xf32>, tensor<1xi32>, tensor<4xf32>, tensor<1xi32>) {
    %0 = "stablehlo.reshape"(%arg96) : (tensor<8xi32>) -> tensor<8x1xi32>
    %1 = "stablehlo.reshape"(%arg95) : (tensor<8xi32>) -> tensor<8x1xi32>
    %2 = "stablehlo.concatenate"(%0, %1) { dimension = 1 : i64 } : (tensor<8x1xi32>, tensor<8x1xi32>) -> tensor<8x2xi32>
    %3 = "stablehlo.reshape"(%arg94) : (tensor<8xi32>) -> tensor<8x1xi32>
    %4 = "stablehlo.gather"(%arg0, %3) {
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
    %5 = "stablehlo.convert"(%4) : (tensor<8x64xbf16>) -> tensor<8x64xf32>
    %6 = "stablehlo.constant"() { value = dense<8.0> : tensor<f32> } : () -> tensor<f32>
    %7 = "stablehlo.broadcast_in_dim"(%6) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8x64xf32>
    %8 = "stablehlo.multiply"(%5, %7) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %9 = "stablehlo.reshape"(%8) : (tensor<8x64xf32>) -> tensor<8x64xf32>
    %10 = "stablehlo.multiply"(%9, %9) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %11 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %13 = "stablehlo.reduce"(%10, %11) ({
      ^reductionFn(%arg100: tensor<f32>, %arg101: tensor<f32>) :
          %12 = "stablehlo.add"(%arg100, %arg101) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%12) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %14 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %15 = "stablehlo.broadcast_in_dim"(%14) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8xf32>
    %16 = "stablehlo.multiply"(%13, %15) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %17 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %18 = "stablehlo.broadcast_in_dim"(%17) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8xf32>
    %19 = "stablehlo.add"(%16, %18) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %20 = "stablehlo.rsqrt"(%19) : (tensor<8xf32>) -> tensor<8xf32>
    %21 = "stablehlo.convert"(%arg1) : (tensor<64xbf16>) -> tensor<64xf32>
    %22 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %23 = "stablehlo.broadcast_in_dim"(%22) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %24 = "stablehlo.add"(%21, %23) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %25 = "stablehlo.broadcast_in_dim"(%20) { broadcast_dimensions = array<i64: 0> } : (tensor<8xf32>) -> tensor<8x64xf32>
    %26 = "stablehlo.multiply"(%9, %25) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %27 = "stablehlo.broadcast_in_dim"(%24) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<8x64xf32>
    %28 = "stablehlo.multiply"(%26, %27) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %29 = "stablehlo.reshape"(%28) : (tensor<8x64xf32>) -> tensor<8x64xf32>
    %30 = "stablehlo.convert"(%arg2) : (tensor<128x64xbf16>) -> tensor<128x64xf32>
    %31 = "stablehlo.dot_general"(%29, %30) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<8x64xf32>, tensor<128x64xf32>) -> tensor<8x128xf32>
    %32 = "stablehlo.convert"(%arg3) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %33 = "stablehlo.dot_general"(%29, %32) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32>
    %34 = "stablehlo.convert"(%arg4) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %35 = "stablehlo.dot_general"(%29, %34) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32>
    %36 = "stablehlo.reshape"(%31) : (tensor<8x128xf32>) -> tensor<32x32xf32>
    %37 = "stablehlo.multiply"(%36, %36) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %38 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %40 = "stablehlo.reduce"(%37, %38) ({
      ^reductionFn(%arg102: tensor<f32>, %arg103: tensor<f32>) :
          %39 = "stablehlo.add"(%arg102, %arg103) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%39) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<32x32xf32>, tensor<f32>) -> tensor<32xf32>
    %41 = "stablehlo.constant"() { value = dense<0.03125> : tensor<f32> } : () -> tensor<f32>
    %42 = "stablehlo.broadcast_in_dim"(%41) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<32xf32>
    %43 = "stablehlo.multiply"(%40, %42) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %44 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %45 = "stablehlo.broadcast_in_dim"(%44) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<32xf32>
    %46 = "stablehlo.add"(%43, %45) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %47 = "stablehlo.rsqrt"(%46) : (tensor<32xf32>) -> tensor<32xf32>
    %48 = "stablehlo.convert"(%arg5) : (tensor<32xbf16>) -> tensor<32xf32>
    %49 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %50 = "stablehlo.broadcast_in_dim"(%49) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<32xf32>
    %51 = "stablehlo.add"(%48, %50) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %52 = "stablehlo.broadcast_in_dim"(%47) { broadcast_dimensions = array<i64: 0> } : (tensor<32xf32>) -> tensor<32x32xf32>
    %53 = "stablehlo.multiply"(%36, %52) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %54 = "stablehlo.broadcast_in_dim"(%51) { broadcast_dimensions = array<i64: 1> } : (tensor<32xf32>) -> tensor<32x32xf32>
    %55 = "stablehlo.multiply"(%53, %54) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %56 = "stablehlo.reshape"(%55) : (tensor<32x32xf32>) -> tensor<8x128xf32>
    %57 = "stablehlo.reshape"(%33) : (tensor<8x64xf32>) -> tensor<16x32xf32>
    %58 = "stablehlo.multiply"(%57, %57) : (tensor<16x32xf32>, tensor<16x32xf32>) -> tensor<16x32xf32>
    %59 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %61 = "stablehlo.reduce"(%58, %59) ({
      ^reductionFn(%arg104: tensor<f32>, %arg105: tensor<f32>) :
          %60 = "stablehlo.add"(%arg104, %arg105) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%60) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<16x32xf32>, tensor<f32>) -> tensor<16xf32>
    %62 = "stablehlo.constant"() { value = dense<0.03125> : tensor<f32> } : () -> tensor<f32>
    %63 = "stablehlo.broadcast_in_dim"(%62) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<16xf32>
    %64 = "stablehlo.multiply"(%61, %63) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %65 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %66 = "stablehlo.broadcast_in_dim"(%65) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<16xf32>
    %67 = "stablehlo.add"(%64, %66) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %68 = "stablehlo.rsqrt"(%67) : (tensor<16xf32>) -> tensor<16xf32>
    %69 = "stablehlo.convert"(%arg6) : (tensor<32xbf16>) -> tensor<32xf32>
    %70 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %71 = "stablehlo.broadcast_in_dim"(%70) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<32xf32>
    %72 = "stablehlo.add"(%69, %71) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %73 = "stablehlo.broadcast_in_dim"(%68) { broadcast_dimensions = array<i64: 0> } : (tensor<16xf32>) -> tensor<16x32xf32>
    %74 = "stablehlo.multiply"(%57, %73) : (tensor<16x32xf32>, tensor<16x32xf32>) -> tensor<16x32xf32>
    %75 = "stablehlo.broadcast_in_dim"(%72) { broadcast_dimensions = array<i64: 1> } : (tensor<32xf32>) -> tensor<16x32xf32>
    %76 = "stablehlo.multiply"(%74, %75) : (tensor<16x32xf32>, tensor<16x32xf32>) -> tensor<16x32xf32>
    %77 = "stablehlo.reshape"(%76) : (tensor<16x32xf32>) -> tensor<8x64xf32>
    %78 = "stablehlo.reshape"(%arg95) : (tensor<8xi32>) -> tensor<8x1xi32>
    %79 = "stablehlo.gather"(%arg80, %78) {
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
    %80 = "stablehlo.slice"(%79) {
      limit_indices = array<i64: 8, 16>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<8x32xf32>) -> tensor<8x16xf32>
    %81 = "stablehlo.broadcast_in_dim"(%80) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<8x16xf32>) -> tensor<8x4x16xf32>
    %82 = "stablehlo.slice"(%79) {
      limit_indices = array<i64: 8, 32>,
      start_indices = array<i64: 0, 16>,
      strides = array<i64: 1, 1>
    } : (tensor<8x32xf32>) -> tensor<8x16xf32>
    %83 = "stablehlo.broadcast_in_dim"(%82) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<8x16xf32>) -> tensor<8x4x16xf32>
    %84 = "stablehlo.reshape"(%56) : (tensor<8x128xf32>) -> tensor<8x4x32xf32>
    %85 = "stablehlo.slice"(%84) {
      limit_indices = array<i64: 8, 4, 16>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<8x4x32xf32>) -> tensor<8x4x16xf32>
    %86 = "stablehlo.slice"(%84) {
      limit_indices = array<i64: 8, 4, 32>,
      start_indices = array<i64: 0, 0, 16>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<8x4x32xf32>) -> tensor<8x4x16xf32>
    %87 = "stablehlo.multiply"(%85, %81) : (tensor<8x4x16xf32>, tensor<8x4x16xf32>) -> tensor<8x4x16xf32>
    %88 = "stablehlo.multiply"(%86, %83) : (tensor<8x4x16xf32>, tensor<8x4x16xf32>) -> tensor<8x4x16xf32>
    %89 = "stablehlo.subtract"(%87, %88) : (tensor<8x4x16xf32>, tensor<8x4x16xf32>) -> tensor<8x4x16xf32>
    %90 = "stablehlo.multiply"(%86, %81) : (tensor<8x4x16xf32>, tensor<8x4x16xf32>) -> tensor<8x4x16xf32>
    %91 = "stablehlo.multiply"(%85, %83) : (tensor<8x4x16xf32>, tensor<8x4x16xf32>) -> tensor<8x4x16xf32>
    %92 = "stablehlo.add"(%90, %91) : (tensor<8x4x16xf32>, tensor<8x4x16xf32>) -> tensor<8x4x16xf32>
    %93 = "stablehlo.concatenate"(%89, %92) { dimension = 2 : i64 } : (tensor<8x4x16xf32>, tensor<8x4x16xf32>) -> tensor<8x4x32xf32>
    %94 = "stablehlo.reshape"(%93) : (tensor<8x4x32xf32>) -> tensor<8x128xf32>
    %95 = "stablehlo.reshape"(%arg95) : (tensor<8xi32>) -> tensor<8x1xi32>
    %96 = "stablehlo.gather"(%arg80, %95) {
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
    %97 = "stablehlo.slice"(%96) {
      limit_indices = array<i64: 8, 16>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<8x32xf32>) -> tensor<8x16xf32>
    %98 = "stablehlo.broadcast_in_dim"(%97) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<8x16xf32>) -> tensor<8x2x16xf32>
    %99 = "stablehlo.slice"(%96) {
      limit_indices = array<i64: 8, 32>,
      start_indices = array<i64: 0, 16>,
      strides = array<i64: 1, 1>
    } : (tensor<8x32xf32>) -> tensor<8x16xf32>
    %100 = "stablehlo.broadcast_in_dim"(%99) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<8x16xf32>) -> tensor<8x2x16xf32>
    %101 = "stablehlo.reshape"(%77) : (tensor<8x64xf32>) -> tensor<8x2x32xf32>
    %102 = "stablehlo.slice"(%101) {
      limit_indices = array<i64: 8, 2, 16>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<8x2x32xf32>) -> tensor<8x2x16xf32>
    %103 = "stablehlo.slice"(%101) {
      limit_indices = array<i64: 8, 2, 32>,
      start_indices = array<i64: 0, 0, 16>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<8x2x32xf32>) -> tensor<8x2x16xf32>
    %104 = "stablehlo.multiply"(%102, %98) : (tensor<8x2x16xf32>, tensor<8x2x16xf32>) -> tensor<8x2x16xf32>
    %105 = "stablehlo.multiply"(%103, %100) : (tensor<8x2x16xf32>, tensor<8x2x16xf32>) -> tensor<8x2x16xf32>
    %106 = "stablehlo.subtract"(%104, %105) : (tensor<8x2x16xf32>, tensor<8x2x16xf32>) -> tensor<8x2x16xf32>
    %107 = "stablehlo.multiply"(%103, %98) : (tensor<8x2x16xf32>, tensor<8x2x16xf32>) -> tensor<8x2x16xf32>
    %108 = "stablehlo.multiply"(%102, %100) : (tensor<8x2x16xf32>, tensor<8x2x16xf32>) -> tensor<8x2x16xf32>
    %109 = "stablehlo.add"(%107, %108) : (tensor<8x2x16xf32>, tensor<8x2x16xf32>) -> tensor<8x2x16xf32>
    %110 = "stablehlo.concatenate"(%106, %109) { dimension = 2 : i64 } : (tensor<8x2x16xf32>, tensor<8x2x16xf32>) -> tensor<8x2x32xf32>
    %111 = "stablehlo.reshape"(%110) : (tensor<8x2x32xf32>) -> tensor<8x64xf32>
    %112 = "stablehlo.convert"(%111) : (tensor<8x64xf32>) -> tensor<8x64xbf16>
    %113 = "stablehlo.scatter"(%arg82, %2, %112) ({
      ^updateFn(%arg106: tensor<bf16>, %arg107: tensor<bf16>) :
          "stablehlo.return"(%arg107) : (tensor<bf16>) -> ()
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
    %114 = "stablehlo.convert"(%35) : (tensor<8x64xf32>) -> tensor<8x64xbf16>
    %115 = "stablehlo.scatter"(%arg83, %2, %114) ({
      ^updateFn(%arg108: tensor<bf16>, %arg109: tensor<bf16>) :
          "stablehlo.return"(%arg109) : (tensor<bf16>) -> ()
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
    %116 = "stablehlo.convert"(%113) : (tensor<4x32x64xbf16>) -> tensor<4x32x64xf32>
    %117 = "stablehlo.reshape"(%116) : (tensor<4x32x64xf32>) -> tensor<128x2x32xf32>
    %118 = "stablehlo.convert"(%115) : (tensor<4x32x64xbf16>) -> tensor<4x32x64xf32>
    %119 = "stablehlo.reshape"(%118) : (tensor<4x32x64xf32>) -> tensor<128x2x32xf32>
    %120 = "stablehlo.reshape"(%94) : (tensor<8x128xf32>) -> tensor<8x2x2x32xf32>
    %121 = "stablehlo.dot_general"(%120, %117) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [1],
  rhs_batching_dimensions = [1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [2]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<8x2x2x32xf32>, tensor<128x2x32xf32>) -> tensor<2x8x2x128xf32>
    %122 = "stablehlo.constant"() { value = dense<0.1767766922712326> : tensor<f32> } : () -> tensor<f32>
    %123 = "stablehlo.broadcast_in_dim"(%122) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x8x2x128xf32>
    %124 = "stablehlo.multiply"(%121, %123) : (tensor<2x8x2x128xf32>, tensor<2x8x2x128xf32>) -> tensor<2x8x2x128xf32>
    %125 = "stablehlo.iota"() { iota_dimension = 1 : i64 } : () -> tensor<8x4x32xi32>
    %126 = "stablehlo.iota"() { iota_dimension = 2 : i64 } : () -> tensor<8x4x32xi32>
    %127 = "stablehlo.broadcast_in_dim"(%arg96) { broadcast_dimensions = array<i64: 0> } : (tensor<8xi32>) -> tensor<8x4x32xi32>
    %128 = "stablehlo.broadcast_in_dim"(%arg95) { broadcast_dimensions = array<i64: 0> } : (tensor<8xi32>) -> tensor<8x4x32xi32>
    %129 = "stablehlo.compare"(%125, %127) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<8x4x32xi32>, tensor<8x4x32xi32>) -> tensor<8x4x32xi1>
    %130 = "stablehlo.compare"(%126, %128) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction LE>
    } : (tensor<8x4x32xi32>, tensor<8x4x32xi32>) -> tensor<8x4x32xi1>
    %131 = "stablehlo.and"(%129, %130) : (tensor<8x4x32xi1>, tensor<8x4x32xi1>) -> tensor<8x4x32xi1>
    %132 = "stablehlo.constant"() { value = dense<4> : tensor<i32> } : () -> tensor<i32>
    %133 = "stablehlo.broadcast_in_dim"(%132) { broadcast_dimensions = array<i64> } : (tensor<i32>) -> tensor<8x4x32xi32>
    %134 = "stablehlo.subtract"(%128, %133) : (tensor<8x4x32xi32>, tensor<8x4x32xi32>) -> tensor<8x4x32xi32>
    %135 = "stablehlo.compare"(%126, %134) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction GT>
    } : (tensor<8x4x32xi32>, tensor<8x4x32xi32>) -> tensor<8x4x32xi1>
    %136 = "stablehlo.and"(%131, %135) : (tensor<8x4x32xi1>, tensor<8x4x32xi1>) -> tensor<8x4x32xi1>
    %137 = "stablehlo.reshape"(%136) : (tensor<8x4x32xi1>) -> tensor<8x128xi1>
    %138 = "stablehlo.broadcast_in_dim"(%137) { broadcast_dimensions = array<i64: 1, 3> } : (tensor<8x128xi1>) -> tensor<2x8x2x128xi1>
    %139 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %140 = "stablehlo.broadcast_in_dim"(%139) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x8x2x128xf32>
    %141 = "stablehlo.select"(%138, %124, %140) : (tensor<2x8x2x128xi1>, tensor<2x8x2x128xf32>, tensor<2x8x2x128xf32>) -> tensor<2x8x2x128xf32>
    %142 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %144 = "stablehlo.reduce"(%141, %142) ({
      ^reductionFn(%arg110: tensor<f32>, %arg111: tensor<f32>) :
          %143 = "stablehlo.maximum"(%arg110, %arg111) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%143) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x8x2x128xf32>, tensor<f32>) -> tensor<2x8x2xf32>
    %145 = "stablehlo.broadcast_in_dim"(%144) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x8x2xf32>) -> tensor<2x8x2x128xf32>
    %146 = "stablehlo.subtract"(%141, %145) : (tensor<2x8x2x128xf32>, tensor<2x8x2x128xf32>) -> tensor<2x8x2x128xf32>
    %147 = "stablehlo.exponential"(%146) : (tensor<2x8x2x128xf32>) -> tensor<2x8x2x128xf32>
    %148 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %150 = "stablehlo.reduce"(%147, %148) ({
      ^reductionFn(%arg112: tensor<f32>, %arg113: tensor<f32>) :
          %149 = "stablehlo.add"(%arg112, %arg113) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%149) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x8x2x128xf32>, tensor<f32>) -> tensor<2x8x2xf32>
    %151 = "stablehlo.broadcast_in_dim"(%150) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x8x2xf32>) -> tensor<2x8x2x128xf32>
    %152 = "stablehlo.divide"(%147, %151) : (tensor<2x8x2x128xf32>, tensor<2x8x2x128xf32>) -> tensor<2x8x2x128xf32>
    %153 = "stablehlo.dot_general"(%152, %119) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0],
  rhs_batching_dimensions = [1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [0]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<2x8x2x128xf32>, tensor<128x2x32xf32>) -> tensor<2x8x2x32xf32>
    %154 = "stablehlo.transpose"(%153) { permutation = array<i64: 1, 0, 2, 3> } : (tensor<2x8x2x32xf32>) -> tensor<8x2x2x32xf32>
    %155 = "stablehlo.reshape"(%154) : (tensor<8x2x2x32xf32>) -> tensor<8x128xf32>
    %156 = "stablehlo.convert"(%arg7) : (tensor<64x128xbf16>) -> tensor<64x128xf32>
    %157 = "stablehlo.dot_general"(%155, %156) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<8x128xf32>, tensor<64x128xf32>) -> tensor<8x64xf32>
    %158 = "stablehlo.reshape"(%157) : (tensor<8x64xf32>) -> tensor<8x64xf32>
    %159 = "stablehlo.multiply"(%158, %158) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %160 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %162 = "stablehlo.reduce"(%159, %160) ({
      ^reductionFn(%arg114: tensor<f32>, %arg115: tensor<f32>) :
          %161 = "stablehlo.add"(%arg114, %arg115) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%161) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %163 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %164 = "stablehlo.broadcast_in_dim"(%163) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8xf32>
    %165 = "stablehlo.multiply"(%162, %164) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %166 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %167 = "stablehlo.broadcast_in_dim"(%166) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8xf32>
    %168 = "stablehlo.add"(%165, %167) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %169 = "stablehlo.rsqrt"(%168) : (tensor<8xf32>) -> tensor<8xf32>
    %170 = "stablehlo.convert"(%arg8) : (tensor<64xbf16>) -> tensor<64xf32>
    %171 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %172 = "stablehlo.broadcast_in_dim"(%171) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %173 = "stablehlo.add"(%170, %172) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %174 = "stablehlo.broadcast_in_dim"(%169) { broadcast_dimensions = array<i64: 0> } : (tensor<8xf32>) -> tensor<8x64xf32>
    %175 = "stablehlo.multiply"(%158, %174) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %176 = "stablehlo.broadcast_in_dim"(%173) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<8x64xf32>
    %177 = "stablehlo.multiply"(%175, %176) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %178 = "stablehlo.reshape"(%177) : (tensor<8x64xf32>) -> tensor<8x64xf32>
    %179 = "stablehlo.add"(%8, %178) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %180 = "stablehlo.reshape"(%179) : (tensor<8x64xf32>) -> tensor<8x64xf32>
    %181 = "stablehlo.multiply"(%180, %180) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %182 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %184 = "stablehlo.reduce"(%181, %182) ({
      ^reductionFn(%arg116: tensor<f32>, %arg117: tensor<f32>) :
          %183 = "stablehlo.add"(%arg116, %arg117) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%183) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %185 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %186 = "stablehlo.broadcast_in_dim"(%185) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8xf32>
    %187 = "stablehlo.multiply"(%184, %186) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %188 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %189 = "stablehlo.broadcast_in_dim"(%188) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8xf32>
    %190 = "stablehlo.add"(%187, %189) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %191 = "stablehlo.rsqrt"(%190) : (tensor<8xf32>) -> tensor<8xf32>
    %192 = "stablehlo.convert"(%arg9) : (tensor<64xbf16>) -> tensor<64xf32>
    %193 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %194 = "stablehlo.broadcast_in_dim"(%193) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %195 = "stablehlo.add"(%192, %194) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %196 = "stablehlo.broadcast_in_dim"(%191) { broadcast_dimensions = array<i64: 0> } : (tensor<8xf32>) -> tensor<8x64xf32>
    %197 = "stablehlo.multiply"(%180, %196) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %198 = "stablehlo.broadcast_in_dim"(%195) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<8x64xf32>
    %199 = "stablehlo.multiply"(%197, %198) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %200 = "stablehlo.reshape"(%199) : (tensor<8x64xf32>) -> tensor<8x64xf32>
    %201 = "stablehlo.convert"(%arg10) : (tensor<128x64xbf16>) -> tensor<128x64xf32>
    %202 = "stablehlo.dot_general"(%200, %201) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<8x64xf32>, tensor<128x64xf32>) -> tensor<8x128xf32>
    %203 = "stablehlo.convert"(%arg11) : (tensor<128x64xbf16>) -> tensor<128x64xf32>
    %204 = "stablehlo.dot_general"(%200, %203) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<8x64xf32>, tensor<128x64xf32>) -> tensor<8x128xf32>
    %205 = "stablehlo.multiply"(%202, %202) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %206 = "stablehlo.multiply"(%205, %202) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %207 = "stablehlo.constant"() { value = dense<0.044714998453855515> : tensor<f32> } : () -> tensor<f32>
    %208 = "stablehlo.broadcast_in_dim"(%207) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8x128xf32>
    %209 = "stablehlo.multiply"(%206, %208) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %210 = "stablehlo.add"(%202, %209) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %211 = "stablehlo.constant"() { value = dense<0.7978845834732056> : tensor<f32> } : () -> tensor<f32>
    %212 = "stablehlo.broadcast_in_dim"(%211) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8x128xf32>
    %213 = "stablehlo.multiply"(%210, %212) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %214 = "stablehlo.constant"() { value = dense<0.5> : tensor<f32> } : () -> tensor<f32>
    %215 = "stablehlo.broadcast_in_dim"(%214) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8x128xf32>
    %216 = "stablehlo.multiply"(%202, %215) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %217 = "stablehlo.tanh"(%213) : (tensor<8x128xf32>) -> tensor<8x128xf32>
    %218 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %219 = "stablehlo.broadcast_in_dim"(%218) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8x128xf32>
    %220 = "stablehlo.add"(%217, %219) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %221 = "stablehlo.multiply"(%216, %220) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %222 = "stablehlo.multiply"(%221, %204) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %223 = "stablehlo.convert"(%arg12) : (tensor<64x128xbf16>) -> tensor<64x128xf32>
    %224 = "stablehlo.dot_general"(%222, %223) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<8x128xf32>, tensor<64x128xf32>) -> tensor<8x64xf32>
    %225 = "stablehlo.reshape"(%224) : (tensor<8x64xf32>) -> tensor<8x64xf32>
    %226 = "stablehlo.multiply"(%225, %225) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %227 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %229 = "stablehlo.reduce"(%226, %227) ({
      ^reductionFn(%arg118: tensor<f32>, %arg119: tensor<f32>) :
          %228 = "stablehlo.add"(%arg118, %arg119) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%228) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %230 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %231 = "stablehlo.broadcast_in_dim"(%230) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8xf32>
    %232 = "stablehlo.multiply"(%229, %231) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %233 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %234 = "stablehlo.broadcast_in_dim"(%233) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8xf32>
    %235 = "stablehlo.add"(%232, %234) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %236 = "stablehlo.rsqrt"(%235) : (tensor<8xf32>) -> tensor<8xf32>
    %237 = "stablehlo.convert"(%arg13) : (tensor<64xbf16>) -> tensor<64xf32>
    %238 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %239 = "stablehlo.broadcast_in_dim"(%238) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %240 = "stablehlo.add"(%237, %239) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %241 = "stablehlo.broadcast_in_dim"(%236) { broadcast_dimensions = array<i64: 0> } : (tensor<8xf32>) -> tensor<8x64xf32>
    %242 = "stablehlo.multiply"(%225, %241) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %243 = "stablehlo.broadcast_in_dim"(%240) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<8x64xf32>
    %244 = "stablehlo.multiply"(%242, %243) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %245 = "stablehlo.reshape"(%244) : (tensor<8x64xf32>) -> tensor<8x64xf32>
    %246 = "stablehlo.add"(%179, %245) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %247 = "stablehlo.reshape"(%246) : (tensor<8x64xf32>) -> tensor<8x64xf32>
    %248 = "stablehlo.multiply"(%247, %247) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %249 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %251 = "stablehlo.reduce"(%248, %249) ({
      ^reductionFn(%arg120: tensor<f32>, %arg121: tensor<f32>) :
          %250 = "stablehlo.add"(%arg120, %arg121) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%250) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %252 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %253 = "stablehlo.broadcast_in_dim"(%252) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8xf32>
    %254 = "stablehlo.multiply"(%251, %253) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %255 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %256 = "stablehlo.broadcast_in_dim"(%255) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8xf32>
    %257 = "stablehlo.add"(%254, %256) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %258 = "stablehlo.rsqrt"(%257) : (tensor<8xf32>) -> tensor<8xf32>
    %259 = "stablehlo.convert"(%arg14) : (tensor<64xbf16>) -> tensor<64xf32>
    %260 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %261 = "stablehlo.broadcast_in_dim"(%260) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %262 = "stablehlo.add"(%259, %261) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %263 = "stablehlo.broadcast_in_dim"(%258) { broadcast_dimensions = array<i64: 0> } : (tensor<8xf32>) -> tensor<8x64xf32>
    %264 = "stablehlo.multiply"(%247, %263) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %265 = "stablehlo.broadcast_in_dim"(%262) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<8x64xf32>
    %266 = "stablehlo.multiply"(%264, %265) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %267 = "stablehlo.reshape"(%266) : (tensor<8x64xf32>) -> tensor<8x64xf32>
    %268 = "stablehlo.convert"(%arg15) : (tensor<128x64xbf16>) -> tensor<128x64xf32>
    %269 = "stablehlo.dot_general"(%267, %268) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<8x64xf32>, tensor<128x64xf32>) -> tensor<8x128xf32>
    %270 = "stablehlo.convert"(%arg16) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %271 = "stablehlo.dot_general"(%267, %270) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32>
    %272 = "stablehlo.convert"(%arg17) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %273 = "stablehlo.dot_general"(%267, %272) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32>
    %274 = "stablehlo.reshape"(%269) : (tensor<8x128xf32>) -> tensor<32x32xf32>
    %275 = "stablehlo.multiply"(%274, %274) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %276 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %278 = "stablehlo.reduce"(%275, %276) ({
      ^reductionFn(%arg122: tensor<f32>, %arg123: tensor<f32>) :
          %277 = "stablehlo.add"(%arg122, %arg123) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%277) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<32x32xf32>, tensor<f32>) -> tensor<32xf32>
    %279 = "stablehlo.constant"() { value = dense<0.03125> : tensor<f32> } : () -> tensor<f32>
    %280 = "stablehlo.broadcast_in_dim"(%279) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<32xf32>
    %281 = "stablehlo.multiply"(%278, %280) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %282 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %283 = "stablehlo.broadcast_in_dim"(%282) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<32xf32>
    %284 = "stablehlo.add"(%281, %283) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %285 = "stablehlo.rsqrt"(%284) : (tensor<32xf32>) -> tensor<32xf32>
    %286 = "stablehlo.convert"(%arg18) : (tensor<32xbf16>) -> tensor<32xf32>
    %287 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %288 = "stablehlo.broadcast_in_dim"(%287) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<32xf32>
    %289 = "stablehlo.add"(%286, %288) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %290 = "stablehlo.broadcast_in_dim"(%285) { broadcast_dimensions = array<i64: 0> } : (tensor<32xf32>) -> tensor<32x32xf32>
    %291 = "stablehlo.multiply"(%274, %290) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %292 = "stablehlo.broadcast_in_dim"(%289) { broadcast_dimensions = array<i64: 1> } : (tensor<32xf32>) -> tensor<32x32xf32>
    %293 = "stablehlo.multiply"(%291, %292) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %294 = "stablehlo.reshape"(%293) : (tensor<32x32xf32>) -> tensor<8x128xf32>
    %295 = "stablehlo.reshape"(%271) : (tensor<8x64xf32>) -> tensor<16x32xf32>
    %296 = "stablehlo.multiply"(%295, %295) : (tensor<16x32xf32>, tensor<16x32xf32>) -> tensor<16x32xf32>
    %297 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %299 = "stablehlo.reduce"(%296, %297) ({
      ^reductionFn(%arg124: tensor<f32>, %arg125: tensor<f32>) :
          %298 = "stablehlo.add"(%arg124, %arg125) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%298) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<16x32xf32>, tensor<f32>) -> tensor<16xf32>
    %300 = "stablehlo.constant"() { value = dense<0.03125> : tensor<f32> } : () -> tensor<f32>
    %301 = "stablehlo.broadcast_in_dim"(%300) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<16xf32>
    %302 = "stablehlo.multiply"(%299, %301) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %303 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %304 = "stablehlo.broadcast_in_dim"(%303) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<16xf32>
    %305 = "stablehlo.add"(%302, %304) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %306 = "stablehlo.rsqrt"(%305) : (tensor<16xf32>) -> tensor<16xf32>
    %307 = "stablehlo.convert"(%arg19) : (tensor<32xbf16>) -> tensor<32xf32>
    %308 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %309 = "stablehlo.broadcast_in_dim"(%308) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<32xf32>
    %310 = "stablehlo.add"(%307, %309) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %311 = "stablehlo.broadcast_in_dim"(%306) { broadcast_dimensions = array<i64: 0> } : (tensor<16xf32>) -> tensor<16x32xf32>
    %312 = "stablehlo.multiply"(%295, %311) : (tensor<16x32xf32>, tensor<16x32xf32>) -> tensor<16x32xf32>
    %313 = "stablehlo.broadcast_in_dim"(%310) { broadcast_dimensions = array<i64: 1> } : (tensor<32xf32>) -> tensor<16x32xf32>
    %314 = "stablehlo.multiply"(%312, %313) : (tensor<16x32xf32>, tensor<16x32xf32>) -> tensor<16x32xf32>
    %315 = "stablehlo.reshape"(%314) : (tensor<16x32xf32>) -> tensor<8x64xf32>
    %316 = "stablehlo.reshape"(%arg95) : (tensor<8xi32>) -> tensor<8x1xi32>
    %317 = "stablehlo.gather"(%arg80, %316) {
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
    %318 = "stablehlo.slice"(%317) {
      limit_indices = array<i64: 8, 16>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<8x32xf32>) -> tensor<8x16xf32>
    %319 = "stablehlo.broadcast_in_dim"(%318) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<8x16xf32>) -> tensor<8x4x16xf32>
    %320 = "stablehlo.slice"(%317) {
      limit_indices = array<i64: 8, 32>,
      start_indices = array<i64: 0, 16>,
      strides = array<i64: 1, 1>
    } : (tensor<8x32xf32>) -> tensor<8x16xf32>
    %321 = "stablehlo.broadcast_in_dim"(%320) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<8x16xf32>) -> tensor<8x4x16xf32>
    %322 = "stablehlo.reshape"(%294) : (tensor<8x128xf32>) -> tensor<8x4x32xf32>
    %323 = "stablehlo.slice"(%322) {
      limit_indices = array<i64: 8, 4, 16>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<8x4x32xf32>) -> tensor<8x4x16xf32>
    %324 = "stablehlo.slice"(%322) {
      limit_indices = array<i64: 8, 4, 32>,
      start_indices = array<i64: 0, 0, 16>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<8x4x32xf32>) -> tensor<8x4x16xf32>
    %325 = "stablehlo.multiply"(%323, %319) : (tensor<8x4x16xf32>, tensor<8x4x16xf32>) -> tensor<8x4x16xf32>
    %326 = "stablehlo.multiply"(%324, %321) : (tensor<8x4x16xf32>, tensor<8x4x16xf32>) -> tensor<8x4x16xf32>
    %327 = "stablehlo.subtract"(%325, %326) : (tensor<8x4x16xf32>, tensor<8x4x16xf32>) -> tensor<8x4x16xf32>
    %328 = "stablehlo.multiply"(%324, %319) : (tensor<8x4x16xf32>, tensor<8x4x16xf32>) -> tensor<8x4x16xf32>
    %329 = "stablehlo.multiply"(%323, %321) : (tensor<8x4x16xf32>, tensor<8x4x16xf32>) -> tensor<8x4x16xf32>
    %330 = "stablehlo.add"(%328, %329) : (tensor<8x4x16xf32>, tensor<8x4x16xf32>) -> tensor<8x4x16xf32>
    %331 = "stablehlo.concatenate"(%327, %330) { dimension = 2 : i64 } : (tensor<8x4x16xf32>, tensor<8x4x16xf32>) -> tensor<8x4x32xf32>
    %332 = "stablehlo.reshape"(%331) : (tensor<8x4x32xf32>) -> tensor<8x128xf32>
    %333 = "stablehlo.reshape"(%arg95) : (tensor<8xi32>) -> tensor<8x1xi32>
    %334 = "stablehlo.gather"(%arg80, %333) {
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
    %335 = "stablehlo.slice"(%334) {
      limit_indices = array<i64: 8, 16>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<8x32xf32>) -> tensor<8x16xf32>
    %336 = "stablehlo.broadcast_in_dim"(%335) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<8x16xf32>) -> tensor<8x2x16xf32>
    %337 = "stablehlo.slice"(%334) {
      limit_indices = array<i64: 8, 32>,
      start_indices = array<i64: 0, 16>,
      strides = array<i64: 1, 1>
    } : (tensor<8x32xf32>) -> tensor<8x16xf32>
    %338 = "stablehlo.broadcast_in_dim"(%337) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<8x16xf32>) -> tensor<8x2x16xf32>
    %339 = "stablehlo.reshape"(%315) : (tensor<8x64xf32>) -> tensor<8x2x32xf32>
    %340 = "stablehlo.slice"(%339) {
      limit_indices = array<i64: 8, 2, 16>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<8x2x32xf32>) -> tensor<8x2x16xf32>
    %341 = "stablehlo.slice"(%339) {
      limit_indices = array<i64: 8, 2, 32>,
      start_indices = array<i64: 0, 0, 16>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<8x2x32xf32>) -> tensor<8x2x16xf32>
    %342 = "stablehlo.multiply"(%340, %336) : (tensor<8x2x16xf32>, tensor<8x2x16xf32>) -> tensor<8x2x16xf32>
    %343 = "stablehlo.multiply"(%341, %338) : (tensor<8x2x16xf32>, tensor<8x2x16xf32>) -> tensor<8x2x16xf32>
    %344 = "stablehlo.subtract"(%342, %343) : (tensor<8x2x16xf32>, tensor<8x2x16xf32>) -> tensor<8x2x16xf32>
    %345 = "stablehlo.multiply"(%341, %336) : (tensor<8x2x16xf32>, tensor<8x2x16xf32>) -> tensor<8x2x16xf32>
    %346 = "stablehlo.multiply"(%340, %338) : (tensor<8x2x16xf32>, tensor<8x2x16xf32>) -> tensor<8x2x16xf32>
    %347 = "stablehlo.add"(%345, %346) : (tensor<8x2x16xf32>, tensor<8x2x16xf32>) -> tensor<8x2x16xf32>
    %348 = "stablehlo.concatenate"(%344, %347) { dimension = 2 : i64 } : (tensor<8x2x16xf32>, tensor<8x2x16xf32>) -> tensor<8x2x32xf32>
    %349 = "stablehlo.reshape"(%348) : (tensor<8x2x32xf32>) -> tensor<8x64xf32>
    %350 = "stablehlo.convert"(%349) : (tensor<8x64xf32>) -> tensor<8x64xbf16>
    %351 = "stablehlo.scatter"(%arg84, %2, %350) ({
      ^updateFn(%arg126: tensor<bf16>, %arg127: tensor<bf16>) :
          "stablehlo.return"(%arg127) : (tensor<bf16>) -> ()
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
    %352 = "stablehlo.convert"(%273) : (tensor<8x64xf32>) -> tensor<8x64xbf16>
    %353 = "stablehlo.scatter"(%arg85, %2, %352) ({
      ^updateFn(%arg128: tensor<bf16>, %arg129: tensor<bf16>) :
          "stablehlo.return"(%arg129) : (tensor<bf16>) -> ()
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
    %354 = "stablehlo.convert"(%351) : (tensor<4x32x64xbf16>) -> tensor<4x32x64xf32>
    %355 = "stablehlo.reshape"(%354) : (tensor<4x32x64xf32>) -> tensor<128x2x32xf32>
    %356 = "stablehlo.convert"(%353) : (tensor<4x32x64xbf16>) -> tensor<4x32x64xf32>
    %357 = "stablehlo.reshape"(%356) : (tensor<4x32x64xf32>) -> tensor<128x2x32xf32>
    %358 = "stablehlo.reshape"(%332) : (tensor<8x128xf32>) -> tensor<8x2x2x32xf32>
    %359 = "stablehlo.dot_general"(%358, %355) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [1],
  rhs_batching_dimensions = [1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [2]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<8x2x2x32xf32>, tensor<128x2x32xf32>) -> tensor<2x8x2x128xf32>
    %360 = "stablehlo.constant"() { value = dense<0.1767766922712326> : tensor<f32> } : () -> tensor<f32>
    %361 = "stablehlo.broadcast_in_dim"(%360) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x8x2x128xf32>
    %362 = "stablehlo.multiply"(%359, %361) : (tensor<2x8x2x128xf32>, tensor<2x8x2x128xf32>) -> tensor<2x8x2x128xf32>
    %363 = "stablehlo.broadcast_in_dim"(%137) { broadcast_dimensions = array<i64: 1, 3> } : (tensor<8x128xi1>) -> tensor<2x8x2x128xi1>
    %364 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %365 = "stablehlo.broadcast_in_dim"(%364) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x8x2x128xf32>
    %366 = "stablehlo.select"(%363, %362, %365) : (tensor<2x8x2x128xi1>, tensor<2x8x2x128xf32>, tensor<2x8x2x128xf32>) -> tensor<2x8x2x128xf32>
    %367 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %369 = "stablehlo.reduce"(%366, %367) ({
      ^reductionFn(%arg130: tensor<f32>, %arg131: tensor<f32>) :
          %368 = "stablehlo.maximum"(%arg130, %arg131) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%368) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x8x2x128xf32>, tensor<f32>) -> tensor<2x8x2xf32>
    %370 = "stablehlo.broadcast_in_dim"(%369) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x8x2xf32>) -> tensor<2x8x2x128xf32>
    %371 = "stablehlo.subtract"(%366, %370) : (tensor<2x8x2x128xf32>, tensor<2x8x2x128xf32>) -> tensor<2x8x2x128xf32>
    %372 = "stablehlo.exponential"(%371) : (tensor<2x8x2x128xf32>) -> tensor<2x8x2x128xf32>
    %373 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %375 = "stablehlo.reduce"(%372, %373) ({
      ^reductionFn(%arg132: tensor<f32>, %arg133: tensor<f32>) :
          %374 = "stablehlo.add"(%arg132, %arg133) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%374) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x8x2x128xf32>, tensor<f32>) -> tensor<2x8x2xf32>
    %376 = "stablehlo.broadcast_in_dim"(%375) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x8x2xf32>) -> tensor<2x8x2x128xf32>
    %377 = "stablehlo.divide"(%372, %376) : (tensor<2x8x2x128xf32>, tensor<2x8x2x128xf32>) -> tensor<2x8x2x128xf32>
    %378 = "stablehlo.dot_general"(%377, %357) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0],
  rhs_batching_dimensions = [1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [0]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<2x8x2x128xf32>, tensor<128x2x32xf32>) -> tensor<2x8x2x32xf32>
    %379 = "stablehlo.transpose"(%378) { permutation = array<i64: 1, 0, 2, 3> } : (tensor<2x8x2x32xf32>) -> tensor<8x2x2x32xf32>
    %380 = "stablehlo.reshape"(%379) : (tensor<8x2x2x32xf32>) -> tensor<8x128xf32>
    %381 = "stablehlo.convert"(%arg20) : (tensor<64x128xbf16>) -> tensor<64x128xf32>
    %382 = "stablehlo.dot_general"(%380, %381) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<8x128xf32>, tensor<64x128xf32>) -> tensor<8x64xf32>
    %383 = "stablehlo.reshape"(%382) : (tensor<8x64xf32>) -> tensor<8x64xf32>
    %384 = "stablehlo.multiply"(%383, %383) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %385 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %387 = "stablehlo.reduce"(%384, %385) ({
      ^reductionFn(%arg134: tensor<f32>, %arg135: tensor<f32>) :
          %386 = "stablehlo.add"(%arg134, %arg135) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%386) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %388 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %389 = "stablehlo.broadcast_in_dim"(%388) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8xf32>
    %390 = "stablehlo.multiply"(%387, %389) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %391 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %392 = "stablehlo.broadcast_in_dim"(%391) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8xf32>
    %393 = "stablehlo.add"(%390, %392) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %394 = "stablehlo.rsqrt"(%393) : (tensor<8xf32>) -> tensor<8xf32>
    %395 = "stablehlo.convert"(%arg21) : (tensor<64xbf16>) -> tensor<64xf32>
    %396 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %397 = "stablehlo.broadcast_in_dim"(%396) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %398 = "stablehlo.add"(%395, %397) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %399 = "stablehlo.broadcast_in_dim"(%394) { broadcast_dimensions = array<i64: 0> } : (tensor<8xf32>) -> tensor<8x64xf32>
    %400 = "stablehlo.multiply"(%383, %399) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %401 = "stablehlo.broadcast_in_dim"(%398) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<8x64xf32>
    %402 = "stablehlo.multiply"(%400, %401) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %403 = "stablehlo.reshape"(%402) : (tensor<8x64xf32>) -> tensor<8x64xf32>
    %404 = "stablehlo.add"(%246, %403) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %405 = "stablehlo.reshape"(%404) : (tensor<8x64xf32>) -> tensor<8x64xf32>
    %406 = "stablehlo.multiply"(%405, %405) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %407 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %409 = "stablehlo.reduce"(%406, %407) ({
      ^reductionFn(%arg136: tensor<f32>, %arg137: tensor<f32>) :
          %408 = "stablehlo.add"(%arg136, %arg137) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%408) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %410 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %411 = "stablehlo.broadcast_in_dim"(%410) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8xf32>
    %412 = "stablehlo.multiply"(%409, %411) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %413 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %414 = "stablehlo.broadcast_in_dim"(%413) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8xf32>
    %415 = "stablehlo.add"(%412, %414) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %416 = "stablehlo.rsqrt"(%415) : (tensor<8xf32>) -> tensor<8xf32>
    %417 = "stablehlo.convert"(%arg22) : (tensor<64xbf16>) -> tensor<64xf32>
    %418 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %419 = "stablehlo.broadcast_in_dim"(%418) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %420 = "stablehlo.add"(%417, %419) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %421 = "stablehlo.broadcast_in_dim"(%416) { broadcast_dimensions = array<i64: 0> } : (tensor<8xf32>) -> tensor<8x64xf32>
    %422 = "stablehlo.multiply"(%405, %421) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %423 = "stablehlo.broadcast_in_dim"(%420) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<8x64xf32>
    %424 = "stablehlo.multiply"(%422, %423) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %425 = "stablehlo.reshape"(%424) : (tensor<8x64xf32>) -> tensor<8x64xf32>
    %426 = "stablehlo.convert"(%arg23) : (tensor<128x64xbf16>) -> tensor<128x64xf32>
    %427 = "stablehlo.dot_general"(%425, %426) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<8x64xf32>, tensor<128x64xf32>) -> tensor<8x128xf32>
    %428 = "stablehlo.convert"(%arg24) : (tensor<128x64xbf16>) -> tensor<128x64xf32>
    %429 = "stablehlo.dot_general"(%425, %428) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<8x64xf32>, tensor<128x64xf32>) -> tensor<8x128xf32>
    %430 = "stablehlo.multiply"(%427, %427) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %431 = "stablehlo.multiply"(%430, %427) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %432 = "stablehlo.constant"() { value = dense<0.044714998453855515> : tensor<f32> } : () -> tensor<f32>
    %433 = "stablehlo.broadcast_in_dim"(%432) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8x128xf32>
    %434 = "stablehlo.multiply"(%431, %433) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %435 = "stablehlo.add"(%427, %434) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %436 = "stablehlo.constant"() { value = dense<0.7978845834732056> : tensor<f32> } : () -> tensor<f32>
    %437 = "stablehlo.broadcast_in_dim"(%436) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8x128xf32>
    %438 = "stablehlo.multiply"(%435, %437) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %439 = "stablehlo.constant"() { value = dense<0.5> : tensor<f32> } : () -> tensor<f32>
    %440 = "stablehlo.broadcast_in_dim"(%439) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8x128xf32>
    %441 = "stablehlo.multiply"(%427, %440) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %442 = "stablehlo.tanh"(%438) : (tensor<8x128xf32>) -> tensor<8x128xf32>
    %443 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %444 = "stablehlo.broadcast_in_dim"(%443) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8x128xf32>
    %445 = "stablehlo.add"(%442, %444) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %446 = "stablehlo.multiply"(%441, %445) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %447 = "stablehlo.multiply"(%446, %429) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %448 = "stablehlo.convert"(%arg25) : (tensor<64x128xbf16>) -> tensor<64x128xf32>
    %449 = "stablehlo.dot_general"(%447, %448) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<8x128xf32>, tensor<64x128xf32>) -> tensor<8x64xf32>
    %450 = "stablehlo.reshape"(%449) : (tensor<8x64xf32>) -> tensor<8x64xf32>
    %451 = "stablehlo.multiply"(%450, %450) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %452 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %454 = "stablehlo.reduce"(%451, %452) ({
      ^reductionFn(%arg138: tensor<f32>, %arg139: tensor<f32>) :
          %453 = "stablehlo.add"(%arg138, %arg139) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%453) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %455 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %456 = "stablehlo.broadcast_in_dim"(%455) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8xf32>
    %457 = "stablehlo.multiply"(%454, %456) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %458 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %459 = "stablehlo.broadcast_in_dim"(%458) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8xf32>
    %460 = "stablehlo.add"(%457, %459) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %461 = "stablehlo.rsqrt"(%460) : (tensor<8xf32>) -> tensor<8xf32>
    %462 = "stablehlo.convert"(%arg26) : (tensor<64xbf16>) -> tensor<64xf32>
    %463 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %464 = "stablehlo.broadcast_in_dim"(%463) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %465 = "stablehlo.add"(%462, %464) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %466 = "stablehlo.broadcast_in_dim"(%461) { broadcast_dimensions = array<i64: 0> } : (tensor<8xf32>) -> tensor<8x64xf32>
    %467 = "stablehlo.multiply"(%450, %466) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %468 = "stablehlo.broadcast_in_dim"(%465) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<8x64xf32>
    %469 = "stablehlo.multiply"(%467, %468) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %470 = "stablehlo.reshape"(%469) : (tensor<8x64xf32>) -> tensor<8x64xf32>
    %471 = "stablehlo.add"(%404, %470) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %472 = "stablehlo.reshape"(%471) : (tensor<8x64xf32>) -> tensor<8x64xf32>
    %473 = "stablehlo.multiply"(%472, %472) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %474 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %476 = "stablehlo.reduce"(%473, %474) ({
      ^reductionFn(%arg140: tensor<f32>, %arg141: tensor<f32>) :
          %475 = "stablehlo.add"(%arg140, %arg141) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%475) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %477 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %478 = "stablehlo.broadcast_in_dim"(%477) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8xf32>
    %479 = "stablehlo.multiply"(%476, %478) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %480 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %481 = "stablehlo.broadcast_in_dim"(%480) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8xf32>
    %482 = "stablehlo.add"(%479, %481) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %483 = "stablehlo.rsqrt"(%482) : (tensor<8xf32>) -> tensor<8xf32>
    %484 = "stablehlo.convert"(%arg27) : (tensor<64xbf16>) -> tensor<64xf32>
    %485 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %486 = "stablehlo.broadcast_in_dim"(%485) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %487 = "stablehlo.add"(%484, %486) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %488 = "stablehlo.broadcast_in_dim"(%483) { broadcast_dimensions = array<i64: 0> } : (tensor<8xf32>) -> tensor<8x64xf32>
    %489 = "stablehlo.multiply"(%472, %488) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %490 = "stablehlo.broadcast_in_dim"(%487) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<8x64xf32>
    %491 = "stablehlo.multiply"(%489, %490) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %492 = "stablehlo.reshape"(%491) : (tensor<8x64xf32>) -> tensor<8x64xf32>
    %493 = "stablehlo.convert"(%arg28) : (tensor<128x64xbf16>) -> tensor<128x64xf32>
    %494 = "stablehlo.dot_general"(%492, %493) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<8x64xf32>, tensor<128x64xf32>) -> tensor<8x128xf32>
    %495 = "stablehlo.convert"(%arg29) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %496 = "stablehlo.dot_general"(%492, %495) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32>
    %497 = "stablehlo.convert"(%arg30) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %498 = "stablehlo.dot_general"(%492, %497) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32>
    %499 = "stablehlo.reshape"(%494) : (tensor<8x128xf32>) -> tensor<32x32xf32>
    %500 = "stablehlo.multiply"(%499, %499) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %501 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %503 = "stablehlo.reduce"(%500, %501) ({
      ^reductionFn(%arg142: tensor<f32>, %arg143: tensor<f32>) :
          %502 = "stablehlo.add"(%arg142, %arg143) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%502) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<32x32xf32>, tensor<f32>) -> tensor<32xf32>
    %504 = "stablehlo.constant"() { value = dense<0.03125> : tensor<f32> } : () -> tensor<f32>
    %505 = "stablehlo.broadcast_in_dim"(%504) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<32xf32>
    %506 = "stablehlo.multiply"(%503, %505) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %507 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %508 = "stablehlo.broadcast_in_dim"(%507) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<32xf32>
    %509 = "stablehlo.add"(%506, %508) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %510 = "stablehlo.rsqrt"(%509) : (tensor<32xf32>) -> tensor<32xf32>
    %511 = "stablehlo.convert"(%arg31) : (tensor<32xbf16>) -> tensor<32xf32>
    %512 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %513 = "stablehlo.broadcast_in_dim"(%512) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<32xf32>
    %514 = "stablehlo.add"(%511, %513) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %515 = "stablehlo.broadcast_in_dim"(%510) { broadcast_dimensions = array<i64: 0> } : (tensor<32xf32>) -> tensor<32x32xf32>
    %516 = "stablehlo.multiply"(%499, %515) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %517 = "stablehlo.broadcast_in_dim"(%514) { broadcast_dimensions = array<i64: 1> } : (tensor<32xf32>) -> tensor<32x32xf32>
    %518 = "stablehlo.multiply"(%516, %517) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %519 = "stablehlo.reshape"(%518) : (tensor<32x32xf32>) -> tensor<8x128xf32>
    %520 = "stablehlo.reshape"(%496) : (tensor<8x64xf32>) -> tensor<16x32xf32>
    %521 = "stablehlo.multiply"(%520, %520) : (tensor<16x32xf32>, tensor<16x32xf32>) -> tensor<16x32xf32>
    %522 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %524 = "stablehlo.reduce"(%521, %522) ({
      ^reductionFn(%arg144: tensor<f32>, %arg145: tensor<f32>) :
          %523 = "stablehlo.add"(%arg144, %arg145) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%523) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<16x32xf32>, tensor<f32>) -> tensor<16xf32>
    %525 = "stablehlo.constant"() { value = dense<0.03125> : tensor<f32> } : () -> tensor<f32>
    %526 = "stablehlo.broadcast_in_dim"(%525) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<16xf32>
    %527 = "stablehlo.multiply"(%524, %526) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %528 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %529 = "stablehlo.broadcast_in_dim"(%528) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<16xf32>
    %530 = "stablehlo.add"(%527, %529) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %531 = "stablehlo.rsqrt"(%530) : (tensor<16xf32>) -> tensor<16xf32>
    %532 = "stablehlo.convert"(%arg32) : (tensor<32xbf16>) -> tensor<32xf32>
    %533 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %534 = "stablehlo.broadcast_in_dim"(%533) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<32xf32>
    %535 = "stablehlo.add"(%532, %534) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %536 = "stablehlo.broadcast_in_dim"(%531) { broadcast_dimensions = array<i64: 0> } : (tensor<16xf32>) -> tensor<16x32xf32>
    %537 = "stablehlo.multiply"(%520, %536) : (tensor<16x32xf32>, tensor<16x32xf32>) -> tensor<16x32xf32>
    %538 = "stablehlo.broadcast_in_dim"(%535) { broadcast_dimensions = array<i64: 1> } : (tensor<32xf32>) -> tensor<16x32xf32>
    %539 = "stablehlo.multiply"(%537, %538) : (tensor<16x32xf32>, tensor<16x32xf32>) -> tensor<16x32xf32>
    %540 = "stablehlo.reshape"(%539) : (tensor<16x32xf32>) -> tensor<8x64xf32>
    %541 = "stablehlo.reshape"(%arg95) : (tensor<8xi32>) -> tensor<8x1xi32>
    %542 = "stablehlo.gather"(%arg80, %541) {
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
    %543 = "stablehlo.slice"(%542) {
      limit_indices = array<i64: 8, 16>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<8x32xf32>) -> tensor<8x16xf32>
    %544 = "stablehlo.broadcast_in_dim"(%543) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<8x16xf32>) -> tensor<8x4x16xf32>
    %545 = "stablehlo.slice"(%542) {
      limit_indices = array<i64: 8, 32>,
      start_indices = array<i64: 0, 16>,
      strides = array<i64: 1, 1>
    } : (tensor<8x32xf32>) -> tensor<8x16xf32>
    %546 = "stablehlo.broadcast_in_dim"(%545) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<8x16xf32>) -> tensor<8x4x16xf32>
    %547 = "stablehlo.reshape"(%519) : (tensor<8x128xf32>) -> tensor<8x4x32xf32>
    %548 = "stablehlo.slice"(%547) {
      limit_indices = array<i64: 8, 4, 16>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<8x4x32xf32>) -> tensor<8x4x16xf32>
    %549 = "stablehlo.slice"(%547) {
      limit_indices = array<i64: 8, 4, 32>,
      start_indices = array<i64: 0, 0, 16>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<8x4x32xf32>) -> tensor<8x4x16xf32>
    %550 = "stablehlo.multiply"(%548, %544) : (tensor<8x4x16xf32>, tensor<8x4x16xf32>) -> tensor<8x4x16xf32>
    %551 = "stablehlo.multiply"(%549, %546) : (tensor<8x4x16xf32>, tensor<8x4x16xf32>) -> tensor<8x4x16xf32>
    %552 = "stablehlo.subtract"(%550, %551) : (tensor<8x4x16xf32>, tensor<8x4x16xf32>) -> tensor<8x4x16xf32>
    %553 = "stablehlo.multiply"(%549, %544) : (tensor<8x4x16xf32>, tensor<8x4x16xf32>) -> tensor<8x4x16xf32>
    %554 = "stablehlo.multiply"(%548, %546) : (tensor<8x4x16xf32>, tensor<8x4x16xf32>) -> tensor<8x4x16xf32>
    %555 = "stablehlo.add"(%553, %554) : (tensor<8x4x16xf32>, tensor<8x4x16xf32>) -> tensor<8x4x16xf32>
    %556 = "stablehlo.concatenate"(%552, %555) { dimension = 2 : i64 } : (tensor<8x4x16xf32>, tensor<8x4x16xf32>) -> tensor<8x4x32xf32>
    %557 = "stablehlo.reshape"(%556) : (tensor<8x4x32xf32>) -> tensor<8x128xf32>
    %558 = "stablehlo.reshape"(%arg95) : (tensor<8xi32>) -> tensor<8x1xi32>
    %559 = "stablehlo.gather"(%arg80, %558) {
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
    %560 = "stablehlo.slice"(%559) {
      limit_indices = array<i64: 8, 16>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<8x32xf32>) -> tensor<8x16xf32>
    %561 = "stablehlo.broadcast_in_dim"(%560) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<8x16xf32>) -> tensor<8x2x16xf32>
    %562 = "stablehlo.slice"(%559) {
      limit_indices = array<i64: 8, 32>,
      start_indices = array<i64: 0, 16>,
      strides = array<i64: 1, 1>
    } : (tensor<8x32xf32>) -> tensor<8x16xf32>
    %563 = "stablehlo.broadcast_in_dim"(%562) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<8x16xf32>) -> tensor<8x2x16xf32>
    %564 = "stablehlo.reshape"(%540) : (tensor<8x64xf32>) -> tensor<8x2x32xf32>
    %565 = "stablehlo.slice"(%564) {
      limit_indices = array<i64: 8, 2, 16>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<8x2x32xf32>) -> tensor<8x2x16xf32>
    %566 = "stablehlo.slice"(%564) {
      limit_indices = array<i64: 8, 2, 32>,
      start_indices = array<i64: 0, 0, 16>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<8x2x32xf32>) -> tensor<8x2x16xf32>
    %567 = "stablehlo.multiply"(%565, %561) : (tensor<8x2x16xf32>, tensor<8x2x16xf32>) -> tensor<8x2x16xf32>
    %568 = "stablehlo.multiply"(%566, %563) : (tensor<8x2x16xf32>, tensor<8x2x16xf32>) -> tensor<8x2x16xf32>
    %569 = "stablehlo.subtract"(%567, %568) : (tensor<8x2x16xf32>, tensor<8x2x16xf32>) -> tensor<8x2x16xf32>
    %570 = "stablehlo.multiply"(%566, %561) : (tensor<8x2x16xf32>, tensor<8x2x16xf32>) -> tensor<8x2x16xf32>
    %571 = "stablehlo.multiply"(%565, %563) : (tensor<8x2x16xf32>, tensor<8x2x16xf32>) -> tensor<8x2x16xf32>
    %572 = "stablehlo.add"(%570, %571) : (tensor<8x2x16xf32>, tensor<8x2x16xf32>) -> tensor<8x2x16xf32>
    %573 = "stablehlo.concatenate"(%569, %572) { dimension = 2 : i64 } : (tensor<8x2x16xf32>, tensor<8x2x16xf32>) -> tensor<8x2x32xf32>
    %574 = "stablehlo.reshape"(%573) : (tensor<8x2x32xf32>) -> tensor<8x64xf32>
    %575 = "stablehlo.convert"(%574) : (tensor<8x64xf32>) -> tensor<8x64xbf16>
    %576 = "stablehlo.scatter"(%arg86, %2, %575) ({
      ^updateFn(%arg146: tensor<bf16>, %arg147: tensor<bf16>) :
          "stablehlo.return"(%arg147) : (tensor<bf16>) -> ()
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
    %577 = "stablehlo.convert"(%498) : (tensor<8x64xf32>) -> tensor<8x64xbf16>
    %578 = "stablehlo.scatter"(%arg87, %2, %577) ({
      ^updateFn(%arg148: tensor<bf16>, %arg149: tensor<bf16>) :
          "stablehlo.return"(%arg149) : (tensor<bf16>) -> ()
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
    %579 = "stablehlo.convert"(%576) : (tensor<4x32x64xbf16>) -> tensor<4x32x64xf32>
    %580 = "stablehlo.reshape"(%579) : (tensor<4x32x64xf32>) -> tensor<128x2x32xf32>
    %581 = "stablehlo.convert"(%578) : (tensor<4x32x64xbf16>) -> tensor<4x32x64xf32>
    %582 = "stablehlo.reshape"(%581) : (tensor<4x32x64xf32>) -> tensor<128x2x32xf32>
    %583 = "stablehlo.reshape"(%557) : (tensor<8x128xf32>) -> tensor<8x2x2x32xf32>
    %584 = "stablehlo.dot_general"(%583, %580) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [1],
  rhs_batching_dimensions = [1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [2]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<8x2x2x32xf32>, tensor<128x2x32xf32>) -> tensor<2x8x2x128xf32>
    %585 = "stablehlo.constant"() { value = dense<0.1767766922712326> : tensor<f32> } : () -> tensor<f32>
    %586 = "stablehlo.broadcast_in_dim"(%585) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x8x2x128xf32>
    %587 = "stablehlo.multiply"(%584, %586) : (tensor<2x8x2x128xf32>, tensor<2x8x2x128xf32>) -> tensor<2x8x2x128xf32>
    %588 = "stablehlo.broadcast_in_dim"(%137) { broadcast_dimensions = array<i64: 1, 3> } : (tensor<8x128xi1>) -> tensor<2x8x2x128xi1>
    %589 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %590 = "stablehlo.broadcast_in_dim"(%589) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x8x2x128xf32>
    %591 = "stablehlo.select"(%588, %587, %590) : (tensor<2x8x2x128xi1>, tensor<2x8x2x128xf32>, tensor<2x8x2x128xf32>) -> tensor<2x8x2x128xf32>
    %592 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %594 = "stablehlo.reduce"(%591, %592) ({
      ^reductionFn(%arg150: tensor<f32>, %arg151: tensor<f32>) :
          %593 = "stablehlo.maximum"(%arg150, %arg151) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%593) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x8x2x128xf32>, tensor<f32>) -> tensor<2x8x2xf32>
    %595 = "stablehlo.broadcast_in_dim"(%594) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x8x2xf32>) -> tensor<2x8x2x128xf32>
    %596 = "stablehlo.subtract"(%591, %595) : (tensor<2x8x2x128xf32>, tensor<2x8x2x128xf32>) -> tensor<2x8x2x128xf32>
    %597 = "stablehlo.exponential"(%596) : (tensor<2x8x2x128xf32>) -> tensor<2x8x2x128xf32>
    %598 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %600 = "stablehlo.reduce"(%597, %598) ({
      ^reductionFn(%arg152: tensor<f32>, %arg153: tensor<f32>) :
          %599 = "stablehlo.add"(%arg152, %arg153) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%599) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x8x2x128xf32>, tensor<f32>) -> tensor<2x8x2xf32>
    %601 = "stablehlo.broadcast_in_dim"(%600) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x8x2xf32>) -> tensor<2x8x2x128xf32>
    %602 = "stablehlo.divide"(%597, %601) : (tensor<2x8x2x128xf32>, tensor<2x8x2x128xf32>) -> tensor<2x8x2x128xf32>
    %603 = "stablehlo.dot_general"(%602, %582) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0],
  rhs_batching_dimensions = [1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [0]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<2x8x2x128xf32>, tensor<128x2x32xf32>) -> tensor<2x8x2x32xf32>
    %604 = "stablehlo.transpose"(%603) { permutation = array<i64: 1, 0, 2, 3> } : (tensor<2x8x2x32xf32>) -> tensor<8x2x2x32xf32>
    %605 = "stablehlo.reshape"(%604) : (tensor<8x2x2x32xf32>) -> tensor<8x128xf32>
    %606 = "stablehlo.convert"(%arg33) : (tensor<64x128xbf16>) -> tensor<64x128xf32>
    %607 = "stablehlo.dot_general"(%605, %606) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<8x128xf32>, tensor<64x128xf32>) -> tensor<8x64xf32>
    %608 = "stablehlo.reshape"(%607) : (tensor<8x64xf32>) -> tensor<8x64xf32>
    %609 = "stablehlo.multiply"(%608, %608) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %610 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %612 = "stablehlo.reduce"(%609, %610) ({
      ^reductionFn(%arg154: tensor<f32>, %arg155: tensor<f32>) :
          %611 = "stablehlo.add"(%arg154, %arg155) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%611) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %613 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %614 = "stablehlo.broadcast_in_dim"(%613) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8xf32>
    %615 = "stablehlo.multiply"(%612, %614) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %616 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %617 = "stablehlo.broadcast_in_dim"(%616) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8xf32>
    %618 = "stablehlo.add"(%615, %617) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %619 = "stablehlo.rsqrt"(%618) : (tensor<8xf32>) -> tensor<8xf32>
    %620 = "stablehlo.convert"(%arg34) : (tensor<64xbf16>) -> tensor<64xf32>
    %621 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %622 = "stablehlo.broadcast_in_dim"(%621) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %623 = "stablehlo.add"(%620, %622) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %624 = "stablehlo.broadcast_in_dim"(%619) { broadcast_dimensions = array<i64: 0> } : (tensor<8xf32>) -> tensor<8x64xf32>
    %625 = "stablehlo.multiply"(%608, %624) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %626 = "stablehlo.broadcast_in_dim"(%623) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<8x64xf32>
    %627 = "stablehlo.multiply"(%625, %626) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %628 = "stablehlo.reshape"(%627) : (tensor<8x64xf32>) -> tensor<8x64xf32>
    %629 = "stablehlo.add"(%471, %628) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %630 = "stablehlo.reshape"(%629) : (tensor<8x64xf32>) -> tensor<8x64xf32>
    %631 = "stablehlo.multiply"(%630, %630) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %632 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %634 = "stablehlo.reduce"(%631, %632) ({
      ^reductionFn(%arg156: tensor<f32>, %arg157: tensor<f32>) :
          %633 = "stablehlo.add"(%arg156, %arg157) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%633) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %635 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %636 = "stablehlo.broadcast_in_dim"(%635) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8xf32>
    %637 = "stablehlo.multiply"(%634, %636) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %638 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %639 = "stablehlo.broadcast_in_dim"(%638) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8xf32>
    %640 = "stablehlo.add"(%637, %639) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %641 = "stablehlo.rsqrt"(%640) : (tensor<8xf32>) -> tensor<8xf32>
    %642 = "stablehlo.convert"(%arg35) : (tensor<64xbf16>) -> tensor<64xf32>
    %643 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %644 = "stablehlo.broadcast_in_dim"(%643) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %645 = "stablehlo.add"(%642, %644) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %646 = "stablehlo.broadcast_in_dim"(%641) { broadcast_dimensions = array<i64: 0> } : (tensor<8xf32>) -> tensor<8x64xf32>
    %647 = "stablehlo.multiply"(%630, %646) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %648 = "stablehlo.broadcast_in_dim"(%645) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<8x64xf32>
    %649 = "stablehlo.multiply"(%647, %648) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %650 = "stablehlo.reshape"(%649) : (tensor<8x64xf32>) -> tensor<8x64xf32>
    %651 = "stablehlo.convert"(%arg36) : (tensor<128x64xbf16>) -> tensor<128x64xf32>
    %652 = "stablehlo.dot_general"(%650, %651) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<8x64xf32>, tensor<128x64xf32>) -> tensor<8x128xf32>
    %653 = "stablehlo.convert"(%arg37) : (tensor<128x64xbf16>) -> tensor<128x64xf32>
    %654 = "stablehlo.dot_general"(%650, %653) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<8x64xf32>, tensor<128x64xf32>) -> tensor<8x128xf32>
    %655 = "stablehlo.multiply"(%652, %652) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %656 = "stablehlo.multiply"(%655, %652) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %657 = "stablehlo.constant"() { value = dense<0.044714998453855515> : tensor<f32> } : () -> tensor<f32>
    %658 = "stablehlo.broadcast_in_dim"(%657) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8x128xf32>
    %659 = "stablehlo.multiply"(%656, %658) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %660 = "stablehlo.add"(%652, %659) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %661 = "stablehlo.constant"() { value = dense<0.7978845834732056> : tensor<f32> } : () -> tensor<f32>
    %662 = "stablehlo.broadcast_in_dim"(%661) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8x128xf32>
    %663 = "stablehlo.multiply"(%660, %662) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %664 = "stablehlo.constant"() { value = dense<0.5> : tensor<f32> } : () -> tensor<f32>
    %665 = "stablehlo.broadcast_in_dim"(%664) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8x128xf32>
    %666 = "stablehlo.multiply"(%652, %665) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %667 = "stablehlo.tanh"(%663) : (tensor<8x128xf32>) -> tensor<8x128xf32>
    %668 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %669 = "stablehlo.broadcast_in_dim"(%668) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8x128xf32>
    %670 = "stablehlo.add"(%667, %669) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %671 = "stablehlo.multiply"(%666, %670) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %672 = "stablehlo.multiply"(%671, %654) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %673 = "stablehlo.convert"(%arg38) : (tensor<64x128xbf16>) -> tensor<64x128xf32>
    %674 = "stablehlo.dot_general"(%672, %673) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<8x128xf32>, tensor<64x128xf32>) -> tensor<8x64xf32>
    %675 = "stablehlo.reshape"(%674) : (tensor<8x64xf32>) -> tensor<8x64xf32>
    %676 = "stablehlo.multiply"(%675, %675) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %677 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %679 = "stablehlo.reduce"(%676, %677) ({
      ^reductionFn(%arg158: tensor<f32>, %arg159: tensor<f32>) :
          %678 = "stablehlo.add"(%arg158, %arg159) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%678) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %680 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %681 = "stablehlo.broadcast_in_dim"(%680) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8xf32>
    %682 = "stablehlo.multiply"(%679, %681) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %683 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %684 = "stablehlo.broadcast_in_dim"(%683) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8xf32>
    %685 = "stablehlo.add"(%682, %684) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %686 = "stablehlo.rsqrt"(%685) : (tensor<8xf32>) -> tensor<8xf32>
    %687 = "stablehlo.convert"(%arg39) : (tensor<64xbf16>) -> tensor<64xf32>
    %688 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %689 = "stablehlo.broadcast_in_dim"(%688) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %690 = "stablehlo.add"(%687, %689) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %691 = "stablehlo.broadcast_in_dim"(%686) { broadcast_dimensions = array<i64: 0> } : (tensor<8xf32>) -> tensor<8x64xf32>
    %692 = "stablehlo.multiply"(%675, %691) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %693 = "stablehlo.broadcast_in_dim"(%690) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<8x64xf32>
    %694 = "stablehlo.multiply"(%692, %693) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %695 = "stablehlo.reshape"(%694) : (tensor<8x64xf32>) -> tensor<8x64xf32>
    %696 = "stablehlo.add"(%629, %695) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %697 = "stablehlo.reshape"(%696) : (tensor<8x64xf32>) -> tensor<8x64xf32>
    %698 = "stablehlo.multiply"(%697, %697) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %699 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %701 = "stablehlo.reduce"(%698, %699) ({
      ^reductionFn(%arg160: tensor<f32>, %arg161: tensor<f32>) :
          %700 = "stablehlo.add"(%arg160, %arg161) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%700) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %702 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %703 = "stablehlo.broadcast_in_dim"(%702) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8xf32>
    %704 = "stablehlo.multiply"(%701, %703) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %705 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %706 = "stablehlo.broadcast_in_dim"(%705) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8xf32>
    %707 = "stablehlo.add"(%704, %706) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %708 = "stablehlo.rsqrt"(%707) : (tensor<8xf32>) -> tensor<8xf32>
    %709 = "stablehlo.convert"(%arg40) : (tensor<64xbf16>) -> tensor<64xf32>
    %710 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %711 = "stablehlo.broadcast_in_dim"(%710) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %712 = "stablehlo.add"(%709, %711) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %713 = "stablehlo.broadcast_in_dim"(%708) { broadcast_dimensions = array<i64: 0> } : (tensor<8xf32>) -> tensor<8x64xf32>
    %714 = "stablehlo.multiply"(%697, %713) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %715 = "stablehlo.broadcast_in_dim"(%712) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<8x64xf32>
    %716 = "stablehlo.multiply"(%714, %715) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %717 = "stablehlo.reshape"(%716) : (tensor<8x64xf32>) -> tensor<8x64xf32>
    %718 = "stablehlo.convert"(%arg41) : (tensor<128x64xbf16>) -> tensor<128x64xf32>
    %719 = "stablehlo.dot_general"(%717, %718) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<8x64xf32>, tensor<128x64xf32>) -> tensor<8x128xf32>
    %720 = "stablehlo.convert"(%arg42) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %721 = "stablehlo.dot_general"(%717, %720) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32>
    %722 = "stablehlo.convert"(%arg43) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %723 = "stablehlo.dot_general"(%717, %722) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32>
    %724 = "stablehlo.reshape"(%719) : (tensor<8x128xf32>) -> tensor<32x32xf32>
    %725 = "stablehlo.multiply"(%724, %724) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %726 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %728 = "stablehlo.reduce"(%725, %726) ({
      ^reductionFn(%arg162: tensor<f32>, %arg163: tensor<f32>) :
          %727 = "stablehlo.add"(%arg162, %arg163) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%727) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<32x32xf32>, tensor<f32>) -> tensor<32xf32>
    %729 = "stablehlo.constant"() { value = dense<0.03125> : tensor<f32> } : () -> tensor<f32>
    %730 = "stablehlo.broadcast_in_dim"(%729) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<32xf32>
    %731 = "stablehlo.multiply"(%728, %730) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %732 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %733 = "stablehlo.broadcast_in_dim"(%732) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<32xf32>
    %734 = "stablehlo.add"(%731, %733) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %735 = "stablehlo.rsqrt"(%734) : (tensor<32xf32>) -> tensor<32xf32>
    %736 = "stablehlo.convert"(%arg44) : (tensor<32xbf16>) -> tensor<32xf32>
    %737 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %738 = "stablehlo.broadcast_in_dim"(%737) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<32xf32>
    %739 = "stablehlo.add"(%736, %738) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %740 = "stablehlo.broadcast_in_dim"(%735) { broadcast_dimensions = array<i64: 0> } : (tensor<32xf32>) -> tensor<32x32xf32>
    %741 = "stablehlo.multiply"(%724, %740) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %742 = "stablehlo.broadcast_in_dim"(%739) { broadcast_dimensions = array<i64: 1> } : (tensor<32xf32>) -> tensor<32x32xf32>
    %743 = "stablehlo.multiply"(%741, %742) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %744 = "stablehlo.reshape"(%743) : (tensor<32x32xf32>) -> tensor<8x128xf32>
    %745 = "stablehlo.reshape"(%721) : (tensor<8x64xf32>) -> tensor<16x32xf32>
    %746 = "stablehlo.multiply"(%745, %745) : (tensor<16x32xf32>, tensor<16x32xf32>) -> tensor<16x32xf32>
    %747 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %749 = "stablehlo.reduce"(%746, %747) ({
      ^reductionFn(%arg164: tensor<f32>, %arg165: tensor<f32>) :
          %748 = "stablehlo.add"(%arg164, %arg165) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%748) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<16x32xf32>, tensor<f32>) -> tensor<16xf32>
    %750 = "stablehlo.constant"() { value = dense<0.03125> : tensor<f32> } : () -> tensor<f32>
    %751 = "stablehlo.broadcast_in_dim"(%750) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<16xf32>
    %752 = "stablehlo.multiply"(%749, %751) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %753 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %754 = "stablehlo.broadcast_in_dim"(%753) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<16xf32>
    %755 = "stablehlo.add"(%752, %754) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %756 = "stablehlo.rsqrt"(%755) : (tensor<16xf32>) -> tensor<16xf32>
    %757 = "stablehlo.convert"(%arg45) : (tensor<32xbf16>) -> tensor<32xf32>
    %758 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %759 = "stablehlo.broadcast_in_dim"(%758) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<32xf32>
    %760 = "stablehlo.add"(%757, %759) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %761 = "stablehlo.broadcast_in_dim"(%756) { broadcast_dimensions = array<i64: 0> } : (tensor<16xf32>) -> tensor<16x32xf32>
    %762 = "stablehlo.multiply"(%745, %761) : (tensor<16x32xf32>, tensor<16x32xf32>) -> tensor<16x32xf32>
    %763 = "stablehlo.broadcast_in_dim"(%760) { broadcast_dimensions = array<i64: 1> } : (tensor<32xf32>) -> tensor<16x32xf32>
    %764 = "stablehlo.multiply"(%762, %763) : (tensor<16x32xf32>, tensor<16x32xf32>) -> tensor<16x32xf32>
    %765 = "stablehlo.reshape"(%764) : (tensor<16x32xf32>) -> tensor<8x64xf32>
    %766 = "stablehlo.reshape"(%arg95) : (tensor<8xi32>) -> tensor<8x1xi32>
    %767 = "stablehlo.gather"(%arg80, %766) {
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
    %768 = "stablehlo.slice"(%767) {
      limit_indices = array<i64: 8, 16>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<8x32xf32>) -> tensor<8x16xf32>
    %769 = "stablehlo.broadcast_in_dim"(%768) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<8x16xf32>) -> tensor<8x4x16xf32>
    %770 = "stablehlo.slice"(%767) {
      limit_indices = array<i64: 8, 32>,
      start_indices = array<i64: 0, 16>,
      strides = array<i64: 1, 1>
    } : (tensor<8x32xf32>) -> tensor<8x16xf32>
    %771 = "stablehlo.broadcast_in_dim"(%770) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<8x16xf32>) -> tensor<8x4x16xf32>
    %772 = "stablehlo.reshape"(%744) : (tensor<8x128xf32>) -> tensor<8x4x32xf32>
    %773 = "stablehlo.slice"(%772) {
      limit_indices = array<i64: 8, 4, 16>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<8x4x32xf32>) -> tensor<8x4x16xf32>
    %774 = "stablehlo.slice"(%772) {
      limit_indices = array<i64: 8, 4, 32>,
      start_indices = array<i64: 0, 0, 16>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<8x4x32xf32>) -> tensor<8x4x16xf32>
    %775 = "stablehlo.multiply"(%773, %769) : (tensor<8x4x16xf32>, tensor<8x4x16xf32>) -> tensor<8x4x16xf32>
    %776 = "stablehlo.multiply"(%774, %771) : (tensor<8x4x16xf32>, tensor<8x4x16xf32>) -> tensor<8x4x16xf32>
    %777 = "stablehlo.subtract"(%775, %776) : (tensor<8x4x16xf32>, tensor<8x4x16xf32>) -> tensor<8x4x16xf32>
    %778 = "stablehlo.multiply"(%774, %769) : (tensor<8x4x16xf32>, tensor<8x4x16xf32>) -> tensor<8x4x16xf32>
    %779 = "stablehlo.multiply"(%773, %771) : (tensor<8x4x16xf32>, tensor<8x4x16xf32>) -> tensor<8x4x16xf32>
    %780 = "stablehlo.add"(%778, %779) : (tensor<8x4x16xf32>, tensor<8x4x16xf32>) -> tensor<8x4x16xf32>
    %781 = "stablehlo.concatenate"(%777, %780) { dimension = 2 : i64 } : (tensor<8x4x16xf32>, tensor<8x4x16xf32>) -> tensor<8x4x32xf32>
    %782 = "stablehlo.reshape"(%781) : (tensor<8x4x32xf32>) -> tensor<8x128xf32>
    %783 = "stablehlo.reshape"(%arg95) : (tensor<8xi32>) -> tensor<8x1xi32>
    %784 = "stablehlo.gather"(%arg80, %783) {
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
    %785 = "stablehlo.slice"(%784) {
      limit_indices = array<i64: 8, 16>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<8x32xf32>) -> tensor<8x16xf32>
    %786 = "stablehlo.broadcast_in_dim"(%785) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<8x16xf32>) -> tensor<8x2x16xf32>
    %787 = "stablehlo.slice"(%784) {
      limit_indices = array<i64: 8, 32>,
      start_indices = array<i64: 0, 16>,
      strides = array<i64: 1, 1>
    } : (tensor<8x32xf32>) -> tensor<8x16xf32>
    %788 = "stablehlo.broadcast_in_dim"(%787) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<8x16xf32>) -> tensor<8x2x16xf32>
    %789 = "stablehlo.reshape"(%765) : (tensor<8x64xf32>) -> tensor<8x2x32xf32>
    %790 = "stablehlo.slice"(%789) {
      limit_indices = array<i64: 8, 2, 16>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<8x2x32xf32>) -> tensor<8x2x16xf32>
    %791 = "stablehlo.slice"(%789) {
      limit_indices = array<i64: 8, 2, 32>,
      start_indices = array<i64: 0, 0, 16>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<8x2x32xf32>) -> tensor<8x2x16xf32>
    %792 = "stablehlo.multiply"(%790, %786) : (tensor<8x2x16xf32>, tensor<8x2x16xf32>) -> tensor<8x2x16xf32>
    %793 = "stablehlo.multiply"(%791, %788) : (tensor<8x2x16xf32>, tensor<8x2x16xf32>) -> tensor<8x2x16xf32>
    %794 = "stablehlo.subtract"(%792, %793) : (tensor<8x2x16xf32>, tensor<8x2x16xf32>) -> tensor<8x2x16xf32>
    %795 = "stablehlo.multiply"(%791, %786) : (tensor<8x2x16xf32>, tensor<8x2x16xf32>) -> tensor<8x2x16xf32>
    %796 = "stablehlo.multiply"(%790, %788) : (tensor<8x2x16xf32>, tensor<8x2x16xf32>) -> tensor<8x2x16xf32>
    %797 = "stablehlo.add"(%795, %796) : (tensor<8x2x16xf32>, tensor<8x2x16xf32>) -> tensor<8x2x16xf32>
    %798 = "stablehlo.concatenate"(%794, %797) { dimension = 2 : i64 } : (tensor<8x2x16xf32>, tensor<8x2x16xf32>) -> tensor<8x2x32xf32>
    %799 = "stablehlo.reshape"(%798) : (tensor<8x2x32xf32>) -> tensor<8x64xf32>
    %800 = "stablehlo.convert"(%799) : (tensor<8x64xf32>) -> tensor<8x64xbf16>
    %801 = "stablehlo.scatter"(%arg88, %2, %800) ({
      ^updateFn(%arg166: tensor<bf16>, %arg167: tensor<bf16>) :
          "stablehlo.return"(%arg167) : (tensor<bf16>) -> ()
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
    %802 = "stablehlo.convert"(%723) : (tensor<8x64xf32>) -> tensor<8x64xbf16>
    %803 = "stablehlo.scatter"(%arg89, %2, %802) ({
      ^updateFn(%arg168: tensor<bf16>, %arg169: tensor<bf16>) :
          "stablehlo.return"(%arg169) : (tensor<bf16>) -> ()
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
    %804 = "stablehlo.convert"(%801) : (tensor<4x32x64xbf16>) -> tensor<4x32x64xf32>
    %805 = "stablehlo.reshape"(%804) : (tensor<4x32x64xf32>) -> tensor<128x2x32xf32>
    %806 = "stablehlo.convert"(%803) : (tensor<4x32x64xbf16>) -> tensor<4x32x64xf32>
    %807 = "stablehlo.reshape"(%806) : (tensor<4x32x64xf32>) -> tensor<128x2x32xf32>
    %808 = "stablehlo.reshape"(%782) : (tensor<8x128xf32>) -> tensor<8x2x2x32xf32>
    %809 = "stablehlo.dot_general"(%808, %805) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [1],
  rhs_batching_dimensions = [1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [2]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<8x2x2x32xf32>, tensor<128x2x32xf32>) -> tensor<2x8x2x128xf32>
    %810 = "stablehlo.constant"() { value = dense<0.1767766922712326> : tensor<f32> } : () -> tensor<f32>
    %811 = "stablehlo.broadcast_in_dim"(%810) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x8x2x128xf32>
    %812 = "stablehlo.multiply"(%809, %811) : (tensor<2x8x2x128xf32>, tensor<2x8x2x128xf32>) -> tensor<2x8x2x128xf32>
    %813 = "stablehlo.broadcast_in_dim"(%137) { broadcast_dimensions = array<i64: 1, 3> } : (tensor<8x128xi1>) -> tensor<2x8x2x128xi1>
    %814 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %815 = "stablehlo.broadcast_in_dim"(%814) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x8x2x128xf32>
    %816 = "stablehlo.select"(%813, %812, %815) : (tensor<2x8x2x128xi1>, tensor<2x8x2x128xf32>, tensor<2x8x2x128xf32>) -> tensor<2x8x2x128xf32>
    %817 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %819 = "stablehlo.reduce"(%816, %817) ({
      ^reductionFn(%arg170: tensor<f32>, %arg171: tensor<f32>) :
          %818 = "stablehlo.maximum"(%arg170, %arg171) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%818) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x8x2x128xf32>, tensor<f32>) -> tensor<2x8x2xf32>
    %820 = "stablehlo.broadcast_in_dim"(%819) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x8x2xf32>) -> tensor<2x8x2x128xf32>
    %821 = "stablehlo.subtract"(%816, %820) : (tensor<2x8x2x128xf32>, tensor<2x8x2x128xf32>) -> tensor<2x8x2x128xf32>
    %822 = "stablehlo.exponential"(%821) : (tensor<2x8x2x128xf32>) -> tensor<2x8x2x128xf32>
    %823 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %825 = "stablehlo.reduce"(%822, %823) ({
      ^reductionFn(%arg172: tensor<f32>, %arg173: tensor<f32>) :
          %824 = "stablehlo.add"(%arg172, %arg173) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%824) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x8x2x128xf32>, tensor<f32>) -> tensor<2x8x2xf32>
    %826 = "stablehlo.broadcast_in_dim"(%825) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x8x2xf32>) -> tensor<2x8x2x128xf32>
    %827 = "stablehlo.divide"(%822, %826) : (tensor<2x8x2x128xf32>, tensor<2x8x2x128xf32>) -> tensor<2x8x2x128xf32>
    %828 = "stablehlo.dot_general"(%827, %807) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0],
  rhs_batching_dimensions = [1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [0]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<2x8x2x128xf32>, tensor<128x2x32xf32>) -> tensor<2x8x2x32xf32>
    %829 = "stablehlo.transpose"(%828) { permutation = array<i64: 1, 0, 2, 3> } : (tensor<2x8x2x32xf32>) -> tensor<8x2x2x32xf32>
    %830 = "stablehlo.reshape"(%829) : (tensor<8x2x2x32xf32>) -> tensor<8x128xf32>
    %831 = "stablehlo.convert"(%arg46) : (tensor<64x128xbf16>) -> tensor<64x128xf32>
    %832 = "stablehlo.dot_general"(%830, %831) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<8x128xf32>, tensor<64x128xf32>) -> tensor<8x64xf32>
    %833 = "stablehlo.reshape"(%832) : (tensor<8x64xf32>) -> tensor<8x64xf32>
    %834 = "stablehlo.multiply"(%833, %833) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %835 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %837 = "stablehlo.reduce"(%834, %835) ({
      ^reductionFn(%arg174: tensor<f32>, %arg175: tensor<f32>) :
          %836 = "stablehlo.add"(%arg174, %arg175) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%836) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %838 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %839 = "stablehlo.broadcast_in_dim"(%838) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8xf32>
    %840 = "stablehlo.multiply"(%837, %839) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %841 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %842 = "stablehlo.broadcast_in_dim"(%841) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8xf32>
    %843 = "stablehlo.add"(%840, %842) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %844 = "stablehlo.rsqrt"(%843) : (tensor<8xf32>) -> tensor<8xf32>
    %845 = "stablehlo.convert"(%arg47) : (tensor<64xbf16>) -> tensor<64xf32>
    %846 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %847 = "stablehlo.broadcast_in_dim"(%846) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %848 = "stablehlo.add"(%845, %847) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %849 = "stablehlo.broadcast_in_dim"(%844) { broadcast_dimensions = array<i64: 0> } : (tensor<8xf32>) -> tensor<8x64xf32>
    %850 = "stablehlo.multiply"(%833, %849) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %851 = "stablehlo.broadcast_in_dim"(%848) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<8x64xf32>
    %852 = "stablehlo.multiply"(%850, %851) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %853 = "stablehlo.reshape"(%852) : (tensor<8x64xf32>) -> tensor<8x64xf32>
    %854 = "stablehlo.add"(%696, %853) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %855 = "stablehlo.reshape"(%854) : (tensor<8x64xf32>) -> tensor<8x64xf32>
    %856 = "stablehlo.multiply"(%855, %855) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %857 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %859 = "stablehlo.reduce"(%856, %857) ({
      ^reductionFn(%arg176: tensor<f32>, %arg177: tensor<f32>) :
          %858 = "stablehlo.add"(%arg176, %arg177) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%858) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %860 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %861 = "stablehlo.broadcast_in_dim"(%860) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8xf32>
    %862 = "stablehlo.multiply"(%859, %861) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %863 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %864 = "stablehlo.broadcast_in_dim"(%863) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8xf32>
    %865 = "stablehlo.add"(%862, %864) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %866 = "stablehlo.rsqrt"(%865) : (tensor<8xf32>) -> tensor<8xf32>
    %867 = "stablehlo.convert"(%arg48) : (tensor<64xbf16>) -> tensor<64xf32>
    %868 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %869 = "stablehlo.broadcast_in_dim"(%868) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %870 = "stablehlo.add"(%867, %869) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %871 = "stablehlo.broadcast_in_dim"(%866) { broadcast_dimensions = array<i64: 0> } : (tensor<8xf32>) -> tensor<8x64xf32>
    %872 = "stablehlo.multiply"(%855, %871) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %873 = "stablehlo.broadcast_in_dim"(%870) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<8x64xf32>
    %874 = "stablehlo.multiply"(%872, %873) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %875 = "stablehlo.reshape"(%874) : (tensor<8x64xf32>) -> tensor<8x64xf32>
    %876 = "stablehlo.convert"(%arg49) : (tensor<128x64xbf16>) -> tensor<128x64xf32>
    %877 = "stablehlo.dot_general"(%875, %876) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<8x64xf32>, tensor<128x64xf32>) -> tensor<8x128xf32>
    %878 = "stablehlo.convert"(%arg50) : (tensor<128x64xbf16>) -> tensor<128x64xf32>
    %879 = "stablehlo.dot_general"(%875, %878) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<8x64xf32>, tensor<128x64xf32>) -> tensor<8x128xf32>
    %880 = "stablehlo.multiply"(%877, %877) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %881 = "stablehlo.multiply"(%880, %877) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %882 = "stablehlo.constant"() { value = dense<0.044714998453855515> : tensor<f32> } : () -> tensor<f32>
    %883 = "stablehlo.broadcast_in_dim"(%882) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8x128xf32>
    %884 = "stablehlo.multiply"(%881, %883) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %885 = "stablehlo.add"(%877, %884) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %886 = "stablehlo.constant"() { value = dense<0.7978845834732056> : tensor<f32> } : () -> tensor<f32>
    %887 = "stablehlo.broadcast_in_dim"(%886) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8x128xf32>
    %888 = "stablehlo.multiply"(%885, %887) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %889 = "stablehlo.constant"() { value = dense<0.5> : tensor<f32> } : () -> tensor<f32>
    %890 = "stablehlo.broadcast_in_dim"(%889) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8x128xf32>
    %891 = "stablehlo.multiply"(%877, %890) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %892 = "stablehlo.tanh"(%888) : (tensor<8x128xf32>) -> tensor<8x128xf32>
    %893 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %894 = "stablehlo.broadcast_in_dim"(%893) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8x128xf32>
    %895 = "stablehlo.add"(%892, %894) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %896 = "stablehlo.multiply"(%891, %895) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %897 = "stablehlo.multiply"(%896, %879) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %898 = "stablehlo.convert"(%arg51) : (tensor<64x128xbf16>) -> tensor<64x128xf32>
    %899 = "stablehlo.dot_general"(%897, %898) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<8x128xf32>, tensor<64x128xf32>) -> tensor<8x64xf32>
    %900 = "stablehlo.reshape"(%899) : (tensor<8x64xf32>) -> tensor<8x64xf32>
    %901 = "stablehlo.multiply"(%900, %900) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %902 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %904 = "stablehlo.reduce"(%901, %902) ({
      ^reductionFn(%arg178: tensor<f32>, %arg179: tensor<f32>) :
          %903 = "stablehlo.add"(%arg178, %arg179) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%903) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %905 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %906 = "stablehlo.broadcast_in_dim"(%905) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8xf32>
    %907 = "stablehlo.multiply"(%904, %906) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %908 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %909 = "stablehlo.broadcast_in_dim"(%908) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8xf32>
    %910 = "stablehlo.add"(%907, %909) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %911 = "stablehlo.rsqrt"(%910) : (tensor<8xf32>) -> tensor<8xf32>
    %912 = "stablehlo.convert"(%arg52) : (tensor<64xbf16>) -> tensor<64xf32>
    %913 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %914 = "stablehlo.broadcast_in_dim"(%913) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %915 = "stablehlo.add"(%912, %914) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %916 = "stablehlo.broadcast_in_dim"(%911) { broadcast_dimensions = array<i64: 0> } : (tensor<8xf32>) -> tensor<8x64xf32>
    %917 = "stablehlo.multiply"(%900, %916) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %918 = "stablehlo.broadcast_in_dim"(%915) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<8x64xf32>
    %919 = "stablehlo.multiply"(%917, %918) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %920 = "stablehlo.reshape"(%919) : (tensor<8x64xf32>) -> tensor<8x64xf32>
    %921 = "stablehlo.add"(%854, %920) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %922 = "stablehlo.reshape"(%921) : (tensor<8x64xf32>) -> tensor<8x64xf32>
    %923 = "stablehlo.multiply"(%922, %922) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %924 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %926 = "stablehlo.reduce"(%923, %924) ({
      ^reductionFn(%arg180: tensor<f32>, %arg181: tensor<f32>) :
          %925 = "stablehlo.add"(%arg180, %arg181) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%925) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %927 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %928 = "stablehlo.broadcast_in_dim"(%927) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8xf32>
    %929 = "stablehlo.multiply"(%926, %928) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %930 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %931 = "stablehlo.broadcast_in_dim"(%930) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8xf32>
    %932 = "stablehlo.add"(%929, %931) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %933 = "stablehlo.rsqrt"(%932) : (tensor<8xf32>) -> tensor<8xf32>
    %934 = "stablehlo.convert"(%arg53) : (tensor<64xbf16>) -> tensor<64xf32>
    %935 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %936 = "stablehlo.broadcast_in_dim"(%935) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %937 = "stablehlo.add"(%934, %936) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %938 = "stablehlo.broadcast_in_dim"(%933) { broadcast_dimensions = array<i64: 0> } : (tensor<8xf32>) -> tensor<8x64xf32>
    %939 = "stablehlo.multiply"(%922, %938) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %940 = "stablehlo.broadcast_in_dim"(%937) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<8x64xf32>
    %941 = "stablehlo.multiply"(%939, %940) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %942 = "stablehlo.reshape"(%941) : (tensor<8x64xf32>) -> tensor<8x64xf32>
    %943 = "stablehlo.convert"(%arg54) : (tensor<128x64xbf16>) -> tensor<128x64xf32>
    %944 = "stablehlo.dot_general"(%942, %943) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<8x64xf32>, tensor<128x64xf32>) -> tensor<8x128xf32>
    %945 = "stablehlo.convert"(%arg55) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %946 = "stablehlo.dot_general"(%942, %945) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32>
    %947 = "stablehlo.convert"(%arg56) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %948 = "stablehlo.dot_general"(%942, %947) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32>
    %949 = "stablehlo.reshape"(%944) : (tensor<8x128xf32>) -> tensor<32x32xf32>
    %950 = "stablehlo.multiply"(%949, %949) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %951 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %953 = "stablehlo.reduce"(%950, %951) ({
      ^reductionFn(%arg182: tensor<f32>, %arg183: tensor<f32>) :
          %952 = "stablehlo.add"(%arg182, %arg183) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%952) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<32x32xf32>, tensor<f32>) -> tensor<32xf32>
    %954 = "stablehlo.constant"() { value = dense<0.03125> : tensor<f32> } : () -> tensor<f32>
    %955 = "stablehlo.broadcast_in_dim"(%954) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<32xf32>
    %956 = "stablehlo.multiply"(%953, %955) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %957 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %958 = "stablehlo.broadcast_in_dim"(%957) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<32xf32>
    %959 = "stablehlo.add"(%956, %958) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %960 = "stablehlo.rsqrt"(%959) : (tensor<32xf32>) -> tensor<32xf32>
    %961 = "stablehlo.convert"(%arg57) : (tensor<32xbf16>) -> tensor<32xf32>
    %962 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %963 = "stablehlo.broadcast_in_dim"(%962) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<32xf32>
    %964 = "stablehlo.add"(%961, %963) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %965 = "stablehlo.broadcast_in_dim"(%960) { broadcast_dimensions = array<i64: 0> } : (tensor<32xf32>) -> tensor<32x32xf32>
    %966 = "stablehlo.multiply"(%949, %965) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %967 = "stablehlo.broadcast_in_dim"(%964) { broadcast_dimensions = array<i64: 1> } : (tensor<32xf32>) -> tensor<32x32xf32>
    %968 = "stablehlo.multiply"(%966, %967) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %969 = "stablehlo.reshape"(%968) : (tensor<32x32xf32>) -> tensor<8x128xf32>
    %970 = "stablehlo.reshape"(%946) : (tensor<8x64xf32>) -> tensor<16x32xf32>
    %971 = "stablehlo.multiply"(%970, %970) : (tensor<16x32xf32>, tensor<16x32xf32>) -> tensor<16x32xf32>
    %972 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %974 = "stablehlo.reduce"(%971, %972) ({
      ^reductionFn(%arg184: tensor<f32>, %arg185: tensor<f32>) :
          %973 = "stablehlo.add"(%arg184, %arg185) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%973) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<16x32xf32>, tensor<f32>) -> tensor<16xf32>
    %975 = "stablehlo.constant"() { value = dense<0.03125> : tensor<f32> } : () -> tensor<f32>
    %976 = "stablehlo.broadcast_in_dim"(%975) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<16xf32>
    %977 = "stablehlo.multiply"(%974, %976) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %978 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %979 = "stablehlo.broadcast_in_dim"(%978) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<16xf32>
    %980 = "stablehlo.add"(%977, %979) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %981 = "stablehlo.rsqrt"(%980) : (tensor<16xf32>) -> tensor<16xf32>
    %982 = "stablehlo.convert"(%arg58) : (tensor<32xbf16>) -> tensor<32xf32>
    %983 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %984 = "stablehlo.broadcast_in_dim"(%983) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<32xf32>
    %985 = "stablehlo.add"(%982, %984) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %986 = "stablehlo.broadcast_in_dim"(%981) { broadcast_dimensions = array<i64: 0> } : (tensor<16xf32>) -> tensor<16x32xf32>
    %987 = "stablehlo.multiply"(%970, %986) : (tensor<16x32xf32>, tensor<16x32xf32>) -> tensor<16x32xf32>
    %988 = "stablehlo.broadcast_in_dim"(%985) { broadcast_dimensions = array<i64: 1> } : (tensor<32xf32>) -> tensor<16x32xf32>
    %989 = "stablehlo.multiply"(%987, %988) : (tensor<16x32xf32>, tensor<16x32xf32>) -> tensor<16x32xf32>
    %990 = "stablehlo.reshape"(%989) : (tensor<16x32xf32>) -> tensor<8x64xf32>
    %991 = "stablehlo.reshape"(%arg95) : (tensor<8xi32>) -> tensor<8x1xi32>
    %992 = "stablehlo.gather"(%arg80, %991) {
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
    %993 = "stablehlo.slice"(%992) {
      limit_indices = array<i64: 8, 16>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<8x32xf32>) -> tensor<8x16xf32>
    %994 = "stablehlo.broadcast_in_dim"(%993) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<8x16xf32>) -> tensor<8x4x16xf32>
    %995 = "stablehlo.slice"(%992) {
      limit_indices = array<i64: 8, 32>,
      start_indices = array<i64: 0, 16>,
      strides = array<i64: 1, 1>
    } : (tensor<8x32xf32>) -> tensor<8x16xf32>
    %996 = "stablehlo.broadcast_in_dim"(%995) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<8x16xf32>) -> tensor<8x4x16xf32>
    %997 = "stablehlo.reshape"(%969) : (tensor<8x128xf32>) -> tensor<8x4x32xf32>
    %998 = "stablehlo.slice"(%997) {
      limit_indices = array<i64: 8, 4, 16>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<8x4x32xf32>) -> tensor<8x4x16xf32>
    %999 = "stablehlo.slice"(%997) {
      limit_indices = array<i64: 8, 4, 32>,
      start_indices = array<i64: 0, 0, 16>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<8x4x32xf32>) -> tensor<8x4x16xf32>
    %1000 = "stablehlo.multiply"(%998, %994) : (tensor<8x4x16xf32>, tensor<8x4x16xf32>) -> tensor<8x4x16xf32>
    %1001 = "stablehlo.multiply"(%999, %996) : (tensor<8x4x16xf32>, tensor<8x4x16xf32>) -> tensor<8x4x16xf32>
    %1002 = "stablehlo.subtract"(%1000, %1001) : (tensor<8x4x16xf32>, tensor<8x4x16xf32>) -> tensor<8x4x16xf32>
    %1003 = "stablehlo.multiply"(%999, %994) : (tensor<8x4x16xf32>, tensor<8x4x16xf32>) -> tensor<8x4x16xf32>
    %1004 = "stablehlo.multiply"(%998, %996) : (tensor<8x4x16xf32>, tensor<8x4x16xf32>) -> tensor<8x4x16xf32>
    %1005 = "stablehlo.add"(%1003, %1004) : (tensor<8x4x16xf32>, tensor<8x4x16xf32>) -> tensor<8x4x16xf32>
    %1006 = "stablehlo.concatenate"(%1002, %1005) { dimension = 2 : i64 } : (tensor<8x4x16xf32>, tensor<8x4x16xf32>) -> tensor<8x4x32xf32>
    %1007 = "stablehlo.reshape"(%1006) : (tensor<8x4x32xf32>) -> tensor<8x128xf32>
    %1008 = "stablehlo.reshape"(%arg95) : (tensor<8xi32>) -> tensor<8x1xi32>
    %1009 = "stablehlo.gather"(%arg80, %1008) {
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
    %1010 = "stablehlo.slice"(%1009) {
      limit_indices = array<i64: 8, 16>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<8x32xf32>) -> tensor<8x16xf32>
    %1011 = "stablehlo.broadcast_in_dim"(%1010) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<8x16xf32>) -> tensor<8x2x16xf32>
    %1012 = "stablehlo.slice"(%1009) {
      limit_indices = array<i64: 8, 32>,
      start_indices = array<i64: 0, 16>,
      strides = array<i64: 1, 1>
    } : (tensor<8x32xf32>) -> tensor<8x16xf32>
    %1013 = "stablehlo.broadcast_in_dim"(%1012) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<8x16xf32>) -> tensor<8x2x16xf32>
    %1014 = "stablehlo.reshape"(%990) : (tensor<8x64xf32>) -> tensor<8x2x32xf32>
    %1015 = "stablehlo.slice"(%1014) {
      limit_indices = array<i64: 8, 2, 16>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<8x2x32xf32>) -> tensor<8x2x16xf32>
    %1016 = "stablehlo.slice"(%1014) {
      limit_indices = array<i64: 8, 2, 32>,
      start_indices = array<i64: 0, 0, 16>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<8x2x32xf32>) -> tensor<8x2x16xf32>
    %1017 = "stablehlo.multiply"(%1015, %1011) : (tensor<8x2x16xf32>, tensor<8x2x16xf32>) -> tensor<8x2x16xf32>
    %1018 = "stablehlo.multiply"(%1016, %1013) : (tensor<8x2x16xf32>, tensor<8x2x16xf32>) -> tensor<8x2x16xf32>
    %1019 = "stablehlo.subtract"(%1017, %1018) : (tensor<8x2x16xf32>, tensor<8x2x16xf32>) -> tensor<8x2x16xf32>
    %1020 = "stablehlo.multiply"(%1016, %1011) : (tensor<8x2x16xf32>, tensor<8x2x16xf32>) -> tensor<8x2x16xf32>
    %1021 = "stablehlo.multiply"(%1015, %1013) : (tensor<8x2x16xf32>, tensor<8x2x16xf32>) -> tensor<8x2x16xf32>
    %1022 = "stablehlo.add"(%1020, %1021) : (tensor<8x2x16xf32>, tensor<8x2x16xf32>) -> tensor<8x2x16xf32>
    %1023 = "stablehlo.concatenate"(%1019, %1022) { dimension = 2 : i64 } : (tensor<8x2x16xf32>, tensor<8x2x16xf32>) -> tensor<8x2x32xf32>
    %1024 = "stablehlo.reshape"(%1023) : (tensor<8x2x32xf32>) -> tensor<8x64xf32>
    %1025 = "stablehlo.convert"(%1024) : (tensor<8x64xf32>) -> tensor<8x64xbf16>
    %1026 = "stablehlo.scatter"(%arg90, %2, %1025) ({
      ^updateFn(%arg186: tensor<bf16>, %arg187: tensor<bf16>) :
          "stablehlo.return"(%arg187) : (tensor<bf16>) -> ()
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
    %1027 = "stablehlo.convert"(%948) : (tensor<8x64xf32>) -> tensor<8x64xbf16>
    %1028 = "stablehlo.scatter"(%arg91, %2, %1027) ({
      ^updateFn(%arg188: tensor<bf16>, %arg189: tensor<bf16>) :
          "stablehlo.return"(%arg189) : (tensor<bf16>) -> ()
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
    %1029 = "stablehlo.convert"(%1026) : (tensor<4x32x64xbf16>) -> tensor<4x32x64xf32>
    %1030 = "stablehlo.reshape"(%1029) : (tensor<4x32x64xf32>) -> tensor<128x2x32xf32>
    %1031 = "stablehlo.convert"(%1028) : (tensor<4x32x64xbf16>) -> tensor<4x32x64xf32>
    %1032 = "stablehlo.reshape"(%1031) : (tensor<4x32x64xf32>) -> tensor<128x2x32xf32>
    %1033 = "stablehlo.reshape"(%1007) : (tensor<8x128xf32>) -> tensor<8x2x2x32xf32>
    %1034 = "stablehlo.dot_general"(%1033, %1030) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [1],
  rhs_batching_dimensions = [1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [2]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<8x2x2x32xf32>, tensor<128x2x32xf32>) -> tensor<2x8x2x128xf32>
    %1035 = "stablehlo.constant"() { value = dense<0.1767766922712326> : tensor<f32> } : () -> tensor<f32>
    %1036 = "stablehlo.broadcast_in_dim"(%1035) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x8x2x128xf32>
    %1037 = "stablehlo.multiply"(%1034, %1036) : (tensor<2x8x2x128xf32>, tensor<2x8x2x128xf32>) -> tensor<2x8x2x128xf32>
    %1038 = "stablehlo.broadcast_in_dim"(%137) { broadcast_dimensions = array<i64: 1, 3> } : (tensor<8x128xi1>) -> tensor<2x8x2x128xi1>
    %1039 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %1040 = "stablehlo.broadcast_in_dim"(%1039) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x8x2x128xf32>
    %1041 = "stablehlo.select"(%1038, %1037, %1040) : (tensor<2x8x2x128xi1>, tensor<2x8x2x128xf32>, tensor<2x8x2x128xf32>) -> tensor<2x8x2x128xf32>
    %1042 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %1044 = "stablehlo.reduce"(%1041, %1042) ({
      ^reductionFn(%arg190: tensor<f32>, %arg191: tensor<f32>) :
          %1043 = "stablehlo.maximum"(%arg190, %arg191) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1043) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x8x2x128xf32>, tensor<f32>) -> tensor<2x8x2xf32>
    %1045 = "stablehlo.broadcast_in_dim"(%1044) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x8x2xf32>) -> tensor<2x8x2x128xf32>
    %1046 = "stablehlo.subtract"(%1041, %1045) : (tensor<2x8x2x128xf32>, tensor<2x8x2x128xf32>) -> tensor<2x8x2x128xf32>
    %1047 = "stablehlo.exponential"(%1046) : (tensor<2x8x2x128xf32>) -> tensor<2x8x2x128xf32>
    %1048 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %1050 = "stablehlo.reduce"(%1047, %1048) ({
      ^reductionFn(%arg192: tensor<f32>, %arg193: tensor<f32>) :
          %1049 = "stablehlo.add"(%arg192, %arg193) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1049) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x8x2x128xf32>, tensor<f32>) -> tensor<2x8x2xf32>
    %1051 = "stablehlo.broadcast_in_dim"(%1050) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x8x2xf32>) -> tensor<2x8x2x128xf32>
    %1052 = "stablehlo.divide"(%1047, %1051) : (tensor<2x8x2x128xf32>, tensor<2x8x2x128xf32>) -> tensor<2x8x2x128xf32>
    %1053 = "stablehlo.dot_general"(%1052, %1032) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0],
  rhs_batching_dimensions = [1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [0]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<2x8x2x128xf32>, tensor<128x2x32xf32>) -> tensor<2x8x2x32xf32>
    %1054 = "stablehlo.transpose"(%1053) { permutation = array<i64: 1, 0, 2, 3> } : (tensor<2x8x2x32xf32>) -> tensor<8x2x2x32xf32>
    %1055 = "stablehlo.reshape"(%1054) : (tensor<8x2x2x32xf32>) -> tensor<8x128xf32>
    %1056 = "stablehlo.convert"(%arg59) : (tensor<64x128xbf16>) -> tensor<64x128xf32>
    %1057 = "stablehlo.dot_general"(%1055, %1056) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<8x128xf32>, tensor<64x128xf32>) -> tensor<8x64xf32>
    %1058 = "stablehlo.reshape"(%1057) : (tensor<8x64xf32>) -> tensor<8x64xf32>
    %1059 = "stablehlo.multiply"(%1058, %1058) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %1060 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %1062 = "stablehlo.reduce"(%1059, %1060) ({
      ^reductionFn(%arg194: tensor<f32>, %arg195: tensor<f32>) :
          %1061 = "stablehlo.add"(%arg194, %arg195) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1061) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %1063 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %1064 = "stablehlo.broadcast_in_dim"(%1063) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8xf32>
    %1065 = "stablehlo.multiply"(%1062, %1064) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %1066 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %1067 = "stablehlo.broadcast_in_dim"(%1066) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8xf32>
    %1068 = "stablehlo.add"(%1065, %1067) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %1069 = "stablehlo.rsqrt"(%1068) : (tensor<8xf32>) -> tensor<8xf32>
    %1070 = "stablehlo.convert"(%arg60) : (tensor<64xbf16>) -> tensor<64xf32>
    %1071 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %1072 = "stablehlo.broadcast_in_dim"(%1071) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %1073 = "stablehlo.add"(%1070, %1072) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1074 = "stablehlo.broadcast_in_dim"(%1069) { broadcast_dimensions = array<i64: 0> } : (tensor<8xf32>) -> tensor<8x64xf32>
    %1075 = "stablehlo.multiply"(%1058, %1074) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %1076 = "stablehlo.broadcast_in_dim"(%1073) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<8x64xf32>
    %1077 = "stablehlo.multiply"(%1075, %1076) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %1078 = "stablehlo.reshape"(%1077) : (tensor<8x64xf32>) -> tensor<8x64xf32>
    %1079 = "stablehlo.add"(%921, %1078) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %1080 = "stablehlo.reshape"(%1079) : (tensor<8x64xf32>) -> tensor<8x64xf32>
    %1081 = "stablehlo.multiply"(%1080, %1080) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %1082 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %1084 = "stablehlo.reduce"(%1081, %1082) ({
      ^reductionFn(%arg196: tensor<f32>, %arg197: tensor<f32>) :
          %1083 = "stablehlo.add"(%arg196, %arg197) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1083) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %1085 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %1086 = "stablehlo.broadcast_in_dim"(%1085) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8xf32>
    %1087 = "stablehlo.multiply"(%1084, %1086) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %1088 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %1089 = "stablehlo.broadcast_in_dim"(%1088) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8xf32>
    %1090 = "stablehlo.add"(%1087, %1089) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %1091 = "stablehlo.rsqrt"(%1090) : (tensor<8xf32>) -> tensor<8xf32>
    %1092 = "stablehlo.convert"(%arg61) : (tensor<64xbf16>) -> tensor<64xf32>
    %1093 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %1094 = "stablehlo.broadcast_in_dim"(%1093) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %1095 = "stablehlo.add"(%1092, %1094) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1096 = "stablehlo.broadcast_in_dim"(%1091) { broadcast_dimensions = array<i64: 0> } : (tensor<8xf32>) -> tensor<8x64xf32>
    %1097 = "stablehlo.multiply"(%1080, %1096) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %1098 = "stablehlo.broadcast_in_dim"(%1095) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<8x64xf32>
    %1099 = "stablehlo.multiply"(%1097, %1098) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %1100 = "stablehlo.reshape"(%1099) : (tensor<8x64xf32>) -> tensor<8x64xf32>
    %1101 = "stablehlo.convert"(%arg62) : (tensor<128x64xbf16>) -> tensor<128x64xf32>
    %1102 = "stablehlo.dot_general"(%1100, %1101) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<8x64xf32>, tensor<128x64xf32>) -> tensor<8x128xf32>
    %1103 = "stablehlo.convert"(%arg63) : (tensor<128x64xbf16>) -> tensor<128x64xf32>
    %1104 = "stablehlo.dot_general"(%1100, %1103) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<8x64xf32>, tensor<128x64xf32>) -> tensor<8x128xf32>
    %1105 = "stablehlo.multiply"(%1102, %1102) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %1106 = "stablehlo.multiply"(%1105, %1102) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %1107 = "stablehlo.constant"() { value = dense<0.044714998453855515> : tensor<f32> } : () -> tensor<f32>
    %1108 = "stablehlo.broadcast_in_dim"(%1107) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8x128xf32>
    %1109 = "stablehlo.multiply"(%1106, %1108) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %1110 = "stablehlo.add"(%1102, %1109) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %1111 = "stablehlo.constant"() { value = dense<0.7978845834732056> : tensor<f32> } : () -> tensor<f32>
    %1112 = "stablehlo.broadcast_in_dim"(%1111) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8x128xf32>
    %1113 = "stablehlo.multiply"(%1110, %1112) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %1114 = "stablehlo.constant"() { value = dense<0.5> : tensor<f32> } : () -> tensor<f32>
    %1115 = "stablehlo.broadcast_in_dim"(%1114) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8x128xf32>
    %1116 = "stablehlo.multiply"(%1102, %1115) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %1117 = "stablehlo.tanh"(%1113) : (tensor<8x128xf32>) -> tensor<8x128xf32>
    %1118 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %1119 = "stablehlo.broadcast_in_dim"(%1118) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8x128xf32>
    %1120 = "stablehlo.add"(%1117, %1119) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %1121 = "stablehlo.multiply"(%1116, %1120) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %1122 = "stablehlo.multiply"(%1121, %1104) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %1123 = "stablehlo.convert"(%arg64) : (tensor<64x128xbf16>) -> tensor<64x128xf32>
    %1124 = "stablehlo.dot_general"(%1122, %1123) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<8x128xf32>, tensor<64x128xf32>) -> tensor<8x64xf32>
    %1125 = "stablehlo.reshape"(%1124) : (tensor<8x64xf32>) -> tensor<8x64xf32>
    %1126 = "stablehlo.multiply"(%1125, %1125) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %1127 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %1129 = "stablehlo.reduce"(%1126, %1127) ({
      ^reductionFn(%arg198: tensor<f32>, %arg199: tensor<f32>) :
          %1128 = "stablehlo.add"(%arg198, %arg199) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1128) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %1130 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %1131 = "stablehlo.broadcast_in_dim"(%1130) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8xf32>
    %1132 = "stablehlo.multiply"(%1129, %1131) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %1133 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %1134 = "stablehlo.broadcast_in_dim"(%1133) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8xf32>
    %1135 = "stablehlo.add"(%1132, %1134) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %1136 = "stablehlo.rsqrt"(%1135) : (tensor<8xf32>) -> tensor<8xf32>
    %1137 = "stablehlo.convert"(%arg65) : (tensor<64xbf16>) -> tensor<64xf32>
    %1138 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %1139 = "stablehlo.broadcast_in_dim"(%1138) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %1140 = "stablehlo.add"(%1137, %1139) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1141 = "stablehlo.broadcast_in_dim"(%1136) { broadcast_dimensions = array<i64: 0> } : (tensor<8xf32>) -> tensor<8x64xf32>
    %1142 = "stablehlo.multiply"(%1125, %1141) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %1143 = "stablehlo.broadcast_in_dim"(%1140) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<8x64xf32>
    %1144 = "stablehlo.multiply"(%1142, %1143) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %1145 = "stablehlo.reshape"(%1144) : (tensor<8x64xf32>) -> tensor<8x64xf32>
    %1146 = "stablehlo.add"(%1079, %1145) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %1147 = "stablehlo.reshape"(%1146) : (tensor<8x64xf32>) -> tensor<8x64xf32>
    %1148 = "stablehlo.multiply"(%1147, %1147) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %1149 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %1151 = "stablehlo.reduce"(%1148, %1149) ({
      ^reductionFn(%arg200: tensor<f32>, %arg201: tensor<f32>) :
          %1150 = "stablehlo.add"(%arg200, %arg201) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1150) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %1152 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %1153 = "stablehlo.broadcast_in_dim"(%1152) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8xf32>
    %1154 = "stablehlo.multiply"(%1151, %1153) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %1155 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %1156 = "stablehlo.broadcast_in_dim"(%1155) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8xf32>
    %1157 = "stablehlo.add"(%1154, %1156) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %1158 = "stablehlo.rsqrt"(%1157) : (tensor<8xf32>) -> tensor<8xf32>
    %1159 = "stablehlo.convert"(%arg66) : (tensor<64xbf16>) -> tensor<64xf32>
    %1160 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %1161 = "stablehlo.broadcast_in_dim"(%1160) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %1162 = "stablehlo.add"(%1159, %1161) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1163 = "stablehlo.broadcast_in_dim"(%1158) { broadcast_dimensions = array<i64: 0> } : (tensor<8xf32>) -> tensor<8x64xf32>
    %1164 = "stablehlo.multiply"(%1147, %1163) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %1165 = "stablehlo.broadcast_in_dim"(%1162) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<8x64xf32>
    %1166 = "stablehlo.multiply"(%1164, %1165) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %1167 = "stablehlo.reshape"(%1166) : (tensor<8x64xf32>) -> tensor<8x64xf32>
    %1168 = "stablehlo.convert"(%arg67) : (tensor<128x64xbf16>) -> tensor<128x64xf32>
    %1169 = "stablehlo.dot_general"(%1167, %1168) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<8x64xf32>, tensor<128x64xf32>) -> tensor<8x128xf32>
    %1170 = "stablehlo.convert"(%arg68) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %1171 = "stablehlo.dot_general"(%1167, %1170) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32>
    %1172 = "stablehlo.convert"(%arg69) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %1173 = "stablehlo.dot_general"(%1167, %1172) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32>
    %1174 = "stablehlo.reshape"(%1169) : (tensor<8x128xf32>) -> tensor<32x32xf32>
    %1175 = "stablehlo.multiply"(%1174, %1174) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1176 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %1178 = "stablehlo.reduce"(%1175, %1176) ({
      ^reductionFn(%arg202: tensor<f32>, %arg203: tensor<f32>) :
          %1177 = "stablehlo.add"(%arg202, %arg203) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1177) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<32x32xf32>, tensor<f32>) -> tensor<32xf32>
    %1179 = "stablehlo.constant"() { value = dense<0.03125> : tensor<f32> } : () -> tensor<f32>
    %1180 = "stablehlo.broadcast_in_dim"(%1179) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<32xf32>
    %1181 = "stablehlo.multiply"(%1178, %1180) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1182 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %1183 = "stablehlo.broadcast_in_dim"(%1182) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<32xf32>
    %1184 = "stablehlo.add"(%1181, %1183) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1185 = "stablehlo.rsqrt"(%1184) : (tensor<32xf32>) -> tensor<32xf32>
    %1186 = "stablehlo.convert"(%arg70) : (tensor<32xbf16>) -> tensor<32xf32>
    %1187 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %1188 = "stablehlo.broadcast_in_dim"(%1187) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<32xf32>
    %1189 = "stablehlo.add"(%1186, %1188) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1190 = "stablehlo.broadcast_in_dim"(%1185) { broadcast_dimensions = array<i64: 0> } : (tensor<32xf32>) -> tensor<32x32xf32>
    %1191 = "stablehlo.multiply"(%1174, %1190) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1192 = "stablehlo.broadcast_in_dim"(%1189) { broadcast_dimensions = array<i64: 1> } : (tensor<32xf32>) -> tensor<32x32xf32>
    %1193 = "stablehlo.multiply"(%1191, %1192) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1194 = "stablehlo.reshape"(%1193) : (tensor<32x32xf32>) -> tensor<8x128xf32>
    %1195 = "stablehlo.reshape"(%1171) : (tensor<8x64xf32>) -> tensor<16x32xf32>
    %1196 = "stablehlo.multiply"(%1195, %1195) : (tensor<16x32xf32>, tensor<16x32xf32>) -> tensor<16x32xf32>
    %1197 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %1199 = "stablehlo.reduce"(%1196, %1197) ({
      ^reductionFn(%arg204: tensor<f32>, %arg205: tensor<f32>) :
          %1198 = "stablehlo.add"(%arg204, %arg205) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1198) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<16x32xf32>, tensor<f32>) -> tensor<16xf32>
    %1200 = "stablehlo.constant"() { value = dense<0.03125> : tensor<f32> } : () -> tensor<f32>
    %1201 = "stablehlo.broadcast_in_dim"(%1200) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<16xf32>
    %1202 = "stablehlo.multiply"(%1199, %1201) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %1203 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %1204 = "stablehlo.broadcast_in_dim"(%1203) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<16xf32>
    %1205 = "stablehlo.add"(%1202, %1204) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %1206 = "stablehlo.rsqrt"(%1205) : (tensor<16xf32>) -> tensor<16xf32>
    %1207 = "stablehlo.convert"(%arg71) : (tensor<32xbf16>) -> tensor<32xf32>
    %1208 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %1209 = "stablehlo.broadcast_in_dim"(%1208) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<32xf32>
    %1210 = "stablehlo.add"(%1207, %1209) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1211 = "stablehlo.broadcast_in_dim"(%1206) { broadcast_dimensions = array<i64: 0> } : (tensor<16xf32>) -> tensor<16x32xf32>
    %1212 = "stablehlo.multiply"(%1195, %1211) : (tensor<16x32xf32>, tensor<16x32xf32>) -> tensor<16x32xf32>
    %1213 = "stablehlo.broadcast_in_dim"(%1210) { broadcast_dimensions = array<i64: 1> } : (tensor<32xf32>) -> tensor<16x32xf32>
    %1214 = "stablehlo.multiply"(%1212, %1213) : (tensor<16x32xf32>, tensor<16x32xf32>) -> tensor<16x32xf32>
    %1215 = "stablehlo.reshape"(%1214) : (tensor<16x32xf32>) -> tensor<8x64xf32>
    %1216 = "stablehlo.reshape"(%arg95) : (tensor<8xi32>) -> tensor<8x1xi32>
    %1217 = "stablehlo.gather"(%arg81, %1216) {
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
    %1218 = "stablehlo.slice"(%1217) {
      limit_indices = array<i64: 8, 16>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<8x32xf32>) -> tensor<8x16xf32>
    %1219 = "stablehlo.broadcast_in_dim"(%1218) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<8x16xf32>) -> tensor<8x4x16xf32>
    %1220 = "stablehlo.slice"(%1217) {
      limit_indices = array<i64: 8, 32>,
      start_indices = array<i64: 0, 16>,
      strides = array<i64: 1, 1>
    } : (tensor<8x32xf32>) -> tensor<8x16xf32>
    %1221 = "stablehlo.broadcast_in_dim"(%1220) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<8x16xf32>) -> tensor<8x4x16xf32>
    %1222 = "stablehlo.reshape"(%1194) : (tensor<8x128xf32>) -> tensor<8x4x32xf32>
    %1223 = "stablehlo.slice"(%1222) {
      limit_indices = array<i64: 8, 4, 16>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<8x4x32xf32>) -> tensor<8x4x16xf32>
    %1224 = "stablehlo.slice"(%1222) {
      limit_indices = array<i64: 8, 4, 32>,
      start_indices = array<i64: 0, 0, 16>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<8x4x32xf32>) -> tensor<8x4x16xf32>
    %1225 = "stablehlo.multiply"(%1223, %1219) : (tensor<8x4x16xf32>, tensor<8x4x16xf32>) -> tensor<8x4x16xf32>
    %1226 = "stablehlo.multiply"(%1224, %1221) : (tensor<8x4x16xf32>, tensor<8x4x16xf32>) -> tensor<8x4x16xf32>
    %1227 = "stablehlo.subtract"(%1225, %1226) : (tensor<8x4x16xf32>, tensor<8x4x16xf32>) -> tensor<8x4x16xf32>
    %1228 = "stablehlo.multiply"(%1224, %1219) : (tensor<8x4x16xf32>, tensor<8x4x16xf32>) -> tensor<8x4x16xf32>
    %1229 = "stablehlo.multiply"(%1223, %1221) : (tensor<8x4x16xf32>, tensor<8x4x16xf32>) -> tensor<8x4x16xf32>
    %1230 = "stablehlo.add"(%1228, %1229) : (tensor<8x4x16xf32>, tensor<8x4x16xf32>) -> tensor<8x4x16xf32>
    %1231 = "stablehlo.concatenate"(%1227, %1230) { dimension = 2 : i64 } : (tensor<8x4x16xf32>, tensor<8x4x16xf32>) -> tensor<8x4x32xf32>
    %1232 = "stablehlo.reshape"(%1231) : (tensor<8x4x32xf32>) -> tensor<8x128xf32>
    %1233 = "stablehlo.reshape"(%arg95) : (tensor<8xi32>) -> tensor<8x1xi32>
    %1234 = "stablehlo.gather"(%arg81, %1233) {
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
    %1235 = "stablehlo.slice"(%1234) {
      limit_indices = array<i64: 8, 16>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<8x32xf32>) -> tensor<8x16xf32>
    %1236 = "stablehlo.broadcast_in_dim"(%1235) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<8x16xf32>) -> tensor<8x2x16xf32>
    %1237 = "stablehlo.slice"(%1234) {
      limit_indices = array<i64: 8, 32>,
      start_indices = array<i64: 0, 16>,
      strides = array<i64: 1, 1>
    } : (tensor<8x32xf32>) -> tensor<8x16xf32>
    %1238 = "stablehlo.broadcast_in_dim"(%1237) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<8x16xf32>) -> tensor<8x2x16xf32>
    %1239 = "stablehlo.reshape"(%1215) : (tensor<8x64xf32>) -> tensor<8x2x32xf32>
    %1240 = "stablehlo.slice"(%1239) {
      limit_indices = array<i64: 8, 2, 16>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<8x2x32xf32>) -> tensor<8x2x16xf32>
    %1241 = "stablehlo.slice"(%1239) {
      limit_indices = array<i64: 8, 2, 32>,
      start_indices = array<i64: 0, 0, 16>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<8x2x32xf32>) -> tensor<8x2x16xf32>
    %1242 = "stablehlo.multiply"(%1240, %1236) : (tensor<8x2x16xf32>, tensor<8x2x16xf32>) -> tensor<8x2x16xf32>
    %1243 = "stablehlo.multiply"(%1241, %1238) : (tensor<8x2x16xf32>, tensor<8x2x16xf32>) -> tensor<8x2x16xf32>
    %1244 = "stablehlo.subtract"(%1242, %1243) : (tensor<8x2x16xf32>, tensor<8x2x16xf32>) -> tensor<8x2x16xf32>
    %1245 = "stablehlo.multiply"(%1241, %1236) : (tensor<8x2x16xf32>, tensor<8x2x16xf32>) -> tensor<8x2x16xf32>
    %1246 = "stablehlo.multiply"(%1240, %1238) : (tensor<8x2x16xf32>, tensor<8x2x16xf32>) -> tensor<8x2x16xf32>
    %1247 = "stablehlo.add"(%1245, %1246) : (tensor<8x2x16xf32>, tensor<8x2x16xf32>) -> tensor<8x2x16xf32>
    %1248 = "stablehlo.concatenate"(%1244, %1247) { dimension = 2 : i64 } : (tensor<8x2x16xf32>, tensor<8x2x16xf32>) -> tensor<8x2x32xf32>
    %1249 = "stablehlo.reshape"(%1248) : (tensor<8x2x32xf32>) -> tensor<8x64xf32>
    %1250 = "stablehlo.convert"(%1249) : (tensor<8x64xf32>) -> tensor<8x64xbf16>
    %1251 = "stablehlo.scatter"(%arg92, %2, %1250) ({
      ^updateFn(%arg206: tensor<bf16>, %arg207: tensor<bf16>) :
          "stablehlo.return"(%arg207) : (tensor<bf16>) -> ()
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
    %1252 = "stablehlo.convert"(%1173) : (tensor<8x64xf32>) -> tensor<8x64xbf16>
    %1253 = "stablehlo.scatter"(%arg93, %2, %1252) ({
      ^updateFn(%arg208: tensor<bf16>, %arg209: tensor<bf16>) :
          "stablehlo.return"(%arg209) : (tensor<bf16>) -> ()
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
    %1254 = "stablehlo.convert"(%1251) : (tensor<4x32x64xbf16>) -> tensor<4x32x64xf32>
    %1255 = "stablehlo.reshape"(%1254) : (tensor<4x32x64xf32>) -> tensor<128x2x32xf32>
    %1256 = "stablehlo.convert"(%1253) : (tensor<4x32x64xbf16>) -> tensor<4x32x64xf32>
    %1257 = "stablehlo.reshape"(%1256) : (tensor<4x32x64xf32>) -> tensor<128x2x32xf32>
    %1258 = "stablehlo.reshape"(%1232) : (tensor<8x128xf32>) -> tensor<8x2x2x32xf32>
    %1259 = "stablehlo.dot_general"(%1258, %1255) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [1],
  rhs_batching_dimensions = [1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [2]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<8x2x2x32xf32>, tensor<128x2x32xf32>) -> tensor<2x8x2x128xf32>
    %1260 = "stablehlo.constant"() { value = dense<0.1767766922712326> : tensor<f32> } : () -> tensor<f32>
    %1261 = "stablehlo.broadcast_in_dim"(%1260) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x8x2x128xf32>
    %1262 = "stablehlo.multiply"(%1259, %1261) : (tensor<2x8x2x128xf32>, tensor<2x8x2x128xf32>) -> tensor<2x8x2x128xf32>
    %1263 = "stablehlo.iota"() { iota_dimension = 1 : i64 } : () -> tensor<8x4x32xi32>
    %1264 = "stablehlo.iota"() { iota_dimension = 2 : i64 } : () -> tensor<8x4x32xi32>
    %1265 = "stablehlo.broadcast_in_dim"(%arg96) { broadcast_dimensions = array<i64: 0> } : (tensor<8xi32>) -> tensor<8x4x32xi32>
    %1266 = "stablehlo.broadcast_in_dim"(%arg95) { broadcast_dimensions = array<i64: 0> } : (tensor<8xi32>) -> tensor<8x4x32xi32>
    %1267 = "stablehlo.compare"(%1263, %1265) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<8x4x32xi32>, tensor<8x4x32xi32>) -> tensor<8x4x32xi1>
    %1268 = "stablehlo.compare"(%1264, %1266) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction LE>
    } : (tensor<8x4x32xi32>, tensor<8x4x32xi32>) -> tensor<8x4x32xi1>
    %1269 = "stablehlo.and"(%1267, %1268) : (tensor<8x4x32xi1>, tensor<8x4x32xi1>) -> tensor<8x4x32xi1>
    %1270 = "stablehlo.reshape"(%1269) : (tensor<8x4x32xi1>) -> tensor<8x128xi1>
    %1271 = "stablehlo.broadcast_in_dim"(%1270) { broadcast_dimensions = array<i64: 1, 3> } : (tensor<8x128xi1>) -> tensor<2x8x2x128xi1>
    %1272 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %1273 = "stablehlo.broadcast_in_dim"(%1272) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x8x2x128xf32>
    %1274 = "stablehlo.select"(%1271, %1262, %1273) : (tensor<2x8x2x128xi1>, tensor<2x8x2x128xf32>, tensor<2x8x2x128xf32>) -> tensor<2x8x2x128xf32>
    %1275 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %1277 = "stablehlo.reduce"(%1274, %1275) ({
      ^reductionFn(%arg210: tensor<f32>, %arg211: tensor<f32>) :
          %1276 = "stablehlo.maximum"(%arg210, %arg211) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1276) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x8x2x128xf32>, tensor<f32>) -> tensor<2x8x2xf32>
    %1278 = "stablehlo.broadcast_in_dim"(%1277) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x8x2xf32>) -> tensor<2x8x2x128xf32>
    %1279 = "stablehlo.subtract"(%1274, %1278) : (tensor<2x8x2x128xf32>, tensor<2x8x2x128xf32>) -> tensor<2x8x2x128xf32>
    %1280 = "stablehlo.exponential"(%1279) : (tensor<2x8x2x128xf32>) -> tensor<2x8x2x128xf32>
    %1281 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %1283 = "stablehlo.reduce"(%1280, %1281) ({
      ^reductionFn(%arg212: tensor<f32>, %arg213: tensor<f32>) :
          %1282 = "stablehlo.add"(%arg212, %arg213) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1282) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x8x2x128xf32>, tensor<f32>) -> tensor<2x8x2xf32>
    %1284 = "stablehlo.broadcast_in_dim"(%1283) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x8x2xf32>) -> tensor<2x8x2x128xf32>
    %1285 = "stablehlo.divide"(%1280, %1284) : (tensor<2x8x2x128xf32>, tensor<2x8x2x128xf32>) -> tensor<2x8x2x128xf32>
    %1286 = "stablehlo.dot_general"(%1285, %1257) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0],
  rhs_batching_dimensions = [1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [0]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<2x8x2x128xf32>, tensor<128x2x32xf32>) -> tensor<2x8x2x32xf32>
    %1287 = "stablehlo.transpose"(%1286) { permutation = array<i64: 1, 0, 2, 3> } : (tensor<2x8x2x32xf32>) -> tensor<8x2x2x32xf32>
    %1288 = "stablehlo.reshape"(%1287) : (tensor<8x2x2x32xf32>) -> tensor<8x128xf32>
    %1289 = "stablehlo.convert"(%arg72) : (tensor<64x128xbf16>) -> tensor<64x128xf32>
    %1290 = "stablehlo.dot_general"(%1288, %1289) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<8x128xf32>, tensor<64x128xf32>) -> tensor<8x64xf32>
    %1291 = "stablehlo.reshape"(%1290) : (tensor<8x64xf32>) -> tensor<8x64xf32>
    %1292 = "stablehlo.multiply"(%1291, %1291) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %1293 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %1295 = "stablehlo.reduce"(%1292, %1293) ({
      ^reductionFn(%arg214: tensor<f32>, %arg215: tensor<f32>) :
          %1294 = "stablehlo.add"(%arg214, %arg215) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1294) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %1296 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %1297 = "stablehlo.broadcast_in_dim"(%1296) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8xf32>
    %1298 = "stablehlo.multiply"(%1295, %1297) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %1299 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %1300 = "stablehlo.broadcast_in_dim"(%1299) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8xf32>
    %1301 = "stablehlo.add"(%1298, %1300) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %1302 = "stablehlo.rsqrt"(%1301) : (tensor<8xf32>) -> tensor<8xf32>
    %1303 = "stablehlo.convert"(%arg73) : (tensor<64xbf16>) -> tensor<64xf32>
    %1304 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %1305 = "stablehlo.broadcast_in_dim"(%1304) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %1306 = "stablehlo.add"(%1303, %1305) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1307 = "stablehlo.broadcast_in_dim"(%1302) { broadcast_dimensions = array<i64: 0> } : (tensor<8xf32>) -> tensor<8x64xf32>
    %1308 = "stablehlo.multiply"(%1291, %1307) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %1309 = "stablehlo.broadcast_in_dim"(%1306) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<8x64xf32>
    %1310 = "stablehlo.multiply"(%1308, %1309) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %1311 = "stablehlo.reshape"(%1310) : (tensor<8x64xf32>) -> tensor<8x64xf32>
    %1312 = "stablehlo.add"(%1146, %1311) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %1313 = "stablehlo.reshape"(%1312) : (tensor<8x64xf32>) -> tensor<8x64xf32>
    %1314 = "stablehlo.multiply"(%1313, %1313) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %1315 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %1317 = "stablehlo.reduce"(%1314, %1315) ({
      ^reductionFn(%arg216: tensor<f32>, %arg217: tensor<f32>) :
          %1316 = "stablehlo.add"(%arg216, %arg217) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1316) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %1318 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %1319 = "stablehlo.broadcast_in_dim"(%1318) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8xf32>
    %1320 = "stablehlo.multiply"(%1317, %1319) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %1321 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %1322 = "stablehlo.broadcast_in_dim"(%1321) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8xf32>
    %1323 = "stablehlo.add"(%1320, %1322) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %1324 = "stablehlo.rsqrt"(%1323) : (tensor<8xf32>) -> tensor<8xf32>
    %1325 = "stablehlo.convert"(%arg74) : (tensor<64xbf16>) -> tensor<64xf32>
    %1326 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %1327 = "stablehlo.broadcast_in_dim"(%1326) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %1328 = "stablehlo.add"(%1325, %1327) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1329 = "stablehlo.broadcast_in_dim"(%1324) { broadcast_dimensions = array<i64: 0> } : (tensor<8xf32>) -> tensor<8x64xf32>
    %1330 = "stablehlo.multiply"(%1313, %1329) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %1331 = "stablehlo.broadcast_in_dim"(%1328) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<8x64xf32>
    %1332 = "stablehlo.multiply"(%1330, %1331) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %1333 = "stablehlo.reshape"(%1332) : (tensor<8x64xf32>) -> tensor<8x64xf32>
    %1334 = "stablehlo.convert"(%arg75) : (tensor<128x64xbf16>) -> tensor<128x64xf32>
    %1335 = "stablehlo.dot_general"(%1333, %1334) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<8x64xf32>, tensor<128x64xf32>) -> tensor<8x128xf32>
    %1336 = "stablehlo.convert"(%arg76) : (tensor<128x64xbf16>) -> tensor<128x64xf32>
    %1337 = "stablehlo.dot_general"(%1333, %1336) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<8x64xf32>, tensor<128x64xf32>) -> tensor<8x128xf32>
    %1338 = "stablehlo.multiply"(%1335, %1335) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %1339 = "stablehlo.multiply"(%1338, %1335) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %1340 = "stablehlo.constant"() { value = dense<0.044714998453855515> : tensor<f32> } : () -> tensor<f32>
    %1341 = "stablehlo.broadcast_in_dim"(%1340) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8x128xf32>
    %1342 = "stablehlo.multiply"(%1339, %1341) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %1343 = "stablehlo.add"(%1335, %1342) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %1344 = "stablehlo.constant"() { value = dense<0.7978845834732056> : tensor<f32> } : () -> tensor<f32>
    %1345 = "stablehlo.broadcast_in_dim"(%1344) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8x128xf32>
    %1346 = "stablehlo.multiply"(%1343, %1345) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %1347 = "stablehlo.constant"() { value = dense<0.5> : tensor<f32> } : () -> tensor<f32>
    %1348 = "stablehlo.broadcast_in_dim"(%1347) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8x128xf32>
    %1349 = "stablehlo.multiply"(%1335, %1348) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %1350 = "stablehlo.tanh"(%1346) : (tensor<8x128xf32>) -> tensor<8x128xf32>
    %1351 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %1352 = "stablehlo.broadcast_in_dim"(%1351) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8x128xf32>
    %1353 = "stablehlo.add"(%1350, %1352) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %1354 = "stablehlo.multiply"(%1349, %1353) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %1355 = "stablehlo.multiply"(%1354, %1337) : (tensor<8x128xf32>, tensor<8x128xf32>) -> tensor<8x128xf32>
    %1356 = "stablehlo.convert"(%arg77) : (tensor<64x128xbf16>) -> tensor<64x128xf32>
    %1357 = "stablehlo.dot_general"(%1355, %1356) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<8x128xf32>, tensor<64x128xf32>) -> tensor<8x64xf32>
    %1358 = "stablehlo.reshape"(%1357) : (tensor<8x64xf32>) -> tensor<8x64xf32>
    %1359 = "stablehlo.multiply"(%1358, %1358) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %1360 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %1362 = "stablehlo.reduce"(%1359, %1360) ({
      ^reductionFn(%arg218: tensor<f32>, %arg219: tensor<f32>) :
          %1361 = "stablehlo.add"(%arg218, %arg219) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1361) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %1363 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %1364 = "stablehlo.broadcast_in_dim"(%1363) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8xf32>
    %1365 = "stablehlo.multiply"(%1362, %1364) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %1366 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %1367 = "stablehlo.broadcast_in_dim"(%1366) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<8xf32>
    %1368 = "stablehlo.add"(%1365, %1367) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %1369 = "stablehlo.rsqrt"(%1368) : (tensor<8xf32>) -> tensor<8xf32>
    %1370 = "stablehlo.convert"(%arg78) : (tensor<64xbf16>) -> tensor<64xf32>
    %1371 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %1372 = "stablehlo.broadcast_in_dim"(%1371) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %1373 = "stablehlo.add"(%1370, %1372) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1374 = "stablehlo.broadcast_in_dim"(%1369) { broadcast_dimensions = array<i64: 0> } : (tensor<8xf32>) -> tensor<8x64xf32>
    %1375 = "stablehlo.multiply"(%1358, %1374) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %1376 = "stablehlo.broadcast_in_dim"(%1373) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<8x64xf32>
    %1377 = "stablehlo.multiply"(%1375, %1376) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %1378 = "stablehlo.reshape"(%1377) : (tensor<8x64xf32>) -> tensor<8x64xf32>
    %1379 = "stablehlo.add"(%1312, %1378) : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    %1380 = "stablehlo.reshape"(%arg97) : (tensor<1xi32>) -> tensor<1x1xi32>
    %1381 = "stablehlo.gather"(%1379, %1380) {
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
    %1382 = "stablehlo.reshape"(%1381) : (tensor<1x64xf32>) -> tensor<1x64xf32>
    %1383 = "stablehlo.multiply"(%1382, %1382) : (tensor<1x64xf32>, tensor<1x64xf32>) -> tensor<1x64xf32>
    %1384 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %1386 = "stablehlo.reduce"(%1383, %1384) ({
      ^reductionFn(%arg220: tensor<f32>, %arg221: tensor<f32>) :
          %1385 = "stablehlo.add"(%arg220, %arg221) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1385) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<1x64xf32>, tensor<f32>) -> tensor<1xf32>
    %1387 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %1388 = "stablehlo.broadcast_in_dim"(%1387) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<1xf32>
    %1389 = "stablehlo.multiply"(%1386, %1388) : (tensor<1xf32>, tensor<1xf32>) -> tensor<1xf32>
    %1390 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %1391 = "stablehlo.broadcast_in_dim"(%1390) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<1xf32>
    %1392 = "stablehlo.add"(%1389, %1391) : (tensor<1xf32>, tensor<1xf32>) -> tensor<1xf32>
    %1393 = "stablehlo.rsqrt"(%1392) : (tensor<1xf32>) -> tensor<1xf32>
    %1394 = "stablehlo.convert"(%arg79) : (tensor<64xbf16>) -> tensor<64xf32>
    %1395 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %1396 = "stablehlo.broadcast_in_dim"(%1395) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %1397 = "stablehlo.add"(%1394, %1396) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1398 = "stablehlo.broadcast_in_dim"(%1393) { broadcast_dimensions = array<i64: 0> } : (tensor<1xf32>) -> tensor<1x64xf32>
    %1399 = "stablehlo.multiply"(%1382, %1398) : (tensor<1x64xf32>, tensor<1x64xf32>) -> tensor<1x64xf32>
    %1400 = "stablehlo.broadcast_in_dim"(%1397) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<1x64xf32>
    %1401 = "stablehlo.multiply"(%1399, %1400) : (tensor<1x64xf32>, tensor<1x64xf32>) -> tensor<1x64xf32>
    %1402 = "stablehlo.reshape"(%1401) : (tensor<1x64xf32>) -> tensor<1x64xf32>
    %1403 = "stablehlo.convert"(%arg0) : (tensor<512x64xbf16>) -> tensor<512x64xf32>
    %1404 = "stablehlo.dot_general"(%1402, %1403) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<1x64xf32>, tensor<512x64xf32>) -> tensor<1x512xf32>
    %1405 = "stablehlo.compare"(%1404, %1404) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<1x512xf32>, tensor<1x512xf32>) -> tensor<1x512xi1>
    %1406 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %1407 = "stablehlo.broadcast_in_dim"(%1406) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<1x512xf32>
    %1408 = "stablehlo.select"(%1405, %1404, %1407) : (tensor<1x512xi1>, tensor<1x512xf32>, tensor<1x512xf32>) -> tensor<1x512xf32>
    %1409 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %1411 = "stablehlo.reduce"(%1408, %1409) ({
      ^reductionFn(%arg222: tensor<f32>, %arg223: tensor<f32>) :
          %1410 = "stablehlo.maximum"(%arg222, %arg223) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1410) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<1x512xf32>, tensor<f32>) -> tensor<1xf32>
    %1412 = "stablehlo.broadcast_in_dim"(%1411) { broadcast_dimensions = array<i64: 0> } : (tensor<1xf32>) -> tensor<1x512xf32>
    %1413 = "stablehlo.iota"() { iota_dimension = 1 : i64 } : () -> tensor<1x512xi32>
    %1414 = "stablehlo.compare"(%1408, %1412) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<1x512xf32>, tensor<1x512xf32>) -> tensor<1x512xi1>
    %1415 = "stablehlo.constant"() { value = dense<512> : tensor<i32> } : () -> tensor<i32>
    %1416 = "stablehlo.broadcast_in_dim"(%1415) { broadcast_dimensions = array<i64> } : (tensor<i32>) -> tensor<1x512xi32>
    %1417 = "stablehlo.select"(%1414, %1413, %1416) : (tensor<1x512xi1>, tensor<1x512xi32>, tensor<1x512xi32>) -> tensor<1x512xi32>
    %1418 = "stablehlo.constant"() { value = dense<512> : tensor<i32> } : () -> tensor<i32>
    %1420 = "stablehlo.reduce"(%1417, %1418) ({
      ^reductionFn(%arg224: tensor<i32>, %arg225: tensor<i32>) :
          %1419 = "stablehlo.minimum"(%arg224, %arg225) : (tensor<i32>, tensor<i32>) -> tensor<i32>
          "stablehlo.return"(%1419) : (tensor<i32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<1x512xi32>, tensor<i32>) -> tensor<1xi32>
    %1421 = "stablehlo.constant"() { value = dense<512> : tensor<i32> } : () -> tensor<i32>
    %1422 = "stablehlo.broadcast_in_dim"(%1421) { broadcast_dimensions = array<i64> } : (tensor<i32>) -> tensor<1xi32>
    %1423 = "stablehlo.compare"(%1420, %1422) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi1>
    %1424 = "stablehlo.constant"() { value = dense<0> : tensor<i32> } : () -> tensor<i32>
    %1425 = "stablehlo.broadcast_in_dim"(%1424) { broadcast_dimensions = array<i64> } : (tensor<i32>) -> tensor<1xi32>
    %1426 = "stablehlo.select"(%1423, %1425, %1420) : (tensor<1xi1>, tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %1427 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %1429 = "stablehlo.reduce"(%1404, %1427) ({
      ^reductionFn(%arg226: tensor<f32>, %arg227: tensor<f32>) :
          %1428 = "stablehlo.maximum"(%arg226, %arg227) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1428) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<1x512xf32>, tensor<f32>) -> tensor<1xf32>
    %1430 = "stablehlo.broadcast_in_dim"(%1429) { broadcast_dimensions = array<i64: 0> } : (tensor<1xf32>) -> tensor<1x512xf32>
    %1431 = "stablehlo.subtract"(%1404, %1430) : (tensor<1x512xf32>, tensor<1x512xf32>) -> tensor<1x512xf32>
    %1432 = "stablehlo.exponential"(%1431) : (tensor<1x512xf32>) -> tensor<1x512xf32>
    %1433 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %1435 = "stablehlo.reduce"(%1432, %1433) ({
      ^reductionFn(%arg228: tensor<f32>, %arg229: tensor<f32>) :
          %1434 = "stablehlo.add"(%arg228, %arg229) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1434) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<1x512xf32>, tensor<f32>) -> tensor<1xf32>
    %1436 = "stablehlo.log"(%1435) : (tensor<1xf32>) -> tensor<1xf32>
    %1437 = "stablehlo.add"(%1429, %1436) : (tensor<1xf32>, tensor<1xf32>) -> tensor<1xf32>
    %1438 = "stablehlo.is_finite"(%1429) : (tensor<1xf32>) -> tensor<1xi1>
    %1439 = "stablehlo.not"(%1438) : (tensor<1xi1>) -> tensor<1xi1>
    %1440 = "stablehlo.convert"(%1439) : (tensor<1xi1>) -> tensor<1xi32>
    %1441 = "stablehlo.reshape"(%arg98) : (tensor<4xi32>) -> tensor<4x1xi32>
    %1442 = "stablehlo.reshape"(%arg99) : (tensor<4xi32>) -> tensor<4x1xi32>
    %1443 = "stablehlo.concatenate"(%1441, %1442) { dimension = 1 : i64 } : (tensor<4x1xi32>, tensor<4x1xi32>) -> tensor<4x2xi32>
    %1444 = "stablehlo.gather"(%1404, %1443) {
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
    %1445 = "stablehlo.reshape"(%1437) : (tensor<1xf32>) -> tensor<1x1xf32>
    %1446 = "stablehlo.reshape"(%arg98) : (tensor<4xi32>) -> tensor<4x1xi32>
    %1447 = "stablehlo.gather"(%1445, %1446) {
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
    %1448 = "stablehlo.reshape"(%1447) : (tensor<4x1xf32>) -> tensor<4xf32>
    %1449 = "stablehlo.subtract"(%1444, %1448) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    "stablehlo.return"(%113, %115, %351, %353, %576, %578, %801, %803, %1026, %1028, %1251, %1253, %1404, %1426, %1449, %1440) : (tensor<4x32x64xbf16>, tensor<4x32x64xbf16>, tensor<4x32x64xbf16>, tensor<4x32x64xbf16>, tensor<4x32x64xbf16>, tensor<4x32x64xbf16>, tensor<4x32x64xbf16>, tensor<4x32x64xbf16>, tensor<4x32x64xbf16>, tensor<4x32x64xbf16>, tensor<4x32x64xbf16>, tensor<4x32x64xbf16>, tensor<1x512xf32>, tensor<1xi32>, tensor<4xf32>, tensor<1xi32>) -> ()
  }
}
