package app

// ImportService serves the import of residents and households from the Excel template.
type ImportService struct {
	c    *Core
	seat *Seat
}
