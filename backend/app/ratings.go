package app

import (
	"context"

	"halldesk/backend/hall"
)

// RatingService is the staff's side of the citizen's 好差评 rating: a case's ratings with their
// callbacks and reviews; supervisors enter paper cards and phone callbacks and record the
// callbacks on a bad rating, propose a review of a malicious one; leaders decide reviews. The
// clerk no longer enters a rating: the citizen rates on the window's pad (RatingPadService).
type RatingService struct {
	c    *Core
	seat *Seat
}

// EventRate is the kind of the event that asks a window's pad for the citizen's rating.
const EventRate = "rate"

// requestRating asks the pad at op's window for the citizen's rating of what op just served:
// it opens the request and publishes it (Kind "rate", Window = op's window). It does nothing
// when op's seat is tied to no window.
func (c *Core) requestRating(ctx context.Context, op hall.Operator, req hall.RatingRequest) error {
	w, ok, err := c.Store.OperatorWindow(ctx, op.ID)
	if err != nil || !ok {
		return err
	}
	hs, err := c.Store.Settings(ctx)
	if err != nil {
		return err
	}
	req.HallName, req.ClerkID, req.ClerkName, req.ClerkNo = hs.HallName, op.ID, op.Name, op.Username
	req.Window, req.Content = w.No, hall.OfflineContent
	if req.ID, err = c.Store.RequestRating(ctx, actor(op), req); err != nil {
		return err
	}
	r, _, err := c.Store.PendingRating(ctx, w.No)
	if err != nil {
		return err
	}
	req.At = r.RequestedAt
	c.publish(hall.HallEvent{Kind: EventRate, Window: w.No, Data: req})
	return nil
}

// rateAfter asks for the citizen's rating when a case step ends a service with the citizen at
// the window: an instant case done on the spot (办结), or any other case's result told face to
// face (当面反馈). A failed request does not undo the step; it is logged.
func (c *Core) rateAfter(ctx context.Context, op hall.Operator, in hall.TransitionInput, cs hall.CaseRecord) {
	instantDone := in.Action == hall.ActComplete && cs.Ledger == hall.LedgerInstant
	toldAtWindow := in.Action == hall.ActFeedback && cs.Ledger != hall.LedgerInstant && in.FeedbackMethod == "当面"
	if !instantDone && !toldAtWindow {
		return
	}
	err := c.requestRating(ctx, op, hall.RatingRequest{CaseID: cs.ID, Item: cs.ItemName})
	if err != nil && c.Log != nil {
		c.Log.Error("rating request", "case", cs.ID, "err", err)
	}
}

// ForCase lists a case's ratings, every channel, with their callbacks and reviews.
func (s *RatingService) ForCase(caseID int64) ([]hall.Rating, error) {
	return run(s.c, s.seat, hall.PermViewCases, func(ctx context.Context, op hall.Operator) ([]hall.Rating, error) {
		return s.c.caseRatings(ctx, caseID)
	})
}

func (c *Core) caseRatings(ctx context.Context, caseID int64) ([]hall.Rating, error) {
	list, err := c.Store.CaseRatings(ctx, caseID)
	for i := range list {
		list[i] = list[i].Label()
	}
	return list, err
}

// Enter records a rating a supervisor enters for a case: a paper card with its number, or the
// citizen's answer on a phone callback. The case becomes 已评价 (hall.RateCase).
func (s *RatingService) Enter(in hall.RatingEntry) (hall.Case, error) {
	return run(s.c, s.seat, hall.PermRecordRatings, func(ctx context.Context, op hall.Operator) (hall.Case, error) {
		in, err := in.Clean()
		if err != nil {
			return hall.Case{}, err
		}
		rec, _, err := s.c.Store.Case(ctx, in.CaseID)
		if err != nil {
			return hall.Case{}, err
		}
		ch, err := s.c.rateCase(ctx, rec, in.Level, in.Channel, in.Comment, rec.HandlerName)
		if err != nil {
			return hall.Case{}, err
		}
		r := hall.Rating{CaseID: rec.ID, Level: in.Level, Indicators: hall.IndicatorsAt(in.Indicators, in.Level),
			Comment: in.Comment, Channel: in.Channel, CardNo: in.CardNo, ClerkID: rec.HandlerID, ClerkName: rec.HandlerName,
			Item: rec.ItemName, ContentVersion: hall.OfflineContent.Version}
		if _, err := s.c.Store.AddRating(ctx, actor(op), r, &ch); err != nil {
			return hall.Case{}, err
		}
		return s.c.caseView(ctx, rec.ID, op.Role)
	})
}

// rateCase is the change a rating makes to its case, on the hall's calendar and limit.
func (c *Core) rateCase(ctx context.Context, rec hall.CaseRecord, level int, ch hall.RatingChannel, comment, clerk string) (hall.CaseChange, error) {
	cal, days, err := c.remedyRule(ctx)
	if err != nil {
		return hall.CaseChange{}, err
	}
	return hall.RateCase(rec, level, ch, comment, clerk, cal, days, c.Now())
}

// remedyRule is what a bad rating's rectification deadline is counted on: the hall's calendar
// and its limit in working days (a setting).
func (c *Core) remedyRule(ctx context.Context) (hall.CaseCalendar, int, error) {
	cal, err := c.calendar(ctx)
	if err != nil {
		return nil, 0, err
	}
	hs, err := c.Store.Settings(ctx)
	return cal, hs.RemedyDays, err
}

// Callback records a callback on a bad rating (when, what was done, the citizen's new rating);
// the case's rectification record follows it, and a resolved one ends the rectification.
func (s *RatingService) Callback(in hall.CallbackInput) (hall.Rating, error) {
	return run(s.c, s.seat, hall.PermRecordRatings, func(ctx context.Context, op hall.Operator) (hall.Rating, error) {
		in, err := in.Clean(s.c.today())
		if err != nil {
			return hall.Rating{}, err
		}
		r, err := s.c.Store.Rating(ctx, in.RatingID)
		if err != nil {
			return r, err
		}
		if err := hall.CheckCallback(r); err != nil {
			return r, err
		}
		var change *hall.CaseChange
		if r.CaseID > 0 {
			rec, _, err := s.c.Store.Case(ctx, r.CaseID)
			if err != nil {
				return r, err
			}
			after := hall.RemedyAfterCallback(rec, in)
			change = &hall.CaseChange{Case: after, Version: rec.Version,
				Entry: hall.CaseEntry{Action: hall.ActRemedy, From: rec.Status, To: rec.Status, Note: in.Done}}
		}
		cb := hall.RatingCallback{RatingID: r.ID, On: in.On, Done: in.Done, NewLevel: in.NewLevel, Resolved: in.Resolved}
		if err := s.c.Store.AddCallback(ctx, actor(op), cb, change); err != nil {
			return r, err
		}
		r, err = s.c.Store.Rating(ctx, r.ID)
		return r.Label(), err
	})
}

// ProposeReview is a supervisor's proposal that a bad rating was malicious (恶意差评复核).
func (s *RatingService) ProposeReview(in hall.ReviewProposal) (hall.Rating, error) {
	return run(s.c, s.seat, hall.PermProposeReview, func(ctx context.Context, op hall.Operator) (hall.Rating, error) {
		in, err := in.Clean()
		if err != nil {
			return hall.Rating{}, err
		}
		r, err := s.c.Store.Rating(ctx, in.RatingID)
		if err != nil {
			return r, err
		}
		if err := hall.CheckProposal(r); err != nil {
			return r, err
		}
		if _, err := s.c.Store.ProposeReview(ctx, actor(op), r.ID, in.Reason); err != nil {
			return r, err
		}
		r, err = s.c.Store.Rating(ctx, r.ID)
		return r.Label(), err
	})
}

// DecideReview is a leader's decision on a proposed review; only an approval takes the rating out
// of the satisfaction rate.
func (s *RatingService) DecideReview(in hall.ReviewDecision) (hall.Rating, error) {
	return run(s.c, s.seat, hall.PermDecideReview, func(ctx context.Context, op hall.Operator) (hall.Rating, error) {
		in, err := in.Clean()
		if err != nil {
			return hall.Rating{}, err
		}
		rv, err := s.c.Store.Review(ctx, in.ReviewID)
		if err != nil {
			return hall.Rating{}, err
		}
		if err := hall.CheckDecision(rv); err != nil {
			return hall.Rating{}, err
		}
		if err := s.c.Store.DecideReview(ctx, actor(op), rv.ID, in.Approve, in.Reason); err != nil {
			return hall.Rating{}, err
		}
		r, err := s.c.Store.Rating(ctx, rv.RatingID)
		return r.Label(), err
	})
}

// BadTickets lists the bad ratings of tickets served with no case (办结 at the window) for the
// supervisor's rectification: the period's, and every one still open whatever its day. A
// callback and a review take the rating's id like a case's rating does (Callback, ProposeReview,
// DecideReview).
func (s *RatingService) BadTickets(p hall.Period) ([]hall.TicketRating, error) {
	return run(s.c, s.seat, hall.PermViewReports, func(ctx context.Context, _ hall.Operator) ([]hall.TicketRating, error) {
		p, err := p.Clean()
		if err != nil {
			return nil, err
		}
		list, err := s.c.Store.TicketBadRatings(ctx, p)
		for i := range list {
			list[i].Rating = list[i].Rating.Label()
		}
		return list, err
	})
}
