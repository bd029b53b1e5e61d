-- Person ids from record linkage (docs/rules/people.md, PER-1…PER-4), computed when an import
-- saves and kept so that a question about one person or one seat need not link the whole archive
-- again. A link names a candidacy by its row; replacing a contest deletes its candidacies and,
-- with them, their links. position is the candidacy's place in the order of time linkage reads
-- them in (PER-5), which one archive always gives alike: the links are read back in that order.
CREATE TABLE person_link (
    contest_id INTEGER NOT NULL,
    serial     INTEGER NOT NULL,
    position   INTEGER NOT NULL UNIQUE CHECK (position >= 0),
    person_id  TEXT    NOT NULL,                          -- S11-1996-PREMACHANDRAN-KN
    PRIMARY KEY (contest_id, serial),
    FOREIGN KEY (contest_id, serial) REFERENCES candidacy (contest_id, serial) ON DELETE CASCADE
) WITHOUT ROWID;

-- What the links were computed from: one row. The fingerprint covers the linkage rules' version,
-- the overrides file and the Lok Sabha part of the archive; when it differs from the one worked
-- out now, the links are stale and are computed again.
CREATE TABLE person_linkage (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    fingerprint TEXT    NOT NULL,
    problems    TEXT    NOT NULL,                         -- overrides naming no candidacy, one per line
    linked_at   TEXT    NOT NULL                          -- ISO-8601 instant in UTC
);
