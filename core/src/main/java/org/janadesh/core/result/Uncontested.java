package org.janadesh.core.result;

import java.util.List;

/**
 * A candidate returned unopposed (Surat, 2024): no poll, no votes, no NOTA, one seat won (RES-3).
 */
public record Uncontested(Candidate returned) implements Outcome {
  @Override
  public List<Candidate> winners() {
    return List.of(returned);
  }
}
