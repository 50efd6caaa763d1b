// Package hall holds HallDesk's domain: types, enums, validation and rules.
// It knows nothing of SQL, Wails or HTTP.
package hall

import (
	"encoding/json"
	"errors"
)

// Code classifies an Error so that each edge can map it (HTTP status, Wails rejection).
type Code string

// Error codes shared by every layer.
const (
	CodeInvalid         Code = "invalid"
	CodeNotFound        Code = "not_found"
	CodeConflict        Code = "conflict"
	CodeForbidden       Code = "forbidden"
	CodeUnauthenticated Code = "unauthenticated"
	CodeStale           Code = "stale"     // a save against an old version of a record (StaleVersion)
	CodeDiskFull        Code = "disk_full" // the disk of the data (or backup) folder is full (DiskFull)
	CodeUnpaired        Code = "unpaired"  // a hall device that is not (or no longer) paired (Unpaired)
	CodeInternal        Code = "internal"
)

// Error is the one domain error type: a code, a Chinese message for the user and, for invalid
// input, the form field it belongs to. Ref points at a related record (e.g. the duplicate resident).
// Changes says, for a refused save against an old version (CodeStale), what is different now.
type Error struct {
	Code    Code     `json:"code"`
	Message string   `json:"message"`
	Field   string   `json:"field,omitempty"`
	Ref     int64    `json:"ref,omitempty"`
	Changes []Change `json:"changes,omitempty"`
	// Fields lists every invalid field when a form is checked as a whole (Problems); Field and
	// Message are then the first of them.
	Fields []FieldError `json:"fields,omitempty"`
}

// Error renders the error as JSON so that a Wails rejection or an HTTP body carries all of it.
func (e *Error) Error() string {
	b, _ := json.Marshal(e)
	return string(b)
}

// Invalid reports bad input in one field.
func Invalid(field, msg string) *Error { return &Error{Code: CodeInvalid, Field: field, Message: msg} }

// NotFound reports a missing record.
func NotFound(msg string) *Error { return &Error{Code: CodeNotFound, Message: msg} }

// Conflict reports a clash with existing data.
func Conflict(msg string) *Error { return &Error{Code: CodeConflict, Message: msg} }

// Forbidden reports that the operator's role may not do this.
func Forbidden(msg string) *Error { return &Error{Code: CodeForbidden, Message: msg} }

// Unpaired reports that the browser calling a device's method is not a paired device of that
// kind: the device page then shows its pairing screen.
func Unpaired(msg string) *Error { return &Error{Code: CodeUnpaired, Message: msg} }

// Unauthenticated reports a missing or expired login.
func Unauthenticated(msg string) *Error { return &Error{Code: CodeUnauthenticated, Message: msg} }

// InternalMessage is what a user sees for any unexpected failure; the detail goes to the log.
const InternalMessage = "系统内部错误，请稍后重试；如反复出现请联系管理员。"

// Internal is the generic error shown for unexpected failures.
func Internal() *Error { return &Error{Code: CodeInternal, Message: InternalMessage} }

// DiskFullMessage is what a user sees when a save found the data folder's disk full. Nothing of
// the save was written (it is one transaction), and the form keeps what was typed.
const DiskFullMessage = "磁盘空间已满，本次保存未完成，已填写的内容仍在页面上。请清理磁盘或联系管理员后重试。"

// DiskFull reports that a write found the disk full; the same operation succeeds once space is
// freed, without a restart.
func DiskFull() *Error { return &Error{Code: CodeDiskFull, Message: DiskFullMessage} }

// BackupDiskFull reports a backup refused because the disk of folder is full; no partial backup
// file is left behind.
func BackupDiskFull(folder string) *Error {
	return &Error{Code: CodeDiskFull, Message: "备份失败：备份文件夹（" + folder + "）所在磁盘空间不足，未留下不完整的备份文件。请清理磁盘或换一个文件夹后重试。"}
}

// AsError returns err as a domain *Error, or nil if it is some other error.
func AsError(err error) *Error {
	var e *Error
	if errors.As(err, &e) {
		return e
	}
	return nil
}

// IsCode reports whether err is a domain error with the given code.
func IsCode(err error, c Code) bool {
	e := AsError(err)
	return e != nil && e.Code == c
}
