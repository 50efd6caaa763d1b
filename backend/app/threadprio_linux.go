package app

import "syscall"

// reportNice is the nice value of a report's thread: a thread at nice 5 gets about a third of
// the share of one at 0 when both want a core, and all of it when the counters are idle. At 10
// (a tenth) a saturated load starved the reports past their 20 s wait (build/BENCHMARKS.md).
const reportNice = 5

// lowerThreadPriority lowers the scheduling priority of the calling thread alone (on Linux a
// thread id given to setpriority names that thread, not the process). A failure leaves the
// priority as it was: the report only runs at the counters' priority.
func lowerThreadPriority() {
	syscall.Setpriority(syscall.PRIO_PROCESS, syscall.Gettid(), reportNice)
}
