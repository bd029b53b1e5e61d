package org.janadesh.cli;

/**
 * A problem with what the user asked for (unknown election, misspelt constituency, rejected
 * import): reported as one message on stderr with a meaningful exit code, never a stack trace.
 */
public final class UserError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int exitCode;

  public UserError(int exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  public int exitCode() {
    return exitCode;
  }
}
