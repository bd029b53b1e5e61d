package org.janadesh.core.alliance;

import java.util.Map;
import java.util.Optional;
import org.janadesh.core.party.PartyId;

/**
 * Which alliance each party belongs to in one scope of one election; a party in none counts under
 * {@value #OTHERS} (ALL-4).
 */
public record Membership(Map<PartyId, String> allianceOf) {
  public static final String OTHERS = "Others";

  public Membership {
    allianceOf = Map.copyOf(allianceOf);
  }

  /** The party's alliance, or {@value #OTHERS}. */
  public String subjectOf(PartyId party) {
    return allianceOf.getOrDefault(party, OTHERS);
  }

  public Optional<String> allianceOf(PartyId party) {
    return Optional.ofNullable(allianceOf.get(party));
  }
}
