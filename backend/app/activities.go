package app

import (
	"context"

	"halldesk/backend/hall"
)

// ActivityService is the villages' activities (矛盾纠纷排查, 政策宣讲, 务工信息, 实用技术培训,
// 慰问特殊群体, 恳谈会, 送政策送服务), which are due in each village this period, and the
// leaders' contact points (联系点) with their grassroots visits against the yearly target.
// Everyone reads; the counter, reception and the administrator record.
type ActivityService struct {
	c    *Core
	seat *Seat
}

// Kinds lists the kinds of activity with their cadence.
func (s *ActivityService) Kinds() ([]hall.ActivityKind, error) {
	return run(s.c, s.seat, "", func(context.Context, hall.Operator) ([]hall.ActivityKind, error) {
		return hall.ActivityKinds, nil
	})
}

// List returns one page of activities, newest first.
func (s *ActivityService) List(q hall.ActivityQuery) (hall.ActivityPage, error) {
	return run(s.c, s.seat, hall.PermViewResidents, func(ctx context.Context, _ hall.Operator) (hall.ActivityPage, error) {
		q.ID = 0
		if err := hall.DateRange(q.From, q.To); err != nil {
			return hall.ActivityPage{}, err
		}
		return s.c.Store.Activities(ctx, q)
	})
}

// Record stores an activity and returns it as stored.
func (s *ActivityService) Record(in hall.ActivityInput) (hall.Activity, error) {
	return run(s.c, s.seat, hall.PermRecordVisits, func(ctx context.Context, op hall.Operator) (hall.Activity, error) {
		in, err := hall.CleanActivity(in, s.c.today())
		if err != nil {
			return hall.Activity{}, err
		}
		id, err := s.c.Store.CreateActivity(ctx, actor(op), in)
		if err != nil {
			return hall.Activity{}, err
		}
		page, err := s.c.Store.Activities(ctx, hall.ActivityQuery{ID: id})
		if err != nil || len(page.Items) == 0 {
			return hall.Activity{}, err
		}
		return page.Items[0], nil
	})
}

// Due lists, for each active village (or one), each kind of activity and whether it has been
// held this period (month, quarter or year).
func (s *ActivityService) Due(villageID int64) ([]hall.ActivityDue, error) {
	return run(s.c, s.seat, hall.PermViewResidents, func(ctx context.Context, _ hall.Operator) ([]hall.ActivityDue, error) {
		villages, err := s.c.Store.Villages(ctx, false)
		if err != nil {
			return nil, err
		}
		if villageID > 0 {
			var one []hall.Village
			for _, v := range villages {
				if v.ID == villageID {
					one = append(one, v)
				}
			}
			villages = one
		}
		last, err := s.c.Store.LastActivities(ctx)
		if err != nil {
			return nil, err
		}
		return hall.VillageActivityDue(villages, last, s.c.today()), nil
	})
}

// ContactPoints lists the active leaders (领导干部) with their contact villages from the cadre
// registry and their grassroots visits of the year (0: this year): the distinct days they
// visited a household or held an activity there, against the yearly target.
func (s *ActivityService) ContactPoints(year int) ([]hall.ContactPoint, error) {
	return run(s.c, s.seat, hall.PermViewResidents, func(ctx context.Context, _ hall.Operator) ([]hall.ContactPoint, error) {
		today := s.c.today()
		if year == 0 {
			year = today.Year()
		}
		if year < 2000 || year > 2100 {
			return nil, hall.Invalid("year", "年份不正确")
		}
		vs, err := s.c.Store.VisitSettings(ctx)
		if err != nil {
			return nil, err
		}
		page, err := s.c.Store.Cadres(ctx, hall.CadreQuery{Type: "领导干部", PageSize: 100})
		if err != nil {
			return nil, err
		}
		out := []hall.ContactPoint{}
		for _, c := range page.Items {
			dates, err := s.c.Store.GrassrootsDates(ctx, c.ID, c.VillageIDs, year)
			if err != nil {
				return nil, err
			}
			p := hall.ContactPoint{CadreID: c.ID, CadreName: c.Name, Position: c.Position, VillageNames: c.VillageNames, Year: year, Target: vs.LeaderTarget}
			p.Done, p.Expected, p.Dates = hall.LeaderProgress(dates, year, vs.LeaderTarget, today)
			p.Behind = p.Done < p.Expected
			out = append(out, p)
		}
		return out, nil
	})
}
