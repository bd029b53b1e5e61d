/**
 * Counting-day feeds: the 2024 results-site snapshots as read, matched to ballot serials, and
 * turned into counting events.
 */
@NullMarked
package org.janadesh.ingest.counting;

import org.jspecify.annotations.NullMarked;
