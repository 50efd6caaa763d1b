package hall

import (
	"encoding/json"
	"sort"
	"strings"
	"testing"
)

// TestCaseWireIsFlat: the view embeds the record, and the screens (and the generated bindings)
// read one flat object with the same keys as before the split; a key added, lost or nested
// under the record's name fails here.
func TestCaseWireIsFlat(t *testing.T) {
	want := []string{"id", "number", "ledger", "itemId", "itemCode", "itemName", "itemCategory", "itemRole",
		"applicantId", "applicantName", "applicantIdNumber", "applicantPhone", "villageId", "villageName", "agent",
		"source", "summary", "intakeNote", "materials", "status", "statusLabel", "createdAt", "acceptedOn",
		"promisedDays", "statutoryDays", "extensionDays", "dueDate", "dueVerified", "daysLeft", "overdue",
		"handlerId", "handlerName", "departments", "meeting", "outcome", "outcomeNote", "monthlyAmount",
		"firstPaidMonth", "feedbackMethod", "feedbackAt", "feedbackBy", "rating", "ratingExcluded", "ratingLabel", "ratingNote",
		"remedyDue", "remedyNote", "remedyResolved", "closedAt", "closedBy", "timeline", "actions", "version"}
	data, err := json.Marshal(ViewCase(lcCase(LedgerProxy, StatusInProgress, true, false), nil, testCalendar(), RoleClerk, lcNow))
	if err != nil {
		t.Fatal(err)
	}
	var got map[string]json.RawMessage
	if err := json.Unmarshal(data, &got); err != nil {
		t.Fatal(err)
	}
	keys := make([]string, 0, len(got))
	for k := range got {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	sort.Strings(want)
	if strings.Join(keys, " ") != strings.Join(want, " ") {
		t.Errorf("wire keys\n got %v\nwant %v", keys, want)
	}
	if string(got["timeline"]) != "[]" || string(got["statusLabel"]) != `"办理中"` {
		t.Errorf("timeline %s status label %s", got["timeline"], got["statusLabel"])
	}
}
