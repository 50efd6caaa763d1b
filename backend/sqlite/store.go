// Package sqlite is HallDesk's store: one SQLite file, embedded migrations, one file per entity.
// Exported methods run in one transaction and write their audit line inside it.
package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"io/fs"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	_ "github.com/mattn/go-sqlite3" // registers the "sqlite3" driver

	"halldesk/backend/hall"
)

//go:embed migrations/*.sql
var migrationFiles embed.FS

// Store is the database handle plus the injected clock.
type Store struct {
	db  *sql.DB
	now func() time.Time
	// writes queues this process's write transactions. SQLite lets one writer in at a time and
	// makes the others poll with growing sleeps, which under a busy hall starves some of them
	// past the busy timeout ("database is locked"); a Go mutex hands the turn over fairly.
	// A pointer, so that the copies made by WithClock share it.
	writes *sync.Mutex
	// stmts keeps the prepared statements of the quickest, most frequent reads (stmtcache.go);
	// nil in a store made for one job.
	stmts *stmtCache
	// checkpoints copies the write-ahead log back after writes, beside them (checkpoint.go).
	checkpoints *checkpointer
	// queue gathers the writes waiting for the writer into group commits (groupcommit.go);
	// shared by WithClock's copies, nil in a store made for one job.
	queue *writeQueue
	// counts keeps list totals until the database changes (countcache.go); nil in a store made
	// for one job.
	counts *countCache
}

// keptConnections is how many idle connections the store keeps for the next queries: about as
// many as a busy hall's clients query at once.
const keptConnections = 16

// Open opens (creating if needed) the database at path and applies pending migrations.
// synchronous=FULL because a township's power can fail and nothing acknowledged may be lost.
// A 1 MB page cache per connection (SQLite's default is 2 MB): under twenty busy clients the
// pool holds as many connections, and the smaller cache keeps a county's peak memory at 150 MB
// instead of about 195 MB with no query measurably slower (build/BENCHMARKS.md).
func Open(path string, now func() time.Time) (*Store, error) {
	limitMallocArenas()
	dsn := "file:" + FileURI(path) + "?_journal_mode=WAL&_synchronous=FULL&_foreign_keys=on&_busy_timeout=5000&_txlock=immediate&_cache_size=-1000"
	db, err := sql.Open(driverName, dsn)
	if err != nil {
		return nil, fmt.Errorf("open database: %w", err)
	}
	// Connections are kept, not closed after each burst: database/sql keeps two idle ones by
	// default, so under twenty clients most queries opened a connection afresh (reading the
	// schema, with its triggers, and starting with a cold page cache) and closed it again.
	db.SetMaxIdleConns(keptConnections)
	db.SetConnMaxIdleTime(5 * time.Minute)
	s := &Store{db: db, now: now, writes: &sync.Mutex{}, stmts: &stmtCache{}}
	if err := s.migrate(context.Background()); err != nil {
		db.Close()
		return nil, err
	}
	if err := s.repairResidentSearch(context.Background()); err != nil {
		db.Close()
		return nil, err
	}
	if err := s.repairCaseTallies(context.Background()); err != nil {
		db.Close()
		return nil, err
	}
	if err := s.EnsureCatalog(context.Background(), hall.BuiltinCatalog()); err != nil {
		db.Close()
		return nil, err
	}
	if s.counts, err = newCountCache(dsn); err != nil {
		db.Close()
		return nil, err
	}
	s.checkpoints, s.queue = newCheckpointer(db), &writeQueue{}
	return s, nil
}

// Close closes the database.
func (s *Store) Close() error {
	s.stmts.close()
	s.counts.close()
	s.checkpoints.close(s.db)
	return s.db.Close()
}

// SchemaVersion is the number of the last applied migration.
func (s *Store) SchemaVersion(ctx context.Context) (int, error) {
	var v int
	err := s.db.QueryRowContext(ctx, `SELECT COALESCE(MAX(version),0) FROM schema_migrations`).Scan(&v)
	return v, err
}

// migrate applies every pending migration.
func (s *Store) migrate(ctx context.Context) error { return s.migrateTo(ctx, 0) }

// migrateTo applies the pending migrations up to version upTo (0: all of them), in order, each
// in its own transaction. A restore builds the application's schema of a backup's version with it.
func (s *Store) migrateTo(ctx context.Context, upTo int) error {
	if _, err := s.db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`); err != nil {
		return fmt.Errorf("create schema_migrations: %w", err)
	}
	names, err := fs.Glob(migrationFiles, "migrations/*.sql")
	if err != nil {
		return err
	}
	sort.Strings(names)
	applied := map[int]bool{}
	rows, err := s.db.QueryContext(ctx, `SELECT version FROM schema_migrations`)
	if err != nil {
		return err
	}
	for rows.Next() {
		var v int
		if err := rows.Scan(&v); err != nil {
			rows.Close()
			return err
		}
		applied[v] = true
	}
	rows.Close()
	current, err := s.SchemaVersion(ctx)
	if err != nil {
		return err
	}
	known := 0
	for _, name := range names {
		base := strings.TrimPrefix(name, "migrations/")
		v, err := strconv.Atoi(strings.SplitN(base, "_", 2)[0])
		if err != nil {
			return fmt.Errorf("migration %s: bad name", base)
		}
		known = max(known, v)
	}
	if current > known {
		return &hall.Error{Code: hall.CodeConflict, Message: fmt.Sprintf(
			"数据文件来自更新版本的便民服务台（数据结构版本 %d，本程序只支持到 %d），请升级程序后再打开，数据未作任何改动。", current, known)}
	}
	for _, name := range names {
		base := strings.TrimPrefix(name, "migrations/")
		v, _ := strconv.Atoi(strings.SplitN(base, "_", 2)[0])
		if upTo > 0 && v > upTo {
			break // the names sort in version order
		}
		if applied[v] {
			continue
		}
		body, err := migrationFiles.ReadFile(name)
		if err != nil {
			return err
		}
		if supersededMigrations[v] {
			body = nil // recorded as applied, its schema made by the migration that replaced it
		}
		err = s.tx(ctx, func(tx *sql.Tx) error {
			if len(body) > 0 {
				if _, err := tx.ExecContext(ctx, string(body)); err != nil {
					return fmt.Errorf("migration %s: %w", base, err)
				}
			}
			if hook := migrationHook(v); hook != nil {
				if err := hook(ctx, tx); err != nil {
					return fmt.Errorf("migration %s: %w", base, err)
				}
			}
			_, err := tx.ExecContext(ctx, `INSERT INTO schema_migrations(version,name,applied_at) VALUES (?,?,?)`,
				v, base, s.stamp())
			return err
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// supersededMigrations are migrations that a new database no longer runs: their file stays as it
// was applied (a database that ran it must be upgraded from what it made), and a later
// migration makes their schema in a way that also cleans up after them. 0011 made the resident
// search index an FTS5 table, which a SQLite built without FTS5 cannot create; 0016 makes it an
// ordinary table and removes 0011's objects where they exist.
var supersededMigrations = map[int]bool{11: true}

// migrationHook is the Go step of migration v, run in its transaction right after its SQL, or
// nil. 0010 chains the audit lines written before the chain existed: once, as it is applied.
// 0016 removes 0011's FTS5 table, which SQL alone cannot do without FTS5. 0025 gives every
// existing case its query code (hall.NewQueryCode). 0026 makes the case tallies' triggers from the
// raw queries' conditions and fills the tallies (sqlite/tallies.go); 0028 adds on time and the
// cadres' cases to them (sqlite/tallies_schema.go); 0032 makes the triggers of the visits and
// feedback tallies and fills them (sqlite/activity_tallies.go).
func migrationHook(v int) func(ctx context.Context, tx *sql.Tx) error {
	switch v {
	case 10:
		return backfillAuditChain
	case 16:
		return dropFTS5ResidentSearch
	case 25:
		return fillQueryCodes
	case 26:
		return createCaseTallies
	case 28:
		return addScorecardTallies
	case 32:
		return createActivityTallies
	}
	return nil
}

// tx runs fn in one transaction (BEGIN IMMEDIATE through the DSN), committing only if fn
// succeeds; a store opened by Open commits the writes that queue together (groupcommit.go).
func (s *Store) tx(ctx context.Context, fn func(tx *sql.Tx) error) error {
	if s.queue != nil {
		return s.groupTx(ctx, fn)
	}
	s.writes.Lock()
	defer s.writes.Unlock()
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	if err := fn(tx); err != nil {
		tx.Rollback()
		return err
	}
	// A refused COMMIT (SQLITE_FULL on a full disk) is rolled back by the driver on the same
	// connection, so no transaction, and no write lock, outlives it (TestRefusedCommitLeavesNoTransactionOpen).
	err = tx.Commit()
	s.checkpoints.committed()
	return err
}

// stamp is the current time as stored: UTC RFC 3339.
func (s *Store) stamp() string { return s.now().UTC().Format(time.RFC3339) }

// WithClock is the same database with another clock for the times it records (creation times,
// timelines, the audit log): the demo data uses it to write months of work as it happened.
// Close the original store, not this one.
func (s *Store) WithClock(now func() time.Time) *Store {
	c := *s
	c.now = now
	return &c
}

// audit appends one line to the audit log inside tx.
func (s *Store) audit(ctx context.Context, tx *sql.Tx, a hall.Actor, action, entity string, id int64, detail string) error {
	e := hall.AuditEntry{At: s.stamp(), OperatorID: a.OperatorID, OperatorName: a.Name, Action: action, Entity: entity, EntityID: id, Detail: detail}
	res, err := tx.ExecContext(ctx, `INSERT INTO audit_log(at,operator_id,operator_name,action,entity,entity_id,detail)
		VALUES (?,?,?,?,?,?,?)`, e.At, e.OperatorID, e.OperatorName, e.Action, e.Entity, e.EntityID, e.Detail)
	if err != nil {
		return err
	}
	if e.ID, err = res.LastInsertId(); err != nil {
		return err
	}
	return s.chain(ctx, tx, e)
}

// Audit records an event that changes nothing else (a login, a reveal) in its own transaction.
func (s *Store) Audit(ctx context.Context, a hall.Actor, action, entity string, id int64, detail string) error {
	return s.tx(ctx, func(tx *sql.Tx) error { return s.audit(ctx, tx, a, action, entity, id, detail) })
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

func nullID(id int64) any {
	if id <= 0 {
		return nil
	}
	return id
}
