package org.janadesh.core.party;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.janadesh.core.text.MatchKey;

/**
 * Resolves any source's spelling of a party (ECI site label, ECI full name, TCPD code, press form)
 * to one canonical id. The table is data ({@code data/registry/parties.csv}), not code.
 */
public final class PartyRegistry {
  private final Map<PartyId, Party> byId = new LinkedHashMap<>();
  private final Map<String, Party> byKey = new HashMap<>();
  private final Map<String, List<PartyOverride>> overrides = new HashMap<>();

  private PartyRegistry(List<Party> parties, List<PartyOverride> scoped) {
    List<String> clashes = new ArrayList<>();
    for (Party party : parties) {
      if (byId.putIfAbsent(party.id(), party) != null) {
        clashes.add("id " + party.id() + " appears twice");
      }
      List<String> labels = new ArrayList<>(party.aliases());
      labels.add(party.id().value());
      labels.add(party.name());
      for (String label : labels) {
        String key = MatchKey.of(label);
        if (key.isEmpty()) {
          clashes.add(
              "party " + party.id() + " has a label with no letter or digit: '" + label + "'");
          continue;
        }
        Party previous = byKey.putIfAbsent(key, party);
        if (previous != null && !previous.id().equals(party.id())) {
          clashes.add("'" + label + "' names both " + previous.id() + " and " + party.id());
        }
      }
    }
    for (PartyOverride o : scoped) {
      if (!byId.containsKey(o.party())) {
        clashes.add("override " + o.source() + "/" + o.label() + " names unknown id " + o.party());
        continue;
      }
      List<PartyOverride> same =
          overrides.computeIfAbsent(overrideKey(o.source(), o.label()), k -> new ArrayList<>());
      for (PartyOverride other : same) {
        if (other.fromYear() <= o.toYear() && o.fromYear() <= other.toYear()) {
          clashes.add("overrides " + other + " and " + o + " overlap");
        }
      }
      same.add(o);
    }
    if (!clashes.isEmpty()) {
      throw new IllegalArgumentException("party registry is inconsistent: " + clashes);
    }
  }

  /** Builds a registry; fails naming every label that would resolve to two parties. */
  public static PartyRegistry of(List<Party> parties) {
    return new PartyRegistry(parties, List.of());
  }

  /**
   * Builds a registry with source- and year-scoped overrides; fails on a label naming two parties,
   * an override naming an unknown id, or two overrides of one label overlapping in time.
   */
  public static PartyRegistry of(List<Party> parties, List<PartyOverride> overrides) {
    return new PartyRegistry(parties, overrides);
  }

  private static String overrideKey(String source, String label) {
    return source + "|" + MatchKey.of(label);
  }

  /**
   * Finds the party a label from {@code source} names in {@code year}: a scoped override first,
   * else the aliases.
   */
  public Optional<Party> find(String source, String label, int year) {
    for (PartyOverride o : overrides.getOrDefault(overrideKey(source, label), List.of())) {
      if (o.covers(year)) {
        return Optional.of(party(o.party()));
      }
    }
    return find(label);
  }

  /** Finds the party a label names, in any alias form. */
  public Optional<Party> find(String label) {
    return Optional.ofNullable(byKey.get(MatchKey.of(label)));
  }

  /** Returns the party a label names, or throws naming the unknown label. */
  public Party resolve(String label) {
    return find(label).orElseThrow(() -> new UnknownPartyException(label));
  }

  /** Returns the party of a canonical id. */
  public Party party(PartyId id) {
    Party party = byId.get(id);
    if (party == null) {
      throw new UnknownPartyException(id.value());
    }
    return party;
  }

  public int size() {
    return byId.size();
  }
}
