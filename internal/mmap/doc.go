// Package mmap maps checkpoint files read-only for the safetensors and
// GGUF readers, and reads them into memory where mmap is unavailable.
package mmap
