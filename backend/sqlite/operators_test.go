package sqlite

import (
	"strings"
	"testing"
	"time"

	"halldesk/backend/hall"
)

func TestOperators(t *testing.T) {
	s, c, _ := newStore(t)
	boss := setupHall(t, s)
	a := hall.Actor{OperatorID: boss.ID, Name: boss.Name}

	clerk, err := s.CreateOperator(ctx, a, hall.OperatorInput{Username: "wang", Name: "王芳", Role: hall.RoleClerk, Phone: "13812345678"}, hashOf("pw"))
	must(t, err)
	if clerk.ID == 0 || clerk.Username != "wang" || clerk.Role != hall.RoleClerk || clerk.RoleLabel != "窗口人员" || !clerk.Active || clerk.Phone != "13812345678" {
		t.Fatalf("created = %+v", clerk)
	}
	leader, err := s.CreateOperator(ctx, a, hall.OperatorInput{Username: "li", Name: "李强", Role: hall.RoleLeader}, hashOf("pw"))
	must(t, err)

	t.Run("duplicate username refused", func(t *testing.T) {
		for _, name := range []string{"wang", "WANG", "Admin"} {
			n := auditCount(t, s)
			_, err := s.CreateOperator(ctx, a, hall.OperatorInput{Username: name, Name: "重名", Role: hall.RoleClerk}, hashOf("pw"))
			e := wantCode(t, err, hall.CodeConflict)
			if e.Field != "username" || !strings.Contains(e.Message, "已被使用") {
				t.Fatalf("%s: %+v", name, e)
			}
			if auditCount(t, s) != n {
				t.Fatal("a refused create left an audit line")
			}
		}
		_, err := s.UpdateOperator(ctx, a, hall.OperatorInput{ID: leader.ID, Version: versionOf(t, s, "operators", leader.ID), Username: "Wang", Name: "李强", Role: hall.RoleLeader})
		e := wantCode(t, err, hall.CodeConflict)
		if e.Field != "username" {
			t.Fatalf("update to a taken name: %+v", e)
		}
	})

	t.Run("update", func(t *testing.T) {
		c.advance(time.Minute)
		up, err := s.UpdateOperator(ctx, a, hall.OperatorInput{ID: clerk.ID, Version: versionOf(t, s, "operators", clerk.ID), Username: "wangfang", Name: "王芳芳", Role: hall.RoleReception, Phone: ""})
		must(t, err)
		if up.Username != "wangfang" || up.Name != "王芳芳" || up.Role != hall.RoleReception || up.Phone != "" {
			t.Fatalf("updated = %+v", up)
		}
		l := lastAudit(t, s)
		if l.Action != hall.ActUpdate || l.Entity != "操作员" || l.EntityID != clerk.ID ||
			!strings.Contains(l.Detail, "姓名：王芳 → 王芳芳") || !strings.Contains(l.Detail, "角色：窗口人员 → 接待人员") {
			t.Fatalf("update audit = %+v", l)
		}
		cred, err := s.Credentials(ctx, "WANGFANG")
		must(t, err)
		if cred.Operator.ID != clerk.ID || cred.Hash != hashOf("pw") {
			t.Fatalf("credentials by other case = %+v", cred)
		}
	})

	t.Run("not found", func(t *testing.T) {
		_, err := s.UpdateOperator(ctx, a, hall.OperatorInput{ID: 999, Version: 1, Username: "ghost", Name: "无", Role: hall.RoleClerk})
		wantCode(t, err, hall.CodeNotFound)
		wantCode(t, s.SetOperatorActive(ctx, a, 999, 1, false), hall.CodeNotFound)
		wantCode(t, s.SetOperatorPassword(ctx, a, 999, "h"), hall.CodeNotFound)
		_, err = s.Operator(ctx, 999)
		wantCode(t, err, hall.CodeNotFound)
		_, err = s.Credentials(ctx, "ghost")
		wantCode(t, err, hall.CodeNotFound)
	})

	t.Run("deactivate and activate", func(t *testing.T) {
		must(t, s.SetOperatorActive(ctx, a, leader.ID, versionOf(t, s, "operators", leader.ID), false))
		op, err := s.Operator(ctx, leader.ID)
		must(t, err)
		if op.Active {
			t.Fatal("still active")
		}
		if l := lastAudit(t, s); l.Action != hall.ActDeactivate || l.EntityID != leader.ID {
			t.Fatalf("audit = %+v", l)
		}
		ops, err := s.Operators(ctx)
		must(t, err)
		if last := ops[len(ops)-1]; last.ID != leader.ID {
			t.Fatalf("inactive operator not listed last: %+v", ops)
		}
		must(t, s.SetOperatorActive(ctx, a, leader.ID, versionOf(t, s, "operators", leader.ID), true))
		if l := lastAudit(t, s); l.Action != hall.ActActivate {
			t.Fatalf("audit = %+v", l)
		}
	})

	t.Run("last admin protected", func(t *testing.T) {
		n := auditCount(t, s)
		err := s.SetOperatorActive(ctx, a, boss.ID, versionOf(t, s, "operators", boss.ID), false)
		e := wantCode(t, err, hall.CodeConflict)
		if !strings.Contains(e.Message, "管理员") {
			t.Fatalf("message = %q", e.Message)
		}
		_, err = s.UpdateOperator(ctx, a, hall.OperatorInput{ID: boss.ID, Version: versionOf(t, s, "operators", boss.ID), Username: "admin", Name: "管理员甲", Role: hall.RoleClerk})
		wantCode(t, err, hall.CodeConflict)
		op, err := s.Operator(ctx, boss.ID)
		must(t, err)
		if !op.Active || op.Role != hall.RoleAdmin || auditCount(t, s) != n {
			t.Fatalf("refused change was kept: %+v", op)
		}

		// With a second administrator the first may step down.
		second, err := s.CreateOperator(ctx, a, hall.OperatorInput{Username: "admin2", Name: "管理员乙", Role: hall.RoleAdmin}, hashOf("pw"))
		must(t, err)
		must(t, s.SetOperatorActive(ctx, a, boss.ID, versionOf(t, s, "operators", boss.ID), false))
		// Now the second is the last active one.
		wantCode(t, s.SetOperatorActive(ctx, a, second.ID, versionOf(t, s, "operators", second.ID), false), hall.CodeConflict)
		must(t, s.SetOperatorActive(ctx, a, boss.ID, versionOf(t, s, "operators", boss.ID), true))
	})

	t.Run("login bookkeeping", func(t *testing.T) {
		cred, err := s.Credentials(ctx, "li")
		must(t, err)
		if cred.FailedLogins != 0 || !cred.LockedUntil.IsZero() {
			t.Fatalf("fresh credentials = %+v", cred)
		}
		now := c.now()
		for i := 1; i <= 3; i++ {
			at, ok, err := s.ReserveLogin(ctx, "LI", now, 3, time.Hour)
			must(t, err)
			if !ok || at.Operator.ID != leader.ID || at.Hash != hashOf("pw") || at.Failed != i || at.Locks != (i == 3) {
				t.Fatalf("reservation %d = %v %+v", i, ok, at)
			}
		}
		must(t, s.RecordLoginFailure(ctx, leader, true))
		if l := lastAudit(t, s); l.Action != hall.ActLoginFailed || l.OperatorID != leader.ID || l.OperatorName != "李强" || !strings.Contains(l.Detail, "锁定") {
			t.Fatalf("failure audit = %+v", l)
		}
		cred, err = s.Credentials(ctx, "li")
		must(t, err)
		if cred.FailedLogins != 3 || !cred.LockedUntil.Equal(now.Add(time.Hour)) || cred.Operator.LockedUntil != now.Add(time.Hour).UTC().Format(time.RFC3339) {
			t.Fatalf("after the third failure = %+v", cred)
		}
		if _, ok, err := s.ReserveLogin(ctx, "li", now.Add(59*time.Minute), 3, time.Hour); err != nil || ok {
			t.Fatalf("a locked account was reserved: %v %v", ok, err)
		}
		// A lock that ran out starts a fresh count.
		at, ok, err := s.ReserveLogin(ctx, "li", now.Add(time.Hour), 3, time.Hour)
		must(t, err)
		if !ok || at.Failed != 1 || at.Locks {
			t.Fatalf("after the lock ran out = %v %+v", ok, at)
		}
		must(t, s.RecordLogin(ctx, at.Operator))
		if l := lastAudit(t, s); l.Action != hall.ActLogin || l.OperatorID != leader.ID {
			t.Fatalf("login audit = %+v", l)
		}
		cred, err = s.Credentials(ctx, "li")
		must(t, err)
		if cred.FailedLogins != 0 || !cred.LockedUntil.IsZero() {
			t.Fatalf("after login = %+v", cred)
		}
		for _, name := range []string{"ghost", ""} {
			if _, ok, err := s.ReserveLogin(ctx, name, now, 3, time.Hour); err != nil || ok {
				t.Fatalf("unknown name %q was reserved: %v %v", name, ok, err)
			}
		}
		_, _, err = s.ReserveLoginByID(ctx, leader.ID, now, 3, time.Hour)
		must(t, err)
		must(t, s.SetOperatorPassword(ctx, a, leader.ID, hashOf("new")))
		cred, err = s.Credentials(ctx, "li")
		must(t, err)
		if cred.Hash != hashOf("new") || cred.FailedLogins != 0 {
			t.Fatalf("after reset = %+v", cred)
		}
	})
}
