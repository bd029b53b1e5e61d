package org.janadesh.bench.push;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** A process's resident memory and thread count, from {@code /proc/PID/status} (Linux). */
record Rss(long kib, int threads) {
  static Rss of(long pid) {
    Path status = Paths.get("/proc", Long.toString(pid), "status");
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
      return new Rss(kib, threads);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + status + ": is the server's pid right?", e);
    }
  }
}
