package httpapi

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"testing"

	"halldesk/backend/hall"
)

// A full disk is answered like any refused save: its own status and the Chinese message, not a
// server error.
func TestDiskFullIsAnOrdinaryAnswer(t *testing.T) {
	rec := httptest.NewRecorder()
	writeError(rec, hall.DiskFull())
	var got hall.Error
	if err := json.Unmarshal(rec.Body.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if rec.Code != http.StatusInsufficientStorage || got.Code != hall.CodeDiskFull || got.Message != hall.DiskFullMessage {
		t.Fatalf("status %d, body %s", rec.Code, rec.Body)
	}
}
