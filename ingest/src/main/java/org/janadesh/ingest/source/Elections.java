package org.janadesh.ingest.source;

import org.janadesh.core.election.Election;
import org.janadesh.core.election.ElectionId;
import org.janadesh.core.election.ElectionKind;
import org.janadesh.core.geography.House;
import org.janadesh.core.geography.State;

/** The elections the importers create, with their ids and display names in one place. */
public final class Elections {
  private Elections() {}

  /** {@code ls-2024}, "Lok Sabha 2024". */
  public static Election lokSabha(int year, String source) {
    return new Election(
        ElectionId.lokSabha(year),
        House.LOK_SABHA,
        ElectionKind.GENERAL,
        "Lok Sabha " + year,
        year,
        null,
        source);
  }

  /** {@code ae-kl-2021}, "Kerala Legislative Assembly 2021". */
  public static Election assembly(State state, int year, String source) {
    return new Election(
        ElectionId.assembly(state.abbreviation(), year),
        House.VIDHAN_SABHA,
        ElectionKind.GENERAL,
        state.name() + " Legislative Assembly " + year,
        year,
        state.code(),
        source);
  }

  /**
   * A by-election to one seat: {@code bye-ls-up-54-1999}, "Lok Sabha by-election, Faizabad (Uttar
   * Pradesh) 1999"; {@code bye-wb-161-2022}, "West Bengal Legislative Assembly by-election,
   * Ballygunge 2022".
   */
  public static Election byElection(
      House house, State state, int seat, String seatName, int year, int sequence, String source) {
    String name =
        house == House.LOK_SABHA
            ? "Lok Sabha by-election, "
                + Labels.display(seatName)
                + " ("
                + state.name()
                + ") "
                + year
            : state.name()
                + " Legislative Assembly by-election, "
                + Labels.display(seatName)
                + " "
                + year;
    return new Election(
        ElectionId.byElection(house, state.abbreviation(), seat, year, sequence),
        house,
        ElectionKind.BYE,
        sequence > 1 ? name + " (" + ordinal(sequence) + ")" : name,
        year,
        state.code(),
        source);
  }

  private static String ordinal(int n) {
    return switch (n) {
      case 2 -> "second";
      case 3 -> "third";
      default -> "no. " + n;
    };
  }
}
