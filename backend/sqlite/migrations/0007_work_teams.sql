-- Village work teams (驻村工作队 / 驻村工作组): cadres stationed together in one village under a
-- leader. Teams are deactivated, never deleted; a deactivated team lets its members go.
CREATE TABLE work_teams (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    kind       TEXT NOT NULL,
    leader_id  INTEGER REFERENCES cadres(id),
    village_id INTEGER NOT NULL REFERENCES villages(id),
    active     INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX work_teams_village ON work_teams(village_id);

-- A cadre belongs to at most one team.
ALTER TABLE cadres ADD COLUMN team_id INTEGER REFERENCES work_teams(id);
CREATE INDEX cadres_team ON cadres(team_id);
