package app_test

import (
	"context"
	"encoding/json"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode"

	"halldesk/backend/app"
	"halldesk/backend/hall"
	"halldesk/backend/replica"
	"halldesk/backend/sqlite"
)

// replicaEnv is a set-up hall whose core replicates (its data folder is the database's).
func replicaEnv(t *testing.T) (*env, *desk, *app.ReplicaService) {
	t.Helper()
	e := newEnv(t)
	admin := e.setup()
	e.core.DataDir = filepath.Dir(e.path)
	rp := e.core.EnableReplication(e.core.DataDir, e.path, replica.Options{SyncInterval: 100 * time.Millisecond})
	t.Cleanup(rp.Stop)
	return e, admin, replicaOf(e.core, admin.seat)
}

func replicaOf(c *app.Core, seat *app.Seat) *app.ReplicaService {
	for _, s := range c.Services(seat) {
		if r, ok := s.(*app.ReplicaService); ok {
			return r
		}
	}
	panic("no ReplicaService")
}

// closedPort is a loopback port nothing listens on.
func closedPort(t *testing.T) int {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := l.Addr().(*net.TCPAddr).Port
	l.Close()
	return port
}

const testHostKey = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIB8Xc0q1mWcT3qk4Jq0tBq6kJmQyQf6z2m7yQm4mJ2yH banner"

func TestReplicaTargetSavedMaskedAndAudited(t *testing.T) {
	e, _, svc := replicaEnv(t)
	file := filepath.Join(e.core.DataDir, app.ReplicaFile)
	cases := []struct {
		name string
		in   replica.Target
		code hall.Code
	}{
		{"no kind", replica.Target{}, hall.CodeInvalid},
		{"plain http", replica.Target{Kind: replica.KindWebDAV, URL: "http://banner.example/dav"}, hall.CodeInvalid},
		{"s3 over http", replica.Target{Kind: replica.KindS3, Endpoint: "http://oss.example", Bucket: "b", Path: "hall1",
			AccessKeyID: "AK", SecretAccessKey: "SK"}, hall.CodeInvalid},
		{"sftp without host key", replica.Target{Kind: replica.KindSFTP, Host: "127.0.0.1", User: "hall1", Password: "pw", Path: "/r"}, hall.CodeInvalid},
		{"relative folder", replica.Target{Kind: replica.KindFolder, Path: "banner"}, hall.CodeInvalid},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := svc.Save(c.in)
			if codeOf(err) != c.code {
				t.Fatalf("err = %v, want %s", err, c.code)
			}
			if e := hall.AsError(err); e == nil || !strings.ContainsFunc(e.Message, func(r rune) bool { return unicode.Is(unicode.Han, r) }) {
				t.Fatalf("message = %v", err)
			}
			if _, err := os.Stat(file); !os.IsNotExist(err) {
				t.Fatalf("a refused target was written: %v", err)
			}
		})
	}

	secret := "s3cret-Pa55"
	in := replica.Target{Kind: replica.KindSFTP, Host: "127.0.0.1", Port: closedPort(t), User: "hall1",
		Password: secret, HostKey: testHostKey, Path: "/srv/banner/hall1"}
	o, err := svc.Save(in)
	if err != nil {
		t.Fatal(err)
	}
	if o.Target.Password != replica.SecretMask || o.Target.Host != "127.0.0.1" {
		t.Fatalf("overview target = %+v", o.Target)
	}
	st, err := os.Stat(file)
	if err != nil || st.Mode().Perm() != 0o600 {
		t.Fatalf("target file: %v %v", st, err)
	}
	// Saved again as shown (the mask in place of the password): the password is kept.
	o.Target.Path = "/srv/banner/hall1b"
	if _, err := svc.Save(o.Target); err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(file)
	if !strings.Contains(string(b), secret) || !strings.Contains(string(b), "hall1b") {
		t.Fatalf("target file lost the password or the change: %s", b)
	}
	lines, err := e.core.Store.AuditLog(context.Background(), hall.AuditQuery{Entity: hall.EntityReplica})
	if err != nil {
		t.Fatal(err)
	}
	if lines.Total != 2 {
		t.Fatalf("audit lines = %d, want 2", lines.Total)
	}
	for _, l := range lines.Items {
		if strings.Contains(l.Detail, secret) {
			t.Fatalf("the audit holds the password: %q", l.Detail)
		}
	}
	if _, err := svc.Stop(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(file); !os.IsNotExist(err) {
		t.Fatalf("the target file survived Stop: %v", err)
	}
}

// Nothing replicated for a day shows the administrator a red warning.
func TestReplicaWarningAfterADay(t *testing.T) {
	e, _, svc := replicaEnv(t)
	_, err := svc.Save(replica.Target{Kind: replica.KindSFTP, Host: "127.0.0.1", Port: closedPort(t), User: "hall1",
		Password: "pw", HostKey: testHostKey, Path: "/srv/banner/hall1"})
	if err != nil {
		t.Fatal(err)
	}
	if o, _ := svc.Overview(); o.Warning != "" {
		t.Fatalf("warning at once: %q", o.Warning)
	}
	e.clock.advance(25 * time.Hour)
	admin := e.login("admin") // the old session ran out meanwhile
	svc = replicaOf(e.core, admin.seat)
	o, err := svc.Overview()
	if err != nil || !strings.Contains(o.Warning, "没有把数据复制到旗县服务器") {
		t.Fatalf("warning = %q, %v", o.Warning, err)
	}
	st, err := admin.sys.Status()
	if err != nil || st.ReplicaWarning != o.Warning {
		t.Fatalf("status warning = %q, %v", st.ReplicaWarning, err)
	}
}

// A new PC restores its hall from the banner's server at the first start, then replicates on.
func TestSetupRestoreFromBanner(t *testing.T) {
	e, admin, svc := replicaEnv(t)
	target := replica.Target{Kind: replica.KindFolder, Path: filepath.Join(t.TempDir(), "banner", "hall1")}
	if _, err := svc.Save(target); err != nil {
		t.Fatal(err)
	}
	e.addOperator(admin, "clerk1", "办事员乙", hall.RoleClerk)
	written := time.Now()
	waitLatest(t, target, written)

	fresh := newEnv(t)
	fresh.core.DataDir = filepath.Dir(fresh.path)
	rp := fresh.core.EnableReplication(fresh.core.DataDir, fresh.path, replica.Options{SyncInterval: 100 * time.Millisecond})
	t.Cleanup(rp.Stop)
	d := fresh.desk()
	setupSvc := replicaOf(fresh.core, d.seat)
	if _, err := setupSvc.SetupRestore(app.ReplicaRestoreInput{Target: target, At: "2020-13-01"}); codeOf(err) != hall.CodeInvalid {
		t.Fatalf("bad minute: %v", err)
	}
	if msg, err := setupSvc.SetupTest(target); err != nil || !strings.Contains(msg, "连接成功") {
		t.Fatalf("test = %q, %v", msg, err)
	}
	st, err := setupSvc.SetupRestore(app.ReplicaRestoreInput{Target: target})
	if err != nil {
		t.Fatal(err)
	}
	if st.NeedsSetup || st.HallName != hallSettings().HallName {
		t.Fatalf("status after restore = %+v", st)
	}
	fresh.login("clerk1")
	if _, err := setupSvc.SetupRestore(app.ReplicaRestoreInput{Target: target}); codeOf(err) != hall.CodeConflict {
		t.Fatalf("second restore: %v, want conflict", err)
	}
	got, _, _ := rp.Target()
	if got.Path != target.Path {
		t.Fatalf("the restored hall replicates to %q", got.Path)
	}
}

// waitLatest waits until the target holds a state replicated after t.
func waitLatest(t *testing.T, target replica.Target, after time.Time) {
	t.Helper()
	deadline := time.Now().Add(60 * time.Second)
	for {
		latest, err := replica.Latest(context.Background(), target)
		if err == nil && latest.After(after) {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("the replica never caught up: %v %v", latest, err)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// Restoring a backup while the hall replicates leaves the replica equal to the restored data:
// the restore is one transaction through the live database, which Litestream ships like any.
func TestBackupRestoreKeepsReplicaConsistent(t *testing.T) {
	e, admin, svc := replicaEnv(t)
	target := replica.Target{Kind: replica.KindFolder, Path: filepath.Join(t.TempDir(), "banner", "hall1")}
	if _, err := svc.Save(target); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	e.addOperator(admin, "clerk1", "办事员乙", hall.RoleClerk)
	backupFile := filepath.Join(t.TempDir(), "before.db")
	if _, err := e.core.Store.BackupTo(ctx, backupFile); err != nil {
		t.Fatal(err)
	}
	e.addOperator(admin, "clerk2", "办事员丙", hall.RoleClerk)
	waitLatest(t, target, time.Now())
	if _, err := e.core.Store.RestoreFrom(ctx, backupFile, nil); err != nil {
		t.Fatal(err)
	}
	live, _, err := sqlite.AuditHeadFile(ctx, e.path)
	if err != nil {
		t.Fatal(err)
	}
	var copyFile string
	deadline := time.Now().Add(60 * time.Second)
	for {
		copyFile = filepath.Join(t.TempDir(), "banner-copy.db")
		if err := replica.Restore(ctx, target, copyFile, time.Time{}); err != nil {
			t.Fatal(err)
		}
		copied, _, err := sqlite.AuditHeadFile(ctx, copyFile)
		if err == nil && copied == live {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the replica's audit head stays %+v, live %+v (%v)", copied, live, err)
		}
		time.Sleep(100 * time.Millisecond)
	}
	c, err := sqlite.Open(copyFile, e.clock.now)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	ops, err := c.Operators(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, op := range ops {
		if op.Username == "clerk2" {
			t.Fatal("the replica still holds the operator the restore took away")
		}
	}
}

// A hall that starts again out of reach (its PC was off over a weekend, the line is still down)
// warns at once from the catch-up it wrote down before: the red warning does not wait another day.
func TestReplicaWarningAcrossRestart(t *testing.T) {
	e := newEnv(t)
	admin := e.setup()
	dir := filepath.Dir(e.path)
	lastOK := e.clock.now().Add(-50 * time.Hour)
	saved := map[string]any{
		"target": replica.Target{Kind: replica.KindSFTP, Host: "127.0.0.1", Port: closedPort(t), User: "hall1",
			Password: "pw", HostKey: testHostKey, Path: "/srv/banner/hall1"},
		"savedAt": e.clock.now().Add(-30 * 24 * time.Hour),
		"lastOk":  lastOK,
	}
	b, _ := json.Marshal(saved)
	if err := os.WriteFile(filepath.Join(dir, app.ReplicaFile), b, 0o600); err != nil {
		t.Fatal(err)
	}
	rp := e.core.EnableReplication(dir, e.path, replica.Options{SyncInterval: 100 * time.Millisecond})
	t.Cleanup(rp.Stop)
	o, err := replicaOf(e.core, admin.seat).Overview()
	want := lastOK.In(hall.China).Format("2006-01-02 15:04")
	if err != nil || !strings.Contains(o.Warning, "已超过2天") || !strings.Contains(o.Warning, want) {
		t.Fatalf("warning = %q (want 2 days and %s), %v", o.Warning, want, err)
	}
}
