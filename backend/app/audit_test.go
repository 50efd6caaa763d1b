package app_test

import (
	"strings"
	"testing"
	"time"

	"halldesk/backend/app"
	"halldesk/backend/backup"
	"halldesk/backend/hall"
)

// The audit screen's check compares the chain with the heads in the backups' names and with the
// heads the administrator typed in, and is itself logged afterwards.
func TestAuditVerifyWithAnchors(t *testing.T) {
	e, admin, _ := backupEnv(t)
	res, err := backupsOf(e, admin).BackupNow(app.BackupNowInput{})
	must(t, err)
	named, ok := backup.AnchorOf(res.File.Name)
	if !ok {
		t.Fatalf("backup name without the head: %s", res.File.Name)
	}
	head, err := admin.audit.Head() // one line on: the backup's own
	must(t, err)
	if head.Count != named.Count+1 || len(head.Short) != 19 {
		t.Fatalf("head %+v after the backup %+v", head, named)
	}

	typed := hall.AuditAnchor{Count: head.Count, Hash: head.Short}
	v, err := admin.audit.Verify(hall.AuditVerifyInput{Anchors: []hall.AuditAnchor{typed}})
	must(t, err)
	if v.Broken != nil || len(v.Anchors) != 2 {
		t.Fatalf("verification: %+v", v)
	}
	for _, a := range v.Anchors {
		if a.Status != hall.AnchorMatch {
			t.Errorf("anchor %+v does not match", a)
		}
		if a.Count == named.Count && !strings.HasPrefix(a.Source, "备份文件 halldesk-") {
			t.Errorf("backup anchor source: %q", a.Source)
		}
	}
	lines := auditLines(t, admin, hall.ActVerify)
	if len(lines) != 1 || !strings.HasPrefix(lines[0].Detail, "完整；核对链头2个，一致2个") {
		t.Fatalf("the check's own line: %+v", lines)
	}

	// A head written down wrongly (or of a rewritten log) is a problem; a malformed one is refused.
	v, err = admin.audit.Verify(hall.AuditVerifyInput{Anchors: []hall.AuditAnchor{{Count: head.Count, Hash: "0000 0000 0000 0000"}}})
	must(t, err)
	if v.Broken == nil || v.Broken.Kind != hall.ProblemAnchor {
		t.Fatalf("wrong head: %+v", v)
	}
	_, err = admin.audit.Verify(hall.AuditVerifyInput{Anchors: []hall.AuditAnchor{{Count: 3, Hash: "xyz"}}})
	if ae := wantCode(t, err, hall.CodeInvalid); ae.Field != "anchors" || !strings.Contains(ae.Message, "第1个链头") {
		t.Fatalf("bad anchor: %+v", ae)
	}
}

// After a real restore of an older backup the check is whole: the restore line records the head
// of the data it brought back, the anchors of the backups taken since (whose data was replaced)
// are set aside as from before the restore, and the restored backup's own anchor still agrees.
func TestAuditVerifyAfterARestore(t *testing.T) {
	e, admin, _ := backupEnv(t)
	b := backupsOf(e, admin)
	old, err := b.BackupNow(app.BackupNowInput{})
	must(t, err)
	e.clock.advance(time.Minute)
	_, err = admin.places.SaveVillage(hall.VillageInput{Name: "巴图塔村", Kind: "村"})
	must(t, err)
	later, err := b.BackupNow(app.BackupNowInput{})
	must(t, err)
	e.clock.advance(time.Minute)
	_, err = b.Restore(app.RestoreInput{Name: old.File.Name})
	must(t, err)
	admin = e.login("admin")
	v, err := admin.audit.Verify(hall.AuditVerifyInput{})
	must(t, err)
	if v.Broken != nil || v.LastRestore == nil {
		t.Fatalf("after the restore: %+v", v)
	}
	count, hash, ok := hall.ParseRestoredChain(v.LastRestore.Detail)
	if !ok || count != old.File.ChainCount || hash != old.File.ChainHash {
		t.Fatalf("restore line %q, want the head of %s", v.LastRestore.Detail, old.File.Name)
	}
	status := map[string]string{}
	for _, a := range v.Anchors {
		status[strings.TrimPrefix(a.Source, "备份文件 ")] = a.Status
	}
	if status[old.File.Name] != hall.AnchorMatch || status[later.File.Name] != hall.AnchorBeforeRestore {
		t.Fatalf("anchors: %+v", v.Anchors)
	}
}
