// common.cu: helpers every other source uses. The sources are compiled
// as one program (Program in sources.go puts this file first), because
// NVRTC is given no include path and the project ships no headers: every
// type and helper here is our own.
//
// Conventions of all kernels: activations are float32 row-major [rows,
// cols]; sizes are int and element offsets long long (a 262144-wide
// vocabulary times a few hundred rows passes 2^31); bf16 and f16 values
// travel as unsigned short bit patterns.

#define GB_WARP 32
#define GB_FULL_MASK 0xffffffffu
#define GB_INF (__int_as_float(0x7f800000))
#define GB_NEG_INF (__int_as_float(0xff800000))
#define GB_NAN_D (__longlong_as_double(0x7ff8000000000000LL))

// bf16 is the upper half of a float32: widening is exact.
static __device__ __forceinline__ float gb_bf16_to_f32(unsigned short h) {
	return __uint_as_float(((unsigned int)h) << 16);
}

// Round to nearest even, as kernels.F32ToBF16 does; NaN stays a (quiet)
// NaN instead of rounding into an infinity.
static __device__ __forceinline__ unsigned short gb_f32_to_bf16(float f) {
	unsigned int b = __float_as_uint(f);
	if ((b & 0x7fffffffu) > 0x7f800000u) {
		return (unsigned short)((b >> 16) | 0x0040u);
	}
	b += 0x7fffu + ((b >> 16) & 1u);
	return (unsigned short)(b >> 16);
}

// f16 conversions through the PTX instructions (exact widening; round
// to nearest even when narrowing, overflow to infinity).
static __device__ __forceinline__ float gb_f16_to_f32(unsigned short h) {
	float f;
	asm("cvt.f32.f16 %0, %1;" : "=f"(f) : "h"(h));
	return f;
}

static __device__ __forceinline__ unsigned short gb_f32_to_f16(float f) {
	unsigned short h;
	asm("cvt.rn.f16.f32 %0, %1;" : "=h"(h) : "f"(f));
	return h;
}

// Loads of a stored element as float32, by storage type: the templates
// below take the storage type as a parameter.
static __device__ __forceinline__ float gb_load(const float *p, long long i) { return p[i]; }

struct gb_bf16 {
	unsigned short bits;
};
struct gb_f16 {
	unsigned short bits;
};

static __device__ __forceinline__ float gb_load(const gb_bf16 *p, long long i) { return gb_bf16_to_f32(p[i].bits); }
static __device__ __forceinline__ float gb_load(const gb_f16 *p, long long i) { return gb_f16_to_f32(p[i].bits); }

static __device__ __forceinline__ void gb_store(float *p, long long i, float v) { p[i] = v; }
static __device__ __forceinline__ void gb_store(gb_bf16 *p, long long i, float v) { p[i].bits = gb_f32_to_bf16(v); }

static __device__ __forceinline__ float gb_warp_sum(float v) {
	for (int o = GB_WARP / 2; o > 0; o /= 2) {
		v += __shfl_xor_sync(GB_FULL_MASK, v, o);
	}
	return v;
}

static __device__ __forceinline__ double gb_warp_sum_d(double v) {
	for (int o = GB_WARP / 2; o > 0; o /= 2) {
		v += __shfl_xor_sync(GB_FULL_MASK, v, o);
	}
	return v;
}

static __device__ __forceinline__ float gb_warp_max(float v) {
	for (int o = GB_WARP / 2; o > 0; o /= 2) {
		v = fmaxf(v, __shfl_xor_sync(GB_FULL_MASK, v, o));
	}
	return v;
}

// gb_block_sum_d sums one double per thread over the block (blockDim.x a
// multiple of 32, at most 1024) and returns the total to every thread.
static __device__ double gb_block_sum_d(double v) {
	__shared__ double part[32];
	__shared__ double total;
	const int lane = threadIdx.x % GB_WARP, warp = threadIdx.x / GB_WARP;
	v = gb_warp_sum_d(v);
	if (lane == 0) {
		part[warp] = v;
	}
	__syncthreads();
	if (warp == 0) {
		const int nwarps = blockDim.x / GB_WARP;
		double s = lane < nwarps ? part[lane] : 0.0;
		s = gb_warp_sum_d(s);
		if (lane == 0) {
			total = s;
		}
	}
	__syncthreads();
	return total;
}
