//go:build !unix

package model

func release(b []byte, mapped bool) {}
