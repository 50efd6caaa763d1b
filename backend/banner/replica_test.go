package banner_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"halldesk/backend/banner"
	"halldesk/backend/demo"
	"halldesk/backend/hall"
	"halldesk/backend/replica"
)

func TestMain(m *testing.M) {
	replica.RunIfChild() // the replication child the hall's replicator starts is this test binary
	os.Exit(m.Run())
}

// caughtUp waits until the replicator has uploaded every change of the hall so far.
func caughtUp(t *testing.T, r *replica.Replicator) {
	t.Helper()
	deadline := time.Now().Add(60 * time.Second)
	for time.Now().Before(deadline) {
		s := r.Status()
		if s.LastReplicated != "" && s.LocalTXID != 0 && s.LocalTXID == s.RemoteTXID && s.PendingSince == "" {
			return
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatalf("the replica did not catch up: %+v", r.Status())
}

// testRealReplica has one hall replicate to a folder with Litestream and the banner follow it
// through replica.Restore and replica.Latest: its figures equal the hall's own, before and after
// the hall writes more.
func testRealReplica(t *testing.T, e *bannerEnv) {
	var h *testHall
	for _, x := range e.halls {
		if x.township == "札萨克镇" {
			h = x
		}
	}
	folder := t.TempDir()
	target := replica.Target{Kind: replica.KindFolder, Path: folder}
	ctx, stop := context.WithCancel(context.Background())
	defer stop()
	r, err := replica.Start(ctx, filepath.Join(h.dir, "halldesk.db"), target, replica.Options{SyncInterval: 100 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Stop()
	caughtUp(t, r)

	restore, latest := e.console.Restore, e.console.Latest
	e.console.Restore, e.console.Latest = replica.Restore, replica.Latest
	defer func() { e.console.Restore, e.console.Latest = restore, latest }()
	saved, err := e.hallService(e.admin).Save(banner.HallForm{Hall: hall.BannerHallInput{Name: "札萨克镇（副本）", Township: "札萨克镇"}, Target: target})
	if err != nil {
		t.Fatal(err)
	}
	defer e.hallService(e.admin).Remove(saved.ID)
	p := hall.Period{From: hall.DateOf(now.AddDate(0, -2, 0)), To: hall.DateOf(now)}
	// differs refreshes the copy and says how the banner's figures differ from the hall's own.
	differs := func() string {
		t.Helper()
		if _, err := e.hallService(e.admin).Refresh(saved.ID); err != nil {
			t.Fatal(err)
		}
		d, err := e.reports(e.admin).Dashboard(p)
		if err != nil {
			t.Fatal(err)
		}
		own := h.ownDashboard(t, p)
		for _, f := range d.Halls {
			if f.HallID != saved.ID {
				continue
			}
			if f.Missing || f.Error != "" || f.ReplicatedAt == "" {
				return fmt.Sprintf("the replica's copy %+v", f)
			}
			if f.Sorted != own.Summary.Sorted || f.Overdue != own.OverdueAll || f.PetitionsOverdue != own.Petitions.Overdue {
				return fmt.Sprintf("banner %d/%d/%d, hall %d/%d/%d", f.Sorted, f.Overdue, f.PetitionsOverdue,
					own.Summary.Sorted, own.OverdueAll, own.Petitions.Overdue)
			}
			return ""
		}
		return "the hall is not on the dashboard"
	}
	if d := differs(); d != "" {
		t.Fatal("first refresh: " + d)
	}
	if _, err := demo.Cases(context.Background(), h.core.Store, now, 77); err != nil {
		t.Fatal(err)
	}
	// The banner sees the hall's new writes once they are replicated (within seconds).
	deadline := time.Now().Add(60 * time.Second)
	for d := differs(); d != ""; d = differs() {
		if time.Now().After(deadline) {
			t.Fatal("after the hall wrote more: " + d)
		}
		time.Sleep(200 * time.Millisecond)
	}
}
