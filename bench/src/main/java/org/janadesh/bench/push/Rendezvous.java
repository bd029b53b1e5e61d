package org.janadesh.bench.push;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * How the harness processes of one run meet: small files in a shared directory, each written whole
 * (to a temporary name, then renamed) so a reader never sees half of one. The post process writes
 * {@code go} (connect now: the servers' memory is measured) and {@code sent} (the last event is
 * out) or {@code abort}; listener h writes {@code ready-h}, {@code got-h-e} (every client of its
 * share has had its e-th event) and {@code result-h}.
 */
final class Rendezvous {
  static final String GO = "go";
  static final String SENT = "sent";
  static final String ABORT = "abort";

  private final Path dir;

  Rendezvous(Path dir) {
    this.dir = dir;
  }

  static String ready(int harness) {
    return "ready-" + harness;
  }

  static String got(int harness, int event) {
    return "got-" + harness + "-" + event;
  }

  static String result(int harness) {
    return "result-" + harness;
  }

  void post(String name, String text) {
    try {
      Path tmp = dir.resolve(name + ".tmp");
      Files.writeString(tmp, text, StandardCharsets.UTF_8);
      Files.move(tmp, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + dir.resolve(name), e);
    }
  }

  boolean has(String name) {
    return Files.exists(dir.resolve(name));
  }

  String read(String name) {
    try {
      return Files.readString(dir.resolve(name), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + dir.resolve(name), e);
    }
  }

  /**
   * Waits until every named file is there, at most {@code timeoutMillis} (or until {@code abort}
   * appears); returns the names still missing, none when all came.
   */
  List<String> awaitAll(List<String> names, long timeoutMillis) throws InterruptedException {
    long deadline = System.currentTimeMillis() + timeoutMillis;
    while (true) {
      List<String> missing = new ArrayList<>();
      for (String name : names) {
        if (!has(name)) {
          missing.add(name);
        }
      }
      if (missing.isEmpty() || has(ABORT) || System.currentTimeMillis() >= deadline) {
        return missing;
      }
      Thread.sleep(5);
    }
  }
}
