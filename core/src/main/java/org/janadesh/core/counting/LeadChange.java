package org.janadesh.core.counting;

import java.util.Optional;
import org.janadesh.core.result.Candidate;

/**
 * A moment when a seat's lead changed hands, or its result was declared: the event that did it
 * (with the source's publication time and the log's sequence), who leads after it and who led
 * before (empty before counting and on a tie), and the margin after it.
 */
public record LeadChange(
    CountingEvent event,
    Optional<Candidate> leader,
    Optional<Candidate> previous,
    long margin,
    boolean declared) {}
