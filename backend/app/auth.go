package app

import (
	"context"
	"strconv"
	"time"

	"halldesk/backend/hall"
)

// AuthService signs operators in and out.
type AuthService struct {
	c    *Core
	seat *Seat
}

// LoginInput is the login form.
type LoginInput struct {
	Username string `json:"username"`
	Password string `json:"password"`
}

// Login checks the password. Each attempt is counted as a failure before the password is
// checked (ReserveLogin), so simultaneous attempts cannot get past the count; the fifth in a row
// locks the account for five minutes, and a right password clears the count. Every refusal
// reads the same (loginRefused) and costs the same one bcrypt comparison.
func (s *AuthService) Login(in LoginInput) (hall.Operator, error) {
	return guard(s.c, func(ctx context.Context) (hall.Operator, error) {
		if in.Username == "" || in.Password == "" || hall.TooLong(in.Username, hall.MaxLoginName) || hall.TooLong(in.Password, hall.MaxLoginPassword) {
			return hall.Operator{}, hall.Invalid("username", "请输入登录名和密码")
		}
		s.c.standInHash()
		at, ok, err := s.c.Store.ReserveLogin(ctx, in.Username, s.c.Now(), hall.MaxFailedLogins, hall.LockDuration)
		if err != nil {
			return hall.Operator{}, err
		}
		if !ok { // unknown, deactivated or locked: nothing to check, but take as long
			s.c.spendStandIn(in.Password)
			return hall.Operator{}, loginRefused()
		}
		if !s.c.passwordMatches(at.Hash, in.Password) {
			if err := s.c.Store.RecordLoginFailure(ctx, at.Operator, at.Locks); err != nil {
				return hall.Operator{}, err
			}
			return hall.Operator{}, loginRefused()
		}
		if err := s.c.Store.RecordLogin(ctx, at.Operator); err != nil {
			return hall.Operator{}, err
		}
		at.Operator.LockedUntil = ""
		s.c.Sessions.Start(s.seat, at.Operator.ID)
		return at.Operator, nil
	})
}

// Logout ends the seat's session.
func (s *AuthService) Logout() (Empty, error) {
	return guard(s.c, func(ctx context.Context) (Empty, error) {
		if op, err := s.c.Sessions.Require(ctx, s.c.Store, s.seat, ""); err == nil {
			if err := s.c.Store.Audit(ctx, actor(op), hall.ActLogout, "操作员", op.ID, ""); err != nil {
				return Empty{}, err
			}
		}
		s.c.Sessions.End(s.seat)
		return Empty{}, nil
	})
}

// ChangePasswordInput is the change-my-password form.
type ChangePasswordInput struct {
	OldPassword string `json:"oldPassword"`
	NewPassword string `json:"newPassword"`
}

// ChangePassword lets an operator change their own password. A wrong old password counts as a
// failed login: the fifth in a row locks the account and ends this session. A change ends the
// operator's sessions elsewhere; this one goes on.
func (s *AuthService) ChangePassword(in ChangePasswordInput) (Empty, error) {
	return run(s.c, s.seat, "", func(ctx context.Context, op hall.Operator) (Empty, error) {
		if err := hall.CheckPassword("newPassword", in.NewPassword); err != nil {
			return Empty{}, err
		}
		at, ok, err := s.c.Store.ReserveLoginByID(ctx, op.ID, s.c.Now(), hall.MaxFailedLogins, hall.LockDuration)
		if err != nil {
			return Empty{}, err
		}
		if !ok {
			s.c.spendStandIn(in.OldPassword)
			return Empty{}, hall.Forbidden("连续输错密码，账号已暂时锁定，" + lockEnd(op.LockedUntil))
		}
		if !s.c.passwordMatches(at.Hash, in.OldPassword) {
			if err := s.c.Store.RecordLoginFailure(ctx, at.Operator, at.Locks); err != nil {
				return Empty{}, err
			}
			if at.Locks {
				s.c.Sessions.End(s.seat)
				return Empty{}, hall.Unauthenticated("连续" + strconv.Itoa(hall.MaxFailedLogins) + "次输错密码，账号已锁定" +
					strconv.Itoa(int(hall.LockDuration.Minutes())) + "分钟，请稍后重新登录")
			}
			return Empty{}, hall.Invalid("oldPassword", "原密码不正确，再错"+strconv.Itoa(hall.MaxFailedLogins-at.Failed)+
				"次账号将锁定"+strconv.Itoa(int(hall.LockDuration.Minutes()))+"分钟")
		}
		hash, err := s.c.hash(in.NewPassword)
		if err != nil {
			return Empty{}, err
		}
		if err := s.c.Store.SetOperatorPassword(ctx, actor(op), op.ID, hash); err != nil { // also clears the count
			return Empty{}, err
		}
		s.c.Sessions.EndOperatorExcept(op.ID, s.seat)
		return Empty{}, nil
	})
}

// lockEnd says when a lock (UTC RFC 3339) runs out, in China time.
func lockEnd(lockedUntil string) string {
	t, err := time.Parse(time.RFC3339, lockedUntil)
	if err != nil {
		return "请稍后再修改密码"
	}
	return "请于" + t.In(hall.China).Format("15:04") + "后再修改密码"
}
