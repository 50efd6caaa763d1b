package app

// ExportService serves Excel exports of the ledgers, petitions, visits and registry lists.
type ExportService struct {
	c    *Core
	seat *Seat
}
