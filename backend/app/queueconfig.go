package app

import (
	"context"
	"slices"

	"halldesk/backend/hall"
)

// QueueConfig is the administrator's page of the queue: groups, windows, settings, and the
// operators a window can be tied to.
type QueueConfig struct {
	Groups    []hall.QueueGroup  `json:"groups"`
	Windows   []hall.QueueWindow `json:"windows"`
	Settings  hall.QueueSettings `json:"settings"`
	Operators []WindowOperator   `json:"operators"`
}

// WindowOperator is an active operator who may serve at a window.
type WindowOperator struct {
	ID   int64  `json:"id"`
	Name string `json:"name"`
	Role string `json:"role"`
}

// Config reads the queue's groups, windows and settings.
func (s *QueueService) Config() (QueueConfig, error) {
	return run(s.c, s.seat, hall.PermManageDevices, func(ctx context.Context, op hall.Operator) (QueueConfig, error) {
		return s.c.queueConfig(ctx)
	})
}

func (c *Core) queueConfig(ctx context.Context) (QueueConfig, error) {
	var cfg QueueConfig
	var err error
	if cfg.Groups, err = c.Store.QueueGroups(ctx, false); err != nil {
		return cfg, err
	}
	if cfg.Windows, err = c.Store.QueueWindows(ctx); err != nil {
		return cfg, err
	}
	if cfg.Windows == nil {
		cfg.Windows = []hall.QueueWindow{}
	}
	if cfg.Settings, err = c.Store.QueueSettings(ctx); err != nil {
		return cfg, err
	}
	ops, err := c.Store.Operators(ctx)
	if err != nil {
		return cfg, err
	}
	cfg.Operators = []WindowOperator{}
	for _, o := range ops {
		if o.Active && o.Role.Can(hall.PermServeQueue) {
			cfg.Operators = append(cfg.Operators, WindowOperator{ID: o.ID, Name: o.Name, Role: o.Role.Label()})
		}
	}
	return cfg, nil
}

// SaveGroup adds (ID 0) or changes a queue group with its catalog items.
func (s *QueueService) SaveGroup(g hall.QueueGroup) (QueueConfig, error) {
	return run(s.c, s.seat, hall.PermManageDevices, func(ctx context.Context, op hall.Operator) (QueueConfig, error) {
		if err := g.Check(); err != nil {
			return QueueConfig{}, err
		}
		if _, err := s.c.Store.SaveQueueGroup(ctx, actor(op), g); err != nil {
			return QueueConfig{}, err
		}
		s.c.publish(hall.HallEvent{Kind: EventQueue})
		return s.c.queueConfig(ctx)
	})
}

// SaveWindow adds (Version 0) or changes a window: its name, groups and operator.
func (s *QueueService) SaveWindow(w hall.QueueWindow) (QueueConfig, error) {
	return run(s.c, s.seat, hall.PermManageDevices, func(ctx context.Context, op hall.Operator) (QueueConfig, error) {
		if err := w.Check(); err != nil {
			return QueueConfig{}, err
		}
		if w.OperatorID != 0 {
			ops, err := s.c.Store.Operators(ctx)
			if err != nil {
				return QueueConfig{}, err
			}
			i := slices.IndexFunc(ops, func(o hall.Operator) bool { return o.ID == w.OperatorID })
			if i < 0 || !ops[i].Active || !ops[i].Role.Can(hall.PermServeQueue) {
				return QueueConfig{}, hall.Invalid("operatorId", "只能绑定在岗的窗口工作人员")
			}
		}
		if err := s.c.Store.SaveQueueWindow(ctx, actor(op), w); err != nil {
			return QueueConfig{}, err
		}
		s.c.publish(hall.HallEvent{Kind: EventQueue})
		return s.c.queueConfig(ctx)
	})
}

// SaveSettings changes the queue's settings (the spoken call text, the kiosk's timeout, the
// ticket paper).
func (s *QueueService) SaveSettings(qs hall.QueueSettings) (QueueConfig, error) {
	return run(s.c, s.seat, hall.PermManageDevices, func(ctx context.Context, op hall.Operator) (QueueConfig, error) {
		if err := qs.Check(); err != nil {
			return QueueConfig{}, err
		}
		if err := s.c.Store.SaveQueueSettings(ctx, actor(op), qs); err != nil {
			return QueueConfig{}, err
		}
		s.c.publish(hall.HallEvent{Kind: EventQueue})
		return s.c.queueConfig(ctx)
	})
}
