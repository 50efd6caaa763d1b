-- The hall's own words in traditional Mongolian script (hall.MongolianTexts), typed by the
-- administrator and printed beside the Chinese where given: one row for the fixed fields, with its
-- own version so the Mongolian and the hall settings are saved apart, and one row per translated
-- title or label (keyed by the Chinese as printed). Nothing ships translated: both start empty.
CREATE TABLE mongolian_texts (
    id           INTEGER PRIMARY KEY CHECK (id = 1),
    hall_name    TEXT NOT NULL DEFAULT '',
    township     TEXT NOT NULL DEFAULT '',
    banner       TEXT NOT NULL DEFAULT '',
    address      TEXT NOT NULL DEFAULT '',
    office_hours TEXT NOT NULL DEFAULT '',
    version      INTEGER NOT NULL DEFAULT 1
);
INSERT INTO mongolian_texts(id) VALUES (1);

CREATE TABLE mongolian_labels (
    zh TEXT PRIMARY KEY,
    mn TEXT NOT NULL
);

-- A cadre's name in Mongolian script, printed on the contact card when given.
ALTER TABLE cadres ADD COLUMN name_mongolian TEXT NOT NULL DEFAULT '';
