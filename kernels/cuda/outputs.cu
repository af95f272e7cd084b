// outputs.cu: the narrow outputs of a step, computed on the device so
// that a decode step ships a few bytes per row instead of Vocab floats.
//
// row_stats: per logit row the argmax (the first index of the maximum,
// NaN never larger: torch.argmax on finite rows, and 0 for a row that
// starts with NaN, as kernels.Argmax), log Σ exp in double (NaN when the
// row holds one; ±Inf when its maximum is infinite, as
// kernels.LogSumExp), and flags: bit 0 = the argmax's value is not
// finite, bit 1 = the normaliser is not. Launch: grid logit rows, block
// STATS_THREADS.

#define STATS_THREADS 1024

extern "C" __global__ void row_stats(const float *logits, int vocab, int *argmax, double *lse, int *flags) {
	__shared__ float s_best[32];
	__shared__ int s_idx[32], s_nan[32];
	__shared__ float s_max;
	__shared__ int s_am, s_anynan;
	const long long base = (long long)blockIdx.x * vocab;
	const int lane = threadIdx.x % GB_WARP, warp = threadIdx.x / GB_WARP;

	float best = GB_NEG_INF;
	int idx = 0x7fffffff, anynan = 0;
	for (int i = threadIdx.x; i < vocab; i += blockDim.x) {
		const float v = logits[base + i];
		if (v != v) {
			anynan = 1;
		} else if (v > best || (v == best && i < idx)) {
			best = v;
			idx = i;
		}
	}
	for (int o = GB_WARP / 2; o > 0; o /= 2) {
		const float ob = __shfl_xor_sync(GB_FULL_MASK, best, o);
		const int oi = __shfl_xor_sync(GB_FULL_MASK, idx, o);
		anynan |= __shfl_xor_sync(GB_FULL_MASK, anynan, o);
		if (ob > best || (ob == best && oi < idx)) {
			best = ob;
			idx = oi;
		}
	}
	if (lane == 0) {
		s_best[warp] = best;
		s_idx[warp] = idx;
		s_nan[warp] = anynan;
	}
	__syncthreads();
	if (threadIdx.x == 0) {
		for (int w = 1; w < blockDim.x / GB_WARP; w++) {
			if (s_best[w] > best || (s_best[w] == best && s_idx[w] < idx)) {
				best = s_best[w];
				idx = s_idx[w];
			}
			anynan |= s_nan[w];
		}
		const float first = logits[base];
		if (idx == 0x7fffffff || first != first) {
			idx = 0; // all NaN, or NaN first: nothing ever compares larger
		}
		s_am = idx;
		s_max = best;
		s_anynan = anynan;
	}
	__syncthreads();
	const float mx = s_max;
	double sum = 0.0;
	const bool finite_max = mx != GB_INF && mx != GB_NEG_INF;
	if (finite_max && !s_anynan) {
		for (int i = threadIdx.x; i < vocab; i += blockDim.x) {
			sum += exp((double)logits[base + i] - (double)mx);
		}
	}
	sum = gb_block_sum_d(sum);
	if (threadIdx.x == 0) {
		double z;
		if (s_anynan) {
			z = GB_NAN_D;
		} else if (!finite_max) {
			z = (double)mx;
		} else {
			z = (double)mx + log(sum);
		}
		const float am = logits[base + s_am];
		const bool bad_max = am != am || am == GB_INF || am == GB_NEG_INF;
		const bool bad_z = z != z || z == (double)GB_INF || z == (double)GB_NEG_INF;
		argmax[blockIdx.x] = s_am;
		lse[blockIdx.x] = z;
		flags[blockIdx.x] = (bad_max ? 1 : 0) | (bad_z ? 2 : 0);
	}
}

// target_logprob: for each target t < *count (row, token pairs), the
// log-probability logits[row, token] − lse[row] and whether token is the
// row's argmax. The count is read on the device so that one launch
// (captured once) serves every number of targets up to max_targets.
// Launch: grid ceil(max_targets/128), block 128.
extern "C" __global__ void target_logprob(const float *logits, int vocab, const int *targets, const int *count,
                                          const int *argmax, const double *lse, double *logprob, int *is_argmax,
                                          int max_targets) {
	const int t = blockIdx.x * blockDim.x + threadIdx.x;
	if (t >= max_targets || t >= *count) {
		return;
	}
	const int row = targets[2 * t], tok = targets[2 * t + 1];
	logprob[t] = (double)logits[(long long)row * vocab + tok] - lse[row];
	is_argmax[t] = argmax[row] == tok;
}
