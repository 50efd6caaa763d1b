package httpapi

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"sort"
	"strconv"
	"sync"
	"syscall"
	"time"

	"halldesk/backend/app"
	"halldesk/backend/hall"
)

// NewHTTPServer is the http.Server every mode serves the site with: slow or stuck clients are
// timed out (the event stream lifts the limits for itself).
func NewHTTPServer(h http.Handler) *http.Server {
	return &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second, ReadTimeout: 30 * time.Second}
}

// LANServer serves the site to the hall's network from inside the desktop program, with the
// same handler and safeguards as browser mode with LAN access (Site with lan): the Host check,
// the call limits, the sessions. It implements app.LANServer.
type LANServer struct {
	core   *app.Core
	assets fs.FS
	log    *slog.Logger
	host   string // the address listened on: every address ("" → 0.0.0.0); tests use loopback

	mu     sync.Mutex
	srv    *http.Server
	cancel context.CancelFunc // ends the open event streams when serving stops
	port   int
	done   chan struct{}
}

// NewLANServer builds a stopped server for the desktop program.
func NewLANServer(core *app.Core, assets fs.FS, log *slog.Logger) *LANServer {
	return &LANServer{core: core, assets: assets, log: log, host: "0.0.0.0"}
}

// Start serves on port on every address; already serving on another port, it moves there only
// once the new port is open. A port in use is refused with a clear message and changes nothing.
func (l *LANServer) Start(port int) ([]string, error) {
	if err := hall.CheckPort(port); err != nil {
		return nil, err
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.srv != nil && l.port == port {
		return lanAddresses(l.host, port, net.InterfaceAddrs), nil
	}
	ln, err := net.Listen("tcp", net.JoinHostPort(l.host, strconv.Itoa(port)))
	if err != nil {
		return nil, listenError(port, err)
	}
	site, err := Site(l.core, l.assets, l.log, ln.Addr().String(), true)
	if err != nil {
		ln.Close()
		return nil, err
	}
	l.stopLocked()
	ctx, cancel := context.WithCancel(context.Background())
	srv := NewHTTPServer(site)
	srv.BaseContext = func(net.Listener) context.Context { return ctx }
	done := make(chan struct{})
	go func() {
		defer close(done)
		if err := srv.Serve(ln); !errors.Is(err, http.ErrServerClosed) {
			l.log.Error("lan server", "err", err)
		}
	}()
	l.srv, l.cancel, l.port, l.done = srv, cancel, port, done
	return lanAddresses(l.host, port, net.InterfaceAddrs), nil
}

// Stop stops serving the network: the open pages and event streams are cut off.
func (l *LANServer) Stop() error {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.stopLocked()
}

func (l *LANServer) stopLocked() error {
	if l.srv == nil {
		return nil
	}
	l.cancel()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
	defer cancel()
	err := l.srv.Shutdown(ctx)
	if err != nil {
		err = l.srv.Close()
	}
	<-l.done
	l.srv, l.cancel, l.port, l.done = nil, nil, 0, nil
	return err
}

// Addresses are the base addresses the network opens while serving (none when stopped).
func (l *LANServer) Addresses() []string {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.srv == nil {
		return nil
	}
	return lanAddresses(l.host, l.port, net.InterfaceAddrs)
}

// ServeFromDesktop lets the desktop program serve the hall's network itself (its devices and
// other counters): the administrator switches it on the 大厅设备 page, and it starts again here
// when it was left on. Without the built screens (assets nil) there is nothing to serve. It
// returns the function that stops serving at exit.
func ServeFromDesktop(core *app.Core, assets fs.FS, log *slog.Logger) (stop func()) {
	if assets == nil {
		return func() {}
	}
	srv := NewLANServer(core, assets, log)
	core.LAN.Server = srv
	// A counter's browser on the network downloads its backups as in browser mode; the window
	// itself still has its own folder dialogs (app.Core.picker).
	core.BackupURL = BackupDownloadPrefix
	core.ResumeLAN()
	return func() {
		if err := srv.Stop(); err != nil {
			log.Error("lan stop", "err", err)
		}
	}
}

// ServedAddresses are the addresses by which the hall's network opens a server listening on
// addr: that address, or, listening on every address, each of this computer's.
func ServedAddresses(addr *net.TCPAddr) []string {
	return lanAddresses(addr.IP.String(), addr.Port, net.InterfaceAddrs)
}

// LANAddresses are the base addresses (http://<address>:<port>/) by which the hall's other
// computers and devices open a server listening on every address at port: this computer's
// IPv4 network addresses, without loopback and link-local ones.
func LANAddresses(port int) []string { return lanAddresses("0.0.0.0", port, net.InterfaceAddrs) }

func lanAddresses(host string, port int, interfaces func() ([]net.Addr, error)) []string {
	if ip := net.ParseIP(host); ip != nil && !ip.IsUnspecified() {
		return []string{"http://" + net.JoinHostPort(host, strconv.Itoa(port)) + "/"}
	}
	addrs, err := interfaces()
	if err != nil {
		return nil
	}
	out := []string{}
	for _, a := range addrs {
		n, ok := a.(*net.IPNet)
		if !ok || n.IP.To4() == nil || n.IP.IsLoopback() || n.IP.IsLinkLocalUnicast() {
			continue
		}
		out = append(out, "http://"+net.JoinHostPort(n.IP.String(), strconv.Itoa(port))+"/")
	}
	sort.Strings(out)
	return out
}

// wsaAddrInUse is the Windows error number of a port in use.
const wsaAddrInUse = syscall.Errno(10048)

// listenError is the Chinese message for a port that cannot be opened.
func listenError(port int, err error) error {
	var errno syscall.Errno
	if errors.As(err, &errno) && (errno == syscall.EADDRINUSE || errno == wsaAddrInUse) {
		return hall.Conflict(fmt.Sprintf("端口 %d 已被其他程序占用，请换一个端口（如 %d）后再开启", port, alternative(port)))
	}
	if errors.Is(err, syscall.EACCES) {
		return hall.Conflict(fmt.Sprintf("没有权限使用端口 %d，请换一个端口后再开启", port))
	}
	return hall.Conflict(fmt.Sprintf("无法在端口 %d 上提供服务，请换一个端口后再开启", port))
}

// alternative suggests another port next to port.
func alternative(port int) int {
	if port < hall.LANPortMax {
		return port + 1
	}
	return port - 1
}
