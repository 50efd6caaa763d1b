//go:build unix

package replica

import (
	"fmt"
	"net"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// sftpServer is the system's SSH server on a free loopback port with a temporary host key and
// one authorized key, standing in for the banner's server. It stops with the test.
type sftpServer struct {
	t    testing.TB
	dir  string
	port int
	cfg  string
	cmd  *exec.Cmd
	key  string // the hall's private key
	host string // the server's public host key
	user string
}

// sshdPath is where Debian's openssh-server installs the server.
const sshdPath = "/usr/sbin/sshd"

// startSFTP starts the server; without it the test is skipped, or fails when CI=1.
func startSFTP(t testing.TB) *sftpServer {
	t.Helper()
	for _, p := range []string{sshdPath, "ssh-keygen"} {
		if _, err := exec.LookPath(p); err != nil {
			if os.Getenv("CI") == "1" {
				t.Fatalf("%s is needed (openssh-server): %v", p, err)
			}
			t.Skipf("%s not installed", p)
		}
	}
	if os.Geteuid() == 0 {
		// Run as root, the server wants its privilege-separation folder (the system service makes it).
		if err := os.MkdirAll("/run/sshd", 0o755); err != nil {
			t.Fatal(err)
		}
	}
	u, err := user.Current()
	if err != nil {
		t.Fatal(err)
	}
	s := &sftpServer{t: t, dir: t.TempDir(), user: u.Username}
	for _, k := range []string{"host", "hall"} {
		out, err := exec.Command("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", k, "-f", filepath.Join(s.dir, k)).CombinedOutput()
		if err != nil {
			t.Fatalf("ssh-keygen: %v %s", err, out)
		}
	}
	s.key = s.read("hall")
	s.host = strings.TrimSpace(s.read("host.pub"))
	if err := os.WriteFile(filepath.Join(s.dir, "authorized_keys"), []byte(s.read("hall.pub")), 0o600); err != nil {
		t.Fatal(err)
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	s.port = l.Addr().(*net.TCPAddr).Port
	l.Close()
	s.cfg = filepath.Join(s.dir, "sshd_config")
	cfg := fmt.Sprintf("Port %d\nListenAddress 127.0.0.1\nHostKey %s\nAuthorizedKeysFile %s\n"+
		"Subsystem sftp internal-sftp\nStrictModes no\nUsePAM no\nPidFile %s\nPasswordAuthentication no\n",
		s.port, filepath.Join(s.dir, "host"), filepath.Join(s.dir, "authorized_keys"), filepath.Join(s.dir, "sshd.pid"))
	if err := os.WriteFile(s.cfg, []byte(cfg), 0o600); err != nil {
		t.Fatal(err)
	}
	s.start()
	t.Cleanup(s.stop)
	return s
}

func (s *sftpServer) read(name string) string {
	b, err := os.ReadFile(filepath.Join(s.dir, name))
	if err != nil {
		s.t.Fatal(err)
	}
	return string(b)
}

// start runs the server (again) and waits until it answers.
func (s *sftpServer) start() {
	s.t.Helper()
	s.cmd = exec.Command(sshdPath, "-D", "-e", "-f", s.cfg)
	if err := s.cmd.Start(); err != nil {
		s.t.Fatal(err)
	}
	waitFor(s.t, "the SFTP server", func() bool {
		c, err := net.DialTimeout("tcp", fmt.Sprintf("127.0.0.1:%d", s.port), time.Second)
		if err == nil {
			c.Close()
		}
		return err == nil
	})
}

// stop ends the server and every connection it holds: the banner's server is gone.
func (s *sftpServer) stop() {
	if s.cmd == nil {
		return
	}
	for _, pid := range descendants(s.cmd.Process.Pid) { // each connection's process starts its own session
		syscall.Kill(pid, syscall.SIGKILL)
	}
	s.cmd.Process.Kill()
	s.cmd.Wait()
	s.cmd = nil
}

// descendants lists the processes started by pid, their children and so on.
func descendants(pid int) []int {
	parent := map[int]int{}
	entries, _ := os.ReadDir("/proc")
	for _, e := range entries {
		p, err := strconv.Atoi(e.Name())
		if err != nil {
			continue
		}
		b, err := os.ReadFile(filepath.Join("/proc", e.Name(), "stat"))
		if err != nil {
			continue
		}
		// pid (comm) state ppid ...: comm may hold spaces, so read after its closing parenthesis.
		f := strings.Fields(string(b[strings.LastIndexByte(string(b), ')')+1:]))
		if len(f) > 1 {
			parent[p], _ = strconv.Atoi(f[1])
		}
	}
	var out []int
	want := map[int]bool{pid: true}
	for changed := true; changed; {
		changed = false
		for p, pp := range parent {
			if want[pp] && !want[p] {
				want[p], changed = true, true
				out = append(out, p)
			}
		}
	}
	return out
}

// target is the SFTP target of one hall's folder on the server.
func (s *sftpServer) target(hallName string) Target {
	return Target{Kind: KindSFTP, Host: "127.0.0.1", Port: s.port, User: s.user, KeyPEM: s.key,
		HostKey: s.host, Path: filepath.Join(s.dir, "banner", hallName)}
}
