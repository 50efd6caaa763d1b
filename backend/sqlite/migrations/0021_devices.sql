-- The hall's citizen-facing devices (取号机, 叫号屏, 评价器, 查询机): browsers on the hall's network
-- that an administrator paired. The browser keeps a random token in a cookie; only its SHA-256
-- is stored, so a copy of the database cannot act as a device.
CREATE TABLE devices (
    id           INTEGER PRIMARY KEY,
    token_hash   TEXT NOT NULL UNIQUE,
    code         TEXT NOT NULL DEFAULT '',       -- the pairing code while pending
    status       TEXT NOT NULL CHECK (status IN ('pending','paired','revoked')),
    name         TEXT NOT NULL DEFAULT '',
    role         TEXT NOT NULL DEFAULT '' CHECK (role IN ('','kiosk','screen','pad','lookup')),
    window_no    INTEGER NOT NULL DEFAULT 0,
    address      TEXT NOT NULL DEFAULT '',
    requested_at TEXT NOT NULL,
    paired_at    TEXT NOT NULL DEFAULT '',
    paired_by    TEXT NOT NULL DEFAULT '',
    revoked_at   TEXT NOT NULL DEFAULT '',
    version      INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX devices_status ON devices(status, requested_at);
