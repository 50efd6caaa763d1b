//go:build unix

package replica

import (
	"runtime"
	"syscall"
)

// lowerPriority lets the counter's process go first when the machine is busy: a lower CPU
// priority, one thread for Go code (a hall's PC may have two cores), and on Linux the lowest
// disk priority of the normal class, so Litestream's own writes queue behind the counter's.
func lowerPriority() {
	_ = syscall.Setpriority(syscall.PRIO_PROCESS, 0, 10)
	runtime.GOMAXPROCS(1)
	lowerIOPriority()
}
