package app

import (
	"context"

	"halldesk/backend/hall"
)

// Preferences reads the signed-in operator's own settings (the reading size), for the frontend
// to apply after login on any counter.
func (s *AuthService) Preferences() (hall.OperatorPrefs, error) {
	return run(s.c, s.seat, "", func(ctx context.Context, op hall.Operator) (hall.OperatorPrefs, error) {
		return s.c.Store.OperatorPrefs(ctx, op.ID)
	})
}

// SavePreferences stores the signed-in operator's own settings; every operator may set their
// own, and only their own.
func (s *AuthService) SavePreferences(in hall.OperatorPrefs) (hall.OperatorPrefs, error) {
	return run(s.c, s.seat, "", func(ctx context.Context, op hall.Operator) (hall.OperatorPrefs, error) {
		p, err := in.Clean()
		if err != nil {
			return p, err
		}
		return p, s.c.Store.SaveOperatorPrefs(ctx, actor(op), p)
	})
}
