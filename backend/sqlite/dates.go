package sqlite

import (
	"time"

	"halldesk/backend/hall"
)

// dayStart is the stored UTC stamp of midnight in China at the start of day d plus addDays: the
// bound of a range over the moments records were made (at, created_at). d must be a date.
func dayStart(d hall.Date, addDays int) string {
	return d.AddDays(addDays).Time().UTC().Format(time.RFC3339)
}
