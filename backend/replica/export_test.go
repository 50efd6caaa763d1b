//go:build unix

package replica

import "testing"

// The kit, for the benchmarks of package replica_test (which may import app: package replica's
// own tests may not, app imports replica).

// SFTPServer is the loopback SFTP server of the tests.
type SFTPServer = sftpServer

// HallDB is a hall database with numbered writes.
type HallDB = hallDB

var (
	StartSFTP  = startSFTP
	OpenHall   = openHall
	WaitWrites = waitWrites
	WaitFor    = waitFor
)

// Target is the SFTP target of one hall's folder on the server.
func (s *sftpServer) Target(hallName string) Target { return s.target(hallName) }

// Write commits write n.
func (h *hallDB) Write(t testing.TB, n int) { h.write(t, n) }

// Path is the database file.
func (h *hallDB) Path() string { return h.path }
