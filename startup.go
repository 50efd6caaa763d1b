package main

import (
	"log/slog"
	"time"
)

// startupTrace logs how long the start-up took to reach each stage, counted from the start of
// run, so that a slow start on a hall's computer can be told apart from the log: opening (and
// upgrading) the database, building the services, the first screen drawn.
type startupTrace struct {
	began time.Time
	log   *slog.Logger
}

// stage logs that the start-up reached name.
func (t startupTrace) stage(name string) {
	t.log.Info("start-up", "stage", name, "ms", time.Since(t.began).Milliseconds())
}

// after logs name once done is closed.
func (t startupTrace) after(done <-chan struct{}, name string) {
	<-done
	t.stage(name)
}
