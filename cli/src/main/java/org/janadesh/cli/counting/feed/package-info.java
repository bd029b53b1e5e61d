/**
 * Feeding a count: {@code replay} (snapshots, a synthetic day or JSON lines into a TEST count) and
 * {@code ingest} (JSON lines into the real count), through the store's counting desk.
 */
@NullMarked
package org.janadesh.cli.counting.feed;

import org.jspecify.annotations.NullMarked;
