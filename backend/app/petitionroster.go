package app

import (
	"context"

	"halldesk/backend/hall"
)

// Settings returns the reception day settings (weekday, place, hours).
func (s *PetitionService) Settings() (hall.ReceptionSettings, error) {
	return run(s.c, s.seat, hall.PermViewPetitions, func(ctx context.Context, _ hall.Operator) (hall.ReceptionSettings, error) {
		return s.c.Store.ReceptionSettings(ctx)
	})
}

// SaveSettings changes the reception day settings; rosters already generated keep their days.
func (s *PetitionService) SaveSettings(in hall.ReceptionSettings) (hall.ReceptionSettings, error) {
	return run(s.c, s.seat, hall.PermManageRoster, func(ctx context.Context, op hall.Operator) (hall.ReceptionSettings, error) {
		in, err := in.Clean()
		if err != nil {
			return in, err
		}
		if err := s.c.Store.SaveReceptionSettings(ctx, actor(op), in); err != nil {
			return in, err
		}
		return s.c.Store.ReceptionSettings(ctx)
	})
}

// LeaderInfo is a leader cadre who can receive petitioners and be made responsible, with the
// operator account linked to them for "my petitions" (0 and "" when matched by name or none).
type LeaderInfo struct {
	ID           int64  `json:"id"`
	Name         string `json:"name"`
	Position     string `json:"position"`
	Phone        string `json:"phone"`
	OperatorID   int64  `json:"operatorId"`
	OperatorName string `json:"operatorName"`
}

// LeaderAccount is an operator account with the leader role, to link to a leader cadre.
type LeaderAccount struct {
	ID       int64  `json:"id"`
	Name     string `json:"name"`
	Username string `json:"username"`
}

// LeaderList is the active leaders of the cadre registry and the leader accounts.
type LeaderList struct {
	Leaders  []LeaderInfo    `json:"leaders"`
	Accounts []LeaderAccount `json:"accounts"`
}

// Leaders lists the active 领导干部 of the cadre registry (who receive petitioners and are made
// responsible) and the operator accounts with the leader role.
func (s *PetitionService) Leaders() (LeaderList, error) {
	return run(s.c, s.seat, hall.PermViewPetitions, func(ctx context.Context, _ hall.Operator) (LeaderList, error) {
		return s.c.leaderList(ctx)
	})
}

func (c *Core) leaderList(ctx context.Context) (LeaderList, error) {
	out := LeaderList{Leaders: []LeaderInfo{}, Accounts: []LeaderAccount{}}
	page, err := c.Store.Cadres(ctx, hall.CadreQuery{Type: hall.LeaderCadreType, PageSize: 100})
	if err != nil {
		return out, err
	}
	links, err := c.Store.LeaderLinks(ctx)
	if err != nil {
		return out, err
	}
	for _, cd := range page.Items {
		l := links[cd.ID]
		out.Leaders = append(out.Leaders, LeaderInfo{ID: cd.ID, Name: cd.Name, Position: cd.Position, Phone: cd.Phone,
			OperatorID: l.OperatorID, OperatorName: l.OperatorName})
	}
	ops, err := c.Store.Operators(ctx)
	if err != nil {
		return out, err
	}
	for _, op := range ops {
		if op.Role == hall.RoleLeader && op.Active {
			out.Accounts = append(out.Accounts, LeaderAccount{ID: op.ID, Name: op.Name, Username: op.Username})
		}
	}
	return out, nil
}

// LinkLeaderInput links a leader cadre to the operator account they sign in with (0 unlinks).
type LinkLeaderInput struct {
	CadreID    int64 `json:"cadreId"`
	OperatorID int64 `json:"operatorId"`
}

// LinkLeader links a leader cadre to their operator account, so that "my petitions" finds the
// petitions they are responsible for even where the names differ (e.g. 斯琴 and 斯琴巴特尔).
func (s *PetitionService) LinkLeader(in LinkLeaderInput) (LeaderList, error) {
	return run(s.c, s.seat, hall.PermManageRoster, func(ctx context.Context, op hall.Operator) (LeaderList, error) {
		if in.OperatorID > 0 {
			acc, err := s.c.Store.Operator(ctx, in.OperatorID)
			if err != nil {
				return LeaderList{}, hall.Invalid("operatorId", "所选账号不存在")
			}
			if acc.Role != hall.RoleLeader {
				return LeaderList{}, hall.Invalid("operatorId", "只能关联角色为“领导”的账号")
			}
		}
		if err := s.c.Store.LinkLeaderOperator(ctx, actor(op), in.CadreID, in.OperatorID); err != nil {
			return LeaderList{}, err
		}
		return s.c.leaderList(ctx)
	})
}

// GenerateRosterInput asks for a quarter's roster (2026Q4); Replace regenerates the days from
// today on when the quarter already has one.
type GenerateRosterInput struct {
	Quarter string `json:"quarter"`
	Replace bool   `json:"replace"`
}

// GenerateRoster lays out a quarter's reception days, one leader per day in turn (continuing
// from the last leader who received petitioners), moving or cancelling holidays by the
// working-day calendar (see hall.PlanRoster). Days already past are never changed.
func (s *PetitionService) GenerateRoster(in GenerateRosterInput) ([]hall.RosterEntry, error) {
	return run(s.c, s.seat, hall.PermManageRoster, func(ctx context.Context, op hall.Operator) ([]hall.RosterEntry, error) {
		q, err := hall.ParseQuarter(in.Quarter)
		if err != nil {
			return nil, err
		}
		today := hall.DateOf(s.c.today())
		if hall.DateOf(q.Last()).Before(today) {
			return nil, hall.Invalid("quarter", q.Label()+"已经过去，不能再生成接待日安排")
		}
		existing, err := s.c.Store.QuarterRoster(ctx, q.String())
		if err != nil {
			return nil, err
		}
		if len(existing) > 0 && !in.Replace {
			return nil, hall.Conflict(q.Label() + "已有接待日安排；如需重新生成，请选择“重新生成（今天以后）”")
		}
		rs, err := s.c.Store.ReceptionSettings(ctx)
		if err != nil {
			return nil, err
		}
		page, err := s.c.Store.Cadres(ctx, hall.CadreQuery{Type: hall.LeaderCadreType, PageSize: 100})
		if err != nil {
			return nil, err
		}
		leaders := page.Items
		from := hall.DateOf(q.First())
		if from.Before(today) {
			from = today
		}
		start := 0
		last, err := s.c.Store.LastRosterLeader(ctx, from)
		if err != nil {
			return nil, err
		}
		for i, l := range leaders {
			if l.ID == last {
				start = i + 1
			}
		}
		cal, err := s.c.calendar(ctx)
		if err != nil {
			return nil, err
		}
		plan, err := hall.PlanRoster(cal, q, rs.Weekday, leaders, start)
		if err != nil {
			return nil, err
		}
		// The days before `from` are dropped: shift the turn so that the first day kept gets
		// the leader whose turn it is.
		skipped := 0
		for _, e := range plan {
			if e.Date.Before(from) && !e.Cancelled {
				skipped++
			}
		}
		if skipped > 0 && len(leaders) > 0 {
			n := len(leaders)
			if plan, err = hall.PlanRoster(cal, q, rs.Weekday, leaders, ((start-skipped)%n+n)%n); err != nil {
				return nil, err
			}
		}
		if err := s.c.Store.SaveQuarterRoster(ctx, actor(op), q.String(), from, plan); err != nil {
			return nil, err
		}
		return s.c.Store.QuarterRoster(ctx, q.String())
	})
}

// Roster lists the reception days from one date to another (YYYY-MM-DD, inclusive; at most
// about a year).
func (s *PetitionService) Roster(from, to string) ([]hall.RosterEntry, error) {
	return run(s.c, s.seat, hall.PermViewPetitions, func(ctx context.Context, _ hall.Operator) ([]hall.RosterEntry, error) {
		f, err := hall.DateText(from)
		if err != nil {
			return nil, err
		}
		t, err := hall.DateText(to)
		if err != nil {
			return nil, err
		}
		if f.IsZero() || t.IsZero() || t.Before(f) || f.DaysUntil(t) > 400 {
			return nil, hall.Invalid("from", "请选择起止日期（不超过一年）")
		}
		return s.c.Store.Roster(ctx, f, t)
	})
}

// SwapRosterInput exchanges the leaders of two reception days.
type SwapRosterInput struct {
	ID     int64  `json:"id"`
	WithID int64  `json:"withId"`
	Note   string `json:"note"`
}

// SwapRoster exchanges the leaders of two reception days not yet past.
func (s *PetitionService) SwapRoster(in SwapRosterInput) ([]hall.RosterEntry, error) {
	return run(s.c, s.seat, hall.PermManageRoster, func(ctx context.Context, op hall.Operator) ([]hall.RosterEntry, error) {
		note, err := hall.CleanText("note", "调换原因", in.Note, hall.MaxRosterNote, false)
		if err != nil {
			return nil, err
		}
		e, err := s.c.Store.RosterEntryByID(ctx, in.ID)
		if err != nil {
			return nil, err
		}
		if err := s.c.Store.SwapRoster(ctx, actor(op), in.ID, in.WithID, hall.DateOf(s.c.today()), note); err != nil {
			return nil, err
		}
		return s.c.Store.QuarterRoster(ctx, e.Quarter)
	})
}

// ReplaceLeaderInput gives a reception day another leader.
type ReplaceLeaderInput struct {
	ID       int64  `json:"id"`
	LeaderID int64  `json:"leaderId"`
	Note     string `json:"note"`
}

// ReplaceLeader gives a reception day not yet past another leader (a 领导干部 of the registry).
func (s *PetitionService) ReplaceLeader(in ReplaceLeaderInput) ([]hall.RosterEntry, error) {
	return run(s.c, s.seat, hall.PermManageRoster, func(ctx context.Context, op hall.Operator) ([]hall.RosterEntry, error) {
		note, err := hall.CleanText("note", "更换原因", in.Note, hall.MaxRosterNote, false)
		if err != nil {
			return nil, err
		}
		if in.LeaderID <= 0 {
			return nil, hall.Invalid("leaderId", "请选择接待领导")
		}
		e, err := s.c.Store.RosterEntryByID(ctx, in.ID)
		if err != nil {
			return nil, err
		}
		if err := s.c.Store.ReplaceRosterLeader(ctx, actor(op), in.ID, in.LeaderID, hall.DateOf(s.c.today()), note); err != nil {
			return nil, err
		}
		return s.c.Store.QuarterRoster(ctx, e.Quarter)
	})
}
