-- The two BEFORE INSERT triggers of V2 checked, row by row, that sequence numbers follow one
-- another and that receive times never fall. Firing them cost about a quarter of the log's append
-- throughput (docs/adr/0011-log-order-checked-by-the-writer.md). The same two rules are now checked
-- once per transaction by the log's writer, inside its write lock, and again over the whole log
-- every time a count is opened. The append-only triggers (no UPDATE, no DELETE), the primary key
-- and the CNT-8 unique key stay in the database.
DROP TRIGGER count_log_sequence_follows;
DROP TRIGGER count_log_received_never_falls;
