package hall

import (
	"regexp"
	"time"
)

// Login policy: MaxFailedLogins wrong passwords in a row lock the account for LockDuration.
const (
	MaxFailedLogins    = 5
	LockDuration       = 5 * time.Minute
	DefaultIdleMinutes = 30
	MinPasswordLen     = 8
)

// Operator is a person who signs in: a clerk, reception staff, supervisor, leader or administrator.
// Operators are deactivated, never deleted, so history keeps their names.
type Operator struct {
	ID          int64  `json:"id"`
	Username    string `json:"username" label:"登录名"`
	Name        string `json:"name" label:"姓名"`
	Role        Role   `json:"role" label:"角色"`
	RoleLabel   string `json:"roleLabel"`
	Phone       string `json:"phone" label:"联系电话" mask:"phone"`
	Active      bool   `json:"active" label:"启用"`
	LockedUntil string `json:"lockedUntil"`
	CreatedAt   string `json:"createdAt"`
	Version     int64  `json:"version"` // optimistic concurrency: an edit names the version it saw
}

// OperatorInput is what the administrator fills in to add or edit an operator.
type OperatorInput struct {
	ID       int64  `json:"id"`
	Username string `json:"username"`
	Name     string `json:"name"`
	Role     Role   `json:"role"`
	Phone    string `json:"phone"`
	Password string `json:"password"` // required when adding; ignored when editing
	Version  int64  `json:"version"`  // editing: the version the form was loaded at
}

var usernameRe = regexp.MustCompile(`^[A-Za-z0-9_.-]{2,32}$`)

// Clean validates the input; creating requires a password.
func (in OperatorInput) Clean(creating bool) (OperatorInput, error) {
	var err error
	if !usernameRe.MatchString(in.Username) {
		return in, Invalid("username", "登录名为2至32位字母、数字、下划线、点或连字符")
	}
	if in.Name, err = CleanText("name", "姓名", in.Name, MaxOperatorName, true); err != nil {
		return in, err
	}
	if !in.Role.Valid() {
		return in, Invalid("role", "请选择角色")
	}
	if in.Phone, err = CleanPhone("phone", "联系电话", in.Phone, false); err != nil {
		return in, err
	}
	if creating {
		if err := CheckPassword("password", in.Password); err != nil {
			return in, err
		}
	}
	return in, nil
}

// CheckPassword enforces the minimal password rule.
func CheckPassword(field, pw string) error {
	if Chars(pw) < MinPasswordLen {
		return Invalid(field, "密码至少8位")
	}
	if TooLong(pw, MaxPassword) {
		return Invalid(field, "密码不能超过"+itoa(MaxPassword)+"个字符")
	}
	if len(pw) > MaxPassword { // bcrypt reads 72 bytes, and a Chinese character takes three
		return Invalid(field, "密码过长：其中每个汉字按3个字符计算，合计不能超过"+itoa(MaxPassword)+"个字符")
	}
	return nil
}
