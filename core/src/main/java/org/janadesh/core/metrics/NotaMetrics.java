package org.janadesh.core.metrics;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalLong;

/** NOTA's measures: votes, share (MET-5) and lead over the next place (MET-8). */
public record NotaMetrics(
    long votes,
    Optional<BigDecimal> share,
    OptionalLong leadOverNext,
    Optional<BigDecimal> leadOverNextPercent) {}
