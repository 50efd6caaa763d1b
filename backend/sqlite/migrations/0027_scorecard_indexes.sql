-- The scorecards' figures that are not summed ahead, each read by an index bounded by the period
-- or by the case (sqlite/scorecard_tallies.go): the day of each case's 办结 step (按时办结), one
-- probe per finished case of the period; and the feedback clerks gave on cases and cadres gave on
-- visit issues, by the day it was given.
CREATE INDEX case_events_completed ON case_events(case_id, at) WHERE action='complete';
CREATE INDEX cases_feedback ON cases(feedback_at, handler_id) WHERE feedback_at<>'';
CREATE INDEX visit_issues_feedback ON visit_issues(feedback_on) WHERE feedback_on<>'';
