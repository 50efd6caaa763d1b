package replica

import "syscall"

// lowerIOPriority sets the process's disk priority to best effort, level 7 (ioprio_set).
func lowerIOPriority() {
	const whoProcess, classBestEffort, level = 1, 2, 7
	_, _, _ = syscall.Syscall(syscall.SYS_IOPRIO_SET, whoProcess, 0, uintptr(classBestEffort<<13|level))
}
