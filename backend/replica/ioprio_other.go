//go:build unix && !linux

package replica

// lowerIOPriority is a no-op where disk priorities are not set this way.
func lowerIOPriority() {}
