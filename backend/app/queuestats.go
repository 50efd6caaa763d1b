package app

import (
	"context"

	"halldesk/backend/hall"
)

// Queue returns the dashboard's queue figures of a period: tickets per day and per hour, wait
// and service times (average and 90th percentile) for the hall, by group and by window, the
// no-shows, who waits now, and the citizens' ratings of the tickets served with no case by
// window and by clerk.
func (s *DashboardService) Queue(p hall.Period) (hall.QueueFigures, error) {
	return runReport(s.c, s.seat, hall.PermViewReports, func(ctx context.Context, _ hall.Operator) (hall.QueueFigures, error) {
		return s.c.queueFigures(ctx, p)
	})
}

// queueFigures are the queue figures of a period, for Queue and for the banner on a hall's copy.
func (c *Core) queueFigures(ctx context.Context, p hall.Period) (hall.QueueFigures, error) {
	p, err := p.Clean()
	if err != nil {
		return hall.QueueFigures{}, err
	}
	tickets, err := c.Store.QueueTicketTimes(ctx, p)
	if err != nil {
		return hall.QueueFigures{}, err
	}
	waiting, err := c.Store.TicketsWaiting(ctx, hall.DateOf(c.today()))
	if err != nil {
		return hall.QueueFigures{}, err
	}
	ratings, err := c.Store.TicketRatingCounts(ctx, p)
	if err != nil {
		return hall.QueueFigures{}, err
	}
	out := hall.SummarizeQueue(p, tickets, waiting)
	out.Ratings = hall.SummarizeTicketRatings(ratings)
	return out, nil
}
