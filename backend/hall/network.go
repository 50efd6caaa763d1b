package hall

import "fmt"

// The ports the hall's network may be served on: above the system's reserved ports.
const (
	LANPortDefault = 8080
	LANPortMin     = 1024
	LANPortMax     = 65535
)

// LANSetting is whether the desktop program serves the hall's network itself, and on which port.
type LANSetting struct {
	Enabled bool `json:"enabled"`
	Port    int  `json:"port"`
}

// CheckPort validates a port to serve the hall's network on.
func CheckPort(port int) error {
	if port < LANPortMin || port > LANPortMax {
		return Invalid("port", fmt.Sprintf("端口须在 %d–%d 之间（默认 %d）", LANPortMin, LANPortMax, LANPortDefault))
	}
	return nil
}

// AuditDetail is the audit log's words for switching to s.
func (s LANSetting) AuditDetail() string {
	if s.Enabled {
		return fmt.Sprintf("开启局域网服务（端口 %d）", s.Port)
	}
	return "关闭局域网服务"
}

// NetworkInfo is how this program serves the hall's network, as the 大厅设备 page shows it.
// Switchable is true in the desktop program, whose administrator turns serving on and off;
// in browser mode the server already serves (or only this computer) and there is no switch.
type NetworkInfo struct {
	Switchable bool     `json:"switchable"`
	Enabled    bool     `json:"enabled"`   // the setting: serve the network (desktop)
	Serving    bool     `json:"serving"`   // the hall's network can reach this program now
	Port       int      `json:"port"`      // the setting's port (desktop) or the port served
	Addresses  []string `json:"addresses"` // base addresses on the network, e.g. http://192.168.1.10:8080/
	Problem    string   `json:"problem"`   // why serving could not start at the program's start
}
