package org.janadesh.ingest.registry;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** The {@code aliases} cell of a registry file: labels separated by {@code |}. */
final class Aliases {
  private static final Pattern BAR = Pattern.compile("\\|");

  private Aliases() {}

  static List<String> split(String cell) {
    return Arrays.stream(BAR.split(cell, -1)).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }
}
