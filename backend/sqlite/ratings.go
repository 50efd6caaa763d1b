package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"strconv"

	"halldesk/backend/hall"
)

// The citizen's 好差评 ratings (migration 0024): every channel's ratings, a pad's pending request,
// the callbacks on a bad rating and the reviews of a malicious one. A rating of a case also
// changes the case (hall.RateCase) in the same transaction, so the case's rating columns, which
// every figure counts, always match the ratings table.

const ratingSelect = `SELECT id, COALESCE(case_id,0), COALESCE(ticket_id,0), window_no, pending, level, indicators, comment,
	channel, card_no, device_name, clerk_id, clerk_name, clerk_no, item, content_version, requested_at, at, recorded_by,
	rectify_due, rectified, excluded FROM ratings`

func scanRating(sc scanner) (hall.Rating, error) {
	var r hall.Rating
	var pending, rectified, excluded int
	var indicators string
	err := sc.Scan(&r.ID, &r.CaseID, &r.TicketID, &r.Window, &pending, &r.Level, &indicators, &r.Comment,
		&r.Channel, &r.CardNo, &r.DeviceName, &r.ClerkID, &r.ClerkName, &r.ClerkNo, &r.Item, &r.ContentVersion,
		&r.RequestedAt, &r.At, &r.RecordedBy, &r.RectifyDue, &rectified, &excluded)
	if err != nil {
		return r, err
	}
	r.Pending, r.Rectified, r.Excluded = pending == 1, rectified == 1, excluded == 1
	r.Indicators = []hall.IndicatorLevel{}
	if err := json.Unmarshal([]byte(indicators), &r.Indicators); err != nil {
		return r, err
	}
	if r.Indicators == nil {
		r.Indicators = []hall.IndicatorLevel{}
	}
	r.Callbacks, r.Reviews = []hall.RatingCallback{}, []hall.RatingReview{}
	return r, nil
}

// RequestRating opens a pad's request at req.Window; a request still open there ends as 未评价
// (the citizen left without rating). It returns the new request's id.
func (s *Store) RequestRating(ctx context.Context, a hall.Actor, req hall.RatingRequest) (int64, error) {
	var id int64
	err := s.tx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, `UPDATE ratings SET pending=0, level=0, at=? WHERE pending=1 AND window_no=?`,
			s.stamp(), req.Window); err != nil {
			return err
		}
		res, err := tx.ExecContext(ctx, `INSERT INTO ratings(case_id, ticket_id, window_no, pending, channel, clerk_id, clerk_name,
			clerk_no, item, content_version, requested_at) VALUES (?,?,?,1,?,?,?,?,?,?,?)`,
			nullID(req.CaseID), nullID(req.TicketID), req.Window, hall.ChannelPad, req.ClerkID, req.ClerkName, req.ClerkNo,
			req.Item, req.Content.Version, s.stamp())
		if err != nil {
			return err
		}
		if id, err = res.LastInsertId(); err != nil {
			return err
		}
		return s.audit(ctx, tx, a, "请求群众评价", "评价", id, strconv.Itoa(req.Window)+"号窗口 "+req.Item)
	})
	return id, err
}

// PendingRating is the request open at a window's pad, if any.
func (s *Store) PendingRating(ctx context.Context, window int) (hall.Rating, bool, error) {
	r, err := scanRating(s.db.QueryRowContext(ctx, ratingSelect+` WHERE pending=1 AND window_no=? ORDER BY id DESC LIMIT 1`, window))
	if errors.Is(err, sql.ErrNoRows) {
		return r, false, nil
	}
	return r, err == nil, err
}

// AnswerRating records the pad's answer to request id at window (r's level, indicators, comment,
// device and content version; level 0 is 未评价), with change, the case's rating, when it rates a
// case. It refuses a request that is no longer open.
func (s *Store) AnswerRating(ctx context.Context, a hall.Actor, id int64, window int, r hall.Rating, change *hall.CaseChange) error {
	indicators, err := indicatorsJSON(r.Indicators)
	if err != nil {
		return err
	}
	return s.tx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `UPDATE ratings SET pending=0, level=?, indicators=?, comment=?, device_name=?,
			content_version=?, at=?, rectify_due=? WHERE id=? AND pending=1 AND window_no=?`,
			r.Level, indicators, r.Comment, r.DeviceName, r.ContentVersion, s.stamp(), r.RectifyDue, id, window)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return hall.Conflict("这次评价已结束，谢谢")
		}
		if change != nil {
			if err := s.saveTransition(ctx, tx, a, *change); err != nil {
				return err
			}
		}
		return s.audit(ctx, tx, a, "群众评价", "评价", id, labelOrUnrated(r.Level))
	})
}

// indicatorsJSON is the stored form of the marked indicators: a JSON array, never null.
func indicatorsJSON(list []hall.IndicatorLevel) (string, error) {
	if list == nil {
		list = []hall.IndicatorLevel{}
	}
	b, err := json.Marshal(list)
	return string(b), err
}

func labelOrUnrated(level int) string {
	if level == hall.RatingUnrated {
		return hall.UnratedLabel
	}
	return hall.RatingLabel(level)
}

// AddRating records a rating a supervisor entered (a paper card, a phone callback) with change,
// the case's rating, in one transaction. A card's number is entered once.
func (s *Store) AddRating(ctx context.Context, a hall.Actor, r hall.Rating, change *hall.CaseChange) (int64, error) {
	indicators, err := indicatorsJSON(r.Indicators)
	if err != nil {
		return 0, err
	}
	var id int64
	err = s.tx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `INSERT INTO ratings(case_id, ticket_id, level, indicators, comment, channel, card_no,
			clerk_id, clerk_name, clerk_no, item, content_version, at, recorded_by) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)`,
			nullID(r.CaseID), nullID(r.TicketID), r.Level, indicators, r.Comment, r.Channel, r.CardNo,
			r.ClerkID, r.ClerkName, r.ClerkNo, r.Item, r.ContentVersion, s.stamp(), a.Name)
		if isUnique(err) {
			return hall.Invalid("cardNo", "编号为“"+r.CardNo+"”的评价卡已录入过")
		}
		if err != nil {
			return err
		}
		if id, err = res.LastInsertId(); err != nil {
			return err
		}
		if change != nil {
			if err := s.saveTransition(ctx, tx, a, *change); err != nil {
				return err
			}
		}
		return s.audit(ctx, tx, a, "录入群众评价", "评价", id, r.Channel.Label()+" "+hall.RatingLabel(r.Level)+" "+r.CardNo)
	})
	return id, err
}

// Rating reads one rating with its callbacks and reviews.
func (s *Store) Rating(ctx context.Context, id int64) (hall.Rating, error) {
	r, err := scanRating(s.db.QueryRowContext(ctx, ratingSelect+` WHERE id=?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return r, hall.NotFound("评价不存在")
	}
	if err != nil {
		return r, err
	}
	out, err := s.withHistory(ctx, []hall.Rating{r})
	return out[0], err
}

// CaseRatings lists a case's ratings, oldest first, with their callbacks and reviews.
func (s *Store) CaseRatings(ctx context.Context, caseID int64) ([]hall.Rating, error) {
	rows, err := s.db.QueryContext(ctx, ratingSelect+` WHERE case_id=? ORDER BY id`, caseID)
	list, err := readRows(rows, err, func(sc scanner) (hall.Rating, bool, error) { r, err := scanRating(sc); return r, true, err })
	if err != nil {
		return nil, err
	}
	return s.withHistory(ctx, list)
}

func (s *Store) withHistory(ctx context.Context, list []hall.Rating) ([]hall.Rating, error) {
	for i := range list {
		rows, err := s.db.QueryContext(ctx, `SELECT id, rating_id, on_date, by_name, done, new_level, resolved, recorded_at
			FROM rating_callbacks WHERE rating_id=? ORDER BY id`, list[i].ID)
		cbs, err := readRows(rows, err, func(sc scanner) (c hall.RatingCallback, keep bool, err error) {
			var resolved int
			err = sc.Scan(&c.ID, &c.RatingID, &c.On, &c.By, &c.Done, &c.NewLevel, &resolved, &c.RecordedAt)
			c.Resolved = resolved == 1
			return c, true, err
		})
		if err != nil {
			return nil, err
		}
		rows, err = s.db.QueryContext(ctx, reviewSelect+` WHERE rating_id=? ORDER BY id`, list[i].ID)
		rvs, err := readRows(rows, err, func(sc scanner) (hall.RatingReview, bool, error) { r, err := scanReview(sc); return r, true, err })
		if err != nil {
			return nil, err
		}
		list[i].Callbacks, list[i].Reviews = append(list[i].Callbacks, cbs...), append(list[i].Reviews, rvs...)
	}
	return list, nil
}

const reviewSelect = `SELECT id, rating_id, reason, proposed_by, proposed_at, state, decision_reason, decided_by, decided_at
	FROM rating_reviews`

func scanReview(sc scanner) (hall.RatingReview, error) {
	var r hall.RatingReview
	err := sc.Scan(&r.ID, &r.RatingID, &r.Reason, &r.ProposedBy, &r.ProposedAt, &r.State, &r.DecisionReason, &r.DecidedBy, &r.DecidedAt)
	return r, err
}

// AddCallback records a callback on a bad rating and, with change, the case's rectification
// record; a resolved callback marks the rating rectified.
func (s *Store) AddCallback(ctx context.Context, a hall.Actor, cb hall.RatingCallback, change *hall.CaseChange) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `INSERT INTO rating_callbacks(rating_id, on_date, operator_id, by_name, done, new_level,
			resolved, recorded_at) VALUES (?,?,?,?,?,?,?,?)`,
			cb.RatingID, cb.On, a.OperatorID, a.Name, cb.Done, cb.NewLevel, boolInt(cb.Resolved), s.stamp())
		if err != nil {
			return err
		}
		id, err := res.LastInsertId()
		if err != nil {
			return err
		}
		if cb.Resolved {
			if _, err := tx.ExecContext(ctx, `UPDATE ratings SET rectified=1 WHERE id=?`, cb.RatingID); err != nil {
				return err
			}
		}
		if change != nil {
			if err := s.saveTransition(ctx, tx, a, *change); err != nil {
				return err
			}
		}
		return s.audit(ctx, tx, a, "差评整改回访", "评价", cb.RatingID, "回访记录"+strconv.FormatInt(id, 10)+" "+cb.Done)
	})
}

// ProposeReview records a supervisor's proposal that a rating was malicious.
func (s *Store) ProposeReview(ctx context.Context, a hall.Actor, ratingID int64, reason string) (int64, error) {
	var id int64
	err := s.tx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `INSERT INTO rating_reviews(rating_id, reason, proposed_by, proposed_at, state)
			VALUES (?,?,?,?,?)`, ratingID, reason, a.Name, s.stamp(), hall.ReviewProposed)
		if err != nil {
			return err
		}
		if id, err = res.LastInsertId(); err != nil {
			return err
		}
		return s.audit(ctx, tx, a, "申请恶意差评复核", "评价", ratingID, reason)
	})
	return id, err
}

// Review reads one review.
func (s *Store) Review(ctx context.Context, id int64) (hall.RatingReview, error) {
	r, err := scanReview(s.db.QueryRowContext(ctx, reviewSelect+` WHERE id=?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return r, hall.NotFound("复核申请不存在")
	}
	return r, err
}

// DecideReview records a leader's decision on a proposed review; an approval takes the rating,
// and its case's rating, out of the satisfaction rate.
func (s *Store) DecideReview(ctx context.Context, a hall.Actor, id int64, approve bool, reason string) error {
	state := hall.ReviewRejected
	if approve {
		state = hall.ReviewApproved
	}
	return s.tx(ctx, func(tx *sql.Tx) error {
		var ratingID int64
		err := tx.QueryRowContext(ctx, `UPDATE rating_reviews SET state=?, decision_reason=?, decided_by=?, decided_at=?
			WHERE id=? AND state=? RETURNING rating_id`, state, reason, a.Name, s.stamp(), id, hall.ReviewProposed).Scan(&ratingID)
		if errors.Is(err, sql.ErrNoRows) {
			return hall.Conflict("该复核申请已审核，请刷新")
		}
		if err != nil {
			return err
		}
		if approve {
			if _, err := tx.ExecContext(ctx, `UPDATE ratings SET excluded=1 WHERE id=?`, ratingID); err != nil {
				return err
			}
			if _, err := tx.ExecContext(ctx, `UPDATE cases SET rating_excluded=1, version=version+1, updated_at=?
				WHERE id=(SELECT case_id FROM ratings WHERE id=?)`, s.stamp(), ratingID); err != nil {
				return err
			}
		}
		return s.audit(ctx, tx, a, "审核恶意差评复核", "评价", ratingID, hall.ReviewLabel(state)+" "+reason)
	})
}
