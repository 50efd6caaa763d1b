package hall

import (
	"strings"
	"testing"
)

func TestTooLongCountsCharacters(t *testing.T) {
	for _, tc := range []struct {
		s    string
		max  int
		want bool
	}{
		{strings.Repeat("查", 40), 40, false}, // 120 bytes
		{strings.Repeat("查", 41), 40, true},
		{strings.Repeat("a", 40), 40, false},
		{strings.Repeat("a", 41), 40, true},
		{"", 0, false},
	} {
		if got := TooLong(tc.s, tc.max); got != tc.want {
			t.Errorf("TooLong(%d runes, %d) = %v, want %v", len([]rune(tc.s)), tc.max, got, tc.want)
		}
	}
}

func TestCheckQuery(t *testing.T) {
	for _, n := range []int{17, MaxQuery} {
		if err := CheckQuery(strings.Repeat("张", n)); err != nil {
			t.Fatalf("%d Chinese characters: %v", n, err)
		}
	}
	err := AsError(CheckQuery(strings.Repeat("张", MaxQuery+1)))
	if err == nil || err.Code != CodeInvalid || err.Field != "text" || err.Message != "查询内容不能超过40个字" {
		t.Fatalf("41 Chinese characters: %+v", err)
	}
}

// TestLimitsAreTheCheckedOnes: the table the forms read holds the limits the rules check with.
func TestLimitsAreTheCheckedOnes(t *testing.T) {
	l := Limits()
	for name, want := range map[string]int{"query": 40, "name": 30, "address": 100, "itemName": 40,
		"petitionReply": 3000, "visitDiary": MaxVisitDiary, "cadreName": MaxCadreName, "teamName": MaxTeamName} {
		if l[name] != want {
			t.Errorf("Limits()[%q] = %d, want %d", name, l[name], want)
		}
	}
	item := ServiceItem{Code: "YB-09", Name: strings.Repeat("医", MaxItemName), Category: "医保", DefaultLedger: LedgerInstant}
	if _, err := item.Clean(); IsCode(err, CodeInvalid) && AsError(err).Field == "name" {
		t.Fatalf("%d characters: %v", MaxItemName, err)
	}
	item.Name += "医"
	if err := AsError(func() error { _, err := item.Clean(); return err }()); err == nil || err.Field != "name" ||
		err.Message != "事项名称不能超过40个字" {
		t.Fatalf("41 characters: %+v", err)
	}
	// a refusal is answered in writing in the same box as any other answer (limits.petitionReply)
	refuse := PetitionActionInput{Action: PaRefuse, Reason: "不属于信访事项", Date: MustDate("2026-10-08"),
		ReplyText: strings.Repeat("复", MaxPetitionReply)}
	p := Petition{Status: PtRegistered, ReceivedOn: MustDate("2026-09-30")}
	if _, err := CleanPetitionAction(refuse, p, ptToday.AddDate(0, 0, 8)); err != nil {
		t.Fatalf("written reply of %d characters: %v", MaxPetitionReply, err)
	}
}

func TestCleanPhoneLimit(t *testing.T) {
	if _, err := CleanPhone("phone", "联系电话", "138 1234 5678", true); err != nil {
		t.Fatal(err)
	}
	if _, err := CleanPhone("phone", "联系电话", strings.Repeat("1", MaxPhone+1), true); !IsCode(err, CodeInvalid) {
		t.Fatalf("21 digits: %v", err)
	}
}

// TestCheckPasswordLength: a password is measured in characters like any text, and bcrypt's
// 72 bytes are refused with a message that says why.
func TestCheckPasswordLength(t *testing.T) {
	for _, tc := range []struct {
		pw, msg string
	}{
		{strings.Repeat("a", MaxPassword), ""},
		{strings.Repeat("a", MaxPassword+1), "密码不能超过72个字符"},
		{strings.Repeat("密", 24), ""},
		{strings.Repeat("密", 25), "密码过长：其中每个汉字按3个字符计算，合计不能超过72个字符"},
		{strings.Repeat("密", 7), "密码至少8位"},
	} {
		err := AsError(CheckPassword("password", tc.pw))
		if tc.msg == "" && err != nil || tc.msg != "" && (err == nil || err.Message != tc.msg) {
			t.Errorf("CheckPassword(%d characters) = %+v, want %q", Chars(tc.pw), err, tc.msg)
		}
	}
}
