package app

import (
	"context"

	"halldesk/backend/hall"
	"halldesk/backend/pdf"
)

// petitionDocument builds one of a petition's documents and delivers it; the print is audited
// like any look at personal data, and its phone numbers are masked for a role that may not
// reveal them.
func (s *PetitionService) petitionDocument(id int64, title string, render func(pdf.PetitionDoc) ([]byte, []rune, error)) (Document, error) {
	return run(s.c, s.seat, hall.PermViewPetitions, func(ctx context.Context, op hall.Operator) (Document, error) {
		p, err := s.c.Store.Petition(ctx, id)
		if err != nil {
			return Document{}, err
		}
		hs, err := s.c.Store.Settings(ctx)
		if err != nil {
			return Document{}, err
		}
		data, missing, err := render(pdf.PetitionDoc{Petition: maskPetition(p, hall.DisclosureFor(op.Role)), Hall: hs,
			PrintedBy: op.Name, At: s.c.Now()})
		if err != nil {
			return Document{}, err
		}
		if p.Status == hall.PtRefused && title == "信访事项答复意见书" {
			title = "不予受理告知书"
		}
		if err := s.c.Store.Audit(ctx, actor(op), hall.ActPrint, "信访事项", id, title+" "+p.Number); err != nil {
			return Document{}, err
		}
		return s.c.deliver(ctx, actor(op), title+"-"+p.Number, data, missing)
	})
}

// PrintRecord prints the registration record; for an oral petition the 口头信访记录 the
// petitioner reads (or hears read), confirms and signs.
func (s *PetitionService) PrintRecord(id int64) (Document, error) {
	return s.petitionDocument(id, "信访登记记录", pdf.PetitionRecord)
}

// PrintReply prints the 信访事项答复意见书 of a replied petition, or the 不予受理告知书 of a
// refused one.
func (s *PetitionService) PrintReply(id int64) (Document, error) {
	return s.petitionDocument(id, "信访事项答复意见书", pdf.PetitionReply)
}

// PrintRoster prints a quarter's 领导干部信访接待日安排表 (A4) for the notice board.
func (s *PetitionService) PrintRoster(quarter string) (Document, error) {
	return run(s.c, s.seat, hall.PermViewPetitions, func(ctx context.Context, op hall.Operator) (Document, error) {
		q, err := hall.ParseQuarter(quarter)
		if err != nil {
			return Document{}, err
		}
		entries, err := s.c.Store.QuarterRoster(ctx, q.String())
		if err != nil {
			return Document{}, err
		}
		if len(entries) == 0 {
			return Document{}, hall.Conflict(q.Label() + "尚未生成接待日安排")
		}
		hs, err := s.c.Store.Settings(ctx)
		if err != nil {
			return Document{}, err
		}
		rs, err := s.c.Store.ReceptionSettings(ctx)
		if err != nil {
			return Document{}, err
		}
		data, missing, err := pdf.RosterNotice(pdf.RosterDoc{Quarter: q, Entries: entries, Reception: rs, Hall: hs,
			PrintedBy: op.Name, At: s.c.Now()})
		if err != nil {
			return Document{}, err
		}
		if err := s.c.Store.Audit(ctx, actor(op), hall.ActPrint, "信访接待日安排", 0, q.String()); err != nil {
			return Document{}, err
		}
		return s.c.deliver(ctx, actor(op), "领导干部信访接待日安排表-"+q.String(), data, missing)
	})
}
