// Package app holds the services bound to the frontend, in the desktop window through Wails and
// in browser mode through httpapi. Each method checks the operator's permission on the server,
// calls the rules in hall and the store, and never leaks an internal error to the user.
package app

import (
	"context"
	"fmt"
	"log/slog"
	"runtime/debug"
	"time"

	"halldesk/backend/backup"
	"halldesk/backend/hall"
	"halldesk/backend/sqlite"
)

// Core holds what every service needs. One Core per process; services are cheap views of it
// bound to one Seat.
type Core struct {
	Store    *sqlite.Store
	Now      func() time.Time
	Version  string
	Log      *slog.Logger
	Sessions *Sessions
	// OnReady, when set, is called when the frontend reports that a screen has loaded.
	OnReady func(screen string)
	// Desktop is set by the desktop shell; PrintDir is where it saves printed documents.
	Desktop  Desktop
	PrintDir string
	// DataDir is the data folder, shown in the About dialog.
	DataDir string
	// Backups keeps the data folder's backups (nil: backups are off, as in most tests);
	// BackupURL is, in browser mode, where a backup of the folder is downloaded (+ its name).
	Backups   *backup.Manager
	BackupURL string
	// Replication streams the database to the banner (nil: off, as in most tests; replication.go).
	Replication *Replication
	// OnPassword, when set, hears of every bcrypt computation (tests count them).
	OnPassword func(PasswordEvent)

	cal    calendarCache
	duties dutyCache
	pw     passwords
	// shown is closed when the frontend reports its first screen (startup.go).
	shown firstScreen

	// Hub passes the hall's events to the call screen, the pads and the counters.
	Hub *Hub
	// LAN is how this program serves the hall's network (network.go).
	LAN LANHost

	// searches counts each operator's searches by ID or phone number (numbersearch.go).
	searches numberSearches
	// lookups counts each lookup device's wrong query codes (lookup.go).
	lookups lookupMisses
	// reports lets report-class calls run a few at a time so they never starve the counters
	// (reportgate.go).
	reports reportGate
	// counters lets the other calls run a few at a time, so that the writer keeps its share of
	// the cores (countergate.go).
	counters counterGate

	// Extension, when set, serves another program's services instead of the hall's (extension.go).
	Extension *Extension
}

// NewCore builds the core with an empty session table.
func NewCore(store *sqlite.Store, now func() time.Time, version string, log *slog.Logger) *Core {
	return &Core{Store: store, Now: now, Version: version, Log: log, Sessions: NewSessions(now), Hub: NewHub()}
}

// Services returns every bound service for one seat, in binding order.
func (c *Core) Services(seat *Seat) []any {
	if c.Extension != nil {
		return c.Extension.Services(seat)
	}
	return []any{
		&SystemService{c, seat},
		&AuthService{c, seat},
		&OperatorService{c, seat},
		&PlaceService{c, seat},
		&ResidentService{c, seat},
		&HouseholdService{c, seat},
		&AuditService{c, seat},
		&CatalogService{c, seat},
		&CalendarService{c, seat},
		&CaseService{c, seat},
		&CadreService{c, seat},
		&PrintService{c, seat},
		&PetitionService{c, seat},
		&VisitService{c, seat},
		&CoverageService{c, seat},
		&ActivityService{c, seat},
		&PairService{c, seat},
		&BackupService{c, seat},
		&DashboardService{c, seat},
		&ExportService{c, seat},
		&ImportService{c, seat},
		&OutreachService{c, seat},
		&BriefingService{c, seat},
		&DeviceService{c, seat},
		&RatingService{c, seat},
		&RatingPadService{c, seat},
		&QueueService{c, seat},
		&LookupService{c, seat},
		&DocumentService{c, seat},
		&ReplicaService{c, seat},
	}
}

// run is the edge of every bound method: it checks the login and the permission (perm "" means
// any signed-in operator), recovers a panic, and turns unexpected errors into the generic message.
func run[T any](c *Core, seat *Seat, perm hall.Permission, fn func(ctx context.Context, op hall.Operator) (T, error)) (res T, err error) {
	return guard(c, func(ctx context.Context) (T, error) { return signedIn(ctx, c, seat, perm, fn) })
}

// signedIn runs fn for the operator signed in at seat, when they hold perm.
func signedIn[T any](ctx context.Context, c *Core, seat *Seat, perm hall.Permission, fn func(ctx context.Context, op hall.Operator) (T, error)) (res T, err error) {
	ctx = withSeat(ctx, seat)
	op, err := c.Sessions.Require(ctx, c.Store, seat, perm)
	if err != nil {
		return res, err
	}
	return fn(ctx, op)
}

// guard recovers panics and hides internal errors, and runs fn in its turn among the counter
// calls (countergate.go); it is run without a login check by the few methods that work before
// login (setup, login, status).
func guard[T any](c *Core, fn func(ctx context.Context) (T, error)) (res T, err error) {
	defer c.counters.enter()()
	return recovered(c, fn)
}

// recovered recovers panics and hides internal errors.
func recovered[T any](c *Core, fn func(ctx context.Context) (T, error)) (res T, err error) {
	defer func() {
		if p := recover(); p != nil {
			c.Log.Error("panic in service", "panic", fmt.Sprint(p), "stack", string(debug.Stack()))
			var zero T
			res, err = zero, hall.Internal()
		}
	}()
	res, err = fn(context.Background())
	if sqlite.IsDiskFull(err) && hall.AsError(err) == nil {
		// Not an internal fault: the save was one transaction and wrote nothing, and the same
		// call succeeds once space is freed.
		c.Log.Warn("disk full", "err", err)
		err = hall.DiskFull()
	} else if err != nil && hall.AsError(err) == nil {
		c.Log.Error("service error", "err", err)
		err = hall.Internal()
	} else if e := hall.AsError(err); e != nil && e.Code == hall.CodeInternal {
		c.Log.Error("service error", "err", err)
	}
	return res, err
}

// publish stamps ev with the time and hands it to the hub's listeners.
func (c *Core) publish(ev hall.HallEvent) hall.HallEvent {
	ev.At = c.Now().UTC().Format(time.RFC3339)
	return c.Hub.Publish(ev)
}

func actor(op hall.Operator) hall.Actor { return hall.Actor{OperatorID: op.ID, Name: op.Name} }

// Empty is returned by methods that have nothing to say but success.
type Empty struct{}

// ServiceOf returns the service of type T bound to seat (the zero value if none is bound).
func ServiceOf[T any](c *Core, seat *Seat) T {
	for _, s := range c.Services(seat) {
		if svc, ok := s.(T); ok {
			return svc
		}
	}
	var zero T
	return zero
}

// SignedInSeat returns a new seat on which the operator is already signed in, for tools that
// act as an operator without a password, such as the demo data generator.
func (c *Core) SignedInSeat(operatorID int64) *Seat {
	seat := NewSeat("")
	c.Sessions.Start(seat, operatorID)
	return seat
}
