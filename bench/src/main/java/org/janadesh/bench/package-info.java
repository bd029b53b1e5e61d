/**
 * The benchmarks' launchers (load: {@link org.janadesh.bench.LoadBench}; analysis: {@link
 * org.janadesh.bench.AnalysisBench}): prepare the inputs, run each scenario in fresh JVMs, and
 * print medians and ratios against DuckDB measured in the same run.
 */
@NullMarked
package org.janadesh.bench;

import org.jspecify.annotations.NullMarked;
