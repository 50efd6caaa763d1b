package sqlite

import (
	"testing"
	"time"

	"halldesk/backend/hall"
)

// TestEveryWriteIsAudited runs each write of the store once and checks the line it leaves:
// who (operator id and name), what (action), on what (entity and id), and when (the injected clock).
func TestEveryWriteIsAudited(t *testing.T) {
	s, c, _ := newStore(t)
	boss := setupHall(t, s)
	a := hall.Actor{OperatorID: boss.ID, Name: boss.Name}
	var village, group, household, resident, clerkID int64

	for _, tc := range []struct {
		name   string
		do     func() (id int64, err error)
		actor  hall.Actor // zero: a
		action string
		entity string
	}{
		{"save settings", func() (int64, error) { return 0, s.SaveSettings(ctx, a, hallSettings()) }, hall.Actor{}, hall.ActUpdate, "大厅设置"},
		{"create operator", func() (int64, error) {
			op, err := s.CreateOperator(ctx, a, hall.OperatorInput{Username: "clerk", Name: "王芳", Role: hall.RoleClerk}, hashOf("pw"))
			clerkID = op.ID
			return op.ID, err
		}, hall.Actor{}, hall.ActCreate, "操作员"},
		{"update operator", func() (int64, error) {
			_, err := s.UpdateOperator(ctx, a, hall.OperatorInput{ID: clerkID, Version: versionOf(t, s, "operators", clerkID), Username: "clerk", Name: "王芳芳", Role: hall.RoleClerk})
			return clerkID, err
		}, hall.Actor{}, hall.ActUpdate, "操作员"},
		{"deactivate operator", func() (int64, error) {
			return clerkID, s.SetOperatorActive(ctx, a, clerkID, versionOf(t, s, "operators", clerkID), false)
		}, hall.Actor{}, hall.ActDeactivate, "操作员"},
		{"activate operator", func() (int64, error) {
			return clerkID, s.SetOperatorActive(ctx, a, clerkID, versionOf(t, s, "operators", clerkID), true)
		}, hall.Actor{}, hall.ActActivate, "操作员"},
		{"reset password", func() (int64, error) { return clerkID, s.SetOperatorPassword(ctx, a, clerkID, hashOf("new")) }, hall.Actor{}, hall.ActResetPassword, "操作员"},
		{"login failure", func() (int64, error) {
			cred, err := s.Credentials(ctx, "clerk")
			if err != nil {
				return 0, err
			}
			return clerkID, s.RecordLoginFailure(ctx, cred.Operator, false)
		}, hall.Actor{Name: "王芳芳"}, hall.ActLoginFailed, "操作员"},
		{"login", func() (int64, error) {
			op, err := s.Operator(ctx, clerkID)
			if err != nil {
				return 0, err
			}
			return clerkID, s.RecordLogin(ctx, op)
		}, hall.Actor{Name: "王芳芳"}, hall.ActLogin, "操作员"},
		{"create village", func() (id int64, err error) {
			village, err = s.SaveVillage(ctx, a, hall.VillageInput{Name: "东风嘎查", Kind: "嘎查"})
			return village, err
		}, hall.Actor{}, hall.ActCreate, "嘎查村"},
		{"update village", func() (int64, error) {
			return s.SaveVillage(ctx, a, hall.VillageInput{ID: village, Version: versionOf(t, s, "villages", village), Name: "东风嘎查", Kind: "村", Active: true})
		}, hall.Actor{}, hall.ActUpdate, "嘎查村"},
		{"create group", func() (id int64, err error) {
			group, err = s.SaveGroup(ctx, a, hall.GroupInput{VillageID: village, Name: "一组"})
			return group, err
		}, hall.Actor{}, hall.ActCreate, "组"},
		{"update group", func() (int64, error) {
			return s.SaveGroup(ctx, a, hall.GroupInput{ID: group, Version: versionOf(t, s, "village_groups", group), VillageID: village, Name: "第一组", Active: true})
		}, hall.Actor{}, hall.ActUpdate, "组"},
		{"create household", func() (id int64, err error) {
			household, err = s.SaveHousehold(ctx, a, hall.HouseholdInput{VillageID: village, GroupID: group, Address: "一组1号"})
			return household, err
		}, hall.Actor{}, hall.ActCreate, "家庭户"},
		{"update household", func() (int64, error) {
			return s.SaveHousehold(ctx, a, hall.HouseholdInput{ID: household, Version: versionOf(t, s, "households", household), VillageID: village, Address: "一组2号"})
		}, hall.Actor{}, hall.ActUpdate, "家庭户"},
		{"create resident", func() (id int64, err error) {
			resident, err = s.CreateResident(ctx, a, cleanResident(t, hall.ResidentInput{Name: "张伟", IDNumber: zhangWeiID,
				VillageID: village, HouseholdID: household}))
			return resident, err
		}, hall.Actor{}, hall.ActCreate, "群众"},
		{"update resident", func() (int64, error) {
			return resident, s.UpdateResident(ctx, a, cleanResident(t, hall.ResidentInput{ID: resident, Version: versionOf(t, s, "residents", resident), Name: "张伟", IDNumber: zhangWeiID,
				VillageID: village, HouseholdID: household, Phone: "13812345678"}))
		}, hall.Actor{}, hall.ActUpdate, "群众"},
		{"reveal", func() (int64, error) {
			_, err := s.RevealResident(ctx, a, resident, "phone")
			return resident, err
		}, hall.Actor{}, hall.ActReveal, "群众"},
		{"plain audit", func() (int64, error) { return boss.ID, s.Audit(ctx, a, hall.ActLogout, "操作员", boss.ID, "") }, hall.Actor{}, hall.ActLogout, "操作员"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c.advance(time.Minute)
			n := auditCount(t, s)
			id, err := tc.do()
			must(t, err)
			if got := auditCount(t, s); got != n+1 {
				t.Fatalf("audit lines %d → %d, want exactly one more", n, got)
			}
			want := tc.actor
			if want == (hall.Actor{}) {
				want = a
			} else if want.OperatorID == 0 {
				want.OperatorID = clerkID
			}
			l := lastAudit(t, s)
			if l.OperatorID != want.OperatorID || l.OperatorName != want.Name || l.Action != tc.action ||
				l.Entity != tc.entity || l.EntityID != id || l.At != c.now().UTC().Format(time.RFC3339) {
				t.Fatalf("audit line = %+v; want operator %+v, %s %s #%d at %s", l, want, tc.action, tc.entity, id, c.now().UTC())
			}
		})
	}
}
