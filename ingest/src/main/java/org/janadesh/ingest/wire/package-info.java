/**
 * The counting events' wire format: one submission per line of JSON (docs/data-formats.md,
 * "Counting events (JSON lines)"), its reader (every bad line a rejection), its writer, and the
 * update codec the durable counting log stores updates with.
 */
@NullMarked
package org.janadesh.ingest.wire;

import org.jspecify.annotations.NullMarked;
