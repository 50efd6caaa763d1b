-- The banner console's registry of halls (旗县汇总): used only in the banner's own data folder,
-- empty in every hall's. The replica's target is kept without its secrets (those stay in a file
-- of the banner's data folder); refreshed_at and replicated_at say how fresh the banner's
-- read-only copy of the hall is, last_error why its last refresh failed.
CREATE TABLE banner_halls (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL UNIQUE,
    township      TEXT NOT NULL,
    kind          TEXT NOT NULL DEFAULT '',
    place         TEXT NOT NULL DEFAULT '',
    refreshed_at  TEXT NOT NULL DEFAULT '',
    replicated_at TEXT NOT NULL DEFAULT '',
    last_error    TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);
