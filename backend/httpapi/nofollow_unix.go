//go:build unix

package httpapi

import "syscall"

// noFollow makes opening a symbolic link fail instead of opening what it points to.
const noFollow = syscall.O_NOFOLLOW
