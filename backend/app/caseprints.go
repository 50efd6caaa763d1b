package app

import (
	"context"

	"halldesk/backend/hall"
	"halldesk/backend/pdf"
)

// caseDocument builds one of the counter's documents for a case and delivers it; the print
// is audited like any look at personal data.
func (s *CaseService) caseDocument(id int64, title string, render func(pdf.CaseDoc) ([]byte, []rune, error),
	allowed func(hall.Case) error) (Document, error) {
	return run(s.c, s.seat, hall.PermViewCases, func(ctx context.Context, op hall.Operator) (Document, error) {
		cs, err := s.c.caseView(ctx, id, op.Role)
		if err != nil {
			return Document{}, err
		}
		if err := allowed(cs); err != nil {
			return Document{}, err
		}
		hs, err := s.c.Store.Settings(ctx)
		if err != nil {
			return Document{}, err
		}
		item, err := s.c.Store.ServiceItem(ctx, cs.ItemID)
		if err != nil {
			return Document{}, err
		}
		d := pdf.CaseDoc{Case: cs, Hall: hs, PlaceHours: hs.PlaceHours(item.PlaceHours),
			EnquiryPhone: first(item.EnquiryPhone, hs.Phone), ComplaintPhone: first(item.ComplaintPhone, hs.SupervisionPhone, hs.Phone),
			PrintedBy: op.Name, At: s.c.Now()}
		if d.QueryCode, err = s.c.Store.CaseQueryCode(ctx, id); err != nil {
			return Document{}, err
		}
		data, missing, err := render(d)
		if err != nil {
			return Document{}, err
		}
		if title == hall.PrintReceipt { // receipts are handouts 宣传印刷 counts: one transaction with the register
			return s.c.deliver(ctx, actor(op), title+"-"+cs.Number, data, missing,
				hall.PrintLine{Kind: hall.PrintReceipt, Title: title + " " + cs.Number, Copies: 1, CaseID: id})
		}
		if err := s.c.Store.Audit(ctx, actor(op), hall.ActPrint, "办件", id, title+" "+cs.Number); err != nil {
			return Document{}, err
		}
		return s.c.deliver(ctx, actor(op), title+"-"+cs.Number, data, missing)
	})
}

// PrintReceipt prints the acceptance receipt (受理回执) of an accepted case.
func (s *CaseService) PrintReceipt(id int64) (Document, error) {
	return s.caseDocument(id, "受理回执", pdf.Receipt, func(cs hall.Case) error {
		if cs.AcceptedOn.IsZero() {
			return hall.Conflict("该办件还在等待补正材料，尚未受理；请打印一次性告知单")
		}
		return nil
	})
}

// PrintNotice prints the one-time notice (一次性告知单) listing every missing material.
func (s *CaseService) PrintNotice(id int64) (Document, error) {
	return s.caseDocument(id, "一次性告知单", pdf.MissingNotice, func(cs hall.Case) error {
		for _, m := range cs.Materials {
			if m.Required && !m.Received {
				return nil
			}
		}
		return hall.Conflict("该办件的必需材料已齐全，不需要一次性告知单")
	})
}

// PrintCompletion prints the completion notice (办结通知书) of a finished case.
func (s *CaseService) PrintCompletion(id int64) (Document, error) {
	return s.caseDocument(id, "办结通知书", pdf.CompletionNotice, func(cs hall.Case) error {
		if cs.Outcome == "" {
			return hall.Conflict("该办件尚未办结，不能打印办结通知书")
		}
		return nil
	})
}

func first(vals ...string) string {
	for _, v := range vals {
		if v != "" {
			return v
		}
	}
	return ""
}
