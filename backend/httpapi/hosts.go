package httpapi

import (
	"io"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"os"
	"strings"

	"halldesk/backend/app"
	"halldesk/backend/hall"
)

// Site is everything browser mode serves on listen, the address it really listens on: the API
// and the frontend, backup downloads, all behind the Host check.
func Site(core *app.Core, assets fs.FS, log *slog.Logger, listen string, lan bool) (http.Handler, error) {
	h, err := New(core, assets, log)
	if err != nil {
		return nil, err
	}
	return WithHostCheck(WithBackupDownloads(h, core, log), listen, lan)
}

// WithHostCheck answers only requests whose Host header names this server, with the port it
// listens on (listen, as net.Listener.Addr gives it): a page of another site whose name was made
// to point at this computer (DNS rebinding) sends its own name and is refused with 421. Loopback
// names and addresses (localhost, 127.0.0.1, [::1]) are always accepted; with lan, also the
// address listened on, every address of this computer's network interfaces and its host name.
func WithHostCheck(next http.Handler, listen string, lan bool) (http.Handler, error) {
	host, port, err := net.SplitHostPort(listen)
	if err != nil {
		return nil, err
	}
	p := hostPolicy{port: port, lan: lan, interfaces: net.InterfaceAddrs}
	if ip := net.ParseIP(host); ip == nil || !ip.IsUnspecified() {
		p.listenHost = strings.ToLower(host)
	}
	if lan {
		if name, err := os.Hostname(); err == nil {
			p.hostname = strings.ToLower(name)
		}
	}
	hint := "http://127.0.0.1:" + port + "/"
	if lan {
		hint = "http://主机地址:" + port + "/"
	}
	msg := "拒绝访问：网址不是这台主机的地址。为防止恶意网页冒用，请直接用 " + hint + " 打开便民服务台"
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if p.allows(r.Host) {
			next.ServeHTTP(w, r)
			return
		}
		securityHeaders(w.Header())
		if strings.HasPrefix(r.URL.Path, "/api/") {
			writeJSON(w, http.StatusMisdirectedRequest, hall.Forbidden(msg))
			return
		}
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Header().Set("Cache-Control", "no-store")
		w.WriteHeader(http.StatusMisdirectedRequest)
		io.WriteString(w, msg+"\n")
	}), nil
}

// hostPolicy is which Host header values name this server.
type hostPolicy struct {
	port       string
	lan        bool
	listenHost string // the host listened on, "" for every address (0.0.0.0, ::)
	hostname   string // this computer's name (lan only)
	interfaces func() ([]net.Addr, error)
}

func (p hostPolicy) allows(hostHeader string) bool {
	host, port, err := net.SplitHostPort(hostHeader)
	if err != nil { // no port: the scheme's default
		host, port = strings.TrimSuffix(strings.TrimPrefix(hostHeader, "["), "]"), "80"
	}
	host = strings.ToLower(host)
	if host == "" || port != p.port {
		return false
	}
	ip := net.ParseIP(host)
	if host == "localhost" || (ip != nil && ip.IsLoopback()) {
		return true
	}
	if !p.lan {
		return false
	}
	if host == p.listenHost || (p.hostname != "" && host == p.hostname) {
		return true
	}
	if ip == nil {
		return false
	}
	if l := net.ParseIP(p.listenHost); l != nil && l.Equal(ip) {
		return true
	}
	addrs, err := p.interfaces()
	if err != nil {
		return false
	}
	for _, a := range addrs {
		if n, ok := a.(*net.IPNet); ok && n.IP.Equal(ip) {
			return true
		}
	}
	return false
}
