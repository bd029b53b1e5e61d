package org.janadesh.ingest;

import java.util.List;
import org.janadesh.core.geography.State;
import org.janadesh.core.geography.StateCode;
import org.janadesh.core.geography.StateRegistry;
import org.janadesh.core.party.Party;
import org.janadesh.core.party.PartyId;
import org.janadesh.core.party.PartyKind;
import org.janadesh.core.party.PartyRegistry;
import org.janadesh.ingest.registry.Registries;

/** A small hand-made registry for tests on hand-made inputs, independent of the bundled data. */
public final class TestRegistries {
  private TestRegistries() {}

  public static Registries small() {
    StateRegistry states =
        StateRegistry.of(
            List.of(
                state("S06", "Gujarat", "gj", 1960, 9999),
                state("S11", "Kerala", "kl", 1956, 9999),
                new State(StateCode.of("S22"), "Tamil Nadu", "tn", 1950, 9999, List.of("Madras")),
                state("S24", "Uttar Pradesh", "up", 1950, 9999),
                state("S25", "West Bengal", "wb", 1950, 9999),
                state("S09", "Jammu & Kashmir", "jk", 1950, 2019),
                state("X01", "Bombay", "bom", 1950, 1960)));
    PartyRegistry parties =
        PartyRegistry.of(
            List.of(
                new Party(PartyId.INDEPENDENT, "Independent", PartyKind.INDEPENDENT, List.of()),
                party("BJP", "Bharatiya Janata Party"),
                party("SP", "Samajwadi Party"),
                party("INC", "Indian National Congress"),
                party("CPI(M)", "Communist Party of India (Marxist)", "CPM"),
                party("AITC", "All India Trinamool Congress", "TMC"),
                party("BSP", "Bahujan Samaj Party")));
    return new Registries(states, parties, List.of());
  }

  private static State state(String code, String name, String abbr, int from, int to) {
    return new State(StateCode.of(code), name, abbr, from, to, List.of());
  }

  private static Party party(String id, String name, String... aliases) {
    return new Party(PartyId.of(id), name, PartyKind.PARTY, List.of(aliases));
  }
}
