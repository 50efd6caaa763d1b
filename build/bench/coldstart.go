package main

import (
	"bytes"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// coldStarts starts the binary again and again on the data folder: `serve` to its first /healthz
// answer and to its first API answer (the status the login screen asks for), and, when there is a
// display, the desktop window until its frontend reports the login screen, both at a day's later
// start and at the day's first start (whose automatic backup copies the whole database). One
// untimed start, stopped gracefully (which takes the exit backup, the day's), comes first so that
// the timed later starts are the day's later ones, as at a hall that opens the program many times
// a day. The timed ones are killed, so they leave no backups behind. The day's first starts run
// on a copy of the database in a temporary folder whose backups are removed before each start.
//
// before, when set, is the same program before a change: its starts alternate with bin's on the
// same data, so both see the same machine, and each kind gets a row for both and their ratio.
func coldStarts(bin, before, data string, n int) ([]row, error) {
	bins := []string{bin}
	if before != "" {
		bins = []string{before, bin}
	}
	label := func(i int, name string) string {
		if len(bins) == 1 {
			return name
		}
		return name + [2]string{" (before)", " (after)"}[i]
	}
	fmt.Fprintln(os.Stderr, "warm-up start of serve (takes the day's backup)…")
	if _, _, err := startServe(bin, data, true); err != nil {
		return nil, err
	}
	var health, first, desk, deskFirst []row
	for i := range bins {
		health = append(health, row{Name: label(i, "cold start: serve to /healthz"), Target: startTarget, Note: "exec, open and check the database, listen"})
		first = append(first, row{Name: label(i, "cold start: serve to first API answer"), Target: startTarget, Note: "SystemService/Status, what the login screen asks first"})
		desk = append(desk, row{Name: label(i, "cold start: desktop window to login screen"), Target: startTarget, Note: "Xvfb; the frontend's ReportReady(\"login\"); a later start of the day"})
		deskFirst = append(deskFirst, row{Name: label(i, "cold start: desktop, the day's first start"), Target: startTarget, Note: "as above, with the day's automatic backup still to take"})
	}
	for k := range n {
		for i, b := range bins {
			fmt.Fprintf(os.Stderr, "serve start %d/%d…\n", k+1, n)
			h, a, err := startServe(b, data, false)
			if err != nil {
				return nil, err
			}
			health[i].Times, first[i].Times = append(health[i].Times, h), append(first[i].Times, a)
		}
	}
	rows := append(compared(health), compared(first)...)
	if os.Getenv("DISPLAY") == "" {
		fmt.Fprintln(os.Stderr, "no DISPLAY: the desktop start is not measured (run under xvfb-run)")
		return rows, nil
	}
	for k := range n {
		for i, b := range bins {
			fmt.Fprintf(os.Stderr, "desktop start %d/%d…\n", k+1, n)
			d, err := startDesktop(b, data)
			if err != nil {
				return nil, err
			}
			desk[i].Times = append(desk[i].Times, d)
		}
	}
	rows = append(rows, compared(desk)...)
	tmp, err := os.MkdirTemp("", "halldesk-bench-first-start-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(tmp)
	fmt.Fprintln(os.Stderr, "copying the database for the day's first starts…")
	if err := copyInto(tmp, filepath.Join(data, "halldesk.db")); err != nil {
		return nil, err
	}
	for k := range n {
		for i, b := range bins {
			fmt.Fprintf(os.Stderr, "desktop first start of the day %d/%d…\n", k+1, n)
			if err := os.RemoveAll(filepath.Join(tmp, "backups")); err != nil {
				return nil, err
			}
			d, err := startDesktop(b, tmp)
			if err != nil {
				return nil, err
			}
			deskFirst[i].Times = append(deskFirst[i].Times, d)
		}
	}
	return append(rows, compared(deskFirst)...), nil
}

// compared returns the rows of one kind of start; with a before and an after row, the after row's
// note gains the ratios of their medians and p95s (before ÷ after: above 1 is faster).
func compared(rs []row) []row {
	if len(rs) != 2 {
		return rs
	}
	b, a := slices.Sorted(slices.Values(rs[0].Times)), slices.Sorted(slices.Values(rs[1].Times))
	ratio := func(x, y time.Duration) float64 {
		if y <= 0 {
			return 0
		}
		return float64(x) / float64(y)
	}
	rs[1].Note += fmt.Sprintf("; before ÷ after: median %.2f×, p95 %.2f×", ratio(pct(b, 50), pct(a, 50)), ratio(pct(b, 95), pct(a, 95)))
	return rs
}

// copyInto copies the file at src into the folder dir, under the same name.
func copyInto(dir, src string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(filepath.Join(dir, filepath.Base(src)), os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o600)
	if err != nil {
		return err
	}
	_, err = out.ReadFrom(in)
	return errors.Join(err, out.Close())
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
