-- Change counters let a costly figure be computed once and reused until its inputs change. The
-- triggers count every change to what visit duties are computed from (households, their members,
-- coverage, pairs and visits), whatever code path makes it.
CREATE TABLE change_counters (
    name TEXT PRIMARY KEY,
    n    INTEGER NOT NULL
);
INSERT INTO change_counters(name, n) VALUES ('duties', 0);

CREATE TRIGGER households_duties_ins AFTER INSERT ON households BEGIN UPDATE change_counters SET n = n + 1 WHERE name = 'duties'; END;
CREATE TRIGGER households_duties_upd AFTER UPDATE ON households BEGIN UPDATE change_counters SET n = n + 1 WHERE name = 'duties'; END;
CREATE TRIGGER households_duties_del AFTER DELETE ON households BEGIN UPDATE change_counters SET n = n + 1 WHERE name = 'duties'; END;
CREATE TRIGGER residents_duties_ins AFTER INSERT ON residents BEGIN UPDATE change_counters SET n = n + 1 WHERE name = 'duties'; END;
CREATE TRIGGER residents_duties_upd AFTER UPDATE ON residents BEGIN UPDATE change_counters SET n = n + 1 WHERE name = 'duties'; END;
CREATE TRIGGER residents_duties_del AFTER DELETE ON residents BEGIN UPDATE change_counters SET n = n + 1 WHERE name = 'duties'; END;
CREATE TRIGGER coverage_duties_ins AFTER INSERT ON coverage BEGIN UPDATE change_counters SET n = n + 1 WHERE name = 'duties'; END;
CREATE TRIGGER coverage_duties_upd AFTER UPDATE ON coverage BEGIN UPDATE change_counters SET n = n + 1 WHERE name = 'duties'; END;
CREATE TRIGGER coverage_duties_del AFTER DELETE ON coverage BEGIN UPDATE change_counters SET n = n + 1 WHERE name = 'duties'; END;
CREATE TRIGGER needy_pairs_duties_ins AFTER INSERT ON needy_pairs BEGIN UPDATE change_counters SET n = n + 1 WHERE name = 'duties'; END;
CREATE TRIGGER needy_pairs_duties_upd AFTER UPDATE ON needy_pairs BEGIN UPDATE change_counters SET n = n + 1 WHERE name = 'duties'; END;
CREATE TRIGGER needy_pairs_duties_del AFTER DELETE ON needy_pairs BEGIN UPDATE change_counters SET n = n + 1 WHERE name = 'duties'; END;
CREATE TRIGGER visits_duties_ins AFTER INSERT ON visits BEGIN UPDATE change_counters SET n = n + 1 WHERE name = 'duties'; END;
CREATE TRIGGER visits_duties_upd AFTER UPDATE ON visits BEGIN UPDATE change_counters SET n = n + 1 WHERE name = 'duties'; END;
CREATE TRIGGER visits_duties_del AFTER DELETE ON visits BEGIN UPDATE change_counters SET n = n + 1 WHERE name = 'duties'; END;
