package org.janadesh.core.history;

import org.janadesh.core.election.ElectionId;

/** Seats a subject won in one Lok Sabha general election. */
public record YearSeats(int year, ElectionId election, int won) {}
