package app

import (
	"context"

	"halldesk/backend/hall"
)

// Mongolian returns the hall's Mongolian texts for the administrator's form (系统管理 → 蒙古文).
func (s *SystemService) Mongolian() (hall.MongolianTexts, error) {
	return run(s.c, s.seat, hall.PermManageSettings, func(ctx context.Context, _ hall.Operator) (hall.MongolianTexts, error) {
		return s.c.Store.Mongolian(ctx)
	})
}

// SaveMongolian saves the hall's Mongolian texts (administrator): validated in Mongolian script,
// version-checked and audited; the hall settings are left as they are. It returns the texts as
// saved, at their new version.
func (s *SystemService) SaveMongolian(in hall.MongolianTexts) (hall.MongolianTexts, error) {
	return run(s.c, s.seat, hall.PermManageSettings, func(ctx context.Context, op hall.Operator) (hall.MongolianTexts, error) {
		m, err := in.Clean()
		if err != nil {
			return m, err
		}
		if err := s.c.Store.SaveMongolian(ctx, actor(op), m); err != nil {
			return m, err
		}
		return s.c.Store.Mongolian(ctx)
	})
}
