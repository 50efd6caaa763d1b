package app

import (
	"context"

	"halldesk/backend/hall"
)

// RatingPadService is what a window's rating pad (评价器) calls: the request open at its window
// (a pad that reloads shows it again), the citizen's answer, and 未评价 when nobody touched it.
// Every action is audited under the pad's name.
type RatingPadService struct {
	c    *Core
	seat *Seat
}

var padOnly = []hall.DeviceRole{hall.DevicePad}

// Current is the request open at the pad's window, or an empty one (ID 0) when there is none.
func (s *RatingPadService) Current() (hall.RatingRequest, error) {
	return runDevice(s.c, s.seat, padOnly, func(ctx context.Context, dev hall.Device) (hall.RatingRequest, error) {
		r, ok, err := s.c.Store.PendingRating(ctx, dev.Window)
		if err != nil || !ok {
			return hall.RatingRequest{}, err
		}
		hs, err := s.c.Store.Settings(ctx)
		if err != nil {
			return hall.RatingRequest{}, err
		}
		return hall.RatingRequest{ID: r.ID, HallName: hs.HallName, ClerkID: r.ClerkID, ClerkName: r.ClerkName, ClerkNo: r.ClerkNo,
			Item: r.Item, CaseID: r.CaseID, TicketID: r.TicketID, Window: r.Window, At: r.RequestedAt, Content: hall.OfflineContent}, nil
	})
}

// Submit records the citizen's answer to the pad's open request; a rating of a case rates the
// case (hall.RateCase) in the same transaction.
func (s *RatingPadService) Submit(in hall.PadAnswer) (Empty, error) {
	return runDevice(s.c, s.seat, padOnly, func(ctx context.Context, dev hall.Device) (Empty, error) {
		in, err := in.Clean()
		if err != nil {
			return Empty{}, err
		}
		r, err := s.openRequest(ctx, dev, in.RequestID)
		if err != nil {
			return Empty{}, err
		}
		ans := hall.Rating{Level: in.Level, Indicators: hall.IndicatorsAt(in.Indicators, in.Level), Comment: in.Comment,
			DeviceName: dev.Name, ContentVersion: hall.OfflineContent.Version}
		var change *hall.CaseChange
		if r.CaseID > 0 {
			rec, _, err := s.c.Store.Case(ctx, r.CaseID)
			if err != nil {
				return Empty{}, err
			}
			ch, err := s.c.rateCase(ctx, rec, in.Level, hall.ChannelPad, in.Comment, r.ClerkName)
			if hall.IsCode(err, hall.CodeConflict) { // rated meanwhile (a card entered): the request ends unanswered
				ans.Level, ans.Indicators, ans.Comment = hall.RatingUnrated, nil, ""
				if err := s.c.Store.AnswerRating(ctx, dev.Actor(), r.ID, dev.Window, ans, nil); err != nil {
					return Empty{}, err
				}
				return Empty{}, hall.Conflict("这次评价已结束，谢谢")
			}
			if err != nil {
				return Empty{}, err
			}
			change = &ch
		} else if hall.RatingIsBad(in.Level) {
			if ans.RectifyDue, err = s.c.ticketRectifyDue(ctx); err != nil {
				return Empty{}, err
			}
		}
		return Empty{}, s.c.Store.AnswerRating(ctx, dev.Actor(), r.ID, dev.Window, ans, change)
	})
}

// Timeout records 未评价 for the pad's open request: the citizen left without touching it.
func (s *RatingPadService) Timeout(requestID int64) (Empty, error) {
	return runDevice(s.c, s.seat, padOnly, func(ctx context.Context, dev hall.Device) (Empty, error) {
		r, err := s.openRequest(ctx, dev, requestID)
		if err != nil {
			return Empty{}, err
		}
		ans := hall.Rating{Level: hall.RatingUnrated, DeviceName: dev.Name, ContentVersion: hall.OfflineContent.Version}
		return Empty{}, s.c.Store.AnswerRating(ctx, dev.Actor(), r.ID, dev.Window, ans, nil)
	})
}

// openRequest is the request id when it is the one open at the pad's window.
func (s *RatingPadService) openRequest(ctx context.Context, dev hall.Device, id int64) (hall.Rating, error) {
	r, ok, err := s.c.Store.PendingRating(ctx, dev.Window)
	if err != nil {
		return r, err
	}
	if !ok || r.ID != id {
		return r, hall.Conflict("这次评价已结束，谢谢")
	}
	return r, nil
}

// ticketRectifyDue is the rectification deadline of a bad rating given today to a ticket served
// with no case.
func (c *Core) ticketRectifyDue(ctx context.Context) (hall.Date, error) {
	cal, days, err := c.remedyRule(ctx)
	if err != nil {
		return hall.Date{}, err
	}
	return hall.RemedyDueIn(cal, c.today(), days), nil
}
