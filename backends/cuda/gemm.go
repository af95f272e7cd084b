package cuda

// DataType is cuBLAS's cudaDataType_t, as the library's ABI numbers it.
type DataType int32

const (
	R32F  DataType = 0  // CUDA_R_32F
	R16F  DataType = 2  // CUDA_R_16F
	R16BF DataType = 14 // CUDA_R_16BF
)

func (t DataType) String() string {
	switch t {
	case R32F:
		return "f32"
	case R16F:
		return "f16"
	case R16BF:
		return "bf16"
	}
	return "DataType(?)"
}

// ComputeType is cublasComputeType_t.
type ComputeType int32

const (
	// Compute32F accumulates in float32; with f32 inputs it is true fp32
	// (no TF32 unless the handle's math mode allows it, which ours never
	// sets), with bf16/f16 inputs it runs on the tensor cores.
	Compute32F ComputeType = 68 // CUBLAS_COMPUTE_32F
)

// Gemm is one cuBLAS product C = α·op(A)·op(B) + β·C in cuBLAS's
// column-major terms, with operands located in the plan's spaces. Batch >
// 1 makes it a strided batched product.
type Gemm struct {
	TransA, TransB bool
	M, N, K        int
	Alpha, Beta    float32
	A, B, C        Ref
	AType, BType   DataType
	CType          DataType
	LDA, LDB, LDC  int
	Compute        ComputeType

	Batch                     int
	StrideA, StrideB, StrideC int64 // elements between batch members
}
