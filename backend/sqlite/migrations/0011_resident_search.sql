-- The resident search index. A name search is "any part of the name" (LIKE '%…%'), which no
-- B-tree index can serve, and FTS5's trigram tokenizer cannot match the one- and two-character
-- queries that most Chinese names need. So every resident gets one FTS5 row whose text is a
-- bag of tokens:
--   n<hex>  every single character and every pair of neighbouring characters of the name;
--   i<hex>  the last four characters of the ID number (the first four of id_reversed);
--   p<hex>  the last four characters of the phone number.
-- <hex> is the UTF-8 of the (ASCII-upper-cased, as LIKE compares) characters in hex, so a token
-- is plain [0-9A-F] whatever the name holds (middle dots, Latin letters, spaces) and any
-- tokenizer keeps it whole; UTF-8 being prefix-free, one hex string is one character sequence.
-- A query is looked up by its pairs (or its one character, or its four-character tail) and the
-- exact LIKE condition is checked again on the few candidates (backend/sqlite/search.go).
--
-- The tokens are computed in SQL, in this one view, and kept in step by triggers, so every
-- write path (forms, Excel import, bulk loaders, a repair in the sqlite3 shell) updates the
-- index without any Go code on the connection. The FTS table is external-content over the
-- view: it stores only the inverted index, and 'rebuild' re-reads the view.
CREATE VIEW resident_search_source AS
SELECT r.id AS id,
    COALESCE((
        WITH RECURSIVE p(i) AS (
            SELECT 1 WHERE length(r.name) > 0
            UNION ALL SELECT i + 1 FROM p WHERE i < length(r.name)
        )
        SELECT group_concat(t, ' ') FROM (
            SELECT 'n' || hex(substr(upper(r.name), i, 1)) AS t FROM p
            UNION SELECT 'n' || hex(substr(upper(r.name), i, 2)) FROM p WHERE i < length(r.name)
        )
    ), '')
    || CASE WHEN length(r.id_reversed) >= 4 THEN ' i' || hex(upper(substr(r.id_reversed, 1, 4))) ELSE '' END
    || CASE WHEN length(r.phone) >= 4 THEN ' p' || hex(upper(substr(r.phone, -4))) ELSE '' END
    AS tokens
FROM residents r;

-- detail=none, columnsize=0: only "which rows hold this token" is ever asked, never positions
-- or ranking, and the index stays small.
CREATE VIRTUAL TABLE resident_search USING fts5(
    tokens, content='resident_search_source', content_rowid='id', detail=none, columnsize=0);

-- An external-content index is told what to remove: the old tokens, read from the view before
-- the row changes, exactly as they were added. A bulk load of generated data sets the setting
-- resident_search_paused and rebuilds the index once at the end (ten times faster than row by
-- row); the rebuild removes the setting, and opening the store finishes a load that died.
CREATE TRIGGER resident_search_insert AFTER INSERT ON residents
WHEN NOT EXISTS (SELECT 1 FROM settings WHERE key = 'resident_search_paused') BEGIN
    INSERT INTO resident_search(rowid, tokens)
        SELECT id, tokens FROM resident_search_source WHERE id = NEW.id;
END;
CREATE TRIGGER resident_search_before_update BEFORE UPDATE OF id, name, id_reversed, phone ON residents
WHEN NOT EXISTS (SELECT 1 FROM settings WHERE key = 'resident_search_paused') BEGIN
    INSERT INTO resident_search(resident_search, rowid, tokens)
        SELECT 'delete', id, tokens FROM resident_search_source WHERE id = OLD.id;
END;
CREATE TRIGGER resident_search_after_update AFTER UPDATE OF id, name, id_reversed, phone ON residents
WHEN NOT EXISTS (SELECT 1 FROM settings WHERE key = 'resident_search_paused') BEGIN
    INSERT INTO resident_search(rowid, tokens)
        SELECT id, tokens FROM resident_search_source WHERE id = NEW.id;
END;
CREATE TRIGGER resident_search_delete BEFORE DELETE ON residents
WHEN NOT EXISTS (SELECT 1 FROM settings WHERE key = 'resident_search_paused') BEGIN
    INSERT INTO resident_search(resident_search, rowid, tokens)
        SELECT 'delete', id, tokens FROM resident_search_source WHERE id = OLD.id;
END;

-- Residents registered before this version.
INSERT INTO resident_search(resident_search) VALUES ('rebuild');
