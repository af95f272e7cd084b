// elementwise.cu: Add, GeGLU, SoftCap, GatherRows, and the narrowing of
// activations to bf16/f16 before a cuBLAS product with such weights.
// Every kernel reads an element before writing the same element, so its
// output may alias its input (the launch plan relies on it).
//
// Launch (all but gather_rows): grid ceil(n/256), block 256, n = rows·cols.

extern "C" __global__ void add_f32(float *out, const float *a, const float *b, long long n) {
	const long long i = (long long)blockIdx.x * blockDim.x + threadIdx.x;
	if (i < n) {
		out[i] = a[i] + b[i];
	}
}

// GELU, tanh approximation, written as x / (1 + e^(−2u)) with
// u = √(2/π)(x + 0.044715x³): equal to ½x(1 + tanh u) without its
// cancellation for negative x; below −20 the result is 0 (and −Inf gives
// 0, not NaN), as kernels.GeluTanh.
static __device__ __forceinline__ float gb_gelu_tanh(float x) {
	if (x < -20.0f) {
		return 0.0f;
	}
	const float u = 0.7978845608028654f * (x + 0.044715f * x * x * x);
	return x / (1.0f + expf(-2.0f * u));
}

extern "C" __global__ void geglu_f32(float *out, const float *gate, const float *up, long long n) {
	const long long i = (long long)blockIdx.x * blockDim.x + threadIdx.x;
	if (i < n) {
		out[i] = gb_gelu_tanh(gate[i]) * up[i];
	}
}

extern "C" __global__ void softcap_f32(float *out, const float *x, float cap, long long n) {
	const long long i = (long long)blockIdx.x * blockDim.x + threadIdx.x;
	if (i < n) {
		out[i] = cap * tanhf(x[i] / cap);
	}
}

// gather_rows: out[i] = in[rows[i]]. Launch: grid (ceil(cols/256),
// logit rows), block 256.
extern "C" __global__ void gather_rows(float *out, const float *in, const int *rows, int cols) {
	const int i = blockIdx.y;
	const int c = blockIdx.x * blockDim.x + threadIdx.x;
	if (c < cols) {
		out[(long long)i * cols + c] = in[(long long)rows[i] * cols + c];
	}
}

extern "C" __global__ void convert_bf16(unsigned short *out, const float *in, long long n) {
	const long long i = (long long)blockIdx.x * blockDim.x + threadIdx.x;
	if (i < n) {
		out[i] = gb_f32_to_bf16(in[i]);
	}
}

extern "C" __global__ void convert_f16(unsigned short *out, const float *in, long long n) {
	const long long i = (long long)blockIdx.x * blockDim.x + threadIdx.x;
	if (i < n) {
		out[i] = gb_f32_to_f16(in[i]);
	}
}
