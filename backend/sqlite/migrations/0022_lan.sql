-- Whether the desktop program serves the hall's network itself (the hall's devices and other
-- counters open it in a browser), and on which port. One row; when it is on, the desktop
-- program starts serving again at its next start.
CREATE TABLE lan_setting (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    enabled INTEGER NOT NULL DEFAULT 0 CHECK (enabled IN (0, 1)),
    port    INTEGER NOT NULL DEFAULT 8080 CHECK (port BETWEEN 1024 AND 65535),
    version INTEGER NOT NULL DEFAULT 1
);
INSERT INTO lan_setting(id) VALUES (1);
