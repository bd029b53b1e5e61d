package org.janadesh.store.sqlite;

import org.janadesh.core.result.Contest;

/** A contest as stored, with the row id its candidacies hang from. */
record StoredContest(long rowId, Contest contest) {}
