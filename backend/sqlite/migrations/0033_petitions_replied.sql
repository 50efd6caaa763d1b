-- The petitions replied in a period now also give whom they were given to: the scorecards count
-- each cadre's replies (and those on time) from this index alone, where they read every
-- petition; the dashboard's counts read it as before.
DROP INDEX petitions_replied;
CREATE INDEX petitions_replied ON petitions(replied_on, settle_due, responsible_id);
