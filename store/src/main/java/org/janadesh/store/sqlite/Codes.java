package org.janadesh.store.sqlite;

import org.janadesh.core.election.ElectionKind;
import org.janadesh.core.geography.House;
import org.janadesh.core.result.Outcome;
import org.janadesh.core.result.Polled;
import org.janadesh.core.result.Uncontested;
import org.janadesh.core.result.WinnersOnly;

/** The words the schema stores for core enums and sealed types, and back. */
final class Codes {
  static final String POLLED = "polled";
  static final String UNCONTESTED = "uncontested";
  static final String WINNERS_ONLY = "winners_only";

  private Codes() {}

  static String house(House house) {
    return house.prefix();
  }

  static House house(String code) {
    for (House house : House.values()) {
      if (house.prefix().equals(code)) {
        return house;
      }
    }
    throw corrupt("house", code);
  }

  static String kind(ElectionKind kind) {
    return switch (kind) {
      case GENERAL -> "general";
      case BYE -> "bye";
    };
  }

  static ElectionKind kind(String code) {
    return switch (code) {
      case "general" -> ElectionKind.GENERAL;
      case "bye" -> ElectionKind.BYE;
      default -> throw corrupt("election kind", code);
    };
  }

  static String outcome(Outcome outcome) {
    return switch (outcome) {
      case Polled p -> POLLED;
      case Uncontested u -> UNCONTESTED;
      case WinnersOnly w -> WINNERS_ONLY;
    };
  }

  static IllegalStateException corrupt(String what, String code) {
    return new IllegalStateException("the archive holds an unknown " + what + " '" + code + "'");
  }
}
