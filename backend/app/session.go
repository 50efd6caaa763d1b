package app

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"sync"
	"time"

	"halldesk/backend/hall"
	"halldesk/backend/sqlite"
)

// Seat is where one operator sits: the desktop window has one; in browser mode each browser
// has one, carried by its session cookie. It holds the session token and, for a browser that is
// one of the hall's devices, the device token of its device cookie.
type Seat struct {
	mu      sync.Mutex
	token   string
	device  string
	address string
}

// randomToken is 32 random bytes in hex, for a session or a device cookie.
func randomToken() string {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		panic(err) // crypto/rand does not fail on supported systems
	}
	return hex.EncodeToString(b)
}

// From records the network address the seat's browser calls from (browser mode), for the
// device list; it returns the seat.
func (s *Seat) From(address string) *Seat {
	s.mu.Lock()
	s.address = address
	s.mu.Unlock()
	return s
}

// Remote reports whether the seat is a browser on the hall's network (browser mode, or a
// counter the desktop program serves over the LAN) rather than the desktop window itself: a
// remote seat downloads its documents and may not use the host's file dialogs or paths.
func (s *Seat) Remote() bool { return s.Address() != "" }

type seatKey struct{}

// withSeat carries the calling seat in a call's context, for the few steps that depend on
// where the call came from (delivering a file, choosing a file on the host).
func withSeat(ctx context.Context, seat *Seat) context.Context {
	return context.WithValue(ctx, seatKey{}, seat)
}

// desktopFor is the desktop shell when the call comes from the desktop window itself, else nil.
func (c *Core) desktopFor(ctx context.Context) Desktop {
	if seat, _ := ctx.Value(seatKey{}).(*Seat); seat != nil && seat.Remote() {
		return nil
	}
	return c.Desktop
}

// Address is the address the seat's browser calls from ("" in the desktop window).
func (s *Seat) Address() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.address
}

// NewSeat returns a seat holding token (empty when nobody is signed in).
func NewSeat(token string) *Seat { return &Seat{token: token} }

// NewDeviceSeat returns a seat holding a session token and a device token (either may be empty).
func NewDeviceSeat(token, device string) *Seat { return &Seat{token: token, device: device} }

// DeviceToken is the seat's device token ("" for a browser that never asked to be paired).
func (s *Seat) DeviceToken() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.device
}

func (s *Seat) setDevice(token string) {
	s.mu.Lock()
	s.device = token
	s.mu.Unlock()
}

// Token is the seat's current session token.
func (s *Seat) Token() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.token
}

func (s *Seat) set(token string) {
	s.mu.Lock()
	s.token = token
	s.mu.Unlock()
}

type session struct {
	operatorID int64
	lastSeen   time.Time
}

// Sessions is the in-memory table of signed-in operators. Sessions end after the hall's idle
// time; a restart signs everybody out, which is the safe side.
type Sessions struct {
	mu     sync.Mutex
	now    func() time.Time
	byID   map[string]*session
	idle   time.Duration
	pinned bool
}

// NewSessions makes an empty table with the default idle time.
func NewSessions(now func() time.Time) *Sessions {
	return &Sessions{now: now, byID: map[string]*session{}, idle: hall.DefaultIdleMinutes * time.Minute}
}

// SetIdle changes the idle time after which a session ends (the hall's setting); a pinned idle
// time stays as it is.
func (s *Sessions) SetIdle(d time.Duration) {
	s.mu.Lock()
	if !s.pinned {
		s.idle = d
	}
	s.mu.Unlock()
}

// PinIdle fixes the idle time, whatever the hall's setting says later. End-to-end tests use it
// to watch a session expire within seconds.
func (s *Sessions) PinIdle(d time.Duration) {
	s.mu.Lock()
	s.idle, s.pinned = d, true
	s.mu.Unlock()
}

// Idle is the idle time after which a session ends.
func (s *Sessions) Idle() time.Duration {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.idle
}

// Start opens a session for the operator on the seat.
func (s *Sessions) Start(seat *Seat, operatorID int64) {
	token := randomToken()
	s.mu.Lock()
	if old := seat.Token(); old != "" {
		delete(s.byID, old)
	}
	s.byID[token] = &session{operatorID: operatorID, lastSeen: s.now()}
	s.mu.Unlock()
	seat.set(token)
}

// End closes the seat's session.
func (s *Sessions) End(seat *Seat) {
	s.mu.Lock()
	delete(s.byID, seat.Token())
	s.mu.Unlock()
	seat.set("")
}

// EndOperator closes every session of an operator (after deactivation or a role change).
func (s *Sessions) EndOperator(id int64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for t, ss := range s.byID {
		if ss.operatorID == id {
			delete(s.byID, t)
		}
	}
}

// EndOperatorExcept closes every session of an operator but the one on keep (after a password
// change: the seat that changed it goes on, every other is signed out).
func (s *Sessions) EndOperatorExcept(id int64, keep *Seat) {
	kept := keep.Token()
	s.mu.Lock()
	defer s.mu.Unlock()
	for t, ss := range s.byID {
		if ss.operatorID == id && t != kept {
			delete(s.byID, t)
		}
	}
}

// operatorID returns the seat's operator and touches the session, or 0 if none or expired.
func (s *Sessions) operatorID(seat *Seat) int64 { return s.operatorOf(seat, true) }

// operatorOf is operatorID; touch false leaves the session's idle clock alone (a screen's own
// refresh is not the operator's activity).
func (s *Sessions) operatorOf(seat *Seat, touch bool) int64 {
	token := seat.Token()
	s.mu.Lock()
	defer s.mu.Unlock()
	ss := s.byID[token]
	if ss == nil {
		return 0
	}
	now := s.now()
	if now.Sub(ss.lastSeen) > s.idle {
		delete(s.byID, token)
		return 0
	}
	if touch {
		ss.lastSeen = now
	}
	return ss.operatorID
}

// Require returns the seat's operator if signed in, still active and allowed perm ("" = any).
func (s *Sessions) Require(ctx context.Context, store *sqlite.Store, seat *Seat, perm hall.Permission) (hall.Operator, error) {
	return s.require(ctx, store, seat, perm, true)
}

// RequireQuietly is Require for a screen's own refresh: it does not count as activity, so a
// screen that re-reads itself keeps no idle operator signed in.
func (s *Sessions) RequireQuietly(ctx context.Context, store *sqlite.Store, seat *Seat, perm hall.Permission) (hall.Operator, error) {
	return s.require(ctx, store, seat, perm, false)
}

func (s *Sessions) require(ctx context.Context, store *sqlite.Store, seat *Seat, perm hall.Permission, touch bool) (hall.Operator, error) {
	id := s.operatorOf(seat, touch)
	if id == 0 {
		return hall.Operator{}, hall.Unauthenticated("请先登录（长时间未操作会自动退出）")
	}
	op, err := store.Operator(ctx, id)
	if err != nil {
		return op, err
	}
	if !op.Active {
		s.End(seat)
		return op, hall.Unauthenticated("该账号已停用，请联系管理员")
	}
	if perm != "" && !op.Role.Can(perm) {
		return op, hall.Forbidden("您的角色（" + op.Role.Label() + "）无权进行此操作")
	}
	return op, nil
}
