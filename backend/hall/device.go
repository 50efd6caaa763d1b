package hall

import (
	"strings"
	"time"
)

// DeviceRole is what one of the hall's citizen-facing devices does.
type DeviceRole string

// The hall's devices. They are browsers on the hall's network that an administrator paired.
const (
	DeviceKiosk  DeviceRole = "kiosk"  // 取号机
	DeviceScreen DeviceRole = "screen" // 叫号屏
	DevicePad    DeviceRole = "pad"    // 评价器, one per window
	DeviceLookup DeviceRole = "lookup" // 查询机
)

// DeviceRoles lists every device role in display order.
var DeviceRoles = []DeviceRole{DeviceKiosk, DeviceScreen, DevicePad, DeviceLookup}

var deviceRoleLabels = map[DeviceRole]string{
	DeviceKiosk: "取号机", DeviceScreen: "叫号屏", DevicePad: "评价器", DeviceLookup: "查询机",
}

// Label is the role's Chinese name.
func (r DeviceRole) Label() string { return deviceRoleLabels[r] }

// Valid reports whether r is a known device role.
func (r DeviceRole) Valid() bool { _, ok := deviceRoleLabels[r]; return ok }

// DeviceStatus is where a device stands in its pairing.
type DeviceStatus string

// Device statuses: a browser asked to be paired, was paired, or was cut off.
const (
	DevicePending DeviceStatus = "pending" // 待配对
	DevicePaired  DeviceStatus = "paired"  // 已配对
	DeviceRevoked DeviceStatus = "revoked" // 已停用
)

var deviceStatusLabels = map[DeviceStatus]string{DevicePending: "待配对", DevicePaired: "已配对", DeviceRevoked: "已停用"}

// Label is the status's Chinese name.
func (s DeviceStatus) Label() string { return deviceStatusLabels[s] }

// PairingCodeLength is the number of digits a new device shows; PairingLifetime is how long an
// unanswered request stays open.
const (
	PairingCodeLength = 6
	PairingLifetime   = 15 * time.Minute
	DeviceNameMax     = 20
	WindowMax         = 99
)

// Device is one paired (or waiting, or revoked) device of the hall.
type Device struct {
	ID          int64        `json:"id"`
	Name        string       `json:"name"`
	Role        DeviceRole   `json:"role"`
	RoleLabel   string       `json:"roleLabel"`
	Window      int          `json:"window"` // the window a rating pad stands at; 0 for the others
	Status      DeviceStatus `json:"status"`
	StatusLabel string       `json:"statusLabel"`
	Code        string       `json:"code"` // the pairing code, while pending
	Address     string       `json:"address"`
	RequestedAt string       `json:"requestedAt"`
	PairedAt    string       `json:"pairedAt"`
	PairedBy    string       `json:"pairedBy"`
	RevokedAt   string       `json:"revokedAt"`
	LastSeen    string       `json:"lastSeen"`
	Version     int64        `json:"version"`
}

// WithLabels fills the Chinese names of the role and status.
func (d Device) WithLabels() Device {
	d.RoleLabel, d.StatusLabel = d.Role.Label(), d.Status.Label()
	return d
}

// Actor is who a device's actions are audited under: the device's own name.
func (d Device) Actor() Actor { return Actor{Name: "设备：" + d.Name} }

// DeviceApproval pairs a waiting device: the code it shows proves the administrator stands by it.
type DeviceApproval struct {
	ID     int64      `json:"id"`
	Code   string     `json:"code"`
	Name   string     `json:"name"`
	Role   DeviceRole `json:"role"`
	Window int        `json:"window"`
}

// Check validates the approval, every problem at once.
func (a *DeviceApproval) Check() error {
	a.Name, a.Code = strings.TrimSpace(a.Name), strings.TrimSpace(a.Code)
	var p Problems
	if len(a.Code) != PairingCodeLength || strings.Trim(a.Code, "0123456789") != "" {
		p.Add("code", "请输入设备屏幕上显示的6位配对码")
	}
	if a.Name == "" {
		p.Add("name", "请填写设备名称（如：大厅取号机、3号窗口评价器）")
	} else if Chars(a.Name) > DeviceNameMax {
		p.Add("name", "设备名称不能超过20个字")
	}
	if !a.Role.Valid() {
		p.Add("role", "请选择设备用途")
	}
	if a.Role == DevicePad && (a.Window < 1 || a.Window > WindowMax) {
		p.Add("window", "评价器须填写所在窗口号（1–99）")
	}
	if a.Role != DevicePad {
		a.Window = 0
	}
	return p.Err()
}

// DeviceState is what a browser at /device learns about itself: nothing yet, a pairing code to
// show, its name and role once paired, or that it was cut off.
type DeviceState struct {
	Status   string     `json:"status"` // none, pending, paired, revoked
	Code     string     `json:"code"`
	Name     string     `json:"name"`
	Role     DeviceRole `json:"role"`
	Window   int        `json:"window"`
	HallName string     `json:"hallName"`
}

// HallEvent is one thing that happened in the hall, pushed to the devices and counters that
// listen (the call screen, the rating pads, the clerks' headers). It never carries more than a
// masked name. Seq numbers the events of one run of the program, so a listener sees a gap.
type HallEvent struct {
	Seq      int64  `json:"seq"`
	Kind     string `json:"kind"`
	Window   int    `json:"window,omitempty"`   // for one window's pad only; 0 = everyone
	DeviceID int64  `json:"deviceId,omitempty"` // for one device only (its revocation)
	At       string `json:"at"`                 // UTC RFC 3339, like every stored time
	Data     any    `json:"data,omitempty"`
}

// Hall event kinds that the foundation publishes; the queue and ratings add their own.
const (
	EventRevoked = "revoked" // DeviceID was cut off
	EventDevices = "devices" // the device list changed (administrators' screens)
)
