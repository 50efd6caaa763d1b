package sqlite

import (
	"context"

	"halldesk/backend/hall"
)

// onTimeSQL is a finished case that was finished (the day of its 办结 step, China time) on or
// before its deadline.
var onTimeSQL = finishedSQL + ` AND c.due_date<>'' AND (SELECT date(MAX(e.at),'+8 hours') FROM case_events e
	WHERE e.case_id=c.id AND ` + sqlEq("e.action", hall.ActComplete) + `)<=c.due_date`

// cadreRepliesSQL counts, per cadre, the petitions they were responsible for replied in the
// period and those replied on time; cadrePastDueSQL the open ones past their deadline today.
var (
	cadreRepliesSQL = `SELECT p.responsible_id, COUNT(*), COUNT(*) FILTER (WHERE ` + repliedOnTimeSQL + `)
		FROM petitions p WHERE ` + repliedSQL + ` AND p.responsible_id IS NOT NULL GROUP BY p.responsible_id`
	cadrePastDueSQL = `SELECT p.responsible_id, COUNT(*) FROM petitions p WHERE ` + openPetitionStatuses + `
		AND ` + petitionPastDueSQL("@today") + ` AND p.responsible_id IS NOT NULL GROUP BY p.responsible_id`
)

// Scorecards counts the scorecards (考评) of a period in SQL: for each cadre who is active or
// worked in the period, the households covered, visits, the cases raised on their visits, the
// feedback given and the petitions they were responsible for; for each clerk who is active or
// handled cases of the period, their cases and ratings. The visit duties, which need the cadence
// rules, are left to the caller.
func (s *Store) Scorecards(ctx context.Context, d DashboardDates) (hall.Scorecards, error) {
	return s.scorecards(ctx, d, true)
}

// scorecards counts the scorecards of a period: the case figures from the case tallies and the
// visits and feedback from the activity tallies when tallied (sqlite/scorecard_tallies.go,
// activity_tallies.go), else every figure from the raw rows.
func (s *Store) scorecards(ctx context.Context, d DashboardDates, tallied bool) (hall.Scorecards, error) {
	out := hall.Scorecards{Period: d.Period, Today: d.Today, Cadres: []hall.CadreScore{}, Clerks: []hall.ClerkScore{}}
	args, err := d.args()
	if err != nil {
		return out, err
	}
	activity := activityRawSQL
	if tallied {
		args, activity = append(args, activitySpans(d.Period)...), activityTalliedSQL
	}
	// The cadres with their visits of the period: the visits are counted once, for the list and
	// the figure.
	rows, err := s.db.QueryContext(ctx, `WITH v AS (`+activity(activityVisits)+`)
		SELECT c.id, c.name, c.position, c.type, COALESCE(v.n, 0) FROM cadres c LEFT JOIN v ON v.key_id=c.id
		WHERE c.active=1 OR v.n IS NOT NULL OR c.id IN (SELECT responsible_id FROM petitions p WHERE `+repliedSQL+`)
		ORDER BY c.active DESC, c.id`, args...)
	if err != nil {
		return out, err
	}
	index := map[int64]int{}
	for rows.Next() {
		var c hall.CadreScore
		if err := rows.Scan(&c.CadreID, &c.Name, &c.Position, &c.Type, &c.Visits); err != nil {
			rows.Close()
			return out, err
		}
		index[c.CadreID] = len(out.Cadres)
		out.Cadres = append(out.Cadres, c)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return out, err
	}
	cadre := func(id int64) *hall.CadreScore {
		if i, ok := index[id]; ok {
			return &out.Cadres[i]
		}
		return &hall.CadreScore{} // a cadre not listed: counted nowhere
	}
	err = s.eachRow(ctx, `SELECT cadre_id, COUNT(*) FROM coverage WHERE to_date='' GROUP BY cadre_id`, nil,
		func(id int64) []*int { return []*int{&cadre(id).Households} })
	if err != nil {
		return out, err
	}
	// The cases raised on a cadre's visits (转办件) and taken in the period.
	if tallied {
		err = s.cadreCasesTallied(ctx, d, cadre)
	} else {
		err = s.cadreCasesRaw(ctx, args, cadre)
	}
	if err != nil {
		return out, err
	}
	// Feedback counts for the cadre who gave it: the one of the visit it was given on, else the
	// one who raised the issue.
	err = s.eachRow(ctx, activity(activityCadreFeedback), args,
		func(id int64) []*int { return []*int{&cadre(id).Feedback} })
	if err != nil {
		return out, err
	}
	// The petitions a cadre was responsible for: those replied in the period (by the index
	// petitions_replied) and the open ones past their deadline today (by petitions_status_due),
	// never a pass over every petition.
	err = s.eachRow(ctx, cadreRepliesSQL, args,
		func(id int64) []*int {
			c := cadre(id)
			return []*int{&c.Petitions, &c.PetitionsOnTime}
		})
	if err != nil {
		return out, err
	}
	err = s.eachRow(ctx, cadrePastDueSQL, args, func(id int64) []*int { return []*int{&cadre(id).PetitionsOverdue} })
	if err != nil {
		return out, err
	}
	if tallied {
		out.Clerks, err = s.clerkScoresTallied(ctx, d, args, activity(activityClerkFeedback))
	} else {
		out.Clerks, err = s.clerkScores(ctx, args, activity(activityClerkFeedback))
	}
	return out, err
}

// clerkScores counts each clerk's cases of the period (as handler) and the feedback they gave
// (the query feedback gives: key_id the clerk, n the feedback).
func (s *Store) clerkScores(ctx context.Context, args []any, feedback string) ([]hall.ClerkScore, error) {
	out, clerk, err := s.clerkList(ctx, `SELECT handler_id FROM cases c WHERE `+inPeriodSQL, feedback, args)
	if err != nil {
		return out, err
	}
	err = s.eachRow(ctx, `SELECT c.handler_id, COUNT(*), `+count(hall.BucketSolved)+`, COUNT(*) FILTER (WHERE `+finishedSQL+`),
		COUNT(*) FILTER (WHERE `+onTimeSQL+`), `+count(hall.BucketOverdue)+`, `+count(hall.BucketInProgress)+`,
		`+count(hall.BucketRated)+`, `+count(hall.BucketGood)+`, `+count(hall.BucketBad)+`, `+count(hall.BucketRemedyOpen)+`
		FROM cases c WHERE `+inPeriodSQL+` GROUP BY c.handler_id`, args,
		func(id int64) []*int {
			c := clerk(id)
			return []*int{&c.Cases, &c.Solved, &c.Finished, &c.OnTime, &c.Overdue, &c.InProgress, &c.Rated, &c.Good, &c.Bad, &c.RemedyOpen}
		})
	if err != nil {
		return out, err
	}
	return out, s.clerkFeedback(ctx, out, feedback, args, clerk)
}

// clerkList lists the clerks a scorecard shows: the active ones, the handlers the query handlers
// gives (those with cases in the period) and those who gave feedback in the period (the key_id
// of the query feedback); clerk finds one by id (one not listed is counted nowhere).
func (s *Store) clerkList(ctx context.Context, handlers, feedback string, args []any) ([]hall.ClerkScore, func(int64) *hall.ClerkScore, error) {
	out := []hall.ClerkScore{}
	rows, err := s.db.QueryContext(ctx, `SELECT id, name, role FROM operators
		WHERE (active=1 AND role='clerk') OR id IN (`+handlers+`) OR id IN (SELECT key_id FROM (`+feedback+`))
		ORDER BY active DESC, id`, args...)
	if err != nil {
		return out, nil, err
	}
	index := map[int64]int{}
	for rows.Next() {
		var c hall.ClerkScore
		var role string
		if err := rows.Scan(&c.OperatorID, &c.Name, &role); err != nil {
			rows.Close()
			return out, nil, err
		}
		c.Role = hall.Role(role).Label()
		index[c.OperatorID] = len(out)
		out = append(out, c)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return out, nil, err
	}
	clerk := func(id int64) *hall.ClerkScore {
		if i, ok := index[id]; ok {
			return &out[i]
		}
		return &hall.ClerkScore{}
	}
	return out, clerk, nil
}

// clerkFeedback counts the feedback each clerk gave in the period by the query feedback (the
// activity tallies, or the partial index cases_feedback) and works out their satisfaction.
func (s *Store) clerkFeedback(ctx context.Context, out []hall.ClerkScore, feedback string, args []any, clerk func(int64) *hall.ClerkScore) error {
	err := s.eachRow(ctx, feedback, args,
		func(id int64) []*int { return []*int{&clerk(id).Feedback} })
	for i := range out {
		out[i].Satisfaction = hall.Ratio(out[i].Good, out[i].Rated)
	}
	return err
}

// eachRow runs a grouped query whose columns are all integers, the first an id, and stores the
// rest of each row in the counters dst gives for that id.
func (s *Store) eachRow(ctx context.Context, query string, args []any, dst func(id int64) []*int) error {
	rows, err := s.db.QueryContext(ctx, query, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	cols, err := rows.Columns()
	if err != nil {
		return err
	}
	vals := make([]int64, len(cols))
	ptrs := make([]any, len(cols))
	for i := range vals {
		ptrs[i] = &vals[i]
	}
	for rows.Next() {
		if err := rows.Scan(ptrs...); err != nil {
			return err
		}
		for i, n := range dst(vals[0]) {
			*n = int(vals[i+1])
		}
	}
	return rows.Err()
}

// cadreCasesRaw counts the cadres' case figures of the period from the cases raised on visits.
func (s *Store) cadreCasesRaw(ctx context.Context, args []any, cadre func(int64) *hall.CadreScore) error {
	return s.eachRow(ctx, `SELECT v.cadre_id, COUNT(*), `+count(hall.BucketSolved)+`, COUNT(*) FILTER (WHERE `+onTimeSQL+`),
		`+count(hall.BucketInProgress)+`, `+count(hall.BucketRated)+`, `+count(hall.BucketGood)+`, `+count(hall.BucketBad)+`
		FROM `+cadreCasesFrom+` WHERE i.kind='case' AND `+inPeriodSQL+` GROUP BY v.cadre_id`, args,
		func(id int64) []*int {
			c := cadre(id)
			return []*int{&c.Cases, &c.Solved, &c.OnTime, &c.InProgress, &c.Rated, &c.Good, &c.Bad}
		})
}
