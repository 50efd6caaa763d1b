//go:build linux && cgo

package sqlite

/*
#include <malloc.h>
*/
import "C"

// limitMallocArenas keeps SQLite's C allocations in two malloc arenas. glibc gives each thread
// that allocates at once an arena of its own (up to eight per core) and keeps what is freed in
// each; with twenty busy clients that held about 100 MB more at the peak than two arenas do, with
// no counter measurably slower (build/BENCHMARKS.md, issue 18).
func limitMallocArenas() { C.mallopt(C.M_ARENA_MAX, 2) }
