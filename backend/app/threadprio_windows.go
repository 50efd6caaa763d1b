package app

import "syscall"

var (
	kernel32          = syscall.NewLazyDLL("kernel32.dll")
	setThreadPriority = kernel32.NewProc("SetThreadPriority")
	getCurrentThread  = kernel32.NewProc("GetCurrentThread")
)

// threadPriorityBelowNormal is Windows' THREAD_PRIORITY_BELOW_NORMAL.
const threadPriorityBelowNormal = -1

// lowerThreadPriority lowers the scheduling priority of the calling thread alone. A failure
// leaves the priority as it was: the report only runs at the counters' priority.
func lowerThreadPriority() {
	if getCurrentThread.Find() != nil || setThreadPriority.Find() != nil {
		return
	}
	h, _, _ := getCurrentThread.Call()
	prio := threadPriorityBelowNormal
	setThreadPriority.Call(h, uintptr(prio))
}
