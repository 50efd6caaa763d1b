-- Indexes found with EXPLAIN QUERY PLAN on the county data set (1,000,000 cases).

-- A ledger is read most urgent first (caseOrder in cases.go: open cases with a deadline first,
-- then by deadline, newest first). With the ordering expression in the index, a ledger page is
-- read in order from the index and stops after the page, instead of sorting every case of the
-- ledger (a third of a million in a county) for each page. The expression must stay the same as
-- caseOrder's, or the planner no longer matches it.
CREATE INDEX cases_ledger_order ON cases(ledger,
	(CASE WHEN status IN ('awaiting_materials','accepted','in_progress','submitted') AND due_date<>'' THEN 0 ELSE 1 END),
	due_date, id DESC);

-- The dashboard's all-time overdue and due-soon counts look only at running cases: by status
-- and deadline they are an index range instead of a pass over every case ever taken in.
CREATE INDEX cases_status_due ON cases(status, due_date);
