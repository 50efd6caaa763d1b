package app

// OutreachService serves proactive service lists (主动服务) and the face-to-face payment sign-for sheet (签领表).
type OutreachService struct {
	c    *Core
	seat *Seat
}
