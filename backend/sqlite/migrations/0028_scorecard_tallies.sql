-- The scorecards from the case tallies (sqlite/tallies_schema.go): each case keeps the China day
-- of its latest 办结 event, and the tallies count the cases finished on time. The Go step makes
-- the triggers again with the new figure and the cadres' breakdown (dim 4) and fills the tallies.
ALTER TABLE cases ADD COLUMN completed_on TEXT NOT NULL DEFAULT '';
ALTER TABLE case_day_tallies ADD COLUMN on_time INTEGER NOT NULL DEFAULT 0;
ALTER TABLE case_month_tallies ADD COLUMN on_time INTEGER NOT NULL DEFAULT 0;
