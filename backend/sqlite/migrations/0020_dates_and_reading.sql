-- Cases count on the date the ledgers show, not on the moment the row was written: the
-- acceptance date (受理日期), or, while a case waits for materials before it is accepted, the
-- China date it was registered (sqlite/vocabulary.go, takenOnSQL, spells the same expression,
-- so that periods, ledger filters, drill-downs and the briefing use this index).
CREATE INDEX cases_taken_on ON cases((CASE WHEN accepted_on<>'' THEN accepted_on ELSE date(created_at,'+8 hours') END));

-- Each operator's own reading size (percent of the normal text size), chosen in the user menu.
ALTER TABLE operators ADD COLUMN text_scale INTEGER NOT NULL DEFAULT 100;
