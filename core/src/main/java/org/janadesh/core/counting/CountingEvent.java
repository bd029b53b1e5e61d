package org.janadesh.core.counting;

/** An accepted update with the sequence number the log gave it. */
public record CountingEvent(long sequence, Submission submission) implements LogEntry {
  public CountingEvent {
    if (sequence < 1) {
      throw new IllegalArgumentException("sequence numbers start at 1: " + sequence);
    }
  }

  public CountingUpdate update() {
    return submission.update();
  }

  public String key() {
    return submission.key();
  }
}
