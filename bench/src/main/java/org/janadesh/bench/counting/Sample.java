package org.janadesh.bench.counting;

import java.util.Arrays;
import java.util.List;

/** Percentiles of many timings, in the unit they were given in. */
record Sample(double p50, double p99, double max, int n) {
  static Sample of(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    if (sorted.length == 0) {
      return new Sample(Double.NaN, Double.NaN, Double.NaN, 0);
    }
    return new Sample(at(sorted, 0.50), at(sorted, 0.99), sorted[sorted.length - 1], sorted.length);
  }

  private static double at(long[] sorted, double q) {
    int i = (int) Math.ceil(q * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }

  /** Median of a handful of per-run figures. */
  static double median(List<Double> values) {
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(sorted);
    int n = sorted.length;
    if (n == 0) {
      return Double.NaN;
    }
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  static double min(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
  }

  static double max(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
  }
}
