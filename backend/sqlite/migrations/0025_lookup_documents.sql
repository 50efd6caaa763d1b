-- Query codes (查询码) and the documents register (文书登记).
--
-- Every case gets a query code when it is taken in; the receipt and the notices print it and its
-- QR code, and the hall's lookup terminal answers it. Cases that exist already get theirs from
-- this migration's Go step; a case inserted without one (demo data, bulk loads) gets one from the
-- trigger below, drawn from the same alphabet.
ALTER TABLE cases ADD COLUMN query_code TEXT;
CREATE UNIQUE INDEX cases_query_code ON cases(query_code);

CREATE TRIGGER cases_query_code_fill AFTER INSERT ON cases WHEN NEW.query_code IS NULL
BEGIN
    UPDATE cases SET query_code =
        substr('23456789ABCDEFGHJKMNPQRSTUVWXYZ', abs(random() % 31) + 1, 1) ||
        substr('23456789ABCDEFGHJKMNPQRSTUVWXYZ', abs(random() % 31) + 1, 1) ||
        substr('23456789ABCDEFGHJKMNPQRSTUVWXYZ', abs(random() % 31) + 1, 1) ||
        substr('23456789ABCDEFGHJKMNPQRSTUVWXYZ', abs(random() % 31) + 1, 1) ||
        substr('23456789ABCDEFGHJKMNPQRSTUVWXYZ', abs(random() % 31) + 1, 1) ||
        substr('23456789ABCDEFGHJKMNPQRSTUVWXYZ', abs(random() % 31) + 1, 1) ||
        substr('23456789ABCDEFGHJKMNPQRSTUVWXYZ', abs(random() % 31) + 1, 1) ||
        substr('23456789ABCDEFGHJKMNPQRSTUVWXYZ', abs(random() % 31) + 1, 1)
    WHERE id = NEW.id;
END;

-- Every document the program renders for printing or saving gets a number (HD + China date +
-- a 5-digit sequence of the day), printed on each page and written into the PDF's metadata, and
-- the SHA-256 of the finished file, so that 文书核验 can tell a genuine copy from an altered one.
CREATE TABLE documents (
    id          INTEGER PRIMARY KEY,
    number      TEXT NOT NULL UNIQUE,
    day         TEXT NOT NULL,               -- China date, YYYY-MM-DD
    seq         INTEGER NOT NULL,
    kind        TEXT NOT NULL,               -- 受理回执, 干部民情联系卡 …
    about       TEXT NOT NULL DEFAULT '',    -- what it is about: a case number, a batch …
    file_name   TEXT NOT NULL DEFAULT '',
    pages       INTEGER NOT NULL DEFAULT 0,
    sha256      TEXT NOT NULL,               -- hex, of the file as handed out
    printed_at  TEXT NOT NULL,
    operator_id INTEGER NOT NULL DEFAULT 0,  -- 0: a hall device
    printed_by  TEXT NOT NULL,
    UNIQUE (day, seq)
);
