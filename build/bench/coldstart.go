package main

import (
	"bytes"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// coldStarts starts the binary again and again on the data folder: `serve` to its first /healthz
// answer and to its first API answer (the status the login screen asks for), and, when there is a
// display, the desktop window until its frontend reports the login screen. The first start of a
// day takes that day's backup in the background; one untimed start, stopped gracefully (which
// also takes the exit backup), comes first so that the timed ones are the day's later starts, as
// at a hall that opens the program many times a day. The timed ones are killed, so they leave
// no backups behind.
func coldStarts(bin, data string, n int) ([]row, error) {
	fmt.Fprintln(os.Stderr, "warm-up start of serve (takes the day's backup)…")
	if _, _, err := startServe(bin, data, true); err != nil {
		return nil, err
	}
	health := row{Name: "cold start: serve to /healthz", Target: startTarget, Note: "exec, open and check the database, listen"}
	first := row{Name: "cold start: serve to first API answer", Target: startTarget, Note: "SystemService/Status, what the login screen asks first"}
	for i := range n {
		fmt.Fprintf(os.Stderr, "serve start %d/%d…\n", i+1, n)
		h, a, err := startServe(bin, data, false)
		if err != nil {
			return nil, err
		}
		health.Times, first.Times = append(health.Times, h), append(first.Times, a)
	}
	rows := []row{health, first}
	if os.Getenv("DISPLAY") == "" {
		fmt.Fprintln(os.Stderr, "no DISPLAY: the desktop start is not measured (run under xvfb-run)")
		return rows, nil
	}
	desk := row{Name: "cold start: desktop window to login screen", Target: startTarget, Note: "Xvfb; the frontend's ReportReady(\"login\")"}
	for i := range n {
		fmt.Fprintf(os.Stderr, "desktop start %d/%d…\n", i+1, n)
		d, err := startDesktop(bin, data)
		if err != nil {
			return nil, err
		}
		desk.Times = append(desk.Times, d)
	}
	return append(rows, desk), nil
}

// startServe returns the times from exec to the first /healthz answer and to the first API answer.
func startServe(bin, data string, graceful bool) (time.Duration, time.Duration, error) {
	port, err := freePort()
	if err != nil {
		return 0, 0, err
	}
	base := "http://127.0.0.1:" + strconv.Itoa(port)
	cmd := exec.Command(bin, "serve", "--listen", "127.0.0.1:"+strconv.Itoa(port), "--data", data)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	t0 := time.Now()
	if err := cmd.Start(); err != nil {
		return 0, 0, err
	}
	stop := func() {
		if graceful {
			cmd.Process.Signal(os.Interrupt)
		} else {
			cmd.Process.Kill()
		}
		cmd.Wait()
	}
	defer stop()
	exited := make(chan struct{})
	go func() { cmd.Process.Wait(); close(exited) }()
	poll := func(method, path string) (time.Duration, error) {
		deadline := time.Now().Add(60 * time.Second)
		for time.Now().Before(deadline) {
			var resp *http.Response
			var err error
			if method == http.MethodGet {
				resp, err = http.Get(base + path)
			} else {
				resp, err = http.Post(base+path, "application/json", strings.NewReader("[]"))
			}
			if err == nil {
				resp.Body.Close()
				if resp.StatusCode == http.StatusOK {
					return time.Since(t0), nil
				}
			}
			select {
			case <-exited:
				return 0, fmt.Errorf("serve exited: %s", out.String())
			case <-time.After(2 * time.Millisecond):
			}
		}
		return 0, fmt.Errorf("serve did not answer %s within 60 s: %s", path, out.String())
	}
	h, err := poll(http.MethodGet, "/healthz")
	if err != nil {
		return 0, 0, err
	}
	a, err := poll(http.MethodPost, "/api/SystemService/Status")
	return h, a, err
}

// startDesktop returns the time from exec until the window's frontend reported its first screen,
// which must be the login screen on a set-up data folder.
func startDesktop(bin, data string) (time.Duration, error) {
	ready := filepath.Join(os.TempDir(), fmt.Sprintf("halldesk-bench-ready-%d", os.Getpid()))
	os.Remove(ready)
	defer os.Remove(ready)
	cmd := exec.Command(bin, "--data", data, "--ready-file", ready)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	// its own process group, so that WebKit's helper processes stop with it
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	t0 := time.Now()
	if err := cmd.Start(); err != nil {
		return 0, err
	}
	defer func() { syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL); cmd.Wait() }()
	for time.Since(t0) < 60*time.Second {
		if b, err := os.ReadFile(ready); err == nil && len(bytes.TrimSpace(b)) > 0 {
			d := time.Since(t0)
			if screen := strings.TrimSpace(string(b)); screen != "login" {
				return 0, fmt.Errorf("the desktop window showed %q, not the login screen: %s", screen, out.String())
			}
			return d, nil
		}
		time.Sleep(5 * time.Millisecond)
	}
	return 0, fmt.Errorf("the desktop window did not report a screen within 60 s: %s", out.String())
}

// peakRSS runs the load test (which starts its own `serve` on the data folder) and reads the
// server's peak resident set (VmHWM) until the load ends.
func peakRSS(loadBin, bin, data string, d time.Duration) (row, string, error) {
	fmt.Fprintf(os.Stderr, "load for %s while watching the RSS of serve…\n", d)
	cmd := exec.Command(loadBin, "-bin", bin, "-data", data, "-clients", "20", "-duration", d.String())
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Start(); err != nil {
		return row{}, "", err
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	var server int
	var peakKB int
	tick := time.NewTicker(100 * time.Millisecond)
	defer tick.Stop()
	for {
		select {
		case err := <-done:
			if err != nil {
				return row{}, "", fmt.Errorf("load test: %v: %s", err, out.String())
			}
			if peakKB == 0 {
				return row{}, "", fmt.Errorf("never saw the serve process of the load test")
			}
			return row{Name: "peak RSS of serve under load", TgtMB: 200, MB: float64(peakKB) / 1024,
				Note: fmt.Sprintf("20 clients of build/loadtest for %s (search, ledgers, intake, dashboard)", d)}, out.String(), nil
		case <-tick.C:
			if server == 0 {
				server = childOf(cmd.Process.Pid)
			}
			if server != 0 {
				if kb := vmHWM(server); kb > peakKB {
					peakKB = kb
				}
			}
		}
	}
}

// childOf returns the first child process of pid, from /proc.
func childOf(pid int) int {
	tasks, _ := filepath.Glob(fmt.Sprintf("/proc/%d/task/*/children", pid))
	for _, t := range tasks {
		b, _ := os.ReadFile(t)
		if f := strings.Fields(string(b)); len(f) > 0 {
			n, _ := strconv.Atoi(f[0])
			return n
		}
	}
	return 0
}

// vmHWM is the peak resident set size of a process in kB (0 once it is gone).
func vmHWM(pid int) int {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			n, _ := strconv.Atoi(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")))
			return n
		}
	}
	return 0
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}
