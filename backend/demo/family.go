package demo

import (
	"strings"
	"time"

	"halldesk/backend/idcard"
)

// line is how a father names his children: his surname, or Mongolian names without one.
type line struct {
	surname string
	mongol  bool
}

// person is one household member before it is stored.
type person struct {
	name     string
	sex      idcard.Sex
	age      int
	birth    time.Time
	relation string
	phone    string
	away     bool
	noID     bool
	tags     []string
	notes    []string
}

func (p *person) tag(t string) { p.tags = append(p.tags, t) }

func (p *person) note() string { return strings.Join(p.notes, "；") }

// family builds one household, head first.
type family struct {
	g       *gen
	members []*person
}

// Kinds of household, drawn by kindWeights: about 120 households give about 350 people.
const (
	kindElderAlone = iota
	kindYoungAlone
	kindElderCouple
	kindYoungFamily
	kindSingleParent
	kindNuclear
	kindWithParents
	kindThreeGenerations
)

var kindWeights = []int{8, 6, 18, 7, 6, 30, 16, 9}

func (g *gen) kind() int {
	total := 0
	for _, w := range kindWeights {
		total += w
	}
	n := g.r.IntN(total)
	for k, w := range kindWeights {
		if n < w {
			return k
		}
		n -= w
	}
	return kindNuclear
}

// add puts a member into the household with a name no other member has.
func (f *family) add(relation string, sex idcard.Sex, age int, l line) *person {
	p := &person{relation: relation, sex: sex, age: age, birth: f.g.birth(age)}
	for i := 0; i < 20; i++ {
		p.name = f.g.name(l, sex, age)
		if !f.hasName(p.name) {
			break
		}
	}
	f.members = append(f.members, p)
	return p
}

func (f *family) hasName(n string) bool {
	for _, m := range f.members {
		if m.name == n {
			return true
		}
	}
	return false
}

// marry adds the spouse of p (relation 配偶, 儿媳 or 女婿), of about p's age, and returns the
// spouse and the naming line of their children.
func (f *family) marry(p *person, pl line, relation string) (*person, line) {
	g := f.g
	sex, age := idcard.Female, p.age-g.between(-2, 5)
	if p.sex == idcard.Female {
		sex, age = idcard.Male, p.age+g.between(-2, 5)
	}
	sl := line{surname: g.surname(), mongol: g.chance(0.05)}
	if sl.surname == pl.surname { // same-surname couples exist but are rare
		sl.surname = g.surname()
	}
	if pl.mongol {
		sl.mongol = g.chance(0.75)
	}
	s := f.add(relation, sex, age, sl)
	father, mother := pl, sl
	if p.sex == idcard.Female {
		father, mother = sl, pl
	}
	kids := father
	if !kids.mongol && mother.mongol && g.chance(0.4) {
		kids.mongol = true
	}
	return s, kids
}

// children adds up to n children (relation 子女 or 孙子女) of a mother or lone parent aged
// parentAge; children are born when the parent is 21 to 33, one to seven years apart.
func (f *family) children(l line, parentAge, n int, relation string) []*person {
	g := f.g
	var out []*person
	age := parentAge - g.between(21, 33)
	for i := 0; i < n && age >= 0; i++ {
		c := f.add(relation, g.sex(0.52), age, l)
		if age == 0 && g.today.Sub(c.birth) <= 60*24*time.Hour && g.chance(0.5) {
			c.noID = true
			c.notes = append(c.notes, "新生儿，尚未落户，暂无公民身份号码")
		}
		out = append(out, c)
		age -= g.between(1, 7)
	}
	return out
}

// newborn adds a baby of a few weeks who has no ID number yet.
func (f *family) newborn(l line) *person {
	c := f.add("子女", f.g.sex(0.52), 0, l)
	c.birth = f.g.today.AddDate(0, 0, -f.g.between(7, 80))
	c.noID = true
	c.notes = append(c.notes, "新生儿，尚未落户，暂无公民身份号码")
	return c
}

// goOut marks grown-up children (18+) who work or study elsewhere.
func (f *family) goOut(kids []*person, p float64) {
	for _, c := range kids {
		if c.age >= 18 && !c.away && f.g.chance(p) {
			c.away = true
			if c.age <= 22 && f.g.chance(0.7) {
				c.notes = append(c.notes, f.g.pick(studyPlaces))
			} else {
				c.notes = append(c.notes, f.g.pick(workPlaces))
			}
		}
	}
}

// leftBehind marks the away parents and tags their children under 16 as 留守儿童.
func (f *family) leftBehind(parents, kids []*person) {
	work := f.g.pick(workPlaces)
	for _, p := range parents {
		p.away = true
		p.notes = append(p.notes, work)
	}
	for _, c := range kids {
		if c.age < 16 {
			c.tag("留守儿童")
		}
	}
}

// build makes one household of the given kind; withNewborn forces a baby without an ID number.
func (g *gen) build(kind int, withNewborn bool) []*person {
	f := &family{g: g}
	hl := line{surname: g.surname(), mongol: g.chance(0.15)}
	switch kind {
	case kindElderAlone:
		h := f.add("户主", g.sex(0.4), 66+g.r.IntN(14)+g.r.IntN(14), hl)
		h.tag("独居老人")
		if g.chance(0.2) {
			h.tag("特困供养")
		}
	case kindYoungAlone:
		h := f.add("户主", g.sex(0.7), g.between(22, 48), hl)
		if g.chance(0.5) {
			h.away = true
			h.notes = append(h.notes, g.pick(workPlaces))
		}
	case kindElderCouple:
		h := f.add("户主", g.sex(0.9), 60+g.r.IntN(14)+g.r.IntN(14), hl)
		s, _ := f.marry(h, hl, "配偶")
		if g.chance(0.7) {
			h.tag("空巢老人")
			s.tag("空巢老人")
		}
	case kindYoungFamily:
		h := f.add("户主", g.sex(0.85), g.between(24, 33), hl)
		s, kl := f.marry(h, hl, "配偶")
		switch {
		case withNewborn:
			f.newborn(kl)
		case g.chance(0.4):
			f.children(kl, mother(h, s).age, 1, "子女")
		}
	case kindSingleParent:
		h := f.add("户主", g.sex(0.4), g.between(30, 56), hl)
		kl := hl
		if h.sex == idcard.Female {
			kl = line{surname: g.surname(), mongol: hl.mongol}
		}
		kids := f.children(kl, h.age, g.between(1, 2), "子女")
		f.goOut(kids, 0.5)
	case kindNuclear:
		h := f.add("户主", g.sex(0.88), g.between(27, 55), hl)
		s, kl := f.marry(h, hl, "配偶")
		n := 1 + g.r.IntN(2)
		if g.chance(0.1) {
			n = 3
		}
		kids := f.children(kl, mother(h, s).age, n, "子女")
		if g.chance(0.12) { // the whole household lives elsewhere (外出户)
			work := g.pick(workPlaces)
			for _, m := range f.members {
				m.away = true
			}
			h.notes = append(h.notes, "全家"+work)
		} else {
			f.goOut(kids, 0.5)
		}
	case kindWithParents:
		h := f.add("户主", g.sex(0.9), g.between(28, 50), hl)
		s, kl := f.marry(h, hl, "配偶")
		kids := f.children(kl, mother(h, s).age, g.between(1, 2), "子女")
		f.parents(h, hl)
		if g.chance(0.4) {
			f.leftBehind([]*person{h, s}, kids)
		} else {
			f.goOut(kids, 0.5)
		}
	case kindThreeGenerations:
		h := f.add("户主", g.sex(0.9), g.between(56, 76), hl)
		s, kl := f.marry(h, hl, "配偶")
		childAge := mother(h, s).age - g.between(22, 32)
		c := f.add("子女", g.sex(0.8), childAge, kl)
		rel := "儿媳"
		if c.sex == idcard.Female {
			rel = "女婿" // an uxorilocal son-in-law (上门女婿)
		}
		cs, gl := f.marry(c, kl, rel)
		grandKids := f.children(gl, mother(c, cs).age, g.between(1, 2), "孙子女")
		if g.chance(0.35) {
			f.leftBehind([]*person{c, cs}, grandKids)
		}
	}
	return f.members
}

// parents adds one or both parents of the head (relation 父母); a lone parent is usually the mother.
func (f *family) parents(h *person, hl line) {
	g := f.g
	fatherAge := h.age + g.between(23, 33)
	both := g.chance(0.3)
	father := both || g.chance(0.35)
	if father {
		f.add("父母", idcard.Male, fatherAge, hl)
	}
	if both || !father {
		ml := line{surname: g.surname(), mongol: hl.mongol && g.chance(0.8)}
		f.add("父母", idcard.Female, fatherAge-g.between(0, 5), ml)
	}
}

// mother is whichever of a couple is the woman.
func mother(a, b *person) *person {
	if a.sex == idcard.Female {
		return a
	}
	return b
}

// decorate adds what depends on age or on the household as a whole: the household's 低保 or
// monitoring status, 高龄, a few disabled people and veterans, and mobile numbers for most adults.
func (g *gen) decorate(members []*person, kind int) {
	pDibao := 0.06
	switch kind {
	case kindElderAlone:
		pDibao = 0.2
	case kindSingleParent:
		pDibao = 0.3
	}
	for _, m := range members {
		if m.away && m.age >= 18 { // a household with a member working away rarely qualifies
			pDibao = 0
		}
	}
	dibao := g.chance(pDibao)
	monitored := !dibao && g.chance(0.03)
	for _, m := range members {
		if m.age >= 80 {
			m.tag("高龄")
		}
		if dibao {
			m.tag("低保户")
		}
		if monitored {
			m.tag("脱贫监测户")
		}
		if m.age >= 6 && g.chance(0.025) {
			m.tag("残疾人")
			m.notes = append(m.notes, g.pick(disabilities))
		}
		if m.sex == idcard.Male && m.age >= 62 && g.chance(0.03) {
			m.tag("重点优抚对象")
			m.notes = append(m.notes, "退役军人")
		}
		pPhone := 0.0
		switch {
		case m.age < 18:
		case m.away: // people who have gone out are reached by phone
			pPhone = 1
		case m.age < 70:
			pPhone = 0.9
		case m.age < 80:
			pPhone = 0.6
		default:
			pPhone = 0.3
		}
		if pPhone > 0 && g.chance(pPhone) {
			m.phone = g.mobile()
		}
	}
}
