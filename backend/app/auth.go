package app

import (
	"context"
	"strconv"
	"time"

	"golang.org/x/crypto/bcrypt"

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

// Login checks the password; five wrong ones in a row lock the account for five minutes.
func (s *AuthService) Login(in LoginInput) (hall.Operator, error) {
	return guard(s.c, func(ctx context.Context) (hall.Operator, error) {
		if in.Username == "" || in.Password == "" || len(in.Username) > 64 || len(in.Password) > 128 {
			return hall.Operator{}, hall.Invalid("username", "请输入登录名和密码")
		}
		cred, err := s.c.Store.Credentials(ctx, in.Username)
		if hall.IsCode(err, hall.CodeNotFound) {
			return hall.Operator{}, hall.Invalid("password", "登录名或密码错误")
		}
		if err != nil {
			return hall.Operator{}, err
		}
		now := s.c.Now()
		if now.Before(cred.LockedUntil) {
			return hall.Operator{}, hall.Forbidden("连续" + strconv.Itoa(hall.MaxFailedLogins) + "次输错密码，账号已锁定，请于" +
				cred.LockedUntil.In(hall.China).Format("15:04") + "后再试，或请管理员重置密码")
		}
		if !cred.Operator.Active {
			return hall.Operator{}, hall.Forbidden("该账号已停用，请联系管理员")
		}
		if bcrypt.CompareHashAndPassword([]byte(cred.Hash), []byte(in.Password)) != nil {
			failed := cred.FailedLogins + 1
			until := cred.LockedUntil
			if now.After(cred.LockedUntil) && !cred.LockedUntil.IsZero() {
				failed, until = 1, time.Time{} // a lock that ran out starts a fresh count (and is cleared)
			}
			msg := "登录名或密码错误，再错" + strconv.Itoa(hall.MaxFailedLogins-failed) + "次账号将锁定5分钟"
			if failed >= hall.MaxFailedLogins {
				until = now.Add(hall.LockDuration)
				msg = "连续" + strconv.Itoa(hall.MaxFailedLogins) + "次输错密码，账号已锁定5分钟"
			}
			if err := s.c.Store.RecordLoginFailure(ctx, cred, failed, until); err != nil {
				return hall.Operator{}, err
			}
			return hall.Operator{}, hall.Invalid("password", msg)
		}
		if err := s.c.Store.RecordLogin(ctx, cred.Operator); err != nil {
			return hall.Operator{}, err
		}
		s.c.Sessions.Start(s.seat, cred.Operator.ID)
		return cred.Operator, nil
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

// ChangePassword lets an operator change their own password.
func (s *AuthService) ChangePassword(in ChangePasswordInput) (Empty, error) {
	return run(s.c, s.seat, "", func(ctx context.Context, op hall.Operator) (Empty, error) {
		cred, err := s.c.Store.Credentials(ctx, op.Username)
		if err != nil {
			return Empty{}, err
		}
		if bcrypt.CompareHashAndPassword([]byte(cred.Hash), []byte(in.OldPassword)) != nil {
			return Empty{}, hall.Invalid("oldPassword", "原密码不正确")
		}
		if err := hall.CheckPassword("newPassword", in.NewPassword); err != nil {
			return Empty{}, err
		}
		hash, err := s.c.hash(in.NewPassword)
		if err != nil {
			return Empty{}, err
		}
		return Empty{}, s.c.Store.SetOperatorPassword(ctx, actor(op), op.ID, hash)
	})
}
