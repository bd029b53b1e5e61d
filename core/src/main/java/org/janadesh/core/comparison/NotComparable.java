package org.janadesh.core.comparison;

import org.janadesh.core.election.ElectionId;
import org.janadesh.core.geography.ConstituencyId;

/**
 * A seat of one election with no counterpart in the other (CMP-1): drawn by another delimitation
 * order or renumbering act, or a two-member seat. Reported, never matched by name.
 */
public record NotComparable(
    ElectionId election, ConstituencyId constituency, String name, String reason) {}
