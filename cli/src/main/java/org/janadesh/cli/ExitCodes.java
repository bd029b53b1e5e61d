package org.janadesh.cli;

/** The exit codes of every janadesh command. */
public final class ExitCodes {
  public static final int OK = 0;

  /** An import found rows it had to reject, and nothing was saved. */
  public static final int REJECTED = 1;

  /** A bad option or argument (picocli's own code). */
  public static final int USAGE = 2;

  /** The election, state or constituency asked for is not in the archive or is ambiguous. */
  public static final int NOT_FOUND = 3;

  private ExitCodes() {}
}
