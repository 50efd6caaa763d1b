package app

import (
	"context"
	"sort"
	"strconv"
	"strings"

	"halldesk/backend/hall"
	"halldesk/backend/pdf"
)

// PrintService prints the hall's handouts (the cadres' contact cards …) and counts what was
// printed. Every print is recorded: what, how many copies and by whom.
type PrintService struct {
	c    *Core
	seat *Seat
}

// CardsInput chooses whose contact cards to print: the chosen cadres, or else every active
// cadre of a village. Back adds the back side for duplex printing; Pledge overrides the
// default service pledge line.
type CardsInput struct {
	CadreIDs  []int64 `json:"cadreIds"`
	VillageID int64   `json:"villageId"`
	Back      bool    `json:"back"`
	Pledge    string  `json:"pledge"`
}

// PrintCountsInput is a range of China dates (YYYY-MM-DD, both included; empty is open).
type PrintCountsInput struct {
	From hall.Date `json:"from" ts_type:"string"`
	To   hall.Date `json:"to" ts_type:"string"`
}

// ContactCards prints 干部民情联系卡, ten to an A4 sheet, and records the print (one copy per
// card).
func (s *PrintService) ContactCards(in CardsInput) (Document, error) {
	return run(s.c, s.seat, hall.PermPrint, func(ctx context.Context, op hall.Operator) (Document, error) {
		pledge, err := hall.CleanText("pledge", "服务承诺", in.Pledge, hall.MaxPledge, false)
		if err != nil {
			return Document{}, err
		}
		cadres, title, err := s.cardCadres(ctx, in)
		if err != nil {
			return Document{}, err
		}
		hs, err := s.c.Store.Settings(ctx)
		if err != nil {
			return Document{}, err
		}
		items, err := s.c.Store.ServiceItems(ctx, false)
		if err != nil {
			return Document{}, err
		}
		services, hours := cardServices(items)
		hours = hs.PlaceHours(hours) // the catalog's placeholder hall becomes this hall
		data, missing, err := pdf.ContactCards(cadres, hs, pdf.CardOptions{Back: in.Back, Pledge: pledge, Services: services, Hours: hours})
		if err != nil {
			return Document{}, err
		}
		names := make([]string, 0, len(cadres))
		for _, c := range cadres {
			names = append(names, c.Name)
		}
		detail := strings.Join(names[:min(len(names), 10)], "、")
		if len(names) > 10 {
			detail += "等" + strconv.Itoa(len(names)) + "人"
		}
		if in.Back {
			detail += "（双面）"
		}
		return s.c.deliver(ctx, actor(op), "干部民情联系卡-"+title, data, missing,
			hall.PrintLine{Kind: hall.PrintCard, Title: title, Copies: len(cadres), Detail: detail})
	})
}

// cardCadres reads the cadres to print and names the batch.
func (s *PrintService) cardCadres(ctx context.Context, in CardsInput) ([]hall.Cadre, string, error) {
	if len(in.CadreIDs) > hall.MaxPrintCopies {
		return nil, "", hall.Invalid("cadreIds", "一次最多打印"+strconv.Itoa(hall.MaxPrintCopies)+"张联系卡")
	}
	if len(in.CadreIDs) > 0 {
		cadres, err := s.c.Store.CadresByID(ctx, in.CadreIDs)
		if err != nil {
			return nil, "", err
		}
		var inactive []string
		for _, c := range cadres {
			if !c.Active {
				inactive = append(inactive, c.Name)
			}
		}
		if len(inactive) > 0 {
			return nil, "", hall.Invalid("cadreIds", "以下干部已停用，不能打印联系卡："+strings.Join(inactive, "、"))
		}
		return cadres, strconv.Itoa(len(cadres)) + "名干部", nil
	}
	if in.VillageID <= 0 {
		return nil, "", hall.Invalid("cadreIds", "请选择要打印联系卡的干部，或选择一个嘎查村/社区")
	}
	villages, err := s.c.Store.Villages(ctx, true)
	if err != nil {
		return nil, "", err
	}
	name := ""
	for _, v := range villages {
		if v.ID == in.VillageID {
			name = v.Name
		}
	}
	if name == "" {
		return nil, "", hall.Invalid("villageId", "所选嘎查村/社区不存在")
	}
	cadres, err := s.c.Store.VillageCadres(ctx, in.VillageID)
	if err != nil {
		return nil, "", err
	}
	if len(cadres) == 0 {
		return nil, "", hall.Invalid("villageId", name+"还没有在用的干部，请先在干部名册中登记")
	}
	return cadres, name, nil
}

// cardLineLen is about how many characters of item names one category gets on the card's back.
const cardLineLen = 48

// cardServices turns the active catalog into the back side's lines, one per category in
// catalog order (a long category ends with "等N项"), and takes as the hall's hours the place
// and hours most items give.
func cardServices(items []hall.ServiceItem) ([]pdf.CardLine, string) {
	var lines []pdf.CardLine
	index := map[string]int{}
	counts := map[string]int{}
	full := map[string]bool{}
	hours := map[string]int{}
	for _, it := range items {
		if h := strings.TrimSpace(it.PlaceHours); h != "" {
			hours[h]++
		}
		i, ok := index[it.Category]
		if !ok {
			i = len(lines)
			index[it.Category] = i
			lines = append(lines, pdf.CardLine{Label: it.Category})
		}
		counts[it.Category]++
		text := lines[i].Text
		if text != "" {
			text += "、"
		}
		text += it.Name
		if full[it.Category] || len([]rune(text)) > cardLineLen && lines[i].Text != "" {
			full[it.Category] = true
			continue
		}
		lines[i].Text = text
	}
	for i, l := range lines {
		if full[l.Label] {
			lines[i].Text += "等" + strconv.Itoa(counts[l.Label]) + "项"
		}
	}
	best := ""
	keys := make([]string, 0, len(hours))
	for h := range hours {
		keys = append(keys, h)
	}
	sort.Strings(keys) // ties go the same way every time
	for _, h := range keys {
		if best == "" || hours[h] > hours[best] {
			best = h
		}
	}
	return lines, best
}

// Counts adds up the copies printed per kind (口袋书, 民情联系卡 …) in a date range.
func (s *PrintService) Counts(in PrintCountsInput) (map[string]int, error) {
	return run(s.c, s.seat, "", func(ctx context.Context, _ hall.Operator) (map[string]int, error) {
		return s.c.Store.PrintCounts(ctx, in.From, in.To)
	})
}
