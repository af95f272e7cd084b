// rope.cu: RoPE, Hugging Face's "rotate half" pairing: for i < half =
// head_dim/2 the pair (x[i], x[i+half]) of every head turns by angle
// position · inv_freq[i], inv_freq[i] = θ^(−2i/head_dim) / position_scale
// computed on the host in double (kernels.RoPEInvFreq). Angles and the
// rotation are in double, rounded once, as the reference: at position
// 8192 a float32 angle would be off by 1e-3 radians.
//
// Launch: grid rows, block ≥ half (a multiple of 32). Each thread turns
// pair i of every head of its row, so out may alias x.

extern "C" __global__ void rope(float *out, const float *x, const int *positions, const double *inv_freq, int heads,
                                int head_dim) {
	const int r = blockIdx.x;
	const int half = head_dim / 2;
	const int i = threadIdx.x;
	if (i >= half) {
		return;
	}
	double s, c;
	sincos((double)positions[r] * inv_freq[i], &s, &c);
	const long long row = (long long)r * heads * head_dim;
	for (int h = 0; h < heads; h++) {
		const long long at = row + (long long)h * head_dim + i;
		const double a = x[at], b = x[at + half];
		out[at] = (float)(a * c - b * s);
		out[at + half] = (float)(b * c + a * s);
	}
}
