package app

import (
	"context"
	"time"

	"halldesk/backend/hall"
)

// SystemService answers before login: is the hall set up, what is it called, who is signed in.
type SystemService struct {
	c    *Core
	seat *Seat
}

// Status is what the frontend needs at start: setup done, the hall's name, the signed-in operator.
type Status struct {
	NeedsSetup  bool           `json:"needsSetup"`
	HallName    string         `json:"hallName"`
	Township    string         `json:"township"`
	Version     string         `json:"version"`
	Operator    *hall.Operator `json:"operator"`
	Permissions []string       `json:"permissions"`
	IdleMinutes int            `json:"idleMinutes"`
	// IdleSeconds is the idle time the server applies to sessions (the setting, or a pinned one).
	IdleSeconds int       `json:"idleSeconds"`
	Today       hall.Date `json:"today" ts_type:"string"`
	// BackupWarning is set, for an operator who manages backups, when the last backup is old.
	BackupWarning string `json:"backupWarning"`
	// ReplicaWarning is set, for the same operator, when nothing reached the banner for a day.
	ReplicaWarning string `json:"replicaWarning"`
	// Console names the program when it is not the hall's desk ("banner": the banner console).
	Console string `json:"console"`
}

// Status reports the hall's state and the seat's operator, if any.
func (s *SystemService) Status() (Status, error) {
	return guard(s.c, func(ctx context.Context) (Status, error) {
		setUp, err := s.c.Store.IsSetUp(ctx)
		if err != nil {
			return Status{}, err
		}
		hs, err := s.c.Store.Settings(ctx)
		if err != nil {
			return Status{}, err
		}
		st := Status{NeedsSetup: !setUp, HallName: hs.HallName, Township: hs.Township, Version: s.c.Version,
			IdleMinutes: hs.IdleMinutes, IdleSeconds: int(s.c.Sessions.Idle() / time.Second), Permissions: []string{}, Today: hall.DateOf(s.c.Now())}
		if s.c.Extension != nil {
			st.Console = s.c.Extension.Name
		}
		if op, err := s.c.Sessions.Require(ctx, s.c.Store, s.seat, ""); err == nil {
			st.Operator = &op
			st.Permissions = hall.PermissionsOf(op.Role)
			if op.Role.Can(hall.PermManageBackups) {
				st.BackupWarning = s.c.backupWarning()
				st.ReplicaWarning = s.c.replicaWarning()
			}
		}
		return st, nil
	})
}

// Setup does the first-start setup: the hall's details and the first administrator, who is
// signed in at once. A hall already set up is refused before anything is hashed (the store
// refuses again inside its transaction, for two setups at once).
func (s *SystemService) Setup(in hall.SetupInput) (Status, error) {
	_, err := guard(s.c, func(ctx context.Context) (Empty, error) {
		if done, err := s.c.Store.IsSetUp(ctx); err != nil {
			return Empty{}, err
		} else if done {
			return Empty{}, hall.Conflict("本大厅已完成初始设置，请直接登录")
		}
		hs, err := in.Hall.Clean()
		if err != nil {
			return Empty{}, err
		}
		in.Admin.Role = hall.RoleAdmin
		admin, err := in.Admin.Clean(true)
		if err != nil {
			return Empty{}, err
		}
		hash, err := s.c.hash(admin.Password)
		if err != nil {
			return Empty{}, err
		}
		op, err := s.c.Store.Setup(ctx, hs, admin, hash)
		if err != nil {
			return Empty{}, err
		}
		s.c.Sessions.SetIdle(time.Duration(hs.IdleMinutes) * time.Minute)
		s.c.Sessions.Start(s.seat, op.ID)
		return Empty{}, nil
	})
	if err != nil {
		return Status{}, err
	}
	return s.Status()
}

// Settings returns the hall's settings to any signed-in operator.
func (s *SystemService) Settings() (hall.HallSettings, error) {
	return run(s.c, s.seat, "", func(ctx context.Context, _ hall.Operator) (hall.HallSettings, error) {
		return s.c.Store.Settings(ctx)
	})
}

// SaveSettings changes the hall's settings (administrator).
func (s *SystemService) SaveSettings(in hall.HallSettings) (hall.HallSettings, error) {
	return run(s.c, s.seat, hall.PermManageSettings, func(ctx context.Context, op hall.Operator) (hall.HallSettings, error) {
		hs, err := in.Clean()
		if err != nil {
			return hs, err
		}
		if err := s.c.Store.SaveSettings(ctx, actor(op), hs); err != nil {
			return hs, err
		}
		s.c.Sessions.SetIdle(time.Duration(hs.IdleMinutes) * time.Minute)
		return hs, nil
	})
}

// ReportReady is called by the frontend once its first screen is drawn; the desktop smoke
// test waits for it to prove that the window loaded the UI and a binding answered.
func (s *SystemService) ReportReady(screen string) (Empty, error) {
	return guard(s.c, func(ctx context.Context) (Empty, error) {
		if len(screen) > 64 {
			screen = screen[:64]
		}
		s.c.Log.Info("frontend ready", "screen", screen)
		s.c.shown.fire()
		if s.c.OnReady != nil {
			s.c.OnReady(screen)
		}
		return Empty{}, nil
	})
}
