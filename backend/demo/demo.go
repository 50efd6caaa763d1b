// Package demo fills an empty HallDesk store with realistic demo data: the service hall of
// 乌兰木伦镇 (伊金霍洛旗, Ordos), its operators, its villages and communities with their groups,
// and about 120 households of Han and Mongolian residents with valid ID numbers.
// Everything goes through the store's ordinary methods, so it is validated and audited like
// data a clerk typed in. The same seed and the same date give the same data.
package demo

import (
	"context"
	"fmt"
	"time"

	"halldesk/backend/hall"
	"halldesk/backend/sqlite"
)

// Password is the password of every demo login.
const Password = "demo1234"

// Households is how many households Fill creates.
const Households = 120

// Summary reports what Fill stored and how to sign in.
type Summary struct {
	Villages   int     `json:"villages"`
	Groups     int     `json:"groups"`
	Households int     `json:"households"`
	Residents  int     `json:"residents"`
	Operators  int     `json:"operators"`
	Cadres     int     `json:"cadres"`
	Logins     []Login `json:"logins"`
}

// Login is one demo operator account.
type Login struct {
	Username  string    `json:"username"`
	Password  string    `json:"password"`
	Name      string    `json:"name"`
	Role      hall.Role `json:"role"`
	RoleLabel string    `json:"roleLabel"`
}

// hallSettings describes the demo hall.
var hallSettings = hall.HallSettings{
	HallName: "乌兰木伦镇便民服务大厅", Township: "乌兰木伦镇", Banner: "伊金霍洛旗",
	Phone: "0477-8612345", SupervisionPhone: "0477-8612300", IdleMinutes: 30,
}

// operators are the demo logins; the first is the administrator created by Setup.
var operators = []hall.OperatorInput{
	{Username: "admin", Name: "其其格", Role: hall.RoleAdmin},
	{Username: "chuangkou", Name: "王丽娜", Role: hall.RoleClerk},
	{Username: "jiedai", Name: "乌兰", Role: hall.RoleReception},
	{Username: "dudao", Name: "巴特尔", Role: hall.RoleSupervisor},
	{Username: "lingdao", Name: "斯琴", Role: hall.RoleLeader},
}

// place is a stored village or community with its stored groups.
type place struct {
	id       int64
	name     string
	kind     string
	groupIDs []int64
	groups   []string
}

// Fill sets up an empty store as the demo hall and fills it. It refuses (conflict) a store that
// is already set up. now is the demo's today (ages and birth dates follow it; audit times follow
// the store's own clock); hash turns a password into the stored hash; seed picks the data, and
// the same seed and date give the same data. Each record is written in its own transaction, so a
// failure part-way leaves a partly filled store: start again with a fresh data folder.
func Fill(ctx context.Context, store *sqlite.Store, now time.Time, hash func(string) (string, error), seed int64) (Summary, error) {
	sum := Summary{Logins: []Login{}}
	setUp, err := store.IsSetUp(ctx)
	if err != nil {
		return sum, fmt.Errorf("demo: check setup: %w", err)
	}
	if setUp {
		return sum, hall.Conflict("本大厅已完成初始设置，不能再生成演示数据；请使用一个新的空数据文件夹")
	}
	g := newGen(seed, now)
	admin, err := addOperators(ctx, store, hash, g, &sum)
	if err != nil {
		return sum, err
	}
	places, err := addPlaces(ctx, store, admin, g, &sum)
	if err != nil {
		return sum, err
	}
	if err := addHouseholds(ctx, store, admin, g, places, &sum); err != nil {
		return sum, err
	}
	if err := addCadres(ctx, store, admin, g, places, &sum); err != nil {
		return sum, err
	}
	return sum, nil
}

// addOperators does the first-start setup with the administrator, then adds the other logins
// as that administrator. It returns the administrator as the actor of everything after.
func addOperators(ctx context.Context, store *sqlite.Store, hash func(string) (string, error), g *gen, sum *Summary) (hall.Actor, error) {
	hs, err := hallSettings.Clean()
	if err != nil {
		return hall.Actor{}, err
	}
	var admin hall.Actor
	for i, in := range operators {
		in.Password = Password
		in.Phone = g.mobile()
		in, err := in.Clean(true)
		if err != nil {
			return admin, err
		}
		h, err := hash(in.Password)
		if err != nil {
			return admin, fmt.Errorf("demo: hash password: %w", err)
		}
		var op hall.Operator
		if i == 0 {
			op, err = store.Setup(ctx, hs, in, h)
			admin = hall.Actor{OperatorID: op.ID, Name: op.Name}
		} else {
			op, err = store.CreateOperator(ctx, admin, in, h)
		}
		if err != nil {
			return admin, fmt.Errorf("demo: operator %s: %w", in.Username, err)
		}
		sum.Operators++
		sum.Logins = append(sum.Logins, Login{Username: op.Username, Password: Password, Name: op.Name,
			Role: op.Role, RoleLabel: op.Role.Label()})
	}
	return admin, nil
}

// addPlaces stores the villages (4–6 groups each) and communities (3–4 groups each).
func addPlaces(ctx context.Context, store *sqlite.Store, a hall.Actor, g *gen, sum *Summary) ([]place, error) {
	var out []place
	for _, v := range villages {
		vin, err := hall.VillageInput{Name: v.name, Kind: v.kind, Active: true}.Clean()
		if err != nil {
			return nil, err
		}
		id, err := store.SaveVillage(ctx, a, vin)
		if err != nil {
			return nil, fmt.Errorf("demo: village %s: %w", v.name, err)
		}
		sum.Villages++
		p := place{id: id, name: v.name, kind: v.kind}
		n := g.between(4, 6)
		if v.kind == "社区" {
			n = g.between(3, 4)
		}
		for _, name := range groupNames[:n] {
			gin, err := hall.GroupInput{VillageID: id, Name: name, Active: true}.Clean()
			if err != nil {
				return nil, err
			}
			gid, err := store.SaveGroup(ctx, a, gin)
			if err != nil {
				return nil, fmt.Errorf("demo: group %s%s: %w", v.name, name, err)
			}
			sum.Groups++
			p.groupIDs = append(p.groupIDs, gid)
			p.groups = append(p.groups, name)
		}
		out = append(out, p)
	}
	return out, nil
}

// addHouseholds stores the households and their members, head first. A few households are
// young families with a baby who has no ID number yet.
func addHouseholds(ctx context.Context, store *sqlite.Store, a hall.Actor, g *gen, places []place, sum *Summary) error {
	babies := map[int]bool{}
	for _, i := range g.r.Perm(Households)[:3] {
		babies[i] = true
	}
	for i := 0; i < Households; i++ {
		p := places[g.r.IntN(len(places))]
		k := g.r.IntN(len(p.groupIDs))
		hin, err := hall.HouseholdInput{VillageID: p.id, GroupID: p.groupIDs[k],
			Address: g.address(p.name, p.kind, p.groupIDs[k], p.groups[k])}.Clean()
		if err != nil {
			return err
		}
		kind := g.kind()
		if babies[i] {
			kind = kindYoungFamily
		}
		members := g.build(kind, babies[i])
		g.decorate(members, kind)
		hid, err := store.SaveHousehold(ctx, a, hin)
		if err != nil {
			return fmt.Errorf("demo: household %s: %w", hin.Address, err)
		}
		sum.Households++
		for _, m := range members {
			in := hall.ResidentInput{Name: m.name, Phone: m.phone, VillageID: hin.VillageID, GroupID: hin.GroupID,
				Address: hin.Address, HouseholdID: hid, Relation: m.relation, Residency: "常住",
				Tags: m.tags, Note: m.note()}
			if m.away {
				in.Residency = "外出"
			}
			if m.noID {
				in.NoIDNumber, in.BirthDate, in.Sex = true, hall.DateOf(m.birth), string(m.sex)
			} else {
				in.IDNumber = g.idNumber(m.birth, m.sex)
			}
			clean, err := hall.CleanResident(in, g.now)
			if err != nil {
				return fmt.Errorf("demo: resident %s: %w", m.name, err)
			}
			if _, err := store.CreateResident(ctx, a, clean); err != nil {
				return fmt.Errorf("demo: resident %s: %w", m.name, err)
			}
			sum.Residents++
		}
	}
	return nil
}
