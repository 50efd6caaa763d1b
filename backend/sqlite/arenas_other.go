//go:build !linux || !cgo

package sqlite

// limitMallocArenas does nothing where the C library is not glibc's (see arenas_linux.go).
func limitMallocArenas() {}
