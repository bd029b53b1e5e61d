package org.janadesh.bench.push;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * A process's resident memory and thread count, from {@code /proc/PID/status}, and the CPU time it
 * has used (user + system), from {@code /proc/PID/stat} (Linux; 10 ms resolution).
 */
record Rss(long kib, int threads, long cpuMillis) {
  /** Clock ticks per second of {@code /proc/PID/stat} (USER_HZ), 100 on Linux. */
  private static final long TICKS_PER_SECOND = 100;

  static Rss of(long pid) {
    Path status = Paths.get("/proc", Long.toString(pid), "status");
    Path stat = Paths.get("/proc", Long.toString(pid), "stat");
    try {
      long kib = -1;
      int threads = -1;
      for (String line : Files.readAllLines(status)) {
        if (line.startsWith("VmRSS:")) {
          kib = Long.parseLong(line.replaceAll("[^0-9]", ""));
        } else if (line.startsWith("Threads:")) {
          threads = Integer.parseInt(line.replaceAll("[^0-9]", ""));
        }
      }
      // Fields 14 and 15 (utime, stime), counted after the command name's closing parenthesis.
      String line = Files.readString(stat);
      String[] f = line.substring(line.lastIndexOf(')') + 2).split(" ", -1);
      long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
      return new Rss(kib, threads, ticks * 1000 / TICKS_PER_SECOND);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + status + ": is the server's pid right?", e);
    }
  }
}
