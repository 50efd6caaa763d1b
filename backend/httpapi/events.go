package httpapi

import (
	"encoding/json"
	"fmt"
	"net/http"
	"time"

	"halldesk/backend/hall"
)

// eventRecheck is how often an open stream checks that its device is still paired (or its
// operator still signed in): a revoked device is cut off within this time even if the revoke
// event was missed. eventBeat keeps proxies and idle timers from closing a quiet stream.
const (
	eventRecheck = 2 * time.Second
	eventBeat    = 15 * time.Second
)

// serveEvents streams the hall's events to a paired device or a signed-in operator as
// server-sent events. The browser's EventSource reconnects by itself (after retry ms) when
// the host restarts; the page then reads the state afresh.
func (s *Server) serveEvents(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet {
		writeError(w, hall.Invalid("", "事件流只接受 GET 请求"))
		return
	}
	seat := seatOf(r)
	l, check, err := s.core.Listen(r.Context(), seat)
	if err != nil {
		writeError(w, err)
		return
	}
	defer s.core.Hub.Leave(l)
	rc := http.NewResponseController(w)
	// A stream lives as long as the page: the server's read and write timeouts must not end it.
	rc.SetReadDeadline(time.Time{})
	rc.SetWriteDeadline(time.Time{})
	h := w.Header()
	h.Set("Content-Type", "text/event-stream; charset=utf-8")
	h.Set("Cache-Control", "no-store")
	h.Set("X-Accel-Buffering", "no")
	w.WriteHeader(http.StatusOK)
	fmt.Fprint(w, "retry: 1000\n: open\n\n")
	if rc.Flush() != nil {
		return
	}
	recheck := time.NewTicker(eventRecheck)
	defer recheck.Stop()
	beat := time.NewTicker(eventBeat)
	defer beat.Stop()
	for {
		select {
		case <-r.Context().Done():
			return
		case <-l.Dropped:
			return
		case ev := <-l.C:
			b, err := json.Marshal(ev)
			if err != nil {
				s.log.Error("event", "err", err)
				continue
			}
			if _, err := fmt.Fprintf(w, "data: %s\n\n", b); err != nil || rc.Flush() != nil {
				return
			}
			if ev.Kind == hall.EventRevoked && ev.DeviceID != 0 {
				return
			}
		case <-recheck.C:
			if check(r.Context()) != nil {
				fmt.Fprint(w, "event: ended\ndata: {}\n\n")
				rc.Flush()
				return
			}
		case <-beat.C:
			if _, err := fmt.Fprint(w, ": beat\n\n"); err != nil || rc.Flush() != nil {
				return
			}
		}
	}
}
