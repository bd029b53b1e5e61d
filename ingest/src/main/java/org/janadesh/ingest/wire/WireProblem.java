package org.janadesh.ingest.wire;

/** A field of a wire line that is missing or wrong: {@code field} is its path, e.g. evm.nota. */
final class WireProblem extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String field;

  WireProblem(String field, String reason) {
    super(reason);
    this.field = field;
  }

  String field() {
    return field;
  }
}
