package app

import (
	"context"
	"runtime"

	"halldesk/backend/hall"
)

// About is what the 关于 dialog shows an IT person: which build runs, on which data.
type About struct {
	Version       string `json:"version"`
	DataDir       string `json:"dataDir"` // empty for operators who may not see it
	SchemaVersion int    `json:"schemaVersion"`
	CalendarYears []int  `json:"calendarYears"`
	Platform      string `json:"platform"`
}

// About reports the version, the data folder (to the administrator only: it names a user's
// folder), the database schema version and the working-day calendar years loaded.
func (s *SystemService) About() (About, error) {
	return run(s.c, s.seat, "", func(ctx context.Context, op hall.Operator) (About, error) {
		a := About{Version: s.c.Version, Platform: runtime.GOOS + "/" + runtime.GOARCH, CalendarYears: []int{}}
		if op.Role.Can(hall.PermManageSettings) {
			a.DataDir = s.c.DataDir
		}
		var err error
		if a.SchemaVersion, err = s.c.Store.SchemaVersion(ctx); err != nil {
			return a, err
		}
		years, err := s.c.calendarYears(ctx)
		if err != nil {
			return a, err
		}
		for _, y := range years {
			a.CalendarYears = append(a.CalendarYears, y.Year)
		}
		return a, nil
	})
}
