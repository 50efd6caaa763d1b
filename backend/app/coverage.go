package app

import (
	"context"
	"strconv"
	"strings"
	"time"

	"halldesk/backend/hall"
	"halldesk/backend/pdf"
)

// CoverageService is the cadres' coverage of households (包联) and its cadence: which cadre
// covers which household since when (with history), the visit settings, the due and overdue
// visits per cadre and village, each cadre's weekly to-do review and printed weekly plan.
// Everyone reads; the counter, reception and the administrator assign; the administrator sets
// the settings.
type CoverageService struct {
	c    *Core
	seat *Seat
}

// Settings returns the visit settings (cadences, limits, targets).
func (s *CoverageService) Settings() (hall.VisitSettings, error) {
	return run(s.c, s.seat, "", func(ctx context.Context, _ hall.Operator) (hall.VisitSettings, error) {
		return s.c.Store.VisitSettings(ctx)
	})
}

// SaveSettings replaces the visit settings (administrator).
func (s *CoverageService) SaveSettings(in hall.VisitSettings) (hall.VisitSettings, error) {
	return run(s.c, s.seat, hall.PermManageSettings, func(ctx context.Context, op hall.Operator) (hall.VisitSettings, error) {
		in, err := in.Clean()
		if err != nil {
			return in, err
		}
		if err := s.c.Store.SaveVisitSettings(ctx, actor(op), in); err != nil {
			return in, err
		}
		return s.c.Store.VisitSettings(ctx)
	})
}

// Summary counts each cadre's households and needy pairs, warning where a cadre covers more
// than the limit, and the households nobody covers.
func (s *CoverageService) Summary() (hall.CoverageSummary, error) {
	return run(s.c, s.seat, hall.PermViewResidents, func(ctx context.Context, _ hall.Operator) (hall.CoverageSummary, error) {
		vs, err := s.c.Store.VisitSettings(ctx)
		if err != nil {
			return hall.CoverageSummary{}, err
		}
		sum, err := s.c.Store.CoverageSummary(ctx)
		if err != nil {
			return sum, err
		}
		sum.Limit = vs.CoverageLimit
		for i, r := range sum.Rows {
			sum.Rows[i].Warning = hall.CoverageWarning(r.CadreName, r.Households, vs.CoverageLimit)
			sum.Rows[i].Over = sum.Rows[i].Warning != ""
		}
		return sum, nil
	})
}

// Households lists households with their current cadre, kinds and last visit.
func (s *CoverageService) Households(q hall.CoveredQuery) (hall.CoveredPage, error) {
	return run(s.c, s.seat, hall.PermViewResidents, func(ctx context.Context, _ hall.Operator) (hall.CoveredPage, error) {
		if err := hall.CheckQuery(q.Text); err != nil {
			return hall.CoveredPage{}, err
		}
		return s.c.Store.CoveredHouseholds(ctx, q)
	})
}

// Assign assigns households to a cadre in bulk (picked, a group or a village). It warns, and
// does not refuse, when the cadre then covers more households than the limit.
func (s *CoverageService) Assign(in hall.AssignInput) (hall.AssignResult, error) {
	return run(s.c, s.seat, hall.PermRecordVisits, func(ctx context.Context, op hall.Operator) (hall.AssignResult, error) {
		in, err := hall.CleanAssign(in, s.c.today())
		if err != nil {
			return hall.AssignResult{}, err
		}
		res, err := s.c.Store.Assign(ctx, actor(op), in)
		if err != nil {
			return res, err
		}
		return s.warn(ctx, res, in.CadreID)
	})
}

// warn adds the over-the-limit warning for the cadre to an assignment's result.
func (s *CoverageService) warn(ctx context.Context, res hall.AssignResult, cadreID int64) (hall.AssignResult, error) {
	vs, err := s.c.Store.VisitSettings(ctx)
	if err != nil {
		return res, err
	}
	cadre, err := s.c.Store.Cadre(ctx, cadreID)
	if err != nil {
		return res, err
	}
	res.Warning = hall.CoverageWarning(cadre.Name, res.Coverage, vs.CoverageLimit)
	return res, nil
}

// Unassign ends the households' current coverage (nobody takes over yet); it returns how many
// ended.
func (s *CoverageService) Unassign(in hall.UnassignInput) (int, error) {
	return run(s.c, s.seat, hall.PermRecordVisits, func(ctx context.Context, op hall.Operator) (int, error) {
		if len(in.HouseholdIDs) == 0 || len(in.HouseholdIDs) > hall.MaxAssignBatch {
			return 0, hall.Invalid("householdIds", "请勾选要结束包联的家庭户")
		}
		on, err := hall.PastDate("on", "结束日期", in.On, s.c.today())
		if err != nil {
			return 0, err
		}
		note, err := hall.CleanText("note", "备注", in.Note, hall.MaxCoverNote, false)
		if err != nil {
			return 0, err
		}
		return s.c.Store.Unassign(ctx, actor(op), in.HouseholdIDs, on, note)
	})
}

// Transfer hands every household one cadre covers to another on a date (调离、轮换), keeping
// the history; it warns when the receiving cadre is then over the limit.
func (s *CoverageService) Transfer(in hall.TransferInput) (hall.AssignResult, error) {
	return run(s.c, s.seat, hall.PermRecordVisits, func(ctx context.Context, op hall.Operator) (hall.AssignResult, error) {
		if in.FromCadreID <= 0 || in.ToCadreID <= 0 {
			return hall.AssignResult{}, hall.Invalid("toCadreId", "请选择交出和接手的干部")
		}
		if in.FromCadreID == in.ToCadreID {
			return hall.AssignResult{}, hall.Invalid("toCadreId", "接手的干部不能是同一人")
		}
		var err error
		if in.On, err = hall.PastDate("on", "交接日期", in.On, s.c.today()); err != nil {
			return hall.AssignResult{}, err
		}
		if in.Note, err = hall.CleanText("note", "备注", in.Note, hall.MaxCoverNote, false); err != nil {
			return hall.AssignResult{}, err
		}
		res, err := s.c.Store.Transfer(ctx, actor(op), in)
		if err != nil {
			return res, err
		}
		return s.warn(ctx, res, in.ToCadreID)
	})
}

// History lists a household's coverage, newest first.
func (s *CoverageService) History(householdID int64) ([]hall.Assignment, error) {
	return run(s.c, s.seat, hall.PermViewResidents, func(ctx context.Context, _ hall.Operator) ([]hall.Assignment, error) {
		return s.c.Store.CoverageHistory(ctx, householdID)
	})
}

// DueQuery chooses the reminders: of one cadre and/or one village (0 for all), looking Horizon
// days ahead (default a week).
type DueQuery struct {
	CadreID   int64 `json:"cadreId"`
	VillageID int64 `json:"villageId"`
	Horizon   int   `json:"horizon"`
}

// Due lists the visits due within the horizon or overdue, with counts per cadre and village.
func (s *CoverageService) Due(q DueQuery) (hall.DueReport, error) {
	return run(s.c, s.seat, hall.PermViewResidents, func(ctx context.Context, _ hall.Operator) (hall.DueReport, error) {
		if q.Horizon == 0 {
			q.Horizon = hall.DueSoonVisitDays
		}
		if q.Horizon < 0 || q.Horizon > 90 {
			return hall.DueReport{}, hall.Invalid("horizon", "提前提醒天数应在0至90天之间")
		}
		return s.c.dueReport(ctx, q.CadreID, q.VillageID, s.c.today(), q.Horizon)
	})
}

func (c *Core) dueReport(ctx context.Context, cadreID, villageID int64, asOf time.Time, horizon int) (hall.DueReport, error) {
	vs, err := c.Store.VisitSettings(ctx)
	if err != nil {
		return hall.DueReport{}, err
	}
	facts, err := c.Store.DutyFacts(ctx, cadreID, villageID)
	if err != nil {
		return hall.DueReport{}, err
	}
	return hall.BuildDueReport(facts, vs, asOf, horizon, cadreID), nil
}

// Review is a cadre's weekly to-do review (每周梳理待办) for this week: the visits due by Sunday or
// overdue, the open cases of the households covered and the feedback owed.
func (s *CoverageService) Review(cadreID int64) (hall.WeeklyReview, error) {
	return run(s.c, s.seat, hall.PermViewResidents, func(ctx context.Context, op hall.Operator) (hall.WeeklyReview, error) {
		return s.c.review(ctx, op, cadreID, s.c.today())
	})
}

// review builds a cadre's review for the week of day: as of today within that week, or as of
// its Monday for a week to come.
func (c *Core) review(ctx context.Context, op hall.Operator, cadreID int64, day time.Time) (hall.WeeklyReview, error) {
	if cadreID <= 0 {
		return hall.WeeklyReview{}, hall.Invalid("cadreId", "请选择干部")
	}
	cadre, err := c.Store.Cadre(ctx, cadreID)
	if err != nil {
		return hall.WeeklyReview{}, err
	}
	mon, sun := hall.WeekOf(day)
	asOf := c.today()
	if asOf.Before(mon) {
		asOf = mon
	}
	r := hall.WeeklyReview{CadreID: cadre.ID, CadreName: cadre.Name, WeekStart: hall.DateOf(mon), WeekEnd: hall.DateOf(sun)}
	horizon := max(hall.DateOf(asOf).DaysUntil(r.WeekEnd), 0)
	due, err := c.dueReport(ctx, cadreID, 0, asOf, horizon)
	if err != nil {
		return r, err
	}
	r.Due = due.Items
	if r.Households, err = c.Store.CoverageCount(ctx, cadreID); err != nil {
		return r, err
	}
	week, err := c.Store.Visits(ctx, hall.VisitQuery{CadreID: cadreID, From: r.WeekStart, To: r.WeekEnd, PageSize: 1})
	if err != nil {
		return r, err
	}
	r.VisitsThisWeek = week.Total
	cases, err := c.Store.OpenCasesOfCadre(ctx, cadreID)
	if err != nil {
		return r, err
	}
	cal, err := c.calendar(ctx)
	if err != nil {
		return r, err
	}
	r.OpenCases = c.presentAll(cal, cases, op.Role)
	r.FeedbackOwed, err = c.Store.FeedbackOwed(ctx, 0, cadreID)
	return r, err
}

// PlanInput chooses a cadre's weekly visit plan: the week of Date (default this week).
type PlanInput struct {
	CadreID int64     `json:"cadreId"`
	Date    hall.Date `json:"date" ts_type:"string"`
}

// PrintPlan prints a cadre's weekly visit plan (A4): the visits due that week or overdue, the
// feedback owed and the open cases to follow up, and records the print.
func (s *CoverageService) PrintPlan(in PlanInput) (Document, error) {
	return run(s.c, s.seat, hall.PermPrint, func(ctx context.Context, op hall.Operator) (Document, error) {
		day := s.c.today()
		if !in.Date.IsZero() {
			day = in.Date.Time()
		}
		r, err := s.c.review(ctx, op, in.CadreID, day)
		if err != nil {
			return Document{}, err
		}
		hs, err := s.c.Store.Settings(ctx)
		if err != nil {
			return Document{}, err
		}
		data, missing, err := pdf.VisitPlan(pdf.PlanDoc{Review: r, Hall: hs, PrintedBy: op.Name, At: s.c.Now()})
		if err != nil {
			return Document{}, err
		}
		title := r.CadreName + " " + r.WeekStart.String() + "至" + r.WeekEnd.String()
		return s.c.deliver(ctx, actor(op), "走访计划-"+strings.ReplaceAll(title, " ", "-"), data, missing,
			hall.PrintLine{Kind: hall.PrintVisitPlan, Title: title, Copies: 1, Detail: "应访" + strconv.Itoa(len(r.Due)) + "户"})
	})
}
