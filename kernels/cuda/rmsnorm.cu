// rmsnorm.cu: RMSNorm. Each n-wide chunk of the input (a whole row, or
// one head for QK-norm) becomes x / √(mean(x²) + eps) · (add_one ? 1 + w
// : w): the graph's Op says which (AddOne) and this kernel does only
// that. The sum of squares is kept in double, as the CPU reference's.
//
// Launch: grid = number of chunks (rows·cols/n), block a multiple of 32
// (≤ 1024). out may alias x: each thread rescales only the elements it
// read.

template <typename W>
static __device__ void gb_rmsnorm(float *out, const float *x, const W *w, int n, float eps, int add_one) {
	const long long base = (long long)blockIdx.x * n;
	double ss = 0.0;
	for (int i = threadIdx.x; i < n; i += blockDim.x) {
		const double v = x[base + i];
		ss += v * v;
	}
	ss = gb_block_sum_d(ss);
	const double r = 1.0 / sqrt(ss / n + (double)eps);
	const double one = add_one ? 1.0 : 0.0;
	for (int i = threadIdx.x; i < n; i += blockDim.x) {
		out[base + i] = (float)((double)x[base + i] * r * (one + (double)gb_load(w, i)));
	}
}

extern "C" __global__ void rmsnorm_f32(float *out, const float *x, const float *w, int n, float eps, int add_one) {
	gb_rmsnorm(out, x, w, n, eps, add_one);
}

extern "C" __global__ void rmsnorm_bf16(float *out, const float *x, const gb_bf16 *w, int n, float eps, int add_one) {
	gb_rmsnorm(out, x, w, n, eps, add_one);
}

extern "C" __global__ void rmsnorm_f16(float *out, const float *x, const gb_f16 *w, int n, float eps, int add_one) {
	gb_rmsnorm(out, x, w, n, eps, add_one);
}
