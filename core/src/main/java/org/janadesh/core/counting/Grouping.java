package org.janadesh.core.counting;

import org.janadesh.core.geography.StateCode;
import org.janadesh.core.party.PartyId;

/**
 * Puts a party into a group (an alliance, or a reader's own group such as "Left") in one state:
 * membership can differ by state, as CPI(M) and INC were allies in Tamil Nadu and rivals in Kerala
 * in 2024. Every party gets a label; parties outside every group get the caller's "Others".
 */
@FunctionalInterface
public interface Grouping {
  String groupOf(PartyId party, StateCode state);
}
