module @copy_prefix {
  func.func @main(%arg0: tensor<4x32x64xbf16> { tf.aliasing_output = 0 : i32 }, %arg1: tensor<4x32x64xbf16> { tf.aliasing_output = 1 : i32 }, %arg2: tensor<4x32x64xbf16> { tf.aliasing_output = 2 : i32 }, %arg3: tensor<4x32x64xbf16> { tf.aliasing_output = 3 : i32 }, %arg4: tensor<4x32x64xbf16> { tf.aliasing_output = 4 : i32 }, %arg5: tensor<4x32x64xbf16> { tf.aliasing_output = 5 : i32 }, %arg6: tensor<4x32x64xbf16> { tf.aliasing_output = 6 : i32 }, %arg7: tensor<4x32x64xbf16> { tf.aliasing_output = 7 : i32 }, %arg8: tensor<4x32x64xbf16> { tf.aliasing_output = 8 : i32 }, %arg9: tensor<4x32x64xbf16> { tf.aliasing_output = 9 : i32 }, %arg10: tensor<4x32x64xbf16> { tf.aliasing_output = 10 : i32 }, %arg11: tensor<4x32x64xbf16> { tf.aliasing_output = 11 : i32 }, %arg12: tensor<i32>, %arg13: tensor<i32>) -> (tensor<4x32x64xbf16>, tensor<4x32x64xbf16>, tensor<4x32x64xbf16>, tensor<4x32x64xbf16>, tensor<4x32x64xbf16>, tensor<4x32x64xbf16>, tensor<4x32x64xbf16>, tensor<4x32x64xbf16>, tensor<4x32x64xbf16>, tensor<4x32x64xbf16>, tensor<4x32x64xbf16>, tensor<4x32x64xbf16>) {
    %0 = "stablehlo.constant"() { value = dense<0> : tensor<i32> } : () -> tensor<i32>
    %1 = "stablehlo.dynamic_slice"(%arg0, %arg13, %0, %0) { slice_sizes = array<i64: 1, 32, 64> } : (tensor<4x32x64xbf16>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x64xbf16>
    %2 = "stablehlo.dynamic_update_slice"(%arg0, %1, %arg12, %0, %0) : (tensor<4x32x64xbf16>, tensor<1x32x64xbf16>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<4x32x64xbf16>
    %3 = "stablehlo.dynamic_slice"(%arg1, %arg13, %0, %0) { slice_sizes = array<i64: 1, 32, 64> } : (tensor<4x32x64xbf16>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x64xbf16>
    %4 = "stablehlo.dynamic_update_slice"(%arg1, %3, %arg12, %0, %0) : (tensor<4x32x64xbf16>, tensor<1x32x64xbf16>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<4x32x64xbf16>
    %5 = "stablehlo.dynamic_slice"(%arg2, %arg13, %0, %0) { slice_sizes = array<i64: 1, 32, 64> } : (tensor<4x32x64xbf16>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x64xbf16>
    %6 = "stablehlo.dynamic_update_slice"(%arg2, %5, %arg12, %0, %0) : (tensor<4x32x64xbf16>, tensor<1x32x64xbf16>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<4x32x64xbf16>
    %7 = "stablehlo.dynamic_slice"(%arg3, %arg13, %0, %0) { slice_sizes = array<i64: 1, 32, 64> } : (tensor<4x32x64xbf16>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x64xbf16>
    %8 = "stablehlo.dynamic_update_slice"(%arg3, %7, %arg12, %0, %0) : (tensor<4x32x64xbf16>, tensor<1x32x64xbf16>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<4x32x64xbf16>
    %9 = "stablehlo.dynamic_slice"(%arg4, %arg13, %0, %0) { slice_sizes = array<i64: 1, 32, 64> } : (tensor<4x32x64xbf16>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x64xbf16>
    %10 = "stablehlo.dynamic_update_slice"(%arg4, %9, %arg12, %0, %0) : (tensor<4x32x64xbf16>, tensor<1x32x64xbf16>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<4x32x64xbf16>
    %11 = "stablehlo.dynamic_slice"(%arg5, %arg13, %0, %0) { slice_sizes = array<i64: 1, 32, 64> } : (tensor<4x32x64xbf16>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x64xbf16>
    %12 = "stablehlo.dynamic_update_slice"(%arg5, %11, %arg12, %0, %0) : (tensor<4x32x64xbf16>, tensor<1x32x64xbf16>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<4x32x64xbf16>
    %13 = "stablehlo.dynamic_slice"(%arg6, %arg13, %0, %0) { slice_sizes = array<i64: 1, 32, 64> } : (tensor<4x32x64xbf16>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x64xbf16>
    %14 = "stablehlo.dynamic_update_slice"(%arg6, %13, %arg12, %0, %0) : (tensor<4x32x64xbf16>, tensor<1x32x64xbf16>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<4x32x64xbf16>
    %15 = "stablehlo.dynamic_slice"(%arg7, %arg13, %0, %0) { slice_sizes = array<i64: 1, 32, 64> } : (tensor<4x32x64xbf16>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x64xbf16>
    %16 = "stablehlo.dynamic_update_slice"(%arg7, %15, %arg12, %0, %0) : (tensor<4x32x64xbf16>, tensor<1x32x64xbf16>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<4x32x64xbf16>
    %17 = "stablehlo.dynamic_slice"(%arg8, %arg13, %0, %0) { slice_sizes = array<i64: 1, 32, 64> } : (tensor<4x32x64xbf16>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x64xbf16>
    %18 = "stablehlo.dynamic_update_slice"(%arg8, %17, %arg12, %0, %0) : (tensor<4x32x64xbf16>, tensor<1x32x64xbf16>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<4x32x64xbf16>
    %19 = "stablehlo.dynamic_slice"(%arg9, %arg13, %0, %0) { slice_sizes = array<i64: 1, 32, 64> } : (tensor<4x32x64xbf16>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x64xbf16>
    %20 = "stablehlo.dynamic_update_slice"(%arg9, %19, %arg12, %0, %0) : (tensor<4x32x64xbf16>, tensor<1x32x64xbf16>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<4x32x64xbf16>
    %21 = "stablehlo.dynamic_slice"(%arg10, %arg13, %0, %0) { slice_sizes = array<i64: 1, 32, 64> } : (tensor<4x32x64xbf16>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x64xbf16>
    %22 = "stablehlo.dynamic_update_slice"(%arg10, %21, %arg12, %0, %0) : (tensor<4x32x64xbf16>, tensor<1x32x64xbf16>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<4x32x64xbf16>
    %23 = "stablehlo.dynamic_slice"(%arg11, %arg13, %0, %0) { slice_sizes = array<i64: 1, 32, 64> } : (tensor<4x32x64xbf16>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x64xbf16>
    %24 = "stablehlo.dynamic_update_slice"(%arg11, %23, %arg12, %0, %0) : (tensor<4x32x64xbf16>, tensor<1x32x64xbf16>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<4x32x64xbf16>
    "stablehlo.return"(%2, %4, %6, %8, %10, %12, %14, %16, %18, %20, %22, %24) : (tensor<4x32x64xbf16>, tensor<4x32x64xbf16>, tensor<4x32x64xbf16>, tensor<4x32x64xbf16>, tensor<4x32x64xbf16>, tensor<4x32x64xbf16>, tensor<4x32x64xbf16>, tensor<4x32x64xbf16>, tensor<4x32x64xbf16>, tensor<4x32x64xbf16>, tensor<4x32x64xbf16>, tensor<4x32x64xbf16>) -> ()
  }
}
