package app

// DashboardService serves the supervision dashboard (督导), its drill-down lists and the scorecards (考评).
type DashboardService struct {
	c    *Core
	seat *Seat
}
