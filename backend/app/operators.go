package app

import (
	"context"

	"halldesk/backend/hall"
)

// OperatorService lets the administrator manage operators. Operators are never deleted.
type OperatorService struct {
	c    *Core
	seat *Seat
}

// List returns every operator.
func (s *OperatorService) List() ([]hall.Operator, error) {
	return run(s.c, s.seat, hall.PermManageOperators, func(ctx context.Context, _ hall.Operator) ([]hall.Operator, error) {
		return s.c.Store.Operators(ctx)
	})
}

// Save adds (ID 0, with a password) or edits an operator.
func (s *OperatorService) Save(in hall.OperatorInput) (hall.Operator, error) {
	return run(s.c, s.seat, hall.PermManageOperators, func(ctx context.Context, op hall.Operator) (hall.Operator, error) {
		in, err := in.Clean(in.ID == 0)
		if err != nil {
			return hall.Operator{}, err
		}
		if err := s.c.Extension.checkRole(in.Role); err != nil {
			return hall.Operator{}, err
		}
		if in.ID == 0 {
			hash, err := s.c.hash(in.Password)
			if err != nil {
				return hall.Operator{}, err
			}
			return s.c.Store.CreateOperator(ctx, actor(op), in, hash)
		}
		saved, err := s.c.Store.UpdateOperator(ctx, actor(op), in)
		if err == nil && saved.ID != op.ID {
			s.c.Sessions.EndOperator(saved.ID) // a changed role takes effect at the next login
		}
		return saved, err
	})
}

// SetActiveInput activates or deactivates an operator.
type SetActiveInput struct {
	ID      int64 `json:"id"`
	Active  bool  `json:"active"`
	Version int64 `json:"version"` // the version of the operator the administrator saw
}

// SetActive activates or deactivates an operator; a deactivated one is signed out at once.
func (s *OperatorService) SetActive(in SetActiveInput) (Empty, error) {
	return run(s.c, s.seat, hall.PermManageOperators, func(ctx context.Context, op hall.Operator) (Empty, error) {
		if in.ID == op.ID && !in.Active {
			return Empty{}, hall.Conflict("不能停用自己正在使用的账号")
		}
		if err := s.c.Store.SetOperatorActive(ctx, actor(op), in.ID, in.Version, in.Active); err != nil {
			return Empty{}, err
		}
		if !in.Active {
			s.c.Sessions.EndOperator(in.ID)
		}
		return Empty{}, nil
	})
}

// ResetPasswordInput sets a new password for an operator.
type ResetPasswordInput struct {
	ID       int64  `json:"id"`
	Password string `json:"password"`
}

// ResetPassword sets a new password, unlocks the account and signs the operator out everywhere
// (an administrator resetting their own password stays signed in on this seat).
func (s *OperatorService) ResetPassword(in ResetPasswordInput) (Empty, error) {
	return run(s.c, s.seat, hall.PermManageOperators, func(ctx context.Context, op hall.Operator) (Empty, error) {
		if err := hall.CheckPassword("password", in.Password); err != nil {
			return Empty{}, err
		}
		hash, err := s.c.hash(in.Password)
		if err != nil {
			return Empty{}, err
		}
		if err := s.c.Store.SetOperatorPassword(ctx, actor(op), in.ID, hash); err != nil {
			return Empty{}, err
		}
		s.c.Sessions.EndOperatorExcept(in.ID, s.seat)
		return Empty{}, nil
	})
}
