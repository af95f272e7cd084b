module @copy_prefix {
  func.func @main(%arg0: tensor<4x32x32xbf16> { tf.aliasing_output = 0 : i32 }, %arg1: tensor<4x32x32xbf16> { tf.aliasing_output = 1 : i32 }, %arg2: tensor<4x32x32xbf16> { tf.aliasing_output = 2 : i32 }, %arg3: tensor<4x32x32xbf16> { tf.aliasing_output = 3 : i32 }, %arg4: tensor<i32>, %arg5: tensor<i32>) -> (tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>) {
    %0 = "stablehlo.constant"() { value = dense<0> : tensor<i32> } : () -> tensor<i32>
    %1 = "stablehlo.dynamic_slice"(%arg0, %arg5, %0, %0) { slice_sizes = array<i64: 1, 32, 32> } : (tensor<4x32x32xbf16>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x32xbf16>
    %2 = "stablehlo.dynamic_update_slice"(%arg0, %1, %arg4, %0, %0) : (tensor<4x32x32xbf16>, tensor<1x32x32xbf16>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<4x32x32xbf16>
    %3 = "stablehlo.dynamic_slice"(%arg1, %arg5, %0, %0) { slice_sizes = array<i64: 1, 32, 32> } : (tensor<4x32x32xbf16>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x32xbf16>
    %4 = "stablehlo.dynamic_update_slice"(%arg1, %3, %arg4, %0, %0) : (tensor<4x32x32xbf16>, tensor<1x32x32xbf16>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<4x32x32xbf16>
    %5 = "stablehlo.dynamic_slice"(%arg2, %arg5, %0, %0) { slice_sizes = array<i64: 1, 32, 32> } : (tensor<4x32x32xbf16>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x32xbf16>
    %6 = "stablehlo.dynamic_update_slice"(%arg2, %5, %arg4, %0, %0) : (tensor<4x32x32xbf16>, tensor<1x32x32xbf16>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<4x32x32xbf16>
    %7 = "stablehlo.dynamic_slice"(%arg3, %arg5, %0, %0) { slice_sizes = array<i64: 1, 32, 32> } : (tensor<4x32x32xbf16>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x32xbf16>
    %8 = "stablehlo.dynamic_update_slice"(%arg3, %7, %arg4, %0, %0) : (tensor<4x32x32xbf16>, tensor<1x32x32xbf16>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<4x32x32xbf16>
    "stablehlo.return"(%2, %4, %6, %8) : (tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>) -> ()
  }
}
