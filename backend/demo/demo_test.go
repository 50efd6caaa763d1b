package demo

import (
	"context"
	"path/filepath"
	"regexp"
	"testing"
	"time"

	"golang.org/x/crypto/bcrypt"

	"halldesk/backend/hall"
	"halldesk/backend/idcard"
	"halldesk/backend/sqlite"
)

var fixedNow = time.Date(2025, 11, 12, 2, 30, 0, 0, time.UTC) // 10:30 in China

func cheapHash(pw string) (string, error) {
	b, err := bcrypt.GenerateFromPassword([]byte(pw), bcrypt.MinCost)
	return string(b), err
}

func openStore(t *testing.T) *sqlite.Store {
	t.Helper()
	s, err := sqlite.Open(filepath.Join(t.TempDir(), "t.db"), func() time.Time { return fixedNow })
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func fill(t *testing.T, seed int64) (*sqlite.Store, Summary) {
	t.Helper()
	s := openStore(t)
	sum, err := Fill(context.Background(), s, fixedNow, cheapHash, seed)
	if err != nil {
		t.Fatalf("Fill: %v", err)
	}
	return s, sum
}

// allResidents reads every resident, unmasked, page by page.
func allResidents(t *testing.T, s *sqlite.Store) []hall.Resident {
	t.Helper()
	var out []hall.Resident
	for page := 1; ; page++ {
		p, err := s.SearchResidents(context.Background(), hall.ResidentQuery{Page: page, PageSize: 100})
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, p.Items...)
		if len(out) >= p.Total || len(p.Items) == 0 {
			return out
		}
	}
}

func TestFill(t *testing.T) {
	ctx := context.Background()
	s, sum := fill(t, 1)

	villages, err := s.Villages(ctx, true)
	if err != nil {
		t.Fatal(err)
	}
	groups := 0
	for _, v := range villages {
		if len(v.Groups) < 3 || len(v.Groups) > 6 || v.Groups[0].Name != "一组" {
			t.Errorf("%s has groups %v", v.Name, v.Groups)
		}
		groups += len(v.Groups)
	}
	ops, err := s.Operators(ctx)
	if err != nil {
		t.Fatal(err)
	}
	hh, err := s.SearchHouseholds(ctx, hall.HouseholdQuery{PageSize: 1})
	if err != nil {
		t.Fatal(err)
	}
	residents := allResidents(t, s)
	counts := []struct {
		what      string
		got, want int
	}{
		{"villages", sum.Villages, len(villages)},
		{"villages stored", len(villages), 8},
		{"groups", sum.Groups, groups},
		{"operators", sum.Operators, len(ops)},
		{"operators stored", len(ops), 5},
		{"logins", len(sum.Logins), 5},
		{"households", sum.Households, hh.Total},
		{"households stored", hh.Total, Households},
		{"residents", sum.Residents, len(residents)},
	}
	for _, c := range counts {
		if c.got != c.want {
			t.Errorf("%s: got %d, want %d", c.what, c.got, c.want)
		}
	}
	if sum.Residents < 300 || sum.Residents > 420 {
		t.Errorf("residents = %d, want about 350", sum.Residents)
	}

	t.Run("logins", func(t *testing.T) {
		roles := map[hall.Role]string{}
		for _, l := range sum.Logins {
			roles[l.Role] = l.Username
			c, err := s.Credentials(ctx, l.Username)
			if err != nil {
				t.Fatal(err)
			}
			if bcrypt.CompareHashAndPassword([]byte(c.Hash), []byte(l.Password)) != nil || l.Password != "demo1234" {
				t.Errorf("%s: password does not match", l.Username)
			}
		}
		want := map[hall.Role]string{hall.RoleAdmin: "admin", hall.RoleClerk: "chuangkou",
			hall.RoleReception: "jiedai", hall.RoleSupervisor: "dudao", hall.RoleLeader: "lingdao"}
		for r, u := range want {
			if roles[r] != u {
				t.Errorf("role %s: login %q, want %q", r, roles[r], u)
			}
		}
		hs, err := s.Settings(ctx)
		if err != nil || hs.HallName != "乌兰木伦镇便民服务大厅" || hs.Banner != "伊金霍洛旗" {
			t.Errorf("settings %+v, %v", hs, err)
		}
	})

	t.Run("residents", func(t *testing.T) {
		mobile := regexp.MustCompile(`^1[3-9]\d{9}$`)
		noID, away, short := 0, 0, 0
		tags := map[string]int{}
		for _, r := range residents {
			if !r.HasIDNumber {
				noID++
				if r.Age != 0 && hall.AgeOn(r.BirthDate, fixedNow) != 0 {
					t.Errorf("%s has no ID number but is not a newborn (%s)", r.Name, r.BirthDate)
				}
			} else {
				id, err := idcard.Parse(r.IDNumber, fixedNow)
				if err != nil {
					t.Errorf("%s: %s: %v", r.Name, r.IDNumber, err)
					continue
				}
				if id.Address != "150627" || hall.DateOf(id.BirthDate) != r.BirthDate || string(id.Sex) != r.Sex {
					t.Errorf("%s: %s does not match %s %s", r.Name, r.IDNumber, r.BirthDate, r.Sex)
				}
			}
			age := hall.AgeOn(r.BirthDate, fixedNow)
			if r.Phone != "" && (age < 18 || !mobile.MatchString(r.Phone)) {
				t.Errorf("%s (age %d) has phone %q", r.Name, age, r.Phone)
			}
			if r.Residency == "外出" {
				away++
			}
			if len([]rune(r.Name)) == 2 {
				short++
			}
			for _, tag := range r.Tags {
				tags[tag]++
				if tag == "高龄" && age < 80 {
					t.Errorf("%s is tagged 高龄 at %d", r.Name, age)
				}
			}
		}
		if noID < 3 {
			t.Errorf("%d residents without an ID number, want a few newborns", noID)
		}
		if share := float64(away) / float64(len(residents)); share < 0.08 || share > 0.25 {
			t.Errorf("外出 share %.2f, want about 0.15", share)
		}
		if short < len(residents)/5 {
			t.Errorf("only %d two-character names", short)
		}
		for _, tag := range []string{"高龄", "低保户", "留守儿童", "残疾人", "独居老人"} {
			if tags[tag] == 0 {
				t.Errorf("nobody tagged %s", tag)
			}
		}
		t.Logf("%d residents, %d without ID, %d away, %d two-character names, tags %v",
			len(residents), noID, away, short, tags)
	})

	t.Run("households", func(t *testing.T) {
		for id := int64(1); id <= int64(sum.Households); id++ {
			h, err := s.Household(ctx, id)
			if err != nil {
				t.Fatal(err)
			}
			if len(h.Members) < 1 || len(h.Members) > 6 || h.Members[0].Relation != "户主" {
				t.Errorf("household %d: %d members, first %q", id, len(h.Members), h.Members[0].Relation)
				continue
			}
			head := hall.AgeOn(h.Members[0].BirthDate, fixedNow)
			if head < 18 {
				t.Errorf("household %d: head %s is %d", id, h.Members[0].Name, head)
			}
			for _, m := range h.Members[1:] {
				age := hall.AgeOn(m.BirthDate, fixedNow)
				switch m.Relation {
				case "子女", "孙子女":
					if age >= head-15 {
						t.Errorf("household %d: %s %s (%d) not younger than head (%d)", id, m.Relation, m.Name, age, head)
					}
				case "父母":
					if age <= head+15 {
						t.Errorf("household %d: parent %s (%d) not older than head (%d)", id, m.Name, age, head)
					}
				case "配偶":
					if age < 18 {
						t.Errorf("household %d: spouse %s is %d", id, m.Name, age)
					}
				}
			}
		}
	})

	t.Run("second fill refused", func(t *testing.T) {
		_, err := Fill(ctx, s, fixedNow, cheapHash, 1)
		if !hall.IsCode(err, hall.CodeConflict) {
			t.Fatalf("second Fill: got %v, want a conflict", err)
		}
		if e := hall.AsError(err); e.Message == "" {
			t.Error("conflict without a message")
		}
		hh, err := s.SearchHouseholds(ctx, hall.HouseholdQuery{PageSize: 1})
		if err != nil || hh.Total != Households {
			t.Errorf("households after refused fill: %d, %v", hh.Total, err)
		}
	})
}

func TestFillDeterministic(t *testing.T) {
	names := func(seed int64) []string {
		s, _ := fill(t, seed)
		var out []string
		for _, r := range allResidents(t, s) {
			out = append(out, r.Name+r.IDNumber+r.Phone)
		}
		return out
	}
	a, b, c := names(7), names(7), names(8)
	if len(a) != len(b) {
		t.Fatalf("same seed, %d and %d residents", len(a), len(b))
	}
	for i := range a {
		if a[i] != b[i] {
			t.Fatalf("same seed, resident %d differs: %s / %s", i, a[i], b[i])
		}
	}
	if len(a) == len(c) && a[len(a)-1] == c[len(c)-1] && a[0] == c[0] {
		t.Error("seeds 7 and 8 gave the same residents")
	}
}
