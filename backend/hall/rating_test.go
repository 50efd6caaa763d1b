package hall

import (
	"slices"
	"testing"
)

func TestOfflineContentIsTheNationalStandard(t *testing.T) {
	var names []string
	for _, in := range OfflineContent.Indicators {
		names = append(names, in.Name)
	}
	if OfflineContent.Overall != "整体满意度" || !slices.Equal(names, []string{"服务效率", "服务水平", "服务态度"}) {
		t.Fatalf("content = %+v", OfflineContent)
	}
	if !slices.Equal(OfflineContent.Levels, []string{"非常满意", "满意", "基本满意", "不满意", "非常不满意"}) || OfflineContent.Version == "" {
		t.Fatalf("levels = %v, version %q", OfflineContent.Levels, OfflineContent.Version)
	}
}

func TestRatingInputsAreChecked(t *testing.T) {
	cases := []struct {
		name  string
		clean func() error
		field string
	}{
		{"pad level 0", func() error { _, err := PadAnswer{Level: 0}.Clean(); return err }, "level"},
		{"pad level 6", func() error { _, err := PadAnswer{Level: 6}.Clean(); return err }, "level"},
		{"pad added indicator", func() error { _, err := PadAnswer{Level: 2, Indicators: []string{"price"}}.Clean(); return err }, "indicators"},
		{"pad good", func() error { _, err := PadAnswer{Level: 2, Indicators: []string{"attitude"}}.Clean(); return err }, ""},
		{"card without number", func() error { _, err := RatingEntry{Channel: ChannelCard, Level: 1}.Clean(); return err }, "cardNo"},
		{"card bad number", func() error {
			_, err := RatingEntry{Channel: ChannelCard, Level: 1, CardNo: "卡 1"}.Clean()
			return err
		}, "cardNo"},
		{"card good", func() error {
			_, err := RatingEntry{Channel: ChannelCard, Level: 1, CardNo: "HD-0012"}.Clean()
			return err
		}, ""},
		{"phone good", func() error { _, err := RatingEntry{Channel: ChannelPhone, Level: 4}.Clean(); return err }, ""},
		{"supervisor cannot enter a pad rating", func() error { _, err := RatingEntry{Channel: ChannelPad, Level: 1}.Clean(); return err }, "channel"},
		{"nor a counter rating", func() error { _, err := RatingEntry{Channel: ChannelCounter, Level: 1}.Clean(); return err }, "channel"},
		{"callback without account", func() error { _, err := CallbackInput{}.Clean(lcNow); return err }, "done"},
		{"callback in the future", func() error {
			_, err := CallbackInput{Done: "已致歉", On: MustDate("2026-12-08")}.Clean(lcNow)
			return err
		}, "on"},
		{"callback new level 7", func() error { _, err := CallbackInput{Done: "已致歉", NewLevel: 7}.Clean(lcNow); return err }, "newLevel"},
		{"callback good", func() error { _, err := CallbackInput{Done: "已致歉", NewLevel: 2}.Clean(lcNow); return err }, ""},
		{"proposal without reason", func() error { _, err := ReviewProposal{RatingID: 1}.Clean(); return err }, "reason"},
		{"decision without reason", func() error { _, err := ReviewDecision{ReviewID: 1, Approve: true}.Clean(); return err }, "reason"},
		{"remedy days 0", func() error { return CheckRemedyDays(0) }, "remedyDays"},
		{"remedy days 61", func() error { return CheckRemedyDays(61) }, "remedyDays"},
		{"remedy days 15", func() error { return CheckRemedyDays(15) }, ""},
	}
	for _, tc := range cases {
		err := tc.clean()
		if tc.field == "" {
			if err != nil {
				t.Errorf("%s: %v", tc.name, err)
			}
			continue
		}
		if e := AsError(err); e == nil || e.Code != CodeInvalid || e.Field != tc.field || e.Message == "" {
			t.Errorf("%s: got %v, want invalid %s", tc.name, err, tc.field)
		}
	}
}

func TestRateCase(t *testing.T) {
	cal := testCalendar()
	cases := []struct {
		name     string
		status   Status
		rated    int
		level    int
		ch       RatingChannel
		days     int
		code     Code
		due      string
		feedback string
	}{
		{"pad on a done instant case", StatusDone, 0, 2, ChannelPad, 15, "", "", "当面"},
		{"phone on a done case", StatusDone, 0, 1, ChannelPhone, 15, "", "", "电话"},
		// Fifteen working days from Monday 2026-12-07, skipping the holiday on the 9th.
		{"bad, 15 working days", StatusFedBack, 0, 5, ChannelCard, 15, "", "2026-12-29", "电话"},
		{"bad, the hall's 5 days", StatusFedBack, 0, 4, ChannelPad, 5, "", "2026-12-15", "电话"},
		{"already rated", StatusRated, 2, 1, ChannelCard, 15, CodeConflict, "", ""},
		{"not finished", StatusInProgress, 0, 1, ChannelPad, 15, CodeConflict, "", ""},
	}
	for _, tc := range cases {
		cs := lcCase(LedgerProxy, tc.status, true, false)
		cs.Rating = tc.rated
		if tc.status == StatusFedBack {
			cs.FeedbackMethod = "电话"
		}
		ch, err := RateCase(cs, tc.level, tc.ch, "很好", "乌兰", cal, tc.days, lcNow)
		if tc.code != "" {
			if !IsCode(err, tc.code) {
				t.Errorf("%s: got %v, want %s", tc.name, err, tc.code)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		c := ch.Case
		if c.Status != StatusRated || c.Rating != tc.level || c.RemedyDue.String() != tc.due || c.FeedbackMethod != tc.feedback ||
			ch.Entry.Action != ActRate || ch.Entry.From != tc.status || ch.Entry.Note != RatingLabel(tc.level)+"（"+tc.ch.Label()+"） 很好" {
			t.Errorf("%s: %+v / %+v", tc.name, c, ch.Entry)
		}
	}
}

func TestRemedyAfterCallback(t *testing.T) {
	cs := lcCase(LedgerProxy, StatusRated, true, true)
	cs.RemedyNote = "2026-12-03 电话致歉"
	cs = RemedyAfterCallback(cs, CallbackInput{On: MustDate("2026-12-07"), Done: "已整改并回访", NewLevel: 2})
	if cs.RemedyNote != "2026-12-03 电话致歉\n2026-12-07 已整改并回访（群众新评价：满意）" || cs.RemedyResolved || !cs.State().RemedyOpen {
		t.Fatalf("open: %+v", cs)
	}
	cs = RemedyAfterCallback(cs, CallbackInput{On: MustDate("2026-12-08"), Done: "问题已解决", Resolved: true})
	if !cs.RemedyResolved || cs.State().RemedyOpen {
		t.Fatalf("resolved: %+v", cs)
	}
	open := lcCase(LedgerProxy, StatusRated, true, true)
	open.RatingExcluded = true
	if open.State().RemedyOpen {
		t.Fatal("an approved malicious rating still holds the case open")
	}
}

func TestReviewAndCallbackRules(t *testing.T) {
	bad := Rating{Level: 5}
	cases := []struct {
		name  string
		check error
		code  Code
	}{
		{"callback on a bad rating", CheckCallback(bad), ""},
		{"callback on a good rating", CheckCallback(Rating{Level: 2}), CodeConflict},
		{"callback on 未评价", CheckCallback(Rating{Level: RatingUnrated}), CodeConflict},
		{"callback once rectified", CheckCallback(Rating{Level: 4, Rectified: true}), CodeConflict},
		{"propose on a bad rating", CheckProposal(bad), ""},
		{"propose on a neutral rating", CheckProposal(Rating{Level: 3}), CodeConflict},
		{"propose twice", CheckProposal(Rating{Level: 4, Reviews: []RatingReview{{State: ReviewProposed}}}), CodeConflict},
		{"propose after approval", CheckProposal(Rating{Level: 4, Reviews: []RatingReview{{State: ReviewApproved}}}), CodeConflict},
		{"propose again after rejection", CheckProposal(Rating{Level: 4, Reviews: []RatingReview{{State: ReviewRejected}}}), ""},
		{"decide a proposal", CheckDecision(RatingReview{State: ReviewProposed}), ""},
		{"decide twice", CheckDecision(RatingReview{State: ReviewApproved}), CodeConflict},
	}
	for _, tc := range cases {
		if tc.code == "" && tc.check != nil || tc.code != "" && !IsCode(tc.check, tc.code) {
			t.Errorf("%s: got %v, want %q", tc.name, tc.check, tc.code)
		}
	}
}

func TestRatingLabels(t *testing.T) {
	r := Rating{Level: 0, Channel: ChannelPad, ContentVersion: OfflineContent.Version,
		Indicators: []IndicatorLevel{{Code: "attitude", Level: 2}}, Reviews: []RatingReview{{State: ReviewApproved}}}.Label()
	if r.LevelLabel != "未评价" || r.ChannelLabel != "评价器" || r.Indicators[0].Name != "服务态度" || r.Reviews[0].StateLabel != "已认定为恶意差评" {
		t.Fatalf("labels = %+v", r)
	}
	if ChannelCounter.Label() != "窗口录入" || ChannelCard.Label() != "纸质评价卡" || ChannelPhone.Label() != "电话回访" {
		t.Fatal("channel labels")
	}
}
