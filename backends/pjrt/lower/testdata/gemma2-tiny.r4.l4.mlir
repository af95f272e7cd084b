module @step_r4_l4_t4 {
  func.func @main(%arg0: tensor<512x64xbf16>, %arg1: tensor<64xbf16>, %arg2: tensor<64x64xbf16>, %arg3: tensor<32x64xbf16>, %arg4: tensor<32x64xbf16>, %arg5: tensor<64x64xbf16>, %arg6: tensor<64xbf16>, %arg7: tensor<64xbf16>, %arg8: tensor<64x64xbf16>, %arg9: tensor<64x64xbf16>, %arg10: tensor<64x64xbf16>, %arg11: tensor<64xbf16>, %arg12: tensor<64xbf16>, %arg13: tensor<64x64xbf16>, %arg14: tensor<32x64xbf16>, %arg15: tensor<32x64xbf16>, %arg16: tensor<64x64xbf16>, %arg17: tensor<64xbf16>, %arg18: tensor<64xbf16>, %arg19: tensor<64x64xbf16>, %arg20: tensor<64x64xbf16>, %arg21: tensor<64x64xbf16>, %arg22: tensor<64xbf16>, %arg23: tensor<64xbf16>, %arg24: tensor<64x64xbf16>, %arg25: tensor<32x64xbf16>, %arg26: tensor<32x64xbf16>, %arg27: tensor<64x64xbf16>, %arg28: tensor<64xbf16>, %arg29: tensor<64xbf16>, %arg30: tensor<64x64xbf16>, %arg31: tensor<64x64xbf16>, %arg32: tensor<64x64xbf16>, %arg33: tensor<64xbf16>, %arg34: tensor<64xbf16>, %arg35: tensor<64x64xbf16>, %arg36: tensor<32x64xbf16>, %arg37: tensor<32x64xbf16>, %arg38: tensor<64x64xbf16>, %arg39: tensor<64xbf16>, %arg40: tensor<64xbf16>, %arg41: tensor<64x64xbf16>, %arg42: tensor<64x64xbf16>, %arg43: tensor<64x64xbf16>, %arg44: tensor<64xbf16>, %arg45: tensor<64xbf16>, %arg46: tensor<64x64xbf16>, %arg47: tensor<32x64xbf16>, %arg48: tensor<32x64xbf16>, %arg49: tensor<64x64xbf16>, %arg50: tensor<64xbf16>, %arg51: tensor<64xbf16>, %arg52: tensor<64x64xbf16>, %arg53: tensor<64x64xbf16>, %arg54: tensor<64x64xbf16>, %arg55: tensor<64xbf16>, %arg56: tensor<64xbf16>, %arg57: tensor<64x64xbf16>, %arg58: tensor<32x64xbf16>, %arg59: tensor<32x64xbf16>, %arg60: tensor<64x64xbf16>, %arg61: tensor<64xbf16>, %arg62: tensor<64xbf16>, %arg63: tensor<64x64xbf16>, %arg64: tensor<64x64xbf16>, %arg65: tensor<64x64xbf16>, %arg66: tensor<64xbf16>, %arg67: tensor<64xbf16>, %arg68: tensor<64x64xbf16>, %arg69: tensor<32x64xbf16>, %arg70: tensor<32x64xbf16>, %arg71: tensor<64x64xbf16>, %arg72: tensor<64xbf16>, %arg73: tensor<64xbf16>, %arg74: tensor<64x64xbf16>, %arg75: tensor<64x64xbf16>, %arg76: tensor<64x64xbf16>, %arg77: tensor<64xbf16>, %arg78: tensor<64xbf16>, %arg79: tensor<64x64xbf16>, %arg80: tensor<32x64xbf16>, %arg81: tensor<32x64xbf16>, %arg82: tensor<64x64xbf16>, %arg83: tensor<64xbf16>, %arg84: tensor<64xbf16>, %arg85: tensor<64x64xbf16>, %arg86: tensor<64x64xbf16>, %arg87: tensor<64x64xbf16>, %arg88: tensor<64xbf16>, %arg89: tensor<64xbf16>, %arg90: tensor<64x64xbf16>, %arg91: tensor<32x64xbf16>, %arg92: tensor<32x64xbf16>, %arg93: tensor<64x64xbf16>, %arg94: tensor<64xbf16>, %arg95: tensor<64xbf16>, %arg96: tensor<64x64xbf16>, %arg97: tensor<64x64xbf16>, %arg98: tensor<64x64xbf16>, %arg99: tensor<64xbf16>, %arg100: tensor<64xbf16>, %arg101: tensor<64x64xbf16>, %arg102: tensor<32x64xbf16>, %arg103: tensor<32x64xbf16>, %arg104: tensor<64x64xbf16>, %arg105: tensor<64xbf16>, %arg106: tensor<64xbf16>, %arg107: tensor<64x64xbf16>, %arg108: tensor<64x64xbf16>, %arg109: tensor<64x64xbf16>, %arg110: tensor<64xbf16>, %arg111: tensor<64xbf16>, %arg112: tensor<64x64xbf16>, %arg113: tensor<32x64xbf16>, %arg114: tensor<32x64xbf16>, %arg115: tensor<64x64xbf16>, %arg116: tensor<64xbf16>, %arg117: tensor<64xbf16>, %arg118: tensor<64x64xbf16>, %arg119: tensor<64x64xbf16>, %arg120: tensor<64x64xbf16>, %arg121: tensor<64xbf16>, %arg122: tensor<64xbf16>, %arg123: tensor<64x64xbf16>, %arg124: tensor<32x64xbf16>, %arg125: tensor<32x64xbf16>, %arg126: tensor<64x64xbf16>, %arg127: tensor<64xbf16>, %arg128: tensor<64xbf16>, %arg129: tensor<64x64xbf16>, %arg130: tensor<64x64xbf16>, %arg131: tensor<64x64xbf16>, %arg132: tensor<64xbf16>, %arg133: tensor<64xbf16>, %arg134: tensor<64x64xbf16>, %arg135: tensor<32x64xbf16>, %arg136: tensor<32x64xbf16>, %arg137: tensor<64x64xbf16>, %arg138: tensor<64xbf16>, %arg139: tensor<64xbf16>, %arg140: tensor<64x64xbf16>, %arg141: tensor<64x64xbf16>, %arg142: tensor<64x64xbf16>, %arg143: tensor<64xbf16>, %arg144: tensor<64xbf16>, %arg145: tensor<64x64xbf16>, %arg146: tensor<32x64xbf16>, %arg147: tensor<32x64xbf16>, %arg148: tensor<64x64xbf16>, %arg149: tensor<64xbf16>, %arg150: tensor<64xbf16>, %arg151: tensor<64x64xbf16>, %arg152: tensor<64x64xbf16>, %arg153: tensor<64x64xbf16>, %arg154: tensor<64xbf16>, %arg155: tensor<64xbf16>, %arg156: tensor<64x64xbf16>, %arg157: tensor<32x64xbf16>, %arg158: tensor<32x64xbf16>, %arg159: tensor<64x64xbf16>, %arg160: tensor<64xbf16>, %arg161: tensor<64xbf16>, %arg162: tensor<64x64xbf16>, %arg163: tensor<64x64xbf16>, %arg164: tensor<64x64xbf16>, %arg165: tensor<64xbf16>, %arg166: tensor<64xbf16>, %arg167: tensor<64x64xbf16>, %arg168: tensor<32x64xbf16>, %arg169: tensor<32x64xbf16>, %arg170: tensor<64x64xbf16>, %arg171: tensor<64xbf16>, %arg172: tensor<64xbf16>, %arg173: tensor<64x64xbf16>, %arg174: tensor<64x64xbf16>, %arg175: tensor<64x64xbf16>, %arg176: tensor<64xbf16>, %arg177: tensor<64xbf16>, %arg178: tensor<64x64xbf16>, %arg179: tensor<32x64xbf16>, %arg180: tensor<32x64xbf16>, %arg181: tensor<64x64xbf16>, %arg182: tensor<64xbf16>, %arg183: tensor<64xbf16>, %arg184: tensor<64x64xbf16>, %arg185: tensor<64x64xbf16>, %arg186: tensor<64x64xbf16>, %arg187: tensor<64xbf16>, %arg188: tensor<64xbf16>, %arg189: tensor<64x64xbf16>, %arg190: tensor<32x64xbf16>, %arg191: tensor<32x64xbf16>, %arg192: tensor<64x64xbf16>, %arg193: tensor<64xbf16>, %arg194: tensor<64xbf16>, %arg195: tensor<64x64xbf16>, %arg196: tensor<64x64xbf16>, %arg197: tensor<64x64xbf16>, %arg198: tensor<64xbf16>, %arg199: tensor<64xbf16>, %arg200: tensor<64x64xbf16>, %arg201: tensor<32x64xbf16>, %arg202: tensor<32x64xbf16>, %arg203: tensor<64x64xbf16>, %arg204: tensor<64xbf16>, %arg205: tensor<64xbf16>, %arg206: tensor<64x64xbf16>, %arg207: tensor<64x64xbf16>, %arg208: tensor<64x64xbf16>, %arg209: tensor<64xbf16>, %arg210: tensor<64xbf16>, %arg211: tensor<64x64xbf16>, %arg212: tensor<32x64xbf16>, %arg213: tensor<32x64xbf16>, %arg214: tensor<64x64xbf16>, %arg215: tensor<64xbf16>, %arg216: tensor<64xbf16>, %arg217: tensor<64x64xbf16>, %arg218: tensor<64x64xbf16>, %arg219: tensor<64x64xbf16>, %arg220: tensor<64xbf16>, %arg221: tensor<64xbf16>, %arg222: tensor<64x64xbf16>, %arg223: tensor<32x64xbf16>, %arg224: tensor<32x64xbf16>, %arg225: tensor<64x64xbf16>, %arg226: tensor<64xbf16>, %arg227: tensor<64xbf16>, %arg228: tensor<64x64xbf16>, %arg229: tensor<64x64xbf16>, %arg230: tensor<64x64xbf16>, %arg231: tensor<64xbf16>, %arg232: tensor<64xbf16>, %arg233: tensor<64x64xbf16>, %arg234: tensor<32x64xbf16>, %arg235: tensor<32x64xbf16>, %arg236: tensor<64x64xbf16>, %arg237: tensor<64xbf16>, %arg238: tensor<64xbf16>, %arg239: tensor<64x64xbf16>, %arg240: tensor<64x64xbf16>, %arg241: tensor<64x64xbf16>, %arg242: tensor<64xbf16>, %arg243: tensor<64xbf16>, %arg244: tensor<64x64xbf16>, %arg245: tensor<32x64xbf16>, %arg246: tensor<32x64xbf16>, %arg247: tensor<64x64xbf16>, %arg248: tensor<64xbf16>, %arg249: tensor<64xbf16>, %arg250: tensor<64x64xbf16>, %arg251: tensor<64x64xbf16>, %arg252: tensor<64x64xbf16>, %arg253: tensor<64xbf16>, %arg254: tensor<64xbf16>, %arg255: tensor<64x64xbf16>, %arg256: tensor<32x64xbf16>, %arg257: tensor<32x64xbf16>, %arg258: tensor<64x64xbf16>, %arg259: tensor<64xbf16>, %arg260: tensor<64xbf16>, %arg261: tensor<64x64xbf16>, %arg262: tensor<64x64xbf16>, %arg263: tensor<64x64xbf16>, %arg264: tensor<64xbf16>, %arg265: tensor<64xbf16>, %arg266: tensor<64x64xbf16>, %arg267: tensor<32x64xbf16>, %arg268: tensor<32x64xbf16>, %arg269: tensor<64x64xbf16>, %arg270: tensor<64xbf16>, %arg271: tensor<64xbf16>, %arg272: tensor<64x64xbf16>, %arg273: tensor<64x64xbf16>, %arg274: tensor<64x64xbf16>, %arg275: tensor<64xbf16>, %arg276: tensor<64xbf16>, %arg277: tensor<64x64xbf16>, %arg278: tensor<32x64xbf16>, %arg279: tensor<32x64xbf16>, %arg280: tensor<64x64xbf16>, %arg281: tensor<64xbf16>, %arg282: tensor<64xbf16>, %arg283: tensor<64x64xbf16>, %arg284: tensor<64x64xbf16>, %arg285: tensor<64x64xbf16>, %arg286: tensor<64xbf16>, %arg287: tensor<64xbf16>, %arg288: tensor<32x16xf32>, %arg289: tensor<4x32x32xbf16> { tf.aliasing_output = 0 : i32 }, %arg290: tensor<4x32x32xbf16> { tf.aliasing_output = 1 : i32 }, %arg291: tensor<4x32x32xbf16> { tf.aliasing_output = 2 : i32 }, %arg292: tensor<4x32x32xbf16> { tf.aliasing_output = 3 : i32 }, %arg293: tensor<4x32x32xbf16> { tf.aliasing_output = 4 : i32 }, %arg294: tensor<4x32x32xbf16> { tf.aliasing_output = 5 : i32 }, %arg295: tensor<4x32x32xbf16> { tf.aliasing_output = 6 : i32 }, %arg296: tensor<4x32x32xbf16> { tf.aliasing_output = 7 : i32 }, %arg297: tensor<4x32x32xbf16> { tf.aliasing_output = 8 : i32 }, %arg298: tensor<4x32x32xbf16> { tf.aliasing_output = 9 : i32 }, %arg299: tensor<4x32x32xbf16> { tf.aliasing_output = 10 : i32 }, %arg300: tensor<4x32x32xbf16> { tf.aliasing_output = 11 : i32 }, %arg301: tensor<4x32x32xbf16> { tf.aliasing_output = 12 : i32 }, %arg302: tensor<4x32x32xbf16> { tf.aliasing_output = 13 : i32 }, %arg303: tensor<4x32x32xbf16> { tf.aliasing_output = 14 : i32 }, %arg304: tensor<4x32x32xbf16> { tf.aliasing_output = 15 : i32 }, %arg305: tensor<4x32x32xbf16> { tf.aliasing_output = 16 : i32 }, %arg306: tensor<4x32x32xbf16> { tf.aliasing_output = 17 : i32 }, %arg307: tensor<4x32x32xbf16> { tf.aliasing_output = 18 : i32 }, %arg308: tensor<4x32x32xbf16> { tf.aliasing_output = 19 : i32 }, %arg309: tensor<4x32x32xbf16> { tf.aliasing_output = 20 : i32 }, %arg310: tensor<4x32x32xbf16> { tf.aliasing_output = 21 : i32 }, %arg311: tensor<4x32x32xbf16> { tf.aliasing_output = 22 : i32 }, %arg312: tensor<4x32x32xbf16> { tf.aliasing_output = 23 : i32 }, %arg313: tensor<4x32x32xbf16> { tf.aliasing_output = 24 : i32 }, %arg314: tensor<4x32x32xbf16> { tf.aliasing_output = 25 : i32 }, %arg315: tensor<4x32x32xbf16> { tf.aliasing_output = 26 : i32 }, %arg316: tensor<4x32x32xbf16> { tf.aliasing_output = 27 : i32 }, %arg317: tensor<4x32x32xbf16> { tf.aliasing_output = 28 : i32 }, %arg318: tensor<4x32x32xbf16> { tf.aliasing_output = 29 : i32 }, %arg319: tensor<4x32x32xbf16> { tf.aliasing_output = 30 : i32 }, %arg320: tensor<4x32x32xbf16> { tf.aliasing_output = 31 : i32 }, %arg321: tensor<4x32x32xbf16> { tf.aliasing_output = 32 : i32 }, %arg322: tensor<4x32x32xbf16> { tf.aliasing_output = 33 : i32 }, %arg323: tensor<4x32x32xbf16> { tf.aliasing_output = 34 : i32 }, %arg324: tensor<4x32x32xbf16> { tf.aliasing_output = 35 : i32 }, %arg325: tensor<4x32x32xbf16> { tf.aliasing_output = 36 : i32 }, %arg326: tensor<4x32x32xbf16> { tf.aliasing_output = 37 : i32 }, %arg327: tensor<4x32x32xbf16> { tf.aliasing_output = 38 : i32 }, %arg328: tensor<4x32x32xbf16> { tf.aliasing_output = 39 : i32 }, %arg329: tensor<4x32x32xbf16> { tf.aliasing_output = 40 : i32 }, %arg330: tensor<4x32x32xbf16> { tf.aliasing_output = 41 : i32 }, %arg331: tensor<4x32x32xbf16> { tf.aliasing_output = 42 : i32 }, %arg332: tensor<4x32x32xbf16> { tf.aliasing_output = 43 : i32 }, %arg333: tensor<4x32x32xbf16> { tf.aliasing_output = 44 : i32 }, %arg334: tensor<4x32x32xbf16> { tf.aliasing_output = 45 : i32 }, %arg335: tensor<4x32x32xbf16> { tf.aliasing_output = 46 : i32 }, %arg336: tensor<4x32x32xbf16> { tf.aliasing_output = 47 : i32 }, %arg337: tensor<4x32x32xbf16> { tf.aliasing_output = 48 : i32 }, %arg338: tensor<4x32x32xbf16> { tf.aliasing_output = 49 : i32 }, %arg339: tensor<4x32x32xbf16> { tf.aliasing_output = 50 : i32 }, %arg340: tensor<4x32x32xbf16> { tf.aliasing_output = 51 : i32 }, %arg341: tensor<24xi32>) -> (tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x512xf32>, tensor<8xi32>, tensor<4xf32>) {
    %0 = "stablehlo.slice"(%arg341) {
      limit_indices = array<i64: 4>,
      start_indices = array<i64: 0>,
      strides = array<i64: 1>
    } : (tensor<24xi32>) -> tensor<4xi32>
    %1 = "stablehlo.slice"(%arg341) {
      limit_indices = array<i64: 8>,
      start_indices = array<i64: 4>,
      strides = array<i64: 1>
    } : (tensor<24xi32>) -> tensor<4xi32>
    %2 = "stablehlo.slice"(%arg341) {
      limit_indices = array<i64: 12>,
      start_indices = array<i64: 8>,
      strides = array<i64: 1>
    } : (tensor<24xi32>) -> tensor<4xi32>
    %3 = "stablehlo.slice"(%arg341) {
      limit_indices = array<i64: 16>,
      start_indices = array<i64: 12>,
      strides = array<i64: 1>
    } : (tensor<24xi32>) -> tensor<4xi32>
    %4 = "stablehlo.slice"(%arg341) {
      limit_indices = array<i64: 20>,
      start_indices = array<i64: 16>,
      strides = array<i64: 1>
    } : (tensor<24xi32>) -> tensor<4xi32>
    %5 = "stablehlo.slice"(%arg341) {
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
      ^reductionFn(%arg342: tensor<f32>, %arg343: tensor<f32>) :
          %18 = "stablehlo.add"(%arg342, %arg343) : (tensor<f32>, tensor<f32>) -> tensor<f32>
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
    %36 = "stablehlo.convert"(%arg2) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %37 = "stablehlo.dot_general"(%35, %36) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %38 = "stablehlo.convert"(%arg3) : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %39 = "stablehlo.dot_general"(%35, %38) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<32x64xf32>) -> tensor<4x32xf32>
    %40 = "stablehlo.convert"(%arg4) : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %41 = "stablehlo.dot_general"(%35, %40) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<32x64xf32>) -> tensor<4x32xf32>
    %42 = "stablehlo.reshape"(%1) : (tensor<4xi32>) -> tensor<4x1xi32>
    %43 = "stablehlo.gather"(%arg288, %42) {
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
    %44 = "stablehlo.slice"(%43) {
      limit_indices = array<i64: 4, 8>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %45 = "stablehlo.broadcast_in_dim"(%44) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x4x8xf32>
    %46 = "stablehlo.slice"(%43) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 8>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %47 = "stablehlo.broadcast_in_dim"(%46) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x4x8xf32>
    %48 = "stablehlo.reshape"(%37) : (tensor<4x64xf32>) -> tensor<4x4x16xf32>
    %49 = "stablehlo.slice"(%48) {
      limit_indices = array<i64: 4, 4, 8>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x16xf32>) -> tensor<4x4x8xf32>
    %50 = "stablehlo.slice"(%48) {
      limit_indices = array<i64: 4, 4, 16>,
      start_indices = array<i64: 0, 0, 8>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x16xf32>) -> tensor<4x4x8xf32>
    %51 = "stablehlo.multiply"(%49, %45) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %52 = "stablehlo.multiply"(%50, %47) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %53 = "stablehlo.subtract"(%51, %52) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %54 = "stablehlo.multiply"(%50, %45) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %55 = "stablehlo.multiply"(%49, %47) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %56 = "stablehlo.add"(%54, %55) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %57 = "stablehlo.concatenate"(%53, %56) { dimension = 2 : i64 } : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x16xf32>
    %58 = "stablehlo.reshape"(%57) : (tensor<4x4x16xf32>) -> tensor<4x64xf32>
    %59 = "stablehlo.reshape"(%1) : (tensor<4xi32>) -> tensor<4x1xi32>
    %60 = "stablehlo.gather"(%arg288, %59) {
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
    %61 = "stablehlo.slice"(%60) {
      limit_indices = array<i64: 4, 8>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %62 = "stablehlo.broadcast_in_dim"(%61) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %63 = "stablehlo.slice"(%60) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 8>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %64 = "stablehlo.broadcast_in_dim"(%63) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %65 = "stablehlo.reshape"(%39) : (tensor<4x32xf32>) -> tensor<4x2x16xf32>
    %66 = "stablehlo.slice"(%65) {
      limit_indices = array<i64: 4, 2, 8>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x2x16xf32>) -> tensor<4x2x8xf32>
    %67 = "stablehlo.slice"(%65) {
      limit_indices = array<i64: 4, 2, 16>,
      start_indices = array<i64: 0, 0, 8>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x2x16xf32>) -> tensor<4x2x8xf32>
    %68 = "stablehlo.multiply"(%66, %62) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %69 = "stablehlo.multiply"(%67, %64) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %70 = "stablehlo.subtract"(%68, %69) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %71 = "stablehlo.multiply"(%67, %62) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %72 = "stablehlo.multiply"(%66, %64) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %73 = "stablehlo.add"(%71, %72) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %74 = "stablehlo.concatenate"(%70, %73) { dimension = 2 : i64 } : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x16xf32>
    %75 = "stablehlo.reshape"(%74) : (tensor<4x2x16xf32>) -> tensor<4x32xf32>
    %76 = "stablehlo.convert"(%75) : (tensor<4x32xf32>) -> tensor<4x32xbf16>
    %77 = "stablehlo.scatter"(%arg289, %8, %76) ({
      ^updateFn(%arg344: tensor<bf16>, %arg345: tensor<bf16>) :
          "stablehlo.return"(%arg345) : (tensor<bf16>) -> ()
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
    %79 = "stablehlo.scatter"(%arg290, %8, %78) ({
      ^updateFn(%arg346: tensor<bf16>, %arg347: tensor<bf16>) :
          "stablehlo.return"(%arg347) : (tensor<bf16>) -> ()
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
    %80 = "stablehlo.reshape"(%58) : (tensor<4x64xf32>) -> tensor<4x2x2x16xf32>
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
    %84 = "stablehlo.reshape"(%83) : (tensor<4x32x32xf32>) -> tensor<4x32x2x16xf32>
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
    %88 = "stablehlo.reshape"(%87) : (tensor<4x32x32xf32>) -> tensor<4x32x2x16xf32>
    %89 = "stablehlo.dot_general"(%80, %84) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 2],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [3]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x2x2x16xf32>, tensor<4x32x2x16xf32>) -> tensor<4x2x2x32xf32>
    %90 = "stablehlo.constant"() { value = dense<0.25> : tensor<f32> } : () -> tensor<f32>
    %91 = "stablehlo.broadcast_in_dim"(%90) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x2x2x32xf32>
    %92 = "stablehlo.multiply"(%89, %91) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %93 = "stablehlo.constant"() { value = dense<0.20000000298023224> : tensor<f32> } : () -> tensor<f32>
    %94 = "stablehlo.broadcast_in_dim"(%93) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x2x2x32xf32>
    %95 = "stablehlo.multiply"(%92, %94) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %96 = "stablehlo.tanh"(%95) : (tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %97 = "stablehlo.constant"() { value = dense<5.0> : tensor<f32> } : () -> tensor<f32>
    %98 = "stablehlo.broadcast_in_dim"(%97) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x2x2x32xf32>
    %99 = "stablehlo.multiply"(%96, %98) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %100 = "stablehlo.iota"() { iota_dimension = 1 : i64 } : () -> tensor<4x1x32xi32>
    %101 = "stablehlo.iota"() { iota_dimension = 2 : i64 } : () -> tensor<4x1x32xi32>
    %102 = "stablehlo.broadcast_in_dim"(%2) { broadcast_dimensions = array<i64: 0> } : (tensor<4xi32>) -> tensor<4x1x32xi32>
    %103 = "stablehlo.broadcast_in_dim"(%1) { broadcast_dimensions = array<i64: 0> } : (tensor<4xi32>) -> tensor<4x1x32xi32>
    %104 = "stablehlo.compare"(%100, %100) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<4x1x32xi32>, tensor<4x1x32xi32>) -> tensor<4x1x32xi1>
    %105 = "stablehlo.compare"(%101, %103) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction LE>
    } : (tensor<4x1x32xi32>, tensor<4x1x32xi32>) -> tensor<4x1x32xi1>
    %106 = "stablehlo.and"(%104, %105) : (tensor<4x1x32xi1>, tensor<4x1x32xi1>) -> tensor<4x1x32xi1>
    %107 = "stablehlo.constant"() { value = dense<4> : tensor<i32> } : () -> tensor<i32>
    %108 = "stablehlo.broadcast_in_dim"(%107) { broadcast_dimensions = array<i64> } : (tensor<i32>) -> tensor<4x1x32xi32>
    %109 = "stablehlo.subtract"(%103, %108) : (tensor<4x1x32xi32>, tensor<4x1x32xi32>) -> tensor<4x1x32xi32>
    %110 = "stablehlo.compare"(%101, %109) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction GT>
    } : (tensor<4x1x32xi32>, tensor<4x1x32xi32>) -> tensor<4x1x32xi1>
    %111 = "stablehlo.and"(%106, %110) : (tensor<4x1x32xi1>, tensor<4x1x32xi1>) -> tensor<4x1x32xi1>
    %112 = "stablehlo.reshape"(%111) : (tensor<4x1x32xi1>) -> tensor<4x32xi1>
    %113 = "stablehlo.broadcast_in_dim"(%112) { broadcast_dimensions = array<i64: 0, 3> } : (tensor<4x32xi1>) -> tensor<4x2x2x32xi1>
    %114 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %115 = "stablehlo.broadcast_in_dim"(%114) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x2x2x32xf32>
    %116 = "stablehlo.select"(%113, %99, %115) : (tensor<4x2x2x32xi1>, tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %117 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %119 = "stablehlo.reduce"(%116, %117) ({
      ^reductionFn(%arg348: tensor<f32>, %arg349: tensor<f32>) :
          %118 = "stablehlo.maximum"(%arg348, %arg349) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%118) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<4x2x2x32xf32>, tensor<f32>) -> tensor<4x2x2xf32>
    %120 = "stablehlo.broadcast_in_dim"(%119) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<4x2x2xf32>) -> tensor<4x2x2x32xf32>
    %121 = "stablehlo.subtract"(%116, %120) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %122 = "stablehlo.exponential"(%121) : (tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %123 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %125 = "stablehlo.reduce"(%122, %123) ({
      ^reductionFn(%arg350: tensor<f32>, %arg351: tensor<f32>) :
          %124 = "stablehlo.add"(%arg350, %arg351) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%124) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<4x2x2x32xf32>, tensor<f32>) -> tensor<4x2x2xf32>
    %126 = "stablehlo.broadcast_in_dim"(%125) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<4x2x2xf32>) -> tensor<4x2x2x32xf32>
    %127 = "stablehlo.divide"(%122, %126) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %128 = "stablehlo.dot_general"(%127, %88) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 2],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x2x2x32xf32>, tensor<4x32x2x16xf32>) -> tensor<4x2x2x16xf32>
    %129 = "stablehlo.reshape"(%128) : (tensor<4x2x2x16xf32>) -> tensor<4x64xf32>
    %130 = "stablehlo.convert"(%arg5) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %131 = "stablehlo.dot_general"(%129, %130) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %132 = "stablehlo.reshape"(%131) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %133 = "stablehlo.multiply"(%132, %132) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %134 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %136 = "stablehlo.reduce"(%133, %134) ({
      ^reductionFn(%arg352: tensor<f32>, %arg353: tensor<f32>) :
          %135 = "stablehlo.add"(%arg352, %arg353) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%135) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %137 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %138 = "stablehlo.broadcast_in_dim"(%137) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %139 = "stablehlo.multiply"(%136, %138) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %140 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %141 = "stablehlo.broadcast_in_dim"(%140) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %142 = "stablehlo.add"(%139, %141) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %143 = "stablehlo.rsqrt"(%142) : (tensor<4xf32>) -> tensor<4xf32>
    %144 = "stablehlo.convert"(%arg6) : (tensor<64xbf16>) -> tensor<64xf32>
    %145 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %146 = "stablehlo.broadcast_in_dim"(%145) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %147 = "stablehlo.add"(%144, %146) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %148 = "stablehlo.broadcast_in_dim"(%143) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %149 = "stablehlo.multiply"(%132, %148) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %150 = "stablehlo.broadcast_in_dim"(%147) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %151 = "stablehlo.multiply"(%149, %150) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %152 = "stablehlo.reshape"(%151) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %153 = "stablehlo.add"(%14, %152) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %154 = "stablehlo.reshape"(%153) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %155 = "stablehlo.multiply"(%154, %154) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %156 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %158 = "stablehlo.reduce"(%155, %156) ({
      ^reductionFn(%arg354: tensor<f32>, %arg355: tensor<f32>) :
          %157 = "stablehlo.add"(%arg354, %arg355) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%157) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %159 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %160 = "stablehlo.broadcast_in_dim"(%159) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %161 = "stablehlo.multiply"(%158, %160) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %162 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %163 = "stablehlo.broadcast_in_dim"(%162) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %164 = "stablehlo.add"(%161, %163) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %165 = "stablehlo.rsqrt"(%164) : (tensor<4xf32>) -> tensor<4xf32>
    %166 = "stablehlo.convert"(%arg7) : (tensor<64xbf16>) -> tensor<64xf32>
    %167 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %168 = "stablehlo.broadcast_in_dim"(%167) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %169 = "stablehlo.add"(%166, %168) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %170 = "stablehlo.broadcast_in_dim"(%165) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %171 = "stablehlo.multiply"(%154, %170) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %172 = "stablehlo.broadcast_in_dim"(%169) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %173 = "stablehlo.multiply"(%171, %172) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %174 = "stablehlo.reshape"(%173) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %175 = "stablehlo.convert"(%arg8) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %176 = "stablehlo.dot_general"(%174, %175) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %177 = "stablehlo.convert"(%arg9) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %178 = "stablehlo.dot_general"(%174, %177) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %179 = "stablehlo.multiply"(%176, %176) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %180 = "stablehlo.multiply"(%179, %176) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %181 = "stablehlo.constant"() { value = dense<0.044714998453855515> : tensor<f32> } : () -> tensor<f32>
    %182 = "stablehlo.broadcast_in_dim"(%181) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %183 = "stablehlo.multiply"(%180, %182) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %184 = "stablehlo.add"(%176, %183) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %185 = "stablehlo.constant"() { value = dense<0.7978845834732056> : tensor<f32> } : () -> tensor<f32>
    %186 = "stablehlo.broadcast_in_dim"(%185) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %187 = "stablehlo.multiply"(%184, %186) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %188 = "stablehlo.constant"() { value = dense<0.5> : tensor<f32> } : () -> tensor<f32>
    %189 = "stablehlo.broadcast_in_dim"(%188) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %190 = "stablehlo.multiply"(%176, %189) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %191 = "stablehlo.tanh"(%187) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %192 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %193 = "stablehlo.broadcast_in_dim"(%192) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %194 = "stablehlo.add"(%191, %193) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %195 = "stablehlo.multiply"(%190, %194) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %196 = "stablehlo.multiply"(%195, %178) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %197 = "stablehlo.convert"(%arg10) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %198 = "stablehlo.dot_general"(%196, %197) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %199 = "stablehlo.reshape"(%198) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %200 = "stablehlo.multiply"(%199, %199) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %201 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %203 = "stablehlo.reduce"(%200, %201) ({
      ^reductionFn(%arg356: tensor<f32>, %arg357: tensor<f32>) :
          %202 = "stablehlo.add"(%arg356, %arg357) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%202) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %204 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %205 = "stablehlo.broadcast_in_dim"(%204) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %206 = "stablehlo.multiply"(%203, %205) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %207 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %208 = "stablehlo.broadcast_in_dim"(%207) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %209 = "stablehlo.add"(%206, %208) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %210 = "stablehlo.rsqrt"(%209) : (tensor<4xf32>) -> tensor<4xf32>
    %211 = "stablehlo.convert"(%arg11) : (tensor<64xbf16>) -> tensor<64xf32>
    %212 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %213 = "stablehlo.broadcast_in_dim"(%212) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %214 = "stablehlo.add"(%211, %213) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %215 = "stablehlo.broadcast_in_dim"(%210) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %216 = "stablehlo.multiply"(%199, %215) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %217 = "stablehlo.broadcast_in_dim"(%214) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %218 = "stablehlo.multiply"(%216, %217) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %219 = "stablehlo.reshape"(%218) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %220 = "stablehlo.add"(%153, %219) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %221 = "stablehlo.reshape"(%220) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %222 = "stablehlo.multiply"(%221, %221) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %223 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %225 = "stablehlo.reduce"(%222, %223) ({
      ^reductionFn(%arg358: tensor<f32>, %arg359: tensor<f32>) :
          %224 = "stablehlo.add"(%arg358, %arg359) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%224) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %226 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %227 = "stablehlo.broadcast_in_dim"(%226) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %228 = "stablehlo.multiply"(%225, %227) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %229 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %230 = "stablehlo.broadcast_in_dim"(%229) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %231 = "stablehlo.add"(%228, %230) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %232 = "stablehlo.rsqrt"(%231) : (tensor<4xf32>) -> tensor<4xf32>
    %233 = "stablehlo.convert"(%arg12) : (tensor<64xbf16>) -> tensor<64xf32>
    %234 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %235 = "stablehlo.broadcast_in_dim"(%234) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %236 = "stablehlo.add"(%233, %235) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %237 = "stablehlo.broadcast_in_dim"(%232) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %238 = "stablehlo.multiply"(%221, %237) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %239 = "stablehlo.broadcast_in_dim"(%236) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %240 = "stablehlo.multiply"(%238, %239) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %241 = "stablehlo.reshape"(%240) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %242 = "stablehlo.convert"(%arg13) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %243 = "stablehlo.dot_general"(%241, %242) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %244 = "stablehlo.convert"(%arg14) : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %245 = "stablehlo.dot_general"(%241, %244) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<32x64xf32>) -> tensor<4x32xf32>
    %246 = "stablehlo.convert"(%arg15) : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %247 = "stablehlo.dot_general"(%241, %246) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<32x64xf32>) -> tensor<4x32xf32>
    %248 = "stablehlo.reshape"(%1) : (tensor<4xi32>) -> tensor<4x1xi32>
    %249 = "stablehlo.gather"(%arg288, %248) {
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
    %250 = "stablehlo.slice"(%249) {
      limit_indices = array<i64: 4, 8>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %251 = "stablehlo.broadcast_in_dim"(%250) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x4x8xf32>
    %252 = "stablehlo.slice"(%249) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 8>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %253 = "stablehlo.broadcast_in_dim"(%252) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x4x8xf32>
    %254 = "stablehlo.reshape"(%243) : (tensor<4x64xf32>) -> tensor<4x4x16xf32>
    %255 = "stablehlo.slice"(%254) {
      limit_indices = array<i64: 4, 4, 8>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x16xf32>) -> tensor<4x4x8xf32>
    %256 = "stablehlo.slice"(%254) {
      limit_indices = array<i64: 4, 4, 16>,
      start_indices = array<i64: 0, 0, 8>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x16xf32>) -> tensor<4x4x8xf32>
    %257 = "stablehlo.multiply"(%255, %251) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %258 = "stablehlo.multiply"(%256, %253) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %259 = "stablehlo.subtract"(%257, %258) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %260 = "stablehlo.multiply"(%256, %251) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %261 = "stablehlo.multiply"(%255, %253) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %262 = "stablehlo.add"(%260, %261) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %263 = "stablehlo.concatenate"(%259, %262) { dimension = 2 : i64 } : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x16xf32>
    %264 = "stablehlo.reshape"(%263) : (tensor<4x4x16xf32>) -> tensor<4x64xf32>
    %265 = "stablehlo.reshape"(%1) : (tensor<4xi32>) -> tensor<4x1xi32>
    %266 = "stablehlo.gather"(%arg288, %265) {
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
    %267 = "stablehlo.slice"(%266) {
      limit_indices = array<i64: 4, 8>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %268 = "stablehlo.broadcast_in_dim"(%267) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %269 = "stablehlo.slice"(%266) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 8>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %270 = "stablehlo.broadcast_in_dim"(%269) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %271 = "stablehlo.reshape"(%245) : (tensor<4x32xf32>) -> tensor<4x2x16xf32>
    %272 = "stablehlo.slice"(%271) {
      limit_indices = array<i64: 4, 2, 8>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x2x16xf32>) -> tensor<4x2x8xf32>
    %273 = "stablehlo.slice"(%271) {
      limit_indices = array<i64: 4, 2, 16>,
      start_indices = array<i64: 0, 0, 8>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x2x16xf32>) -> tensor<4x2x8xf32>
    %274 = "stablehlo.multiply"(%272, %268) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %275 = "stablehlo.multiply"(%273, %270) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %276 = "stablehlo.subtract"(%274, %275) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %277 = "stablehlo.multiply"(%273, %268) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %278 = "stablehlo.multiply"(%272, %270) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %279 = "stablehlo.add"(%277, %278) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %280 = "stablehlo.concatenate"(%276, %279) { dimension = 2 : i64 } : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x16xf32>
    %281 = "stablehlo.reshape"(%280) : (tensor<4x2x16xf32>) -> tensor<4x32xf32>
    %282 = "stablehlo.convert"(%281) : (tensor<4x32xf32>) -> tensor<4x32xbf16>
    %283 = "stablehlo.scatter"(%arg291, %8, %282) ({
      ^updateFn(%arg360: tensor<bf16>, %arg361: tensor<bf16>) :
          "stablehlo.return"(%arg361) : (tensor<bf16>) -> ()
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
    %284 = "stablehlo.convert"(%247) : (tensor<4x32xf32>) -> tensor<4x32xbf16>
    %285 = "stablehlo.scatter"(%arg292, %8, %284) ({
      ^updateFn(%arg362: tensor<bf16>, %arg363: tensor<bf16>) :
          "stablehlo.return"(%arg363) : (tensor<bf16>) -> ()
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
    %286 = "stablehlo.reshape"(%264) : (tensor<4x64xf32>) -> tensor<4x2x2x16xf32>
    %287 = "stablehlo.reshape"(%2) : (tensor<4xi32>) -> tensor<4x1xi32>
    %288 = "stablehlo.gather"(%283, %287) {
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
    %289 = "stablehlo.convert"(%288) : (tensor<4x32x32xbf16>) -> tensor<4x32x32xf32>
    %290 = "stablehlo.reshape"(%289) : (tensor<4x32x32xf32>) -> tensor<4x32x2x16xf32>
    %291 = "stablehlo.reshape"(%2) : (tensor<4xi32>) -> tensor<4x1xi32>
    %292 = "stablehlo.gather"(%285, %291) {
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
    %293 = "stablehlo.convert"(%292) : (tensor<4x32x32xbf16>) -> tensor<4x32x32xf32>
    %294 = "stablehlo.reshape"(%293) : (tensor<4x32x32xf32>) -> tensor<4x32x2x16xf32>
    %295 = "stablehlo.dot_general"(%286, %290) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 2],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [3]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x2x2x16xf32>, tensor<4x32x2x16xf32>) -> tensor<4x2x2x32xf32>
    %296 = "stablehlo.constant"() { value = dense<0.25> : tensor<f32> } : () -> tensor<f32>
    %297 = "stablehlo.broadcast_in_dim"(%296) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x2x2x32xf32>
    %298 = "stablehlo.multiply"(%295, %297) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %299 = "stablehlo.constant"() { value = dense<0.20000000298023224> : tensor<f32> } : () -> tensor<f32>
    %300 = "stablehlo.broadcast_in_dim"(%299) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x2x2x32xf32>
    %301 = "stablehlo.multiply"(%298, %300) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %302 = "stablehlo.tanh"(%301) : (tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %303 = "stablehlo.constant"() { value = dense<5.0> : tensor<f32> } : () -> tensor<f32>
    %304 = "stablehlo.broadcast_in_dim"(%303) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x2x2x32xf32>
    %305 = "stablehlo.multiply"(%302, %304) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %306 = "stablehlo.iota"() { iota_dimension = 1 : i64 } : () -> tensor<4x1x32xi32>
    %307 = "stablehlo.iota"() { iota_dimension = 2 : i64 } : () -> tensor<4x1x32xi32>
    %308 = "stablehlo.broadcast_in_dim"(%2) { broadcast_dimensions = array<i64: 0> } : (tensor<4xi32>) -> tensor<4x1x32xi32>
    %309 = "stablehlo.broadcast_in_dim"(%1) { broadcast_dimensions = array<i64: 0> } : (tensor<4xi32>) -> tensor<4x1x32xi32>
    %310 = "stablehlo.compare"(%306, %306) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<4x1x32xi32>, tensor<4x1x32xi32>) -> tensor<4x1x32xi1>
    %311 = "stablehlo.compare"(%307, %309) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction LE>
    } : (tensor<4x1x32xi32>, tensor<4x1x32xi32>) -> tensor<4x1x32xi1>
    %312 = "stablehlo.and"(%310, %311) : (tensor<4x1x32xi1>, tensor<4x1x32xi1>) -> tensor<4x1x32xi1>
    %313 = "stablehlo.reshape"(%312) : (tensor<4x1x32xi1>) -> tensor<4x32xi1>
    %314 = "stablehlo.broadcast_in_dim"(%313) { broadcast_dimensions = array<i64: 0, 3> } : (tensor<4x32xi1>) -> tensor<4x2x2x32xi1>
    %315 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %316 = "stablehlo.broadcast_in_dim"(%315) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x2x2x32xf32>
    %317 = "stablehlo.select"(%314, %305, %316) : (tensor<4x2x2x32xi1>, tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %318 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %320 = "stablehlo.reduce"(%317, %318) ({
      ^reductionFn(%arg364: tensor<f32>, %arg365: tensor<f32>) :
          %319 = "stablehlo.maximum"(%arg364, %arg365) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%319) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<4x2x2x32xf32>, tensor<f32>) -> tensor<4x2x2xf32>
    %321 = "stablehlo.broadcast_in_dim"(%320) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<4x2x2xf32>) -> tensor<4x2x2x32xf32>
    %322 = "stablehlo.subtract"(%317, %321) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %323 = "stablehlo.exponential"(%322) : (tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %324 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %326 = "stablehlo.reduce"(%323, %324) ({
      ^reductionFn(%arg366: tensor<f32>, %arg367: tensor<f32>) :
          %325 = "stablehlo.add"(%arg366, %arg367) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%325) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<4x2x2x32xf32>, tensor<f32>) -> tensor<4x2x2xf32>
    %327 = "stablehlo.broadcast_in_dim"(%326) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<4x2x2xf32>) -> tensor<4x2x2x32xf32>
    %328 = "stablehlo.divide"(%323, %327) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %329 = "stablehlo.dot_general"(%328, %294) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 2],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x2x2x32xf32>, tensor<4x32x2x16xf32>) -> tensor<4x2x2x16xf32>
    %330 = "stablehlo.reshape"(%329) : (tensor<4x2x2x16xf32>) -> tensor<4x64xf32>
    %331 = "stablehlo.convert"(%arg16) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %332 = "stablehlo.dot_general"(%330, %331) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %333 = "stablehlo.reshape"(%332) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %334 = "stablehlo.multiply"(%333, %333) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %335 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %337 = "stablehlo.reduce"(%334, %335) ({
      ^reductionFn(%arg368: tensor<f32>, %arg369: tensor<f32>) :
          %336 = "stablehlo.add"(%arg368, %arg369) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%336) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %338 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %339 = "stablehlo.broadcast_in_dim"(%338) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %340 = "stablehlo.multiply"(%337, %339) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %341 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %342 = "stablehlo.broadcast_in_dim"(%341) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %343 = "stablehlo.add"(%340, %342) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %344 = "stablehlo.rsqrt"(%343) : (tensor<4xf32>) -> tensor<4xf32>
    %345 = "stablehlo.convert"(%arg17) : (tensor<64xbf16>) -> tensor<64xf32>
    %346 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %347 = "stablehlo.broadcast_in_dim"(%346) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %348 = "stablehlo.add"(%345, %347) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %349 = "stablehlo.broadcast_in_dim"(%344) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %350 = "stablehlo.multiply"(%333, %349) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %351 = "stablehlo.broadcast_in_dim"(%348) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %352 = "stablehlo.multiply"(%350, %351) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %353 = "stablehlo.reshape"(%352) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %354 = "stablehlo.add"(%220, %353) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %355 = "stablehlo.reshape"(%354) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %356 = "stablehlo.multiply"(%355, %355) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %357 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %359 = "stablehlo.reduce"(%356, %357) ({
      ^reductionFn(%arg370: tensor<f32>, %arg371: tensor<f32>) :
          %358 = "stablehlo.add"(%arg370, %arg371) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%358) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %360 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %361 = "stablehlo.broadcast_in_dim"(%360) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %362 = "stablehlo.multiply"(%359, %361) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %363 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %364 = "stablehlo.broadcast_in_dim"(%363) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %365 = "stablehlo.add"(%362, %364) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %366 = "stablehlo.rsqrt"(%365) : (tensor<4xf32>) -> tensor<4xf32>
    %367 = "stablehlo.convert"(%arg18) : (tensor<64xbf16>) -> tensor<64xf32>
    %368 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %369 = "stablehlo.broadcast_in_dim"(%368) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %370 = "stablehlo.add"(%367, %369) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %371 = "stablehlo.broadcast_in_dim"(%366) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %372 = "stablehlo.multiply"(%355, %371) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %373 = "stablehlo.broadcast_in_dim"(%370) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %374 = "stablehlo.multiply"(%372, %373) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %375 = "stablehlo.reshape"(%374) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %376 = "stablehlo.convert"(%arg19) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %377 = "stablehlo.dot_general"(%375, %376) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %378 = "stablehlo.convert"(%arg20) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %379 = "stablehlo.dot_general"(%375, %378) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %380 = "stablehlo.multiply"(%377, %377) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %381 = "stablehlo.multiply"(%380, %377) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %382 = "stablehlo.constant"() { value = dense<0.044714998453855515> : tensor<f32> } : () -> tensor<f32>
    %383 = "stablehlo.broadcast_in_dim"(%382) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %384 = "stablehlo.multiply"(%381, %383) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %385 = "stablehlo.add"(%377, %384) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %386 = "stablehlo.constant"() { value = dense<0.7978845834732056> : tensor<f32> } : () -> tensor<f32>
    %387 = "stablehlo.broadcast_in_dim"(%386) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %388 = "stablehlo.multiply"(%385, %387) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %389 = "stablehlo.constant"() { value = dense<0.5> : tensor<f32> } : () -> tensor<f32>
    %390 = "stablehlo.broadcast_in_dim"(%389) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %391 = "stablehlo.multiply"(%377, %390) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %392 = "stablehlo.tanh"(%388) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %393 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %394 = "stablehlo.broadcast_in_dim"(%393) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %395 = "stablehlo.add"(%392, %394) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %396 = "stablehlo.multiply"(%391, %395) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %397 = "stablehlo.multiply"(%396, %379) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %398 = "stablehlo.convert"(%arg21) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %399 = "stablehlo.dot_general"(%397, %398) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %400 = "stablehlo.reshape"(%399) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %401 = "stablehlo.multiply"(%400, %400) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %402 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %404 = "stablehlo.reduce"(%401, %402) ({
      ^reductionFn(%arg372: tensor<f32>, %arg373: tensor<f32>) :
          %403 = "stablehlo.add"(%arg372, %arg373) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%403) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %405 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %406 = "stablehlo.broadcast_in_dim"(%405) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %407 = "stablehlo.multiply"(%404, %406) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %408 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %409 = "stablehlo.broadcast_in_dim"(%408) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %410 = "stablehlo.add"(%407, %409) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %411 = "stablehlo.rsqrt"(%410) : (tensor<4xf32>) -> tensor<4xf32>
    %412 = "stablehlo.convert"(%arg22) : (tensor<64xbf16>) -> tensor<64xf32>
    %413 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %414 = "stablehlo.broadcast_in_dim"(%413) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %415 = "stablehlo.add"(%412, %414) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %416 = "stablehlo.broadcast_in_dim"(%411) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %417 = "stablehlo.multiply"(%400, %416) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %418 = "stablehlo.broadcast_in_dim"(%415) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %419 = "stablehlo.multiply"(%417, %418) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %420 = "stablehlo.reshape"(%419) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %421 = "stablehlo.add"(%354, %420) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %422 = "stablehlo.reshape"(%421) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %423 = "stablehlo.multiply"(%422, %422) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %424 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %426 = "stablehlo.reduce"(%423, %424) ({
      ^reductionFn(%arg374: tensor<f32>, %arg375: tensor<f32>) :
          %425 = "stablehlo.add"(%arg374, %arg375) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%425) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %427 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %428 = "stablehlo.broadcast_in_dim"(%427) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %429 = "stablehlo.multiply"(%426, %428) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %430 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %431 = "stablehlo.broadcast_in_dim"(%430) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %432 = "stablehlo.add"(%429, %431) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %433 = "stablehlo.rsqrt"(%432) : (tensor<4xf32>) -> tensor<4xf32>
    %434 = "stablehlo.convert"(%arg23) : (tensor<64xbf16>) -> tensor<64xf32>
    %435 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %436 = "stablehlo.broadcast_in_dim"(%435) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %437 = "stablehlo.add"(%434, %436) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %438 = "stablehlo.broadcast_in_dim"(%433) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %439 = "stablehlo.multiply"(%422, %438) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %440 = "stablehlo.broadcast_in_dim"(%437) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %441 = "stablehlo.multiply"(%439, %440) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %442 = "stablehlo.reshape"(%441) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %443 = "stablehlo.convert"(%arg24) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %444 = "stablehlo.dot_general"(%442, %443) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %445 = "stablehlo.convert"(%arg25) : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %446 = "stablehlo.dot_general"(%442, %445) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<32x64xf32>) -> tensor<4x32xf32>
    %447 = "stablehlo.convert"(%arg26) : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %448 = "stablehlo.dot_general"(%442, %447) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<32x64xf32>) -> tensor<4x32xf32>
    %449 = "stablehlo.reshape"(%1) : (tensor<4xi32>) -> tensor<4x1xi32>
    %450 = "stablehlo.gather"(%arg288, %449) {
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
    %451 = "stablehlo.slice"(%450) {
      limit_indices = array<i64: 4, 8>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %452 = "stablehlo.broadcast_in_dim"(%451) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x4x8xf32>
    %453 = "stablehlo.slice"(%450) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 8>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %454 = "stablehlo.broadcast_in_dim"(%453) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x4x8xf32>
    %455 = "stablehlo.reshape"(%444) : (tensor<4x64xf32>) -> tensor<4x4x16xf32>
    %456 = "stablehlo.slice"(%455) {
      limit_indices = array<i64: 4, 4, 8>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x16xf32>) -> tensor<4x4x8xf32>
    %457 = "stablehlo.slice"(%455) {
      limit_indices = array<i64: 4, 4, 16>,
      start_indices = array<i64: 0, 0, 8>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x16xf32>) -> tensor<4x4x8xf32>
    %458 = "stablehlo.multiply"(%456, %452) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %459 = "stablehlo.multiply"(%457, %454) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %460 = "stablehlo.subtract"(%458, %459) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %461 = "stablehlo.multiply"(%457, %452) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %462 = "stablehlo.multiply"(%456, %454) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %463 = "stablehlo.add"(%461, %462) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %464 = "stablehlo.concatenate"(%460, %463) { dimension = 2 : i64 } : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x16xf32>
    %465 = "stablehlo.reshape"(%464) : (tensor<4x4x16xf32>) -> tensor<4x64xf32>
    %466 = "stablehlo.reshape"(%1) : (tensor<4xi32>) -> tensor<4x1xi32>
    %467 = "stablehlo.gather"(%arg288, %466) {
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
    %468 = "stablehlo.slice"(%467) {
      limit_indices = array<i64: 4, 8>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %469 = "stablehlo.broadcast_in_dim"(%468) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %470 = "stablehlo.slice"(%467) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 8>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %471 = "stablehlo.broadcast_in_dim"(%470) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %472 = "stablehlo.reshape"(%446) : (tensor<4x32xf32>) -> tensor<4x2x16xf32>
    %473 = "stablehlo.slice"(%472) {
      limit_indices = array<i64: 4, 2, 8>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x2x16xf32>) -> tensor<4x2x8xf32>
    %474 = "stablehlo.slice"(%472) {
      limit_indices = array<i64: 4, 2, 16>,
      start_indices = array<i64: 0, 0, 8>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x2x16xf32>) -> tensor<4x2x8xf32>
    %475 = "stablehlo.multiply"(%473, %469) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %476 = "stablehlo.multiply"(%474, %471) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %477 = "stablehlo.subtract"(%475, %476) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %478 = "stablehlo.multiply"(%474, %469) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %479 = "stablehlo.multiply"(%473, %471) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %480 = "stablehlo.add"(%478, %479) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %481 = "stablehlo.concatenate"(%477, %480) { dimension = 2 : i64 } : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x16xf32>
    %482 = "stablehlo.reshape"(%481) : (tensor<4x2x16xf32>) -> tensor<4x32xf32>
    %483 = "stablehlo.convert"(%482) : (tensor<4x32xf32>) -> tensor<4x32xbf16>
    %484 = "stablehlo.scatter"(%arg293, %8, %483) ({
      ^updateFn(%arg376: tensor<bf16>, %arg377: tensor<bf16>) :
          "stablehlo.return"(%arg377) : (tensor<bf16>) -> ()
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
    %485 = "stablehlo.convert"(%448) : (tensor<4x32xf32>) -> tensor<4x32xbf16>
    %486 = "stablehlo.scatter"(%arg294, %8, %485) ({
      ^updateFn(%arg378: tensor<bf16>, %arg379: tensor<bf16>) :
          "stablehlo.return"(%arg379) : (tensor<bf16>) -> ()
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
    %487 = "stablehlo.reshape"(%465) : (tensor<4x64xf32>) -> tensor<4x2x2x16xf32>
    %488 = "stablehlo.reshape"(%2) : (tensor<4xi32>) -> tensor<4x1xi32>
    %489 = "stablehlo.gather"(%484, %488) {
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
    %490 = "stablehlo.convert"(%489) : (tensor<4x32x32xbf16>) -> tensor<4x32x32xf32>
    %491 = "stablehlo.reshape"(%490) : (tensor<4x32x32xf32>) -> tensor<4x32x2x16xf32>
    %492 = "stablehlo.reshape"(%2) : (tensor<4xi32>) -> tensor<4x1xi32>
    %493 = "stablehlo.gather"(%486, %492) {
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
    %494 = "stablehlo.convert"(%493) : (tensor<4x32x32xbf16>) -> tensor<4x32x32xf32>
    %495 = "stablehlo.reshape"(%494) : (tensor<4x32x32xf32>) -> tensor<4x32x2x16xf32>
    %496 = "stablehlo.dot_general"(%487, %491) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 2],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [3]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x2x2x16xf32>, tensor<4x32x2x16xf32>) -> tensor<4x2x2x32xf32>
    %497 = "stablehlo.constant"() { value = dense<0.25> : tensor<f32> } : () -> tensor<f32>
    %498 = "stablehlo.broadcast_in_dim"(%497) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x2x2x32xf32>
    %499 = "stablehlo.multiply"(%496, %498) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %500 = "stablehlo.constant"() { value = dense<0.20000000298023224> : tensor<f32> } : () -> tensor<f32>
    %501 = "stablehlo.broadcast_in_dim"(%500) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x2x2x32xf32>
    %502 = "stablehlo.multiply"(%499, %501) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %503 = "stablehlo.tanh"(%502) : (tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %504 = "stablehlo.constant"() { value = dense<5.0> : tensor<f32> } : () -> tensor<f32>
    %505 = "stablehlo.broadcast_in_dim"(%504) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x2x2x32xf32>
    %506 = "stablehlo.multiply"(%503, %505) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %507 = "stablehlo.broadcast_in_dim"(%112) { broadcast_dimensions = array<i64: 0, 3> } : (tensor<4x32xi1>) -> tensor<4x2x2x32xi1>
    %508 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %509 = "stablehlo.broadcast_in_dim"(%508) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x2x2x32xf32>
    %510 = "stablehlo.select"(%507, %506, %509) : (tensor<4x2x2x32xi1>, tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %511 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %513 = "stablehlo.reduce"(%510, %511) ({
      ^reductionFn(%arg380: tensor<f32>, %arg381: tensor<f32>) :
          %512 = "stablehlo.maximum"(%arg380, %arg381) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%512) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<4x2x2x32xf32>, tensor<f32>) -> tensor<4x2x2xf32>
    %514 = "stablehlo.broadcast_in_dim"(%513) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<4x2x2xf32>) -> tensor<4x2x2x32xf32>
    %515 = "stablehlo.subtract"(%510, %514) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %516 = "stablehlo.exponential"(%515) : (tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %517 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %519 = "stablehlo.reduce"(%516, %517) ({
      ^reductionFn(%arg382: tensor<f32>, %arg383: tensor<f32>) :
          %518 = "stablehlo.add"(%arg382, %arg383) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%518) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<4x2x2x32xf32>, tensor<f32>) -> tensor<4x2x2xf32>
    %520 = "stablehlo.broadcast_in_dim"(%519) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<4x2x2xf32>) -> tensor<4x2x2x32xf32>
    %521 = "stablehlo.divide"(%516, %520) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %522 = "stablehlo.dot_general"(%521, %495) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 2],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x2x2x32xf32>, tensor<4x32x2x16xf32>) -> tensor<4x2x2x16xf32>
    %523 = "stablehlo.reshape"(%522) : (tensor<4x2x2x16xf32>) -> tensor<4x64xf32>
    %524 = "stablehlo.convert"(%arg27) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %525 = "stablehlo.dot_general"(%523, %524) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %526 = "stablehlo.reshape"(%525) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %527 = "stablehlo.multiply"(%526, %526) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %528 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %530 = "stablehlo.reduce"(%527, %528) ({
      ^reductionFn(%arg384: tensor<f32>, %arg385: tensor<f32>) :
          %529 = "stablehlo.add"(%arg384, %arg385) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%529) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %531 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %532 = "stablehlo.broadcast_in_dim"(%531) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %533 = "stablehlo.multiply"(%530, %532) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %534 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %535 = "stablehlo.broadcast_in_dim"(%534) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %536 = "stablehlo.add"(%533, %535) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %537 = "stablehlo.rsqrt"(%536) : (tensor<4xf32>) -> tensor<4xf32>
    %538 = "stablehlo.convert"(%arg28) : (tensor<64xbf16>) -> tensor<64xf32>
    %539 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %540 = "stablehlo.broadcast_in_dim"(%539) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %541 = "stablehlo.add"(%538, %540) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %542 = "stablehlo.broadcast_in_dim"(%537) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %543 = "stablehlo.multiply"(%526, %542) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %544 = "stablehlo.broadcast_in_dim"(%541) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %545 = "stablehlo.multiply"(%543, %544) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %546 = "stablehlo.reshape"(%545) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %547 = "stablehlo.add"(%421, %546) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %548 = "stablehlo.reshape"(%547) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %549 = "stablehlo.multiply"(%548, %548) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %550 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %552 = "stablehlo.reduce"(%549, %550) ({
      ^reductionFn(%arg386: tensor<f32>, %arg387: tensor<f32>) :
          %551 = "stablehlo.add"(%arg386, %arg387) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%551) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %553 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %554 = "stablehlo.broadcast_in_dim"(%553) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %555 = "stablehlo.multiply"(%552, %554) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %556 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %557 = "stablehlo.broadcast_in_dim"(%556) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %558 = "stablehlo.add"(%555, %557) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %559 = "stablehlo.rsqrt"(%558) : (tensor<4xf32>) -> tensor<4xf32>
    %560 = "stablehlo.convert"(%arg29) : (tensor<64xbf16>) -> tensor<64xf32>
    %561 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %562 = "stablehlo.broadcast_in_dim"(%561) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %563 = "stablehlo.add"(%560, %562) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %564 = "stablehlo.broadcast_in_dim"(%559) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %565 = "stablehlo.multiply"(%548, %564) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %566 = "stablehlo.broadcast_in_dim"(%563) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %567 = "stablehlo.multiply"(%565, %566) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %568 = "stablehlo.reshape"(%567) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %569 = "stablehlo.convert"(%arg30) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %570 = "stablehlo.dot_general"(%568, %569) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %571 = "stablehlo.convert"(%arg31) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %572 = "stablehlo.dot_general"(%568, %571) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %573 = "stablehlo.multiply"(%570, %570) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %574 = "stablehlo.multiply"(%573, %570) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %575 = "stablehlo.constant"() { value = dense<0.044714998453855515> : tensor<f32> } : () -> tensor<f32>
    %576 = "stablehlo.broadcast_in_dim"(%575) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %577 = "stablehlo.multiply"(%574, %576) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %578 = "stablehlo.add"(%570, %577) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %579 = "stablehlo.constant"() { value = dense<0.7978845834732056> : tensor<f32> } : () -> tensor<f32>
    %580 = "stablehlo.broadcast_in_dim"(%579) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %581 = "stablehlo.multiply"(%578, %580) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %582 = "stablehlo.constant"() { value = dense<0.5> : tensor<f32> } : () -> tensor<f32>
    %583 = "stablehlo.broadcast_in_dim"(%582) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %584 = "stablehlo.multiply"(%570, %583) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %585 = "stablehlo.tanh"(%581) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %586 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %587 = "stablehlo.broadcast_in_dim"(%586) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %588 = "stablehlo.add"(%585, %587) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %589 = "stablehlo.multiply"(%584, %588) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %590 = "stablehlo.multiply"(%589, %572) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %591 = "stablehlo.convert"(%arg32) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %592 = "stablehlo.dot_general"(%590, %591) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %593 = "stablehlo.reshape"(%592) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %594 = "stablehlo.multiply"(%593, %593) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %595 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %597 = "stablehlo.reduce"(%594, %595) ({
      ^reductionFn(%arg388: tensor<f32>, %arg389: tensor<f32>) :
          %596 = "stablehlo.add"(%arg388, %arg389) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%596) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %598 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %599 = "stablehlo.broadcast_in_dim"(%598) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %600 = "stablehlo.multiply"(%597, %599) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %601 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %602 = "stablehlo.broadcast_in_dim"(%601) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %603 = "stablehlo.add"(%600, %602) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %604 = "stablehlo.rsqrt"(%603) : (tensor<4xf32>) -> tensor<4xf32>
    %605 = "stablehlo.convert"(%arg33) : (tensor<64xbf16>) -> tensor<64xf32>
    %606 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %607 = "stablehlo.broadcast_in_dim"(%606) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %608 = "stablehlo.add"(%605, %607) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %609 = "stablehlo.broadcast_in_dim"(%604) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %610 = "stablehlo.multiply"(%593, %609) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %611 = "stablehlo.broadcast_in_dim"(%608) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %612 = "stablehlo.multiply"(%610, %611) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %613 = "stablehlo.reshape"(%612) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %614 = "stablehlo.add"(%547, %613) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %615 = "stablehlo.reshape"(%614) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %616 = "stablehlo.multiply"(%615, %615) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %617 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %619 = "stablehlo.reduce"(%616, %617) ({
      ^reductionFn(%arg390: tensor<f32>, %arg391: tensor<f32>) :
          %618 = "stablehlo.add"(%arg390, %arg391) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%618) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %620 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %621 = "stablehlo.broadcast_in_dim"(%620) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %622 = "stablehlo.multiply"(%619, %621) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %623 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %624 = "stablehlo.broadcast_in_dim"(%623) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %625 = "stablehlo.add"(%622, %624) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %626 = "stablehlo.rsqrt"(%625) : (tensor<4xf32>) -> tensor<4xf32>
    %627 = "stablehlo.convert"(%arg34) : (tensor<64xbf16>) -> tensor<64xf32>
    %628 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %629 = "stablehlo.broadcast_in_dim"(%628) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %630 = "stablehlo.add"(%627, %629) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %631 = "stablehlo.broadcast_in_dim"(%626) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %632 = "stablehlo.multiply"(%615, %631) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %633 = "stablehlo.broadcast_in_dim"(%630) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %634 = "stablehlo.multiply"(%632, %633) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %635 = "stablehlo.reshape"(%634) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %636 = "stablehlo.convert"(%arg35) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %637 = "stablehlo.dot_general"(%635, %636) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %638 = "stablehlo.convert"(%arg36) : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %639 = "stablehlo.dot_general"(%635, %638) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<32x64xf32>) -> tensor<4x32xf32>
    %640 = "stablehlo.convert"(%arg37) : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %641 = "stablehlo.dot_general"(%635, %640) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<32x64xf32>) -> tensor<4x32xf32>
    %642 = "stablehlo.reshape"(%1) : (tensor<4xi32>) -> tensor<4x1xi32>
    %643 = "stablehlo.gather"(%arg288, %642) {
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
    %644 = "stablehlo.slice"(%643) {
      limit_indices = array<i64: 4, 8>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %645 = "stablehlo.broadcast_in_dim"(%644) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x4x8xf32>
    %646 = "stablehlo.slice"(%643) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 8>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %647 = "stablehlo.broadcast_in_dim"(%646) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x4x8xf32>
    %648 = "stablehlo.reshape"(%637) : (tensor<4x64xf32>) -> tensor<4x4x16xf32>
    %649 = "stablehlo.slice"(%648) {
      limit_indices = array<i64: 4, 4, 8>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x16xf32>) -> tensor<4x4x8xf32>
    %650 = "stablehlo.slice"(%648) {
      limit_indices = array<i64: 4, 4, 16>,
      start_indices = array<i64: 0, 0, 8>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x16xf32>) -> tensor<4x4x8xf32>
    %651 = "stablehlo.multiply"(%649, %645) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %652 = "stablehlo.multiply"(%650, %647) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %653 = "stablehlo.subtract"(%651, %652) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %654 = "stablehlo.multiply"(%650, %645) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %655 = "stablehlo.multiply"(%649, %647) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %656 = "stablehlo.add"(%654, %655) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %657 = "stablehlo.concatenate"(%653, %656) { dimension = 2 : i64 } : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x16xf32>
    %658 = "stablehlo.reshape"(%657) : (tensor<4x4x16xf32>) -> tensor<4x64xf32>
    %659 = "stablehlo.reshape"(%1) : (tensor<4xi32>) -> tensor<4x1xi32>
    %660 = "stablehlo.gather"(%arg288, %659) {
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
    %661 = "stablehlo.slice"(%660) {
      limit_indices = array<i64: 4, 8>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %662 = "stablehlo.broadcast_in_dim"(%661) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %663 = "stablehlo.slice"(%660) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 8>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %664 = "stablehlo.broadcast_in_dim"(%663) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %665 = "stablehlo.reshape"(%639) : (tensor<4x32xf32>) -> tensor<4x2x16xf32>
    %666 = "stablehlo.slice"(%665) {
      limit_indices = array<i64: 4, 2, 8>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x2x16xf32>) -> tensor<4x2x8xf32>
    %667 = "stablehlo.slice"(%665) {
      limit_indices = array<i64: 4, 2, 16>,
      start_indices = array<i64: 0, 0, 8>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x2x16xf32>) -> tensor<4x2x8xf32>
    %668 = "stablehlo.multiply"(%666, %662) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %669 = "stablehlo.multiply"(%667, %664) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %670 = "stablehlo.subtract"(%668, %669) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %671 = "stablehlo.multiply"(%667, %662) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %672 = "stablehlo.multiply"(%666, %664) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %673 = "stablehlo.add"(%671, %672) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %674 = "stablehlo.concatenate"(%670, %673) { dimension = 2 : i64 } : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x16xf32>
    %675 = "stablehlo.reshape"(%674) : (tensor<4x2x16xf32>) -> tensor<4x32xf32>
    %676 = "stablehlo.convert"(%675) : (tensor<4x32xf32>) -> tensor<4x32xbf16>
    %677 = "stablehlo.scatter"(%arg295, %8, %676) ({
      ^updateFn(%arg392: tensor<bf16>, %arg393: tensor<bf16>) :
          "stablehlo.return"(%arg393) : (tensor<bf16>) -> ()
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
    %678 = "stablehlo.convert"(%641) : (tensor<4x32xf32>) -> tensor<4x32xbf16>
    %679 = "stablehlo.scatter"(%arg296, %8, %678) ({
      ^updateFn(%arg394: tensor<bf16>, %arg395: tensor<bf16>) :
          "stablehlo.return"(%arg395) : (tensor<bf16>) -> ()
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
    %680 = "stablehlo.reshape"(%658) : (tensor<4x64xf32>) -> tensor<4x2x2x16xf32>
    %681 = "stablehlo.reshape"(%2) : (tensor<4xi32>) -> tensor<4x1xi32>
    %682 = "stablehlo.gather"(%677, %681) {
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
    %683 = "stablehlo.convert"(%682) : (tensor<4x32x32xbf16>) -> tensor<4x32x32xf32>
    %684 = "stablehlo.reshape"(%683) : (tensor<4x32x32xf32>) -> tensor<4x32x2x16xf32>
    %685 = "stablehlo.reshape"(%2) : (tensor<4xi32>) -> tensor<4x1xi32>
    %686 = "stablehlo.gather"(%679, %685) {
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
    %687 = "stablehlo.convert"(%686) : (tensor<4x32x32xbf16>) -> tensor<4x32x32xf32>
    %688 = "stablehlo.reshape"(%687) : (tensor<4x32x32xf32>) -> tensor<4x32x2x16xf32>
    %689 = "stablehlo.dot_general"(%680, %684) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 2],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [3]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x2x2x16xf32>, tensor<4x32x2x16xf32>) -> tensor<4x2x2x32xf32>
    %690 = "stablehlo.constant"() { value = dense<0.25> : tensor<f32> } : () -> tensor<f32>
    %691 = "stablehlo.broadcast_in_dim"(%690) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x2x2x32xf32>
    %692 = "stablehlo.multiply"(%689, %691) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %693 = "stablehlo.constant"() { value = dense<0.20000000298023224> : tensor<f32> } : () -> tensor<f32>
    %694 = "stablehlo.broadcast_in_dim"(%693) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x2x2x32xf32>
    %695 = "stablehlo.multiply"(%692, %694) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %696 = "stablehlo.tanh"(%695) : (tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %697 = "stablehlo.constant"() { value = dense<5.0> : tensor<f32> } : () -> tensor<f32>
    %698 = "stablehlo.broadcast_in_dim"(%697) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x2x2x32xf32>
    %699 = "stablehlo.multiply"(%696, %698) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %700 = "stablehlo.broadcast_in_dim"(%313) { broadcast_dimensions = array<i64: 0, 3> } : (tensor<4x32xi1>) -> tensor<4x2x2x32xi1>
    %701 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %702 = "stablehlo.broadcast_in_dim"(%701) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x2x2x32xf32>
    %703 = "stablehlo.select"(%700, %699, %702) : (tensor<4x2x2x32xi1>, tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %704 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %706 = "stablehlo.reduce"(%703, %704) ({
      ^reductionFn(%arg396: tensor<f32>, %arg397: tensor<f32>) :
          %705 = "stablehlo.maximum"(%arg396, %arg397) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%705) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<4x2x2x32xf32>, tensor<f32>) -> tensor<4x2x2xf32>
    %707 = "stablehlo.broadcast_in_dim"(%706) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<4x2x2xf32>) -> tensor<4x2x2x32xf32>
    %708 = "stablehlo.subtract"(%703, %707) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %709 = "stablehlo.exponential"(%708) : (tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %710 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %712 = "stablehlo.reduce"(%709, %710) ({
      ^reductionFn(%arg398: tensor<f32>, %arg399: tensor<f32>) :
          %711 = "stablehlo.add"(%arg398, %arg399) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%711) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<4x2x2x32xf32>, tensor<f32>) -> tensor<4x2x2xf32>
    %713 = "stablehlo.broadcast_in_dim"(%712) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<4x2x2xf32>) -> tensor<4x2x2x32xf32>
    %714 = "stablehlo.divide"(%709, %713) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %715 = "stablehlo.dot_general"(%714, %688) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 2],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x2x2x32xf32>, tensor<4x32x2x16xf32>) -> tensor<4x2x2x16xf32>
    %716 = "stablehlo.reshape"(%715) : (tensor<4x2x2x16xf32>) -> tensor<4x64xf32>
    %717 = "stablehlo.convert"(%arg38) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %718 = "stablehlo.dot_general"(%716, %717) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %719 = "stablehlo.reshape"(%718) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %720 = "stablehlo.multiply"(%719, %719) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %721 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %723 = "stablehlo.reduce"(%720, %721) ({
      ^reductionFn(%arg400: tensor<f32>, %arg401: tensor<f32>) :
          %722 = "stablehlo.add"(%arg400, %arg401) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%722) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %724 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %725 = "stablehlo.broadcast_in_dim"(%724) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %726 = "stablehlo.multiply"(%723, %725) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %727 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %728 = "stablehlo.broadcast_in_dim"(%727) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %729 = "stablehlo.add"(%726, %728) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %730 = "stablehlo.rsqrt"(%729) : (tensor<4xf32>) -> tensor<4xf32>
    %731 = "stablehlo.convert"(%arg39) : (tensor<64xbf16>) -> tensor<64xf32>
    %732 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %733 = "stablehlo.broadcast_in_dim"(%732) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %734 = "stablehlo.add"(%731, %733) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %735 = "stablehlo.broadcast_in_dim"(%730) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %736 = "stablehlo.multiply"(%719, %735) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %737 = "stablehlo.broadcast_in_dim"(%734) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %738 = "stablehlo.multiply"(%736, %737) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %739 = "stablehlo.reshape"(%738) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %740 = "stablehlo.add"(%614, %739) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %741 = "stablehlo.reshape"(%740) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %742 = "stablehlo.multiply"(%741, %741) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %743 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %745 = "stablehlo.reduce"(%742, %743) ({
      ^reductionFn(%arg402: tensor<f32>, %arg403: tensor<f32>) :
          %744 = "stablehlo.add"(%arg402, %arg403) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%744) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %746 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %747 = "stablehlo.broadcast_in_dim"(%746) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %748 = "stablehlo.multiply"(%745, %747) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %749 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %750 = "stablehlo.broadcast_in_dim"(%749) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %751 = "stablehlo.add"(%748, %750) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %752 = "stablehlo.rsqrt"(%751) : (tensor<4xf32>) -> tensor<4xf32>
    %753 = "stablehlo.convert"(%arg40) : (tensor<64xbf16>) -> tensor<64xf32>
    %754 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %755 = "stablehlo.broadcast_in_dim"(%754) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %756 = "stablehlo.add"(%753, %755) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %757 = "stablehlo.broadcast_in_dim"(%752) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %758 = "stablehlo.multiply"(%741, %757) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %759 = "stablehlo.broadcast_in_dim"(%756) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %760 = "stablehlo.multiply"(%758, %759) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %761 = "stablehlo.reshape"(%760) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %762 = "stablehlo.convert"(%arg41) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %763 = "stablehlo.dot_general"(%761, %762) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %764 = "stablehlo.convert"(%arg42) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %765 = "stablehlo.dot_general"(%761, %764) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %766 = "stablehlo.multiply"(%763, %763) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %767 = "stablehlo.multiply"(%766, %763) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %768 = "stablehlo.constant"() { value = dense<0.044714998453855515> : tensor<f32> } : () -> tensor<f32>
    %769 = "stablehlo.broadcast_in_dim"(%768) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %770 = "stablehlo.multiply"(%767, %769) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %771 = "stablehlo.add"(%763, %770) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %772 = "stablehlo.constant"() { value = dense<0.7978845834732056> : tensor<f32> } : () -> tensor<f32>
    %773 = "stablehlo.broadcast_in_dim"(%772) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %774 = "stablehlo.multiply"(%771, %773) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %775 = "stablehlo.constant"() { value = dense<0.5> : tensor<f32> } : () -> tensor<f32>
    %776 = "stablehlo.broadcast_in_dim"(%775) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %777 = "stablehlo.multiply"(%763, %776) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %778 = "stablehlo.tanh"(%774) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %779 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %780 = "stablehlo.broadcast_in_dim"(%779) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %781 = "stablehlo.add"(%778, %780) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %782 = "stablehlo.multiply"(%777, %781) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %783 = "stablehlo.multiply"(%782, %765) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %784 = "stablehlo.convert"(%arg43) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %785 = "stablehlo.dot_general"(%783, %784) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %786 = "stablehlo.reshape"(%785) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %787 = "stablehlo.multiply"(%786, %786) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %788 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %790 = "stablehlo.reduce"(%787, %788) ({
      ^reductionFn(%arg404: tensor<f32>, %arg405: tensor<f32>) :
          %789 = "stablehlo.add"(%arg404, %arg405) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%789) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %791 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %792 = "stablehlo.broadcast_in_dim"(%791) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %793 = "stablehlo.multiply"(%790, %792) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %794 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %795 = "stablehlo.broadcast_in_dim"(%794) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %796 = "stablehlo.add"(%793, %795) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %797 = "stablehlo.rsqrt"(%796) : (tensor<4xf32>) -> tensor<4xf32>
    %798 = "stablehlo.convert"(%arg44) : (tensor<64xbf16>) -> tensor<64xf32>
    %799 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %800 = "stablehlo.broadcast_in_dim"(%799) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %801 = "stablehlo.add"(%798, %800) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %802 = "stablehlo.broadcast_in_dim"(%797) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %803 = "stablehlo.multiply"(%786, %802) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %804 = "stablehlo.broadcast_in_dim"(%801) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %805 = "stablehlo.multiply"(%803, %804) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %806 = "stablehlo.reshape"(%805) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %807 = "stablehlo.add"(%740, %806) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %808 = "stablehlo.reshape"(%807) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %809 = "stablehlo.multiply"(%808, %808) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %810 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %812 = "stablehlo.reduce"(%809, %810) ({
      ^reductionFn(%arg406: tensor<f32>, %arg407: tensor<f32>) :
          %811 = "stablehlo.add"(%arg406, %arg407) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%811) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %813 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %814 = "stablehlo.broadcast_in_dim"(%813) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %815 = "stablehlo.multiply"(%812, %814) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %816 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %817 = "stablehlo.broadcast_in_dim"(%816) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %818 = "stablehlo.add"(%815, %817) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %819 = "stablehlo.rsqrt"(%818) : (tensor<4xf32>) -> tensor<4xf32>
    %820 = "stablehlo.convert"(%arg45) : (tensor<64xbf16>) -> tensor<64xf32>
    %821 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %822 = "stablehlo.broadcast_in_dim"(%821) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %823 = "stablehlo.add"(%820, %822) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %824 = "stablehlo.broadcast_in_dim"(%819) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %825 = "stablehlo.multiply"(%808, %824) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %826 = "stablehlo.broadcast_in_dim"(%823) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %827 = "stablehlo.multiply"(%825, %826) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %828 = "stablehlo.reshape"(%827) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %829 = "stablehlo.convert"(%arg46) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %830 = "stablehlo.dot_general"(%828, %829) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %831 = "stablehlo.convert"(%arg47) : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %832 = "stablehlo.dot_general"(%828, %831) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<32x64xf32>) -> tensor<4x32xf32>
    %833 = "stablehlo.convert"(%arg48) : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %834 = "stablehlo.dot_general"(%828, %833) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<32x64xf32>) -> tensor<4x32xf32>
    %835 = "stablehlo.reshape"(%1) : (tensor<4xi32>) -> tensor<4x1xi32>
    %836 = "stablehlo.gather"(%arg288, %835) {
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
    %837 = "stablehlo.slice"(%836) {
      limit_indices = array<i64: 4, 8>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %838 = "stablehlo.broadcast_in_dim"(%837) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x4x8xf32>
    %839 = "stablehlo.slice"(%836) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 8>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %840 = "stablehlo.broadcast_in_dim"(%839) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x4x8xf32>
    %841 = "stablehlo.reshape"(%830) : (tensor<4x64xf32>) -> tensor<4x4x16xf32>
    %842 = "stablehlo.slice"(%841) {
      limit_indices = array<i64: 4, 4, 8>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x16xf32>) -> tensor<4x4x8xf32>
    %843 = "stablehlo.slice"(%841) {
      limit_indices = array<i64: 4, 4, 16>,
      start_indices = array<i64: 0, 0, 8>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x16xf32>) -> tensor<4x4x8xf32>
    %844 = "stablehlo.multiply"(%842, %838) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %845 = "stablehlo.multiply"(%843, %840) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %846 = "stablehlo.subtract"(%844, %845) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %847 = "stablehlo.multiply"(%843, %838) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %848 = "stablehlo.multiply"(%842, %840) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %849 = "stablehlo.add"(%847, %848) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %850 = "stablehlo.concatenate"(%846, %849) { dimension = 2 : i64 } : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x16xf32>
    %851 = "stablehlo.reshape"(%850) : (tensor<4x4x16xf32>) -> tensor<4x64xf32>
    %852 = "stablehlo.reshape"(%1) : (tensor<4xi32>) -> tensor<4x1xi32>
    %853 = "stablehlo.gather"(%arg288, %852) {
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
    %854 = "stablehlo.slice"(%853) {
      limit_indices = array<i64: 4, 8>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %855 = "stablehlo.broadcast_in_dim"(%854) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %856 = "stablehlo.slice"(%853) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 8>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %857 = "stablehlo.broadcast_in_dim"(%856) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %858 = "stablehlo.reshape"(%832) : (tensor<4x32xf32>) -> tensor<4x2x16xf32>
    %859 = "stablehlo.slice"(%858) {
      limit_indices = array<i64: 4, 2, 8>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x2x16xf32>) -> tensor<4x2x8xf32>
    %860 = "stablehlo.slice"(%858) {
      limit_indices = array<i64: 4, 2, 16>,
      start_indices = array<i64: 0, 0, 8>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x2x16xf32>) -> tensor<4x2x8xf32>
    %861 = "stablehlo.multiply"(%859, %855) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %862 = "stablehlo.multiply"(%860, %857) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %863 = "stablehlo.subtract"(%861, %862) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %864 = "stablehlo.multiply"(%860, %855) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %865 = "stablehlo.multiply"(%859, %857) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %866 = "stablehlo.add"(%864, %865) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %867 = "stablehlo.concatenate"(%863, %866) { dimension = 2 : i64 } : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x16xf32>
    %868 = "stablehlo.reshape"(%867) : (tensor<4x2x16xf32>) -> tensor<4x32xf32>
    %869 = "stablehlo.convert"(%868) : (tensor<4x32xf32>) -> tensor<4x32xbf16>
    %870 = "stablehlo.scatter"(%arg297, %8, %869) ({
      ^updateFn(%arg408: tensor<bf16>, %arg409: tensor<bf16>) :
          "stablehlo.return"(%arg409) : (tensor<bf16>) -> ()
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
    %871 = "stablehlo.convert"(%834) : (tensor<4x32xf32>) -> tensor<4x32xbf16>
    %872 = "stablehlo.scatter"(%arg298, %8, %871) ({
      ^updateFn(%arg410: tensor<bf16>, %arg411: tensor<bf16>) :
          "stablehlo.return"(%arg411) : (tensor<bf16>) -> ()
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
    %873 = "stablehlo.reshape"(%851) : (tensor<4x64xf32>) -> tensor<4x2x2x16xf32>
    %874 = "stablehlo.reshape"(%2) : (tensor<4xi32>) -> tensor<4x1xi32>
    %875 = "stablehlo.gather"(%870, %874) {
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
    %876 = "stablehlo.convert"(%875) : (tensor<4x32x32xbf16>) -> tensor<4x32x32xf32>
    %877 = "stablehlo.reshape"(%876) : (tensor<4x32x32xf32>) -> tensor<4x32x2x16xf32>
    %878 = "stablehlo.reshape"(%2) : (tensor<4xi32>) -> tensor<4x1xi32>
    %879 = "stablehlo.gather"(%872, %878) {
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
    %880 = "stablehlo.convert"(%879) : (tensor<4x32x32xbf16>) -> tensor<4x32x32xf32>
    %881 = "stablehlo.reshape"(%880) : (tensor<4x32x32xf32>) -> tensor<4x32x2x16xf32>
    %882 = "stablehlo.dot_general"(%873, %877) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 2],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [3]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x2x2x16xf32>, tensor<4x32x2x16xf32>) -> tensor<4x2x2x32xf32>
    %883 = "stablehlo.constant"() { value = dense<0.25> : tensor<f32> } : () -> tensor<f32>
    %884 = "stablehlo.broadcast_in_dim"(%883) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x2x2x32xf32>
    %885 = "stablehlo.multiply"(%882, %884) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %886 = "stablehlo.constant"() { value = dense<0.20000000298023224> : tensor<f32> } : () -> tensor<f32>
    %887 = "stablehlo.broadcast_in_dim"(%886) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x2x2x32xf32>
    %888 = "stablehlo.multiply"(%885, %887) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %889 = "stablehlo.tanh"(%888) : (tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %890 = "stablehlo.constant"() { value = dense<5.0> : tensor<f32> } : () -> tensor<f32>
    %891 = "stablehlo.broadcast_in_dim"(%890) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x2x2x32xf32>
    %892 = "stablehlo.multiply"(%889, %891) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %893 = "stablehlo.broadcast_in_dim"(%112) { broadcast_dimensions = array<i64: 0, 3> } : (tensor<4x32xi1>) -> tensor<4x2x2x32xi1>
    %894 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %895 = "stablehlo.broadcast_in_dim"(%894) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x2x2x32xf32>
    %896 = "stablehlo.select"(%893, %892, %895) : (tensor<4x2x2x32xi1>, tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %897 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %899 = "stablehlo.reduce"(%896, %897) ({
      ^reductionFn(%arg412: tensor<f32>, %arg413: tensor<f32>) :
          %898 = "stablehlo.maximum"(%arg412, %arg413) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%898) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<4x2x2x32xf32>, tensor<f32>) -> tensor<4x2x2xf32>
    %900 = "stablehlo.broadcast_in_dim"(%899) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<4x2x2xf32>) -> tensor<4x2x2x32xf32>
    %901 = "stablehlo.subtract"(%896, %900) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %902 = "stablehlo.exponential"(%901) : (tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %903 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %905 = "stablehlo.reduce"(%902, %903) ({
      ^reductionFn(%arg414: tensor<f32>, %arg415: tensor<f32>) :
          %904 = "stablehlo.add"(%arg414, %arg415) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%904) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<4x2x2x32xf32>, tensor<f32>) -> tensor<4x2x2xf32>
    %906 = "stablehlo.broadcast_in_dim"(%905) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<4x2x2xf32>) -> tensor<4x2x2x32xf32>
    %907 = "stablehlo.divide"(%902, %906) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %908 = "stablehlo.dot_general"(%907, %881) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 2],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x2x2x32xf32>, tensor<4x32x2x16xf32>) -> tensor<4x2x2x16xf32>
    %909 = "stablehlo.reshape"(%908) : (tensor<4x2x2x16xf32>) -> tensor<4x64xf32>
    %910 = "stablehlo.convert"(%arg49) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %911 = "stablehlo.dot_general"(%909, %910) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %912 = "stablehlo.reshape"(%911) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %913 = "stablehlo.multiply"(%912, %912) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %914 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %916 = "stablehlo.reduce"(%913, %914) ({
      ^reductionFn(%arg416: tensor<f32>, %arg417: tensor<f32>) :
          %915 = "stablehlo.add"(%arg416, %arg417) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%915) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %917 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %918 = "stablehlo.broadcast_in_dim"(%917) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %919 = "stablehlo.multiply"(%916, %918) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %920 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %921 = "stablehlo.broadcast_in_dim"(%920) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %922 = "stablehlo.add"(%919, %921) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %923 = "stablehlo.rsqrt"(%922) : (tensor<4xf32>) -> tensor<4xf32>
    %924 = "stablehlo.convert"(%arg50) : (tensor<64xbf16>) -> tensor<64xf32>
    %925 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %926 = "stablehlo.broadcast_in_dim"(%925) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %927 = "stablehlo.add"(%924, %926) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %928 = "stablehlo.broadcast_in_dim"(%923) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %929 = "stablehlo.multiply"(%912, %928) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %930 = "stablehlo.broadcast_in_dim"(%927) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %931 = "stablehlo.multiply"(%929, %930) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %932 = "stablehlo.reshape"(%931) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %933 = "stablehlo.add"(%807, %932) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %934 = "stablehlo.reshape"(%933) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %935 = "stablehlo.multiply"(%934, %934) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %936 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %938 = "stablehlo.reduce"(%935, %936) ({
      ^reductionFn(%arg418: tensor<f32>, %arg419: tensor<f32>) :
          %937 = "stablehlo.add"(%arg418, %arg419) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%937) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %939 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %940 = "stablehlo.broadcast_in_dim"(%939) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %941 = "stablehlo.multiply"(%938, %940) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %942 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %943 = "stablehlo.broadcast_in_dim"(%942) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %944 = "stablehlo.add"(%941, %943) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %945 = "stablehlo.rsqrt"(%944) : (tensor<4xf32>) -> tensor<4xf32>
    %946 = "stablehlo.convert"(%arg51) : (tensor<64xbf16>) -> tensor<64xf32>
    %947 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %948 = "stablehlo.broadcast_in_dim"(%947) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %949 = "stablehlo.add"(%946, %948) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %950 = "stablehlo.broadcast_in_dim"(%945) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %951 = "stablehlo.multiply"(%934, %950) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %952 = "stablehlo.broadcast_in_dim"(%949) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %953 = "stablehlo.multiply"(%951, %952) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %954 = "stablehlo.reshape"(%953) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %955 = "stablehlo.convert"(%arg52) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %956 = "stablehlo.dot_general"(%954, %955) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %957 = "stablehlo.convert"(%arg53) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %958 = "stablehlo.dot_general"(%954, %957) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %959 = "stablehlo.multiply"(%956, %956) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %960 = "stablehlo.multiply"(%959, %956) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %961 = "stablehlo.constant"() { value = dense<0.044714998453855515> : tensor<f32> } : () -> tensor<f32>
    %962 = "stablehlo.broadcast_in_dim"(%961) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %963 = "stablehlo.multiply"(%960, %962) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %964 = "stablehlo.add"(%956, %963) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %965 = "stablehlo.constant"() { value = dense<0.7978845834732056> : tensor<f32> } : () -> tensor<f32>
    %966 = "stablehlo.broadcast_in_dim"(%965) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %967 = "stablehlo.multiply"(%964, %966) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %968 = "stablehlo.constant"() { value = dense<0.5> : tensor<f32> } : () -> tensor<f32>
    %969 = "stablehlo.broadcast_in_dim"(%968) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %970 = "stablehlo.multiply"(%956, %969) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %971 = "stablehlo.tanh"(%967) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %972 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %973 = "stablehlo.broadcast_in_dim"(%972) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %974 = "stablehlo.add"(%971, %973) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %975 = "stablehlo.multiply"(%970, %974) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %976 = "stablehlo.multiply"(%975, %958) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %977 = "stablehlo.convert"(%arg54) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %978 = "stablehlo.dot_general"(%976, %977) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %979 = "stablehlo.reshape"(%978) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %980 = "stablehlo.multiply"(%979, %979) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %981 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %983 = "stablehlo.reduce"(%980, %981) ({
      ^reductionFn(%arg420: tensor<f32>, %arg421: tensor<f32>) :
          %982 = "stablehlo.add"(%arg420, %arg421) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%982) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %984 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %985 = "stablehlo.broadcast_in_dim"(%984) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %986 = "stablehlo.multiply"(%983, %985) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %987 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %988 = "stablehlo.broadcast_in_dim"(%987) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %989 = "stablehlo.add"(%986, %988) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %990 = "stablehlo.rsqrt"(%989) : (tensor<4xf32>) -> tensor<4xf32>
    %991 = "stablehlo.convert"(%arg55) : (tensor<64xbf16>) -> tensor<64xf32>
    %992 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %993 = "stablehlo.broadcast_in_dim"(%992) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %994 = "stablehlo.add"(%991, %993) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %995 = "stablehlo.broadcast_in_dim"(%990) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %996 = "stablehlo.multiply"(%979, %995) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %997 = "stablehlo.broadcast_in_dim"(%994) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %998 = "stablehlo.multiply"(%996, %997) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %999 = "stablehlo.reshape"(%998) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %1000 = "stablehlo.add"(%933, %999) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1001 = "stablehlo.reshape"(%1000) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %1002 = "stablehlo.multiply"(%1001, %1001) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1003 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %1005 = "stablehlo.reduce"(%1002, %1003) ({
      ^reductionFn(%arg422: tensor<f32>, %arg423: tensor<f32>) :
          %1004 = "stablehlo.add"(%arg422, %arg423) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1004) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %1006 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %1007 = "stablehlo.broadcast_in_dim"(%1006) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %1008 = "stablehlo.multiply"(%1005, %1007) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %1009 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %1010 = "stablehlo.broadcast_in_dim"(%1009) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %1011 = "stablehlo.add"(%1008, %1010) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %1012 = "stablehlo.rsqrt"(%1011) : (tensor<4xf32>) -> tensor<4xf32>
    %1013 = "stablehlo.convert"(%arg56) : (tensor<64xbf16>) -> tensor<64xf32>
    %1014 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %1015 = "stablehlo.broadcast_in_dim"(%1014) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %1016 = "stablehlo.add"(%1013, %1015) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1017 = "stablehlo.broadcast_in_dim"(%1012) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %1018 = "stablehlo.multiply"(%1001, %1017) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1019 = "stablehlo.broadcast_in_dim"(%1016) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %1020 = "stablehlo.multiply"(%1018, %1019) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1021 = "stablehlo.reshape"(%1020) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %1022 = "stablehlo.convert"(%arg57) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %1023 = "stablehlo.dot_general"(%1021, %1022) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %1024 = "stablehlo.convert"(%arg58) : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %1025 = "stablehlo.dot_general"(%1021, %1024) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<32x64xf32>) -> tensor<4x32xf32>
    %1026 = "stablehlo.convert"(%arg59) : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %1027 = "stablehlo.dot_general"(%1021, %1026) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<32x64xf32>) -> tensor<4x32xf32>
    %1028 = "stablehlo.reshape"(%1) : (tensor<4xi32>) -> tensor<4x1xi32>
    %1029 = "stablehlo.gather"(%arg288, %1028) {
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
    %1030 = "stablehlo.slice"(%1029) {
      limit_indices = array<i64: 4, 8>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %1031 = "stablehlo.broadcast_in_dim"(%1030) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x4x8xf32>
    %1032 = "stablehlo.slice"(%1029) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 8>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %1033 = "stablehlo.broadcast_in_dim"(%1032) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x4x8xf32>
    %1034 = "stablehlo.reshape"(%1023) : (tensor<4x64xf32>) -> tensor<4x4x16xf32>
    %1035 = "stablehlo.slice"(%1034) {
      limit_indices = array<i64: 4, 4, 8>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x16xf32>) -> tensor<4x4x8xf32>
    %1036 = "stablehlo.slice"(%1034) {
      limit_indices = array<i64: 4, 4, 16>,
      start_indices = array<i64: 0, 0, 8>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x16xf32>) -> tensor<4x4x8xf32>
    %1037 = "stablehlo.multiply"(%1035, %1031) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %1038 = "stablehlo.multiply"(%1036, %1033) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %1039 = "stablehlo.subtract"(%1037, %1038) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %1040 = "stablehlo.multiply"(%1036, %1031) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %1041 = "stablehlo.multiply"(%1035, %1033) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %1042 = "stablehlo.add"(%1040, %1041) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %1043 = "stablehlo.concatenate"(%1039, %1042) { dimension = 2 : i64 } : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x16xf32>
    %1044 = "stablehlo.reshape"(%1043) : (tensor<4x4x16xf32>) -> tensor<4x64xf32>
    %1045 = "stablehlo.reshape"(%1) : (tensor<4xi32>) -> tensor<4x1xi32>
    %1046 = "stablehlo.gather"(%arg288, %1045) {
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
    %1047 = "stablehlo.slice"(%1046) {
      limit_indices = array<i64: 4, 8>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %1048 = "stablehlo.broadcast_in_dim"(%1047) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %1049 = "stablehlo.slice"(%1046) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 8>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %1050 = "stablehlo.broadcast_in_dim"(%1049) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %1051 = "stablehlo.reshape"(%1025) : (tensor<4x32xf32>) -> tensor<4x2x16xf32>
    %1052 = "stablehlo.slice"(%1051) {
      limit_indices = array<i64: 4, 2, 8>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x2x16xf32>) -> tensor<4x2x8xf32>
    %1053 = "stablehlo.slice"(%1051) {
      limit_indices = array<i64: 4, 2, 16>,
      start_indices = array<i64: 0, 0, 8>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x2x16xf32>) -> tensor<4x2x8xf32>
    %1054 = "stablehlo.multiply"(%1052, %1048) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %1055 = "stablehlo.multiply"(%1053, %1050) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %1056 = "stablehlo.subtract"(%1054, %1055) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %1057 = "stablehlo.multiply"(%1053, %1048) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %1058 = "stablehlo.multiply"(%1052, %1050) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %1059 = "stablehlo.add"(%1057, %1058) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %1060 = "stablehlo.concatenate"(%1056, %1059) { dimension = 2 : i64 } : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x16xf32>
    %1061 = "stablehlo.reshape"(%1060) : (tensor<4x2x16xf32>) -> tensor<4x32xf32>
    %1062 = "stablehlo.convert"(%1061) : (tensor<4x32xf32>) -> tensor<4x32xbf16>
    %1063 = "stablehlo.scatter"(%arg299, %8, %1062) ({
      ^updateFn(%arg424: tensor<bf16>, %arg425: tensor<bf16>) :
          "stablehlo.return"(%arg425) : (tensor<bf16>) -> ()
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
    %1064 = "stablehlo.convert"(%1027) : (tensor<4x32xf32>) -> tensor<4x32xbf16>
    %1065 = "stablehlo.scatter"(%arg300, %8, %1064) ({
      ^updateFn(%arg426: tensor<bf16>, %arg427: tensor<bf16>) :
          "stablehlo.return"(%arg427) : (tensor<bf16>) -> ()
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
    %1066 = "stablehlo.reshape"(%1044) : (tensor<4x64xf32>) -> tensor<4x2x2x16xf32>
    %1067 = "stablehlo.reshape"(%2) : (tensor<4xi32>) -> tensor<4x1xi32>
    %1068 = "stablehlo.gather"(%1063, %1067) {
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
    %1069 = "stablehlo.convert"(%1068) : (tensor<4x32x32xbf16>) -> tensor<4x32x32xf32>
    %1070 = "stablehlo.reshape"(%1069) : (tensor<4x32x32xf32>) -> tensor<4x32x2x16xf32>
    %1071 = "stablehlo.reshape"(%2) : (tensor<4xi32>) -> tensor<4x1xi32>
    %1072 = "stablehlo.gather"(%1065, %1071) {
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
    %1073 = "stablehlo.convert"(%1072) : (tensor<4x32x32xbf16>) -> tensor<4x32x32xf32>
    %1074 = "stablehlo.reshape"(%1073) : (tensor<4x32x32xf32>) -> tensor<4x32x2x16xf32>
    %1075 = "stablehlo.dot_general"(%1066, %1070) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 2],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [3]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x2x2x16xf32>, tensor<4x32x2x16xf32>) -> tensor<4x2x2x32xf32>
    %1076 = "stablehlo.constant"() { value = dense<0.25> : tensor<f32> } : () -> tensor<f32>
    %1077 = "stablehlo.broadcast_in_dim"(%1076) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x2x2x32xf32>
    %1078 = "stablehlo.multiply"(%1075, %1077) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %1079 = "stablehlo.constant"() { value = dense<0.20000000298023224> : tensor<f32> } : () -> tensor<f32>
    %1080 = "stablehlo.broadcast_in_dim"(%1079) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x2x2x32xf32>
    %1081 = "stablehlo.multiply"(%1078, %1080) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %1082 = "stablehlo.tanh"(%1081) : (tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %1083 = "stablehlo.constant"() { value = dense<5.0> : tensor<f32> } : () -> tensor<f32>
    %1084 = "stablehlo.broadcast_in_dim"(%1083) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x2x2x32xf32>
    %1085 = "stablehlo.multiply"(%1082, %1084) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %1086 = "stablehlo.broadcast_in_dim"(%313) { broadcast_dimensions = array<i64: 0, 3> } : (tensor<4x32xi1>) -> tensor<4x2x2x32xi1>
    %1087 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %1088 = "stablehlo.broadcast_in_dim"(%1087) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x2x2x32xf32>
    %1089 = "stablehlo.select"(%1086, %1085, %1088) : (tensor<4x2x2x32xi1>, tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %1090 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %1092 = "stablehlo.reduce"(%1089, %1090) ({
      ^reductionFn(%arg428: tensor<f32>, %arg429: tensor<f32>) :
          %1091 = "stablehlo.maximum"(%arg428, %arg429) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1091) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<4x2x2x32xf32>, tensor<f32>) -> tensor<4x2x2xf32>
    %1093 = "stablehlo.broadcast_in_dim"(%1092) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<4x2x2xf32>) -> tensor<4x2x2x32xf32>
    %1094 = "stablehlo.subtract"(%1089, %1093) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %1095 = "stablehlo.exponential"(%1094) : (tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %1096 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %1098 = "stablehlo.reduce"(%1095, %1096) ({
      ^reductionFn(%arg430: tensor<f32>, %arg431: tensor<f32>) :
          %1097 = "stablehlo.add"(%arg430, %arg431) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1097) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<4x2x2x32xf32>, tensor<f32>) -> tensor<4x2x2xf32>
    %1099 = "stablehlo.broadcast_in_dim"(%1098) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<4x2x2xf32>) -> tensor<4x2x2x32xf32>
    %1100 = "stablehlo.divide"(%1095, %1099) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %1101 = "stablehlo.dot_general"(%1100, %1074) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 2],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x2x2x32xf32>, tensor<4x32x2x16xf32>) -> tensor<4x2x2x16xf32>
    %1102 = "stablehlo.reshape"(%1101) : (tensor<4x2x2x16xf32>) -> tensor<4x64xf32>
    %1103 = "stablehlo.convert"(%arg60) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %1104 = "stablehlo.dot_general"(%1102, %1103) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %1105 = "stablehlo.reshape"(%1104) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %1106 = "stablehlo.multiply"(%1105, %1105) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1107 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %1109 = "stablehlo.reduce"(%1106, %1107) ({
      ^reductionFn(%arg432: tensor<f32>, %arg433: tensor<f32>) :
          %1108 = "stablehlo.add"(%arg432, %arg433) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1108) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %1110 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %1111 = "stablehlo.broadcast_in_dim"(%1110) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %1112 = "stablehlo.multiply"(%1109, %1111) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %1113 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %1114 = "stablehlo.broadcast_in_dim"(%1113) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %1115 = "stablehlo.add"(%1112, %1114) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %1116 = "stablehlo.rsqrt"(%1115) : (tensor<4xf32>) -> tensor<4xf32>
    %1117 = "stablehlo.convert"(%arg61) : (tensor<64xbf16>) -> tensor<64xf32>
    %1118 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %1119 = "stablehlo.broadcast_in_dim"(%1118) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %1120 = "stablehlo.add"(%1117, %1119) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1121 = "stablehlo.broadcast_in_dim"(%1116) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %1122 = "stablehlo.multiply"(%1105, %1121) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1123 = "stablehlo.broadcast_in_dim"(%1120) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %1124 = "stablehlo.multiply"(%1122, %1123) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1125 = "stablehlo.reshape"(%1124) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %1126 = "stablehlo.add"(%1000, %1125) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1127 = "stablehlo.reshape"(%1126) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %1128 = "stablehlo.multiply"(%1127, %1127) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1129 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %1131 = "stablehlo.reduce"(%1128, %1129) ({
      ^reductionFn(%arg434: tensor<f32>, %arg435: tensor<f32>) :
          %1130 = "stablehlo.add"(%arg434, %arg435) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1130) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %1132 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %1133 = "stablehlo.broadcast_in_dim"(%1132) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %1134 = "stablehlo.multiply"(%1131, %1133) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %1135 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %1136 = "stablehlo.broadcast_in_dim"(%1135) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %1137 = "stablehlo.add"(%1134, %1136) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %1138 = "stablehlo.rsqrt"(%1137) : (tensor<4xf32>) -> tensor<4xf32>
    %1139 = "stablehlo.convert"(%arg62) : (tensor<64xbf16>) -> tensor<64xf32>
    %1140 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %1141 = "stablehlo.broadcast_in_dim"(%1140) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %1142 = "stablehlo.add"(%1139, %1141) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1143 = "stablehlo.broadcast_in_dim"(%1138) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %1144 = "stablehlo.multiply"(%1127, %1143) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1145 = "stablehlo.broadcast_in_dim"(%1142) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %1146 = "stablehlo.multiply"(%1144, %1145) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1147 = "stablehlo.reshape"(%1146) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %1148 = "stablehlo.convert"(%arg63) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %1149 = "stablehlo.dot_general"(%1147, %1148) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %1150 = "stablehlo.convert"(%arg64) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %1151 = "stablehlo.dot_general"(%1147, %1150) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %1152 = "stablehlo.multiply"(%1149, %1149) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1153 = "stablehlo.multiply"(%1152, %1149) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1154 = "stablehlo.constant"() { value = dense<0.044714998453855515> : tensor<f32> } : () -> tensor<f32>
    %1155 = "stablehlo.broadcast_in_dim"(%1154) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %1156 = "stablehlo.multiply"(%1153, %1155) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1157 = "stablehlo.add"(%1149, %1156) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1158 = "stablehlo.constant"() { value = dense<0.7978845834732056> : tensor<f32> } : () -> tensor<f32>
    %1159 = "stablehlo.broadcast_in_dim"(%1158) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %1160 = "stablehlo.multiply"(%1157, %1159) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1161 = "stablehlo.constant"() { value = dense<0.5> : tensor<f32> } : () -> tensor<f32>
    %1162 = "stablehlo.broadcast_in_dim"(%1161) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %1163 = "stablehlo.multiply"(%1149, %1162) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1164 = "stablehlo.tanh"(%1160) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %1165 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %1166 = "stablehlo.broadcast_in_dim"(%1165) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %1167 = "stablehlo.add"(%1164, %1166) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1168 = "stablehlo.multiply"(%1163, %1167) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1169 = "stablehlo.multiply"(%1168, %1151) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1170 = "stablehlo.convert"(%arg65) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %1171 = "stablehlo.dot_general"(%1169, %1170) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %1172 = "stablehlo.reshape"(%1171) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %1173 = "stablehlo.multiply"(%1172, %1172) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1174 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %1176 = "stablehlo.reduce"(%1173, %1174) ({
      ^reductionFn(%arg436: tensor<f32>, %arg437: tensor<f32>) :
          %1175 = "stablehlo.add"(%arg436, %arg437) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1175) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %1177 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %1178 = "stablehlo.broadcast_in_dim"(%1177) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %1179 = "stablehlo.multiply"(%1176, %1178) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %1180 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %1181 = "stablehlo.broadcast_in_dim"(%1180) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %1182 = "stablehlo.add"(%1179, %1181) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %1183 = "stablehlo.rsqrt"(%1182) : (tensor<4xf32>) -> tensor<4xf32>
    %1184 = "stablehlo.convert"(%arg66) : (tensor<64xbf16>) -> tensor<64xf32>
    %1185 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %1186 = "stablehlo.broadcast_in_dim"(%1185) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %1187 = "stablehlo.add"(%1184, %1186) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1188 = "stablehlo.broadcast_in_dim"(%1183) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %1189 = "stablehlo.multiply"(%1172, %1188) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1190 = "stablehlo.broadcast_in_dim"(%1187) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %1191 = "stablehlo.multiply"(%1189, %1190) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1192 = "stablehlo.reshape"(%1191) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %1193 = "stablehlo.add"(%1126, %1192) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1194 = "stablehlo.reshape"(%1193) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %1195 = "stablehlo.multiply"(%1194, %1194) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1196 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %1198 = "stablehlo.reduce"(%1195, %1196) ({
      ^reductionFn(%arg438: tensor<f32>, %arg439: tensor<f32>) :
          %1197 = "stablehlo.add"(%arg438, %arg439) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1197) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %1199 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %1200 = "stablehlo.broadcast_in_dim"(%1199) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %1201 = "stablehlo.multiply"(%1198, %1200) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %1202 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %1203 = "stablehlo.broadcast_in_dim"(%1202) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %1204 = "stablehlo.add"(%1201, %1203) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %1205 = "stablehlo.rsqrt"(%1204) : (tensor<4xf32>) -> tensor<4xf32>
    %1206 = "stablehlo.convert"(%arg67) : (tensor<64xbf16>) -> tensor<64xf32>
    %1207 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %1208 = "stablehlo.broadcast_in_dim"(%1207) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %1209 = "stablehlo.add"(%1206, %1208) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1210 = "stablehlo.broadcast_in_dim"(%1205) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %1211 = "stablehlo.multiply"(%1194, %1210) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1212 = "stablehlo.broadcast_in_dim"(%1209) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %1213 = "stablehlo.multiply"(%1211, %1212) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1214 = "stablehlo.reshape"(%1213) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %1215 = "stablehlo.convert"(%arg68) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %1216 = "stablehlo.dot_general"(%1214, %1215) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %1217 = "stablehlo.convert"(%arg69) : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %1218 = "stablehlo.dot_general"(%1214, %1217) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<32x64xf32>) -> tensor<4x32xf32>
    %1219 = "stablehlo.convert"(%arg70) : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %1220 = "stablehlo.dot_general"(%1214, %1219) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<32x64xf32>) -> tensor<4x32xf32>
    %1221 = "stablehlo.reshape"(%1) : (tensor<4xi32>) -> tensor<4x1xi32>
    %1222 = "stablehlo.gather"(%arg288, %1221) {
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
    %1223 = "stablehlo.slice"(%1222) {
      limit_indices = array<i64: 4, 8>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %1224 = "stablehlo.broadcast_in_dim"(%1223) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x4x8xf32>
    %1225 = "stablehlo.slice"(%1222) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 8>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %1226 = "stablehlo.broadcast_in_dim"(%1225) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x4x8xf32>
    %1227 = "stablehlo.reshape"(%1216) : (tensor<4x64xf32>) -> tensor<4x4x16xf32>
    %1228 = "stablehlo.slice"(%1227) {
      limit_indices = array<i64: 4, 4, 8>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x16xf32>) -> tensor<4x4x8xf32>
    %1229 = "stablehlo.slice"(%1227) {
      limit_indices = array<i64: 4, 4, 16>,
      start_indices = array<i64: 0, 0, 8>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x16xf32>) -> tensor<4x4x8xf32>
    %1230 = "stablehlo.multiply"(%1228, %1224) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %1231 = "stablehlo.multiply"(%1229, %1226) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %1232 = "stablehlo.subtract"(%1230, %1231) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %1233 = "stablehlo.multiply"(%1229, %1224) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %1234 = "stablehlo.multiply"(%1228, %1226) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %1235 = "stablehlo.add"(%1233, %1234) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %1236 = "stablehlo.concatenate"(%1232, %1235) { dimension = 2 : i64 } : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x16xf32>
    %1237 = "stablehlo.reshape"(%1236) : (tensor<4x4x16xf32>) -> tensor<4x64xf32>
    %1238 = "stablehlo.reshape"(%1) : (tensor<4xi32>) -> tensor<4x1xi32>
    %1239 = "stablehlo.gather"(%arg288, %1238) {
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
    %1240 = "stablehlo.slice"(%1239) {
      limit_indices = array<i64: 4, 8>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %1241 = "stablehlo.broadcast_in_dim"(%1240) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %1242 = "stablehlo.slice"(%1239) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 8>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %1243 = "stablehlo.broadcast_in_dim"(%1242) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %1244 = "stablehlo.reshape"(%1218) : (tensor<4x32xf32>) -> tensor<4x2x16xf32>
    %1245 = "stablehlo.slice"(%1244) {
      limit_indices = array<i64: 4, 2, 8>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x2x16xf32>) -> tensor<4x2x8xf32>
    %1246 = "stablehlo.slice"(%1244) {
      limit_indices = array<i64: 4, 2, 16>,
      start_indices = array<i64: 0, 0, 8>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x2x16xf32>) -> tensor<4x2x8xf32>
    %1247 = "stablehlo.multiply"(%1245, %1241) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %1248 = "stablehlo.multiply"(%1246, %1243) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %1249 = "stablehlo.subtract"(%1247, %1248) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %1250 = "stablehlo.multiply"(%1246, %1241) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %1251 = "stablehlo.multiply"(%1245, %1243) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %1252 = "stablehlo.add"(%1250, %1251) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %1253 = "stablehlo.concatenate"(%1249, %1252) { dimension = 2 : i64 } : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x16xf32>
    %1254 = "stablehlo.reshape"(%1253) : (tensor<4x2x16xf32>) -> tensor<4x32xf32>
    %1255 = "stablehlo.convert"(%1254) : (tensor<4x32xf32>) -> tensor<4x32xbf16>
    %1256 = "stablehlo.scatter"(%arg301, %8, %1255) ({
      ^updateFn(%arg440: tensor<bf16>, %arg441: tensor<bf16>) :
          "stablehlo.return"(%arg441) : (tensor<bf16>) -> ()
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
    %1257 = "stablehlo.convert"(%1220) : (tensor<4x32xf32>) -> tensor<4x32xbf16>
    %1258 = "stablehlo.scatter"(%arg302, %8, %1257) ({
      ^updateFn(%arg442: tensor<bf16>, %arg443: tensor<bf16>) :
          "stablehlo.return"(%arg443) : (tensor<bf16>) -> ()
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
    %1259 = "stablehlo.reshape"(%1237) : (tensor<4x64xf32>) -> tensor<4x2x2x16xf32>
    %1260 = "stablehlo.reshape"(%2) : (tensor<4xi32>) -> tensor<4x1xi32>
    %1261 = "stablehlo.gather"(%1256, %1260) {
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
    %1262 = "stablehlo.convert"(%1261) : (tensor<4x32x32xbf16>) -> tensor<4x32x32xf32>
    %1263 = "stablehlo.reshape"(%1262) : (tensor<4x32x32xf32>) -> tensor<4x32x2x16xf32>
    %1264 = "stablehlo.reshape"(%2) : (tensor<4xi32>) -> tensor<4x1xi32>
    %1265 = "stablehlo.gather"(%1258, %1264) {
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
    %1266 = "stablehlo.convert"(%1265) : (tensor<4x32x32xbf16>) -> tensor<4x32x32xf32>
    %1267 = "stablehlo.reshape"(%1266) : (tensor<4x32x32xf32>) -> tensor<4x32x2x16xf32>
    %1268 = "stablehlo.dot_general"(%1259, %1263) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 2],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [3]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x2x2x16xf32>, tensor<4x32x2x16xf32>) -> tensor<4x2x2x32xf32>
    %1269 = "stablehlo.constant"() { value = dense<0.25> : tensor<f32> } : () -> tensor<f32>
    %1270 = "stablehlo.broadcast_in_dim"(%1269) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x2x2x32xf32>
    %1271 = "stablehlo.multiply"(%1268, %1270) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %1272 = "stablehlo.constant"() { value = dense<0.20000000298023224> : tensor<f32> } : () -> tensor<f32>
    %1273 = "stablehlo.broadcast_in_dim"(%1272) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x2x2x32xf32>
    %1274 = "stablehlo.multiply"(%1271, %1273) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %1275 = "stablehlo.tanh"(%1274) : (tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %1276 = "stablehlo.constant"() { value = dense<5.0> : tensor<f32> } : () -> tensor<f32>
    %1277 = "stablehlo.broadcast_in_dim"(%1276) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x2x2x32xf32>
    %1278 = "stablehlo.multiply"(%1275, %1277) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %1279 = "stablehlo.broadcast_in_dim"(%112) { broadcast_dimensions = array<i64: 0, 3> } : (tensor<4x32xi1>) -> tensor<4x2x2x32xi1>
    %1280 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %1281 = "stablehlo.broadcast_in_dim"(%1280) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x2x2x32xf32>
    %1282 = "stablehlo.select"(%1279, %1278, %1281) : (tensor<4x2x2x32xi1>, tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %1283 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %1285 = "stablehlo.reduce"(%1282, %1283) ({
      ^reductionFn(%arg444: tensor<f32>, %arg445: tensor<f32>) :
          %1284 = "stablehlo.maximum"(%arg444, %arg445) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1284) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<4x2x2x32xf32>, tensor<f32>) -> tensor<4x2x2xf32>
    %1286 = "stablehlo.broadcast_in_dim"(%1285) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<4x2x2xf32>) -> tensor<4x2x2x32xf32>
    %1287 = "stablehlo.subtract"(%1282, %1286) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %1288 = "stablehlo.exponential"(%1287) : (tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %1289 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %1291 = "stablehlo.reduce"(%1288, %1289) ({
      ^reductionFn(%arg446: tensor<f32>, %arg447: tensor<f32>) :
          %1290 = "stablehlo.add"(%arg446, %arg447) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1290) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<4x2x2x32xf32>, tensor<f32>) -> tensor<4x2x2xf32>
    %1292 = "stablehlo.broadcast_in_dim"(%1291) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<4x2x2xf32>) -> tensor<4x2x2x32xf32>
    %1293 = "stablehlo.divide"(%1288, %1292) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %1294 = "stablehlo.dot_general"(%1293, %1267) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 2],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x2x2x32xf32>, tensor<4x32x2x16xf32>) -> tensor<4x2x2x16xf32>
    %1295 = "stablehlo.reshape"(%1294) : (tensor<4x2x2x16xf32>) -> tensor<4x64xf32>
    %1296 = "stablehlo.convert"(%arg71) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %1297 = "stablehlo.dot_general"(%1295, %1296) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %1298 = "stablehlo.reshape"(%1297) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %1299 = "stablehlo.multiply"(%1298, %1298) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1300 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %1302 = "stablehlo.reduce"(%1299, %1300) ({
      ^reductionFn(%arg448: tensor<f32>, %arg449: tensor<f32>) :
          %1301 = "stablehlo.add"(%arg448, %arg449) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1301) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %1303 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %1304 = "stablehlo.broadcast_in_dim"(%1303) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %1305 = "stablehlo.multiply"(%1302, %1304) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %1306 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %1307 = "stablehlo.broadcast_in_dim"(%1306) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %1308 = "stablehlo.add"(%1305, %1307) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %1309 = "stablehlo.rsqrt"(%1308) : (tensor<4xf32>) -> tensor<4xf32>
    %1310 = "stablehlo.convert"(%arg72) : (tensor<64xbf16>) -> tensor<64xf32>
    %1311 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %1312 = "stablehlo.broadcast_in_dim"(%1311) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %1313 = "stablehlo.add"(%1310, %1312) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1314 = "stablehlo.broadcast_in_dim"(%1309) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %1315 = "stablehlo.multiply"(%1298, %1314) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1316 = "stablehlo.broadcast_in_dim"(%1313) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %1317 = "stablehlo.multiply"(%1315, %1316) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1318 = "stablehlo.reshape"(%1317) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %1319 = "stablehlo.add"(%1193, %1318) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1320 = "stablehlo.reshape"(%1319) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %1321 = "stablehlo.multiply"(%1320, %1320) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1322 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %1324 = "stablehlo.reduce"(%1321, %1322) ({
      ^reductionFn(%arg450: tensor<f32>, %arg451: tensor<f32>) :
          %1323 = "stablehlo.add"(%arg450, %arg451) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1323) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %1325 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %1326 = "stablehlo.broadcast_in_dim"(%1325) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %1327 = "stablehlo.multiply"(%1324, %1326) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %1328 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %1329 = "stablehlo.broadcast_in_dim"(%1328) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %1330 = "stablehlo.add"(%1327, %1329) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %1331 = "stablehlo.rsqrt"(%1330) : (tensor<4xf32>) -> tensor<4xf32>
    %1332 = "stablehlo.convert"(%arg73) : (tensor<64xbf16>) -> tensor<64xf32>
    %1333 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %1334 = "stablehlo.broadcast_in_dim"(%1333) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %1335 = "stablehlo.add"(%1332, %1334) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1336 = "stablehlo.broadcast_in_dim"(%1331) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %1337 = "stablehlo.multiply"(%1320, %1336) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1338 = "stablehlo.broadcast_in_dim"(%1335) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %1339 = "stablehlo.multiply"(%1337, %1338) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1340 = "stablehlo.reshape"(%1339) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %1341 = "stablehlo.convert"(%arg74) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %1342 = "stablehlo.dot_general"(%1340, %1341) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %1343 = "stablehlo.convert"(%arg75) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %1344 = "stablehlo.dot_general"(%1340, %1343) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %1345 = "stablehlo.multiply"(%1342, %1342) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1346 = "stablehlo.multiply"(%1345, %1342) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1347 = "stablehlo.constant"() { value = dense<0.044714998453855515> : tensor<f32> } : () -> tensor<f32>
    %1348 = "stablehlo.broadcast_in_dim"(%1347) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %1349 = "stablehlo.multiply"(%1346, %1348) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1350 = "stablehlo.add"(%1342, %1349) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1351 = "stablehlo.constant"() { value = dense<0.7978845834732056> : tensor<f32> } : () -> tensor<f32>
    %1352 = "stablehlo.broadcast_in_dim"(%1351) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %1353 = "stablehlo.multiply"(%1350, %1352) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1354 = "stablehlo.constant"() { value = dense<0.5> : tensor<f32> } : () -> tensor<f32>
    %1355 = "stablehlo.broadcast_in_dim"(%1354) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %1356 = "stablehlo.multiply"(%1342, %1355) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1357 = "stablehlo.tanh"(%1353) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %1358 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %1359 = "stablehlo.broadcast_in_dim"(%1358) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %1360 = "stablehlo.add"(%1357, %1359) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1361 = "stablehlo.multiply"(%1356, %1360) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1362 = "stablehlo.multiply"(%1361, %1344) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1363 = "stablehlo.convert"(%arg76) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %1364 = "stablehlo.dot_general"(%1362, %1363) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %1365 = "stablehlo.reshape"(%1364) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %1366 = "stablehlo.multiply"(%1365, %1365) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1367 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %1369 = "stablehlo.reduce"(%1366, %1367) ({
      ^reductionFn(%arg452: tensor<f32>, %arg453: tensor<f32>) :
          %1368 = "stablehlo.add"(%arg452, %arg453) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1368) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %1370 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %1371 = "stablehlo.broadcast_in_dim"(%1370) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %1372 = "stablehlo.multiply"(%1369, %1371) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %1373 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %1374 = "stablehlo.broadcast_in_dim"(%1373) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %1375 = "stablehlo.add"(%1372, %1374) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %1376 = "stablehlo.rsqrt"(%1375) : (tensor<4xf32>) -> tensor<4xf32>
    %1377 = "stablehlo.convert"(%arg77) : (tensor<64xbf16>) -> tensor<64xf32>
    %1378 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %1379 = "stablehlo.broadcast_in_dim"(%1378) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %1380 = "stablehlo.add"(%1377, %1379) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1381 = "stablehlo.broadcast_in_dim"(%1376) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %1382 = "stablehlo.multiply"(%1365, %1381) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1383 = "stablehlo.broadcast_in_dim"(%1380) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %1384 = "stablehlo.multiply"(%1382, %1383) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1385 = "stablehlo.reshape"(%1384) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %1386 = "stablehlo.add"(%1319, %1385) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1387 = "stablehlo.reshape"(%1386) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %1388 = "stablehlo.multiply"(%1387, %1387) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1389 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %1391 = "stablehlo.reduce"(%1388, %1389) ({
      ^reductionFn(%arg454: tensor<f32>, %arg455: tensor<f32>) :
          %1390 = "stablehlo.add"(%arg454, %arg455) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1390) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %1392 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %1393 = "stablehlo.broadcast_in_dim"(%1392) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %1394 = "stablehlo.multiply"(%1391, %1393) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %1395 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %1396 = "stablehlo.broadcast_in_dim"(%1395) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %1397 = "stablehlo.add"(%1394, %1396) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %1398 = "stablehlo.rsqrt"(%1397) : (tensor<4xf32>) -> tensor<4xf32>
    %1399 = "stablehlo.convert"(%arg78) : (tensor<64xbf16>) -> tensor<64xf32>
    %1400 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %1401 = "stablehlo.broadcast_in_dim"(%1400) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %1402 = "stablehlo.add"(%1399, %1401) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1403 = "stablehlo.broadcast_in_dim"(%1398) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %1404 = "stablehlo.multiply"(%1387, %1403) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1405 = "stablehlo.broadcast_in_dim"(%1402) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %1406 = "stablehlo.multiply"(%1404, %1405) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1407 = "stablehlo.reshape"(%1406) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %1408 = "stablehlo.convert"(%arg79) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %1409 = "stablehlo.dot_general"(%1407, %1408) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %1410 = "stablehlo.convert"(%arg80) : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %1411 = "stablehlo.dot_general"(%1407, %1410) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<32x64xf32>) -> tensor<4x32xf32>
    %1412 = "stablehlo.convert"(%arg81) : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %1413 = "stablehlo.dot_general"(%1407, %1412) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<32x64xf32>) -> tensor<4x32xf32>
    %1414 = "stablehlo.reshape"(%1) : (tensor<4xi32>) -> tensor<4x1xi32>
    %1415 = "stablehlo.gather"(%arg288, %1414) {
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
    %1416 = "stablehlo.slice"(%1415) {
      limit_indices = array<i64: 4, 8>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %1417 = "stablehlo.broadcast_in_dim"(%1416) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x4x8xf32>
    %1418 = "stablehlo.slice"(%1415) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 8>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %1419 = "stablehlo.broadcast_in_dim"(%1418) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x4x8xf32>
    %1420 = "stablehlo.reshape"(%1409) : (tensor<4x64xf32>) -> tensor<4x4x16xf32>
    %1421 = "stablehlo.slice"(%1420) {
      limit_indices = array<i64: 4, 4, 8>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x16xf32>) -> tensor<4x4x8xf32>
    %1422 = "stablehlo.slice"(%1420) {
      limit_indices = array<i64: 4, 4, 16>,
      start_indices = array<i64: 0, 0, 8>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x16xf32>) -> tensor<4x4x8xf32>
    %1423 = "stablehlo.multiply"(%1421, %1417) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %1424 = "stablehlo.multiply"(%1422, %1419) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %1425 = "stablehlo.subtract"(%1423, %1424) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %1426 = "stablehlo.multiply"(%1422, %1417) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %1427 = "stablehlo.multiply"(%1421, %1419) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %1428 = "stablehlo.add"(%1426, %1427) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %1429 = "stablehlo.concatenate"(%1425, %1428) { dimension = 2 : i64 } : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x16xf32>
    %1430 = "stablehlo.reshape"(%1429) : (tensor<4x4x16xf32>) -> tensor<4x64xf32>
    %1431 = "stablehlo.reshape"(%1) : (tensor<4xi32>) -> tensor<4x1xi32>
    %1432 = "stablehlo.gather"(%arg288, %1431) {
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
    %1433 = "stablehlo.slice"(%1432) {
      limit_indices = array<i64: 4, 8>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %1434 = "stablehlo.broadcast_in_dim"(%1433) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %1435 = "stablehlo.slice"(%1432) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 8>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %1436 = "stablehlo.broadcast_in_dim"(%1435) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %1437 = "stablehlo.reshape"(%1411) : (tensor<4x32xf32>) -> tensor<4x2x16xf32>
    %1438 = "stablehlo.slice"(%1437) {
      limit_indices = array<i64: 4, 2, 8>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x2x16xf32>) -> tensor<4x2x8xf32>
    %1439 = "stablehlo.slice"(%1437) {
      limit_indices = array<i64: 4, 2, 16>,
      start_indices = array<i64: 0, 0, 8>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x2x16xf32>) -> tensor<4x2x8xf32>
    %1440 = "stablehlo.multiply"(%1438, %1434) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %1441 = "stablehlo.multiply"(%1439, %1436) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %1442 = "stablehlo.subtract"(%1440, %1441) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %1443 = "stablehlo.multiply"(%1439, %1434) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %1444 = "stablehlo.multiply"(%1438, %1436) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %1445 = "stablehlo.add"(%1443, %1444) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %1446 = "stablehlo.concatenate"(%1442, %1445) { dimension = 2 : i64 } : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x16xf32>
    %1447 = "stablehlo.reshape"(%1446) : (tensor<4x2x16xf32>) -> tensor<4x32xf32>
    %1448 = "stablehlo.convert"(%1447) : (tensor<4x32xf32>) -> tensor<4x32xbf16>
    %1449 = "stablehlo.scatter"(%arg303, %8, %1448) ({
      ^updateFn(%arg456: tensor<bf16>, %arg457: tensor<bf16>) :
          "stablehlo.return"(%arg457) : (tensor<bf16>) -> ()
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
    %1450 = "stablehlo.convert"(%1413) : (tensor<4x32xf32>) -> tensor<4x32xbf16>
    %1451 = "stablehlo.scatter"(%arg304, %8, %1450) ({
      ^updateFn(%arg458: tensor<bf16>, %arg459: tensor<bf16>) :
          "stablehlo.return"(%arg459) : (tensor<bf16>) -> ()
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
    %1452 = "stablehlo.reshape"(%1430) : (tensor<4x64xf32>) -> tensor<4x2x2x16xf32>
    %1453 = "stablehlo.reshape"(%2) : (tensor<4xi32>) -> tensor<4x1xi32>
    %1454 = "stablehlo.gather"(%1449, %1453) {
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
    %1455 = "stablehlo.convert"(%1454) : (tensor<4x32x32xbf16>) -> tensor<4x32x32xf32>
    %1456 = "stablehlo.reshape"(%1455) : (tensor<4x32x32xf32>) -> tensor<4x32x2x16xf32>
    %1457 = "stablehlo.reshape"(%2) : (tensor<4xi32>) -> tensor<4x1xi32>
    %1458 = "stablehlo.gather"(%1451, %1457) {
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
    %1459 = "stablehlo.convert"(%1458) : (tensor<4x32x32xbf16>) -> tensor<4x32x32xf32>
    %1460 = "stablehlo.reshape"(%1459) : (tensor<4x32x32xf32>) -> tensor<4x32x2x16xf32>
    %1461 = "stablehlo.dot_general"(%1452, %1456) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 2],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [3]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x2x2x16xf32>, tensor<4x32x2x16xf32>) -> tensor<4x2x2x32xf32>
    %1462 = "stablehlo.constant"() { value = dense<0.25> : tensor<f32> } : () -> tensor<f32>
    %1463 = "stablehlo.broadcast_in_dim"(%1462) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x2x2x32xf32>
    %1464 = "stablehlo.multiply"(%1461, %1463) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %1465 = "stablehlo.constant"() { value = dense<0.20000000298023224> : tensor<f32> } : () -> tensor<f32>
    %1466 = "stablehlo.broadcast_in_dim"(%1465) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x2x2x32xf32>
    %1467 = "stablehlo.multiply"(%1464, %1466) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %1468 = "stablehlo.tanh"(%1467) : (tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %1469 = "stablehlo.constant"() { value = dense<5.0> : tensor<f32> } : () -> tensor<f32>
    %1470 = "stablehlo.broadcast_in_dim"(%1469) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x2x2x32xf32>
    %1471 = "stablehlo.multiply"(%1468, %1470) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %1472 = "stablehlo.broadcast_in_dim"(%313) { broadcast_dimensions = array<i64: 0, 3> } : (tensor<4x32xi1>) -> tensor<4x2x2x32xi1>
    %1473 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %1474 = "stablehlo.broadcast_in_dim"(%1473) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x2x2x32xf32>
    %1475 = "stablehlo.select"(%1472, %1471, %1474) : (tensor<4x2x2x32xi1>, tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %1476 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %1478 = "stablehlo.reduce"(%1475, %1476) ({
      ^reductionFn(%arg460: tensor<f32>, %arg461: tensor<f32>) :
          %1477 = "stablehlo.maximum"(%arg460, %arg461) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1477) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<4x2x2x32xf32>, tensor<f32>) -> tensor<4x2x2xf32>
    %1479 = "stablehlo.broadcast_in_dim"(%1478) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<4x2x2xf32>) -> tensor<4x2x2x32xf32>
    %1480 = "stablehlo.subtract"(%1475, %1479) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %1481 = "stablehlo.exponential"(%1480) : (tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %1482 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %1484 = "stablehlo.reduce"(%1481, %1482) ({
      ^reductionFn(%arg462: tensor<f32>, %arg463: tensor<f32>) :
          %1483 = "stablehlo.add"(%arg462, %arg463) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1483) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<4x2x2x32xf32>, tensor<f32>) -> tensor<4x2x2xf32>
    %1485 = "stablehlo.broadcast_in_dim"(%1484) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<4x2x2xf32>) -> tensor<4x2x2x32xf32>
    %1486 = "stablehlo.divide"(%1481, %1485) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %1487 = "stablehlo.dot_general"(%1486, %1460) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 2],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x2x2x32xf32>, tensor<4x32x2x16xf32>) -> tensor<4x2x2x16xf32>
    %1488 = "stablehlo.reshape"(%1487) : (tensor<4x2x2x16xf32>) -> tensor<4x64xf32>
    %1489 = "stablehlo.convert"(%arg82) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %1490 = "stablehlo.dot_general"(%1488, %1489) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %1491 = "stablehlo.reshape"(%1490) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %1492 = "stablehlo.multiply"(%1491, %1491) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1493 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %1495 = "stablehlo.reduce"(%1492, %1493) ({
      ^reductionFn(%arg464: tensor<f32>, %arg465: tensor<f32>) :
          %1494 = "stablehlo.add"(%arg464, %arg465) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1494) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %1496 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %1497 = "stablehlo.broadcast_in_dim"(%1496) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %1498 = "stablehlo.multiply"(%1495, %1497) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %1499 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %1500 = "stablehlo.broadcast_in_dim"(%1499) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %1501 = "stablehlo.add"(%1498, %1500) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %1502 = "stablehlo.rsqrt"(%1501) : (tensor<4xf32>) -> tensor<4xf32>
    %1503 = "stablehlo.convert"(%arg83) : (tensor<64xbf16>) -> tensor<64xf32>
    %1504 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %1505 = "stablehlo.broadcast_in_dim"(%1504) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %1506 = "stablehlo.add"(%1503, %1505) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1507 = "stablehlo.broadcast_in_dim"(%1502) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %1508 = "stablehlo.multiply"(%1491, %1507) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1509 = "stablehlo.broadcast_in_dim"(%1506) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %1510 = "stablehlo.multiply"(%1508, %1509) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1511 = "stablehlo.reshape"(%1510) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %1512 = "stablehlo.add"(%1386, %1511) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1513 = "stablehlo.reshape"(%1512) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %1514 = "stablehlo.multiply"(%1513, %1513) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1515 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %1517 = "stablehlo.reduce"(%1514, %1515) ({
      ^reductionFn(%arg466: tensor<f32>, %arg467: tensor<f32>) :
          %1516 = "stablehlo.add"(%arg466, %arg467) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1516) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %1518 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %1519 = "stablehlo.broadcast_in_dim"(%1518) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %1520 = "stablehlo.multiply"(%1517, %1519) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %1521 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %1522 = "stablehlo.broadcast_in_dim"(%1521) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %1523 = "stablehlo.add"(%1520, %1522) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %1524 = "stablehlo.rsqrt"(%1523) : (tensor<4xf32>) -> tensor<4xf32>
    %1525 = "stablehlo.convert"(%arg84) : (tensor<64xbf16>) -> tensor<64xf32>
    %1526 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %1527 = "stablehlo.broadcast_in_dim"(%1526) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %1528 = "stablehlo.add"(%1525, %1527) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1529 = "stablehlo.broadcast_in_dim"(%1524) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %1530 = "stablehlo.multiply"(%1513, %1529) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1531 = "stablehlo.broadcast_in_dim"(%1528) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %1532 = "stablehlo.multiply"(%1530, %1531) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1533 = "stablehlo.reshape"(%1532) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %1534 = "stablehlo.convert"(%arg85) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %1535 = "stablehlo.dot_general"(%1533, %1534) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %1536 = "stablehlo.convert"(%arg86) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %1537 = "stablehlo.dot_general"(%1533, %1536) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %1538 = "stablehlo.multiply"(%1535, %1535) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1539 = "stablehlo.multiply"(%1538, %1535) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1540 = "stablehlo.constant"() { value = dense<0.044714998453855515> : tensor<f32> } : () -> tensor<f32>
    %1541 = "stablehlo.broadcast_in_dim"(%1540) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %1542 = "stablehlo.multiply"(%1539, %1541) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1543 = "stablehlo.add"(%1535, %1542) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1544 = "stablehlo.constant"() { value = dense<0.7978845834732056> : tensor<f32> } : () -> tensor<f32>
    %1545 = "stablehlo.broadcast_in_dim"(%1544) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %1546 = "stablehlo.multiply"(%1543, %1545) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1547 = "stablehlo.constant"() { value = dense<0.5> : tensor<f32> } : () -> tensor<f32>
    %1548 = "stablehlo.broadcast_in_dim"(%1547) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %1549 = "stablehlo.multiply"(%1535, %1548) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1550 = "stablehlo.tanh"(%1546) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %1551 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %1552 = "stablehlo.broadcast_in_dim"(%1551) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %1553 = "stablehlo.add"(%1550, %1552) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1554 = "stablehlo.multiply"(%1549, %1553) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1555 = "stablehlo.multiply"(%1554, %1537) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1556 = "stablehlo.convert"(%arg87) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %1557 = "stablehlo.dot_general"(%1555, %1556) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %1558 = "stablehlo.reshape"(%1557) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %1559 = "stablehlo.multiply"(%1558, %1558) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1560 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %1562 = "stablehlo.reduce"(%1559, %1560) ({
      ^reductionFn(%arg468: tensor<f32>, %arg469: tensor<f32>) :
          %1561 = "stablehlo.add"(%arg468, %arg469) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1561) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %1563 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %1564 = "stablehlo.broadcast_in_dim"(%1563) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %1565 = "stablehlo.multiply"(%1562, %1564) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %1566 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %1567 = "stablehlo.broadcast_in_dim"(%1566) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %1568 = "stablehlo.add"(%1565, %1567) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %1569 = "stablehlo.rsqrt"(%1568) : (tensor<4xf32>) -> tensor<4xf32>
    %1570 = "stablehlo.convert"(%arg88) : (tensor<64xbf16>) -> tensor<64xf32>
    %1571 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %1572 = "stablehlo.broadcast_in_dim"(%1571) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %1573 = "stablehlo.add"(%1570, %1572) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1574 = "stablehlo.broadcast_in_dim"(%1569) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %1575 = "stablehlo.multiply"(%1558, %1574) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1576 = "stablehlo.broadcast_in_dim"(%1573) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %1577 = "stablehlo.multiply"(%1575, %1576) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1578 = "stablehlo.reshape"(%1577) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %1579 = "stablehlo.add"(%1512, %1578) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1580 = "stablehlo.reshape"(%1579) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %1581 = "stablehlo.multiply"(%1580, %1580) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1582 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %1584 = "stablehlo.reduce"(%1581, %1582) ({
      ^reductionFn(%arg470: tensor<f32>, %arg471: tensor<f32>) :
          %1583 = "stablehlo.add"(%arg470, %arg471) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1583) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %1585 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %1586 = "stablehlo.broadcast_in_dim"(%1585) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %1587 = "stablehlo.multiply"(%1584, %1586) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %1588 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %1589 = "stablehlo.broadcast_in_dim"(%1588) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %1590 = "stablehlo.add"(%1587, %1589) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %1591 = "stablehlo.rsqrt"(%1590) : (tensor<4xf32>) -> tensor<4xf32>
    %1592 = "stablehlo.convert"(%arg89) : (tensor<64xbf16>) -> tensor<64xf32>
    %1593 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %1594 = "stablehlo.broadcast_in_dim"(%1593) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %1595 = "stablehlo.add"(%1592, %1594) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1596 = "stablehlo.broadcast_in_dim"(%1591) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %1597 = "stablehlo.multiply"(%1580, %1596) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1598 = "stablehlo.broadcast_in_dim"(%1595) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %1599 = "stablehlo.multiply"(%1597, %1598) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1600 = "stablehlo.reshape"(%1599) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %1601 = "stablehlo.convert"(%arg90) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %1602 = "stablehlo.dot_general"(%1600, %1601) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %1603 = "stablehlo.convert"(%arg91) : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %1604 = "stablehlo.dot_general"(%1600, %1603) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<32x64xf32>) -> tensor<4x32xf32>
    %1605 = "stablehlo.convert"(%arg92) : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %1606 = "stablehlo.dot_general"(%1600, %1605) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<32x64xf32>) -> tensor<4x32xf32>
    %1607 = "stablehlo.reshape"(%1) : (tensor<4xi32>) -> tensor<4x1xi32>
    %1608 = "stablehlo.gather"(%arg288, %1607) {
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
    %1609 = "stablehlo.slice"(%1608) {
      limit_indices = array<i64: 4, 8>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %1610 = "stablehlo.broadcast_in_dim"(%1609) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x4x8xf32>
    %1611 = "stablehlo.slice"(%1608) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 8>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %1612 = "stablehlo.broadcast_in_dim"(%1611) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x4x8xf32>
    %1613 = "stablehlo.reshape"(%1602) : (tensor<4x64xf32>) -> tensor<4x4x16xf32>
    %1614 = "stablehlo.slice"(%1613) {
      limit_indices = array<i64: 4, 4, 8>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x16xf32>) -> tensor<4x4x8xf32>
    %1615 = "stablehlo.slice"(%1613) {
      limit_indices = array<i64: 4, 4, 16>,
      start_indices = array<i64: 0, 0, 8>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x16xf32>) -> tensor<4x4x8xf32>
    %1616 = "stablehlo.multiply"(%1614, %1610) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %1617 = "stablehlo.multiply"(%1615, %1612) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %1618 = "stablehlo.subtract"(%1616, %1617) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %1619 = "stablehlo.multiply"(%1615, %1610) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %1620 = "stablehlo.multiply"(%1614, %1612) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %1621 = "stablehlo.add"(%1619, %1620) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %1622 = "stablehlo.concatenate"(%1618, %1621) { dimension = 2 : i64 } : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x16xf32>
    %1623 = "stablehlo.reshape"(%1622) : (tensor<4x4x16xf32>) -> tensor<4x64xf32>
    %1624 = "stablehlo.reshape"(%1) : (tensor<4xi32>) -> tensor<4x1xi32>
    %1625 = "stablehlo.gather"(%arg288, %1624) {
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
    %1626 = "stablehlo.slice"(%1625) {
      limit_indices = array<i64: 4, 8>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %1627 = "stablehlo.broadcast_in_dim"(%1626) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %1628 = "stablehlo.slice"(%1625) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 8>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %1629 = "stablehlo.broadcast_in_dim"(%1628) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %1630 = "stablehlo.reshape"(%1604) : (tensor<4x32xf32>) -> tensor<4x2x16xf32>
    %1631 = "stablehlo.slice"(%1630) {
      limit_indices = array<i64: 4, 2, 8>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x2x16xf32>) -> tensor<4x2x8xf32>
    %1632 = "stablehlo.slice"(%1630) {
      limit_indices = array<i64: 4, 2, 16>,
      start_indices = array<i64: 0, 0, 8>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x2x16xf32>) -> tensor<4x2x8xf32>
    %1633 = "stablehlo.multiply"(%1631, %1627) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %1634 = "stablehlo.multiply"(%1632, %1629) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %1635 = "stablehlo.subtract"(%1633, %1634) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %1636 = "stablehlo.multiply"(%1632, %1627) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %1637 = "stablehlo.multiply"(%1631, %1629) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %1638 = "stablehlo.add"(%1636, %1637) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %1639 = "stablehlo.concatenate"(%1635, %1638) { dimension = 2 : i64 } : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x16xf32>
    %1640 = "stablehlo.reshape"(%1639) : (tensor<4x2x16xf32>) -> tensor<4x32xf32>
    %1641 = "stablehlo.convert"(%1640) : (tensor<4x32xf32>) -> tensor<4x32xbf16>
    %1642 = "stablehlo.scatter"(%arg305, %8, %1641) ({
      ^updateFn(%arg472: tensor<bf16>, %arg473: tensor<bf16>) :
          "stablehlo.return"(%arg473) : (tensor<bf16>) -> ()
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
    %1643 = "stablehlo.convert"(%1606) : (tensor<4x32xf32>) -> tensor<4x32xbf16>
    %1644 = "stablehlo.scatter"(%arg306, %8, %1643) ({
      ^updateFn(%arg474: tensor<bf16>, %arg475: tensor<bf16>) :
          "stablehlo.return"(%arg475) : (tensor<bf16>) -> ()
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
    %1645 = "stablehlo.reshape"(%1623) : (tensor<4x64xf32>) -> tensor<4x2x2x16xf32>
    %1646 = "stablehlo.reshape"(%2) : (tensor<4xi32>) -> tensor<4x1xi32>
    %1647 = "stablehlo.gather"(%1642, %1646) {
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
    %1648 = "stablehlo.convert"(%1647) : (tensor<4x32x32xbf16>) -> tensor<4x32x32xf32>
    %1649 = "stablehlo.reshape"(%1648) : (tensor<4x32x32xf32>) -> tensor<4x32x2x16xf32>
    %1650 = "stablehlo.reshape"(%2) : (tensor<4xi32>) -> tensor<4x1xi32>
    %1651 = "stablehlo.gather"(%1644, %1650) {
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
    %1652 = "stablehlo.convert"(%1651) : (tensor<4x32x32xbf16>) -> tensor<4x32x32xf32>
    %1653 = "stablehlo.reshape"(%1652) : (tensor<4x32x32xf32>) -> tensor<4x32x2x16xf32>
    %1654 = "stablehlo.dot_general"(%1645, %1649) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 2],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [3]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x2x2x16xf32>, tensor<4x32x2x16xf32>) -> tensor<4x2x2x32xf32>
    %1655 = "stablehlo.constant"() { value = dense<0.25> : tensor<f32> } : () -> tensor<f32>
    %1656 = "stablehlo.broadcast_in_dim"(%1655) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x2x2x32xf32>
    %1657 = "stablehlo.multiply"(%1654, %1656) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %1658 = "stablehlo.constant"() { value = dense<0.20000000298023224> : tensor<f32> } : () -> tensor<f32>
    %1659 = "stablehlo.broadcast_in_dim"(%1658) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x2x2x32xf32>
    %1660 = "stablehlo.multiply"(%1657, %1659) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %1661 = "stablehlo.tanh"(%1660) : (tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %1662 = "stablehlo.constant"() { value = dense<5.0> : tensor<f32> } : () -> tensor<f32>
    %1663 = "stablehlo.broadcast_in_dim"(%1662) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x2x2x32xf32>
    %1664 = "stablehlo.multiply"(%1661, %1663) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %1665 = "stablehlo.broadcast_in_dim"(%112) { broadcast_dimensions = array<i64: 0, 3> } : (tensor<4x32xi1>) -> tensor<4x2x2x32xi1>
    %1666 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %1667 = "stablehlo.broadcast_in_dim"(%1666) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x2x2x32xf32>
    %1668 = "stablehlo.select"(%1665, %1664, %1667) : (tensor<4x2x2x32xi1>, tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %1669 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %1671 = "stablehlo.reduce"(%1668, %1669) ({
      ^reductionFn(%arg476: tensor<f32>, %arg477: tensor<f32>) :
          %1670 = "stablehlo.maximum"(%arg476, %arg477) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1670) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<4x2x2x32xf32>, tensor<f32>) -> tensor<4x2x2xf32>
    %1672 = "stablehlo.broadcast_in_dim"(%1671) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<4x2x2xf32>) -> tensor<4x2x2x32xf32>
    %1673 = "stablehlo.subtract"(%1668, %1672) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %1674 = "stablehlo.exponential"(%1673) : (tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %1675 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %1677 = "stablehlo.reduce"(%1674, %1675) ({
      ^reductionFn(%arg478: tensor<f32>, %arg479: tensor<f32>) :
          %1676 = "stablehlo.add"(%arg478, %arg479) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1676) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<4x2x2x32xf32>, tensor<f32>) -> tensor<4x2x2xf32>
    %1678 = "stablehlo.broadcast_in_dim"(%1677) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<4x2x2xf32>) -> tensor<4x2x2x32xf32>
    %1679 = "stablehlo.divide"(%1674, %1678) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %1680 = "stablehlo.dot_general"(%1679, %1653) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 2],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x2x2x32xf32>, tensor<4x32x2x16xf32>) -> tensor<4x2x2x16xf32>
    %1681 = "stablehlo.reshape"(%1680) : (tensor<4x2x2x16xf32>) -> tensor<4x64xf32>
    %1682 = "stablehlo.convert"(%arg93) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %1683 = "stablehlo.dot_general"(%1681, %1682) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %1684 = "stablehlo.reshape"(%1683) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %1685 = "stablehlo.multiply"(%1684, %1684) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1686 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %1688 = "stablehlo.reduce"(%1685, %1686) ({
      ^reductionFn(%arg480: tensor<f32>, %arg481: tensor<f32>) :
          %1687 = "stablehlo.add"(%arg480, %arg481) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1687) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %1689 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %1690 = "stablehlo.broadcast_in_dim"(%1689) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %1691 = "stablehlo.multiply"(%1688, %1690) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %1692 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %1693 = "stablehlo.broadcast_in_dim"(%1692) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %1694 = "stablehlo.add"(%1691, %1693) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %1695 = "stablehlo.rsqrt"(%1694) : (tensor<4xf32>) -> tensor<4xf32>
    %1696 = "stablehlo.convert"(%arg94) : (tensor<64xbf16>) -> tensor<64xf32>
    %1697 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %1698 = "stablehlo.broadcast_in_dim"(%1697) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %1699 = "stablehlo.add"(%1696, %1698) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1700 = "stablehlo.broadcast_in_dim"(%1695) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %1701 = "stablehlo.multiply"(%1684, %1700) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1702 = "stablehlo.broadcast_in_dim"(%1699) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %1703 = "stablehlo.multiply"(%1701, %1702) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1704 = "stablehlo.reshape"(%1703) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %1705 = "stablehlo.add"(%1579, %1704) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1706 = "stablehlo.reshape"(%1705) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %1707 = "stablehlo.multiply"(%1706, %1706) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1708 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %1710 = "stablehlo.reduce"(%1707, %1708) ({
      ^reductionFn(%arg482: tensor<f32>, %arg483: tensor<f32>) :
          %1709 = "stablehlo.add"(%arg482, %arg483) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1709) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %1711 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %1712 = "stablehlo.broadcast_in_dim"(%1711) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %1713 = "stablehlo.multiply"(%1710, %1712) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %1714 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %1715 = "stablehlo.broadcast_in_dim"(%1714) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %1716 = "stablehlo.add"(%1713, %1715) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %1717 = "stablehlo.rsqrt"(%1716) : (tensor<4xf32>) -> tensor<4xf32>
    %1718 = "stablehlo.convert"(%arg95) : (tensor<64xbf16>) -> tensor<64xf32>
    %1719 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %1720 = "stablehlo.broadcast_in_dim"(%1719) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %1721 = "stablehlo.add"(%1718, %1720) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1722 = "stablehlo.broadcast_in_dim"(%1717) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %1723 = "stablehlo.multiply"(%1706, %1722) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1724 = "stablehlo.broadcast_in_dim"(%1721) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %1725 = "stablehlo.multiply"(%1723, %1724) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1726 = "stablehlo.reshape"(%1725) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %1727 = "stablehlo.convert"(%arg96) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %1728 = "stablehlo.dot_general"(%1726, %1727) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %1729 = "stablehlo.convert"(%arg97) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %1730 = "stablehlo.dot_general"(%1726, %1729) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %1731 = "stablehlo.multiply"(%1728, %1728) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1732 = "stablehlo.multiply"(%1731, %1728) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1733 = "stablehlo.constant"() { value = dense<0.044714998453855515> : tensor<f32> } : () -> tensor<f32>
    %1734 = "stablehlo.broadcast_in_dim"(%1733) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %1735 = "stablehlo.multiply"(%1732, %1734) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1736 = "stablehlo.add"(%1728, %1735) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1737 = "stablehlo.constant"() { value = dense<0.7978845834732056> : tensor<f32> } : () -> tensor<f32>
    %1738 = "stablehlo.broadcast_in_dim"(%1737) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %1739 = "stablehlo.multiply"(%1736, %1738) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1740 = "stablehlo.constant"() { value = dense<0.5> : tensor<f32> } : () -> tensor<f32>
    %1741 = "stablehlo.broadcast_in_dim"(%1740) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %1742 = "stablehlo.multiply"(%1728, %1741) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1743 = "stablehlo.tanh"(%1739) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %1744 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %1745 = "stablehlo.broadcast_in_dim"(%1744) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %1746 = "stablehlo.add"(%1743, %1745) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1747 = "stablehlo.multiply"(%1742, %1746) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1748 = "stablehlo.multiply"(%1747, %1730) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1749 = "stablehlo.convert"(%arg98) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %1750 = "stablehlo.dot_general"(%1748, %1749) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %1751 = "stablehlo.reshape"(%1750) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %1752 = "stablehlo.multiply"(%1751, %1751) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1753 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %1755 = "stablehlo.reduce"(%1752, %1753) ({
      ^reductionFn(%arg484: tensor<f32>, %arg485: tensor<f32>) :
          %1754 = "stablehlo.add"(%arg484, %arg485) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1754) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %1756 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %1757 = "stablehlo.broadcast_in_dim"(%1756) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %1758 = "stablehlo.multiply"(%1755, %1757) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %1759 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %1760 = "stablehlo.broadcast_in_dim"(%1759) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %1761 = "stablehlo.add"(%1758, %1760) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %1762 = "stablehlo.rsqrt"(%1761) : (tensor<4xf32>) -> tensor<4xf32>
    %1763 = "stablehlo.convert"(%arg99) : (tensor<64xbf16>) -> tensor<64xf32>
    %1764 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %1765 = "stablehlo.broadcast_in_dim"(%1764) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %1766 = "stablehlo.add"(%1763, %1765) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1767 = "stablehlo.broadcast_in_dim"(%1762) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %1768 = "stablehlo.multiply"(%1751, %1767) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1769 = "stablehlo.broadcast_in_dim"(%1766) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %1770 = "stablehlo.multiply"(%1768, %1769) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1771 = "stablehlo.reshape"(%1770) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %1772 = "stablehlo.add"(%1705, %1771) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1773 = "stablehlo.reshape"(%1772) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %1774 = "stablehlo.multiply"(%1773, %1773) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1775 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %1777 = "stablehlo.reduce"(%1774, %1775) ({
      ^reductionFn(%arg486: tensor<f32>, %arg487: tensor<f32>) :
          %1776 = "stablehlo.add"(%arg486, %arg487) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1776) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %1778 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %1779 = "stablehlo.broadcast_in_dim"(%1778) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %1780 = "stablehlo.multiply"(%1777, %1779) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %1781 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %1782 = "stablehlo.broadcast_in_dim"(%1781) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %1783 = "stablehlo.add"(%1780, %1782) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %1784 = "stablehlo.rsqrt"(%1783) : (tensor<4xf32>) -> tensor<4xf32>
    %1785 = "stablehlo.convert"(%arg100) : (tensor<64xbf16>) -> tensor<64xf32>
    %1786 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %1787 = "stablehlo.broadcast_in_dim"(%1786) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %1788 = "stablehlo.add"(%1785, %1787) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1789 = "stablehlo.broadcast_in_dim"(%1784) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %1790 = "stablehlo.multiply"(%1773, %1789) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1791 = "stablehlo.broadcast_in_dim"(%1788) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %1792 = "stablehlo.multiply"(%1790, %1791) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1793 = "stablehlo.reshape"(%1792) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %1794 = "stablehlo.convert"(%arg101) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %1795 = "stablehlo.dot_general"(%1793, %1794) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %1796 = "stablehlo.convert"(%arg102) : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %1797 = "stablehlo.dot_general"(%1793, %1796) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<32x64xf32>) -> tensor<4x32xf32>
    %1798 = "stablehlo.convert"(%arg103) : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %1799 = "stablehlo.dot_general"(%1793, %1798) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<32x64xf32>) -> tensor<4x32xf32>
    %1800 = "stablehlo.reshape"(%1) : (tensor<4xi32>) -> tensor<4x1xi32>
    %1801 = "stablehlo.gather"(%arg288, %1800) {
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
    %1802 = "stablehlo.slice"(%1801) {
      limit_indices = array<i64: 4, 8>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %1803 = "stablehlo.broadcast_in_dim"(%1802) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x4x8xf32>
    %1804 = "stablehlo.slice"(%1801) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 8>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %1805 = "stablehlo.broadcast_in_dim"(%1804) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x4x8xf32>
    %1806 = "stablehlo.reshape"(%1795) : (tensor<4x64xf32>) -> tensor<4x4x16xf32>
    %1807 = "stablehlo.slice"(%1806) {
      limit_indices = array<i64: 4, 4, 8>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x16xf32>) -> tensor<4x4x8xf32>
    %1808 = "stablehlo.slice"(%1806) {
      limit_indices = array<i64: 4, 4, 16>,
      start_indices = array<i64: 0, 0, 8>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x16xf32>) -> tensor<4x4x8xf32>
    %1809 = "stablehlo.multiply"(%1807, %1803) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %1810 = "stablehlo.multiply"(%1808, %1805) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %1811 = "stablehlo.subtract"(%1809, %1810) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %1812 = "stablehlo.multiply"(%1808, %1803) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %1813 = "stablehlo.multiply"(%1807, %1805) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %1814 = "stablehlo.add"(%1812, %1813) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %1815 = "stablehlo.concatenate"(%1811, %1814) { dimension = 2 : i64 } : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x16xf32>
    %1816 = "stablehlo.reshape"(%1815) : (tensor<4x4x16xf32>) -> tensor<4x64xf32>
    %1817 = "stablehlo.reshape"(%1) : (tensor<4xi32>) -> tensor<4x1xi32>
    %1818 = "stablehlo.gather"(%arg288, %1817) {
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
    %1819 = "stablehlo.slice"(%1818) {
      limit_indices = array<i64: 4, 8>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %1820 = "stablehlo.broadcast_in_dim"(%1819) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %1821 = "stablehlo.slice"(%1818) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 8>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %1822 = "stablehlo.broadcast_in_dim"(%1821) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %1823 = "stablehlo.reshape"(%1797) : (tensor<4x32xf32>) -> tensor<4x2x16xf32>
    %1824 = "stablehlo.slice"(%1823) {
      limit_indices = array<i64: 4, 2, 8>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x2x16xf32>) -> tensor<4x2x8xf32>
    %1825 = "stablehlo.slice"(%1823) {
      limit_indices = array<i64: 4, 2, 16>,
      start_indices = array<i64: 0, 0, 8>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x2x16xf32>) -> tensor<4x2x8xf32>
    %1826 = "stablehlo.multiply"(%1824, %1820) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %1827 = "stablehlo.multiply"(%1825, %1822) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %1828 = "stablehlo.subtract"(%1826, %1827) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %1829 = "stablehlo.multiply"(%1825, %1820) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %1830 = "stablehlo.multiply"(%1824, %1822) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %1831 = "stablehlo.add"(%1829, %1830) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %1832 = "stablehlo.concatenate"(%1828, %1831) { dimension = 2 : i64 } : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x16xf32>
    %1833 = "stablehlo.reshape"(%1832) : (tensor<4x2x16xf32>) -> tensor<4x32xf32>
    %1834 = "stablehlo.convert"(%1833) : (tensor<4x32xf32>) -> tensor<4x32xbf16>
    %1835 = "stablehlo.scatter"(%arg307, %8, %1834) ({
      ^updateFn(%arg488: tensor<bf16>, %arg489: tensor<bf16>) :
          "stablehlo.return"(%arg489) : (tensor<bf16>) -> ()
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
    %1836 = "stablehlo.convert"(%1799) : (tensor<4x32xf32>) -> tensor<4x32xbf16>
    %1837 = "stablehlo.scatter"(%arg308, %8, %1836) ({
      ^updateFn(%arg490: tensor<bf16>, %arg491: tensor<bf16>) :
          "stablehlo.return"(%arg491) : (tensor<bf16>) -> ()
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
    %1838 = "stablehlo.reshape"(%1816) : (tensor<4x64xf32>) -> tensor<4x2x2x16xf32>
    %1839 = "stablehlo.reshape"(%2) : (tensor<4xi32>) -> tensor<4x1xi32>
    %1840 = "stablehlo.gather"(%1835, %1839) {
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
    %1841 = "stablehlo.convert"(%1840) : (tensor<4x32x32xbf16>) -> tensor<4x32x32xf32>
    %1842 = "stablehlo.reshape"(%1841) : (tensor<4x32x32xf32>) -> tensor<4x32x2x16xf32>
    %1843 = "stablehlo.reshape"(%2) : (tensor<4xi32>) -> tensor<4x1xi32>
    %1844 = "stablehlo.gather"(%1837, %1843) {
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
    %1845 = "stablehlo.convert"(%1844) : (tensor<4x32x32xbf16>) -> tensor<4x32x32xf32>
    %1846 = "stablehlo.reshape"(%1845) : (tensor<4x32x32xf32>) -> tensor<4x32x2x16xf32>
    %1847 = "stablehlo.dot_general"(%1838, %1842) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 2],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [3]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x2x2x16xf32>, tensor<4x32x2x16xf32>) -> tensor<4x2x2x32xf32>
    %1848 = "stablehlo.constant"() { value = dense<0.25> : tensor<f32> } : () -> tensor<f32>
    %1849 = "stablehlo.broadcast_in_dim"(%1848) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x2x2x32xf32>
    %1850 = "stablehlo.multiply"(%1847, %1849) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %1851 = "stablehlo.constant"() { value = dense<0.20000000298023224> : tensor<f32> } : () -> tensor<f32>
    %1852 = "stablehlo.broadcast_in_dim"(%1851) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x2x2x32xf32>
    %1853 = "stablehlo.multiply"(%1850, %1852) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %1854 = "stablehlo.tanh"(%1853) : (tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %1855 = "stablehlo.constant"() { value = dense<5.0> : tensor<f32> } : () -> tensor<f32>
    %1856 = "stablehlo.broadcast_in_dim"(%1855) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x2x2x32xf32>
    %1857 = "stablehlo.multiply"(%1854, %1856) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %1858 = "stablehlo.broadcast_in_dim"(%313) { broadcast_dimensions = array<i64: 0, 3> } : (tensor<4x32xi1>) -> tensor<4x2x2x32xi1>
    %1859 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %1860 = "stablehlo.broadcast_in_dim"(%1859) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x2x2x32xf32>
    %1861 = "stablehlo.select"(%1858, %1857, %1860) : (tensor<4x2x2x32xi1>, tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %1862 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %1864 = "stablehlo.reduce"(%1861, %1862) ({
      ^reductionFn(%arg492: tensor<f32>, %arg493: tensor<f32>) :
          %1863 = "stablehlo.maximum"(%arg492, %arg493) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1863) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<4x2x2x32xf32>, tensor<f32>) -> tensor<4x2x2xf32>
    %1865 = "stablehlo.broadcast_in_dim"(%1864) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<4x2x2xf32>) -> tensor<4x2x2x32xf32>
    %1866 = "stablehlo.subtract"(%1861, %1865) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %1867 = "stablehlo.exponential"(%1866) : (tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %1868 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %1870 = "stablehlo.reduce"(%1867, %1868) ({
      ^reductionFn(%arg494: tensor<f32>, %arg495: tensor<f32>) :
          %1869 = "stablehlo.add"(%arg494, %arg495) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1869) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<4x2x2x32xf32>, tensor<f32>) -> tensor<4x2x2xf32>
    %1871 = "stablehlo.broadcast_in_dim"(%1870) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<4x2x2xf32>) -> tensor<4x2x2x32xf32>
    %1872 = "stablehlo.divide"(%1867, %1871) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %1873 = "stablehlo.dot_general"(%1872, %1846) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 2],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x2x2x32xf32>, tensor<4x32x2x16xf32>) -> tensor<4x2x2x16xf32>
    %1874 = "stablehlo.reshape"(%1873) : (tensor<4x2x2x16xf32>) -> tensor<4x64xf32>
    %1875 = "stablehlo.convert"(%arg104) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %1876 = "stablehlo.dot_general"(%1874, %1875) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %1877 = "stablehlo.reshape"(%1876) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %1878 = "stablehlo.multiply"(%1877, %1877) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1879 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %1881 = "stablehlo.reduce"(%1878, %1879) ({
      ^reductionFn(%arg496: tensor<f32>, %arg497: tensor<f32>) :
          %1880 = "stablehlo.add"(%arg496, %arg497) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1880) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %1882 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %1883 = "stablehlo.broadcast_in_dim"(%1882) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %1884 = "stablehlo.multiply"(%1881, %1883) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %1885 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %1886 = "stablehlo.broadcast_in_dim"(%1885) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %1887 = "stablehlo.add"(%1884, %1886) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %1888 = "stablehlo.rsqrt"(%1887) : (tensor<4xf32>) -> tensor<4xf32>
    %1889 = "stablehlo.convert"(%arg105) : (tensor<64xbf16>) -> tensor<64xf32>
    %1890 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %1891 = "stablehlo.broadcast_in_dim"(%1890) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %1892 = "stablehlo.add"(%1889, %1891) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1893 = "stablehlo.broadcast_in_dim"(%1888) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %1894 = "stablehlo.multiply"(%1877, %1893) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1895 = "stablehlo.broadcast_in_dim"(%1892) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %1896 = "stablehlo.multiply"(%1894, %1895) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1897 = "stablehlo.reshape"(%1896) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %1898 = "stablehlo.add"(%1772, %1897) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1899 = "stablehlo.reshape"(%1898) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %1900 = "stablehlo.multiply"(%1899, %1899) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1901 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %1903 = "stablehlo.reduce"(%1900, %1901) ({
      ^reductionFn(%arg498: tensor<f32>, %arg499: tensor<f32>) :
          %1902 = "stablehlo.add"(%arg498, %arg499) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1902) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %1904 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %1905 = "stablehlo.broadcast_in_dim"(%1904) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %1906 = "stablehlo.multiply"(%1903, %1905) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %1907 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %1908 = "stablehlo.broadcast_in_dim"(%1907) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %1909 = "stablehlo.add"(%1906, %1908) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %1910 = "stablehlo.rsqrt"(%1909) : (tensor<4xf32>) -> tensor<4xf32>
    %1911 = "stablehlo.convert"(%arg106) : (tensor<64xbf16>) -> tensor<64xf32>
    %1912 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %1913 = "stablehlo.broadcast_in_dim"(%1912) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %1914 = "stablehlo.add"(%1911, %1913) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1915 = "stablehlo.broadcast_in_dim"(%1910) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %1916 = "stablehlo.multiply"(%1899, %1915) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1917 = "stablehlo.broadcast_in_dim"(%1914) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %1918 = "stablehlo.multiply"(%1916, %1917) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1919 = "stablehlo.reshape"(%1918) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %1920 = "stablehlo.convert"(%arg107) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %1921 = "stablehlo.dot_general"(%1919, %1920) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %1922 = "stablehlo.convert"(%arg108) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %1923 = "stablehlo.dot_general"(%1919, %1922) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %1924 = "stablehlo.multiply"(%1921, %1921) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1925 = "stablehlo.multiply"(%1924, %1921) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1926 = "stablehlo.constant"() { value = dense<0.044714998453855515> : tensor<f32> } : () -> tensor<f32>
    %1927 = "stablehlo.broadcast_in_dim"(%1926) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %1928 = "stablehlo.multiply"(%1925, %1927) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1929 = "stablehlo.add"(%1921, %1928) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1930 = "stablehlo.constant"() { value = dense<0.7978845834732056> : tensor<f32> } : () -> tensor<f32>
    %1931 = "stablehlo.broadcast_in_dim"(%1930) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %1932 = "stablehlo.multiply"(%1929, %1931) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1933 = "stablehlo.constant"() { value = dense<0.5> : tensor<f32> } : () -> tensor<f32>
    %1934 = "stablehlo.broadcast_in_dim"(%1933) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %1935 = "stablehlo.multiply"(%1921, %1934) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1936 = "stablehlo.tanh"(%1932) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %1937 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %1938 = "stablehlo.broadcast_in_dim"(%1937) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %1939 = "stablehlo.add"(%1936, %1938) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1940 = "stablehlo.multiply"(%1935, %1939) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1941 = "stablehlo.multiply"(%1940, %1923) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1942 = "stablehlo.convert"(%arg109) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %1943 = "stablehlo.dot_general"(%1941, %1942) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %1944 = "stablehlo.reshape"(%1943) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %1945 = "stablehlo.multiply"(%1944, %1944) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1946 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %1948 = "stablehlo.reduce"(%1945, %1946) ({
      ^reductionFn(%arg500: tensor<f32>, %arg501: tensor<f32>) :
          %1947 = "stablehlo.add"(%arg500, %arg501) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1947) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %1949 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %1950 = "stablehlo.broadcast_in_dim"(%1949) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %1951 = "stablehlo.multiply"(%1948, %1950) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %1952 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %1953 = "stablehlo.broadcast_in_dim"(%1952) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %1954 = "stablehlo.add"(%1951, %1953) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %1955 = "stablehlo.rsqrt"(%1954) : (tensor<4xf32>) -> tensor<4xf32>
    %1956 = "stablehlo.convert"(%arg110) : (tensor<64xbf16>) -> tensor<64xf32>
    %1957 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %1958 = "stablehlo.broadcast_in_dim"(%1957) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %1959 = "stablehlo.add"(%1956, %1958) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1960 = "stablehlo.broadcast_in_dim"(%1955) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %1961 = "stablehlo.multiply"(%1944, %1960) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1962 = "stablehlo.broadcast_in_dim"(%1959) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %1963 = "stablehlo.multiply"(%1961, %1962) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1964 = "stablehlo.reshape"(%1963) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %1965 = "stablehlo.add"(%1898, %1964) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1966 = "stablehlo.reshape"(%1965) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %1967 = "stablehlo.multiply"(%1966, %1966) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1968 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %1970 = "stablehlo.reduce"(%1967, %1968) ({
      ^reductionFn(%arg502: tensor<f32>, %arg503: tensor<f32>) :
          %1969 = "stablehlo.add"(%arg502, %arg503) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%1969) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %1971 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %1972 = "stablehlo.broadcast_in_dim"(%1971) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %1973 = "stablehlo.multiply"(%1970, %1972) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %1974 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %1975 = "stablehlo.broadcast_in_dim"(%1974) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %1976 = "stablehlo.add"(%1973, %1975) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %1977 = "stablehlo.rsqrt"(%1976) : (tensor<4xf32>) -> tensor<4xf32>
    %1978 = "stablehlo.convert"(%arg111) : (tensor<64xbf16>) -> tensor<64xf32>
    %1979 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %1980 = "stablehlo.broadcast_in_dim"(%1979) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %1981 = "stablehlo.add"(%1978, %1980) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1982 = "stablehlo.broadcast_in_dim"(%1977) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %1983 = "stablehlo.multiply"(%1966, %1982) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1984 = "stablehlo.broadcast_in_dim"(%1981) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %1985 = "stablehlo.multiply"(%1983, %1984) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1986 = "stablehlo.reshape"(%1985) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %1987 = "stablehlo.convert"(%arg112) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %1988 = "stablehlo.dot_general"(%1986, %1987) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %1989 = "stablehlo.convert"(%arg113) : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %1990 = "stablehlo.dot_general"(%1986, %1989) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<32x64xf32>) -> tensor<4x32xf32>
    %1991 = "stablehlo.convert"(%arg114) : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %1992 = "stablehlo.dot_general"(%1986, %1991) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<32x64xf32>) -> tensor<4x32xf32>
    %1993 = "stablehlo.reshape"(%1) : (tensor<4xi32>) -> tensor<4x1xi32>
    %1994 = "stablehlo.gather"(%arg288, %1993) {
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
    %1995 = "stablehlo.slice"(%1994) {
      limit_indices = array<i64: 4, 8>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %1996 = "stablehlo.broadcast_in_dim"(%1995) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x4x8xf32>
    %1997 = "stablehlo.slice"(%1994) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 8>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %1998 = "stablehlo.broadcast_in_dim"(%1997) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x4x8xf32>
    %1999 = "stablehlo.reshape"(%1988) : (tensor<4x64xf32>) -> tensor<4x4x16xf32>
    %2000 = "stablehlo.slice"(%1999) {
      limit_indices = array<i64: 4, 4, 8>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x16xf32>) -> tensor<4x4x8xf32>
    %2001 = "stablehlo.slice"(%1999) {
      limit_indices = array<i64: 4, 4, 16>,
      start_indices = array<i64: 0, 0, 8>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x16xf32>) -> tensor<4x4x8xf32>
    %2002 = "stablehlo.multiply"(%2000, %1996) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %2003 = "stablehlo.multiply"(%2001, %1998) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %2004 = "stablehlo.subtract"(%2002, %2003) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %2005 = "stablehlo.multiply"(%2001, %1996) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %2006 = "stablehlo.multiply"(%2000, %1998) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %2007 = "stablehlo.add"(%2005, %2006) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %2008 = "stablehlo.concatenate"(%2004, %2007) { dimension = 2 : i64 } : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x16xf32>
    %2009 = "stablehlo.reshape"(%2008) : (tensor<4x4x16xf32>) -> tensor<4x64xf32>
    %2010 = "stablehlo.reshape"(%1) : (tensor<4xi32>) -> tensor<4x1xi32>
    %2011 = "stablehlo.gather"(%arg288, %2010) {
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
    %2012 = "stablehlo.slice"(%2011) {
      limit_indices = array<i64: 4, 8>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %2013 = "stablehlo.broadcast_in_dim"(%2012) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %2014 = "stablehlo.slice"(%2011) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 8>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %2015 = "stablehlo.broadcast_in_dim"(%2014) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %2016 = "stablehlo.reshape"(%1990) : (tensor<4x32xf32>) -> tensor<4x2x16xf32>
    %2017 = "stablehlo.slice"(%2016) {
      limit_indices = array<i64: 4, 2, 8>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x2x16xf32>) -> tensor<4x2x8xf32>
    %2018 = "stablehlo.slice"(%2016) {
      limit_indices = array<i64: 4, 2, 16>,
      start_indices = array<i64: 0, 0, 8>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x2x16xf32>) -> tensor<4x2x8xf32>
    %2019 = "stablehlo.multiply"(%2017, %2013) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %2020 = "stablehlo.multiply"(%2018, %2015) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %2021 = "stablehlo.subtract"(%2019, %2020) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %2022 = "stablehlo.multiply"(%2018, %2013) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %2023 = "stablehlo.multiply"(%2017, %2015) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %2024 = "stablehlo.add"(%2022, %2023) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %2025 = "stablehlo.concatenate"(%2021, %2024) { dimension = 2 : i64 } : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x16xf32>
    %2026 = "stablehlo.reshape"(%2025) : (tensor<4x2x16xf32>) -> tensor<4x32xf32>
    %2027 = "stablehlo.convert"(%2026) : (tensor<4x32xf32>) -> tensor<4x32xbf16>
    %2028 = "stablehlo.scatter"(%arg309, %8, %2027) ({
      ^updateFn(%arg504: tensor<bf16>, %arg505: tensor<bf16>) :
          "stablehlo.return"(%arg505) : (tensor<bf16>) -> ()
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
    %2029 = "stablehlo.convert"(%1992) : (tensor<4x32xf32>) -> tensor<4x32xbf16>
    %2030 = "stablehlo.scatter"(%arg310, %8, %2029) ({
      ^updateFn(%arg506: tensor<bf16>, %arg507: tensor<bf16>) :
          "stablehlo.return"(%arg507) : (tensor<bf16>) -> ()
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
    %2031 = "stablehlo.reshape"(%2009) : (tensor<4x64xf32>) -> tensor<4x2x2x16xf32>
    %2032 = "stablehlo.reshape"(%2) : (tensor<4xi32>) -> tensor<4x1xi32>
    %2033 = "stablehlo.gather"(%2028, %2032) {
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
    %2034 = "stablehlo.convert"(%2033) : (tensor<4x32x32xbf16>) -> tensor<4x32x32xf32>
    %2035 = "stablehlo.reshape"(%2034) : (tensor<4x32x32xf32>) -> tensor<4x32x2x16xf32>
    %2036 = "stablehlo.reshape"(%2) : (tensor<4xi32>) -> tensor<4x1xi32>
    %2037 = "stablehlo.gather"(%2030, %2036) {
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
    %2038 = "stablehlo.convert"(%2037) : (tensor<4x32x32xbf16>) -> tensor<4x32x32xf32>
    %2039 = "stablehlo.reshape"(%2038) : (tensor<4x32x32xf32>) -> tensor<4x32x2x16xf32>
    %2040 = "stablehlo.dot_general"(%2031, %2035) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 2],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [3]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x2x2x16xf32>, tensor<4x32x2x16xf32>) -> tensor<4x2x2x32xf32>
    %2041 = "stablehlo.constant"() { value = dense<0.25> : tensor<f32> } : () -> tensor<f32>
    %2042 = "stablehlo.broadcast_in_dim"(%2041) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x2x2x32xf32>
    %2043 = "stablehlo.multiply"(%2040, %2042) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %2044 = "stablehlo.constant"() { value = dense<0.20000000298023224> : tensor<f32> } : () -> tensor<f32>
    %2045 = "stablehlo.broadcast_in_dim"(%2044) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x2x2x32xf32>
    %2046 = "stablehlo.multiply"(%2043, %2045) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %2047 = "stablehlo.tanh"(%2046) : (tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %2048 = "stablehlo.constant"() { value = dense<5.0> : tensor<f32> } : () -> tensor<f32>
    %2049 = "stablehlo.broadcast_in_dim"(%2048) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x2x2x32xf32>
    %2050 = "stablehlo.multiply"(%2047, %2049) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %2051 = "stablehlo.broadcast_in_dim"(%112) { broadcast_dimensions = array<i64: 0, 3> } : (tensor<4x32xi1>) -> tensor<4x2x2x32xi1>
    %2052 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %2053 = "stablehlo.broadcast_in_dim"(%2052) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x2x2x32xf32>
    %2054 = "stablehlo.select"(%2051, %2050, %2053) : (tensor<4x2x2x32xi1>, tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %2055 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %2057 = "stablehlo.reduce"(%2054, %2055) ({
      ^reductionFn(%arg508: tensor<f32>, %arg509: tensor<f32>) :
          %2056 = "stablehlo.maximum"(%arg508, %arg509) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%2056) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<4x2x2x32xf32>, tensor<f32>) -> tensor<4x2x2xf32>
    %2058 = "stablehlo.broadcast_in_dim"(%2057) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<4x2x2xf32>) -> tensor<4x2x2x32xf32>
    %2059 = "stablehlo.subtract"(%2054, %2058) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %2060 = "stablehlo.exponential"(%2059) : (tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %2061 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %2063 = "stablehlo.reduce"(%2060, %2061) ({
      ^reductionFn(%arg510: tensor<f32>, %arg511: tensor<f32>) :
          %2062 = "stablehlo.add"(%arg510, %arg511) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%2062) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<4x2x2x32xf32>, tensor<f32>) -> tensor<4x2x2xf32>
    %2064 = "stablehlo.broadcast_in_dim"(%2063) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<4x2x2xf32>) -> tensor<4x2x2x32xf32>
    %2065 = "stablehlo.divide"(%2060, %2064) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %2066 = "stablehlo.dot_general"(%2065, %2039) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 2],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x2x2x32xf32>, tensor<4x32x2x16xf32>) -> tensor<4x2x2x16xf32>
    %2067 = "stablehlo.reshape"(%2066) : (tensor<4x2x2x16xf32>) -> tensor<4x64xf32>
    %2068 = "stablehlo.convert"(%arg115) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %2069 = "stablehlo.dot_general"(%2067, %2068) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %2070 = "stablehlo.reshape"(%2069) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %2071 = "stablehlo.multiply"(%2070, %2070) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2072 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %2074 = "stablehlo.reduce"(%2071, %2072) ({
      ^reductionFn(%arg512: tensor<f32>, %arg513: tensor<f32>) :
          %2073 = "stablehlo.add"(%arg512, %arg513) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%2073) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %2075 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %2076 = "stablehlo.broadcast_in_dim"(%2075) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %2077 = "stablehlo.multiply"(%2074, %2076) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %2078 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %2079 = "stablehlo.broadcast_in_dim"(%2078) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %2080 = "stablehlo.add"(%2077, %2079) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %2081 = "stablehlo.rsqrt"(%2080) : (tensor<4xf32>) -> tensor<4xf32>
    %2082 = "stablehlo.convert"(%arg116) : (tensor<64xbf16>) -> tensor<64xf32>
    %2083 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %2084 = "stablehlo.broadcast_in_dim"(%2083) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %2085 = "stablehlo.add"(%2082, %2084) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %2086 = "stablehlo.broadcast_in_dim"(%2081) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %2087 = "stablehlo.multiply"(%2070, %2086) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2088 = "stablehlo.broadcast_in_dim"(%2085) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %2089 = "stablehlo.multiply"(%2087, %2088) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2090 = "stablehlo.reshape"(%2089) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %2091 = "stablehlo.add"(%1965, %2090) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2092 = "stablehlo.reshape"(%2091) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %2093 = "stablehlo.multiply"(%2092, %2092) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2094 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %2096 = "stablehlo.reduce"(%2093, %2094) ({
      ^reductionFn(%arg514: tensor<f32>, %arg515: tensor<f32>) :
          %2095 = "stablehlo.add"(%arg514, %arg515) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%2095) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %2097 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %2098 = "stablehlo.broadcast_in_dim"(%2097) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %2099 = "stablehlo.multiply"(%2096, %2098) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %2100 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %2101 = "stablehlo.broadcast_in_dim"(%2100) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %2102 = "stablehlo.add"(%2099, %2101) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %2103 = "stablehlo.rsqrt"(%2102) : (tensor<4xf32>) -> tensor<4xf32>
    %2104 = "stablehlo.convert"(%arg117) : (tensor<64xbf16>) -> tensor<64xf32>
    %2105 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %2106 = "stablehlo.broadcast_in_dim"(%2105) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %2107 = "stablehlo.add"(%2104, %2106) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %2108 = "stablehlo.broadcast_in_dim"(%2103) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %2109 = "stablehlo.multiply"(%2092, %2108) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2110 = "stablehlo.broadcast_in_dim"(%2107) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %2111 = "stablehlo.multiply"(%2109, %2110) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2112 = "stablehlo.reshape"(%2111) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %2113 = "stablehlo.convert"(%arg118) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %2114 = "stablehlo.dot_general"(%2112, %2113) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %2115 = "stablehlo.convert"(%arg119) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %2116 = "stablehlo.dot_general"(%2112, %2115) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %2117 = "stablehlo.multiply"(%2114, %2114) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2118 = "stablehlo.multiply"(%2117, %2114) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2119 = "stablehlo.constant"() { value = dense<0.044714998453855515> : tensor<f32> } : () -> tensor<f32>
    %2120 = "stablehlo.broadcast_in_dim"(%2119) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %2121 = "stablehlo.multiply"(%2118, %2120) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2122 = "stablehlo.add"(%2114, %2121) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2123 = "stablehlo.constant"() { value = dense<0.7978845834732056> : tensor<f32> } : () -> tensor<f32>
    %2124 = "stablehlo.broadcast_in_dim"(%2123) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %2125 = "stablehlo.multiply"(%2122, %2124) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2126 = "stablehlo.constant"() { value = dense<0.5> : tensor<f32> } : () -> tensor<f32>
    %2127 = "stablehlo.broadcast_in_dim"(%2126) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %2128 = "stablehlo.multiply"(%2114, %2127) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2129 = "stablehlo.tanh"(%2125) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %2130 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %2131 = "stablehlo.broadcast_in_dim"(%2130) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %2132 = "stablehlo.add"(%2129, %2131) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2133 = "stablehlo.multiply"(%2128, %2132) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2134 = "stablehlo.multiply"(%2133, %2116) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2135 = "stablehlo.convert"(%arg120) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %2136 = "stablehlo.dot_general"(%2134, %2135) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %2137 = "stablehlo.reshape"(%2136) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %2138 = "stablehlo.multiply"(%2137, %2137) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2139 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %2141 = "stablehlo.reduce"(%2138, %2139) ({
      ^reductionFn(%arg516: tensor<f32>, %arg517: tensor<f32>) :
          %2140 = "stablehlo.add"(%arg516, %arg517) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%2140) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %2142 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %2143 = "stablehlo.broadcast_in_dim"(%2142) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %2144 = "stablehlo.multiply"(%2141, %2143) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %2145 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %2146 = "stablehlo.broadcast_in_dim"(%2145) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %2147 = "stablehlo.add"(%2144, %2146) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %2148 = "stablehlo.rsqrt"(%2147) : (tensor<4xf32>) -> tensor<4xf32>
    %2149 = "stablehlo.convert"(%arg121) : (tensor<64xbf16>) -> tensor<64xf32>
    %2150 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %2151 = "stablehlo.broadcast_in_dim"(%2150) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %2152 = "stablehlo.add"(%2149, %2151) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %2153 = "stablehlo.broadcast_in_dim"(%2148) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %2154 = "stablehlo.multiply"(%2137, %2153) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2155 = "stablehlo.broadcast_in_dim"(%2152) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %2156 = "stablehlo.multiply"(%2154, %2155) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2157 = "stablehlo.reshape"(%2156) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %2158 = "stablehlo.add"(%2091, %2157) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2159 = "stablehlo.reshape"(%2158) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %2160 = "stablehlo.multiply"(%2159, %2159) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2161 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %2163 = "stablehlo.reduce"(%2160, %2161) ({
      ^reductionFn(%arg518: tensor<f32>, %arg519: tensor<f32>) :
          %2162 = "stablehlo.add"(%arg518, %arg519) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%2162) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %2164 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %2165 = "stablehlo.broadcast_in_dim"(%2164) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %2166 = "stablehlo.multiply"(%2163, %2165) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %2167 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %2168 = "stablehlo.broadcast_in_dim"(%2167) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %2169 = "stablehlo.add"(%2166, %2168) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %2170 = "stablehlo.rsqrt"(%2169) : (tensor<4xf32>) -> tensor<4xf32>
    %2171 = "stablehlo.convert"(%arg122) : (tensor<64xbf16>) -> tensor<64xf32>
    %2172 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %2173 = "stablehlo.broadcast_in_dim"(%2172) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %2174 = "stablehlo.add"(%2171, %2173) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %2175 = "stablehlo.broadcast_in_dim"(%2170) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %2176 = "stablehlo.multiply"(%2159, %2175) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2177 = "stablehlo.broadcast_in_dim"(%2174) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %2178 = "stablehlo.multiply"(%2176, %2177) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2179 = "stablehlo.reshape"(%2178) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %2180 = "stablehlo.convert"(%arg123) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %2181 = "stablehlo.dot_general"(%2179, %2180) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %2182 = "stablehlo.convert"(%arg124) : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %2183 = "stablehlo.dot_general"(%2179, %2182) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<32x64xf32>) -> tensor<4x32xf32>
    %2184 = "stablehlo.convert"(%arg125) : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %2185 = "stablehlo.dot_general"(%2179, %2184) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<32x64xf32>) -> tensor<4x32xf32>
    %2186 = "stablehlo.reshape"(%1) : (tensor<4xi32>) -> tensor<4x1xi32>
    %2187 = "stablehlo.gather"(%arg288, %2186) {
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
    %2188 = "stablehlo.slice"(%2187) {
      limit_indices = array<i64: 4, 8>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %2189 = "stablehlo.broadcast_in_dim"(%2188) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x4x8xf32>
    %2190 = "stablehlo.slice"(%2187) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 8>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %2191 = "stablehlo.broadcast_in_dim"(%2190) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x4x8xf32>
    %2192 = "stablehlo.reshape"(%2181) : (tensor<4x64xf32>) -> tensor<4x4x16xf32>
    %2193 = "stablehlo.slice"(%2192) {
      limit_indices = array<i64: 4, 4, 8>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x16xf32>) -> tensor<4x4x8xf32>
    %2194 = "stablehlo.slice"(%2192) {
      limit_indices = array<i64: 4, 4, 16>,
      start_indices = array<i64: 0, 0, 8>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x16xf32>) -> tensor<4x4x8xf32>
    %2195 = "stablehlo.multiply"(%2193, %2189) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %2196 = "stablehlo.multiply"(%2194, %2191) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %2197 = "stablehlo.subtract"(%2195, %2196) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %2198 = "stablehlo.multiply"(%2194, %2189) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %2199 = "stablehlo.multiply"(%2193, %2191) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %2200 = "stablehlo.add"(%2198, %2199) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %2201 = "stablehlo.concatenate"(%2197, %2200) { dimension = 2 : i64 } : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x16xf32>
    %2202 = "stablehlo.reshape"(%2201) : (tensor<4x4x16xf32>) -> tensor<4x64xf32>
    %2203 = "stablehlo.reshape"(%1) : (tensor<4xi32>) -> tensor<4x1xi32>
    %2204 = "stablehlo.gather"(%arg288, %2203) {
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
    %2205 = "stablehlo.slice"(%2204) {
      limit_indices = array<i64: 4, 8>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %2206 = "stablehlo.broadcast_in_dim"(%2205) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %2207 = "stablehlo.slice"(%2204) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 8>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %2208 = "stablehlo.broadcast_in_dim"(%2207) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %2209 = "stablehlo.reshape"(%2183) : (tensor<4x32xf32>) -> tensor<4x2x16xf32>
    %2210 = "stablehlo.slice"(%2209) {
      limit_indices = array<i64: 4, 2, 8>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x2x16xf32>) -> tensor<4x2x8xf32>
    %2211 = "stablehlo.slice"(%2209) {
      limit_indices = array<i64: 4, 2, 16>,
      start_indices = array<i64: 0, 0, 8>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x2x16xf32>) -> tensor<4x2x8xf32>
    %2212 = "stablehlo.multiply"(%2210, %2206) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %2213 = "stablehlo.multiply"(%2211, %2208) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %2214 = "stablehlo.subtract"(%2212, %2213) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %2215 = "stablehlo.multiply"(%2211, %2206) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %2216 = "stablehlo.multiply"(%2210, %2208) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %2217 = "stablehlo.add"(%2215, %2216) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %2218 = "stablehlo.concatenate"(%2214, %2217) { dimension = 2 : i64 } : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x16xf32>
    %2219 = "stablehlo.reshape"(%2218) : (tensor<4x2x16xf32>) -> tensor<4x32xf32>
    %2220 = "stablehlo.convert"(%2219) : (tensor<4x32xf32>) -> tensor<4x32xbf16>
    %2221 = "stablehlo.scatter"(%arg311, %8, %2220) ({
      ^updateFn(%arg520: tensor<bf16>, %arg521: tensor<bf16>) :
          "stablehlo.return"(%arg521) : (tensor<bf16>) -> ()
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
    %2222 = "stablehlo.convert"(%2185) : (tensor<4x32xf32>) -> tensor<4x32xbf16>
    %2223 = "stablehlo.scatter"(%arg312, %8, %2222) ({
      ^updateFn(%arg522: tensor<bf16>, %arg523: tensor<bf16>) :
          "stablehlo.return"(%arg523) : (tensor<bf16>) -> ()
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
    %2224 = "stablehlo.reshape"(%2202) : (tensor<4x64xf32>) -> tensor<4x2x2x16xf32>
    %2225 = "stablehlo.reshape"(%2) : (tensor<4xi32>) -> tensor<4x1xi32>
    %2226 = "stablehlo.gather"(%2221, %2225) {
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
    %2227 = "stablehlo.convert"(%2226) : (tensor<4x32x32xbf16>) -> tensor<4x32x32xf32>
    %2228 = "stablehlo.reshape"(%2227) : (tensor<4x32x32xf32>) -> tensor<4x32x2x16xf32>
    %2229 = "stablehlo.reshape"(%2) : (tensor<4xi32>) -> tensor<4x1xi32>
    %2230 = "stablehlo.gather"(%2223, %2229) {
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
    %2231 = "stablehlo.convert"(%2230) : (tensor<4x32x32xbf16>) -> tensor<4x32x32xf32>
    %2232 = "stablehlo.reshape"(%2231) : (tensor<4x32x32xf32>) -> tensor<4x32x2x16xf32>
    %2233 = "stablehlo.dot_general"(%2224, %2228) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 2],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [3]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x2x2x16xf32>, tensor<4x32x2x16xf32>) -> tensor<4x2x2x32xf32>
    %2234 = "stablehlo.constant"() { value = dense<0.25> : tensor<f32> } : () -> tensor<f32>
    %2235 = "stablehlo.broadcast_in_dim"(%2234) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x2x2x32xf32>
    %2236 = "stablehlo.multiply"(%2233, %2235) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %2237 = "stablehlo.constant"() { value = dense<0.20000000298023224> : tensor<f32> } : () -> tensor<f32>
    %2238 = "stablehlo.broadcast_in_dim"(%2237) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x2x2x32xf32>
    %2239 = "stablehlo.multiply"(%2236, %2238) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %2240 = "stablehlo.tanh"(%2239) : (tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %2241 = "stablehlo.constant"() { value = dense<5.0> : tensor<f32> } : () -> tensor<f32>
    %2242 = "stablehlo.broadcast_in_dim"(%2241) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x2x2x32xf32>
    %2243 = "stablehlo.multiply"(%2240, %2242) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %2244 = "stablehlo.broadcast_in_dim"(%313) { broadcast_dimensions = array<i64: 0, 3> } : (tensor<4x32xi1>) -> tensor<4x2x2x32xi1>
    %2245 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %2246 = "stablehlo.broadcast_in_dim"(%2245) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x2x2x32xf32>
    %2247 = "stablehlo.select"(%2244, %2243, %2246) : (tensor<4x2x2x32xi1>, tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %2248 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %2250 = "stablehlo.reduce"(%2247, %2248) ({
      ^reductionFn(%arg524: tensor<f32>, %arg525: tensor<f32>) :
          %2249 = "stablehlo.maximum"(%arg524, %arg525) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%2249) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<4x2x2x32xf32>, tensor<f32>) -> tensor<4x2x2xf32>
    %2251 = "stablehlo.broadcast_in_dim"(%2250) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<4x2x2xf32>) -> tensor<4x2x2x32xf32>
    %2252 = "stablehlo.subtract"(%2247, %2251) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %2253 = "stablehlo.exponential"(%2252) : (tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %2254 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %2256 = "stablehlo.reduce"(%2253, %2254) ({
      ^reductionFn(%arg526: tensor<f32>, %arg527: tensor<f32>) :
          %2255 = "stablehlo.add"(%arg526, %arg527) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%2255) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<4x2x2x32xf32>, tensor<f32>) -> tensor<4x2x2xf32>
    %2257 = "stablehlo.broadcast_in_dim"(%2256) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<4x2x2xf32>) -> tensor<4x2x2x32xf32>
    %2258 = "stablehlo.divide"(%2253, %2257) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %2259 = "stablehlo.dot_general"(%2258, %2232) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 2],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x2x2x32xf32>, tensor<4x32x2x16xf32>) -> tensor<4x2x2x16xf32>
    %2260 = "stablehlo.reshape"(%2259) : (tensor<4x2x2x16xf32>) -> tensor<4x64xf32>
    %2261 = "stablehlo.convert"(%arg126) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %2262 = "stablehlo.dot_general"(%2260, %2261) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %2263 = "stablehlo.reshape"(%2262) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %2264 = "stablehlo.multiply"(%2263, %2263) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2265 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %2267 = "stablehlo.reduce"(%2264, %2265) ({
      ^reductionFn(%arg528: tensor<f32>, %arg529: tensor<f32>) :
          %2266 = "stablehlo.add"(%arg528, %arg529) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%2266) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %2268 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %2269 = "stablehlo.broadcast_in_dim"(%2268) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %2270 = "stablehlo.multiply"(%2267, %2269) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %2271 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %2272 = "stablehlo.broadcast_in_dim"(%2271) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %2273 = "stablehlo.add"(%2270, %2272) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %2274 = "stablehlo.rsqrt"(%2273) : (tensor<4xf32>) -> tensor<4xf32>
    %2275 = "stablehlo.convert"(%arg127) : (tensor<64xbf16>) -> tensor<64xf32>
    %2276 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %2277 = "stablehlo.broadcast_in_dim"(%2276) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %2278 = "stablehlo.add"(%2275, %2277) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %2279 = "stablehlo.broadcast_in_dim"(%2274) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %2280 = "stablehlo.multiply"(%2263, %2279) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2281 = "stablehlo.broadcast_in_dim"(%2278) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %2282 = "stablehlo.multiply"(%2280, %2281) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2283 = "stablehlo.reshape"(%2282) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %2284 = "stablehlo.add"(%2158, %2283) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2285 = "stablehlo.reshape"(%2284) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %2286 = "stablehlo.multiply"(%2285, %2285) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2287 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %2289 = "stablehlo.reduce"(%2286, %2287) ({
      ^reductionFn(%arg530: tensor<f32>, %arg531: tensor<f32>) :
          %2288 = "stablehlo.add"(%arg530, %arg531) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%2288) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %2290 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %2291 = "stablehlo.broadcast_in_dim"(%2290) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %2292 = "stablehlo.multiply"(%2289, %2291) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %2293 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %2294 = "stablehlo.broadcast_in_dim"(%2293) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %2295 = "stablehlo.add"(%2292, %2294) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %2296 = "stablehlo.rsqrt"(%2295) : (tensor<4xf32>) -> tensor<4xf32>
    %2297 = "stablehlo.convert"(%arg128) : (tensor<64xbf16>) -> tensor<64xf32>
    %2298 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %2299 = "stablehlo.broadcast_in_dim"(%2298) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %2300 = "stablehlo.add"(%2297, %2299) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %2301 = "stablehlo.broadcast_in_dim"(%2296) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %2302 = "stablehlo.multiply"(%2285, %2301) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2303 = "stablehlo.broadcast_in_dim"(%2300) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %2304 = "stablehlo.multiply"(%2302, %2303) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2305 = "stablehlo.reshape"(%2304) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %2306 = "stablehlo.convert"(%arg129) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %2307 = "stablehlo.dot_general"(%2305, %2306) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %2308 = "stablehlo.convert"(%arg130) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %2309 = "stablehlo.dot_general"(%2305, %2308) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %2310 = "stablehlo.multiply"(%2307, %2307) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2311 = "stablehlo.multiply"(%2310, %2307) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2312 = "stablehlo.constant"() { value = dense<0.044714998453855515> : tensor<f32> } : () -> tensor<f32>
    %2313 = "stablehlo.broadcast_in_dim"(%2312) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %2314 = "stablehlo.multiply"(%2311, %2313) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2315 = "stablehlo.add"(%2307, %2314) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2316 = "stablehlo.constant"() { value = dense<0.7978845834732056> : tensor<f32> } : () -> tensor<f32>
    %2317 = "stablehlo.broadcast_in_dim"(%2316) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %2318 = "stablehlo.multiply"(%2315, %2317) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2319 = "stablehlo.constant"() { value = dense<0.5> : tensor<f32> } : () -> tensor<f32>
    %2320 = "stablehlo.broadcast_in_dim"(%2319) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %2321 = "stablehlo.multiply"(%2307, %2320) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2322 = "stablehlo.tanh"(%2318) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %2323 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %2324 = "stablehlo.broadcast_in_dim"(%2323) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %2325 = "stablehlo.add"(%2322, %2324) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2326 = "stablehlo.multiply"(%2321, %2325) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2327 = "stablehlo.multiply"(%2326, %2309) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2328 = "stablehlo.convert"(%arg131) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %2329 = "stablehlo.dot_general"(%2327, %2328) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %2330 = "stablehlo.reshape"(%2329) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %2331 = "stablehlo.multiply"(%2330, %2330) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2332 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %2334 = "stablehlo.reduce"(%2331, %2332) ({
      ^reductionFn(%arg532: tensor<f32>, %arg533: tensor<f32>) :
          %2333 = "stablehlo.add"(%arg532, %arg533) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%2333) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %2335 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %2336 = "stablehlo.broadcast_in_dim"(%2335) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %2337 = "stablehlo.multiply"(%2334, %2336) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %2338 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %2339 = "stablehlo.broadcast_in_dim"(%2338) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %2340 = "stablehlo.add"(%2337, %2339) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %2341 = "stablehlo.rsqrt"(%2340) : (tensor<4xf32>) -> tensor<4xf32>
    %2342 = "stablehlo.convert"(%arg132) : (tensor<64xbf16>) -> tensor<64xf32>
    %2343 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %2344 = "stablehlo.broadcast_in_dim"(%2343) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %2345 = "stablehlo.add"(%2342, %2344) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %2346 = "stablehlo.broadcast_in_dim"(%2341) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %2347 = "stablehlo.multiply"(%2330, %2346) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2348 = "stablehlo.broadcast_in_dim"(%2345) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %2349 = "stablehlo.multiply"(%2347, %2348) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2350 = "stablehlo.reshape"(%2349) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %2351 = "stablehlo.add"(%2284, %2350) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2352 = "stablehlo.reshape"(%2351) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %2353 = "stablehlo.multiply"(%2352, %2352) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2354 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %2356 = "stablehlo.reduce"(%2353, %2354) ({
      ^reductionFn(%arg534: tensor<f32>, %arg535: tensor<f32>) :
          %2355 = "stablehlo.add"(%arg534, %arg535) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%2355) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %2357 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %2358 = "stablehlo.broadcast_in_dim"(%2357) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %2359 = "stablehlo.multiply"(%2356, %2358) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %2360 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %2361 = "stablehlo.broadcast_in_dim"(%2360) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %2362 = "stablehlo.add"(%2359, %2361) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %2363 = "stablehlo.rsqrt"(%2362) : (tensor<4xf32>) -> tensor<4xf32>
    %2364 = "stablehlo.convert"(%arg133) : (tensor<64xbf16>) -> tensor<64xf32>
    %2365 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %2366 = "stablehlo.broadcast_in_dim"(%2365) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %2367 = "stablehlo.add"(%2364, %2366) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %2368 = "stablehlo.broadcast_in_dim"(%2363) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %2369 = "stablehlo.multiply"(%2352, %2368) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2370 = "stablehlo.broadcast_in_dim"(%2367) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %2371 = "stablehlo.multiply"(%2369, %2370) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2372 = "stablehlo.reshape"(%2371) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %2373 = "stablehlo.convert"(%arg134) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %2374 = "stablehlo.dot_general"(%2372, %2373) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %2375 = "stablehlo.convert"(%arg135) : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %2376 = "stablehlo.dot_general"(%2372, %2375) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<32x64xf32>) -> tensor<4x32xf32>
    %2377 = "stablehlo.convert"(%arg136) : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %2378 = "stablehlo.dot_general"(%2372, %2377) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<32x64xf32>) -> tensor<4x32xf32>
    %2379 = "stablehlo.reshape"(%1) : (tensor<4xi32>) -> tensor<4x1xi32>
    %2380 = "stablehlo.gather"(%arg288, %2379) {
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
    %2381 = "stablehlo.slice"(%2380) {
      limit_indices = array<i64: 4, 8>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %2382 = "stablehlo.broadcast_in_dim"(%2381) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x4x8xf32>
    %2383 = "stablehlo.slice"(%2380) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 8>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %2384 = "stablehlo.broadcast_in_dim"(%2383) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x4x8xf32>
    %2385 = "stablehlo.reshape"(%2374) : (tensor<4x64xf32>) -> tensor<4x4x16xf32>
    %2386 = "stablehlo.slice"(%2385) {
      limit_indices = array<i64: 4, 4, 8>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x16xf32>) -> tensor<4x4x8xf32>
    %2387 = "stablehlo.slice"(%2385) {
      limit_indices = array<i64: 4, 4, 16>,
      start_indices = array<i64: 0, 0, 8>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x16xf32>) -> tensor<4x4x8xf32>
    %2388 = "stablehlo.multiply"(%2386, %2382) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %2389 = "stablehlo.multiply"(%2387, %2384) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %2390 = "stablehlo.subtract"(%2388, %2389) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %2391 = "stablehlo.multiply"(%2387, %2382) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %2392 = "stablehlo.multiply"(%2386, %2384) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %2393 = "stablehlo.add"(%2391, %2392) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %2394 = "stablehlo.concatenate"(%2390, %2393) { dimension = 2 : i64 } : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x16xf32>
    %2395 = "stablehlo.reshape"(%2394) : (tensor<4x4x16xf32>) -> tensor<4x64xf32>
    %2396 = "stablehlo.reshape"(%1) : (tensor<4xi32>) -> tensor<4x1xi32>
    %2397 = "stablehlo.gather"(%arg288, %2396) {
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
    %2398 = "stablehlo.slice"(%2397) {
      limit_indices = array<i64: 4, 8>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %2399 = "stablehlo.broadcast_in_dim"(%2398) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %2400 = "stablehlo.slice"(%2397) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 8>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %2401 = "stablehlo.broadcast_in_dim"(%2400) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %2402 = "stablehlo.reshape"(%2376) : (tensor<4x32xf32>) -> tensor<4x2x16xf32>
    %2403 = "stablehlo.slice"(%2402) {
      limit_indices = array<i64: 4, 2, 8>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x2x16xf32>) -> tensor<4x2x8xf32>
    %2404 = "stablehlo.slice"(%2402) {
      limit_indices = array<i64: 4, 2, 16>,
      start_indices = array<i64: 0, 0, 8>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x2x16xf32>) -> tensor<4x2x8xf32>
    %2405 = "stablehlo.multiply"(%2403, %2399) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %2406 = "stablehlo.multiply"(%2404, %2401) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %2407 = "stablehlo.subtract"(%2405, %2406) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %2408 = "stablehlo.multiply"(%2404, %2399) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %2409 = "stablehlo.multiply"(%2403, %2401) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %2410 = "stablehlo.add"(%2408, %2409) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %2411 = "stablehlo.concatenate"(%2407, %2410) { dimension = 2 : i64 } : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x16xf32>
    %2412 = "stablehlo.reshape"(%2411) : (tensor<4x2x16xf32>) -> tensor<4x32xf32>
    %2413 = "stablehlo.convert"(%2412) : (tensor<4x32xf32>) -> tensor<4x32xbf16>
    %2414 = "stablehlo.scatter"(%arg313, %8, %2413) ({
      ^updateFn(%arg536: tensor<bf16>, %arg537: tensor<bf16>) :
          "stablehlo.return"(%arg537) : (tensor<bf16>) -> ()
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
    %2415 = "stablehlo.convert"(%2378) : (tensor<4x32xf32>) -> tensor<4x32xbf16>
    %2416 = "stablehlo.scatter"(%arg314, %8, %2415) ({
      ^updateFn(%arg538: tensor<bf16>, %arg539: tensor<bf16>) :
          "stablehlo.return"(%arg539) : (tensor<bf16>) -> ()
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
    %2417 = "stablehlo.reshape"(%2395) : (tensor<4x64xf32>) -> tensor<4x2x2x16xf32>
    %2418 = "stablehlo.reshape"(%2) : (tensor<4xi32>) -> tensor<4x1xi32>
    %2419 = "stablehlo.gather"(%2414, %2418) {
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
    %2420 = "stablehlo.convert"(%2419) : (tensor<4x32x32xbf16>) -> tensor<4x32x32xf32>
    %2421 = "stablehlo.reshape"(%2420) : (tensor<4x32x32xf32>) -> tensor<4x32x2x16xf32>
    %2422 = "stablehlo.reshape"(%2) : (tensor<4xi32>) -> tensor<4x1xi32>
    %2423 = "stablehlo.gather"(%2416, %2422) {
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
    %2424 = "stablehlo.convert"(%2423) : (tensor<4x32x32xbf16>) -> tensor<4x32x32xf32>
    %2425 = "stablehlo.reshape"(%2424) : (tensor<4x32x32xf32>) -> tensor<4x32x2x16xf32>
    %2426 = "stablehlo.dot_general"(%2417, %2421) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 2],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [3]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x2x2x16xf32>, tensor<4x32x2x16xf32>) -> tensor<4x2x2x32xf32>
    %2427 = "stablehlo.constant"() { value = dense<0.25> : tensor<f32> } : () -> tensor<f32>
    %2428 = "stablehlo.broadcast_in_dim"(%2427) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x2x2x32xf32>
    %2429 = "stablehlo.multiply"(%2426, %2428) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %2430 = "stablehlo.constant"() { value = dense<0.20000000298023224> : tensor<f32> } : () -> tensor<f32>
    %2431 = "stablehlo.broadcast_in_dim"(%2430) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x2x2x32xf32>
    %2432 = "stablehlo.multiply"(%2429, %2431) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %2433 = "stablehlo.tanh"(%2432) : (tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %2434 = "stablehlo.constant"() { value = dense<5.0> : tensor<f32> } : () -> tensor<f32>
    %2435 = "stablehlo.broadcast_in_dim"(%2434) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x2x2x32xf32>
    %2436 = "stablehlo.multiply"(%2433, %2435) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %2437 = "stablehlo.broadcast_in_dim"(%112) { broadcast_dimensions = array<i64: 0, 3> } : (tensor<4x32xi1>) -> tensor<4x2x2x32xi1>
    %2438 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %2439 = "stablehlo.broadcast_in_dim"(%2438) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x2x2x32xf32>
    %2440 = "stablehlo.select"(%2437, %2436, %2439) : (tensor<4x2x2x32xi1>, tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %2441 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %2443 = "stablehlo.reduce"(%2440, %2441) ({
      ^reductionFn(%arg540: tensor<f32>, %arg541: tensor<f32>) :
          %2442 = "stablehlo.maximum"(%arg540, %arg541) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%2442) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<4x2x2x32xf32>, tensor<f32>) -> tensor<4x2x2xf32>
    %2444 = "stablehlo.broadcast_in_dim"(%2443) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<4x2x2xf32>) -> tensor<4x2x2x32xf32>
    %2445 = "stablehlo.subtract"(%2440, %2444) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %2446 = "stablehlo.exponential"(%2445) : (tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %2447 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %2449 = "stablehlo.reduce"(%2446, %2447) ({
      ^reductionFn(%arg542: tensor<f32>, %arg543: tensor<f32>) :
          %2448 = "stablehlo.add"(%arg542, %arg543) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%2448) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<4x2x2x32xf32>, tensor<f32>) -> tensor<4x2x2xf32>
    %2450 = "stablehlo.broadcast_in_dim"(%2449) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<4x2x2xf32>) -> tensor<4x2x2x32xf32>
    %2451 = "stablehlo.divide"(%2446, %2450) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %2452 = "stablehlo.dot_general"(%2451, %2425) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 2],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x2x2x32xf32>, tensor<4x32x2x16xf32>) -> tensor<4x2x2x16xf32>
    %2453 = "stablehlo.reshape"(%2452) : (tensor<4x2x2x16xf32>) -> tensor<4x64xf32>
    %2454 = "stablehlo.convert"(%arg137) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %2455 = "stablehlo.dot_general"(%2453, %2454) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %2456 = "stablehlo.reshape"(%2455) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %2457 = "stablehlo.multiply"(%2456, %2456) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2458 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %2460 = "stablehlo.reduce"(%2457, %2458) ({
      ^reductionFn(%arg544: tensor<f32>, %arg545: tensor<f32>) :
          %2459 = "stablehlo.add"(%arg544, %arg545) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%2459) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %2461 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %2462 = "stablehlo.broadcast_in_dim"(%2461) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %2463 = "stablehlo.multiply"(%2460, %2462) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %2464 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %2465 = "stablehlo.broadcast_in_dim"(%2464) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %2466 = "stablehlo.add"(%2463, %2465) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %2467 = "stablehlo.rsqrt"(%2466) : (tensor<4xf32>) -> tensor<4xf32>
    %2468 = "stablehlo.convert"(%arg138) : (tensor<64xbf16>) -> tensor<64xf32>
    %2469 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %2470 = "stablehlo.broadcast_in_dim"(%2469) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %2471 = "stablehlo.add"(%2468, %2470) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %2472 = "stablehlo.broadcast_in_dim"(%2467) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %2473 = "stablehlo.multiply"(%2456, %2472) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2474 = "stablehlo.broadcast_in_dim"(%2471) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %2475 = "stablehlo.multiply"(%2473, %2474) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2476 = "stablehlo.reshape"(%2475) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %2477 = "stablehlo.add"(%2351, %2476) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2478 = "stablehlo.reshape"(%2477) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %2479 = "stablehlo.multiply"(%2478, %2478) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2480 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %2482 = "stablehlo.reduce"(%2479, %2480) ({
      ^reductionFn(%arg546: tensor<f32>, %arg547: tensor<f32>) :
          %2481 = "stablehlo.add"(%arg546, %arg547) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%2481) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %2483 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %2484 = "stablehlo.broadcast_in_dim"(%2483) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %2485 = "stablehlo.multiply"(%2482, %2484) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %2486 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %2487 = "stablehlo.broadcast_in_dim"(%2486) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %2488 = "stablehlo.add"(%2485, %2487) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %2489 = "stablehlo.rsqrt"(%2488) : (tensor<4xf32>) -> tensor<4xf32>
    %2490 = "stablehlo.convert"(%arg139) : (tensor<64xbf16>) -> tensor<64xf32>
    %2491 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %2492 = "stablehlo.broadcast_in_dim"(%2491) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %2493 = "stablehlo.add"(%2490, %2492) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %2494 = "stablehlo.broadcast_in_dim"(%2489) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %2495 = "stablehlo.multiply"(%2478, %2494) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2496 = "stablehlo.broadcast_in_dim"(%2493) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %2497 = "stablehlo.multiply"(%2495, %2496) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2498 = "stablehlo.reshape"(%2497) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %2499 = "stablehlo.convert"(%arg140) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %2500 = "stablehlo.dot_general"(%2498, %2499) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %2501 = "stablehlo.convert"(%arg141) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %2502 = "stablehlo.dot_general"(%2498, %2501) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %2503 = "stablehlo.multiply"(%2500, %2500) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2504 = "stablehlo.multiply"(%2503, %2500) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2505 = "stablehlo.constant"() { value = dense<0.044714998453855515> : tensor<f32> } : () -> tensor<f32>
    %2506 = "stablehlo.broadcast_in_dim"(%2505) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %2507 = "stablehlo.multiply"(%2504, %2506) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2508 = "stablehlo.add"(%2500, %2507) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2509 = "stablehlo.constant"() { value = dense<0.7978845834732056> : tensor<f32> } : () -> tensor<f32>
    %2510 = "stablehlo.broadcast_in_dim"(%2509) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %2511 = "stablehlo.multiply"(%2508, %2510) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2512 = "stablehlo.constant"() { value = dense<0.5> : tensor<f32> } : () -> tensor<f32>
    %2513 = "stablehlo.broadcast_in_dim"(%2512) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %2514 = "stablehlo.multiply"(%2500, %2513) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2515 = "stablehlo.tanh"(%2511) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %2516 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %2517 = "stablehlo.broadcast_in_dim"(%2516) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %2518 = "stablehlo.add"(%2515, %2517) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2519 = "stablehlo.multiply"(%2514, %2518) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2520 = "stablehlo.multiply"(%2519, %2502) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2521 = "stablehlo.convert"(%arg142) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %2522 = "stablehlo.dot_general"(%2520, %2521) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %2523 = "stablehlo.reshape"(%2522) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %2524 = "stablehlo.multiply"(%2523, %2523) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2525 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %2527 = "stablehlo.reduce"(%2524, %2525) ({
      ^reductionFn(%arg548: tensor<f32>, %arg549: tensor<f32>) :
          %2526 = "stablehlo.add"(%arg548, %arg549) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%2526) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %2528 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %2529 = "stablehlo.broadcast_in_dim"(%2528) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %2530 = "stablehlo.multiply"(%2527, %2529) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %2531 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %2532 = "stablehlo.broadcast_in_dim"(%2531) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %2533 = "stablehlo.add"(%2530, %2532) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %2534 = "stablehlo.rsqrt"(%2533) : (tensor<4xf32>) -> tensor<4xf32>
    %2535 = "stablehlo.convert"(%arg143) : (tensor<64xbf16>) -> tensor<64xf32>
    %2536 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %2537 = "stablehlo.broadcast_in_dim"(%2536) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %2538 = "stablehlo.add"(%2535, %2537) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %2539 = "stablehlo.broadcast_in_dim"(%2534) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %2540 = "stablehlo.multiply"(%2523, %2539) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2541 = "stablehlo.broadcast_in_dim"(%2538) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %2542 = "stablehlo.multiply"(%2540, %2541) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2543 = "stablehlo.reshape"(%2542) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %2544 = "stablehlo.add"(%2477, %2543) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2545 = "stablehlo.reshape"(%2544) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %2546 = "stablehlo.multiply"(%2545, %2545) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2547 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %2549 = "stablehlo.reduce"(%2546, %2547) ({
      ^reductionFn(%arg550: tensor<f32>, %arg551: tensor<f32>) :
          %2548 = "stablehlo.add"(%arg550, %arg551) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%2548) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %2550 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %2551 = "stablehlo.broadcast_in_dim"(%2550) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %2552 = "stablehlo.multiply"(%2549, %2551) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %2553 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %2554 = "stablehlo.broadcast_in_dim"(%2553) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %2555 = "stablehlo.add"(%2552, %2554) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %2556 = "stablehlo.rsqrt"(%2555) : (tensor<4xf32>) -> tensor<4xf32>
    %2557 = "stablehlo.convert"(%arg144) : (tensor<64xbf16>) -> tensor<64xf32>
    %2558 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %2559 = "stablehlo.broadcast_in_dim"(%2558) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %2560 = "stablehlo.add"(%2557, %2559) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %2561 = "stablehlo.broadcast_in_dim"(%2556) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %2562 = "stablehlo.multiply"(%2545, %2561) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2563 = "stablehlo.broadcast_in_dim"(%2560) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %2564 = "stablehlo.multiply"(%2562, %2563) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2565 = "stablehlo.reshape"(%2564) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %2566 = "stablehlo.convert"(%arg145) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %2567 = "stablehlo.dot_general"(%2565, %2566) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %2568 = "stablehlo.convert"(%arg146) : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %2569 = "stablehlo.dot_general"(%2565, %2568) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<32x64xf32>) -> tensor<4x32xf32>
    %2570 = "stablehlo.convert"(%arg147) : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %2571 = "stablehlo.dot_general"(%2565, %2570) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<32x64xf32>) -> tensor<4x32xf32>
    %2572 = "stablehlo.reshape"(%1) : (tensor<4xi32>) -> tensor<4x1xi32>
    %2573 = "stablehlo.gather"(%arg288, %2572) {
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
    %2574 = "stablehlo.slice"(%2573) {
      limit_indices = array<i64: 4, 8>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %2575 = "stablehlo.broadcast_in_dim"(%2574) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x4x8xf32>
    %2576 = "stablehlo.slice"(%2573) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 8>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %2577 = "stablehlo.broadcast_in_dim"(%2576) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x4x8xf32>
    %2578 = "stablehlo.reshape"(%2567) : (tensor<4x64xf32>) -> tensor<4x4x16xf32>
    %2579 = "stablehlo.slice"(%2578) {
      limit_indices = array<i64: 4, 4, 8>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x16xf32>) -> tensor<4x4x8xf32>
    %2580 = "stablehlo.slice"(%2578) {
      limit_indices = array<i64: 4, 4, 16>,
      start_indices = array<i64: 0, 0, 8>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x16xf32>) -> tensor<4x4x8xf32>
    %2581 = "stablehlo.multiply"(%2579, %2575) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %2582 = "stablehlo.multiply"(%2580, %2577) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %2583 = "stablehlo.subtract"(%2581, %2582) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %2584 = "stablehlo.multiply"(%2580, %2575) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %2585 = "stablehlo.multiply"(%2579, %2577) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %2586 = "stablehlo.add"(%2584, %2585) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %2587 = "stablehlo.concatenate"(%2583, %2586) { dimension = 2 : i64 } : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x16xf32>
    %2588 = "stablehlo.reshape"(%2587) : (tensor<4x4x16xf32>) -> tensor<4x64xf32>
    %2589 = "stablehlo.reshape"(%1) : (tensor<4xi32>) -> tensor<4x1xi32>
    %2590 = "stablehlo.gather"(%arg288, %2589) {
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
    %2591 = "stablehlo.slice"(%2590) {
      limit_indices = array<i64: 4, 8>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %2592 = "stablehlo.broadcast_in_dim"(%2591) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %2593 = "stablehlo.slice"(%2590) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 8>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %2594 = "stablehlo.broadcast_in_dim"(%2593) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %2595 = "stablehlo.reshape"(%2569) : (tensor<4x32xf32>) -> tensor<4x2x16xf32>
    %2596 = "stablehlo.slice"(%2595) {
      limit_indices = array<i64: 4, 2, 8>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x2x16xf32>) -> tensor<4x2x8xf32>
    %2597 = "stablehlo.slice"(%2595) {
      limit_indices = array<i64: 4, 2, 16>,
      start_indices = array<i64: 0, 0, 8>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x2x16xf32>) -> tensor<4x2x8xf32>
    %2598 = "stablehlo.multiply"(%2596, %2592) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %2599 = "stablehlo.multiply"(%2597, %2594) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %2600 = "stablehlo.subtract"(%2598, %2599) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %2601 = "stablehlo.multiply"(%2597, %2592) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %2602 = "stablehlo.multiply"(%2596, %2594) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %2603 = "stablehlo.add"(%2601, %2602) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %2604 = "stablehlo.concatenate"(%2600, %2603) { dimension = 2 : i64 } : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x16xf32>
    %2605 = "stablehlo.reshape"(%2604) : (tensor<4x2x16xf32>) -> tensor<4x32xf32>
    %2606 = "stablehlo.convert"(%2605) : (tensor<4x32xf32>) -> tensor<4x32xbf16>
    %2607 = "stablehlo.scatter"(%arg315, %8, %2606) ({
      ^updateFn(%arg552: tensor<bf16>, %arg553: tensor<bf16>) :
          "stablehlo.return"(%arg553) : (tensor<bf16>) -> ()
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
    %2608 = "stablehlo.convert"(%2571) : (tensor<4x32xf32>) -> tensor<4x32xbf16>
    %2609 = "stablehlo.scatter"(%arg316, %8, %2608) ({
      ^updateFn(%arg554: tensor<bf16>, %arg555: tensor<bf16>) :
          "stablehlo.return"(%arg555) : (tensor<bf16>) -> ()
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
    %2610 = "stablehlo.reshape"(%2588) : (tensor<4x64xf32>) -> tensor<4x2x2x16xf32>
    %2611 = "stablehlo.reshape"(%2) : (tensor<4xi32>) -> tensor<4x1xi32>
    %2612 = "stablehlo.gather"(%2607, %2611) {
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
    %2613 = "stablehlo.convert"(%2612) : (tensor<4x32x32xbf16>) -> tensor<4x32x32xf32>
    %2614 = "stablehlo.reshape"(%2613) : (tensor<4x32x32xf32>) -> tensor<4x32x2x16xf32>
    %2615 = "stablehlo.reshape"(%2) : (tensor<4xi32>) -> tensor<4x1xi32>
    %2616 = "stablehlo.gather"(%2609, %2615) {
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
    %2617 = "stablehlo.convert"(%2616) : (tensor<4x32x32xbf16>) -> tensor<4x32x32xf32>
    %2618 = "stablehlo.reshape"(%2617) : (tensor<4x32x32xf32>) -> tensor<4x32x2x16xf32>
    %2619 = "stablehlo.dot_general"(%2610, %2614) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 2],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [3]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x2x2x16xf32>, tensor<4x32x2x16xf32>) -> tensor<4x2x2x32xf32>
    %2620 = "stablehlo.constant"() { value = dense<0.25> : tensor<f32> } : () -> tensor<f32>
    %2621 = "stablehlo.broadcast_in_dim"(%2620) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x2x2x32xf32>
    %2622 = "stablehlo.multiply"(%2619, %2621) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %2623 = "stablehlo.constant"() { value = dense<0.20000000298023224> : tensor<f32> } : () -> tensor<f32>
    %2624 = "stablehlo.broadcast_in_dim"(%2623) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x2x2x32xf32>
    %2625 = "stablehlo.multiply"(%2622, %2624) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %2626 = "stablehlo.tanh"(%2625) : (tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %2627 = "stablehlo.constant"() { value = dense<5.0> : tensor<f32> } : () -> tensor<f32>
    %2628 = "stablehlo.broadcast_in_dim"(%2627) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x2x2x32xf32>
    %2629 = "stablehlo.multiply"(%2626, %2628) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %2630 = "stablehlo.broadcast_in_dim"(%313) { broadcast_dimensions = array<i64: 0, 3> } : (tensor<4x32xi1>) -> tensor<4x2x2x32xi1>
    %2631 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %2632 = "stablehlo.broadcast_in_dim"(%2631) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x2x2x32xf32>
    %2633 = "stablehlo.select"(%2630, %2629, %2632) : (tensor<4x2x2x32xi1>, tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %2634 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %2636 = "stablehlo.reduce"(%2633, %2634) ({
      ^reductionFn(%arg556: tensor<f32>, %arg557: tensor<f32>) :
          %2635 = "stablehlo.maximum"(%arg556, %arg557) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%2635) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<4x2x2x32xf32>, tensor<f32>) -> tensor<4x2x2xf32>
    %2637 = "stablehlo.broadcast_in_dim"(%2636) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<4x2x2xf32>) -> tensor<4x2x2x32xf32>
    %2638 = "stablehlo.subtract"(%2633, %2637) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %2639 = "stablehlo.exponential"(%2638) : (tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %2640 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %2642 = "stablehlo.reduce"(%2639, %2640) ({
      ^reductionFn(%arg558: tensor<f32>, %arg559: tensor<f32>) :
          %2641 = "stablehlo.add"(%arg558, %arg559) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%2641) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<4x2x2x32xf32>, tensor<f32>) -> tensor<4x2x2xf32>
    %2643 = "stablehlo.broadcast_in_dim"(%2642) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<4x2x2xf32>) -> tensor<4x2x2x32xf32>
    %2644 = "stablehlo.divide"(%2639, %2643) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %2645 = "stablehlo.dot_general"(%2644, %2618) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 2],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x2x2x32xf32>, tensor<4x32x2x16xf32>) -> tensor<4x2x2x16xf32>
    %2646 = "stablehlo.reshape"(%2645) : (tensor<4x2x2x16xf32>) -> tensor<4x64xf32>
    %2647 = "stablehlo.convert"(%arg148) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %2648 = "stablehlo.dot_general"(%2646, %2647) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %2649 = "stablehlo.reshape"(%2648) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %2650 = "stablehlo.multiply"(%2649, %2649) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2651 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %2653 = "stablehlo.reduce"(%2650, %2651) ({
      ^reductionFn(%arg560: tensor<f32>, %arg561: tensor<f32>) :
          %2652 = "stablehlo.add"(%arg560, %arg561) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%2652) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %2654 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %2655 = "stablehlo.broadcast_in_dim"(%2654) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %2656 = "stablehlo.multiply"(%2653, %2655) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %2657 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %2658 = "stablehlo.broadcast_in_dim"(%2657) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %2659 = "stablehlo.add"(%2656, %2658) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %2660 = "stablehlo.rsqrt"(%2659) : (tensor<4xf32>) -> tensor<4xf32>
    %2661 = "stablehlo.convert"(%arg149) : (tensor<64xbf16>) -> tensor<64xf32>
    %2662 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %2663 = "stablehlo.broadcast_in_dim"(%2662) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %2664 = "stablehlo.add"(%2661, %2663) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %2665 = "stablehlo.broadcast_in_dim"(%2660) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %2666 = "stablehlo.multiply"(%2649, %2665) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2667 = "stablehlo.broadcast_in_dim"(%2664) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %2668 = "stablehlo.multiply"(%2666, %2667) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2669 = "stablehlo.reshape"(%2668) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %2670 = "stablehlo.add"(%2544, %2669) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2671 = "stablehlo.reshape"(%2670) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %2672 = "stablehlo.multiply"(%2671, %2671) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2673 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %2675 = "stablehlo.reduce"(%2672, %2673) ({
      ^reductionFn(%arg562: tensor<f32>, %arg563: tensor<f32>) :
          %2674 = "stablehlo.add"(%arg562, %arg563) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%2674) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %2676 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %2677 = "stablehlo.broadcast_in_dim"(%2676) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %2678 = "stablehlo.multiply"(%2675, %2677) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %2679 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %2680 = "stablehlo.broadcast_in_dim"(%2679) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %2681 = "stablehlo.add"(%2678, %2680) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %2682 = "stablehlo.rsqrt"(%2681) : (tensor<4xf32>) -> tensor<4xf32>
    %2683 = "stablehlo.convert"(%arg150) : (tensor<64xbf16>) -> tensor<64xf32>
    %2684 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %2685 = "stablehlo.broadcast_in_dim"(%2684) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %2686 = "stablehlo.add"(%2683, %2685) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %2687 = "stablehlo.broadcast_in_dim"(%2682) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %2688 = "stablehlo.multiply"(%2671, %2687) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2689 = "stablehlo.broadcast_in_dim"(%2686) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %2690 = "stablehlo.multiply"(%2688, %2689) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2691 = "stablehlo.reshape"(%2690) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %2692 = "stablehlo.convert"(%arg151) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %2693 = "stablehlo.dot_general"(%2691, %2692) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %2694 = "stablehlo.convert"(%arg152) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %2695 = "stablehlo.dot_general"(%2691, %2694) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %2696 = "stablehlo.multiply"(%2693, %2693) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2697 = "stablehlo.multiply"(%2696, %2693) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2698 = "stablehlo.constant"() { value = dense<0.044714998453855515> : tensor<f32> } : () -> tensor<f32>
    %2699 = "stablehlo.broadcast_in_dim"(%2698) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %2700 = "stablehlo.multiply"(%2697, %2699) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2701 = "stablehlo.add"(%2693, %2700) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2702 = "stablehlo.constant"() { value = dense<0.7978845834732056> : tensor<f32> } : () -> tensor<f32>
    %2703 = "stablehlo.broadcast_in_dim"(%2702) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %2704 = "stablehlo.multiply"(%2701, %2703) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2705 = "stablehlo.constant"() { value = dense<0.5> : tensor<f32> } : () -> tensor<f32>
    %2706 = "stablehlo.broadcast_in_dim"(%2705) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %2707 = "stablehlo.multiply"(%2693, %2706) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2708 = "stablehlo.tanh"(%2704) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %2709 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %2710 = "stablehlo.broadcast_in_dim"(%2709) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %2711 = "stablehlo.add"(%2708, %2710) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2712 = "stablehlo.multiply"(%2707, %2711) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2713 = "stablehlo.multiply"(%2712, %2695) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2714 = "stablehlo.convert"(%arg153) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %2715 = "stablehlo.dot_general"(%2713, %2714) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %2716 = "stablehlo.reshape"(%2715) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %2717 = "stablehlo.multiply"(%2716, %2716) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2718 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %2720 = "stablehlo.reduce"(%2717, %2718) ({
      ^reductionFn(%arg564: tensor<f32>, %arg565: tensor<f32>) :
          %2719 = "stablehlo.add"(%arg564, %arg565) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%2719) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %2721 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %2722 = "stablehlo.broadcast_in_dim"(%2721) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %2723 = "stablehlo.multiply"(%2720, %2722) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %2724 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %2725 = "stablehlo.broadcast_in_dim"(%2724) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %2726 = "stablehlo.add"(%2723, %2725) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %2727 = "stablehlo.rsqrt"(%2726) : (tensor<4xf32>) -> tensor<4xf32>
    %2728 = "stablehlo.convert"(%arg154) : (tensor<64xbf16>) -> tensor<64xf32>
    %2729 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %2730 = "stablehlo.broadcast_in_dim"(%2729) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %2731 = "stablehlo.add"(%2728, %2730) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %2732 = "stablehlo.broadcast_in_dim"(%2727) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %2733 = "stablehlo.multiply"(%2716, %2732) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2734 = "stablehlo.broadcast_in_dim"(%2731) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %2735 = "stablehlo.multiply"(%2733, %2734) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2736 = "stablehlo.reshape"(%2735) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %2737 = "stablehlo.add"(%2670, %2736) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2738 = "stablehlo.reshape"(%2737) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %2739 = "stablehlo.multiply"(%2738, %2738) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2740 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %2742 = "stablehlo.reduce"(%2739, %2740) ({
      ^reductionFn(%arg566: tensor<f32>, %arg567: tensor<f32>) :
          %2741 = "stablehlo.add"(%arg566, %arg567) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%2741) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %2743 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %2744 = "stablehlo.broadcast_in_dim"(%2743) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %2745 = "stablehlo.multiply"(%2742, %2744) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %2746 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %2747 = "stablehlo.broadcast_in_dim"(%2746) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %2748 = "stablehlo.add"(%2745, %2747) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %2749 = "stablehlo.rsqrt"(%2748) : (tensor<4xf32>) -> tensor<4xf32>
    %2750 = "stablehlo.convert"(%arg155) : (tensor<64xbf16>) -> tensor<64xf32>
    %2751 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %2752 = "stablehlo.broadcast_in_dim"(%2751) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %2753 = "stablehlo.add"(%2750, %2752) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %2754 = "stablehlo.broadcast_in_dim"(%2749) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %2755 = "stablehlo.multiply"(%2738, %2754) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2756 = "stablehlo.broadcast_in_dim"(%2753) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %2757 = "stablehlo.multiply"(%2755, %2756) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2758 = "stablehlo.reshape"(%2757) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %2759 = "stablehlo.convert"(%arg156) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %2760 = "stablehlo.dot_general"(%2758, %2759) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %2761 = "stablehlo.convert"(%arg157) : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %2762 = "stablehlo.dot_general"(%2758, %2761) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<32x64xf32>) -> tensor<4x32xf32>
    %2763 = "stablehlo.convert"(%arg158) : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %2764 = "stablehlo.dot_general"(%2758, %2763) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<32x64xf32>) -> tensor<4x32xf32>
    %2765 = "stablehlo.reshape"(%1) : (tensor<4xi32>) -> tensor<4x1xi32>
    %2766 = "stablehlo.gather"(%arg288, %2765) {
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
    %2767 = "stablehlo.slice"(%2766) {
      limit_indices = array<i64: 4, 8>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %2768 = "stablehlo.broadcast_in_dim"(%2767) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x4x8xf32>
    %2769 = "stablehlo.slice"(%2766) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 8>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %2770 = "stablehlo.broadcast_in_dim"(%2769) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x4x8xf32>
    %2771 = "stablehlo.reshape"(%2760) : (tensor<4x64xf32>) -> tensor<4x4x16xf32>
    %2772 = "stablehlo.slice"(%2771) {
      limit_indices = array<i64: 4, 4, 8>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x16xf32>) -> tensor<4x4x8xf32>
    %2773 = "stablehlo.slice"(%2771) {
      limit_indices = array<i64: 4, 4, 16>,
      start_indices = array<i64: 0, 0, 8>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x16xf32>) -> tensor<4x4x8xf32>
    %2774 = "stablehlo.multiply"(%2772, %2768) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %2775 = "stablehlo.multiply"(%2773, %2770) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %2776 = "stablehlo.subtract"(%2774, %2775) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %2777 = "stablehlo.multiply"(%2773, %2768) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %2778 = "stablehlo.multiply"(%2772, %2770) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %2779 = "stablehlo.add"(%2777, %2778) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %2780 = "stablehlo.concatenate"(%2776, %2779) { dimension = 2 : i64 } : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x16xf32>
    %2781 = "stablehlo.reshape"(%2780) : (tensor<4x4x16xf32>) -> tensor<4x64xf32>
    %2782 = "stablehlo.reshape"(%1) : (tensor<4xi32>) -> tensor<4x1xi32>
    %2783 = "stablehlo.gather"(%arg288, %2782) {
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
    %2784 = "stablehlo.slice"(%2783) {
      limit_indices = array<i64: 4, 8>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %2785 = "stablehlo.broadcast_in_dim"(%2784) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %2786 = "stablehlo.slice"(%2783) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 8>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %2787 = "stablehlo.broadcast_in_dim"(%2786) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %2788 = "stablehlo.reshape"(%2762) : (tensor<4x32xf32>) -> tensor<4x2x16xf32>
    %2789 = "stablehlo.slice"(%2788) {
      limit_indices = array<i64: 4, 2, 8>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x2x16xf32>) -> tensor<4x2x8xf32>
    %2790 = "stablehlo.slice"(%2788) {
      limit_indices = array<i64: 4, 2, 16>,
      start_indices = array<i64: 0, 0, 8>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x2x16xf32>) -> tensor<4x2x8xf32>
    %2791 = "stablehlo.multiply"(%2789, %2785) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %2792 = "stablehlo.multiply"(%2790, %2787) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %2793 = "stablehlo.subtract"(%2791, %2792) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %2794 = "stablehlo.multiply"(%2790, %2785) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %2795 = "stablehlo.multiply"(%2789, %2787) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %2796 = "stablehlo.add"(%2794, %2795) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %2797 = "stablehlo.concatenate"(%2793, %2796) { dimension = 2 : i64 } : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x16xf32>
    %2798 = "stablehlo.reshape"(%2797) : (tensor<4x2x16xf32>) -> tensor<4x32xf32>
    %2799 = "stablehlo.convert"(%2798) : (tensor<4x32xf32>) -> tensor<4x32xbf16>
    %2800 = "stablehlo.scatter"(%arg317, %8, %2799) ({
      ^updateFn(%arg568: tensor<bf16>, %arg569: tensor<bf16>) :
          "stablehlo.return"(%arg569) : (tensor<bf16>) -> ()
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
    %2801 = "stablehlo.convert"(%2764) : (tensor<4x32xf32>) -> tensor<4x32xbf16>
    %2802 = "stablehlo.scatter"(%arg318, %8, %2801) ({
      ^updateFn(%arg570: tensor<bf16>, %arg571: tensor<bf16>) :
          "stablehlo.return"(%arg571) : (tensor<bf16>) -> ()
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
    %2803 = "stablehlo.reshape"(%2781) : (tensor<4x64xf32>) -> tensor<4x2x2x16xf32>
    %2804 = "stablehlo.reshape"(%2) : (tensor<4xi32>) -> tensor<4x1xi32>
    %2805 = "stablehlo.gather"(%2800, %2804) {
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
    %2806 = "stablehlo.convert"(%2805) : (tensor<4x32x32xbf16>) -> tensor<4x32x32xf32>
    %2807 = "stablehlo.reshape"(%2806) : (tensor<4x32x32xf32>) -> tensor<4x32x2x16xf32>
    %2808 = "stablehlo.reshape"(%2) : (tensor<4xi32>) -> tensor<4x1xi32>
    %2809 = "stablehlo.gather"(%2802, %2808) {
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
    %2810 = "stablehlo.convert"(%2809) : (tensor<4x32x32xbf16>) -> tensor<4x32x32xf32>
    %2811 = "stablehlo.reshape"(%2810) : (tensor<4x32x32xf32>) -> tensor<4x32x2x16xf32>
    %2812 = "stablehlo.dot_general"(%2803, %2807) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 2],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [3]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x2x2x16xf32>, tensor<4x32x2x16xf32>) -> tensor<4x2x2x32xf32>
    %2813 = "stablehlo.constant"() { value = dense<0.25> : tensor<f32> } : () -> tensor<f32>
    %2814 = "stablehlo.broadcast_in_dim"(%2813) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x2x2x32xf32>
    %2815 = "stablehlo.multiply"(%2812, %2814) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %2816 = "stablehlo.constant"() { value = dense<0.20000000298023224> : tensor<f32> } : () -> tensor<f32>
    %2817 = "stablehlo.broadcast_in_dim"(%2816) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x2x2x32xf32>
    %2818 = "stablehlo.multiply"(%2815, %2817) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %2819 = "stablehlo.tanh"(%2818) : (tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %2820 = "stablehlo.constant"() { value = dense<5.0> : tensor<f32> } : () -> tensor<f32>
    %2821 = "stablehlo.broadcast_in_dim"(%2820) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x2x2x32xf32>
    %2822 = "stablehlo.multiply"(%2819, %2821) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %2823 = "stablehlo.broadcast_in_dim"(%112) { broadcast_dimensions = array<i64: 0, 3> } : (tensor<4x32xi1>) -> tensor<4x2x2x32xi1>
    %2824 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %2825 = "stablehlo.broadcast_in_dim"(%2824) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x2x2x32xf32>
    %2826 = "stablehlo.select"(%2823, %2822, %2825) : (tensor<4x2x2x32xi1>, tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %2827 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %2829 = "stablehlo.reduce"(%2826, %2827) ({
      ^reductionFn(%arg572: tensor<f32>, %arg573: tensor<f32>) :
          %2828 = "stablehlo.maximum"(%arg572, %arg573) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%2828) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<4x2x2x32xf32>, tensor<f32>) -> tensor<4x2x2xf32>
    %2830 = "stablehlo.broadcast_in_dim"(%2829) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<4x2x2xf32>) -> tensor<4x2x2x32xf32>
    %2831 = "stablehlo.subtract"(%2826, %2830) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %2832 = "stablehlo.exponential"(%2831) : (tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %2833 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %2835 = "stablehlo.reduce"(%2832, %2833) ({
      ^reductionFn(%arg574: tensor<f32>, %arg575: tensor<f32>) :
          %2834 = "stablehlo.add"(%arg574, %arg575) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%2834) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<4x2x2x32xf32>, tensor<f32>) -> tensor<4x2x2xf32>
    %2836 = "stablehlo.broadcast_in_dim"(%2835) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<4x2x2xf32>) -> tensor<4x2x2x32xf32>
    %2837 = "stablehlo.divide"(%2832, %2836) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %2838 = "stablehlo.dot_general"(%2837, %2811) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 2],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x2x2x32xf32>, tensor<4x32x2x16xf32>) -> tensor<4x2x2x16xf32>
    %2839 = "stablehlo.reshape"(%2838) : (tensor<4x2x2x16xf32>) -> tensor<4x64xf32>
    %2840 = "stablehlo.convert"(%arg159) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %2841 = "stablehlo.dot_general"(%2839, %2840) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %2842 = "stablehlo.reshape"(%2841) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %2843 = "stablehlo.multiply"(%2842, %2842) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2844 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %2846 = "stablehlo.reduce"(%2843, %2844) ({
      ^reductionFn(%arg576: tensor<f32>, %arg577: tensor<f32>) :
          %2845 = "stablehlo.add"(%arg576, %arg577) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%2845) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %2847 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %2848 = "stablehlo.broadcast_in_dim"(%2847) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %2849 = "stablehlo.multiply"(%2846, %2848) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %2850 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %2851 = "stablehlo.broadcast_in_dim"(%2850) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %2852 = "stablehlo.add"(%2849, %2851) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %2853 = "stablehlo.rsqrt"(%2852) : (tensor<4xf32>) -> tensor<4xf32>
    %2854 = "stablehlo.convert"(%arg160) : (tensor<64xbf16>) -> tensor<64xf32>
    %2855 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %2856 = "stablehlo.broadcast_in_dim"(%2855) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %2857 = "stablehlo.add"(%2854, %2856) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %2858 = "stablehlo.broadcast_in_dim"(%2853) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %2859 = "stablehlo.multiply"(%2842, %2858) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2860 = "stablehlo.broadcast_in_dim"(%2857) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %2861 = "stablehlo.multiply"(%2859, %2860) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2862 = "stablehlo.reshape"(%2861) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %2863 = "stablehlo.add"(%2737, %2862) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2864 = "stablehlo.reshape"(%2863) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %2865 = "stablehlo.multiply"(%2864, %2864) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2866 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %2868 = "stablehlo.reduce"(%2865, %2866) ({
      ^reductionFn(%arg578: tensor<f32>, %arg579: tensor<f32>) :
          %2867 = "stablehlo.add"(%arg578, %arg579) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%2867) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %2869 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %2870 = "stablehlo.broadcast_in_dim"(%2869) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %2871 = "stablehlo.multiply"(%2868, %2870) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %2872 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %2873 = "stablehlo.broadcast_in_dim"(%2872) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %2874 = "stablehlo.add"(%2871, %2873) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %2875 = "stablehlo.rsqrt"(%2874) : (tensor<4xf32>) -> tensor<4xf32>
    %2876 = "stablehlo.convert"(%arg161) : (tensor<64xbf16>) -> tensor<64xf32>
    %2877 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %2878 = "stablehlo.broadcast_in_dim"(%2877) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %2879 = "stablehlo.add"(%2876, %2878) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %2880 = "stablehlo.broadcast_in_dim"(%2875) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %2881 = "stablehlo.multiply"(%2864, %2880) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2882 = "stablehlo.broadcast_in_dim"(%2879) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %2883 = "stablehlo.multiply"(%2881, %2882) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2884 = "stablehlo.reshape"(%2883) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %2885 = "stablehlo.convert"(%arg162) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %2886 = "stablehlo.dot_general"(%2884, %2885) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %2887 = "stablehlo.convert"(%arg163) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %2888 = "stablehlo.dot_general"(%2884, %2887) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %2889 = "stablehlo.multiply"(%2886, %2886) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2890 = "stablehlo.multiply"(%2889, %2886) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2891 = "stablehlo.constant"() { value = dense<0.044714998453855515> : tensor<f32> } : () -> tensor<f32>
    %2892 = "stablehlo.broadcast_in_dim"(%2891) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %2893 = "stablehlo.multiply"(%2890, %2892) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2894 = "stablehlo.add"(%2886, %2893) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2895 = "stablehlo.constant"() { value = dense<0.7978845834732056> : tensor<f32> } : () -> tensor<f32>
    %2896 = "stablehlo.broadcast_in_dim"(%2895) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %2897 = "stablehlo.multiply"(%2894, %2896) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2898 = "stablehlo.constant"() { value = dense<0.5> : tensor<f32> } : () -> tensor<f32>
    %2899 = "stablehlo.broadcast_in_dim"(%2898) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %2900 = "stablehlo.multiply"(%2886, %2899) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2901 = "stablehlo.tanh"(%2897) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %2902 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %2903 = "stablehlo.broadcast_in_dim"(%2902) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %2904 = "stablehlo.add"(%2901, %2903) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2905 = "stablehlo.multiply"(%2900, %2904) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2906 = "stablehlo.multiply"(%2905, %2888) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2907 = "stablehlo.convert"(%arg164) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %2908 = "stablehlo.dot_general"(%2906, %2907) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %2909 = "stablehlo.reshape"(%2908) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %2910 = "stablehlo.multiply"(%2909, %2909) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2911 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %2913 = "stablehlo.reduce"(%2910, %2911) ({
      ^reductionFn(%arg580: tensor<f32>, %arg581: tensor<f32>) :
          %2912 = "stablehlo.add"(%arg580, %arg581) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%2912) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %2914 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %2915 = "stablehlo.broadcast_in_dim"(%2914) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %2916 = "stablehlo.multiply"(%2913, %2915) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %2917 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %2918 = "stablehlo.broadcast_in_dim"(%2917) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %2919 = "stablehlo.add"(%2916, %2918) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %2920 = "stablehlo.rsqrt"(%2919) : (tensor<4xf32>) -> tensor<4xf32>
    %2921 = "stablehlo.convert"(%arg165) : (tensor<64xbf16>) -> tensor<64xf32>
    %2922 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %2923 = "stablehlo.broadcast_in_dim"(%2922) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %2924 = "stablehlo.add"(%2921, %2923) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %2925 = "stablehlo.broadcast_in_dim"(%2920) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %2926 = "stablehlo.multiply"(%2909, %2925) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2927 = "stablehlo.broadcast_in_dim"(%2924) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %2928 = "stablehlo.multiply"(%2926, %2927) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2929 = "stablehlo.reshape"(%2928) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %2930 = "stablehlo.add"(%2863, %2929) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2931 = "stablehlo.reshape"(%2930) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %2932 = "stablehlo.multiply"(%2931, %2931) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2933 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %2935 = "stablehlo.reduce"(%2932, %2933) ({
      ^reductionFn(%arg582: tensor<f32>, %arg583: tensor<f32>) :
          %2934 = "stablehlo.add"(%arg582, %arg583) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%2934) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %2936 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %2937 = "stablehlo.broadcast_in_dim"(%2936) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %2938 = "stablehlo.multiply"(%2935, %2937) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %2939 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %2940 = "stablehlo.broadcast_in_dim"(%2939) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %2941 = "stablehlo.add"(%2938, %2940) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %2942 = "stablehlo.rsqrt"(%2941) : (tensor<4xf32>) -> tensor<4xf32>
    %2943 = "stablehlo.convert"(%arg166) : (tensor<64xbf16>) -> tensor<64xf32>
    %2944 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %2945 = "stablehlo.broadcast_in_dim"(%2944) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %2946 = "stablehlo.add"(%2943, %2945) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %2947 = "stablehlo.broadcast_in_dim"(%2942) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %2948 = "stablehlo.multiply"(%2931, %2947) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2949 = "stablehlo.broadcast_in_dim"(%2946) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %2950 = "stablehlo.multiply"(%2948, %2949) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2951 = "stablehlo.reshape"(%2950) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %2952 = "stablehlo.convert"(%arg167) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %2953 = "stablehlo.dot_general"(%2951, %2952) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %2954 = "stablehlo.convert"(%arg168) : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %2955 = "stablehlo.dot_general"(%2951, %2954) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<32x64xf32>) -> tensor<4x32xf32>
    %2956 = "stablehlo.convert"(%arg169) : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %2957 = "stablehlo.dot_general"(%2951, %2956) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<32x64xf32>) -> tensor<4x32xf32>
    %2958 = "stablehlo.reshape"(%1) : (tensor<4xi32>) -> tensor<4x1xi32>
    %2959 = "stablehlo.gather"(%arg288, %2958) {
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
    %2960 = "stablehlo.slice"(%2959) {
      limit_indices = array<i64: 4, 8>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %2961 = "stablehlo.broadcast_in_dim"(%2960) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x4x8xf32>
    %2962 = "stablehlo.slice"(%2959) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 8>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %2963 = "stablehlo.broadcast_in_dim"(%2962) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x4x8xf32>
    %2964 = "stablehlo.reshape"(%2953) : (tensor<4x64xf32>) -> tensor<4x4x16xf32>
    %2965 = "stablehlo.slice"(%2964) {
      limit_indices = array<i64: 4, 4, 8>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x16xf32>) -> tensor<4x4x8xf32>
    %2966 = "stablehlo.slice"(%2964) {
      limit_indices = array<i64: 4, 4, 16>,
      start_indices = array<i64: 0, 0, 8>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x16xf32>) -> tensor<4x4x8xf32>
    %2967 = "stablehlo.multiply"(%2965, %2961) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %2968 = "stablehlo.multiply"(%2966, %2963) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %2969 = "stablehlo.subtract"(%2967, %2968) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %2970 = "stablehlo.multiply"(%2966, %2961) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %2971 = "stablehlo.multiply"(%2965, %2963) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %2972 = "stablehlo.add"(%2970, %2971) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %2973 = "stablehlo.concatenate"(%2969, %2972) { dimension = 2 : i64 } : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x16xf32>
    %2974 = "stablehlo.reshape"(%2973) : (tensor<4x4x16xf32>) -> tensor<4x64xf32>
    %2975 = "stablehlo.reshape"(%1) : (tensor<4xi32>) -> tensor<4x1xi32>
    %2976 = "stablehlo.gather"(%arg288, %2975) {
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
    %2977 = "stablehlo.slice"(%2976) {
      limit_indices = array<i64: 4, 8>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %2978 = "stablehlo.broadcast_in_dim"(%2977) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %2979 = "stablehlo.slice"(%2976) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 8>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %2980 = "stablehlo.broadcast_in_dim"(%2979) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %2981 = "stablehlo.reshape"(%2955) : (tensor<4x32xf32>) -> tensor<4x2x16xf32>
    %2982 = "stablehlo.slice"(%2981) {
      limit_indices = array<i64: 4, 2, 8>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x2x16xf32>) -> tensor<4x2x8xf32>
    %2983 = "stablehlo.slice"(%2981) {
      limit_indices = array<i64: 4, 2, 16>,
      start_indices = array<i64: 0, 0, 8>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x2x16xf32>) -> tensor<4x2x8xf32>
    %2984 = "stablehlo.multiply"(%2982, %2978) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %2985 = "stablehlo.multiply"(%2983, %2980) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %2986 = "stablehlo.subtract"(%2984, %2985) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %2987 = "stablehlo.multiply"(%2983, %2978) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %2988 = "stablehlo.multiply"(%2982, %2980) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %2989 = "stablehlo.add"(%2987, %2988) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %2990 = "stablehlo.concatenate"(%2986, %2989) { dimension = 2 : i64 } : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x16xf32>
    %2991 = "stablehlo.reshape"(%2990) : (tensor<4x2x16xf32>) -> tensor<4x32xf32>
    %2992 = "stablehlo.convert"(%2991) : (tensor<4x32xf32>) -> tensor<4x32xbf16>
    %2993 = "stablehlo.scatter"(%arg319, %8, %2992) ({
      ^updateFn(%arg584: tensor<bf16>, %arg585: tensor<bf16>) :
          "stablehlo.return"(%arg585) : (tensor<bf16>) -> ()
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
    %2994 = "stablehlo.convert"(%2957) : (tensor<4x32xf32>) -> tensor<4x32xbf16>
    %2995 = "stablehlo.scatter"(%arg320, %8, %2994) ({
      ^updateFn(%arg586: tensor<bf16>, %arg587: tensor<bf16>) :
          "stablehlo.return"(%arg587) : (tensor<bf16>) -> ()
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
    %2996 = "stablehlo.reshape"(%2974) : (tensor<4x64xf32>) -> tensor<4x2x2x16xf32>
    %2997 = "stablehlo.reshape"(%2) : (tensor<4xi32>) -> tensor<4x1xi32>
    %2998 = "stablehlo.gather"(%2993, %2997) {
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
    %2999 = "stablehlo.convert"(%2998) : (tensor<4x32x32xbf16>) -> tensor<4x32x32xf32>
    %3000 = "stablehlo.reshape"(%2999) : (tensor<4x32x32xf32>) -> tensor<4x32x2x16xf32>
    %3001 = "stablehlo.reshape"(%2) : (tensor<4xi32>) -> tensor<4x1xi32>
    %3002 = "stablehlo.gather"(%2995, %3001) {
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
    %3003 = "stablehlo.convert"(%3002) : (tensor<4x32x32xbf16>) -> tensor<4x32x32xf32>
    %3004 = "stablehlo.reshape"(%3003) : (tensor<4x32x32xf32>) -> tensor<4x32x2x16xf32>
    %3005 = "stablehlo.dot_general"(%2996, %3000) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 2],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [3]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x2x2x16xf32>, tensor<4x32x2x16xf32>) -> tensor<4x2x2x32xf32>
    %3006 = "stablehlo.constant"() { value = dense<0.25> : tensor<f32> } : () -> tensor<f32>
    %3007 = "stablehlo.broadcast_in_dim"(%3006) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x2x2x32xf32>
    %3008 = "stablehlo.multiply"(%3005, %3007) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %3009 = "stablehlo.constant"() { value = dense<0.20000000298023224> : tensor<f32> } : () -> tensor<f32>
    %3010 = "stablehlo.broadcast_in_dim"(%3009) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x2x2x32xf32>
    %3011 = "stablehlo.multiply"(%3008, %3010) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %3012 = "stablehlo.tanh"(%3011) : (tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %3013 = "stablehlo.constant"() { value = dense<5.0> : tensor<f32> } : () -> tensor<f32>
    %3014 = "stablehlo.broadcast_in_dim"(%3013) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x2x2x32xf32>
    %3015 = "stablehlo.multiply"(%3012, %3014) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %3016 = "stablehlo.broadcast_in_dim"(%313) { broadcast_dimensions = array<i64: 0, 3> } : (tensor<4x32xi1>) -> tensor<4x2x2x32xi1>
    %3017 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %3018 = "stablehlo.broadcast_in_dim"(%3017) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x2x2x32xf32>
    %3019 = "stablehlo.select"(%3016, %3015, %3018) : (tensor<4x2x2x32xi1>, tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %3020 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %3022 = "stablehlo.reduce"(%3019, %3020) ({
      ^reductionFn(%arg588: tensor<f32>, %arg589: tensor<f32>) :
          %3021 = "stablehlo.maximum"(%arg588, %arg589) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%3021) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<4x2x2x32xf32>, tensor<f32>) -> tensor<4x2x2xf32>
    %3023 = "stablehlo.broadcast_in_dim"(%3022) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<4x2x2xf32>) -> tensor<4x2x2x32xf32>
    %3024 = "stablehlo.subtract"(%3019, %3023) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %3025 = "stablehlo.exponential"(%3024) : (tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %3026 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %3028 = "stablehlo.reduce"(%3025, %3026) ({
      ^reductionFn(%arg590: tensor<f32>, %arg591: tensor<f32>) :
          %3027 = "stablehlo.add"(%arg590, %arg591) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%3027) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<4x2x2x32xf32>, tensor<f32>) -> tensor<4x2x2xf32>
    %3029 = "stablehlo.broadcast_in_dim"(%3028) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<4x2x2xf32>) -> tensor<4x2x2x32xf32>
    %3030 = "stablehlo.divide"(%3025, %3029) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %3031 = "stablehlo.dot_general"(%3030, %3004) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 2],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x2x2x32xf32>, tensor<4x32x2x16xf32>) -> tensor<4x2x2x16xf32>
    %3032 = "stablehlo.reshape"(%3031) : (tensor<4x2x2x16xf32>) -> tensor<4x64xf32>
    %3033 = "stablehlo.convert"(%arg170) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %3034 = "stablehlo.dot_general"(%3032, %3033) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %3035 = "stablehlo.reshape"(%3034) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %3036 = "stablehlo.multiply"(%3035, %3035) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3037 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %3039 = "stablehlo.reduce"(%3036, %3037) ({
      ^reductionFn(%arg592: tensor<f32>, %arg593: tensor<f32>) :
          %3038 = "stablehlo.add"(%arg592, %arg593) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%3038) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %3040 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %3041 = "stablehlo.broadcast_in_dim"(%3040) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %3042 = "stablehlo.multiply"(%3039, %3041) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %3043 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %3044 = "stablehlo.broadcast_in_dim"(%3043) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %3045 = "stablehlo.add"(%3042, %3044) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %3046 = "stablehlo.rsqrt"(%3045) : (tensor<4xf32>) -> tensor<4xf32>
    %3047 = "stablehlo.convert"(%arg171) : (tensor<64xbf16>) -> tensor<64xf32>
    %3048 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %3049 = "stablehlo.broadcast_in_dim"(%3048) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %3050 = "stablehlo.add"(%3047, %3049) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %3051 = "stablehlo.broadcast_in_dim"(%3046) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %3052 = "stablehlo.multiply"(%3035, %3051) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3053 = "stablehlo.broadcast_in_dim"(%3050) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %3054 = "stablehlo.multiply"(%3052, %3053) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3055 = "stablehlo.reshape"(%3054) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %3056 = "stablehlo.add"(%2930, %3055) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3057 = "stablehlo.reshape"(%3056) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %3058 = "stablehlo.multiply"(%3057, %3057) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3059 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %3061 = "stablehlo.reduce"(%3058, %3059) ({
      ^reductionFn(%arg594: tensor<f32>, %arg595: tensor<f32>) :
          %3060 = "stablehlo.add"(%arg594, %arg595) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%3060) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %3062 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %3063 = "stablehlo.broadcast_in_dim"(%3062) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %3064 = "stablehlo.multiply"(%3061, %3063) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %3065 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %3066 = "stablehlo.broadcast_in_dim"(%3065) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %3067 = "stablehlo.add"(%3064, %3066) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %3068 = "stablehlo.rsqrt"(%3067) : (tensor<4xf32>) -> tensor<4xf32>
    %3069 = "stablehlo.convert"(%arg172) : (tensor<64xbf16>) -> tensor<64xf32>
    %3070 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %3071 = "stablehlo.broadcast_in_dim"(%3070) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %3072 = "stablehlo.add"(%3069, %3071) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %3073 = "stablehlo.broadcast_in_dim"(%3068) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %3074 = "stablehlo.multiply"(%3057, %3073) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3075 = "stablehlo.broadcast_in_dim"(%3072) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %3076 = "stablehlo.multiply"(%3074, %3075) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3077 = "stablehlo.reshape"(%3076) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %3078 = "stablehlo.convert"(%arg173) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %3079 = "stablehlo.dot_general"(%3077, %3078) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %3080 = "stablehlo.convert"(%arg174) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %3081 = "stablehlo.dot_general"(%3077, %3080) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %3082 = "stablehlo.multiply"(%3079, %3079) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3083 = "stablehlo.multiply"(%3082, %3079) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3084 = "stablehlo.constant"() { value = dense<0.044714998453855515> : tensor<f32> } : () -> tensor<f32>
    %3085 = "stablehlo.broadcast_in_dim"(%3084) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %3086 = "stablehlo.multiply"(%3083, %3085) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3087 = "stablehlo.add"(%3079, %3086) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3088 = "stablehlo.constant"() { value = dense<0.7978845834732056> : tensor<f32> } : () -> tensor<f32>
    %3089 = "stablehlo.broadcast_in_dim"(%3088) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %3090 = "stablehlo.multiply"(%3087, %3089) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3091 = "stablehlo.constant"() { value = dense<0.5> : tensor<f32> } : () -> tensor<f32>
    %3092 = "stablehlo.broadcast_in_dim"(%3091) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %3093 = "stablehlo.multiply"(%3079, %3092) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3094 = "stablehlo.tanh"(%3090) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %3095 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %3096 = "stablehlo.broadcast_in_dim"(%3095) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %3097 = "stablehlo.add"(%3094, %3096) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3098 = "stablehlo.multiply"(%3093, %3097) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3099 = "stablehlo.multiply"(%3098, %3081) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3100 = "stablehlo.convert"(%arg175) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %3101 = "stablehlo.dot_general"(%3099, %3100) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %3102 = "stablehlo.reshape"(%3101) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %3103 = "stablehlo.multiply"(%3102, %3102) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3104 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %3106 = "stablehlo.reduce"(%3103, %3104) ({
      ^reductionFn(%arg596: tensor<f32>, %arg597: tensor<f32>) :
          %3105 = "stablehlo.add"(%arg596, %arg597) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%3105) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %3107 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %3108 = "stablehlo.broadcast_in_dim"(%3107) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %3109 = "stablehlo.multiply"(%3106, %3108) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %3110 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %3111 = "stablehlo.broadcast_in_dim"(%3110) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %3112 = "stablehlo.add"(%3109, %3111) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %3113 = "stablehlo.rsqrt"(%3112) : (tensor<4xf32>) -> tensor<4xf32>
    %3114 = "stablehlo.convert"(%arg176) : (tensor<64xbf16>) -> tensor<64xf32>
    %3115 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %3116 = "stablehlo.broadcast_in_dim"(%3115) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %3117 = "stablehlo.add"(%3114, %3116) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %3118 = "stablehlo.broadcast_in_dim"(%3113) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %3119 = "stablehlo.multiply"(%3102, %3118) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3120 = "stablehlo.broadcast_in_dim"(%3117) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %3121 = "stablehlo.multiply"(%3119, %3120) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3122 = "stablehlo.reshape"(%3121) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %3123 = "stablehlo.add"(%3056, %3122) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3124 = "stablehlo.reshape"(%3123) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %3125 = "stablehlo.multiply"(%3124, %3124) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3126 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %3128 = "stablehlo.reduce"(%3125, %3126) ({
      ^reductionFn(%arg598: tensor<f32>, %arg599: tensor<f32>) :
          %3127 = "stablehlo.add"(%arg598, %arg599) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%3127) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %3129 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %3130 = "stablehlo.broadcast_in_dim"(%3129) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %3131 = "stablehlo.multiply"(%3128, %3130) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %3132 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %3133 = "stablehlo.broadcast_in_dim"(%3132) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %3134 = "stablehlo.add"(%3131, %3133) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %3135 = "stablehlo.rsqrt"(%3134) : (tensor<4xf32>) -> tensor<4xf32>
    %3136 = "stablehlo.convert"(%arg177) : (tensor<64xbf16>) -> tensor<64xf32>
    %3137 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %3138 = "stablehlo.broadcast_in_dim"(%3137) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %3139 = "stablehlo.add"(%3136, %3138) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %3140 = "stablehlo.broadcast_in_dim"(%3135) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %3141 = "stablehlo.multiply"(%3124, %3140) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3142 = "stablehlo.broadcast_in_dim"(%3139) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %3143 = "stablehlo.multiply"(%3141, %3142) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3144 = "stablehlo.reshape"(%3143) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %3145 = "stablehlo.convert"(%arg178) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %3146 = "stablehlo.dot_general"(%3144, %3145) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %3147 = "stablehlo.convert"(%arg179) : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %3148 = "stablehlo.dot_general"(%3144, %3147) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<32x64xf32>) -> tensor<4x32xf32>
    %3149 = "stablehlo.convert"(%arg180) : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %3150 = "stablehlo.dot_general"(%3144, %3149) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<32x64xf32>) -> tensor<4x32xf32>
    %3151 = "stablehlo.reshape"(%1) : (tensor<4xi32>) -> tensor<4x1xi32>
    %3152 = "stablehlo.gather"(%arg288, %3151) {
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
    %3153 = "stablehlo.slice"(%3152) {
      limit_indices = array<i64: 4, 8>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %3154 = "stablehlo.broadcast_in_dim"(%3153) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x4x8xf32>
    %3155 = "stablehlo.slice"(%3152) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 8>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %3156 = "stablehlo.broadcast_in_dim"(%3155) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x4x8xf32>
    %3157 = "stablehlo.reshape"(%3146) : (tensor<4x64xf32>) -> tensor<4x4x16xf32>
    %3158 = "stablehlo.slice"(%3157) {
      limit_indices = array<i64: 4, 4, 8>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x16xf32>) -> tensor<4x4x8xf32>
    %3159 = "stablehlo.slice"(%3157) {
      limit_indices = array<i64: 4, 4, 16>,
      start_indices = array<i64: 0, 0, 8>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x16xf32>) -> tensor<4x4x8xf32>
    %3160 = "stablehlo.multiply"(%3158, %3154) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %3161 = "stablehlo.multiply"(%3159, %3156) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %3162 = "stablehlo.subtract"(%3160, %3161) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %3163 = "stablehlo.multiply"(%3159, %3154) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %3164 = "stablehlo.multiply"(%3158, %3156) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %3165 = "stablehlo.add"(%3163, %3164) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %3166 = "stablehlo.concatenate"(%3162, %3165) { dimension = 2 : i64 } : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x16xf32>
    %3167 = "stablehlo.reshape"(%3166) : (tensor<4x4x16xf32>) -> tensor<4x64xf32>
    %3168 = "stablehlo.reshape"(%1) : (tensor<4xi32>) -> tensor<4x1xi32>
    %3169 = "stablehlo.gather"(%arg288, %3168) {
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
    %3170 = "stablehlo.slice"(%3169) {
      limit_indices = array<i64: 4, 8>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %3171 = "stablehlo.broadcast_in_dim"(%3170) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %3172 = "stablehlo.slice"(%3169) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 8>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %3173 = "stablehlo.broadcast_in_dim"(%3172) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %3174 = "stablehlo.reshape"(%3148) : (tensor<4x32xf32>) -> tensor<4x2x16xf32>
    %3175 = "stablehlo.slice"(%3174) {
      limit_indices = array<i64: 4, 2, 8>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x2x16xf32>) -> tensor<4x2x8xf32>
    %3176 = "stablehlo.slice"(%3174) {
      limit_indices = array<i64: 4, 2, 16>,
      start_indices = array<i64: 0, 0, 8>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x2x16xf32>) -> tensor<4x2x8xf32>
    %3177 = "stablehlo.multiply"(%3175, %3171) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %3178 = "stablehlo.multiply"(%3176, %3173) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %3179 = "stablehlo.subtract"(%3177, %3178) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %3180 = "stablehlo.multiply"(%3176, %3171) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %3181 = "stablehlo.multiply"(%3175, %3173) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %3182 = "stablehlo.add"(%3180, %3181) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %3183 = "stablehlo.concatenate"(%3179, %3182) { dimension = 2 : i64 } : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x16xf32>
    %3184 = "stablehlo.reshape"(%3183) : (tensor<4x2x16xf32>) -> tensor<4x32xf32>
    %3185 = "stablehlo.convert"(%3184) : (tensor<4x32xf32>) -> tensor<4x32xbf16>
    %3186 = "stablehlo.scatter"(%arg321, %8, %3185) ({
      ^updateFn(%arg600: tensor<bf16>, %arg601: tensor<bf16>) :
          "stablehlo.return"(%arg601) : (tensor<bf16>) -> ()
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
    %3187 = "stablehlo.convert"(%3150) : (tensor<4x32xf32>) -> tensor<4x32xbf16>
    %3188 = "stablehlo.scatter"(%arg322, %8, %3187) ({
      ^updateFn(%arg602: tensor<bf16>, %arg603: tensor<bf16>) :
          "stablehlo.return"(%arg603) : (tensor<bf16>) -> ()
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
    %3189 = "stablehlo.reshape"(%3167) : (tensor<4x64xf32>) -> tensor<4x2x2x16xf32>
    %3190 = "stablehlo.reshape"(%2) : (tensor<4xi32>) -> tensor<4x1xi32>
    %3191 = "stablehlo.gather"(%3186, %3190) {
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
    %3192 = "stablehlo.convert"(%3191) : (tensor<4x32x32xbf16>) -> tensor<4x32x32xf32>
    %3193 = "stablehlo.reshape"(%3192) : (tensor<4x32x32xf32>) -> tensor<4x32x2x16xf32>
    %3194 = "stablehlo.reshape"(%2) : (tensor<4xi32>) -> tensor<4x1xi32>
    %3195 = "stablehlo.gather"(%3188, %3194) {
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
    %3196 = "stablehlo.convert"(%3195) : (tensor<4x32x32xbf16>) -> tensor<4x32x32xf32>
    %3197 = "stablehlo.reshape"(%3196) : (tensor<4x32x32xf32>) -> tensor<4x32x2x16xf32>
    %3198 = "stablehlo.dot_general"(%3189, %3193) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 2],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [3]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x2x2x16xf32>, tensor<4x32x2x16xf32>) -> tensor<4x2x2x32xf32>
    %3199 = "stablehlo.constant"() { value = dense<0.25> : tensor<f32> } : () -> tensor<f32>
    %3200 = "stablehlo.broadcast_in_dim"(%3199) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x2x2x32xf32>
    %3201 = "stablehlo.multiply"(%3198, %3200) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %3202 = "stablehlo.constant"() { value = dense<0.20000000298023224> : tensor<f32> } : () -> tensor<f32>
    %3203 = "stablehlo.broadcast_in_dim"(%3202) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x2x2x32xf32>
    %3204 = "stablehlo.multiply"(%3201, %3203) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %3205 = "stablehlo.tanh"(%3204) : (tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %3206 = "stablehlo.constant"() { value = dense<5.0> : tensor<f32> } : () -> tensor<f32>
    %3207 = "stablehlo.broadcast_in_dim"(%3206) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x2x2x32xf32>
    %3208 = "stablehlo.multiply"(%3205, %3207) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %3209 = "stablehlo.broadcast_in_dim"(%112) { broadcast_dimensions = array<i64: 0, 3> } : (tensor<4x32xi1>) -> tensor<4x2x2x32xi1>
    %3210 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %3211 = "stablehlo.broadcast_in_dim"(%3210) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x2x2x32xf32>
    %3212 = "stablehlo.select"(%3209, %3208, %3211) : (tensor<4x2x2x32xi1>, tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %3213 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %3215 = "stablehlo.reduce"(%3212, %3213) ({
      ^reductionFn(%arg604: tensor<f32>, %arg605: tensor<f32>) :
          %3214 = "stablehlo.maximum"(%arg604, %arg605) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%3214) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<4x2x2x32xf32>, tensor<f32>) -> tensor<4x2x2xf32>
    %3216 = "stablehlo.broadcast_in_dim"(%3215) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<4x2x2xf32>) -> tensor<4x2x2x32xf32>
    %3217 = "stablehlo.subtract"(%3212, %3216) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %3218 = "stablehlo.exponential"(%3217) : (tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %3219 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %3221 = "stablehlo.reduce"(%3218, %3219) ({
      ^reductionFn(%arg606: tensor<f32>, %arg607: tensor<f32>) :
          %3220 = "stablehlo.add"(%arg606, %arg607) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%3220) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<4x2x2x32xf32>, tensor<f32>) -> tensor<4x2x2xf32>
    %3222 = "stablehlo.broadcast_in_dim"(%3221) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<4x2x2xf32>) -> tensor<4x2x2x32xf32>
    %3223 = "stablehlo.divide"(%3218, %3222) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %3224 = "stablehlo.dot_general"(%3223, %3197) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 2],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x2x2x32xf32>, tensor<4x32x2x16xf32>) -> tensor<4x2x2x16xf32>
    %3225 = "stablehlo.reshape"(%3224) : (tensor<4x2x2x16xf32>) -> tensor<4x64xf32>
    %3226 = "stablehlo.convert"(%arg181) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %3227 = "stablehlo.dot_general"(%3225, %3226) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %3228 = "stablehlo.reshape"(%3227) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %3229 = "stablehlo.multiply"(%3228, %3228) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3230 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %3232 = "stablehlo.reduce"(%3229, %3230) ({
      ^reductionFn(%arg608: tensor<f32>, %arg609: tensor<f32>) :
          %3231 = "stablehlo.add"(%arg608, %arg609) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%3231) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %3233 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %3234 = "stablehlo.broadcast_in_dim"(%3233) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %3235 = "stablehlo.multiply"(%3232, %3234) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %3236 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %3237 = "stablehlo.broadcast_in_dim"(%3236) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %3238 = "stablehlo.add"(%3235, %3237) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %3239 = "stablehlo.rsqrt"(%3238) : (tensor<4xf32>) -> tensor<4xf32>
    %3240 = "stablehlo.convert"(%arg182) : (tensor<64xbf16>) -> tensor<64xf32>
    %3241 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %3242 = "stablehlo.broadcast_in_dim"(%3241) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %3243 = "stablehlo.add"(%3240, %3242) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %3244 = "stablehlo.broadcast_in_dim"(%3239) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %3245 = "stablehlo.multiply"(%3228, %3244) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3246 = "stablehlo.broadcast_in_dim"(%3243) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %3247 = "stablehlo.multiply"(%3245, %3246) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3248 = "stablehlo.reshape"(%3247) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %3249 = "stablehlo.add"(%3123, %3248) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3250 = "stablehlo.reshape"(%3249) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %3251 = "stablehlo.multiply"(%3250, %3250) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3252 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %3254 = "stablehlo.reduce"(%3251, %3252) ({
      ^reductionFn(%arg610: tensor<f32>, %arg611: tensor<f32>) :
          %3253 = "stablehlo.add"(%arg610, %arg611) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%3253) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %3255 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %3256 = "stablehlo.broadcast_in_dim"(%3255) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %3257 = "stablehlo.multiply"(%3254, %3256) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %3258 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %3259 = "stablehlo.broadcast_in_dim"(%3258) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %3260 = "stablehlo.add"(%3257, %3259) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %3261 = "stablehlo.rsqrt"(%3260) : (tensor<4xf32>) -> tensor<4xf32>
    %3262 = "stablehlo.convert"(%arg183) : (tensor<64xbf16>) -> tensor<64xf32>
    %3263 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %3264 = "stablehlo.broadcast_in_dim"(%3263) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %3265 = "stablehlo.add"(%3262, %3264) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %3266 = "stablehlo.broadcast_in_dim"(%3261) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %3267 = "stablehlo.multiply"(%3250, %3266) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3268 = "stablehlo.broadcast_in_dim"(%3265) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %3269 = "stablehlo.multiply"(%3267, %3268) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3270 = "stablehlo.reshape"(%3269) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %3271 = "stablehlo.convert"(%arg184) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %3272 = "stablehlo.dot_general"(%3270, %3271) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %3273 = "stablehlo.convert"(%arg185) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %3274 = "stablehlo.dot_general"(%3270, %3273) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %3275 = "stablehlo.multiply"(%3272, %3272) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3276 = "stablehlo.multiply"(%3275, %3272) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3277 = "stablehlo.constant"() { value = dense<0.044714998453855515> : tensor<f32> } : () -> tensor<f32>
    %3278 = "stablehlo.broadcast_in_dim"(%3277) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %3279 = "stablehlo.multiply"(%3276, %3278) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3280 = "stablehlo.add"(%3272, %3279) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3281 = "stablehlo.constant"() { value = dense<0.7978845834732056> : tensor<f32> } : () -> tensor<f32>
    %3282 = "stablehlo.broadcast_in_dim"(%3281) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %3283 = "stablehlo.multiply"(%3280, %3282) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3284 = "stablehlo.constant"() { value = dense<0.5> : tensor<f32> } : () -> tensor<f32>
    %3285 = "stablehlo.broadcast_in_dim"(%3284) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %3286 = "stablehlo.multiply"(%3272, %3285) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3287 = "stablehlo.tanh"(%3283) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %3288 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %3289 = "stablehlo.broadcast_in_dim"(%3288) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %3290 = "stablehlo.add"(%3287, %3289) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3291 = "stablehlo.multiply"(%3286, %3290) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3292 = "stablehlo.multiply"(%3291, %3274) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3293 = "stablehlo.convert"(%arg186) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %3294 = "stablehlo.dot_general"(%3292, %3293) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %3295 = "stablehlo.reshape"(%3294) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %3296 = "stablehlo.multiply"(%3295, %3295) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3297 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %3299 = "stablehlo.reduce"(%3296, %3297) ({
      ^reductionFn(%arg612: tensor<f32>, %arg613: tensor<f32>) :
          %3298 = "stablehlo.add"(%arg612, %arg613) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%3298) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %3300 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %3301 = "stablehlo.broadcast_in_dim"(%3300) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %3302 = "stablehlo.multiply"(%3299, %3301) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %3303 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %3304 = "stablehlo.broadcast_in_dim"(%3303) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %3305 = "stablehlo.add"(%3302, %3304) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %3306 = "stablehlo.rsqrt"(%3305) : (tensor<4xf32>) -> tensor<4xf32>
    %3307 = "stablehlo.convert"(%arg187) : (tensor<64xbf16>) -> tensor<64xf32>
    %3308 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %3309 = "stablehlo.broadcast_in_dim"(%3308) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %3310 = "stablehlo.add"(%3307, %3309) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %3311 = "stablehlo.broadcast_in_dim"(%3306) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %3312 = "stablehlo.multiply"(%3295, %3311) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3313 = "stablehlo.broadcast_in_dim"(%3310) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %3314 = "stablehlo.multiply"(%3312, %3313) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3315 = "stablehlo.reshape"(%3314) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %3316 = "stablehlo.add"(%3249, %3315) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3317 = "stablehlo.reshape"(%3316) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %3318 = "stablehlo.multiply"(%3317, %3317) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3319 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %3321 = "stablehlo.reduce"(%3318, %3319) ({
      ^reductionFn(%arg614: tensor<f32>, %arg615: tensor<f32>) :
          %3320 = "stablehlo.add"(%arg614, %arg615) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%3320) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %3322 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %3323 = "stablehlo.broadcast_in_dim"(%3322) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %3324 = "stablehlo.multiply"(%3321, %3323) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %3325 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %3326 = "stablehlo.broadcast_in_dim"(%3325) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %3327 = "stablehlo.add"(%3324, %3326) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %3328 = "stablehlo.rsqrt"(%3327) : (tensor<4xf32>) -> tensor<4xf32>
    %3329 = "stablehlo.convert"(%arg188) : (tensor<64xbf16>) -> tensor<64xf32>
    %3330 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %3331 = "stablehlo.broadcast_in_dim"(%3330) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %3332 = "stablehlo.add"(%3329, %3331) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %3333 = "stablehlo.broadcast_in_dim"(%3328) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %3334 = "stablehlo.multiply"(%3317, %3333) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3335 = "stablehlo.broadcast_in_dim"(%3332) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %3336 = "stablehlo.multiply"(%3334, %3335) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3337 = "stablehlo.reshape"(%3336) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %3338 = "stablehlo.convert"(%arg189) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %3339 = "stablehlo.dot_general"(%3337, %3338) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %3340 = "stablehlo.convert"(%arg190) : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %3341 = "stablehlo.dot_general"(%3337, %3340) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<32x64xf32>) -> tensor<4x32xf32>
    %3342 = "stablehlo.convert"(%arg191) : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %3343 = "stablehlo.dot_general"(%3337, %3342) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<32x64xf32>) -> tensor<4x32xf32>
    %3344 = "stablehlo.reshape"(%1) : (tensor<4xi32>) -> tensor<4x1xi32>
    %3345 = "stablehlo.gather"(%arg288, %3344) {
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
    %3346 = "stablehlo.slice"(%3345) {
      limit_indices = array<i64: 4, 8>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %3347 = "stablehlo.broadcast_in_dim"(%3346) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x4x8xf32>
    %3348 = "stablehlo.slice"(%3345) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 8>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %3349 = "stablehlo.broadcast_in_dim"(%3348) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x4x8xf32>
    %3350 = "stablehlo.reshape"(%3339) : (tensor<4x64xf32>) -> tensor<4x4x16xf32>
    %3351 = "stablehlo.slice"(%3350) {
      limit_indices = array<i64: 4, 4, 8>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x16xf32>) -> tensor<4x4x8xf32>
    %3352 = "stablehlo.slice"(%3350) {
      limit_indices = array<i64: 4, 4, 16>,
      start_indices = array<i64: 0, 0, 8>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x16xf32>) -> tensor<4x4x8xf32>
    %3353 = "stablehlo.multiply"(%3351, %3347) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %3354 = "stablehlo.multiply"(%3352, %3349) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %3355 = "stablehlo.subtract"(%3353, %3354) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %3356 = "stablehlo.multiply"(%3352, %3347) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %3357 = "stablehlo.multiply"(%3351, %3349) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %3358 = "stablehlo.add"(%3356, %3357) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %3359 = "stablehlo.concatenate"(%3355, %3358) { dimension = 2 : i64 } : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x16xf32>
    %3360 = "stablehlo.reshape"(%3359) : (tensor<4x4x16xf32>) -> tensor<4x64xf32>
    %3361 = "stablehlo.reshape"(%1) : (tensor<4xi32>) -> tensor<4x1xi32>
    %3362 = "stablehlo.gather"(%arg288, %3361) {
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
    %3363 = "stablehlo.slice"(%3362) {
      limit_indices = array<i64: 4, 8>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %3364 = "stablehlo.broadcast_in_dim"(%3363) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %3365 = "stablehlo.slice"(%3362) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 8>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %3366 = "stablehlo.broadcast_in_dim"(%3365) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %3367 = "stablehlo.reshape"(%3341) : (tensor<4x32xf32>) -> tensor<4x2x16xf32>
    %3368 = "stablehlo.slice"(%3367) {
      limit_indices = array<i64: 4, 2, 8>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x2x16xf32>) -> tensor<4x2x8xf32>
    %3369 = "stablehlo.slice"(%3367) {
      limit_indices = array<i64: 4, 2, 16>,
      start_indices = array<i64: 0, 0, 8>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x2x16xf32>) -> tensor<4x2x8xf32>
    %3370 = "stablehlo.multiply"(%3368, %3364) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %3371 = "stablehlo.multiply"(%3369, %3366) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %3372 = "stablehlo.subtract"(%3370, %3371) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %3373 = "stablehlo.multiply"(%3369, %3364) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %3374 = "stablehlo.multiply"(%3368, %3366) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %3375 = "stablehlo.add"(%3373, %3374) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %3376 = "stablehlo.concatenate"(%3372, %3375) { dimension = 2 : i64 } : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x16xf32>
    %3377 = "stablehlo.reshape"(%3376) : (tensor<4x2x16xf32>) -> tensor<4x32xf32>
    %3378 = "stablehlo.convert"(%3377) : (tensor<4x32xf32>) -> tensor<4x32xbf16>
    %3379 = "stablehlo.scatter"(%arg323, %8, %3378) ({
      ^updateFn(%arg616: tensor<bf16>, %arg617: tensor<bf16>) :
          "stablehlo.return"(%arg617) : (tensor<bf16>) -> ()
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
    %3380 = "stablehlo.convert"(%3343) : (tensor<4x32xf32>) -> tensor<4x32xbf16>
    %3381 = "stablehlo.scatter"(%arg324, %8, %3380) ({
      ^updateFn(%arg618: tensor<bf16>, %arg619: tensor<bf16>) :
          "stablehlo.return"(%arg619) : (tensor<bf16>) -> ()
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
    %3382 = "stablehlo.reshape"(%3360) : (tensor<4x64xf32>) -> tensor<4x2x2x16xf32>
    %3383 = "stablehlo.reshape"(%2) : (tensor<4xi32>) -> tensor<4x1xi32>
    %3384 = "stablehlo.gather"(%3379, %3383) {
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
    %3385 = "stablehlo.convert"(%3384) : (tensor<4x32x32xbf16>) -> tensor<4x32x32xf32>
    %3386 = "stablehlo.reshape"(%3385) : (tensor<4x32x32xf32>) -> tensor<4x32x2x16xf32>
    %3387 = "stablehlo.reshape"(%2) : (tensor<4xi32>) -> tensor<4x1xi32>
    %3388 = "stablehlo.gather"(%3381, %3387) {
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
    %3389 = "stablehlo.convert"(%3388) : (tensor<4x32x32xbf16>) -> tensor<4x32x32xf32>
    %3390 = "stablehlo.reshape"(%3389) : (tensor<4x32x32xf32>) -> tensor<4x32x2x16xf32>
    %3391 = "stablehlo.dot_general"(%3382, %3386) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 2],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [3]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x2x2x16xf32>, tensor<4x32x2x16xf32>) -> tensor<4x2x2x32xf32>
    %3392 = "stablehlo.constant"() { value = dense<0.25> : tensor<f32> } : () -> tensor<f32>
    %3393 = "stablehlo.broadcast_in_dim"(%3392) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x2x2x32xf32>
    %3394 = "stablehlo.multiply"(%3391, %3393) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %3395 = "stablehlo.constant"() { value = dense<0.20000000298023224> : tensor<f32> } : () -> tensor<f32>
    %3396 = "stablehlo.broadcast_in_dim"(%3395) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x2x2x32xf32>
    %3397 = "stablehlo.multiply"(%3394, %3396) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %3398 = "stablehlo.tanh"(%3397) : (tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %3399 = "stablehlo.constant"() { value = dense<5.0> : tensor<f32> } : () -> tensor<f32>
    %3400 = "stablehlo.broadcast_in_dim"(%3399) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x2x2x32xf32>
    %3401 = "stablehlo.multiply"(%3398, %3400) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %3402 = "stablehlo.broadcast_in_dim"(%313) { broadcast_dimensions = array<i64: 0, 3> } : (tensor<4x32xi1>) -> tensor<4x2x2x32xi1>
    %3403 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %3404 = "stablehlo.broadcast_in_dim"(%3403) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x2x2x32xf32>
    %3405 = "stablehlo.select"(%3402, %3401, %3404) : (tensor<4x2x2x32xi1>, tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %3406 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %3408 = "stablehlo.reduce"(%3405, %3406) ({
      ^reductionFn(%arg620: tensor<f32>, %arg621: tensor<f32>) :
          %3407 = "stablehlo.maximum"(%arg620, %arg621) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%3407) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<4x2x2x32xf32>, tensor<f32>) -> tensor<4x2x2xf32>
    %3409 = "stablehlo.broadcast_in_dim"(%3408) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<4x2x2xf32>) -> tensor<4x2x2x32xf32>
    %3410 = "stablehlo.subtract"(%3405, %3409) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %3411 = "stablehlo.exponential"(%3410) : (tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %3412 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %3414 = "stablehlo.reduce"(%3411, %3412) ({
      ^reductionFn(%arg622: tensor<f32>, %arg623: tensor<f32>) :
          %3413 = "stablehlo.add"(%arg622, %arg623) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%3413) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<4x2x2x32xf32>, tensor<f32>) -> tensor<4x2x2xf32>
    %3415 = "stablehlo.broadcast_in_dim"(%3414) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<4x2x2xf32>) -> tensor<4x2x2x32xf32>
    %3416 = "stablehlo.divide"(%3411, %3415) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %3417 = "stablehlo.dot_general"(%3416, %3390) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 2],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x2x2x32xf32>, tensor<4x32x2x16xf32>) -> tensor<4x2x2x16xf32>
    %3418 = "stablehlo.reshape"(%3417) : (tensor<4x2x2x16xf32>) -> tensor<4x64xf32>
    %3419 = "stablehlo.convert"(%arg192) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %3420 = "stablehlo.dot_general"(%3418, %3419) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %3421 = "stablehlo.reshape"(%3420) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %3422 = "stablehlo.multiply"(%3421, %3421) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3423 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %3425 = "stablehlo.reduce"(%3422, %3423) ({
      ^reductionFn(%arg624: tensor<f32>, %arg625: tensor<f32>) :
          %3424 = "stablehlo.add"(%arg624, %arg625) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%3424) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %3426 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %3427 = "stablehlo.broadcast_in_dim"(%3426) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %3428 = "stablehlo.multiply"(%3425, %3427) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %3429 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %3430 = "stablehlo.broadcast_in_dim"(%3429) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %3431 = "stablehlo.add"(%3428, %3430) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %3432 = "stablehlo.rsqrt"(%3431) : (tensor<4xf32>) -> tensor<4xf32>
    %3433 = "stablehlo.convert"(%arg193) : (tensor<64xbf16>) -> tensor<64xf32>
    %3434 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %3435 = "stablehlo.broadcast_in_dim"(%3434) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %3436 = "stablehlo.add"(%3433, %3435) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %3437 = "stablehlo.broadcast_in_dim"(%3432) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %3438 = "stablehlo.multiply"(%3421, %3437) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3439 = "stablehlo.broadcast_in_dim"(%3436) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %3440 = "stablehlo.multiply"(%3438, %3439) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3441 = "stablehlo.reshape"(%3440) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %3442 = "stablehlo.add"(%3316, %3441) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3443 = "stablehlo.reshape"(%3442) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %3444 = "stablehlo.multiply"(%3443, %3443) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3445 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %3447 = "stablehlo.reduce"(%3444, %3445) ({
      ^reductionFn(%arg626: tensor<f32>, %arg627: tensor<f32>) :
          %3446 = "stablehlo.add"(%arg626, %arg627) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%3446) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %3448 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %3449 = "stablehlo.broadcast_in_dim"(%3448) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %3450 = "stablehlo.multiply"(%3447, %3449) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %3451 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %3452 = "stablehlo.broadcast_in_dim"(%3451) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %3453 = "stablehlo.add"(%3450, %3452) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %3454 = "stablehlo.rsqrt"(%3453) : (tensor<4xf32>) -> tensor<4xf32>
    %3455 = "stablehlo.convert"(%arg194) : (tensor<64xbf16>) -> tensor<64xf32>
    %3456 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %3457 = "stablehlo.broadcast_in_dim"(%3456) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %3458 = "stablehlo.add"(%3455, %3457) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %3459 = "stablehlo.broadcast_in_dim"(%3454) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %3460 = "stablehlo.multiply"(%3443, %3459) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3461 = "stablehlo.broadcast_in_dim"(%3458) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %3462 = "stablehlo.multiply"(%3460, %3461) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3463 = "stablehlo.reshape"(%3462) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %3464 = "stablehlo.convert"(%arg195) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %3465 = "stablehlo.dot_general"(%3463, %3464) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %3466 = "stablehlo.convert"(%arg196) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %3467 = "stablehlo.dot_general"(%3463, %3466) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %3468 = "stablehlo.multiply"(%3465, %3465) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3469 = "stablehlo.multiply"(%3468, %3465) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3470 = "stablehlo.constant"() { value = dense<0.044714998453855515> : tensor<f32> } : () -> tensor<f32>
    %3471 = "stablehlo.broadcast_in_dim"(%3470) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %3472 = "stablehlo.multiply"(%3469, %3471) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3473 = "stablehlo.add"(%3465, %3472) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3474 = "stablehlo.constant"() { value = dense<0.7978845834732056> : tensor<f32> } : () -> tensor<f32>
    %3475 = "stablehlo.broadcast_in_dim"(%3474) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %3476 = "stablehlo.multiply"(%3473, %3475) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3477 = "stablehlo.constant"() { value = dense<0.5> : tensor<f32> } : () -> tensor<f32>
    %3478 = "stablehlo.broadcast_in_dim"(%3477) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %3479 = "stablehlo.multiply"(%3465, %3478) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3480 = "stablehlo.tanh"(%3476) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %3481 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %3482 = "stablehlo.broadcast_in_dim"(%3481) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %3483 = "stablehlo.add"(%3480, %3482) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3484 = "stablehlo.multiply"(%3479, %3483) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3485 = "stablehlo.multiply"(%3484, %3467) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3486 = "stablehlo.convert"(%arg197) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %3487 = "stablehlo.dot_general"(%3485, %3486) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %3488 = "stablehlo.reshape"(%3487) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %3489 = "stablehlo.multiply"(%3488, %3488) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3490 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %3492 = "stablehlo.reduce"(%3489, %3490) ({
      ^reductionFn(%arg628: tensor<f32>, %arg629: tensor<f32>) :
          %3491 = "stablehlo.add"(%arg628, %arg629) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%3491) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %3493 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %3494 = "stablehlo.broadcast_in_dim"(%3493) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %3495 = "stablehlo.multiply"(%3492, %3494) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %3496 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %3497 = "stablehlo.broadcast_in_dim"(%3496) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %3498 = "stablehlo.add"(%3495, %3497) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %3499 = "stablehlo.rsqrt"(%3498) : (tensor<4xf32>) -> tensor<4xf32>
    %3500 = "stablehlo.convert"(%arg198) : (tensor<64xbf16>) -> tensor<64xf32>
    %3501 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %3502 = "stablehlo.broadcast_in_dim"(%3501) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %3503 = "stablehlo.add"(%3500, %3502) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %3504 = "stablehlo.broadcast_in_dim"(%3499) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %3505 = "stablehlo.multiply"(%3488, %3504) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3506 = "stablehlo.broadcast_in_dim"(%3503) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %3507 = "stablehlo.multiply"(%3505, %3506) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3508 = "stablehlo.reshape"(%3507) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %3509 = "stablehlo.add"(%3442, %3508) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3510 = "stablehlo.reshape"(%3509) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %3511 = "stablehlo.multiply"(%3510, %3510) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3512 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %3514 = "stablehlo.reduce"(%3511, %3512) ({
      ^reductionFn(%arg630: tensor<f32>, %arg631: tensor<f32>) :
          %3513 = "stablehlo.add"(%arg630, %arg631) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%3513) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %3515 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %3516 = "stablehlo.broadcast_in_dim"(%3515) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %3517 = "stablehlo.multiply"(%3514, %3516) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %3518 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %3519 = "stablehlo.broadcast_in_dim"(%3518) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %3520 = "stablehlo.add"(%3517, %3519) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %3521 = "stablehlo.rsqrt"(%3520) : (tensor<4xf32>) -> tensor<4xf32>
    %3522 = "stablehlo.convert"(%arg199) : (tensor<64xbf16>) -> tensor<64xf32>
    %3523 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %3524 = "stablehlo.broadcast_in_dim"(%3523) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %3525 = "stablehlo.add"(%3522, %3524) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %3526 = "stablehlo.broadcast_in_dim"(%3521) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %3527 = "stablehlo.multiply"(%3510, %3526) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3528 = "stablehlo.broadcast_in_dim"(%3525) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %3529 = "stablehlo.multiply"(%3527, %3528) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3530 = "stablehlo.reshape"(%3529) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %3531 = "stablehlo.convert"(%arg200) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %3532 = "stablehlo.dot_general"(%3530, %3531) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %3533 = "stablehlo.convert"(%arg201) : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %3534 = "stablehlo.dot_general"(%3530, %3533) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<32x64xf32>) -> tensor<4x32xf32>
    %3535 = "stablehlo.convert"(%arg202) : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %3536 = "stablehlo.dot_general"(%3530, %3535) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<32x64xf32>) -> tensor<4x32xf32>
    %3537 = "stablehlo.reshape"(%1) : (tensor<4xi32>) -> tensor<4x1xi32>
    %3538 = "stablehlo.gather"(%arg288, %3537) {
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
    %3539 = "stablehlo.slice"(%3538) {
      limit_indices = array<i64: 4, 8>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %3540 = "stablehlo.broadcast_in_dim"(%3539) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x4x8xf32>
    %3541 = "stablehlo.slice"(%3538) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 8>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %3542 = "stablehlo.broadcast_in_dim"(%3541) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x4x8xf32>
    %3543 = "stablehlo.reshape"(%3532) : (tensor<4x64xf32>) -> tensor<4x4x16xf32>
    %3544 = "stablehlo.slice"(%3543) {
      limit_indices = array<i64: 4, 4, 8>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x16xf32>) -> tensor<4x4x8xf32>
    %3545 = "stablehlo.slice"(%3543) {
      limit_indices = array<i64: 4, 4, 16>,
      start_indices = array<i64: 0, 0, 8>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x16xf32>) -> tensor<4x4x8xf32>
    %3546 = "stablehlo.multiply"(%3544, %3540) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %3547 = "stablehlo.multiply"(%3545, %3542) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %3548 = "stablehlo.subtract"(%3546, %3547) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %3549 = "stablehlo.multiply"(%3545, %3540) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %3550 = "stablehlo.multiply"(%3544, %3542) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %3551 = "stablehlo.add"(%3549, %3550) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %3552 = "stablehlo.concatenate"(%3548, %3551) { dimension = 2 : i64 } : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x16xf32>
    %3553 = "stablehlo.reshape"(%3552) : (tensor<4x4x16xf32>) -> tensor<4x64xf32>
    %3554 = "stablehlo.reshape"(%1) : (tensor<4xi32>) -> tensor<4x1xi32>
    %3555 = "stablehlo.gather"(%arg288, %3554) {
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
    %3556 = "stablehlo.slice"(%3555) {
      limit_indices = array<i64: 4, 8>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %3557 = "stablehlo.broadcast_in_dim"(%3556) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %3558 = "stablehlo.slice"(%3555) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 8>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %3559 = "stablehlo.broadcast_in_dim"(%3558) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %3560 = "stablehlo.reshape"(%3534) : (tensor<4x32xf32>) -> tensor<4x2x16xf32>
    %3561 = "stablehlo.slice"(%3560) {
      limit_indices = array<i64: 4, 2, 8>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x2x16xf32>) -> tensor<4x2x8xf32>
    %3562 = "stablehlo.slice"(%3560) {
      limit_indices = array<i64: 4, 2, 16>,
      start_indices = array<i64: 0, 0, 8>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x2x16xf32>) -> tensor<4x2x8xf32>
    %3563 = "stablehlo.multiply"(%3561, %3557) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %3564 = "stablehlo.multiply"(%3562, %3559) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %3565 = "stablehlo.subtract"(%3563, %3564) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %3566 = "stablehlo.multiply"(%3562, %3557) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %3567 = "stablehlo.multiply"(%3561, %3559) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %3568 = "stablehlo.add"(%3566, %3567) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %3569 = "stablehlo.concatenate"(%3565, %3568) { dimension = 2 : i64 } : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x16xf32>
    %3570 = "stablehlo.reshape"(%3569) : (tensor<4x2x16xf32>) -> tensor<4x32xf32>
    %3571 = "stablehlo.convert"(%3570) : (tensor<4x32xf32>) -> tensor<4x32xbf16>
    %3572 = "stablehlo.scatter"(%arg325, %8, %3571) ({
      ^updateFn(%arg632: tensor<bf16>, %arg633: tensor<bf16>) :
          "stablehlo.return"(%arg633) : (tensor<bf16>) -> ()
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
    %3573 = "stablehlo.convert"(%3536) : (tensor<4x32xf32>) -> tensor<4x32xbf16>
    %3574 = "stablehlo.scatter"(%arg326, %8, %3573) ({
      ^updateFn(%arg634: tensor<bf16>, %arg635: tensor<bf16>) :
          "stablehlo.return"(%arg635) : (tensor<bf16>) -> ()
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
    %3575 = "stablehlo.reshape"(%3553) : (tensor<4x64xf32>) -> tensor<4x2x2x16xf32>
    %3576 = "stablehlo.reshape"(%2) : (tensor<4xi32>) -> tensor<4x1xi32>
    %3577 = "stablehlo.gather"(%3572, %3576) {
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
    %3578 = "stablehlo.convert"(%3577) : (tensor<4x32x32xbf16>) -> tensor<4x32x32xf32>
    %3579 = "stablehlo.reshape"(%3578) : (tensor<4x32x32xf32>) -> tensor<4x32x2x16xf32>
    %3580 = "stablehlo.reshape"(%2) : (tensor<4xi32>) -> tensor<4x1xi32>
    %3581 = "stablehlo.gather"(%3574, %3580) {
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
    %3582 = "stablehlo.convert"(%3581) : (tensor<4x32x32xbf16>) -> tensor<4x32x32xf32>
    %3583 = "stablehlo.reshape"(%3582) : (tensor<4x32x32xf32>) -> tensor<4x32x2x16xf32>
    %3584 = "stablehlo.dot_general"(%3575, %3579) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 2],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [3]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x2x2x16xf32>, tensor<4x32x2x16xf32>) -> tensor<4x2x2x32xf32>
    %3585 = "stablehlo.constant"() { value = dense<0.25> : tensor<f32> } : () -> tensor<f32>
    %3586 = "stablehlo.broadcast_in_dim"(%3585) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x2x2x32xf32>
    %3587 = "stablehlo.multiply"(%3584, %3586) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %3588 = "stablehlo.constant"() { value = dense<0.20000000298023224> : tensor<f32> } : () -> tensor<f32>
    %3589 = "stablehlo.broadcast_in_dim"(%3588) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x2x2x32xf32>
    %3590 = "stablehlo.multiply"(%3587, %3589) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %3591 = "stablehlo.tanh"(%3590) : (tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %3592 = "stablehlo.constant"() { value = dense<5.0> : tensor<f32> } : () -> tensor<f32>
    %3593 = "stablehlo.broadcast_in_dim"(%3592) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x2x2x32xf32>
    %3594 = "stablehlo.multiply"(%3591, %3593) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %3595 = "stablehlo.broadcast_in_dim"(%112) { broadcast_dimensions = array<i64: 0, 3> } : (tensor<4x32xi1>) -> tensor<4x2x2x32xi1>
    %3596 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %3597 = "stablehlo.broadcast_in_dim"(%3596) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x2x2x32xf32>
    %3598 = "stablehlo.select"(%3595, %3594, %3597) : (tensor<4x2x2x32xi1>, tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %3599 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %3601 = "stablehlo.reduce"(%3598, %3599) ({
      ^reductionFn(%arg636: tensor<f32>, %arg637: tensor<f32>) :
          %3600 = "stablehlo.maximum"(%arg636, %arg637) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%3600) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<4x2x2x32xf32>, tensor<f32>) -> tensor<4x2x2xf32>
    %3602 = "stablehlo.broadcast_in_dim"(%3601) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<4x2x2xf32>) -> tensor<4x2x2x32xf32>
    %3603 = "stablehlo.subtract"(%3598, %3602) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %3604 = "stablehlo.exponential"(%3603) : (tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %3605 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %3607 = "stablehlo.reduce"(%3604, %3605) ({
      ^reductionFn(%arg638: tensor<f32>, %arg639: tensor<f32>) :
          %3606 = "stablehlo.add"(%arg638, %arg639) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%3606) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<4x2x2x32xf32>, tensor<f32>) -> tensor<4x2x2xf32>
    %3608 = "stablehlo.broadcast_in_dim"(%3607) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<4x2x2xf32>) -> tensor<4x2x2x32xf32>
    %3609 = "stablehlo.divide"(%3604, %3608) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %3610 = "stablehlo.dot_general"(%3609, %3583) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 2],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x2x2x32xf32>, tensor<4x32x2x16xf32>) -> tensor<4x2x2x16xf32>
    %3611 = "stablehlo.reshape"(%3610) : (tensor<4x2x2x16xf32>) -> tensor<4x64xf32>
    %3612 = "stablehlo.convert"(%arg203) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %3613 = "stablehlo.dot_general"(%3611, %3612) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %3614 = "stablehlo.reshape"(%3613) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %3615 = "stablehlo.multiply"(%3614, %3614) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3616 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %3618 = "stablehlo.reduce"(%3615, %3616) ({
      ^reductionFn(%arg640: tensor<f32>, %arg641: tensor<f32>) :
          %3617 = "stablehlo.add"(%arg640, %arg641) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%3617) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %3619 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %3620 = "stablehlo.broadcast_in_dim"(%3619) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %3621 = "stablehlo.multiply"(%3618, %3620) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %3622 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %3623 = "stablehlo.broadcast_in_dim"(%3622) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %3624 = "stablehlo.add"(%3621, %3623) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %3625 = "stablehlo.rsqrt"(%3624) : (tensor<4xf32>) -> tensor<4xf32>
    %3626 = "stablehlo.convert"(%arg204) : (tensor<64xbf16>) -> tensor<64xf32>
    %3627 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %3628 = "stablehlo.broadcast_in_dim"(%3627) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %3629 = "stablehlo.add"(%3626, %3628) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %3630 = "stablehlo.broadcast_in_dim"(%3625) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %3631 = "stablehlo.multiply"(%3614, %3630) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3632 = "stablehlo.broadcast_in_dim"(%3629) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %3633 = "stablehlo.multiply"(%3631, %3632) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3634 = "stablehlo.reshape"(%3633) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %3635 = "stablehlo.add"(%3509, %3634) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3636 = "stablehlo.reshape"(%3635) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %3637 = "stablehlo.multiply"(%3636, %3636) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3638 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %3640 = "stablehlo.reduce"(%3637, %3638) ({
      ^reductionFn(%arg642: tensor<f32>, %arg643: tensor<f32>) :
          %3639 = "stablehlo.add"(%arg642, %arg643) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%3639) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %3641 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %3642 = "stablehlo.broadcast_in_dim"(%3641) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %3643 = "stablehlo.multiply"(%3640, %3642) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %3644 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %3645 = "stablehlo.broadcast_in_dim"(%3644) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %3646 = "stablehlo.add"(%3643, %3645) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %3647 = "stablehlo.rsqrt"(%3646) : (tensor<4xf32>) -> tensor<4xf32>
    %3648 = "stablehlo.convert"(%arg205) : (tensor<64xbf16>) -> tensor<64xf32>
    %3649 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %3650 = "stablehlo.broadcast_in_dim"(%3649) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %3651 = "stablehlo.add"(%3648, %3650) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %3652 = "stablehlo.broadcast_in_dim"(%3647) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %3653 = "stablehlo.multiply"(%3636, %3652) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3654 = "stablehlo.broadcast_in_dim"(%3651) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %3655 = "stablehlo.multiply"(%3653, %3654) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3656 = "stablehlo.reshape"(%3655) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %3657 = "stablehlo.convert"(%arg206) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %3658 = "stablehlo.dot_general"(%3656, %3657) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %3659 = "stablehlo.convert"(%arg207) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %3660 = "stablehlo.dot_general"(%3656, %3659) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %3661 = "stablehlo.multiply"(%3658, %3658) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3662 = "stablehlo.multiply"(%3661, %3658) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3663 = "stablehlo.constant"() { value = dense<0.044714998453855515> : tensor<f32> } : () -> tensor<f32>
    %3664 = "stablehlo.broadcast_in_dim"(%3663) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %3665 = "stablehlo.multiply"(%3662, %3664) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3666 = "stablehlo.add"(%3658, %3665) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3667 = "stablehlo.constant"() { value = dense<0.7978845834732056> : tensor<f32> } : () -> tensor<f32>
    %3668 = "stablehlo.broadcast_in_dim"(%3667) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %3669 = "stablehlo.multiply"(%3666, %3668) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3670 = "stablehlo.constant"() { value = dense<0.5> : tensor<f32> } : () -> tensor<f32>
    %3671 = "stablehlo.broadcast_in_dim"(%3670) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %3672 = "stablehlo.multiply"(%3658, %3671) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3673 = "stablehlo.tanh"(%3669) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %3674 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %3675 = "stablehlo.broadcast_in_dim"(%3674) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %3676 = "stablehlo.add"(%3673, %3675) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3677 = "stablehlo.multiply"(%3672, %3676) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3678 = "stablehlo.multiply"(%3677, %3660) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3679 = "stablehlo.convert"(%arg208) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %3680 = "stablehlo.dot_general"(%3678, %3679) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %3681 = "stablehlo.reshape"(%3680) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %3682 = "stablehlo.multiply"(%3681, %3681) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3683 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %3685 = "stablehlo.reduce"(%3682, %3683) ({
      ^reductionFn(%arg644: tensor<f32>, %arg645: tensor<f32>) :
          %3684 = "stablehlo.add"(%arg644, %arg645) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%3684) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %3686 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %3687 = "stablehlo.broadcast_in_dim"(%3686) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %3688 = "stablehlo.multiply"(%3685, %3687) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %3689 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %3690 = "stablehlo.broadcast_in_dim"(%3689) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %3691 = "stablehlo.add"(%3688, %3690) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %3692 = "stablehlo.rsqrt"(%3691) : (tensor<4xf32>) -> tensor<4xf32>
    %3693 = "stablehlo.convert"(%arg209) : (tensor<64xbf16>) -> tensor<64xf32>
    %3694 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %3695 = "stablehlo.broadcast_in_dim"(%3694) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %3696 = "stablehlo.add"(%3693, %3695) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %3697 = "stablehlo.broadcast_in_dim"(%3692) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %3698 = "stablehlo.multiply"(%3681, %3697) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3699 = "stablehlo.broadcast_in_dim"(%3696) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %3700 = "stablehlo.multiply"(%3698, %3699) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3701 = "stablehlo.reshape"(%3700) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %3702 = "stablehlo.add"(%3635, %3701) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3703 = "stablehlo.reshape"(%3702) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %3704 = "stablehlo.multiply"(%3703, %3703) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3705 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %3707 = "stablehlo.reduce"(%3704, %3705) ({
      ^reductionFn(%arg646: tensor<f32>, %arg647: tensor<f32>) :
          %3706 = "stablehlo.add"(%arg646, %arg647) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%3706) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %3708 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %3709 = "stablehlo.broadcast_in_dim"(%3708) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %3710 = "stablehlo.multiply"(%3707, %3709) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %3711 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %3712 = "stablehlo.broadcast_in_dim"(%3711) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %3713 = "stablehlo.add"(%3710, %3712) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %3714 = "stablehlo.rsqrt"(%3713) : (tensor<4xf32>) -> tensor<4xf32>
    %3715 = "stablehlo.convert"(%arg210) : (tensor<64xbf16>) -> tensor<64xf32>
    %3716 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %3717 = "stablehlo.broadcast_in_dim"(%3716) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %3718 = "stablehlo.add"(%3715, %3717) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %3719 = "stablehlo.broadcast_in_dim"(%3714) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %3720 = "stablehlo.multiply"(%3703, %3719) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3721 = "stablehlo.broadcast_in_dim"(%3718) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %3722 = "stablehlo.multiply"(%3720, %3721) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3723 = "stablehlo.reshape"(%3722) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %3724 = "stablehlo.convert"(%arg211) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %3725 = "stablehlo.dot_general"(%3723, %3724) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %3726 = "stablehlo.convert"(%arg212) : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %3727 = "stablehlo.dot_general"(%3723, %3726) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<32x64xf32>) -> tensor<4x32xf32>
    %3728 = "stablehlo.convert"(%arg213) : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %3729 = "stablehlo.dot_general"(%3723, %3728) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<32x64xf32>) -> tensor<4x32xf32>
    %3730 = "stablehlo.reshape"(%1) : (tensor<4xi32>) -> tensor<4x1xi32>
    %3731 = "stablehlo.gather"(%arg288, %3730) {
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
    %3732 = "stablehlo.slice"(%3731) {
      limit_indices = array<i64: 4, 8>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %3733 = "stablehlo.broadcast_in_dim"(%3732) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x4x8xf32>
    %3734 = "stablehlo.slice"(%3731) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 8>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %3735 = "stablehlo.broadcast_in_dim"(%3734) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x4x8xf32>
    %3736 = "stablehlo.reshape"(%3725) : (tensor<4x64xf32>) -> tensor<4x4x16xf32>
    %3737 = "stablehlo.slice"(%3736) {
      limit_indices = array<i64: 4, 4, 8>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x16xf32>) -> tensor<4x4x8xf32>
    %3738 = "stablehlo.slice"(%3736) {
      limit_indices = array<i64: 4, 4, 16>,
      start_indices = array<i64: 0, 0, 8>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x16xf32>) -> tensor<4x4x8xf32>
    %3739 = "stablehlo.multiply"(%3737, %3733) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %3740 = "stablehlo.multiply"(%3738, %3735) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %3741 = "stablehlo.subtract"(%3739, %3740) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %3742 = "stablehlo.multiply"(%3738, %3733) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %3743 = "stablehlo.multiply"(%3737, %3735) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %3744 = "stablehlo.add"(%3742, %3743) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %3745 = "stablehlo.concatenate"(%3741, %3744) { dimension = 2 : i64 } : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x16xf32>
    %3746 = "stablehlo.reshape"(%3745) : (tensor<4x4x16xf32>) -> tensor<4x64xf32>
    %3747 = "stablehlo.reshape"(%1) : (tensor<4xi32>) -> tensor<4x1xi32>
    %3748 = "stablehlo.gather"(%arg288, %3747) {
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
    %3749 = "stablehlo.slice"(%3748) {
      limit_indices = array<i64: 4, 8>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %3750 = "stablehlo.broadcast_in_dim"(%3749) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %3751 = "stablehlo.slice"(%3748) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 8>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %3752 = "stablehlo.broadcast_in_dim"(%3751) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %3753 = "stablehlo.reshape"(%3727) : (tensor<4x32xf32>) -> tensor<4x2x16xf32>
    %3754 = "stablehlo.slice"(%3753) {
      limit_indices = array<i64: 4, 2, 8>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x2x16xf32>) -> tensor<4x2x8xf32>
    %3755 = "stablehlo.slice"(%3753) {
      limit_indices = array<i64: 4, 2, 16>,
      start_indices = array<i64: 0, 0, 8>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x2x16xf32>) -> tensor<4x2x8xf32>
    %3756 = "stablehlo.multiply"(%3754, %3750) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %3757 = "stablehlo.multiply"(%3755, %3752) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %3758 = "stablehlo.subtract"(%3756, %3757) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %3759 = "stablehlo.multiply"(%3755, %3750) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %3760 = "stablehlo.multiply"(%3754, %3752) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %3761 = "stablehlo.add"(%3759, %3760) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %3762 = "stablehlo.concatenate"(%3758, %3761) { dimension = 2 : i64 } : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x16xf32>
    %3763 = "stablehlo.reshape"(%3762) : (tensor<4x2x16xf32>) -> tensor<4x32xf32>
    %3764 = "stablehlo.convert"(%3763) : (tensor<4x32xf32>) -> tensor<4x32xbf16>
    %3765 = "stablehlo.scatter"(%arg327, %8, %3764) ({
      ^updateFn(%arg648: tensor<bf16>, %arg649: tensor<bf16>) :
          "stablehlo.return"(%arg649) : (tensor<bf16>) -> ()
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
    %3766 = "stablehlo.convert"(%3729) : (tensor<4x32xf32>) -> tensor<4x32xbf16>
    %3767 = "stablehlo.scatter"(%arg328, %8, %3766) ({
      ^updateFn(%arg650: tensor<bf16>, %arg651: tensor<bf16>) :
          "stablehlo.return"(%arg651) : (tensor<bf16>) -> ()
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
    %3768 = "stablehlo.reshape"(%3746) : (tensor<4x64xf32>) -> tensor<4x2x2x16xf32>
    %3769 = "stablehlo.reshape"(%2) : (tensor<4xi32>) -> tensor<4x1xi32>
    %3770 = "stablehlo.gather"(%3765, %3769) {
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
    %3771 = "stablehlo.convert"(%3770) : (tensor<4x32x32xbf16>) -> tensor<4x32x32xf32>
    %3772 = "stablehlo.reshape"(%3771) : (tensor<4x32x32xf32>) -> tensor<4x32x2x16xf32>
    %3773 = "stablehlo.reshape"(%2) : (tensor<4xi32>) -> tensor<4x1xi32>
    %3774 = "stablehlo.gather"(%3767, %3773) {
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
    %3775 = "stablehlo.convert"(%3774) : (tensor<4x32x32xbf16>) -> tensor<4x32x32xf32>
    %3776 = "stablehlo.reshape"(%3775) : (tensor<4x32x32xf32>) -> tensor<4x32x2x16xf32>
    %3777 = "stablehlo.dot_general"(%3768, %3772) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 2],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [3]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x2x2x16xf32>, tensor<4x32x2x16xf32>) -> tensor<4x2x2x32xf32>
    %3778 = "stablehlo.constant"() { value = dense<0.25> : tensor<f32> } : () -> tensor<f32>
    %3779 = "stablehlo.broadcast_in_dim"(%3778) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x2x2x32xf32>
    %3780 = "stablehlo.multiply"(%3777, %3779) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %3781 = "stablehlo.constant"() { value = dense<0.20000000298023224> : tensor<f32> } : () -> tensor<f32>
    %3782 = "stablehlo.broadcast_in_dim"(%3781) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x2x2x32xf32>
    %3783 = "stablehlo.multiply"(%3780, %3782) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %3784 = "stablehlo.tanh"(%3783) : (tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %3785 = "stablehlo.constant"() { value = dense<5.0> : tensor<f32> } : () -> tensor<f32>
    %3786 = "stablehlo.broadcast_in_dim"(%3785) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x2x2x32xf32>
    %3787 = "stablehlo.multiply"(%3784, %3786) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %3788 = "stablehlo.broadcast_in_dim"(%313) { broadcast_dimensions = array<i64: 0, 3> } : (tensor<4x32xi1>) -> tensor<4x2x2x32xi1>
    %3789 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %3790 = "stablehlo.broadcast_in_dim"(%3789) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x2x2x32xf32>
    %3791 = "stablehlo.select"(%3788, %3787, %3790) : (tensor<4x2x2x32xi1>, tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %3792 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %3794 = "stablehlo.reduce"(%3791, %3792) ({
      ^reductionFn(%arg652: tensor<f32>, %arg653: tensor<f32>) :
          %3793 = "stablehlo.maximum"(%arg652, %arg653) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%3793) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<4x2x2x32xf32>, tensor<f32>) -> tensor<4x2x2xf32>
    %3795 = "stablehlo.broadcast_in_dim"(%3794) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<4x2x2xf32>) -> tensor<4x2x2x32xf32>
    %3796 = "stablehlo.subtract"(%3791, %3795) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %3797 = "stablehlo.exponential"(%3796) : (tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %3798 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %3800 = "stablehlo.reduce"(%3797, %3798) ({
      ^reductionFn(%arg654: tensor<f32>, %arg655: tensor<f32>) :
          %3799 = "stablehlo.add"(%arg654, %arg655) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%3799) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<4x2x2x32xf32>, tensor<f32>) -> tensor<4x2x2xf32>
    %3801 = "stablehlo.broadcast_in_dim"(%3800) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<4x2x2xf32>) -> tensor<4x2x2x32xf32>
    %3802 = "stablehlo.divide"(%3797, %3801) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %3803 = "stablehlo.dot_general"(%3802, %3776) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 2],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x2x2x32xf32>, tensor<4x32x2x16xf32>) -> tensor<4x2x2x16xf32>
    %3804 = "stablehlo.reshape"(%3803) : (tensor<4x2x2x16xf32>) -> tensor<4x64xf32>
    %3805 = "stablehlo.convert"(%arg214) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %3806 = "stablehlo.dot_general"(%3804, %3805) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %3807 = "stablehlo.reshape"(%3806) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %3808 = "stablehlo.multiply"(%3807, %3807) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3809 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %3811 = "stablehlo.reduce"(%3808, %3809) ({
      ^reductionFn(%arg656: tensor<f32>, %arg657: tensor<f32>) :
          %3810 = "stablehlo.add"(%arg656, %arg657) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%3810) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %3812 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %3813 = "stablehlo.broadcast_in_dim"(%3812) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %3814 = "stablehlo.multiply"(%3811, %3813) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %3815 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %3816 = "stablehlo.broadcast_in_dim"(%3815) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %3817 = "stablehlo.add"(%3814, %3816) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %3818 = "stablehlo.rsqrt"(%3817) : (tensor<4xf32>) -> tensor<4xf32>
    %3819 = "stablehlo.convert"(%arg215) : (tensor<64xbf16>) -> tensor<64xf32>
    %3820 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %3821 = "stablehlo.broadcast_in_dim"(%3820) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %3822 = "stablehlo.add"(%3819, %3821) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %3823 = "stablehlo.broadcast_in_dim"(%3818) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %3824 = "stablehlo.multiply"(%3807, %3823) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3825 = "stablehlo.broadcast_in_dim"(%3822) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %3826 = "stablehlo.multiply"(%3824, %3825) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3827 = "stablehlo.reshape"(%3826) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %3828 = "stablehlo.add"(%3702, %3827) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3829 = "stablehlo.reshape"(%3828) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %3830 = "stablehlo.multiply"(%3829, %3829) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3831 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %3833 = "stablehlo.reduce"(%3830, %3831) ({
      ^reductionFn(%arg658: tensor<f32>, %arg659: tensor<f32>) :
          %3832 = "stablehlo.add"(%arg658, %arg659) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%3832) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %3834 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %3835 = "stablehlo.broadcast_in_dim"(%3834) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %3836 = "stablehlo.multiply"(%3833, %3835) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %3837 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %3838 = "stablehlo.broadcast_in_dim"(%3837) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %3839 = "stablehlo.add"(%3836, %3838) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %3840 = "stablehlo.rsqrt"(%3839) : (tensor<4xf32>) -> tensor<4xf32>
    %3841 = "stablehlo.convert"(%arg216) : (tensor<64xbf16>) -> tensor<64xf32>
    %3842 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %3843 = "stablehlo.broadcast_in_dim"(%3842) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %3844 = "stablehlo.add"(%3841, %3843) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %3845 = "stablehlo.broadcast_in_dim"(%3840) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %3846 = "stablehlo.multiply"(%3829, %3845) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3847 = "stablehlo.broadcast_in_dim"(%3844) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %3848 = "stablehlo.multiply"(%3846, %3847) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3849 = "stablehlo.reshape"(%3848) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %3850 = "stablehlo.convert"(%arg217) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %3851 = "stablehlo.dot_general"(%3849, %3850) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %3852 = "stablehlo.convert"(%arg218) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %3853 = "stablehlo.dot_general"(%3849, %3852) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %3854 = "stablehlo.multiply"(%3851, %3851) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3855 = "stablehlo.multiply"(%3854, %3851) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3856 = "stablehlo.constant"() { value = dense<0.044714998453855515> : tensor<f32> } : () -> tensor<f32>
    %3857 = "stablehlo.broadcast_in_dim"(%3856) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %3858 = "stablehlo.multiply"(%3855, %3857) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3859 = "stablehlo.add"(%3851, %3858) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3860 = "stablehlo.constant"() { value = dense<0.7978845834732056> : tensor<f32> } : () -> tensor<f32>
    %3861 = "stablehlo.broadcast_in_dim"(%3860) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %3862 = "stablehlo.multiply"(%3859, %3861) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3863 = "stablehlo.constant"() { value = dense<0.5> : tensor<f32> } : () -> tensor<f32>
    %3864 = "stablehlo.broadcast_in_dim"(%3863) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %3865 = "stablehlo.multiply"(%3851, %3864) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3866 = "stablehlo.tanh"(%3862) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %3867 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %3868 = "stablehlo.broadcast_in_dim"(%3867) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %3869 = "stablehlo.add"(%3866, %3868) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3870 = "stablehlo.multiply"(%3865, %3869) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3871 = "stablehlo.multiply"(%3870, %3853) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3872 = "stablehlo.convert"(%arg219) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %3873 = "stablehlo.dot_general"(%3871, %3872) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %3874 = "stablehlo.reshape"(%3873) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %3875 = "stablehlo.multiply"(%3874, %3874) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3876 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %3878 = "stablehlo.reduce"(%3875, %3876) ({
      ^reductionFn(%arg660: tensor<f32>, %arg661: tensor<f32>) :
          %3877 = "stablehlo.add"(%arg660, %arg661) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%3877) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %3879 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %3880 = "stablehlo.broadcast_in_dim"(%3879) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %3881 = "stablehlo.multiply"(%3878, %3880) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %3882 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %3883 = "stablehlo.broadcast_in_dim"(%3882) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %3884 = "stablehlo.add"(%3881, %3883) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %3885 = "stablehlo.rsqrt"(%3884) : (tensor<4xf32>) -> tensor<4xf32>
    %3886 = "stablehlo.convert"(%arg220) : (tensor<64xbf16>) -> tensor<64xf32>
    %3887 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %3888 = "stablehlo.broadcast_in_dim"(%3887) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %3889 = "stablehlo.add"(%3886, %3888) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %3890 = "stablehlo.broadcast_in_dim"(%3885) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %3891 = "stablehlo.multiply"(%3874, %3890) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3892 = "stablehlo.broadcast_in_dim"(%3889) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %3893 = "stablehlo.multiply"(%3891, %3892) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3894 = "stablehlo.reshape"(%3893) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %3895 = "stablehlo.add"(%3828, %3894) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3896 = "stablehlo.reshape"(%3895) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %3897 = "stablehlo.multiply"(%3896, %3896) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3898 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %3900 = "stablehlo.reduce"(%3897, %3898) ({
      ^reductionFn(%arg662: tensor<f32>, %arg663: tensor<f32>) :
          %3899 = "stablehlo.add"(%arg662, %arg663) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%3899) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %3901 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %3902 = "stablehlo.broadcast_in_dim"(%3901) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %3903 = "stablehlo.multiply"(%3900, %3902) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %3904 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %3905 = "stablehlo.broadcast_in_dim"(%3904) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %3906 = "stablehlo.add"(%3903, %3905) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %3907 = "stablehlo.rsqrt"(%3906) : (tensor<4xf32>) -> tensor<4xf32>
    %3908 = "stablehlo.convert"(%arg221) : (tensor<64xbf16>) -> tensor<64xf32>
    %3909 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %3910 = "stablehlo.broadcast_in_dim"(%3909) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %3911 = "stablehlo.add"(%3908, %3910) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %3912 = "stablehlo.broadcast_in_dim"(%3907) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %3913 = "stablehlo.multiply"(%3896, %3912) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3914 = "stablehlo.broadcast_in_dim"(%3911) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %3915 = "stablehlo.multiply"(%3913, %3914) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %3916 = "stablehlo.reshape"(%3915) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %3917 = "stablehlo.convert"(%arg222) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %3918 = "stablehlo.dot_general"(%3916, %3917) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %3919 = "stablehlo.convert"(%arg223) : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %3920 = "stablehlo.dot_general"(%3916, %3919) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<32x64xf32>) -> tensor<4x32xf32>
    %3921 = "stablehlo.convert"(%arg224) : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %3922 = "stablehlo.dot_general"(%3916, %3921) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<32x64xf32>) -> tensor<4x32xf32>
    %3923 = "stablehlo.reshape"(%1) : (tensor<4xi32>) -> tensor<4x1xi32>
    %3924 = "stablehlo.gather"(%arg288, %3923) {
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
    %3925 = "stablehlo.slice"(%3924) {
      limit_indices = array<i64: 4, 8>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %3926 = "stablehlo.broadcast_in_dim"(%3925) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x4x8xf32>
    %3927 = "stablehlo.slice"(%3924) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 8>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %3928 = "stablehlo.broadcast_in_dim"(%3927) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x4x8xf32>
    %3929 = "stablehlo.reshape"(%3918) : (tensor<4x64xf32>) -> tensor<4x4x16xf32>
    %3930 = "stablehlo.slice"(%3929) {
      limit_indices = array<i64: 4, 4, 8>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x16xf32>) -> tensor<4x4x8xf32>
    %3931 = "stablehlo.slice"(%3929) {
      limit_indices = array<i64: 4, 4, 16>,
      start_indices = array<i64: 0, 0, 8>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x16xf32>) -> tensor<4x4x8xf32>
    %3932 = "stablehlo.multiply"(%3930, %3926) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %3933 = "stablehlo.multiply"(%3931, %3928) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %3934 = "stablehlo.subtract"(%3932, %3933) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %3935 = "stablehlo.multiply"(%3931, %3926) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %3936 = "stablehlo.multiply"(%3930, %3928) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %3937 = "stablehlo.add"(%3935, %3936) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %3938 = "stablehlo.concatenate"(%3934, %3937) { dimension = 2 : i64 } : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x16xf32>
    %3939 = "stablehlo.reshape"(%3938) : (tensor<4x4x16xf32>) -> tensor<4x64xf32>
    %3940 = "stablehlo.reshape"(%1) : (tensor<4xi32>) -> tensor<4x1xi32>
    %3941 = "stablehlo.gather"(%arg288, %3940) {
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
    %3942 = "stablehlo.slice"(%3941) {
      limit_indices = array<i64: 4, 8>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %3943 = "stablehlo.broadcast_in_dim"(%3942) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %3944 = "stablehlo.slice"(%3941) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 8>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %3945 = "stablehlo.broadcast_in_dim"(%3944) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %3946 = "stablehlo.reshape"(%3920) : (tensor<4x32xf32>) -> tensor<4x2x16xf32>
    %3947 = "stablehlo.slice"(%3946) {
      limit_indices = array<i64: 4, 2, 8>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x2x16xf32>) -> tensor<4x2x8xf32>
    %3948 = "stablehlo.slice"(%3946) {
      limit_indices = array<i64: 4, 2, 16>,
      start_indices = array<i64: 0, 0, 8>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x2x16xf32>) -> tensor<4x2x8xf32>
    %3949 = "stablehlo.multiply"(%3947, %3943) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %3950 = "stablehlo.multiply"(%3948, %3945) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %3951 = "stablehlo.subtract"(%3949, %3950) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %3952 = "stablehlo.multiply"(%3948, %3943) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %3953 = "stablehlo.multiply"(%3947, %3945) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %3954 = "stablehlo.add"(%3952, %3953) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %3955 = "stablehlo.concatenate"(%3951, %3954) { dimension = 2 : i64 } : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x16xf32>
    %3956 = "stablehlo.reshape"(%3955) : (tensor<4x2x16xf32>) -> tensor<4x32xf32>
    %3957 = "stablehlo.convert"(%3956) : (tensor<4x32xf32>) -> tensor<4x32xbf16>
    %3958 = "stablehlo.scatter"(%arg329, %8, %3957) ({
      ^updateFn(%arg664: tensor<bf16>, %arg665: tensor<bf16>) :
          "stablehlo.return"(%arg665) : (tensor<bf16>) -> ()
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
    %3959 = "stablehlo.convert"(%3922) : (tensor<4x32xf32>) -> tensor<4x32xbf16>
    %3960 = "stablehlo.scatter"(%arg330, %8, %3959) ({
      ^updateFn(%arg666: tensor<bf16>, %arg667: tensor<bf16>) :
          "stablehlo.return"(%arg667) : (tensor<bf16>) -> ()
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
    %3961 = "stablehlo.reshape"(%3939) : (tensor<4x64xf32>) -> tensor<4x2x2x16xf32>
    %3962 = "stablehlo.reshape"(%2) : (tensor<4xi32>) -> tensor<4x1xi32>
    %3963 = "stablehlo.gather"(%3958, %3962) {
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
    %3964 = "stablehlo.convert"(%3963) : (tensor<4x32x32xbf16>) -> tensor<4x32x32xf32>
    %3965 = "stablehlo.reshape"(%3964) : (tensor<4x32x32xf32>) -> tensor<4x32x2x16xf32>
    %3966 = "stablehlo.reshape"(%2) : (tensor<4xi32>) -> tensor<4x1xi32>
    %3967 = "stablehlo.gather"(%3960, %3966) {
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
    %3968 = "stablehlo.convert"(%3967) : (tensor<4x32x32xbf16>) -> tensor<4x32x32xf32>
    %3969 = "stablehlo.reshape"(%3968) : (tensor<4x32x32xf32>) -> tensor<4x32x2x16xf32>
    %3970 = "stablehlo.dot_general"(%3961, %3965) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 2],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [3]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x2x2x16xf32>, tensor<4x32x2x16xf32>) -> tensor<4x2x2x32xf32>
    %3971 = "stablehlo.constant"() { value = dense<0.25> : tensor<f32> } : () -> tensor<f32>
    %3972 = "stablehlo.broadcast_in_dim"(%3971) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x2x2x32xf32>
    %3973 = "stablehlo.multiply"(%3970, %3972) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %3974 = "stablehlo.constant"() { value = dense<0.20000000298023224> : tensor<f32> } : () -> tensor<f32>
    %3975 = "stablehlo.broadcast_in_dim"(%3974) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x2x2x32xf32>
    %3976 = "stablehlo.multiply"(%3973, %3975) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %3977 = "stablehlo.tanh"(%3976) : (tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %3978 = "stablehlo.constant"() { value = dense<5.0> : tensor<f32> } : () -> tensor<f32>
    %3979 = "stablehlo.broadcast_in_dim"(%3978) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x2x2x32xf32>
    %3980 = "stablehlo.multiply"(%3977, %3979) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %3981 = "stablehlo.broadcast_in_dim"(%112) { broadcast_dimensions = array<i64: 0, 3> } : (tensor<4x32xi1>) -> tensor<4x2x2x32xi1>
    %3982 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %3983 = "stablehlo.broadcast_in_dim"(%3982) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x2x2x32xf32>
    %3984 = "stablehlo.select"(%3981, %3980, %3983) : (tensor<4x2x2x32xi1>, tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %3985 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %3987 = "stablehlo.reduce"(%3984, %3985) ({
      ^reductionFn(%arg668: tensor<f32>, %arg669: tensor<f32>) :
          %3986 = "stablehlo.maximum"(%arg668, %arg669) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%3986) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<4x2x2x32xf32>, tensor<f32>) -> tensor<4x2x2xf32>
    %3988 = "stablehlo.broadcast_in_dim"(%3987) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<4x2x2xf32>) -> tensor<4x2x2x32xf32>
    %3989 = "stablehlo.subtract"(%3984, %3988) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %3990 = "stablehlo.exponential"(%3989) : (tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %3991 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %3993 = "stablehlo.reduce"(%3990, %3991) ({
      ^reductionFn(%arg670: tensor<f32>, %arg671: tensor<f32>) :
          %3992 = "stablehlo.add"(%arg670, %arg671) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%3992) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<4x2x2x32xf32>, tensor<f32>) -> tensor<4x2x2xf32>
    %3994 = "stablehlo.broadcast_in_dim"(%3993) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<4x2x2xf32>) -> tensor<4x2x2x32xf32>
    %3995 = "stablehlo.divide"(%3990, %3994) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %3996 = "stablehlo.dot_general"(%3995, %3969) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 2],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x2x2x32xf32>, tensor<4x32x2x16xf32>) -> tensor<4x2x2x16xf32>
    %3997 = "stablehlo.reshape"(%3996) : (tensor<4x2x2x16xf32>) -> tensor<4x64xf32>
    %3998 = "stablehlo.convert"(%arg225) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %3999 = "stablehlo.dot_general"(%3997, %3998) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %4000 = "stablehlo.reshape"(%3999) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %4001 = "stablehlo.multiply"(%4000, %4000) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4002 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %4004 = "stablehlo.reduce"(%4001, %4002) ({
      ^reductionFn(%arg672: tensor<f32>, %arg673: tensor<f32>) :
          %4003 = "stablehlo.add"(%arg672, %arg673) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%4003) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %4005 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %4006 = "stablehlo.broadcast_in_dim"(%4005) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %4007 = "stablehlo.multiply"(%4004, %4006) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %4008 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %4009 = "stablehlo.broadcast_in_dim"(%4008) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %4010 = "stablehlo.add"(%4007, %4009) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %4011 = "stablehlo.rsqrt"(%4010) : (tensor<4xf32>) -> tensor<4xf32>
    %4012 = "stablehlo.convert"(%arg226) : (tensor<64xbf16>) -> tensor<64xf32>
    %4013 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %4014 = "stablehlo.broadcast_in_dim"(%4013) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %4015 = "stablehlo.add"(%4012, %4014) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %4016 = "stablehlo.broadcast_in_dim"(%4011) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %4017 = "stablehlo.multiply"(%4000, %4016) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4018 = "stablehlo.broadcast_in_dim"(%4015) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %4019 = "stablehlo.multiply"(%4017, %4018) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4020 = "stablehlo.reshape"(%4019) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %4021 = "stablehlo.add"(%3895, %4020) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4022 = "stablehlo.reshape"(%4021) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %4023 = "stablehlo.multiply"(%4022, %4022) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4024 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %4026 = "stablehlo.reduce"(%4023, %4024) ({
      ^reductionFn(%arg674: tensor<f32>, %arg675: tensor<f32>) :
          %4025 = "stablehlo.add"(%arg674, %arg675) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%4025) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %4027 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %4028 = "stablehlo.broadcast_in_dim"(%4027) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %4029 = "stablehlo.multiply"(%4026, %4028) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %4030 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %4031 = "stablehlo.broadcast_in_dim"(%4030) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %4032 = "stablehlo.add"(%4029, %4031) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %4033 = "stablehlo.rsqrt"(%4032) : (tensor<4xf32>) -> tensor<4xf32>
    %4034 = "stablehlo.convert"(%arg227) : (tensor<64xbf16>) -> tensor<64xf32>
    %4035 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %4036 = "stablehlo.broadcast_in_dim"(%4035) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %4037 = "stablehlo.add"(%4034, %4036) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %4038 = "stablehlo.broadcast_in_dim"(%4033) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %4039 = "stablehlo.multiply"(%4022, %4038) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4040 = "stablehlo.broadcast_in_dim"(%4037) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %4041 = "stablehlo.multiply"(%4039, %4040) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4042 = "stablehlo.reshape"(%4041) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %4043 = "stablehlo.convert"(%arg228) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %4044 = "stablehlo.dot_general"(%4042, %4043) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %4045 = "stablehlo.convert"(%arg229) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %4046 = "stablehlo.dot_general"(%4042, %4045) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %4047 = "stablehlo.multiply"(%4044, %4044) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4048 = "stablehlo.multiply"(%4047, %4044) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4049 = "stablehlo.constant"() { value = dense<0.044714998453855515> : tensor<f32> } : () -> tensor<f32>
    %4050 = "stablehlo.broadcast_in_dim"(%4049) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %4051 = "stablehlo.multiply"(%4048, %4050) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4052 = "stablehlo.add"(%4044, %4051) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4053 = "stablehlo.constant"() { value = dense<0.7978845834732056> : tensor<f32> } : () -> tensor<f32>
    %4054 = "stablehlo.broadcast_in_dim"(%4053) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %4055 = "stablehlo.multiply"(%4052, %4054) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4056 = "stablehlo.constant"() { value = dense<0.5> : tensor<f32> } : () -> tensor<f32>
    %4057 = "stablehlo.broadcast_in_dim"(%4056) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %4058 = "stablehlo.multiply"(%4044, %4057) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4059 = "stablehlo.tanh"(%4055) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %4060 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %4061 = "stablehlo.broadcast_in_dim"(%4060) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %4062 = "stablehlo.add"(%4059, %4061) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4063 = "stablehlo.multiply"(%4058, %4062) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4064 = "stablehlo.multiply"(%4063, %4046) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4065 = "stablehlo.convert"(%arg230) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %4066 = "stablehlo.dot_general"(%4064, %4065) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %4067 = "stablehlo.reshape"(%4066) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %4068 = "stablehlo.multiply"(%4067, %4067) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4069 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %4071 = "stablehlo.reduce"(%4068, %4069) ({
      ^reductionFn(%arg676: tensor<f32>, %arg677: tensor<f32>) :
          %4070 = "stablehlo.add"(%arg676, %arg677) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%4070) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %4072 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %4073 = "stablehlo.broadcast_in_dim"(%4072) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %4074 = "stablehlo.multiply"(%4071, %4073) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %4075 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %4076 = "stablehlo.broadcast_in_dim"(%4075) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %4077 = "stablehlo.add"(%4074, %4076) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %4078 = "stablehlo.rsqrt"(%4077) : (tensor<4xf32>) -> tensor<4xf32>
    %4079 = "stablehlo.convert"(%arg231) : (tensor<64xbf16>) -> tensor<64xf32>
    %4080 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %4081 = "stablehlo.broadcast_in_dim"(%4080) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %4082 = "stablehlo.add"(%4079, %4081) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %4083 = "stablehlo.broadcast_in_dim"(%4078) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %4084 = "stablehlo.multiply"(%4067, %4083) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4085 = "stablehlo.broadcast_in_dim"(%4082) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %4086 = "stablehlo.multiply"(%4084, %4085) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4087 = "stablehlo.reshape"(%4086) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %4088 = "stablehlo.add"(%4021, %4087) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4089 = "stablehlo.reshape"(%4088) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %4090 = "stablehlo.multiply"(%4089, %4089) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4091 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %4093 = "stablehlo.reduce"(%4090, %4091) ({
      ^reductionFn(%arg678: tensor<f32>, %arg679: tensor<f32>) :
          %4092 = "stablehlo.add"(%arg678, %arg679) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%4092) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %4094 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %4095 = "stablehlo.broadcast_in_dim"(%4094) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %4096 = "stablehlo.multiply"(%4093, %4095) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %4097 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %4098 = "stablehlo.broadcast_in_dim"(%4097) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %4099 = "stablehlo.add"(%4096, %4098) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %4100 = "stablehlo.rsqrt"(%4099) : (tensor<4xf32>) -> tensor<4xf32>
    %4101 = "stablehlo.convert"(%arg232) : (tensor<64xbf16>) -> tensor<64xf32>
    %4102 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %4103 = "stablehlo.broadcast_in_dim"(%4102) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %4104 = "stablehlo.add"(%4101, %4103) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %4105 = "stablehlo.broadcast_in_dim"(%4100) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %4106 = "stablehlo.multiply"(%4089, %4105) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4107 = "stablehlo.broadcast_in_dim"(%4104) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %4108 = "stablehlo.multiply"(%4106, %4107) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4109 = "stablehlo.reshape"(%4108) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %4110 = "stablehlo.convert"(%arg233) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %4111 = "stablehlo.dot_general"(%4109, %4110) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %4112 = "stablehlo.convert"(%arg234) : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %4113 = "stablehlo.dot_general"(%4109, %4112) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<32x64xf32>) -> tensor<4x32xf32>
    %4114 = "stablehlo.convert"(%arg235) : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %4115 = "stablehlo.dot_general"(%4109, %4114) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<32x64xf32>) -> tensor<4x32xf32>
    %4116 = "stablehlo.reshape"(%1) : (tensor<4xi32>) -> tensor<4x1xi32>
    %4117 = "stablehlo.gather"(%arg288, %4116) {
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
    %4118 = "stablehlo.slice"(%4117) {
      limit_indices = array<i64: 4, 8>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %4119 = "stablehlo.broadcast_in_dim"(%4118) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x4x8xf32>
    %4120 = "stablehlo.slice"(%4117) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 8>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %4121 = "stablehlo.broadcast_in_dim"(%4120) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x4x8xf32>
    %4122 = "stablehlo.reshape"(%4111) : (tensor<4x64xf32>) -> tensor<4x4x16xf32>
    %4123 = "stablehlo.slice"(%4122) {
      limit_indices = array<i64: 4, 4, 8>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x16xf32>) -> tensor<4x4x8xf32>
    %4124 = "stablehlo.slice"(%4122) {
      limit_indices = array<i64: 4, 4, 16>,
      start_indices = array<i64: 0, 0, 8>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x16xf32>) -> tensor<4x4x8xf32>
    %4125 = "stablehlo.multiply"(%4123, %4119) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %4126 = "stablehlo.multiply"(%4124, %4121) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %4127 = "stablehlo.subtract"(%4125, %4126) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %4128 = "stablehlo.multiply"(%4124, %4119) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %4129 = "stablehlo.multiply"(%4123, %4121) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %4130 = "stablehlo.add"(%4128, %4129) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %4131 = "stablehlo.concatenate"(%4127, %4130) { dimension = 2 : i64 } : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x16xf32>
    %4132 = "stablehlo.reshape"(%4131) : (tensor<4x4x16xf32>) -> tensor<4x64xf32>
    %4133 = "stablehlo.reshape"(%1) : (tensor<4xi32>) -> tensor<4x1xi32>
    %4134 = "stablehlo.gather"(%arg288, %4133) {
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
    %4135 = "stablehlo.slice"(%4134) {
      limit_indices = array<i64: 4, 8>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %4136 = "stablehlo.broadcast_in_dim"(%4135) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %4137 = "stablehlo.slice"(%4134) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 8>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %4138 = "stablehlo.broadcast_in_dim"(%4137) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %4139 = "stablehlo.reshape"(%4113) : (tensor<4x32xf32>) -> tensor<4x2x16xf32>
    %4140 = "stablehlo.slice"(%4139) {
      limit_indices = array<i64: 4, 2, 8>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x2x16xf32>) -> tensor<4x2x8xf32>
    %4141 = "stablehlo.slice"(%4139) {
      limit_indices = array<i64: 4, 2, 16>,
      start_indices = array<i64: 0, 0, 8>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x2x16xf32>) -> tensor<4x2x8xf32>
    %4142 = "stablehlo.multiply"(%4140, %4136) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %4143 = "stablehlo.multiply"(%4141, %4138) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %4144 = "stablehlo.subtract"(%4142, %4143) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %4145 = "stablehlo.multiply"(%4141, %4136) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %4146 = "stablehlo.multiply"(%4140, %4138) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %4147 = "stablehlo.add"(%4145, %4146) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %4148 = "stablehlo.concatenate"(%4144, %4147) { dimension = 2 : i64 } : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x16xf32>
    %4149 = "stablehlo.reshape"(%4148) : (tensor<4x2x16xf32>) -> tensor<4x32xf32>
    %4150 = "stablehlo.convert"(%4149) : (tensor<4x32xf32>) -> tensor<4x32xbf16>
    %4151 = "stablehlo.scatter"(%arg331, %8, %4150) ({
      ^updateFn(%arg680: tensor<bf16>, %arg681: tensor<bf16>) :
          "stablehlo.return"(%arg681) : (tensor<bf16>) -> ()
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
    %4152 = "stablehlo.convert"(%4115) : (tensor<4x32xf32>) -> tensor<4x32xbf16>
    %4153 = "stablehlo.scatter"(%arg332, %8, %4152) ({
      ^updateFn(%arg682: tensor<bf16>, %arg683: tensor<bf16>) :
          "stablehlo.return"(%arg683) : (tensor<bf16>) -> ()
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
    %4154 = "stablehlo.reshape"(%4132) : (tensor<4x64xf32>) -> tensor<4x2x2x16xf32>
    %4155 = "stablehlo.reshape"(%2) : (tensor<4xi32>) -> tensor<4x1xi32>
    %4156 = "stablehlo.gather"(%4151, %4155) {
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
    %4157 = "stablehlo.convert"(%4156) : (tensor<4x32x32xbf16>) -> tensor<4x32x32xf32>
    %4158 = "stablehlo.reshape"(%4157) : (tensor<4x32x32xf32>) -> tensor<4x32x2x16xf32>
    %4159 = "stablehlo.reshape"(%2) : (tensor<4xi32>) -> tensor<4x1xi32>
    %4160 = "stablehlo.gather"(%4153, %4159) {
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
    %4161 = "stablehlo.convert"(%4160) : (tensor<4x32x32xbf16>) -> tensor<4x32x32xf32>
    %4162 = "stablehlo.reshape"(%4161) : (tensor<4x32x32xf32>) -> tensor<4x32x2x16xf32>
    %4163 = "stablehlo.dot_general"(%4154, %4158) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 2],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [3]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x2x2x16xf32>, tensor<4x32x2x16xf32>) -> tensor<4x2x2x32xf32>
    %4164 = "stablehlo.constant"() { value = dense<0.25> : tensor<f32> } : () -> tensor<f32>
    %4165 = "stablehlo.broadcast_in_dim"(%4164) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x2x2x32xf32>
    %4166 = "stablehlo.multiply"(%4163, %4165) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %4167 = "stablehlo.constant"() { value = dense<0.20000000298023224> : tensor<f32> } : () -> tensor<f32>
    %4168 = "stablehlo.broadcast_in_dim"(%4167) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x2x2x32xf32>
    %4169 = "stablehlo.multiply"(%4166, %4168) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %4170 = "stablehlo.tanh"(%4169) : (tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %4171 = "stablehlo.constant"() { value = dense<5.0> : tensor<f32> } : () -> tensor<f32>
    %4172 = "stablehlo.broadcast_in_dim"(%4171) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x2x2x32xf32>
    %4173 = "stablehlo.multiply"(%4170, %4172) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %4174 = "stablehlo.broadcast_in_dim"(%313) { broadcast_dimensions = array<i64: 0, 3> } : (tensor<4x32xi1>) -> tensor<4x2x2x32xi1>
    %4175 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %4176 = "stablehlo.broadcast_in_dim"(%4175) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x2x2x32xf32>
    %4177 = "stablehlo.select"(%4174, %4173, %4176) : (tensor<4x2x2x32xi1>, tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %4178 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %4180 = "stablehlo.reduce"(%4177, %4178) ({
      ^reductionFn(%arg684: tensor<f32>, %arg685: tensor<f32>) :
          %4179 = "stablehlo.maximum"(%arg684, %arg685) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%4179) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<4x2x2x32xf32>, tensor<f32>) -> tensor<4x2x2xf32>
    %4181 = "stablehlo.broadcast_in_dim"(%4180) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<4x2x2xf32>) -> tensor<4x2x2x32xf32>
    %4182 = "stablehlo.subtract"(%4177, %4181) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %4183 = "stablehlo.exponential"(%4182) : (tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %4184 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %4186 = "stablehlo.reduce"(%4183, %4184) ({
      ^reductionFn(%arg686: tensor<f32>, %arg687: tensor<f32>) :
          %4185 = "stablehlo.add"(%arg686, %arg687) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%4185) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<4x2x2x32xf32>, tensor<f32>) -> tensor<4x2x2xf32>
    %4187 = "stablehlo.broadcast_in_dim"(%4186) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<4x2x2xf32>) -> tensor<4x2x2x32xf32>
    %4188 = "stablehlo.divide"(%4183, %4187) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %4189 = "stablehlo.dot_general"(%4188, %4162) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 2],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x2x2x32xf32>, tensor<4x32x2x16xf32>) -> tensor<4x2x2x16xf32>
    %4190 = "stablehlo.reshape"(%4189) : (tensor<4x2x2x16xf32>) -> tensor<4x64xf32>
    %4191 = "stablehlo.convert"(%arg236) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %4192 = "stablehlo.dot_general"(%4190, %4191) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %4193 = "stablehlo.reshape"(%4192) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %4194 = "stablehlo.multiply"(%4193, %4193) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4195 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %4197 = "stablehlo.reduce"(%4194, %4195) ({
      ^reductionFn(%arg688: tensor<f32>, %arg689: tensor<f32>) :
          %4196 = "stablehlo.add"(%arg688, %arg689) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%4196) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %4198 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %4199 = "stablehlo.broadcast_in_dim"(%4198) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %4200 = "stablehlo.multiply"(%4197, %4199) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %4201 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %4202 = "stablehlo.broadcast_in_dim"(%4201) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %4203 = "stablehlo.add"(%4200, %4202) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %4204 = "stablehlo.rsqrt"(%4203) : (tensor<4xf32>) -> tensor<4xf32>
    %4205 = "stablehlo.convert"(%arg237) : (tensor<64xbf16>) -> tensor<64xf32>
    %4206 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %4207 = "stablehlo.broadcast_in_dim"(%4206) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %4208 = "stablehlo.add"(%4205, %4207) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %4209 = "stablehlo.broadcast_in_dim"(%4204) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %4210 = "stablehlo.multiply"(%4193, %4209) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4211 = "stablehlo.broadcast_in_dim"(%4208) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %4212 = "stablehlo.multiply"(%4210, %4211) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4213 = "stablehlo.reshape"(%4212) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %4214 = "stablehlo.add"(%4088, %4213) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4215 = "stablehlo.reshape"(%4214) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %4216 = "stablehlo.multiply"(%4215, %4215) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4217 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %4219 = "stablehlo.reduce"(%4216, %4217) ({
      ^reductionFn(%arg690: tensor<f32>, %arg691: tensor<f32>) :
          %4218 = "stablehlo.add"(%arg690, %arg691) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%4218) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %4220 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %4221 = "stablehlo.broadcast_in_dim"(%4220) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %4222 = "stablehlo.multiply"(%4219, %4221) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %4223 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %4224 = "stablehlo.broadcast_in_dim"(%4223) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %4225 = "stablehlo.add"(%4222, %4224) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %4226 = "stablehlo.rsqrt"(%4225) : (tensor<4xf32>) -> tensor<4xf32>
    %4227 = "stablehlo.convert"(%arg238) : (tensor<64xbf16>) -> tensor<64xf32>
    %4228 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %4229 = "stablehlo.broadcast_in_dim"(%4228) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %4230 = "stablehlo.add"(%4227, %4229) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %4231 = "stablehlo.broadcast_in_dim"(%4226) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %4232 = "stablehlo.multiply"(%4215, %4231) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4233 = "stablehlo.broadcast_in_dim"(%4230) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %4234 = "stablehlo.multiply"(%4232, %4233) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4235 = "stablehlo.reshape"(%4234) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %4236 = "stablehlo.convert"(%arg239) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %4237 = "stablehlo.dot_general"(%4235, %4236) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %4238 = "stablehlo.convert"(%arg240) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %4239 = "stablehlo.dot_general"(%4235, %4238) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %4240 = "stablehlo.multiply"(%4237, %4237) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4241 = "stablehlo.multiply"(%4240, %4237) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4242 = "stablehlo.constant"() { value = dense<0.044714998453855515> : tensor<f32> } : () -> tensor<f32>
    %4243 = "stablehlo.broadcast_in_dim"(%4242) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %4244 = "stablehlo.multiply"(%4241, %4243) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4245 = "stablehlo.add"(%4237, %4244) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4246 = "stablehlo.constant"() { value = dense<0.7978845834732056> : tensor<f32> } : () -> tensor<f32>
    %4247 = "stablehlo.broadcast_in_dim"(%4246) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %4248 = "stablehlo.multiply"(%4245, %4247) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4249 = "stablehlo.constant"() { value = dense<0.5> : tensor<f32> } : () -> tensor<f32>
    %4250 = "stablehlo.broadcast_in_dim"(%4249) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %4251 = "stablehlo.multiply"(%4237, %4250) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4252 = "stablehlo.tanh"(%4248) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %4253 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %4254 = "stablehlo.broadcast_in_dim"(%4253) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %4255 = "stablehlo.add"(%4252, %4254) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4256 = "stablehlo.multiply"(%4251, %4255) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4257 = "stablehlo.multiply"(%4256, %4239) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4258 = "stablehlo.convert"(%arg241) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %4259 = "stablehlo.dot_general"(%4257, %4258) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %4260 = "stablehlo.reshape"(%4259) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %4261 = "stablehlo.multiply"(%4260, %4260) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4262 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %4264 = "stablehlo.reduce"(%4261, %4262) ({
      ^reductionFn(%arg692: tensor<f32>, %arg693: tensor<f32>) :
          %4263 = "stablehlo.add"(%arg692, %arg693) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%4263) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %4265 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %4266 = "stablehlo.broadcast_in_dim"(%4265) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %4267 = "stablehlo.multiply"(%4264, %4266) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %4268 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %4269 = "stablehlo.broadcast_in_dim"(%4268) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %4270 = "stablehlo.add"(%4267, %4269) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %4271 = "stablehlo.rsqrt"(%4270) : (tensor<4xf32>) -> tensor<4xf32>
    %4272 = "stablehlo.convert"(%arg242) : (tensor<64xbf16>) -> tensor<64xf32>
    %4273 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %4274 = "stablehlo.broadcast_in_dim"(%4273) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %4275 = "stablehlo.add"(%4272, %4274) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %4276 = "stablehlo.broadcast_in_dim"(%4271) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %4277 = "stablehlo.multiply"(%4260, %4276) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4278 = "stablehlo.broadcast_in_dim"(%4275) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %4279 = "stablehlo.multiply"(%4277, %4278) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4280 = "stablehlo.reshape"(%4279) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %4281 = "stablehlo.add"(%4214, %4280) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4282 = "stablehlo.reshape"(%4281) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %4283 = "stablehlo.multiply"(%4282, %4282) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4284 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %4286 = "stablehlo.reduce"(%4283, %4284) ({
      ^reductionFn(%arg694: tensor<f32>, %arg695: tensor<f32>) :
          %4285 = "stablehlo.add"(%arg694, %arg695) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%4285) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %4287 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %4288 = "stablehlo.broadcast_in_dim"(%4287) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %4289 = "stablehlo.multiply"(%4286, %4288) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %4290 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %4291 = "stablehlo.broadcast_in_dim"(%4290) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %4292 = "stablehlo.add"(%4289, %4291) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %4293 = "stablehlo.rsqrt"(%4292) : (tensor<4xf32>) -> tensor<4xf32>
    %4294 = "stablehlo.convert"(%arg243) : (tensor<64xbf16>) -> tensor<64xf32>
    %4295 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %4296 = "stablehlo.broadcast_in_dim"(%4295) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %4297 = "stablehlo.add"(%4294, %4296) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %4298 = "stablehlo.broadcast_in_dim"(%4293) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %4299 = "stablehlo.multiply"(%4282, %4298) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4300 = "stablehlo.broadcast_in_dim"(%4297) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %4301 = "stablehlo.multiply"(%4299, %4300) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4302 = "stablehlo.reshape"(%4301) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %4303 = "stablehlo.convert"(%arg244) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %4304 = "stablehlo.dot_general"(%4302, %4303) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %4305 = "stablehlo.convert"(%arg245) : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %4306 = "stablehlo.dot_general"(%4302, %4305) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<32x64xf32>) -> tensor<4x32xf32>
    %4307 = "stablehlo.convert"(%arg246) : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %4308 = "stablehlo.dot_general"(%4302, %4307) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<32x64xf32>) -> tensor<4x32xf32>
    %4309 = "stablehlo.reshape"(%1) : (tensor<4xi32>) -> tensor<4x1xi32>
    %4310 = "stablehlo.gather"(%arg288, %4309) {
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
    %4311 = "stablehlo.slice"(%4310) {
      limit_indices = array<i64: 4, 8>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %4312 = "stablehlo.broadcast_in_dim"(%4311) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x4x8xf32>
    %4313 = "stablehlo.slice"(%4310) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 8>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %4314 = "stablehlo.broadcast_in_dim"(%4313) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x4x8xf32>
    %4315 = "stablehlo.reshape"(%4304) : (tensor<4x64xf32>) -> tensor<4x4x16xf32>
    %4316 = "stablehlo.slice"(%4315) {
      limit_indices = array<i64: 4, 4, 8>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x16xf32>) -> tensor<4x4x8xf32>
    %4317 = "stablehlo.slice"(%4315) {
      limit_indices = array<i64: 4, 4, 16>,
      start_indices = array<i64: 0, 0, 8>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x16xf32>) -> tensor<4x4x8xf32>
    %4318 = "stablehlo.multiply"(%4316, %4312) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %4319 = "stablehlo.multiply"(%4317, %4314) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %4320 = "stablehlo.subtract"(%4318, %4319) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %4321 = "stablehlo.multiply"(%4317, %4312) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %4322 = "stablehlo.multiply"(%4316, %4314) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %4323 = "stablehlo.add"(%4321, %4322) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %4324 = "stablehlo.concatenate"(%4320, %4323) { dimension = 2 : i64 } : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x16xf32>
    %4325 = "stablehlo.reshape"(%4324) : (tensor<4x4x16xf32>) -> tensor<4x64xf32>
    %4326 = "stablehlo.reshape"(%1) : (tensor<4xi32>) -> tensor<4x1xi32>
    %4327 = "stablehlo.gather"(%arg288, %4326) {
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
    %4328 = "stablehlo.slice"(%4327) {
      limit_indices = array<i64: 4, 8>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %4329 = "stablehlo.broadcast_in_dim"(%4328) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %4330 = "stablehlo.slice"(%4327) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 8>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %4331 = "stablehlo.broadcast_in_dim"(%4330) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %4332 = "stablehlo.reshape"(%4306) : (tensor<4x32xf32>) -> tensor<4x2x16xf32>
    %4333 = "stablehlo.slice"(%4332) {
      limit_indices = array<i64: 4, 2, 8>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x2x16xf32>) -> tensor<4x2x8xf32>
    %4334 = "stablehlo.slice"(%4332) {
      limit_indices = array<i64: 4, 2, 16>,
      start_indices = array<i64: 0, 0, 8>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x2x16xf32>) -> tensor<4x2x8xf32>
    %4335 = "stablehlo.multiply"(%4333, %4329) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %4336 = "stablehlo.multiply"(%4334, %4331) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %4337 = "stablehlo.subtract"(%4335, %4336) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %4338 = "stablehlo.multiply"(%4334, %4329) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %4339 = "stablehlo.multiply"(%4333, %4331) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %4340 = "stablehlo.add"(%4338, %4339) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %4341 = "stablehlo.concatenate"(%4337, %4340) { dimension = 2 : i64 } : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x16xf32>
    %4342 = "stablehlo.reshape"(%4341) : (tensor<4x2x16xf32>) -> tensor<4x32xf32>
    %4343 = "stablehlo.convert"(%4342) : (tensor<4x32xf32>) -> tensor<4x32xbf16>
    %4344 = "stablehlo.scatter"(%arg333, %8, %4343) ({
      ^updateFn(%arg696: tensor<bf16>, %arg697: tensor<bf16>) :
          "stablehlo.return"(%arg697) : (tensor<bf16>) -> ()
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
    %4345 = "stablehlo.convert"(%4308) : (tensor<4x32xf32>) -> tensor<4x32xbf16>
    %4346 = "stablehlo.scatter"(%arg334, %8, %4345) ({
      ^updateFn(%arg698: tensor<bf16>, %arg699: tensor<bf16>) :
          "stablehlo.return"(%arg699) : (tensor<bf16>) -> ()
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
    %4347 = "stablehlo.reshape"(%4325) : (tensor<4x64xf32>) -> tensor<4x2x2x16xf32>
    %4348 = "stablehlo.reshape"(%2) : (tensor<4xi32>) -> tensor<4x1xi32>
    %4349 = "stablehlo.gather"(%4344, %4348) {
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
    %4350 = "stablehlo.convert"(%4349) : (tensor<4x32x32xbf16>) -> tensor<4x32x32xf32>
    %4351 = "stablehlo.reshape"(%4350) : (tensor<4x32x32xf32>) -> tensor<4x32x2x16xf32>
    %4352 = "stablehlo.reshape"(%2) : (tensor<4xi32>) -> tensor<4x1xi32>
    %4353 = "stablehlo.gather"(%4346, %4352) {
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
    %4354 = "stablehlo.convert"(%4353) : (tensor<4x32x32xbf16>) -> tensor<4x32x32xf32>
    %4355 = "stablehlo.reshape"(%4354) : (tensor<4x32x32xf32>) -> tensor<4x32x2x16xf32>
    %4356 = "stablehlo.dot_general"(%4347, %4351) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 2],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [3]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x2x2x16xf32>, tensor<4x32x2x16xf32>) -> tensor<4x2x2x32xf32>
    %4357 = "stablehlo.constant"() { value = dense<0.25> : tensor<f32> } : () -> tensor<f32>
    %4358 = "stablehlo.broadcast_in_dim"(%4357) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x2x2x32xf32>
    %4359 = "stablehlo.multiply"(%4356, %4358) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %4360 = "stablehlo.constant"() { value = dense<0.20000000298023224> : tensor<f32> } : () -> tensor<f32>
    %4361 = "stablehlo.broadcast_in_dim"(%4360) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x2x2x32xf32>
    %4362 = "stablehlo.multiply"(%4359, %4361) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %4363 = "stablehlo.tanh"(%4362) : (tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %4364 = "stablehlo.constant"() { value = dense<5.0> : tensor<f32> } : () -> tensor<f32>
    %4365 = "stablehlo.broadcast_in_dim"(%4364) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x2x2x32xf32>
    %4366 = "stablehlo.multiply"(%4363, %4365) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %4367 = "stablehlo.broadcast_in_dim"(%112) { broadcast_dimensions = array<i64: 0, 3> } : (tensor<4x32xi1>) -> tensor<4x2x2x32xi1>
    %4368 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %4369 = "stablehlo.broadcast_in_dim"(%4368) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x2x2x32xf32>
    %4370 = "stablehlo.select"(%4367, %4366, %4369) : (tensor<4x2x2x32xi1>, tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %4371 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %4373 = "stablehlo.reduce"(%4370, %4371) ({
      ^reductionFn(%arg700: tensor<f32>, %arg701: tensor<f32>) :
          %4372 = "stablehlo.maximum"(%arg700, %arg701) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%4372) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<4x2x2x32xf32>, tensor<f32>) -> tensor<4x2x2xf32>
    %4374 = "stablehlo.broadcast_in_dim"(%4373) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<4x2x2xf32>) -> tensor<4x2x2x32xf32>
    %4375 = "stablehlo.subtract"(%4370, %4374) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %4376 = "stablehlo.exponential"(%4375) : (tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %4377 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %4379 = "stablehlo.reduce"(%4376, %4377) ({
      ^reductionFn(%arg702: tensor<f32>, %arg703: tensor<f32>) :
          %4378 = "stablehlo.add"(%arg702, %arg703) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%4378) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<4x2x2x32xf32>, tensor<f32>) -> tensor<4x2x2xf32>
    %4380 = "stablehlo.broadcast_in_dim"(%4379) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<4x2x2xf32>) -> tensor<4x2x2x32xf32>
    %4381 = "stablehlo.divide"(%4376, %4380) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %4382 = "stablehlo.dot_general"(%4381, %4355) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 2],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x2x2x32xf32>, tensor<4x32x2x16xf32>) -> tensor<4x2x2x16xf32>
    %4383 = "stablehlo.reshape"(%4382) : (tensor<4x2x2x16xf32>) -> tensor<4x64xf32>
    %4384 = "stablehlo.convert"(%arg247) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %4385 = "stablehlo.dot_general"(%4383, %4384) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %4386 = "stablehlo.reshape"(%4385) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %4387 = "stablehlo.multiply"(%4386, %4386) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4388 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %4390 = "stablehlo.reduce"(%4387, %4388) ({
      ^reductionFn(%arg704: tensor<f32>, %arg705: tensor<f32>) :
          %4389 = "stablehlo.add"(%arg704, %arg705) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%4389) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %4391 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %4392 = "stablehlo.broadcast_in_dim"(%4391) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %4393 = "stablehlo.multiply"(%4390, %4392) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %4394 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %4395 = "stablehlo.broadcast_in_dim"(%4394) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %4396 = "stablehlo.add"(%4393, %4395) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %4397 = "stablehlo.rsqrt"(%4396) : (tensor<4xf32>) -> tensor<4xf32>
    %4398 = "stablehlo.convert"(%arg248) : (tensor<64xbf16>) -> tensor<64xf32>
    %4399 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %4400 = "stablehlo.broadcast_in_dim"(%4399) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %4401 = "stablehlo.add"(%4398, %4400) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %4402 = "stablehlo.broadcast_in_dim"(%4397) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %4403 = "stablehlo.multiply"(%4386, %4402) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4404 = "stablehlo.broadcast_in_dim"(%4401) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %4405 = "stablehlo.multiply"(%4403, %4404) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4406 = "stablehlo.reshape"(%4405) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %4407 = "stablehlo.add"(%4281, %4406) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4408 = "stablehlo.reshape"(%4407) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %4409 = "stablehlo.multiply"(%4408, %4408) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4410 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %4412 = "stablehlo.reduce"(%4409, %4410) ({
      ^reductionFn(%arg706: tensor<f32>, %arg707: tensor<f32>) :
          %4411 = "stablehlo.add"(%arg706, %arg707) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%4411) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %4413 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %4414 = "stablehlo.broadcast_in_dim"(%4413) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %4415 = "stablehlo.multiply"(%4412, %4414) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %4416 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %4417 = "stablehlo.broadcast_in_dim"(%4416) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %4418 = "stablehlo.add"(%4415, %4417) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %4419 = "stablehlo.rsqrt"(%4418) : (tensor<4xf32>) -> tensor<4xf32>
    %4420 = "stablehlo.convert"(%arg249) : (tensor<64xbf16>) -> tensor<64xf32>
    %4421 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %4422 = "stablehlo.broadcast_in_dim"(%4421) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %4423 = "stablehlo.add"(%4420, %4422) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %4424 = "stablehlo.broadcast_in_dim"(%4419) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %4425 = "stablehlo.multiply"(%4408, %4424) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4426 = "stablehlo.broadcast_in_dim"(%4423) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %4427 = "stablehlo.multiply"(%4425, %4426) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4428 = "stablehlo.reshape"(%4427) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %4429 = "stablehlo.convert"(%arg250) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %4430 = "stablehlo.dot_general"(%4428, %4429) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %4431 = "stablehlo.convert"(%arg251) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %4432 = "stablehlo.dot_general"(%4428, %4431) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %4433 = "stablehlo.multiply"(%4430, %4430) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4434 = "stablehlo.multiply"(%4433, %4430) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4435 = "stablehlo.constant"() { value = dense<0.044714998453855515> : tensor<f32> } : () -> tensor<f32>
    %4436 = "stablehlo.broadcast_in_dim"(%4435) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %4437 = "stablehlo.multiply"(%4434, %4436) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4438 = "stablehlo.add"(%4430, %4437) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4439 = "stablehlo.constant"() { value = dense<0.7978845834732056> : tensor<f32> } : () -> tensor<f32>
    %4440 = "stablehlo.broadcast_in_dim"(%4439) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %4441 = "stablehlo.multiply"(%4438, %4440) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4442 = "stablehlo.constant"() { value = dense<0.5> : tensor<f32> } : () -> tensor<f32>
    %4443 = "stablehlo.broadcast_in_dim"(%4442) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %4444 = "stablehlo.multiply"(%4430, %4443) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4445 = "stablehlo.tanh"(%4441) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %4446 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %4447 = "stablehlo.broadcast_in_dim"(%4446) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %4448 = "stablehlo.add"(%4445, %4447) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4449 = "stablehlo.multiply"(%4444, %4448) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4450 = "stablehlo.multiply"(%4449, %4432) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4451 = "stablehlo.convert"(%arg252) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %4452 = "stablehlo.dot_general"(%4450, %4451) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %4453 = "stablehlo.reshape"(%4452) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %4454 = "stablehlo.multiply"(%4453, %4453) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4455 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %4457 = "stablehlo.reduce"(%4454, %4455) ({
      ^reductionFn(%arg708: tensor<f32>, %arg709: tensor<f32>) :
          %4456 = "stablehlo.add"(%arg708, %arg709) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%4456) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %4458 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %4459 = "stablehlo.broadcast_in_dim"(%4458) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %4460 = "stablehlo.multiply"(%4457, %4459) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %4461 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %4462 = "stablehlo.broadcast_in_dim"(%4461) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %4463 = "stablehlo.add"(%4460, %4462) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %4464 = "stablehlo.rsqrt"(%4463) : (tensor<4xf32>) -> tensor<4xf32>
    %4465 = "stablehlo.convert"(%arg253) : (tensor<64xbf16>) -> tensor<64xf32>
    %4466 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %4467 = "stablehlo.broadcast_in_dim"(%4466) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %4468 = "stablehlo.add"(%4465, %4467) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %4469 = "stablehlo.broadcast_in_dim"(%4464) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %4470 = "stablehlo.multiply"(%4453, %4469) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4471 = "stablehlo.broadcast_in_dim"(%4468) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %4472 = "stablehlo.multiply"(%4470, %4471) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4473 = "stablehlo.reshape"(%4472) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %4474 = "stablehlo.add"(%4407, %4473) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4475 = "stablehlo.reshape"(%4474) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %4476 = "stablehlo.multiply"(%4475, %4475) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4477 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %4479 = "stablehlo.reduce"(%4476, %4477) ({
      ^reductionFn(%arg710: tensor<f32>, %arg711: tensor<f32>) :
          %4478 = "stablehlo.add"(%arg710, %arg711) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%4478) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %4480 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %4481 = "stablehlo.broadcast_in_dim"(%4480) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %4482 = "stablehlo.multiply"(%4479, %4481) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %4483 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %4484 = "stablehlo.broadcast_in_dim"(%4483) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %4485 = "stablehlo.add"(%4482, %4484) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %4486 = "stablehlo.rsqrt"(%4485) : (tensor<4xf32>) -> tensor<4xf32>
    %4487 = "stablehlo.convert"(%arg254) : (tensor<64xbf16>) -> tensor<64xf32>
    %4488 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %4489 = "stablehlo.broadcast_in_dim"(%4488) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %4490 = "stablehlo.add"(%4487, %4489) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %4491 = "stablehlo.broadcast_in_dim"(%4486) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %4492 = "stablehlo.multiply"(%4475, %4491) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4493 = "stablehlo.broadcast_in_dim"(%4490) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %4494 = "stablehlo.multiply"(%4492, %4493) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4495 = "stablehlo.reshape"(%4494) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %4496 = "stablehlo.convert"(%arg255) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %4497 = "stablehlo.dot_general"(%4495, %4496) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %4498 = "stablehlo.convert"(%arg256) : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %4499 = "stablehlo.dot_general"(%4495, %4498) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<32x64xf32>) -> tensor<4x32xf32>
    %4500 = "stablehlo.convert"(%arg257) : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %4501 = "stablehlo.dot_general"(%4495, %4500) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<32x64xf32>) -> tensor<4x32xf32>
    %4502 = "stablehlo.reshape"(%1) : (tensor<4xi32>) -> tensor<4x1xi32>
    %4503 = "stablehlo.gather"(%arg288, %4502) {
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
    %4504 = "stablehlo.slice"(%4503) {
      limit_indices = array<i64: 4, 8>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %4505 = "stablehlo.broadcast_in_dim"(%4504) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x4x8xf32>
    %4506 = "stablehlo.slice"(%4503) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 8>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %4507 = "stablehlo.broadcast_in_dim"(%4506) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x4x8xf32>
    %4508 = "stablehlo.reshape"(%4497) : (tensor<4x64xf32>) -> tensor<4x4x16xf32>
    %4509 = "stablehlo.slice"(%4508) {
      limit_indices = array<i64: 4, 4, 8>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x16xf32>) -> tensor<4x4x8xf32>
    %4510 = "stablehlo.slice"(%4508) {
      limit_indices = array<i64: 4, 4, 16>,
      start_indices = array<i64: 0, 0, 8>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x16xf32>) -> tensor<4x4x8xf32>
    %4511 = "stablehlo.multiply"(%4509, %4505) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %4512 = "stablehlo.multiply"(%4510, %4507) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %4513 = "stablehlo.subtract"(%4511, %4512) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %4514 = "stablehlo.multiply"(%4510, %4505) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %4515 = "stablehlo.multiply"(%4509, %4507) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %4516 = "stablehlo.add"(%4514, %4515) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %4517 = "stablehlo.concatenate"(%4513, %4516) { dimension = 2 : i64 } : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x16xf32>
    %4518 = "stablehlo.reshape"(%4517) : (tensor<4x4x16xf32>) -> tensor<4x64xf32>
    %4519 = "stablehlo.reshape"(%1) : (tensor<4xi32>) -> tensor<4x1xi32>
    %4520 = "stablehlo.gather"(%arg288, %4519) {
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
    %4521 = "stablehlo.slice"(%4520) {
      limit_indices = array<i64: 4, 8>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %4522 = "stablehlo.broadcast_in_dim"(%4521) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %4523 = "stablehlo.slice"(%4520) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 8>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %4524 = "stablehlo.broadcast_in_dim"(%4523) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %4525 = "stablehlo.reshape"(%4499) : (tensor<4x32xf32>) -> tensor<4x2x16xf32>
    %4526 = "stablehlo.slice"(%4525) {
      limit_indices = array<i64: 4, 2, 8>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x2x16xf32>) -> tensor<4x2x8xf32>
    %4527 = "stablehlo.slice"(%4525) {
      limit_indices = array<i64: 4, 2, 16>,
      start_indices = array<i64: 0, 0, 8>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x2x16xf32>) -> tensor<4x2x8xf32>
    %4528 = "stablehlo.multiply"(%4526, %4522) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %4529 = "stablehlo.multiply"(%4527, %4524) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %4530 = "stablehlo.subtract"(%4528, %4529) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %4531 = "stablehlo.multiply"(%4527, %4522) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %4532 = "stablehlo.multiply"(%4526, %4524) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %4533 = "stablehlo.add"(%4531, %4532) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %4534 = "stablehlo.concatenate"(%4530, %4533) { dimension = 2 : i64 } : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x16xf32>
    %4535 = "stablehlo.reshape"(%4534) : (tensor<4x2x16xf32>) -> tensor<4x32xf32>
    %4536 = "stablehlo.convert"(%4535) : (tensor<4x32xf32>) -> tensor<4x32xbf16>
    %4537 = "stablehlo.scatter"(%arg335, %8, %4536) ({
      ^updateFn(%arg712: tensor<bf16>, %arg713: tensor<bf16>) :
          "stablehlo.return"(%arg713) : (tensor<bf16>) -> ()
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
    %4538 = "stablehlo.convert"(%4501) : (tensor<4x32xf32>) -> tensor<4x32xbf16>
    %4539 = "stablehlo.scatter"(%arg336, %8, %4538) ({
      ^updateFn(%arg714: tensor<bf16>, %arg715: tensor<bf16>) :
          "stablehlo.return"(%arg715) : (tensor<bf16>) -> ()
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
    %4540 = "stablehlo.reshape"(%4518) : (tensor<4x64xf32>) -> tensor<4x2x2x16xf32>
    %4541 = "stablehlo.reshape"(%2) : (tensor<4xi32>) -> tensor<4x1xi32>
    %4542 = "stablehlo.gather"(%4537, %4541) {
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
    %4543 = "stablehlo.convert"(%4542) : (tensor<4x32x32xbf16>) -> tensor<4x32x32xf32>
    %4544 = "stablehlo.reshape"(%4543) : (tensor<4x32x32xf32>) -> tensor<4x32x2x16xf32>
    %4545 = "stablehlo.reshape"(%2) : (tensor<4xi32>) -> tensor<4x1xi32>
    %4546 = "stablehlo.gather"(%4539, %4545) {
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
    %4547 = "stablehlo.convert"(%4546) : (tensor<4x32x32xbf16>) -> tensor<4x32x32xf32>
    %4548 = "stablehlo.reshape"(%4547) : (tensor<4x32x32xf32>) -> tensor<4x32x2x16xf32>
    %4549 = "stablehlo.dot_general"(%4540, %4544) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 2],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [3]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x2x2x16xf32>, tensor<4x32x2x16xf32>) -> tensor<4x2x2x32xf32>
    %4550 = "stablehlo.constant"() { value = dense<0.25> : tensor<f32> } : () -> tensor<f32>
    %4551 = "stablehlo.broadcast_in_dim"(%4550) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x2x2x32xf32>
    %4552 = "stablehlo.multiply"(%4549, %4551) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %4553 = "stablehlo.constant"() { value = dense<0.20000000298023224> : tensor<f32> } : () -> tensor<f32>
    %4554 = "stablehlo.broadcast_in_dim"(%4553) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x2x2x32xf32>
    %4555 = "stablehlo.multiply"(%4552, %4554) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %4556 = "stablehlo.tanh"(%4555) : (tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %4557 = "stablehlo.constant"() { value = dense<5.0> : tensor<f32> } : () -> tensor<f32>
    %4558 = "stablehlo.broadcast_in_dim"(%4557) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x2x2x32xf32>
    %4559 = "stablehlo.multiply"(%4556, %4558) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %4560 = "stablehlo.broadcast_in_dim"(%313) { broadcast_dimensions = array<i64: 0, 3> } : (tensor<4x32xi1>) -> tensor<4x2x2x32xi1>
    %4561 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %4562 = "stablehlo.broadcast_in_dim"(%4561) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x2x2x32xf32>
    %4563 = "stablehlo.select"(%4560, %4559, %4562) : (tensor<4x2x2x32xi1>, tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %4564 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %4566 = "stablehlo.reduce"(%4563, %4564) ({
      ^reductionFn(%arg716: tensor<f32>, %arg717: tensor<f32>) :
          %4565 = "stablehlo.maximum"(%arg716, %arg717) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%4565) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<4x2x2x32xf32>, tensor<f32>) -> tensor<4x2x2xf32>
    %4567 = "stablehlo.broadcast_in_dim"(%4566) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<4x2x2xf32>) -> tensor<4x2x2x32xf32>
    %4568 = "stablehlo.subtract"(%4563, %4567) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %4569 = "stablehlo.exponential"(%4568) : (tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %4570 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %4572 = "stablehlo.reduce"(%4569, %4570) ({
      ^reductionFn(%arg718: tensor<f32>, %arg719: tensor<f32>) :
          %4571 = "stablehlo.add"(%arg718, %arg719) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%4571) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<4x2x2x32xf32>, tensor<f32>) -> tensor<4x2x2xf32>
    %4573 = "stablehlo.broadcast_in_dim"(%4572) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<4x2x2xf32>) -> tensor<4x2x2x32xf32>
    %4574 = "stablehlo.divide"(%4569, %4573) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %4575 = "stablehlo.dot_general"(%4574, %4548) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 2],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x2x2x32xf32>, tensor<4x32x2x16xf32>) -> tensor<4x2x2x16xf32>
    %4576 = "stablehlo.reshape"(%4575) : (tensor<4x2x2x16xf32>) -> tensor<4x64xf32>
    %4577 = "stablehlo.convert"(%arg258) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %4578 = "stablehlo.dot_general"(%4576, %4577) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %4579 = "stablehlo.reshape"(%4578) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %4580 = "stablehlo.multiply"(%4579, %4579) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4581 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %4583 = "stablehlo.reduce"(%4580, %4581) ({
      ^reductionFn(%arg720: tensor<f32>, %arg721: tensor<f32>) :
          %4582 = "stablehlo.add"(%arg720, %arg721) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%4582) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %4584 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %4585 = "stablehlo.broadcast_in_dim"(%4584) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %4586 = "stablehlo.multiply"(%4583, %4585) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %4587 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %4588 = "stablehlo.broadcast_in_dim"(%4587) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %4589 = "stablehlo.add"(%4586, %4588) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %4590 = "stablehlo.rsqrt"(%4589) : (tensor<4xf32>) -> tensor<4xf32>
    %4591 = "stablehlo.convert"(%arg259) : (tensor<64xbf16>) -> tensor<64xf32>
    %4592 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %4593 = "stablehlo.broadcast_in_dim"(%4592) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %4594 = "stablehlo.add"(%4591, %4593) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %4595 = "stablehlo.broadcast_in_dim"(%4590) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %4596 = "stablehlo.multiply"(%4579, %4595) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4597 = "stablehlo.broadcast_in_dim"(%4594) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %4598 = "stablehlo.multiply"(%4596, %4597) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4599 = "stablehlo.reshape"(%4598) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %4600 = "stablehlo.add"(%4474, %4599) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4601 = "stablehlo.reshape"(%4600) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %4602 = "stablehlo.multiply"(%4601, %4601) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4603 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %4605 = "stablehlo.reduce"(%4602, %4603) ({
      ^reductionFn(%arg722: tensor<f32>, %arg723: tensor<f32>) :
          %4604 = "stablehlo.add"(%arg722, %arg723) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%4604) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %4606 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %4607 = "stablehlo.broadcast_in_dim"(%4606) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %4608 = "stablehlo.multiply"(%4605, %4607) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %4609 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %4610 = "stablehlo.broadcast_in_dim"(%4609) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %4611 = "stablehlo.add"(%4608, %4610) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %4612 = "stablehlo.rsqrt"(%4611) : (tensor<4xf32>) -> tensor<4xf32>
    %4613 = "stablehlo.convert"(%arg260) : (tensor<64xbf16>) -> tensor<64xf32>
    %4614 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %4615 = "stablehlo.broadcast_in_dim"(%4614) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %4616 = "stablehlo.add"(%4613, %4615) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %4617 = "stablehlo.broadcast_in_dim"(%4612) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %4618 = "stablehlo.multiply"(%4601, %4617) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4619 = "stablehlo.broadcast_in_dim"(%4616) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %4620 = "stablehlo.multiply"(%4618, %4619) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4621 = "stablehlo.reshape"(%4620) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %4622 = "stablehlo.convert"(%arg261) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %4623 = "stablehlo.dot_general"(%4621, %4622) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %4624 = "stablehlo.convert"(%arg262) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %4625 = "stablehlo.dot_general"(%4621, %4624) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %4626 = "stablehlo.multiply"(%4623, %4623) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4627 = "stablehlo.multiply"(%4626, %4623) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4628 = "stablehlo.constant"() { value = dense<0.044714998453855515> : tensor<f32> } : () -> tensor<f32>
    %4629 = "stablehlo.broadcast_in_dim"(%4628) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %4630 = "stablehlo.multiply"(%4627, %4629) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4631 = "stablehlo.add"(%4623, %4630) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4632 = "stablehlo.constant"() { value = dense<0.7978845834732056> : tensor<f32> } : () -> tensor<f32>
    %4633 = "stablehlo.broadcast_in_dim"(%4632) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %4634 = "stablehlo.multiply"(%4631, %4633) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4635 = "stablehlo.constant"() { value = dense<0.5> : tensor<f32> } : () -> tensor<f32>
    %4636 = "stablehlo.broadcast_in_dim"(%4635) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %4637 = "stablehlo.multiply"(%4623, %4636) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4638 = "stablehlo.tanh"(%4634) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %4639 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %4640 = "stablehlo.broadcast_in_dim"(%4639) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %4641 = "stablehlo.add"(%4638, %4640) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4642 = "stablehlo.multiply"(%4637, %4641) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4643 = "stablehlo.multiply"(%4642, %4625) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4644 = "stablehlo.convert"(%arg263) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %4645 = "stablehlo.dot_general"(%4643, %4644) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %4646 = "stablehlo.reshape"(%4645) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %4647 = "stablehlo.multiply"(%4646, %4646) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4648 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %4650 = "stablehlo.reduce"(%4647, %4648) ({
      ^reductionFn(%arg724: tensor<f32>, %arg725: tensor<f32>) :
          %4649 = "stablehlo.add"(%arg724, %arg725) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%4649) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %4651 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %4652 = "stablehlo.broadcast_in_dim"(%4651) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %4653 = "stablehlo.multiply"(%4650, %4652) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %4654 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %4655 = "stablehlo.broadcast_in_dim"(%4654) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %4656 = "stablehlo.add"(%4653, %4655) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %4657 = "stablehlo.rsqrt"(%4656) : (tensor<4xf32>) -> tensor<4xf32>
    %4658 = "stablehlo.convert"(%arg264) : (tensor<64xbf16>) -> tensor<64xf32>
    %4659 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %4660 = "stablehlo.broadcast_in_dim"(%4659) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %4661 = "stablehlo.add"(%4658, %4660) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %4662 = "stablehlo.broadcast_in_dim"(%4657) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %4663 = "stablehlo.multiply"(%4646, %4662) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4664 = "stablehlo.broadcast_in_dim"(%4661) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %4665 = "stablehlo.multiply"(%4663, %4664) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4666 = "stablehlo.reshape"(%4665) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %4667 = "stablehlo.add"(%4600, %4666) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4668 = "stablehlo.reshape"(%4667) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %4669 = "stablehlo.multiply"(%4668, %4668) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4670 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %4672 = "stablehlo.reduce"(%4669, %4670) ({
      ^reductionFn(%arg726: tensor<f32>, %arg727: tensor<f32>) :
          %4671 = "stablehlo.add"(%arg726, %arg727) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%4671) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %4673 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %4674 = "stablehlo.broadcast_in_dim"(%4673) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %4675 = "stablehlo.multiply"(%4672, %4674) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %4676 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %4677 = "stablehlo.broadcast_in_dim"(%4676) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %4678 = "stablehlo.add"(%4675, %4677) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %4679 = "stablehlo.rsqrt"(%4678) : (tensor<4xf32>) -> tensor<4xf32>
    %4680 = "stablehlo.convert"(%arg265) : (tensor<64xbf16>) -> tensor<64xf32>
    %4681 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %4682 = "stablehlo.broadcast_in_dim"(%4681) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %4683 = "stablehlo.add"(%4680, %4682) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %4684 = "stablehlo.broadcast_in_dim"(%4679) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %4685 = "stablehlo.multiply"(%4668, %4684) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4686 = "stablehlo.broadcast_in_dim"(%4683) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %4687 = "stablehlo.multiply"(%4685, %4686) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4688 = "stablehlo.reshape"(%4687) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %4689 = "stablehlo.convert"(%arg266) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %4690 = "stablehlo.dot_general"(%4688, %4689) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %4691 = "stablehlo.convert"(%arg267) : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %4692 = "stablehlo.dot_general"(%4688, %4691) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<32x64xf32>) -> tensor<4x32xf32>
    %4693 = "stablehlo.convert"(%arg268) : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %4694 = "stablehlo.dot_general"(%4688, %4693) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<32x64xf32>) -> tensor<4x32xf32>
    %4695 = "stablehlo.reshape"(%1) : (tensor<4xi32>) -> tensor<4x1xi32>
    %4696 = "stablehlo.gather"(%arg288, %4695) {
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
    %4697 = "stablehlo.slice"(%4696) {
      limit_indices = array<i64: 4, 8>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %4698 = "stablehlo.broadcast_in_dim"(%4697) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x4x8xf32>
    %4699 = "stablehlo.slice"(%4696) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 8>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %4700 = "stablehlo.broadcast_in_dim"(%4699) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x4x8xf32>
    %4701 = "stablehlo.reshape"(%4690) : (tensor<4x64xf32>) -> tensor<4x4x16xf32>
    %4702 = "stablehlo.slice"(%4701) {
      limit_indices = array<i64: 4, 4, 8>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x16xf32>) -> tensor<4x4x8xf32>
    %4703 = "stablehlo.slice"(%4701) {
      limit_indices = array<i64: 4, 4, 16>,
      start_indices = array<i64: 0, 0, 8>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x16xf32>) -> tensor<4x4x8xf32>
    %4704 = "stablehlo.multiply"(%4702, %4698) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %4705 = "stablehlo.multiply"(%4703, %4700) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %4706 = "stablehlo.subtract"(%4704, %4705) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %4707 = "stablehlo.multiply"(%4703, %4698) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %4708 = "stablehlo.multiply"(%4702, %4700) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %4709 = "stablehlo.add"(%4707, %4708) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %4710 = "stablehlo.concatenate"(%4706, %4709) { dimension = 2 : i64 } : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x16xf32>
    %4711 = "stablehlo.reshape"(%4710) : (tensor<4x4x16xf32>) -> tensor<4x64xf32>
    %4712 = "stablehlo.reshape"(%1) : (tensor<4xi32>) -> tensor<4x1xi32>
    %4713 = "stablehlo.gather"(%arg288, %4712) {
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
    %4714 = "stablehlo.slice"(%4713) {
      limit_indices = array<i64: 4, 8>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %4715 = "stablehlo.broadcast_in_dim"(%4714) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %4716 = "stablehlo.slice"(%4713) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 8>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %4717 = "stablehlo.broadcast_in_dim"(%4716) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %4718 = "stablehlo.reshape"(%4692) : (tensor<4x32xf32>) -> tensor<4x2x16xf32>
    %4719 = "stablehlo.slice"(%4718) {
      limit_indices = array<i64: 4, 2, 8>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x2x16xf32>) -> tensor<4x2x8xf32>
    %4720 = "stablehlo.slice"(%4718) {
      limit_indices = array<i64: 4, 2, 16>,
      start_indices = array<i64: 0, 0, 8>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x2x16xf32>) -> tensor<4x2x8xf32>
    %4721 = "stablehlo.multiply"(%4719, %4715) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %4722 = "stablehlo.multiply"(%4720, %4717) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %4723 = "stablehlo.subtract"(%4721, %4722) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %4724 = "stablehlo.multiply"(%4720, %4715) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %4725 = "stablehlo.multiply"(%4719, %4717) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %4726 = "stablehlo.add"(%4724, %4725) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %4727 = "stablehlo.concatenate"(%4723, %4726) { dimension = 2 : i64 } : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x16xf32>
    %4728 = "stablehlo.reshape"(%4727) : (tensor<4x2x16xf32>) -> tensor<4x32xf32>
    %4729 = "stablehlo.convert"(%4728) : (tensor<4x32xf32>) -> tensor<4x32xbf16>
    %4730 = "stablehlo.scatter"(%arg337, %8, %4729) ({
      ^updateFn(%arg728: tensor<bf16>, %arg729: tensor<bf16>) :
          "stablehlo.return"(%arg729) : (tensor<bf16>) -> ()
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
    %4731 = "stablehlo.convert"(%4694) : (tensor<4x32xf32>) -> tensor<4x32xbf16>
    %4732 = "stablehlo.scatter"(%arg338, %8, %4731) ({
      ^updateFn(%arg730: tensor<bf16>, %arg731: tensor<bf16>) :
          "stablehlo.return"(%arg731) : (tensor<bf16>) -> ()
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
    %4733 = "stablehlo.reshape"(%4711) : (tensor<4x64xf32>) -> tensor<4x2x2x16xf32>
    %4734 = "stablehlo.reshape"(%2) : (tensor<4xi32>) -> tensor<4x1xi32>
    %4735 = "stablehlo.gather"(%4730, %4734) {
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
    %4736 = "stablehlo.convert"(%4735) : (tensor<4x32x32xbf16>) -> tensor<4x32x32xf32>
    %4737 = "stablehlo.reshape"(%4736) : (tensor<4x32x32xf32>) -> tensor<4x32x2x16xf32>
    %4738 = "stablehlo.reshape"(%2) : (tensor<4xi32>) -> tensor<4x1xi32>
    %4739 = "stablehlo.gather"(%4732, %4738) {
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
    %4740 = "stablehlo.convert"(%4739) : (tensor<4x32x32xbf16>) -> tensor<4x32x32xf32>
    %4741 = "stablehlo.reshape"(%4740) : (tensor<4x32x32xf32>) -> tensor<4x32x2x16xf32>
    %4742 = "stablehlo.dot_general"(%4733, %4737) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 2],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [3]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x2x2x16xf32>, tensor<4x32x2x16xf32>) -> tensor<4x2x2x32xf32>
    %4743 = "stablehlo.constant"() { value = dense<0.25> : tensor<f32> } : () -> tensor<f32>
    %4744 = "stablehlo.broadcast_in_dim"(%4743) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x2x2x32xf32>
    %4745 = "stablehlo.multiply"(%4742, %4744) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %4746 = "stablehlo.constant"() { value = dense<0.20000000298023224> : tensor<f32> } : () -> tensor<f32>
    %4747 = "stablehlo.broadcast_in_dim"(%4746) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x2x2x32xf32>
    %4748 = "stablehlo.multiply"(%4745, %4747) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %4749 = "stablehlo.tanh"(%4748) : (tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %4750 = "stablehlo.constant"() { value = dense<5.0> : tensor<f32> } : () -> tensor<f32>
    %4751 = "stablehlo.broadcast_in_dim"(%4750) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x2x2x32xf32>
    %4752 = "stablehlo.multiply"(%4749, %4751) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %4753 = "stablehlo.broadcast_in_dim"(%112) { broadcast_dimensions = array<i64: 0, 3> } : (tensor<4x32xi1>) -> tensor<4x2x2x32xi1>
    %4754 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %4755 = "stablehlo.broadcast_in_dim"(%4754) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x2x2x32xf32>
    %4756 = "stablehlo.select"(%4753, %4752, %4755) : (tensor<4x2x2x32xi1>, tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %4757 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %4759 = "stablehlo.reduce"(%4756, %4757) ({
      ^reductionFn(%arg732: tensor<f32>, %arg733: tensor<f32>) :
          %4758 = "stablehlo.maximum"(%arg732, %arg733) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%4758) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<4x2x2x32xf32>, tensor<f32>) -> tensor<4x2x2xf32>
    %4760 = "stablehlo.broadcast_in_dim"(%4759) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<4x2x2xf32>) -> tensor<4x2x2x32xf32>
    %4761 = "stablehlo.subtract"(%4756, %4760) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %4762 = "stablehlo.exponential"(%4761) : (tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %4763 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %4765 = "stablehlo.reduce"(%4762, %4763) ({
      ^reductionFn(%arg734: tensor<f32>, %arg735: tensor<f32>) :
          %4764 = "stablehlo.add"(%arg734, %arg735) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%4764) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<4x2x2x32xf32>, tensor<f32>) -> tensor<4x2x2xf32>
    %4766 = "stablehlo.broadcast_in_dim"(%4765) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<4x2x2xf32>) -> tensor<4x2x2x32xf32>
    %4767 = "stablehlo.divide"(%4762, %4766) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %4768 = "stablehlo.dot_general"(%4767, %4741) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 2],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x2x2x32xf32>, tensor<4x32x2x16xf32>) -> tensor<4x2x2x16xf32>
    %4769 = "stablehlo.reshape"(%4768) : (tensor<4x2x2x16xf32>) -> tensor<4x64xf32>
    %4770 = "stablehlo.convert"(%arg269) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %4771 = "stablehlo.dot_general"(%4769, %4770) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %4772 = "stablehlo.reshape"(%4771) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %4773 = "stablehlo.multiply"(%4772, %4772) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4774 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %4776 = "stablehlo.reduce"(%4773, %4774) ({
      ^reductionFn(%arg736: tensor<f32>, %arg737: tensor<f32>) :
          %4775 = "stablehlo.add"(%arg736, %arg737) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%4775) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %4777 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %4778 = "stablehlo.broadcast_in_dim"(%4777) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %4779 = "stablehlo.multiply"(%4776, %4778) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %4780 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %4781 = "stablehlo.broadcast_in_dim"(%4780) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %4782 = "stablehlo.add"(%4779, %4781) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %4783 = "stablehlo.rsqrt"(%4782) : (tensor<4xf32>) -> tensor<4xf32>
    %4784 = "stablehlo.convert"(%arg270) : (tensor<64xbf16>) -> tensor<64xf32>
    %4785 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %4786 = "stablehlo.broadcast_in_dim"(%4785) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %4787 = "stablehlo.add"(%4784, %4786) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %4788 = "stablehlo.broadcast_in_dim"(%4783) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %4789 = "stablehlo.multiply"(%4772, %4788) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4790 = "stablehlo.broadcast_in_dim"(%4787) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %4791 = "stablehlo.multiply"(%4789, %4790) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4792 = "stablehlo.reshape"(%4791) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %4793 = "stablehlo.add"(%4667, %4792) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4794 = "stablehlo.reshape"(%4793) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %4795 = "stablehlo.multiply"(%4794, %4794) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4796 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %4798 = "stablehlo.reduce"(%4795, %4796) ({
      ^reductionFn(%arg738: tensor<f32>, %arg739: tensor<f32>) :
          %4797 = "stablehlo.add"(%arg738, %arg739) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%4797) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %4799 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %4800 = "stablehlo.broadcast_in_dim"(%4799) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %4801 = "stablehlo.multiply"(%4798, %4800) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %4802 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %4803 = "stablehlo.broadcast_in_dim"(%4802) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %4804 = "stablehlo.add"(%4801, %4803) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %4805 = "stablehlo.rsqrt"(%4804) : (tensor<4xf32>) -> tensor<4xf32>
    %4806 = "stablehlo.convert"(%arg271) : (tensor<64xbf16>) -> tensor<64xf32>
    %4807 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %4808 = "stablehlo.broadcast_in_dim"(%4807) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %4809 = "stablehlo.add"(%4806, %4808) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %4810 = "stablehlo.broadcast_in_dim"(%4805) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %4811 = "stablehlo.multiply"(%4794, %4810) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4812 = "stablehlo.broadcast_in_dim"(%4809) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %4813 = "stablehlo.multiply"(%4811, %4812) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4814 = "stablehlo.reshape"(%4813) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %4815 = "stablehlo.convert"(%arg272) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %4816 = "stablehlo.dot_general"(%4814, %4815) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %4817 = "stablehlo.convert"(%arg273) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %4818 = "stablehlo.dot_general"(%4814, %4817) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %4819 = "stablehlo.multiply"(%4816, %4816) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4820 = "stablehlo.multiply"(%4819, %4816) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4821 = "stablehlo.constant"() { value = dense<0.044714998453855515> : tensor<f32> } : () -> tensor<f32>
    %4822 = "stablehlo.broadcast_in_dim"(%4821) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %4823 = "stablehlo.multiply"(%4820, %4822) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4824 = "stablehlo.add"(%4816, %4823) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4825 = "stablehlo.constant"() { value = dense<0.7978845834732056> : tensor<f32> } : () -> tensor<f32>
    %4826 = "stablehlo.broadcast_in_dim"(%4825) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %4827 = "stablehlo.multiply"(%4824, %4826) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4828 = "stablehlo.constant"() { value = dense<0.5> : tensor<f32> } : () -> tensor<f32>
    %4829 = "stablehlo.broadcast_in_dim"(%4828) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %4830 = "stablehlo.multiply"(%4816, %4829) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4831 = "stablehlo.tanh"(%4827) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %4832 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %4833 = "stablehlo.broadcast_in_dim"(%4832) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %4834 = "stablehlo.add"(%4831, %4833) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4835 = "stablehlo.multiply"(%4830, %4834) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4836 = "stablehlo.multiply"(%4835, %4818) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4837 = "stablehlo.convert"(%arg274) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %4838 = "stablehlo.dot_general"(%4836, %4837) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %4839 = "stablehlo.reshape"(%4838) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %4840 = "stablehlo.multiply"(%4839, %4839) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4841 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %4843 = "stablehlo.reduce"(%4840, %4841) ({
      ^reductionFn(%arg740: tensor<f32>, %arg741: tensor<f32>) :
          %4842 = "stablehlo.add"(%arg740, %arg741) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%4842) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %4844 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %4845 = "stablehlo.broadcast_in_dim"(%4844) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %4846 = "stablehlo.multiply"(%4843, %4845) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %4847 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %4848 = "stablehlo.broadcast_in_dim"(%4847) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %4849 = "stablehlo.add"(%4846, %4848) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %4850 = "stablehlo.rsqrt"(%4849) : (tensor<4xf32>) -> tensor<4xf32>
    %4851 = "stablehlo.convert"(%arg275) : (tensor<64xbf16>) -> tensor<64xf32>
    %4852 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %4853 = "stablehlo.broadcast_in_dim"(%4852) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %4854 = "stablehlo.add"(%4851, %4853) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %4855 = "stablehlo.broadcast_in_dim"(%4850) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %4856 = "stablehlo.multiply"(%4839, %4855) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4857 = "stablehlo.broadcast_in_dim"(%4854) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %4858 = "stablehlo.multiply"(%4856, %4857) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4859 = "stablehlo.reshape"(%4858) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %4860 = "stablehlo.add"(%4793, %4859) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4861 = "stablehlo.reshape"(%4860) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %4862 = "stablehlo.multiply"(%4861, %4861) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4863 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %4865 = "stablehlo.reduce"(%4862, %4863) ({
      ^reductionFn(%arg742: tensor<f32>, %arg743: tensor<f32>) :
          %4864 = "stablehlo.add"(%arg742, %arg743) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%4864) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %4866 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %4867 = "stablehlo.broadcast_in_dim"(%4866) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %4868 = "stablehlo.multiply"(%4865, %4867) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %4869 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %4870 = "stablehlo.broadcast_in_dim"(%4869) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %4871 = "stablehlo.add"(%4868, %4870) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %4872 = "stablehlo.rsqrt"(%4871) : (tensor<4xf32>) -> tensor<4xf32>
    %4873 = "stablehlo.convert"(%arg276) : (tensor<64xbf16>) -> tensor<64xf32>
    %4874 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %4875 = "stablehlo.broadcast_in_dim"(%4874) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %4876 = "stablehlo.add"(%4873, %4875) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %4877 = "stablehlo.broadcast_in_dim"(%4872) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %4878 = "stablehlo.multiply"(%4861, %4877) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4879 = "stablehlo.broadcast_in_dim"(%4876) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %4880 = "stablehlo.multiply"(%4878, %4879) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4881 = "stablehlo.reshape"(%4880) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %4882 = "stablehlo.convert"(%arg277) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %4883 = "stablehlo.dot_general"(%4881, %4882) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %4884 = "stablehlo.convert"(%arg278) : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %4885 = "stablehlo.dot_general"(%4881, %4884) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<32x64xf32>) -> tensor<4x32xf32>
    %4886 = "stablehlo.convert"(%arg279) : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %4887 = "stablehlo.dot_general"(%4881, %4886) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<32x64xf32>) -> tensor<4x32xf32>
    %4888 = "stablehlo.reshape"(%1) : (tensor<4xi32>) -> tensor<4x1xi32>
    %4889 = "stablehlo.gather"(%arg288, %4888) {
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
    %4890 = "stablehlo.slice"(%4889) {
      limit_indices = array<i64: 4, 8>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %4891 = "stablehlo.broadcast_in_dim"(%4890) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x4x8xf32>
    %4892 = "stablehlo.slice"(%4889) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 8>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %4893 = "stablehlo.broadcast_in_dim"(%4892) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x4x8xf32>
    %4894 = "stablehlo.reshape"(%4883) : (tensor<4x64xf32>) -> tensor<4x4x16xf32>
    %4895 = "stablehlo.slice"(%4894) {
      limit_indices = array<i64: 4, 4, 8>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x16xf32>) -> tensor<4x4x8xf32>
    %4896 = "stablehlo.slice"(%4894) {
      limit_indices = array<i64: 4, 4, 16>,
      start_indices = array<i64: 0, 0, 8>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x4x16xf32>) -> tensor<4x4x8xf32>
    %4897 = "stablehlo.multiply"(%4895, %4891) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %4898 = "stablehlo.multiply"(%4896, %4893) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %4899 = "stablehlo.subtract"(%4897, %4898) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %4900 = "stablehlo.multiply"(%4896, %4891) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %4901 = "stablehlo.multiply"(%4895, %4893) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %4902 = "stablehlo.add"(%4900, %4901) : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x8xf32>
    %4903 = "stablehlo.concatenate"(%4899, %4902) { dimension = 2 : i64 } : (tensor<4x4x8xf32>, tensor<4x4x8xf32>) -> tensor<4x4x16xf32>
    %4904 = "stablehlo.reshape"(%4903) : (tensor<4x4x16xf32>) -> tensor<4x64xf32>
    %4905 = "stablehlo.reshape"(%1) : (tensor<4xi32>) -> tensor<4x1xi32>
    %4906 = "stablehlo.gather"(%arg288, %4905) {
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
    %4907 = "stablehlo.slice"(%4906) {
      limit_indices = array<i64: 4, 8>,
      start_indices = array<i64: 0, 0>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %4908 = "stablehlo.broadcast_in_dim"(%4907) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %4909 = "stablehlo.slice"(%4906) {
      limit_indices = array<i64: 4, 16>,
      start_indices = array<i64: 0, 8>,
      strides = array<i64: 1, 1>
    } : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %4910 = "stablehlo.broadcast_in_dim"(%4909) { broadcast_dimensions = array<i64: 0, 2> } : (tensor<4x8xf32>) -> tensor<4x2x8xf32>
    %4911 = "stablehlo.reshape"(%4885) : (tensor<4x32xf32>) -> tensor<4x2x16xf32>
    %4912 = "stablehlo.slice"(%4911) {
      limit_indices = array<i64: 4, 2, 8>,
      start_indices = array<i64: 0, 0, 0>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x2x16xf32>) -> tensor<4x2x8xf32>
    %4913 = "stablehlo.slice"(%4911) {
      limit_indices = array<i64: 4, 2, 16>,
      start_indices = array<i64: 0, 0, 8>,
      strides = array<i64: 1, 1, 1>
    } : (tensor<4x2x16xf32>) -> tensor<4x2x8xf32>
    %4914 = "stablehlo.multiply"(%4912, %4908) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %4915 = "stablehlo.multiply"(%4913, %4910) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %4916 = "stablehlo.subtract"(%4914, %4915) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %4917 = "stablehlo.multiply"(%4913, %4908) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %4918 = "stablehlo.multiply"(%4912, %4910) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %4919 = "stablehlo.add"(%4917, %4918) : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x8xf32>
    %4920 = "stablehlo.concatenate"(%4916, %4919) { dimension = 2 : i64 } : (tensor<4x2x8xf32>, tensor<4x2x8xf32>) -> tensor<4x2x16xf32>
    %4921 = "stablehlo.reshape"(%4920) : (tensor<4x2x16xf32>) -> tensor<4x32xf32>
    %4922 = "stablehlo.convert"(%4921) : (tensor<4x32xf32>) -> tensor<4x32xbf16>
    %4923 = "stablehlo.scatter"(%arg339, %8, %4922) ({
      ^updateFn(%arg744: tensor<bf16>, %arg745: tensor<bf16>) :
          "stablehlo.return"(%arg745) : (tensor<bf16>) -> ()
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
    %4924 = "stablehlo.convert"(%4887) : (tensor<4x32xf32>) -> tensor<4x32xbf16>
    %4925 = "stablehlo.scatter"(%arg340, %8, %4924) ({
      ^updateFn(%arg746: tensor<bf16>, %arg747: tensor<bf16>) :
          "stablehlo.return"(%arg747) : (tensor<bf16>) -> ()
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
    %4926 = "stablehlo.reshape"(%4904) : (tensor<4x64xf32>) -> tensor<4x2x2x16xf32>
    %4927 = "stablehlo.reshape"(%2) : (tensor<4xi32>) -> tensor<4x1xi32>
    %4928 = "stablehlo.gather"(%4923, %4927) {
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
    %4929 = "stablehlo.convert"(%4928) : (tensor<4x32x32xbf16>) -> tensor<4x32x32xf32>
    %4930 = "stablehlo.reshape"(%4929) : (tensor<4x32x32xf32>) -> tensor<4x32x2x16xf32>
    %4931 = "stablehlo.reshape"(%2) : (tensor<4xi32>) -> tensor<4x1xi32>
    %4932 = "stablehlo.gather"(%4925, %4931) {
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
    %4933 = "stablehlo.convert"(%4932) : (tensor<4x32x32xbf16>) -> tensor<4x32x32xf32>
    %4934 = "stablehlo.reshape"(%4933) : (tensor<4x32x32xf32>) -> tensor<4x32x2x16xf32>
    %4935 = "stablehlo.dot_general"(%4926, %4930) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 2],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [3]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x2x2x16xf32>, tensor<4x32x2x16xf32>) -> tensor<4x2x2x32xf32>
    %4936 = "stablehlo.constant"() { value = dense<0.25> : tensor<f32> } : () -> tensor<f32>
    %4937 = "stablehlo.broadcast_in_dim"(%4936) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x2x2x32xf32>
    %4938 = "stablehlo.multiply"(%4935, %4937) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %4939 = "stablehlo.constant"() { value = dense<0.20000000298023224> : tensor<f32> } : () -> tensor<f32>
    %4940 = "stablehlo.broadcast_in_dim"(%4939) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x2x2x32xf32>
    %4941 = "stablehlo.multiply"(%4938, %4940) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %4942 = "stablehlo.tanh"(%4941) : (tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %4943 = "stablehlo.constant"() { value = dense<5.0> : tensor<f32> } : () -> tensor<f32>
    %4944 = "stablehlo.broadcast_in_dim"(%4943) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x2x2x32xf32>
    %4945 = "stablehlo.multiply"(%4942, %4944) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %4946 = "stablehlo.broadcast_in_dim"(%313) { broadcast_dimensions = array<i64: 0, 3> } : (tensor<4x32xi1>) -> tensor<4x2x2x32xi1>
    %4947 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %4948 = "stablehlo.broadcast_in_dim"(%4947) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x2x2x32xf32>
    %4949 = "stablehlo.select"(%4946, %4945, %4948) : (tensor<4x2x2x32xi1>, tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %4950 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %4952 = "stablehlo.reduce"(%4949, %4950) ({
      ^reductionFn(%arg748: tensor<f32>, %arg749: tensor<f32>) :
          %4951 = "stablehlo.maximum"(%arg748, %arg749) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%4951) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<4x2x2x32xf32>, tensor<f32>) -> tensor<4x2x2xf32>
    %4953 = "stablehlo.broadcast_in_dim"(%4952) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<4x2x2xf32>) -> tensor<4x2x2x32xf32>
    %4954 = "stablehlo.subtract"(%4949, %4953) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %4955 = "stablehlo.exponential"(%4954) : (tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %4956 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %4958 = "stablehlo.reduce"(%4955, %4956) ({
      ^reductionFn(%arg750: tensor<f32>, %arg751: tensor<f32>) :
          %4957 = "stablehlo.add"(%arg750, %arg751) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%4957) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 3> } : (tensor<4x2x2x32xf32>, tensor<f32>) -> tensor<4x2x2xf32>
    %4959 = "stablehlo.broadcast_in_dim"(%4958) { broadcast_dimensions = array<i64: 0, 1, 2> } : (tensor<4x2x2xf32>) -> tensor<4x2x2x32xf32>
    %4960 = "stablehlo.divide"(%4955, %4959) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %4961 = "stablehlo.dot_general"(%4960, %4934) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [0, 1],
  rhs_batching_dimensions = [0, 2],
  lhs_contracting_dimensions = [3],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x2x2x32xf32>, tensor<4x32x2x16xf32>) -> tensor<4x2x2x16xf32>
    %4962 = "stablehlo.reshape"(%4961) : (tensor<4x2x2x16xf32>) -> tensor<4x64xf32>
    %4963 = "stablehlo.convert"(%arg280) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %4964 = "stablehlo.dot_general"(%4962, %4963) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %4965 = "stablehlo.reshape"(%4964) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %4966 = "stablehlo.multiply"(%4965, %4965) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4967 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %4969 = "stablehlo.reduce"(%4966, %4967) ({
      ^reductionFn(%arg752: tensor<f32>, %arg753: tensor<f32>) :
          %4968 = "stablehlo.add"(%arg752, %arg753) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%4968) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %4970 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %4971 = "stablehlo.broadcast_in_dim"(%4970) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %4972 = "stablehlo.multiply"(%4969, %4971) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %4973 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %4974 = "stablehlo.broadcast_in_dim"(%4973) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %4975 = "stablehlo.add"(%4972, %4974) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %4976 = "stablehlo.rsqrt"(%4975) : (tensor<4xf32>) -> tensor<4xf32>
    %4977 = "stablehlo.convert"(%arg281) : (tensor<64xbf16>) -> tensor<64xf32>
    %4978 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %4979 = "stablehlo.broadcast_in_dim"(%4978) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %4980 = "stablehlo.add"(%4977, %4979) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %4981 = "stablehlo.broadcast_in_dim"(%4976) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %4982 = "stablehlo.multiply"(%4965, %4981) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4983 = "stablehlo.broadcast_in_dim"(%4980) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %4984 = "stablehlo.multiply"(%4982, %4983) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4985 = "stablehlo.reshape"(%4984) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %4986 = "stablehlo.add"(%4860, %4985) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4987 = "stablehlo.reshape"(%4986) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %4988 = "stablehlo.multiply"(%4987, %4987) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %4989 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %4991 = "stablehlo.reduce"(%4988, %4989) ({
      ^reductionFn(%arg754: tensor<f32>, %arg755: tensor<f32>) :
          %4990 = "stablehlo.add"(%arg754, %arg755) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%4990) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %4992 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %4993 = "stablehlo.broadcast_in_dim"(%4992) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %4994 = "stablehlo.multiply"(%4991, %4993) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %4995 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %4996 = "stablehlo.broadcast_in_dim"(%4995) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %4997 = "stablehlo.add"(%4994, %4996) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %4998 = "stablehlo.rsqrt"(%4997) : (tensor<4xf32>) -> tensor<4xf32>
    %4999 = "stablehlo.convert"(%arg282) : (tensor<64xbf16>) -> tensor<64xf32>
    %5000 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %5001 = "stablehlo.broadcast_in_dim"(%5000) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %5002 = "stablehlo.add"(%4999, %5001) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %5003 = "stablehlo.broadcast_in_dim"(%4998) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %5004 = "stablehlo.multiply"(%4987, %5003) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %5005 = "stablehlo.broadcast_in_dim"(%5002) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %5006 = "stablehlo.multiply"(%5004, %5005) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %5007 = "stablehlo.reshape"(%5006) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %5008 = "stablehlo.convert"(%arg283) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %5009 = "stablehlo.dot_general"(%5007, %5008) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %5010 = "stablehlo.convert"(%arg284) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %5011 = "stablehlo.dot_general"(%5007, %5010) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %5012 = "stablehlo.multiply"(%5009, %5009) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %5013 = "stablehlo.multiply"(%5012, %5009) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %5014 = "stablehlo.constant"() { value = dense<0.044714998453855515> : tensor<f32> } : () -> tensor<f32>
    %5015 = "stablehlo.broadcast_in_dim"(%5014) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %5016 = "stablehlo.multiply"(%5013, %5015) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %5017 = "stablehlo.add"(%5009, %5016) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %5018 = "stablehlo.constant"() { value = dense<0.7978845834732056> : tensor<f32> } : () -> tensor<f32>
    %5019 = "stablehlo.broadcast_in_dim"(%5018) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %5020 = "stablehlo.multiply"(%5017, %5019) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %5021 = "stablehlo.constant"() { value = dense<0.5> : tensor<f32> } : () -> tensor<f32>
    %5022 = "stablehlo.broadcast_in_dim"(%5021) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %5023 = "stablehlo.multiply"(%5009, %5022) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %5024 = "stablehlo.tanh"(%5020) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %5025 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %5026 = "stablehlo.broadcast_in_dim"(%5025) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x64xf32>
    %5027 = "stablehlo.add"(%5024, %5026) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %5028 = "stablehlo.multiply"(%5023, %5027) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %5029 = "stablehlo.multiply"(%5028, %5011) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %5030 = "stablehlo.convert"(%arg285) : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %5031 = "stablehlo.dot_general"(%5029, %5030) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<64x64xf32>) -> tensor<4x64xf32>
    %5032 = "stablehlo.reshape"(%5031) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %5033 = "stablehlo.multiply"(%5032, %5032) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %5034 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %5036 = "stablehlo.reduce"(%5033, %5034) ({
      ^reductionFn(%arg756: tensor<f32>, %arg757: tensor<f32>) :
          %5035 = "stablehlo.add"(%arg756, %arg757) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%5035) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %5037 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %5038 = "stablehlo.broadcast_in_dim"(%5037) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %5039 = "stablehlo.multiply"(%5036, %5038) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %5040 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %5041 = "stablehlo.broadcast_in_dim"(%5040) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %5042 = "stablehlo.add"(%5039, %5041) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %5043 = "stablehlo.rsqrt"(%5042) : (tensor<4xf32>) -> tensor<4xf32>
    %5044 = "stablehlo.convert"(%arg286) : (tensor<64xbf16>) -> tensor<64xf32>
    %5045 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %5046 = "stablehlo.broadcast_in_dim"(%5045) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %5047 = "stablehlo.add"(%5044, %5046) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %5048 = "stablehlo.broadcast_in_dim"(%5043) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %5049 = "stablehlo.multiply"(%5032, %5048) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %5050 = "stablehlo.broadcast_in_dim"(%5047) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %5051 = "stablehlo.multiply"(%5049, %5050) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %5052 = "stablehlo.reshape"(%5051) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %5053 = "stablehlo.add"(%4986, %5052) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %5054 = "stablehlo.reshape"(%3) : (tensor<4xi32>) -> tensor<4x1xi32>
    %5055 = "stablehlo.gather"(%5053, %5054) {
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
    %5056 = "stablehlo.reshape"(%5055) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %5057 = "stablehlo.multiply"(%5056, %5056) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %5058 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %5060 = "stablehlo.reduce"(%5057, %5058) ({
      ^reductionFn(%arg758: tensor<f32>, %arg759: tensor<f32>) :
          %5059 = "stablehlo.add"(%arg758, %arg759) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%5059) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x64xf32>, tensor<f32>) -> tensor<4xf32>
    %5061 = "stablehlo.constant"() { value = dense<0.015625> : tensor<f32> } : () -> tensor<f32>
    %5062 = "stablehlo.broadcast_in_dim"(%5061) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %5063 = "stablehlo.multiply"(%5060, %5062) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %5064 = "stablehlo.constant"() { value = dense<9.999999974752427e-07> : tensor<f32> } : () -> tensor<f32>
    %5065 = "stablehlo.broadcast_in_dim"(%5064) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4xf32>
    %5066 = "stablehlo.add"(%5063, %5065) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %5067 = "stablehlo.rsqrt"(%5066) : (tensor<4xf32>) -> tensor<4xf32>
    %5068 = "stablehlo.convert"(%arg287) : (tensor<64xbf16>) -> tensor<64xf32>
    %5069 = "stablehlo.constant"() { value = dense<1.0> : tensor<f32> } : () -> tensor<f32>
    %5070 = "stablehlo.broadcast_in_dim"(%5069) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<64xf32>
    %5071 = "stablehlo.add"(%5068, %5070) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %5072 = "stablehlo.broadcast_in_dim"(%5067) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x64xf32>
    %5073 = "stablehlo.multiply"(%5056, %5072) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %5074 = "stablehlo.broadcast_in_dim"(%5071) { broadcast_dimensions = array<i64: 1> } : (tensor<64xf32>) -> tensor<4x64xf32>
    %5075 = "stablehlo.multiply"(%5073, %5074) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %5076 = "stablehlo.reshape"(%5075) : (tensor<4x64xf32>) -> tensor<4x64xf32>
    %5077 = "stablehlo.convert"(%arg0) : (tensor<512x64xbf16>) -> tensor<512x64xf32>
    %5078 = "stablehlo.dot_general"(%5076, %5077) {
      dot_dimension_numbers = #stablehlo.dot<
  lhs_batching_dimensions = [],
  rhs_batching_dimensions = [],
  lhs_contracting_dimensions = [1],
  rhs_contracting_dimensions = [1]
>,
      precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]
    } : (tensor<4x64xf32>, tensor<512x64xf32>) -> tensor<4x512xf32>
    %5079 = "stablehlo.constant"() { value = dense<0.3333333432674408> : tensor<f32> } : () -> tensor<f32>
    %5080 = "stablehlo.broadcast_in_dim"(%5079) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x512xf32>
    %5081 = "stablehlo.multiply"(%5078, %5080) : (tensor<4x512xf32>, tensor<4x512xf32>) -> tensor<4x512xf32>
    %5082 = "stablehlo.tanh"(%5081) : (tensor<4x512xf32>) -> tensor<4x512xf32>
    %5083 = "stablehlo.constant"() { value = dense<3.0> : tensor<f32> } : () -> tensor<f32>
    %5084 = "stablehlo.broadcast_in_dim"(%5083) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x512xf32>
    %5085 = "stablehlo.multiply"(%5082, %5084) : (tensor<4x512xf32>, tensor<4x512xf32>) -> tensor<4x512xf32>
    %5086 = "stablehlo.compare"(%5085, %5085) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<4x512xf32>, tensor<4x512xf32>) -> tensor<4x512xi1>
    %5087 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %5088 = "stablehlo.broadcast_in_dim"(%5087) { broadcast_dimensions = array<i64> } : (tensor<f32>) -> tensor<4x512xf32>
    %5089 = "stablehlo.select"(%5086, %5085, %5088) : (tensor<4x512xi1>, tensor<4x512xf32>, tensor<4x512xf32>) -> tensor<4x512xf32>
    %5090 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %5092 = "stablehlo.reduce"(%5089, %5090) ({
      ^reductionFn(%arg760: tensor<f32>, %arg761: tensor<f32>) :
          %5091 = "stablehlo.maximum"(%arg760, %arg761) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%5091) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x512xf32>, tensor<f32>) -> tensor<4xf32>
    %5093 = "stablehlo.broadcast_in_dim"(%5092) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x512xf32>
    %5094 = "stablehlo.iota"() { iota_dimension = 1 : i64 } : () -> tensor<4x512xi32>
    %5095 = "stablehlo.compare"(%5089, %5093) {
      compare_type = #stablehlo<comparison_type FLOAT>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<4x512xf32>, tensor<4x512xf32>) -> tensor<4x512xi1>
    %5096 = "stablehlo.constant"() { value = dense<512> : tensor<i32> } : () -> tensor<i32>
    %5097 = "stablehlo.broadcast_in_dim"(%5096) { broadcast_dimensions = array<i64> } : (tensor<i32>) -> tensor<4x512xi32>
    %5098 = "stablehlo.select"(%5095, %5094, %5097) : (tensor<4x512xi1>, tensor<4x512xi32>, tensor<4x512xi32>) -> tensor<4x512xi32>
    %5099 = "stablehlo.constant"() { value = dense<512> : tensor<i32> } : () -> tensor<i32>
    %5101 = "stablehlo.reduce"(%5098, %5099) ({
      ^reductionFn(%arg762: tensor<i32>, %arg763: tensor<i32>) :
          %5100 = "stablehlo.minimum"(%arg762, %arg763) : (tensor<i32>, tensor<i32>) -> tensor<i32>
          "stablehlo.return"(%5100) : (tensor<i32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x512xi32>, tensor<i32>) -> tensor<4xi32>
    %5102 = "stablehlo.constant"() { value = dense<512> : tensor<i32> } : () -> tensor<i32>
    %5103 = "stablehlo.broadcast_in_dim"(%5102) { broadcast_dimensions = array<i64> } : (tensor<i32>) -> tensor<4xi32>
    %5104 = "stablehlo.compare"(%5101, %5103) {
      compare_type = #stablehlo<comparison_type SIGNED>,
      comparison_direction = #stablehlo<comparison_direction EQ>
    } : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
    %5105 = "stablehlo.constant"() { value = dense<0> : tensor<i32> } : () -> tensor<i32>
    %5106 = "stablehlo.broadcast_in_dim"(%5105) { broadcast_dimensions = array<i64> } : (tensor<i32>) -> tensor<4xi32>
    %5107 = "stablehlo.select"(%5104, %5106, %5101) : (tensor<4xi1>, tensor<4xi32>, tensor<4xi32>) -> tensor<4xi32>
    %5108 = "stablehlo.constant"() { value = dense<0xff800000> : tensor<f32> } : () -> tensor<f32>
    %5110 = "stablehlo.reduce"(%5085, %5108) ({
      ^reductionFn(%arg764: tensor<f32>, %arg765: tensor<f32>) :
          %5109 = "stablehlo.maximum"(%arg764, %arg765) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%5109) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x512xf32>, tensor<f32>) -> tensor<4xf32>
    %5111 = "stablehlo.broadcast_in_dim"(%5110) { broadcast_dimensions = array<i64: 0> } : (tensor<4xf32>) -> tensor<4x512xf32>
    %5112 = "stablehlo.subtract"(%5085, %5111) : (tensor<4x512xf32>, tensor<4x512xf32>) -> tensor<4x512xf32>
    %5113 = "stablehlo.exponential"(%5112) : (tensor<4x512xf32>) -> tensor<4x512xf32>
    %5114 = "stablehlo.constant"() { value = dense<0.0> : tensor<f32> } : () -> tensor<f32>
    %5116 = "stablehlo.reduce"(%5113, %5114) ({
      ^reductionFn(%arg766: tensor<f32>, %arg767: tensor<f32>) :
          %5115 = "stablehlo.add"(%arg766, %arg767) : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%5115) : (tensor<f32>) -> ()
    }) { dimensions = array<i64: 1> } : (tensor<4x512xf32>, tensor<f32>) -> tensor<4xf32>
    %5117 = "stablehlo.log"(%5116) : (tensor<4xf32>) -> tensor<4xf32>
    %5118 = "stablehlo.add"(%5110, %5117) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %5119 = "stablehlo.is_finite"(%5110) : (tensor<4xf32>) -> tensor<4xi1>
    %5120 = "stablehlo.not"(%5119) : (tensor<4xi1>) -> tensor<4xi1>
    %5121 = "stablehlo.convert"(%5120) : (tensor<4xi1>) -> tensor<4xi32>
    %5122 = "stablehlo.reshape"(%4) : (tensor<4xi32>) -> tensor<4x1xi32>
    %5123 = "stablehlo.reshape"(%5) : (tensor<4xi32>) -> tensor<4x1xi32>
    %5124 = "stablehlo.concatenate"(%5122, %5123) { dimension = 1 : i64 } : (tensor<4x1xi32>, tensor<4x1xi32>) -> tensor<4x2xi32>
    %5125 = "stablehlo.gather"(%5085, %5124) {
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
    %5126 = "stablehlo.reshape"(%5118) : (tensor<4xf32>) -> tensor<4x1xf32>
    %5127 = "stablehlo.reshape"(%4) : (tensor<4xi32>) -> tensor<4x1xi32>
    %5128 = "stablehlo.gather"(%5126, %5127) {
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
    %5129 = "stablehlo.reshape"(%5128) : (tensor<4x1xf32>) -> tensor<4xf32>
    %5130 = "stablehlo.subtract"(%5125, %5129) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %5131 = "stablehlo.concatenate"(%5107, %5121) { dimension = 0 : i64 } : (tensor<4xi32>, tensor<4xi32>) -> tensor<8xi32>
    "stablehlo.return"(%77, %79, %283, %285, %484, %486, %677, %679, %870, %872, %1063, %1065, %1256, %1258, %1449, %1451, %1642, %1644, %1835, %1837, %2028, %2030, %2221, %2223, %2414, %2416, %2607, %2609, %2800, %2802, %2993, %2995, %3186, %3188, %3379, %3381, %3572, %3574, %3765, %3767, %3958, %3960, %4151, %4153, %4344, %4346, %4537, %4539, %4730, %4732, %4923, %4925, %5085, %5131, %5130) : (tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x32x32xbf16>, tensor<4x512xf32>, tensor<8xi32>, tensor<4xf32>) -> ()
  }
}
