//go:build !linux && !windows

package app

// lowerThreadPriority does nothing where no per-thread priority is set: reports still run one
// at a time through the report slot.
func lowerThreadPriority() {}
