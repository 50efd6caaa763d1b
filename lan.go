package main

import (
	"log/slog"
	"net"
	"strconv"

	"halldesk/backend/app"
	"halldesk/backend/httpapi"
)

// serveLANFromDesktop lets the desktop program serve the hall's network itself (its devices and
// other counters): the administrator switches it on the 大厅设备 page, and it starts again here
// when it was left on. It returns the function that stops serving at exit.
func serveLANFromDesktop(core *app.Core, assets fsys, log *slog.Logger) func() {
	if assets == nil {
		return func() {}
	}
	srv := httpapi.NewLANServer(core, assets, log)
	// A counter's browser on the network downloads its backups as in browser mode; the window
	// itself still has its own folder dialogs (app.Core.picker).
	core.BackupURL = httpapi.BackupDownloadPrefix
	core.LAN.Server = srv
	core.ResumeLAN()
	return func() {
		if err := srv.Stop(); err != nil {
			log.Error("lan stop", "err", err)
		}
	}
}

// servedAddresses are the addresses by which the hall's network opens browser mode listening on
// addr with LAN access.
func servedAddresses(addr *net.TCPAddr) []string {
	if addr.IP.IsUnspecified() {
		return httpapi.LANAddresses(addr.Port)
	}
	return []string{"http://" + net.JoinHostPort(addr.IP.String(), strconv.Itoa(addr.Port)) + "/"}
}
