package org.janadesh.core.person;

import org.janadesh.core.rules.Verdict;

/**
 * What a candidacy says of its person's career (docs/rules/people.md): {@code terms} is the Lok
 * Sabha wins up to and including this contest (PER-9); {@code sittingMember} whether the person sat
 * in the house when the poll was held (PER-7, TCPD's "Incumbent"); {@code incumbent} whether the
 * person held this seat (PER-8); {@code streak} the wins in a row in this seat ending here (PER-12,
 * 0 for a loss).
 */
public record CandidacyFacts(
    Candidacy candidacy,
    PersonId person,
    int terms,
    Verdict sittingMember,
    Verdict incumbent,
    boolean recontest,
    boolean turncoat,
    int streak) {}
