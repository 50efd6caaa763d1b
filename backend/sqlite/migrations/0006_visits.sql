-- Household contact work (入户走访). The visit settings live in the settings table (keys visit_*).

-- Coverage (包联): which cadre covers which household from when to when. to_date is '' while the
-- assignment lasts; a household has at most one current assignment. Rows are ended, never
-- deleted, so a transfer keeps its history.
CREATE TABLE coverage (
    id           INTEGER PRIMARY KEY,
    household_id INTEGER NOT NULL REFERENCES households(id),
    cadre_id     INTEGER NOT NULL REFERENCES cadres(id),
    from_date    TEXT NOT NULL,
    to_date      TEXT NOT NULL DEFAULT '',
    note         TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL
);
CREATE UNIQUE INDEX coverage_current ON coverage(household_id) WHERE to_date = '';
CREATE INDEX coverage_cadre ON coverage(cadre_id, to_date);
CREATE INDEX coverage_household ON coverage(household_id, from_date);

-- A visit by a cadre to a household, recorded by an operator on the cadre's behalf; the diary
-- (民情日记) is what was heard.
CREATE TABLE visits (
    id           INTEGER PRIMARY KEY,
    date         TEXT NOT NULL,
    cadre_id     INTEGER NOT NULL REFERENCES cadres(id),
    household_id INTEGER NOT NULL REFERENCES households(id),
    way          TEXT NOT NULL,
    purpose      TEXT NOT NULL DEFAULT '',
    diary        TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    created_by   INTEGER NOT NULL REFERENCES operators(id)
);
CREATE INDEX visits_household ON visits(household_id, date);
CREATE INDEX visits_cadre ON visits(cadre_id, date);
CREATE INDEX visits_date ON visits(date);

-- The issues raised on a visit: a counter case (case_id), a suggestion or a dispute. Feedback
-- (入户反馈) on a case's result is recorded here once given, with the visit it was given on.
CREATE TABLE visit_issues (
    id                INTEGER PRIMARY KEY,
    visit_id          INTEGER NOT NULL REFERENCES visits(id),
    pos               INTEGER NOT NULL,
    kind              TEXT NOT NULL CHECK (kind IN ('case','suggestion','dispute')),
    text              TEXT NOT NULL,
    case_id           INTEGER REFERENCES cases(id),
    feedback_on       TEXT NOT NULL DEFAULT '',
    feedback_note     TEXT NOT NULL DEFAULT '',
    feedback_by       TEXT NOT NULL DEFAULT '',
    feedback_visit_id INTEGER REFERENCES visits(id),
    UNIQUE (visit_id, pos)
);
CREATE INDEX visit_issues_case ON visit_issues(case_id);
CREATE INDEX visit_issues_kind ON visit_issues(kind);

-- Village activities (矛盾纠纷排查, 政策宣讲 …) and the cadres who held them.
CREATE TABLE village_activities (
    id           INTEGER PRIMARY KEY,
    date         TEXT NOT NULL,
    village_id   INTEGER NOT NULL REFERENCES villages(id),
    kind         TEXT NOT NULL,
    participants TEXT NOT NULL DEFAULT '',
    attendance   INTEGER NOT NULL DEFAULT 0,
    content      TEXT NOT NULL,
    follow_ups   TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL,
    created_by   INTEGER NOT NULL REFERENCES operators(id)
);
CREATE INDEX village_activities_village ON village_activities(village_id, kind, date);
CREATE INDEX village_activities_date ON village_activities(date);

CREATE TABLE activity_cadres (
    activity_id INTEGER NOT NULL REFERENCES village_activities(id),
    cadre_id    INTEGER NOT NULL REFERENCES cadres(id),
    PRIMARY KEY (activity_id, cadre_id)
);
CREATE INDEX activity_cadres_cadre ON activity_cadres(cadre_id);

-- 结亲: a cadre paired with a needy household; to_date is '' while it lasts, one current pair
-- per household.
CREATE TABLE needy_pairs (
    id           INTEGER PRIMARY KEY,
    cadre_id     INTEGER NOT NULL REFERENCES cadres(id),
    household_id INTEGER NOT NULL REFERENCES households(id),
    from_date    TEXT NOT NULL,
    to_date      TEXT NOT NULL DEFAULT '',
    note         TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL
);
CREATE UNIQUE INDEX needy_pairs_current ON needy_pairs(household_id) WHERE to_date = '';
CREATE INDEX needy_pairs_cadre ON needy_pairs(cadre_id, to_date);

-- 助亲: help given to a paired household; amounts in fen.
CREATE TABLE help_records (
    id          INTEGER PRIMARY KEY,
    pair_id     INTEGER NOT NULL REFERENCES needy_pairs(id),
    date        TEXT NOT NULL,
    kind        TEXT NOT NULL,
    amount_fen  INTEGER NOT NULL DEFAULT 0,
    description TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    created_by  INTEGER NOT NULL REFERENCES operators(id)
);
CREATE INDEX help_records_pair ON help_records(pair_id, date);

-- 感恩日 donations; amounts in fen.
CREATE TABLE donations (
    id         INTEGER PRIMARY KEY,
    date       TEXT NOT NULL,
    donor      TEXT NOT NULL,
    amount_fen INTEGER NOT NULL CHECK (amount_fen > 0),
    use_for    TEXT NOT NULL,
    note       TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    created_by INTEGER NOT NULL REFERENCES operators(id)
);
CREATE INDEX donations_date ON donations(date);
