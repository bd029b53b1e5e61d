-- The counting log: every counting-day update the desk has decided, accepted or quarantined, in
-- the order it was decided (docs/adr/0008-counting-log.md). Append-only: the triggers below refuse
-- any UPDATE or DELETE, and the code has no path that issues one. A correction is a new entry.
--
-- Instants are ISO-8601 in UTC with exactly nine fraction digits, so that text order is time order
-- (2024-06-04T08:00:00.000000000Z) and the sqlite3 shell still shows a readable time.

-- One count of one election: the real count of counting day (id = the election id, at most one
-- per election) or a test (a replay of snapshots, a synthetic day…) whose id is the election id,
-- '#' and a label: ls-2024#replay-2024-06-04. An election id never holds '#', so a test count can
-- never be taken for the real one, and the archive's result of the election is never touched.
CREATE TABLE count_session (
    id          TEXT NOT NULL PRIMARY KEY,
    election_id TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('real', 'test')),
    description TEXT NOT NULL CHECK (length(trim(description)) > 0),
    opened_at   TEXT NOT NULL,
    CHECK (CASE kind
        WHEN 'real' THEN id = election_id
        ELSE id LIKE election_id || '#_%'
    END)
);

-- One numbered line of a count's log. Sequence numbers run 1, 2, 3… without a gap in each count,
-- and receive times never fall along them (the as-of-a-time view rests on it).
CREATE TABLE count_log (
    count_id        TEXT    NOT NULL REFERENCES count_session (id),
    sequence        INTEGER NOT NULL CHECK (sequence >= 1),
    election_id     TEXT    NOT NULL,                    -- as submitted; CNT-6 may quarantine it
    house           TEXT    NOT NULL,
    state_code      TEXT    NOT NULL,
    number          INTEGER NOT NULL CHECK (number >= 1),
    delimitation    INTEGER NOT NULL,
    published       TEXT    NOT NULL,                    -- when the source published the update
    received        TEXT    NOT NULL,                    -- when the desk took it in
    idempotency_key TEXT    NOT NULL CHECK (length(idempotency_key) > 0),
    kind            TEXT    NOT NULL,                    -- RoundCounted, Correction… (for SQL only)
    payload         TEXT    NOT NULL,                    -- the update, written by the UpdateCodec
    status          TEXT    NOT NULL CHECK (status IN ('accepted', 'quarantined')),
    PRIMARY KEY (count_id, sequence),
    -- CNT-8: a key is decided once per constituency; a resend is answered, never written again.
    UNIQUE (count_id, election_id, house, state_code, number, delimitation, idempotency_key)
) WITHOUT ROWID;

-- The rules a quarantined entry broke, in the order the checks found them.
CREATE TABLE count_quarantine_reason (
    count_id TEXT    NOT NULL,
    sequence INTEGER NOT NULL,
    position INTEGER NOT NULL CHECK (position >= 0),
    rule_id  TEXT    NOT NULL CHECK (length(rule_id) > 0),
    evidence TEXT    NOT NULL,
    PRIMARY KEY (count_id, sequence, position),
    FOREIGN KEY (count_id, sequence) REFERENCES count_log (count_id, sequence)
) WITHOUT ROWID;

CREATE TRIGGER count_log_sequence_follows BEFORE INSERT ON count_log
WHEN NEW.sequence IS NOT (
    SELECT coalesce(max(sequence), 0) + 1 FROM count_log WHERE count_id = NEW.count_id)
BEGIN
    SELECT RAISE(ABORT, 'count_log: sequence numbers follow one another without a gap');
END;

CREATE TRIGGER count_log_received_never_falls BEFORE INSERT ON count_log
WHEN NEW.received < (
    SELECT received FROM count_log WHERE count_id = NEW.count_id ORDER BY sequence DESC LIMIT 1)
BEGIN
    SELECT RAISE(ABORT, 'count_log: receive times never fall along the log');
END;

CREATE TRIGGER count_quarantine_reason_of_quarantined BEFORE INSERT ON count_quarantine_reason
WHEN (SELECT status FROM count_log
      WHERE count_id = NEW.count_id AND sequence = NEW.sequence) IS NOT 'quarantined'
BEGIN
    SELECT RAISE(ABORT, 'count_quarantine_reason: only a quarantined entry has broken rules');
END;

CREATE TRIGGER count_session_no_update BEFORE UPDATE ON count_session
BEGIN SELECT RAISE(ABORT, 'count_session is append-only'); END;
CREATE TRIGGER count_session_no_delete BEFORE DELETE ON count_session
BEGIN SELECT RAISE(ABORT, 'count_session is append-only'); END;
CREATE TRIGGER count_log_no_update BEFORE UPDATE ON count_log
BEGIN SELECT RAISE(ABORT, 'count_log is append-only'); END;
CREATE TRIGGER count_log_no_delete BEFORE DELETE ON count_log
BEGIN SELECT RAISE(ABORT, 'count_log is append-only'); END;
CREATE TRIGGER count_quarantine_reason_no_update BEFORE UPDATE ON count_quarantine_reason
BEGIN SELECT RAISE(ABORT, 'count_quarantine_reason is append-only'); END;
CREATE TRIGGER count_quarantine_reason_no_delete BEFORE DELETE ON count_quarantine_reason
BEGIN SELECT RAISE(ABORT, 'count_quarantine_reason is append-only'); END;
