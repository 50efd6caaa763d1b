package replica

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// hallChildEnv starts this test binary as a hall: "dbPath|targetFolder".
const hallChildEnv = "HALLDESK_REPLICA_TEST_HALL"

// runIfHallChild is a hall that replicates and writes numbered rows, printing each number once
// its write is acknowledged, until its input closes.
func runIfHallChild() {
	spec, ok := os.LookupEnv(hallChildEnv)
	if !ok {
		return
	}
	dbPath, folder, _ := strings.Cut(spec, "|")
	h := openHall(childTB{}, dbPath)
	r, err := Start(context.Background(), dbPath, Target{Kind: KindFolder, Path: folder}, Options{SyncInterval: 100 * time.Millisecond})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	stop := make(chan struct{})
	go func() { io.Copy(io.Discard, os.Stdin); close(stop) }()
	var n int
	h.db.QueryRow(`SELECT COALESCE(MAX(n), 0) FROM writes`).Scan(&n)
	for {
		select {
		case <-stop:
			r.Stop()
			os.Exit(0)
		case <-time.After(5 * time.Millisecond):
		}
		n++
		h.write(childTB{}, n)
		fmt.Println(n)
	}
}

// childTB lets the test helpers run in a hall child: a failure ends the process.
type childTB struct{ testing.TB }

func (childTB) Helper()                   {}
func (childTB) Cleanup(func())            {}
func (childTB) Fatal(args ...any)         { fmt.Fprintln(os.Stderr, args...); os.Exit(1) }
func (childTB) Fatalf(f string, a ...any) { fmt.Fprintf(os.Stderr, f+"\n", a...); os.Exit(1) }

// hallProc is a hall child seen from the test.
type hallProc struct {
	cmd   *exec.Cmd
	in    io.WriteCloser
	acks  *bufio.Scanner
	acked int
}

func startHallProc(t *testing.T, dbPath, folder string) *hallProc {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), hallChildEnv+"="+dbPath+"|"+folder)
	cmd.Stderr = os.Stderr
	in, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	return &hallProc{cmd: cmd, in: in, acks: bufio.NewScanner(out)}
}

// waitAcks reads acknowledgements until write n is acknowledged.
func (p *hallProc) waitAcks(t *testing.T, n int) {
	t.Helper()
	for p.acked < n {
		if !p.acks.Scan() {
			t.Fatalf("the hall ended after write %d", p.acked)
		}
		v, err := strconv.Atoi(p.acks.Text())
		if err != nil || v != p.acked+1 && p.acked != 0 {
			t.Fatalf("acknowledged %q after %d", p.acks.Text(), p.acked)
		}
		p.acked = v
	}
}

// A hall killed with SIGKILL in the middle of replicating starts again and its replica ends
// with every acknowledged write: no gap, no duplicate.
func TestKilledHallResumes(t *testing.T) {
	dir := t.TempDir()
	dbPath := filepath.Join(dir, "halldesk.db")
	target := Target{Kind: KindFolder, Path: filepath.Join(dir, "banner", "hall1")}

	first := startHallProc(t, dbPath, target.Path)
	first.waitAcks(t, 60)
	if err := first.cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	first.cmd.Wait()

	second := startHallProc(t, dbPath, target.Path)
	second.waitAcks(t, first.acked+60)
	second.in.Close()
	if err := second.cmd.Wait(); err != nil {
		t.Fatalf("the hall did not stop cleanly: %v", err)
	}

	local := writesIn(t, dbPath)
	if len(local) < second.acked {
		t.Fatalf("the hall holds %d writes, %d were acknowledged", len(local), second.acked)
	}
	checkExactly(t, local, len(local))
	got, err := restoreWrites(t, target, time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	checkExactly(t, got, len(local))
}
