/**
 * The load benchmark's launcher: prepares the inputs, runs each scenario in fresh JVMs, and prints
 * medians and ratios against DuckDB measured in the same run.
 */
@NullMarked
package org.janadesh.bench;

import org.jspecify.annotations.NullMarked;
