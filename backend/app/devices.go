package app

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"math/big"
	"slices"

	"halldesk/backend/hall"
)

// DeviceService pairs the hall's devices (取号机, 叫号屏, 评价器, 查询机) and cuts them off. A
// browser at the device page asks to be paired (Begin) and shows a code; an administrator who
// reads the code off its screen approves it with a name and a role (Approve).
type DeviceService struct {
	c    *Core
	seat *Seat
}

// DeviceMethods are the bound methods that a paired device calls instead of an operator, with
// the device roles each admits. They need no login; runDevice checks the device on every call.
// TestDeviceMethods holds every method named here to its roles.
var DeviceMethods = map[string][]hall.DeviceRole{
	"RatingPadService.Current": {hall.DevicePad},
	"RatingPadService.Submit":  {hall.DevicePad},
	"RatingPadService.Timeout": {hall.DevicePad},
	"QueueService.Groups":      {hall.DeviceKiosk},
	"QueueService.Take":        {hall.DeviceKiosk},
	"QueueService.InspectID":   {hall.DeviceKiosk},
	"QueueService.Board":       {hall.DeviceScreen},
	"LookupService.Find":       {hall.DeviceLookup, hall.DeviceKiosk},
}

// PublicMethods are the methods a browser calls before it is a device or signed in: asking to
// be paired and asking what it is. Their calls are limited per address (httpapi).
var PublicMethods = map[string]bool{"DeviceService.Me": true, "DeviceService.Begin": true}

// runDevice is the edge of every method a hall device calls: the seat's device must be paired
// and hold one of roles; a revoked device is refused on its next call.
func runDevice[T any](c *Core, seat *Seat, roles []hall.DeviceRole, fn func(ctx context.Context, dev hall.Device) (T, error)) (res T, err error) {
	return guard(c, func(ctx context.Context) (T, error) {
		ctx = withSeat(ctx, seat)
		dev, err := c.pairedDevice(ctx, seat)
		if err != nil {
			return res, err
		}
		if !slices.Contains(roles, dev.Role) {
			return res, hall.Unpaired("此设备是" + dev.Role.Label() + "，不能进行此操作")
		}
		return fn(ctx, dev)
	})
}

// pairedDevice is the seat's device when it is paired, else the refusal a device page shows.
func (c *Core) pairedDevice(ctx context.Context, seat *Seat) (hall.Device, error) {
	token := seat.DeviceToken()
	if token == "" {
		return hall.Device{}, hall.Unpaired("此设备尚未配对，请联系管理员")
	}
	dev, err := c.Store.DeviceByToken(ctx, hashDeviceToken(token))
	if hall.IsCode(err, hall.CodeNotFound) {
		return dev, hall.Unpaired("此设备尚未配对，请联系管理员")
	}
	if err != nil {
		return dev, err
	}
	switch dev.Status {
	case hall.DevicePaired:
		return dev, nil
	case hall.DeviceRevoked:
		return dev, hall.Unpaired("此设备已被管理员停用")
	default:
		return dev, hall.Unpaired("此设备正在等待管理员配对")
	}
}

func hashDeviceToken(token string) string {
	sum := sha256.Sum256([]byte(token))
	return hex.EncodeToString(sum[:])
}

// Me tells a browser what device it is: none yet, waiting with its code, paired, or revoked.
func (s *DeviceService) Me() (hall.DeviceState, error) {
	return guard(s.c, func(ctx context.Context) (hall.DeviceState, error) {
		token := s.seat.DeviceToken()
		if token == "" {
			return hall.DeviceState{Status: "none"}, nil
		}
		dev, err := s.c.Store.DeviceByToken(ctx, hashDeviceToken(token))
		if hall.IsCode(err, hall.CodeNotFound) {
			return hall.DeviceState{Status: "none"}, nil
		}
		if err != nil {
			return hall.DeviceState{}, err
		}
		st := hall.DeviceState{Status: string(dev.Status), Code: dev.Code}
		if dev.Status == hall.DevicePaired {
			hs, err := s.c.Store.Settings(ctx)
			if err != nil {
				return st, err
			}
			st.Name, st.Role, st.Window, st.HallName = dev.Name, dev.Role, dev.Window, hs.HallName
		}
		return st, nil
	})
}

// Begin asks for this browser to be paired: it gets a new device token (in its cookie) and a
// code to show, which the administrator types when approving it.
func (s *DeviceService) Begin() (hall.DeviceState, error) {
	return guard(s.c, func(ctx context.Context) (hall.DeviceState, error) {
		token := randomToken()
		code, err := pairingCode()
		if err != nil {
			return hall.DeviceState{}, err
		}
		if _, err := s.c.Store.BeginPairing(ctx, hashDeviceToken(token), code, s.seat.Address()); err != nil {
			return hall.DeviceState{}, err
		}
		s.seat.setDevice(token)
		s.c.publish(hall.HallEvent{Kind: hall.EventDevices})
		return hall.DeviceState{Status: string(hall.DevicePending), Code: code}, nil
	})
}

// List shows the paired and revoked devices and the pairing requests still open.
func (s *DeviceService) List() ([]hall.Device, error) {
	return run(s.c, s.seat, hall.PermManageDevices, func(ctx context.Context, op hall.Operator) ([]hall.Device, error) {
		return s.c.Store.Devices(ctx)
	})
}

// Approve pairs a waiting device with a name and a role.
func (s *DeviceService) Approve(in hall.DeviceApproval) (hall.Device, error) {
	return run(s.c, s.seat, hall.PermManageDevices, func(ctx context.Context, op hall.Operator) (hall.Device, error) {
		if err := in.Check(); err != nil {
			return hall.Device{}, err
		}
		d, err := s.c.Store.ApproveDevice(ctx, actor(op), in)
		if err == nil {
			s.c.publish(hall.HallEvent{Kind: hall.EventDevices})
		}
		return d, err
	})
}

// Revoke cuts a device off: its next call is refused and its open event stream is closed.
func (s *DeviceService) Revoke(id int64) (hall.Device, error) {
	return run(s.c, s.seat, hall.PermManageDevices, func(ctx context.Context, op hall.Operator) (hall.Device, error) {
		d, err := s.c.Store.RevokeDevice(ctx, actor(op), id)
		if err == nil {
			s.c.publish(hall.HallEvent{Kind: hall.EventRevoked, DeviceID: d.ID})
			s.c.publish(hall.HallEvent{Kind: hall.EventDevices})
		}
		return d, err
	})
}

// pairingCode is a random code of hall.PairingCodeLength digits.
func pairingCode() (string, error) {
	max := big.NewInt(1)
	for range hall.PairingCodeLength {
		max.Mul(max, big.NewInt(10))
	}
	n, err := rand.Int(rand.Reader, max)
	if err != nil {
		return "", err
	}
	return fmt.Sprintf("%0*d", hall.PairingCodeLength, n), nil
}

// Listen opens the event stream of a seat: a paired device hears what is meant for it (a pad,
// its own window's events), a signed-in operator hears the hall's events. Check says, while the
// stream is open, whether the seat may still listen (a device revoked, a session ended).
func (c *Core) Listen(ctx context.Context, seat *Seat) (l *Listener, check func(context.Context) error, err error) {
	_, err = guard(c, func(ctx context.Context) (Empty, error) {
		if seat.DeviceToken() != "" {
			dev, err := c.pairedDevice(ctx, seat)
			if err != nil {
				return Empty{}, err
			}
			l = c.Hub.Listen(func(ev hall.HallEvent) bool {
				return (ev.DeviceID == 0 || ev.DeviceID == dev.ID) &&
					(ev.Window == 0 || dev.Role != hall.DevicePad || ev.Window == dev.Window)
			})
			check = func(ctx context.Context) error { _, err := c.pairedDevice(ctx, seat); return err }
			return Empty{}, nil
		}
		// An open stream (or its reconnect) is not the operator's activity: it must not keep an
		// idle operator signed in, and a deactivated one is cut off like an ended session.
		check = func(ctx context.Context) error {
			_, err := c.Sessions.RequireQuietly(ctx, c.Store, seat, "")
			return err
		}
		if err := check(ctx); err != nil {
			return Empty{}, err
		}
		l = c.Hub.Listen(func(ev hall.HallEvent) bool { return ev.DeviceID == 0 })
		return Empty{}, nil
	})
	return l, check, err
}
