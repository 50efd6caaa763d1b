package httpapi

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"slices"
	"strings"
	"time"

	"halldesk/backend/hall"
)

// The hall day's clients: API calls with a browser's cookies, pairing a device the way a browser
// does, and reading an event stream as the call screen and the pads do.

// apiCall posts args to a method and decodes the answer into out; a refusal is an error with
// its code.
func (d *hallDay) apiCall(c *http.Client, method string, out any, args ...any) error {
	if args == nil {
		args = []any{}
	}
	body, _ := json.Marshal(args)
	req, _ := http.NewRequest(http.MethodPost, d.srv.URL+"/api/"+method, bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusOK {
		var e hall.Error
		json.Unmarshal(b, &e)
		if e.Code == "" {
			return fmt.Errorf("%s: HTTP %d %s", method, resp.StatusCode, b)
		}
		return &e
	}
	if out != nil {
		return json.Unmarshal(b, out)
	}
	return nil
}

func (d *hallDay) must(c *http.Client, method string, out any, args ...any) {
	d.tb.Helper()
	if err := d.apiCall(c, method, out, args...); err != nil {
		d.tb.Fatalf("%s: %v", method, err)
	}
}

// pair makes a new browser a paired device through the cookie flow: it asks to be paired, the
// administrator finds its code and approves it.
func (d *hallDay) pair(name string, role hall.DeviceRole, window int) *http.Client {
	d.tb.Helper()
	c := client(nil)
	var st hall.DeviceState
	d.must(c, "DeviceService/Begin", &st)
	var list []hall.Device
	d.must(d.admin, "DeviceService/List", &list)
	i := slices.IndexFunc(list, func(dev hall.Device) bool { return dev.Code == st.Code && dev.Status == hall.DevicePending })
	if i < 0 {
		d.tb.Fatalf("device %s not listed", st.Code)
	}
	d.must(d.admin, "DeviceService/Approve", nil, hall.DeviceApproval{ID: list[i].ID, Code: st.Code, Name: name, Role: role, Window: window})
	return c
}

// listen opens c's event stream and hands every event to got until the test ends. It returns
// once the stream is open.
func (d *hallDay) listen(c *http.Client, got func(hall.HallEvent, time.Time)) {
	d.tb.Helper()
	req, _ := http.NewRequest(http.MethodGet, d.srv.URL+"/events", nil)
	resp, err := c.Do(req)
	if err != nil || resp.StatusCode != http.StatusOK {
		d.tb.Fatalf("events: %v %v", resp, err)
	}
	d.tb.Cleanup(func() { resp.Body.Close() })
	sc := bufio.NewScanner(resp.Body)
	for sc.Scan() && !strings.HasPrefix(sc.Text(), ": open") {
	}
	go func() {
		for sc.Scan() {
			line, ok := strings.CutPrefix(sc.Text(), "data: ")
			if !ok {
				continue
			}
			at := time.Now()
			var ev hall.HallEvent
			if json.Unmarshal([]byte(line), &ev) == nil {
				got(ev, at)
			}
		}
	}()
}

// boardCall reads a call event's data as the screen does.
func boardCall(ev hall.HallEvent) (hall.BoardCall, bool) {
	if ev.Kind != "call" {
		return hall.BoardCall{}, false
	}
	b, _ := json.Marshal(ev.Data)
	var call hall.BoardCall
	return call, json.Unmarshal(b, &call) == nil && call.Seq != 0
}

// watchHub listens in-process, next to the hub, for when each call was published and how many
// events each window's pad should get.
func (d *hallDay) watchHub() {
	l := d.core.Hub.Listen(nil)
	d.tb.Cleanup(func() { d.core.Hub.Leave(l) })
	go func() {
		for {
			select {
			case ev := <-l.C:
				at := time.Now()
				d.mu.Lock()
				if call, ok := boardCall(ev); ok {
					d.published[call.Seq] = at
				}
				if ev.Window != 0 {
					d.windowEvs[ev.Window]++
				}
				d.mu.Unlock()
			case <-l.Dropped:
				return
			}
		}
	}()
}
