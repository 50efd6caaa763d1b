-- The resident search index, in an ordinary table. Migration 0011 made it an FTS5 table, which
-- only a SQLite built with FTS5 can read or write: a build without it could not create a
-- database, search, or even add a resident (the triggers write the index). This index needs
-- nothing but SQLite itself. 0011 is no longer run (store.go, supersededMigrations); on a
-- database that ran it, its view and triggers go here and its FTS5 table in the Go step of
-- this migration (dropFTS5ResidentSearch), which can remove it also without FTS5.
--
-- A name search is "any part of the name" (LIKE '%…%'), which no B-tree index on the name can
-- serve. So every resident has one row here per term:
--   n<c>   every single character and every pair of neighbouring characters of the name,
--   i<cccc> the last four characters of the ID number (the first four of id_reversed),
--   p<cccc> the last four characters of the phone number,
-- with the characters ASCII-upper-cased as LIKE compares them. A query is looked up by its
-- pairs (or its one character, or its four-character tail) and the exact LIKE condition is
-- checked again on the few candidates (backend/sqlite/search.go). The key (term, resident)
-- gives a term's residents newest first straight from the index.
DROP TRIGGER IF EXISTS resident_search_insert;
DROP TRIGGER IF EXISTS resident_search_before_update;
DROP TRIGGER IF EXISTS resident_search_after_update;
DROP TRIGGER IF EXISTS resident_search_delete;
DROP VIEW IF EXISTS resident_search_source;

CREATE TABLE resident_terms (
    term        TEXT NOT NULL,
    resident_id INTEGER NOT NULL,
    PRIMARY KEY (term, resident_id)
) WITHOUT ROWID;

-- The terms of every resident, computed in SQL in this one view and kept in step by the
-- triggers below, so every write path (forms, Excel import, bulk loaders, a repair in the
-- sqlite3 shell) updates the index without any Go code on the connection.
CREATE VIEW resident_terms_source AS
SELECT r.id AS resident_id, t.value AS term
FROM residents r, json_each((
    WITH RECURSIVE p(i) AS (
        SELECT 1 WHERE length(r.name) > 0
        UNION ALL SELECT i + 1 FROM p WHERE i < length(r.name)
    )
    SELECT json_group_array(term) FROM (
        SELECT 'n' || substr(upper(r.name), i, 1) AS term FROM p
        UNION SELECT 'n' || substr(upper(r.name), i, 2) FROM p WHERE i < length(r.name)
        UNION SELECT 'i' || upper(substr(r.id_reversed, 1, 4)) WHERE length(r.id_reversed) >= 4
        UNION SELECT 'p' || upper(substr(r.phone, -4)) WHERE length(r.phone) >= 4
    )
)) t;

-- A changed or removed resident's old terms are read from the view before the row changes. A
-- bulk load of generated data sets the setting resident_search_paused and rebuilds the index
-- once at the end; the rebuild removes the setting, and opening the store finishes a load that
-- died.
CREATE TRIGGER resident_terms_insert AFTER INSERT ON residents
WHEN NOT EXISTS (SELECT 1 FROM settings WHERE key = 'resident_search_paused') BEGIN
    INSERT INTO resident_terms(term, resident_id)
        SELECT term, resident_id FROM resident_terms_source WHERE resident_id = NEW.id;
END;
CREATE TRIGGER resident_terms_before_update BEFORE UPDATE OF id, name, id_reversed, phone ON residents
WHEN NOT EXISTS (SELECT 1 FROM settings WHERE key = 'resident_search_paused') BEGIN
    DELETE FROM resident_terms WHERE resident_id = OLD.id
        AND term IN (SELECT term FROM resident_terms_source WHERE resident_id = OLD.id);
END;
CREATE TRIGGER resident_terms_after_update AFTER UPDATE OF id, name, id_reversed, phone ON residents
WHEN NOT EXISTS (SELECT 1 FROM settings WHERE key = 'resident_search_paused') BEGIN
    INSERT INTO resident_terms(term, resident_id)
        SELECT term, resident_id FROM resident_terms_source WHERE resident_id = NEW.id;
END;
CREATE TRIGGER resident_terms_delete BEFORE DELETE ON residents
WHEN NOT EXISTS (SELECT 1 FROM settings WHERE key = 'resident_search_paused') BEGIN
    DELETE FROM resident_terms WHERE resident_id = OLD.id
        AND term IN (SELECT term FROM resident_terms_source WHERE resident_id = OLD.id);
END;

-- Residents registered before this version.
INSERT INTO resident_terms(term, resident_id) SELECT term, resident_id FROM resident_terms_source;
