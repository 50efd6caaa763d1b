package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"strconv"
	"strings"

	"halldesk/backend/hall"
)

// QueueGroups lists the queue groups in display order with their catalog items; activeOnly
// leaves out the groups the administrator turned off.
func (s *Store) QueueGroups(ctx context.Context, activeOnly bool) ([]hall.QueueGroup, error) {
	return s.queueGroups(ctx, s.db, activeOnly)
}

func (s *Store) queueGroups(ctx context.Context, q querier, activeOnly bool) ([]hall.QueueGroup, error) {
	rows, err := q.QueryContext(ctx, `SELECT id, prefix, name, active, position, version FROM queue_groups
		WHERE active=1 OR ?=0 ORDER BY position, prefix`, boolInt(activeOnly))
	groups, err := readRows(rows, err, func(sc scanner) (g hall.QueueGroup, keep bool, err error) {
		return g, true, sc.Scan(&g.ID, &g.Prefix, &g.Name, &g.Active, &g.Position, &g.Version)
	})
	if err != nil {
		return nil, err
	}
	rows, err = q.QueryContext(ctx, `SELECT gi.group_id, gi.item_id, si.name FROM queue_group_items gi
		JOIN service_items si ON si.id=gi.item_id ORDER BY si.code`)
	type link struct {
		group, item int64
		name        string
	}
	links, err := readRows(rows, err, func(sc scanner) (l link, keep bool, err error) {
		return l, true, sc.Scan(&l.group, &l.item, &l.name)
	})
	if err != nil {
		return nil, err
	}
	out := make([]hall.QueueGroup, 0, len(groups))
	for _, g := range groups {
		g.ItemIDs, g.ItemNames = []int64{}, []string{}
		for _, l := range links {
			if l.group == g.ID {
				g.ItemIDs, g.ItemNames = append(g.ItemIDs, l.item), append(g.ItemNames, l.name)
			}
		}
		out = append(out, g)
	}
	return out, nil
}

// SaveQueueGroup adds a group (ID 0) or changes one at the version the administrator saw, with
// its catalog items.
func (s *Store) SaveQueueGroup(ctx context.Context, a hall.Actor, g hall.QueueGroup) (int64, error) {
	err := s.tx(ctx, func(tx *sql.Tx) error {
		var clash int64
		err := tx.QueryRowContext(ctx, `SELECT id FROM queue_groups WHERE prefix=? AND id<>?`, g.Prefix, g.ID).Scan(&clash)
		if err == nil {
			return hall.Invalid("prefix", "字头“"+g.Prefix+"”已被其他队列使用")
		} else if !errors.Is(err, sql.ErrNoRows) {
			return err
		}
		action := hall.ActUpdate
		if g.ID == 0 {
			action = hall.ActCreate
			res, err := tx.ExecContext(ctx, `INSERT INTO queue_groups(prefix, name, active, position) VALUES (?,?,?,?)`,
				g.Prefix, g.Name, boolInt(g.Active), g.Position)
			if err != nil {
				return err
			}
			g.ID, _ = res.LastInsertId()
		} else {
			if err := updateVersioned(ctx, tx, "queue_groups", g.ID, g.Version, nil, nil); err != nil {
				return err
			}
			if _, err := tx.ExecContext(ctx, `UPDATE queue_groups SET prefix=?, name=?, active=?, position=? WHERE id=?`,
				g.Prefix, g.Name, boolInt(g.Active), g.Position, g.ID); err != nil {
				return err
			}
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM queue_group_items WHERE group_id=?`, g.ID); err != nil {
			return err
		}
		for _, item := range g.ItemIDs {
			if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO queue_group_items(group_id, item_id)
				SELECT ?, id FROM service_items WHERE id=?`, g.ID, item); err != nil {
				return err
			}
		}
		return s.audit(ctx, tx, a, action, "排队队列", g.ID, g.Prefix+" "+g.Name)
	})
	return g.ID, err
}

// QueueWindows lists the hall's windows by number, with their groups and operators.
func (s *Store) QueueWindows(ctx context.Context) ([]hall.QueueWindow, error) {
	return s.queueWindows(ctx, s.db, 0)
}

// queueWindows reads every window, or the one numbered no.
func (s *Store) queueWindows(ctx context.Context, q querier, no int) ([]hall.QueueWindow, error) {
	rows, err := q.QueryContext(ctx, `SELECT w.no, w.name, w.operator_id, COALESCE(o.name,''), w.paused, w.version,
		COALESCE((SELECT group_concat(wg.group_id || ':' || g.prefix || ' ' || g.name, char(9)) FROM queue_window_groups wg
			JOIN queue_groups g ON g.id=wg.group_id WHERE wg.window_no=w.no), '')
		FROM queue_windows w LEFT JOIN operators o ON o.id=w.operator_id WHERE w.no=? OR ?=0 ORDER BY w.no`, no, no)
	return readRows(rows, err, func(sc scanner) (w hall.QueueWindow, keep bool, err error) {
		var groups string
		if err := sc.Scan(&w.No, &w.Name, &w.OperatorID, &w.OperatorName, &w.Paused, &w.Version, &groups); err != nil {
			return w, false, err
		}
		w.GroupIDs, w.GroupNames = []int64{}, []string{}
		for _, g := range strings.Split(groups, "\t") {
			id, name, ok := strings.Cut(g, ":")
			if !ok {
				continue
			}
			n, _ := strconv.ParseInt(id, 10, 64)
			w.GroupIDs, w.GroupNames = append(w.GroupIDs, n), append(w.GroupNames, name)
		}
		return w, true, nil
	})
}

// OperatorWindow is the window an operator's seat is tied to; ok is false when there is none.
func (s *Store) OperatorWindow(ctx context.Context, operatorID int64) (hall.QueueWindow, bool, error) {
	if operatorID <= 0 {
		return hall.QueueWindow{}, false, nil
	}
	var no int
	err := s.db.QueryRowContext(ctx, `SELECT no FROM queue_windows WHERE operator_id=?`, operatorID).Scan(&no)
	if errors.Is(err, sql.ErrNoRows) {
		return hall.QueueWindow{}, false, nil
	}
	if err != nil {
		return hall.QueueWindow{}, false, err
	}
	ws, err := s.queueWindows(ctx, s.db, no)
	if err != nil || len(ws) == 0 {
		return hall.QueueWindow{}, false, err
	}
	return ws[0], true, nil
}

// SaveQueueWindow adds a window (Version 0) or changes one at the version the administrator saw:
// its name, groups and operator. Pausing is the clerk's (SetWindowPaused).
func (s *Store) SaveQueueWindow(ctx context.Context, a hall.Actor, w hall.QueueWindow) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		if w.OperatorID != 0 {
			var other int
			err := tx.QueryRowContext(ctx, `SELECT no FROM queue_windows WHERE operator_id=? AND no<>?`, w.OperatorID, w.No).Scan(&other)
			if err == nil {
				return hall.Invalid("operatorId", "该工作人员已绑定"+strconv.Itoa(other)+"号窗口")
			} else if !errors.Is(err, sql.ErrNoRows) {
				return err
			}
			var active int
			if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM operators WHERE id=? AND active=1`, w.OperatorID).Scan(&active); err != nil {
				return err
			}
			if active == 0 {
				return hall.Invalid("operatorId", "所选工作人员不存在或已停用")
			}
		}
		action := hall.ActUpdate
		if w.Version == 0 {
			action = hall.ActCreate
			var n int
			if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM queue_windows WHERE no=?`, w.No).Scan(&n); err != nil {
				return err
			}
			if n > 0 {
				return hall.Invalid("no", strconv.Itoa(w.No)+"号窗口已存在")
			}
			if _, err := tx.ExecContext(ctx, `INSERT INTO queue_windows(no, name, operator_id) VALUES (?,?,?)`,
				w.No, w.Name, w.OperatorID); err != nil {
				return err
			}
		} else {
			res, err := tx.ExecContext(ctx, `UPDATE queue_windows SET name=?, operator_id=?, version=version+1
				WHERE no=? AND version=?`, w.Name, w.OperatorID, w.No, w.Version)
			if err != nil {
				return err
			}
			if n, _ := res.RowsAffected(); n != 1 {
				return hall.Conflict("该窗口已被他人修改，请刷新后重试")
			}
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM queue_window_groups WHERE window_no=?`, w.No); err != nil {
			return err
		}
		for _, g := range w.GroupIDs {
			res, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO queue_window_groups(window_no, group_id)
				SELECT ?, id FROM queue_groups WHERE id=?`, w.No, g)
			if err != nil {
				return err
			}
			if n, _ := res.RowsAffected(); n == 0 {
				return hall.Invalid("groupIds", "所选队列不存在")
			}
		}
		return s.audit(ctx, tx, a, action, "窗口", int64(w.No), strconv.Itoa(w.No)+"号窗口 "+w.Name)
	})
}

// QueueSettings reads the queue settings; what the administrator never changed is the default.
func (s *Store) QueueSettings(ctx context.Context) (hall.QueueSettings, error) {
	qs := hall.DefaultQueueSettings()
	rows, err := s.db.QueryContext(ctx, `SELECT key, value FROM settings WHERE key LIKE 'queue_%'`)
	kvs, err := readRows(rows, err, func(sc scanner) (kv [2]string, keep bool, err error) {
		return kv, true, sc.Scan(&kv[0], &kv[1])
	})
	if err != nil {
		return qs, err
	}
	for _, kv := range kvs {
		n, _ := strconv.Atoi(kv[1])
		switch kv[0] {
		case "queue_speech":
			qs.Speech = kv[1]
		case "queue_kiosk_seconds":
			qs.KioskSeconds = n
		case "queue_ticket_paper":
			qs.TicketPaper = kv[1]
		case "queue_noshow_minutes":
			qs.NoShowMinutes = n
		}
	}
	return qs, nil
}

// SaveQueueSettings stores the queue settings.
func (s *Store) SaveQueueSettings(ctx context.Context, a hall.Actor, qs hall.QueueSettings) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		kv := [][2]string{{"queue_speech", qs.Speech}, {"queue_kiosk_seconds", strconv.Itoa(qs.KioskSeconds)},
			{"queue_ticket_paper", qs.TicketPaper}, {"queue_noshow_minutes", strconv.Itoa(qs.NoShowMinutes)}}
		for _, p := range kv {
			if _, err := tx.ExecContext(ctx, `INSERT INTO settings(key,value) VALUES (?,?)
				ON CONFLICT(key) DO UPDATE SET value=excluded.value`, p[0], p[1]); err != nil {
				return err
			}
		}
		return s.audit(ctx, tx, a, hall.ActUpdate, "排队设置", 0, "叫号语音："+qs.Speech)
	})
}
