/**
 * The live-counting benchmark (bench/run-counting-bench.sh): ingest through the counting desk
 * against raw SQLite batched inserts of the same rows, the 2024 snapshot day replayed at full
 * speed, as-of reads and the fold, every figure printed with its baseline or target.
 */
@NullMarked
package org.janadesh.bench.counting;

import org.jspecify.annotations.NullMarked;
