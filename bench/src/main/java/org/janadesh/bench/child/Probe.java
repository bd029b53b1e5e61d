package org.janadesh.bench.child;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Times one scenario's phases from {@code main} entry and reports them to the launcher, one line
 * per fact on standard output, each starting with {@link #PREFIX}: {@code phase NAME NANOS}, {@code
 * total NANOS}, {@code answer DIGEST}, {@code metric NAME VALUE} and {@code text LINE}.
 *
 * <p>Laps are kept in arrays and formatted only after {@link #stop()}: string concatenation is
 * bootstrapped on first use, and the probe must not bill the scenario for work of its own.
 */
public final class Probe {
  public static final String PREFIX = "bench ";

  private static final int MAX_PHASES = 16;

  private final long start;
  private final String[] names = new String[MAX_PHASES];
  private final long[] nanos = new long[MAX_PHASES];
  private int phases;
  private long last;
  private long total = -1;
  private final List<String> facts = new ArrayList<>();

  public Probe(long start) {
    this.start = start;
    this.last = start;
  }

  /** Ends the phase running since the last lap (or since main entry), calling it {@code name}. */
  public void lap(String name) {
    long now = System.nanoTime();
    names[phases] = name;
    nanos[phases] = now - last;
    phases++;
    last = now;
  }

  /** Ends the timed part of the scenario: main entry to now. */
  public void stop() {
    total = System.nanoTime() - start;
  }

  public void answer(Answer answer) {
    answer(answer.digest());
  }

  /** The scenario's answer as one line, compared across runs and engines by the launcher. */
  public void answer(String digest) {
    facts.add("answer " + digest);
  }

  public void metric(String name, double value) {
    facts.add("metric " + name + " " + String.format(Locale.ROOT, "%.3f", value));
  }

  public void text(String line) {
    facts.add("text " + line);
  }

  /** Writes every fact to {@code out}, laps first. */
  public void print(PrintStream out) {
    for (int i = 0; i < phases; i++) {
      out.println(PREFIX + "phase " + names[i] + " " + nanos[i]);
    }
    if (total >= 0) {
      out.println(PREFIX + "total " + total);
    }
    for (String fact : facts) {
      out.println(PREFIX + fact);
    }
    out.flush();
  }
}
