package app

import (
	"context"

	"halldesk/backend/hall"
)

// PairService is 结亲、走亲、助亲: cadres paired with needy households (default 3 each), the help
// they give (funds, projects, skills, jobs, goods) and the thanksgiving-day donations (感恩日,
// the 10th of each month) with their totals. Everyone reads; the counter, reception and the
// administrator record.
type PairService struct {
	c    *Core
	seat *Seat
}

// List returns one page of the current pairings (or the ended ones) of a cadre or of everyone.
func (s *PairService) List(q hall.PairQuery) (hall.PairPage, error) {
	return run(s.c, s.seat, hall.PermViewResidents, func(ctx context.Context, _ hall.Operator) (hall.PairPage, error) {
		return s.c.Store.Pairs(ctx, q)
	})
}

// Pair pairs a cadre with a needy household. It warns, and does not refuse, when the cadre then
// has more needy households than the usual number.
func (s *PairService) Pair(in hall.PairInput) (hall.PairResult, error) {
	return run(s.c, s.seat, hall.PermRecordVisits, func(ctx context.Context, op hall.Operator) (hall.PairResult, error) {
		in, err := hall.CleanPair(in, s.c.today())
		if err != nil {
			return hall.PairResult{}, err
		}
		id, count, err := s.c.Store.CreatePair(ctx, actor(op), in)
		if err != nil {
			return hall.PairResult{}, err
		}
		vs, err := s.c.Store.VisitSettings(ctx)
		if err != nil {
			return hall.PairResult{}, err
		}
		p, err := s.c.Store.Pair(ctx, id)
		return hall.PairResult{Pair: p, Warning: hall.PairWarning(p.CadreName, count, vs.PairLimit)}, err
	})
}

// End ends a pairing (the household is out of difficulty, or the cadre leaves).
func (s *PairService) End(in hall.EndPairInput) (Empty, error) {
	return run(s.c, s.seat, hall.PermRecordVisits, func(ctx context.Context, op hall.Operator) (Empty, error) {
		var err error
		if in.On, err = hall.PastDate("on", "结束日期", in.On, s.c.today()); err != nil {
			return Empty{}, err
		}
		if in.Note, err = hall.CleanText("note", "结束原因", in.Note, hall.MaxPairEndNote, false); err != nil {
			return Empty{}, err
		}
		return Empty{}, s.c.Store.EndPair(ctx, actor(op), in)
	})
}

// HelpQuery lists the help given to one pair, or to every pair of a cadre, or to all.
type HelpQuery struct {
	PairID  int64 `json:"pairId"`
	CadreID int64 `json:"cadreId"`
}

// Help lists help records, newest first.
func (s *PairService) Help(q HelpQuery) ([]hall.HelpRecord, error) {
	return run(s.c, s.seat, hall.PermViewResidents, func(ctx context.Context, _ hall.Operator) ([]hall.HelpRecord, error) {
		return s.c.Store.HelpRecords(ctx, q.PairID, q.CadreID)
	})
}

// RecordHelp records help given to a paired household and returns that pair's help records.
func (s *PairService) RecordHelp(in hall.HelpInput) ([]hall.HelpRecord, error) {
	return run(s.c, s.seat, hall.PermRecordVisits, func(ctx context.Context, op hall.Operator) ([]hall.HelpRecord, error) {
		in, fen, err := hall.CleanHelp(in, s.c.today())
		if err != nil {
			return nil, err
		}
		if _, err := s.c.Store.CreateHelp(ctx, actor(op), in, fen); err != nil {
			return nil, err
		}
		return s.c.Store.HelpRecords(ctx, in.PairID, 0)
	})
}

// Donations returns a year's thanksgiving-day donations (0: this year) with the totals per
// month and for the year, and the next thanksgiving day.
func (s *PairService) Donations(year int) (hall.DonationSummary, error) {
	return run(s.c, s.seat, hall.PermViewResidents, func(ctx context.Context, _ hall.Operator) (hall.DonationSummary, error) {
		return s.c.donations(ctx, year)
	})
}

func (c *Core) donations(ctx context.Context, year int) (hall.DonationSummary, error) {
	today := c.today()
	if year == 0 {
		year = today.Year()
	}
	if year < 2000 || year > 2100 {
		return hall.DonationSummary{}, hall.Invalid("year", "年份不正确")
	}
	vs, err := c.Store.VisitSettings(ctx)
	if err != nil {
		return hall.DonationSummary{}, err
	}
	sum, err := c.Store.Donations(ctx, year)
	sum.NextThanksgiving = hall.NextThanksgiving(today, vs.ThanksgivingDay)
	return sum, err
}

// RecordDonation records a donation and returns its year's donations and totals.
func (s *PairService) RecordDonation(in hall.DonationInput) (hall.DonationSummary, error) {
	return run(s.c, s.seat, hall.PermRecordVisits, func(ctx context.Context, op hall.Operator) (hall.DonationSummary, error) {
		in, fen, err := hall.CleanDonation(in, s.c.today())
		if err != nil {
			return hall.DonationSummary{}, err
		}
		if _, err := s.c.Store.CreateDonation(ctx, actor(op), in, fen); err != nil {
			return hall.DonationSummary{}, err
		}
		return s.c.donations(ctx, in.Date.Time().Year()) // a date: CleanDonation requires one
	})
}
