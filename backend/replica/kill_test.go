//go:build unix

package replica

import (
	"bufio"
	"encoding/json"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"syscall"
	"testing"
	"time"
)

// hallProc is a hall child seen from the test.
type hallProc struct {
	cmd   *exec.Cmd
	in    io.WriteCloser
	acks  *bufio.Scanner
	acked int
}

func startHallProc(t *testing.T, dbPath string, target Target) *hallProc {
	t.Helper()
	spec, _ := json.Marshal(target)
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), hallChildEnv+"="+dbPath+"|"+string(spec))
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

// A hall killed with SIGKILL in the middle of replicating to the banner's SFTP server starts
// again and its replica ends with every acknowledged write: no gap, no duplicate.
func TestKilledHallResumes(t *testing.T) {
	dir := t.TempDir()
	dbPath := filepath.Join(dir, "halldesk.db")
	target := startSFTP(t).target("hall1")

	first := startHallProc(t, dbPath, target)
	first.waitAcks(t, 60)
	if err := first.cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	first.cmd.Wait()

	second := startHallProc(t, dbPath, target)
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
