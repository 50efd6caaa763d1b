//go:build !unix

package replica

// lowerPriority is a no-op where process priorities are not set this way.
func lowerPriority() {}
