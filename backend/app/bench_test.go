package app_test

import (
	"fmt"
	"testing"

	"halldesk/backend/app"
	"halldesk/backend/hall"
	"halldesk/backend/idcard"
)

// The counter's two commonest writes on a small store, through the services as a clerk: intake
// (the case, its materials, timeline and audit row in one transaction) and a state transition.
// The county-scale figures come from build/bench; these show the cost of the write path itself.
//
//	go test -run '^$' -bench 'Case' ./backend/app/

// benchCounter is a hall with a clerk, one village and enough residents that every intake is
// a new case (a resident may have each item open only once).
type benchCounter struct {
	cases     *app.CaseService
	items     []hall.ServiceItem
	residents []int64
}

func newBenchCounter(b *testing.B, intakes int) *benchCounter {
	e := newEnv(b)
	admin := e.setup()
	e.addOperator(admin, "clerk", "王丽娜", hall.RoleClerk)
	vid, err := admin.places.SaveVillage(hall.VillageInput{Name: "巴图塔村", Kind: "村"})
	if err != nil {
		b.Fatal(err)
	}
	clerk := e.login("clerk")
	items, err := catalogOf(e, clerk).List(false)
	if err != nil {
		b.Fatal(err)
	}
	c := &benchCounter{cases: casesOf(e, clerk), items: items}
	for i := range intakes/len(items) + 1 {
		first17 := fmt.Sprintf("150627%04d0101%03d", 1950+i/1000, i%1000)
		r, err := clerk.res.Save(hall.ResidentInput{Name: "张伟", IDNumber: first17 + string(idcard.CheckChar(first17)),
			Phone: "13812345678", VillageID: vid})
		if err != nil {
			b.Fatal(err)
		}
		c.residents = append(c.residents, r.ID)
	}
	return c
}

// intake takes in the i-th case: items in turn, then the next resident; all materials handed in.
func (c *benchCounter) intake(b *testing.B, i int) hall.Case {
	it := c.items[i%len(c.items)]
	var received []string
	for _, m := range it.Materials {
		received = append(received, m.Name)
	}
	cs, err := c.cases.Intake(hall.IntakeInput{ApplicantID: c.residents[i/len(c.items)], ItemID: it.ID,
		Source: "大厅窗口", Summary: "性能测试受理", Received: received})
	if err != nil {
		b.Fatalf("intake %d (%s): %v", i, it.Name, err)
	}
	return cs
}

func BenchmarkCaseIntake(b *testing.B) {
	c := newBenchCounter(b, b.N)
	b.ResetTimer()
	for i := range b.N {
		c.intake(b, i)
	}
}

func BenchmarkCaseTransition(b *testing.B) {
	// Some items settle on the spot or wait for materials: take in more than b.N to start b.N.
	c := newBenchCounter(b, 3*b.N+30)
	var accepted []hall.Case
	for i := 0; len(accepted) < b.N; i++ {
		if i >= len(c.residents)*len(c.items) {
			b.Fatalf("only %d of %d intakes were accepted", len(accepted), i)
		}
		if cs := c.intake(b, i); cs.Status == hall.StatusAccepted {
			accepted = append(accepted, cs)
		}
	}
	b.ResetTimer()
	for _, a := range accepted {
		cs, err := c.cases.Act(hall.TransitionInput{CaseID: a.ID, Action: hall.ActStart, Version: a.Version})
		if err != nil || cs.Status != hall.StatusInProgress {
			b.Fatalf("start case %d: %v (status %s)", a.ID, err, cs.Status)
		}
	}
}
