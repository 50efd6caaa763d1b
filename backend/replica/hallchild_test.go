package replica

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
	"testing"
	"time"
)

// hallChildEnv starts this test binary as a hall: "dbPath|target as JSON".
const hallChildEnv = "HALLDESK_REPLICA_TEST_HALL"

// runIfHallChild is a hall that replicates and writes numbered rows, printing each number once
// its write is acknowledged, until its input closes.
func runIfHallChild() {
	spec, ok := os.LookupEnv(hallChildEnv)
	if !ok {
		return
	}
	dbPath, targetJSON, _ := strings.Cut(spec, "|")
	var target Target
	if err := json.Unmarshal([]byte(targetJSON), &target); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	h := openHall(childTB{}, dbPath)
	r, err := Start(context.Background(), dbPath, target, Options{SyncInterval: 100 * time.Millisecond})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	stop := make(chan struct{})
	go func() { io.Copy(io.Discard, os.Stdin); close(stop) }()
	var n int
	h.db.QueryRow(`SELECT COALESCE(MAX(n), 0) FROM writes`).Scan(&n)
	for {
		select {
		case <-stop:
			r.Stop()
			os.Exit(0)
		case <-time.After(5 * time.Millisecond):
		}
		n++
		h.write(childTB{}, n)
		fmt.Println(n)
	}
}

// childTB lets the test helpers run in a hall child: a failure ends the process.
type childTB struct{ testing.TB }

func (childTB) Helper()                   {}
func (childTB) Cleanup(func())            {}
func (childTB) Fatal(args ...any)         { fmt.Fprintln(os.Stderr, args...); os.Exit(1) }
func (childTB) Fatalf(f string, a ...any) { fmt.Fprintf(os.Stderr, f+"\n", a...); os.Exit(1) }
