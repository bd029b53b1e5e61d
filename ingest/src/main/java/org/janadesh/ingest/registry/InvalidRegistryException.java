package org.janadesh.ingest.registry;

import java.util.List;
import java.util.stream.Collectors;
import org.janadesh.ingest.source.Rejection;

/**
 * A registry file that cannot be used. The registries are reference data shipped with the code, so
 * a broken one is a defect to fix, not a row to skip; the message lists every problem found.
 */
public final class InvalidRegistryException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<Rejection> problems;

  public InvalidRegistryException(String file, List<Rejection> problems) {
    super(
        "registry "
            + file
            + " is not usable ("
            + problems.size()
            + (problems.size() == 1 ? " problem" : " problems")
            + "):\n"
            + problems.stream().map(Rejection::toString).collect(Collectors.joining("\n")));
    this.problems = List.copyOf(problems);
  }

  public List<Rejection> problems() {
    return problems;
  }
}
