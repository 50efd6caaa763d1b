package banner

import (
	"context"
	"errors"
	"strconv"
	"time"

	"halldesk/backend/app"
	"halldesk/backend/hall"
	"halldesk/backend/replica"
)

// BannerHallService keeps the registry of halls and refreshes their read-only copies.
type BannerHallService struct {
	c    *Console
	seat *app.Seat
}

// HallForm is one hall as the administrator edits it: its name, township and replica target
// (secrets masked: a masked secret left as it is keeps the saved one).
type HallForm struct {
	Hall   hall.BannerHallInput `json:"hall"`
	Target replica.Target       `json:"target"`
}

// List returns the halls with how fresh each copy is; a hall whose newest state is over a day
// old (or that never arrived) is flagged stale.
func (s *BannerHallService) List() ([]hall.BannerHall, error) {
	return serve(s.c, s.seat, PermView, false, func(ctx context.Context, _ hall.Operator) ([]hall.BannerHall, error) {
		return s.c.halls(ctx)
	})
}

func (c *Console) halls(ctx context.Context) ([]hall.BannerHall, error) {
	list, err := c.Core.Store.BannerHalls(ctx)
	now := c.Core.Now()
	for i := range list {
		list[i].Mark(now)
	}
	return list, err
}

// Get returns one hall's form with its target's secrets masked.
func (s *BannerHallService) Get(id int64) (HallForm, error) {
	return serve(s.c, s.seat, PermManage, false, func(ctx context.Context, _ hall.Operator) (HallForm, error) {
		h, err := s.c.Core.Store.BannerHall(ctx, id)
		if err != nil {
			return HallForm{}, err
		}
		t, err := s.c.targets.get(id)
		return HallForm{Hall: hall.BannerHallInput{ID: h.ID, Name: h.Name, Township: h.Township}, Target: t.Masked()}, err
	})
}

// Save adds or changes a hall and its replica's target (checked, secrets kept apart), audited
// without the secrets.
func (s *BannerHallService) Save(in HallForm) (hall.BannerHall, error) {
	return serve(s.c, s.seat, PermManage, false, func(ctx context.Context, op hall.Operator) (hall.BannerHall, error) {
		h, err := in.Hall.Clean()
		if err != nil {
			return hall.BannerHall{}, err
		}
		t := in.Target
		if h.ID != 0 {
			saved, err := s.c.targets.get(h.ID)
			if err != nil {
				return hall.BannerHall{}, err
			}
			t = t.KeepSecrets(saved)
		}
		if err := t.Check(); err != nil {
			return hall.BannerHall{}, err
		}
		id, err := s.c.Core.Store.SaveBannerHall(ctx, actor(op), h, t.Kind, place(t))
		if err != nil {
			return hall.BannerHall{}, err
		}
		if err := s.c.targets.set(id, &t); err != nil {
			return hall.BannerHall{}, err
		}
		out, err := s.c.Core.Store.BannerHall(ctx, id)
		out.Mark(s.c.Core.Now())
		return out, err
	})
}

// Remove takes a hall off the registry and deletes its copy, audited.
func (s *BannerHallService) Remove(id int64) (app.Empty, error) {
	return serve(s.c, s.seat, PermManage, false, func(ctx context.Context, op hall.Operator) (app.Empty, error) {
		if err := s.c.Core.Store.DeleteBannerHall(ctx, actor(op), id); err != nil {
			return app.Empty{}, err
		}
		s.c.copies.drop(id)
		return app.Empty{}, s.c.targets.set(id, nil)
	})
}

// Check checks a target's form and then whether its replica can be read (the newest state's time).
func (s *BannerHallService) Check(in HallForm) (hall.BannerHall, error) {
	return serve(s.c, s.seat, PermManage, false, func(ctx context.Context, _ hall.Operator) (hall.BannerHall, error) {
		t := in.Target
		if in.Hall.ID != 0 {
			saved, err := s.c.targets.get(in.Hall.ID)
			if err != nil {
				return hall.BannerHall{}, err
			}
			t = t.KeepSecrets(saved)
		}
		if err := t.Check(); err != nil {
			return hall.BannerHall{}, err
		}
		at, err := s.c.Latest(ctx, t)
		if err != nil {
			return hall.BannerHall{}, unreachable(err)
		}
		out := hall.BannerHall{Kind: t.Kind, Where: place(t), ReplicatedAt: at.UTC().Format(time.RFC3339)}
		out.Mark(s.c.Core.Now())
		return out, nil
	})
}

// Refresh restores a hall's copy afresh from its replica (every hall with id 0) and returns the
// halls as they now stand; a hall that fails keeps its former copy and shows why.
func (s *BannerHallService) Refresh(id int64) ([]hall.BannerHall, error) {
	return serve(s.c, s.seat, PermView, false, func(ctx context.Context, op hall.Operator) ([]hall.BannerHall, error) {
		list, err := s.c.Core.Store.BannerHalls(ctx)
		if err != nil {
			return nil, err
		}
		n := 0
		for _, h := range list {
			if id != 0 && h.ID != id {
				continue
			}
			n++
			s.c.refresh(ctx, h.ID)
		}
		if id != 0 && n == 0 {
			return nil, hall.NotFound("没有这个服务大厅")
		}
		if err := s.c.Core.Store.Audit(ctx, actor(op), hall.ActRefresh, "旗县汇总数据副本", id, strconv.Itoa(n)+"个服务大厅"); err != nil {
			return nil, err
		}
		return s.c.halls(ctx)
	})
}

// refresh restores hall id's copy from its replica and records how it went.
func (c *Console) refresh(ctx context.Context, id int64) {
	t, err := c.targets.get(id)
	var at time.Time
	if err == nil {
		if at, err = c.Latest(ctx, t); err == nil {
			err = c.copies.refresh(id, func(out string) error { return c.Restore(ctx, t, out, time.Time{}) })
		}
	}
	failure, stamp := "", ""
	if err != nil {
		c.Core.Log.Warn("banner: refresh of a hall's copy failed", "hall", id, "err", err)
		failure = unreachable(err).Error()
	} else {
		stamp = at.UTC().Format(time.RFC3339)
	}
	if err := c.Core.Store.MarkBannerHall(ctx, id, stamp, failure); err != nil {
		c.Core.Log.Warn("banner: recording a refresh", "hall", id, "err", err)
	}
}

// unreachable keeps a replica's own Chinese message, or says plainly that it could not be read.
func unreachable(err error) error {
	if e := hall.AsError(err); e != nil {
		return e
	}
	if u := (*replica.Unreachable)(nil); errors.As(err, &u) {
		return hall.Conflict(u.Error())
	}
	return hall.Conflict("无法读取该服务大厅的副本，请检查地址、账号和网络")
}

// place describes where a target's replica lives, without its secrets.
func place(t replica.Target) string {
	switch t.Kind {
	case replica.KindSFTP:
		port := ""
		if t.Port != 0 {
			port = ":" + strconv.Itoa(t.Port)
		}
		return "sftp://" + t.User + "@" + t.Host + port + "/" + trimSlash(t.Path)
	case replica.KindS3:
		return "s3://" + t.Bucket + "/" + trimSlash(t.Path) + endpoint(t.Endpoint)
	case replica.KindWebDAV:
		return t.URL + "/" + trimSlash(t.Path)
	}
	return t.Path
}

func endpoint(e string) string {
	if e == "" {
		return ""
	}
	return "（" + e + "）"
}

func trimSlash(p string) string {
	for len(p) > 0 && p[0] == '/' {
		p = p[1:]
	}
	return p
}
