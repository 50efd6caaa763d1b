//go:build unix

package replica

import "syscall"

// lowerPriority lets the counter's process go first when the machine is busy.
func lowerPriority() { _ = syscall.Setpriority(syscall.PRIO_PROCESS, 0, 10) }
