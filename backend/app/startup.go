package app

import (
	"sync"
	"time"
)

// firstScreen is the signal that the frontend has drawn its first screen (the login screen on a
// set-up data folder). Its zero value is ready to use.
type firstScreen struct {
	mu   sync.Mutex
	ch   chan struct{}
	once sync.Once
}

// wait returns the channel closed at the first screen.
func (f *firstScreen) wait() chan struct{} {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.ch == nil {
		f.ch = make(chan struct{})
	}
	return f.ch
}

// fire closes the channel; later calls do nothing.
func (f *firstScreen) fire() {
	ch := f.wait()
	f.once.Do(func() { close(ch) })
}

// FirstScreen returns a channel closed when the frontend reports its first screen drawn
// (SystemService.ReportReady) or, when none does within wait (browser mode with no browser open
// yet, a window that failed to load), after wait. Work that the first screen does not need (the
// day's automatic backup copies the whole database) waits for it, so that it does not compete
// with the window's start for the computer's few cores and its disk.
func (c *Core) FirstScreen(wait time.Duration) <-chan struct{} {
	shown := c.shown.wait()
	out := make(chan struct{})
	go func() {
		t := time.NewTimer(wait)
		defer t.Stop()
		select {
		case <-shown:
		case <-t.C:
		}
		close(out)
	}()
	return out
}
