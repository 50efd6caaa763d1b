// Package banner is the banner console (旗县汇总): the banner's own operators, sessions, audit
// log and documents in a HallDesk store of its own, a registry of the halls, and a read-only copy
// of each hall restored from its replica, read with the hall's own report code.
package banner

import (
	"context"
	"time"

	"halldesk/backend/app"
	"halldesk/backend/hall"
	"halldesk/backend/replica"
)

// Console is the banner console of one data folder.
type Console struct {
	// Core is the banner's own: its store, operators, sessions and documents.
	Core *app.Core
	// Restore brings a hall's replica to outPath (replica.Restore; tests give a copy).
	Restore func(ctx context.Context, t replica.Target, outPath string, at time.Time) error
	// Latest says when the newest replicated state was written (replica.Latest).
	Latest func(ctx context.Context, t replica.Target) (time.Time, error)

	targets *targets
	copies  *copies
}

// New builds the console over the banner's core and data folder (the copies live in its
// halls folder, the targets' secrets in a file only its user may read) and opens the copies
// already restored there.
func New(core *app.Core, dir string) (*Console, error) {
	c := &Console{Core: core, Restore: replica.Restore, Latest: replica.Latest,
		targets: &targets{path: targetsPath(dir)}}
	c.copies = newCopies(copiesDir(dir), core.Now, core.Version, core.Log)
	halls, err := core.Store.BannerHalls(context.Background())
	if err != nil {
		return nil, err
	}
	for _, h := range halls {
		if err := c.copies.reopen(h.ID); err != nil {
			core.Log.Warn("banner: a hall's copy could not be opened", "hall", h.ID, "err", err)
		}
	}
	core.Extension = &app.Extension{Name: "banner", Services: c.Services, Permissions: MethodPermissions(),
		Roles: []hall.Role{hall.RoleAdmin, hall.RoleSupervisor, hall.RoleLeader}}
	return c, nil
}

// Close closes every hall's copy.
func (c *Console) Close() { c.copies.closeAll() }

// Services are the banner's bound services for one seat: the accounts, then its own.
func (c *Console) Services(seat *app.Seat) []any {
	return append(c.Core.AccountServices(seat), c.Own(seat)...)
}

// Own are the banner's own services for one seat (the desktop binds them for the bindings too).
func (c *Console) Own(seat *app.Seat) []any {
	return []any{&BannerService{c, seat}, &BannerHallService{c, seat}, &BannerReportService{c, seat}}
}

// serve runs a banner method for an operator whose banner role holds perm.
func serve[T any](c *Console, seat *app.Seat, perm hall.Permission, report bool, fn func(ctx context.Context, op hall.Operator) (T, error)) (T, error) {
	return app.Serve(c.Core, seat, report, func(r hall.Role) bool { return perm == "" || Can(r, perm) }, roleName, fn)
}

// roleName is the banner's name for a role, or the hall's for one the banner does not offer.
func roleName(r hall.Role) string {
	if l := RoleLabel(r); l != "" {
		return l
	}
	return r.Label()
}

// actor is who acts at the banner, for its audit log.
func actor(op hall.Operator) hall.Actor { return hall.Actor{OperatorID: op.ID, Name: op.Name} }

// BannerService tells the banner's screens who is signed in and what they may do there.
type BannerService struct {
	c    *Console
	seat *app.Seat
}

// BannerStatus is the signed-in operator's banner role and permissions, and the banner's roles.
type BannerStatus struct {
	RoleLabel   string       `json:"roleLabel"`
	Permissions []string     `json:"permissions"`
	Roles       []RoleOption `json:"roles"`
	StaleHours  int          `json:"staleHours"`
}

// Status returns the signed-in operator's banner role and permissions.
func (s *BannerService) Status() (BannerStatus, error) {
	return serve(s.c, s.seat, "", false, func(ctx context.Context, op hall.Operator) (BannerStatus, error) {
		return BannerStatus{RoleLabel: roleName(op.Role), Permissions: PermissionsOf(op.Role), Roles: Roles,
			StaleHours: int(hall.BannerStaleAfter / time.Hour)}, nil
	})
}
