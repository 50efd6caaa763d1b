package app

// BriefingService serves the monthly work briefing (工作简报).
type BriefingService struct {
	c    *Core
	seat *Seat
}
