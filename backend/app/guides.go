package app

import (
	"context"
	"strconv"
	"strings"

	"halldesk/backend/hall"
	"halldesk/backend/pdf"
)

// GuideInput chooses the items of a pocket guide (惠民政策口袋书): the listed ones, or else
// every active item of a category. Booklet imposes it on A4 for duplex printing.
type GuideInput struct {
	ItemIDs  []int64 `json:"itemIds"`
	Category string  `json:"category"`
	Title    string  `json:"title"`
	Subtitle string  `json:"subtitle"`
	Year     int     `json:"year"`
	PageSize string  `json:"pageSize"` // "A6" (default) or "A5"
	Booklet  bool    `json:"booklet"`
	Copies   int     `json:"copies"` // how many will be handed out, for the print records
}

// PocketGuide prints a policy pocket guide, as single pages or as a booklet to fold, and
// records the print.
func (s *PrintService) PocketGuide(in GuideInput) (Document, error) {
	return run(s.c, s.seat, hall.PermPrint, func(ctx context.Context, op hall.Operator) (Document, error) {
		var err error
		if in.Title, err = hall.CleanText("title", "标题", in.Title, hall.MaxGuideTitle, false); err != nil {
			return Document{}, err
		}
		if in.Subtitle, err = hall.CleanText("subtitle", "副标题", in.Subtitle, hall.MaxGuideSubtitle, false); err != nil {
			return Document{}, err
		}
		copies, err := cleanCopies(in.Copies)
		if err != nil {
			return Document{}, err
		}
		items, err := s.guideItems(ctx, in)
		if err != nil {
			return Document{}, err
		}
		hs, err := s.c.Store.Settings(ctx)
		if err != nil {
			return Document{}, err
		}
		for i := range items {
			items[i].PlaceHours = hs.PlaceHours(items[i].PlaceHours)
		}
		guide, err := pdf.PocketGuide(items, hs, pdf.GuideOptions{Title: in.Title, Subtitle: in.Subtitle, Year: in.Year, PageSize: in.PageSize})
		if err != nil {
			return Document{}, err
		}
		title := in.Title
		if title == "" {
			title = pdf.DefaultGuideTitle
		}
		name, out := title, guide
		var hint []string
		if in.Booklet {
			if out, err = pdf.Booklet(guide, in.PageSize); err != nil {
				return Document{}, err
			}
			name += "-折页打印"
			hint = pdf.BookletSteps(in.PageSize)
		}
		names := make([]string, 0, len(items))
		for _, it := range items {
			names = append(names, it.Name)
		}
		detail := strconv.Itoa(guide.Pages) + "页：" + strings.Join(names[:min(len(names), 8)], "、")
		if len(names) > 8 {
			detail += "等" + strconv.Itoa(len(names)) + "项"
		}
		doc, err := s.c.deliver(ctx, actor(op), name, out.PDF, out.Missing,
			hall.PrintLine{Kind: hall.PrintGuide, Title: title, Copies: copies, Detail: detail})
		doc.HintSteps = hint
		return doc, err
	})
}

// guideItems loads the chosen items in catalog order.
func (s *PrintService) guideItems(ctx context.Context, in GuideInput) ([]hall.ServiceItem, error) {
	all, err := s.c.Store.ServiceItems(ctx, false)
	if err != nil {
		return nil, err
	}
	chosen := map[int64]bool{}
	for _, id := range in.ItemIDs {
		chosen[id] = true
	}
	var items []hall.ServiceItem
	for _, it := range all {
		if chosen[it.ID] || (len(in.ItemIDs) == 0 && in.Category != "" && it.Category == in.Category) {
			items = append(items, it)
			delete(chosen, it.ID)
		}
	}
	if len(chosen) > 0 {
		return nil, hall.Invalid("itemIds", "所选事项中有已停用或不存在的事项，请刷新后重新选择")
	}
	if len(items) == 0 {
		return nil, hall.Invalid("itemIds", "请至少选择一个服务事项（或选择一个类别）")
	}
	return items, nil
}

// LeafletInput is a leaflet (宣传单) for one service item, or a custom notice when ItemID is 0.
type LeafletInput struct {
	ItemID     int64         `json:"itemId"`
	Title      string        `json:"title"`
	Paragraphs []string      `json:"paragraphs"`
	KeyFacts   []pdf.KeyFact `json:"keyFacts"`
	Contacts   string        `json:"contacts"`
	TwoSided   bool          `json:"twoSided"`
	Copies     int           `json:"copies"`
	// The leaflet's Mongolian, for an item's leaflet or a custom notice, all optional: a title set
	// above the Chinese title, and a text (it may quote Chinese) set in vertical columns beside the
	// Chinese body or, with MongolianPage, on a page of its own before it.
	MongolianTitle string `json:"mongolianTitle"`
	Mongolian      string `json:"mongolian"`
	MongolianPage  bool   `json:"mongolianPage"`
}

// Leaflet prints a one-page (or two-sided) leaflet for village notice boards and records it.
func (s *PrintService) Leaflet(in LeafletInput) (Document, error) {
	return run(s.c, s.seat, hall.PermPrint, func(ctx context.Context, op hall.Operator) (Document, error) {
		copies, err := cleanCopies(in.Copies)
		if err != nil {
			return Document{}, err
		}
		mnTitle, err := hall.CleanMongolian("mongolianTitle", "蒙古文标题", in.MongolianTitle, hall.MaxMongolianText, false, true)
		if err != nil {
			return Document{}, err
		}
		mn, err := hall.CleanMongolian("mongolian", "蒙古文段落", in.Mongolian, hall.MaxMongolianParagraph, true, true)
		if err != nil {
			return Document{}, err
		}
		hs, err := s.c.Store.Settings(ctx)
		if err != nil {
			return Document{}, err
		}
		var content pdf.LeafletContent
		if in.ItemID > 0 {
			item, err := s.c.Store.ServiceItem(ctx, in.ItemID)
			if err != nil {
				return Document{}, err
			}
			item.PlaceHours = hs.PlaceHours(item.PlaceHours)
			content = pdf.ItemLeaflet(item, hs)
			content.TwoSided = in.TwoSided
		} else if content, err = cleanLeaflet(in); err != nil {
			return Document{}, err
		}
		content.MongolianTitle, content.Mongolian, content.MongolianPage = mnTitle, mn, in.MongolianPage && mn != ""
		doc, err := pdf.Leaflet(content, hs)
		if err != nil {
			return Document{}, err
		}
		return s.c.deliver(ctx, actor(op), "宣传单-"+content.Title, doc.PDF, doc.Missing,
			hall.PrintLine{Kind: hall.PrintLeaflet, Title: content.Title, Copies: copies, Detail: strconv.Itoa(doc.Pages) + "页"})
	})
}

// cleanLeaflet validates a custom notice.
func cleanLeaflet(in LeafletInput) (pdf.LeafletContent, error) {
	var err error
	out := pdf.LeafletContent{TwoSided: in.TwoSided}
	if out.Title, err = hall.CleanText("title", "标题", in.Title, hall.MaxLeafletTitle, true); err != nil {
		return out, err
	}
	if len(in.Paragraphs) > 30 || len(in.KeyFacts) > 20 {
		return out, hall.Invalid("paragraphs", "段落最多30段，要点最多20条")
	}
	for _, p := range in.Paragraphs {
		p, err := hall.CleanText("paragraphs", "正文", p, hall.MaxParagraph, false)
		if err != nil {
			return out, err
		}
		if p != "" {
			out.Paragraphs = append(out.Paragraphs, p)
		}
	}
	if len(out.Paragraphs) == 0 {
		return out, hall.Invalid("paragraphs", "请填写正文")
	}
	for _, f := range in.KeyFacts {
		label, err := hall.CleanText("keyFacts", "要点名称", f.Label, hall.MaxFactLabel, false)
		if err != nil {
			return out, err
		}
		value, err := hall.CleanText("keyFacts", "要点内容", f.Value, hall.MaxFactValue, false)
		if err != nil {
			return out, err
		}
		if label != "" || value != "" {
			out.KeyFacts = append(out.KeyFacts, pdf.KeyFact{Label: label, Value: value})
		}
	}
	out.Contacts, err = hall.CleanText("contacts", "联系方式", in.Contacts, hall.MaxContacts, false)
	return out, err
}

func cleanCopies(n int) (int, error) {
	if n == 0 {
		return 1, nil
	}
	if n < 1 || n > hall.MaxPrintCopies {
		return 0, hall.Invalid("copies", "份数应为1至"+strconv.Itoa(hall.MaxPrintCopies))
	}
	return n, nil
}
