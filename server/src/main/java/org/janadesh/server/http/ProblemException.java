package org.janadesh.server.http;

/**
 * Thrown by a handler to answer with a problem; the server's error handler sends it. Parsing a
 * request parameter is where most of these start, so handlers stay straight-line code.
 */
public final class ProblemException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  @SuppressWarnings("serial") // a record of strings and an int; never serialized in practice
  private final Problem problem;

  public ProblemException(Problem problem) {
    super(problem.detail(), null, false, false);
    this.problem = problem;
  }

  public Problem problem() {
    return problem;
  }
}
