package simd

import "github.com/gemma-bench/gemma-bench/kernels"

// The AVX2 prefill path: W is packed to float32 in blocks of pRows rows ×
// pK columns that stay in L1, and the assembly micro-kernel computes 4
// rows × 2 tokens per call, vectorised along k. The driver is this
// package's own rather than kernels' blocked driver: handing the assembly
// to that driver as a func value would make its stack pack buffer escape,
// and every call would allocate.
const (
	pK    = 512 // columns per packed block (a multiple of 8 and of 32)
	pRows = 8
	pTok  = 256 // tokens per pass, so their x panel stays in L2
)

// wkind says how to widen a row segment of W into the pack.
type wkind uint8

const (
	wF32 wkind = iota
	wBF16
	wF16
)

// prefill sets y[t*ldy+o] = w[o,:]·x[t,:] for t < T, o in [o0, o1).
func prefill(y []float32, ldy int, x []float32, wf []float32, wh []uint16, kind wkind, T, in, o0, o1 int) {
	var buf [pRows * pK]float32
	var c [8]float32
	for t0 := 0; t0 < T; t0 += pTok {
		t1 := min(t0+pTok, T)
		for k0 := 0; k0 < in; k0 += pK {
			kn := min(pK, in-k0)
			n8 := kn &^ 7
			first := k0 == 0
			for r0 := o0; r0 < o1; r0 += pRows {
				rn := min(pRows, o1-r0)
				p := buf[:rn*kn]
				for i := range rn {
					src := (r0+i)*in + k0
					d := p[i*kn : (i+1)*kn]
					switch kind {
					case wF32:
						copy(d, wf[src:src+kn])
					case wBF16:
						kernels.BF16ToF32Slice(d, wh[src:src+kn])
					default:
						kernels.F16ToF32Slice(d, wh[src:src+kn])
					}
				}
				for t := t0; t < t1; t += 2 {
					u := min(t+1, t1-1) // an odd last token pairs with itself
					x0, x1 := x[t*in+k0:][:kn], x[u*in+k0:][:kn]
					for r := 0; r < rn; r += 4 {
						// Rows past rn repeat the last one; their sums are dropped.
						rr := [4]int{r, min(r+1, rn-1), min(r+2, rn-1), min(r+3, rn-1)}
						w0, w1, w2, w3 := p[rr[0]*kn:][:kn], p[rr[1]*kn:][:kn], p[rr[2]*kn:][:kn], p[rr[3]*kn:][:kn]
						if n8 > 0 {
							mk4x2(x0, x1, w0, w1, w2, w3, n8, &c)
						} else {
							c = [8]float32{}
						}
						for k := n8; k < kn; k++ {
							a, b := x0[k], x1[k]
							c[0] += w0[k] * a
							c[1] += w0[k] * b
							c[2] += w1[k] * a
							c[3] += w1[k] * b
							c[4] += w2[k] * a
							c[5] += w2[k] * b
							c[6] += w3[k] * a
							c[7] += w3[k] * b
						}
						for j := 0; j < 4 && r+j < rn; j++ {
							o := r0 + r + j
							for q, tt := range [2]int{t, u} {
								if q == 1 && u == t {
									break
								}
								if first {
									y[tt*ldy+o] = c[2*j+q]
								} else {
									y[tt*ldy+o] += c[2*j+q]
								}
							}
						}
					}
				}
			}
		}
	}
}
