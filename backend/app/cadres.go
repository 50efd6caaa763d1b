package app

import (
	"context"

	"halldesk/backend/hall"
)

// CadreService is the cadre registry (干部名册): the cadres stationed in villages, covering
// households, leading or serving at the windows, whose contact cards the hall prints. Every
// signed-in operator reads it; the administrator edits it. Cadres are never deleted.
type CadreService struct {
	c    *Core
	seat *Seat
}

// List returns one page of cadres matching the query.
func (s *CadreService) List(q hall.CadreQuery) (hall.CadrePage, error) {
	return run(s.c, s.seat, "", func(ctx context.Context, _ hall.Operator) (hall.CadrePage, error) {
		if err := hall.CheckQuery(q.Text); err != nil {
			return hall.CadrePage{}, err
		}
		return s.c.Store.Cadres(ctx, q)
	})
}

// Get returns one cadre, active or not.
func (s *CadreService) Get(id int64) (hall.Cadre, error) {
	return run(s.c, s.seat, "", func(ctx context.Context, _ hall.Operator) (hall.Cadre, error) {
		return s.c.Store.Cadre(ctx, id)
	})
}

// Save adds (ID 0) or edits a cadre, deactivation included (administrator), and returns the
// cadre as stored.
func (s *CadreService) Save(in hall.Cadre) (hall.Cadre, error) {
	return run(s.c, s.seat, hall.PermManageCadres, func(ctx context.Context, op hall.Operator) (hall.Cadre, error) {
		in, err := hall.CleanCadre(in)
		if err != nil {
			return hall.Cadre{}, err
		}
		id, err := s.c.Store.SaveCadre(ctx, actor(op), in)
		if err != nil {
			return hall.Cadre{}, err
		}
		return s.c.Store.Cadre(ctx, id)
	})
}

// Teams lists every work team (驻村工作队 / 工作组), active ones first, with its leader, village
// and number of members.
func (s *CadreService) Teams() ([]hall.WorkTeam, error) {
	return run(s.c, s.seat, "", func(ctx context.Context, _ hall.Operator) ([]hall.WorkTeam, error) {
		return s.c.Store.Teams(ctx, true)
	})
}

// SaveTeam adds (ID 0) or edits a work team, deactivation included (administrator), and returns
// the team as stored. The leader joins the team.
func (s *CadreService) SaveTeam(in hall.WorkTeam) (hall.WorkTeam, error) {
	return run(s.c, s.seat, hall.PermManageCadres, func(ctx context.Context, op hall.Operator) (hall.WorkTeam, error) {
		in, err := in.Clean()
		if err != nil {
			return hall.WorkTeam{}, err
		}
		id, err := s.c.Store.SaveTeam(ctx, actor(op), in)
		if err != nil {
			return hall.WorkTeam{}, err
		}
		return s.c.Store.Team(ctx, id)
	})
}
