package app

import (
	"context"

	"halldesk/backend/hall"
)

// CatalogService is the hall's service catalog (事项目录) with each item's guide (办事指南).
// Every signed-in operator reads it; the administrator edits it. Items are never deleted.
type CatalogService struct {
	c    *Core
	seat *Seat
}

// List returns the catalog by category; inactive items too when includeInactive.
func (s *CatalogService) List(includeInactive bool) ([]hall.ServiceItem, error) {
	return run(s.c, s.seat, "", func(ctx context.Context, _ hall.Operator) ([]hall.ServiceItem, error) {
		return s.c.Store.ServiceItems(ctx, includeInactive)
	})
}

// Get returns one item, active or not.
func (s *CatalogService) Get(id int64) (hall.ServiceItem, error) {
	return run(s.c, s.seat, "", func(ctx context.Context, _ hall.Operator) (hall.ServiceItem, error) {
		return s.c.Store.ServiceItem(ctx, id)
	})
}

// Save adds (ID 0) or edits an item, deactivation included (administrator), and returns it as
// stored. Open cases keep their own snapshot, so an edit never changes them.
func (s *CatalogService) Save(item hall.ServiceItem) (hall.ServiceItem, error) {
	return run(s.c, s.seat, hall.PermManageCatalog, func(ctx context.Context, op hall.Operator) (hall.ServiceItem, error) {
		item, err := item.Clean()
		if err != nil {
			return hall.ServiceItem{}, err
		}
		id, err := s.c.Store.SaveServiceItem(ctx, actor(op), item)
		if err != nil {
			return hall.ServiceItem{}, err
		}
		return s.c.Store.ServiceItem(ctx, id)
	})
}
