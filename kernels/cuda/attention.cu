// attention.cu: the Attention op over the device KV cache.
//
// The cache of one layer is [slot][kv head][position][head_dim] in the
// cache dtype (float32 or bf16), position p at p mod slot_positions (the
// positions the layer keeps per slot: MaxLen for a full cache). The base
// of each layer's keys and values comes from cache_table[2·layer] and
// [2·layer+1], which the host writes with the step's other inputs: a
// captured CUDA graph then serves every cache of the same layout.
//
// A step is: kv_write (every row's k and v into the cache at its slot and
// position), then attention (each row's query heads over its slot's
// positions max(0, p−window+1)…p, scores q·k·scale, soft-capped by
// cap·tanh(s/cap) when cap > 0, softmax, weighted sum of values), then,
// when the keys were split, attention_combine.
//
// attention is flash-decoding and tiled prefill in one kernel. A block
// owns ATT_PAIRS (row, query head) pairs of one kv head, so the query
// heads of a GQA/MQA group and consecutive rows share every key and
// value tile it loads into shared memory; a warp owns ATT_PAIRS_PER_WARP
// pairs, each lane one key of a 32-key tile for the scores and
// head_dim/32 output dimensions for the running weighted sum (online
// softmax: running max m, normaliser l). Rows of different slots in one
// block (a mixed eval step, a decode batch) are served one slot at a
// time. gridDim.x splits each slot's key range: with one split the block
// writes the output; with several (decode, where rows are few and
// contexts long) each writes (m, l, acc) for attention_combine.
//
// Launch: grid (splits, kv_heads, ceil(rows·group / ATT_PAIRS)), block
// ATT_WARPS·32, dynamic shared memory
// (ATT_PAIRS·hd + ATT_TILE·(hd+1) + ATT_TILE·hd)·4 bytes; head_dim ≤
// ATT_MAX_HEAD_DIM. The launch plan (backends/cuda) mirrors these
// constants.

#define ATT_WARPS 4
#define ATT_PAIRS_PER_WARP 4
#define ATT_PAIRS (ATT_WARPS * ATT_PAIRS_PER_WARP)
#define ATT_TILE 32
#define ATT_MAX_HEAD_DIM 256
#define ATT_DIMS_PER_LANE (ATT_MAX_HEAD_DIM / GB_WARP)

// kv_write: launch grid (rows, kv_heads), block head_dim rounded up to 32.
template <typename KV>
static __device__ void gb_kv_write(const unsigned long long *cache_table, int layer, const float *k, const float *v,
                                   const int *seqs, const int *positions, int kv_heads, int head_dim,
                                   int slot_positions) {
	const int r = blockIdx.x, g = blockIdx.y, d = threadIdx.x;
	if (d >= head_dim) {
		return;
	}
	KV *kc = (KV *)cache_table[2 * layer];
	KV *vc = (KV *)cache_table[2 * layer + 1];
	const long long pos = positions[r] % slot_positions;
	const long long at = (((long long)seqs[r] * kv_heads + g) * slot_positions + pos) * head_dim + d;
	const long long src = ((long long)r * kv_heads + g) * head_dim + d;
	gb_store(kc, at, k[src]);
	gb_store(vc, at, v[src]);
}

extern "C" __global__ void kv_write_f32(const unsigned long long *cache_table, int layer, const float *k, const float *v,
                                        const int *seqs, const int *positions, int kv_heads, int head_dim,
                                        int slot_positions) {
	gb_kv_write<float>(cache_table, layer, k, v, seqs, positions, kv_heads, head_dim, slot_positions);
}

extern "C" __global__ void kv_write_bf16(const unsigned long long *cache_table, int layer, const float *k,
                                         const float *v, const int *seqs, const int *positions, int kv_heads,
                                         int head_dim, int slot_positions) {
	gb_kv_write<gb_bf16>(cache_table, layer, k, v, seqs, positions, kv_heads, head_dim, slot_positions);
}

template <typename KV>
static __device__ void gb_attention(float *out, float *partial, const float *q, const unsigned long long *cache_table,
                                    int layer, const int *seqs, const int *positions, int rows, int heads,
                                    int kv_heads, int head_dim, int slot_positions, int window, float scale,
                                    float cap) {
	extern __shared__ float smem[];
	__shared__ int s_row[ATT_PAIRS], s_head[ATT_PAIRS], s_seq[ATT_PAIRS], s_first[ATT_PAIRS], s_last[ATT_PAIRS];
	__shared__ int s_done[ATT_PAIRS];
	__shared__ int s_slot, s_lo, s_hi;

	const int hd = head_dim;
	const int group = heads / kv_heads;
	const int g = blockIdx.y;
	const int split = blockIdx.x, nsplit = gridDim.x;
	const int pair0 = blockIdx.z * ATT_PAIRS;
	const int warp = threadIdx.x / GB_WARP, lane = threadIdx.x % GB_WARP;
	float *sq = smem;                     // [ATT_PAIRS][hd]
	float *sk = sq + ATT_PAIRS * hd;      // [ATT_TILE][hd + 1]: padded, lane j reads row j
	float *sv = sk + ATT_TILE * (hd + 1); // [ATT_TILE][hd]
	const KV *kc = (const KV *)cache_table[2 * layer];
	const KV *vc = (const KV *)cache_table[2 * layer + 1];

	if (threadIdx.x < ATT_PAIRS) {
		const int p = threadIdx.x, gp = pair0 + p;
		const bool valid = gp < rows * group;
		const int r = valid ? gp / group : 0;
		s_row[p] = r;
		s_head[p] = g * group + gp % group;
		s_seq[p] = valid ? seqs[r] : -1;
		const int pos = valid ? positions[r] : 0;
		s_last[p] = pos;
		s_first[p] = window > 0 ? max(0, pos - window + 1) : 0;
		s_done[p] = !valid;
	}
	__syncthreads();
	for (int i = threadIdx.x; i < ATT_PAIRS * hd; i += blockDim.x) {
		const int p = i / hd, d = i % hd;
		sq[i] = s_done[p] ? 0.0f : q[((long long)s_row[p] * heads + s_head[p]) * hd + d];
	}

	float m[ATT_PAIRS_PER_WARP], l[ATT_PAIRS_PER_WARP], acc[ATT_PAIRS_PER_WARP][ATT_DIMS_PER_LANE];
#pragma unroll
	for (int j = 0; j < ATT_PAIRS_PER_WARP; j++) {
		m[j] = GB_NEG_INF;
		l[j] = 0.0f;
#pragma unroll
		for (int t = 0; t < ATT_DIMS_PER_LANE; t++) {
			acc[j][t] = 0.0f;
		}
	}

	for (;;) {
		__syncthreads();
		if (threadIdx.x == 0) {
			// The next slot with pairs to serve, and the union of their
			// key ranges.
			int slot = -1, lo = 0x7fffffff, hi = -1;
			for (int p = 0; p < ATT_PAIRS; p++) {
				if (!s_done[p] && (slot < 0 || s_seq[p] == slot)) {
					slot = s_seq[p];
					lo = min(lo, s_first[p]);
					hi = max(hi, s_last[p]);
				}
			}
			s_slot = slot;
			s_lo = lo;
			s_hi = hi;
		}
		__syncthreads();
		const int slot = s_slot;
		if (slot < 0) {
			break;
		}
		const int lo = s_lo, hi = s_hi;
		const int chunk = (hi - lo + 1 + nsplit - 1) / nsplit;
		const int start = lo + split * chunk;
		const int end = min(hi + 1, start + chunk);
		const long long head_base = ((long long)slot * kv_heads + g) * slot_positions;
		for (int t0 = start; t0 < end; t0 += ATT_TILE) {
			const int n = min(ATT_TILE, end - t0);
			for (int i = threadIdx.x; i < ATT_TILE * hd; i += blockDim.x) {
				const int j = i / hd, d = i % hd;
				float kv = 0.0f, vv = 0.0f;
				if (j < n) {
					const long long at = (head_base + (t0 + j) % slot_positions) * hd + d;
					kv = gb_load(kc, at);
					vv = gb_load(vc, at);
				}
				sk[j * (hd + 1) + d] = kv;
				sv[j * hd + d] = vv;
			}
			__syncthreads();
#pragma unroll
			for (int j = 0; j < ATT_PAIRS_PER_WARP; j++) {
				const int p = warp * ATT_PAIRS_PER_WARP + j;
				if (s_done[p] || s_seq[p] != slot) {
					continue; // the same for the whole warp
				}
				const int t = t0 + lane;
				float s = GB_NEG_INF;
				if (lane < n && t >= s_first[p] && t <= s_last[p]) {
					float dot = 0.0f;
					for (int d = 0; d < hd; d++) {
						dot += sq[p * hd + d] * sk[lane * (hd + 1) + d];
					}
					s = dot * scale;
					if (cap > 0.0f) {
						s = cap * tanhf(s / cap);
					}
				}
				const float mt = gb_warp_max(s);
				if (mt == GB_NEG_INF) {
					continue; // no key of this tile is in the pair's window
				}
				const float mn = fmaxf(m[j], mt);
				const float alpha = expf(m[j] - mn); // 0 while m[j] is −Inf
				const float e = s == GB_NEG_INF ? 0.0f : expf(s - mn);
				l[j] = l[j] * alpha + gb_warp_sum(e);
#pragma unroll
				for (int u = 0; u < ATT_DIMS_PER_LANE; u++) {
					acc[j][u] *= alpha;
				}
				for (int jj = 0; jj < n; jj++) {
					const float pj = __shfl_sync(GB_FULL_MASK, e, jj);
#pragma unroll
					for (int u = 0; u < ATT_DIMS_PER_LANE; u++) {
						const int d = lane + u * GB_WARP;
						if (d < hd) {
							acc[j][u] += pj * sv[jj * hd + d];
						}
					}
				}
				m[j] = mn;
			}
			__syncthreads(); // the tile is read before the next overwrites it
		}
		if (threadIdx.x < ATT_PAIRS && !s_done[threadIdx.x] && s_seq[threadIdx.x] == slot) {
			s_done[threadIdx.x] = 1;
		}
	}

#pragma unroll
	for (int j = 0; j < ATT_PAIRS_PER_WARP; j++) {
		const int p = warp * ATT_PAIRS_PER_WARP + j;
		if (pair0 + p >= rows * group) {
			continue;
		}
		const long long rh = (long long)s_row[p] * heads + s_head[p];
		if (nsplit == 1) {
			// A pair with no key in reach (none: its own position is
			// always in its window) would get zeros, as the reference.
			const float inv = l[j] > 0.0f ? 1.0f / l[j] : 0.0f;
#pragma unroll
			for (int u = 0; u < ATT_DIMS_PER_LANE; u++) {
				const int d = lane + u * GB_WARP;
				if (d < hd) {
					out[rh * hd + d] = acc[j][u] * inv;
				}
			}
		} else {
			float *part = partial + (rh * nsplit + split) * (hd + 2);
			if (lane == 0) {
				part[0] = m[j];
				part[1] = l[j];
			}
#pragma unroll
			for (int u = 0; u < ATT_DIMS_PER_LANE; u++) {
				const int d = lane + u * GB_WARP;
				if (d < hd) {
					part[2 + d] = acc[j][u];
				}
			}
		}
	}
}

extern "C" __global__ void attention_f32(float *out, float *partial, const float *q,
                                         const unsigned long long *cache_table, int layer, const int *seqs,
                                         const int *positions, int rows, int heads, int kv_heads, int head_dim,
                                         int slot_positions, int window, float scale, float cap) {
	gb_attention<float>(out, partial, q, cache_table, layer, seqs, positions, rows, heads, kv_heads, head_dim,
	                    slot_positions, window, scale, cap);
}

extern "C" __global__ void attention_bf16(float *out, float *partial, const float *q,
                                          const unsigned long long *cache_table, int layer, const int *seqs,
                                          const int *positions, int rows, int heads, int kv_heads, int head_dim,
                                          int slot_positions, int window, float scale, float cap) {
	gb_attention<gb_bf16>(out, partial, q, cache_table, layer, seqs, positions, rows, heads, kv_heads, head_dim,
	                      slot_positions, window, scale, cap);
}

// attention_combine merges the splits of each (row, head): with M the
// largest split maximum, out = Σ acc_s·e^(m_s−M) / Σ l_s·e^(m_s−M).
// Launch: grid (rows, heads), block head_dim rounded up to 32.
extern "C" __global__ void attention_combine(float *out, const float *partial, int heads, int head_dim, int nsplit) {
	const long long rh = (long long)blockIdx.x * heads + blockIdx.y;
	const int d = threadIdx.x;
	if (d >= head_dim) {
		return;
	}
	const float *part = partial + rh * nsplit * (head_dim + 2);
	float mx = GB_NEG_INF;
	for (int s = 0; s < nsplit; s++) {
		mx = fmaxf(mx, part[s * (head_dim + 2)]);
	}
	float l = 0.0f, a = 0.0f;
	if (mx != GB_NEG_INF) {
		for (int s = 0; s < nsplit; s++) {
			const float *ps = part + s * (head_dim + 2);
			if (ps[0] == GB_NEG_INF) {
				continue; // an empty split
			}
			const float w = expf(ps[0] - mx);
			l += ps[1] * w;
			a += ps[2 + d] * w;
		}
	}
	out[rh * head_dim + d] = l > 0.0f ? a / l : 0.0f;
}
