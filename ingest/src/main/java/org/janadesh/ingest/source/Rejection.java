package org.janadesh.ingest.source;

/**
 * Why a row (or a whole contest, or a file) was not imported: where it is ({@code file}, {@code
 * line}, {@code field}) and, in plain words, what is wrong with it.
 */
public record Rejection(String file, long line, String field, String reason) {
  public Rejection {
    if (reason.isBlank()) {
      throw new IllegalArgumentException("a rejection needs a reason");
    }
  }

  /**
   * The reason with its particulars masked (numbers become {@code N}, quoted values {@code '…'}),
   * so that rejections of the same kind can be counted together.
   */
  public String kind() {
    return reason.replaceAll("'[^']*'", "'…'").replaceAll("\\d+", "N");
  }

  @Override
  public String toString() {
    return file + ":" + line + " [" + field + "] " + reason;
  }
}
