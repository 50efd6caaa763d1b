package app

import (
	"sync"

	"halldesk/backend/hall"
)

// Hub passes the hall's events (a call, a rating to take, a device cut off) to whoever listens:
// the call screen, the rating pads, the clerks' headers. Publishing never waits for a listener:
// one that falls behind is dropped and reconnects, reading the state afresh.
type Hub struct {
	mu   sync.Mutex
	seq  int64
	subs map[*Listener]struct{}
}

// listenerBuffer is how many events a listener may lag behind before it is dropped.
const listenerBuffer = 256

// Listener receives the events meant for it on C until it is closed.
type Listener struct {
	C chan hall.HallEvent
	// wants filters the events, for a rating pad its own window's; nil takes all.
	wants func(hall.HallEvent) bool
	// Dropped is closed when the hub dropped the listener (it lagged, or its device was cut off).
	Dropped chan struct{}
	once    sync.Once
}

func (l *Listener) drop() { l.once.Do(func() { close(l.Dropped) }) }

// NewHub returns a hub with no listeners.
func NewHub() *Hub { return &Hub{subs: map[*Listener]struct{}{}} }

// Listen adds a listener; wants (may be nil) picks its events.
func (h *Hub) Listen(wants func(hall.HallEvent) bool) *Listener {
	l := &Listener{C: make(chan hall.HallEvent, listenerBuffer), wants: wants, Dropped: make(chan struct{})}
	h.mu.Lock()
	h.subs[l] = struct{}{}
	h.mu.Unlock()
	return l
}

// Leave removes a listener.
func (h *Hub) Leave(l *Listener) {
	h.mu.Lock()
	delete(h.subs, l)
	h.mu.Unlock()
	l.drop()
}

// Publish numbers ev and hands it to every listener that wants it.
func (h *Hub) Publish(ev hall.HallEvent) hall.HallEvent {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.seq++
	ev.Seq = h.seq
	for l := range h.subs {
		if l.wants != nil && !l.wants(ev) {
			continue
		}
		select {
		case l.C <- ev:
		default:
			delete(h.subs, l)
			l.drop()
		}
	}
	return ev
}

// Listeners counts the listeners (for tests and the device page's state).
func (h *Hub) Listeners() int {
	h.mu.Lock()
	defer h.mu.Unlock()
	return len(h.subs)
}
