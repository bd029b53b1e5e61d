-- The results archive: elections, the contest each election held in each constituency, and the
-- candidacies in each contest, as imported from source files, plus a log of the imports.
--
-- Codes are short lower-case words so that the file reads well in the sqlite3 shell; the store
-- maps them to the core enums and sealed types with exhaustive switches. Party ids are plain text:
-- the party registry is data kept outside this database. Identity never rests on a name: a
-- constituency is (house, state, number, delimitation), a candidacy is (contest, ballot serial).

-- One row per save, whether or not it changed anything, with what it changed.
CREATE TABLE import_batch (
    id                  INTEGER PRIMARY KEY,
    source              TEXT    NOT NULL,                -- the file imported
    sha256              TEXT    NOT NULL,                -- of the file's content
    saved_at            TEXT    NOT NULL,                -- ISO-8601 instant in UTC
    elections_added     INTEGER NOT NULL CHECK (elections_added >= 0),
    elections_updated   INTEGER NOT NULL CHECK (elections_updated >= 0),
    elections_unchanged INTEGER NOT NULL CHECK (elections_unchanged >= 0),
    contests_added      INTEGER NOT NULL CHECK (contests_added >= 0),
    contests_replaced   INTEGER NOT NULL CHECK (contests_replaced >= 0),
    contests_unchanged  INTEGER NOT NULL CHECK (contests_unchanged >= 0)
);

-- A general election to the Lok Sabha or one assembly, or a by-election to one seat.
CREATE TABLE election (
    id         TEXT    PRIMARY KEY,                      -- ls-2024, ae-wb-2021, bye-wb-161-2022
    house      TEXT    NOT NULL CHECK (house IN ('ls', 'ae')),
    kind       TEXT    NOT NULL CHECK (kind IN ('general', 'bye')),
    name       TEXT    NOT NULL,
    year       INTEGER NOT NULL,
    state_code TEXT,                                     -- null for a national Lok Sabha election
    source     TEXT    NOT NULL,                         -- the file whose numbers are the record
    CHECK (kind = 'general' OR state_code IS NOT NULL)
);

-- The result of one election in one constituency. NOTA, electors, the complete flag and the
-- declared winner belong to a poll only; an uncontested return and a winners-only record carry
-- their candidates in candidacy alone.
CREATE TABLE contest (
    id            INTEGER PRIMARY KEY,
    election_id   TEXT    NOT NULL REFERENCES election (id),
    house         TEXT    NOT NULL CHECK (house IN ('ls', 'ae')),
    state_code    TEXT    NOT NULL,
    number        INTEGER NOT NULL CHECK (number >= 1),
    delimitation  INTEGER NOT NULL,                      -- year of the delimitation order
    name          TEXT    NOT NULL,                      -- as the source reports it; a label only
    outcome       TEXT    NOT NULL CHECK (outcome IN ('polled', 'uncontested', 'winners_only')),
    -- NOTA votes: null kind where the source has no NOTA row (before 2013, or dropped by it).
    nota_kind     TEXT    CHECK (nota_kind IN ('by_mode', 'total_only')),
    nota_evm      INTEGER CHECK (nota_evm >= 0),
    nota_postal   INTEGER CHECK (nota_postal >= 0),
    nota_other    INTEGER CHECK (nota_other >= 0),
    nota_total    INTEGER CHECK (nota_total >= 0),
    electors      INTEGER,                               -- null where unknown
    complete      INTEGER CHECK (complete IN (0, 1)),    -- 0: the source lists some candidates only
    winner_serial INTEGER,                               -- the candidate the source declares elected
    written_by    INTEGER NOT NULL REFERENCES import_batch (id),
    UNIQUE (election_id, house, state_code, number, delimitation),
    CHECK ((outcome = 'polled') = (complete IS NOT NULL AND winner_serial IS NOT NULL)),
    CHECK (outcome = 'polled' OR (nota_kind IS NULL AND electors IS NULL)),
    -- nota_total is kept for both kinds so that SQL over the archive needs no CASE; for votes by
    -- mode it must be their sum.
    CHECK (CASE nota_kind
        WHEN 'by_mode' THEN nota_evm IS NOT NULL AND nota_postal IS NOT NULL
            AND nota_other IS NOT NULL AND nota_total IS nota_evm + nota_postal + nota_other
        WHEN 'total_only' THEN nota_evm IS NULL AND nota_postal IS NULL AND nota_other IS NULL
            AND nota_total IS NOT NULL
        ELSE coalesce(nota_evm, nota_postal, nota_other, nota_total) IS NULL
    END)
);

-- A candidate in one contest, by ballot serial. Votes are null for an uncontested return and a
-- winners-only record; position keeps the order in which the source lists the candidates.
CREATE TABLE candidacy (
    contest_id   INTEGER NOT NULL REFERENCES contest (id) ON DELETE CASCADE,
    serial       INTEGER NOT NULL CHECK (serial >= 1),
    position     INTEGER NOT NULL CHECK (position >= 0),
    name         TEXT    NOT NULL,
    party_id     TEXT    NOT NULL,
    votes_kind   TEXT    CHECK (votes_kind IN ('by_mode', 'total_only')),
    evm_votes    INTEGER CHECK (evm_votes >= 0),
    postal_votes INTEGER CHECK (postal_votes >= 0),
    other_votes  INTEGER CHECK (other_votes >= 0),       -- counted apart from EVM and postal
    total_votes  INTEGER CHECK (total_votes >= 0),       -- for both kinds, as nota_total above
    PRIMARY KEY (contest_id, serial),
    UNIQUE (contest_id, position),
    CHECK (CASE votes_kind
        WHEN 'by_mode' THEN evm_votes IS NOT NULL AND postal_votes IS NOT NULL
            AND other_votes IS NOT NULL AND total_votes IS evm_votes + postal_votes + other_votes
        WHEN 'total_only' THEN evm_votes IS NULL AND postal_votes IS NULL AND other_votes IS NULL
            AND total_votes IS NOT NULL
        ELSE coalesce(evm_votes, postal_votes, other_votes, total_votes) IS NULL
    END)
) WITHOUT ROWID;
