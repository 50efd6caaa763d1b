//go:build !unix

package httpapi

// noFollow is 0 where the system has no O_NOFOLLOW; openBackup's Lstat and its check of the
// resolved path stand in for it.
const noFollow = 0
