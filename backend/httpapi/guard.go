package httpapi

import (
	"net"
	"net/http"
	"net/url"
	"sync"
	"time"
)

// contentSecurityPolicy lets the page load only its own scripts and talk only to its own server.
// Inline styles stay allowed because the component library positions popups with them.
const contentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; " +
	"img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; " +
	"base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

// securityHeaders are sent with every answer.
func securityHeaders(h http.Header) {
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Content-Security-Policy", contentSecurityPolicy)
	h.Set("X-Frame-Options", "DENY")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("Cross-Origin-Opener-Policy", "same-origin")
	h.Set("Permissions-Policy", "camera=(), microphone=(), geolocation=()")
}

// sameOrigin refuses API calls made by another site's page (CSRF). Browsers send Origin with
// every POST made by script; a request without one (a script on the hall's own PC) passes, as it
// could not have come from a page in a browser. The session cookie is SameSite=Strict and the API
// only takes application/json, which a cross-site form cannot send: this is the third line.
func sameOrigin(r *http.Request) bool {
	if site := r.Header.Get("Sec-Fetch-Site"); site == "cross-site" || site == "same-site" {
		return false
	}
	origin := r.Header.Get("Origin")
	if origin == "" {
		return true
	}
	u, err := url.Parse(origin)
	return err == nil && u.Host == r.Host
}

// loginLimiter counts failed logins per client address: after maxFailures within window, logins
// from that address are refused until the oldest failure leaves the window. The per-account
// lockout in the services stops guessing one password; this stops trying many accounts.
type loginLimiter struct {
	mu       sync.Mutex
	failures map[string][]time.Time
	now      func() time.Time
}

const (
	loginMaxFailures = 10
	loginWindow      = 10 * time.Minute
)

func newLoginLimiter(now func() time.Time) *loginLimiter {
	return &loginLimiter{failures: map[string][]time.Time{}, now: now}
}

// wait reports how long addr must wait before its next login attempt (0: go ahead).
func (l *loginLimiter) wait(addr string) time.Duration {
	l.mu.Lock()
	defer l.mu.Unlock()
	recent := l.prune(addr)
	if len(recent) < loginMaxFailures {
		return 0
	}
	return recent[0].Add(loginWindow).Sub(l.now())
}

// failed records a failed login from addr.
func (l *loginLimiter) failed(addr string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.failures[addr] = append(l.prune(addr), l.now())
	if len(l.failures) > 10_000 { // a flood of addresses: forget the ones that are quiet
		for a := range l.failures {
			if len(l.prune(a)) == 0 {
				delete(l.failures, a)
			}
		}
	}
}

func (l *loginLimiter) prune(addr string) []time.Time {
	cut := l.now().Add(-loginWindow)
	recent := l.failures[addr]
	for len(recent) > 0 && !recent[0].After(cut) {
		recent = recent[1:]
	}
	if len(recent) == 0 {
		delete(l.failures, addr)
		return nil
	}
	l.failures[addr] = recent
	return recent
}

// clientAddr is the request's remote IP without the port.
func clientAddr(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}
