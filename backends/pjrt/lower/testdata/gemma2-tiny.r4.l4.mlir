module @step_r4_l4_t4 {
  func.func @main(%arg0: tensor<512x64xbf16>, %arg1: tensor<64xbf16>, %arg2: tensor<64x64xbf16>, %arg3: tensor<32x64xbf16>, %arg4: tensor<32x64xbf16>, %arg5: tensor<64x64xbf16>, %arg6: tensor<64xbf16>, %arg7: tensor<64xbf16>, %arg8: tensor<64x64xbf16>, %arg9: tensor<64x64xbf16>, %arg10: tensor<64x64xbf16>, %arg11: tensor<64xbf16>, %arg12: tensor<64xbf16>, %arg13: tensor<64x64xbf16>, %arg14: tensor<32x64xbf16>, %arg15: tensor<32x64xbf16>, %arg16: tensor<64x64xbf16>, %arg17: tensor<64xbf16>, %arg18: tensor<64xbf16>, %arg19: tensor<64x64xbf16>, %arg20: tensor<64x64xbf16>, %arg21: tensor<64x64xbf16>, %arg22: tensor<64xbf16>, %arg23: tensor<64xbf16>, %arg24: tensor<64x64xbf16>, %arg25: tensor<32x64xbf16>, %arg26: tensor<32x64xbf16>, %arg27: tensor<64x64xbf16>, %arg28: tensor<64xbf16>, %arg29: tensor<64xbf16>, %arg30: tensor<64x64xbf16>, %arg31: tensor<64x64xbf16>, %arg32: tensor<64x64xbf16>, %arg33: tensor<64xbf16>, %arg34: tensor<64xbf16>, %arg35: tensor<64x64xbf16>, %arg36: tensor<32x64xbf16>, %arg37: tensor<32x64xbf16>, %arg38: tensor<64x64xbf16>, %arg39: tensor<64xbf16>, %arg40: tensor<64xbf16>, %arg41: tensor<64x64xbf16>, %arg42: tensor<64x64xbf16>, %arg43: tensor<64x64xbf16>, %arg44: tensor<64xbf16>, %arg45: tensor<64xbf16>, %arg46: tensor<64x64xbf16>, %arg47: tensor<32x64xbf16>, %arg48: tensor<32x64xbf16>, %arg49: tensor<64x64xbf16>, %arg50: tensor<64xbf16>, %arg51: tensor<64xbf16>, %arg52: tensor<64x64xbf16>, %arg53: tensor<64x64xbf16>, %arg54: tensor<64x64xbf16>, %arg55: tensor<64xbf16>, %arg56: tensor<64xbf16>, %arg57: tensor<64x64xbf16>, %arg58: tensor<32x64xbf16>, %arg59: tensor<32x64xbf16>, %arg60: tensor<64x64xbf16>, %arg61: tensor<64xbf16>, %arg62: tensor<64xbf16>, %arg63: tensor<64x64xbf16>, %arg64: tensor<64x64xbf16>, %arg65: tensor<64x64xbf16>, %arg66: tensor<64xbf16>, %arg67: tensor<64xbf16>, %arg68: tensor<64x64xbf16>, %arg69: tensor<32x64xbf16>, %arg70: tensor<32x64xbf16>, %arg71: tensor<64x64xbf16>, %arg72: tensor<64xbf16>, %arg73: tensor<64xbf16>, %arg74: tensor<64x64xbf16>, %arg75: tensor<64x64xbf16>, %arg76: tensor<64x64xbf16>, %arg77: tensor<64xbf16>, %arg78: tensor<64xbf16>, %arg79: tensor<64x64xbf16>, %arg80: tensor<32x64xbf16>, %arg81: tensor<32x64xbf16>, %arg82: tensor<64x64xbf16>, %arg83: tensor<64xbf16>, %arg84: tensor<64xbf16>, %arg85: tensor<64x64xbf16>, %arg86: tensor<64x64xbf16>, %arg87: tensor<64x64xbf16>, %arg88: tensor<64xbf16>, %arg89: tensor<64xbf16>, %arg90: tensor<64x64xbf16>, %arg91: tensor<32x64xbf16>, %arg92: tensor<32x64xbf16>, %arg93: tensor<64x64xbf16>, %arg94: tensor<64xbf16>, %arg95: tensor<64xbf16>, %arg96: tensor<64x64xbf16>, %arg97: tensor<64x64xbf16>, %arg98: tensor<64x64xbf16>, %arg99: tensor<64xbf16>, %arg100: tensor<64xbf16>, %arg101: tensor<64x64xbf16>, %arg102: tensor<32x64xbf16>, %arg103: tensor<32x64xbf16>, %arg104: tensor<64x64xbf16>, %arg105: tensor<64xbf16>, %arg106: tensor<64xbf16>, %arg107: tensor<64x64xbf16>, %arg108: tensor<64x64xbf16>, %arg109: tensor<64x64xbf16>, %arg110: tensor<64xbf16>, %arg111: tensor<64xbf16>, %arg112: tensor<64x64xbf16>, %arg113: tensor<32x64xbf16>, %arg114: tensor<32x64xbf16>, %arg115: tensor<64x64xbf16>, %arg116: tensor<64xbf16>, %arg117: tensor<64xbf16>, %arg118: tensor<64x64xbf16>, %arg119: tensor<64x64xbf16>, %arg120: tensor<64x64xbf16>, %arg121: tensor<64xbf16>, %arg122: tensor<64xbf16>, %arg123: tensor<64x64xbf16>, %arg124: tensor<32x64xbf16>, %arg125: tensor<32x64xbf16>, %arg126: tensor<64x64xbf16>, %arg127: tensor<64xbf16>, %arg128: tensor<64xbf16>, %arg129: tensor<64x64xbf16>, %arg130: tensor<64x64xbf16>, %arg131: tensor<64x64xbf16>, %arg132: tensor<64xbf16>, %arg133: tensor<64xbf16>, %arg134: tensor<64x64xbf16>, %arg135: tensor<32x64xbf16>, %arg136: tensor<32x64xbf16>, %arg137: tensor<64x64xbf16>, %arg138: tensor<64xbf16>, %arg139: tensor<64xbf16>, %arg140: tensor<64x64xbf16>, %arg141: tensor<64x64xbf16>, %arg142: tensor<64x64xbf16>, %arg143: tensor<64xbf16>, %arg144: tensor<64xbf16>, %arg145: tensor<64x64xbf16>, %arg146: tensor<32x64xbf16>, %arg147: tensor<32x64xbf16>, %arg148: tensor<64x64xbf16>, %arg149: tensor<64xbf16>, %arg150: tensor<64xbf16>, %arg151: tensor<64x64xbf16>, %arg152: tensor<64x64xbf16>, %arg153: tensor<64x64xbf16>, %arg154: tensor<64xbf16>, %arg155: tensor<64xbf16>, %arg156: tensor<64x64xbf16>, %arg157: tensor<32x64xbf16>, %arg158: tensor<32x64xbf16>, %arg159: tensor<64x64xbf16>, %arg160: tensor<64xbf16>, %arg161: tensor<64xbf16>, %arg162: tensor<64x64xbf16>, %arg163: tensor<64x64xbf16>, %arg164: tensor<64x64xbf16>, %arg165: tensor<64xbf16>, %arg166: tensor<64xbf16>, %arg167: tensor<64x64xbf16>, %arg168: tensor<32x64xbf16>, %arg169: tensor<32x64xbf16>, %arg170: tensor<64x64xbf16>, %arg171: tensor<64xbf16>, %arg172: tensor<64xbf16>, %arg173: tensor<64x64xbf16>, %arg174: tensor<64x64xbf16>, %arg175: tensor<64x64xbf16>, %arg176: tensor<64xbf16>, %arg177: tensor<64xbf16>, %arg178: tensor<64x64xbf16>, %arg179: tensor<32x64xbf16>, %arg180: tensor<32x64xbf16>, %arg181: tensor<64x64xbf16>, %arg182: tensor<64xbf16>, %arg183: tensor<64xbf16>, %arg184: tensor<64x64xbf16>, %arg185: tensor<64x64xbf16>, %arg186: tensor<64x64xbf16>, %arg187: tensor<64xbf16>, %arg188: tensor<64xbf16>, %arg189: tensor<64x64xbf16>, %arg190: tensor<32x64xbf16>, %arg191: tensor<32x64xbf16>, %arg192: tensor<64x64xbf16>, %arg193: tensor<64xbf16>, %arg194: tensor<64xbf16>, %arg195: tensor<64x64xbf16>, %arg196: tensor<64x64xbf16>, %arg197: tensor<64x64xbf16>, %arg198: tensor<64xbf16>, %arg199: tensor<64xbf16>, %arg200: tensor<64x64xbf16>, %arg201: tensor<32x64xbf16>, %arg202: tensor<32x64xbf16>, %arg203: tensor<64x64xbf16>, %arg204: tensor<64xbf16>, %arg205: tensor<64xbf16>, %arg206: tensor<64x64xbf16>, %arg207: tensor<64x64xbf16>, %arg208: tensor<64x64xbf16>, %arg209: tensor<64xbf16>, %arg210: tensor<64xbf16>, %arg211: tensor<64x64xbf16>, %arg212: tensor<32x64xbf16>, %arg213: tensor<32x64xbf16>, %arg214: tensor<64x64xbf16>, %arg215: tensor<64xbf16>, %arg216: tensor<64xbf16>, %arg217: tensor<64x64xbf16>, %arg218: tensor<64x64xbf16>, %arg219: tensor<64x64xbf16>, %arg220: tensor<64xbf16>, %arg221: tensor<64xbf16>, %arg222: tensor<64x64xbf16>, %arg223: tensor<32x64xbf16>, %arg224: tensor<32x64xbf16>, %arg225: tensor<64x64xbf16>, %arg226: tensor<64xbf16>, %arg227: tensor<64xbf16>, %arg228: tensor<64x64xbf16>, %arg229: tensor<64x64xbf16>, %arg230: tensor<64x64xbf16>, %arg231: tensor<64xbf16>, %arg232: tensor<64xbf16>, %arg233: tensor<64x64xbf16>, %arg234: tensor<32x64xbf16>, %arg235: tensor<32x64xbf16>, %arg236: tensor<64x64xbf16>, %arg237: tensor<64xbf16>, %arg238: tensor<64xbf16>, %arg239: tensor<64x64xbf16>, %arg240: tensor<64x64xbf16>, %arg241: tensor<64x64xbf16>, %arg242: tensor<64xbf16>, %arg243: tensor<64xbf16>, %arg244: tensor<64x64xbf16>, %arg245: tensor<32x64xbf16>, %arg246: tensor<32x64xbf16>, %arg247: tensor<64x64xbf16>, %arg248: tensor<64xbf16>, %arg249: tensor<64xbf16>, %arg250: tensor<64x64xbf16>, %arg251: tensor<64x64xbf16>, %arg252: tensor<64x64xbf16>, %arg253: tensor<64xbf16>, %arg254: tensor<64xbf16>, %arg255: tensor<64x64xbf16>, %arg256: tensor<32x64xbf16>, %arg257: tensor<32x64xbf16>, %arg258: tensor<64x64xbf16>, %arg259: tensor<64xbf16>, %arg260: tensor<64xbf16>, %arg261: tensor<64x64xbf16>, %arg262: tensor<64x64xbf16>, %arg263: tensor<64x64xbf16>, %arg264: tensor<64xbf16>, %arg265: tensor<64xbf16>, %arg266: tensor<64x64xbf16>, %arg267: tensor<32x64xbf16>, %arg268: tensor<32x64xbf16>, %arg269: tensor<64x64xbf16>, %arg270: tensor<64xbf16>, %arg271: tensor<64xbf16>, %arg272: tensor<64x64xbf16>, %arg273: tensor<64x64xbf16>, %arg274: tensor<64x64xbf16>, %arg275: tensor<64xbf16>, %arg276: tensor<64xbf16>, %arg277: tensor<64x64xbf16>, %arg278: tensor<32x64xbf16>, %arg279: tensor<32x64xbf16>, %arg280: tensor<64x64xbf16>, %arg281: tensor<64xbf16>, %arg282: tensor<64xbf16>, %arg283: tensor<64x64xbf16>, %arg284: tensor<64x64xbf16>, %arg285: tensor<64x64xbf16>, %arg286: tensor<64xbf16>, %arg287: tensor<64xbf16>, %arg288: tensor<32x16xf32>, %arg289: tensor<4x32x32xbf16> { tf.aliasing_output = 0 : i32 }, %arg290: tensor<4x32x32xbf16> { tf.aliasing_output = 1 : i32 }, %arg291: tensor<4x32x32xbf16> { tf.aliasing_output = 2 : i32 }, %arg292: tensor<4x32x32xbf16> { tf.aliasing_output = 3 : i32 }, %arg293: tensor<4x32x32xbf16> { tf.aliasing_output = 4 : i32 }, %arg294: tensor<4x32x32xbf16> { tf.aliasing_output = 5 : i32 }, %arg295: tensor<4x32x32xbf16> { tf.aliasing_output = 6 : i32 }, %arg296: tensor<4x32x32xbf16> { tf.aliasing_output = 7 : i32 }, %arg297: tensor<4x32x32xbf16> { tf.aliasing_output = 8 : i32 }, %arg298: tensor<4x32x32xbf16> { tf.aliasing_output = 9 : i32 }, %arg299: tensor<4x32x32xbf16> { tf.aliasing_output = 10 : i32 }, %arg300: tensor<4x32x32xbf16> { tf.aliasing_output = 11 : i32 }, %arg301: tensor<4x32x32xbf16> { tf.aliasing_output = 12 : i32 }, %arg302: tensor<4x32x32xbf16> { tf.aliasing_output = 13 : i32 }, %arg303: tensor<4x32x32xbf16> { tf.aliasing_output = 14 : i32 }, %arg304: tensor<4x32x32xbf16> { tf.aliasing_output = 15 : i32 }, %arg305: tensor<4x32x32xbf16> { tf.aliasing_output = 16 : i32 }, %arg306: tensor<4x32x32xbf16> { tf.aliasing_output = 17 : i32 }, %arg307: tensor<4x32x32xbf16> { tf.aliasing_output = 18 : i32 }, %arg308: tensor<4x32x32xbf16> { tf.aliasing_output = 19 : i32 }, %arg309: tensor<4x32x32xbf16> { tf.aliasing_output = 20 : i32 }, %arg310: tensor<4x32x32xbf16> { tf.aliasing_output = 21 : i32 }, %arg311: tensor<4x32x32xbf16> { tf.aliasing_output = 22 : i32 }, %arg312: tensor<4x32x32xbf16> { tf.aliasing_output = 23 : i32 }, %arg313: tensor<4x32x32xbf16> { tf.aliasing_output = 24 : i32 }, %arg314: tensor<4x32x32xbf16> { tf.aliasing_output = 25 : i32 }, %arg315: tensor<4x32x32xbf16> { tf.aliasing_output = 26 : i32 }, %arg316: tensor<4x32x32xbf16> { tf.aliasing_output = 27 : i32 }, %arg317: tensor<4x32x32xbf16> { tf.aliasing_output = 28 : i32 }, %arg318: tensor<4x32x32xbf16> { tf.aliasing_output = 29 : i32 }, %arg319: tensor<4x32x32xbf16> { tf.aliasing_output = 30 : i32 }, %arg320: tensor<4x32x32xbf16> { tf.aliasing_output = 31 : i32 }, %arg321: tensor<4x32x32xbf16> { tf.aliasing_output = 32 : i32 }, %arg322: tensor<4x32x32xbf16> { tf.aliasing_output = 33 : i32 }, %arg323: tensor<4x32x32xbf16> { tf.aliasing_output = 34 : i32 }, %arg324: tensor<4x32x32xbf16> { tf.aliasing_output = 35 : i32 }, %arg325: tensor<4x32x32xbf16> { tf.aliasing_output = 36 : i32 }, %arg326: tensor<4x32x32xbf16> { tf.aliasing_output = 37 : i32 }, %arg327: tensor<4x32x32xbf16> { tf.aliasing_output = 38 : i32 }, %arg328: tensor<4x32x32xbf16> { tf.aliasing_output = 39 : i32 }, %arg329: tensor<4x32x32xbf16> { tf.aliasing_output = 40 : i32 }, %arg330: tensor<4x32x32xbf16> { tf.aliasing_output = 41 : i32 }, %arg331: tensor<4x32x32xbf16> { tf.aliasing_output = 42 : i32 }, %arg332: tensor<4x32x32xbf16> { tf.aliasing_output = 43 : i32 }, %arg333: tensor<4x32x32xbf16> { tf.aliasing_output = 44 : i32 }, %arg334: tensor<4x32x32xbf16> { tf.aliasing_output = 45 : i32 }, %arg335: tensor<4x32x32xbf16> { tf.aliasing_output = 46 : i32 }, %arg336: tensor<4x32x32xbf16> { tf.aliasing_output = 47 : i32 }, %arg337: tensor<4x32x32xbf16> { tf.aliasing_output = 48 : i32 }, %arg338: tensor<4x32x32xbf16> { tf.aliasing_output = 49 : i32 }, %arg339: tensor<4x32x32xbf16> { tf.aliasing_output = 50 : i32 }, %arg340: tensor<4x32x32xbf16> { tf.aliasing_output = 51 : i32 }, %arg341: tensor<4xi32>, %arg342: tensor<4xi32>, %arg343: tensor<4xi32>, %arg344: tensor<4xi32>, %arg345: tensor<4xi32>, %arg346: tensor<4xi32>) -> (tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x512xf32>, tensor<4xi32>, tensor<4xf32>, tensor<4xi32>) {
    %0 = "stablehlo.reshape"(%arg343) : (tensor<4xi32>) -> tensor<4x1xi32>
    %1 = "stablehlo.reshape"(%arg342) : (tensor<4xi32>) -> tensor<4x1xi32>
    %2 = "stablehlo.concatenate"(%0, %1) { dimension = 1 : i64 } : (tensor<4x1xi32>, tensor<4x1xi32>) -> tensor<4x2xi32>
    %3 = "stablehlo.reshape"(%arg341) : (tensor<4xi32>) -> tensor<4x1xi32>
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
    } : (tensor<512x64xbf16>, tensor<4x1xi32>) -> tensor<4x64xbf16>
    %5 = "stablehlo.convert"(%4) : (tensor<4x64xbf16>) -> tensor<4x64xf32>
    %6 = "stablehlo.constant"() { value = dense<8.0> : tensor<f32> } : () -> tensor<f32>
    %7 = "stablehlo.broadcast_in_dim"(%6) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %8 = "stablehlo.multiply"(%5, %7) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %9 = "stablehlo.reshape"(%8) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %10 = "stablehlo.multiply"(%9, %9) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %11 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %13 = "stablehlo.reduce"(%10, %11) ({
      ^reductionFn(%arg347: tensor<f32>, %arg348: tensor<f32>) :
          %12 = "stablehlo.add"(%arg347, %arg348) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%12) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %14 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %15 = "stablehlo.broadcast_in_dim"(%14) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %16 = "stablehlo.multiply"(%13, %15) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %17 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %18 = "stablehlo.broadcast_in_dim"(%17) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %19 = "stablehlo.add"(%16, %18) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %20 = "stablehlo.rsqrt"(%19) : (tensor<4xf32>) -> tensor<4xf32>
    %21 = "stablehlo.convert"(%arg1) : (tensor<64xbf16>) -> tensor<64xf32>
    %22 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %23 = "stablehlo.broadcast_in_dim"(%22) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %24 = "stablehlo.add"(%21, %23) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %25 = "stablehlo.broadcast_in_dim"(%20) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %26 = "stablehlo.multiply"(%9, %25) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %27 = "stablehlo.broadcast_in_dim"(%24) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %28 = "stablehlo.multiply"(%26, %27) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %29 = "stablehlo.reshape"(%28) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %30 = "stablehlo.convert"(%arg2) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %31 = "stablehlo.dot_general"(%29, %30) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %32 = "stablehlo.convert"(%arg3) : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %33 = "stablehlo.dot_general"(%29, %32) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<32x64xf32>) -> tensor<4x32xf32>
    %34 = "stablehlo.convert"(%arg4) : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %35 = "stablehlo.dot_general"(%29, %34) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<32x64xf32>) -> tensor<4x32xf32>
    %36 = "stablehlo.reshape"(%arg342) : (tensor<4xi32>) -> tensor<4x1xi32>
    %37 = "stablehlo.gather"(%arg288, %36) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [1],
  collapsed_slice_dims = [0],
  operand_batching_dims = [],
  start_indices_batching_dims = [],
  start_index_map = [0],
  index_vector_dim = 1>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1, 16>
    } : (tensor<32x16xf32>, tensor<4x1xi32>) -> tensor<4x16xf32>
    %38 = "stablehlo.slice"(%37) {
      limit_indices = array<i64: 4, 8>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %39 = "stablehlo.broadcast_in_dim"(%38) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x4x8xf32>
    %40 = "stablehlo.slice"(%37) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 8>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %41 = "stablehlo.broadcast_in_dim"(%40) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x4x8xf32>
    %42 = "stablehlo.reshape"(%31) : (tensor<4x64xf32>) -> tensor<4x4x16xf32>
    %43 = "stablehlo.slice"(%42) {
      limit_indices = array<i64: 4, 4, 8>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x16xf32>) -> tensor<4x4x8xf32>
    %44 = "stablehlo.slice"(%42) {
      limit_indices = array<i64: 4, 4, 16>,
      start_indices = array<i64: 0, 0, 8>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x16xf32>) -> tensor<4x4x8xf32>
    %45 = "stablehlo.multiply"(%43, %39) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %46 = "stablehlo.multiply"(%44, %41) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %47 = "stablehlo.subtract"(%45, %46) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %48 = "stablehlo.multiply"(%44, %39) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %49 = "stablehlo.multiply"(%43, %41) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %50 = "stablehlo.add"(%48, %49) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %51 = "stablehlo.concatenate"(%47, %50) { dimension = 2 : i64 } : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x16xf32>
    %52 = "stablehlo.reshape"(%51) : (tensor<4x4x16xf32>) -> tensor<4x64xf32>
    %53 = "stablehlo.reshape"(%arg342) : (tensor<4xi32>) -> tensor<4x1xi32>
    %54 = "stablehlo.gather"(%arg288, %53) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [1],
  collapsed_slice_dims = [0],
  operand_batching_dims = [],
  start_indices_batching_dims = [],
  start_index_map = [0],
  index_vector_dim = 1>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1, 16>
    } : (tensor<32x16xf32>, tensor<4x1xi32>) -> tensor<4x16xf32>
    %55 = "stablehlo.slice"(%54) {
      limit_indices = array<i64: 4, 8>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %56 = "stablehlo.broadcast_in_dim"(%55) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %57 = "stablehlo.slice"(%54) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 8>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %58 = "stablehlo.broadcast_in_dim"(%57) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %59 = "stablehlo.reshape"(%33) : (tensor<4x32xf32>) -> tensor<4x2x16xf32>
    %60 = "stablehlo.slice"(%59) {
      limit_indices = array<i64: 4, 2, 8>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x2x16xf32>) -> tensor<4x2x8xf32>
    %61 = "stablehlo.slice"(%59) {
      limit_indices = array<i64: 4, 2, 16>,
      start_indices = array<i64: 0, 0, 8>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x2x16xf32>) -> tensor<4x2x8xf32>
    %62 = "stablehlo.multiply"(%60, %56) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %63 = "stablehlo.multiply"(%61, %58) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %64 = "stablehlo.subtract"(%62, %63) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %65 = "stablehlo.multiply"(%61, %56) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %66 = "stablehlo.multiply"(%60, %58) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %67 = "stablehlo.add"(%65, %66) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %68 = "stablehlo.concatenate"(%64, %67) { dimension = 2 : i64 } : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x16xf32>
    %69 = "stablehlo.reshape"(%68) : (tensor<4x2x16xf32>) -> tensor<4x32xf32>
    %70 = "stablehlo.convert"(%69) : (tensor<4x32xf32>) -> tensor<4x32xbf16>
    %71 = "stablehlo.scatter"(%arg289, %2, %70) ({
      ^updateFn(%arg349: tensor<bf16>, %arg350: tensor<bf16>) :
          "stablehlo.return"(%arg350) : (tensor<bf16>) -> ()
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
    %73 = "stablehlo.scatter"(%arg290, %2, %72) ({
      ^updateFn(%arg351: tensor<bf16>, %arg352: tensor<bf16>) :
          "stablehlo.return"(%arg352) : (tensor<bf16>) -> ()
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
    %75 = "stablehlo.reshape"(%74) : (tensor<4x32x32xf32>) -> tensor<128x2x16xf32>
    %76 = "stablehlo.convert"(%73) : (tensor<4x32x32xbf16>) -> tensor<4x32x32xf32>
    %77 = "stablehlo.reshape"(%76) : (tensor<4x32x32xf32>) -> tensor<128x2x16xf32>
    %78 = "stablehlo.reshape"(%52) : (tensor<4x64xf32>) -> tensor<4x2x2x16xf32>
    %79 = "stablehlo.dot_general"(%78, %75) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [1],
  rhs_batching_dimensions = [1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [2]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x2x2x16xf32>, tensor<128x2x16xf32>) -> tensor<2x4x2x128xf32>
    %80 = "stablehlo.constant"() { value = dense<0.25> : tensor<f32> } : () -> tensor<f32>
    %81 = "stablehlo.broadcast_in_dim"(%80) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x4x2x128xf32>
    %82 = "stablehlo.multiply"(%79, %81) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %83 = "stablehlo.constant"() { value = dense<0.20000000298023224> : tensor<f32> } : () -> tensor<f32>
    %84 = "stablehlo.broadcast_in_dim"(%83) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x4x2x128xf32>
    %85 = "stablehlo.multiply"(%82, %84) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %86 = "stablehlo.tanh"(%85) : (tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %87 = "stablehlo.constant"() { value = dense<5.0> : tensor<f32> } : () -> tensor<f32>
    %88 = "stablehlo.broadcast_in_dim"(%87) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x4x2x128xf32>
    %89 = "stablehlo.multiply"(%86, %88) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %90 = "stablehlo.iota"() { iota_dimension = 1 : i64 } : () -> tensor<4x4x32xi32>
    %91 = "stablehlo.iota"() { iota_dimension = 2 : i64 } : () -> tensor<4x4x32xi32>
    %92 = "stablehlo.broadcast_in_dim"(%arg343) { broadcast_dimensions = array<i64: 0> } : (tensor<4xi32>) -> tensor<4x4x32xi32>
    %93 = "stablehlo.broadcast_in_dim"(%arg342) { broadcast_dimensions = array<i64: 0> } : (tensor<4xi32>) -> tensor<4x4x32xi32>
    %94 = "stablehlo.compare"(%90, %92) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<4x4x32xi32>, tensor<4x4x32xi32>) -> tensor<4x4x32xi1>
    %95 = "stablehlo.compare"(%91, %93) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction LE>
    } : (tensor<4x4x32xi32>, tensor<4x4x32xi32>) -> tensor<4x4x32xi1>
    %96 = "stablehlo.and"(%94, %95) : (tensor<4x4x32xi1>, tensor<4x4x32xi1>) -> tensor<4x4x32xi1>
    %97 = "stablehlo.constant"() { value = dense<4> : tensor<i32> } : () -> tensor<i32>
    %98 = "stablehlo.broadcast_in_dim"(%97) { broadcast_dimensions = array<i64> } : (tensor<i32>) -> tensor<4x4x32xi32>
    %99 = "stablehlo.subtract"(%93, %98) : (tensor<4x4x32xi32>, tensor<4x4x32xi32>) -> tensor<4x4x32xi32>
    %100 = "stablehlo.compare"(%91, %99) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction GT>
    } : (tensor<4x4x32xi32>, tensor<4x4x32xi32>) -> tensor<4x4x32xi1>
    %101 = "stablehlo.and"(%96, %100) : (tensor<4x4x32xi1>, tensor<4x4x32xi1>) -> tensor<4x4x32xi1>
    %102 = "stablehlo.reshape"(%101) : (tensor<4x4x32xi1>) -> tensor<4x128xi1>
    %103 = "stablehlo.broadcast_in_dim"(%102) { broadcast_dimensions = array<i64: 1, 3> } : (tensor<4x128xi1>) -> tensor<2x4x2x128xi1>
    %104 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %105 = "stablehlo.broadcast_in_dim"(%104) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x4x2x128xf32>
    %106 = "stablehlo.select"(%103, %89, %105) : (tensor<2x4x2x128xi1>, tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %107 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %109 = "stablehlo.reduce"(%106, %107) ({
      ^reductionFn(%arg353: tensor<f32>, %arg354: tensor<f32>) :
          %108 = "stablehlo.maximum"(%arg353, %arg354) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%108) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x4x2x128xf32>, tensor<f32>) -> tensor<2x4x2xf32>
    %110 = "stablehlo.broadcast_in_dim"(%109) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x4x2xf32>) -> tensor<2x4x2x128xf32>
    %111 = "stablehlo.subtract"(%106, %110) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %112 = "stablehlo.exponential"(%111) : (tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %113 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %115 = "stablehlo.reduce"(%112, %113) ({
      ^reductionFn(%arg355: tensor<f32>, %arg356: tensor<f32>) :
          %114 = "stablehlo.add"(%arg355, %arg356) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%114) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x4x2x128xf32>, tensor<f32>) -> tensor<2x4x2xf32>
    %116 = "stablehlo.broadcast_in_dim"(%115) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x4x2xf32>) -> tensor<2x4x2x128xf32>
    %117 = "stablehlo.divide"(%112, %116) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %118 = "stablehlo.dot_general"(%117, %77) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0],
  rhs_batching_dimensions = [1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [0]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<2x4x2x128xf32>, tensor<128x2x16xf32>) -> tensor<2x4x2x16xf32>
    %119 = "stablehlo.transpose"(%118) { permutation = array<i64: 1, 0, 2, 3> } : (tensor<2x4x2x16xf32>) -> tensor<4x2x2x16xf32>
    %120 = "stablehlo.reshape"(%119) : (tensor<4x2x2x16xf32>) -> tensor<4x64xf32>
    %121 = "stablehlo.convert"(%arg5) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %122 = "stablehlo.dot_general"(%120, %121) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %123 = "stablehlo.reshape"(%122) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %124 = "stablehlo.multiply"(%123, %123) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %125 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %127 = "stablehlo.reduce"(%124, %125) ({
      ^reductionFn(%arg357: tensor<f32>, %arg358: tensor<f32>) :
          %126 = "stablehlo.add"(%arg357, %arg358) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%126) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %128 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %129 = "stablehlo.broadcast_in_dim"(%128) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %130 = "stablehlo.multiply"(%127, %129) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %131 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %132 = "stablehlo.broadcast_in_dim"(%131) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %133 = "stablehlo.add"(%130, %132) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %134 = "stablehlo.rsqrt"(%133) : (tensor<4xf32>) -> tensor<4xf32>
    %135 = "stablehlo.convert"(%arg6) : (tensor<64xbf16>) -> tensor<64xf32>
    %136 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %137 = "stablehlo.broadcast_in_dim"(%136) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %138 = "stablehlo.add"(%135, %137) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %139 = "stablehlo.broadcast_in_dim"(%134) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %140 = "stablehlo.multiply"(%123, %139) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %141 = "stablehlo.broadcast_in_dim"(%138) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %142 = "stablehlo.multiply"(%140, %141) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %143 = "stablehlo.reshape"(%142) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %144 = "stablehlo.add"(%8, %143) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %145 = "stablehlo.reshape"(%144) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %146 = "stablehlo.multiply"(%145, %145) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %147 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %149 = "stablehlo.reduce"(%146, %147) ({
      ^reductionFn(%arg359: tensor<f32>, %arg360: tensor<f32>) :
          %148 = "stablehlo.add"(%arg359, %arg360) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%148) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %150 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %151 = "stablehlo.broadcast_in_dim"(%150) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %152 = "stablehlo.multiply"(%149, %151) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %153 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %154 = "stablehlo.broadcast_in_dim"(%153) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %155 = "stablehlo.add"(%152, %154) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %156 = "stablehlo.rsqrt"(%155) : (tensor<4xf32>) -> tensor<4xf32>
    %157 = "stablehlo.convert"(%arg7) : (tensor<64xbf16>) -> tensor<64xf32>
    %158 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %159 = "stablehlo.broadcast_in_dim"(%158) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %160 = "stablehlo.add"(%157, %159) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %161 = "stablehlo.broadcast_in_dim"(%156) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %162 = "stablehlo.multiply"(%145, %161) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %163 = "stablehlo.broadcast_in_dim"(%160) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %164 = "stablehlo.multiply"(%162, %163) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %165 = "stablehlo.reshape"(%164) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %166 = "stablehlo.convert"(%arg8) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %167 = "stablehlo.dot_general"(%165, %166) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %168 = "stablehlo.convert"(%arg9) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %169 = "stablehlo.dot_general"(%165, %168) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %170 = "stablehlo.multiply"(%167, %167) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %171 = "stablehlo.multiply"(%170, %167) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %172 = "stablehlo.constant"() { value = dense<0.044714998453855515> : tensor<f32> } : () -> tensor<f32>
    %173 = "stablehlo.broadcast_in_dim"(%172) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %174 = "stablehlo.multiply"(%171, %173) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %175 = "stablehlo.add"(%167, %174) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %176 = "stablehlo.constant"() { value = dense<0.7978845834732056> : tensor<f32> } : () -> tensor<f32>
    %177 = "stablehlo.broadcast_in_dim"(%176) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %178 = "stablehlo.multiply"(%175, %177) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %179 = "stablehlo.constant"() { value = dense<0.5> : tensor<f32> } : () -> tensor<f32>
    %180 = "stablehlo.broadcast_in_dim"(%179) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %181 = "stablehlo.multiply"(%167, %180) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %182 = "stablehlo.tanh"(%178) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %183 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %184 = "stablehlo.broadcast_in_dim"(%183) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %185 = "stablehlo.add"(%182, %184) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %186 = "stablehlo.multiply"(%181, %185) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %187 = "stablehlo.multiply"(%186, %169) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %188 = "stablehlo.convert"(%arg10) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %189 = "stablehlo.dot_general"(%187, %188) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %190 = "stablehlo.reshape"(%189) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %191 = "stablehlo.multiply"(%190, %190) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %192 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %194 = "stablehlo.reduce"(%191, %192) ({
      ^reductionFn(%arg361: tensor<f32>, %arg362: tensor<f32>) :
          %193 = "stablehlo.add"(%arg361, %arg362) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%193) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %195 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %196 = "stablehlo.broadcast_in_dim"(%195) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %197 = "stablehlo.multiply"(%194, %196) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %198 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %199 = "stablehlo.broadcast_in_dim"(%198) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %200 = "stablehlo.add"(%197, %199) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %201 = "stablehlo.rsqrt"(%200) : (tensor<4xf32>) -> tensor<4xf32>
    %202 = "stablehlo.convert"(%arg11) : (tensor<64xbf16>) -> tensor<64xf32>
    %203 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %204 = "stablehlo.broadcast_in_dim"(%203) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %205 = "stablehlo.add"(%202, %204) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %206 = "stablehlo.broadcast_in_dim"(%201) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %207 = "stablehlo.multiply"(%190, %206) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %208 = "stablehlo.broadcast_in_dim"(%205) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %209 = "stablehlo.multiply"(%207, %208) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %210 = "stablehlo.reshape"(%209) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %211 = "stablehlo.add"(%144, %210) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %212 = "stablehlo.reshape"(%211) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %213 = "stablehlo.multiply"(%212, %212) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %214 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %216 = "stablehlo.reduce"(%213, %214) ({
      ^reductionFn(%arg363: tensor<f32>, %arg364: tensor<f32>) :
          %215 = "stablehlo.add"(%arg363, %arg364) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%215) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %217 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %218 = "stablehlo.broadcast_in_dim"(%217) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %219 = "stablehlo.multiply"(%216, %218) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %220 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %221 = "stablehlo.broadcast_in_dim"(%220) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %222 = "stablehlo.add"(%219, %221) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %223 = "stablehlo.rsqrt"(%222) : (tensor<4xf32>) -> tensor<4xf32>
    %224 = "stablehlo.convert"(%arg12) : (tensor<64xbf16>) -> tensor<64xf32>
    %225 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %226 = "stablehlo.broadcast_in_dim"(%225) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %227 = "stablehlo.add"(%224, %226) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %228 = "stablehlo.broadcast_in_dim"(%223) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %229 = "stablehlo.multiply"(%212, %228) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %230 = "stablehlo.broadcast_in_dim"(%227) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %231 = "stablehlo.multiply"(%229, %230) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %232 = "stablehlo.reshape"(%231) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %233 = "stablehlo.convert"(%arg13) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %234 = "stablehlo.dot_general"(%232, %233) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %235 = "stablehlo.convert"(%arg14) : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %236 = "stablehlo.dot_general"(%232, %235) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<32x64xf32>) -> tensor<4x32xf32>
    %237 = "stablehlo.convert"(%arg15) : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %238 = "stablehlo.dot_general"(%232, %237) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<32x64xf32>) -> tensor<4x32xf32>
    %239 = "stablehlo.reshape"(%arg342) : (tensor<4xi32>) -> tensor<4x1xi32>
    %240 = "stablehlo.gather"(%arg288, %239) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [1],
  collapsed_slice_dims = [0],
  operand_batching_dims = [],
  start_indices_batching_dims = [],
  start_index_map = [0],
  index_vector_dim = 1>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1, 16>
    } : (tensor<32x16xf32>, tensor<4x1xi32>) -> tensor<4x16xf32>
    %241 = "stablehlo.slice"(%240) {
      limit_indices = array<i64: 4, 8>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %242 = "stablehlo.broadcast_in_dim"(%241) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x4x8xf32>
    %243 = "stablehlo.slice"(%240) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 8>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %244 = "stablehlo.broadcast_in_dim"(%243) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x4x8xf32>
    %245 = "stablehlo.reshape"(%234) : (tensor<4x64xf32>) -> tensor<4x4x16xf32>
    %246 = "stablehlo.slice"(%245) {
      limit_indices = array<i64: 4, 4, 8>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x16xf32>) -> tensor<4x4x8xf32>
    %247 = "stablehlo.slice"(%245) {
      limit_indices = array<i64: 4, 4, 16>,
      start_indices = array<i64: 0, 0, 8>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x16xf32>) -> tensor<4x4x8xf32>
    %248 = "stablehlo.multiply"(%246, %242) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %249 = "stablehlo.multiply"(%247, %244) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %250 = "stablehlo.subtract"(%248, %249) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %251 = "stablehlo.multiply"(%247, %242) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %252 = "stablehlo.multiply"(%246, %244) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %253 = "stablehlo.add"(%251, %252) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %254 = "stablehlo.concatenate"(%250, %253) { dimension = 2 : i64 } : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x16xf32>
    %255 = "stablehlo.reshape"(%254) : (tensor<4x4x16xf32>) -> tensor<4x64xf32>
    %256 = "stablehlo.reshape"(%arg342) : (tensor<4xi32>) -> tensor<4x1xi32>
    %257 = "stablehlo.gather"(%arg288, %256) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [1],
  collapsed_slice_dims = [0],
  operand_batching_dims = [],
  start_indices_batching_dims = [],
  start_index_map = [0],
  index_vector_dim = 1>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1, 16>
    } : (tensor<32x16xf32>, tensor<4x1xi32>) -> tensor<4x16xf32>
    %258 = "stablehlo.slice"(%257) {
      limit_indices = array<i64: 4, 8>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %259 = "stablehlo.broadcast_in_dim"(%258) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %260 = "stablehlo.slice"(%257) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 8>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %261 = "stablehlo.broadcast_in_dim"(%260) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %262 = "stablehlo.reshape"(%236) : (tensor<4x32xf32>) -> tensor<4x2x16xf32>
    %263 = "stablehlo.slice"(%262) {
      limit_indices = array<i64: 4, 2, 8>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x2x16xf32>) -> tensor<4x2x8xf32>
    %264 = "stablehlo.slice"(%262) {
      limit_indices = array<i64: 4, 2, 16>,
      start_indices = array<i64: 0, 0, 8>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x2x16xf32>) -> tensor<4x2x8xf32>
    %265 = "stablehlo.multiply"(%263, %259) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %266 = "stablehlo.multiply"(%264, %261) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %267 = "stablehlo.subtract"(%265, %266) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %268 = "stablehlo.multiply"(%264, %259) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %269 = "stablehlo.multiply"(%263, %261) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %270 = "stablehlo.add"(%268, %269) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %271 = "stablehlo.concatenate"(%267, %270) { dimension = 2 : i64 } : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x16xf32>
    %272 = "stablehlo.reshape"(%271) : (tensor<4x2x16xf32>) -> tensor<4x32xf32>
    %273 = "stablehlo.convert"(%272) : (tensor<4x32xf32>) -> tensor<4x32xbf16>
    %274 = "stablehlo.scatter"(%arg291, %2, %273) ({
      ^updateFn(%arg365: tensor<bf16>, %arg366: tensor<bf16>) :
          "stablehlo.return"(%arg366) : (tensor<bf16>) -> ()
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
    %275 = "stablehlo.convert"(%238) : (tensor<4x32xf32>) -> tensor<4x32xbf16>
    %276 = "stablehlo.scatter"(%arg292, %2, %275) ({
      ^updateFn(%arg367: tensor<bf16>, %arg368: tensor<bf16>) :
          "stablehlo.return"(%arg368) : (tensor<bf16>) -> ()
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
    %277 = "stablehlo.convert"(%274) : (tensor<4x32x32xbf16>) -> tensor<4x32x32xf32>
    %278 = "stablehlo.reshape"(%277) : (tensor<4x32x32xf32>) -> tensor<128x2x16xf32>
    %279 = "stablehlo.convert"(%276) : (tensor<4x32x32xbf16>) -> tensor<4x32x32xf32>
    %280 = "stablehlo.reshape"(%279) : (tensor<4x32x32xf32>) -> tensor<128x2x16xf32>
    %281 = "stablehlo.reshape"(%255) : (tensor<4x64xf32>) -> tensor<4x2x2x16xf32>
    %282 = "stablehlo.dot_general"(%281, %278) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [1],
  rhs_batching_dimensions = [1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [2]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x2x2x16xf32>, tensor<128x2x16xf32>) -> tensor<2x4x2x128xf32>
    %283 = "stablehlo.constant"() { value = dense<0.25> : tensor<f32> } : () -> tensor<f32>
    %284 = "stablehlo.broadcast_in_dim"(%283) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x4x2x128xf32>
    %285 = "stablehlo.multiply"(%282, %284) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %286 = "stablehlo.constant"() { value = dense<0.20000000298023224> : tensor<f32> } : () -> tensor<f32>
    %287 = "stablehlo.broadcast_in_dim"(%286) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x4x2x128xf32>
    %288 = "stablehlo.multiply"(%285, %287) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %289 = "stablehlo.tanh"(%288) : (tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %290 = "stablehlo.constant"() { value = dense<5.0> : tensor<f32> } : () -> tensor<f32>
    %291 = "stablehlo.broadcast_in_dim"(%290) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x4x2x128xf32>
    %292 = "stablehlo.multiply"(%289, %291) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %293 = "stablehlo.iota"() { iota_dimension = 1 : i64 } : () -> tensor<4x4x32xi32>
    %294 = "stablehlo.iota"() { iota_dimension = 2 : i64 } : () -> tensor<4x4x32xi32>
    %295 = "stablehlo.broadcast_in_dim"(%arg343) { broadcast_dimensions = array<i64: 0> } : (tensor<4xi32>) -> tensor<4x4x32xi32>
    %296 = "stablehlo.broadcast_in_dim"(%arg342) { broadcast_dimensions = array<i64: 0> } : (tensor<4xi32>) -> tensor<4x4x32xi32>
    %297 = "stablehlo.compare"(%293, %295) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<4x4x32xi32>, tensor<4x4x32xi32>) -> tensor<4x4x32xi1>
    %298 = "stablehlo.compare"(%294, %296) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction LE>
    } : (tensor<4x4x32xi32>, tensor<4x4x32xi32>) -> tensor<4x4x32xi1>
    %299 = "stablehlo.and"(%297, %298) : (tensor<4x4x32xi1>, tensor<4x4x32xi1>) -> tensor<4x4x32xi1>
    %300 = "stablehlo.reshape"(%299) : (tensor<4x4x32xi1>) -> tensor<4x128xi1>
    %301 = "stablehlo.broadcast_in_dim"(%300) { broadcast_dimensions = array<i64: 1, 3> } : (tensor<4x128xi1>) -> tensor<2x4x2x128xi1>
    %302 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %303 = "stablehlo.broadcast_in_dim"(%302) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x4x2x128xf32>
    %304 = "stablehlo.select"(%301, %292, %303) : (tensor<2x4x2x128xi1>, tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %305 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %307 = "stablehlo.reduce"(%304, %305) ({
      ^reductionFn(%arg369: tensor<f32>, %arg370: tensor<f32>) :
          %306 = "stablehlo.maximum"(%arg369, %arg370) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%306) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x4x2x128xf32>, tensor<f32>) -> tensor<2x4x2xf32>
    %308 = "stablehlo.broadcast_in_dim"(%307) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x4x2xf32>) -> tensor<2x4x2x128xf32>
    %309 = "stablehlo.subtract"(%304, %308) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %310 = "stablehlo.exponential"(%309) : (tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %311 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %313 = "stablehlo.reduce"(%310, %311) ({
      ^reductionFn(%arg371: tensor<f32>, %arg372: tensor<f32>) :
          %312 = "stablehlo.add"(%arg371, %arg372) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%312) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x4x2x128xf32>, tensor<f32>) -> tensor<2x4x2xf32>
    %314 = "stablehlo.broadcast_in_dim"(%313) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x4x2xf32>) -> tensor<2x4x2x128xf32>
    %315 = "stablehlo.divide"(%310, %314) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %316 = "stablehlo.dot_general"(%315, %280) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0],
  rhs_batching_dimensions = [1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [0]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<2x4x2x128xf32>, tensor<128x2x16xf32>) -> tensor<2x4x2x16xf32>
    %317 = "stablehlo.transpose"(%316) { permutation = array<i64: 1, 0, 2, 3> } : (tensor<2x4x2x16xf32>) -> tensor<4x2x2x16xf32>
    %318 = "stablehlo.reshape"(%317) : (tensor<4x2x2x16xf32>) -> tensor<4x64xf32>
    %319 = "stablehlo.convert"(%arg16) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %320 = "stablehlo.dot_general"(%318, %319) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %321 = "stablehlo.reshape"(%320) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %322 = "stablehlo.multiply"(%321, %321) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %323 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %325 = "stablehlo.reduce"(%322, %323) ({
      ^reductionFn(%arg373: tensor<f32>, %arg374: tensor<f32>) :
          %324 = "stablehlo.add"(%arg373, %arg374) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%324) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %326 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %327 = "stablehlo.broadcast_in_dim"(%326) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %328 = "stablehlo.multiply"(%325, %327) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %329 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %330 = "stablehlo.broadcast_in_dim"(%329) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %331 = "stablehlo.add"(%328, %330) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %332 = "stablehlo.rsqrt"(%331) : (tensor<4xf32>) -> tensor<4xf32>
    %333 = "stablehlo.convert"(%arg17) : (tensor<64xbf16>) -> tensor<64xf32>
    %334 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %335 = "stablehlo.broadcast_in_dim"(%334) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %336 = "stablehlo.add"(%333, %335) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %337 = "stablehlo.broadcast_in_dim"(%332) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %338 = "stablehlo.multiply"(%321, %337) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %339 = "stablehlo.broadcast_in_dim"(%336) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %340 = "stablehlo.multiply"(%338, %339) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %341 = "stablehlo.reshape"(%340) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %342 = "stablehlo.add"(%211, %341) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %343 = "stablehlo.reshape"(%342) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %344 = "stablehlo.multiply"(%343, %343) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %345 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %347 = "stablehlo.reduce"(%344, %345) ({
      ^reductionFn(%arg375: tensor<f32>, %arg376: tensor<f32>) :
          %346 = "stablehlo.add"(%arg375, %arg376) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%346) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %348 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %349 = "stablehlo.broadcast_in_dim"(%348) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %350 = "stablehlo.multiply"(%347, %349) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %351 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %352 = "stablehlo.broadcast_in_dim"(%351) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %353 = "stablehlo.add"(%350, %352) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %354 = "stablehlo.rsqrt"(%353) : (tensor<4xf32>) -> tensor<4xf32>
    %355 = "stablehlo.convert"(%arg18) : (tensor<64xbf16>) -> tensor<64xf32>
    %356 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %357 = "stablehlo.broadcast_in_dim"(%356) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %358 = "stablehlo.add"(%355, %357) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %359 = "stablehlo.broadcast_in_dim"(%354) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %360 = "stablehlo.multiply"(%343, %359) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %361 = "stablehlo.broadcast_in_dim"(%358) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %362 = "stablehlo.multiply"(%360, %361) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %363 = "stablehlo.reshape"(%362) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %364 = "stablehlo.convert"(%arg19) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %365 = "stablehlo.dot_general"(%363, %364) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %366 = "stablehlo.convert"(%arg20) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %367 = "stablehlo.dot_general"(%363, %366) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %368 = "stablehlo.multiply"(%365, %365) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %369 = "stablehlo.multiply"(%368, %365) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %370 = "stablehlo.constant"() { value = dense<0.044714998453855515> : tensor<f32> } : () -> tensor<f32>
    %371 = "stablehlo.broadcast_in_dim"(%370) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %372 = "stablehlo.multiply"(%369, %371) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %373 = "stablehlo.add"(%365, %372) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %374 = "stablehlo.constant"() { value = dense<0.7978845834732056> : tensor<f32> } : () -> tensor<f32>
    %375 = "stablehlo.broadcast_in_dim"(%374) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %376 = "stablehlo.multiply"(%373, %375) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %377 = "stablehlo.constant"() { value = dense<0.5> : tensor<f32> } : () -> tensor<f32>
    %378 = "stablehlo.broadcast_in_dim"(%377) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %379 = "stablehlo.multiply"(%365, %378) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %380 = "stablehlo.tanh"(%376) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %381 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %382 = "stablehlo.broadcast_in_dim"(%381) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %383 = "stablehlo.add"(%380, %382) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %384 = "stablehlo.multiply"(%379, %383) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %385 = "stablehlo.multiply"(%384, %367) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %386 = "stablehlo.convert"(%arg21) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %387 = "stablehlo.dot_general"(%385, %386) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %388 = "stablehlo.reshape"(%387) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %389 = "stablehlo.multiply"(%388, %388) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %390 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %392 = "stablehlo.reduce"(%389, %390) ({
      ^reductionFn(%arg377: tensor<f32>, %arg378: tensor<f32>) :
          %391 = "stablehlo.add"(%arg377, %arg378) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%391) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %393 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %394 = "stablehlo.broadcast_in_dim"(%393) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %395 = "stablehlo.multiply"(%392, %394) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %396 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %397 = "stablehlo.broadcast_in_dim"(%396) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %398 = "stablehlo.add"(%395, %397) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %399 = "stablehlo.rsqrt"(%398) : (tensor<4xf32>) -> tensor<4xf32>
    %400 = "stablehlo.convert"(%arg22) : (tensor<64xbf16>) -> tensor<64xf32>
    %401 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %402 = "stablehlo.broadcast_in_dim"(%401) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %403 = "stablehlo.add"(%400, %402) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %404 = "stablehlo.broadcast_in_dim"(%399) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %405 = "stablehlo.multiply"(%388, %404) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %406 = "stablehlo.broadcast_in_dim"(%403) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %407 = "stablehlo.multiply"(%405, %406) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %408 = "stablehlo.reshape"(%407) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %409 = "stablehlo.add"(%342, %408) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %410 = "stablehlo.reshape"(%409) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %411 = "stablehlo.multiply"(%410, %410) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %412 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %414 = "stablehlo.reduce"(%411, %412) ({
      ^reductionFn(%arg379: tensor<f32>, %arg380: tensor<f32>) :
          %413 = "stablehlo.add"(%arg379, %arg380) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%413) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %415 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %416 = "stablehlo.broadcast_in_dim"(%415) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %417 = "stablehlo.multiply"(%414, %416) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %418 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %419 = "stablehlo.broadcast_in_dim"(%418) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %420 = "stablehlo.add"(%417, %419) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %421 = "stablehlo.rsqrt"(%420) : (tensor<4xf32>) -> tensor<4xf32>
    %422 = "stablehlo.convert"(%arg23) : (tensor<64xbf16>) -> tensor<64xf32>
    %423 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %424 = "stablehlo.broadcast_in_dim"(%423) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %425 = "stablehlo.add"(%422, %424) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %426 = "stablehlo.broadcast_in_dim"(%421) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %427 = "stablehlo.multiply"(%410, %426) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %428 = "stablehlo.broadcast_in_dim"(%425) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %429 = "stablehlo.multiply"(%427, %428) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %430 = "stablehlo.reshape"(%429) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %431 = "stablehlo.convert"(%arg24) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %432 = "stablehlo.dot_general"(%430, %431) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %433 = "stablehlo.convert"(%arg25) : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %434 = "stablehlo.dot_general"(%430, %433) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<32x64xf32>) -> tensor<4x32xf32>
    %435 = "stablehlo.convert"(%arg26) : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %436 = "stablehlo.dot_general"(%430, %435) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<32x64xf32>) -> tensor<4x32xf32>
    %437 = "stablehlo.reshape"(%arg342) : (tensor<4xi32>) -> tensor<4x1xi32>
    %438 = "stablehlo.gather"(%arg288, %437) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [1],
  collapsed_slice_dims = [0],
  operand_batching_dims = [],
  start_indices_batching_dims = [],
  start_index_map = [0],
  index_vector_dim = 1>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1, 16>
    } : (tensor<32x16xf32>, tensor<4x1xi32>) -> tensor<4x16xf32>
    %439 = "stablehlo.slice"(%438) {
      limit_indices = array<i64: 4, 8>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %440 = "stablehlo.broadcast_in_dim"(%439) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x4x8xf32>
    %441 = "stablehlo.slice"(%438) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 8>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %442 = "stablehlo.broadcast_in_dim"(%441) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x4x8xf32>
    %443 = "stablehlo.reshape"(%432) : (tensor<4x64xf32>) -> tensor<4x4x16xf32>
    %444 = "stablehlo.slice"(%443) {
      limit_indices = array<i64: 4, 4, 8>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x16xf32>) -> tensor<4x4x8xf32>
    %445 = "stablehlo.slice"(%443) {
      limit_indices = array<i64: 4, 4, 16>,
      start_indices = array<i64: 0, 0, 8>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x16xf32>) -> tensor<4x4x8xf32>
    %446 = "stablehlo.multiply"(%444, %440) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %447 = "stablehlo.multiply"(%445, %442) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %448 = "stablehlo.subtract"(%446, %447) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %449 = "stablehlo.multiply"(%445, %440) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %450 = "stablehlo.multiply"(%444, %442) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %451 = "stablehlo.add"(%449, %450) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %452 = "stablehlo.concatenate"(%448, %451) { dimension = 2 : i64 } : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x16xf32>
    %453 = "stablehlo.reshape"(%452) : (tensor<4x4x16xf32>) -> tensor<4x64xf32>
    %454 = "stablehlo.reshape"(%arg342) : (tensor<4xi32>) -> tensor<4x1xi32>
    %455 = "stablehlo.gather"(%arg288, %454) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [1],
  collapsed_slice_dims = [0],
  operand_batching_dims = [],
  start_indices_batching_dims = [],
  start_index_map = [0],
  index_vector_dim = 1>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1, 16>
    } : (tensor<32x16xf32>, tensor<4x1xi32>) -> tensor<4x16xf32>
    %456 = "stablehlo.slice"(%455) {
      limit_indices = array<i64: 4, 8>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %457 = "stablehlo.broadcast_in_dim"(%456) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %458 = "stablehlo.slice"(%455) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 8>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %459 = "stablehlo.broadcast_in_dim"(%458) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %460 = "stablehlo.reshape"(%434) : (tensor<4x32xf32>) -> tensor<4x2x16xf32>
    %461 = "stablehlo.slice"(%460) {
      limit_indices = array<i64: 4, 2, 8>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x2x16xf32>) -> tensor<4x2x8xf32>
    %462 = "stablehlo.slice"(%460) {
      limit_indices = array<i64: 4, 2, 16>,
      start_indices = array<i64: 0, 0, 8>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x2x16xf32>) -> tensor<4x2x8xf32>
    %463 = "stablehlo.multiply"(%461, %457) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %464 = "stablehlo.multiply"(%462, %459) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %465 = "stablehlo.subtract"(%463, %464) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %466 = "stablehlo.multiply"(%462, %457) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %467 = "stablehlo.multiply"(%461, %459) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %468 = "stablehlo.add"(%466, %467) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %469 = "stablehlo.concatenate"(%465, %468) { dimension = 2 : i64 } : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x16xf32>
    %470 = "stablehlo.reshape"(%469) : (tensor<4x2x16xf32>) -> tensor<4x32xf32>
    %471 = "stablehlo.convert"(%470) : (tensor<4x32xf32>) -> tensor<4x32xbf16>
    %472 = "stablehlo.scatter"(%arg293, %2, %471) ({
      ^updateFn(%arg381: tensor<bf16>, %arg382: tensor<bf16>) :
          "stablehlo.return"(%arg382) : (tensor<bf16>) -> ()
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
    %473 = "stablehlo.convert"(%436) : (tensor<4x32xf32>) -> tensor<4x32xbf16>
    %474 = "stablehlo.scatter"(%arg294, %2, %473) ({
      ^updateFn(%arg383: tensor<bf16>, %arg384: tensor<bf16>) :
          "stablehlo.return"(%arg384) : (tensor<bf16>) -> ()
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
    %475 = "stablehlo.convert"(%472) : (tensor<4x32x32xbf16>) -> tensor<4x32x32xf32>
    %476 = "stablehlo.reshape"(%475) : (tensor<4x32x32xf32>) -> tensor<128x2x16xf32>
    %477 = "stablehlo.convert"(%474) : (tensor<4x32x32xbf16>) -> tensor<4x32x32xf32>
    %478 = "stablehlo.reshape"(%477) : (tensor<4x32x32xf32>) -> tensor<128x2x16xf32>
    %479 = "stablehlo.reshape"(%453) : (tensor<4x64xf32>) -> tensor<4x2x2x16xf32>
    %480 = "stablehlo.dot_general"(%479, %476) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [1],
  rhs_batching_dimensions = [1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [2]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x2x2x16xf32>, tensor<128x2x16xf32>) -> tensor<2x4x2x128xf32>
    %481 = "stablehlo.constant"() { value = dense<0.25> : tensor<f32> } : () -> tensor<f32>
    %482 = "stablehlo.broadcast_in_dim"(%481) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x4x2x128xf32>
    %483 = "stablehlo.multiply"(%480, %482) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %484 = "stablehlo.constant"() { value = dense<0.20000000298023224> : tensor<f32> } : () -> tensor<f32>
    %485 = "stablehlo.broadcast_in_dim"(%484) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x4x2x128xf32>
    %486 = "stablehlo.multiply"(%483, %485) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %487 = "stablehlo.tanh"(%486) : (tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %488 = "stablehlo.constant"() { value = dense<5.0> : tensor<f32> } : () -> tensor<f32>
    %489 = "stablehlo.broadcast_in_dim"(%488) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x4x2x128xf32>
    %490 = "stablehlo.multiply"(%487, %489) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %491 = "stablehlo.broadcast_in_dim"(%102) { broadcast_dimensions = array<i64: 1, 3> } : (tensor<4x128xi1>) -> tensor<2x4x2x128xi1>
    %492 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %493 = "stablehlo.broadcast_in_dim"(%492) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x4x2x128xf32>
    %494 = "stablehlo.select"(%491, %490, %493) : (tensor<2x4x2x128xi1>, tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %495 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %497 = "stablehlo.reduce"(%494, %495) ({
      ^reductionFn(%arg385: tensor<f32>, %arg386: tensor<f32>) :
          %496 = "stablehlo.maximum"(%arg385, %arg386) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%496) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x4x2x128xf32>, tensor<f32>) -> tensor<2x4x2xf32>
    %498 = "stablehlo.broadcast_in_dim"(%497) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x4x2xf32>) -> tensor<2x4x2x128xf32>
    %499 = "stablehlo.subtract"(%494, %498) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %500 = "stablehlo.exponential"(%499) : (tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %501 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %503 = "stablehlo.reduce"(%500, %501) ({
      ^reductionFn(%arg387: tensor<f32>, %arg388: tensor<f32>) :
          %502 = "stablehlo.add"(%arg387, %arg388) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%502) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x4x2x128xf32>, tensor<f32>) -> tensor<2x4x2xf32>
    %504 = "stablehlo.broadcast_in_dim"(%503) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x4x2xf32>) -> tensor<2x4x2x128xf32>
    %505 = "stablehlo.divide"(%500, %504) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %506 = "stablehlo.dot_general"(%505, %478) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0],
  rhs_batching_dimensions = [1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [0]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<2x4x2x128xf32>, tensor<128x2x16xf32>) -> tensor<2x4x2x16xf32>
    %507 = "stablehlo.transpose"(%506) { permutation = array<i64: 1, 0, 2, 3> } : (tensor<2x4x2x16xf32>) -> tensor<4x2x2x16xf32>
    %508 = "stablehlo.reshape"(%507) : (tensor<4x2x2x16xf32>) -> tensor<4x64xf32>
    %509 = "stablehlo.convert"(%arg27) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %510 = "stablehlo.dot_general"(%508, %509) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %511 = "stablehlo.reshape"(%510) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %512 = "stablehlo.multiply"(%511, %511) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %513 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %515 = "stablehlo.reduce"(%512, %513) ({
      ^reductionFn(%arg389: tensor<f32>, %arg390: tensor<f32>) :
          %514 = "stablehlo.add"(%arg389, %arg390) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%514) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %516 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %517 = "stablehlo.broadcast_in_dim"(%516) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %518 = "stablehlo.multiply"(%515, %517) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %519 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %520 = "stablehlo.broadcast_in_dim"(%519) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %521 = "stablehlo.add"(%518, %520) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %522 = "stablehlo.rsqrt"(%521) : (tensor<4xf32>) -> tensor<4xf32>
    %523 = "stablehlo.convert"(%arg28) : (tensor<64xbf16>) -> tensor<64xf32>
    %524 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %525 = "stablehlo.broadcast_in_dim"(%524) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %526 = "stablehlo.add"(%523, %525) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %527 = "stablehlo.broadcast_in_dim"(%522) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %528 = "stablehlo.multiply"(%511, %527) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %529 = "stablehlo.broadcast_in_dim"(%526) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %530 = "stablehlo.multiply"(%528, %529) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %531 = "stablehlo.reshape"(%530) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %532 = "stablehlo.add"(%409, %531) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %533 = "stablehlo.reshape"(%532) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %534 = "stablehlo.multiply"(%533, %533) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %535 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %537 = "stablehlo.reduce"(%534, %535) ({
      ^reductionFn(%arg391: tensor<f32>, %arg392: tensor<f32>) :
          %536 = "stablehlo.add"(%arg391, %arg392) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%536) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %538 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %539 = "stablehlo.broadcast_in_dim"(%538) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %540 = "stablehlo.multiply"(%537, %539) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %541 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %542 = "stablehlo.broadcast_in_dim"(%541) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %543 = "stablehlo.add"(%540, %542) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %544 = "stablehlo.rsqrt"(%543) : (tensor<4xf32>) -> tensor<4xf32>
    %545 = "stablehlo.convert"(%arg29) : (tensor<64xbf16>) -> tensor<64xf32>
    %546 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %547 = "stablehlo.broadcast_in_dim"(%546) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %548 = "stablehlo.add"(%545, %547) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %549 = "stablehlo.broadcast_in_dim"(%544) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %550 = "stablehlo.multiply"(%533, %549) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %551 = "stablehlo.broadcast_in_dim"(%548) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %552 = "stablehlo.multiply"(%550, %551) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %553 = "stablehlo.reshape"(%552) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %554 = "stablehlo.convert"(%arg30) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %555 = "stablehlo.dot_general"(%553, %554) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %556 = "stablehlo.convert"(%arg31) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %557 = "stablehlo.dot_general"(%553, %556) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %558 = "stablehlo.multiply"(%555, %555) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %559 = "stablehlo.multiply"(%558, %555) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %560 = "stablehlo.constant"() { value = dense<0.044714998453855515> : tensor<f32> } : () -> tensor<f32>
    %561 = "stablehlo.broadcast_in_dim"(%560) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %562 = "stablehlo.multiply"(%559, %561) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %563 = "stablehlo.add"(%555, %562) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %564 = "stablehlo.constant"() { value = dense<0.7978845834732056> : tensor<f32> } : () -> tensor<f32>
    %565 = "stablehlo.broadcast_in_dim"(%564) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %566 = "stablehlo.multiply"(%563, %565) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %567 = "stablehlo.constant"() { value = dense<0.5> : tensor<f32> } : () -> tensor<f32>
    %568 = "stablehlo.broadcast_in_dim"(%567) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %569 = "stablehlo.multiply"(%555, %568) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %570 = "stablehlo.tanh"(%566) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %571 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %572 = "stablehlo.broadcast_in_dim"(%571) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %573 = "stablehlo.add"(%570, %572) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %574 = "stablehlo.multiply"(%569, %573) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %575 = "stablehlo.multiply"(%574, %557) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %576 = "stablehlo.convert"(%arg32) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %577 = "stablehlo.dot_general"(%575, %576) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %578 = "stablehlo.reshape"(%577) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %579 = "stablehlo.multiply"(%578, %578) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %580 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %582 = "stablehlo.reduce"(%579, %580) ({
      ^reductionFn(%arg393: tensor<f32>, %arg394: tensor<f32>) :
          %581 = "stablehlo.add"(%arg393, %arg394) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%581) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %583 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %584 = "stablehlo.broadcast_in_dim"(%583) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %585 = "stablehlo.multiply"(%582, %584) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %586 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %587 = "stablehlo.broadcast_in_dim"(%586) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %588 = "stablehlo.add"(%585, %587) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %589 = "stablehlo.rsqrt"(%588) : (tensor<4xf32>) -> tensor<4xf32>
    %590 = "stablehlo.convert"(%arg33) : (tensor<64xbf16>) -> tensor<64xf32>
    %591 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %592 = "stablehlo.broadcast_in_dim"(%591) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %593 = "stablehlo.add"(%590, %592) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %594 = "stablehlo.broadcast_in_dim"(%589) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %595 = "stablehlo.multiply"(%578, %594) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %596 = "stablehlo.broadcast_in_dim"(%593) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %597 = "stablehlo.multiply"(%595, %596) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %598 = "stablehlo.reshape"(%597) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %599 = "stablehlo.add"(%532, %598) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %600 = "stablehlo.reshape"(%599) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %601 = "stablehlo.multiply"(%600, %600) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %602 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %604 = "stablehlo.reduce"(%601, %602) ({
      ^reductionFn(%arg395: tensor<f32>, %arg396: tensor<f32>) :
          %603 = "stablehlo.add"(%arg395, %arg396) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%603) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %605 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %606 = "stablehlo.broadcast_in_dim"(%605) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %607 = "stablehlo.multiply"(%604, %606) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %608 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %609 = "stablehlo.broadcast_in_dim"(%608) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %610 = "stablehlo.add"(%607, %609) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %611 = "stablehlo.rsqrt"(%610) : (tensor<4xf32>) -> tensor<4xf32>
    %612 = "stablehlo.convert"(%arg34) : (tensor<64xbf16>) -> tensor<64xf32>
    %613 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %614 = "stablehlo.broadcast_in_dim"(%613) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %615 = "stablehlo.add"(%612, %614) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %616 = "stablehlo.broadcast_in_dim"(%611) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %617 = "stablehlo.multiply"(%600, %616) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %618 = "stablehlo.broadcast_in_dim"(%615) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %619 = "stablehlo.multiply"(%617, %618) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %620 = "stablehlo.reshape"(%619) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %621 = "stablehlo.convert"(%arg35) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %622 = "stablehlo.dot_general"(%620, %621) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %623 = "stablehlo.convert"(%arg36) : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %624 = "stablehlo.dot_general"(%620, %623) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<32x64xf32>) -> tensor<4x32xf32>
    %625 = "stablehlo.convert"(%arg37) : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %626 = "stablehlo.dot_general"(%620, %625) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<32x64xf32>) -> tensor<4x32xf32>
    %627 = "stablehlo.reshape"(%arg342) : (tensor<4xi32>) -> tensor<4x1xi32>
    %628 = "stablehlo.gather"(%arg288, %627) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [1],
  collapsed_slice_dims = [0],
  operand_batching_dims = [],
  start_indices_batching_dims = [],
  start_index_map = [0],
  index_vector_dim = 1>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1, 16>
    } : (tensor<32x16xf32>, tensor<4x1xi32>) -> tensor<4x16xf32>
    %629 = "stablehlo.slice"(%628) {
      limit_indices = array<i64: 4, 8>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %630 = "stablehlo.broadcast_in_dim"(%629) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x4x8xf32>
    %631 = "stablehlo.slice"(%628) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 8>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %632 = "stablehlo.broadcast_in_dim"(%631) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x4x8xf32>
    %633 = "stablehlo.reshape"(%622) : (tensor<4x64xf32>) -> tensor<4x4x16xf32>
    %634 = "stablehlo.slice"(%633) {
      limit_indices = array<i64: 4, 4, 8>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x16xf32>) -> tensor<4x4x8xf32>
    %635 = "stablehlo.slice"(%633) {
      limit_indices = array<i64: 4, 4, 16>,
      start_indices = array<i64: 0, 0, 8>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x16xf32>) -> tensor<4x4x8xf32>
    %636 = "stablehlo.multiply"(%634, %630) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %637 = "stablehlo.multiply"(%635, %632) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %638 = "stablehlo.subtract"(%636, %637) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %639 = "stablehlo.multiply"(%635, %630) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %640 = "stablehlo.multiply"(%634, %632) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %641 = "stablehlo.add"(%639, %640) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %642 = "stablehlo.concatenate"(%638, %641) { dimension = 2 : i64 } : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x16xf32>
    %643 = "stablehlo.reshape"(%642) : (tensor<4x4x16xf32>) -> tensor<4x64xf32>
    %644 = "stablehlo.reshape"(%arg342) : (tensor<4xi32>) -> tensor<4x1xi32>
    %645 = "stablehlo.gather"(%arg288, %644) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [1],
  collapsed_slice_dims = [0],
  operand_batching_dims = [],
  start_indices_batching_dims = [],
  start_index_map = [0],
  index_vector_dim = 1>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1, 16>
    } : (tensor<32x16xf32>, tensor<4x1xi32>) -> tensor<4x16xf32>
    %646 = "stablehlo.slice"(%645) {
      limit_indices = array<i64: 4, 8>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %647 = "stablehlo.broadcast_in_dim"(%646) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %648 = "stablehlo.slice"(%645) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 8>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %649 = "stablehlo.broadcast_in_dim"(%648) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %650 = "stablehlo.reshape"(%624) : (tensor<4x32xf32>) -> tensor<4x2x16xf32>
    %651 = "stablehlo.slice"(%650) {
      limit_indices = array<i64: 4, 2, 8>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x2x16xf32>) -> tensor<4x2x8xf32>
    %652 = "stablehlo.slice"(%650) {
      limit_indices = array<i64: 4, 2, 16>,
      start_indices = array<i64: 0, 0, 8>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x2x16xf32>) -> tensor<4x2x8xf32>
    %653 = "stablehlo.multiply"(%651, %647) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %654 = "stablehlo.multiply"(%652, %649) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %655 = "stablehlo.subtract"(%653, %654) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %656 = "stablehlo.multiply"(%652, %647) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %657 = "stablehlo.multiply"(%651, %649) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %658 = "stablehlo.add"(%656, %657) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %659 = "stablehlo.concatenate"(%655, %658) { dimension = 2 : i64 } : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x16xf32>
    %660 = "stablehlo.reshape"(%659) : (tensor<4x2x16xf32>) -> tensor<4x32xf32>
    %661 = "stablehlo.convert"(%660) : (tensor<4x32xf32>) -> tensor<4x32xbf16>
    %662 = "stablehlo.scatter"(%arg295, %2, %661) ({
      ^updateFn(%arg397: tensor<bf16>, %arg398: tensor<bf16>) :
          "stablehlo.return"(%arg398) : (tensor<bf16>) -> ()
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
    %663 = "stablehlo.convert"(%626) : (tensor<4x32xf32>) -> tensor<4x32xbf16>
    %664 = "stablehlo.scatter"(%arg296, %2, %663) ({
      ^updateFn(%arg399: tensor<bf16>, %arg400: tensor<bf16>) :
          "stablehlo.return"(%arg400) : (tensor<bf16>) -> ()
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
    %665 = "stablehlo.convert"(%662) : (tensor<4x32x32xbf16>) -> tensor<4x32x32xf32>
    %666 = "stablehlo.reshape"(%665) : (tensor<4x32x32xf32>) -> tensor<128x2x16xf32>
    %667 = "stablehlo.convert"(%664) : (tensor<4x32x32xbf16>) -> tensor<4x32x32xf32>
    %668 = "stablehlo.reshape"(%667) : (tensor<4x32x32xf32>) -> tensor<128x2x16xf32>
    %669 = "stablehlo.reshape"(%643) : (tensor<4x64xf32>) -> tensor<4x2x2x16xf32>
    %670 = "stablehlo.dot_general"(%669, %666) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [1],
  rhs_batching_dimensions = [1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [2]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x2x2x16xf32>, tensor<128x2x16xf32>) -> tensor<2x4x2x128xf32>
    %671 = "stablehlo.constant"() { value = dense<0.25> : tensor<f32> } : () -> tensor<f32>
    %672 = "stablehlo.broadcast_in_dim"(%671) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x4x2x128xf32>
    %673 = "stablehlo.multiply"(%670, %672) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %674 = "stablehlo.constant"() { value = dense<0.20000000298023224> : tensor<f32> } : () -> tensor<f32>
    %675 = "stablehlo.broadcast_in_dim"(%674) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x4x2x128xf32>
    %676 = "stablehlo.multiply"(%673, %675) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %677 = "stablehlo.tanh"(%676) : (tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %678 = "stablehlo.constant"() { value = dense<5.0> : tensor<f32> } : () -> tensor<f32>
    %679 = "stablehlo.broadcast_in_dim"(%678) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x4x2x128xf32>
    %680 = "stablehlo.multiply"(%677, %679) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %681 = "stablehlo.broadcast_in_dim"(%300) { broadcast_dimensions = array<i64: 1, 3> } : (tensor<4x128xi1>) -> tensor<2x4x2x128xi1>
    %682 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %683 = "stablehlo.broadcast_in_dim"(%682) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x4x2x128xf32>
    %684 = "stablehlo.select"(%681, %680, %683) : (tensor<2x4x2x128xi1>, tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %685 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %687 = "stablehlo.reduce"(%684, %685) ({
      ^reductionFn(%arg401: tensor<f32>, %arg402: tensor<f32>) :
          %686 = "stablehlo.maximum"(%arg401, %arg402) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%686) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x4x2x128xf32>, tensor<f32>) -> tensor<2x4x2xf32>
    %688 = "stablehlo.broadcast_in_dim"(%687) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x4x2xf32>) -> tensor<2x4x2x128xf32>
    %689 = "stablehlo.subtract"(%684, %688) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %690 = "stablehlo.exponential"(%689) : (tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %691 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %693 = "stablehlo.reduce"(%690, %691) ({
      ^reductionFn(%arg403: tensor<f32>, %arg404: tensor<f32>) :
          %692 = "stablehlo.add"(%arg403, %arg404) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%692) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x4x2x128xf32>, tensor<f32>) -> tensor<2x4x2xf32>
    %694 = "stablehlo.broadcast_in_dim"(%693) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x4x2xf32>) -> tensor<2x4x2x128xf32>
    %695 = "stablehlo.divide"(%690, %694) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %696 = "stablehlo.dot_general"(%695, %668) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0],
  rhs_batching_dimensions = [1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [0]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<2x4x2x128xf32>, tensor<128x2x16xf32>) -> tensor<2x4x2x16xf32>
    %697 = "stablehlo.transpose"(%696) { permutation = array<i64: 1, 0, 2, 3> } : (tensor<2x4x2x16xf32>) -> tensor<4x2x2x16xf32>
    %698 = "stablehlo.reshape"(%697) : (tensor<4x2x2x16xf32>) -> tensor<4x64xf32>
    %699 = "stablehlo.convert"(%arg38) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %700 = "stablehlo.dot_general"(%698, %699) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %701 = "stablehlo.reshape"(%700) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %702 = "stablehlo.multiply"(%701, %701) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %703 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %705 = "stablehlo.reduce"(%702, %703) ({
      ^reductionFn(%arg405: tensor<f32>, %arg406: tensor<f32>) :
          %704 = "stablehlo.add"(%arg405, %arg406) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%704) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %706 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %707 = "stablehlo.broadcast_in_dim"(%706) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %708 = "stablehlo.multiply"(%705, %707) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %709 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %710 = "stablehlo.broadcast_in_dim"(%709) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %711 = "stablehlo.add"(%708, %710) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %712 = "stablehlo.rsqrt"(%711) : (tensor<4xf32>) -> tensor<4xf32>
    %713 = "stablehlo.convert"(%arg39) : (tensor<64xbf16>) -> tensor<64xf32>
    %714 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %715 = "stablehlo.broadcast_in_dim"(%714) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %716 = "stablehlo.add"(%713, %715) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %717 = "stablehlo.broadcast_in_dim"(%712) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %718 = "stablehlo.multiply"(%701, %717) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %719 = "stablehlo.broadcast_in_dim"(%716) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %720 = "stablehlo.multiply"(%718, %719) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %721 = "stablehlo.reshape"(%720) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %722 = "stablehlo.add"(%599, %721) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %723 = "stablehlo.reshape"(%722) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %724 = "stablehlo.multiply"(%723, %723) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %725 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %727 = "stablehlo.reduce"(%724, %725) ({
      ^reductionFn(%arg407: tensor<f32>, %arg408: tensor<f32>) :
          %726 = "stablehlo.add"(%arg407, %arg408) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%726) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %728 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %729 = "stablehlo.broadcast_in_dim"(%728) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %730 = "stablehlo.multiply"(%727, %729) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %731 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %732 = "stablehlo.broadcast_in_dim"(%731) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %733 = "stablehlo.add"(%730, %732) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %734 = "stablehlo.rsqrt"(%733) : (tensor<4xf32>) -> tensor<4xf32>
    %735 = "stablehlo.convert"(%arg40) : (tensor<64xbf16>) -> tensor<64xf32>
    %736 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %737 = "stablehlo.broadcast_in_dim"(%736) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %738 = "stablehlo.add"(%735, %737) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %739 = "stablehlo.broadcast_in_dim"(%734) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %740 = "stablehlo.multiply"(%723, %739) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %741 = "stablehlo.broadcast_in_dim"(%738) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %742 = "stablehlo.multiply"(%740, %741) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %743 = "stablehlo.reshape"(%742) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %744 = "stablehlo.convert"(%arg41) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %745 = "stablehlo.dot_general"(%743, %744) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %746 = "stablehlo.convert"(%arg42) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %747 = "stablehlo.dot_general"(%743, %746) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %748 = "stablehlo.multiply"(%745, %745) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %749 = "stablehlo.multiply"(%748, %745) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %750 = "stablehlo.constant"() { value = dense<0.044714998453855515> : tensor<f32> } : () -> tensor<f32>
    %751 = "stablehlo.broadcast_in_dim"(%750) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %752 = "stablehlo.multiply"(%749, %751) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %753 = "stablehlo.add"(%745, %752) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %754 = "stablehlo.constant"() { value = dense<0.7978845834732056> : tensor<f32> } : () -> tensor<f32>
    %755 = "stablehlo.broadcast_in_dim"(%754) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %756 = "stablehlo.multiply"(%753, %755) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %757 = "stablehlo.constant"() { value = dense<0.5> : tensor<f32> } : () -> tensor<f32>
    %758 = "stablehlo.broadcast_in_dim"(%757) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %759 = "stablehlo.multiply"(%745, %758) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %760 = "stablehlo.tanh"(%756) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %761 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %762 = "stablehlo.broadcast_in_dim"(%761) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %763 = "stablehlo.add"(%760, %762) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %764 = "stablehlo.multiply"(%759, %763) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %765 = "stablehlo.multiply"(%764, %747) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %766 = "stablehlo.convert"(%arg43) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %767 = "stablehlo.dot_general"(%765, %766) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %768 = "stablehlo.reshape"(%767) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %769 = "stablehlo.multiply"(%768, %768) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %770 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %772 = "stablehlo.reduce"(%769, %770) ({
      ^reductionFn(%arg409: tensor<f32>, %arg410: tensor<f32>) :
          %771 = "stablehlo.add"(%arg409, %arg410) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%771) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %773 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %774 = "stablehlo.broadcast_in_dim"(%773) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %775 = "stablehlo.multiply"(%772, %774) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %776 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %777 = "stablehlo.broadcast_in_dim"(%776) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %778 = "stablehlo.add"(%775, %777) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %779 = "stablehlo.rsqrt"(%778) : (tensor<4xf32>) -> tensor<4xf32>
    %780 = "stablehlo.convert"(%arg44) : (tensor<64xbf16>) -> tensor<64xf32>
    %781 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %782 = "stablehlo.broadcast_in_dim"(%781) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %783 = "stablehlo.add"(%780, %782) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %784 = "stablehlo.broadcast_in_dim"(%779) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %785 = "stablehlo.multiply"(%768, %784) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %786 = "stablehlo.broadcast_in_dim"(%783) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %787 = "stablehlo.multiply"(%785, %786) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %788 = "stablehlo.reshape"(%787) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %789 = "stablehlo.add"(%722, %788) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %790 = "stablehlo.reshape"(%789) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %791 = "stablehlo.multiply"(%790, %790) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %792 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %794 = "stablehlo.reduce"(%791, %792) ({
      ^reductionFn(%arg411: tensor<f32>, %arg412: tensor<f32>) :
          %793 = "stablehlo.add"(%arg411, %arg412) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%793) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %795 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %796 = "stablehlo.broadcast_in_dim"(%795) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %797 = "stablehlo.multiply"(%794, %796) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %798 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %799 = "stablehlo.broadcast_in_dim"(%798) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %800 = "stablehlo.add"(%797, %799) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %801 = "stablehlo.rsqrt"(%800) : (tensor<4xf32>) -> tensor<4xf32>
    %802 = "stablehlo.convert"(%arg45) : (tensor<64xbf16>) -> tensor<64xf32>
    %803 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %804 = "stablehlo.broadcast_in_dim"(%803) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %805 = "stablehlo.add"(%802, %804) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %806 = "stablehlo.broadcast_in_dim"(%801) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %807 = "stablehlo.multiply"(%790, %806) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %808 = "stablehlo.broadcast_in_dim"(%805) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %809 = "stablehlo.multiply"(%807, %808) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %810 = "stablehlo.reshape"(%809) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %811 = "stablehlo.convert"(%arg46) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %812 = "stablehlo.dot_general"(%810, %811) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %813 = "stablehlo.convert"(%arg47) : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %814 = "stablehlo.dot_general"(%810, %813) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<32x64xf32>) -> tensor<4x32xf32>
    %815 = "stablehlo.convert"(%arg48) : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %816 = "stablehlo.dot_general"(%810, %815) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<32x64xf32>) -> tensor<4x32xf32>
    %817 = "stablehlo.reshape"(%arg342) : (tensor<4xi32>) -> tensor<4x1xi32>
    %818 = "stablehlo.gather"(%arg288, %817) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [1],
  collapsed_slice_dims = [0],
  operand_batching_dims = [],
  start_indices_batching_dims = [],
  start_index_map = [0],
  index_vector_dim = 1>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1, 16>
    } : (tensor<32x16xf32>, tensor<4x1xi32>) -> tensor<4x16xf32>
    %819 = "stablehlo.slice"(%818) {
      limit_indices = array<i64: 4, 8>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %820 = "stablehlo.broadcast_in_dim"(%819) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x4x8xf32>
    %821 = "stablehlo.slice"(%818) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 8>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %822 = "stablehlo.broadcast_in_dim"(%821) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x4x8xf32>
    %823 = "stablehlo.reshape"(%812) : (tensor<4x64xf32>) -> tensor<4x4x16xf32>
    %824 = "stablehlo.slice"(%823) {
      limit_indices = array<i64: 4, 4, 8>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x16xf32>) -> tensor<4x4x8xf32>
    %825 = "stablehlo.slice"(%823) {
      limit_indices = array<i64: 4, 4, 16>,
      start_indices = array<i64: 0, 0, 8>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x16xf32>) -> tensor<4x4x8xf32>
    %826 = "stablehlo.multiply"(%824, %820) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %827 = "stablehlo.multiply"(%825, %822) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %828 = "stablehlo.subtract"(%826, %827) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %829 = "stablehlo.multiply"(%825, %820) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %830 = "stablehlo.multiply"(%824, %822) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %831 = "stablehlo.add"(%829, %830) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %832 = "stablehlo.concatenate"(%828, %831) { dimension = 2 : i64 } : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x16xf32>
    %833 = "stablehlo.reshape"(%832) : (tensor<4x4x16xf32>) -> tensor<4x64xf32>
    %834 = "stablehlo.reshape"(%arg342) : (tensor<4xi32>) -> tensor<4x1xi32>
    %835 = "stablehlo.gather"(%arg288, %834) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [1],
  collapsed_slice_dims = [0],
  operand_batching_dims = [],
  start_indices_batching_dims = [],
  start_index_map = [0],
  index_vector_dim = 1>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1, 16>
    } : (tensor<32x16xf32>, tensor<4x1xi32>) -> tensor<4x16xf32>
    %836 = "stablehlo.slice"(%835) {
      limit_indices = array<i64: 4, 8>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %837 = "stablehlo.broadcast_in_dim"(%836) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %838 = "stablehlo.slice"(%835) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 8>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %839 = "stablehlo.broadcast_in_dim"(%838) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %840 = "stablehlo.reshape"(%814) : (tensor<4x32xf32>) -> tensor<4x2x16xf32>
    %841 = "stablehlo.slice"(%840) {
      limit_indices = array<i64: 4, 2, 8>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x2x16xf32>) -> tensor<4x2x8xf32>
    %842 = "stablehlo.slice"(%840) {
      limit_indices = array<i64: 4, 2, 16>,
      start_indices = array<i64: 0, 0, 8>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x2x16xf32>) -> tensor<4x2x8xf32>
    %843 = "stablehlo.multiply"(%841, %837) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %844 = "stablehlo.multiply"(%842, %839) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %845 = "stablehlo.subtract"(%843, %844) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %846 = "stablehlo.multiply"(%842, %837) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %847 = "stablehlo.multiply"(%841, %839) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %848 = "stablehlo.add"(%846, %847) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %849 = "stablehlo.concatenate"(%845, %848) { dimension = 2 : i64 } : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x16xf32>
    %850 = "stablehlo.reshape"(%849) : (tensor<4x2x16xf32>) -> tensor<4x32xf32>
    %851 = "stablehlo.convert"(%850) : (tensor<4x32xf32>) -> tensor<4x32xbf16>
    %852 = "stablehlo.scatter"(%arg297, %2, %851) ({
      ^updateFn(%arg413: tensor<bf16>, %arg414: tensor<bf16>) :
          "stablehlo.return"(%arg414) : (tensor<bf16>) -> ()
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
    %853 = "stablehlo.convert"(%816) : (tensor<4x32xf32>) -> tensor<4x32xbf16>
    %854 = "stablehlo.scatter"(%arg298, %2, %853) ({
      ^updateFn(%arg415: tensor<bf16>, %arg416: tensor<bf16>) :
          "stablehlo.return"(%arg416) : (tensor<bf16>) -> ()
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
    %855 = "stablehlo.convert"(%852) : (tensor<4x32x32xbf16>) -> tensor<4x32x32xf32>
    %856 = "stablehlo.reshape"(%855) : (tensor<4x32x32xf32>) -> tensor<128x2x16xf32>
    %857 = "stablehlo.convert"(%854) : (tensor<4x32x32xbf16>) -> tensor<4x32x32xf32>
    %858 = "stablehlo.reshape"(%857) : (tensor<4x32x32xf32>) -> tensor<128x2x16xf32>
    %859 = "stablehlo.reshape"(%833) : (tensor<4x64xf32>) -> tensor<4x2x2x16xf32>
    %860 = "stablehlo.dot_general"(%859, %856) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [1],
  rhs_batching_dimensions = [1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [2]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x2x2x16xf32>, tensor<128x2x16xf32>) -> tensor<2x4x2x128xf32>
    %861 = "stablehlo.constant"() { value = dense<0.25> : tensor<f32> } : () -> tensor<f32>
    %862 = "stablehlo.broadcast_in_dim"(%861) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x4x2x128xf32>
    %863 = "stablehlo.multiply"(%860, %862) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %864 = "stablehlo.constant"() { value = dense<0.20000000298023224> : tensor<f32> } : () -> tensor<f32>
    %865 = "stablehlo.broadcast_in_dim"(%864) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x4x2x128xf32>
    %866 = "stablehlo.multiply"(%863, %865) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %867 = "stablehlo.tanh"(%866) : (tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %868 = "stablehlo.constant"() { value = dense<5.0> : tensor<f32> } : () -> tensor<f32>
    %869 = "stablehlo.broadcast_in_dim"(%868) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x4x2x128xf32>
    %870 = "stablehlo.multiply"(%867, %869) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %871 = "stablehlo.broadcast_in_dim"(%102) { broadcast_dimensions = array<i64: 1, 3> } : (tensor<4x128xi1>) -> tensor<2x4x2x128xi1>
    %872 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %873 = "stablehlo.broadcast_in_dim"(%872) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x4x2x128xf32>
    %874 = "stablehlo.select"(%871, %870, %873) : (tensor<2x4x2x128xi1>, tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %875 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %877 = "stablehlo.reduce"(%874, %875) ({
      ^reductionFn(%arg417: tensor<f32>, %arg418: tensor<f32>) :
          %876 = "stablehlo.maximum"(%arg417, %arg418) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%876) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x4x2x128xf32>, tensor<f32>) -> tensor<2x4x2xf32>
    %878 = "stablehlo.broadcast_in_dim"(%877) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x4x2xf32>) -> tensor<2x4x2x128xf32>
    %879 = "stablehlo.subtract"(%874, %878) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %880 = "stablehlo.exponential"(%879) : (tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %881 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %883 = "stablehlo.reduce"(%880, %881) ({
      ^reductionFn(%arg419: tensor<f32>, %arg420: tensor<f32>) :
          %882 = "stablehlo.add"(%arg419, %arg420) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%882) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x4x2x128xf32>, tensor<f32>) -> tensor<2x4x2xf32>
    %884 = "stablehlo.broadcast_in_dim"(%883) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x4x2xf32>) -> tensor<2x4x2x128xf32>
    %885 = "stablehlo.divide"(%880, %884) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %886 = "stablehlo.dot_general"(%885, %858) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0],
  rhs_batching_dimensions = [1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [0]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<2x4x2x128xf32>, tensor<128x2x16xf32>) -> tensor<2x4x2x16xf32>
    %887 = "stablehlo.transpose"(%886) { permutation = array<i64: 1, 0, 2, 3> } : (tensor<2x4x2x16xf32>) -> tensor<4x2x2x16xf32>
    %888 = "stablehlo.reshape"(%887) : (tensor<4x2x2x16xf32>) -> tensor<4x64xf32>
    %889 = "stablehlo.convert"(%arg49) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %890 = "stablehlo.dot_general"(%888, %889) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %891 = "stablehlo.reshape"(%890) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %892 = "stablehlo.multiply"(%891, %891) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %893 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %895 = "stablehlo.reduce"(%892, %893) ({
      ^reductionFn(%arg421: tensor<f32>, %arg422: tensor<f32>) :
          %894 = "stablehlo.add"(%arg421, %arg422) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%894) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %896 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %897 = "stablehlo.broadcast_in_dim"(%896) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %898 = "stablehlo.multiply"(%895, %897) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %899 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %900 = "stablehlo.broadcast_in_dim"(%899) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %901 = "stablehlo.add"(%898, %900) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %902 = "stablehlo.rsqrt"(%901) : (tensor<4xf32>) -> tensor<4xf32>
    %903 = "stablehlo.convert"(%arg50) : (tensor<64xbf16>) -> tensor<64xf32>
    %904 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %905 = "stablehlo.broadcast_in_dim"(%904) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %906 = "stablehlo.add"(%903, %905) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %907 = "stablehlo.broadcast_in_dim"(%902) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %908 = "stablehlo.multiply"(%891, %907) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %909 = "stablehlo.broadcast_in_dim"(%906) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %910 = "stablehlo.multiply"(%908, %909) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %911 = "stablehlo.reshape"(%910) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %912 = "stablehlo.add"(%789, %911) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %913 = "stablehlo.reshape"(%912) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %914 = "stablehlo.multiply"(%913, %913) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %915 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %917 = "stablehlo.reduce"(%914, %915) ({
      ^reductionFn(%arg423: tensor<f32>, %arg424: tensor<f32>) :
          %916 = "stablehlo.add"(%arg423, %arg424) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%916) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %918 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %919 = "stablehlo.broadcast_in_dim"(%918) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %920 = "stablehlo.multiply"(%917, %919) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %921 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %922 = "stablehlo.broadcast_in_dim"(%921) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %923 = "stablehlo.add"(%920, %922) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %924 = "stablehlo.rsqrt"(%923) : (tensor<4xf32>) -> tensor<4xf32>
    %925 = "stablehlo.convert"(%arg51) : (tensor<64xbf16>) -> tensor<64xf32>
    %926 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %927 = "stablehlo.broadcast_in_dim"(%926) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %928 = "stablehlo.add"(%925, %927) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %929 = "stablehlo.broadcast_in_dim"(%924) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %930 = "stablehlo.multiply"(%913, %929) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %931 = "stablehlo.broadcast_in_dim"(%928) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %932 = "stablehlo.multiply"(%930, %931) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %933 = "stablehlo.reshape"(%932) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %934 = "stablehlo.convert"(%arg52) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %935 = "stablehlo.dot_general"(%933, %934) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %936 = "stablehlo.convert"(%arg53) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %937 = "stablehlo.dot_general"(%933, %936) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %938 = "stablehlo.multiply"(%935, %935) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %939 = "stablehlo.multiply"(%938, %935) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %940 = "stablehlo.constant"() { value = dense<0.044714998453855515> : tensor<f32> } : () -> tensor<f32>
    %941 = "stablehlo.broadcast_in_dim"(%940) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %942 = "stablehlo.multiply"(%939, %941) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %943 = "stablehlo.add"(%935, %942) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %944 = "stablehlo.constant"() { value = dense<0.7978845834732056> : tensor<f32> } : () -> tensor<f32>
    %945 = "stablehlo.broadcast_in_dim"(%944) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %946 = "stablehlo.multiply"(%943, %945) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %947 = "stablehlo.constant"() { value = dense<0.5> : tensor<f32> } : () -> tensor<f32>
    %948 = "stablehlo.broadcast_in_dim"(%947) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %949 = "stablehlo.multiply"(%935, %948) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %950 = "stablehlo.tanh"(%946) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %951 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %952 = "stablehlo.broadcast_in_dim"(%951) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %953 = "stablehlo.add"(%950, %952) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %954 = "stablehlo.multiply"(%949, %953) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %955 = "stablehlo.multiply"(%954, %937) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %956 = "stablehlo.convert"(%arg54) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %957 = "stablehlo.dot_general"(%955, %956) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %958 = "stablehlo.reshape"(%957) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %959 = "stablehlo.multiply"(%958, %958) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %960 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %962 = "stablehlo.reduce"(%959, %960) ({
      ^reductionFn(%arg425: tensor<f32>, %arg426: tensor<f32>) :
          %961 = "stablehlo.add"(%arg425, %arg426) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%961) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %963 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %964 = "stablehlo.broadcast_in_dim"(%963) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %965 = "stablehlo.multiply"(%962, %964) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %966 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %967 = "stablehlo.broadcast_in_dim"(%966) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %968 = "stablehlo.add"(%965, %967) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %969 = "stablehlo.rsqrt"(%968) : (tensor<4xf32>) -> tensor<4xf32>
    %970 = "stablehlo.convert"(%arg55) : (tensor<64xbf16>) -> tensor<64xf32>
    %971 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %972 = "stablehlo.broadcast_in_dim"(%971) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %973 = "stablehlo.add"(%970, %972) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %974 = "stablehlo.broadcast_in_dim"(%969) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %975 = "stablehlo.multiply"(%958, %974) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %976 = "stablehlo.broadcast_in_dim"(%973) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %977 = "stablehlo.multiply"(%975, %976) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %978 = "stablehlo.reshape"(%977) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %979 = "stablehlo.add"(%912, %978) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %980 = "stablehlo.reshape"(%979) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %981 = "stablehlo.multiply"(%980, %980) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %982 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %984 = "stablehlo.reduce"(%981, %982) ({
      ^reductionFn(%arg427: tensor<f32>, %arg428: tensor<f32>) :
          %983 = "stablehlo.add"(%arg427, %arg428) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%983) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %985 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %986 = "stablehlo.broadcast_in_dim"(%985) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %987 = "stablehlo.multiply"(%984, %986) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %988 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %989 = "stablehlo.broadcast_in_dim"(%988) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %990 = "stablehlo.add"(%987, %989) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %991 = "stablehlo.rsqrt"(%990) : (tensor<4xf32>) -> tensor<4xf32>
    %992 = "stablehlo.convert"(%arg56) : (tensor<64xbf16>) -> tensor<64xf32>
    %993 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %994 = "stablehlo.broadcast_in_dim"(%993) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %995 = "stablehlo.add"(%992, %994) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %996 = "stablehlo.broadcast_in_dim"(%991) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %997 = "stablehlo.multiply"(%980, %996) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %998 = "stablehlo.broadcast_in_dim"(%995) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %999 = "stablehlo.multiply"(%997, %998) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1000 = "stablehlo.reshape"(%999) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %1001 = "stablehlo.convert"(%arg57) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %1002 = "stablehlo.dot_general"(%1000, %1001) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %1003 = "stablehlo.convert"(%arg58) : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %1004 = "stablehlo.dot_general"(%1000, %1003) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<32x64xf32>) -> tensor<4x32xf32>
    %1005 = "stablehlo.convert"(%arg59) : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %1006 = "stablehlo.dot_general"(%1000, %1005) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<32x64xf32>) -> tensor<4x32xf32>
    %1007 = "stablehlo.reshape"(%arg342) : (tensor<4xi32>) -> tensor<4x1xi32>
    %1008 = "stablehlo.gather"(%arg288, %1007) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [1],
  collapsed_slice_dims = [0],
  operand_batching_dims = [],
  start_indices_batching_dims = [],
  start_index_map = [0],
  index_vector_dim = 1>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1, 16>
    } : (tensor<32x16xf32>, tensor<4x1xi32>) -> tensor<4x16xf32>
    %1009 = "stablehlo.slice"(%1008) {
      limit_indices = array<i64: 4, 8>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %1010 = "stablehlo.broadcast_in_dim"(%1009) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x4x8xf32>
    %1011 = "stablehlo.slice"(%1008) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 8>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %1012 = "stablehlo.broadcast_in_dim"(%1011) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x4x8xf32>
    %1013 = "stablehlo.reshape"(%1002) : (tensor<4x64xf32>) -> tensor<4x4x16xf32>
    %1014 = "stablehlo.slice"(%1013) {
      limit_indices = array<i64: 4, 4, 8>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x16xf32>) -> tensor<4x4x8xf32>
    %1015 = "stablehlo.slice"(%1013) {
      limit_indices = array<i64: 4, 4, 16>,
      start_indices = array<i64: 0, 0, 8>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x16xf32>) -> tensor<4x4x8xf32>
    %1016 = "stablehlo.multiply"(%1014, %1010) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %1017 = "stablehlo.multiply"(%1015, %1012) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %1018 = "stablehlo.subtract"(%1016, %1017) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %1019 = "stablehlo.multiply"(%1015, %1010) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %1020 = "stablehlo.multiply"(%1014, %1012) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %1021 = "stablehlo.add"(%1019, %1020) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %1022 = "stablehlo.concatenate"(%1018, %1021) { dimension = 2 : i64 } : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x16xf32>
    %1023 = "stablehlo.reshape"(%1022) : (tensor<4x4x16xf32>) -> tensor<4x64xf32>
    %1024 = "stablehlo.reshape"(%arg342) : (tensor<4xi32>) -> tensor<4x1xi32>
    %1025 = "stablehlo.gather"(%arg288, %1024) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [1],
  collapsed_slice_dims = [0],
  operand_batching_dims = [],
  start_indices_batching_dims = [],
  start_index_map = [0],
  index_vector_dim = 1>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1, 16>
    } : (tensor<32x16xf32>, tensor<4x1xi32>) -> tensor<4x16xf32>
    %1026 = "stablehlo.slice"(%1025) {
      limit_indices = array<i64: 4, 8>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %1027 = "stablehlo.broadcast_in_dim"(%1026) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %1028 = "stablehlo.slice"(%1025) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 8>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %1029 = "stablehlo.broadcast_in_dim"(%1028) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %1030 = "stablehlo.reshape"(%1004) : (tensor<4x32xf32>) -> tensor<4x2x16xf32>
    %1031 = "stablehlo.slice"(%1030) {
      limit_indices = array<i64: 4, 2, 8>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x2x16xf32>) -> tensor<4x2x8xf32>
    %1032 = "stablehlo.slice"(%1030) {
      limit_indices = array<i64: 4, 2, 16>,
      start_indices = array<i64: 0, 0, 8>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x2x16xf32>) -> tensor<4x2x8xf32>
    %1033 = "stablehlo.multiply"(%1031, %1027) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %1034 = "stablehlo.multiply"(%1032, %1029) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %1035 = "stablehlo.subtract"(%1033, %1034) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %1036 = "stablehlo.multiply"(%1032, %1027) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %1037 = "stablehlo.multiply"(%1031, %1029) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %1038 = "stablehlo.add"(%1036, %1037) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %1039 = "stablehlo.concatenate"(%1035, %1038) { dimension = 2 : i64 } : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x16xf32>
    %1040 = "stablehlo.reshape"(%1039) : (tensor<4x2x16xf32>) -> tensor<4x32xf32>
    %1041 = "stablehlo.convert"(%1040) : (tensor<4x32xf32>) -> tensor<4x32xbf16>
    %1042 = "stablehlo.scatter"(%arg299, %2, %1041) ({
      ^updateFn(%arg429: tensor<bf16>, %arg430: tensor<bf16>) :
          "stablehlo.return"(%arg430) : (tensor<bf16>) -> ()
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
    %1043 = "stablehlo.convert"(%1006) : (tensor<4x32xf32>) -> tensor<4x32xbf16>
    %1044 = "stablehlo.scatter"(%arg300, %2, %1043) ({
      ^updateFn(%arg431: tensor<bf16>, %arg432: tensor<bf16>) :
          "stablehlo.return"(%arg432) : (tensor<bf16>) -> ()
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
    %1045 = "stablehlo.convert"(%1042) : (tensor<4x32x32xbf16>) -> tensor<4x32x32xf32>
    %1046 = "stablehlo.reshape"(%1045) : (tensor<4x32x32xf32>) -> tensor<128x2x16xf32>
    %1047 = "stablehlo.convert"(%1044) : (tensor<4x32x32xbf16>) -> tensor<4x32x32xf32>
    %1048 = "stablehlo.reshape"(%1047) : (tensor<4x32x32xf32>) -> tensor<128x2x16xf32>
    %1049 = "stablehlo.reshape"(%1023) : (tensor<4x64xf32>) -> tensor<4x2x2x16xf32>
    %1050 = "stablehlo.dot_general"(%1049, %1046) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [1],
  rhs_batching_dimensions = [1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [2]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x2x2x16xf32>, tensor<128x2x16xf32>) -> tensor<2x4x2x128xf32>
    %1051 = "stablehlo.constant"() { value = dense<0.25> : tensor<f32> } : () -> tensor<f32>
    %1052 = "stablehlo.broadcast_in_dim"(%1051) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x4x2x128xf32>
    %1053 = "stablehlo.multiply"(%1050, %1052) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %1054 = "stablehlo.constant"() { value = dense<0.20000000298023224> : tensor<f32> } : () -> tensor<f32>
    %1055 = "stablehlo.broadcast_in_dim"(%1054) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x4x2x128xf32>
    %1056 = "stablehlo.multiply"(%1053, %1055) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %1057 = "stablehlo.tanh"(%1056) : (tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %1058 = "stablehlo.constant"() { value = dense<5.0> : tensor<f32> } : () -> tensor<f32>
    %1059 = "stablehlo.broadcast_in_dim"(%1058) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x4x2x128xf32>
    %1060 = "stablehlo.multiply"(%1057, %1059) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %1061 = "stablehlo.broadcast_in_dim"(%300) { broadcast_dimensions = array<i64: 1, 3> } : (tensor<4x128xi1>) -> tensor<2x4x2x128xi1>
    %1062 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %1063 = "stablehlo.broadcast_in_dim"(%1062) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x4x2x128xf32>
    %1064 = "stablehlo.select"(%1061, %1060, %1063) : (tensor<2x4x2x128xi1>, tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %1065 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %1067 = "stablehlo.reduce"(%1064, %1065) ({
      ^reductionFn(%arg433: tensor<f32>, %arg434: tensor<f32>) :
          %1066 = "stablehlo.maximum"(%arg433, %arg434) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1066) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x4x2x128xf32>, tensor<f32>) -> tensor<2x4x2xf32>
    %1068 = "stablehlo.broadcast_in_dim"(%1067) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x4x2xf32>) -> tensor<2x4x2x128xf32>
    %1069 = "stablehlo.subtract"(%1064, %1068) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %1070 = "stablehlo.exponential"(%1069) : (tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %1071 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %1073 = "stablehlo.reduce"(%1070, %1071) ({
      ^reductionFn(%arg435: tensor<f32>, %arg436: tensor<f32>) :
          %1072 = "stablehlo.add"(%arg435, %arg436) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1072) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x4x2x128xf32>, tensor<f32>) -> tensor<2x4x2xf32>
    %1074 = "stablehlo.broadcast_in_dim"(%1073) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x4x2xf32>) -> tensor<2x4x2x128xf32>
    %1075 = "stablehlo.divide"(%1070, %1074) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %1076 = "stablehlo.dot_general"(%1075, %1048) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0],
  rhs_batching_dimensions = [1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [0]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<2x4x2x128xf32>, tensor<128x2x16xf32>) -> tensor<2x4x2x16xf32>
    %1077 = "stablehlo.transpose"(%1076) { permutation = array<i64: 1, 0, 2, 3> } : (tensor<2x4x2x16xf32>) -> tensor<4x2x2x16xf32>
    %1078 = "stablehlo.reshape"(%1077) : (tensor<4x2x2x16xf32>) -> tensor<4x64xf32>
    %1079 = "stablehlo.convert"(%arg60) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %1080 = "stablehlo.dot_general"(%1078, %1079) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %1081 = "stablehlo.reshape"(%1080) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %1082 = "stablehlo.multiply"(%1081, %1081) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1083 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %1085 = "stablehlo.reduce"(%1082, %1083) ({
      ^reductionFn(%arg437: tensor<f32>, %arg438: tensor<f32>) :
          %1084 = "stablehlo.add"(%arg437, %arg438) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1084) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %1086 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %1087 = "stablehlo.broadcast_in_dim"(%1086) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %1088 = "stablehlo.multiply"(%1085, %1087) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %1089 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %1090 = "stablehlo.broadcast_in_dim"(%1089) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %1091 = "stablehlo.add"(%1088, %1090) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %1092 = "stablehlo.rsqrt"(%1091) : (tensor<4xf32>) -> tensor<4xf32>
    %1093 = "stablehlo.convert"(%arg61) : (tensor<64xbf16>) -> tensor<64xf32>
    %1094 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %1095 = "stablehlo.broadcast_in_dim"(%1094) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %1096 = "stablehlo.add"(%1093, %1095) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1097 = "stablehlo.broadcast_in_dim"(%1092) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %1098 = "stablehlo.multiply"(%1081, %1097) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1099 = "stablehlo.broadcast_in_dim"(%1096) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %1100 = "stablehlo.multiply"(%1098, %1099) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1101 = "stablehlo.reshape"(%1100) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %1102 = "stablehlo.add"(%979, %1101) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1103 = "stablehlo.reshape"(%1102) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %1104 = "stablehlo.multiply"(%1103, %1103) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1105 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %1107 = "stablehlo.reduce"(%1104, %1105) ({
      ^reductionFn(%arg439: tensor<f32>, %arg440: tensor<f32>) :
          %1106 = "stablehlo.add"(%arg439, %arg440) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1106) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %1108 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %1109 = "stablehlo.broadcast_in_dim"(%1108) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %1110 = "stablehlo.multiply"(%1107, %1109) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %1111 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %1112 = "stablehlo.broadcast_in_dim"(%1111) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %1113 = "stablehlo.add"(%1110, %1112) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %1114 = "stablehlo.rsqrt"(%1113) : (tensor<4xf32>) -> tensor<4xf32>
    %1115 = "stablehlo.convert"(%arg62) : (tensor<64xbf16>) -> tensor<64xf32>
    %1116 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %1117 = "stablehlo.broadcast_in_dim"(%1116) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %1118 = "stablehlo.add"(%1115, %1117) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1119 = "stablehlo.broadcast_in_dim"(%1114) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %1120 = "stablehlo.multiply"(%1103, %1119) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1121 = "stablehlo.broadcast_in_dim"(%1118) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %1122 = "stablehlo.multiply"(%1120, %1121) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1123 = "stablehlo.reshape"(%1122) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %1124 = "stablehlo.convert"(%arg63) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %1125 = "stablehlo.dot_general"(%1123, %1124) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %1126 = "stablehlo.convert"(%arg64) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %1127 = "stablehlo.dot_general"(%1123, %1126) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %1128 = "stablehlo.multiply"(%1125, %1125) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1129 = "stablehlo.multiply"(%1128, %1125) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1130 = "stablehlo.constant"() { value = dense<0.044714998453855515> : tensor<f32> } : () -> tensor<f32>
    %1131 = "stablehlo.broadcast_in_dim"(%1130) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %1132 = "stablehlo.multiply"(%1129, %1131) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1133 = "stablehlo.add"(%1125, %1132) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1134 = "stablehlo.constant"() { value = dense<0.7978845834732056> : tensor<f32> } : () -> tensor<f32>
    %1135 = "stablehlo.broadcast_in_dim"(%1134) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %1136 = "stablehlo.multiply"(%1133, %1135) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1137 = "stablehlo.constant"() { value = dense<0.5> : tensor<f32> } : () -> tensor<f32>
    %1138 = "stablehlo.broadcast_in_dim"(%1137) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %1139 = "stablehlo.multiply"(%1125, %1138) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1140 = "stablehlo.tanh"(%1136) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %1141 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %1142 = "stablehlo.broadcast_in_dim"(%1141) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %1143 = "stablehlo.add"(%1140, %1142) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1144 = "stablehlo.multiply"(%1139, %1143) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1145 = "stablehlo.multiply"(%1144, %1127) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1146 = "stablehlo.convert"(%arg65) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %1147 = "stablehlo.dot_general"(%1145, %1146) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %1148 = "stablehlo.reshape"(%1147) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %1149 = "stablehlo.multiply"(%1148, %1148) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1150 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %1152 = "stablehlo.reduce"(%1149, %1150) ({
      ^reductionFn(%arg441: tensor<f32>, %arg442: tensor<f32>) :
          %1151 = "stablehlo.add"(%arg441, %arg442) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1151) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %1153 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %1154 = "stablehlo.broadcast_in_dim"(%1153) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %1155 = "stablehlo.multiply"(%1152, %1154) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %1156 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %1157 = "stablehlo.broadcast_in_dim"(%1156) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %1158 = "stablehlo.add"(%1155, %1157) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %1159 = "stablehlo.rsqrt"(%1158) : (tensor<4xf32>) -> tensor<4xf32>
    %1160 = "stablehlo.convert"(%arg66) : (tensor<64xbf16>) -> tensor<64xf32>
    %1161 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %1162 = "stablehlo.broadcast_in_dim"(%1161) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %1163 = "stablehlo.add"(%1160, %1162) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1164 = "stablehlo.broadcast_in_dim"(%1159) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %1165 = "stablehlo.multiply"(%1148, %1164) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1166 = "stablehlo.broadcast_in_dim"(%1163) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %1167 = "stablehlo.multiply"(%1165, %1166) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1168 = "stablehlo.reshape"(%1167) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %1169 = "stablehlo.add"(%1102, %1168) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1170 = "stablehlo.reshape"(%1169) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %1171 = "stablehlo.multiply"(%1170, %1170) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1172 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %1174 = "stablehlo.reduce"(%1171, %1172) ({
      ^reductionFn(%arg443: tensor<f32>, %arg444: tensor<f32>) :
          %1173 = "stablehlo.add"(%arg443, %arg444) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1173) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %1175 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %1176 = "stablehlo.broadcast_in_dim"(%1175) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %1177 = "stablehlo.multiply"(%1174, %1176) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %1178 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %1179 = "stablehlo.broadcast_in_dim"(%1178) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %1180 = "stablehlo.add"(%1177, %1179) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %1181 = "stablehlo.rsqrt"(%1180) : (tensor<4xf32>) -> tensor<4xf32>
    %1182 = "stablehlo.convert"(%arg67) : (tensor<64xbf16>) -> tensor<64xf32>
    %1183 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %1184 = "stablehlo.broadcast_in_dim"(%1183) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %1185 = "stablehlo.add"(%1182, %1184) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1186 = "stablehlo.broadcast_in_dim"(%1181) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %1187 = "stablehlo.multiply"(%1170, %1186) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1188 = "stablehlo.broadcast_in_dim"(%1185) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %1189 = "stablehlo.multiply"(%1187, %1188) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1190 = "stablehlo.reshape"(%1189) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %1191 = "stablehlo.convert"(%arg68) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %1192 = "stablehlo.dot_general"(%1190, %1191) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %1193 = "stablehlo.convert"(%arg69) : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %1194 = "stablehlo.dot_general"(%1190, %1193) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<32x64xf32>) -> tensor<4x32xf32>
    %1195 = "stablehlo.convert"(%arg70) : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %1196 = "stablehlo.dot_general"(%1190, %1195) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<32x64xf32>) -> tensor<4x32xf32>
    %1197 = "stablehlo.reshape"(%arg342) : (tensor<4xi32>) -> tensor<4x1xi32>
    %1198 = "stablehlo.gather"(%arg288, %1197) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [1],
  collapsed_slice_dims = [0],
  operand_batching_dims = [],
  start_indices_batching_dims = [],
  start_index_map = [0],
  index_vector_dim = 1>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1, 16>
    } : (tensor<32x16xf32>, tensor<4x1xi32>) -> tensor<4x16xf32>
    %1199 = "stablehlo.slice"(%1198) {
      limit_indices = array<i64: 4, 8>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %1200 = "stablehlo.broadcast_in_dim"(%1199) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x4x8xf32>
    %1201 = "stablehlo.slice"(%1198) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 8>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %1202 = "stablehlo.broadcast_in_dim"(%1201) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x4x8xf32>
    %1203 = "stablehlo.reshape"(%1192) : (tensor<4x64xf32>) -> tensor<4x4x16xf32>
    %1204 = "stablehlo.slice"(%1203) {
      limit_indices = array<i64: 4, 4, 8>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x16xf32>) -> tensor<4x4x8xf32>
    %1205 = "stablehlo.slice"(%1203) {
      limit_indices = array<i64: 4, 4, 16>,
      start_indices = array<i64: 0, 0, 8>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x16xf32>) -> tensor<4x4x8xf32>
    %1206 = "stablehlo.multiply"(%1204, %1200) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %1207 = "stablehlo.multiply"(%1205, %1202) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %1208 = "stablehlo.subtract"(%1206, %1207) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %1209 = "stablehlo.multiply"(%1205, %1200) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %1210 = "stablehlo.multiply"(%1204, %1202) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %1211 = "stablehlo.add"(%1209, %1210) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %1212 = "stablehlo.concatenate"(%1208, %1211) { dimension = 2 : i64 } : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x16xf32>
    %1213 = "stablehlo.reshape"(%1212) : (tensor<4x4x16xf32>) -> tensor<4x64xf32>
    %1214 = "stablehlo.reshape"(%arg342) : (tensor<4xi32>) -> tensor<4x1xi32>
    %1215 = "stablehlo.gather"(%arg288, %1214) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [1],
  collapsed_slice_dims = [0],
  operand_batching_dims = [],
  start_indices_batching_dims = [],
  start_index_map = [0],
  index_vector_dim = 1>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1, 16>
    } : (tensor<32x16xf32>, tensor<4x1xi32>) -> tensor<4x16xf32>
    %1216 = "stablehlo.slice"(%1215) {
      limit_indices = array<i64: 4, 8>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %1217 = "stablehlo.broadcast_in_dim"(%1216) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %1218 = "stablehlo.slice"(%1215) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 8>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %1219 = "stablehlo.broadcast_in_dim"(%1218) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %1220 = "stablehlo.reshape"(%1194) : (tensor<4x32xf32>) -> tensor<4x2x16xf32>
    %1221 = "stablehlo.slice"(%1220) {
      limit_indices = array<i64: 4, 2, 8>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x2x16xf32>) -> tensor<4x2x8xf32>
    %1222 = "stablehlo.slice"(%1220) {
      limit_indices = array<i64: 4, 2, 16>,
      start_indices = array<i64: 0, 0, 8>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x2x16xf32>) -> tensor<4x2x8xf32>
    %1223 = "stablehlo.multiply"(%1221, %1217) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %1224 = "stablehlo.multiply"(%1222, %1219) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %1225 = "stablehlo.subtract"(%1223, %1224) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %1226 = "stablehlo.multiply"(%1222, %1217) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %1227 = "stablehlo.multiply"(%1221, %1219) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %1228 = "stablehlo.add"(%1226, %1227) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %1229 = "stablehlo.concatenate"(%1225, %1228) { dimension = 2 : i64 } : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x16xf32>
    %1230 = "stablehlo.reshape"(%1229) : (tensor<4x2x16xf32>) -> tensor<4x32xf32>
    %1231 = "stablehlo.convert"(%1230) : (tensor<4x32xf32>) -> tensor<4x32xbf16>
    %1232 = "stablehlo.scatter"(%arg301, %2, %1231) ({
      ^updateFn(%arg445: tensor<bf16>, %arg446: tensor<bf16>) :
          "stablehlo.return"(%arg446) : (tensor<bf16>) -> ()
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
    %1233 = "stablehlo.convert"(%1196) : (tensor<4x32xf32>) -> tensor<4x32xbf16>
    %1234 = "stablehlo.scatter"(%arg302, %2, %1233) ({
      ^updateFn(%arg447: tensor<bf16>, %arg448: tensor<bf16>) :
          "stablehlo.return"(%arg448) : (tensor<bf16>) -> ()
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
    %1235 = "stablehlo.convert"(%1232) : (tensor<4x32x32xbf16>) -> tensor<4x32x32xf32>
    %1236 = "stablehlo.reshape"(%1235) : (tensor<4x32x32xf32>) -> tensor<128x2x16xf32>
    %1237 = "stablehlo.convert"(%1234) : (tensor<4x32x32xbf16>) -> tensor<4x32x32xf32>
    %1238 = "stablehlo.reshape"(%1237) : (tensor<4x32x32xf32>) -> tensor<128x2x16xf32>
    %1239 = "stablehlo.reshape"(%1213) : (tensor<4x64xf32>) -> tensor<4x2x2x16xf32>
    %1240 = "stablehlo.dot_general"(%1239, %1236) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [1],
  rhs_batching_dimensions = [1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [2]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x2x2x16xf32>, tensor<128x2x16xf32>) -> tensor<2x4x2x128xf32>
    %1241 = "stablehlo.constant"() { value = dense<0.25> : tensor<f32> } : () -> tensor<f32>
    %1242 = "stablehlo.broadcast_in_dim"(%1241) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x4x2x128xf32>
    %1243 = "stablehlo.multiply"(%1240, %1242) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %1244 = "stablehlo.constant"() { value = dense<0.20000000298023224> : tensor<f32> } : () -> tensor<f32>
    %1245 = "stablehlo.broadcast_in_dim"(%1244) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x4x2x128xf32>
    %1246 = "stablehlo.multiply"(%1243, %1245) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %1247 = "stablehlo.tanh"(%1246) : (tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %1248 = "stablehlo.constant"() { value = dense<5.0> : tensor<f32> } : () -> tensor<f32>
    %1249 = "stablehlo.broadcast_in_dim"(%1248) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x4x2x128xf32>
    %1250 = "stablehlo.multiply"(%1247, %1249) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %1251 = "stablehlo.broadcast_in_dim"(%102) { broadcast_dimensions = array<i64: 1, 3> } : (tensor<4x128xi1>) -> tensor<2x4x2x128xi1>
    %1252 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %1253 = "stablehlo.broadcast_in_dim"(%1252) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x4x2x128xf32>
    %1254 = "stablehlo.select"(%1251, %1250, %1253) : (tensor<2x4x2x128xi1>, tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %1255 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %1257 = "stablehlo.reduce"(%1254, %1255) ({
      ^reductionFn(%arg449: tensor<f32>, %arg450: tensor<f32>) :
          %1256 = "stablehlo.maximum"(%arg449, %arg450) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1256) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x4x2x128xf32>, tensor<f32>) -> tensor<2x4x2xf32>
    %1258 = "stablehlo.broadcast_in_dim"(%1257) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x4x2xf32>) -> tensor<2x4x2x128xf32>
    %1259 = "stablehlo.subtract"(%1254, %1258) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %1260 = "stablehlo.exponential"(%1259) : (tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %1261 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %1263 = "stablehlo.reduce"(%1260, %1261) ({
      ^reductionFn(%arg451: tensor<f32>, %arg452: tensor<f32>) :
          %1262 = "stablehlo.add"(%arg451, %arg452) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1262) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x4x2x128xf32>, tensor<f32>) -> tensor<2x4x2xf32>
    %1264 = "stablehlo.broadcast_in_dim"(%1263) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x4x2xf32>) -> tensor<2x4x2x128xf32>
    %1265 = "stablehlo.divide"(%1260, %1264) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %1266 = "stablehlo.dot_general"(%1265, %1238) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0],
  rhs_batching_dimensions = [1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [0]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<2x4x2x128xf32>, tensor<128x2x16xf32>) -> tensor<2x4x2x16xf32>
    %1267 = "stablehlo.transpose"(%1266) { permutation = array<i64: 1, 0, 2, 3> } : (tensor<2x4x2x16xf32>) -> tensor<4x2x2x16xf32>
    %1268 = "stablehlo.reshape"(%1267) : (tensor<4x2x2x16xf32>) -> tensor<4x64xf32>
    %1269 = "stablehlo.convert"(%arg71) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %1270 = "stablehlo.dot_general"(%1268, %1269) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %1271 = "stablehlo.reshape"(%1270) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %1272 = "stablehlo.multiply"(%1271, %1271) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1273 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %1275 = "stablehlo.reduce"(%1272, %1273) ({
      ^reductionFn(%arg453: tensor<f32>, %arg454: tensor<f32>) :
          %1274 = "stablehlo.add"(%arg453, %arg454) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1274) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %1276 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %1277 = "stablehlo.broadcast_in_dim"(%1276) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %1278 = "stablehlo.multiply"(%1275, %1277) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %1279 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %1280 = "stablehlo.broadcast_in_dim"(%1279) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %1281 = "stablehlo.add"(%1278, %1280) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %1282 = "stablehlo.rsqrt"(%1281) : (tensor<4xf32>) -> tensor<4xf32>
    %1283 = "stablehlo.convert"(%arg72) : (tensor<64xbf16>) -> tensor<64xf32>
    %1284 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %1285 = "stablehlo.broadcast_in_dim"(%1284) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %1286 = "stablehlo.add"(%1283, %1285) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1287 = "stablehlo.broadcast_in_dim"(%1282) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %1288 = "stablehlo.multiply"(%1271, %1287) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1289 = "stablehlo.broadcast_in_dim"(%1286) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %1290 = "stablehlo.multiply"(%1288, %1289) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1291 = "stablehlo.reshape"(%1290) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %1292 = "stablehlo.add"(%1169, %1291) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1293 = "stablehlo.reshape"(%1292) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %1294 = "stablehlo.multiply"(%1293, %1293) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1295 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %1297 = "stablehlo.reduce"(%1294, %1295) ({
      ^reductionFn(%arg455: tensor<f32>, %arg456: tensor<f32>) :
          %1296 = "stablehlo.add"(%arg455, %arg456) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1296) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %1298 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %1299 = "stablehlo.broadcast_in_dim"(%1298) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %1300 = "stablehlo.multiply"(%1297, %1299) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %1301 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %1302 = "stablehlo.broadcast_in_dim"(%1301) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %1303 = "stablehlo.add"(%1300, %1302) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %1304 = "stablehlo.rsqrt"(%1303) : (tensor<4xf32>) -> tensor<4xf32>
    %1305 = "stablehlo.convert"(%arg73) : (tensor<64xbf16>) -> tensor<64xf32>
    %1306 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %1307 = "stablehlo.broadcast_in_dim"(%1306) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %1308 = "stablehlo.add"(%1305, %1307) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1309 = "stablehlo.broadcast_in_dim"(%1304) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %1310 = "stablehlo.multiply"(%1293, %1309) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1311 = "stablehlo.broadcast_in_dim"(%1308) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %1312 = "stablehlo.multiply"(%1310, %1311) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1313 = "stablehlo.reshape"(%1312) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %1314 = "stablehlo.convert"(%arg74) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %1315 = "stablehlo.dot_general"(%1313, %1314) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %1316 = "stablehlo.convert"(%arg75) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %1317 = "stablehlo.dot_general"(%1313, %1316) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %1318 = "stablehlo.multiply"(%1315, %1315) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1319 = "stablehlo.multiply"(%1318, %1315) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1320 = "stablehlo.constant"() { value = dense<0.044714998453855515> : tensor<f32> } : () -> tensor<f32>
    %1321 = "stablehlo.broadcast_in_dim"(%1320) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %1322 = "stablehlo.multiply"(%1319, %1321) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1323 = "stablehlo.add"(%1315, %1322) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1324 = "stablehlo.constant"() { value = dense<0.7978845834732056> : tensor<f32> } : () -> tensor<f32>
    %1325 = "stablehlo.broadcast_in_dim"(%1324) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %1326 = "stablehlo.multiply"(%1323, %1325) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1327 = "stablehlo.constant"() { value = dense<0.5> : tensor<f32> } : () -> tensor<f32>
    %1328 = "stablehlo.broadcast_in_dim"(%1327) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %1329 = "stablehlo.multiply"(%1315, %1328) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1330 = "stablehlo.tanh"(%1326) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %1331 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %1332 = "stablehlo.broadcast_in_dim"(%1331) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %1333 = "stablehlo.add"(%1330, %1332) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1334 = "stablehlo.multiply"(%1329, %1333) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1335 = "stablehlo.multiply"(%1334, %1317) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1336 = "stablehlo.convert"(%arg76) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %1337 = "stablehlo.dot_general"(%1335, %1336) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %1338 = "stablehlo.reshape"(%1337) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %1339 = "stablehlo.multiply"(%1338, %1338) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1340 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %1342 = "stablehlo.reduce"(%1339, %1340) ({
      ^reductionFn(%arg457: tensor<f32>, %arg458: tensor<f32>) :
          %1341 = "stablehlo.add"(%arg457, %arg458) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1341) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %1343 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %1344 = "stablehlo.broadcast_in_dim"(%1343) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %1345 = "stablehlo.multiply"(%1342, %1344) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %1346 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %1347 = "stablehlo.broadcast_in_dim"(%1346) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %1348 = "stablehlo.add"(%1345, %1347) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %1349 = "stablehlo.rsqrt"(%1348) : (tensor<4xf32>) -> tensor<4xf32>
    %1350 = "stablehlo.convert"(%arg77) : (tensor<64xbf16>) -> tensor<64xf32>
    %1351 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %1352 = "stablehlo.broadcast_in_dim"(%1351) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %1353 = "stablehlo.add"(%1350, %1352) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1354 = "stablehlo.broadcast_in_dim"(%1349) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %1355 = "stablehlo.multiply"(%1338, %1354) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1356 = "stablehlo.broadcast_in_dim"(%1353) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %1357 = "stablehlo.multiply"(%1355, %1356) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1358 = "stablehlo.reshape"(%1357) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %1359 = "stablehlo.add"(%1292, %1358) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1360 = "stablehlo.reshape"(%1359) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %1361 = "stablehlo.multiply"(%1360, %1360) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1362 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %1364 = "stablehlo.reduce"(%1361, %1362) ({
      ^reductionFn(%arg459: tensor<f32>, %arg460: tensor<f32>) :
          %1363 = "stablehlo.add"(%arg459, %arg460) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1363) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %1365 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %1366 = "stablehlo.broadcast_in_dim"(%1365) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %1367 = "stablehlo.multiply"(%1364, %1366) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %1368 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %1369 = "stablehlo.broadcast_in_dim"(%1368) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %1370 = "stablehlo.add"(%1367, %1369) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %1371 = "stablehlo.rsqrt"(%1370) : (tensor<4xf32>) -> tensor<4xf32>
    %1372 = "stablehlo.convert"(%arg78) : (tensor<64xbf16>) -> tensor<64xf32>
    %1373 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %1374 = "stablehlo.broadcast_in_dim"(%1373) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %1375 = "stablehlo.add"(%1372, %1374) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1376 = "stablehlo.broadcast_in_dim"(%1371) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %1377 = "stablehlo.multiply"(%1360, %1376) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1378 = "stablehlo.broadcast_in_dim"(%1375) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %1379 = "stablehlo.multiply"(%1377, %1378) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1380 = "stablehlo.reshape"(%1379) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %1381 = "stablehlo.convert"(%arg79) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %1382 = "stablehlo.dot_general"(%1380, %1381) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %1383 = "stablehlo.convert"(%arg80) : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %1384 = "stablehlo.dot_general"(%1380, %1383) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<32x64xf32>) -> tensor<4x32xf32>
    %1385 = "stablehlo.convert"(%arg81) : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %1386 = "stablehlo.dot_general"(%1380, %1385) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<32x64xf32>) -> tensor<4x32xf32>
    %1387 = "stablehlo.reshape"(%arg342) : (tensor<4xi32>) -> tensor<4x1xi32>
    %1388 = "stablehlo.gather"(%arg288, %1387) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [1],
  collapsed_slice_dims = [0],
  operand_batching_dims = [],
  start_indices_batching_dims = [],
  start_index_map = [0],
  index_vector_dim = 1>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1, 16>
    } : (tensor<32x16xf32>, tensor<4x1xi32>) -> tensor<4x16xf32>
    %1389 = "stablehlo.slice"(%1388) {
      limit_indices = array<i64: 4, 8>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %1390 = "stablehlo.broadcast_in_dim"(%1389) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x4x8xf32>
    %1391 = "stablehlo.slice"(%1388) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 8>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %1392 = "stablehlo.broadcast_in_dim"(%1391) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x4x8xf32>
    %1393 = "stablehlo.reshape"(%1382) : (tensor<4x64xf32>) -> tensor<4x4x16xf32>
    %1394 = "stablehlo.slice"(%1393) {
      limit_indices = array<i64: 4, 4, 8>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x16xf32>) -> tensor<4x4x8xf32>
    %1395 = "stablehlo.slice"(%1393) {
      limit_indices = array<i64: 4, 4, 16>,
      start_indices = array<i64: 0, 0, 8>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x16xf32>) -> tensor<4x4x8xf32>
    %1396 = "stablehlo.multiply"(%1394, %1390) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %1397 = "stablehlo.multiply"(%1395, %1392) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %1398 = "stablehlo.subtract"(%1396, %1397) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %1399 = "stablehlo.multiply"(%1395, %1390) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %1400 = "stablehlo.multiply"(%1394, %1392) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %1401 = "stablehlo.add"(%1399, %1400) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %1402 = "stablehlo.concatenate"(%1398, %1401) { dimension = 2 : i64 } : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x16xf32>
    %1403 = "stablehlo.reshape"(%1402) : (tensor<4x4x16xf32>) -> tensor<4x64xf32>
    %1404 = "stablehlo.reshape"(%arg342) : (tensor<4xi32>) -> tensor<4x1xi32>
    %1405 = "stablehlo.gather"(%arg288, %1404) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [1],
  collapsed_slice_dims = [0],
  operand_batching_dims = [],
  start_indices_batching_dims = [],
  start_index_map = [0],
  index_vector_dim = 1>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1, 16>
    } : (tensor<32x16xf32>, tensor<4x1xi32>) -> tensor<4x16xf32>
    %1406 = "stablehlo.slice"(%1405) {
      limit_indices = array<i64: 4, 8>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %1407 = "stablehlo.broadcast_in_dim"(%1406) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %1408 = "stablehlo.slice"(%1405) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 8>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %1409 = "stablehlo.broadcast_in_dim"(%1408) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %1410 = "stablehlo.reshape"(%1384) : (tensor<4x32xf32>) -> tensor<4x2x16xf32>
    %1411 = "stablehlo.slice"(%1410) {
      limit_indices = array<i64: 4, 2, 8>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x2x16xf32>) -> tensor<4x2x8xf32>
    %1412 = "stablehlo.slice"(%1410) {
      limit_indices = array<i64: 4, 2, 16>,
      start_indices = array<i64: 0, 0, 8>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x2x16xf32>) -> tensor<4x2x8xf32>
    %1413 = "stablehlo.multiply"(%1411, %1407) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %1414 = "stablehlo.multiply"(%1412, %1409) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %1415 = "stablehlo.subtract"(%1413, %1414) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %1416 = "stablehlo.multiply"(%1412, %1407) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %1417 = "stablehlo.multiply"(%1411, %1409) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %1418 = "stablehlo.add"(%1416, %1417) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %1419 = "stablehlo.concatenate"(%1415, %1418) { dimension = 2 : i64 } : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x16xf32>
    %1420 = "stablehlo.reshape"(%1419) : (tensor<4x2x16xf32>) -> tensor<4x32xf32>
    %1421 = "stablehlo.convert"(%1420) : (tensor<4x32xf32>) -> tensor<4x32xbf16>
    %1422 = "stablehlo.scatter"(%arg303, %2, %1421) ({
      ^updateFn(%arg461: tensor<bf16>, %arg462: tensor<bf16>) :
          "stablehlo.return"(%arg462) : (tensor<bf16>) -> ()
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
    %1423 = "stablehlo.convert"(%1386) : (tensor<4x32xf32>) -> tensor<4x32xbf16>
    %1424 = "stablehlo.scatter"(%arg304, %2, %1423) ({
      ^updateFn(%arg463: tensor<bf16>, %arg464: tensor<bf16>) :
          "stablehlo.return"(%arg464) : (tensor<bf16>) -> ()
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
    %1425 = "stablehlo.convert"(%1422) : (tensor<4x32x32xbf16>) -> tensor<4x32x32xf32>
    %1426 = "stablehlo.reshape"(%1425) : (tensor<4x32x32xf32>) -> tensor<128x2x16xf32>
    %1427 = "stablehlo.convert"(%1424) : (tensor<4x32x32xbf16>) -> tensor<4x32x32xf32>
    %1428 = "stablehlo.reshape"(%1427) : (tensor<4x32x32xf32>) -> tensor<128x2x16xf32>
    %1429 = "stablehlo.reshape"(%1403) : (tensor<4x64xf32>) -> tensor<4x2x2x16xf32>
    %1430 = "stablehlo.dot_general"(%1429, %1426) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [1],
  rhs_batching_dimensions = [1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [2]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x2x2x16xf32>, tensor<128x2x16xf32>) -> tensor<2x4x2x128xf32>
    %1431 = "stablehlo.constant"() { value = dense<0.25> : tensor<f32> } : () -> tensor<f32>
    %1432 = "stablehlo.broadcast_in_dim"(%1431) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x4x2x128xf32>
    %1433 = "stablehlo.multiply"(%1430, %1432) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %1434 = "stablehlo.constant"() { value = dense<0.20000000298023224> : tensor<f32> } : () -> tensor<f32>
    %1435 = "stablehlo.broadcast_in_dim"(%1434) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x4x2x128xf32>
    %1436 = "stablehlo.multiply"(%1433, %1435) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %1437 = "stablehlo.tanh"(%1436) : (tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %1438 = "stablehlo.constant"() { value = dense<5.0> : tensor<f32> } : () -> tensor<f32>
    %1439 = "stablehlo.broadcast_in_dim"(%1438) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x4x2x128xf32>
    %1440 = "stablehlo.multiply"(%1437, %1439) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %1441 = "stablehlo.broadcast_in_dim"(%300) { broadcast_dimensions = array<i64: 1, 3> } : (tensor<4x128xi1>) -> tensor<2x4x2x128xi1>
    %1442 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %1443 = "stablehlo.broadcast_in_dim"(%1442) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x4x2x128xf32>
    %1444 = "stablehlo.select"(%1441, %1440, %1443) : (tensor<2x4x2x128xi1>, tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %1445 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %1447 = "stablehlo.reduce"(%1444, %1445) ({
      ^reductionFn(%arg465: tensor<f32>, %arg466: tensor<f32>) :
          %1446 = "stablehlo.maximum"(%arg465, %arg466) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1446) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x4x2x128xf32>, tensor<f32>) -> tensor<2x4x2xf32>
    %1448 = "stablehlo.broadcast_in_dim"(%1447) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x4x2xf32>) -> tensor<2x4x2x128xf32>
    %1449 = "stablehlo.subtract"(%1444, %1448) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %1450 = "stablehlo.exponential"(%1449) : (tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %1451 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %1453 = "stablehlo.reduce"(%1450, %1451) ({
      ^reductionFn(%arg467: tensor<f32>, %arg468: tensor<f32>) :
          %1452 = "stablehlo.add"(%arg467, %arg468) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1452) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x4x2x128xf32>, tensor<f32>) -> tensor<2x4x2xf32>
    %1454 = "stablehlo.broadcast_in_dim"(%1453) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x4x2xf32>) -> tensor<2x4x2x128xf32>
    %1455 = "stablehlo.divide"(%1450, %1454) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %1456 = "stablehlo.dot_general"(%1455, %1428) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0],
  rhs_batching_dimensions = [1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [0]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<2x4x2x128xf32>, tensor<128x2x16xf32>) -> tensor<2x4x2x16xf32>
    %1457 = "stablehlo.transpose"(%1456) { permutation = array<i64: 1, 0, 2, 3> } : (tensor<2x4x2x16xf32>) -> tensor<4x2x2x16xf32>
    %1458 = "stablehlo.reshape"(%1457) : (tensor<4x2x2x16xf32>) -> tensor<4x64xf32>
    %1459 = "stablehlo.convert"(%arg82) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %1460 = "stablehlo.dot_general"(%1458, %1459) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %1461 = "stablehlo.reshape"(%1460) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %1462 = "stablehlo.multiply"(%1461, %1461) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1463 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %1465 = "stablehlo.reduce"(%1462, %1463) ({
      ^reductionFn(%arg469: tensor<f32>, %arg470: tensor<f32>) :
          %1464 = "stablehlo.add"(%arg469, %arg470) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1464) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %1466 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %1467 = "stablehlo.broadcast_in_dim"(%1466) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %1468 = "stablehlo.multiply"(%1465, %1467) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %1469 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %1470 = "stablehlo.broadcast_in_dim"(%1469) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %1471 = "stablehlo.add"(%1468, %1470) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %1472 = "stablehlo.rsqrt"(%1471) : (tensor<4xf32>) -> tensor<4xf32>
    %1473 = "stablehlo.convert"(%arg83) : (tensor<64xbf16>) -> tensor<64xf32>
    %1474 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %1475 = "stablehlo.broadcast_in_dim"(%1474) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %1476 = "stablehlo.add"(%1473, %1475) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1477 = "stablehlo.broadcast_in_dim"(%1472) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %1478 = "stablehlo.multiply"(%1461, %1477) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1479 = "stablehlo.broadcast_in_dim"(%1476) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %1480 = "stablehlo.multiply"(%1478, %1479) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1481 = "stablehlo.reshape"(%1480) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %1482 = "stablehlo.add"(%1359, %1481) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1483 = "stablehlo.reshape"(%1482) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %1484 = "stablehlo.multiply"(%1483, %1483) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1485 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %1487 = "stablehlo.reduce"(%1484, %1485) ({
      ^reductionFn(%arg471: tensor<f32>, %arg472: tensor<f32>) :
          %1486 = "stablehlo.add"(%arg471, %arg472) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1486) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %1488 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %1489 = "stablehlo.broadcast_in_dim"(%1488) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %1490 = "stablehlo.multiply"(%1487, %1489) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %1491 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %1492 = "stablehlo.broadcast_in_dim"(%1491) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %1493 = "stablehlo.add"(%1490, %1492) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %1494 = "stablehlo.rsqrt"(%1493) : (tensor<4xf32>) -> tensor<4xf32>
    %1495 = "stablehlo.convert"(%arg84) : (tensor<64xbf16>) -> tensor<64xf32>
    %1496 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %1497 = "stablehlo.broadcast_in_dim"(%1496) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %1498 = "stablehlo.add"(%1495, %1497) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1499 = "stablehlo.broadcast_in_dim"(%1494) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %1500 = "stablehlo.multiply"(%1483, %1499) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1501 = "stablehlo.broadcast_in_dim"(%1498) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %1502 = "stablehlo.multiply"(%1500, %1501) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1503 = "stablehlo.reshape"(%1502) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %1504 = "stablehlo.convert"(%arg85) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %1505 = "stablehlo.dot_general"(%1503, %1504) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %1506 = "stablehlo.convert"(%arg86) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %1507 = "stablehlo.dot_general"(%1503, %1506) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %1508 = "stablehlo.multiply"(%1505, %1505) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1509 = "stablehlo.multiply"(%1508, %1505) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1510 = "stablehlo.constant"() { value = dense<0.044714998453855515> : tensor<f32> } : () -> tensor<f32>
    %1511 = "stablehlo.broadcast_in_dim"(%1510) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %1512 = "stablehlo.multiply"(%1509, %1511) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1513 = "stablehlo.add"(%1505, %1512) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1514 = "stablehlo.constant"() { value = dense<0.7978845834732056> : tensor<f32> } : () -> tensor<f32>
    %1515 = "stablehlo.broadcast_in_dim"(%1514) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %1516 = "stablehlo.multiply"(%1513, %1515) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1517 = "stablehlo.constant"() { value = dense<0.5> : tensor<f32> } : () -> tensor<f32>
    %1518 = "stablehlo.broadcast_in_dim"(%1517) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %1519 = "stablehlo.multiply"(%1505, %1518) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1520 = "stablehlo.tanh"(%1516) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %1521 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %1522 = "stablehlo.broadcast_in_dim"(%1521) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %1523 = "stablehlo.add"(%1520, %1522) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1524 = "stablehlo.multiply"(%1519, %1523) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1525 = "stablehlo.multiply"(%1524, %1507) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1526 = "stablehlo.convert"(%arg87) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %1527 = "stablehlo.dot_general"(%1525, %1526) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %1528 = "stablehlo.reshape"(%1527) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %1529 = "stablehlo.multiply"(%1528, %1528) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1530 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %1532 = "stablehlo.reduce"(%1529, %1530) ({
      ^reductionFn(%arg473: tensor<f32>, %arg474: tensor<f32>) :
          %1531 = "stablehlo.add"(%arg473, %arg474) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1531) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %1533 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %1534 = "stablehlo.broadcast_in_dim"(%1533) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %1535 = "stablehlo.multiply"(%1532, %1534) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %1536 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %1537 = "stablehlo.broadcast_in_dim"(%1536) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %1538 = "stablehlo.add"(%1535, %1537) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %1539 = "stablehlo.rsqrt"(%1538) : (tensor<4xf32>) -> tensor<4xf32>
    %1540 = "stablehlo.convert"(%arg88) : (tensor<64xbf16>) -> tensor<64xf32>
    %1541 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %1542 = "stablehlo.broadcast_in_dim"(%1541) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %1543 = "stablehlo.add"(%1540, %1542) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1544 = "stablehlo.broadcast_in_dim"(%1539) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %1545 = "stablehlo.multiply"(%1528, %1544) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1546 = "stablehlo.broadcast_in_dim"(%1543) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %1547 = "stablehlo.multiply"(%1545, %1546) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1548 = "stablehlo.reshape"(%1547) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %1549 = "stablehlo.add"(%1482, %1548) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1550 = "stablehlo.reshape"(%1549) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %1551 = "stablehlo.multiply"(%1550, %1550) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1552 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %1554 = "stablehlo.reduce"(%1551, %1552) ({
      ^reductionFn(%arg475: tensor<f32>, %arg476: tensor<f32>) :
          %1553 = "stablehlo.add"(%arg475, %arg476) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1553) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %1555 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %1556 = "stablehlo.broadcast_in_dim"(%1555) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %1557 = "stablehlo.multiply"(%1554, %1556) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %1558 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %1559 = "stablehlo.broadcast_in_dim"(%1558) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %1560 = "stablehlo.add"(%1557, %1559) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %1561 = "stablehlo.rsqrt"(%1560) : (tensor<4xf32>) -> tensor<4xf32>
    %1562 = "stablehlo.convert"(%arg89) : (tensor<64xbf16>) -> tensor<64xf32>
    %1563 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %1564 = "stablehlo.broadcast_in_dim"(%1563) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %1565 = "stablehlo.add"(%1562, %1564) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1566 = "stablehlo.broadcast_in_dim"(%1561) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %1567 = "stablehlo.multiply"(%1550, %1566) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1568 = "stablehlo.broadcast_in_dim"(%1565) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %1569 = "stablehlo.multiply"(%1567, %1568) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1570 = "stablehlo.reshape"(%1569) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %1571 = "stablehlo.convert"(%arg90) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %1572 = "stablehlo.dot_general"(%1570, %1571) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %1573 = "stablehlo.convert"(%arg91) : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %1574 = "stablehlo.dot_general"(%1570, %1573) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<32x64xf32>) -> tensor<4x32xf32>
    %1575 = "stablehlo.convert"(%arg92) : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %1576 = "stablehlo.dot_general"(%1570, %1575) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<32x64xf32>) -> tensor<4x32xf32>
    %1577 = "stablehlo.reshape"(%arg342) : (tensor<4xi32>) -> tensor<4x1xi32>
    %1578 = "stablehlo.gather"(%arg288, %1577) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [1],
  collapsed_slice_dims = [0],
  operand_batching_dims = [],
  start_indices_batching_dims = [],
  start_index_map = [0],
  index_vector_dim = 1>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1, 16>
    } : (tensor<32x16xf32>, tensor<4x1xi32>) -> tensor<4x16xf32>
    %1579 = "stablehlo.slice"(%1578) {
      limit_indices = array<i64: 4, 8>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %1580 = "stablehlo.broadcast_in_dim"(%1579) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x4x8xf32>
    %1581 = "stablehlo.slice"(%1578) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 8>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %1582 = "stablehlo.broadcast_in_dim"(%1581) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x4x8xf32>
    %1583 = "stablehlo.reshape"(%1572) : (tensor<4x64xf32>) -> tensor<4x4x16xf32>
    %1584 = "stablehlo.slice"(%1583) {
      limit_indices = array<i64: 4, 4, 8>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x16xf32>) -> tensor<4x4x8xf32>
    %1585 = "stablehlo.slice"(%1583) {
      limit_indices = array<i64: 4, 4, 16>,
      start_indices = array<i64: 0, 0, 8>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x16xf32>) -> tensor<4x4x8xf32>
    %1586 = "stablehlo.multiply"(%1584, %1580) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %1587 = "stablehlo.multiply"(%1585, %1582) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %1588 = "stablehlo.subtract"(%1586, %1587) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %1589 = "stablehlo.multiply"(%1585, %1580) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %1590 = "stablehlo.multiply"(%1584, %1582) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %1591 = "stablehlo.add"(%1589, %1590) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %1592 = "stablehlo.concatenate"(%1588, %1591) { dimension = 2 : i64 } : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x16xf32>
    %1593 = "stablehlo.reshape"(%1592) : (tensor<4x4x16xf32>) -> tensor<4x64xf32>
    %1594 = "stablehlo.reshape"(%arg342) : (tensor<4xi32>) -> tensor<4x1xi32>
    %1595 = "stablehlo.gather"(%arg288, %1594) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [1],
  collapsed_slice_dims = [0],
  operand_batching_dims = [],
  start_indices_batching_dims = [],
  start_index_map = [0],
  index_vector_dim = 1>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1, 16>
    } : (tensor<32x16xf32>, tensor<4x1xi32>) -> tensor<4x16xf32>
    %1596 = "stablehlo.slice"(%1595) {
      limit_indices = array<i64: 4, 8>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %1597 = "stablehlo.broadcast_in_dim"(%1596) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %1598 = "stablehlo.slice"(%1595) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 8>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %1599 = "stablehlo.broadcast_in_dim"(%1598) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %1600 = "stablehlo.reshape"(%1574) : (tensor<4x32xf32>) -> tensor<4x2x16xf32>
    %1601 = "stablehlo.slice"(%1600) {
      limit_indices = array<i64: 4, 2, 8>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x2x16xf32>) -> tensor<4x2x8xf32>
    %1602 = "stablehlo.slice"(%1600) {
      limit_indices = array<i64: 4, 2, 16>,
      start_indices = array<i64: 0, 0, 8>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x2x16xf32>) -> tensor<4x2x8xf32>
    %1603 = "stablehlo.multiply"(%1601, %1597) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %1604 = "stablehlo.multiply"(%1602, %1599) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %1605 = "stablehlo.subtract"(%1603, %1604) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %1606 = "stablehlo.multiply"(%1602, %1597) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %1607 = "stablehlo.multiply"(%1601, %1599) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %1608 = "stablehlo.add"(%1606, %1607) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %1609 = "stablehlo.concatenate"(%1605, %1608) { dimension = 2 : i64 } : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x16xf32>
    %1610 = "stablehlo.reshape"(%1609) : (tensor<4x2x16xf32>) -> tensor<4x32xf32>
    %1611 = "stablehlo.convert"(%1610) : (tensor<4x32xf32>) -> tensor<4x32xbf16>
    %1612 = "stablehlo.scatter"(%arg305, %2, %1611) ({
      ^updateFn(%arg477: tensor<bf16>, %arg478: tensor<bf16>) :
          "stablehlo.return"(%arg478) : (tensor<bf16>) -> ()
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
    %1613 = "stablehlo.convert"(%1576) : (tensor<4x32xf32>) -> tensor<4x32xbf16>
    %1614 = "stablehlo.scatter"(%arg306, %2, %1613) ({
      ^updateFn(%arg479: tensor<bf16>, %arg480: tensor<bf16>) :
          "stablehlo.return"(%arg480) : (tensor<bf16>) -> ()
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
    %1615 = "stablehlo.convert"(%1612) : (tensor<4x32x32xbf16>) -> tensor<4x32x32xf32>
    %1616 = "stablehlo.reshape"(%1615) : (tensor<4x32x32xf32>) -> tensor<128x2x16xf32>
    %1617 = "stablehlo.convert"(%1614) : (tensor<4x32x32xbf16>) -> tensor<4x32x32xf32>
    %1618 = "stablehlo.reshape"(%1617) : (tensor<4x32x32xf32>) -> tensor<128x2x16xf32>
    %1619 = "stablehlo.reshape"(%1593) : (tensor<4x64xf32>) -> tensor<4x2x2x16xf32>
    %1620 = "stablehlo.dot_general"(%1619, %1616) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [1],
  rhs_batching_dimensions = [1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [2]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x2x2x16xf32>, tensor<128x2x16xf32>) -> tensor<2x4x2x128xf32>
    %1621 = "stablehlo.constant"() { value = dense<0.25> : tensor<f32> } : () -> tensor<f32>
    %1622 = "stablehlo.broadcast_in_dim"(%1621) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x4x2x128xf32>
    %1623 = "stablehlo.multiply"(%1620, %1622) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %1624 = "stablehlo.constant"() { value = dense<0.20000000298023224> : tensor<f32> } : () -> tensor<f32>
    %1625 = "stablehlo.broadcast_in_dim"(%1624) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x4x2x128xf32>
    %1626 = "stablehlo.multiply"(%1623, %1625) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %1627 = "stablehlo.tanh"(%1626) : (tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %1628 = "stablehlo.constant"() { value = dense<5.0> : tensor<f32> } : () -> tensor<f32>
    %1629 = "stablehlo.broadcast_in_dim"(%1628) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x4x2x128xf32>
    %1630 = "stablehlo.multiply"(%1627, %1629) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %1631 = "stablehlo.broadcast_in_dim"(%102) { broadcast_dimensions = array<i64: 1, 3> } : (tensor<4x128xi1>) -> tensor<2x4x2x128xi1>
    %1632 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %1633 = "stablehlo.broadcast_in_dim"(%1632) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x4x2x128xf32>
    %1634 = "stablehlo.select"(%1631, %1630, %1633) : (tensor<2x4x2x128xi1>, tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %1635 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %1637 = "stablehlo.reduce"(%1634, %1635) ({
      ^reductionFn(%arg481: tensor<f32>, %arg482: tensor<f32>) :
          %1636 = "stablehlo.maximum"(%arg481, %arg482) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1636) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x4x2x128xf32>, tensor<f32>) -> tensor<2x4x2xf32>
    %1638 = "stablehlo.broadcast_in_dim"(%1637) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x4x2xf32>) -> tensor<2x4x2x128xf32>
    %1639 = "stablehlo.subtract"(%1634, %1638) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %1640 = "stablehlo.exponential"(%1639) : (tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %1641 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %1643 = "stablehlo.reduce"(%1640, %1641) ({
      ^reductionFn(%arg483: tensor<f32>, %arg484: tensor<f32>) :
          %1642 = "stablehlo.add"(%arg483, %arg484) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1642) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x4x2x128xf32>, tensor<f32>) -> tensor<2x4x2xf32>
    %1644 = "stablehlo.broadcast_in_dim"(%1643) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x4x2xf32>) -> tensor<2x4x2x128xf32>
    %1645 = "stablehlo.divide"(%1640, %1644) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %1646 = "stablehlo.dot_general"(%1645, %1618) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0],
  rhs_batching_dimensions = [1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [0]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<2x4x2x128xf32>, tensor<128x2x16xf32>) -> tensor<2x4x2x16xf32>
    %1647 = "stablehlo.transpose"(%1646) { permutation = array<i64: 1, 0, 2, 3> } : (tensor<2x4x2x16xf32>) -> tensor<4x2x2x16xf32>
    %1648 = "stablehlo.reshape"(%1647) : (tensor<4x2x2x16xf32>) -> tensor<4x64xf32>
    %1649 = "stablehlo.convert"(%arg93) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %1650 = "stablehlo.dot_general"(%1648, %1649) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %1651 = "stablehlo.reshape"(%1650) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %1652 = "stablehlo.multiply"(%1651, %1651) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1653 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %1655 = "stablehlo.reduce"(%1652, %1653) ({
      ^reductionFn(%arg485: tensor<f32>, %arg486: tensor<f32>) :
          %1654 = "stablehlo.add"(%arg485, %arg486) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1654) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %1656 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %1657 = "stablehlo.broadcast_in_dim"(%1656) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %1658 = "stablehlo.multiply"(%1655, %1657) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %1659 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %1660 = "stablehlo.broadcast_in_dim"(%1659) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %1661 = "stablehlo.add"(%1658, %1660) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %1662 = "stablehlo.rsqrt"(%1661) : (tensor<4xf32>) -> tensor<4xf32>
    %1663 = "stablehlo.convert"(%arg94) : (tensor<64xbf16>) -> tensor<64xf32>
    %1664 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %1665 = "stablehlo.broadcast_in_dim"(%1664) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %1666 = "stablehlo.add"(%1663, %1665) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1667 = "stablehlo.broadcast_in_dim"(%1662) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %1668 = "stablehlo.multiply"(%1651, %1667) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1669 = "stablehlo.broadcast_in_dim"(%1666) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %1670 = "stablehlo.multiply"(%1668, %1669) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1671 = "stablehlo.reshape"(%1670) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %1672 = "stablehlo.add"(%1549, %1671) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1673 = "stablehlo.reshape"(%1672) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %1674 = "stablehlo.multiply"(%1673, %1673) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1675 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %1677 = "stablehlo.reduce"(%1674, %1675) ({
      ^reductionFn(%arg487: tensor<f32>, %arg488: tensor<f32>) :
          %1676 = "stablehlo.add"(%arg487, %arg488) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1676) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %1678 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %1679 = "stablehlo.broadcast_in_dim"(%1678) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %1680 = "stablehlo.multiply"(%1677, %1679) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %1681 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %1682 = "stablehlo.broadcast_in_dim"(%1681) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %1683 = "stablehlo.add"(%1680, %1682) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %1684 = "stablehlo.rsqrt"(%1683) : (tensor<4xf32>) -> tensor<4xf32>
    %1685 = "stablehlo.convert"(%arg95) : (tensor<64xbf16>) -> tensor<64xf32>
    %1686 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %1687 = "stablehlo.broadcast_in_dim"(%1686) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %1688 = "stablehlo.add"(%1685, %1687) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1689 = "stablehlo.broadcast_in_dim"(%1684) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %1690 = "stablehlo.multiply"(%1673, %1689) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1691 = "stablehlo.broadcast_in_dim"(%1688) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %1692 = "stablehlo.multiply"(%1690, %1691) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1693 = "stablehlo.reshape"(%1692) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %1694 = "stablehlo.convert"(%arg96) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %1695 = "stablehlo.dot_general"(%1693, %1694) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %1696 = "stablehlo.convert"(%arg97) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %1697 = "stablehlo.dot_general"(%1693, %1696) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %1698 = "stablehlo.multiply"(%1695, %1695) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1699 = "stablehlo.multiply"(%1698, %1695) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1700 = "stablehlo.constant"() { value = dense<0.044714998453855515> : tensor<f32> } : () -> tensor<f32>
    %1701 = "stablehlo.broadcast_in_dim"(%1700) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %1702 = "stablehlo.multiply"(%1699, %1701) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1703 = "stablehlo.add"(%1695, %1702) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1704 = "stablehlo.constant"() { value = dense<0.7978845834732056> : tensor<f32> } : () -> tensor<f32>
    %1705 = "stablehlo.broadcast_in_dim"(%1704) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %1706 = "stablehlo.multiply"(%1703, %1705) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1707 = "stablehlo.constant"() { value = dense<0.5> : tensor<f32> } : () -> tensor<f32>
    %1708 = "stablehlo.broadcast_in_dim"(%1707) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %1709 = "stablehlo.multiply"(%1695, %1708) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1710 = "stablehlo.tanh"(%1706) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %1711 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %1712 = "stablehlo.broadcast_in_dim"(%1711) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %1713 = "stablehlo.add"(%1710, %1712) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1714 = "stablehlo.multiply"(%1709, %1713) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1715 = "stablehlo.multiply"(%1714, %1697) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1716 = "stablehlo.convert"(%arg98) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %1717 = "stablehlo.dot_general"(%1715, %1716) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %1718 = "stablehlo.reshape"(%1717) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %1719 = "stablehlo.multiply"(%1718, %1718) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1720 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %1722 = "stablehlo.reduce"(%1719, %1720) ({
      ^reductionFn(%arg489: tensor<f32>, %arg490: tensor<f32>) :
          %1721 = "stablehlo.add"(%arg489, %arg490) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1721) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %1723 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %1724 = "stablehlo.broadcast_in_dim"(%1723) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %1725 = "stablehlo.multiply"(%1722, %1724) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %1726 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %1727 = "stablehlo.broadcast_in_dim"(%1726) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %1728 = "stablehlo.add"(%1725, %1727) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %1729 = "stablehlo.rsqrt"(%1728) : (tensor<4xf32>) -> tensor<4xf32>
    %1730 = "stablehlo.convert"(%arg99) : (tensor<64xbf16>) -> tensor<64xf32>
    %1731 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %1732 = "stablehlo.broadcast_in_dim"(%1731) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %1733 = "stablehlo.add"(%1730, %1732) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1734 = "stablehlo.broadcast_in_dim"(%1729) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %1735 = "stablehlo.multiply"(%1718, %1734) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1736 = "stablehlo.broadcast_in_dim"(%1733) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %1737 = "stablehlo.multiply"(%1735, %1736) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1738 = "stablehlo.reshape"(%1737) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %1739 = "stablehlo.add"(%1672, %1738) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1740 = "stablehlo.reshape"(%1739) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %1741 = "stablehlo.multiply"(%1740, %1740) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1742 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %1744 = "stablehlo.reduce"(%1741, %1742) ({
      ^reductionFn(%arg491: tensor<f32>, %arg492: tensor<f32>) :
          %1743 = "stablehlo.add"(%arg491, %arg492) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1743) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %1745 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %1746 = "stablehlo.broadcast_in_dim"(%1745) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %1747 = "stablehlo.multiply"(%1744, %1746) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %1748 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %1749 = "stablehlo.broadcast_in_dim"(%1748) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %1750 = "stablehlo.add"(%1747, %1749) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %1751 = "stablehlo.rsqrt"(%1750) : (tensor<4xf32>) -> tensor<4xf32>
    %1752 = "stablehlo.convert"(%arg100) : (tensor<64xbf16>) -> tensor<64xf32>
    %1753 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %1754 = "stablehlo.broadcast_in_dim"(%1753) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %1755 = "stablehlo.add"(%1752, %1754) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1756 = "stablehlo.broadcast_in_dim"(%1751) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %1757 = "stablehlo.multiply"(%1740, %1756) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1758 = "stablehlo.broadcast_in_dim"(%1755) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %1759 = "stablehlo.multiply"(%1757, %1758) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1760 = "stablehlo.reshape"(%1759) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %1761 = "stablehlo.convert"(%arg101) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %1762 = "stablehlo.dot_general"(%1760, %1761) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %1763 = "stablehlo.convert"(%arg102) : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %1764 = "stablehlo.dot_general"(%1760, %1763) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<32x64xf32>) -> tensor<4x32xf32>
    %1765 = "stablehlo.convert"(%arg103) : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %1766 = "stablehlo.dot_general"(%1760, %1765) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<32x64xf32>) -> tensor<4x32xf32>
    %1767 = "stablehlo.reshape"(%arg342) : (tensor<4xi32>) -> tensor<4x1xi32>
    %1768 = "stablehlo.gather"(%arg288, %1767) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [1],
  collapsed_slice_dims = [0],
  operand_batching_dims = [],
  start_indices_batching_dims = [],
  start_index_map = [0],
  index_vector_dim = 1>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1, 16>
    } : (tensor<32x16xf32>, tensor<4x1xi32>) -> tensor<4x16xf32>
    %1769 = "stablehlo.slice"(%1768) {
      limit_indices = array<i64: 4, 8>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %1770 = "stablehlo.broadcast_in_dim"(%1769) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x4x8xf32>
    %1771 = "stablehlo.slice"(%1768) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 8>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %1772 = "stablehlo.broadcast_in_dim"(%1771) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x4x8xf32>
    %1773 = "stablehlo.reshape"(%1762) : (tensor<4x64xf32>) -> tensor<4x4x16xf32>
    %1774 = "stablehlo.slice"(%1773) {
      limit_indices = array<i64: 4, 4, 8>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x16xf32>) -> tensor<4x4x8xf32>
    %1775 = "stablehlo.slice"(%1773) {
      limit_indices = array<i64: 4, 4, 16>,
      start_indices = array<i64: 0, 0, 8>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x16xf32>) -> tensor<4x4x8xf32>
    %1776 = "stablehlo.multiply"(%1774, %1770) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %1777 = "stablehlo.multiply"(%1775, %1772) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %1778 = "stablehlo.subtract"(%1776, %1777) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %1779 = "stablehlo.multiply"(%1775, %1770) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %1780 = "stablehlo.multiply"(%1774, %1772) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %1781 = "stablehlo.add"(%1779, %1780) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %1782 = "stablehlo.concatenate"(%1778, %1781) { dimension = 2 : i64 } : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x16xf32>
    %1783 = "stablehlo.reshape"(%1782) : (tensor<4x4x16xf32>) -> tensor<4x64xf32>
    %1784 = "stablehlo.reshape"(%arg342) : (tensor<4xi32>) -> tensor<4x1xi32>
    %1785 = "stablehlo.gather"(%arg288, %1784) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [1],
  collapsed_slice_dims = [0],
  operand_batching_dims = [],
  start_indices_batching_dims = [],
  start_index_map = [0],
  index_vector_dim = 1>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1, 16>
    } : (tensor<32x16xf32>, tensor<4x1xi32>) -> tensor<4x16xf32>
    %1786 = "stablehlo.slice"(%1785) {
      limit_indices = array<i64: 4, 8>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %1787 = "stablehlo.broadcast_in_dim"(%1786) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %1788 = "stablehlo.slice"(%1785) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 8>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %1789 = "stablehlo.broadcast_in_dim"(%1788) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %1790 = "stablehlo.reshape"(%1764) : (tensor<4x32xf32>) -> tensor<4x2x16xf32>
    %1791 = "stablehlo.slice"(%1790) {
      limit_indices = array<i64: 4, 2, 8>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x2x16xf32>) -> tensor<4x2x8xf32>
    %1792 = "stablehlo.slice"(%1790) {
      limit_indices = array<i64: 4, 2, 16>,
      start_indices = array<i64: 0, 0, 8>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x2x16xf32>) -> tensor<4x2x8xf32>
    %1793 = "stablehlo.multiply"(%1791, %1787) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %1794 = "stablehlo.multiply"(%1792, %1789) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %1795 = "stablehlo.subtract"(%1793, %1794) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %1796 = "stablehlo.multiply"(%1792, %1787) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %1797 = "stablehlo.multiply"(%1791, %1789) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %1798 = "stablehlo.add"(%1796, %1797) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %1799 = "stablehlo.concatenate"(%1795, %1798) { dimension = 2 : i64 } : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x16xf32>
    %1800 = "stablehlo.reshape"(%1799) : (tensor<4x2x16xf32>) -> tensor<4x32xf32>
    %1801 = "stablehlo.convert"(%1800) : (tensor<4x32xf32>) -> tensor<4x32xbf16>
    %1802 = "stablehlo.scatter"(%arg307, %2, %1801) ({
      ^updateFn(%arg493: tensor<bf16>, %arg494: tensor<bf16>) :
          "stablehlo.return"(%arg494) : (tensor<bf16>) -> ()
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
    %1803 = "stablehlo.convert"(%1766) : (tensor<4x32xf32>) -> tensor<4x32xbf16>
    %1804 = "stablehlo.scatter"(%arg308, %2, %1803) ({
      ^updateFn(%arg495: tensor<bf16>, %arg496: tensor<bf16>) :
          "stablehlo.return"(%arg496) : (tensor<bf16>) -> ()
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
    %1805 = "stablehlo.convert"(%1802) : (tensor<4x32x32xbf16>) -> tensor<4x32x32xf32>
    %1806 = "stablehlo.reshape"(%1805) : (tensor<4x32x32xf32>) -> tensor<128x2x16xf32>
    %1807 = "stablehlo.convert"(%1804) : (tensor<4x32x32xbf16>) -> tensor<4x32x32xf32>
    %1808 = "stablehlo.reshape"(%1807) : (tensor<4x32x32xf32>) -> tensor<128x2x16xf32>
    %1809 = "stablehlo.reshape"(%1783) : (tensor<4x64xf32>) -> tensor<4x2x2x16xf32>
    %1810 = "stablehlo.dot_general"(%1809, %1806) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [1],
  rhs_batching_dimensions = [1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [2]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x2x2x16xf32>, tensor<128x2x16xf32>) -> tensor<2x4x2x128xf32>
    %1811 = "stablehlo.constant"() { value = dense<0.25> : tensor<f32> } : () -> tensor<f32>
    %1812 = "stablehlo.broadcast_in_dim"(%1811) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x4x2x128xf32>
    %1813 = "stablehlo.multiply"(%1810, %1812) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %1814 = "stablehlo.constant"() { value = dense<0.20000000298023224> : tensor<f32> } : () -> tensor<f32>
    %1815 = "stablehlo.broadcast_in_dim"(%1814) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x4x2x128xf32>
    %1816 = "stablehlo.multiply"(%1813, %1815) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %1817 = "stablehlo.tanh"(%1816) : (tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %1818 = "stablehlo.constant"() { value = dense<5.0> : tensor<f32> } : () -> tensor<f32>
    %1819 = "stablehlo.broadcast_in_dim"(%1818) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x4x2x128xf32>
    %1820 = "stablehlo.multiply"(%1817, %1819) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %1821 = "stablehlo.broadcast_in_dim"(%300) { broadcast_dimensions = array<i64: 1, 3> } : (tensor<4x128xi1>) -> tensor<2x4x2x128xi1>
    %1822 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %1823 = "stablehlo.broadcast_in_dim"(%1822) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x4x2x128xf32>
    %1824 = "stablehlo.select"(%1821, %1820, %1823) : (tensor<2x4x2x128xi1>, tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %1825 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %1827 = "stablehlo.reduce"(%1824, %1825) ({
      ^reductionFn(%arg497: tensor<f32>, %arg498: tensor<f32>) :
          %1826 = "stablehlo.maximum"(%arg497, %arg498) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1826) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x4x2x128xf32>, tensor<f32>) -> tensor<2x4x2xf32>
    %1828 = "stablehlo.broadcast_in_dim"(%1827) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x4x2xf32>) -> tensor<2x4x2x128xf32>
    %1829 = "stablehlo.subtract"(%1824, %1828) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %1830 = "stablehlo.exponential"(%1829) : (tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %1831 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %1833 = "stablehlo.reduce"(%1830, %1831) ({
      ^reductionFn(%arg499: tensor<f32>, %arg500: tensor<f32>) :
          %1832 = "stablehlo.add"(%arg499, %arg500) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1832) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x4x2x128xf32>, tensor<f32>) -> tensor<2x4x2xf32>
    %1834 = "stablehlo.broadcast_in_dim"(%1833) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x4x2xf32>) -> tensor<2x4x2x128xf32>
    %1835 = "stablehlo.divide"(%1830, %1834) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %1836 = "stablehlo.dot_general"(%1835, %1808) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0],
  rhs_batching_dimensions = [1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [0]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<2x4x2x128xf32>, tensor<128x2x16xf32>) -> tensor<2x4x2x16xf32>
    %1837 = "stablehlo.transpose"(%1836) { permutation = array<i64: 1, 0, 2, 3> } : (tensor<2x4x2x16xf32>) -> tensor<4x2x2x16xf32>
    %1838 = "stablehlo.reshape"(%1837) : (tensor<4x2x2x16xf32>) -> tensor<4x64xf32>
    %1839 = "stablehlo.convert"(%arg104) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %1840 = "stablehlo.dot_general"(%1838, %1839) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %1841 = "stablehlo.reshape"(%1840) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %1842 = "stablehlo.multiply"(%1841, %1841) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1843 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %1845 = "stablehlo.reduce"(%1842, %1843) ({
      ^reductionFn(%arg501: tensor<f32>, %arg502: tensor<f32>) :
          %1844 = "stablehlo.add"(%arg501, %arg502) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1844) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %1846 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %1847 = "stablehlo.broadcast_in_dim"(%1846) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %1848 = "stablehlo.multiply"(%1845, %1847) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %1849 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %1850 = "stablehlo.broadcast_in_dim"(%1849) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %1851 = "stablehlo.add"(%1848, %1850) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %1852 = "stablehlo.rsqrt"(%1851) : (tensor<4xf32>) -> tensor<4xf32>
    %1853 = "stablehlo.convert"(%arg105) : (tensor<64xbf16>) -> tensor<64xf32>
    %1854 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %1855 = "stablehlo.broadcast_in_dim"(%1854) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %1856 = "stablehlo.add"(%1853, %1855) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1857 = "stablehlo.broadcast_in_dim"(%1852) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %1858 = "stablehlo.multiply"(%1841, %1857) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1859 = "stablehlo.broadcast_in_dim"(%1856) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %1860 = "stablehlo.multiply"(%1858, %1859) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1861 = "stablehlo.reshape"(%1860) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %1862 = "stablehlo.add"(%1739, %1861) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1863 = "stablehlo.reshape"(%1862) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %1864 = "stablehlo.multiply"(%1863, %1863) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1865 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %1867 = "stablehlo.reduce"(%1864, %1865) ({
      ^reductionFn(%arg503: tensor<f32>, %arg504: tensor<f32>) :
          %1866 = "stablehlo.add"(%arg503, %arg504) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1866) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %1868 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %1869 = "stablehlo.broadcast_in_dim"(%1868) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %1870 = "stablehlo.multiply"(%1867, %1869) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %1871 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %1872 = "stablehlo.broadcast_in_dim"(%1871) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %1873 = "stablehlo.add"(%1870, %1872) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %1874 = "stablehlo.rsqrt"(%1873) : (tensor<4xf32>) -> tensor<4xf32>
    %1875 = "stablehlo.convert"(%arg106) : (tensor<64xbf16>) -> tensor<64xf32>
    %1876 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %1877 = "stablehlo.broadcast_in_dim"(%1876) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %1878 = "stablehlo.add"(%1875, %1877) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1879 = "stablehlo.broadcast_in_dim"(%1874) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %1880 = "stablehlo.multiply"(%1863, %1879) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1881 = "stablehlo.broadcast_in_dim"(%1878) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %1882 = "stablehlo.multiply"(%1880, %1881) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1883 = "stablehlo.reshape"(%1882) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %1884 = "stablehlo.convert"(%arg107) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %1885 = "stablehlo.dot_general"(%1883, %1884) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %1886 = "stablehlo.convert"(%arg108) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %1887 = "stablehlo.dot_general"(%1883, %1886) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %1888 = "stablehlo.multiply"(%1885, %1885) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1889 = "stablehlo.multiply"(%1888, %1885) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1890 = "stablehlo.constant"() { value = dense<0.044714998453855515> : tensor<f32> } : () -> tensor<f32>
    %1891 = "stablehlo.broadcast_in_dim"(%1890) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %1892 = "stablehlo.multiply"(%1889, %1891) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1893 = "stablehlo.add"(%1885, %1892) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1894 = "stablehlo.constant"() { value = dense<0.7978845834732056> : tensor<f32> } : () -> tensor<f32>
    %1895 = "stablehlo.broadcast_in_dim"(%1894) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %1896 = "stablehlo.multiply"(%1893, %1895) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1897 = "stablehlo.constant"() { value = dense<0.5> : tensor<f32> } : () -> tensor<f32>
    %1898 = "stablehlo.broadcast_in_dim"(%1897) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %1899 = "stablehlo.multiply"(%1885, %1898) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1900 = "stablehlo.tanh"(%1896) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %1901 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %1902 = "stablehlo.broadcast_in_dim"(%1901) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %1903 = "stablehlo.add"(%1900, %1902) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1904 = "stablehlo.multiply"(%1899, %1903) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1905 = "stablehlo.multiply"(%1904, %1887) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1906 = "stablehlo.convert"(%arg109) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %1907 = "stablehlo.dot_general"(%1905, %1906) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %1908 = "stablehlo.reshape"(%1907) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %1909 = "stablehlo.multiply"(%1908, %1908) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1910 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %1912 = "stablehlo.reduce"(%1909, %1910) ({
      ^reductionFn(%arg505: tensor<f32>, %arg506: tensor<f32>) :
          %1911 = "stablehlo.add"(%arg505, %arg506) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1911) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %1913 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %1914 = "stablehlo.broadcast_in_dim"(%1913) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %1915 = "stablehlo.multiply"(%1912, %1914) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %1916 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %1917 = "stablehlo.broadcast_in_dim"(%1916) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %1918 = "stablehlo.add"(%1915, %1917) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %1919 = "stablehlo.rsqrt"(%1918) : (tensor<4xf32>) -> tensor<4xf32>
    %1920 = "stablehlo.convert"(%arg110) : (tensor<64xbf16>) -> tensor<64xf32>
    %1921 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %1922 = "stablehlo.broadcast_in_dim"(%1921) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %1923 = "stablehlo.add"(%1920, %1922) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1924 = "stablehlo.broadcast_in_dim"(%1919) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %1925 = "stablehlo.multiply"(%1908, %1924) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1926 = "stablehlo.broadcast_in_dim"(%1923) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %1927 = "stablehlo.multiply"(%1925, %1926) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1928 = "stablehlo.reshape"(%1927) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %1929 = "stablehlo.add"(%1862, %1928) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1930 = "stablehlo.reshape"(%1929) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %1931 = "stablehlo.multiply"(%1930, %1930) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1932 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %1934 = "stablehlo.reduce"(%1931, %1932) ({
      ^reductionFn(%arg507: tensor<f32>, %arg508: tensor<f32>) :
          %1933 = "stablehlo.add"(%arg507, %arg508) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1933) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %1935 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %1936 = "stablehlo.broadcast_in_dim"(%1935) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %1937 = "stablehlo.multiply"(%1934, %1936) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %1938 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %1939 = "stablehlo.broadcast_in_dim"(%1938) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %1940 = "stablehlo.add"(%1937, %1939) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %1941 = "stablehlo.rsqrt"(%1940) : (tensor<4xf32>) -> tensor<4xf32>
    %1942 = "stablehlo.convert"(%arg111) : (tensor<64xbf16>) -> tensor<64xf32>
    %1943 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %1944 = "stablehlo.broadcast_in_dim"(%1943) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %1945 = "stablehlo.add"(%1942, %1944) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1946 = "stablehlo.broadcast_in_dim"(%1941) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %1947 = "stablehlo.multiply"(%1930, %1946) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1948 = "stablehlo.broadcast_in_dim"(%1945) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %1949 = "stablehlo.multiply"(%1947, %1948) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1950 = "stablehlo.reshape"(%1949) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %1951 = "stablehlo.convert"(%arg112) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %1952 = "stablehlo.dot_general"(%1950, %1951) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %1953 = "stablehlo.convert"(%arg113) : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %1954 = "stablehlo.dot_general"(%1950, %1953) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<32x64xf32>) -> tensor<4x32xf32>
    %1955 = "stablehlo.convert"(%arg114) : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %1956 = "stablehlo.dot_general"(%1950, %1955) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<32x64xf32>) -> tensor<4x32xf32>
    %1957 = "stablehlo.reshape"(%arg342) : (tensor<4xi32>) -> tensor<4x1xi32>
    %1958 = "stablehlo.gather"(%arg288, %1957) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [1],
  collapsed_slice_dims = [0],
  operand_batching_dims = [],
  start_indices_batching_dims = [],
  start_index_map = [0],
  index_vector_dim = 1>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1, 16>
    } : (tensor<32x16xf32>, tensor<4x1xi32>) -> tensor<4x16xf32>
    %1959 = "stablehlo.slice"(%1958) {
      limit_indices = array<i64: 4, 8>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %1960 = "stablehlo.broadcast_in_dim"(%1959) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x4x8xf32>
    %1961 = "stablehlo.slice"(%1958) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 8>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %1962 = "stablehlo.broadcast_in_dim"(%1961) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x4x8xf32>
    %1963 = "stablehlo.reshape"(%1952) : (tensor<4x64xf32>) -> tensor<4x4x16xf32>
    %1964 = "stablehlo.slice"(%1963) {
      limit_indices = array<i64: 4, 4, 8>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x16xf32>) -> tensor<4x4x8xf32>
    %1965 = "stablehlo.slice"(%1963) {
      limit_indices = array<i64: 4, 4, 16>,
      start_indices = array<i64: 0, 0, 8>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x16xf32>) -> tensor<4x4x8xf32>
    %1966 = "stablehlo.multiply"(%1964, %1960) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %1967 = "stablehlo.multiply"(%1965, %1962) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %1968 = "stablehlo.subtract"(%1966, %1967) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %1969 = "stablehlo.multiply"(%1965, %1960) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %1970 = "stablehlo.multiply"(%1964, %1962) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %1971 = "stablehlo.add"(%1969, %1970) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %1972 = "stablehlo.concatenate"(%1968, %1971) { dimension = 2 : i64 } : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x16xf32>
    %1973 = "stablehlo.reshape"(%1972) : (tensor<4x4x16xf32>) -> tensor<4x64xf32>
    %1974 = "stablehlo.reshape"(%arg342) : (tensor<4xi32>) -> tensor<4x1xi32>
    %1975 = "stablehlo.gather"(%arg288, %1974) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [1],
  collapsed_slice_dims = [0],
  operand_batching_dims = [],
  start_indices_batching_dims = [],
  start_index_map = [0],
  index_vector_dim = 1>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1, 16>
    } : (tensor<32x16xf32>, tensor<4x1xi32>) -> tensor<4x16xf32>
    %1976 = "stablehlo.slice"(%1975) {
      limit_indices = array<i64: 4, 8>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %1977 = "stablehlo.broadcast_in_dim"(%1976) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %1978 = "stablehlo.slice"(%1975) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 8>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %1979 = "stablehlo.broadcast_in_dim"(%1978) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %1980 = "stablehlo.reshape"(%1954) : (tensor<4x32xf32>) -> tensor<4x2x16xf32>
    %1981 = "stablehlo.slice"(%1980) {
      limit_indices = array<i64: 4, 2, 8>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x2x16xf32>) -> tensor<4x2x8xf32>
    %1982 = "stablehlo.slice"(%1980) {
      limit_indices = array<i64: 4, 2, 16>,
      start_indices = array<i64: 0, 0, 8>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x2x16xf32>) -> tensor<4x2x8xf32>
    %1983 = "stablehlo.multiply"(%1981, %1977) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %1984 = "stablehlo.multiply"(%1982, %1979) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %1985 = "stablehlo.subtract"(%1983, %1984) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %1986 = "stablehlo.multiply"(%1982, %1977) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %1987 = "stablehlo.multiply"(%1981, %1979) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %1988 = "stablehlo.add"(%1986, %1987) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %1989 = "stablehlo.concatenate"(%1985, %1988) { dimension = 2 : i64 } : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x16xf32>
    %1990 = "stablehlo.reshape"(%1989) : (tensor<4x2x16xf32>) -> tensor<4x32xf32>
    %1991 = "stablehlo.convert"(%1990) : (tensor<4x32xf32>) -> tensor<4x32xbf16>
    %1992 = "stablehlo.scatter"(%arg309, %2, %1991) ({
      ^updateFn(%arg509: tensor<bf16>, %arg510: tensor<bf16>) :
          "stablehlo.return"(%arg510) : (tensor<bf16>) -> ()
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
    %1993 = "stablehlo.convert"(%1956) : (tensor<4x32xf32>) -> tensor<4x32xbf16>
    %1994 = "stablehlo.scatter"(%arg310, %2, %1993) ({
      ^updateFn(%arg511: tensor<bf16>, %arg512: tensor<bf16>) :
          "stablehlo.return"(%arg512) : (tensor<bf16>) -> ()
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
    %1995 = "stablehlo.convert"(%1992) : (tensor<4x32x32xbf16>) -> tensor<4x32x32xf32>
    %1996 = "stablehlo.reshape"(%1995) : (tensor<4x32x32xf32>) -> tensor<128x2x16xf32>
    %1997 = "stablehlo.convert"(%1994) : (tensor<4x32x32xbf16>) -> tensor<4x32x32xf32>
    %1998 = "stablehlo.reshape"(%1997) : (tensor<4x32x32xf32>) -> tensor<128x2x16xf32>
    %1999 = "stablehlo.reshape"(%1973) : (tensor<4x64xf32>) -> tensor<4x2x2x16xf32>
    %2000 = "stablehlo.dot_general"(%1999, %1996) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [1],
  rhs_batching_dimensions = [1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [2]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x2x2x16xf32>, tensor<128x2x16xf32>) -> tensor<2x4x2x128xf32>
    %2001 = "stablehlo.constant"() { value = dense<0.25> : tensor<f32> } : () -> tensor<f32>
    %2002 = "stablehlo.broadcast_in_dim"(%2001) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x4x2x128xf32>
    %2003 = "stablehlo.multiply"(%2000, %2002) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %2004 = "stablehlo.constant"() { value = dense<0.20000000298023224> : tensor<f32> } : () -> tensor<f32>
    %2005 = "stablehlo.broadcast_in_dim"(%2004) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x4x2x128xf32>
    %2006 = "stablehlo.multiply"(%2003, %2005) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %2007 = "stablehlo.tanh"(%2006) : (tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %2008 = "stablehlo.constant"() { value = dense<5.0> : tensor<f32> } : () -> tensor<f32>
    %2009 = "stablehlo.broadcast_in_dim"(%2008) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x4x2x128xf32>
    %2010 = "stablehlo.multiply"(%2007, %2009) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %2011 = "stablehlo.broadcast_in_dim"(%102) { broadcast_dimensions = array<i64: 1, 3> } : (tensor<4x128xi1>) -> tensor<2x4x2x128xi1>
    %2012 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %2013 = "stablehlo.broadcast_in_dim"(%2012) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x4x2x128xf32>
    %2014 = "stablehlo.select"(%2011, %2010, %2013) : (tensor<2x4x2x128xi1>, tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %2015 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %2017 = "stablehlo.reduce"(%2014, %2015) ({
      ^reductionFn(%arg513: tensor<f32>, %arg514: tensor<f32>) :
          %2016 = "stablehlo.maximum"(%arg513, %arg514) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%2016) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x4x2x128xf32>, tensor<f32>) -> tensor<2x4x2xf32>
    %2018 = "stablehlo.broadcast_in_dim"(%2017) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x4x2xf32>) -> tensor<2x4x2x128xf32>
    %2019 = "stablehlo.subtract"(%2014, %2018) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %2020 = "stablehlo.exponential"(%2019) : (tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %2021 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %2023 = "stablehlo.reduce"(%2020, %2021) ({
      ^reductionFn(%arg515: tensor<f32>, %arg516: tensor<f32>) :
          %2022 = "stablehlo.add"(%arg515, %arg516) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%2022) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x4x2x128xf32>, tensor<f32>) -> tensor<2x4x2xf32>
    %2024 = "stablehlo.broadcast_in_dim"(%2023) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x4x2xf32>) -> tensor<2x4x2x128xf32>
    %2025 = "stablehlo.divide"(%2020, %2024) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %2026 = "stablehlo.dot_general"(%2025, %1998) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0],
  rhs_batching_dimensions = [1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [0]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<2x4x2x128xf32>, tensor<128x2x16xf32>) -> tensor<2x4x2x16xf32>
    %2027 = "stablehlo.transpose"(%2026) { permutation = array<i64: 1, 0, 2, 3> } : (tensor<2x4x2x16xf32>) -> tensor<4x2x2x16xf32>
    %2028 = "stablehlo.reshape"(%2027) : (tensor<4x2x2x16xf32>) -> tensor<4x64xf32>
    %2029 = "stablehlo.convert"(%arg115) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %2030 = "stablehlo.dot_general"(%2028, %2029) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %2031 = "stablehlo.reshape"(%2030) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %2032 = "stablehlo.multiply"(%2031, %2031) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2033 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %2035 = "stablehlo.reduce"(%2032, %2033) ({
      ^reductionFn(%arg517: tensor<f32>, %arg518: tensor<f32>) :
          %2034 = "stablehlo.add"(%arg517, %arg518) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%2034) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %2036 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %2037 = "stablehlo.broadcast_in_dim"(%2036) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %2038 = "stablehlo.multiply"(%2035, %2037) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %2039 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %2040 = "stablehlo.broadcast_in_dim"(%2039) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %2041 = "stablehlo.add"(%2038, %2040) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %2042 = "stablehlo.rsqrt"(%2041) : (tensor<4xf32>) -> tensor<4xf32>
    %2043 = "stablehlo.convert"(%arg116) : (tensor<64xbf16>) -> tensor<64xf32>
    %2044 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %2045 = "stablehlo.broadcast_in_dim"(%2044) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %2046 = "stablehlo.add"(%2043, %2045) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %2047 = "stablehlo.broadcast_in_dim"(%2042) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %2048 = "stablehlo.multiply"(%2031, %2047) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2049 = "stablehlo.broadcast_in_dim"(%2046) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %2050 = "stablehlo.multiply"(%2048, %2049) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2051 = "stablehlo.reshape"(%2050) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %2052 = "stablehlo.add"(%1929, %2051) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2053 = "stablehlo.reshape"(%2052) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %2054 = "stablehlo.multiply"(%2053, %2053) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2055 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %2057 = "stablehlo.reduce"(%2054, %2055) ({
      ^reductionFn(%arg519: tensor<f32>, %arg520: tensor<f32>) :
          %2056 = "stablehlo.add"(%arg519, %arg520) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%2056) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %2058 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %2059 = "stablehlo.broadcast_in_dim"(%2058) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %2060 = "stablehlo.multiply"(%2057, %2059) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %2061 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %2062 = "stablehlo.broadcast_in_dim"(%2061) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %2063 = "stablehlo.add"(%2060, %2062) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %2064 = "stablehlo.rsqrt"(%2063) : (tensor<4xf32>) -> tensor<4xf32>
    %2065 = "stablehlo.convert"(%arg117) : (tensor<64xbf16>) -> tensor<64xf32>
    %2066 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %2067 = "stablehlo.broadcast_in_dim"(%2066) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %2068 = "stablehlo.add"(%2065, %2067) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %2069 = "stablehlo.broadcast_in_dim"(%2064) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %2070 = "stablehlo.multiply"(%2053, %2069) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2071 = "stablehlo.broadcast_in_dim"(%2068) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %2072 = "stablehlo.multiply"(%2070, %2071) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2073 = "stablehlo.reshape"(%2072) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %2074 = "stablehlo.convert"(%arg118) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %2075 = "stablehlo.dot_general"(%2073, %2074) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %2076 = "stablehlo.convert"(%arg119) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %2077 = "stablehlo.dot_general"(%2073, %2076) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %2078 = "stablehlo.multiply"(%2075, %2075) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2079 = "stablehlo.multiply"(%2078, %2075) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2080 = "stablehlo.constant"() { value = dense<0.044714998453855515> : tensor<f32> } : () -> tensor<f32>
    %2081 = "stablehlo.broadcast_in_dim"(%2080) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %2082 = "stablehlo.multiply"(%2079, %2081) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2083 = "stablehlo.add"(%2075, %2082) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2084 = "stablehlo.constant"() { value = dense<0.7978845834732056> : tensor<f32> } : () -> tensor<f32>
    %2085 = "stablehlo.broadcast_in_dim"(%2084) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %2086 = "stablehlo.multiply"(%2083, %2085) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2087 = "stablehlo.constant"() { value = dense<0.5> : tensor<f32> } : () -> tensor<f32>
    %2088 = "stablehlo.broadcast_in_dim"(%2087) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %2089 = "stablehlo.multiply"(%2075, %2088) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2090 = "stablehlo.tanh"(%2086) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %2091 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %2092 = "stablehlo.broadcast_in_dim"(%2091) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %2093 = "stablehlo.add"(%2090, %2092) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2094 = "stablehlo.multiply"(%2089, %2093) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2095 = "stablehlo.multiply"(%2094, %2077) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2096 = "stablehlo.convert"(%arg120) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %2097 = "stablehlo.dot_general"(%2095, %2096) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %2098 = "stablehlo.reshape"(%2097) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %2099 = "stablehlo.multiply"(%2098, %2098) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2100 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %2102 = "stablehlo.reduce"(%2099, %2100) ({
      ^reductionFn(%arg521: tensor<f32>, %arg522: tensor<f32>) :
          %2101 = "stablehlo.add"(%arg521, %arg522) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%2101) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %2103 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %2104 = "stablehlo.broadcast_in_dim"(%2103) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %2105 = "stablehlo.multiply"(%2102, %2104) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %2106 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %2107 = "stablehlo.broadcast_in_dim"(%2106) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %2108 = "stablehlo.add"(%2105, %2107) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %2109 = "stablehlo.rsqrt"(%2108) : (tensor<4xf32>) -> tensor<4xf32>
    %2110 = "stablehlo.convert"(%arg121) : (tensor<64xbf16>) -> tensor<64xf32>
    %2111 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %2112 = "stablehlo.broadcast_in_dim"(%2111) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %2113 = "stablehlo.add"(%2110, %2112) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %2114 = "stablehlo.broadcast_in_dim"(%2109) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %2115 = "stablehlo.multiply"(%2098, %2114) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2116 = "stablehlo.broadcast_in_dim"(%2113) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %2117 = "stablehlo.multiply"(%2115, %2116) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2118 = "stablehlo.reshape"(%2117) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %2119 = "stablehlo.add"(%2052, %2118) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2120 = "stablehlo.reshape"(%2119) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %2121 = "stablehlo.multiply"(%2120, %2120) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2122 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %2124 = "stablehlo.reduce"(%2121, %2122) ({
      ^reductionFn(%arg523: tensor<f32>, %arg524: tensor<f32>) :
          %2123 = "stablehlo.add"(%arg523, %arg524) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%2123) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %2125 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %2126 = "stablehlo.broadcast_in_dim"(%2125) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %2127 = "stablehlo.multiply"(%2124, %2126) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %2128 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %2129 = "stablehlo.broadcast_in_dim"(%2128) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %2130 = "stablehlo.add"(%2127, %2129) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %2131 = "stablehlo.rsqrt"(%2130) : (tensor<4xf32>) -> tensor<4xf32>
    %2132 = "stablehlo.convert"(%arg122) : (tensor<64xbf16>) -> tensor<64xf32>
    %2133 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %2134 = "stablehlo.broadcast_in_dim"(%2133) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %2135 = "stablehlo.add"(%2132, %2134) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %2136 = "stablehlo.broadcast_in_dim"(%2131) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %2137 = "stablehlo.multiply"(%2120, %2136) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2138 = "stablehlo.broadcast_in_dim"(%2135) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %2139 = "stablehlo.multiply"(%2137, %2138) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2140 = "stablehlo.reshape"(%2139) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %2141 = "stablehlo.convert"(%arg123) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %2142 = "stablehlo.dot_general"(%2140, %2141) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %2143 = "stablehlo.convert"(%arg124) : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %2144 = "stablehlo.dot_general"(%2140, %2143) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<32x64xf32>) -> tensor<4x32xf32>
    %2145 = "stablehlo.convert"(%arg125) : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %2146 = "stablehlo.dot_general"(%2140, %2145) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<32x64xf32>) -> tensor<4x32xf32>
    %2147 = "stablehlo.reshape"(%arg342) : (tensor<4xi32>) -> tensor<4x1xi32>
    %2148 = "stablehlo.gather"(%arg288, %2147) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [1],
  collapsed_slice_dims = [0],
  operand_batching_dims = [],
  start_indices_batching_dims = [],
  start_index_map = [0],
  index_vector_dim = 1>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1, 16>
    } : (tensor<32x16xf32>, tensor<4x1xi32>) -> tensor<4x16xf32>
    %2149 = "stablehlo.slice"(%2148) {
      limit_indices = array<i64: 4, 8>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %2150 = "stablehlo.broadcast_in_dim"(%2149) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x4x8xf32>
    %2151 = "stablehlo.slice"(%2148) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 8>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %2152 = "stablehlo.broadcast_in_dim"(%2151) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x4x8xf32>
    %2153 = "stablehlo.reshape"(%2142) : (tensor<4x64xf32>) -> tensor<4x4x16xf32>
    %2154 = "stablehlo.slice"(%2153) {
      limit_indices = array<i64: 4, 4, 8>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x16xf32>) -> tensor<4x4x8xf32>
    %2155 = "stablehlo.slice"(%2153) {
      limit_indices = array<i64: 4, 4, 16>,
      start_indices = array<i64: 0, 0, 8>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x16xf32>) -> tensor<4x4x8xf32>
    %2156 = "stablehlo.multiply"(%2154, %2150) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %2157 = "stablehlo.multiply"(%2155, %2152) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %2158 = "stablehlo.subtract"(%2156, %2157) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %2159 = "stablehlo.multiply"(%2155, %2150) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %2160 = "stablehlo.multiply"(%2154, %2152) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %2161 = "stablehlo.add"(%2159, %2160) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %2162 = "stablehlo.concatenate"(%2158, %2161) { dimension = 2 : i64 } : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x16xf32>
    %2163 = "stablehlo.reshape"(%2162) : (tensor<4x4x16xf32>) -> tensor<4x64xf32>
    %2164 = "stablehlo.reshape"(%arg342) : (tensor<4xi32>) -> tensor<4x1xi32>
    %2165 = "stablehlo.gather"(%arg288, %2164) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [1],
  collapsed_slice_dims = [0],
  operand_batching_dims = [],
  start_indices_batching_dims = [],
  start_index_map = [0],
  index_vector_dim = 1>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1, 16>
    } : (tensor<32x16xf32>, tensor<4x1xi32>) -> tensor<4x16xf32>
    %2166 = "stablehlo.slice"(%2165) {
      limit_indices = array<i64: 4, 8>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %2167 = "stablehlo.broadcast_in_dim"(%2166) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %2168 = "stablehlo.slice"(%2165) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 8>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %2169 = "stablehlo.broadcast_in_dim"(%2168) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %2170 = "stablehlo.reshape"(%2144) : (tensor<4x32xf32>) -> tensor<4x2x16xf32>
    %2171 = "stablehlo.slice"(%2170) {
      limit_indices = array<i64: 4, 2, 8>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x2x16xf32>) -> tensor<4x2x8xf32>
    %2172 = "stablehlo.slice"(%2170) {
      limit_indices = array<i64: 4, 2, 16>,
      start_indices = array<i64: 0, 0, 8>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x2x16xf32>) -> tensor<4x2x8xf32>
    %2173 = "stablehlo.multiply"(%2171, %2167) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %2174 = "stablehlo.multiply"(%2172, %2169) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %2175 = "stablehlo.subtract"(%2173, %2174) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %2176 = "stablehlo.multiply"(%2172, %2167) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %2177 = "stablehlo.multiply"(%2171, %2169) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %2178 = "stablehlo.add"(%2176, %2177) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %2179 = "stablehlo.concatenate"(%2175, %2178) { dimension = 2 : i64 } : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x16xf32>
    %2180 = "stablehlo.reshape"(%2179) : (tensor<4x2x16xf32>) -> tensor<4x32xf32>
    %2181 = "stablehlo.convert"(%2180) : (tensor<4x32xf32>) -> tensor<4x32xbf16>
    %2182 = "stablehlo.scatter"(%arg311, %2, %2181) ({
      ^updateFn(%arg525: tensor<bf16>, %arg526: tensor<bf16>) :
          "stablehlo.return"(%arg526) : (tensor<bf16>) -> ()
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
    %2183 = "stablehlo.convert"(%2146) : (tensor<4x32xf32>) -> tensor<4x32xbf16>
    %2184 = "stablehlo.scatter"(%arg312, %2, %2183) ({
      ^updateFn(%arg527: tensor<bf16>, %arg528: tensor<bf16>) :
          "stablehlo.return"(%arg528) : (tensor<bf16>) -> ()
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
    %2185 = "stablehlo.convert"(%2182) : (tensor<4x32x32xbf16>) -> tensor<4x32x32xf32>
    %2186 = "stablehlo.reshape"(%2185) : (tensor<4x32x32xf32>) -> tensor<128x2x16xf32>
    %2187 = "stablehlo.convert"(%2184) : (tensor<4x32x32xbf16>) -> tensor<4x32x32xf32>
    %2188 = "stablehlo.reshape"(%2187) : (tensor<4x32x32xf32>) -> tensor<128x2x16xf32>
    %2189 = "stablehlo.reshape"(%2163) : (tensor<4x64xf32>) -> tensor<4x2x2x16xf32>
    %2190 = "stablehlo.dot_general"(%2189, %2186) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [1],
  rhs_batching_dimensions = [1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [2]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x2x2x16xf32>, tensor<128x2x16xf32>) -> tensor<2x4x2x128xf32>
    %2191 = "stablehlo.constant"() { value = dense<0.25> : tensor<f32> } : () -> tensor<f32>
    %2192 = "stablehlo.broadcast_in_dim"(%2191) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x4x2x128xf32>
    %2193 = "stablehlo.multiply"(%2190, %2192) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %2194 = "stablehlo.constant"() { value = dense<0.20000000298023224> : tensor<f32> } : () -> tensor<f32>
    %2195 = "stablehlo.broadcast_in_dim"(%2194) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x4x2x128xf32>
    %2196 = "stablehlo.multiply"(%2193, %2195) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %2197 = "stablehlo.tanh"(%2196) : (tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %2198 = "stablehlo.constant"() { value = dense<5.0> : tensor<f32> } : () -> tensor<f32>
    %2199 = "stablehlo.broadcast_in_dim"(%2198) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x4x2x128xf32>
    %2200 = "stablehlo.multiply"(%2197, %2199) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %2201 = "stablehlo.broadcast_in_dim"(%300) { broadcast_dimensions = array<i64: 1, 3> } : (tensor<4x128xi1>) -> tensor<2x4x2x128xi1>
    %2202 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %2203 = "stablehlo.broadcast_in_dim"(%2202) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x4x2x128xf32>
    %2204 = "stablehlo.select"(%2201, %2200, %2203) : (tensor<2x4x2x128xi1>, tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %2205 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %2207 = "stablehlo.reduce"(%2204, %2205) ({
      ^reductionFn(%arg529: tensor<f32>, %arg530: tensor<f32>) :
          %2206 = "stablehlo.maximum"(%arg529, %arg530) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%2206) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x4x2x128xf32>, tensor<f32>) -> tensor<2x4x2xf32>
    %2208 = "stablehlo.broadcast_in_dim"(%2207) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x4x2xf32>) -> tensor<2x4x2x128xf32>
    %2209 = "stablehlo.subtract"(%2204, %2208) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %2210 = "stablehlo.exponential"(%2209) : (tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %2211 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %2213 = "stablehlo.reduce"(%2210, %2211) ({
      ^reductionFn(%arg531: tensor<f32>, %arg532: tensor<f32>) :
          %2212 = "stablehlo.add"(%arg531, %arg532) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%2212) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x4x2x128xf32>, tensor<f32>) -> tensor<2x4x2xf32>
    %2214 = "stablehlo.broadcast_in_dim"(%2213) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x4x2xf32>) -> tensor<2x4x2x128xf32>
    %2215 = "stablehlo.divide"(%2210, %2214) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %2216 = "stablehlo.dot_general"(%2215, %2188) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0],
  rhs_batching_dimensions = [1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [0]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<2x4x2x128xf32>, tensor<128x2x16xf32>) -> tensor<2x4x2x16xf32>
    %2217 = "stablehlo.transpose"(%2216) { permutation = array<i64: 1, 0, 2, 3> } : (tensor<2x4x2x16xf32>) -> tensor<4x2x2x16xf32>
    %2218 = "stablehlo.reshape"(%2217) : (tensor<4x2x2x16xf32>) -> tensor<4x64xf32>
    %2219 = "stablehlo.convert"(%arg126) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %2220 = "stablehlo.dot_general"(%2218, %2219) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %2221 = "stablehlo.reshape"(%2220) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %2222 = "stablehlo.multiply"(%2221, %2221) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2223 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %2225 = "stablehlo.reduce"(%2222, %2223) ({
      ^reductionFn(%arg533: tensor<f32>, %arg534: tensor<f32>) :
          %2224 = "stablehlo.add"(%arg533, %arg534) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%2224) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %2226 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %2227 = "stablehlo.broadcast_in_dim"(%2226) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %2228 = "stablehlo.multiply"(%2225, %2227) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %2229 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %2230 = "stablehlo.broadcast_in_dim"(%2229) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %2231 = "stablehlo.add"(%2228, %2230) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %2232 = "stablehlo.rsqrt"(%2231) : (tensor<4xf32>) -> tensor<4xf32>
    %2233 = "stablehlo.convert"(%arg127) : (tensor<64xbf16>) -> tensor<64xf32>
    %2234 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %2235 = "stablehlo.broadcast_in_dim"(%2234) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %2236 = "stablehlo.add"(%2233, %2235) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %2237 = "stablehlo.broadcast_in_dim"(%2232) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %2238 = "stablehlo.multiply"(%2221, %2237) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2239 = "stablehlo.broadcast_in_dim"(%2236) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %2240 = "stablehlo.multiply"(%2238, %2239) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2241 = "stablehlo.reshape"(%2240) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %2242 = "stablehlo.add"(%2119, %2241) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2243 = "stablehlo.reshape"(%2242) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %2244 = "stablehlo.multiply"(%2243, %2243) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2245 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %2247 = "stablehlo.reduce"(%2244, %2245) ({
      ^reductionFn(%arg535: tensor<f32>, %arg536: tensor<f32>) :
          %2246 = "stablehlo.add"(%arg535, %arg536) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%2246) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %2248 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %2249 = "stablehlo.broadcast_in_dim"(%2248) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %2250 = "stablehlo.multiply"(%2247, %2249) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %2251 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %2252 = "stablehlo.broadcast_in_dim"(%2251) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %2253 = "stablehlo.add"(%2250, %2252) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %2254 = "stablehlo.rsqrt"(%2253) : (tensor<4xf32>) -> tensor<4xf32>
    %2255 = "stablehlo.convert"(%arg128) : (tensor<64xbf16>) -> tensor<64xf32>
    %2256 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %2257 = "stablehlo.broadcast_in_dim"(%2256) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %2258 = "stablehlo.add"(%2255, %2257) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %2259 = "stablehlo.broadcast_in_dim"(%2254) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %2260 = "stablehlo.multiply"(%2243, %2259) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2261 = "stablehlo.broadcast_in_dim"(%2258) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %2262 = "stablehlo.multiply"(%2260, %2261) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2263 = "stablehlo.reshape"(%2262) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %2264 = "stablehlo.convert"(%arg129) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %2265 = "stablehlo.dot_general"(%2263, %2264) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %2266 = "stablehlo.convert"(%arg130) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %2267 = "stablehlo.dot_general"(%2263, %2266) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %2268 = "stablehlo.multiply"(%2265, %2265) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2269 = "stablehlo.multiply"(%2268, %2265) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2270 = "stablehlo.constant"() { value = dense<0.044714998453855515> : tensor<f32> } : () -> tensor<f32>
    %2271 = "stablehlo.broadcast_in_dim"(%2270) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %2272 = "stablehlo.multiply"(%2269, %2271) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2273 = "stablehlo.add"(%2265, %2272) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2274 = "stablehlo.constant"() { value = dense<0.7978845834732056> : tensor<f32> } : () -> tensor<f32>
    %2275 = "stablehlo.broadcast_in_dim"(%2274) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %2276 = "stablehlo.multiply"(%2273, %2275) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2277 = "stablehlo.constant"() { value = dense<0.5> : tensor<f32> } : () -> tensor<f32>
    %2278 = "stablehlo.broadcast_in_dim"(%2277) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %2279 = "stablehlo.multiply"(%2265, %2278) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2280 = "stablehlo.tanh"(%2276) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %2281 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %2282 = "stablehlo.broadcast_in_dim"(%2281) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %2283 = "stablehlo.add"(%2280, %2282) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2284 = "stablehlo.multiply"(%2279, %2283) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2285 = "stablehlo.multiply"(%2284, %2267) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2286 = "stablehlo.convert"(%arg131) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %2287 = "stablehlo.dot_general"(%2285, %2286) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %2288 = "stablehlo.reshape"(%2287) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %2289 = "stablehlo.multiply"(%2288, %2288) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2290 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %2292 = "stablehlo.reduce"(%2289, %2290) ({
      ^reductionFn(%arg537: tensor<f32>, %arg538: tensor<f32>) :
          %2291 = "stablehlo.add"(%arg537, %arg538) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%2291) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %2293 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %2294 = "stablehlo.broadcast_in_dim"(%2293) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %2295 = "stablehlo.multiply"(%2292, %2294) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %2296 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %2297 = "stablehlo.broadcast_in_dim"(%2296) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %2298 = "stablehlo.add"(%2295, %2297) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %2299 = "stablehlo.rsqrt"(%2298) : (tensor<4xf32>) -> tensor<4xf32>
    %2300 = "stablehlo.convert"(%arg132) : (tensor<64xbf16>) -> tensor<64xf32>
    %2301 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %2302 = "stablehlo.broadcast_in_dim"(%2301) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %2303 = "stablehlo.add"(%2300, %2302) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %2304 = "stablehlo.broadcast_in_dim"(%2299) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %2305 = "stablehlo.multiply"(%2288, %2304) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2306 = "stablehlo.broadcast_in_dim"(%2303) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %2307 = "stablehlo.multiply"(%2305, %2306) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2308 = "stablehlo.reshape"(%2307) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %2309 = "stablehlo.add"(%2242, %2308) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2310 = "stablehlo.reshape"(%2309) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %2311 = "stablehlo.multiply"(%2310, %2310) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2312 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %2314 = "stablehlo.reduce"(%2311, %2312) ({
      ^reductionFn(%arg539: tensor<f32>, %arg540: tensor<f32>) :
          %2313 = "stablehlo.add"(%arg539, %arg540) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%2313) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %2315 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %2316 = "stablehlo.broadcast_in_dim"(%2315) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %2317 = "stablehlo.multiply"(%2314, %2316) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %2318 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %2319 = "stablehlo.broadcast_in_dim"(%2318) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %2320 = "stablehlo.add"(%2317, %2319) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %2321 = "stablehlo.rsqrt"(%2320) : (tensor<4xf32>) -> tensor<4xf32>
    %2322 = "stablehlo.convert"(%arg133) : (tensor<64xbf16>) -> tensor<64xf32>
    %2323 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %2324 = "stablehlo.broadcast_in_dim"(%2323) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %2325 = "stablehlo.add"(%2322, %2324) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %2326 = "stablehlo.broadcast_in_dim"(%2321) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %2327 = "stablehlo.multiply"(%2310, %2326) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2328 = "stablehlo.broadcast_in_dim"(%2325) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %2329 = "stablehlo.multiply"(%2327, %2328) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2330 = "stablehlo.reshape"(%2329) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %2331 = "stablehlo.convert"(%arg134) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %2332 = "stablehlo.dot_general"(%2330, %2331) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %2333 = "stablehlo.convert"(%arg135) : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %2334 = "stablehlo.dot_general"(%2330, %2333) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<32x64xf32>) -> tensor<4x32xf32>
    %2335 = "stablehlo.convert"(%arg136) : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %2336 = "stablehlo.dot_general"(%2330, %2335) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<32x64xf32>) -> tensor<4x32xf32>
    %2337 = "stablehlo.reshape"(%arg342) : (tensor<4xi32>) -> tensor<4x1xi32>
    %2338 = "stablehlo.gather"(%arg288, %2337) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [1],
  collapsed_slice_dims = [0],
  operand_batching_dims = [],
  start_indices_batching_dims = [],
  start_index_map = [0],
  index_vector_dim = 1>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1, 16>
    } : (tensor<32x16xf32>, tensor<4x1xi32>) -> tensor<4x16xf32>
    %2339 = "stablehlo.slice"(%2338) {
      limit_indices = array<i64: 4, 8>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %2340 = "stablehlo.broadcast_in_dim"(%2339) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x4x8xf32>
    %2341 = "stablehlo.slice"(%2338) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 8>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %2342 = "stablehlo.broadcast_in_dim"(%2341) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x4x8xf32>
    %2343 = "stablehlo.reshape"(%2332) : (tensor<4x64xf32>) -> tensor<4x4x16xf32>
    %2344 = "stablehlo.slice"(%2343) {
      limit_indices = array<i64: 4, 4, 8>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x16xf32>) -> tensor<4x4x8xf32>
    %2345 = "stablehlo.slice"(%2343) {
      limit_indices = array<i64: 4, 4, 16>,
      start_indices = array<i64: 0, 0, 8>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x16xf32>) -> tensor<4x4x8xf32>
    %2346 = "stablehlo.multiply"(%2344, %2340) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %2347 = "stablehlo.multiply"(%2345, %2342) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %2348 = "stablehlo.subtract"(%2346, %2347) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %2349 = "stablehlo.multiply"(%2345, %2340) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %2350 = "stablehlo.multiply"(%2344, %2342) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %2351 = "stablehlo.add"(%2349, %2350) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %2352 = "stablehlo.concatenate"(%2348, %2351) { dimension = 2 : i64 } : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x16xf32>
    %2353 = "stablehlo.reshape"(%2352) : (tensor<4x4x16xf32>) -> tensor<4x64xf32>
    %2354 = "stablehlo.reshape"(%arg342) : (tensor<4xi32>) -> tensor<4x1xi32>
    %2355 = "stablehlo.gather"(%arg288, %2354) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [1],
  collapsed_slice_dims = [0],
  operand_batching_dims = [],
  start_indices_batching_dims = [],
  start_index_map = [0],
  index_vector_dim = 1>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1, 16>
    } : (tensor<32x16xf32>, tensor<4x1xi32>) -> tensor<4x16xf32>
    %2356 = "stablehlo.slice"(%2355) {
      limit_indices = array<i64: 4, 8>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %2357 = "stablehlo.broadcast_in_dim"(%2356) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %2358 = "stablehlo.slice"(%2355) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 8>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %2359 = "stablehlo.broadcast_in_dim"(%2358) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %2360 = "stablehlo.reshape"(%2334) : (tensor<4x32xf32>) -> tensor<4x2x16xf32>
    %2361 = "stablehlo.slice"(%2360) {
      limit_indices = array<i64: 4, 2, 8>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x2x16xf32>) -> tensor<4x2x8xf32>
    %2362 = "stablehlo.slice"(%2360) {
      limit_indices = array<i64: 4, 2, 16>,
      start_indices = array<i64: 0, 0, 8>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x2x16xf32>) -> tensor<4x2x8xf32>
    %2363 = "stablehlo.multiply"(%2361, %2357) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %2364 = "stablehlo.multiply"(%2362, %2359) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %2365 = "stablehlo.subtract"(%2363, %2364) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %2366 = "stablehlo.multiply"(%2362, %2357) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %2367 = "stablehlo.multiply"(%2361, %2359) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %2368 = "stablehlo.add"(%2366, %2367) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %2369 = "stablehlo.concatenate"(%2365, %2368) { dimension = 2 : i64 } : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x16xf32>
    %2370 = "stablehlo.reshape"(%2369) : (tensor<4x2x16xf32>) -> tensor<4x32xf32>
    %2371 = "stablehlo.convert"(%2370) : (tensor<4x32xf32>) -> tensor<4x32xbf16>
    %2372 = "stablehlo.scatter"(%arg313, %2, %2371) ({
      ^updateFn(%arg541: tensor<bf16>, %arg542: tensor<bf16>) :
          "stablehlo.return"(%arg542) : (tensor<bf16>) -> ()
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
    %2373 = "stablehlo.convert"(%2336) : (tensor<4x32xf32>) -> tensor<4x32xbf16>
    %2374 = "stablehlo.scatter"(%arg314, %2, %2373) ({
      ^updateFn(%arg543: tensor<bf16>, %arg544: tensor<bf16>) :
          "stablehlo.return"(%arg544) : (tensor<bf16>) -> ()
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
    %2375 = "stablehlo.convert"(%2372) : (tensor<4x32x32xbf16>) -> tensor<4x32x32xf32>
    %2376 = "stablehlo.reshape"(%2375) : (tensor<4x32x32xf32>) -> tensor<128x2x16xf32>
    %2377 = "stablehlo.convert"(%2374) : (tensor<4x32x32xbf16>) -> tensor<4x32x32xf32>
    %2378 = "stablehlo.reshape"(%2377) : (tensor<4x32x32xf32>) -> tensor<128x2x16xf32>
    %2379 = "stablehlo.reshape"(%2353) : (tensor<4x64xf32>) -> tensor<4x2x2x16xf32>
    %2380 = "stablehlo.dot_general"(%2379, %2376) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [1],
  rhs_batching_dimensions = [1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [2]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x2x2x16xf32>, tensor<128x2x16xf32>) -> tensor<2x4x2x128xf32>
    %2381 = "stablehlo.constant"() { value = dense<0.25> : tensor<f32> } : () -> tensor<f32>
    %2382 = "stablehlo.broadcast_in_dim"(%2381) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x4x2x128xf32>
    %2383 = "stablehlo.multiply"(%2380, %2382) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %2384 = "stablehlo.constant"() { value = dense<0.20000000298023224> : tensor<f32> } : () -> tensor<f32>
    %2385 = "stablehlo.broadcast_in_dim"(%2384) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x4x2x128xf32>
    %2386 = "stablehlo.multiply"(%2383, %2385) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %2387 = "stablehlo.tanh"(%2386) : (tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %2388 = "stablehlo.constant"() { value = dense<5.0> : tensor<f32> } : () -> tensor<f32>
    %2389 = "stablehlo.broadcast_in_dim"(%2388) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x4x2x128xf32>
    %2390 = "stablehlo.multiply"(%2387, %2389) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %2391 = "stablehlo.broadcast_in_dim"(%102) { broadcast_dimensions = array<i64: 1, 3> } : (tensor<4x128xi1>) -> tensor<2x4x2x128xi1>
    %2392 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %2393 = "stablehlo.broadcast_in_dim"(%2392) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x4x2x128xf32>
    %2394 = "stablehlo.select"(%2391, %2390, %2393) : (tensor<2x4x2x128xi1>, tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %2395 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %2397 = "stablehlo.reduce"(%2394, %2395) ({
      ^reductionFn(%arg545: tensor<f32>, %arg546: tensor<f32>) :
          %2396 = "stablehlo.maximum"(%arg545, %arg546) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%2396) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x4x2x128xf32>, tensor<f32>) -> tensor<2x4x2xf32>
    %2398 = "stablehlo.broadcast_in_dim"(%2397) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x4x2xf32>) -> tensor<2x4x2x128xf32>
    %2399 = "stablehlo.subtract"(%2394, %2398) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %2400 = "stablehlo.exponential"(%2399) : (tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %2401 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %2403 = "stablehlo.reduce"(%2400, %2401) ({
      ^reductionFn(%arg547: tensor<f32>, %arg548: tensor<f32>) :
          %2402 = "stablehlo.add"(%arg547, %arg548) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%2402) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x4x2x128xf32>, tensor<f32>) -> tensor<2x4x2xf32>
    %2404 = "stablehlo.broadcast_in_dim"(%2403) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x4x2xf32>) -> tensor<2x4x2x128xf32>
    %2405 = "stablehlo.divide"(%2400, %2404) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %2406 = "stablehlo.dot_general"(%2405, %2378) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0],
  rhs_batching_dimensions = [1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [0]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<2x4x2x128xf32>, tensor<128x2x16xf32>) -> tensor<2x4x2x16xf32>
    %2407 = "stablehlo.transpose"(%2406) { permutation = array<i64: 1, 0, 2, 3> } : (tensor<2x4x2x16xf32>) -> tensor<4x2x2x16xf32>
    %2408 = "stablehlo.reshape"(%2407) : (tensor<4x2x2x16xf32>) -> tensor<4x64xf32>
    %2409 = "stablehlo.convert"(%arg137) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %2410 = "stablehlo.dot_general"(%2408, %2409) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %2411 = "stablehlo.reshape"(%2410) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %2412 = "stablehlo.multiply"(%2411, %2411) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2413 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %2415 = "stablehlo.reduce"(%2412, %2413) ({
      ^reductionFn(%arg549: tensor<f32>, %arg550: tensor<f32>) :
          %2414 = "stablehlo.add"(%arg549, %arg550) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%2414) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %2416 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %2417 = "stablehlo.broadcast_in_dim"(%2416) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %2418 = "stablehlo.multiply"(%2415, %2417) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %2419 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %2420 = "stablehlo.broadcast_in_dim"(%2419) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %2421 = "stablehlo.add"(%2418, %2420) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %2422 = "stablehlo.rsqrt"(%2421) : (tensor<4xf32>) -> tensor<4xf32>
    %2423 = "stablehlo.convert"(%arg138) : (tensor<64xbf16>) -> tensor<64xf32>
    %2424 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %2425 = "stablehlo.broadcast_in_dim"(%2424) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %2426 = "stablehlo.add"(%2423, %2425) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %2427 = "stablehlo.broadcast_in_dim"(%2422) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %2428 = "stablehlo.multiply"(%2411, %2427) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2429 = "stablehlo.broadcast_in_dim"(%2426) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %2430 = "stablehlo.multiply"(%2428, %2429) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2431 = "stablehlo.reshape"(%2430) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %2432 = "stablehlo.add"(%2309, %2431) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2433 = "stablehlo.reshape"(%2432) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %2434 = "stablehlo.multiply"(%2433, %2433) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2435 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %2437 = "stablehlo.reduce"(%2434, %2435) ({
      ^reductionFn(%arg551: tensor<f32>, %arg552: tensor<f32>) :
          %2436 = "stablehlo.add"(%arg551, %arg552) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%2436) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %2438 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %2439 = "stablehlo.broadcast_in_dim"(%2438) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %2440 = "stablehlo.multiply"(%2437, %2439) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %2441 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %2442 = "stablehlo.broadcast_in_dim"(%2441) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %2443 = "stablehlo.add"(%2440, %2442) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %2444 = "stablehlo.rsqrt"(%2443) : (tensor<4xf32>) -> tensor<4xf32>
    %2445 = "stablehlo.convert"(%arg139) : (tensor<64xbf16>) -> tensor<64xf32>
    %2446 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %2447 = "stablehlo.broadcast_in_dim"(%2446) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %2448 = "stablehlo.add"(%2445, %2447) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %2449 = "stablehlo.broadcast_in_dim"(%2444) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %2450 = "stablehlo.multiply"(%2433, %2449) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2451 = "stablehlo.broadcast_in_dim"(%2448) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %2452 = "stablehlo.multiply"(%2450, %2451) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2453 = "stablehlo.reshape"(%2452) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %2454 = "stablehlo.convert"(%arg140) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %2455 = "stablehlo.dot_general"(%2453, %2454) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %2456 = "stablehlo.convert"(%arg141) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %2457 = "stablehlo.dot_general"(%2453, %2456) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %2458 = "stablehlo.multiply"(%2455, %2455) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2459 = "stablehlo.multiply"(%2458, %2455) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2460 = "stablehlo.constant"() { value = dense<0.044714998453855515> : tensor<f32> } : () -> tensor<f32>
    %2461 = "stablehlo.broadcast_in_dim"(%2460) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %2462 = "stablehlo.multiply"(%2459, %2461) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2463 = "stablehlo.add"(%2455, %2462) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2464 = "stablehlo.constant"() { value = dense<0.7978845834732056> : tensor<f32> } : () -> tensor<f32>
    %2465 = "stablehlo.broadcast_in_dim"(%2464) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %2466 = "stablehlo.multiply"(%2463, %2465) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2467 = "stablehlo.constant"() { value = dense<0.5> : tensor<f32> } : () -> tensor<f32>
    %2468 = "stablehlo.broadcast_in_dim"(%2467) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %2469 = "stablehlo.multiply"(%2455, %2468) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2470 = "stablehlo.tanh"(%2466) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %2471 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %2472 = "stablehlo.broadcast_in_dim"(%2471) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %2473 = "stablehlo.add"(%2470, %2472) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2474 = "stablehlo.multiply"(%2469, %2473) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2475 = "stablehlo.multiply"(%2474, %2457) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2476 = "stablehlo.convert"(%arg142) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %2477 = "stablehlo.dot_general"(%2475, %2476) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %2478 = "stablehlo.reshape"(%2477) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %2479 = "stablehlo.multiply"(%2478, %2478) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2480 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %2482 = "stablehlo.reduce"(%2479, %2480) ({
      ^reductionFn(%arg553: tensor<f32>, %arg554: tensor<f32>) :
          %2481 = "stablehlo.add"(%arg553, %arg554) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%2481) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %2483 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %2484 = "stablehlo.broadcast_in_dim"(%2483) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %2485 = "stablehlo.multiply"(%2482, %2484) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %2486 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %2487 = "stablehlo.broadcast_in_dim"(%2486) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %2488 = "stablehlo.add"(%2485, %2487) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %2489 = "stablehlo.rsqrt"(%2488) : (tensor<4xf32>) -> tensor<4xf32>
    %2490 = "stablehlo.convert"(%arg143) : (tensor<64xbf16>) -> tensor<64xf32>
    %2491 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %2492 = "stablehlo.broadcast_in_dim"(%2491) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %2493 = "stablehlo.add"(%2490, %2492) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %2494 = "stablehlo.broadcast_in_dim"(%2489) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %2495 = "stablehlo.multiply"(%2478, %2494) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2496 = "stablehlo.broadcast_in_dim"(%2493) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %2497 = "stablehlo.multiply"(%2495, %2496) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2498 = "stablehlo.reshape"(%2497) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %2499 = "stablehlo.add"(%2432, %2498) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2500 = "stablehlo.reshape"(%2499) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %2501 = "stablehlo.multiply"(%2500, %2500) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2502 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %2504 = "stablehlo.reduce"(%2501, %2502) ({
      ^reductionFn(%arg555: tensor<f32>, %arg556: tensor<f32>) :
          %2503 = "stablehlo.add"(%arg555, %arg556) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%2503) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %2505 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %2506 = "stablehlo.broadcast_in_dim"(%2505) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %2507 = "stablehlo.multiply"(%2504, %2506) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %2508 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %2509 = "stablehlo.broadcast_in_dim"(%2508) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %2510 = "stablehlo.add"(%2507, %2509) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %2511 = "stablehlo.rsqrt"(%2510) : (tensor<4xf32>) -> tensor<4xf32>
    %2512 = "stablehlo.convert"(%arg144) : (tensor<64xbf16>) -> tensor<64xf32>
    %2513 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %2514 = "stablehlo.broadcast_in_dim"(%2513) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %2515 = "stablehlo.add"(%2512, %2514) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %2516 = "stablehlo.broadcast_in_dim"(%2511) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %2517 = "stablehlo.multiply"(%2500, %2516) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2518 = "stablehlo.broadcast_in_dim"(%2515) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %2519 = "stablehlo.multiply"(%2517, %2518) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2520 = "stablehlo.reshape"(%2519) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %2521 = "stablehlo.convert"(%arg145) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %2522 = "stablehlo.dot_general"(%2520, %2521) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %2523 = "stablehlo.convert"(%arg146) : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %2524 = "stablehlo.dot_general"(%2520, %2523) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<32x64xf32>) -> tensor<4x32xf32>
    %2525 = "stablehlo.convert"(%arg147) : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %2526 = "stablehlo.dot_general"(%2520, %2525) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<32x64xf32>) -> tensor<4x32xf32>
    %2527 = "stablehlo.reshape"(%arg342) : (tensor<4xi32>) -> tensor<4x1xi32>
    %2528 = "stablehlo.gather"(%arg288, %2527) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [1],
  collapsed_slice_dims = [0],
  operand_batching_dims = [],
  start_indices_batching_dims = [],
  start_index_map = [0],
  index_vector_dim = 1>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1, 16>
    } : (tensor<32x16xf32>, tensor<4x1xi32>) -> tensor<4x16xf32>
    %2529 = "stablehlo.slice"(%2528) {
      limit_indices = array<i64: 4, 8>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %2530 = "stablehlo.broadcast_in_dim"(%2529) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x4x8xf32>
    %2531 = "stablehlo.slice"(%2528) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 8>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %2532 = "stablehlo.broadcast_in_dim"(%2531) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x4x8xf32>
    %2533 = "stablehlo.reshape"(%2522) : (tensor<4x64xf32>) -> tensor<4x4x16xf32>
    %2534 = "stablehlo.slice"(%2533) {
      limit_indices = array<i64: 4, 4, 8>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x16xf32>) -> tensor<4x4x8xf32>
    %2535 = "stablehlo.slice"(%2533) {
      limit_indices = array<i64: 4, 4, 16>,
      start_indices = array<i64: 0, 0, 8>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x16xf32>) -> tensor<4x4x8xf32>
    %2536 = "stablehlo.multiply"(%2534, %2530) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %2537 = "stablehlo.multiply"(%2535, %2532) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %2538 = "stablehlo.subtract"(%2536, %2537) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %2539 = "stablehlo.multiply"(%2535, %2530) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %2540 = "stablehlo.multiply"(%2534, %2532) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %2541 = "stablehlo.add"(%2539, %2540) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %2542 = "stablehlo.concatenate"(%2538, %2541) { dimension = 2 : i64 } : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x16xf32>
    %2543 = "stablehlo.reshape"(%2542) : (tensor<4x4x16xf32>) -> tensor<4x64xf32>
    %2544 = "stablehlo.reshape"(%arg342) : (tensor<4xi32>) -> tensor<4x1xi32>
    %2545 = "stablehlo.gather"(%arg288, %2544) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [1],
  collapsed_slice_dims = [0],
  operand_batching_dims = [],
  start_indices_batching_dims = [],
  start_index_map = [0],
  index_vector_dim = 1>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1, 16>
    } : (tensor<32x16xf32>, tensor<4x1xi32>) -> tensor<4x16xf32>
    %2546 = "stablehlo.slice"(%2545) {
      limit_indices = array<i64: 4, 8>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %2547 = "stablehlo.broadcast_in_dim"(%2546) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %2548 = "stablehlo.slice"(%2545) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 8>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %2549 = "stablehlo.broadcast_in_dim"(%2548) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %2550 = "stablehlo.reshape"(%2524) : (tensor<4x32xf32>) -> tensor<4x2x16xf32>
    %2551 = "stablehlo.slice"(%2550) {
      limit_indices = array<i64: 4, 2, 8>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x2x16xf32>) -> tensor<4x2x8xf32>
    %2552 = "stablehlo.slice"(%2550) {
      limit_indices = array<i64: 4, 2, 16>,
      start_indices = array<i64: 0, 0, 8>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x2x16xf32>) -> tensor<4x2x8xf32>
    %2553 = "stablehlo.multiply"(%2551, %2547) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %2554 = "stablehlo.multiply"(%2552, %2549) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %2555 = "stablehlo.subtract"(%2553, %2554) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %2556 = "stablehlo.multiply"(%2552, %2547) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %2557 = "stablehlo.multiply"(%2551, %2549) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %2558 = "stablehlo.add"(%2556, %2557) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %2559 = "stablehlo.concatenate"(%2555, %2558) { dimension = 2 : i64 } : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x16xf32>
    %2560 = "stablehlo.reshape"(%2559) : (tensor<4x2x16xf32>) -> tensor<4x32xf32>
    %2561 = "stablehlo.convert"(%2560) : (tensor<4x32xf32>) -> tensor<4x32xbf16>
    %2562 = "stablehlo.scatter"(%arg315, %2, %2561) ({
      ^updateFn(%arg557: tensor<bf16>, %arg558: tensor<bf16>) :
          "stablehlo.return"(%arg558) : (tensor<bf16>) -> ()
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
    %2563 = "stablehlo.convert"(%2526) : (tensor<4x32xf32>) -> tensor<4x32xbf16>
    %2564 = "stablehlo.scatter"(%arg316, %2, %2563) ({
      ^updateFn(%arg559: tensor<bf16>, %arg560: tensor<bf16>) :
          "stablehlo.return"(%arg560) : (tensor<bf16>) -> ()
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
    %2565 = "stablehlo.convert"(%2562) : (tensor<4x32x32xbf16>) -> tensor<4x32x32xf32>
    %2566 = "stablehlo.reshape"(%2565) : (tensor<4x32x32xf32>) -> tensor<128x2x16xf32>
    %2567 = "stablehlo.convert"(%2564) : (tensor<4x32x32xbf16>) -> tensor<4x32x32xf32>
    %2568 = "stablehlo.reshape"(%2567) : (tensor<4x32x32xf32>) -> tensor<128x2x16xf32>
    %2569 = "stablehlo.reshape"(%2543) : (tensor<4x64xf32>) -> tensor<4x2x2x16xf32>
    %2570 = "stablehlo.dot_general"(%2569, %2566) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [1],
  rhs_batching_dimensions = [1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [2]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x2x2x16xf32>, tensor<128x2x16xf32>) -> tensor<2x4x2x128xf32>
    %2571 = "stablehlo.constant"() { value = dense<0.25> : tensor<f32> } : () -> tensor<f32>
    %2572 = "stablehlo.broadcast_in_dim"(%2571) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x4x2x128xf32>
    %2573 = "stablehlo.multiply"(%2570, %2572) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %2574 = "stablehlo.constant"() { value = dense<0.20000000298023224> : tensor<f32> } : () -> tensor<f32>
    %2575 = "stablehlo.broadcast_in_dim"(%2574) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x4x2x128xf32>
    %2576 = "stablehlo.multiply"(%2573, %2575) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %2577 = "stablehlo.tanh"(%2576) : (tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %2578 = "stablehlo.constant"() { value = dense<5.0> : tensor<f32> } : () -> tensor<f32>
    %2579 = "stablehlo.broadcast_in_dim"(%2578) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x4x2x128xf32>
    %2580 = "stablehlo.multiply"(%2577, %2579) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %2581 = "stablehlo.broadcast_in_dim"(%300) { broadcast_dimensions = array<i64: 1, 3> } : (tensor<4x128xi1>) -> tensor<2x4x2x128xi1>
    %2582 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %2583 = "stablehlo.broadcast_in_dim"(%2582) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x4x2x128xf32>
    %2584 = "stablehlo.select"(%2581, %2580, %2583) : (tensor<2x4x2x128xi1>, tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %2585 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %2587 = "stablehlo.reduce"(%2584, %2585) ({
      ^reductionFn(%arg561: tensor<f32>, %arg562: tensor<f32>) :
          %2586 = "stablehlo.maximum"(%arg561, %arg562) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%2586) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x4x2x128xf32>, tensor<f32>) -> tensor<2x4x2xf32>
    %2588 = "stablehlo.broadcast_in_dim"(%2587) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x4x2xf32>) -> tensor<2x4x2x128xf32>
    %2589 = "stablehlo.subtract"(%2584, %2588) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %2590 = "stablehlo.exponential"(%2589) : (tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %2591 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %2593 = "stablehlo.reduce"(%2590, %2591) ({
      ^reductionFn(%arg563: tensor<f32>, %arg564: tensor<f32>) :
          %2592 = "stablehlo.add"(%arg563, %arg564) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%2592) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x4x2x128xf32>, tensor<f32>) -> tensor<2x4x2xf32>
    %2594 = "stablehlo.broadcast_in_dim"(%2593) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x4x2xf32>) -> tensor<2x4x2x128xf32>
    %2595 = "stablehlo.divide"(%2590, %2594) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %2596 = "stablehlo.dot_general"(%2595, %2568) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0],
  rhs_batching_dimensions = [1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [0]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<2x4x2x128xf32>, tensor<128x2x16xf32>) -> tensor<2x4x2x16xf32>
    %2597 = "stablehlo.transpose"(%2596) { permutation = array<i64: 1, 0, 2, 3> } : (tensor<2x4x2x16xf32>) -> tensor<4x2x2x16xf32>
    %2598 = "stablehlo.reshape"(%2597) : (tensor<4x2x2x16xf32>) -> tensor<4x64xf32>
    %2599 = "stablehlo.convert"(%arg148) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %2600 = "stablehlo.dot_general"(%2598, %2599) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %2601 = "stablehlo.reshape"(%2600) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %2602 = "stablehlo.multiply"(%2601, %2601) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2603 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %2605 = "stablehlo.reduce"(%2602, %2603) ({
      ^reductionFn(%arg565: tensor<f32>, %arg566: tensor<f32>) :
          %2604 = "stablehlo.add"(%arg565, %arg566) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%2604) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %2606 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %2607 = "stablehlo.broadcast_in_dim"(%2606) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %2608 = "stablehlo.multiply"(%2605, %2607) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %2609 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %2610 = "stablehlo.broadcast_in_dim"(%2609) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %2611 = "stablehlo.add"(%2608, %2610) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %2612 = "stablehlo.rsqrt"(%2611) : (tensor<4xf32>) -> tensor<4xf32>
    %2613 = "stablehlo.convert"(%arg149) : (tensor<64xbf16>) -> tensor<64xf32>
    %2614 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %2615 = "stablehlo.broadcast_in_dim"(%2614) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %2616 = "stablehlo.add"(%2613, %2615) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %2617 = "stablehlo.broadcast_in_dim"(%2612) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %2618 = "stablehlo.multiply"(%2601, %2617) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2619 = "stablehlo.broadcast_in_dim"(%2616) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %2620 = "stablehlo.multiply"(%2618, %2619) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2621 = "stablehlo.reshape"(%2620) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %2622 = "stablehlo.add"(%2499, %2621) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2623 = "stablehlo.reshape"(%2622) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %2624 = "stablehlo.multiply"(%2623, %2623) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2625 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %2627 = "stablehlo.reduce"(%2624, %2625) ({
      ^reductionFn(%arg567: tensor<f32>, %arg568: tensor<f32>) :
          %2626 = "stablehlo.add"(%arg567, %arg568) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%2626) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %2628 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %2629 = "stablehlo.broadcast_in_dim"(%2628) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %2630 = "stablehlo.multiply"(%2627, %2629) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %2631 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %2632 = "stablehlo.broadcast_in_dim"(%2631) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %2633 = "stablehlo.add"(%2630, %2632) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %2634 = "stablehlo.rsqrt"(%2633) : (tensor<4xf32>) -> tensor<4xf32>
    %2635 = "stablehlo.convert"(%arg150) : (tensor<64xbf16>) -> tensor<64xf32>
    %2636 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %2637 = "stablehlo.broadcast_in_dim"(%2636) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %2638 = "stablehlo.add"(%2635, %2637) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %2639 = "stablehlo.broadcast_in_dim"(%2634) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %2640 = "stablehlo.multiply"(%2623, %2639) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2641 = "stablehlo.broadcast_in_dim"(%2638) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %2642 = "stablehlo.multiply"(%2640, %2641) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2643 = "stablehlo.reshape"(%2642) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %2644 = "stablehlo.convert"(%arg151) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %2645 = "stablehlo.dot_general"(%2643, %2644) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %2646 = "stablehlo.convert"(%arg152) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %2647 = "stablehlo.dot_general"(%2643, %2646) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %2648 = "stablehlo.multiply"(%2645, %2645) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2649 = "stablehlo.multiply"(%2648, %2645) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2650 = "stablehlo.constant"() { value = dense<0.044714998453855515> : tensor<f32> } : () -> tensor<f32>
    %2651 = "stablehlo.broadcast_in_dim"(%2650) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %2652 = "stablehlo.multiply"(%2649, %2651) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2653 = "stablehlo.add"(%2645, %2652) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2654 = "stablehlo.constant"() { value = dense<0.7978845834732056> : tensor<f32> } : () -> tensor<f32>
    %2655 = "stablehlo.broadcast_in_dim"(%2654) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %2656 = "stablehlo.multiply"(%2653, %2655) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2657 = "stablehlo.constant"() { value = dense<0.5> : tensor<f32> } : () -> tensor<f32>
    %2658 = "stablehlo.broadcast_in_dim"(%2657) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %2659 = "stablehlo.multiply"(%2645, %2658) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2660 = "stablehlo.tanh"(%2656) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %2661 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %2662 = "stablehlo.broadcast_in_dim"(%2661) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %2663 = "stablehlo.add"(%2660, %2662) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2664 = "stablehlo.multiply"(%2659, %2663) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2665 = "stablehlo.multiply"(%2664, %2647) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2666 = "stablehlo.convert"(%arg153) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %2667 = "stablehlo.dot_general"(%2665, %2666) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %2668 = "stablehlo.reshape"(%2667) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %2669 = "stablehlo.multiply"(%2668, %2668) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2670 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %2672 = "stablehlo.reduce"(%2669, %2670) ({
      ^reductionFn(%arg569: tensor<f32>, %arg570: tensor<f32>) :
          %2671 = "stablehlo.add"(%arg569, %arg570) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%2671) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %2673 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %2674 = "stablehlo.broadcast_in_dim"(%2673) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %2675 = "stablehlo.multiply"(%2672, %2674) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %2676 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %2677 = "stablehlo.broadcast_in_dim"(%2676) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %2678 = "stablehlo.add"(%2675, %2677) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %2679 = "stablehlo.rsqrt"(%2678) : (tensor<4xf32>) -> tensor<4xf32>
    %2680 = "stablehlo.convert"(%arg154) : (tensor<64xbf16>) -> tensor<64xf32>
    %2681 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %2682 = "stablehlo.broadcast_in_dim"(%2681) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %2683 = "stablehlo.add"(%2680, %2682) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %2684 = "stablehlo.broadcast_in_dim"(%2679) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %2685 = "stablehlo.multiply"(%2668, %2684) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2686 = "stablehlo.broadcast_in_dim"(%2683) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %2687 = "stablehlo.multiply"(%2685, %2686) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2688 = "stablehlo.reshape"(%2687) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %2689 = "stablehlo.add"(%2622, %2688) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2690 = "stablehlo.reshape"(%2689) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %2691 = "stablehlo.multiply"(%2690, %2690) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2692 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %2694 = "stablehlo.reduce"(%2691, %2692) ({
      ^reductionFn(%arg571: tensor<f32>, %arg572: tensor<f32>) :
          %2693 = "stablehlo.add"(%arg571, %arg572) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%2693) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %2695 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %2696 = "stablehlo.broadcast_in_dim"(%2695) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %2697 = "stablehlo.multiply"(%2694, %2696) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %2698 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %2699 = "stablehlo.broadcast_in_dim"(%2698) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %2700 = "stablehlo.add"(%2697, %2699) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %2701 = "stablehlo.rsqrt"(%2700) : (tensor<4xf32>) -> tensor<4xf32>
    %2702 = "stablehlo.convert"(%arg155) : (tensor<64xbf16>) -> tensor<64xf32>
    %2703 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %2704 = "stablehlo.broadcast_in_dim"(%2703) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %2705 = "stablehlo.add"(%2702, %2704) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %2706 = "stablehlo.broadcast_in_dim"(%2701) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %2707 = "stablehlo.multiply"(%2690, %2706) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2708 = "stablehlo.broadcast_in_dim"(%2705) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %2709 = "stablehlo.multiply"(%2707, %2708) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2710 = "stablehlo.reshape"(%2709) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %2711 = "stablehlo.convert"(%arg156) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %2712 = "stablehlo.dot_general"(%2710, %2711) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %2713 = "stablehlo.convert"(%arg157) : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %2714 = "stablehlo.dot_general"(%2710, %2713) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<32x64xf32>) -> tensor<4x32xf32>
    %2715 = "stablehlo.convert"(%arg158) : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %2716 = "stablehlo.dot_general"(%2710, %2715) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<32x64xf32>) -> tensor<4x32xf32>
    %2717 = "stablehlo.reshape"(%arg342) : (tensor<4xi32>) -> tensor<4x1xi32>
    %2718 = "stablehlo.gather"(%arg288, %2717) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [1],
  collapsed_slice_dims = [0],
  operand_batching_dims = [],
  start_indices_batching_dims = [],
  start_index_map = [0],
  index_vector_dim = 1>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1, 16>
    } : (tensor<32x16xf32>, tensor<4x1xi32>) -> tensor<4x16xf32>
    %2719 = "stablehlo.slice"(%2718) {
      limit_indices = array<i64: 4, 8>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %2720 = "stablehlo.broadcast_in_dim"(%2719) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x4x8xf32>
    %2721 = "stablehlo.slice"(%2718) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 8>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %2722 = "stablehlo.broadcast_in_dim"(%2721) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x4x8xf32>
    %2723 = "stablehlo.reshape"(%2712) : (tensor<4x64xf32>) -> tensor<4x4x16xf32>
    %2724 = "stablehlo.slice"(%2723) {
      limit_indices = array<i64: 4, 4, 8>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x16xf32>) -> tensor<4x4x8xf32>
    %2725 = "stablehlo.slice"(%2723) {
      limit_indices = array<i64: 4, 4, 16>,
      start_indices = array<i64: 0, 0, 8>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x16xf32>) -> tensor<4x4x8xf32>
    %2726 = "stablehlo.multiply"(%2724, %2720) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %2727 = "stablehlo.multiply"(%2725, %2722) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %2728 = "stablehlo.subtract"(%2726, %2727) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %2729 = "stablehlo.multiply"(%2725, %2720) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %2730 = "stablehlo.multiply"(%2724, %2722) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %2731 = "stablehlo.add"(%2729, %2730) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %2732 = "stablehlo.concatenate"(%2728, %2731) { dimension = 2 : i64 } : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x16xf32>
    %2733 = "stablehlo.reshape"(%2732) : (tensor<4x4x16xf32>) -> tensor<4x64xf32>
    %2734 = "stablehlo.reshape"(%arg342) : (tensor<4xi32>) -> tensor<4x1xi32>
    %2735 = "stablehlo.gather"(%arg288, %2734) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [1],
  collapsed_slice_dims = [0],
  operand_batching_dims = [],
  start_indices_batching_dims = [],
  start_index_map = [0],
  index_vector_dim = 1>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1, 16>
    } : (tensor<32x16xf32>, tensor<4x1xi32>) -> tensor<4x16xf32>
    %2736 = "stablehlo.slice"(%2735) {
      limit_indices = array<i64: 4, 8>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %2737 = "stablehlo.broadcast_in_dim"(%2736) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %2738 = "stablehlo.slice"(%2735) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 8>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %2739 = "stablehlo.broadcast_in_dim"(%2738) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %2740 = "stablehlo.reshape"(%2714) : (tensor<4x32xf32>) -> tensor<4x2x16xf32>
    %2741 = "stablehlo.slice"(%2740) {
      limit_indices = array<i64: 4, 2, 8>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x2x16xf32>) -> tensor<4x2x8xf32>
    %2742 = "stablehlo.slice"(%2740) {
      limit_indices = array<i64: 4, 2, 16>,
      start_indices = array<i64: 0, 0, 8>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x2x16xf32>) -> tensor<4x2x8xf32>
    %2743 = "stablehlo.multiply"(%2741, %2737) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %2744 = "stablehlo.multiply"(%2742, %2739) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %2745 = "stablehlo.subtract"(%2743, %2744) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %2746 = "stablehlo.multiply"(%2742, %2737) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %2747 = "stablehlo.multiply"(%2741, %2739) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %2748 = "stablehlo.add"(%2746, %2747) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %2749 = "stablehlo.concatenate"(%2745, %2748) { dimension = 2 : i64 } : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x16xf32>
    %2750 = "stablehlo.reshape"(%2749) : (tensor<4x2x16xf32>) -> tensor<4x32xf32>
    %2751 = "stablehlo.convert"(%2750) : (tensor<4x32xf32>) -> tensor<4x32xbf16>
    %2752 = "stablehlo.scatter"(%arg317, %2, %2751) ({
      ^updateFn(%arg573: tensor<bf16>, %arg574: tensor<bf16>) :
          "stablehlo.return"(%arg574) : (tensor<bf16>) -> ()
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
    %2753 = "stablehlo.convert"(%2716) : (tensor<4x32xf32>) -> tensor<4x32xbf16>
    %2754 = "stablehlo.scatter"(%arg318, %2, %2753) ({
      ^updateFn(%arg575: tensor<bf16>, %arg576: tensor<bf16>) :
          "stablehlo.return"(%arg576) : (tensor<bf16>) -> ()
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
    %2755 = "stablehlo.convert"(%2752) : (tensor<4x32x32xbf16>) -> tensor<4x32x32xf32>
    %2756 = "stablehlo.reshape"(%2755) : (tensor<4x32x32xf32>) -> tensor<128x2x16xf32>
    %2757 = "stablehlo.convert"(%2754) : (tensor<4x32x32xbf16>) -> tensor<4x32x32xf32>
    %2758 = "stablehlo.reshape"(%2757) : (tensor<4x32x32xf32>) -> tensor<128x2x16xf32>
    %2759 = "stablehlo.reshape"(%2733) : (tensor<4x64xf32>) -> tensor<4x2x2x16xf32>
    %2760 = "stablehlo.dot_general"(%2759, %2756) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [1],
  rhs_batching_dimensions = [1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [2]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x2x2x16xf32>, tensor<128x2x16xf32>) -> tensor<2x4x2x128xf32>
    %2761 = "stablehlo.constant"() { value = dense<0.25> : tensor<f32> } : () -> tensor<f32>
    %2762 = "stablehlo.broadcast_in_dim"(%2761) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x4x2x128xf32>
    %2763 = "stablehlo.multiply"(%2760, %2762) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %2764 = "stablehlo.constant"() { value = dense<0.20000000298023224> : tensor<f32> } : () -> tensor<f32>
    %2765 = "stablehlo.broadcast_in_dim"(%2764) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x4x2x128xf32>
    %2766 = "stablehlo.multiply"(%2763, %2765) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %2767 = "stablehlo.tanh"(%2766) : (tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %2768 = "stablehlo.constant"() { value = dense<5.0> : tensor<f32> } : () -> tensor<f32>
    %2769 = "stablehlo.broadcast_in_dim"(%2768) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x4x2x128xf32>
    %2770 = "stablehlo.multiply"(%2767, %2769) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %2771 = "stablehlo.broadcast_in_dim"(%102) { broadcast_dimensions = array<i64: 1, 3> } : (tensor<4x128xi1>) -> tensor<2x4x2x128xi1>
    %2772 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %2773 = "stablehlo.broadcast_in_dim"(%2772) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x4x2x128xf32>
    %2774 = "stablehlo.select"(%2771, %2770, %2773) : (tensor<2x4x2x128xi1>, tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %2775 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %2777 = "stablehlo.reduce"(%2774, %2775) ({
      ^reductionFn(%arg577: tensor<f32>, %arg578: tensor<f32>) :
          %2776 = "stablehlo.maximum"(%arg577, %arg578) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%2776) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x4x2x128xf32>, tensor<f32>) -> tensor<2x4x2xf32>
    %2778 = "stablehlo.broadcast_in_dim"(%2777) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x4x2xf32>) -> tensor<2x4x2x128xf32>
    %2779 = "stablehlo.subtract"(%2774, %2778) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %2780 = "stablehlo.exponential"(%2779) : (tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %2781 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %2783 = "stablehlo.reduce"(%2780, %2781) ({
      ^reductionFn(%arg579: tensor<f32>, %arg580: tensor<f32>) :
          %2782 = "stablehlo.add"(%arg579, %arg580) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%2782) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x4x2x128xf32>, tensor<f32>) -> tensor<2x4x2xf32>
    %2784 = "stablehlo.broadcast_in_dim"(%2783) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x4x2xf32>) -> tensor<2x4x2x128xf32>
    %2785 = "stablehlo.divide"(%2780, %2784) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %2786 = "stablehlo.dot_general"(%2785, %2758) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0],
  rhs_batching_dimensions = [1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [0]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<2x4x2x128xf32>, tensor<128x2x16xf32>) -> tensor<2x4x2x16xf32>
    %2787 = "stablehlo.transpose"(%2786) { permutation = array<i64: 1, 0, 2, 3> } : (tensor<2x4x2x16xf32>) -> tensor<4x2x2x16xf32>
    %2788 = "stablehlo.reshape"(%2787) : (tensor<4x2x2x16xf32>) -> tensor<4x64xf32>
    %2789 = "stablehlo.convert"(%arg159) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %2790 = "stablehlo.dot_general"(%2788, %2789) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %2791 = "stablehlo.reshape"(%2790) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %2792 = "stablehlo.multiply"(%2791, %2791) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2793 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %2795 = "stablehlo.reduce"(%2792, %2793) ({
      ^reductionFn(%arg581: tensor<f32>, %arg582: tensor<f32>) :
          %2794 = "stablehlo.add"(%arg581, %arg582) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%2794) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %2796 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %2797 = "stablehlo.broadcast_in_dim"(%2796) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %2798 = "stablehlo.multiply"(%2795, %2797) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %2799 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %2800 = "stablehlo.broadcast_in_dim"(%2799) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %2801 = "stablehlo.add"(%2798, %2800) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %2802 = "stablehlo.rsqrt"(%2801) : (tensor<4xf32>) -> tensor<4xf32>
    %2803 = "stablehlo.convert"(%arg160) : (tensor<64xbf16>) -> tensor<64xf32>
    %2804 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %2805 = "stablehlo.broadcast_in_dim"(%2804) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %2806 = "stablehlo.add"(%2803, %2805) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %2807 = "stablehlo.broadcast_in_dim"(%2802) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %2808 = "stablehlo.multiply"(%2791, %2807) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2809 = "stablehlo.broadcast_in_dim"(%2806) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %2810 = "stablehlo.multiply"(%2808, %2809) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2811 = "stablehlo.reshape"(%2810) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %2812 = "stablehlo.add"(%2689, %2811) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2813 = "stablehlo.reshape"(%2812) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %2814 = "stablehlo.multiply"(%2813, %2813) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2815 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %2817 = "stablehlo.reduce"(%2814, %2815) ({
      ^reductionFn(%arg583: tensor<f32>, %arg584: tensor<f32>) :
          %2816 = "stablehlo.add"(%arg583, %arg584) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%2816) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %2818 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %2819 = "stablehlo.broadcast_in_dim"(%2818) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %2820 = "stablehlo.multiply"(%2817, %2819) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %2821 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %2822 = "stablehlo.broadcast_in_dim"(%2821) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %2823 = "stablehlo.add"(%2820, %2822) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %2824 = "stablehlo.rsqrt"(%2823) : (tensor<4xf32>) -> tensor<4xf32>
    %2825 = "stablehlo.convert"(%arg161) : (tensor<64xbf16>) -> tensor<64xf32>
    %2826 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %2827 = "stablehlo.broadcast_in_dim"(%2826) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %2828 = "stablehlo.add"(%2825, %2827) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %2829 = "stablehlo.broadcast_in_dim"(%2824) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %2830 = "stablehlo.multiply"(%2813, %2829) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2831 = "stablehlo.broadcast_in_dim"(%2828) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %2832 = "stablehlo.multiply"(%2830, %2831) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2833 = "stablehlo.reshape"(%2832) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %2834 = "stablehlo.convert"(%arg162) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %2835 = "stablehlo.dot_general"(%2833, %2834) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %2836 = "stablehlo.convert"(%arg163) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %2837 = "stablehlo.dot_general"(%2833, %2836) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %2838 = "stablehlo.multiply"(%2835, %2835) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2839 = "stablehlo.multiply"(%2838, %2835) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2840 = "stablehlo.constant"() { value = dense<0.044714998453855515> : tensor<f32> } : () -> tensor<f32>
    %2841 = "stablehlo.broadcast_in_dim"(%2840) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %2842 = "stablehlo.multiply"(%2839, %2841) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2843 = "stablehlo.add"(%2835, %2842) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2844 = "stablehlo.constant"() { value = dense<0.7978845834732056> : tensor<f32> } : () -> tensor<f32>
    %2845 = "stablehlo.broadcast_in_dim"(%2844) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %2846 = "stablehlo.multiply"(%2843, %2845) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2847 = "stablehlo.constant"() { value = dense<0.5> : tensor<f32> } : () -> tensor<f32>
    %2848 = "stablehlo.broadcast_in_dim"(%2847) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %2849 = "stablehlo.multiply"(%2835, %2848) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2850 = "stablehlo.tanh"(%2846) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %2851 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %2852 = "stablehlo.broadcast_in_dim"(%2851) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %2853 = "stablehlo.add"(%2850, %2852) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2854 = "stablehlo.multiply"(%2849, %2853) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2855 = "stablehlo.multiply"(%2854, %2837) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2856 = "stablehlo.convert"(%arg164) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %2857 = "stablehlo.dot_general"(%2855, %2856) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %2858 = "stablehlo.reshape"(%2857) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %2859 = "stablehlo.multiply"(%2858, %2858) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2860 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %2862 = "stablehlo.reduce"(%2859, %2860) ({
      ^reductionFn(%arg585: tensor<f32>, %arg586: tensor<f32>) :
          %2861 = "stablehlo.add"(%arg585, %arg586) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%2861) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %2863 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %2864 = "stablehlo.broadcast_in_dim"(%2863) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %2865 = "stablehlo.multiply"(%2862, %2864) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %2866 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %2867 = "stablehlo.broadcast_in_dim"(%2866) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %2868 = "stablehlo.add"(%2865, %2867) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %2869 = "stablehlo.rsqrt"(%2868) : (tensor<4xf32>) -> tensor<4xf32>
    %2870 = "stablehlo.convert"(%arg165) : (tensor<64xbf16>) -> tensor<64xf32>
    %2871 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %2872 = "stablehlo.broadcast_in_dim"(%2871) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %2873 = "stablehlo.add"(%2870, %2872) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %2874 = "stablehlo.broadcast_in_dim"(%2869) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %2875 = "stablehlo.multiply"(%2858, %2874) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2876 = "stablehlo.broadcast_in_dim"(%2873) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %2877 = "stablehlo.multiply"(%2875, %2876) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2878 = "stablehlo.reshape"(%2877) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %2879 = "stablehlo.add"(%2812, %2878) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2880 = "stablehlo.reshape"(%2879) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %2881 = "stablehlo.multiply"(%2880, %2880) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2882 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %2884 = "stablehlo.reduce"(%2881, %2882) ({
      ^reductionFn(%arg587: tensor<f32>, %arg588: tensor<f32>) :
          %2883 = "stablehlo.add"(%arg587, %arg588) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%2883) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %2885 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %2886 = "stablehlo.broadcast_in_dim"(%2885) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %2887 = "stablehlo.multiply"(%2884, %2886) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %2888 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %2889 = "stablehlo.broadcast_in_dim"(%2888) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %2890 = "stablehlo.add"(%2887, %2889) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %2891 = "stablehlo.rsqrt"(%2890) : (tensor<4xf32>) -> tensor<4xf32>
    %2892 = "stablehlo.convert"(%arg166) : (tensor<64xbf16>) -> tensor<64xf32>
    %2893 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %2894 = "stablehlo.broadcast_in_dim"(%2893) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %2895 = "stablehlo.add"(%2892, %2894) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %2896 = "stablehlo.broadcast_in_dim"(%2891) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %2897 = "stablehlo.multiply"(%2880, %2896) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2898 = "stablehlo.broadcast_in_dim"(%2895) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %2899 = "stablehlo.multiply"(%2897, %2898) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2900 = "stablehlo.reshape"(%2899) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %2901 = "stablehlo.convert"(%arg167) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %2902 = "stablehlo.dot_general"(%2900, %2901) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %2903 = "stablehlo.convert"(%arg168) : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %2904 = "stablehlo.dot_general"(%2900, %2903) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<32x64xf32>) -> tensor<4x32xf32>
    %2905 = "stablehlo.convert"(%arg169) : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %2906 = "stablehlo.dot_general"(%2900, %2905) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<32x64xf32>) -> tensor<4x32xf32>
    %2907 = "stablehlo.reshape"(%arg342) : (tensor<4xi32>) -> tensor<4x1xi32>
    %2908 = "stablehlo.gather"(%arg288, %2907) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [1],
  collapsed_slice_dims = [0],
  operand_batching_dims = [],
  start_indices_batching_dims = [],
  start_index_map = [0],
  index_vector_dim = 1>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1, 16>
    } : (tensor<32x16xf32>, tensor<4x1xi32>) -> tensor<4x16xf32>
    %2909 = "stablehlo.slice"(%2908) {
      limit_indices = array<i64: 4, 8>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %2910 = "stablehlo.broadcast_in_dim"(%2909) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x4x8xf32>
    %2911 = "stablehlo.slice"(%2908) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 8>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %2912 = "stablehlo.broadcast_in_dim"(%2911) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x4x8xf32>
    %2913 = "stablehlo.reshape"(%2902) : (tensor<4x64xf32>) -> tensor<4x4x16xf32>
    %2914 = "stablehlo.slice"(%2913) {
      limit_indices = array<i64: 4, 4, 8>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x16xf32>) -> tensor<4x4x8xf32>
    %2915 = "stablehlo.slice"(%2913) {
      limit_indices = array<i64: 4, 4, 16>,
      start_indices = array<i64: 0, 0, 8>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x16xf32>) -> tensor<4x4x8xf32>
    %2916 = "stablehlo.multiply"(%2914, %2910) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %2917 = "stablehlo.multiply"(%2915, %2912) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %2918 = "stablehlo.subtract"(%2916, %2917) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %2919 = "stablehlo.multiply"(%2915, %2910) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %2920 = "stablehlo.multiply"(%2914, %2912) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %2921 = "stablehlo.add"(%2919, %2920) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %2922 = "stablehlo.concatenate"(%2918, %2921) { dimension = 2 : i64 } : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x16xf32>
    %2923 = "stablehlo.reshape"(%2922) : (tensor<4x4x16xf32>) -> tensor<4x64xf32>
    %2924 = "stablehlo.reshape"(%arg342) : (tensor<4xi32>) -> tensor<4x1xi32>
    %2925 = "stablehlo.gather"(%arg288, %2924) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [1],
  collapsed_slice_dims = [0],
  operand_batching_dims = [],
  start_indices_batching_dims = [],
  start_index_map = [0],
  index_vector_dim = 1>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1, 16>
    } : (tensor<32x16xf32>, tensor<4x1xi32>) -> tensor<4x16xf32>
    %2926 = "stablehlo.slice"(%2925) {
      limit_indices = array<i64: 4, 8>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %2927 = "stablehlo.broadcast_in_dim"(%2926) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %2928 = "stablehlo.slice"(%2925) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 8>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %2929 = "stablehlo.broadcast_in_dim"(%2928) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %2930 = "stablehlo.reshape"(%2904) : (tensor<4x32xf32>) -> tensor<4x2x16xf32>
    %2931 = "stablehlo.slice"(%2930) {
      limit_indices = array<i64: 4, 2, 8>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x2x16xf32>) -> tensor<4x2x8xf32>
    %2932 = "stablehlo.slice"(%2930) {
      limit_indices = array<i64: 4, 2, 16>,
      start_indices = array<i64: 0, 0, 8>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x2x16xf32>) -> tensor<4x2x8xf32>
    %2933 = "stablehlo.multiply"(%2931, %2927) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %2934 = "stablehlo.multiply"(%2932, %2929) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %2935 = "stablehlo.subtract"(%2933, %2934) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %2936 = "stablehlo.multiply"(%2932, %2927) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %2937 = "stablehlo.multiply"(%2931, %2929) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %2938 = "stablehlo.add"(%2936, %2937) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %2939 = "stablehlo.concatenate"(%2935, %2938) { dimension = 2 : i64 } : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x16xf32>
    %2940 = "stablehlo.reshape"(%2939) : (tensor<4x2x16xf32>) -> tensor<4x32xf32>
    %2941 = "stablehlo.convert"(%2940) : (tensor<4x32xf32>) -> tensor<4x32xbf16>
    %2942 = "stablehlo.scatter"(%arg319, %2, %2941) ({
      ^updateFn(%arg589: tensor<bf16>, %arg590: tensor<bf16>) :
          "stablehlo.return"(%arg590) : (tensor<bf16>) -> ()
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
    %2943 = "stablehlo.convert"(%2906) : (tensor<4x32xf32>) -> tensor<4x32xbf16>
    %2944 = "stablehlo.scatter"(%arg320, %2, %2943) ({
      ^updateFn(%arg591: tensor<bf16>, %arg592: tensor<bf16>) :
          "stablehlo.return"(%arg592) : (tensor<bf16>) -> ()
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
    %2945 = "stablehlo.convert"(%2942) : (tensor<4x32x32xbf16>) -> tensor<4x32x32xf32>
    %2946 = "stablehlo.reshape"(%2945) : (tensor<4x32x32xf32>) -> tensor<128x2x16xf32>
    %2947 = "stablehlo.convert"(%2944) : (tensor<4x32x32xbf16>) -> tensor<4x32x32xf32>
    %2948 = "stablehlo.reshape"(%2947) : (tensor<4x32x32xf32>) -> tensor<128x2x16xf32>
    %2949 = "stablehlo.reshape"(%2923) : (tensor<4x64xf32>) -> tensor<4x2x2x16xf32>
    %2950 = "stablehlo.dot_general"(%2949, %2946) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [1],
  rhs_batching_dimensions = [1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [2]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x2x2x16xf32>, tensor<128x2x16xf32>) -> tensor<2x4x2x128xf32>
    %2951 = "stablehlo.constant"() { value = dense<0.25> : tensor<f32> } : () -> tensor<f32>
    %2952 = "stablehlo.broadcast_in_dim"(%2951) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x4x2x128xf32>
    %2953 = "stablehlo.multiply"(%2950, %2952) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %2954 = "stablehlo.constant"() { value = dense<0.20000000298023224> : tensor<f32> } : () -> tensor<f32>
    %2955 = "stablehlo.broadcast_in_dim"(%2954) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x4x2x128xf32>
    %2956 = "stablehlo.multiply"(%2953, %2955) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %2957 = "stablehlo.tanh"(%2956) : (tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %2958 = "stablehlo.constant"() { value = dense<5.0> : tensor<f32> } : () -> tensor<f32>
    %2959 = "stablehlo.broadcast_in_dim"(%2958) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x4x2x128xf32>
    %2960 = "stablehlo.multiply"(%2957, %2959) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %2961 = "stablehlo.broadcast_in_dim"(%300) { broadcast_dimensions = array<i64: 1, 3> } : (tensor<4x128xi1>) -> tensor<2x4x2x128xi1>
    %2962 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %2963 = "stablehlo.broadcast_in_dim"(%2962) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x4x2x128xf32>
    %2964 = "stablehlo.select"(%2961, %2960, %2963) : (tensor<2x4x2x128xi1>, tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %2965 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %2967 = "stablehlo.reduce"(%2964, %2965) ({
      ^reductionFn(%arg593: tensor<f32>, %arg594: tensor<f32>) :
          %2966 = "stablehlo.maximum"(%arg593, %arg594) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%2966) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x4x2x128xf32>, tensor<f32>) -> tensor<2x4x2xf32>
    %2968 = "stablehlo.broadcast_in_dim"(%2967) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x4x2xf32>) -> tensor<2x4x2x128xf32>
    %2969 = "stablehlo.subtract"(%2964, %2968) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %2970 = "stablehlo.exponential"(%2969) : (tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %2971 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %2973 = "stablehlo.reduce"(%2970, %2971) ({
      ^reductionFn(%arg595: tensor<f32>, %arg596: tensor<f32>) :
          %2972 = "stablehlo.add"(%arg595, %arg596) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%2972) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x4x2x128xf32>, tensor<f32>) -> tensor<2x4x2xf32>
    %2974 = "stablehlo.broadcast_in_dim"(%2973) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x4x2xf32>) -> tensor<2x4x2x128xf32>
    %2975 = "stablehlo.divide"(%2970, %2974) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %2976 = "stablehlo.dot_general"(%2975, %2948) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0],
  rhs_batching_dimensions = [1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [0]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<2x4x2x128xf32>, tensor<128x2x16xf32>) -> tensor<2x4x2x16xf32>
    %2977 = "stablehlo.transpose"(%2976) { permutation = array<i64: 1, 0, 2, 3> } : (tensor<2x4x2x16xf32>) -> tensor<4x2x2x16xf32>
    %2978 = "stablehlo.reshape"(%2977) : (tensor<4x2x2x16xf32>) -> tensor<4x64xf32>
    %2979 = "stablehlo.convert"(%arg170) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %2980 = "stablehlo.dot_general"(%2978, %2979) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %2981 = "stablehlo.reshape"(%2980) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %2982 = "stablehlo.multiply"(%2981, %2981) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2983 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %2985 = "stablehlo.reduce"(%2982, %2983) ({
      ^reductionFn(%arg597: tensor<f32>, %arg598: tensor<f32>) :
          %2984 = "stablehlo.add"(%arg597, %arg598) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%2984) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %2986 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %2987 = "stablehlo.broadcast_in_dim"(%2986) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %2988 = "stablehlo.multiply"(%2985, %2987) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %2989 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %2990 = "stablehlo.broadcast_in_dim"(%2989) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %2991 = "stablehlo.add"(%2988, %2990) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %2992 = "stablehlo.rsqrt"(%2991) : (tensor<4xf32>) -> tensor<4xf32>
    %2993 = "stablehlo.convert"(%arg171) : (tensor<64xbf16>) -> tensor<64xf32>
    %2994 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %2995 = "stablehlo.broadcast_in_dim"(%2994) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %2996 = "stablehlo.add"(%2993, %2995) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %2997 = "stablehlo.broadcast_in_dim"(%2992) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %2998 = "stablehlo.multiply"(%2981, %2997) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2999 = "stablehlo.broadcast_in_dim"(%2996) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %3000 = "stablehlo.multiply"(%2998, %2999) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3001 = "stablehlo.reshape"(%3000) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %3002 = "stablehlo.add"(%2879, %3001) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3003 = "stablehlo.reshape"(%3002) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %3004 = "stablehlo.multiply"(%3003, %3003) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3005 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %3007 = "stablehlo.reduce"(%3004, %3005) ({
      ^reductionFn(%arg599: tensor<f32>, %arg600: tensor<f32>) :
          %3006 = "stablehlo.add"(%arg599, %arg600) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%3006) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %3008 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %3009 = "stablehlo.broadcast_in_dim"(%3008) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %3010 = "stablehlo.multiply"(%3007, %3009) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %3011 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %3012 = "stablehlo.broadcast_in_dim"(%3011) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %3013 = "stablehlo.add"(%3010, %3012) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %3014 = "stablehlo.rsqrt"(%3013) : (tensor<4xf32>) -> tensor<4xf32>
    %3015 = "stablehlo.convert"(%arg172) : (tensor<64xbf16>) -> tensor<64xf32>
    %3016 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %3017 = "stablehlo.broadcast_in_dim"(%3016) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %3018 = "stablehlo.add"(%3015, %3017) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %3019 = "stablehlo.broadcast_in_dim"(%3014) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %3020 = "stablehlo.multiply"(%3003, %3019) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3021 = "stablehlo.broadcast_in_dim"(%3018) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %3022 = "stablehlo.multiply"(%3020, %3021) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3023 = "stablehlo.reshape"(%3022) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %3024 = "stablehlo.convert"(%arg173) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %3025 = "stablehlo.dot_general"(%3023, %3024) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %3026 = "stablehlo.convert"(%arg174) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %3027 = "stablehlo.dot_general"(%3023, %3026) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %3028 = "stablehlo.multiply"(%3025, %3025) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3029 = "stablehlo.multiply"(%3028, %3025) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3030 = "stablehlo.constant"() { value = dense<0.044714998453855515> : tensor<f32> } : () -> tensor<f32>
    %3031 = "stablehlo.broadcast_in_dim"(%3030) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %3032 = "stablehlo.multiply"(%3029, %3031) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3033 = "stablehlo.add"(%3025, %3032) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3034 = "stablehlo.constant"() { value = dense<0.7978845834732056> : tensor<f32> } : () -> tensor<f32>
    %3035 = "stablehlo.broadcast_in_dim"(%3034) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %3036 = "stablehlo.multiply"(%3033, %3035) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3037 = "stablehlo.constant"() { value = dense<0.5> : tensor<f32> } : () -> tensor<f32>
    %3038 = "stablehlo.broadcast_in_dim"(%3037) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %3039 = "stablehlo.multiply"(%3025, %3038) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3040 = "stablehlo.tanh"(%3036) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %3041 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %3042 = "stablehlo.broadcast_in_dim"(%3041) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %3043 = "stablehlo.add"(%3040, %3042) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3044 = "stablehlo.multiply"(%3039, %3043) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3045 = "stablehlo.multiply"(%3044, %3027) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3046 = "stablehlo.convert"(%arg175) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %3047 = "stablehlo.dot_general"(%3045, %3046) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %3048 = "stablehlo.reshape"(%3047) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %3049 = "stablehlo.multiply"(%3048, %3048) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3050 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %3052 = "stablehlo.reduce"(%3049, %3050) ({
      ^reductionFn(%arg601: tensor<f32>, %arg602: tensor<f32>) :
          %3051 = "stablehlo.add"(%arg601, %arg602) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%3051) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %3053 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %3054 = "stablehlo.broadcast_in_dim"(%3053) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %3055 = "stablehlo.multiply"(%3052, %3054) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %3056 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %3057 = "stablehlo.broadcast_in_dim"(%3056) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %3058 = "stablehlo.add"(%3055, %3057) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %3059 = "stablehlo.rsqrt"(%3058) : (tensor<4xf32>) -> tensor<4xf32>
    %3060 = "stablehlo.convert"(%arg176) : (tensor<64xbf16>) -> tensor<64xf32>
    %3061 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %3062 = "stablehlo.broadcast_in_dim"(%3061) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %3063 = "stablehlo.add"(%3060, %3062) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %3064 = "stablehlo.broadcast_in_dim"(%3059) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %3065 = "stablehlo.multiply"(%3048, %3064) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3066 = "stablehlo.broadcast_in_dim"(%3063) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %3067 = "stablehlo.multiply"(%3065, %3066) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3068 = "stablehlo.reshape"(%3067) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %3069 = "stablehlo.add"(%3002, %3068) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3070 = "stablehlo.reshape"(%3069) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %3071 = "stablehlo.multiply"(%3070, %3070) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3072 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %3074 = "stablehlo.reduce"(%3071, %3072) ({
      ^reductionFn(%arg603: tensor<f32>, %arg604: tensor<f32>) :
          %3073 = "stablehlo.add"(%arg603, %arg604) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%3073) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %3075 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %3076 = "stablehlo.broadcast_in_dim"(%3075) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %3077 = "stablehlo.multiply"(%3074, %3076) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %3078 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %3079 = "stablehlo.broadcast_in_dim"(%3078) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %3080 = "stablehlo.add"(%3077, %3079) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %3081 = "stablehlo.rsqrt"(%3080) : (tensor<4xf32>) -> tensor<4xf32>
    %3082 = "stablehlo.convert"(%arg177) : (tensor<64xbf16>) -> tensor<64xf32>
    %3083 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %3084 = "stablehlo.broadcast_in_dim"(%3083) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %3085 = "stablehlo.add"(%3082, %3084) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %3086 = "stablehlo.broadcast_in_dim"(%3081) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %3087 = "stablehlo.multiply"(%3070, %3086) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3088 = "stablehlo.broadcast_in_dim"(%3085) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %3089 = "stablehlo.multiply"(%3087, %3088) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3090 = "stablehlo.reshape"(%3089) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %3091 = "stablehlo.convert"(%arg178) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %3092 = "stablehlo.dot_general"(%3090, %3091) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %3093 = "stablehlo.convert"(%arg179) : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %3094 = "stablehlo.dot_general"(%3090, %3093) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<32x64xf32>) -> tensor<4x32xf32>
    %3095 = "stablehlo.convert"(%arg180) : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %3096 = "stablehlo.dot_general"(%3090, %3095) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<32x64xf32>) -> tensor<4x32xf32>
    %3097 = "stablehlo.reshape"(%arg342) : (tensor<4xi32>) -> tensor<4x1xi32>
    %3098 = "stablehlo.gather"(%arg288, %3097) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [1],
  collapsed_slice_dims = [0],
  operand_batching_dims = [],
  start_indices_batching_dims = [],
  start_index_map = [0],
  index_vector_dim = 1>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1, 16>
    } : (tensor<32x16xf32>, tensor<4x1xi32>) -> tensor<4x16xf32>
    %3099 = "stablehlo.slice"(%3098) {
      limit_indices = array<i64: 4, 8>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %3100 = "stablehlo.broadcast_in_dim"(%3099) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x4x8xf32>
    %3101 = "stablehlo.slice"(%3098) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 8>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %3102 = "stablehlo.broadcast_in_dim"(%3101) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x4x8xf32>
    %3103 = "stablehlo.reshape"(%3092) : (tensor<4x64xf32>) -> tensor<4x4x16xf32>
    %3104 = "stablehlo.slice"(%3103) {
      limit_indices = array<i64: 4, 4, 8>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x16xf32>) -> tensor<4x4x8xf32>
    %3105 = "stablehlo.slice"(%3103) {
      limit_indices = array<i64: 4, 4, 16>,
      start_indices = array<i64: 0, 0, 8>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x16xf32>) -> tensor<4x4x8xf32>
    %3106 = "stablehlo.multiply"(%3104, %3100) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %3107 = "stablehlo.multiply"(%3105, %3102) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %3108 = "stablehlo.subtract"(%3106, %3107) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %3109 = "stablehlo.multiply"(%3105, %3100) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %3110 = "stablehlo.multiply"(%3104, %3102) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %3111 = "stablehlo.add"(%3109, %3110) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %3112 = "stablehlo.concatenate"(%3108, %3111) { dimension = 2 : i64 } : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x16xf32>
    %3113 = "stablehlo.reshape"(%3112) : (tensor<4x4x16xf32>) -> tensor<4x64xf32>
    %3114 = "stablehlo.reshape"(%arg342) : (tensor<4xi32>) -> tensor<4x1xi32>
    %3115 = "stablehlo.gather"(%arg288, %3114) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [1],
  collapsed_slice_dims = [0],
  operand_batching_dims = [],
  start_indices_batching_dims = [],
  start_index_map = [0],
  index_vector_dim = 1>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1, 16>
    } : (tensor<32x16xf32>, tensor<4x1xi32>) -> tensor<4x16xf32>
    %3116 = "stablehlo.slice"(%3115) {
      limit_indices = array<i64: 4, 8>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %3117 = "stablehlo.broadcast_in_dim"(%3116) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %3118 = "stablehlo.slice"(%3115) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 8>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %3119 = "stablehlo.broadcast_in_dim"(%3118) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %3120 = "stablehlo.reshape"(%3094) : (tensor<4x32xf32>) -> tensor<4x2x16xf32>
    %3121 = "stablehlo.slice"(%3120) {
      limit_indices = array<i64: 4, 2, 8>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x2x16xf32>) -> tensor<4x2x8xf32>
    %3122 = "stablehlo.slice"(%3120) {
      limit_indices = array<i64: 4, 2, 16>,
      start_indices = array<i64: 0, 0, 8>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x2x16xf32>) -> tensor<4x2x8xf32>
    %3123 = "stablehlo.multiply"(%3121, %3117) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %3124 = "stablehlo.multiply"(%3122, %3119) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %3125 = "stablehlo.subtract"(%3123, %3124) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %3126 = "stablehlo.multiply"(%3122, %3117) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %3127 = "stablehlo.multiply"(%3121, %3119) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %3128 = "stablehlo.add"(%3126, %3127) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %3129 = "stablehlo.concatenate"(%3125, %3128) { dimension = 2 : i64 } : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x16xf32>
    %3130 = "stablehlo.reshape"(%3129) : (tensor<4x2x16xf32>) -> tensor<4x32xf32>
    %3131 = "stablehlo.convert"(%3130) : (tensor<4x32xf32>) -> tensor<4x32xbf16>
    %3132 = "stablehlo.scatter"(%arg321, %2, %3131) ({
      ^updateFn(%arg605: tensor<bf16>, %arg606: tensor<bf16>) :
          "stablehlo.return"(%arg606) : (tensor<bf16>) -> ()
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
    %3133 = "stablehlo.convert"(%3096) : (tensor<4x32xf32>) -> tensor<4x32xbf16>
    %3134 = "stablehlo.scatter"(%arg322, %2, %3133) ({
      ^updateFn(%arg607: tensor<bf16>, %arg608: tensor<bf16>) :
          "stablehlo.return"(%arg608) : (tensor<bf16>) -> ()
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
    %3135 = "stablehlo.convert"(%3132) : (tensor<4x32x32xbf16>) -> tensor<4x32x32xf32>
    %3136 = "stablehlo.reshape"(%3135) : (tensor<4x32x32xf32>) -> tensor<128x2x16xf32>
    %3137 = "stablehlo.convert"(%3134) : (tensor<4x32x32xbf16>) -> tensor<4x32x32xf32>
    %3138 = "stablehlo.reshape"(%3137) : (tensor<4x32x32xf32>) -> tensor<128x2x16xf32>
    %3139 = "stablehlo.reshape"(%3113) : (tensor<4x64xf32>) -> tensor<4x2x2x16xf32>
    %3140 = "stablehlo.dot_general"(%3139, %3136) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [1],
  rhs_batching_dimensions = [1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [2]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x2x2x16xf32>, tensor<128x2x16xf32>) -> tensor<2x4x2x128xf32>
    %3141 = "stablehlo.constant"() { value = dense<0.25> : tensor<f32> } : () -> tensor<f32>
    %3142 = "stablehlo.broadcast_in_dim"(%3141) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x4x2x128xf32>
    %3143 = "stablehlo.multiply"(%3140, %3142) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %3144 = "stablehlo.constant"() { value = dense<0.20000000298023224> : tensor<f32> } : () -> tensor<f32>
    %3145 = "stablehlo.broadcast_in_dim"(%3144) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x4x2x128xf32>
    %3146 = "stablehlo.multiply"(%3143, %3145) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %3147 = "stablehlo.tanh"(%3146) : (tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %3148 = "stablehlo.constant"() { value = dense<5.0> : tensor<f32> } : () -> tensor<f32>
    %3149 = "stablehlo.broadcast_in_dim"(%3148) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x4x2x128xf32>
    %3150 = "stablehlo.multiply"(%3147, %3149) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %3151 = "stablehlo.broadcast_in_dim"(%102) { broadcast_dimensions = array<i64: 1, 3> } : (tensor<4x128xi1>) -> tensor<2x4x2x128xi1>
    %3152 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %3153 = "stablehlo.broadcast_in_dim"(%3152) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x4x2x128xf32>
    %3154 = "stablehlo.select"(%3151, %3150, %3153) : (tensor<2x4x2x128xi1>, tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %3155 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %3157 = "stablehlo.reduce"(%3154, %3155) ({
      ^reductionFn(%arg609: tensor<f32>, %arg610: tensor<f32>) :
          %3156 = "stablehlo.maximum"(%arg609, %arg610) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%3156) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x4x2x128xf32>, tensor<f32>) -> tensor<2x4x2xf32>
    %3158 = "stablehlo.broadcast_in_dim"(%3157) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x4x2xf32>) -> tensor<2x4x2x128xf32>
    %3159 = "stablehlo.subtract"(%3154, %3158) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %3160 = "stablehlo.exponential"(%3159) : (tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %3161 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %3163 = "stablehlo.reduce"(%3160, %3161) ({
      ^reductionFn(%arg611: tensor<f32>, %arg612: tensor<f32>) :
          %3162 = "stablehlo.add"(%arg611, %arg612) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%3162) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x4x2x128xf32>, tensor<f32>) -> tensor<2x4x2xf32>
    %3164 = "stablehlo.broadcast_in_dim"(%3163) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x4x2xf32>) -> tensor<2x4x2x128xf32>
    %3165 = "stablehlo.divide"(%3160, %3164) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %3166 = "stablehlo.dot_general"(%3165, %3138) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0],
  rhs_batching_dimensions = [1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [0]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<2x4x2x128xf32>, tensor<128x2x16xf32>) -> tensor<2x4x2x16xf32>
    %3167 = "stablehlo.transpose"(%3166) { permutation = array<i64: 1, 0, 2, 3> } : (tensor<2x4x2x16xf32>) -> tensor<4x2x2x16xf32>
    %3168 = "stablehlo.reshape"(%3167) : (tensor<4x2x2x16xf32>) -> tensor<4x64xf32>
    %3169 = "stablehlo.convert"(%arg181) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %3170 = "stablehlo.dot_general"(%3168, %3169) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %3171 = "stablehlo.reshape"(%3170) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %3172 = "stablehlo.multiply"(%3171, %3171) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3173 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %3175 = "stablehlo.reduce"(%3172, %3173) ({
      ^reductionFn(%arg613: tensor<f32>, %arg614: tensor<f32>) :
          %3174 = "stablehlo.add"(%arg613, %arg614) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%3174) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %3176 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %3177 = "stablehlo.broadcast_in_dim"(%3176) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %3178 = "stablehlo.multiply"(%3175, %3177) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %3179 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %3180 = "stablehlo.broadcast_in_dim"(%3179) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %3181 = "stablehlo.add"(%3178, %3180) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %3182 = "stablehlo.rsqrt"(%3181) : (tensor<4xf32>) -> tensor<4xf32>
    %3183 = "stablehlo.convert"(%arg182) : (tensor<64xbf16>) -> tensor<64xf32>
    %3184 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %3185 = "stablehlo.broadcast_in_dim"(%3184) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %3186 = "stablehlo.add"(%3183, %3185) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %3187 = "stablehlo.broadcast_in_dim"(%3182) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %3188 = "stablehlo.multiply"(%3171, %3187) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3189 = "stablehlo.broadcast_in_dim"(%3186) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %3190 = "stablehlo.multiply"(%3188, %3189) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3191 = "stablehlo.reshape"(%3190) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %3192 = "stablehlo.add"(%3069, %3191) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3193 = "stablehlo.reshape"(%3192) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %3194 = "stablehlo.multiply"(%3193, %3193) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3195 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %3197 = "stablehlo.reduce"(%3194, %3195) ({
      ^reductionFn(%arg615: tensor<f32>, %arg616: tensor<f32>) :
          %3196 = "stablehlo.add"(%arg615, %arg616) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%3196) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %3198 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %3199 = "stablehlo.broadcast_in_dim"(%3198) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %3200 = "stablehlo.multiply"(%3197, %3199) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %3201 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %3202 = "stablehlo.broadcast_in_dim"(%3201) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %3203 = "stablehlo.add"(%3200, %3202) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %3204 = "stablehlo.rsqrt"(%3203) : (tensor<4xf32>) -> tensor<4xf32>
    %3205 = "stablehlo.convert"(%arg183) : (tensor<64xbf16>) -> tensor<64xf32>
    %3206 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %3207 = "stablehlo.broadcast_in_dim"(%3206) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %3208 = "stablehlo.add"(%3205, %3207) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %3209 = "stablehlo.broadcast_in_dim"(%3204) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %3210 = "stablehlo.multiply"(%3193, %3209) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3211 = "stablehlo.broadcast_in_dim"(%3208) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %3212 = "stablehlo.multiply"(%3210, %3211) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3213 = "stablehlo.reshape"(%3212) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %3214 = "stablehlo.convert"(%arg184) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %3215 = "stablehlo.dot_general"(%3213, %3214) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %3216 = "stablehlo.convert"(%arg185) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %3217 = "stablehlo.dot_general"(%3213, %3216) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %3218 = "stablehlo.multiply"(%3215, %3215) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3219 = "stablehlo.multiply"(%3218, %3215) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3220 = "stablehlo.constant"() { value = dense<0.044714998453855515> : tensor<f32> } : () -> tensor<f32>
    %3221 = "stablehlo.broadcast_in_dim"(%3220) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %3222 = "stablehlo.multiply"(%3219, %3221) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3223 = "stablehlo.add"(%3215, %3222) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3224 = "stablehlo.constant"() { value = dense<0.7978845834732056> : tensor<f32> } : () -> tensor<f32>
    %3225 = "stablehlo.broadcast_in_dim"(%3224) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %3226 = "stablehlo.multiply"(%3223, %3225) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3227 = "stablehlo.constant"() { value = dense<0.5> : tensor<f32> } : () -> tensor<f32>
    %3228 = "stablehlo.broadcast_in_dim"(%3227) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %3229 = "stablehlo.multiply"(%3215, %3228) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3230 = "stablehlo.tanh"(%3226) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %3231 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %3232 = "stablehlo.broadcast_in_dim"(%3231) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %3233 = "stablehlo.add"(%3230, %3232) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3234 = "stablehlo.multiply"(%3229, %3233) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3235 = "stablehlo.multiply"(%3234, %3217) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3236 = "stablehlo.convert"(%arg186) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %3237 = "stablehlo.dot_general"(%3235, %3236) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %3238 = "stablehlo.reshape"(%3237) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %3239 = "stablehlo.multiply"(%3238, %3238) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3240 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %3242 = "stablehlo.reduce"(%3239, %3240) ({
      ^reductionFn(%arg617: tensor<f32>, %arg618: tensor<f32>) :
          %3241 = "stablehlo.add"(%arg617, %arg618) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%3241) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %3243 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %3244 = "stablehlo.broadcast_in_dim"(%3243) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %3245 = "stablehlo.multiply"(%3242, %3244) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %3246 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %3247 = "stablehlo.broadcast_in_dim"(%3246) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %3248 = "stablehlo.add"(%3245, %3247) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %3249 = "stablehlo.rsqrt"(%3248) : (tensor<4xf32>) -> tensor<4xf32>
    %3250 = "stablehlo.convert"(%arg187) : (tensor<64xbf16>) -> tensor<64xf32>
    %3251 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %3252 = "stablehlo.broadcast_in_dim"(%3251) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %3253 = "stablehlo.add"(%3250, %3252) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %3254 = "stablehlo.broadcast_in_dim"(%3249) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %3255 = "stablehlo.multiply"(%3238, %3254) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3256 = "stablehlo.broadcast_in_dim"(%3253) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %3257 = "stablehlo.multiply"(%3255, %3256) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3258 = "stablehlo.reshape"(%3257) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %3259 = "stablehlo.add"(%3192, %3258) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3260 = "stablehlo.reshape"(%3259) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %3261 = "stablehlo.multiply"(%3260, %3260) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3262 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %3264 = "stablehlo.reduce"(%3261, %3262) ({
      ^reductionFn(%arg619: tensor<f32>, %arg620: tensor<f32>) :
          %3263 = "stablehlo.add"(%arg619, %arg620) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%3263) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %3265 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %3266 = "stablehlo.broadcast_in_dim"(%3265) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %3267 = "stablehlo.multiply"(%3264, %3266) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %3268 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %3269 = "stablehlo.broadcast_in_dim"(%3268) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %3270 = "stablehlo.add"(%3267, %3269) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %3271 = "stablehlo.rsqrt"(%3270) : (tensor<4xf32>) -> tensor<4xf32>
    %3272 = "stablehlo.convert"(%arg188) : (tensor<64xbf16>) -> tensor<64xf32>
    %3273 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %3274 = "stablehlo.broadcast_in_dim"(%3273) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %3275 = "stablehlo.add"(%3272, %3274) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %3276 = "stablehlo.broadcast_in_dim"(%3271) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %3277 = "stablehlo.multiply"(%3260, %3276) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3278 = "stablehlo.broadcast_in_dim"(%3275) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %3279 = "stablehlo.multiply"(%3277, %3278) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3280 = "stablehlo.reshape"(%3279) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %3281 = "stablehlo.convert"(%arg189) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %3282 = "stablehlo.dot_general"(%3280, %3281) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %3283 = "stablehlo.convert"(%arg190) : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %3284 = "stablehlo.dot_general"(%3280, %3283) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<32x64xf32>) -> tensor<4x32xf32>
    %3285 = "stablehlo.convert"(%arg191) : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %3286 = "stablehlo.dot_general"(%3280, %3285) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<32x64xf32>) -> tensor<4x32xf32>
    %3287 = "stablehlo.reshape"(%arg342) : (tensor<4xi32>) -> tensor<4x1xi32>
    %3288 = "stablehlo.gather"(%arg288, %3287) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [1],
  collapsed_slice_dims = [0],
  operand_batching_dims = [],
  start_indices_batching_dims = [],
  start_index_map = [0],
  index_vector_dim = 1>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1, 16>
    } : (tensor<32x16xf32>, tensor<4x1xi32>) -> tensor<4x16xf32>
    %3289 = "stablehlo.slice"(%3288) {
      limit_indices = array<i64: 4, 8>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %3290 = "stablehlo.broadcast_in_dim"(%3289) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x4x8xf32>
    %3291 = "stablehlo.slice"(%3288) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 8>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %3292 = "stablehlo.broadcast_in_dim"(%3291) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x4x8xf32>
    %3293 = "stablehlo.reshape"(%3282) : (tensor<4x64xf32>) -> tensor<4x4x16xf32>
    %3294 = "stablehlo.slice"(%3293) {
      limit_indices = array<i64: 4, 4, 8>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x16xf32>) -> tensor<4x4x8xf32>
    %3295 = "stablehlo.slice"(%3293) {
      limit_indices = array<i64: 4, 4, 16>,
      start_indices = array<i64: 0, 0, 8>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x16xf32>) -> tensor<4x4x8xf32>
    %3296 = "stablehlo.multiply"(%3294, %3290) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %3297 = "stablehlo.multiply"(%3295, %3292) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %3298 = "stablehlo.subtract"(%3296, %3297) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %3299 = "stablehlo.multiply"(%3295, %3290) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %3300 = "stablehlo.multiply"(%3294, %3292) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %3301 = "stablehlo.add"(%3299, %3300) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %3302 = "stablehlo.concatenate"(%3298, %3301) { dimension = 2 : i64 } : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x16xf32>
    %3303 = "stablehlo.reshape"(%3302) : (tensor<4x4x16xf32>) -> tensor<4x64xf32>
    %3304 = "stablehlo.reshape"(%arg342) : (tensor<4xi32>) -> tensor<4x1xi32>
    %3305 = "stablehlo.gather"(%arg288, %3304) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [1],
  collapsed_slice_dims = [0],
  operand_batching_dims = [],
  start_indices_batching_dims = [],
  start_index_map = [0],
  index_vector_dim = 1>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1, 16>
    } : (tensor<32x16xf32>, tensor<4x1xi32>) -> tensor<4x16xf32>
    %3306 = "stablehlo.slice"(%3305) {
      limit_indices = array<i64: 4, 8>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %3307 = "stablehlo.broadcast_in_dim"(%3306) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %3308 = "stablehlo.slice"(%3305) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 8>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %3309 = "stablehlo.broadcast_in_dim"(%3308) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %3310 = "stablehlo.reshape"(%3284) : (tensor<4x32xf32>) -> tensor<4x2x16xf32>
    %3311 = "stablehlo.slice"(%3310) {
      limit_indices = array<i64: 4, 2, 8>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x2x16xf32>) -> tensor<4x2x8xf32>
    %3312 = "stablehlo.slice"(%3310) {
      limit_indices = array<i64: 4, 2, 16>,
      start_indices = array<i64: 0, 0, 8>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x2x16xf32>) -> tensor<4x2x8xf32>
    %3313 = "stablehlo.multiply"(%3311, %3307) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %3314 = "stablehlo.multiply"(%3312, %3309) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %3315 = "stablehlo.subtract"(%3313, %3314) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %3316 = "stablehlo.multiply"(%3312, %3307) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %3317 = "stablehlo.multiply"(%3311, %3309) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %3318 = "stablehlo.add"(%3316, %3317) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %3319 = "stablehlo.concatenate"(%3315, %3318) { dimension = 2 : i64 } : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x16xf32>
    %3320 = "stablehlo.reshape"(%3319) : (tensor<4x2x16xf32>) -> tensor<4x32xf32>
    %3321 = "stablehlo.convert"(%3320) : (tensor<4x32xf32>) -> tensor<4x32xbf16>
    %3322 = "stablehlo.scatter"(%arg323, %2, %3321) ({
      ^updateFn(%arg621: tensor<bf16>, %arg622: tensor<bf16>) :
          "stablehlo.return"(%arg622) : (tensor<bf16>) -> ()
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
    %3323 = "stablehlo.convert"(%3286) : (tensor<4x32xf32>) -> tensor<4x32xbf16>
    %3324 = "stablehlo.scatter"(%arg324, %2, %3323) ({
      ^updateFn(%arg623: tensor<bf16>, %arg624: tensor<bf16>) :
          "stablehlo.return"(%arg624) : (tensor<bf16>) -> ()
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
    %3325 = "stablehlo.convert"(%3322) : (tensor<4x32x32xbf16>) -> tensor<4x32x32xf32>
    %3326 = "stablehlo.reshape"(%3325) : (tensor<4x32x32xf32>) -> tensor<128x2x16xf32>
    %3327 = "stablehlo.convert"(%3324) : (tensor<4x32x32xbf16>) -> tensor<4x32x32xf32>
    %3328 = "stablehlo.reshape"(%3327) : (tensor<4x32x32xf32>) -> tensor<128x2x16xf32>
    %3329 = "stablehlo.reshape"(%3303) : (tensor<4x64xf32>) -> tensor<4x2x2x16xf32>
    %3330 = "stablehlo.dot_general"(%3329, %3326) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [1],
  rhs_batching_dimensions = [1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [2]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x2x2x16xf32>, tensor<128x2x16xf32>) -> tensor<2x4x2x128xf32>
    %3331 = "stablehlo.constant"() { value = dense<0.25> : tensor<f32> } : () -> tensor<f32>
    %3332 = "stablehlo.broadcast_in_dim"(%3331) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x4x2x128xf32>
    %3333 = "stablehlo.multiply"(%3330, %3332) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %3334 = "stablehlo.constant"() { value = dense<0.20000000298023224> : tensor<f32> } : () -> tensor<f32>
    %3335 = "stablehlo.broadcast_in_dim"(%3334) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x4x2x128xf32>
    %3336 = "stablehlo.multiply"(%3333, %3335) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %3337 = "stablehlo.tanh"(%3336) : (tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %3338 = "stablehlo.constant"() { value = dense<5.0> : tensor<f32> } : () -> tensor<f32>
    %3339 = "stablehlo.broadcast_in_dim"(%3338) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x4x2x128xf32>
    %3340 = "stablehlo.multiply"(%3337, %3339) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %3341 = "stablehlo.broadcast_in_dim"(%300) { broadcast_dimensions = array<i64: 1, 3> } : (tensor<4x128xi1>) -> tensor<2x4x2x128xi1>
    %3342 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %3343 = "stablehlo.broadcast_in_dim"(%3342) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x4x2x128xf32>
    %3344 = "stablehlo.select"(%3341, %3340, %3343) : (tensor<2x4x2x128xi1>, tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %3345 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %3347 = "stablehlo.reduce"(%3344, %3345) ({
      ^reductionFn(%arg625: tensor<f32>, %arg626: tensor<f32>) :
          %3346 = "stablehlo.maximum"(%arg625, %arg626) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%3346) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x4x2x128xf32>, tensor<f32>) -> tensor<2x4x2xf32>
    %3348 = "stablehlo.broadcast_in_dim"(%3347) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x4x2xf32>) -> tensor<2x4x2x128xf32>
    %3349 = "stablehlo.subtract"(%3344, %3348) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %3350 = "stablehlo.exponential"(%3349) : (tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %3351 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %3353 = "stablehlo.reduce"(%3350, %3351) ({
      ^reductionFn(%arg627: tensor<f32>, %arg628: tensor<f32>) :
          %3352 = "stablehlo.add"(%arg627, %arg628) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%3352) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x4x2x128xf32>, tensor<f32>) -> tensor<2x4x2xf32>
    %3354 = "stablehlo.broadcast_in_dim"(%3353) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x4x2xf32>) -> tensor<2x4x2x128xf32>
    %3355 = "stablehlo.divide"(%3350, %3354) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %3356 = "stablehlo.dot_general"(%3355, %3328) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0],
  rhs_batching_dimensions = [1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [0]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<2x4x2x128xf32>, tensor<128x2x16xf32>) -> tensor<2x4x2x16xf32>
    %3357 = "stablehlo.transpose"(%3356) { permutation = array<i64: 1, 0, 2, 3> } : (tensor<2x4x2x16xf32>) -> tensor<4x2x2x16xf32>
    %3358 = "stablehlo.reshape"(%3357) : (tensor<4x2x2x16xf32>) -> tensor<4x64xf32>
    %3359 = "stablehlo.convert"(%arg192) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %3360 = "stablehlo.dot_general"(%3358, %3359) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %3361 = "stablehlo.reshape"(%3360) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %3362 = "stablehlo.multiply"(%3361, %3361) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3363 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %3365 = "stablehlo.reduce"(%3362, %3363) ({
      ^reductionFn(%arg629: tensor<f32>, %arg630: tensor<f32>) :
          %3364 = "stablehlo.add"(%arg629, %arg630) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%3364) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %3366 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %3367 = "stablehlo.broadcast_in_dim"(%3366) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %3368 = "stablehlo.multiply"(%3365, %3367) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %3369 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %3370 = "stablehlo.broadcast_in_dim"(%3369) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %3371 = "stablehlo.add"(%3368, %3370) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %3372 = "stablehlo.rsqrt"(%3371) : (tensor<4xf32>) -> tensor<4xf32>
    %3373 = "stablehlo.convert"(%arg193) : (tensor<64xbf16>) -> tensor<64xf32>
    %3374 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %3375 = "stablehlo.broadcast_in_dim"(%3374) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %3376 = "stablehlo.add"(%3373, %3375) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %3377 = "stablehlo.broadcast_in_dim"(%3372) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %3378 = "stablehlo.multiply"(%3361, %3377) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3379 = "stablehlo.broadcast_in_dim"(%3376) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %3380 = "stablehlo.multiply"(%3378, %3379) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3381 = "stablehlo.reshape"(%3380) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %3382 = "stablehlo.add"(%3259, %3381) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3383 = "stablehlo.reshape"(%3382) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %3384 = "stablehlo.multiply"(%3383, %3383) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3385 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %3387 = "stablehlo.reduce"(%3384, %3385) ({
      ^reductionFn(%arg631: tensor<f32>, %arg632: tensor<f32>) :
          %3386 = "stablehlo.add"(%arg631, %arg632) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%3386) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %3388 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %3389 = "stablehlo.broadcast_in_dim"(%3388) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %3390 = "stablehlo.multiply"(%3387, %3389) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %3391 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %3392 = "stablehlo.broadcast_in_dim"(%3391) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %3393 = "stablehlo.add"(%3390, %3392) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %3394 = "stablehlo.rsqrt"(%3393) : (tensor<4xf32>) -> tensor<4xf32>
    %3395 = "stablehlo.convert"(%arg194) : (tensor<64xbf16>) -> tensor<64xf32>
    %3396 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %3397 = "stablehlo.broadcast_in_dim"(%3396) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %3398 = "stablehlo.add"(%3395, %3397) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %3399 = "stablehlo.broadcast_in_dim"(%3394) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %3400 = "stablehlo.multiply"(%3383, %3399) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3401 = "stablehlo.broadcast_in_dim"(%3398) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %3402 = "stablehlo.multiply"(%3400, %3401) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3403 = "stablehlo.reshape"(%3402) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %3404 = "stablehlo.convert"(%arg195) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %3405 = "stablehlo.dot_general"(%3403, %3404) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %3406 = "stablehlo.convert"(%arg196) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %3407 = "stablehlo.dot_general"(%3403, %3406) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %3408 = "stablehlo.multiply"(%3405, %3405) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3409 = "stablehlo.multiply"(%3408, %3405) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3410 = "stablehlo.constant"() { value = dense<0.044714998453855515> : tensor<f32> } : () -> tensor<f32>
    %3411 = "stablehlo.broadcast_in_dim"(%3410) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %3412 = "stablehlo.multiply"(%3409, %3411) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3413 = "stablehlo.add"(%3405, %3412) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3414 = "stablehlo.constant"() { value = dense<0.7978845834732056> : tensor<f32> } : () -> tensor<f32>
    %3415 = "stablehlo.broadcast_in_dim"(%3414) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %3416 = "stablehlo.multiply"(%3413, %3415) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3417 = "stablehlo.constant"() { value = dense<0.5> : tensor<f32> } : () -> tensor<f32>
    %3418 = "stablehlo.broadcast_in_dim"(%3417) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %3419 = "stablehlo.multiply"(%3405, %3418) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3420 = "stablehlo.tanh"(%3416) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %3421 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %3422 = "stablehlo.broadcast_in_dim"(%3421) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %3423 = "stablehlo.add"(%3420, %3422) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3424 = "stablehlo.multiply"(%3419, %3423) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3425 = "stablehlo.multiply"(%3424, %3407) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3426 = "stablehlo.convert"(%arg197) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %3427 = "stablehlo.dot_general"(%3425, %3426) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %3428 = "stablehlo.reshape"(%3427) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %3429 = "stablehlo.multiply"(%3428, %3428) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3430 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %3432 = "stablehlo.reduce"(%3429, %3430) ({
      ^reductionFn(%arg633: tensor<f32>, %arg634: tensor<f32>) :
          %3431 = "stablehlo.add"(%arg633, %arg634) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%3431) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %3433 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %3434 = "stablehlo.broadcast_in_dim"(%3433) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %3435 = "stablehlo.multiply"(%3432, %3434) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %3436 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %3437 = "stablehlo.broadcast_in_dim"(%3436) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %3438 = "stablehlo.add"(%3435, %3437) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %3439 = "stablehlo.rsqrt"(%3438) : (tensor<4xf32>) -> tensor<4xf32>
    %3440 = "stablehlo.convert"(%arg198) : (tensor<64xbf16>) -> tensor<64xf32>
    %3441 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %3442 = "stablehlo.broadcast_in_dim"(%3441) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %3443 = "stablehlo.add"(%3440, %3442) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %3444 = "stablehlo.broadcast_in_dim"(%3439) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %3445 = "stablehlo.multiply"(%3428, %3444) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3446 = "stablehlo.broadcast_in_dim"(%3443) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %3447 = "stablehlo.multiply"(%3445, %3446) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3448 = "stablehlo.reshape"(%3447) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %3449 = "stablehlo.add"(%3382, %3448) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3450 = "stablehlo.reshape"(%3449) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %3451 = "stablehlo.multiply"(%3450, %3450) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3452 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %3454 = "stablehlo.reduce"(%3451, %3452) ({
      ^reductionFn(%arg635: tensor<f32>, %arg636: tensor<f32>) :
          %3453 = "stablehlo.add"(%arg635, %arg636) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%3453) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %3455 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %3456 = "stablehlo.broadcast_in_dim"(%3455) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %3457 = "stablehlo.multiply"(%3454, %3456) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %3458 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %3459 = "stablehlo.broadcast_in_dim"(%3458) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %3460 = "stablehlo.add"(%3457, %3459) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %3461 = "stablehlo.rsqrt"(%3460) : (tensor<4xf32>) -> tensor<4xf32>
    %3462 = "stablehlo.convert"(%arg199) : (tensor<64xbf16>) -> tensor<64xf32>
    %3463 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %3464 = "stablehlo.broadcast_in_dim"(%3463) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %3465 = "stablehlo.add"(%3462, %3464) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %3466 = "stablehlo.broadcast_in_dim"(%3461) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %3467 = "stablehlo.multiply"(%3450, %3466) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3468 = "stablehlo.broadcast_in_dim"(%3465) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %3469 = "stablehlo.multiply"(%3467, %3468) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3470 = "stablehlo.reshape"(%3469) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %3471 = "stablehlo.convert"(%arg200) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %3472 = "stablehlo.dot_general"(%3470, %3471) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %3473 = "stablehlo.convert"(%arg201) : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %3474 = "stablehlo.dot_general"(%3470, %3473) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<32x64xf32>) -> tensor<4x32xf32>
    %3475 = "stablehlo.convert"(%arg202) : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %3476 = "stablehlo.dot_general"(%3470, %3475) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<32x64xf32>) -> tensor<4x32xf32>
    %3477 = "stablehlo.reshape"(%arg342) : (tensor<4xi32>) -> tensor<4x1xi32>
    %3478 = "stablehlo.gather"(%arg288, %3477) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [1],
  collapsed_slice_dims = [0],
  operand_batching_dims = [],
  start_indices_batching_dims = [],
  start_index_map = [0],
  index_vector_dim = 1>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1, 16>
    } : (tensor<32x16xf32>, tensor<4x1xi32>) -> tensor<4x16xf32>
    %3479 = "stablehlo.slice"(%3478) {
      limit_indices = array<i64: 4, 8>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %3480 = "stablehlo.broadcast_in_dim"(%3479) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x4x8xf32>
    %3481 = "stablehlo.slice"(%3478) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 8>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %3482 = "stablehlo.broadcast_in_dim"(%3481) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x4x8xf32>
    %3483 = "stablehlo.reshape"(%3472) : (tensor<4x64xf32>) -> tensor<4x4x16xf32>
    %3484 = "stablehlo.slice"(%3483) {
      limit_indices = array<i64: 4, 4, 8>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x16xf32>) -> tensor<4x4x8xf32>
    %3485 = "stablehlo.slice"(%3483) {
      limit_indices = array<i64: 4, 4, 16>,
      start_indices = array<i64: 0, 0, 8>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x16xf32>) -> tensor<4x4x8xf32>
    %3486 = "stablehlo.multiply"(%3484, %3480) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %3487 = "stablehlo.multiply"(%3485, %3482) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %3488 = "stablehlo.subtract"(%3486, %3487) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %3489 = "stablehlo.multiply"(%3485, %3480) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %3490 = "stablehlo.multiply"(%3484, %3482) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %3491 = "stablehlo.add"(%3489, %3490) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %3492 = "stablehlo.concatenate"(%3488, %3491) { dimension = 2 : i64 } : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x16xf32>
    %3493 = "stablehlo.reshape"(%3492) : (tensor<4x4x16xf32>) -> tensor<4x64xf32>
    %3494 = "stablehlo.reshape"(%arg342) : (tensor<4xi32>) -> tensor<4x1xi32>
    %3495 = "stablehlo.gather"(%arg288, %3494) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [1],
  collapsed_slice_dims = [0],
  operand_batching_dims = [],
  start_indices_batching_dims = [],
  start_index_map = [0],
  index_vector_dim = 1>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1, 16>
    } : (tensor<32x16xf32>, tensor<4x1xi32>) -> tensor<4x16xf32>
    %3496 = "stablehlo.slice"(%3495) {
      limit_indices = array<i64: 4, 8>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %3497 = "stablehlo.broadcast_in_dim"(%3496) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %3498 = "stablehlo.slice"(%3495) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 8>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %3499 = "stablehlo.broadcast_in_dim"(%3498) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %3500 = "stablehlo.reshape"(%3474) : (tensor<4x32xf32>) -> tensor<4x2x16xf32>
    %3501 = "stablehlo.slice"(%3500) {
      limit_indices = array<i64: 4, 2, 8>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x2x16xf32>) -> tensor<4x2x8xf32>
    %3502 = "stablehlo.slice"(%3500) {
      limit_indices = array<i64: 4, 2, 16>,
      start_indices = array<i64: 0, 0, 8>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x2x16xf32>) -> tensor<4x2x8xf32>
    %3503 = "stablehlo.multiply"(%3501, %3497) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %3504 = "stablehlo.multiply"(%3502, %3499) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %3505 = "stablehlo.subtract"(%3503, %3504) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %3506 = "stablehlo.multiply"(%3502, %3497) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %3507 = "stablehlo.multiply"(%3501, %3499) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %3508 = "stablehlo.add"(%3506, %3507) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %3509 = "stablehlo.concatenate"(%3505, %3508) { dimension = 2 : i64 } : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x16xf32>
    %3510 = "stablehlo.reshape"(%3509) : (tensor<4x2x16xf32>) -> tensor<4x32xf32>
    %3511 = "stablehlo.convert"(%3510) : (tensor<4x32xf32>) -> tensor<4x32xbf16>
    %3512 = "stablehlo.scatter"(%arg325, %2, %3511) ({
      ^updateFn(%arg637: tensor<bf16>, %arg638: tensor<bf16>) :
          "stablehlo.return"(%arg638) : (tensor<bf16>) -> ()
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
    %3513 = "stablehlo.convert"(%3476) : (tensor<4x32xf32>) -> tensor<4x32xbf16>
    %3514 = "stablehlo.scatter"(%arg326, %2, %3513) ({
      ^updateFn(%arg639: tensor<bf16>, %arg640: tensor<bf16>) :
          "stablehlo.return"(%arg640) : (tensor<bf16>) -> ()
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
    %3515 = "stablehlo.convert"(%3512) : (tensor<4x32x32xbf16>) -> tensor<4x32x32xf32>
    %3516 = "stablehlo.reshape"(%3515) : (tensor<4x32x32xf32>) -> tensor<128x2x16xf32>
    %3517 = "stablehlo.convert"(%3514) : (tensor<4x32x32xbf16>) -> tensor<4x32x32xf32>
    %3518 = "stablehlo.reshape"(%3517) : (tensor<4x32x32xf32>) -> tensor<128x2x16xf32>
    %3519 = "stablehlo.reshape"(%3493) : (tensor<4x64xf32>) -> tensor<4x2x2x16xf32>
    %3520 = "stablehlo.dot_general"(%3519, %3516) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [1],
  rhs_batching_dimensions = [1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [2]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x2x2x16xf32>, tensor<128x2x16xf32>) -> tensor<2x4x2x128xf32>
    %3521 = "stablehlo.constant"() { value = dense<0.25> : tensor<f32> } : () -> tensor<f32>
    %3522 = "stablehlo.broadcast_in_dim"(%3521) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x4x2x128xf32>
    %3523 = "stablehlo.multiply"(%3520, %3522) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %3524 = "stablehlo.constant"() { value = dense<0.20000000298023224> : tensor<f32> } : () -> tensor<f32>
    %3525 = "stablehlo.broadcast_in_dim"(%3524) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x4x2x128xf32>
    %3526 = "stablehlo.multiply"(%3523, %3525) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %3527 = "stablehlo.tanh"(%3526) : (tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %3528 = "stablehlo.constant"() { value = dense<5.0> : tensor<f32> } : () -> tensor<f32>
    %3529 = "stablehlo.broadcast_in_dim"(%3528) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x4x2x128xf32>
    %3530 = "stablehlo.multiply"(%3527, %3529) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %3531 = "stablehlo.broadcast_in_dim"(%102) { broadcast_dimensions = array<i64: 1, 3> } : (tensor<4x128xi1>) -> tensor<2x4x2x128xi1>
    %3532 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %3533 = "stablehlo.broadcast_in_dim"(%3532) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x4x2x128xf32>
    %3534 = "stablehlo.select"(%3531, %3530, %3533) : (tensor<2x4x2x128xi1>, tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %3535 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %3537 = "stablehlo.reduce"(%3534, %3535) ({
      ^reductionFn(%arg641: tensor<f32>, %arg642: tensor<f32>) :
          %3536 = "stablehlo.maximum"(%arg641, %arg642) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%3536) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x4x2x128xf32>, tensor<f32>) -> tensor<2x4x2xf32>
    %3538 = "stablehlo.broadcast_in_dim"(%3537) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x4x2xf32>) -> tensor<2x4x2x128xf32>
    %3539 = "stablehlo.subtract"(%3534, %3538) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %3540 = "stablehlo.exponential"(%3539) : (tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %3541 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %3543 = "stablehlo.reduce"(%3540, %3541) ({
      ^reductionFn(%arg643: tensor<f32>, %arg644: tensor<f32>) :
          %3542 = "stablehlo.add"(%arg643, %arg644) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%3542) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x4x2x128xf32>, tensor<f32>) -> tensor<2x4x2xf32>
    %3544 = "stablehlo.broadcast_in_dim"(%3543) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x4x2xf32>) -> tensor<2x4x2x128xf32>
    %3545 = "stablehlo.divide"(%3540, %3544) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %3546 = "stablehlo.dot_general"(%3545, %3518) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0],
  rhs_batching_dimensions = [1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [0]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<2x4x2x128xf32>, tensor<128x2x16xf32>) -> tensor<2x4x2x16xf32>
    %3547 = "stablehlo.transpose"(%3546) { permutation = array<i64: 1, 0, 2, 3> } : (tensor<2x4x2x16xf32>) -> tensor<4x2x2x16xf32>
    %3548 = "stablehlo.reshape"(%3547) : (tensor<4x2x2x16xf32>) -> tensor<4x64xf32>
    %3549 = "stablehlo.convert"(%arg203) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %3550 = "stablehlo.dot_general"(%3548, %3549) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %3551 = "stablehlo.reshape"(%3550) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %3552 = "stablehlo.multiply"(%3551, %3551) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3553 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %3555 = "stablehlo.reduce"(%3552, %3553) ({
      ^reductionFn(%arg645: tensor<f32>, %arg646: tensor<f32>) :
          %3554 = "stablehlo.add"(%arg645, %arg646) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%3554) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %3556 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %3557 = "stablehlo.broadcast_in_dim"(%3556) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %3558 = "stablehlo.multiply"(%3555, %3557) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %3559 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %3560 = "stablehlo.broadcast_in_dim"(%3559) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %3561 = "stablehlo.add"(%3558, %3560) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %3562 = "stablehlo.rsqrt"(%3561) : (tensor<4xf32>) -> tensor<4xf32>
    %3563 = "stablehlo.convert"(%arg204) : (tensor<64xbf16>) -> tensor<64xf32>
    %3564 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %3565 = "stablehlo.broadcast_in_dim"(%3564) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %3566 = "stablehlo.add"(%3563, %3565) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %3567 = "stablehlo.broadcast_in_dim"(%3562) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %3568 = "stablehlo.multiply"(%3551, %3567) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3569 = "stablehlo.broadcast_in_dim"(%3566) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %3570 = "stablehlo.multiply"(%3568, %3569) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3571 = "stablehlo.reshape"(%3570) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %3572 = "stablehlo.add"(%3449, %3571) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3573 = "stablehlo.reshape"(%3572) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %3574 = "stablehlo.multiply"(%3573, %3573) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3575 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %3577 = "stablehlo.reduce"(%3574, %3575) ({
      ^reductionFn(%arg647: tensor<f32>, %arg648: tensor<f32>) :
          %3576 = "stablehlo.add"(%arg647, %arg648) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%3576) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %3578 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %3579 = "stablehlo.broadcast_in_dim"(%3578) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %3580 = "stablehlo.multiply"(%3577, %3579) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %3581 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %3582 = "stablehlo.broadcast_in_dim"(%3581) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %3583 = "stablehlo.add"(%3580, %3582) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %3584 = "stablehlo.rsqrt"(%3583) : (tensor<4xf32>) -> tensor<4xf32>
    %3585 = "stablehlo.convert"(%arg205) : (tensor<64xbf16>) -> tensor<64xf32>
    %3586 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %3587 = "stablehlo.broadcast_in_dim"(%3586) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %3588 = "stablehlo.add"(%3585, %3587) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %3589 = "stablehlo.broadcast_in_dim"(%3584) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %3590 = "stablehlo.multiply"(%3573, %3589) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3591 = "stablehlo.broadcast_in_dim"(%3588) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %3592 = "stablehlo.multiply"(%3590, %3591) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3593 = "stablehlo.reshape"(%3592) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %3594 = "stablehlo.convert"(%arg206) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %3595 = "stablehlo.dot_general"(%3593, %3594) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %3596 = "stablehlo.convert"(%arg207) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %3597 = "stablehlo.dot_general"(%3593, %3596) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %3598 = "stablehlo.multiply"(%3595, %3595) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3599 = "stablehlo.multiply"(%3598, %3595) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3600 = "stablehlo.constant"() { value = dense<0.044714998453855515> : tensor<f32> } : () -> tensor<f32>
    %3601 = "stablehlo.broadcast_in_dim"(%3600) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %3602 = "stablehlo.multiply"(%3599, %3601) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3603 = "stablehlo.add"(%3595, %3602) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3604 = "stablehlo.constant"() { value = dense<0.7978845834732056> : tensor<f32> } : () -> tensor<f32>
    %3605 = "stablehlo.broadcast_in_dim"(%3604) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %3606 = "stablehlo.multiply"(%3603, %3605) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3607 = "stablehlo.constant"() { value = dense<0.5> : tensor<f32> } : () -> tensor<f32>
    %3608 = "stablehlo.broadcast_in_dim"(%3607) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %3609 = "stablehlo.multiply"(%3595, %3608) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3610 = "stablehlo.tanh"(%3606) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %3611 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %3612 = "stablehlo.broadcast_in_dim"(%3611) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %3613 = "stablehlo.add"(%3610, %3612) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3614 = "stablehlo.multiply"(%3609, %3613) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3615 = "stablehlo.multiply"(%3614, %3597) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3616 = "stablehlo.convert"(%arg208) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %3617 = "stablehlo.dot_general"(%3615, %3616) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %3618 = "stablehlo.reshape"(%3617) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %3619 = "stablehlo.multiply"(%3618, %3618) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3620 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %3622 = "stablehlo.reduce"(%3619, %3620) ({
      ^reductionFn(%arg649: tensor<f32>, %arg650: tensor<f32>) :
          %3621 = "stablehlo.add"(%arg649, %arg650) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%3621) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %3623 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %3624 = "stablehlo.broadcast_in_dim"(%3623) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %3625 = "stablehlo.multiply"(%3622, %3624) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %3626 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %3627 = "stablehlo.broadcast_in_dim"(%3626) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %3628 = "stablehlo.add"(%3625, %3627) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %3629 = "stablehlo.rsqrt"(%3628) : (tensor<4xf32>) -> tensor<4xf32>
    %3630 = "stablehlo.convert"(%arg209) : (tensor<64xbf16>) -> tensor<64xf32>
    %3631 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %3632 = "stablehlo.broadcast_in_dim"(%3631) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %3633 = "stablehlo.add"(%3630, %3632) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %3634 = "stablehlo.broadcast_in_dim"(%3629) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %3635 = "stablehlo.multiply"(%3618, %3634) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3636 = "stablehlo.broadcast_in_dim"(%3633) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %3637 = "stablehlo.multiply"(%3635, %3636) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3638 = "stablehlo.reshape"(%3637) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %3639 = "stablehlo.add"(%3572, %3638) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3640 = "stablehlo.reshape"(%3639) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %3641 = "stablehlo.multiply"(%3640, %3640) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3642 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %3644 = "stablehlo.reduce"(%3641, %3642) ({
      ^reductionFn(%arg651: tensor<f32>, %arg652: tensor<f32>) :
          %3643 = "stablehlo.add"(%arg651, %arg652) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%3643) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %3645 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %3646 = "stablehlo.broadcast_in_dim"(%3645) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %3647 = "stablehlo.multiply"(%3644, %3646) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %3648 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %3649 = "stablehlo.broadcast_in_dim"(%3648) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %3650 = "stablehlo.add"(%3647, %3649) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %3651 = "stablehlo.rsqrt"(%3650) : (tensor<4xf32>) -> tensor<4xf32>
    %3652 = "stablehlo.convert"(%arg210) : (tensor<64xbf16>) -> tensor<64xf32>
    %3653 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %3654 = "stablehlo.broadcast_in_dim"(%3653) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %3655 = "stablehlo.add"(%3652, %3654) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %3656 = "stablehlo.broadcast_in_dim"(%3651) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %3657 = "stablehlo.multiply"(%3640, %3656) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3658 = "stablehlo.broadcast_in_dim"(%3655) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %3659 = "stablehlo.multiply"(%3657, %3658) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3660 = "stablehlo.reshape"(%3659) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %3661 = "stablehlo.convert"(%arg211) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %3662 = "stablehlo.dot_general"(%3660, %3661) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %3663 = "stablehlo.convert"(%arg212) : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %3664 = "stablehlo.dot_general"(%3660, %3663) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<32x64xf32>) -> tensor<4x32xf32>
    %3665 = "stablehlo.convert"(%arg213) : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %3666 = "stablehlo.dot_general"(%3660, %3665) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<32x64xf32>) -> tensor<4x32xf32>
    %3667 = "stablehlo.reshape"(%arg342) : (tensor<4xi32>) -> tensor<4x1xi32>
    %3668 = "stablehlo.gather"(%arg288, %3667) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [1],
  collapsed_slice_dims = [0],
  operand_batching_dims = [],
  start_indices_batching_dims = [],
  start_index_map = [0],
  index_vector_dim = 1>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1, 16>
    } : (tensor<32x16xf32>, tensor<4x1xi32>) -> tensor<4x16xf32>
    %3669 = "stablehlo.slice"(%3668) {
      limit_indices = array<i64: 4, 8>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %3670 = "stablehlo.broadcast_in_dim"(%3669) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x4x8xf32>
    %3671 = "stablehlo.slice"(%3668) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 8>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %3672 = "stablehlo.broadcast_in_dim"(%3671) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x4x8xf32>
    %3673 = "stablehlo.reshape"(%3662) : (tensor<4x64xf32>) -> tensor<4x4x16xf32>
    %3674 = "stablehlo.slice"(%3673) {
      limit_indices = array<i64: 4, 4, 8>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x16xf32>) -> tensor<4x4x8xf32>
    %3675 = "stablehlo.slice"(%3673) {
      limit_indices = array<i64: 4, 4, 16>,
      start_indices = array<i64: 0, 0, 8>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x16xf32>) -> tensor<4x4x8xf32>
    %3676 = "stablehlo.multiply"(%3674, %3670) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %3677 = "stablehlo.multiply"(%3675, %3672) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %3678 = "stablehlo.subtract"(%3676, %3677) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %3679 = "stablehlo.multiply"(%3675, %3670) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %3680 = "stablehlo.multiply"(%3674, %3672) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %3681 = "stablehlo.add"(%3679, %3680) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %3682 = "stablehlo.concatenate"(%3678, %3681) { dimension = 2 : i64 } : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x16xf32>
    %3683 = "stablehlo.reshape"(%3682) : (tensor<4x4x16xf32>) -> tensor<4x64xf32>
    %3684 = "stablehlo.reshape"(%arg342) : (tensor<4xi32>) -> tensor<4x1xi32>
    %3685 = "stablehlo.gather"(%arg288, %3684) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [1],
  collapsed_slice_dims = [0],
  operand_batching_dims = [],
  start_indices_batching_dims = [],
  start_index_map = [0],
  index_vector_dim = 1>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1, 16>
    } : (tensor<32x16xf32>, tensor<4x1xi32>) -> tensor<4x16xf32>
    %3686 = "stablehlo.slice"(%3685) {
      limit_indices = array<i64: 4, 8>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %3687 = "stablehlo.broadcast_in_dim"(%3686) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %3688 = "stablehlo.slice"(%3685) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 8>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %3689 = "stablehlo.broadcast_in_dim"(%3688) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %3690 = "stablehlo.reshape"(%3664) : (tensor<4x32xf32>) -> tensor<4x2x16xf32>
    %3691 = "stablehlo.slice"(%3690) {
      limit_indices = array<i64: 4, 2, 8>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x2x16xf32>) -> tensor<4x2x8xf32>
    %3692 = "stablehlo.slice"(%3690) {
      limit_indices = array<i64: 4, 2, 16>,
      start_indices = array<i64: 0, 0, 8>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x2x16xf32>) -> tensor<4x2x8xf32>
    %3693 = "stablehlo.multiply"(%3691, %3687) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %3694 = "stablehlo.multiply"(%3692, %3689) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %3695 = "stablehlo.subtract"(%3693, %3694) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %3696 = "stablehlo.multiply"(%3692, %3687) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %3697 = "stablehlo.multiply"(%3691, %3689) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %3698 = "stablehlo.add"(%3696, %3697) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %3699 = "stablehlo.concatenate"(%3695, %3698) { dimension = 2 : i64 } : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x16xf32>
    %3700 = "stablehlo.reshape"(%3699) : (tensor<4x2x16xf32>) -> tensor<4x32xf32>
    %3701 = "stablehlo.convert"(%3700) : (tensor<4x32xf32>) -> tensor<4x32xbf16>
    %3702 = "stablehlo.scatter"(%arg327, %2, %3701) ({
      ^updateFn(%arg653: tensor<bf16>, %arg654: tensor<bf16>) :
          "stablehlo.return"(%arg654) : (tensor<bf16>) -> ()
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
    %3703 = "stablehlo.convert"(%3666) : (tensor<4x32xf32>) -> tensor<4x32xbf16>
    %3704 = "stablehlo.scatter"(%arg328, %2, %3703) ({
      ^updateFn(%arg655: tensor<bf16>, %arg656: tensor<bf16>) :
          "stablehlo.return"(%arg656) : (tensor<bf16>) -> ()
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
    %3705 = "stablehlo.convert"(%3702) : (tensor<4x32x32xbf16>) -> tensor<4x32x32xf32>
    %3706 = "stablehlo.reshape"(%3705) : (tensor<4x32x32xf32>) -> tensor<128x2x16xf32>
    %3707 = "stablehlo.convert"(%3704) : (tensor<4x32x32xbf16>) -> tensor<4x32x32xf32>
    %3708 = "stablehlo.reshape"(%3707) : (tensor<4x32x32xf32>) -> tensor<128x2x16xf32>
    %3709 = "stablehlo.reshape"(%3683) : (tensor<4x64xf32>) -> tensor<4x2x2x16xf32>
    %3710 = "stablehlo.dot_general"(%3709, %3706) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [1],
  rhs_batching_dimensions = [1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [2]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x2x2x16xf32>, tensor<128x2x16xf32>) -> tensor<2x4x2x128xf32>
    %3711 = "stablehlo.constant"() { value = dense<0.25> : tensor<f32> } : () -> tensor<f32>
    %3712 = "stablehlo.broadcast_in_dim"(%3711) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x4x2x128xf32>
    %3713 = "stablehlo.multiply"(%3710, %3712) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %3714 = "stablehlo.constant"() { value = dense<0.20000000298023224> : tensor<f32> } : () -> tensor<f32>
    %3715 = "stablehlo.broadcast_in_dim"(%3714) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x4x2x128xf32>
    %3716 = "stablehlo.multiply"(%3713, %3715) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %3717 = "stablehlo.tanh"(%3716) : (tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %3718 = "stablehlo.constant"() { value = dense<5.0> : tensor<f32> } : () -> tensor<f32>
    %3719 = "stablehlo.broadcast_in_dim"(%3718) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x4x2x128xf32>
    %3720 = "stablehlo.multiply"(%3717, %3719) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %3721 = "stablehlo.broadcast_in_dim"(%300) { broadcast_dimensions = array<i64: 1, 3> } : (tensor<4x128xi1>) -> tensor<2x4x2x128xi1>
    %3722 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %3723 = "stablehlo.broadcast_in_dim"(%3722) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x4x2x128xf32>
    %3724 = "stablehlo.select"(%3721, %3720, %3723) : (tensor<2x4x2x128xi1>, tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %3725 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %3727 = "stablehlo.reduce"(%3724, %3725) ({
      ^reductionFn(%arg657: tensor<f32>, %arg658: tensor<f32>) :
          %3726 = "stablehlo.maximum"(%arg657, %arg658) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%3726) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x4x2x128xf32>, tensor<f32>) -> tensor<2x4x2xf32>
    %3728 = "stablehlo.broadcast_in_dim"(%3727) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x4x2xf32>) -> tensor<2x4x2x128xf32>
    %3729 = "stablehlo.subtract"(%3724, %3728) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %3730 = "stablehlo.exponential"(%3729) : (tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %3731 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %3733 = "stablehlo.reduce"(%3730, %3731) ({
      ^reductionFn(%arg659: tensor<f32>, %arg660: tensor<f32>) :
          %3732 = "stablehlo.add"(%arg659, %arg660) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%3732) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x4x2x128xf32>, tensor<f32>) -> tensor<2x4x2xf32>
    %3734 = "stablehlo.broadcast_in_dim"(%3733) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x4x2xf32>) -> tensor<2x4x2x128xf32>
    %3735 = "stablehlo.divide"(%3730, %3734) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %3736 = "stablehlo.dot_general"(%3735, %3708) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0],
  rhs_batching_dimensions = [1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [0]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<2x4x2x128xf32>, tensor<128x2x16xf32>) -> tensor<2x4x2x16xf32>
    %3737 = "stablehlo.transpose"(%3736) { permutation = array<i64: 1, 0, 2, 3> } : (tensor<2x4x2x16xf32>) -> tensor<4x2x2x16xf32>
    %3738 = "stablehlo.reshape"(%3737) : (tensor<4x2x2x16xf32>) -> tensor<4x64xf32>
    %3739 = "stablehlo.convert"(%arg214) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %3740 = "stablehlo.dot_general"(%3738, %3739) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %3741 = "stablehlo.reshape"(%3740) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %3742 = "stablehlo.multiply"(%3741, %3741) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3743 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %3745 = "stablehlo.reduce"(%3742, %3743) ({
      ^reductionFn(%arg661: tensor<f32>, %arg662: tensor<f32>) :
          %3744 = "stablehlo.add"(%arg661, %arg662) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%3744) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %3746 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %3747 = "stablehlo.broadcast_in_dim"(%3746) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %3748 = "stablehlo.multiply"(%3745, %3747) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %3749 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %3750 = "stablehlo.broadcast_in_dim"(%3749) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %3751 = "stablehlo.add"(%3748, %3750) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %3752 = "stablehlo.rsqrt"(%3751) : (tensor<4xf32>) -> tensor<4xf32>
    %3753 = "stablehlo.convert"(%arg215) : (tensor<64xbf16>) -> tensor<64xf32>
    %3754 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %3755 = "stablehlo.broadcast_in_dim"(%3754) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %3756 = "stablehlo.add"(%3753, %3755) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %3757 = "stablehlo.broadcast_in_dim"(%3752) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %3758 = "stablehlo.multiply"(%3741, %3757) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3759 = "stablehlo.broadcast_in_dim"(%3756) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %3760 = "stablehlo.multiply"(%3758, %3759) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3761 = "stablehlo.reshape"(%3760) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %3762 = "stablehlo.add"(%3639, %3761) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3763 = "stablehlo.reshape"(%3762) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %3764 = "stablehlo.multiply"(%3763, %3763) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3765 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %3767 = "stablehlo.reduce"(%3764, %3765) ({
      ^reductionFn(%arg663: tensor<f32>, %arg664: tensor<f32>) :
          %3766 = "stablehlo.add"(%arg663, %arg664) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%3766) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %3768 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %3769 = "stablehlo.broadcast_in_dim"(%3768) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %3770 = "stablehlo.multiply"(%3767, %3769) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %3771 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %3772 = "stablehlo.broadcast_in_dim"(%3771) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %3773 = "stablehlo.add"(%3770, %3772) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %3774 = "stablehlo.rsqrt"(%3773) : (tensor<4xf32>) -> tensor<4xf32>
    %3775 = "stablehlo.convert"(%arg216) : (tensor<64xbf16>) -> tensor<64xf32>
    %3776 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %3777 = "stablehlo.broadcast_in_dim"(%3776) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %3778 = "stablehlo.add"(%3775, %3777) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %3779 = "stablehlo.broadcast_in_dim"(%3774) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %3780 = "stablehlo.multiply"(%3763, %3779) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3781 = "stablehlo.broadcast_in_dim"(%3778) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %3782 = "stablehlo.multiply"(%3780, %3781) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3783 = "stablehlo.reshape"(%3782) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %3784 = "stablehlo.convert"(%arg217) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %3785 = "stablehlo.dot_general"(%3783, %3784) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %3786 = "stablehlo.convert"(%arg218) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %3787 = "stablehlo.dot_general"(%3783, %3786) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %3788 = "stablehlo.multiply"(%3785, %3785) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3789 = "stablehlo.multiply"(%3788, %3785) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3790 = "stablehlo.constant"() { value = dense<0.044714998453855515> : tensor<f32> } : () -> tensor<f32>
    %3791 = "stablehlo.broadcast_in_dim"(%3790) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %3792 = "stablehlo.multiply"(%3789, %3791) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3793 = "stablehlo.add"(%3785, %3792) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3794 = "stablehlo.constant"() { value = dense<0.7978845834732056> : tensor<f32> } : () -> tensor<f32>
    %3795 = "stablehlo.broadcast_in_dim"(%3794) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %3796 = "stablehlo.multiply"(%3793, %3795) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3797 = "stablehlo.constant"() { value = dense<0.5> : tensor<f32> } : () -> tensor<f32>
    %3798 = "stablehlo.broadcast_in_dim"(%3797) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %3799 = "stablehlo.multiply"(%3785, %3798) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3800 = "stablehlo.tanh"(%3796) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %3801 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %3802 = "stablehlo.broadcast_in_dim"(%3801) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %3803 = "stablehlo.add"(%3800, %3802) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3804 = "stablehlo.multiply"(%3799, %3803) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3805 = "stablehlo.multiply"(%3804, %3787) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3806 = "stablehlo.convert"(%arg219) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %3807 = "stablehlo.dot_general"(%3805, %3806) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %3808 = "stablehlo.reshape"(%3807) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %3809 = "stablehlo.multiply"(%3808, %3808) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3810 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %3812 = "stablehlo.reduce"(%3809, %3810) ({
      ^reductionFn(%arg665: tensor<f32>, %arg666: tensor<f32>) :
          %3811 = "stablehlo.add"(%arg665, %arg666) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%3811) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %3813 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %3814 = "stablehlo.broadcast_in_dim"(%3813) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %3815 = "stablehlo.multiply"(%3812, %3814) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %3816 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %3817 = "stablehlo.broadcast_in_dim"(%3816) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %3818 = "stablehlo.add"(%3815, %3817) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %3819 = "stablehlo.rsqrt"(%3818) : (tensor<4xf32>) -> tensor<4xf32>
    %3820 = "stablehlo.convert"(%arg220) : (tensor<64xbf16>) -> tensor<64xf32>
    %3821 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %3822 = "stablehlo.broadcast_in_dim"(%3821) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %3823 = "stablehlo.add"(%3820, %3822) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %3824 = "stablehlo.broadcast_in_dim"(%3819) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %3825 = "stablehlo.multiply"(%3808, %3824) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3826 = "stablehlo.broadcast_in_dim"(%3823) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %3827 = "stablehlo.multiply"(%3825, %3826) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3828 = "stablehlo.reshape"(%3827) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %3829 = "stablehlo.add"(%3762, %3828) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3830 = "stablehlo.reshape"(%3829) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %3831 = "stablehlo.multiply"(%3830, %3830) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3832 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %3834 = "stablehlo.reduce"(%3831, %3832) ({
      ^reductionFn(%arg667: tensor<f32>, %arg668: tensor<f32>) :
          %3833 = "stablehlo.add"(%arg667, %arg668) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%3833) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %3835 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %3836 = "stablehlo.broadcast_in_dim"(%3835) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %3837 = "stablehlo.multiply"(%3834, %3836) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %3838 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %3839 = "stablehlo.broadcast_in_dim"(%3838) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %3840 = "stablehlo.add"(%3837, %3839) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %3841 = "stablehlo.rsqrt"(%3840) : (tensor<4xf32>) -> tensor<4xf32>
    %3842 = "stablehlo.convert"(%arg221) : (tensor<64xbf16>) -> tensor<64xf32>
    %3843 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %3844 = "stablehlo.broadcast_in_dim"(%3843) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %3845 = "stablehlo.add"(%3842, %3844) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %3846 = "stablehlo.broadcast_in_dim"(%3841) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %3847 = "stablehlo.multiply"(%3830, %3846) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3848 = "stablehlo.broadcast_in_dim"(%3845) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %3849 = "stablehlo.multiply"(%3847, %3848) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3850 = "stablehlo.reshape"(%3849) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %3851 = "stablehlo.convert"(%arg222) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %3852 = "stablehlo.dot_general"(%3850, %3851) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %3853 = "stablehlo.convert"(%arg223) : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %3854 = "stablehlo.dot_general"(%3850, %3853) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<32x64xf32>) -> tensor<4x32xf32>
    %3855 = "stablehlo.convert"(%arg224) : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %3856 = "stablehlo.dot_general"(%3850, %3855) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<32x64xf32>) -> tensor<4x32xf32>
    %3857 = "stablehlo.reshape"(%arg342) : (tensor<4xi32>) -> tensor<4x1xi32>
    %3858 = "stablehlo.gather"(%arg288, %3857) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [1],
  collapsed_slice_dims = [0],
  operand_batching_dims = [],
  start_indices_batching_dims = [],
  start_index_map = [0],
  index_vector_dim = 1>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1, 16>
    } : (tensor<32x16xf32>, tensor<4x1xi32>) -> tensor<4x16xf32>
    %3859 = "stablehlo.slice"(%3858) {
      limit_indices = array<i64: 4, 8>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %3860 = "stablehlo.broadcast_in_dim"(%3859) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x4x8xf32>
    %3861 = "stablehlo.slice"(%3858) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 8>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %3862 = "stablehlo.broadcast_in_dim"(%3861) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x4x8xf32>
    %3863 = "stablehlo.reshape"(%3852) : (tensor<4x64xf32>) -> tensor<4x4x16xf32>
    %3864 = "stablehlo.slice"(%3863) {
      limit_indices = array<i64: 4, 4, 8>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x16xf32>) -> tensor<4x4x8xf32>
    %3865 = "stablehlo.slice"(%3863) {
      limit_indices = array<i64: 4, 4, 16>,
      start_indices = array<i64: 0, 0, 8>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x16xf32>) -> tensor<4x4x8xf32>
    %3866 = "stablehlo.multiply"(%3864, %3860) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %3867 = "stablehlo.multiply"(%3865, %3862) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %3868 = "stablehlo.subtract"(%3866, %3867) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %3869 = "stablehlo.multiply"(%3865, %3860) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %3870 = "stablehlo.multiply"(%3864, %3862) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %3871 = "stablehlo.add"(%3869, %3870) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %3872 = "stablehlo.concatenate"(%3868, %3871) { dimension = 2 : i64 } : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x16xf32>
    %3873 = "stablehlo.reshape"(%3872) : (tensor<4x4x16xf32>) -> tensor<4x64xf32>
    %3874 = "stablehlo.reshape"(%arg342) : (tensor<4xi32>) -> tensor<4x1xi32>
    %3875 = "stablehlo.gather"(%arg288, %3874) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [1],
  collapsed_slice_dims = [0],
  operand_batching_dims = [],
  start_indices_batching_dims = [],
  start_index_map = [0],
  index_vector_dim = 1>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1, 16>
    } : (tensor<32x16xf32>, tensor<4x1xi32>) -> tensor<4x16xf32>
    %3876 = "stablehlo.slice"(%3875) {
      limit_indices = array<i64: 4, 8>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %3877 = "stablehlo.broadcast_in_dim"(%3876) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %3878 = "stablehlo.slice"(%3875) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 8>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %3879 = "stablehlo.broadcast_in_dim"(%3878) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %3880 = "stablehlo.reshape"(%3854) : (tensor<4x32xf32>) -> tensor<4x2x16xf32>
    %3881 = "stablehlo.slice"(%3880) {
      limit_indices = array<i64: 4, 2, 8>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x2x16xf32>) -> tensor<4x2x8xf32>
    %3882 = "stablehlo.slice"(%3880) {
      limit_indices = array<i64: 4, 2, 16>,
      start_indices = array<i64: 0, 0, 8>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x2x16xf32>) -> tensor<4x2x8xf32>
    %3883 = "stablehlo.multiply"(%3881, %3877) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %3884 = "stablehlo.multiply"(%3882, %3879) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %3885 = "stablehlo.subtract"(%3883, %3884) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %3886 = "stablehlo.multiply"(%3882, %3877) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %3887 = "stablehlo.multiply"(%3881, %3879) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %3888 = "stablehlo.add"(%3886, %3887) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %3889 = "stablehlo.concatenate"(%3885, %3888) { dimension = 2 : i64 } : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x16xf32>
    %3890 = "stablehlo.reshape"(%3889) : (tensor<4x2x16xf32>) -> tensor<4x32xf32>
    %3891 = "stablehlo.convert"(%3890) : (tensor<4x32xf32>) -> tensor<4x32xbf16>
    %3892 = "stablehlo.scatter"(%arg329, %2, %3891) ({
      ^updateFn(%arg669: tensor<bf16>, %arg670: tensor<bf16>) :
          "stablehlo.return"(%arg670) : (tensor<bf16>) -> ()
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
    %3893 = "stablehlo.convert"(%3856) : (tensor<4x32xf32>) -> tensor<4x32xbf16>
    %3894 = "stablehlo.scatter"(%arg330, %2, %3893) ({
      ^updateFn(%arg671: tensor<bf16>, %arg672: tensor<bf16>) :
          "stablehlo.return"(%arg672) : (tensor<bf16>) -> ()
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
    %3895 = "stablehlo.convert"(%3892) : (tensor<4x32x32xbf16>) -> tensor<4x32x32xf32>
    %3896 = "stablehlo.reshape"(%3895) : (tensor<4x32x32xf32>) -> tensor<128x2x16xf32>
    %3897 = "stablehlo.convert"(%3894) : (tensor<4x32x32xbf16>) -> tensor<4x32x32xf32>
    %3898 = "stablehlo.reshape"(%3897) : (tensor<4x32x32xf32>) -> tensor<128x2x16xf32>
    %3899 = "stablehlo.reshape"(%3873) : (tensor<4x64xf32>) -> tensor<4x2x2x16xf32>
    %3900 = "stablehlo.dot_general"(%3899, %3896) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [1],
  rhs_batching_dimensions = [1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [2]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x2x2x16xf32>, tensor<128x2x16xf32>) -> tensor<2x4x2x128xf32>
    %3901 = "stablehlo.constant"() { value = dense<0.25> : tensor<f32> } : () -> tensor<f32>
    %3902 = "stablehlo.broadcast_in_dim"(%3901) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x4x2x128xf32>
    %3903 = "stablehlo.multiply"(%3900, %3902) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %3904 = "stablehlo.constant"() { value = dense<0.20000000298023224> : tensor<f32> } : () -> tensor<f32>
    %3905 = "stablehlo.broadcast_in_dim"(%3904) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x4x2x128xf32>
    %3906 = "stablehlo.multiply"(%3903, %3905) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %3907 = "stablehlo.tanh"(%3906) : (tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %3908 = "stablehlo.constant"() { value = dense<5.0> : tensor<f32> } : () -> tensor<f32>
    %3909 = "stablehlo.broadcast_in_dim"(%3908) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x4x2x128xf32>
    %3910 = "stablehlo.multiply"(%3907, %3909) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %3911 = "stablehlo.broadcast_in_dim"(%102) { broadcast_dimensions = array<i64: 1, 3> } : (tensor<4x128xi1>) -> tensor<2x4x2x128xi1>
    %3912 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %3913 = "stablehlo.broadcast_in_dim"(%3912) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x4x2x128xf32>
    %3914 = "stablehlo.select"(%3911, %3910, %3913) : (tensor<2x4x2x128xi1>, tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %3915 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %3917 = "stablehlo.reduce"(%3914, %3915) ({
      ^reductionFn(%arg673: tensor<f32>, %arg674: tensor<f32>) :
          %3916 = "stablehlo.maximum"(%arg673, %arg674) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%3916) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x4x2x128xf32>, tensor<f32>) -> tensor<2x4x2xf32>
    %3918 = "stablehlo.broadcast_in_dim"(%3917) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x4x2xf32>) -> tensor<2x4x2x128xf32>
    %3919 = "stablehlo.subtract"(%3914, %3918) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %3920 = "stablehlo.exponential"(%3919) : (tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %3921 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %3923 = "stablehlo.reduce"(%3920, %3921) ({
      ^reductionFn(%arg675: tensor<f32>, %arg676: tensor<f32>) :
          %3922 = "stablehlo.add"(%arg675, %arg676) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%3922) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x4x2x128xf32>, tensor<f32>) -> tensor<2x4x2xf32>
    %3924 = "stablehlo.broadcast_in_dim"(%3923) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x4x2xf32>) -> tensor<2x4x2x128xf32>
    %3925 = "stablehlo.divide"(%3920, %3924) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %3926 = "stablehlo.dot_general"(%3925, %3898) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0],
  rhs_batching_dimensions = [1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [0]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<2x4x2x128xf32>, tensor<128x2x16xf32>) -> tensor<2x4x2x16xf32>
    %3927 = "stablehlo.transpose"(%3926) { permutation = array<i64: 1, 0, 2, 3> } : (tensor<2x4x2x16xf32>) -> tensor<4x2x2x16xf32>
    %3928 = "stablehlo.reshape"(%3927) : (tensor<4x2x2x16xf32>) -> tensor<4x64xf32>
    %3929 = "stablehlo.convert"(%arg225) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %3930 = "stablehlo.dot_general"(%3928, %3929) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %3931 = "stablehlo.reshape"(%3930) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %3932 = "stablehlo.multiply"(%3931, %3931) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3933 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %3935 = "stablehlo.reduce"(%3932, %3933) ({
      ^reductionFn(%arg677: tensor<f32>, %arg678: tensor<f32>) :
          %3934 = "stablehlo.add"(%arg677, %arg678) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%3934) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %3936 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %3937 = "stablehlo.broadcast_in_dim"(%3936) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %3938 = "stablehlo.multiply"(%3935, %3937) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %3939 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %3940 = "stablehlo.broadcast_in_dim"(%3939) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %3941 = "stablehlo.add"(%3938, %3940) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %3942 = "stablehlo.rsqrt"(%3941) : (tensor<4xf32>) -> tensor<4xf32>
    %3943 = "stablehlo.convert"(%arg226) : (tensor<64xbf16>) -> tensor<64xf32>
    %3944 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %3945 = "stablehlo.broadcast_in_dim"(%3944) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %3946 = "stablehlo.add"(%3943, %3945) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %3947 = "stablehlo.broadcast_in_dim"(%3942) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %3948 = "stablehlo.multiply"(%3931, %3947) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3949 = "stablehlo.broadcast_in_dim"(%3946) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %3950 = "stablehlo.multiply"(%3948, %3949) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3951 = "stablehlo.reshape"(%3950) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %3952 = "stablehlo.add"(%3829, %3951) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3953 = "stablehlo.reshape"(%3952) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %3954 = "stablehlo.multiply"(%3953, %3953) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3955 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %3957 = "stablehlo.reduce"(%3954, %3955) ({
      ^reductionFn(%arg679: tensor<f32>, %arg680: tensor<f32>) :
          %3956 = "stablehlo.add"(%arg679, %arg680) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%3956) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %3958 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %3959 = "stablehlo.broadcast_in_dim"(%3958) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %3960 = "stablehlo.multiply"(%3957, %3959) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %3961 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %3962 = "stablehlo.broadcast_in_dim"(%3961) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %3963 = "stablehlo.add"(%3960, %3962) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %3964 = "stablehlo.rsqrt"(%3963) : (tensor<4xf32>) -> tensor<4xf32>
    %3965 = "stablehlo.convert"(%arg227) : (tensor<64xbf16>) -> tensor<64xf32>
    %3966 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %3967 = "stablehlo.broadcast_in_dim"(%3966) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %3968 = "stablehlo.add"(%3965, %3967) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %3969 = "stablehlo.broadcast_in_dim"(%3964) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %3970 = "stablehlo.multiply"(%3953, %3969) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3971 = "stablehlo.broadcast_in_dim"(%3968) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %3972 = "stablehlo.multiply"(%3970, %3971) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3973 = "stablehlo.reshape"(%3972) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %3974 = "stablehlo.convert"(%arg228) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %3975 = "stablehlo.dot_general"(%3973, %3974) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %3976 = "stablehlo.convert"(%arg229) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %3977 = "stablehlo.dot_general"(%3973, %3976) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %3978 = "stablehlo.multiply"(%3975, %3975) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3979 = "stablehlo.multiply"(%3978, %3975) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3980 = "stablehlo.constant"() { value = dense<0.044714998453855515> : tensor<f32> } : () -> tensor<f32>
    %3981 = "stablehlo.broadcast_in_dim"(%3980) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %3982 = "stablehlo.multiply"(%3979, %3981) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3983 = "stablehlo.add"(%3975, %3982) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3984 = "stablehlo.constant"() { value = dense<0.7978845834732056> : tensor<f32> } : () -> tensor<f32>
    %3985 = "stablehlo.broadcast_in_dim"(%3984) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %3986 = "stablehlo.multiply"(%3983, %3985) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3987 = "stablehlo.constant"() { value = dense<0.5> : tensor<f32> } : () -> tensor<f32>
    %3988 = "stablehlo.broadcast_in_dim"(%3987) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %3989 = "stablehlo.multiply"(%3975, %3988) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3990 = "stablehlo.tanh"(%3986) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %3991 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %3992 = "stablehlo.broadcast_in_dim"(%3991) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %3993 = "stablehlo.add"(%3990, %3992) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3994 = "stablehlo.multiply"(%3989, %3993) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3995 = "stablehlo.multiply"(%3994, %3977) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3996 = "stablehlo.convert"(%arg230) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %3997 = "stablehlo.dot_general"(%3995, %3996) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %3998 = "stablehlo.reshape"(%3997) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %3999 = "stablehlo.multiply"(%3998, %3998) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4000 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %4002 = "stablehlo.reduce"(%3999, %4000) ({
      ^reductionFn(%arg681: tensor<f32>, %arg682: tensor<f32>) :
          %4001 = "stablehlo.add"(%arg681, %arg682) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%4001) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %4003 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %4004 = "stablehlo.broadcast_in_dim"(%4003) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %4005 = "stablehlo.multiply"(%4002, %4004) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %4006 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %4007 = "stablehlo.broadcast_in_dim"(%4006) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %4008 = "stablehlo.add"(%4005, %4007) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %4009 = "stablehlo.rsqrt"(%4008) : (tensor<4xf32>) -> tensor<4xf32>
    %4010 = "stablehlo.convert"(%arg231) : (tensor<64xbf16>) -> tensor<64xf32>
    %4011 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %4012 = "stablehlo.broadcast_in_dim"(%4011) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %4013 = "stablehlo.add"(%4010, %4012) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %4014 = "stablehlo.broadcast_in_dim"(%4009) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %4015 = "stablehlo.multiply"(%3998, %4014) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4016 = "stablehlo.broadcast_in_dim"(%4013) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %4017 = "stablehlo.multiply"(%4015, %4016) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4018 = "stablehlo.reshape"(%4017) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %4019 = "stablehlo.add"(%3952, %4018) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4020 = "stablehlo.reshape"(%4019) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %4021 = "stablehlo.multiply"(%4020, %4020) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4022 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %4024 = "stablehlo.reduce"(%4021, %4022) ({
      ^reductionFn(%arg683: tensor<f32>, %arg684: tensor<f32>) :
          %4023 = "stablehlo.add"(%arg683, %arg684) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%4023) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %4025 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %4026 = "stablehlo.broadcast_in_dim"(%4025) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %4027 = "stablehlo.multiply"(%4024, %4026) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %4028 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %4029 = "stablehlo.broadcast_in_dim"(%4028) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %4030 = "stablehlo.add"(%4027, %4029) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %4031 = "stablehlo.rsqrt"(%4030) : (tensor<4xf32>) -> tensor<4xf32>
    %4032 = "stablehlo.convert"(%arg232) : (tensor<64xbf16>) -> tensor<64xf32>
    %4033 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %4034 = "stablehlo.broadcast_in_dim"(%4033) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %4035 = "stablehlo.add"(%4032, %4034) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %4036 = "stablehlo.broadcast_in_dim"(%4031) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %4037 = "stablehlo.multiply"(%4020, %4036) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4038 = "stablehlo.broadcast_in_dim"(%4035) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %4039 = "stablehlo.multiply"(%4037, %4038) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4040 = "stablehlo.reshape"(%4039) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %4041 = "stablehlo.convert"(%arg233) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %4042 = "stablehlo.dot_general"(%4040, %4041) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %4043 = "stablehlo.convert"(%arg234) : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %4044 = "stablehlo.dot_general"(%4040, %4043) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<32x64xf32>) -> tensor<4x32xf32>
    %4045 = "stablehlo.convert"(%arg235) : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %4046 = "stablehlo.dot_general"(%4040, %4045) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<32x64xf32>) -> tensor<4x32xf32>
    %4047 = "stablehlo.reshape"(%arg342) : (tensor<4xi32>) -> tensor<4x1xi32>
    %4048 = "stablehlo.gather"(%arg288, %4047) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [1],
  collapsed_slice_dims = [0],
  operand_batching_dims = [],
  start_indices_batching_dims = [],
  start_index_map = [0],
  index_vector_dim = 1>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1, 16>
    } : (tensor<32x16xf32>, tensor<4x1xi32>) -> tensor<4x16xf32>
    %4049 = "stablehlo.slice"(%4048) {
      limit_indices = array<i64: 4, 8>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %4050 = "stablehlo.broadcast_in_dim"(%4049) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x4x8xf32>
    %4051 = "stablehlo.slice"(%4048) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 8>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %4052 = "stablehlo.broadcast_in_dim"(%4051) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x4x8xf32>
    %4053 = "stablehlo.reshape"(%4042) : (tensor<4x64xf32>) -> tensor<4x4x16xf32>
    %4054 = "stablehlo.slice"(%4053) {
      limit_indices = array<i64: 4, 4, 8>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x16xf32>) -> tensor<4x4x8xf32>
    %4055 = "stablehlo.slice"(%4053) {
      limit_indices = array<i64: 4, 4, 16>,
      start_indices = array<i64: 0, 0, 8>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x16xf32>) -> tensor<4x4x8xf32>
    %4056 = "stablehlo.multiply"(%4054, %4050) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %4057 = "stablehlo.multiply"(%4055, %4052) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %4058 = "stablehlo.subtract"(%4056, %4057) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %4059 = "stablehlo.multiply"(%4055, %4050) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %4060 = "stablehlo.multiply"(%4054, %4052) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %4061 = "stablehlo.add"(%4059, %4060) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %4062 = "stablehlo.concatenate"(%4058, %4061) { dimension = 2 : i64 } : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x16xf32>
    %4063 = "stablehlo.reshape"(%4062) : (tensor<4x4x16xf32>) -> tensor<4x64xf32>
    %4064 = "stablehlo.reshape"(%arg342) : (tensor<4xi32>) -> tensor<4x1xi32>
    %4065 = "stablehlo.gather"(%arg288, %4064) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [1],
  collapsed_slice_dims = [0],
  operand_batching_dims = [],
  start_indices_batching_dims = [],
  start_index_map = [0],
  index_vector_dim = 1>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1, 16>
    } : (tensor<32x16xf32>, tensor<4x1xi32>) -> tensor<4x16xf32>
    %4066 = "stablehlo.slice"(%4065) {
      limit_indices = array<i64: 4, 8>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %4067 = "stablehlo.broadcast_in_dim"(%4066) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %4068 = "stablehlo.slice"(%4065) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 8>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %4069 = "stablehlo.broadcast_in_dim"(%4068) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %4070 = "stablehlo.reshape"(%4044) : (tensor<4x32xf32>) -> tensor<4x2x16xf32>
    %4071 = "stablehlo.slice"(%4070) {
      limit_indices = array<i64: 4, 2, 8>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x2x16xf32>) -> tensor<4x2x8xf32>
    %4072 = "stablehlo.slice"(%4070) {
      limit_indices = array<i64: 4, 2, 16>,
      start_indices = array<i64: 0, 0, 8>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x2x16xf32>) -> tensor<4x2x8xf32>
    %4073 = "stablehlo.multiply"(%4071, %4067) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %4074 = "stablehlo.multiply"(%4072, %4069) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %4075 = "stablehlo.subtract"(%4073, %4074) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %4076 = "stablehlo.multiply"(%4072, %4067) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %4077 = "stablehlo.multiply"(%4071, %4069) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %4078 = "stablehlo.add"(%4076, %4077) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %4079 = "stablehlo.concatenate"(%4075, %4078) { dimension = 2 : i64 } : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x16xf32>
    %4080 = "stablehlo.reshape"(%4079) : (tensor<4x2x16xf32>) -> tensor<4x32xf32>
    %4081 = "stablehlo.convert"(%4080) : (tensor<4x32xf32>) -> tensor<4x32xbf16>
    %4082 = "stablehlo.scatter"(%arg331, %2, %4081) ({
      ^updateFn(%arg685: tensor<bf16>, %arg686: tensor<bf16>) :
          "stablehlo.return"(%arg686) : (tensor<bf16>) -> ()
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
    %4083 = "stablehlo.convert"(%4046) : (tensor<4x32xf32>) -> tensor<4x32xbf16>
    %4084 = "stablehlo.scatter"(%arg332, %2, %4083) ({
      ^updateFn(%arg687: tensor<bf16>, %arg688: tensor<bf16>) :
          "stablehlo.return"(%arg688) : (tensor<bf16>) -> ()
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
    %4085 = "stablehlo.convert"(%4082) : (tensor<4x32x32xbf16>) -> tensor<4x32x32xf32>
    %4086 = "stablehlo.reshape"(%4085) : (tensor<4x32x32xf32>) -> tensor<128x2x16xf32>
    %4087 = "stablehlo.convert"(%4084) : (tensor<4x32x32xbf16>) -> tensor<4x32x32xf32>
    %4088 = "stablehlo.reshape"(%4087) : (tensor<4x32x32xf32>) -> tensor<128x2x16xf32>
    %4089 = "stablehlo.reshape"(%4063) : (tensor<4x64xf32>) -> tensor<4x2x2x16xf32>
    %4090 = "stablehlo.dot_general"(%4089, %4086) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [1],
  rhs_batching_dimensions = [1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [2]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x2x2x16xf32>, tensor<128x2x16xf32>) -> tensor<2x4x2x128xf32>
    %4091 = "stablehlo.constant"() { value = dense<0.25> : tensor<f32> } : () -> tensor<f32>
    %4092 = "stablehlo.broadcast_in_dim"(%4091) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x4x2x128xf32>
    %4093 = "stablehlo.multiply"(%4090, %4092) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %4094 = "stablehlo.constant"() { value = dense<0.20000000298023224> : tensor<f32> } : () -> tensor<f32>
    %4095 = "stablehlo.broadcast_in_dim"(%4094) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x4x2x128xf32>
    %4096 = "stablehlo.multiply"(%4093, %4095) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %4097 = "stablehlo.tanh"(%4096) : (tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %4098 = "stablehlo.constant"() { value = dense<5.0> : tensor<f32> } : () -> tensor<f32>
    %4099 = "stablehlo.broadcast_in_dim"(%4098) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x4x2x128xf32>
    %4100 = "stablehlo.multiply"(%4097, %4099) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %4101 = "stablehlo.broadcast_in_dim"(%300) { broadcast_dimensions = array<i64: 1, 3> } : (tensor<4x128xi1>) -> tensor<2x4x2x128xi1>
    %4102 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %4103 = "stablehlo.broadcast_in_dim"(%4102) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x4x2x128xf32>
    %4104 = "stablehlo.select"(%4101, %4100, %4103) : (tensor<2x4x2x128xi1>, tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %4105 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %4107 = "stablehlo.reduce"(%4104, %4105) ({
      ^reductionFn(%arg689: tensor<f32>, %arg690: tensor<f32>) :
          %4106 = "stablehlo.maximum"(%arg689, %arg690) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%4106) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x4x2x128xf32>, tensor<f32>) -> tensor<2x4x2xf32>
    %4108 = "stablehlo.broadcast_in_dim"(%4107) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x4x2xf32>) -> tensor<2x4x2x128xf32>
    %4109 = "stablehlo.subtract"(%4104, %4108) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %4110 = "stablehlo.exponential"(%4109) : (tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %4111 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %4113 = "stablehlo.reduce"(%4110, %4111) ({
      ^reductionFn(%arg691: tensor<f32>, %arg692: tensor<f32>) :
          %4112 = "stablehlo.add"(%arg691, %arg692) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%4112) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x4x2x128xf32>, tensor<f32>) -> tensor<2x4x2xf32>
    %4114 = "stablehlo.broadcast_in_dim"(%4113) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x4x2xf32>) -> tensor<2x4x2x128xf32>
    %4115 = "stablehlo.divide"(%4110, %4114) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %4116 = "stablehlo.dot_general"(%4115, %4088) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0],
  rhs_batching_dimensions = [1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [0]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<2x4x2x128xf32>, tensor<128x2x16xf32>) -> tensor<2x4x2x16xf32>
    %4117 = "stablehlo.transpose"(%4116) { permutation = array<i64: 1, 0, 2, 3> } : (tensor<2x4x2x16xf32>) -> tensor<4x2x2x16xf32>
    %4118 = "stablehlo.reshape"(%4117) : (tensor<4x2x2x16xf32>) -> tensor<4x64xf32>
    %4119 = "stablehlo.convert"(%arg236) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %4120 = "stablehlo.dot_general"(%4118, %4119) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %4121 = "stablehlo.reshape"(%4120) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %4122 = "stablehlo.multiply"(%4121, %4121) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4123 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %4125 = "stablehlo.reduce"(%4122, %4123) ({
      ^reductionFn(%arg693: tensor<f32>, %arg694: tensor<f32>) :
          %4124 = "stablehlo.add"(%arg693, %arg694) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%4124) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %4126 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %4127 = "stablehlo.broadcast_in_dim"(%4126) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %4128 = "stablehlo.multiply"(%4125, %4127) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %4129 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %4130 = "stablehlo.broadcast_in_dim"(%4129) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %4131 = "stablehlo.add"(%4128, %4130) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %4132 = "stablehlo.rsqrt"(%4131) : (tensor<4xf32>) -> tensor<4xf32>
    %4133 = "stablehlo.convert"(%arg237) : (tensor<64xbf16>) -> tensor<64xf32>
    %4134 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %4135 = "stablehlo.broadcast_in_dim"(%4134) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %4136 = "stablehlo.add"(%4133, %4135) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %4137 = "stablehlo.broadcast_in_dim"(%4132) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %4138 = "stablehlo.multiply"(%4121, %4137) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4139 = "stablehlo.broadcast_in_dim"(%4136) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %4140 = "stablehlo.multiply"(%4138, %4139) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4141 = "stablehlo.reshape"(%4140) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %4142 = "stablehlo.add"(%4019, %4141) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4143 = "stablehlo.reshape"(%4142) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %4144 = "stablehlo.multiply"(%4143, %4143) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4145 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %4147 = "stablehlo.reduce"(%4144, %4145) ({
      ^reductionFn(%arg695: tensor<f32>, %arg696: tensor<f32>) :
          %4146 = "stablehlo.add"(%arg695, %arg696) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%4146) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %4148 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %4149 = "stablehlo.broadcast_in_dim"(%4148) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %4150 = "stablehlo.multiply"(%4147, %4149) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %4151 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %4152 = "stablehlo.broadcast_in_dim"(%4151) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %4153 = "stablehlo.add"(%4150, %4152) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %4154 = "stablehlo.rsqrt"(%4153) : (tensor<4xf32>) -> tensor<4xf32>
    %4155 = "stablehlo.convert"(%arg238) : (tensor<64xbf16>) -> tensor<64xf32>
    %4156 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %4157 = "stablehlo.broadcast_in_dim"(%4156) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %4158 = "stablehlo.add"(%4155, %4157) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %4159 = "stablehlo.broadcast_in_dim"(%4154) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %4160 = "stablehlo.multiply"(%4143, %4159) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4161 = "stablehlo.broadcast_in_dim"(%4158) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %4162 = "stablehlo.multiply"(%4160, %4161) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4163 = "stablehlo.reshape"(%4162) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %4164 = "stablehlo.convert"(%arg239) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %4165 = "stablehlo.dot_general"(%4163, %4164) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %4166 = "stablehlo.convert"(%arg240) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %4167 = "stablehlo.dot_general"(%4163, %4166) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %4168 = "stablehlo.multiply"(%4165, %4165) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4169 = "stablehlo.multiply"(%4168, %4165) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4170 = "stablehlo.constant"() { value = dense<0.044714998453855515> : tensor<f32> } : () -> tensor<f32>
    %4171 = "stablehlo.broadcast_in_dim"(%4170) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %4172 = "stablehlo.multiply"(%4169, %4171) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4173 = "stablehlo.add"(%4165, %4172) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4174 = "stablehlo.constant"() { value = dense<0.7978845834732056> : tensor<f32> } : () -> tensor<f32>
    %4175 = "stablehlo.broadcast_in_dim"(%4174) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %4176 = "stablehlo.multiply"(%4173, %4175) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4177 = "stablehlo.constant"() { value = dense<0.5> : tensor<f32> } : () -> tensor<f32>
    %4178 = "stablehlo.broadcast_in_dim"(%4177) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %4179 = "stablehlo.multiply"(%4165, %4178) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4180 = "stablehlo.tanh"(%4176) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %4181 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %4182 = "stablehlo.broadcast_in_dim"(%4181) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %4183 = "stablehlo.add"(%4180, %4182) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4184 = "stablehlo.multiply"(%4179, %4183) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4185 = "stablehlo.multiply"(%4184, %4167) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4186 = "stablehlo.convert"(%arg241) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %4187 = "stablehlo.dot_general"(%4185, %4186) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %4188 = "stablehlo.reshape"(%4187) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %4189 = "stablehlo.multiply"(%4188, %4188) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4190 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %4192 = "stablehlo.reduce"(%4189, %4190) ({
      ^reductionFn(%arg697: tensor<f32>, %arg698: tensor<f32>) :
          %4191 = "stablehlo.add"(%arg697, %arg698) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%4191) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %4193 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %4194 = "stablehlo.broadcast_in_dim"(%4193) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %4195 = "stablehlo.multiply"(%4192, %4194) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %4196 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %4197 = "stablehlo.broadcast_in_dim"(%4196) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %4198 = "stablehlo.add"(%4195, %4197) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %4199 = "stablehlo.rsqrt"(%4198) : (tensor<4xf32>) -> tensor<4xf32>
    %4200 = "stablehlo.convert"(%arg242) : (tensor<64xbf16>) -> tensor<64xf32>
    %4201 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %4202 = "stablehlo.broadcast_in_dim"(%4201) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %4203 = "stablehlo.add"(%4200, %4202) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %4204 = "stablehlo.broadcast_in_dim"(%4199) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %4205 = "stablehlo.multiply"(%4188, %4204) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4206 = "stablehlo.broadcast_in_dim"(%4203) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %4207 = "stablehlo.multiply"(%4205, %4206) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4208 = "stablehlo.reshape"(%4207) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %4209 = "stablehlo.add"(%4142, %4208) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4210 = "stablehlo.reshape"(%4209) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %4211 = "stablehlo.multiply"(%4210, %4210) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4212 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %4214 = "stablehlo.reduce"(%4211, %4212) ({
      ^reductionFn(%arg699: tensor<f32>, %arg700: tensor<f32>) :
          %4213 = "stablehlo.add"(%arg699, %arg700) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%4213) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %4215 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %4216 = "stablehlo.broadcast_in_dim"(%4215) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %4217 = "stablehlo.multiply"(%4214, %4216) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %4218 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %4219 = "stablehlo.broadcast_in_dim"(%4218) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %4220 = "stablehlo.add"(%4217, %4219) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %4221 = "stablehlo.rsqrt"(%4220) : (tensor<4xf32>) -> tensor<4xf32>
    %4222 = "stablehlo.convert"(%arg243) : (tensor<64xbf16>) -> tensor<64xf32>
    %4223 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %4224 = "stablehlo.broadcast_in_dim"(%4223) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %4225 = "stablehlo.add"(%4222, %4224) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %4226 = "stablehlo.broadcast_in_dim"(%4221) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %4227 = "stablehlo.multiply"(%4210, %4226) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4228 = "stablehlo.broadcast_in_dim"(%4225) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %4229 = "stablehlo.multiply"(%4227, %4228) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4230 = "stablehlo.reshape"(%4229) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %4231 = "stablehlo.convert"(%arg244) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %4232 = "stablehlo.dot_general"(%4230, %4231) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %4233 = "stablehlo.convert"(%arg245) : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %4234 = "stablehlo.dot_general"(%4230, %4233) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<32x64xf32>) -> tensor<4x32xf32>
    %4235 = "stablehlo.convert"(%arg246) : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %4236 = "stablehlo.dot_general"(%4230, %4235) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<32x64xf32>) -> tensor<4x32xf32>
    %4237 = "stablehlo.reshape"(%arg342) : (tensor<4xi32>) -> tensor<4x1xi32>
    %4238 = "stablehlo.gather"(%arg288, %4237) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [1],
  collapsed_slice_dims = [0],
  operand_batching_dims = [],
  start_indices_batching_dims = [],
  start_index_map = [0],
  index_vector_dim = 1>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1, 16>
    } : (tensor<32x16xf32>, tensor<4x1xi32>) -> tensor<4x16xf32>
    %4239 = "stablehlo.slice"(%4238) {
      limit_indices = array<i64: 4, 8>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %4240 = "stablehlo.broadcast_in_dim"(%4239) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x4x8xf32>
    %4241 = "stablehlo.slice"(%4238) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 8>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %4242 = "stablehlo.broadcast_in_dim"(%4241) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x4x8xf32>
    %4243 = "stablehlo.reshape"(%4232) : (tensor<4x64xf32>) -> tensor<4x4x16xf32>
    %4244 = "stablehlo.slice"(%4243) {
      limit_indices = array<i64: 4, 4, 8>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x16xf32>) -> tensor<4x4x8xf32>
    %4245 = "stablehlo.slice"(%4243) {
      limit_indices = array<i64: 4, 4, 16>,
      start_indices = array<i64: 0, 0, 8>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x16xf32>) -> tensor<4x4x8xf32>
    %4246 = "stablehlo.multiply"(%4244, %4240) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %4247 = "stablehlo.multiply"(%4245, %4242) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %4248 = "stablehlo.subtract"(%4246, %4247) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %4249 = "stablehlo.multiply"(%4245, %4240) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %4250 = "stablehlo.multiply"(%4244, %4242) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %4251 = "stablehlo.add"(%4249, %4250) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %4252 = "stablehlo.concatenate"(%4248, %4251) { dimension = 2 : i64 } : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x16xf32>
    %4253 = "stablehlo.reshape"(%4252) : (tensor<4x4x16xf32>) -> tensor<4x64xf32>
    %4254 = "stablehlo.reshape"(%arg342) : (tensor<4xi32>) -> tensor<4x1xi32>
    %4255 = "stablehlo.gather"(%arg288, %4254) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [1],
  collapsed_slice_dims = [0],
  operand_batching_dims = [],
  start_indices_batching_dims = [],
  start_index_map = [0],
  index_vector_dim = 1>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1, 16>
    } : (tensor<32x16xf32>, tensor<4x1xi32>) -> tensor<4x16xf32>
    %4256 = "stablehlo.slice"(%4255) {
      limit_indices = array<i64: 4, 8>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %4257 = "stablehlo.broadcast_in_dim"(%4256) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %4258 = "stablehlo.slice"(%4255) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 8>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %4259 = "stablehlo.broadcast_in_dim"(%4258) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %4260 = "stablehlo.reshape"(%4234) : (tensor<4x32xf32>) -> tensor<4x2x16xf32>
    %4261 = "stablehlo.slice"(%4260) {
      limit_indices = array<i64: 4, 2, 8>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x2x16xf32>) -> tensor<4x2x8xf32>
    %4262 = "stablehlo.slice"(%4260) {
      limit_indices = array<i64: 4, 2, 16>,
      start_indices = array<i64: 0, 0, 8>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x2x16xf32>) -> tensor<4x2x8xf32>
    %4263 = "stablehlo.multiply"(%4261, %4257) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %4264 = "stablehlo.multiply"(%4262, %4259) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %4265 = "stablehlo.subtract"(%4263, %4264) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %4266 = "stablehlo.multiply"(%4262, %4257) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %4267 = "stablehlo.multiply"(%4261, %4259) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %4268 = "stablehlo.add"(%4266, %4267) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %4269 = "stablehlo.concatenate"(%4265, %4268) { dimension = 2 : i64 } : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x16xf32>
    %4270 = "stablehlo.reshape"(%4269) : (tensor<4x2x16xf32>) -> tensor<4x32xf32>
    %4271 = "stablehlo.convert"(%4270) : (tensor<4x32xf32>) -> tensor<4x32xbf16>
    %4272 = "stablehlo.scatter"(%arg333, %2, %4271) ({
      ^updateFn(%arg701: tensor<bf16>, %arg702: tensor<bf16>) :
          "stablehlo.return"(%arg702) : (tensor<bf16>) -> ()
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
    %4273 = "stablehlo.convert"(%4236) : (tensor<4x32xf32>) -> tensor<4x32xbf16>
    %4274 = "stablehlo.scatter"(%arg334, %2, %4273) ({
      ^updateFn(%arg703: tensor<bf16>, %arg704: tensor<bf16>) :
          "stablehlo.return"(%arg704) : (tensor<bf16>) -> ()
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
    %4275 = "stablehlo.convert"(%4272) : (tensor<4x32x32xbf16>) -> tensor<4x32x32xf32>
    %4276 = "stablehlo.reshape"(%4275) : (tensor<4x32x32xf32>) -> tensor<128x2x16xf32>
    %4277 = "stablehlo.convert"(%4274) : (tensor<4x32x32xbf16>) -> tensor<4x32x32xf32>
    %4278 = "stablehlo.reshape"(%4277) : (tensor<4x32x32xf32>) -> tensor<128x2x16xf32>
    %4279 = "stablehlo.reshape"(%4253) : (tensor<4x64xf32>) -> tensor<4x2x2x16xf32>
    %4280 = "stablehlo.dot_general"(%4279, %4276) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [1],
  rhs_batching_dimensions = [1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [2]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x2x2x16xf32>, tensor<128x2x16xf32>) -> tensor<2x4x2x128xf32>
    %4281 = "stablehlo.constant"() { value = dense<0.25> : tensor<f32> } : () -> tensor<f32>
    %4282 = "stablehlo.broadcast_in_dim"(%4281) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x4x2x128xf32>
    %4283 = "stablehlo.multiply"(%4280, %4282) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %4284 = "stablehlo.constant"() { value = dense<0.20000000298023224> : tensor<f32> } : () -> tensor<f32>
    %4285 = "stablehlo.broadcast_in_dim"(%4284) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x4x2x128xf32>
    %4286 = "stablehlo.multiply"(%4283, %4285) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %4287 = "stablehlo.tanh"(%4286) : (tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %4288 = "stablehlo.constant"() { value = dense<5.0> : tensor<f32> } : () -> tensor<f32>
    %4289 = "stablehlo.broadcast_in_dim"(%4288) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x4x2x128xf32>
    %4290 = "stablehlo.multiply"(%4287, %4289) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %4291 = "stablehlo.broadcast_in_dim"(%102) { broadcast_dimensions = array<i64: 1, 3> } : (tensor<4x128xi1>) -> tensor<2x4x2x128xi1>
    %4292 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %4293 = "stablehlo.broadcast_in_dim"(%4292) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x4x2x128xf32>
    %4294 = "stablehlo.select"(%4291, %4290, %4293) : (tensor<2x4x2x128xi1>, tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %4295 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %4297 = "stablehlo.reduce"(%4294, %4295) ({
      ^reductionFn(%arg705: tensor<f32>, %arg706: tensor<f32>) :
          %4296 = "stablehlo.maximum"(%arg705, %arg706) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%4296) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x4x2x128xf32>, tensor<f32>) -> tensor<2x4x2xf32>
    %4298 = "stablehlo.broadcast_in_dim"(%4297) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x4x2xf32>) -> tensor<2x4x2x128xf32>
    %4299 = "stablehlo.subtract"(%4294, %4298) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %4300 = "stablehlo.exponential"(%4299) : (tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %4301 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %4303 = "stablehlo.reduce"(%4300, %4301) ({
      ^reductionFn(%arg707: tensor<f32>, %arg708: tensor<f32>) :
          %4302 = "stablehlo.add"(%arg707, %arg708) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%4302) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x4x2x128xf32>, tensor<f32>) -> tensor<2x4x2xf32>
    %4304 = "stablehlo.broadcast_in_dim"(%4303) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x4x2xf32>) -> tensor<2x4x2x128xf32>
    %4305 = "stablehlo.divide"(%4300, %4304) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %4306 = "stablehlo.dot_general"(%4305, %4278) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0],
  rhs_batching_dimensions = [1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [0]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<2x4x2x128xf32>, tensor<128x2x16xf32>) -> tensor<2x4x2x16xf32>
    %4307 = "stablehlo.transpose"(%4306) { permutation = array<i64: 1, 0, 2, 3> } : (tensor<2x4x2x16xf32>) -> tensor<4x2x2x16xf32>
    %4308 = "stablehlo.reshape"(%4307) : (tensor<4x2x2x16xf32>) -> tensor<4x64xf32>
    %4309 = "stablehlo.convert"(%arg247) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %4310 = "stablehlo.dot_general"(%4308, %4309) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %4311 = "stablehlo.reshape"(%4310) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %4312 = "stablehlo.multiply"(%4311, %4311) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4313 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %4315 = "stablehlo.reduce"(%4312, %4313) ({
      ^reductionFn(%arg709: tensor<f32>, %arg710: tensor<f32>) :
          %4314 = "stablehlo.add"(%arg709, %arg710) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%4314) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %4316 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %4317 = "stablehlo.broadcast_in_dim"(%4316) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %4318 = "stablehlo.multiply"(%4315, %4317) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %4319 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %4320 = "stablehlo.broadcast_in_dim"(%4319) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %4321 = "stablehlo.add"(%4318, %4320) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %4322 = "stablehlo.rsqrt"(%4321) : (tensor<4xf32>) -> tensor<4xf32>
    %4323 = "stablehlo.convert"(%arg248) : (tensor<64xbf16>) -> tensor<64xf32>
    %4324 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %4325 = "stablehlo.broadcast_in_dim"(%4324) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %4326 = "stablehlo.add"(%4323, %4325) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %4327 = "stablehlo.broadcast_in_dim"(%4322) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %4328 = "stablehlo.multiply"(%4311, %4327) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4329 = "stablehlo.broadcast_in_dim"(%4326) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %4330 = "stablehlo.multiply"(%4328, %4329) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4331 = "stablehlo.reshape"(%4330) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %4332 = "stablehlo.add"(%4209, %4331) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4333 = "stablehlo.reshape"(%4332) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %4334 = "stablehlo.multiply"(%4333, %4333) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4335 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %4337 = "stablehlo.reduce"(%4334, %4335) ({
      ^reductionFn(%arg711: tensor<f32>, %arg712: tensor<f32>) :
          %4336 = "stablehlo.add"(%arg711, %arg712) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%4336) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %4338 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %4339 = "stablehlo.broadcast_in_dim"(%4338) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %4340 = "stablehlo.multiply"(%4337, %4339) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %4341 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %4342 = "stablehlo.broadcast_in_dim"(%4341) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %4343 = "stablehlo.add"(%4340, %4342) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %4344 = "stablehlo.rsqrt"(%4343) : (tensor<4xf32>) -> tensor<4xf32>
    %4345 = "stablehlo.convert"(%arg249) : (tensor<64xbf16>) -> tensor<64xf32>
    %4346 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %4347 = "stablehlo.broadcast_in_dim"(%4346) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %4348 = "stablehlo.add"(%4345, %4347) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %4349 = "stablehlo.broadcast_in_dim"(%4344) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %4350 = "stablehlo.multiply"(%4333, %4349) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4351 = "stablehlo.broadcast_in_dim"(%4348) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %4352 = "stablehlo.multiply"(%4350, %4351) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4353 = "stablehlo.reshape"(%4352) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %4354 = "stablehlo.convert"(%arg250) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %4355 = "stablehlo.dot_general"(%4353, %4354) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %4356 = "stablehlo.convert"(%arg251) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %4357 = "stablehlo.dot_general"(%4353, %4356) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %4358 = "stablehlo.multiply"(%4355, %4355) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4359 = "stablehlo.multiply"(%4358, %4355) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4360 = "stablehlo.constant"() { value = dense<0.044714998453855515> : tensor<f32> } : () -> tensor<f32>
    %4361 = "stablehlo.broadcast_in_dim"(%4360) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %4362 = "stablehlo.multiply"(%4359, %4361) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4363 = "stablehlo.add"(%4355, %4362) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4364 = "stablehlo.constant"() { value = dense<0.7978845834732056> : tensor<f32> } : () -> tensor<f32>
    %4365 = "stablehlo.broadcast_in_dim"(%4364) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %4366 = "stablehlo.multiply"(%4363, %4365) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4367 = "stablehlo.constant"() { value = dense<0.5> : tensor<f32> } : () -> tensor<f32>
    %4368 = "stablehlo.broadcast_in_dim"(%4367) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %4369 = "stablehlo.multiply"(%4355, %4368) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4370 = "stablehlo.tanh"(%4366) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %4371 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %4372 = "stablehlo.broadcast_in_dim"(%4371) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %4373 = "stablehlo.add"(%4370, %4372) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4374 = "stablehlo.multiply"(%4369, %4373) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4375 = "stablehlo.multiply"(%4374, %4357) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4376 = "stablehlo.convert"(%arg252) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %4377 = "stablehlo.dot_general"(%4375, %4376) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %4378 = "stablehlo.reshape"(%4377) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %4379 = "stablehlo.multiply"(%4378, %4378) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4380 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %4382 = "stablehlo.reduce"(%4379, %4380) ({
      ^reductionFn(%arg713: tensor<f32>, %arg714: tensor<f32>) :
          %4381 = "stablehlo.add"(%arg713, %arg714) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%4381) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %4383 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %4384 = "stablehlo.broadcast_in_dim"(%4383) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %4385 = "stablehlo.multiply"(%4382, %4384) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %4386 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %4387 = "stablehlo.broadcast_in_dim"(%4386) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %4388 = "stablehlo.add"(%4385, %4387) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %4389 = "stablehlo.rsqrt"(%4388) : (tensor<4xf32>) -> tensor<4xf32>
    %4390 = "stablehlo.convert"(%arg253) : (tensor<64xbf16>) -> tensor<64xf32>
    %4391 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %4392 = "stablehlo.broadcast_in_dim"(%4391) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %4393 = "stablehlo.add"(%4390, %4392) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %4394 = "stablehlo.broadcast_in_dim"(%4389) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %4395 = "stablehlo.multiply"(%4378, %4394) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4396 = "stablehlo.broadcast_in_dim"(%4393) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %4397 = "stablehlo.multiply"(%4395, %4396) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4398 = "stablehlo.reshape"(%4397) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %4399 = "stablehlo.add"(%4332, %4398) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4400 = "stablehlo.reshape"(%4399) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %4401 = "stablehlo.multiply"(%4400, %4400) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4402 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %4404 = "stablehlo.reduce"(%4401, %4402) ({
      ^reductionFn(%arg715: tensor<f32>, %arg716: tensor<f32>) :
          %4403 = "stablehlo.add"(%arg715, %arg716) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%4403) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %4405 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %4406 = "stablehlo.broadcast_in_dim"(%4405) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %4407 = "stablehlo.multiply"(%4404, %4406) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %4408 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %4409 = "stablehlo.broadcast_in_dim"(%4408) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %4410 = "stablehlo.add"(%4407, %4409) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %4411 = "stablehlo.rsqrt"(%4410) : (tensor<4xf32>) -> tensor<4xf32>
    %4412 = "stablehlo.convert"(%arg254) : (tensor<64xbf16>) -> tensor<64xf32>
    %4413 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %4414 = "stablehlo.broadcast_in_dim"(%4413) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %4415 = "stablehlo.add"(%4412, %4414) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %4416 = "stablehlo.broadcast_in_dim"(%4411) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %4417 = "stablehlo.multiply"(%4400, %4416) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4418 = "stablehlo.broadcast_in_dim"(%4415) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %4419 = "stablehlo.multiply"(%4417, %4418) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4420 = "stablehlo.reshape"(%4419) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %4421 = "stablehlo.convert"(%arg255) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %4422 = "stablehlo.dot_general"(%4420, %4421) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %4423 = "stablehlo.convert"(%arg256) : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %4424 = "stablehlo.dot_general"(%4420, %4423) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<32x64xf32>) -> tensor<4x32xf32>
    %4425 = "stablehlo.convert"(%arg257) : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %4426 = "stablehlo.dot_general"(%4420, %4425) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<32x64xf32>) -> tensor<4x32xf32>
    %4427 = "stablehlo.reshape"(%arg342) : (tensor<4xi32>) -> tensor<4x1xi32>
    %4428 = "stablehlo.gather"(%arg288, %4427) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [1],
  collapsed_slice_dims = [0],
  operand_batching_dims = [],
  start_indices_batching_dims = [],
  start_index_map = [0],
  index_vector_dim = 1>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1, 16>
    } : (tensor<32x16xf32>, tensor<4x1xi32>) -> tensor<4x16xf32>
    %4429 = "stablehlo.slice"(%4428) {
      limit_indices = array<i64: 4, 8>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %4430 = "stablehlo.broadcast_in_dim"(%4429) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x4x8xf32>
    %4431 = "stablehlo.slice"(%4428) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 8>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %4432 = "stablehlo.broadcast_in_dim"(%4431) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x4x8xf32>
    %4433 = "stablehlo.reshape"(%4422) : (tensor<4x64xf32>) -> tensor<4x4x16xf32>
    %4434 = "stablehlo.slice"(%4433) {
      limit_indices = array<i64: 4, 4, 8>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x16xf32>) -> tensor<4x4x8xf32>
    %4435 = "stablehlo.slice"(%4433) {
      limit_indices = array<i64: 4, 4, 16>,
      start_indices = array<i64: 0, 0, 8>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x16xf32>) -> tensor<4x4x8xf32>
    %4436 = "stablehlo.multiply"(%4434, %4430) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %4437 = "stablehlo.multiply"(%4435, %4432) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %4438 = "stablehlo.subtract"(%4436, %4437) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %4439 = "stablehlo.multiply"(%4435, %4430) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %4440 = "stablehlo.multiply"(%4434, %4432) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %4441 = "stablehlo.add"(%4439, %4440) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %4442 = "stablehlo.concatenate"(%4438, %4441) { dimension = 2 : i64 } : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x16xf32>
    %4443 = "stablehlo.reshape"(%4442) : (tensor<4x4x16xf32>) -> tensor<4x64xf32>
    %4444 = "stablehlo.reshape"(%arg342) : (tensor<4xi32>) -> tensor<4x1xi32>
    %4445 = "stablehlo.gather"(%arg288, %4444) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [1],
  collapsed_slice_dims = [0],
  operand_batching_dims = [],
  start_indices_batching_dims = [],
  start_index_map = [0],
  index_vector_dim = 1>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1, 16>
    } : (tensor<32x16xf32>, tensor<4x1xi32>) -> tensor<4x16xf32>
    %4446 = "stablehlo.slice"(%4445) {
      limit_indices = array<i64: 4, 8>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %4447 = "stablehlo.broadcast_in_dim"(%4446) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %4448 = "stablehlo.slice"(%4445) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 8>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %4449 = "stablehlo.broadcast_in_dim"(%4448) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %4450 = "stablehlo.reshape"(%4424) : (tensor<4x32xf32>) -> tensor<4x2x16xf32>
    %4451 = "stablehlo.slice"(%4450) {
      limit_indices = array<i64: 4, 2, 8>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x2x16xf32>) -> tensor<4x2x8xf32>
    %4452 = "stablehlo.slice"(%4450) {
      limit_indices = array<i64: 4, 2, 16>,
      start_indices = array<i64: 0, 0, 8>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x2x16xf32>) -> tensor<4x2x8xf32>
    %4453 = "stablehlo.multiply"(%4451, %4447) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %4454 = "stablehlo.multiply"(%4452, %4449) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %4455 = "stablehlo.subtract"(%4453, %4454) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %4456 = "stablehlo.multiply"(%4452, %4447) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %4457 = "stablehlo.multiply"(%4451, %4449) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %4458 = "stablehlo.add"(%4456, %4457) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %4459 = "stablehlo.concatenate"(%4455, %4458) { dimension = 2 : i64 } : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x16xf32>
    %4460 = "stablehlo.reshape"(%4459) : (tensor<4x2x16xf32>) -> tensor<4x32xf32>
    %4461 = "stablehlo.convert"(%4460) : (tensor<4x32xf32>) -> tensor<4x32xbf16>
    %4462 = "stablehlo.scatter"(%arg335, %2, %4461) ({
      ^updateFn(%arg717: tensor<bf16>, %arg718: tensor<bf16>) :
          "stablehlo.return"(%arg718) : (tensor<bf16>) -> ()
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
    %4463 = "stablehlo.convert"(%4426) : (tensor<4x32xf32>) -> tensor<4x32xbf16>
    %4464 = "stablehlo.scatter"(%arg336, %2, %4463) ({
      ^updateFn(%arg719: tensor<bf16>, %arg720: tensor<bf16>) :
          "stablehlo.return"(%arg720) : (tensor<bf16>) -> ()
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
    %4465 = "stablehlo.convert"(%4462) : (tensor<4x32x32xbf16>) -> tensor<4x32x32xf32>
    %4466 = "stablehlo.reshape"(%4465) : (tensor<4x32x32xf32>) -> tensor<128x2x16xf32>
    %4467 = "stablehlo.convert"(%4464) : (tensor<4x32x32xbf16>) -> tensor<4x32x32xf32>
    %4468 = "stablehlo.reshape"(%4467) : (tensor<4x32x32xf32>) -> tensor<128x2x16xf32>
    %4469 = "stablehlo.reshape"(%4443) : (tensor<4x64xf32>) -> tensor<4x2x2x16xf32>
    %4470 = "stablehlo.dot_general"(%4469, %4466) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [1],
  rhs_batching_dimensions = [1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [2]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x2x2x16xf32>, tensor<128x2x16xf32>) -> tensor<2x4x2x128xf32>
    %4471 = "stablehlo.constant"() { value = dense<0.25> : tensor<f32> } : () -> tensor<f32>
    %4472 = "stablehlo.broadcast_in_dim"(%4471) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x4x2x128xf32>
    %4473 = "stablehlo.multiply"(%4470, %4472) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %4474 = "stablehlo.constant"() { value = dense<0.20000000298023224> : tensor<f32> } : () -> tensor<f32>
    %4475 = "stablehlo.broadcast_in_dim"(%4474) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x4x2x128xf32>
    %4476 = "stablehlo.multiply"(%4473, %4475) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %4477 = "stablehlo.tanh"(%4476) : (tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %4478 = "stablehlo.constant"() { value = dense<5.0> : tensor<f32> } : () -> tensor<f32>
    %4479 = "stablehlo.broadcast_in_dim"(%4478) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x4x2x128xf32>
    %4480 = "stablehlo.multiply"(%4477, %4479) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %4481 = "stablehlo.broadcast_in_dim"(%300) { broadcast_dimensions = array<i64: 1, 3> } : (tensor<4x128xi1>) -> tensor<2x4x2x128xi1>
    %4482 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %4483 = "stablehlo.broadcast_in_dim"(%4482) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x4x2x128xf32>
    %4484 = "stablehlo.select"(%4481, %4480, %4483) : (tensor<2x4x2x128xi1>, tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %4485 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %4487 = "stablehlo.reduce"(%4484, %4485) ({
      ^reductionFn(%arg721: tensor<f32>, %arg722: tensor<f32>) :
          %4486 = "stablehlo.maximum"(%arg721, %arg722) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%4486) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x4x2x128xf32>, tensor<f32>) -> tensor<2x4x2xf32>
    %4488 = "stablehlo.broadcast_in_dim"(%4487) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x4x2xf32>) -> tensor<2x4x2x128xf32>
    %4489 = "stablehlo.subtract"(%4484, %4488) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %4490 = "stablehlo.exponential"(%4489) : (tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %4491 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %4493 = "stablehlo.reduce"(%4490, %4491) ({
      ^reductionFn(%arg723: tensor<f32>, %arg724: tensor<f32>) :
          %4492 = "stablehlo.add"(%arg723, %arg724) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%4492) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x4x2x128xf32>, tensor<f32>) -> tensor<2x4x2xf32>
    %4494 = "stablehlo.broadcast_in_dim"(%4493) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x4x2xf32>) -> tensor<2x4x2x128xf32>
    %4495 = "stablehlo.divide"(%4490, %4494) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %4496 = "stablehlo.dot_general"(%4495, %4468) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0],
  rhs_batching_dimensions = [1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [0]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<2x4x2x128xf32>, tensor<128x2x16xf32>) -> tensor<2x4x2x16xf32>
    %4497 = "stablehlo.transpose"(%4496) { permutation = array<i64: 1, 0, 2, 3> } : (tensor<2x4x2x16xf32>) -> tensor<4x2x2x16xf32>
    %4498 = "stablehlo.reshape"(%4497) : (tensor<4x2x2x16xf32>) -> tensor<4x64xf32>
    %4499 = "stablehlo.convert"(%arg258) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %4500 = "stablehlo.dot_general"(%4498, %4499) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %4501 = "stablehlo.reshape"(%4500) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %4502 = "stablehlo.multiply"(%4501, %4501) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4503 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %4505 = "stablehlo.reduce"(%4502, %4503) ({
      ^reductionFn(%arg725: tensor<f32>, %arg726: tensor<f32>) :
          %4504 = "stablehlo.add"(%arg725, %arg726) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%4504) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %4506 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %4507 = "stablehlo.broadcast_in_dim"(%4506) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %4508 = "stablehlo.multiply"(%4505, %4507) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %4509 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %4510 = "stablehlo.broadcast_in_dim"(%4509) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %4511 = "stablehlo.add"(%4508, %4510) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %4512 = "stablehlo.rsqrt"(%4511) : (tensor<4xf32>) -> tensor<4xf32>
    %4513 = "stablehlo.convert"(%arg259) : (tensor<64xbf16>) -> tensor<64xf32>
    %4514 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %4515 = "stablehlo.broadcast_in_dim"(%4514) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %4516 = "stablehlo.add"(%4513, %4515) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %4517 = "stablehlo.broadcast_in_dim"(%4512) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %4518 = "stablehlo.multiply"(%4501, %4517) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4519 = "stablehlo.broadcast_in_dim"(%4516) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %4520 = "stablehlo.multiply"(%4518, %4519) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4521 = "stablehlo.reshape"(%4520) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %4522 = "stablehlo.add"(%4399, %4521) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4523 = "stablehlo.reshape"(%4522) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %4524 = "stablehlo.multiply"(%4523, %4523) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4525 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %4527 = "stablehlo.reduce"(%4524, %4525) ({
      ^reductionFn(%arg727: tensor<f32>, %arg728: tensor<f32>) :
          %4526 = "stablehlo.add"(%arg727, %arg728) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%4526) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %4528 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %4529 = "stablehlo.broadcast_in_dim"(%4528) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %4530 = "stablehlo.multiply"(%4527, %4529) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %4531 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %4532 = "stablehlo.broadcast_in_dim"(%4531) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %4533 = "stablehlo.add"(%4530, %4532) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %4534 = "stablehlo.rsqrt"(%4533) : (tensor<4xf32>) -> tensor<4xf32>
    %4535 = "stablehlo.convert"(%arg260) : (tensor<64xbf16>) -> tensor<64xf32>
    %4536 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %4537 = "stablehlo.broadcast_in_dim"(%4536) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %4538 = "stablehlo.add"(%4535, %4537) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %4539 = "stablehlo.broadcast_in_dim"(%4534) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %4540 = "stablehlo.multiply"(%4523, %4539) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4541 = "stablehlo.broadcast_in_dim"(%4538) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %4542 = "stablehlo.multiply"(%4540, %4541) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4543 = "stablehlo.reshape"(%4542) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %4544 = "stablehlo.convert"(%arg261) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %4545 = "stablehlo.dot_general"(%4543, %4544) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %4546 = "stablehlo.convert"(%arg262) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %4547 = "stablehlo.dot_general"(%4543, %4546) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %4548 = "stablehlo.multiply"(%4545, %4545) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4549 = "stablehlo.multiply"(%4548, %4545) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4550 = "stablehlo.constant"() { value = dense<0.044714998453855515> : tensor<f32> } : () -> tensor<f32>
    %4551 = "stablehlo.broadcast_in_dim"(%4550) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %4552 = "stablehlo.multiply"(%4549, %4551) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4553 = "stablehlo.add"(%4545, %4552) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4554 = "stablehlo.constant"() { value = dense<0.7978845834732056> : tensor<f32> } : () -> tensor<f32>
    %4555 = "stablehlo.broadcast_in_dim"(%4554) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %4556 = "stablehlo.multiply"(%4553, %4555) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4557 = "stablehlo.constant"() { value = dense<0.5> : tensor<f32> } : () -> tensor<f32>
    %4558 = "stablehlo.broadcast_in_dim"(%4557) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %4559 = "stablehlo.multiply"(%4545, %4558) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4560 = "stablehlo.tanh"(%4556) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %4561 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %4562 = "stablehlo.broadcast_in_dim"(%4561) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %4563 = "stablehlo.add"(%4560, %4562) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4564 = "stablehlo.multiply"(%4559, %4563) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4565 = "stablehlo.multiply"(%4564, %4547) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4566 = "stablehlo.convert"(%arg263) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %4567 = "stablehlo.dot_general"(%4565, %4566) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %4568 = "stablehlo.reshape"(%4567) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %4569 = "stablehlo.multiply"(%4568, %4568) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4570 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %4572 = "stablehlo.reduce"(%4569, %4570) ({
      ^reductionFn(%arg729: tensor<f32>, %arg730: tensor<f32>) :
          %4571 = "stablehlo.add"(%arg729, %arg730) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%4571) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %4573 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %4574 = "stablehlo.broadcast_in_dim"(%4573) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %4575 = "stablehlo.multiply"(%4572, %4574) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %4576 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %4577 = "stablehlo.broadcast_in_dim"(%4576) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %4578 = "stablehlo.add"(%4575, %4577) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %4579 = "stablehlo.rsqrt"(%4578) : (tensor<4xf32>) -> tensor<4xf32>
    %4580 = "stablehlo.convert"(%arg264) : (tensor<64xbf16>) -> tensor<64xf32>
    %4581 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %4582 = "stablehlo.broadcast_in_dim"(%4581) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %4583 = "stablehlo.add"(%4580, %4582) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %4584 = "stablehlo.broadcast_in_dim"(%4579) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %4585 = "stablehlo.multiply"(%4568, %4584) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4586 = "stablehlo.broadcast_in_dim"(%4583) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %4587 = "stablehlo.multiply"(%4585, %4586) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4588 = "stablehlo.reshape"(%4587) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %4589 = "stablehlo.add"(%4522, %4588) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4590 = "stablehlo.reshape"(%4589) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %4591 = "stablehlo.multiply"(%4590, %4590) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4592 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %4594 = "stablehlo.reduce"(%4591, %4592) ({
      ^reductionFn(%arg731: tensor<f32>, %arg732: tensor<f32>) :
          %4593 = "stablehlo.add"(%arg731, %arg732) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%4593) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %4595 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %4596 = "stablehlo.broadcast_in_dim"(%4595) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %4597 = "stablehlo.multiply"(%4594, %4596) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %4598 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %4599 = "stablehlo.broadcast_in_dim"(%4598) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %4600 = "stablehlo.add"(%4597, %4599) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %4601 = "stablehlo.rsqrt"(%4600) : (tensor<4xf32>) -> tensor<4xf32>
    %4602 = "stablehlo.convert"(%arg265) : (tensor<64xbf16>) -> tensor<64xf32>
    %4603 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %4604 = "stablehlo.broadcast_in_dim"(%4603) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %4605 = "stablehlo.add"(%4602, %4604) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %4606 = "stablehlo.broadcast_in_dim"(%4601) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %4607 = "stablehlo.multiply"(%4590, %4606) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4608 = "stablehlo.broadcast_in_dim"(%4605) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %4609 = "stablehlo.multiply"(%4607, %4608) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4610 = "stablehlo.reshape"(%4609) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %4611 = "stablehlo.convert"(%arg266) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %4612 = "stablehlo.dot_general"(%4610, %4611) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %4613 = "stablehlo.convert"(%arg267) : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %4614 = "stablehlo.dot_general"(%4610, %4613) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<32x64xf32>) -> tensor<4x32xf32>
    %4615 = "stablehlo.convert"(%arg268) : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %4616 = "stablehlo.dot_general"(%4610, %4615) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<32x64xf32>) -> tensor<4x32xf32>
    %4617 = "stablehlo.reshape"(%arg342) : (tensor<4xi32>) -> tensor<4x1xi32>
    %4618 = "stablehlo.gather"(%arg288, %4617) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [1],
  collapsed_slice_dims = [0],
  operand_batching_dims = [],
  start_indices_batching_dims = [],
  start_index_map = [0],
  index_vector_dim = 1>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1, 16>
    } : (tensor<32x16xf32>, tensor<4x1xi32>) -> tensor<4x16xf32>
    %4619 = "stablehlo.slice"(%4618) {
      limit_indices = array<i64: 4, 8>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %4620 = "stablehlo.broadcast_in_dim"(%4619) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x4x8xf32>
    %4621 = "stablehlo.slice"(%4618) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 8>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %4622 = "stablehlo.broadcast_in_dim"(%4621) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x4x8xf32>
    %4623 = "stablehlo.reshape"(%4612) : (tensor<4x64xf32>) -> tensor<4x4x16xf32>
    %4624 = "stablehlo.slice"(%4623) {
      limit_indices = array<i64: 4, 4, 8>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x16xf32>) -> tensor<4x4x8xf32>
    %4625 = "stablehlo.slice"(%4623) {
      limit_indices = array<i64: 4, 4, 16>,
      start_indices = array<i64: 0, 0, 8>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x16xf32>) -> tensor<4x4x8xf32>
    %4626 = "stablehlo.multiply"(%4624, %4620) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %4627 = "stablehlo.multiply"(%4625, %4622) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %4628 = "stablehlo.subtract"(%4626, %4627) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %4629 = "stablehlo.multiply"(%4625, %4620) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %4630 = "stablehlo.multiply"(%4624, %4622) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %4631 = "stablehlo.add"(%4629, %4630) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %4632 = "stablehlo.concatenate"(%4628, %4631) { dimension = 2 : i64 } : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x16xf32>
    %4633 = "stablehlo.reshape"(%4632) : (tensor<4x4x16xf32>) -> tensor<4x64xf32>
    %4634 = "stablehlo.reshape"(%arg342) : (tensor<4xi32>) -> tensor<4x1xi32>
    %4635 = "stablehlo.gather"(%arg288, %4634) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [1],
  collapsed_slice_dims = [0],
  operand_batching_dims = [],
  start_indices_batching_dims = [],
  start_index_map = [0],
  index_vector_dim = 1>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1, 16>
    } : (tensor<32x16xf32>, tensor<4x1xi32>) -> tensor<4x16xf32>
    %4636 = "stablehlo.slice"(%4635) {
      limit_indices = array<i64: 4, 8>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %4637 = "stablehlo.broadcast_in_dim"(%4636) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %4638 = "stablehlo.slice"(%4635) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 8>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %4639 = "stablehlo.broadcast_in_dim"(%4638) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %4640 = "stablehlo.reshape"(%4614) : (tensor<4x32xf32>) -> tensor<4x2x16xf32>
    %4641 = "stablehlo.slice"(%4640) {
      limit_indices = array<i64: 4, 2, 8>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x2x16xf32>) -> tensor<4x2x8xf32>
    %4642 = "stablehlo.slice"(%4640) {
      limit_indices = array<i64: 4, 2, 16>,
      start_indices = array<i64: 0, 0, 8>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x2x16xf32>) -> tensor<4x2x8xf32>
    %4643 = "stablehlo.multiply"(%4641, %4637) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %4644 = "stablehlo.multiply"(%4642, %4639) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %4645 = "stablehlo.subtract"(%4643, %4644) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %4646 = "stablehlo.multiply"(%4642, %4637) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %4647 = "stablehlo.multiply"(%4641, %4639) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %4648 = "stablehlo.add"(%4646, %4647) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %4649 = "stablehlo.concatenate"(%4645, %4648) { dimension = 2 : i64 } : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x16xf32>
    %4650 = "stablehlo.reshape"(%4649) : (tensor<4x2x16xf32>) -> tensor<4x32xf32>
    %4651 = "stablehlo.convert"(%4650) : (tensor<4x32xf32>) -> tensor<4x32xbf16>
    %4652 = "stablehlo.scatter"(%arg337, %2, %4651) ({
      ^updateFn(%arg733: tensor<bf16>, %arg734: tensor<bf16>) :
          "stablehlo.return"(%arg734) : (tensor<bf16>) -> ()
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
    %4653 = "stablehlo.convert"(%4616) : (tensor<4x32xf32>) -> tensor<4x32xbf16>
    %4654 = "stablehlo.scatter"(%arg338, %2, %4653) ({
      ^updateFn(%arg735: tensor<bf16>, %arg736: tensor<bf16>) :
          "stablehlo.return"(%arg736) : (tensor<bf16>) -> ()
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
    %4655 = "stablehlo.convert"(%4652) : (tensor<4x32x32xbf16>) -> tensor<4x32x32xf32>
    %4656 = "stablehlo.reshape"(%4655) : (tensor<4x32x32xf32>) -> tensor<128x2x16xf32>
    %4657 = "stablehlo.convert"(%4654) : (tensor<4x32x32xbf16>) -> tensor<4x32x32xf32>
    %4658 = "stablehlo.reshape"(%4657) : (tensor<4x32x32xf32>) -> tensor<128x2x16xf32>
    %4659 = "stablehlo.reshape"(%4633) : (tensor<4x64xf32>) -> tensor<4x2x2x16xf32>
    %4660 = "stablehlo.dot_general"(%4659, %4656) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [1],
  rhs_batching_dimensions = [1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [2]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x2x2x16xf32>, tensor<128x2x16xf32>) -> tensor<2x4x2x128xf32>
    %4661 = "stablehlo.constant"() { value = dense<0.25> : tensor<f32> } : () -> tensor<f32>
    %4662 = "stablehlo.broadcast_in_dim"(%4661) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x4x2x128xf32>
    %4663 = "stablehlo.multiply"(%4660, %4662) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %4664 = "stablehlo.constant"() { value = dense<0.20000000298023224> : tensor<f32> } : () -> tensor<f32>
    %4665 = "stablehlo.broadcast_in_dim"(%4664) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x4x2x128xf32>
    %4666 = "stablehlo.multiply"(%4663, %4665) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %4667 = "stablehlo.tanh"(%4666) : (tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %4668 = "stablehlo.constant"() { value = dense<5.0> : tensor<f32> } : () -> tensor<f32>
    %4669 = "stablehlo.broadcast_in_dim"(%4668) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x4x2x128xf32>
    %4670 = "stablehlo.multiply"(%4667, %4669) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %4671 = "stablehlo.broadcast_in_dim"(%102) { broadcast_dimensions = array<i64: 1, 3> } : (tensor<4x128xi1>) -> tensor<2x4x2x128xi1>
    %4672 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %4673 = "stablehlo.broadcast_in_dim"(%4672) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x4x2x128xf32>
    %4674 = "stablehlo.select"(%4671, %4670, %4673) : (tensor<2x4x2x128xi1>, tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %4675 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %4677 = "stablehlo.reduce"(%4674, %4675) ({
      ^reductionFn(%arg737: tensor<f32>, %arg738: tensor<f32>) :
          %4676 = "stablehlo.maximum"(%arg737, %arg738) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%4676) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x4x2x128xf32>, tensor<f32>) -> tensor<2x4x2xf32>
    %4678 = "stablehlo.broadcast_in_dim"(%4677) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x4x2xf32>) -> tensor<2x4x2x128xf32>
    %4679 = "stablehlo.subtract"(%4674, %4678) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %4680 = "stablehlo.exponential"(%4679) : (tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %4681 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %4683 = "stablehlo.reduce"(%4680, %4681) ({
      ^reductionFn(%arg739: tensor<f32>, %arg740: tensor<f32>) :
          %4682 = "stablehlo.add"(%arg739, %arg740) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%4682) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x4x2x128xf32>, tensor<f32>) -> tensor<2x4x2xf32>
    %4684 = "stablehlo.broadcast_in_dim"(%4683) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x4x2xf32>) -> tensor<2x4x2x128xf32>
    %4685 = "stablehlo.divide"(%4680, %4684) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %4686 = "stablehlo.dot_general"(%4685, %4658) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0],
  rhs_batching_dimensions = [1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [0]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<2x4x2x128xf32>, tensor<128x2x16xf32>) -> tensor<2x4x2x16xf32>
    %4687 = "stablehlo.transpose"(%4686) { permutation = array<i64: 1, 0, 2, 3> } : (tensor<2x4x2x16xf32>) -> tensor<4x2x2x16xf32>
    %4688 = "stablehlo.reshape"(%4687) : (tensor<4x2x2x16xf32>) -> tensor<4x64xf32>
    %4689 = "stablehlo.convert"(%arg269) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %4690 = "stablehlo.dot_general"(%4688, %4689) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %4691 = "stablehlo.reshape"(%4690) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %4692 = "stablehlo.multiply"(%4691, %4691) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4693 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %4695 = "stablehlo.reduce"(%4692, %4693) ({
      ^reductionFn(%arg741: tensor<f32>, %arg742: tensor<f32>) :
          %4694 = "stablehlo.add"(%arg741, %arg742) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%4694) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %4696 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %4697 = "stablehlo.broadcast_in_dim"(%4696) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %4698 = "stablehlo.multiply"(%4695, %4697) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %4699 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %4700 = "stablehlo.broadcast_in_dim"(%4699) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %4701 = "stablehlo.add"(%4698, %4700) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %4702 = "stablehlo.rsqrt"(%4701) : (tensor<4xf32>) -> tensor<4xf32>
    %4703 = "stablehlo.convert"(%arg270) : (tensor<64xbf16>) -> tensor<64xf32>
    %4704 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %4705 = "stablehlo.broadcast_in_dim"(%4704) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %4706 = "stablehlo.add"(%4703, %4705) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %4707 = "stablehlo.broadcast_in_dim"(%4702) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %4708 = "stablehlo.multiply"(%4691, %4707) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4709 = "stablehlo.broadcast_in_dim"(%4706) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %4710 = "stablehlo.multiply"(%4708, %4709) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4711 = "stablehlo.reshape"(%4710) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %4712 = "stablehlo.add"(%4589, %4711) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4713 = "stablehlo.reshape"(%4712) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %4714 = "stablehlo.multiply"(%4713, %4713) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4715 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %4717 = "stablehlo.reduce"(%4714, %4715) ({
      ^reductionFn(%arg743: tensor<f32>, %arg744: tensor<f32>) :
          %4716 = "stablehlo.add"(%arg743, %arg744) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%4716) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %4718 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %4719 = "stablehlo.broadcast_in_dim"(%4718) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %4720 = "stablehlo.multiply"(%4717, %4719) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %4721 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %4722 = "stablehlo.broadcast_in_dim"(%4721) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %4723 = "stablehlo.add"(%4720, %4722) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %4724 = "stablehlo.rsqrt"(%4723) : (tensor<4xf32>) -> tensor<4xf32>
    %4725 = "stablehlo.convert"(%arg271) : (tensor<64xbf16>) -> tensor<64xf32>
    %4726 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %4727 = "stablehlo.broadcast_in_dim"(%4726) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %4728 = "stablehlo.add"(%4725, %4727) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %4729 = "stablehlo.broadcast_in_dim"(%4724) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %4730 = "stablehlo.multiply"(%4713, %4729) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4731 = "stablehlo.broadcast_in_dim"(%4728) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %4732 = "stablehlo.multiply"(%4730, %4731) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4733 = "stablehlo.reshape"(%4732) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %4734 = "stablehlo.convert"(%arg272) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %4735 = "stablehlo.dot_general"(%4733, %4734) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %4736 = "stablehlo.convert"(%arg273) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %4737 = "stablehlo.dot_general"(%4733, %4736) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %4738 = "stablehlo.multiply"(%4735, %4735) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4739 = "stablehlo.multiply"(%4738, %4735) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4740 = "stablehlo.constant"() { value = dense<0.044714998453855515> : tensor<f32> } : () -> tensor<f32>
    %4741 = "stablehlo.broadcast_in_dim"(%4740) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %4742 = "stablehlo.multiply"(%4739, %4741) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4743 = "stablehlo.add"(%4735, %4742) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4744 = "stablehlo.constant"() { value = dense<0.7978845834732056> : tensor<f32> } : () -> tensor<f32>
    %4745 = "stablehlo.broadcast_in_dim"(%4744) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %4746 = "stablehlo.multiply"(%4743, %4745) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4747 = "stablehlo.constant"() { value = dense<0.5> : tensor<f32> } : () -> tensor<f32>
    %4748 = "stablehlo.broadcast_in_dim"(%4747) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %4749 = "stablehlo.multiply"(%4735, %4748) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4750 = "stablehlo.tanh"(%4746) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %4751 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %4752 = "stablehlo.broadcast_in_dim"(%4751) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %4753 = "stablehlo.add"(%4750, %4752) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4754 = "stablehlo.multiply"(%4749, %4753) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4755 = "stablehlo.multiply"(%4754, %4737) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4756 = "stablehlo.convert"(%arg274) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %4757 = "stablehlo.dot_general"(%4755, %4756) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %4758 = "stablehlo.reshape"(%4757) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %4759 = "stablehlo.multiply"(%4758, %4758) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4760 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %4762 = "stablehlo.reduce"(%4759, %4760) ({
      ^reductionFn(%arg745: tensor<f32>, %arg746: tensor<f32>) :
          %4761 = "stablehlo.add"(%arg745, %arg746) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%4761) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %4763 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %4764 = "stablehlo.broadcast_in_dim"(%4763) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %4765 = "stablehlo.multiply"(%4762, %4764) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %4766 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %4767 = "stablehlo.broadcast_in_dim"(%4766) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %4768 = "stablehlo.add"(%4765, %4767) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %4769 = "stablehlo.rsqrt"(%4768) : (tensor<4xf32>) -> tensor<4xf32>
    %4770 = "stablehlo.convert"(%arg275) : (tensor<64xbf16>) -> tensor<64xf32>
    %4771 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %4772 = "stablehlo.broadcast_in_dim"(%4771) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %4773 = "stablehlo.add"(%4770, %4772) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %4774 = "stablehlo.broadcast_in_dim"(%4769) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %4775 = "stablehlo.multiply"(%4758, %4774) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4776 = "stablehlo.broadcast_in_dim"(%4773) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %4777 = "stablehlo.multiply"(%4775, %4776) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4778 = "stablehlo.reshape"(%4777) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %4779 = "stablehlo.add"(%4712, %4778) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4780 = "stablehlo.reshape"(%4779) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %4781 = "stablehlo.multiply"(%4780, %4780) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4782 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %4784 = "stablehlo.reduce"(%4781, %4782) ({
      ^reductionFn(%arg747: tensor<f32>, %arg748: tensor<f32>) :
          %4783 = "stablehlo.add"(%arg747, %arg748) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%4783) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %4785 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %4786 = "stablehlo.broadcast_in_dim"(%4785) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %4787 = "stablehlo.multiply"(%4784, %4786) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %4788 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %4789 = "stablehlo.broadcast_in_dim"(%4788) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %4790 = "stablehlo.add"(%4787, %4789) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %4791 = "stablehlo.rsqrt"(%4790) : (tensor<4xf32>) -> tensor<4xf32>
    %4792 = "stablehlo.convert"(%arg276) : (tensor<64xbf16>) -> tensor<64xf32>
    %4793 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %4794 = "stablehlo.broadcast_in_dim"(%4793) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %4795 = "stablehlo.add"(%4792, %4794) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %4796 = "stablehlo.broadcast_in_dim"(%4791) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %4797 = "stablehlo.multiply"(%4780, %4796) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4798 = "stablehlo.broadcast_in_dim"(%4795) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %4799 = "stablehlo.multiply"(%4797, %4798) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4800 = "stablehlo.reshape"(%4799) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %4801 = "stablehlo.convert"(%arg277) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %4802 = "stablehlo.dot_general"(%4800, %4801) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %4803 = "stablehlo.convert"(%arg278) : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %4804 = "stablehlo.dot_general"(%4800, %4803) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<32x64xf32>) -> tensor<4x32xf32>
    %4805 = "stablehlo.convert"(%arg279) : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %4806 = "stablehlo.dot_general"(%4800, %4805) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<32x64xf32>) -> tensor<4x32xf32>
    %4807 = "stablehlo.reshape"(%arg342) : (tensor<4xi32>) -> tensor<4x1xi32>
    %4808 = "stablehlo.gather"(%arg288, %4807) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [1],
  collapsed_slice_dims = [0],
  operand_batching_dims = [],
  start_indices_batching_dims = [],
  start_index_map = [0],
  index_vector_dim = 1>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1, 16>
    } : (tensor<32x16xf32>, tensor<4x1xi32>) -> tensor<4x16xf32>
    %4809 = "stablehlo.slice"(%4808) {
      limit_indices = array<i64: 4, 8>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %4810 = "stablehlo.broadcast_in_dim"(%4809) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x4x8xf32>
    %4811 = "stablehlo.slice"(%4808) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 8>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %4812 = "stablehlo.broadcast_in_dim"(%4811) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x4x8xf32>
    %4813 = "stablehlo.reshape"(%4802) : (tensor<4x64xf32>) -> tensor<4x4x16xf32>
    %4814 = "stablehlo.slice"(%4813) {
      limit_indices = array<i64: 4, 4, 8>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x16xf32>) -> tensor<4x4x8xf32>
    %4815 = "stablehlo.slice"(%4813) {
      limit_indices = array<i64: 4, 4, 16>,
      start_indices = array<i64: 0, 0, 8>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x16xf32>) -> tensor<4x4x8xf32>
    %4816 = "stablehlo.multiply"(%4814, %4810) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %4817 = "stablehlo.multiply"(%4815, %4812) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %4818 = "stablehlo.subtract"(%4816, %4817) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %4819 = "stablehlo.multiply"(%4815, %4810) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %4820 = "stablehlo.multiply"(%4814, %4812) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %4821 = "stablehlo.add"(%4819, %4820) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %4822 = "stablehlo.concatenate"(%4818, %4821) { dimension = 2 : i64 } : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x16xf32>
    %4823 = "stablehlo.reshape"(%4822) : (tensor<4x4x16xf32>) -> tensor<4x64xf32>
    %4824 = "stablehlo.reshape"(%arg342) : (tensor<4xi32>) -> tensor<4x1xi32>
    %4825 = "stablehlo.gather"(%arg288, %4824) {
      dimension_numbers = #stablehlo.gather<
  offset_dims = [1],
  collapsed_slice_dims = [0],
  operand_batching_dims = [],
  start_indices_batching_dims = [],
  start_index_map = [0],
  index_vector_dim = 1>,
      indices_are_sorted = false,
      slice_sizes = array<i64: 1, 16>
    } : (tensor<32x16xf32>, tensor<4x1xi32>) -> tensor<4x16xf32>
    %4826 = "stablehlo.slice"(%4825) {
      limit_indices = array<i64: 4, 8>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %4827 = "stablehlo.broadcast_in_dim"(%4826) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %4828 = "stablehlo.slice"(%4825) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 8>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %4829 = "stablehlo.broadcast_in_dim"(%4828) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %4830 = "stablehlo.reshape"(%4804) : (tensor<4x32xf32>) -> tensor<4x2x16xf32>
    %4831 = "stablehlo.slice"(%4830) {
      limit_indices = array<i64: 4, 2, 8>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x2x16xf32>) -> tensor<4x2x8xf32>
    %4832 = "stablehlo.slice"(%4830) {
      limit_indices = array<i64: 4, 2, 16>,
      start_indices = array<i64: 0, 0, 8>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x2x16xf32>) -> tensor<4x2x8xf32>
    %4833 = "stablehlo.multiply"(%4831, %4827) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %4834 = "stablehlo.multiply"(%4832, %4829) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %4835 = "stablehlo.subtract"(%4833, %4834) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %4836 = "stablehlo.multiply"(%4832, %4827) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %4837 = "stablehlo.multiply"(%4831, %4829) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %4838 = "stablehlo.add"(%4836, %4837) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %4839 = "stablehlo.concatenate"(%4835, %4838) { dimension = 2 : i64 } : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x16xf32>
    %4840 = "stablehlo.reshape"(%4839) : (tensor<4x2x16xf32>) -> tensor<4x32xf32>
    %4841 = "stablehlo.convert"(%4840) : (tensor<4x32xf32>) -> tensor<4x32xbf16>
    %4842 = "stablehlo.scatter"(%arg339, %2, %4841) ({
      ^updateFn(%arg749: tensor<bf16>, %arg750: tensor<bf16>) :
          "stablehlo.return"(%arg750) : (tensor<bf16>) -> ()
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
    %4843 = "stablehlo.convert"(%4806) : (tensor<4x32xf32>) -> tensor<4x32xbf16>
    %4844 = "stablehlo.scatter"(%arg340, %2, %4843) ({
      ^updateFn(%arg751: tensor<bf16>, %arg752: tensor<bf16>) :
          "stablehlo.return"(%arg752) : (tensor<bf16>) -> ()
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
    %4845 = "stablehlo.convert"(%4842) : (tensor<4x32x32xbf16>) -> tensor<4x32x32xf32>
    %4846 = "stablehlo.reshape"(%4845) : (tensor<4x32x32xf32>) -> tensor<128x2x16xf32>
    %4847 = "stablehlo.convert"(%4844) : (tensor<4x32x32xbf16>) -> tensor<4x32x32xf32>
    %4848 = "stablehlo.reshape"(%4847) : (tensor<4x32x32xf32>) -> tensor<128x2x16xf32>
    %4849 = "stablehlo.reshape"(%4823) : (tensor<4x64xf32>) -> tensor<4x2x2x16xf32>
    %4850 = "stablehlo.dot_general"(%4849, %4846) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [1],
  rhs_batching_dimensions = [1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [2]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x2x2x16xf32>, tensor<128x2x16xf32>) -> tensor<2x4x2x128xf32>
    %4851 = "stablehlo.constant"() { value = dense<0.25> : tensor<f32> } : () -> tensor<f32>
    %4852 = "stablehlo.broadcast_in_dim"(%4851) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x4x2x128xf32>
    %4853 = "stablehlo.multiply"(%4850, %4852) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %4854 = "stablehlo.constant"() { value = dense<0.20000000298023224> : tensor<f32> } : () -> tensor<f32>
    %4855 = "stablehlo.broadcast_in_dim"(%4854) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x4x2x128xf32>
    %4856 = "stablehlo.multiply"(%4853, %4855) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %4857 = "stablehlo.tanh"(%4856) : (tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %4858 = "stablehlo.constant"() { value = dense<5.0> : tensor<f32> } : () -> tensor<f32>
    %4859 = "stablehlo.broadcast_in_dim"(%4858) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x4x2x128xf32>
    %4860 = "stablehlo.multiply"(%4857, %4859) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %4861 = "stablehlo.broadcast_in_dim"(%300) { broadcast_dimensions = array<i64: 1, 3> } : (tensor<4x128xi1>) -> tensor<2x4x2x128xi1>
    %4862 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %4863 = "stablehlo.broadcast_in_dim"(%4862) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<2x4x2x128xf32>
    %4864 = "stablehlo.select"(%4861, %4860, %4863) : (tensor<2x4x2x128xi1>, tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %4865 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %4867 = "stablehlo.reduce"(%4864, %4865) ({
      ^reductionFn(%arg753: tensor<f32>, %arg754: tensor<f32>) :
          %4866 = "stablehlo.maximum"(%arg753, %arg754) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%4866) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x4x2x128xf32>, tensor<f32>) -> tensor<2x4x2xf32>
    %4868 = "stablehlo.broadcast_in_dim"(%4867) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x4x2xf32>) -> tensor<2x4x2x128xf32>
    %4869 = "stablehlo.subtract"(%4864, %4868) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %4870 = "stablehlo.exponential"(%4869) : (tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %4871 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %4873 = "stablehlo.reduce"(%4870, %4871) ({
      ^reductionFn(%arg755: tensor<f32>, %arg756: tensor<f32>) :
          %4872 = "stablehlo.add"(%arg755, %arg756) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%4872) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<2x4x2x128xf32>, tensor<f32>) -> tensor<2x4x2xf32>
    %4874 = "stablehlo.broadcast_in_dim"(%4873) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<2x4x2xf32>) -> tensor<2x4x2x128xf32>
    %4875 = "stablehlo.divide"(%4870, %4874) : (tensor<2x4x2x128xf32>, tensor<2x4x2x128xf32>) -> tensor<2x4x2x128xf32>
    %4876 = "stablehlo.dot_general"(%4875, %4848) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0],
  rhs_batching_dimensions = [1],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [0]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<2x4x2x128xf32>, tensor<128x2x16xf32>) -> tensor<2x4x2x16xf32>
    %4877 = "stablehlo.transpose"(%4876) { permutation = array<i64: 1, 0, 2, 3> } : (tensor<2x4x2x16xf32>) -> tensor<4x2x2x16xf32>
    %4878 = "stablehlo.reshape"(%4877) : (tensor<4x2x2x16xf32>) -> tensor<4x64xf32>
    %4879 = "stablehlo.convert"(%arg280) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %4880 = "stablehlo.dot_general"(%4878, %4879) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %4881 = "stablehlo.reshape"(%4880) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %4882 = "stablehlo.multiply"(%4881, %4881) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4883 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %4885 = "stablehlo.reduce"(%4882, %4883) ({
      ^reductionFn(%arg757: tensor<f32>, %arg758: tensor<f32>) :
          %4884 = "stablehlo.add"(%arg757, %arg758) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%4884) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %4886 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %4887 = "stablehlo.broadcast_in_dim"(%4886) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %4888 = "stablehlo.multiply"(%4885, %4887) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %4889 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %4890 = "stablehlo.broadcast_in_dim"(%4889) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %4891 = "stablehlo.add"(%4888, %4890) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %4892 = "stablehlo.rsqrt"(%4891) : (tensor<4xf32>) -> tensor<4xf32>
    %4893 = "stablehlo.convert"(%arg281) : (tensor<64xbf16>) -> tensor<64xf32>
    %4894 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %4895 = "stablehlo.broadcast_in_dim"(%4894) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %4896 = "stablehlo.add"(%4893, %4895) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %4897 = "stablehlo.broadcast_in_dim"(%4892) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %4898 = "stablehlo.multiply"(%4881, %4897) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4899 = "stablehlo.broadcast_in_dim"(%4896) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %4900 = "stablehlo.multiply"(%4898, %4899) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4901 = "stablehlo.reshape"(%4900) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %4902 = "stablehlo.add"(%4779, %4901) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4903 = "stablehlo.reshape"(%4902) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %4904 = "stablehlo.multiply"(%4903, %4903) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4905 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %4907 = "stablehlo.reduce"(%4904, %4905) ({
      ^reductionFn(%arg759: tensor<f32>, %arg760: tensor<f32>) :
          %4906 = "stablehlo.add"(%arg759, %arg760) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%4906) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %4908 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %4909 = "stablehlo.broadcast_in_dim"(%4908) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %4910 = "stablehlo.multiply"(%4907, %4909) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %4911 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %4912 = "stablehlo.broadcast_in_dim"(%4911) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %4913 = "stablehlo.add"(%4910, %4912) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %4914 = "stablehlo.rsqrt"(%4913) : (tensor<4xf32>) -> tensor<4xf32>
    %4915 = "stablehlo.convert"(%arg282) : (tensor<64xbf16>) -> tensor<64xf32>
    %4916 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %4917 = "stablehlo.broadcast_in_dim"(%4916) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %4918 = "stablehlo.add"(%4915, %4917) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %4919 = "stablehlo.broadcast_in_dim"(%4914) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %4920 = "stablehlo.multiply"(%4903, %4919) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4921 = "stablehlo.broadcast_in_dim"(%4918) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %4922 = "stablehlo.multiply"(%4920, %4921) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4923 = "stablehlo.reshape"(%4922) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %4924 = "stablehlo.convert"(%arg283) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %4925 = "stablehlo.dot_general"(%4923, %4924) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %4926 = "stablehlo.convert"(%arg284) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %4927 = "stablehlo.dot_general"(%4923, %4926) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %4928 = "stablehlo.multiply"(%4925, %4925) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4929 = "stablehlo.multiply"(%4928, %4925) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4930 = "stablehlo.constant"() { value = dense<0.044714998453855515> : tensor<f32> } : () -> tensor<f32>
    %4931 = "stablehlo.broadcast_in_dim"(%4930) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %4932 = "stablehlo.multiply"(%4929, %4931) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4933 = "stablehlo.add"(%4925, %4932) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4934 = "stablehlo.constant"() { value = dense<0.7978845834732056> : tensor<f32> } : () -> tensor<f32>
    %4935 = "stablehlo.broadcast_in_dim"(%4934) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %4936 = "stablehlo.multiply"(%4933, %4935) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4937 = "stablehlo.constant"() { value = dense<0.5> : tensor<f32> } : () -> tensor<f32>
    %4938 = "stablehlo.broadcast_in_dim"(%4937) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %4939 = "stablehlo.multiply"(%4925, %4938) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4940 = "stablehlo.tanh"(%4936) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %4941 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %4942 = "stablehlo.broadcast_in_dim"(%4941) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %4943 = "stablehlo.add"(%4940, %4942) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4944 = "stablehlo.multiply"(%4939, %4943) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4945 = "stablehlo.multiply"(%4944, %4927) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4946 = "stablehlo.convert"(%arg285) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %4947 = "stablehlo.dot_general"(%4945, %4946) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %4948 = "stablehlo.reshape"(%4947) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %4949 = "stablehlo.multiply"(%4948, %4948) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4950 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %4952 = "stablehlo.reduce"(%4949, %4950) ({
      ^reductionFn(%arg761: tensor<f32>, %arg762: tensor<f32>) :
          %4951 = "stablehlo.add"(%arg761, %arg762) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%4951) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %4953 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %4954 = "stablehlo.broadcast_in_dim"(%4953) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %4955 = "stablehlo.multiply"(%4952, %4954) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %4956 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %4957 = "stablehlo.broadcast_in_dim"(%4956) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %4958 = "stablehlo.add"(%4955, %4957) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %4959 = "stablehlo.rsqrt"(%4958) : (tensor<4xf32>) -> tensor<4xf32>
    %4960 = "stablehlo.convert"(%arg286) : (tensor<64xbf16>) -> tensor<64xf32>
    %4961 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %4962 = "stablehlo.broadcast_in_dim"(%4961) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %4963 = "stablehlo.add"(%4960, %4962) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %4964 = "stablehlo.broadcast_in_dim"(%4959) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %4965 = "stablehlo.multiply"(%4948, %4964) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4966 = "stablehlo.broadcast_in_dim"(%4963) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %4967 = "stablehlo.multiply"(%4965, %4966) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4968 = "stablehlo.reshape"(%4967) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %4969 = "stablehlo.add"(%4902, %4968) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4970 = "stablehlo.reshape"(%arg344) : (tensor<4xi32>) -> tensor<4x1xi32>
    %4971 = "stablehlo.gather"(%4969, %4970) {
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
    %4972 = "stablehlo.reshape"(%4971) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %4973 = "stablehlo.multiply"(%4972, %4972) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4974 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %4976 = "stablehlo.reduce"(%4973, %4974) ({
      ^reductionFn(%arg763: tensor<f32>, %arg764: tensor<f32>) :
          %4975 = "stablehlo.add"(%arg763, %arg764) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%4975) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %4977 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %4978 = "stablehlo.broadcast_in_dim"(%4977) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %4979 = "stablehlo.multiply"(%4976, %4978) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %4980 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %4981 = "stablehlo.broadcast_in_dim"(%4980) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %4982 = "stablehlo.add"(%4979, %4981) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %4983 = "stablehlo.rsqrt"(%4982) : (tensor<4xf32>) -> tensor<4xf32>
    %4984 = "stablehlo.convert"(%arg287) : (tensor<64xbf16>) -> tensor<64xf32>
    %4985 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %4986 = "stablehlo.broadcast_in_dim"(%4985) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %4987 = "stablehlo.add"(%4984, %4986) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %4988 = "stablehlo.broadcast_in_dim"(%4983) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %4989 = "stablehlo.multiply"(%4972, %4988) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4990 = "stablehlo.broadcast_in_dim"(%4987) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %4991 = "stablehlo.multiply"(%4989, %4990) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4992 = "stablehlo.reshape"(%4991) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %4993 = "stablehlo.convert"(%arg0) : (tensor<512x64xbf16>) -> tensor<512x64xf32>
    %4994 = "stablehlo.dot_general"(%4992, %4993) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<512x64xf32>) -> tensor<4x512xf32>
    %4995 = "stablehlo.constant"() { value = dense<0.3333333432674408> : tensor<f32> } : () -> tensor<f32>
    %4996 = "stablehlo.broadcast_in_dim"(%4995) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x512xf32>
    %4997 = "stablehlo.multiply"(%4994, %4996) : (tensor<4x512xf32>, tensor<4x512xf32>) -> tensor<4x512xf32>
    %4998 = "stablehlo.tanh"(%4997) : (tensor<4x512xf32>) -> tensor<4x512xf32>
    %4999 = "stablehlo.constant"() { value = dense<3.0> : tensor<f32> } : () -> tensor<f32>
    %5000 = "stablehlo.broadcast_in_dim"(%4999) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x512xf32>
    %5001 = "stablehlo.multiply"(%4998, %5000) : (tensor<4x512xf32>, tensor<4x512xf32>) -> tensor<4x512xf32>
    %5002 = "stablehlo.compare"(%5001, %5001) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<4x512xf32>, tensor<4x512xf32>) -> tensor<4x512xi1>
    %5003 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %5004 = "stablehlo.broadcast_in_dim"(%5003) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x512xf32>
    %5005 = "stablehlo.select"(%5002, %5001, %5004) : (tensor<4x512xi1>, tensor<4x512xf32>, tensor<4x512xf32>) -> tensor<4x512xf32>
    %5006 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %5008 = "stablehlo.reduce"(%5005, %5006) ({
      ^reductionFn(%arg765: tensor<f32>, %arg766: tensor<f32>) :
          %5007 = "stablehlo.maximum"(%arg765, %arg766) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%5007) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x512xf32>, tensor<f32>) -> tensor<4xf32>
    %5009 = "stablehlo.broadcast_in_dim"(%5008) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x512xf32>
    %5010 = "stablehlo.iota"() { iota_dimension = 1 : i64 } : () -> tensor<4x512xi32>
    %5011 = "stablehlo.compare"(%5005, %5009) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<4x512xf32>, tensor<4x512xf32>) -> tensor<4x512xi1>
    %5012 = "stablehlo.constant"() { value = dense<512> : tensor<i32> } : () -> tensor<i32>
    %5013 = "stablehlo.broadcast_in_dim"(%5012) { broadcast_dimensions = array<i64> } : (tensor<i32>) -> tensor<4x512xi32>
    %5014 = "stablehlo.select"(%5011, %5010, %5013) : (tensor<4x512xi1>, tensor<4x512xi32>, tensor<4x512xi32>) -> tensor<4x512xi32>
    %5015 = "stablehlo.constant"() { value = dense<512> : tensor<i32> } : () -> tensor<i32>
    %5017 = "stablehlo.reduce"(%5014, %5015) ({
      ^reductionFn(%arg767: tensor<i32>, %arg768: tensor<i32>) :
          %5016 = "stablehlo.minimum"(%arg767, %arg768) : (tensor<i32>, tensor<i32>) -> tensor<i32>
          "stablehlo.return"(%5016) : (tensor<i32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x512xi32>, tensor<i32>) -> tensor<4xi32>
    %5018 = "stablehlo.constant"() { value = dense<512> : tensor<i32> } : () -> tensor<i32>
    %5019 = "stablehlo.broadcast_in_dim"(%5018) { broadcast_dimensions = array<i64> } : (tensor<i32>) -> tensor<4xi32>
    %5020 = "stablehlo.compare"(%5017, %5019) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
    %5021 = "stablehlo.constant"() { value = dense<0> : tensor<i32> } : () -> tensor<i32>
    %5022 = "stablehlo.broadcast_in_dim"(%5021) { broadcast_dimensions = array<i64> } : (tensor<i32>) -> tensor<4xi32>
    %5023 = "stablehlo.select"(%5020, %5022, %5017) : (tensor<4xi1>, tensor<4xi32>, tensor<4xi32>) -> tensor<4xi32>
    %5024 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %5026 = "stablehlo.reduce"(%5001, %5024) ({
      ^reductionFn(%arg769: tensor<f32>, %arg770: tensor<f32>) :
          %5025 = "stablehlo.maximum"(%arg769, %arg770) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%5025) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x512xf32>, tensor<f32>) -> tensor<4xf32>
    %5027 = "stablehlo.broadcast_in_dim"(%5026) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x512xf32>
    %5028 = "stablehlo.subtract"(%5001, %5027) : (tensor<4x512xf32>, tensor<4x512xf32>) -> tensor<4x512xf32>
    %5029 = "stablehlo.exponential"(%5028) : (tensor<4x512xf32>) -> tensor<4x512xf32>
    %5030 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %5032 = "stablehlo.reduce"(%5029, %5030) ({
      ^reductionFn(%arg771: tensor<f32>, %arg772: tensor<f32>) :
          %5031 = "stablehlo.add"(%arg771, %arg772) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%5031) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x512xf32>, tensor<f32>) -> tensor<4xf32>
    %5033 = "stablehlo.log"(%5032) : (tensor<4xf32>) -> tensor<4xf32>
    %5034 = "stablehlo.add"(%5026, %5033) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %5035 = "stablehlo.is_finite"(%5026) : (tensor<4xf32>) -> tensor<4xi1>
    %5036 = "stablehlo.not"(%5035) : (tensor<4xi1>) -> tensor<4xi1>
    %5037 = "stablehlo.convert"(%5036) : (tensor<4xi1>) -> tensor<4xi32>
    %5038 = "stablehlo.reshape"(%arg345) : (tensor<4xi32>) -> tensor<4x1xi32>
    %5039 = "stablehlo.reshape"(%arg346) : (tensor<4xi32>) -> tensor<4x1xi32>
    %5040 = "stablehlo.concatenate"(%5038, %5039) { dimension = 1 : i64 } : (tensor<4x1xi32>, tensor<4x1xi32>) -> tensor<4x2xi32>
    %5041 = "stablehlo.gather"(%5001, %5040) {
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
    %5042 = "stablehlo.reshape"(%5034) : (tensor<4xf32>) -> tensor<4x1xf32>
    %5043 = "stablehlo.reshape"(%arg345) : (tensor<4xi32>) -> tensor<4x1xi32>
    %5044 = "stablehlo.gather"(%5042, %5043) {
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
    %5045 = "stablehlo.reshape"(%5044) : (tensor<4x1xf32>) -> tensor<4xf32>
    %5046 = "stablehlo.subtract"(%5041, %5045) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    "stablehlo.return"(%71, %73, %274, %276, %472, %474, %662, %664, %852, %854, %1042, %1044, %1232, %1234, %1422, %1424, %1612, %1614, %1802, %1804, %1992, %1994, %2182, %2184, %2372, %2374, %2562, %2564, %2752, %2754, %2942, %2944, %3132, %3134, %3322, %3324, %3512, %3514, %3702, %3704, %3892, %3894, %4082, %4084, %4272, %4274, %4462, %4464, %4652, %4654, %4842, %4844, %5001, %5023, %5046, %5037) : (tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x512xf32>, tensor<4xi32>, tensor<4xf32>, tensor<4xi32>) -> ()
  }
}
