package org.janadesh.bench.child;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;

/** Memory figures a scenario reports once its timed part is over. */
final class Heap {
  private static final double MB = 1024.0 * 1024.0;

  private Heap() {}

  /** Heap in use after full collections, in MB; repeated until it stops falling. */
  static double usedAfterGc() throws InterruptedException {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      memory.gc();
      Thread.sleep(50);
      long now = memory.getHeapMemoryUsage().getUsed();
      if (now >= used) {
        break;
      }
      used = now;
    }
    return used / MB;
  }

  /**
   * The process's peak resident set (Linux {@code VmHWM}) in MB: heap, JIT, metaspace and native
   * memory alike, the one figure that counts DuckDB's own allocations. NaN where there is no {@code
   * /proc}.
   */
  static double peakResidentMb() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          String[] words = line.trim().split("\\s+", -1);
          return Long.parseLong(words[1]) / 1024.0;
        }
      }
    } catch (IOException | RuntimeException e) {
      return Double.NaN;
    }
    return Double.NaN;
  }
}
