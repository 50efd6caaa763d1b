-- The service catalog (事项目录) with each item's guide (办事指南). Materials and steps are JSON
-- lists (hall.Material objects and strings). Items are deactivated, never deleted: cases point
-- at them and keep their own snapshot of name, materials and limits. builtin marks the items the
-- program seeded; the administrator may still edit or deactivate them freely.
CREATE TABLE service_items (
    id              INTEGER PRIMARY KEY,
    code            TEXT NOT NULL UNIQUE COLLATE NOCASE,
    name            TEXT NOT NULL,
    category        TEXT NOT NULL,
    default_ledger  TEXT NOT NULL CHECK (default_ledger IN ('即办','代办','上报')),
    legal_basis     TEXT NOT NULL DEFAULT '',
    eligibility     TEXT NOT NULL DEFAULT '',
    materials       TEXT NOT NULL DEFAULT '[]',
    steps           TEXT NOT NULL DEFAULT '[]',
    statutory_days  INTEGER NOT NULL DEFAULT 0,
    promised_days   INTEGER NOT NULL DEFAULT 0,
    fee             TEXT NOT NULL DEFAULT '',
    department      TEXT NOT NULL DEFAULT '',
    place_hours     TEXT NOT NULL DEFAULT '',
    enquiry_phone   TEXT NOT NULL DEFAULT '',
    complaint_phone TEXT NOT NULL DEFAULT '',
    qa              TEXT NOT NULL DEFAULT '',
    active          INTEGER NOT NULL DEFAULT 1,
    builtin         INTEGER NOT NULL DEFAULT 0,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
CREATE INDEX service_items_category ON service_items(category, code);
