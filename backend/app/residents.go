package app

import (
	"context"

	"halldesk/backend/hall"
)

// ResidentService is the registry of residents (群众). ID and phone numbers leave it masked and
// birth dates not at all (hall.Masked); the full number only through Reveal, which is
// permission-checked and audited.
type ResidentService struct {
	c    *Core
	seat *Seat
}

// mask hides the sensitive fields and fills the age; every resident returned passes through it.
func (c *Core) mask(r hall.Resident) hall.Resident {
	return hall.Masked.Resident(r, c.Now().In(hall.China))
}

// residentNumbers is what a search of the registry matches a number against, for its audit line.
const residentNumbers = "群众身份证号码或电话号码"

// Search returns one page of residents matching the query. A search by number is limited to
// what the role may search by, counted and audited (numberSearch).
func (s *ResidentService) Search(q hall.ResidentQuery) (hall.ResidentPage, error) {
	return run(s.c, s.seat, hall.PermViewResidents, func(ctx context.Context, op hall.Operator) (hall.ResidentPage, error) {
		if err := hall.CheckQuery(q.Text); err != nil {
			return hall.ResidentPage{}, err
		}
		if err := s.c.numberSearch(ctx, op, "群众", residentNumbers, q.Text); err != nil {
			return hall.ResidentPage{Items: []hall.Resident{}}, err
		}
		page, err := s.c.Store.SearchResidents(ctx, q)
		for i := range page.Items {
			page.Items[i] = s.c.mask(page.Items[i])
		}
		return page, err
	})
}

// Get returns one resident, masked.
func (s *ResidentService) Get(id int64) (hall.Resident, error) {
	return run(s.c, s.seat, hall.PermViewResidents, func(ctx context.Context, _ hall.Operator) (hall.Resident, error) {
		r, err := s.c.Store.Resident(ctx, id)
		return s.c.mask(r), err
	})
}

// InspectID explains an ID number while it is typed: valid or why not, birth date, sex, age.
func (s *ResidentService) InspectID(number string) (hall.IDInfo, error) {
	return run(s.c, s.seat, hall.PermViewResidents, func(ctx context.Context, _ hall.Operator) (hall.IDInfo, error) {
		if hall.TooLong(number, hall.MaxIDNumber) {
			return hall.IDInfo{Message: "身份证号码应为18位（旧版为15位）"}, nil
		}
		return hall.InspectID(number, s.c.Now().In(hall.China)), nil
	})
}

// Save creates (ID 0) or edits a resident. When editing, an empty ID number or phone keeps
// the stored one: the form only ever shows masked values.
func (s *ResidentService) Save(in hall.ResidentInput) (hall.Resident, error) {
	return run(s.c, s.seat, hall.PermEditResidents, func(ctx context.Context, op hall.Operator) (hall.Resident, error) {
		if in.ID > 0 {
			old, err := s.c.Store.Resident(ctx, in.ID)
			if err != nil {
				return hall.Resident{}, err
			}
			if in.IDNumber == "" && !in.NoIDNumber && old.IDNumber != "" {
				in.IDNumber = old.IDNumber
			}
			if in.Phone == "" && old.Phone != "" && !in.ClearPhone {
				in.Phone = old.Phone
			}
			// the form is never given a birth date to show: an empty one keeps the stored one
			if in.NoIDNumber && in.BirthDate.IsZero() {
				in.BirthDate = old.BirthDate
			}
		}
		clean, err := hall.CleanResident(in, s.c.Now().In(hall.China))
		if err != nil {
			return hall.Resident{}, err
		}
		id := clean.ID
		if id == 0 {
			id, err = s.c.Store.CreateResident(ctx, actor(op), clean)
		} else {
			err = s.c.Store.UpdateResident(ctx, actor(op), clean)
		}
		if err != nil {
			return hall.Resident{}, err
		}
		r, err := s.c.Store.Resident(ctx, id)
		return s.c.mask(r), err
	})
}

// Reveal returns a full ID or phone number to a role that may see it, and audits the look.
func (s *ResidentService) Reveal(in hall.RevealInput) (string, error) {
	return run(s.c, s.seat, hall.PermRevealSensitive, func(ctx context.Context, op hall.Operator) (string, error) {
		return s.c.Store.RevealResident(ctx, actor(op), in.ResidentID, in.Field)
	})
}
