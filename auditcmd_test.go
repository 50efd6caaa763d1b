package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"database/sql"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"halldesk/backend/datadir"
	"halldesk/backend/hall"
	"halldesk/backend/sqlite"
)

// TestAuditVerifyProcess is not a test: the tests below start the test binary again with this
// test selected and HALLDESK_AUDIT_CLI set, and it runs the command as main does.
func TestAuditVerifyProcess(t *testing.T) {
	if os.Getenv("HALLDESK_AUDIT_CLI") != "1" {
		t.Skip("helper process")
	}
	args := os.Args
	for i, a := range args {
		if a == "--" {
			args = args[i+1:]
			break
		}
	}
	os.Args = append([]string{"halldesk"}, args...)
	main()
	os.Exit(0)
}

// runAudit runs `halldesk audit verify args…` and returns its exit status, output and errors.
func runAudit(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	cmd := exec.Command(os.Args[0], append([]string{"-test.run=^TestAuditVerifyProcess$", "--", "audit", "verify"}, args...)...)
	cmd.Env = append(os.Environ(), "HALLDESK_AUDIT_CLI=1")
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err := cmd.Run()
	code := 0
	var exit *exec.ExitError
	if errors.As(err, &exit) {
		code = exit.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return code, out.String(), errOut.String()
}

// auditFolder makes a data folder with 8 audit lines and, in its backups folder, a backup named
// with the head after 5 lines; it returns the folder and the head after 8 lines.
func auditFolder(t *testing.T) (string, hall.AuditHead) {
	t.Helper()
	dir := t.TempDir()
	now := time.Date(2025, 3, 10, 1, 0, 0, 0, time.UTC)
	s, err := sqlite.Open(filepath.Join(dir, datadir.DBName), func() time.Time { return now })
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	for i := 1; i <= 8; i++ {
		if err := s.Audit(ctx, hall.Actor{OperatorID: 1, Name: "其其格"}, hall.ActLogin, "操作员", 1, ""); err != nil {
			t.Fatal(err)
		}
		if i == 5 {
			h, err := s.AuditHead(ctx)
			if err != nil {
				t.Fatal(err)
			}
			named(t, filepath.Join(dir, "backups"), h)
		}
	}
	h, err := s.AuditHead(ctx)
	if err != nil {
		t.Fatal(err)
	}
	return dir, h
}

// named puts an (empty) backup file named with head h into folder: only its name is read.
func named(t *testing.T, folder string, h hall.AuditHead) {
	t.Helper()
	if err := os.MkdirAll(folder, 0o700); err != nil {
		t.Fatal(err)
	}
	name := "halldesk-20250310-090000-manual-n" + strconv.FormatInt(h.Count, 10) + "-" + strings.ReplaceAll(h.Short, " ", "") + ".db"
	if err := os.WriteFile(filepath.Join(folder, name), nil, 0o600); err != nil {
		t.Fatal(err)
	}
}

func fileSum(t *testing.T, path string) [32]byte {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return sha256.Sum256(raw)
}

func TestAuditVerifyCommand(t *testing.T) {
	dir, head := auditFolder(t)
	db := filepath.Join(dir, datadir.DBName)
	usb := filepath.Join(t.TempDir(), "U盘")
	named(t, usb, head)
	typed := strconv.FormatInt(head.Count, 10) + ":" + head.Short

	before := fileSum(t, db)
	code, out, _ := runAudit(t, "--data", dir, "--backups", usb, "--anchor", typed)
	if code != 0 || !strings.Contains(out, "审计日志完整：已校验 8 条记录") || !strings.Contains(out, "链头：第 8 条，校验码 "+head.Short) ||
		strings.Count(out, "：一致（") != 2 {
		t.Fatalf("whole log: exit %d\n%s", code, out)
	}
	if fileSum(t, db) != before {
		t.Fatal("audit verify changed the data file")
	}

	// The last three lines are deleted with their links: only the anchors show it.
	tamperDB(t, db, `DELETE FROM audit_log WHERE id>6`, `DELETE FROM audit_chain WHERE audit_id>6`)
	if code, out, _ := runAudit(t, "--data", dir); code != 0 || !strings.Contains(out, "审计日志完整") {
		t.Fatalf("without the stick's anchor the cut is not visible: exit %d\n%s", code, out)
	}
	code, out, errOut := runAudit(t, "--data", dir, "--backups", usb)
	t.Logf("halldesk audit verify --backups U盘, exit %d:\n%s%s", code, out, errOut)
	if code != 1 || !strings.Contains(out, "审计日志被截断：记下的链头（备份文件 halldesk-") || !strings.Contains(out, "现只有6条") ||
		!strings.Contains(errOut, "审计日志校验未通过") {
		t.Fatalf("cut tail: exit %d\n%s\n%s", code, out, errOut)
	}
	if code, out, _ := runAudit(t, "--data", dir, "--anchor", "5:0000000000000000"); code != 1 || !strings.Contains(out, "与记下的链头不符：第5条") {
		t.Fatalf("typed anchor that disagrees: exit %d\n%s", code, out)
	}
	if code, _, errOut := runAudit(t, "--data", dir, "--anchor", "5:xyz"); code != 1 || !strings.Contains(errOut, "校验码") {
		t.Fatalf("bad anchor: exit %d\n%s", code, errOut)
	}
	if code, _, errOut := runAudit(t, "--data", dir, "--backups", filepath.Join(usb, "无")); code != 1 || !strings.Contains(errOut, "无法读取文件夹") {
		t.Fatalf("missing folder: exit %d\n%s", code, errOut)
	}
	if code, _, errOut := runAudit(t, "--data", t.TempDir()); code != 1 || !strings.Contains(errOut, "找不到数据文件") {
		t.Fatalf("no data: exit %d\n%s", code, errOut)
	}
}

// tamperDB changes the database file with the append-only triggers dropped.
func tamperDB(t *testing.T, path string, stmts ...string) {
	t.Helper()
	db, err := sql.Open("sqlite3", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, q := range append([]string{`DROP TRIGGER audit_log_no_delete`, `DROP TRIGGER audit_chain_no_delete`}, stmts...) {
		if _, err := db.Exec(q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
}
