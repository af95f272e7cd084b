// embed.cu: Embed. out[r, c] = W[tokens[r], c] · scale, the table in its
// stored dtype, widened exactly and scaled in float32 (as the CPU backend
// widens and then scales).
//
// Launch: grid (ceil(d/256), rows), block 256.

template <typename T>
static __device__ void gb_embed(float *out, const T *w, const int *tokens, int d, float scale) {
	const int r = blockIdx.y;
	const int c = blockIdx.x * blockDim.x + threadIdx.x;
	if (c >= d) {
		return;
	}
	const long long tok = tokens[r];
	out[(long long)r * d + c] = gb_load(w, tok * d + c) * scale;
}

extern "C" __global__ void embed_f32(float *out, const float *w, const int *tokens, int d, float scale) {
	gb_embed(out, w, tokens, d, scale);
}

extern "C" __global__ void embed_bf16(float *out, const gb_bf16 *w, const int *tokens, int d, float scale) {
	gb_embed(out, w, tokens, d, scale);
}

extern "C" __global__ void embed_f16(float *out, const gb_f16 *w, const int *tokens, int d, float scale) {
	gb_embed(out, w, tokens, d, scale);
}
