// Command crashtest proves that HallDesk loses no acknowledged write when it is killed: it runs
// `halldesk serve` on a loopback port with a temporary data folder, does the first-start setup
// through the JSON API, drives a stream of writes (new residents and villages) from several
// clients, kills the server with SIGKILL at random moments, restarts it, and checks after every
// restart that every write the clients saw acknowledged (HTTP 200) is in the database and that
// PRAGMA integrity_check is ok.
//
//	go run ./build/crashtest [-bin build/bin/halldesk] [-kills 25] [-budget 50s]
//
// Without -bin (or if it does not exist) it builds halldesk first. It exits non-zero if a write
// was lost, the database is damaged, or fewer than -min-kills kills fit in the time budget.
package main

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"net/http/cookiejar"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"time"

	_ "github.com/mattn/go-sqlite3"

	"halldesk/backend/idcard"
)

func main() {
	bin := flag.String("bin", "", "halldesk binary to test (default: build one)")
	kills := flag.Int("kills", 25, "how many times to kill the server")
	minKills := flag.Int("min-kills", 20, "fail if fewer kills fit in the budget")
	budget := flag.Duration("budget", 50*time.Second, "stop killing after this long (the build not counted)")
	clients := flag.Int("clients", 4, "concurrent writing clients")
	keep := flag.Bool("keep", false, "keep the temporary folder (its path is printed)")
	flag.Parse()
	if err := run(*bin, *kills, *minKills, *budget, *clients, *keep); err != nil {
		fmt.Fprintln(os.Stderr, "崩溃测试失败：", err)
		os.Exit(1)
	}
}

func run(bin string, kills, minKills int, budget time.Duration, clients int, keep bool) error {
	tmp, err := os.MkdirTemp("", "halldesk-crash-")
	if err != nil {
		return err
	}
	if keep {
		fmt.Println("临时文件夹：", tmp)
	} else {
		defer os.RemoveAll(tmp)
	}
	if bin == "" || !exists(bin) {
		bin = filepath.Join(tmp, "halldesk")
		fmt.Println("构建 halldesk …")
		cmd := exec.Command("go", "build", "-tags", "webkit2_41", "-o", bin, ".")
		cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
		if err := cmd.Run(); err != nil {
			return fmt.Errorf("build: %w", err)
		}
	} else if bin, err = filepath.Abs(bin); err != nil {
		return err
	}
	// A development build serves frontend/dist from its working folder; give it a stub page
	// (a production build has the real one embedded and ignores this).
	work := filepath.Join(tmp, "work")
	if err := os.MkdirAll(filepath.Join(work, "frontend", "dist"), 0o755); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(work, "frontend", "dist", "index.html"), []byte("<html><head></head><body>crash test</body></html>"), 0o644); err != nil {
		return err
	}
	h := &harness{bin: bin, work: work, data: filepath.Join(tmp, "data"), log: filepath.Join(tmp, "server.log"),
		acked: map[string]bool{}, doubt: map[string]bool{}}

	if err := h.start(); err != nil {
		return err
	}
	defer h.kill() // on any failure below, no server is left running
	if err := h.setup(); err != nil {
		return err
	}

	began := time.Now()
	killed, checks := 0, 0
	for killed < kills && time.Since(began) < budget {
		// Write from several clients and kill the server at a random moment: sometimes at once
		// (during startup work such as the day's first backup), mostly in the middle of the stream.
		delay := time.Duration(rand.IntN(600)) * time.Millisecond
		if rand.IntN(5) == 0 {
			delay = time.Duration(rand.IntN(30)) * time.Millisecond
		}
		ctx, cancel := context.WithCancel(context.Background())
		var wg sync.WaitGroup
		for c := 0; c < clients; c++ {
			wg.Add(1)
			go func() { defer wg.Done(); h.writeLoop(ctx) }()
		}
		time.Sleep(delay)
		h.kill()
		killed++
		cancel()
		wg.Wait()

		if err := h.start(); err != nil {
			return fmt.Errorf("restart after kill %d: %w", killed, err)
		}
		if err := h.verify(); err != nil {
			return fmt.Errorf("after kill %d: %w", killed, err)
		}
		checks++
		if err := h.login(); err != nil {
			return fmt.Errorf("login after kill %d: %w", killed, err)
		}
	}
	// A last, clean stop: the server takes its exit backup.
	h.stop()
	found, committedDoubt, err := h.count()
	if err != nil {
		return err
	}
	fmt.Printf("崩溃测试：SIGKILL %d 次（每次重启后检查，共 %d 次），确认写入 %d 条，重启后找到 %d 条，丢失 %d 条；"+
		"被打断、未确认的写入 %d 条（其中已提交 %d 条）；PRAGMA integrity_check 全部 ok；用时 %.1f 秒。\n",
		killed, checks, len(h.acked), found, len(h.acked)-found, len(h.doubt), committedDoubt, time.Since(began).Seconds())
	if found != len(h.acked) {
		return fmt.Errorf("丢失了 %d 条已确认的写入", len(h.acked)-found)
	}
	if h.rejected > 0 {
		return fmt.Errorf("服务器拒绝了 %d 条写入（见上面的错误）", h.rejected)
	}
	if killed < minKills {
		return fmt.Errorf("只杀了 %d 次（至少 %d 次）：时间预算太短或服务器启动太慢", killed, minKills)
	}
	if len(h.acked) < killed {
		return fmt.Errorf("确认的写入太少（%d 条）：写入流没有跑起来", len(h.acked))
	}
	return nil
}

// harness runs one server at a time and remembers every write.
type harness struct {
	bin, work, data, log string
	cmd                  *exec.Cmd
	base                 string
	client               *http.Client
	village              int64

	mu       sync.Mutex
	seq      int
	acked    map[string]bool // names the server acknowledged
	doubt    map[string]bool // names sent whose answer never came (killed mid-request)
	rejected int             // writes the server answered with an error (must stay 0)
}

func (h *harness) start() error {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	addr := ln.Addr().String()
	ln.Close()
	logf, err := os.OpenFile(h.log, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o644)
	if err != nil {
		return err
	}
	cmd := exec.Command(h.bin, "serve", "--listen", addr, "--data", h.data)
	cmd.Dir, cmd.Stdout, cmd.Stderr = h.work, logf, logf
	cmd.Env = append(os.Environ(), "DISPLAY=", "WAYLAND_DISPLAY=")
	if err := cmd.Start(); err != nil {
		logf.Close()
		return err
	}
	logf.Close()
	h.cmd, h.base = cmd, "http://"+addr
	jar, _ := cookiejar.New(nil)
	h.client = &http.Client{Jar: jar, Timeout: 10 * time.Second}
	deadline := time.Now().Add(15 * time.Second)
	for time.Now().Before(deadline) {
		resp, err := h.client.Get(h.base + "/healthz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == 200 {
				return nil
			}
		}
		time.Sleep(10 * time.Millisecond)
	}
	h.kill()
	tail, _ := os.ReadFile(h.log)
	return fmt.Errorf("server did not answer on %s; log:\n%s", addr, lastLines(string(tail), 20))
}

func (h *harness) kill() {
	if h.cmd == nil {
		return
	}
	h.cmd.Process.Kill() // SIGKILL: no shutdown, no exit backup, nothing flushed on the way out
	h.cmd.Wait()
	h.cmd = nil
}

// stop ends the server as an operator would (SIGTERM) and waits for it.
func (h *harness) stop() {
	if h.cmd == nil {
		return
	}
	h.cmd.Process.Signal(os.Interrupt)
	done := make(chan struct{})
	go func() { h.cmd.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(20 * time.Second):
		h.cmd.Process.Kill()
		<-done
	}
	h.cmd = nil
}

// call posts one API call and decodes the answer; ok is true only for HTTP 200.
func (h *harness) call(ctx context.Context, method string, args []any, out any) (ok bool, err error) {
	body, _ := json.Marshal(args)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, h.base+"/api/"+method, bytes.NewReader(body))
	if err != nil {
		return false, err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := h.client.Do(req)
	if err != nil {
		return false, err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		return false, err
	}
	if resp.StatusCode != 200 {
		return false, fmt.Errorf("%s: HTTP %d %s", method, resp.StatusCode, b)
	}
	if out != nil {
		if err := json.Unmarshal(b, out); err != nil {
			return false, fmt.Errorf("%s: %w", method, err)
		}
	}
	return true, nil
}

const password = "crash-test-1"

func (h *harness) setup() error {
	setup := map[string]any{
		"hall":  map[string]any{"hallName": "崩溃测试便民服务大厅", "township": "测试镇", "banner": "测试旗", "phone": "0477-8612345"},
		"admin": map[string]any{"username": "admin", "name": "测试管理员", "password": password},
	}
	if _, err := h.call(context.Background(), "SystemService/Setup", []any{setup}, nil); err != nil {
		return err
	}
	_, err := h.call(context.Background(), "PlaceService/SaveVillage", []any{map[string]any{"name": "崩溃测试嘎查", "kind": "嘎查"}}, &h.village)
	return err
}

func (h *harness) login() error {
	_, err := h.call(context.Background(), "AuthService/Login", []any{map[string]any{"username": "admin", "password": password}}, nil)
	return err
}

// writeLoop sends writes until ctx ends or the server is gone. Every write is recorded before
// it is sent (in doubt) and moved to acked when HTTP 200 comes back.
func (h *harness) writeLoop(ctx context.Context) {
	for ctx.Err() == nil {
		h.mu.Lock()
		h.seq++
		n := h.seq
		h.mu.Unlock()
		var name, method string
		var arg map[string]any
		if n%5 == 0 {
			name, method = fmt.Sprintf("崩溃测试村%05d", n), "PlaceService/SaveVillage"
			arg = map[string]any{"name": name, "kind": "村"}
		} else {
			name, method = fmt.Sprintf("测试%05d", n), "ResidentService/Save"
			birth := time.Date(1950, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, n/500)
			first17 := "150627" + birth.Format("20060102") + fmt.Sprintf("%03d", n%500)
			arg = map[string]any{"name": name, "idNumber": first17 + string(idcard.CheckChar(first17)),
				"villageId": h.village, "phone": "13800000000", "note": "崩溃测试写入"}
		}
		h.mu.Lock()
		h.doubt[name] = true
		h.mu.Unlock()
		ok, err := h.call(ctx, method, []any{arg}, nil)
		h.mu.Lock()
		if ok {
			delete(h.doubt, name)
			h.acked[name] = true
		}
		h.mu.Unlock()
		if err != nil && !ok {
			if strings.Contains(err.Error(), "HTTP ") {
				// The server answered with an error: that is a bug, not a crash.
				fmt.Fprintln(os.Stderr, "写入被拒绝：", err)
				h.mu.Lock()
				h.rejected++
				h.mu.Unlock()
			}
			return // killed: this client stops until the next round
		}
	}
}

// verify opens the database beside the running, restarted server (SQLite allows a second
// reader) and checks integrity and that every acknowledged write is there.
func (h *harness) verify() error {
	found, _, err := h.count()
	if err != nil {
		return err
	}
	if found != len(h.acked) {
		return fmt.Errorf("已确认 %d 条，只找到 %d 条", len(h.acked), found)
	}
	return nil
}

// count runs integrity_check and returns how many acknowledged and in-doubt writes are stored.
func (h *harness) count() (acked, doubt int, err error) {
	db, err := sql.Open("sqlite3", "file:"+filepath.Join(h.data, "halldesk.db")+"?_busy_timeout=10000")
	if err != nil {
		return 0, 0, err
	}
	defer db.Close()
	var check string
	if err := db.QueryRow(`PRAGMA integrity_check`).Scan(&check); err != nil {
		return 0, 0, fmt.Errorf("integrity_check: %w", err)
	}
	if check != "ok" {
		return 0, 0, fmt.Errorf("integrity_check: %s", check)
	}
	stored := map[string]bool{}
	for _, q := range []string{`SELECT name FROM residents`, `SELECT name FROM villages`} {
		rows, err := db.Query(q)
		if err != nil {
			return 0, 0, err
		}
		for rows.Next() {
			var n string
			if err := rows.Scan(&n); err != nil {
				rows.Close()
				return 0, 0, err
			}
			stored[n] = true
		}
		rows.Close()
	}
	var missing []string
	for n := range h.acked {
		if stored[n] {
			acked++
		} else {
			missing = append(missing, n)
		}
	}
	for n := range h.doubt {
		if stored[n] {
			doubt++
		}
	}
	if len(missing) > 0 {
		return acked, doubt, fmt.Errorf("已确认但不在数据库中：%s", strings.Join(first(missing, 10), "、"))
	}
	return acked, doubt, nil
}

func first(s []string, n int) []string { return s[:min(n, len(s))] }

func exists(p string) bool {
	_, err := os.Stat(p)
	return !errors.Is(err, os.ErrNotExist)
}

func lastLines(s string, n int) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	return strings.Join(lines[max(0, len(lines)-n):], "\n")
}
