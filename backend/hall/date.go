package hall

import "time"

// DateLayout is the one layout of a calendar date in HallDesk, YYYY-MM-DD: in the store, on
// the wire and in forms. Every package formats and parses dates with it (through Date).
const DateLayout = time.DateOnly
