package demo

import (
	"fmt"
	"math/rand/v2"
	"time"

	"halldesk/backend/hall"
	"halldesk/backend/idcard"
)

// addressCode is the GB/T 2260 code of 伊金霍洛旗, the banner every demo resident is registered in.
const addressCode = "150627"

// gen draws everything random from one seeded source, so one seed and one date give one data set.
type gen struct {
	r       *rand.Rand
	now     time.Time // the demo's now in China, as the services pass it to hall.CleanResident
	today   time.Time // today's date in China at midnight UTC, the form idcard gives birth dates in
	ids     map[string]bool
	phones  map[string]bool
	places  map[string]bool
	houseNo map[int64]int
	total   int // sum of surname weights
}

func newGen(seed int64, now time.Time) *gen {
	y, m, d := now.In(hall.China).Date()
	g := &gen{
		r:       rand.New(rand.NewPCG(uint64(seed), 0x68616c6c6465736b)),
		now:     now.In(hall.China),
		today:   time.Date(y, m, d, 0, 0, 0, 0, time.UTC),
		ids:     map[string]bool{},
		phones:  map[string]bool{},
		places:  map[string]bool{},
		houseNo: map[int64]int{},
	}
	for _, s := range surnames {
		g.total += s.weight
	}
	return g
}

// chance is true with probability p.
func (g *gen) chance(p float64) bool { return g.r.Float64() < p }

// between is a whole number from lo to hi inclusive.
func (g *gen) between(lo, hi int) int { return lo + g.r.IntN(hi-lo+1) }

func (g *gen) pick(list []string) string { return list[g.r.IntN(len(list))] }

func (g *gen) sex(pMale float64) idcard.Sex {
	if g.chance(pMale) {
		return idcard.Male
	}
	return idcard.Female
}

// surname draws a surname by its weight.
func (g *gen) surname() string {
	n := g.r.IntN(g.total)
	for _, s := range surnames {
		if n < s.weight {
			return s.text
		}
		n -= s.weight
	}
	return surnames[0].text
}

// name gives a person of this sex and age a name in the naming line (Mongolian names stand
// alone; Han names are the surname plus a given name in the fashion of the birth decade).
func (g *gen) name(l line, sex idcard.Sex, age int) string {
	male := sex == idcard.Male
	if l.mongol {
		if male {
			return g.pick(mongolMale)
		}
		return g.pick(mongolFemale)
	}
	born := g.today.Year() - age
	var pool []string
	switch {
	case born <= 1970 && male:
		pool = maleOld
	case born <= 1970:
		pool = femaleOld
	case born <= 2000 && male:
		pool = maleMid
	case born <= 2000:
		pool = femaleMid
	case male:
		pool = maleYoung
	default:
		pool = femaleYoung
	}
	return l.surname + g.pick(pool)
}

// birth is a birth date of someone who is `age` full years old today.
func (g *gen) birth(age int) time.Time { return g.today.AddDate(-age, 0, -g.r.IntN(365)) }

// idNumber makes a valid, unused 18-character number: banner code, birth date, a sequence code
// whose parity matches the sex (odd for men) and the check character.
func (g *gen) idNumber(birth time.Time, sex idcard.Sex) string {
	for {
		seq := g.r.IntN(500)*2 + 1 // odd, 1..999
		if sex == idcard.Female {
			seq = g.r.IntN(499)*2 + 2 // even, 2..998
		}
		first17 := fmt.Sprintf("%s%s%03d", addressCode, birth.Format("20060102"), seq)
		if !g.ids[first17] {
			g.ids[first17] = true
			return first17 + string(idcard.CheckChar(first17))
		}
	}
}

// mobile makes an unused mainland mobile number.
func (g *gen) mobile() string {
	for {
		p := fmt.Sprintf("%s%08d", g.pick(mobilePrefixes), g.r.IntN(100000000))
		if !g.phones[p] {
			g.phones[p] = true
			return p
		}
	}
}

// address makes an unused street address in a village group, or a flat in a community estate.
func (g *gen) address(village, kind string, groupID int64, group string) string {
	for {
		var a string
		if es := estates[village]; kind == "社区" && len(es) > 0 {
			a = fmt.Sprintf("%s%s%d号楼%d单元%d0%d室", village, g.pick(es), g.between(1, 12),
				g.between(1, 4), g.between(1, 6), g.between(1, 2))
		} else {
			g.houseNo[groupID] += g.between(1, 4)
			a = fmt.Sprintf("%s%s%d号", village, group, g.houseNo[groupID])
		}
		if !g.places[a] {
			g.places[a] = true
			return a
		}
	}
}
