package app

import (
	"context"
	"sync"

	"halldesk/backend/hall"
)

// LANServer is the desktop program's own server for the hall's network (its devices and other
// counters), set by the program's start-up code. Start serves on every address at port (moving
// from another port if already serving) and returns the base addresses the network opens
// (http://<address>:<port>/); a port in use is refused with a clear message and changes nothing.
type LANServer interface {
	Start(port int) ([]string, error)
	Stop() error
	Addresses() []string
}

// LANHost is how this program serves the hall's network: in the desktop program through
// Server, which the administrator switches on and off; in browser mode Served lists the
// addresses it already serves the network on (none: this computer only).
type LANHost struct {
	Server LANServer
	Served []string

	mu      sync.Mutex // one switch at a time
	problem string     // why serving could not start at the program's start
}

// ResumeLAN starts serving the hall's network at the desktop program's start when the
// administrator left it on. A failure (the port taken meanwhile) is logged and shown on the
// 大厅设备 page; the setting stays on.
func (c *Core) ResumeLAN() {
	if c.LAN.Server == nil {
		return
	}
	ls, err := c.Store.LANSetting(context.Background())
	if err != nil {
		c.Log.Error("lan setting", "err", err)
		return
	}
	if !ls.Enabled {
		return
	}
	c.LAN.mu.Lock()
	defer c.LAN.mu.Unlock()
	if addrs, err := c.LAN.Server.Start(ls.Port); err != nil {
		c.LAN.problem = "无法开启局域网服务"
		if e := hall.AsError(err); e != nil {
			c.LAN.problem = e.Message
		}
		c.Log.Warn("lan serving not resumed", "port", ls.Port, "err", err)
	} else {
		c.Log.Warn("serving the hall's network: anyone on it can open the login page", "addresses", addrs)
	}
}

// Network tells the 大厅设备 page how this program serves the hall's network.
func (s *DeviceService) Network() (hall.NetworkInfo, error) {
	return run(s.c, s.seat, hall.PermManageDevices, func(ctx context.Context, op hall.Operator) (hall.NetworkInfo, error) {
		return s.c.networkInfo(ctx, s.seat)
	})
}

// SetNetwork switches the desktop program's serving of the hall's network on (at port) or off,
// saves the setting (kept for the next start) and audits it. In browser mode there is no switch.
func (s *DeviceService) SetNetwork(on bool, port int) (hall.NetworkInfo, error) {
	return run(s.c, s.seat, hall.PermManageDevices, func(ctx context.Context, op hall.Operator) (hall.NetworkInfo, error) {
		l := &s.c.LAN
		if l.Server == nil {
			return hall.NetworkInfo{}, hall.Conflict("浏览器模式下由启动参数决定是否在局域网提供服务，不能在此开关")
		}
		if s.seat.Address() != "" {
			return hall.NetworkInfo{}, hall.Forbidden("只能在服务台主机的程序窗口中开关局域网服务")
		}
		if err := hall.CheckPort(port); err != nil {
			return hall.NetworkInfo{}, err
		}
		l.mu.Lock()
		defer l.mu.Unlock()
		old, err := s.c.Store.LANSetting(ctx)
		if err != nil {
			return hall.NetworkInfo{}, err
		}
		running := len(l.Server.Addresses()) > 0
		if old.Enabled == on && old.Port == port && running == on {
			return s.c.networkInfoLocked(ctx, s.seat) // nothing to change, nothing to audit
		}
		if on && (!running || old.Port != port) {
			if _, err := l.Server.Start(port); err != nil {
				return hall.NetworkInfo{}, err
			}
		}
		next := hall.LANSetting{Enabled: on, Port: port}
		if err := s.c.Store.SaveLANSetting(ctx, actor(op), next); err != nil {
			s.c.restoreLAN(old, running)
			return hall.NetworkInfo{}, err
		}
		l.problem = ""
		if !on {
			if err := l.Server.Stop(); err != nil {
				s.c.Log.Error("lan stop", "err", err)
			}
		} else {
			s.c.Log.Warn("serving the hall's network: anyone on it can open the login page", "addresses", l.Server.Addresses())
		}
		return s.c.networkInfoLocked(ctx, s.seat)
	})
}

// restoreLAN puts the server back as it was when saving the new setting failed.
func (c *Core) restoreLAN(old hall.LANSetting, running bool) {
	var err error
	if running {
		_, err = c.LAN.Server.Start(old.Port)
	} else {
		err = c.LAN.Server.Stop()
	}
	if err != nil {
		c.Log.Error("lan restore", "err", err)
	}
}

func (c *Core) networkInfo(ctx context.Context, seat *Seat) (hall.NetworkInfo, error) {
	c.LAN.mu.Lock()
	defer c.LAN.mu.Unlock()
	return c.networkInfoLocked(ctx, seat)
}

// networkInfoLocked reads the state with c.LAN.mu held. The switch is offered only in the
// desktop program's own window (a seat without a network address): a browser cannot cut off
// the network it came through.
func (c *Core) networkInfoLocked(ctx context.Context, seat *Seat) (hall.NetworkInfo, error) {
	l := &c.LAN
	if l.Server == nil {
		return hall.NetworkInfo{Serving: len(l.Served) > 0, Addresses: append([]string{}, l.Served...)}, nil
	}
	if seat.Address() != "" {
		addrs := l.Server.Addresses()
		return hall.NetworkInfo{Serving: len(addrs) > 0, Addresses: append([]string{}, addrs...)}, nil
	}
	ls, err := c.Store.LANSetting(ctx)
	if err != nil {
		return hall.NetworkInfo{}, err
	}
	addrs := l.Server.Addresses()
	return hall.NetworkInfo{Switchable: true, Enabled: ls.Enabled, Serving: len(addrs) > 0, Port: ls.Port,
		Addresses: append([]string{}, addrs...), Problem: l.problem}, nil
}
